//! slirp4netns, the fallback when pasta is not installed: joins the container's user and
//! network namespaces, configures tap0 as 10.0.2.100/24 (gateway 10.0.2.2, DNS 10.0.2.3),
//! signals readiness on a pipe, and lives until the pipe we keep for it (its exit fd)
//! closes — so it ends with the process that started the container, whatever happens.
//! Published ports are added through its API socket.

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};

use super::{Places, UserModeError, failed};
use crate::oci::ports::{PortMapping, Proto};

/// The API socket of a container's slirp4netns (a short path: unix socket paths must fit
/// 108 bytes).
pub fn api_socket(runtime: &Path, id: &str) -> PathBuf {
    runtime.join(format!("slirp-{}.sock", &id[..id.len().min(12)]))
}

/// slirp4netns' command line for the container whose first process is `pid`.
pub fn args(pid: i32, ready_fd: i32, exit_fd: i32, api: &Path) -> Vec<String> {
    vec![
        "--configure".into(),
        "--mtu=65520".into(),
        "--disable-host-loopback".into(),
        format!("--ready-fd={ready_fd}"),
        format!("--exit-fd={exit_fd}"),
        format!("--api-socket={}", api.display()),
        pid.to_string(),
        "tap0".into(),
    ]
}

/// The API request that publishes one port.
pub fn hostfwd_request(p: &PortMapping) -> String {
    serde_json::json!({
        "execute": "add_hostfwd",
        "arguments": {
            "proto": match p.proto { Proto::Tcp => "tcp", Proto::Udp => "udp" },
            "host_addr": p.host_ip.to_string(),
            "host_port": p.host_port,
            "guest_port": p.container_port,
        }
    })
    .to_string()
}

pub struct Starting {
    child: Option<std::process::Child>,
    ready: OwnedFd,
    /// Closing it ends slirp4netns.
    exit: Option<OwnedFd>,
    api: PathBuf,
    log: PathBuf,
    ports: Vec<PortMapping>,
}

impl Drop for Starting {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
        let _ = std::fs::remove_file(&self.api);
    }
}

fn pipe() -> Result<(OwnedFd, OwnedFd), UserModeError> {
    rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)
        .map_err(|e| failed("slirp4netns", format!("pipe: {e}")))
}

/// The child's end of a pipe, inherited across exec.
fn inheritable(fd: &OwnedFd) -> Result<(), UserModeError> {
    rustix::io::fcntl_setfd(fd, rustix::io::FdFlags::empty())
        .map_err(|e| failed("slirp4netns", format!("fcntl: {e}")))
}

/// Starts slirp4netns for the container whose first process is `pid` (the caller is
/// single-threaded: nothing else inherits the pipes' child ends).
pub fn start(pid: i32, ports: &[PortMapping], at: &Places<'_>) -> Result<Starting, UserModeError> {
    let (ready_r, ready_w) = pipe()?;
    let (exit_r, exit_w) = pipe()?;
    inheritable(&ready_w)?;
    inheritable(&exit_r)?;
    let api = api_socket(at.runtime, at.id);
    // the runroot may not exist yet (nothing else of this run needed it)
    crate::util::fs::ensure_dir(at.runtime)
        .map_err(|e| failed("slirp4netns", format!("{}: {e}", at.runtime.display())))?;
    let _ = std::fs::remove_file(&api);
    // what it says goes to a file in the container's dir: the reason, if it fails
    let log = at.dir.join("slirp4netns.log");
    let stderr = std::fs::File::create(&log)
        .map(std::process::Stdio::from)
        .unwrap_or_else(|_| std::process::Stdio::null());
    let child = std::process::Command::new("slirp4netns")
        .args(args(pid, ready_w.as_raw_fd(), exit_r.as_raw_fd(), &api))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(stderr)
        .spawn()
        .map_err(|e| {
            failed(
                "slirp4netns",
                format!("{e} (install the slirp4netns or passt package)"),
            )
        })?;
    drop((ready_w, exit_r));
    Ok(Starting {
        child: Some(child),
        ready: ready_r,
        exit: Some(exit_w),
        api,
        log,
        ports: ports.to_vec(),
    })
}

/// A running slirp4netns: dropped (the container ended), its exit pipe closes, it exits,
/// and it is reaped.
pub struct Running {
    exit: Option<OwnedFd>,
    child: Option<std::process::Child>,
}

impl Drop for Running {
    fn drop(&mut self) {
        drop(self.exit.take());
        if let Some(mut c) = self.child.take() {
            let _ = c.wait();
        }
    }
}

impl Starting {
    /// Until tap0 is configured and the ports are published.
    pub fn wait(mut self) -> Result<Running, UserModeError> {
        let mut ready = std::fs::File::from(
            self.ready
                .try_clone()
                .map_err(|e| failed("slirp4netns", e.to_string()))?,
        );
        let mut b = [0u8; 1];
        if ready.read_exact(&mut b).is_err() {
            if let Some(mut c) = self.child.take() {
                let _ = c.wait();
            }
            let said = std::fs::read_to_string(&self.log).unwrap_or_default();
            let why = said
                .lines()
                .rfind(|l| !l.trim().is_empty())
                .map(|l| {
                    format!(
                        ": {}",
                        crate::util::text::escape_controls(
                            l.trim(),
                            crate::util::text::Keep::Nothing
                        )
                    )
                })
                .unwrap_or_default();
            return Err(failed(
                "slirp4netns",
                format!("exited before the network was ready{why}"),
            ));
        }
        for p in &self.ports {
            add_port(&self.api, p)?;
        }
        Ok(Running {
            exit: self.exit.take(),
            child: self.child.take(),
        })
    }
}

fn add_port(api: &Path, p: &PortMapping) -> Result<(), UserModeError> {
    let err = |e: std::io::Error| failed("slirp4netns", format!("{}: {e}", api.display()));
    let mut s = std::os::unix::net::UnixStream::connect(api).map_err(err)?;
    s.write_all(hostfwd_request(p).as_bytes()).map_err(err)?;
    let _ = s.shutdown(std::net::Shutdown::Write);
    let mut reply = String::new();
    s.read_to_string(&mut reply).map_err(err)?;
    let v: serde_json::Value = serde_json::from_str(&reply)
        .map_err(|e| failed("slirp4netns", format!("API reply {reply:?}: {e}")))?;
    if v.get("return").is_some() {
        return Ok(());
    }
    let desc = v
        .pointer("/error/desc")
        .and_then(|d| d.as_str())
        .unwrap_or(&reply)
        .to_string();
    Err(failed(
        "slirp4netns",
        format!("publishing {}:{}: {desc}", p.host_ip, p.host_port),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    #[test]
    fn issue14_slirp4netns_command_line_and_port_requests() {
        let a = args(42, 5, 7, Path::new("/run/user/1000/skiff/slirp-abc.sock"));
        assert_eq!(
            a.join(" "),
            "--configure --mtu=65520 --disable-host-loopback --ready-fd=5 --exit-fd=7 --api-socket=/run/user/1000/skiff/slirp-abc.sock 42 tap0"
        );
        let p = PortMapping {
            proto: Proto::Udp,
            host_ip: Ipv4Addr::LOCALHOST.into(),
            host_port: 5353,
            container_port: 53,
        };
        let v: serde_json::Value = serde_json::from_str(&hostfwd_request(&p)).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"execute": "add_hostfwd", "arguments": {"proto": "udp", "host_addr": "127.0.0.1", "host_port": 5353, "guest_port": 53}})
        );
        assert_eq!(
            api_socket(Path::new("/r"), "0123456789abcdef"),
            Path::new("/r/slirp-0123456789ab.sock")
        );
        assert!(super::super::is_usermode("slirp4netns") && !super::super::is_usermode("host"));
    }
}
