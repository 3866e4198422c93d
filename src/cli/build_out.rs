//! `build -o/--output`, `--push`, `--load`, `--metadata-file` (docker buildx's flags):
//! where a build's result goes besides the store, written once the build succeeded.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;

use super::progress::LayerDisplay;
use crate::engine::Engine;
use crate::engine::image::archive::ArchiveFormat;
use crate::engine::image::output::{Dest, Output};
use crate::oci::Digest;

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Also write the result: type=local,dest=DIR | type=tar,dest=FILE|- |
    /// type=oci|docker,dest=FILE|-[,name=N] | type=image,name=N[,push=true] |
    /// type=registry | DIR | - (repeatable)
    #[arg(short = 'o', long = "output", value_name = "SPEC")]
    output: Vec<String>,
    /// Push the image's names (-t) once it is built
    #[arg(long)]
    push: bool,
    /// Keep the image in the store (it always is here)
    #[arg(long)]
    load: bool,
    /// Write what was built as JSON: the image ID (containerimage.config.digest), its
    /// names (image.name), the pushed manifest's digest (containerimage.digest)
    #[arg(long, value_name = "FILE")]
    metadata_file: Option<PathBuf>,
}

impl OutputArgs {
    /// The outputs asked for, checked before the build starts.
    pub fn parse(&self, tags: &[String]) -> anyhow::Result<Vec<Output>> {
        let outs = self
            .output
            .iter()
            .map(|o| Output::parse(o))
            .collect::<Result<Vec<_>, _>>()?;
        let pushes_nothing = |names: &Vec<String>| names.is_empty() && tags.is_empty();
        if (self.push && tags.is_empty())
            || outs
                .iter()
                .any(|o| matches!(o, Output::Image { names, push: true } if pushes_nothing(names)))
        {
            anyhow::bail!("nothing to push: name the image with -t or name=");
        }
        if outs.iter().filter(|o| o.to_stdout()).count() > 1 {
            anyhow::bail!("only one --output can go to standard output");
        }
        Ok(outs)
    }

    /// Whether a build's own messages must keep off standard output.
    pub fn uses_stdout(outs: &[Output]) -> bool {
        outs.iter().any(Output::to_stdout)
    }

    /// Writes every output of the image `id`, then `--push` and `--metadata-file`.
    pub fn write(
        &self,
        engine: &Engine,
        id: &Digest,
        outs: &[Output],
        tags: &[String],
        registry: &super::RegistryArgs,
        quiet: bool,
    ) -> anyhow::Result<()> {
        let _ = self.load;
        let mut names: Vec<String> = tags.to_vec();
        let mut pushed: Option<Digest> = None;
        let mut push = |engine: &Engine, name: &str| -> anyhow::Result<()> {
            let r = engine.push(
                &crate::engine::image::push::PushOptions {
                    source: name.to_string(),
                    destination: None,
                    format: None,
                    compression: None,
                    client: super::image::client_options(registry)?,
                    by_digest: false,
                },
                &LayerDisplay::for_run(quiet, name),
            )?;
            pushed = Some(r.digest);
            Ok(())
        };
        for o in outs {
            match o {
                Output::Local(dir) => engine.image_filesystem_to_dir(id, dir)?,
                Output::Tar(dest) => super::archive::write_output(path_of(dest), &|w| {
                    let mut w = std::io::BufWriter::new(w);
                    engine.image_filesystem(id, &mut w)?;
                    Ok(w.flush()?)
                })?,
                Output::Oci { dest, names: n } | Output::Docker { dest, names: n } => {
                    let format = if matches!(o, Output::Oci { .. }) {
                        ArchiveFormat::OciArchive
                    } else {
                        ArchiveFormat::DockerArchive
                    };
                    let named = tag_all(engine, id, n, &mut names)?;
                    let images = match (named.is_empty(), tags.is_empty()) {
                        (false, _) => named,
                        (true, false) => tags.to_vec(),
                        (true, true) => vec![id.to_string()],
                    };
                    super::archive::save_to(engine, &images, format, path_of(dest), false)?;
                }
                Output::Image { names: n, push: p } => {
                    let named = tag_all(engine, id, n, &mut names)?;
                    if *p {
                        for name in if named.is_empty() { tags } else { &named } {
                            push(engine, name)?;
                        }
                    }
                }
            }
        }
        if self.push {
            for t in tags {
                push(engine, t)?;
            }
        }
        self.metadata(
            serde_json::json!({
                "containerimage.config.digest": id.to_string(),
                "image.name": names.join(","),
            }),
            pushed.as_ref(),
        )
    }
}

impl OutputArgs {
    /// A multi-platform build's pushes (`--push`, `type=image,push=true`,
    /// `type=registry`): each `-t` name's manifest list, with its images; then
    /// `--metadata-file` (the last list's digest).
    pub fn push_lists(
        &self,
        engine: &Engine,
        outs: &[Output],
        tags: &[String],
        registry: &super::RegistryArgs,
        quiet: bool,
    ) -> anyhow::Result<()> {
        let _ = self.load;
        let wanted = self.push
            || outs
                .iter()
                .any(|o| matches!(o, Output::Image { push: true, .. }));
        let mut pushed = None;
        if wanted {
            for t in tags {
                let r = engine.manifest_push(
                    t,
                    None,
                    &crate::engine::image::push::PushOptions {
                        client: super::image::client_options(registry)?,
                        ..Default::default()
                    },
                    &LayerDisplay::for_run(quiet, t),
                )?;
                pushed = Some(r.digest);
            }
        }
        self.metadata(
            serde_json::json!({ "image.name": tags.join(",") }),
            pushed.as_ref(),
        )
    }

    /// `--metadata-file`: `doc`, and the pushed manifest's digest when there was a push.
    fn metadata(&self, mut doc: serde_json::Value, pushed: Option<&Digest>) -> anyhow::Result<()> {
        let Some(f) = &self.metadata_file else {
            return Ok(());
        };
        if let Some(d) = pushed {
            doc["containerimage.digest"] = serde_json::json!(d.to_string());
        }
        let text = serde_json::to_string_pretty(&doc)?;
        crate::util::fs::write_atomic(f, text.as_bytes(), 0o644)
            .with_context(|| format!("writing --metadata-file {}", f.display()))
    }
}

/// `names` given to the image `id` (tagged in the store); all names noted in `all`.
fn tag_all(
    engine: &Engine,
    id: &Digest,
    names: &[String],
    all: &mut Vec<String>,
) -> anyhow::Result<Vec<String>> {
    for n in names {
        engine.tag_image(&id.to_string(), n)?;
        if !all.contains(n) {
            all.push(n.clone());
        }
    }
    Ok(names.to_vec())
}

fn path_of(d: &Dest) -> Option<&PathBuf> {
    match d {
        Dest::File(p) => Some(p),
        Dest::Stdout => None,
    }
}

/// `--cache-from`, `--cache-to` (docker's `type=registry|local` forms and podman's bare
/// repositories), `--cache-ttl`.
#[derive(Debug, Args)]
pub struct CacheArgs {
    /// Use a build cache made elsewhere: type=registry,ref=REF | type=local,src=DIR | REPO
    /// (repeatable)
    #[arg(long, value_name = "SOURCE")]
    cache_from: Vec<String>,
    /// Share this build's cache: type=registry,ref=REF[,mode=min|max] |
    /// type=local,dest=DIR[,mode=…] | REPO (repeatable)
    #[arg(long, value_name = "DEST")]
    cache_to: Vec<String>,
    /// Use no --cache-from cache older than this (podman; e.g. 24h)
    #[arg(long, value_name = "DURATION")]
    cache_ttl: Option<String>,
}

type CacheLists = (
    Vec<crate::engine::image::remotecache::CacheLocation>,
    Vec<crate::engine::image::remotecache::CacheExport>,
);

impl CacheArgs {
    /// The sources and destinations, checked before the build starts.
    pub fn parse(&self) -> anyhow::Result<CacheLists> {
        use crate::engine::image::remotecache::parse_location;
        let from = self
            .cache_from
            .iter()
            .map(|c| parse_location(c, false).map(|e| e.to))
            .collect::<Result<Vec<_>, _>>()
            .map_err(anyhow::Error::msg)?;
        let to = self
            .cache_to
            .iter()
            .map(|c| parse_location(c, true))
            .collect::<Result<Vec<_>, _>>()
            .map_err(anyhow::Error::msg)?;
        if let Some(t) = &self.cache_ttl {
            crate::util::time::parse_go_duration(t).ok_or_else(|| {
                anyhow::anyhow!("invalid --cache-ttl {t:?}: a duration such as 24h")
            })?;
        }
        Ok((from, to))
    }

    /// Each `--cache-from` entered into the local build cache; one that cannot be had (or
    /// whose content does not match its digests) is skipped with a warning.
    pub fn import(
        &self,
        engine: &Engine,
        from: &[crate::engine::image::remotecache::CacheLocation],
        client: &crate::registry::ClientOptions,
        progress: &dyn crate::engine::progress::PullProgress,
        out: &dyn crate::build::run::BuildOutput,
    ) {
        let ttl = self
            .cache_ttl
            .as_deref()
            .and_then(crate::util::time::parse_go_duration);
        for f in from {
            if let Err(e) = engine.import_build_cache(f, client.clone(), ttl, progress) {
                out.warn(&format!("cache {f:?} is not used: {e}"));
            }
        }
    }

    /// Each `--cache-to` written.
    pub fn export(
        &self,
        engine: &Engine,
        to: &[crate::engine::image::remotecache::CacheExport],
        record: &crate::engine::image::remotecache::CacheRecord,
        id: &Digest,
        client: &crate::registry::ClientOptions,
        progress: &LayerDisplay,
    ) -> Result<(), crate::engine::EngineError> {
        for t in to {
            engine.export_build_cache(record, id, t, client.clone(), progress)?;
        }
        Ok(())
    }
}
