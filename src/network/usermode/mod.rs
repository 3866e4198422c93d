//! User-mode networking for an ordinary user's containers: a tool attaches a tap device to
//! the container's network namespace and carries its traffic through the host's sockets,
//! published ports included — no root, no bridge, no firewall. pasta (package passt) is
//! preferred; slirp4netns is the fallback. skiff starts the tool once the container's
//! namespaces exist (the container sets itself up meanwhile), waits for it before the
//! container's command runs, and stops it when the container ends.

pub mod holder;
pub mod pasta;
pub mod slirp;

use std::path::Path;

use crate::oci::ports::PortMapping;

/// Whether a network mode is a user-mode one (`pasta`, `slirp4netns`).
pub fn is_usermode(mode: &str) -> bool {
    mode == "pasta" || mode == "slirp4netns"
}

/// The tool for an ordinary user's default network: pasta when installed, else
/// slirp4netns, else none. pasta copies the host's interface with the default route and
/// refuses to start without one (an offline laptop): slirp4netns, which needs none, is
/// taken then when it is there.
pub fn default_mode() -> Option<&'static str> {
    let has = |p| crate::util::fs::find_program(p).is_some();
    if has("pasta") && (host_online() || !has("slirp4netns")) {
        Some("pasta")
    } else if has("slirp4netns") {
        Some("slirp4netns")
    } else if has("pasta") {
        Some("pasta")
    } else {
        None
    }
}

/// Whether this network namespace has an IPv4 default route (pasta can start).
pub fn host_online() -> bool {
    has_default_route(&std::fs::read_to_string("/proc/net/route").unwrap_or_default())
}

/// Whether a /proc/net/route table (of the caller's network namespace) holds an IPv4
/// default route — what pasta needs to pick the interface it copies.
pub fn has_default_route(table: &str) -> bool {
    table.lines().skip(1).any(|l| {
        let f: Vec<&str> = l.split_whitespace().collect();
        f.get(1) == Some(&"00000000") && f.get(7) == Some(&"00000000")
    })
}

#[derive(Debug, thiserror::Error)]
pub enum UserModeError {
    #[error("{0}")]
    Unusable(String),
    #[error("{tool}: {message}")]
    Failed { tool: &'static str, message: String },
}

pub(crate) fn failed(tool: &'static str, message: impl Into<String>) -> UserModeError {
    UserModeError::Failed {
        tool,
        message: message.into(),
    }
}

/// Whether this user may open /dev/net/tun (both tools need it); else the one line that
/// says how to allow it.
pub fn check_tun() -> Result<(), UserModeError> {
    match std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/net/tun")
    {
        Ok(_) => Ok(()),
        Err(e) => Err(UserModeError::Unusable(format!(
            "/dev/net/tun: {e}: rootless networking needs it usable by ordinary users (distributions' udev rules make it mode 0666: chmod 0666 /dev/net/tun), or use --network none"
        ))),
    }
}

/// Where a container's tool keeps its state: `dir` (the container's directory) for
/// pasta's pid file, `runtime` (short: a unix socket path must fit 108 bytes) for
/// slirp4netns' API socket.
pub struct Places<'a> {
    pub dir: &'a Path,
    pub runtime: &'a Path,
    pub id: &'a str,
}

/// A tool setting up a container's namespace. Dropped without `wait` (the container
/// failed first), it is stopped and reaped.
pub enum Starting {
    Pasta(pasta::Starting),
    Slirp(slirp::Starting),
}

/// Starts `mode`'s tool for the container whose first process is `pid`.
pub fn start(
    mode: &str,
    pid: i32,
    ports: &[PortMapping],
    at: &Places<'_>,
) -> Result<Starting, UserModeError> {
    match mode {
        "slirp4netns" => slirp::start(pid, ports, at).map(Starting::Slirp),
        _ => pasta::start(pid, ports, &pasta::pidfile(at.dir)).map(Starting::Pasta),
    }
}

/// A tool kept for as long as its container runs; dropped, it goes.
pub enum Running {
    Slirp(slirp::Running),
    /// A foreground pasta (see `pasta::Ready`).
    Pasta(pasta::Running),
}

impl Running {
    /// Why the tool ended early, when it did (a container that could not get its network
    /// says this rather than that it waited in vain).
    pub fn failure(&mut self) -> Option<String> {
        match self {
            Running::Pasta(p) => p.failure(),
            Running::Slirp(_) => None,
        }
    }
}

impl Starting {
    /// Until the namespace is configured (and the ports published) — or, for a foreground
    /// pasta (`container_waits`), at once; what must be kept for as long as the container
    /// runs, if anything.
    pub fn wait(self) -> Result<Option<Running>, UserModeError> {
        match self {
            Starting::Pasta(p) => p.wait().map(|r| r.map(Running::Pasta)),
            Starting::Slirp(s) => s.wait().map(|r| Some(Running::Slirp(r))),
        }
    }
}

/// Whether the container itself must wait for its network (its default route) before its
/// command runs: `mode`'s tool, started for a run publishing `ports`, does not tell when it
/// is ready (see `pasta::Ready::Foreground`).
pub fn container_waits(mode: &str, ports: &[PortMapping]) -> bool {
    mode == "pasta" && pasta::container_waits(ports)
}

/// The container ended: its tool goes (pasta is killed; slirp4netns ends by itself when
/// the process that started the container closes its exit pipe).
/// `ports`: it published some (see `pasta::stop`).
pub fn stop(dir: &Path, ports: bool) {
    pasta::stop(&pasta::pidfile(dir), ports);
}

#[cfg(test)]
mod tests {
    #[test]
    fn issue14_a_default_route_is_found_in_the_route_table() {
        let head =
            "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n";
        let default = "eth0\t00000000\t0102A8C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\n";
        let local = "eth0\t0002A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n";
        assert!(super::has_default_route(&format!("{head}{local}{default}")));
        assert!(!super::has_default_route(&format!("{head}{local}")));
        assert!(!super::has_default_route(head));
        assert!(!super::has_default_route(""));
    }
}
