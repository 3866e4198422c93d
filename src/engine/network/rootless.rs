//! Bridge networks for an ordinary user: the bridges, veths and NAT live in the user's own
//! network namespace (`network::usermode::holder`), so the work on them runs in a helper
//! inside it (`bridge_side`); a container on them takes a place there while it runs
//! (`holder_join`/`holder_leave`), and its published ports are relayed from the host by a
//! process of its watcher's (`Relay`), since no rule can forward into that namespace.

use std::os::fd::{AsRawFd, BorrowedFd, OwnedFd};

use crate::engine::{Engine, EngineError};
use crate::network::usermode::holder::{self, Holder};
use crate::oci::ports::PortMapping;

impl Engine {
    /// Runs `f` where this store's bridges are: here for root, in the rootless network
    /// namespace for an ordinary user (`None` when there is none: no bridge exists). The
    /// caller should be single-threaded.
    pub(super) fn bridge_side(
        &self,
        f: impl FnOnce() -> Result<String, String>,
    ) -> Result<Option<String>, EngineError> {
        if !self.context().rootless {
            return f().map(Some).map_err(EngineError::Other);
        }
        match holder::find(&self.context().runroot) {
            Some(h) => h.run(f).map(Some).map_err(EngineError::Other),
            None => Ok(None),
        }
    }

    /// The rootless network namespace for container `id` (made if need be), kept while
    /// this process — its watcher — lives or until `holder_leave`.
    pub(super) fn holder_join(&self, id: &str) -> Result<Holder, EngineError> {
        let runroot = &self.context().runroot;
        let lock = holder::lock(runroot).map_err(|e| EngineError::Other(e.to_string()))?;
        holder::join(runroot, id, std::process::id() as i32, &lock)
            .map_err(|e| EngineError::Other(e.to_string()))
    }

    /// Container `id` no longer uses the rootless network namespace; it goes when nobody
    /// does.
    pub(super) fn holder_leave(&self, id: &str) {
        let runroot = &self.context().runroot;
        if let Ok(lock) = holder::lock(runroot) {
            holder::leave(runroot, id, &lock);
        }
    }

    /// The rootless network namespace goes, whoever uses it (`system reset`).
    pub(crate) fn holder_stop(&self) {
        holder::stop(&self.context().runroot);
    }
}

/// The process relaying a rootless container's published ports; killed when dropped.
pub struct Relay(i32);

impl Relay {
    /// Forks the relay for `ports` (with their bound host sockets) towards `ip`, inside the
    /// network namespace of `holder`. It dies with the calling thread. Single-threaded
    /// callers only.
    pub fn start(
        holder: BorrowedFd<'_>,
        ports: &[(PortMapping, BorrowedFd<'_>)],
        ip: std::net::Ipv4Addr,
    ) -> Result<Relay, String> {
        use crate::sys::process::{Fork, exit_now, fork};
        match fork().map_err(|e| format!("relaying the published ports: {e}"))? {
            Fork::Child => {
                let _ = crate::sys::process::die_with_parent();
                if crate::sys::process::join_user(holder, true).is_err() {
                    exit_now(125);
                }
                let Ok(ports) = ports
                    .iter()
                    .map(|(p, fd)| fd.try_clone_to_owned().map(|fd| (p.clone(), fd)))
                    .collect::<Result<Vec<(PortMapping, OwnedFd)>, _>>()
                else {
                    exit_now(125)
                };
                // nothing of the watcher's (its locks above all) is held on to
                let mut keep: Vec<i32> = ports.iter().map(|(_, fd)| fd.as_raw_fd()).collect();
                keep.extend([0, 1, 2]);
                let _ = crate::sys::process::close_all_except(&keep);
                let _ = crate::sys::process::set_cmdline("skiff port relay");
                match crate::network::forward::Relay::new(ports, ip) {
                    Ok(r) => r.run(),
                    Err(_) => exit_now(125),
                }
                exit_now(0)
            }
            Fork::Parent(pid) => Ok(Relay(pid)),
        }
    }
}

impl Drop for Relay {
    fn drop(&mut self) {
        let _ = crate::sys::signal::send(self.0, libc::SIGKILL);
        let _ = crate::sys::process::wait_exit(self.0);
    }
}

impl Holder {
    /// Plugs `a` into the container whose first process is `pid`, from inside.
    pub(crate) fn plug(&self, a: &super::Attachment, pid: i32) -> Result<(), String> {
        self.run(|| a.plug(pid).map(|()| String::new())).map(drop)
    }
}
