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
/// slirp4netns, else none.
pub fn default_mode() -> Option<&'static str> {
    let has = |p| crate::util::fs::find_program(p).is_some();
    if has("pasta") {
        Some("pasta")
    } else if has("slirp4netns") {
        Some("slirp4netns")
    } else {
        None
    }
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

pub use slirp::Running;

impl Starting {
    /// Until the namespace is configured (and the ports published); what must be kept for
    /// as long as the container runs, if anything (slirp4netns, which ends when dropped).
    pub fn wait(self) -> Result<Option<Running>, UserModeError> {
        match self {
            Starting::Pasta(p) => p.wait().map(|()| None),
            Starting::Slirp(s) => s.wait().map(Some),
        }
    }
}

/// The container ended: its tool goes (pasta is killed; slirp4netns ends by itself when
/// the process that started the container closes its exit pipe).
pub fn stop(dir: &Path) {
    pasta::stop(&pasta::pidfile(dir));
}
