//! Where a build's context and an import's archive come from, made local: a build context
//! that is a tar on stdin (unpacked), a git URL (cloned, shallow, with the host's git; a
//! `#REF:SUBDIR` fragment picks the branch or tag and a directory inside) or a directory;
//! an import from stdin, a file, or an http(s) URL (downloaded). What is made lives in a
//! work directory of the store that goes when the value is dropped.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::engine::{Engine, EngineError};
use crate::store::work::WorkDir;

/// A build context as a directory.
pub struct BuildContext {
    pub dir: PathBuf,
    _work: WorkDir,
}

/// An archive to import, open for reading.
pub struct ImportSource {
    pub reader: Box<dyn Read>,
    _work: WorkDir,
}

impl Engine {
    /// The context `spec` names (`-`, a git URL, or a directory), as a directory.
    pub fn build_context(&self, spec: &str) -> Result<BuildContext, EngineError> {
        let work = self.store()?.work_dir()?;
        let dir = if spec == "-" {
            let dir = work.path().join("context");
            std::fs::create_dir(&dir)?;
            let _ = crate::store::unpack::unpack(
                std::io::stdin().lock(),
                &dir,
                crate::store::unpack::UnpackOptions::context(),
            )
            .map_err(|e| {
                EngineError::Invalid(format!("reading the context tar from stdin: {e}"))
            })?;
            dir
        } else if spec.contains("://") || spec.starts_with("git@") {
            git_clone(spec, &work.path().join("git"))?
        } else {
            let p = PathBuf::from(spec);
            if !p.is_dir() {
                return Err(EngineError::Invalid(format!(
                    "context {} is not a directory",
                    p.display()
                )));
            }
            p
        };
        Ok(BuildContext { dir, _work: work })
    }

    /// The archive `source` names (`-`, an http(s) URL, or a file), open.
    pub fn import_source(&self, source: &str) -> Result<ImportSource, EngineError> {
        let work = self.store()?.work_dir()?;
        let reader: Box<dyn Read> = if source == "-" {
            Box::new(std::io::stdin().lock())
        } else if source.starts_with("http://") || source.starts_with("https://") {
            let file = work.path().join("download");
            crate::registry::download::download(source, &file)?;
            Box::new(std::fs::File::open(&file)?)
        } else {
            Box::new(
                std::fs::File::open(source)
                    .map_err(|e| EngineError::Invalid(format!("opening {source}: {e}")))?,
            )
        };
        Ok(ImportSource {
            reader,
            _work: work,
        })
    }
}

/// `https://host/repo.git#ref:subdir`, cloned (shallow) into `dir`; the context directory.
fn git_clone(url: &str, dir: &Path) -> Result<PathBuf, EngineError> {
    let (repo, frag) = url.split_once('#').unwrap_or((url, ""));
    let (reference, sub) = frag.split_once(':').unwrap_or((frag, ""));
    let mut cmd = std::process::Command::new("git");
    cmd.args(["clone", "--quiet", "--depth", "1", "--recurse-submodules"]);
    if !reference.is_empty() {
        cmd.args(["--branch", reference]);
    }
    cmd.arg(repo).arg(dir);
    let out = cmd.output().map_err(|e| {
        EngineError::Other(format!(
            "running git (is it installed?) for a git context: {e}"
        ))
    })?;
    if !out.status.success() {
        return Err(EngineError::Invalid(format!(
            "cloning {repo}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    let ctx = dir.join(sub.trim_start_matches('/'));
    let outside = || EngineError::Invalid(format!("{sub}: outside the repository"));
    let canon = ctx.canonicalize().map_err(|_| outside())?;
    if !canon.starts_with(dir.canonicalize()?) {
        return Err(outside());
    }
    Ok(canon)
}
