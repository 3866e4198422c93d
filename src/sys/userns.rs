//! Entering user namespaces: writing a process's id maps — through the setuid
//! `newuidmap`/`newgidmap` (package uidmap) when there are ranges, else the single own-id
//! mapping a user may write itself — and running work in a child that is root of one.

use std::path::Path;

pub use crate::oci::runtime::IdMapping as IdMap;

/// Runs `f` in a child process that is root of a new user namespace with `maps` (uid,
/// gid) and a mount namespace of its own; its result comes back as text. The caller should
/// be single-threaded (the child is a copy of this one thread).
pub fn in_child(
    maps: &(Vec<IdMap>, Vec<IdMap>),
    f: impl FnOnce() -> Result<(), String>,
) -> Result<(), String> {
    in_child_with(maps, || f().map(|()| String::new())).map(drop)
}

/// `in_child` whose `f` sends a text back.
pub fn in_child_with(
    maps: &(Vec<IdMap>, Vec<IdMap>),
    f: impl FnOnce() -> Result<String, String>,
) -> Result<String, String> {
    reporting(f, |child| {
        let (pid, mapped) = spawn(maps, child)?;
        Ok((pid, mapped))
    })
}

/// Runs `f` in a child process that joins the user namespace (and, when `net`, the network
/// namespace) of the process behind `pidfd` — as its owner, this user may; its result
/// comes back as text. The caller should be single-threaded.
pub fn in_joined_child(
    pidfd: std::os::fd::BorrowedFd<'_>,
    net: bool,
    f: impl FnOnce() -> Result<String, String>,
) -> Result<String, String> {
    use super::process::{Fork, exit_now, fork};
    // the join is part of the reported work: its failure comes back as the result
    let joined = move || {
        super::process::join_user(pidfd, net)
            .map_err(|e| format!("joining a user namespace: {e}"))?;
        f()
    };
    reporting(joined, |child| {
        match fork().map_err(|e| format!("a helper process: {e}"))? {
            Fork::Child => exit_now(child()),
            Fork::Parent(pid) => Ok((pid, Ok(()))),
        }
    })
}

/// Runs `f` in the child that `start` makes (given the code to run there), passing its
/// result back through a pipe; waits for the child.
fn reporting(
    f: impl FnOnce() -> Result<String, String>,
    start: impl FnOnce(Box<dyn FnOnce() -> i32 + '_>) -> Result<(i32, Result<(), String>), String>,
) -> Result<String, String> {
    use std::io::{Read, Write};
    let (mut result_r, mut result_w) =
        std::io::pipe().map_err(|e| format!("a helper process: {e}"))?;
    // `result_w` moves into the closure: the parent's copy is gone once `start` returns
    let (pid, ready) = start(Box::new(move || {
        let (code, text) = match f() {
            Ok(t) => (0, t),
            Err(e) => (1, e),
        };
        let _ = result_w.write_all(text.as_bytes());
        let _ = std::io::stdout().flush();
        code
    }))?;
    let mut message = String::new();
    let _ = result_r.read_to_string(&mut message);
    let status = super::process::wait_exit(pid);
    ready?;
    match status {
        Ok(0) => Ok(message),
        _ if !message.is_empty() => Err(message),
        Ok(code) => Err(format!("the helper process ended with status {code}")),
        Err(e) => Err(format!("waiting for the helper process: {e}")),
    }
}

/// Forks a child that makes a new user namespace (and mount namespace), waits until this
/// process has written its `maps`, and then runs `child` and exits with its status (125
/// when the namespace could not be made or mapped). Returns the child's pid and whether
/// the maps were written; the caller waits for the child. Single-threaded callers only.
pub fn spawn(
    maps: &(Vec<IdMap>, Vec<IdMap>),
    child: impl FnOnce() -> i32,
) -> Result<(i32, Result<(), String>), String> {
    use super::process::{Fork, exit_now, fork};
    use std::io::{Read, Write};
    let io = |e: std::io::Error| format!("a user namespace: {e}");
    let (mut unshared_r, mut unshared_w) = std::io::pipe().map_err(io)?;
    let (mut mapped_r, mut mapped_w) = std::io::pipe().map_err(io)?;
    match fork().map_err(io)? {
        Fork::Child => {
            drop((unshared_r, mapped_w));
            let made = super::unshare_user_and_mounts();
            let _ = unshared_w.write_all(&[u8::from(made.is_ok())]);
            let mut ok = [0u8];
            if made.is_err() || mapped_r.read_exact(&mut ok).is_err() || ok[0] != 1 {
                exit_now(125);
            }
            exit_now(child())
        }
        Fork::Parent(pid) => {
            drop((unshared_w, mapped_r));
            let mut made = [0u8];
            let mapped = match unshared_r.read_exact(&mut made) {
                Ok(()) if made[0] == 1 => write_maps(pid, &maps.0, &maps.1),
                _ => Err(NO_USERNS.into()),
            };
            let _ = mapped_w.write_all(&[u8::from(mapped.is_ok())]);
            Ok((pid, mapped))
        }
    }
}

/// Why a user namespace could not be made.
pub const NO_USERNS: &str = "creating a user namespace failed (are unprivileged user namespaces enabled? sysctl kernel.unprivileged_userns_clone=1 / user.max_user_namespaces)";

/// The maps as `/proc/PID/uid_map` takes them.
pub fn map_text(maps: &[IdMap]) -> String {
    maps.iter()
        .map(|m| format!("{} {} {}\n", m.container_id, m.host_id, m.size))
        .collect()
}

/// Writes `pid`'s uid and gid maps (it has just made its user namespace).
pub fn write_maps(pid: i32, uids: &[IdMap], gids: &[IdMap]) -> Result<(), String> {
    let proc = Path::new("/proc").join(pid.to_string());
    if uids.len() == 1 && gids.len() == 1 {
        // one's own ids need no helper, but setgroups must be denied first
        std::fs::write(proc.join("setgroups"), "deny")
            .and_then(|()| std::fs::write(proc.join("uid_map"), map_text(uids)))
            .and_then(|()| std::fs::write(proc.join("gid_map"), map_text(gids)))
            .map_err(|e| format!("writing the id maps of {pid}: {e}"))?;
        return Ok(());
    }
    for (tool, maps) in [("newuidmap", uids), ("newgidmap", gids)] {
        let mut args = vec![pid.to_string()];
        for m in maps {
            args.extend([m.container_id, m.host_id, m.size].map(|n| n.to_string()));
        }
        let out = std::process::Command::new(tool)
            .args(&args)
            .output()
            .map_err(|e| format!("{tool} (install the uidmap package): {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "{tool}: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
    }
    Ok(())
}

/// Writes `pid`'s uid and gid maps from a process with CAP_SETUID and CAP_SETGID over the
/// parent of its user namespace (root, or root of the namespace above it), which may map
/// any of its own ids.
pub fn write_maps_directly(pid: i32, uids: &[IdMap], gids: &[IdMap]) -> Result<(), String> {
    let proc = Path::new("/proc").join(pid.to_string());
    std::fs::write(proc.join("uid_map"), map_text(uids))
        .and_then(|()| std::fs::write(proc.join("gid_map"), map_text(gids)))
        .map_err(|e| format!("writing the id maps of {pid}: {e}"))
}

/// `rm -rf PATH` that also removes what an ordinary user's containers left owned by its
/// subordinate ids (which the user cannot delete itself): on a permission error it tries
/// again as root of the rootless user namespace. The caller should be single-threaded.
pub fn remove_tree(path: &Path) -> std::io::Result<()> {
    use std::io::ErrorKind;
    match std::fs::remove_dir_all(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
        Err(e) if e.kind() == ErrorKind::PermissionDenied && !super::is_root() => {
            let maps = crate::config::userns::caller_maps();
            in_child(&maps, || {
                std::fs::remove_dir_all(path)
                    .map_err(|e| format!("removing {}: {e}", path.display()))
            })
            .map_err(std::io::Error::other)
        }
        Err(e) => Err(e),
    }
}

/// Moves this process into a new user namespace with `maps` (uid, gid), where it is root,
/// and a mount namespace of its own; a helper child writes the maps from outside. Must be
/// called while single-threaded.
pub fn enter(maps: &(Vec<IdMap>, Vec<IdMap>)) -> Result<(), String> {
    use super::process::{Fork, exit_now, fork};
    use std::io::{Read, Write};
    let io = |e: std::io::Error| format!("a user namespace: {e}");
    let me = std::process::id() as i32;
    let (mut go_r, mut go_w) = std::io::pipe().map_err(io)?;
    let (mut done_r, mut done_w) = std::io::pipe().map_err(io)?;
    match fork().map_err(io)? {
        Fork::Child => {
            drop((go_w, done_r));
            let mut go = [0u8];
            if go_r.read_exact(&mut go).is_err() || go[0] != 1 {
                exit_now(1);
            }
            let result = write_maps(me, &maps.0, &maps.1);
            let _ = done_w.write_all(result.err().unwrap_or_default().as_bytes());
            exit_now(0)
        }
        Fork::Parent(helper) => {
            drop((go_r, done_w));
            let made = super::unshare_user_and_mounts();
            let _ = go_w.write_all(&[u8::from(made.is_ok())]);
            drop(go_w);
            let mut message = String::new();
            let _ = done_r.read_to_string(&mut message);
            let _ = super::process::wait_exit(helper);
            made.map_err(|_| NO_USERNS.to_string())?;
            if !message.is_empty() {
                return Err(message);
            }
            Ok(())
        }
    }
}
