//! `compose cp`: `SERVICE:PATH` arguments (a replica by `--index`) into the engine's copy.

use clap::Args;

use super::session::{NUMBER, Session};
use crate::cli::container::{CpFlags, cp_path};
use crate::engine::container::cp::CpPath;

#[derive(Debug, Args)]
pub struct CpArgs {
    #[command(flatten)]
    flags: CpFlags,
    /// Index of the container if the service has multiple replicas
    #[arg(long, default_value_t = 1)]
    index: u32,
    /// SERVICE:SRC_PATH or a local path (- for a tar stream on stdin)
    #[arg(value_name = "SRC")]
    src: String,
    /// SERVICE:DEST_PATH or a local path (- for a tar stream on stdout)
    #[arg(value_name = "DEST")]
    dest: String,
}

/// `cp`'s reading of an argument, the service's container put for `SERVICE:`.
fn side(s: &Session, arg: &str, index: u32) -> anyhow::Result<CpPath> {
    match cp_path(arg) {
        CpPath::Container {
            container: service,
            path,
        } => {
            s.check_services(std::slice::from_ref(&service))?;
            let row = s
                .containers(std::slice::from_ref(&service), true, false)?
                .into_iter()
                .find(|r| r.config.labels.get(NUMBER) == Some(&index.to_string()))
                .ok_or_else(|| anyhow::anyhow!("service {service:?} has no container {index}"))?;
            Ok(CpPath::Container {
                container: row.config.id,
                path,
            })
        }
        other => Ok(other),
    }
}

pub fn cp(s: &Session, a: &CpArgs) -> anyhow::Result<i32> {
    let src = side(s, &a.src, a.index)?;
    let dst = side(s, &a.dest, a.index)?;
    s.engine.copy_files(&src, &dst, a.flags.options())?;
    Ok(0)
}
