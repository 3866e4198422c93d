//! What a build writes besides the store (docker buildx's `-o/--output`): the image's
//! filesystem as a directory (`type=local`) or a tar (`type=tar`), the image as an archive
//! `load` takes (`type=oci`, `type=docker`), or pushed (`type=image,push=true`,
//! `type=registry`). Plain data parsed first ([`Output::parse`]), written by
//! [`Engine::write_output`].

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::engine::{Engine, EngineError};
use crate::oci::Digest;
use crate::store::layered::Layered;
use crate::store::pack::{PackOptions, pack_merged};
use crate::store::unpack::{UnpackOptions, unpack_at};
use crate::sys::rooted::RootDir;

/// Where an archive or tar goes: a file, or standard output.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Dest {
    File(PathBuf),
    Stdout,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Output {
    /// The final stage's filesystem, unpacked into a directory.
    Local(PathBuf),
    /// The same as one tar.
    Tar(Dest),
    /// An OCI archive (`load` takes it), the image named `names`.
    Oci { dest: Dest, names: Vec<String> },
    /// A docker archive.
    Docker { dest: Dest, names: Vec<String> },
    /// The image, named `names` (the `-t` names when empty), pushed when `push`.
    Image { names: Vec<String>, push: bool },
}

/// An output spec that cannot be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("invalid --output {spec:?}: {why}")]
pub struct OutputError {
    pub spec: String,
    pub why: String,
}

impl Output {
    /// Whether it is written to standard output.
    pub fn to_stdout(&self) -> bool {
        matches!(
            self,
            Output::Tar(Dest::Stdout)
                | Output::Oci {
                    dest: Dest::Stdout,
                    ..
                }
                | Output::Docker {
                    dest: Dest::Stdout,
                    ..
                }
        )
    }

    /// Parses buildx's `-o` value: `type=TYPE[,dest=…][,name=…][,push=true]`, or the
    /// shorthands `DIR` (local) and `-` (a tar on standard output).
    pub fn parse(spec: &str) -> Result<Output, OutputError> {
        let bad = |why: &str| OutputError {
            spec: spec.to_string(),
            why: why.to_string(),
        };
        if spec == "-" {
            return Ok(Output::Tar(Dest::Stdout));
        }
        if !spec.contains('=') {
            if spec.is_empty() {
                return Err(bad("empty"));
            }
            return Ok(Output::Local(PathBuf::from(spec)));
        }
        let mut kind = None;
        let mut dest = None;
        let mut names = Vec::new();
        let mut push = false;
        for part in spec.split(',') {
            let (k, v) = part
                .split_once('=')
                .ok_or_else(|| bad("want KEY=VALUE parts"))?;
            match k {
                "type" => kind = Some(v),
                "dest" => dest = Some(v),
                "name" => names.extend(v.split(';').filter(|n| !n.is_empty()).map(str::to_string)),
                "push" => {
                    push = match v {
                        "true" | "1" => true,
                        "false" | "0" => false,
                        _ => return Err(bad("push takes true or false")),
                    }
                }
                // accepted as buildx takes them, nothing to act on here
                "compression" | "compression-level" | "force-compression" | "oci-mediatypes"
                | "unpack" | "store" | "tar" => {}
                _ => return Err(bad(&format!("unknown key {k:?}"))),
            }
        }
        let to = |d: Option<&str>| match d {
            Some("-") | None => Dest::Stdout,
            Some(p) => Dest::File(PathBuf::from(p)),
        };
        Ok(match kind {
            Some("local") => Output::Local(PathBuf::from(
                dest.ok_or_else(|| bad("type=local needs dest=DIR"))?,
            )),
            Some("tar") => Output::Tar(to(dest)),
            Some("oci") => Output::Oci {
                dest: to(dest),
                names,
            },
            Some("docker") => Output::Docker {
                dest: to(dest),
                names,
            },
            Some("image") => Output::Image { names, push },
            Some("registry") => Output::Image { names, push: true },
            Some(t) => {
                return Err(bad(&format!(
                    "unknown type {t:?} (local, tar, oci, docker, image, registry)"
                )));
            }
            None => return Err(bad("no type=")),
        })
    }
}

impl Engine {
    /// The image's filesystem (its layers merged) as one tar into `out`.
    pub fn image_filesystem(&self, id: &Digest, out: &mut dyn Write) -> Result<(), EngineError> {
        let store = self.store()?;
        let rec = store
            .images()?
            .images
            .get(id)
            .cloned()
            .ok_or_else(|| EngineError::NoSuchImage(id.to_string()))?;
        self.unpacked_layers(&rec.layers)?;
        let dirs: Vec<PathBuf> = rec.layers.iter().map(|d| store.layer_diff_dir(d)).collect();
        let view = Layered::new(&dirs);
        pack_merged(&view, out, PackOptions::default())
            .map_err(|e| EngineError::Other(format!("writing the image's filesystem: {e}")))?;
        Ok(())
    }

    /// The image's filesystem unpacked into `dir` (made if missing), every path resolved
    /// inside it; files are the caller's, device nodes left out.
    pub fn image_filesystem_to_dir(&self, id: &Digest, dir: &Path) -> Result<(), EngineError> {
        crate::util::fs::ensure_dir(dir)?;
        let root = RootDir::open(dir)
            .map_err(|e| EngineError::Other(format!("opening {}: {e}", dir.display())))?;
        let (rx, mut tx) = std::io::pipe()?;
        std::thread::scope(|s| {
            let writer = s.spawn(move || {
                let mut w = std::io::BufWriter::with_capacity(1 << 20, &mut tx);
                self.image_filesystem(id, &mut w)?;
                w.flush().map_err(EngineError::from)
            });
            let opts = UnpackOptions {
                privileged: crate::sys::is_root(),
                userns: false,
                whiteouts: false,
                owner: Some(crate::sys::effective_ids()),
                devices: false,
            };
            let unpacked = unpack_at(
                std::io::BufReader::with_capacity(1 << 20, rx),
                root,
                Path::new(""),
                opts,
            );
            let written = writer
                .join()
                .unwrap_or_else(|_| Err(EngineError::Other("the export thread panicked".into())));
            unpacked?;
            written
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue17_output_specs_parse_like_buildx() {
        assert_eq!(Output::parse("out").unwrap(), Output::Local("out".into()));
        assert_eq!(Output::parse("-").unwrap(), Output::Tar(Dest::Stdout));
        assert_eq!(
            Output::parse("type=local,dest=/tmp/x").unwrap(),
            Output::Local("/tmp/x".into())
        );
        assert_eq!(
            Output::parse("type=tar,dest=fs.tar").unwrap(),
            Output::Tar(Dest::File("fs.tar".into()))
        );
        assert_eq!(
            Output::parse("type=oci,dest=-,name=a:1").unwrap(),
            Output::Oci {
                dest: Dest::Stdout,
                names: vec!["a:1".into()]
            }
        );
        assert_eq!(
            Output::parse("type=image,name=r/a:1,push=true").unwrap(),
            Output::Image {
                names: vec!["r/a:1".into()],
                push: true
            }
        );
        assert_eq!(
            Output::parse("type=registry").unwrap(),
            Output::Image {
                names: vec![],
                push: true
            }
        );
        for bad in [
            "",
            "type=local",
            "type=cacheonly2",
            "type=image,push=maybe",
            "type=tar,bogus=1",
            "dest=x",
        ] {
            assert!(Output::parse(bad).is_err(), "{bad}");
        }
    }
}
