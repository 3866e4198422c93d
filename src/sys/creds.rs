//! The real kernel's process-side calls for `kernel::Kernel`: limits, capabilities, ids,
//! names and sysctls of the calling process (a container's, just before its exec).

use std::io;

use caps::{CapSet, Capability};
use rustix::process::Resource;

/// The resource behind a limit's name (`NOFILE` or `RLIMIT_NOFILE`).
pub fn resource(kind: &str) -> Option<Resource> {
    use Resource::*;
    Some(match kind.trim_start_matches("RLIMIT_") {
        "NOFILE" => Nofile,
        "NPROC" => Nproc,
        "CORE" => Core,
        "CPU" => Cpu,
        "DATA" => Data,
        "FSIZE" => Fsize,
        "LOCKS" => Locks,
        "MEMLOCK" => Memlock,
        "MSGQUEUE" => Msgqueue,
        "NICE" => Nice,
        "RSS" => Rss,
        "RTPRIO" => Rtprio,
        "RTTIME" => Rttime,
        "SIGPENDING" => Sigpending,
        "STACK" => Stack,
        "AS" => As,
        _ => return None,
    })
}

fn unknown(kind: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("unknown ulimit {kind:?}"),
    )
}

pub fn set_rlimit(kind: &str, soft: u64, hard: u64) -> io::Result<()> {
    let res = resource(kind).ok_or_else(|| unknown(kind))?;
    let v = |x: u64| if x == u64::MAX { None } else { Some(x) };
    rustix::process::setrlimit(
        res,
        rustix::process::Rlimit {
            current: v(soft),
            maximum: v(hard),
        },
    )?;
    Ok(())
}

pub fn hard_rlimit(kind: &str) -> io::Result<Option<u64>> {
    let res = resource(kind).ok_or_else(|| unknown(kind))?;
    Ok(rustix::process::getrlimit(res).maximum)
}

/// `keep` becomes the bounding set; inheritable and ambient are emptied (CVE-2022-24769),
/// so root keeps exactly the set across exec and other users start with none.
pub fn limit_capabilities(keep: &[Capability]) -> io::Result<()> {
    let known = caps::runtime::procfs_all_supported(None).unwrap_or_else(|_| caps::all());
    let err =
        |what: String| move |e: caps::errors::CapsError| io::Error::other(format!("{what}: {e}"));
    for cap in known {
        if !keep.contains(&cap) {
            caps::drop(None, CapSet::Bounding, cap)
                .map_err(err(format!("dropping {cap} from the bounding set")))?;
        }
    }
    caps::clear(None, CapSet::Inheritable)
        .map_err(err("clearing inheritable capabilities".into()))?;
    caps::clear(None, CapSet::Ambient).map_err(err("clearing ambient capabilities".into()))?;
    Ok(())
}

pub fn set_groups(gids: &[u32]) -> io::Result<()> {
    let gids: Vec<rustix::process::Gid> = gids
        .iter()
        .map(|g| rustix::process::Gid::from_raw(*g))
        .collect();
    rustix::thread::set_thread_groups(&gids)?;
    Ok(())
}

/// Real, effective and saved gid.
pub fn set_gid(gid: u32) -> io::Result<()> {
    let g = rustix::process::Gid::from_raw(gid);
    rustix::thread::set_thread_res_gid(g, g, g)?;
    Ok(())
}

/// Real, effective and saved uid.
pub fn set_uid(uid: u32) -> io::Result<()> {
    let u = rustix::process::Uid::from_raw(uid);
    rustix::thread::set_thread_res_uid(u, u, u)?;
    Ok(())
}

pub fn no_new_privs() -> io::Result<()> {
    rustix::thread::set_no_new_privs(true)?;
    Ok(())
}

pub fn set_hostname(name: &str) -> io::Result<()> {
    rustix::system::sethostname(name.as_bytes())?;
    Ok(())
}

pub fn set_domainname(name: &str) -> io::Result<()> {
    rustix::system::setdomainname(name.as_bytes())?;
    Ok(())
}

/// Writes `/proc/sys/KEY` (dots as slashes).
pub fn sysctl(key: &str, value: &str) -> io::Result<()> {
    let path = std::path::Path::new("/proc/sys").join(key.replace('.', "/"));
    std::fs::write(path, value)
}
