//! The container's view of its cgroups on v1 (v2 mounts a cgroup2 filesystem in its
//! cgroup namespace instead, in `mounts`).

use std::path::{Path, PathBuf};

use crate::sys::kernel::MsFlags;
use rustix::fs::Mode;

use super::mounts::{do_mount, fd_path, own_dir};
use crate::sys::rooted::RootDir;

type Result<T> = std::result::Result<T, String>;

/// cgroup v1: a tmpfs at /sys/fs/cgroup with each hierarchy's container cgroup bound at its
/// name (`memory`, `cpu,cpuacct`, …; symlinks for co-mounted controllers), so tools that
/// read their limits there (JVMs, Go, Node) see the container's own.
pub fn mount_cgroup_v1(rootfs: &RootDir, dirs: &[PathBuf], ro: bool) -> Result<()> {
    const CGROUP_SUPER_MAGIC: i64 = 0x0027_e0eb;
    let flags = MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC;
    let root = own_dir(rootfs, "/sys/fs/cgroup")?;
    do_mount(
        Some(Path::new("tmpfs")),
        &fd_path(&root),
        Some("tmpfs"),
        flags,
        Some("mode=755,size=64k"),
        "/sys/fs/cgroup",
    )?;
    let root = own_dir(rootfs, "/sys/fs/cgroup")?;
    for dir in dirs {
        // The hierarchy's mount point: the topmost ancestor still on a cgroup filesystem.
        let mut top = dir.as_path();
        while let Some(parent) = top.parent() {
            if crate::sys::fs_magic(parent).ok() != Some(CGROUP_SUPER_MAGIC) {
                break;
            }
            top = parent;
        }
        let Some(name) = top.file_name() else {
            continue;
        };
        if rustix::fs::mkdirat(&root, name, Mode::from_raw_mode(0o755)).is_err() {
            continue;
        }
        let inside = format!("/sys/fs/cgroup/{}", name.to_string_lossy());
        let target = own_dir(rootfs, &inside)?;
        let what = format!("{} on /sys/fs/cgroup", dir.display());
        do_mount(
            Some(dir),
            &fd_path(&target),
            None,
            MsFlags::MS_BIND,
            None,
            &what,
        )?;
        if ro {
            // The old fd names what is under the new mount: resolve again to reach it.
            let mounted = own_dir(rootfs, &inside)?;
            do_mount(
                None,
                &fd_path(&mounted),
                None,
                MsFlags::MS_BIND | MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY | flags,
                None,
                &what,
            )?;
        }
        let joined = name.to_string_lossy();
        if joined.contains(',') {
            for c in joined.split(',') {
                let _ = rustix::fs::symlinkat(joined.as_ref(), &root, c);
            }
        }
    }
    drop(root);
    let root = own_dir(rootfs, "/sys/fs/cgroup")?;
    do_mount(
        None,
        &fd_path(&root),
        None,
        MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY | flags,
        Some("mode=755,size=64k"),
        "/sys/fs/cgroup read-only",
    )
}
