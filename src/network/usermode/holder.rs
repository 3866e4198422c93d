//! An ordinary user's network namespace for bridge networks (podman's "rootless netns"):
//! a small process that is root of a user namespace mapped like the user's containers and
//! holds a network namespace owned by it, where the bridges, the containers' host-side
//! veths and the NAT rules live; pasta gives it its uplink. Containers on those networks
//! are made inside its user namespace, so that work done in there (as its owner, this user
//! may join it) can plug them in. It is made on first use, under `netns/lock` in the
//! runroot (without an uplink when the host has no default route, which pasta needs);
//! each container using it leaves a marker naming the process that watches it,
//! and when the last marker's watcher is gone the holder and its pasta are stopped —
//! nothing stays behind once no container needs it.

use std::io::{Read, Write};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::path::{Path, PathBuf};

use super::{UserModeError, failed};
use crate::util::lock::FileLock;

/// The holder's files in the runroot.
fn dir(runroot: &Path) -> PathBuf {
    runroot.join("netns")
}

/// A running holder.
pub struct Holder {
    pub pid: i32,
    pidfd: OwnedFd,
}

impl Holder {
    /// The process whose user and network namespaces are the holder's.
    pub fn as_fd(&self) -> BorrowedFd<'_> {
        self.pidfd.as_fd()
    }

    /// Runs `f` in a helper process inside the holder's user and network namespaces (where
    /// this user is root); its text comes back. The caller should be single-threaded.
    pub fn run(&self, f: impl FnOnce() -> Result<String, String>) -> Result<String, String> {
        crate::sys::userns::in_joined_child(self.pidfd.as_fd(), true, f)
    }
}

/// The holder named by the pid file in `d`, when it still runs.
fn running(d: &Path) -> Option<Holder> {
    let text = std::fs::read_to_string(d.join("holder")).ok()?;
    let mut f = text.split_whitespace().map(|w| w.parse::<u64>().ok());
    let (pid, start) = (f.next()??, f.next()??);
    let pid = i32::try_from(pid).ok()?;
    if crate::sys::process::process_start_time(pid) != Some(start) {
        return None;
    }
    let pidfd = crate::sys::process::pidfd(pid)?;
    // it might have ended between the check and the pidfd
    (crate::sys::process::process_start_time(pid) == Some(start)).then_some(Holder { pid, pidfd })
}

/// The holder, without making one.
pub fn find(runroot: &Path) -> Option<Holder> {
    running(&dir(runroot))
}

/// The lock every change to the holder and its users is made under.
pub fn lock(runroot: &Path) -> Result<FileLock, UserModeError> {
    let d = dir(runroot);
    std::fs::create_dir_all(d.join("users"))
        .and_then(|()| FileLock::exclusive(&d.join("lock")))
        .map_err(|e| UserModeError::Unusable(format!("{}: {e}", d.display())))
}

/// The holder for container `id`, made (with its pasta uplink) when none runs; `watcher`
/// is the process that lives as long as the container. Under `lock`.
pub fn join(
    runroot: &Path,
    id: &str,
    watcher: i32,
    _lock: &FileLock,
) -> Result<Holder, UserModeError> {
    let d = dir(runroot);
    let h = match running(&d) {
        Some(h) => h,
        None => {
            stop_files(&d);
            start(&d)?
        }
    };
    std::fs::write(d.join("users").join(id), watcher.to_string())
        .map_err(|e| UserModeError::Unusable(format!("{}: {e}", d.display())))?;
    Ok(h)
}

/// Container `id` no longer needs the holder: when no other container does (their
/// watchers are gone), it is stopped. Under `lock`.
pub fn leave(runroot: &Path, id: &str, _lock: &FileLock) {
    let d = dir(runroot);
    let users = d.join("users");
    let _ = std::fs::remove_file(users.join(id));
    let in_use = std::fs::read_dir(&users)
        .into_iter()
        .flatten()
        .flatten()
        .any(|e| {
            let alive = std::fs::read_to_string(e.path())
                .ok()
                .and_then(|t| t.trim().parse::<i32>().ok())
                .is_some_and(|pid| crate::sys::process::process_start_time(pid).is_some());
            if !alive {
                let _ = std::fs::remove_file(e.path());
            }
            alive
        });
    if !in_use {
        stop_files(&d);
    }
}

/// Stops the holder and its pasta, whatever uses them (`system reset`).
pub fn stop(runroot: &Path) {
    let d = dir(runroot);
    stop_files(&d);
    let _ = std::fs::remove_dir_all(d.join("users"));
}

fn stop_files(d: &Path) {
    // the holder's pasta publishes nothing (relays do)
    super::pasta::stop(&d.join("pasta.pid"), false);
    let holder = d.join("holder");
    if let Some(h) = running(d) {
        let _ = crate::sys::signal::send(h.pid, libc::SIGKILL);
    }
    let _ = std::fs::remove_file(holder);
}

/// Makes the holder (a grandchild, so that nobody has to reap it) and gives its network
/// namespace pasta's uplink.
fn start(d: &Path) -> Result<Holder, UserModeError> {
    let unusable =
        |e: String| UserModeError::Unusable(format!("the rootless network namespace: {e}"));
    let (mut pid_r, pid_w) = std::io::pipe().map_err(|e| unusable(e.to_string()))?;
    let maps = crate::config::userns::caller_maps();
    let mut pid_w = Some(pid_w);
    let (child, mapped) = crate::sys::userns::spawn(&maps, move || match pid_w.take() {
        Some(w) => hold(w),
        None => 1,
    })
    .map_err(unusable)?;
    let status = crate::sys::process::wait_exit(child);
    mapped.map_err(unusable)?;
    let mut text = String::new();
    let _ = pid_r.read_to_string(&mut text);
    let pid = match (status, text.trim().parse::<i32>()) {
        (Ok(0), Ok(pid)) => pid,
        _ if !text.trim().is_empty() => return Err(unusable(text.trim().to_string())),
        _ => return Err(unusable("its process failed to start".into())),
    };
    let start = crate::sys::process::process_start_time(pid)
        .ok_or_else(|| unusable("its process ended at once".into()))?;
    let kill = || {
        let _ = crate::sys::signal::send(pid, libc::SIGKILL);
    };
    let pidfd = crate::sys::process::pidfd(pid).ok_or_else(|| {
        kill();
        unusable("its process ended at once".into())
    })?;
    // pasta needs an interface with the default route to copy; with none (offline) the
    // networks still join their containers and publish ports, without a way out
    if !super::host_online() {
        log::warn!(
            "the host has no default route: containers on networks reach each other and their published ports, not the outside"
        );
    } else if let Err(e) = super::pasta::start_with(uplink_args(pid, &d.join("pasta.pid")))
        .and_then(|s| s.wait().map(drop))
    {
        kill();
        return Err(e);
    }
    crate::util::fs::write_atomic(
        &d.join("holder"),
        format!("{pid} {start}").as_bytes(),
        0o644,
    )
    .map_err(|e| {
        kill();
        failed("pasta", e.to_string())
    })?;
    Ok(Holder { pid, pidfd })
}

/// The holder's address on pasta's link: its own, not the host's (which pasta would copy),
/// so that the containers reach the host's addresses through pasta like any other host.
const UPLINK: [&str; 6] = ["-a", "10.0.2.100", "-n", "24", "-g", "10.0.2.2"];

/// pasta's command line for the holder whose pid is `pid`.
fn uplink_args(pid: i32, pidfile: &Path) -> Vec<String> {
    let mut a = super::pasta::pasta_args(pid, &[], super::pasta::Ready::Daemon(pidfile));
    let at = a.len() - 1;
    a.splice(at..at, UPLINK.map(String::from));
    a
}

/// In the new user namespace: the network namespace made and readied (loopback up,
/// forwarding on), then the holder forked off to wait for its end; its pid (or what went
/// wrong) is written to `out`.
fn hold(mut out: std::io::PipeWriter) -> i32 {
    let setup = || -> Result<(), String> {
        crate::sys::process::unshare_network().map_err(|e| format!("a network namespace: {e}"))?;
        let mut nl = crate::sys::netlink::Netlink::route().map_err(|e| format!("netlink: {e}"))?;
        if let Some(lo) = super::super::link::index(&mut nl, "lo").map_err(|e| e.to_string())? {
            super::super::link::set(&mut nl, lo, true, None, None, None)
                .map_err(|e| format!("loopback: {e}"))?;
        }
        std::fs::write("/proc/sys/net/ipv4/ip_forward", "1")
            .map_err(|e| format!("forwarding: {e}"))?;
        // for dual-stack networks (a kernel without IPv6 has no such file)
        let _ = std::fs::write("/proc/sys/net/ipv6/conf/all/forwarding", "1");
        Ok(())
    };
    if let Err(e) = setup() {
        let _ = out.write_all(e.as_bytes());
        return 1;
    }
    use crate::sys::process::{Fork, exit_now, fork};
    match fork() {
        Ok(Fork::Child) => {
            let _ = crate::sys::process::new_session();
            let _ = out.write_all(std::process::id().to_string().as_bytes());
            drop(out);
            if let Ok(null) = std::fs::File::options()
                .read(true)
                .write(true)
                .open("/dev/null")
            {
                for fd in 0..3 {
                    let _ = crate::sys::process::dup_onto(null.as_fd(), fd);
                }
            }
            // nothing of the starting process (its locks above all) is held on to
            let _ = crate::sys::process::close_from(3);
            let _ = crate::sys::process::set_cmdline("skiff rootless-netns");
            let _ = crate::sys::signal::block_all();
            loop {
                match crate::sys::signal::wait_any() {
                    Ok(libc::SIGTERM | libc::SIGINT | libc::SIGHUP) | Err(_) => exit_now(0),
                    Ok(_) => {}
                }
            }
        }
        Ok(Fork::Parent(_)) => 0,
        Err(e) => {
            let _ = out.write_all(format!("fork: {e}").as_bytes());
            1
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn issue14_holder_uplink_has_its_own_address() {
        let a = super::uplink_args(9, std::path::Path::new("/r/netns/pasta.pid"));
        assert_eq!(
            a.join(" "),
            "--config-net --quiet --no-map-gw -4 -t none -u none -T none -U none -P /r/netns/pasta.pid -a 10.0.2.100 -n 24 -g 10.0.2.2 9"
        );
    }
}
