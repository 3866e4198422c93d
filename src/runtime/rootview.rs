//! A stopped container's filesystem, for `cp`: a child process in a mount namespace of its
//! own mounts the container's overlay rootfs and its volumes (never its /proc, /dev or
//! anything else), runs the copy, and exits; the mounts die with it. Running containers
//! need none of this: their root is `/proc/PID/root`.

use std::io::{Read, Write};

use super::mounts;
use crate::oci::runtime::RuntimeSpec;
use crate::sys::process::{Fork, exit_now, fork};
use crate::sys::rooted::RootDir;

/// Runs `f` on the container's root in a child process; its error comes back as text.
/// The calling process must be single-threaded. A rootless container's root is mounted in
/// a user namespace with the rootless mapping, where its files have their owners.
pub fn with_stopped_rootfs(
    spec: &RuntimeSpec,
    f: impl FnOnce(RootDir) -> Result<(), String>,
) -> Result<(), String> {
    if spec.linux.rootless && crate::sys::in_initial_userns() {
        return crate::sys::userns::in_child(&crate::config::userns::caller_maps(), || {
            mount_view(spec).and_then(f)
        });
    }
    let (mut rx, tx) = std::io::pipe().map_err(|e| format!("pipe: {e}"))?;
    match fork().map_err(|e| format!("fork: {e}"))? {
        Fork::Child => {
            drop(rx);
            let result = mount_view(spec).and_then(f);
            let code = match result {
                Ok(()) => 0,
                Err(e) => {
                    let mut tx = tx;
                    let _ = tx.write_all(e.as_bytes());
                    1
                }
            };
            let _ = std::io::stdout().flush();
            exit_now(code)
        }
        Fork::Parent(pid) => {
            drop(tx);
            let mut message = String::new();
            let _ = rx.read_to_string(&mut message);
            let status = crate::sys::process::wait_exit(pid)
                .map_err(|e| format!("waiting for the copy: {e}"))?;
            match status {
                0 => Ok(()),
                _ if !message.is_empty() => Err(message),
                code => Err(format!("the copy ended abnormally (status {code})")),
            }
        }
    }
}

fn mount_view(spec: &RuntimeSpec) -> Result<RootDir, String> {
    crate::sys::process::unshare_mounts()
        .map_err(|e| format!("a mount namespace for the copy: {e}"))?;
    mounts::make_private()?;
    crate::util::fs::ensure_dir(&spec.root.mountpoint)
        .map_err(|e| format!("creating {}: {e}", spec.root.mountpoint.display()))?;
    // mount_rootfs changes directory; relative host paths must keep meaning the caller's
    let cwd = rustix::fs::open(
        ".",
        rustix::fs::OFlags::PATH | rustix::fs::OFlags::DIRECTORY,
        rustix::fs::Mode::empty(),
    )
    .map_err(|e| format!("opening the current directory: {e}"))?;
    mounts::mount_rootfs(&spec.root, spec.linux.rootless)?;
    rustix::process::fchdir(&cwd)
        .map_err(|e| format!("returning to the current directory: {e}"))?;
    let rootfs =
        RootDir::open(&spec.root.mountpoint).map_err(|e| format!("opening the rootfs: {e}"))?;
    // the container's volumes and binds, not skiff's own files (hosts, resolv.conf…)
    let user: Vec<_> = spec
        .mounts
        .iter()
        .filter(|m| {
            m.kind == "bind"
                && m.source.parent().and_then(|p| p.parent())
                    != spec.root.upper.parent().and_then(|p| p.parent())
        })
        .map(|m| {
            let mut m = m.clone();
            m.options.retain(|o| o != "copyup");
            m
        })
        .collect();
    mounts::mount_user(&rootfs, &user, 0, &[])?;
    Ok(rootfs)
}
