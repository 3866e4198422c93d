//! A rootfs for a container with id maps of its own (`spec.linux.idmap`): the layers keep
//! the store's owners on disk, and fuse-overlayfs shows them through the container's maps
//! (`uidmapping`/`gidmapping`), so a file of uid 0 in the image is root's inside, and what
//! the container writes lands in the upper dir with container-side owners — commit, diff
//! and cp need no shifting. It runs in an intermediate process ("the shifter"), which is
//! in the store's user namespace (the host's for root) with a mount namespace of its own:
//! there it mounts the rootfs, changes into it, opens every bind source, and then makes
//! the container (`launch`). The container's root cannot reach into the store's
//! directories, so it finds its rootfs as its working directory (`/proc/self/cwd`) and its
//! bind sources as open descriptors (`/proc/self/fd/N`). fuse-overlayfs lives until the
//! container ends (`stop`: its pid is in the container's directory).

use std::os::fd::{AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::oci::runtime::{IdMapping, RuntimeSpec};

/// fuse's filesystem magic (statfs).
const FUSE_SUPER_MAGIC: i64 = 0x6573_5546;

/// The spec the container sets up from, and what keeps it valid until then.
pub struct Pinned {
    pub spec: RuntimeSpec,
    /// How many of the spec's mounts are skiff's own files (counted before the sources
    /// became descriptors).
    pub own: usize,
    /// The bind sources, now detached trees (`/proc/self/fd/N`).
    pub detached: Vec<PathBuf>,
    _sources: Vec<OwnedFd>,
}

/// fuse-overlayfs' pid file in the container's directory.
pub fn pidfile(container_dir: &Path) -> PathBuf {
    container_dir.join("fuse.pid")
}

/// `C:H:N:C:H:N…` as fuse-overlayfs takes maps.
fn mapping(maps: &[IdMapping]) -> String {
    maps.iter()
        .map(|m| format!("{}:{}:{}", m.container_id, m.host_id, m.size))
        .collect::<Vec<_>>()
        .join(":")
}

/// fuse-overlayfs' options for `spec`.
pub fn options(spec: &RuntimeSpec) -> Result<String, String> {
    let maps = spec
        .linux
        .idmap
        .as_ref()
        .ok_or("the container has no id maps")?;
    let root = &spec.root;
    let mut lower: Vec<String> = super::mounts::top_first_unique(&root.lower)
        .into_iter()
        .map(|l| l.display().to_string())
        .collect();
    if lower.is_empty() {
        lower.push(root.work.with_file_name("empty").display().to_string());
    }
    let paths = [
        lower.join(":"),
        root.upper.display().to_string(),
        root.work.display().to_string(),
    ];
    if lower
        .iter()
        .chain(&paths[1..])
        .any(|p| p.contains([',', ':']))
    {
        return Err("a layer path has a ',' or ':' that fuse-overlayfs cannot take".into());
    }
    Ok(format!(
        "lowerdir={},upperdir={},workdir={},uidmapping={},gidmapping={},allow_other",
        paths[0],
        paths[1],
        paths[2],
        mapping(&maps.uid),
        mapping(&maps.gid)
    ))
}

/// In the shifter: the rootfs mounted (mounts private first, so nothing reaches the host),
/// fuse-overlayfs' pid recorded, the working directory set to it and the bind sources
/// opened. The caller's mount namespace is its own.
pub fn prepare(spec: &RuntimeSpec, own: usize) -> Result<Pinned, String> {
    super::mounts::make_private()?;
    let root = &spec.root;
    let dir = root
        .upper
        .parent()
        .ok_or("the container has no directory")?
        .to_path_buf();
    if root.lower.is_empty() {
        std::fs::create_dir_all(root.work.with_file_name("empty"))
            .map_err(|e| format!("an empty lower dir: {e}"))?;
    }
    let program = crate::util::fs::find_program("fuse-overlayfs").ok_or(
        "fuse-overlayfs is needed for a container with id maps of its own (install the fuse-overlayfs package)",
    )?;
    if let Err(e) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/fuse")
    {
        return Err(format!(
            "/dev/fuse: {e}: a container with id maps of its own needs it (chmod 0666 /dev/fuse, as distributions set it)"
        ));
    }
    let log = dir.join("fuse.log");
    let err = std::fs::File::create(&log).map_err(|e| format!("{}: {e}", log.display()))?;
    let mut child = std::process::Command::new(program)
        .args(["-f", "-o", &options(spec)?])
        .arg(&root.mountpoint)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(err)
        .spawn()
        .map_err(|e| format!("fuse-overlayfs: {e}"))?;
    let failed = |what: String| {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        let line = text.lines().rfind(|l| !l.trim().is_empty()).unwrap_or("");
        format!("fuse-overlayfs {what}: {}", line.trim())
    };
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if crate::sys::fs_magic(&root.mountpoint).is_ok_and(|m| m == FUSE_SUPER_MAGIC) {
            break;
        }
        if let Ok(Some(st)) = child.try_wait() {
            return Err(failed(format!("ended ({st})")));
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(failed("did not mount within 10 s".into()));
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    let _ = std::fs::remove_file(&log);
    if let Err(e) =
        crate::util::fs::write_atomic(&pidfile(&dir), child.id().to_string().as_bytes(), 0o644)
    {
        // unrecorded, nobody could stop it later
        let _ = child.kill();
        let _ = child.wait();
        return Err(format!("recording fuse-overlayfs: {e}"));
    }
    std::env::set_current_dir(&root.mountpoint).map_err(|e| format!("the rootfs: {e}"))?;
    let mut spec = spec.clone();
    spec.root.mountpoint = PathBuf::from("/proc/self/cwd");
    // the container's root may not reach them, and a bind from this mount namespace
    // would be refused in its own: detached copies, attached there
    let mut sources = Vec::new();
    let mut detached = Vec::new();
    for m in spec
        .mounts
        .iter_mut()
        .filter(|m| m.kind == "bind" && m.root.is_none())
    {
        let fd = crate::sys::kernel::clone_tree(&m.source)
            .map_err(|e| format!("{}: {e}", m.source.display()))?;
        m.source = PathBuf::from(format!("/proc/self/fd/{}", fd.as_raw_fd()));
        detached.push(m.source.clone());
        sources.push(fd);
    }
    Ok(Pinned {
        spec,
        own,
        detached,
        _sources: sources,
    })
}

/// The container ended: its fuse-overlayfs goes (and with it the rootfs mount).
pub fn stop(container_dir: &Path) {
    let file = pidfile(container_dir);
    if let Ok(text) = std::fs::read_to_string(&file)
        && let Ok(pid) = text.trim().parse::<i32>()
        && pid > 1
        && std::fs::read_to_string(format!("/proc/{pid}/comm"))
            .is_ok_and(|c| c.starts_with("fuse-overlayfs"))
    {
        let _ = crate::sys::signal::send(pid, libc::SIGKILL);
        // its parent (the shifter) is gone: where we inherited it, we reap it
        let _ = crate::sys::process::reap_if_child(pid);
    }
    let _ = std::fs::remove_file(file);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue14_fuse_options_carry_the_maps() {
        let mut spec = RuntimeSpec::default();
        spec.root.lower = vec!["/s/l/a/diff".into(), "/s/l/b/diff".into()];
        spec.root.upper = "/s/c/1/upper".into();
        spec.root.work = "/s/c/1/work".into();
        assert!(options(&spec).is_err(), "no maps, no shifting");
        let m = |c, h, n| IdMapping {
            container_id: c,
            host_id: h,
            size: n,
        };
        spec.linux.idmap = Some(crate::oci::runtime::IdMaps {
            uid: vec![m(0, 1, 1000), m(1000, 0, 1)],
            gid: vec![m(0, 100000, 65536)],
            mode: "auto".into(),
        });
        assert_eq!(
            options(&spec).unwrap(),
            "lowerdir=/s/l/b/diff:/s/l/a/diff,upperdir=/s/c/1/upper,workdir=/s/c/1/work,uidmapping=0:1:1000:1000:0:1,gidmapping=0:100000:65536,allow_other"
        );
        spec.root.upper = "/s/c,1/upper".into();
        assert!(options(&spec).is_err());
    }
}
