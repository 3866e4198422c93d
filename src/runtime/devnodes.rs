//! Device nodes beyond the standard ones: the host's for `--privileged`, and /dev/console
//! bound to the container's terminal with `-t`.

use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use crate::sys::kernel::{Kernel, MountCall, MsFlags, Node};
use rustix::fs::{Mode, OFlags};

use super::mounts::{do_mount, fd_path};

type Result<T> = std::result::Result<T, String>;

/// `--privileged`: the host's device nodes in the container's /dev (best effort: a node
/// that cannot be made is skipped; pts, shm and mqueue are the container's own). Root
/// recreates them; in an ordinary user's namespace (`bind`), which may not mknod, each is
/// bind-mounted from the host onto an empty file, as rootless podman does.
pub(super) fn host_devices(
    host: &Path,
    into: &OwnedFd,
    depth: usize,
    bind: bool,
    k: &mut dyn Kernel,
) {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let Ok(entries) = std::fs::read_dir(host) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name();
        if depth == 0 && matches!(name.to_str(), Some("pts" | "shm" | "mqueue" | "console")) {
            continue;
        }
        let Some(text) = name.to_str() else { continue };
        let Ok(m) = e.metadata() else { continue };
        let ft = m.file_type();
        let kind = if ft.is_char_device() {
            Node::Char
        } else if ft.is_block_device() {
            Node::Block
        } else if ft.is_dir() && depth < 3 {
            if rustix::fs::mkdirat(into, &name, Mode::from_raw_mode(0o755)).is_ok()
                && let Ok(sub) = rustix::fs::openat(
                    into,
                    &name,
                    OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                    Mode::empty(),
                )
            {
                host_devices(&e.path(), &sub, depth + 1, bind, k);
            }
            continue;
        } else {
            continue;
        };
        let at = format!(
            "/dev/{}",
            e.path().strip_prefix("/dev").unwrap_or(&e.path()).display()
        );
        if bind {
            let Ok(place) = rustix::fs::openat(
                into,
                &name,
                OFlags::CREATE | OFlags::EXCL | OFlags::WRONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                Mode::from_raw_mode(0o600),
            ) else {
                continue;
            };
            let source = e.path();
            let call = MountCall {
                source: Some(&source),
                target: &fd_path(&place),
                fstype: None,
                flags: MsFlags::MS_BIND,
                data: None,
                at: &at,
            };
            if k.mount(&call).is_err() {
                drop(place);
                let _ = rustix::fs::unlinkat(into, &name, rustix::fs::AtFlags::empty());
            }
            continue;
        }
        let rdev = m.rdev();
        let (major, minor) = (rustix::fs::major(rdev), rustix::fs::minor(rdev));
        if k.mknod(into.as_fd(), text, kind, m.mode() & 0o7777, major, minor)
            .is_ok()
        {
            let _ = rustix::fs::chownat(
                into,
                &name,
                Some(rustix::process::Uid::from_raw(m.uid())),
                Some(rustix::process::Gid::from_raw(m.gid())),
                rustix::fs::AtFlags::SYMLINK_NOFOLLOW,
            );
        }
    }
}

/// With -t, /dev/console is the container's terminal, as in docker (after pivot_root: the
/// pty is in the container's devpts).
pub fn bind_console(slave: &OwnedFd) -> Result<()> {
    let path = std::fs::read_link(fd_path(slave))
        .map_err(|e| format!("finding the terminal for /dev/console: {e}"))?;
    drop(
        std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open("/dev/console")
            .map_err(|e| format!("creating /dev/console: {e}"))?,
    );
    do_mount(
        Some(&path),
        Path::new("/dev/console"),
        None,
        MsFlags::MS_BIND,
        None,
        "/dev/console",
    )
}
