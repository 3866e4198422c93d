//! The executor of a plan: each step applied inside the rootfs, its place resolved when
//! the step runs, mounts and nodes made through the `Kernel`.

use std::os::fd::AsFd;
use std::path::Path;

use super::{Fallback, MountStep, Point, Step};
use crate::runtime::mounts::{dir_in, fd_path, file_in, own_dir};
use crate::sys::kernel::{Kernel, MountCall, MsFlags};
use crate::sys::rooted::RootDir;

/// `at`, resolved inside the rootfs as it is (O_PATH); `None` when nothing is there.
fn existing(rootfs: &RootDir, at: &str) -> Result<Option<std::os::fd::OwnedFd>, String> {
    let rel = Path::new(at.trim_start_matches('/'));
    let rel = if rel.as_os_str().is_empty() {
        Path::new(".")
    } else {
        rel
    };
    match rootfs.open_in(
        rel,
        rustix::fs::OFlags::PATH | rustix::fs::OFlags::CLOEXEC,
        rustix::fs::Mode::empty(),
    ) {
        Ok(fd) => Ok(Some(fd)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{at}: {e}")),
    }
}

/// The directory holding `at` (created inside the rootfs when missing) and the last name.
fn parent_of<'a>(rootfs: &RootDir, at: &'a str) -> Result<(std::os::fd::OwnedFd, &'a str), String> {
    let (dir, name) = at.rsplit_once('/').unwrap_or(("", at));
    if name.is_empty() {
        return Err(format!("bad path {at:?}"));
    }
    let fd = rootfs
        .open_dir(Path::new(dir.trim_start_matches('/')), true)
        .map_err(|e| format!("preparing {dir}: {e}"))?;
    Ok((fd, name))
}

/// Applies `steps` inside `rootfs`, in order; the first failure ends it.
pub fn apply(steps: &[Step], rootfs: &RootDir, k: &mut dyn Kernel) -> Result<(), String> {
    for s in steps {
        apply_one(s, rootfs, k)?;
    }
    Ok(())
}

fn apply_one(s: &Step, rootfs: &RootDir, k: &mut dyn Kernel) -> Result<(), String> {
    match s {
        Step::Mount(MountStep {
            at,
            point,
            source,
            fstype,
            flags,
            data,
            fallback,
        }) => {
            let fd = match point {
                Point::Own => own_dir(rootfs, at)?,
                Point::Dir => dir_in(rootfs, at)?,
                Point::File => file_in(rootfs, at)?
                    .ok_or_else(|| format!("{at} in the image is a directory"))?,
                Point::Existing => match existing(rootfs, at)? {
                    Some(fd) => fd,
                    None => return Ok(()),
                },
            };
            let call = MountCall {
                source: source.as_deref().map(Path::new),
                target: &fd_path(&fd),
                fstype: fstype.as_deref(),
                flags: *flags,
                data: data.as_deref(),
                at,
            };
            let result = k.mount(&call);
            drop(fd);
            match (result, fallback) {
                (Ok(()), _) | (Err(_), Fallback::Ignore) => Ok(()),
                (Err(_), Fallback::Instead(steps)) => apply(steps, rootfs, k),
                (Err(e), Fallback::Fail) => Err(format!("mounting {at}: {e}")),
            }
        }
        Step::Mknod {
            at,
            kind,
            mode,
            major,
            minor,
        } => {
            let (dir, name) = parent_of(rootfs, at)?;
            k.mknod(dir.as_fd(), name, *kind, *mode, *major, *minor)
                .map_err(|e| format!("creating {at}: {e}"))
        }
        Step::Symlink { at, target } => {
            let (dir, name) = parent_of(rootfs, at)?;
            rustix::fs::symlinkat(target.as_str(), &dir, name)
                .map_err(|e| format!("creating {at}: {e}"))
        }
        Step::Mkdir { at, mode } => {
            let (dir, name) = parent_of(rootfs, at)?;
            rustix::fs::mkdirat(&dir, name, rustix::fs::Mode::from_raw_mode(*mode))
                .map_err(|e| format!("creating {at}: {e}"))
        }
        Step::HostDevices { bind } => {
            let dev = dir_in(rootfs, "/dev")?;
            crate::runtime::devnodes::host_devices(Path::new("/dev"), &dev, 0, *bind, k);
            Ok(())
        }
        Step::Mask { at } => {
            let Some(fd) = existing(rootfs, at)? else {
                return Ok(());
            };
            let is_dir = rustix::fs::fstat(&fd)
                .map(|st| rustix::fs::FileType::from_raw_mode(st.st_mode).is_dir())
                .map_err(|e| format!("{at}: {e}"))?;
            let (source, fstype, flags) = if is_dir {
                ("tmpfs", Some("tmpfs"), MsFlags::MS_RDONLY)
            } else {
                ("/dev/null", None, MsFlags::MS_BIND)
            };
            k.mount(&MountCall {
                source: Some(Path::new(source)),
                target: &fd_path(&fd),
                fstype,
                flags,
                data: None,
                at,
            })
            .map_err(|e| format!("masking {at}: {e}"))
        }
        Step::Bind(b) => crate::runtime::mounts::bind(rootfs, b, k),
    }
}
