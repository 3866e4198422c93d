//! The container's filesystem, built inside its own mount namespace: the overlay rootfs,
//! /proc, /dev, /sys, user mounts, then (after pivot_root) masked and read-only paths.
//!
//! Everything under the rootfs comes from the image and is hostile: a mount target is
//! resolved inside the rootfs (symlinks included) to an fd, and the mount goes onto
//! `/proc/self/fd/N`, so an image's symlinked /proc, /dev or /etc/hosts cannot make skiff
//! mount or create anything outside the rootfs.

use std::os::fd::{AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};

use crate::sys::kernel::{MsFlags, mount};
use rustix::fs::{FileType, Mode, OFlags};

use crate::oci::runtime::{Mount, Root, RuntimeSpec};
use crate::sys::rooted::RootDir;

type Result<T> = std::result::Result<T, String>;

pub(super) fn fd_path(fd: &OwnedFd) -> PathBuf {
    PathBuf::from(format!("/proc/self/fd/{}", fd.as_raw_fd()))
}

pub(super) fn do_mount(
    source: Option<&Path>,
    target: &Path,
    fstype: Option<&str>,
    flags: MsFlags,
    data: Option<&str>,
    what: &str,
) -> Result<()> {
    mount(source, target, fstype, flags, data).map_err(|e| format!("mounting {what}: {e}"))
}

/// Makes every mount private so nothing propagates back to the host.
pub fn make_private() -> Result<()> {
    do_mount(
        None,
        Path::new("/"),
        None,
        MsFlags::MS_REC | MsFlags::MS_PRIVATE,
        None,
        "/ private",
    )
}

/// Layer dirs top first, each once: an image may hold the same layer twice (two steps
/// with the same result), overlayfs refuses a lower dir given twice (ELOOP), and the upper
/// copy already shows everything the lower one would.
pub(super) fn top_first_unique(bottom_first: &[PathBuf]) -> Vec<&PathBuf> {
    let mut seen = std::collections::HashSet::new();
    bottom_first
        .iter()
        .rev()
        .filter(|l| seen.insert(*l))
        .collect()
}

/// Mounts the overlay rootfs: the plan of `runtime::plan::rootfs`, through the real kernel.
pub fn mount_rootfs(root: &Root, rootless: bool) -> Result<()> {
    let p = super::plan::rootfs::rootfs(root, rootless)?;
    super::plan::rootfs::apply(&p, &mut crate::sys::kernel::Real)
}

/// A directory inside the rootfs (created when missing), resolved inside it.
pub(super) fn dir_in(rootfs: &RootDir, path: &str) -> Result<OwnedFd> {
    let rel = path.trim_start_matches('/');
    let fd = rootfs
        .open_dir(Path::new(rel), true)
        .map_err(|e| format!("preparing {path} in the rootfs: {e}"))?;
    Ok(fd)
}

/// A file inside the rootfs to mount a file onto (created when missing). `None` when the
/// image has something there that is not a file (a directory): it is left alone.
pub(super) fn file_in(rootfs: &RootDir, path: &str) -> Result<Option<OwnedFd>> {
    let rel = Path::new(path.trim_start_matches('/'));
    let parent = rel.parent().unwrap_or(Path::new(""));
    let name = rel
        .file_name()
        .ok_or_else(|| format!("bad mount target {path}"))?;
    let pfd = rootfs
        .open_dir(parent, true)
        .map_err(|e| format!("preparing {path}: {e}"))?;
    let flags = OFlags::PATH | OFlags::CLOEXEC;
    match rootfs.open_in(rel, flags, Mode::empty()) {
        Ok(fd) => {
            let st = rustix::fs::fstat(&fd).map_err(|e| format!("{path}: {e}"))?;
            if FileType::from_raw_mode(st.st_mode) == FileType::Directory {
                log::warn!("{path} in the image is a directory: not mounting over it");
                return Ok(None);
            }
            Ok(Some(fd))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // Dangling symlink or missing: create a plain file where the name is (never
            // following the link), then resolve again.
            let _ = rustix::fs::unlinkat(&pfd, name, rustix::fs::AtFlags::empty());
            let made = rustix::fs::openat(
                &pfd,
                name,
                OFlags::CREATE | OFlags::EXCL | OFlags::WRONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                Mode::from_raw_mode(0o644),
            );
            drop(made.map_err(|e| format!("creating {path}: {e}"))?);
            rootfs
                .open_in(rel, flags, Mode::empty())
                .map(Some)
                .map_err(|e| format!("{path}: {e}"))
        }
        Err(e) => Err(format!("{path}: {e}")),
    }
}

/// A mount point skiff itself needs (/proc, /dev, /sys, /etc/hosts, …), of the right type:
/// whatever the image has there instead — a symlink, a device, a file where a directory
/// belongs — is replaced in the rootfs, the way docker's init layer shadows it. Parent
/// directories resolve inside the rootfs.
fn own_mountpoint(rootfs: &RootDir, path: &str, dir: bool) -> Result<Option<OwnedFd>> {
    use rustix::fs::AtFlags;
    let rel = Path::new(path.trim_start_matches('/'));
    let parent = rel.parent().unwrap_or(Path::new(""));
    let name = rel
        .file_name()
        .ok_or_else(|| format!("bad mount point {path}"))?;
    let pfd = rootfs
        .open_dir(parent, true)
        .map_err(|e| format!("preparing {path}: {e}"))?;
    let want = if dir {
        FileType::Directory
    } else {
        FileType::RegularFile
    };
    let have = rustix::fs::statat(&pfd, name, AtFlags::SYMLINK_NOFOLLOW)
        .ok()
        .map(|st| FileType::from_raw_mode(st.st_mode));
    match have {
        Some(t) if t == want => {}
        Some(FileType::Directory) => {
            log::warn!("{path} in the image is a directory: not mounting over it");
            return Ok(None);
        }
        other => {
            if other.is_some() {
                rustix::fs::unlinkat(&pfd, name, AtFlags::empty())
                    .map_err(|e| format!("replacing {path}: {e}"))?;
            }
            if dir {
                rustix::fs::mkdirat(&pfd, name, Mode::from_raw_mode(0o755))
                    .map_err(|e| format!("creating {path}: {e}"))?;
            } else {
                let flags = OFlags::CREATE
                    | OFlags::EXCL
                    | OFlags::WRONLY
                    | OFlags::NOFOLLOW
                    | OFlags::CLOEXEC;
                drop(
                    rustix::fs::openat(&pfd, name, flags, Mode::from_raw_mode(0o644))
                        .map_err(|e| format!("creating {path}: {e}"))?,
                );
            }
        }
    }
    let mut flags = OFlags::PATH | OFlags::NOFOLLOW | OFlags::CLOEXEC;
    if dir {
        flags |= OFlags::DIRECTORY;
    }
    rustix::fs::openat(&pfd, name, flags, Mode::empty())
        .map(Some)
        .map_err(|e| format!("{path}: {e}"))
}

pub(super) fn own_dir(rootfs: &RootDir, path: &str) -> Result<OwnedFd> {
    own_mountpoint(rootfs, path, true)?.ok_or_else(|| format!("{path} cannot be prepared"))
}

/// /proc, /dev (tmpfs with the standard nodes, devpts, shm, mqueue) and /sys, inside the
/// rootfs: the plan of `runtime::plan`, applied through the real kernel.
pub fn mount_standard(
    rootfs: &RootDir,
    spec: &RuntimeSpec,
    cgroup_v2: bool,
    shm_tree: Option<std::os::fd::BorrowedFd<'_>>,
) -> Result<()> {
    let ctx = super::plan::PlanContext {
        // a user namespace of the container's own, whoever made it: no mknod, and so on
        rootless: spec.linux.rootless || spec.linux.idmap.is_some(),
        cgroup_v2,
        shm_tree: shm_tree.map(|fd| std::os::fd::AsRawFd::as_raw_fd(&fd)),
    };
    let steps = super::plan::standard(spec, ctx);
    super::plan::apply(&steps, rootfs, &mut crate::sys::kernel::Real)
}

/// The generated /etc files and user mounts (`-v`, `--mount`, `--tmpfs`), in order: the
/// plan of `runtime::plan::user_mounts`, applied through the real kernel. The first `own`
/// mounts are skiff's: their mount points are made the right type; a user mount's target
/// resolves inside the rootfs, as docker does.
pub fn mount_user(
    rootfs: &RootDir,
    mounts: &[Mount],
    own: usize,
    detached: &[std::path::PathBuf],
) -> Result<()> {
    let steps = super::plan::user_mounts(mounts, own, detached)?;
    super::plan::apply(&steps, rootfs, &mut crate::sys::kernel::Real)
}

/// One bind mount of the plan: a rooted source is opened inside its root now and mounted
/// through that fd, so nothing between resolving and mounting can swap in a symlink.
pub(super) fn bind(
    rootfs: &RootDir,
    b: &super::plan::BindStep,
    k: &mut dyn crate::sys::kernel::Kernel,
) -> Result<()> {
    let rooted = match &b.root {
        Some(root) => Some(rooted_source(root, &b.source)?),
        None => None,
    };
    let source = rooted.as_ref().map_or(b.source.clone(), fd_path);
    let is_dir = source.is_dir();
    let place = || {
        if b.own {
            own_mountpoint(rootfs, &b.at, is_dir)
        } else if is_dir {
            dir_in(rootfs, &b.at).map(Some)
        } else {
            file_in(rootfs, &b.at)
        }
    };
    let Some(target) = place()? else {
        return Ok(());
    };
    if is_dir && b.copyup {
        super::copyup::populate(&source, &target, &b.at)?;
    }
    let what = format!("{} on {}", b.source.display(), b.at);
    if b.detached {
        k.attach(&source, &fd_path(&target), &b.at)
    } else {
        k.mount(&crate::sys::kernel::MountCall {
            source: Some(&source),
            target: &fd_path(&target),
            fstype: None,
            flags: MsFlags::MS_BIND | MsFlags::MS_REC,
            data: None,
            at: &b.at,
        })
    }
    .map_err(|e| format!("mounting {what}: {e}"))?;
    if b.readonly {
        // The fd names what is under the new mount: resolve again to reach it.
        if let Some(mounted) = place()? {
            k.mount(&crate::sys::kernel::MountCall {
                source: None,
                target: &fd_path(&mounted),
                fstype: None,
                flags: MsFlags::MS_BIND | MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY,
                data: None,
                at: &b.at,
            })
            .map_err(|e| format!("mounting {what}: {e}"))?;
        }
    }
    Ok(())
}

/// Opens (O_PATH) `rel` inside `root`, following symlinks only within it.
fn rooted_source(root: &Path, rel: &Path) -> Result<OwnedFd> {
    let what =
        |e: std::io::Error| format!("bind source {} in {}: {e}", rel.display(), root.display());
    RootDir::open(root)
        .and_then(|r| r.open_in(rel, OFlags::PATH, Mode::empty()))
        .map_err(what)
}

/// Switches the root to `new_root` and detaches the old one.
pub fn pivot(new_root: &Path) -> Result<()> {
    std::env::set_current_dir(new_root).map_err(|e| format!("chdir to the rootfs: {e}"))?;
    crate::sys::kernel::pivot_here().map_err(|e| format!("pivot_root: {e}"))
}

/// After pivot_root: masked paths hidden, read-only paths and (`--read-only`) the rootfs
/// made read-only — the plan of `runtime::plan::protection`, applied through the real
/// kernel inside the new root.
pub fn protect(spec: &crate::oci::runtime::RuntimeSpec) -> Result<()> {
    let root = RootDir::open(Path::new("/")).map_err(|e| format!("opening /: {e}"))?;
    super::plan::apply(
        &super::plan::protection(spec),
        &root,
        &mut crate::sys::kernel::Real,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_layer_twice_is_mounted_once_at_its_top_position() {
        let p = |s: &str| PathBuf::from(s);
        let layers = [p("a"), p("b"), p("a"), p("c"), p("b")];
        let got: Vec<&PathBuf> = top_first_unique(&layers);
        assert_eq!(got, [&p("b"), &p("c"), &p("a")]);
    }
}
