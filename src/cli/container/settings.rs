//! Settings `run`/`create` and `build`'s RUN steps read the same way: `--security-opt`,
//! `--shm-size`, `--ulimit`.

use anyhow::bail;

use super::limits::ulimit;
use crate::oci::seccomp::{Profile, Seccomp};
use crate::util::units::parse_size;

/// `--shm-size` in bytes (0: not given).
pub(super) fn shm_size(given: Option<&str>) -> anyhow::Result<u64> {
    match given.map(parse_size) {
        None => Ok(0),
        Some(Ok(0)) => bail!("invalid value for --shm-size: must be positive"),
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => bail!("invalid value for --shm-size: {e}"),
    }
}

/// `--ulimit`s.
pub(super) fn ulimits(given: &[String]) -> anyhow::Result<Vec<crate::oci::runtime::Rlimit>> {
    given.iter().map(|u| ulimit(u)).collect()
}

/// `--security-opt`s: no-new-privileges, and the seccomp setting.
pub(super) fn security_opts(given: &[String]) -> anyhow::Result<(bool, Seccomp)> {
    let mut no_new_privileges = false;
    let mut seccomp = Seccomp::Default;
    for o in given {
        let (k, v) = o.split_once(['=', ':']).unwrap_or((o.as_str(), "true"));
        match k {
            "no-new-privileges" => no_new_privileges = v != "false",
            "seccomp" => seccomp = seccomp_setting(v)?,
            "label" | "apparmor" => {}
            _ => bail!("invalid --security-opt {o:?}"),
        }
    }
    Ok((no_new_privileges, seccomp))
}

/// `--security-opt seccomp=unconfined|default|PROFILE.json`: the profile is read now, as
/// docker's client does, so the container keeps it even if the file changes.
fn seccomp_setting(v: &str) -> anyhow::Result<Seccomp> {
    Ok(match v {
        "unconfined" => Seccomp::Unconfined,
        "default" | "builtin" => Seccomp::Default,
        path => {
            let bytes = std::fs::read(path)
                .map_err(|e| anyhow::anyhow!("opening seccomp profile {path:?}: {e}"))?;
            let profile = Profile::parse(&bytes)
                .map_err(|e| anyhow::anyhow!("seccomp profile {path:?}: {e}"))?;
            Seccomp::Profile(Box::new(profile))
        }
    })
}
