//! `cp`: docker's `CONTAINER:PATH` arguments into the engine's copy.

use std::path::PathBuf;

use clap::Args;

use crate::engine::Engine;
use crate::engine::container::cp::{CpOptions, CpPath};

/// The flags `cp` and `compose cp` share.
#[derive(Debug, Args)]
pub struct CpFlags {
    /// Archive mode (copy all uid/gid information)
    #[arg(short, long)]
    archive: bool,
    /// Always follow symbolic links in SRC_PATH
    #[arg(short = 'L', long)]
    follow_link: bool,
    /// Let a directory replace a non-directory and the other way round (podman)
    #[arg(long)]
    overwrite: bool,
}

impl CpFlags {
    pub fn options(&self) -> CpOptions {
        CpOptions {
            archive: self.archive,
            follow_link: self.follow_link,
            overwrite: self.overwrite,
        }
    }
}

#[derive(Debug, Args)]
pub struct CpArgs {
    #[command(flatten)]
    flags: CpFlags,
    /// Suppress progress output (accepted; cp prints nothing)
    #[arg(short, long)]
    quiet: bool,
    /// CONTAINER:SRC_PATH, a local path, or - for a tar stream on stdin
    #[arg(value_name = "SRC")]
    src: String,
    /// CONTAINER:DEST_PATH, a local path, or - for a tar stream on stdout
    #[arg(value_name = "DEST")]
    dest: String,
}

/// docker's rule: `-` is a stream; a path starting with `/` or `.` is local; otherwise
/// `NAME:PATH` names a container.
pub(crate) fn parse(arg: &str) -> CpPath {
    if arg == "-" {
        return CpPath::Stream;
    }
    if !arg.starts_with(['/', '.'])
        && let Some((container, path)) = arg.split_once(':')
        && !container.is_empty()
    {
        let path = if path.is_empty() { "/" } else { path };
        return CpPath::Container {
            container: container.to_string(),
            path: path.to_string(),
        };
    }
    CpPath::Host(PathBuf::from(arg))
}

pub fn cp(engine: &Engine, a: CpArgs) -> anyhow::Result<i32> {
    engine.copy_files(&parse(&a.src), &parse(&a.dest), a.flags.options())?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_container_paths_like_docker() {
        assert_eq!(parse("-"), CpPath::Stream);
        assert_eq!(parse("./a:b"), CpPath::Host("./a:b".into()));
        assert_eq!(parse("/x:y"), CpPath::Host("/x:y".into()));
        assert_eq!(parse("file"), CpPath::Host("file".into()));
        assert_eq!(
            parse("web:/etc/hosts"),
            CpPath::Container {
                container: "web".into(),
                path: "/etc/hosts".into()
            }
        );
        assert_eq!(
            parse("web:"),
            CpPath::Container {
                container: "web".into(),
                path: "/".into()
            }
        );
    }
}
