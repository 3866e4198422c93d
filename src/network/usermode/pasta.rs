//! pasta (package passt): joins the container's user and network namespaces, configures
//! the interface like the host's, forwards exactly the published ports, and daemonizes
//! once ready; its pid file sits in the container's directory.

use std::path::Path;

use crate::oci::ports::{PortMapping, Proto};

use super::{UserModeError, failed};

/// pasta's pid file in the container's directory.
pub fn pidfile(dir: &Path) -> std::path::PathBuf {
    dir.join("pasta.pid")
}

/// pasta's port list for `proto`: `[ADDR/]HOST:CONTAINER` items, or `none`.
fn port_spec(ports: &[PortMapping], proto: Proto) -> Vec<String> {
    let items: Vec<String> = ports
        .iter()
        .filter(|p| p.proto == proto)
        .map(|p| {
            if p.host_ip.is_unspecified() {
                format!("{}:{}", p.host_port, p.container_port)
            } else {
                format!("{}/{}:{}", p.host_ip, p.host_port, p.container_port)
            }
        })
        .collect();
    if items.is_empty() {
        vec!["none".into()]
    } else {
        items
    }
}

/// How pasta tells that it is ready.
#[derive(Clone, Copy)]
pub enum Ready<'a> {
    /// It goes to the background once the namespace is configured and the ports are
    /// published, writing its pid to this file: its foreground process's exit says so.
    Daemon(&'a Path),
    /// It stays in the foreground (our child): the container itself waits for the default
    /// route pasta adds last (`network::link::wait_default_route`), so that the rest of
    /// pasta's start-up — a third of it is configuring, the rest its socket pools and
    /// sandbox — overlaps the container's. For runs that publish no ports (whose binding
    /// only the daemon's exit confirms). It writes its pid to this file too.
    Foreground(&'a Path),
}

/// pasta's command line for the container whose first process is `pid`: it joins that
/// process's user and network namespaces, configures the interface from the host's (IPv4
/// only, as docker's default network — IPv6 set-up is a third of pasta's start-up time),
/// maps the published ports and nothing else (no automatic forwarding either way, and the
/// host's loopback is not reachable as the gateway, as podman does), and says it is ready
/// as `ready` tells.
pub fn pasta_args(pid: i32, ports: &[PortMapping], ready: Ready<'_>) -> Vec<String> {
    let mut a: Vec<String> = ["--config-net", "--quiet", "--no-map-gw", "-4"]
        .map(String::from)
        .to_vec();
    for (flag, proto) in [("-t", Proto::Tcp), ("-u", Proto::Udp)] {
        for spec in port_spec(ports, proto) {
            a.extend([flag.to_string(), spec]);
        }
    }
    a.extend(["-T", "none", "-U", "none"].map(String::from));
    let (Ready::Daemon(pidfile) | Ready::Foreground(pidfile)) = ready;
    a.extend(["-P".to_string(), pidfile.display().to_string()]);
    if let Ready::Foreground(_) = ready {
        a.push("-f".into());
    }
    a.push(pid.to_string());
    a
}

/// pasta setting up the namespace of a container: its foreground process, which exits
/// once the namespace is configured (a daemon carries on), or stays (`Ready::Foreground`).
pub struct Starting {
    child: Option<std::process::Child>,
    foreground: bool,
}

impl Drop for Starting {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// Starts pasta for the container whose first process is `pid`, with its pid file at
/// `pidfile`; `Starting::wait` until it is ready. Without published ports it stays in the
/// foreground (see `Ready`), and the container must wait for its default route.
pub fn start(pid: i32, ports: &[PortMapping], pidfile: &Path) -> Result<Starting, UserModeError> {
    if !ports.is_empty() {
        return start_with(pasta_args(pid, ports, Ready::Daemon(pidfile)));
    }
    let mut s = start_with(pasta_args(pid, ports, Ready::Foreground(pidfile)))?;
    s.foreground = true;
    Ok(s)
}

/// Whether pasta, started for a run publishing `ports`, stays in the foreground, so that
/// the container waits for its default route itself.
pub fn container_waits(ports: &[PortMapping]) -> bool {
    ports.is_empty()
}

/// Starts pasta with `args`.
pub fn start_with(args: Vec<String>) -> Result<Starting, UserModeError> {
    use std::os::unix::process::CommandExt;
    use std::process::Stdio;
    let child = std::process::Command::new(program())
        .arg0("pasta")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| failed("pasta", format!("{e} (install the passt package)")))?;
    Ok(Starting {
        child: Some(child),
        foreground: false,
    })
}

/// The pasta to run: on a CPU with AVX2 its `.avx2` build directly (the plain one would
/// execute that itself, a millisecond later), else `pasta` from PATH. It takes its mode
/// from its argv[0], which stays `pasta`.
fn program() -> std::path::PathBuf {
    let plain = std::path::PathBuf::from("pasta");
    if !std::arch::is_x86_feature_detected!("avx2") {
        return plain;
    }
    crate::util::fs::find_program("pasta")
        .map(|p| p.with_file_name("pasta.avx2"))
        .filter(|p| p.is_file())
        .unwrap_or(plain)
}

/// The last non-empty line pasta wrote to stderr, or `failed`.
fn last_words(stderr: &[u8]) -> String {
    let msg = String::from_utf8_lossy(stderr);
    let line = msg
        .lines()
        .rfind(|l| !l.trim().is_empty())
        .unwrap_or("failed");
    crate::util::text::escape_controls(line.trim(), crate::util::text::Keep::Nothing).into_owned()
}

impl Starting {
    /// Until the daemon is ready; a foreground pasta is handed back to be kept as long as
    /// the container runs.
    pub fn wait(mut self) -> Result<Option<Running>, UserModeError> {
        let Some(child) = self.child.take() else {
            return Ok(None);
        };
        if self.foreground {
            return Ok(Some(Running(Some(child))));
        }
        let out = child
            .wait_with_output()
            .map_err(|e| failed("pasta", e.to_string()))?;
        if !out.status.success() {
            return Err(failed("pasta", last_words(&out.stderr)));
        }
        Ok(None)
    }
}

/// A foreground pasta serving a container: killed when dropped (the container ended).
/// Not waited for: its exit takes 20-40 ms (the tap device goes), which nobody needs to
/// wait for without published ports; it is reaped when it is gone by then, and by init
/// after we exit otherwise.
pub struct Running(Option<std::process::Child>);

impl Running {
    /// pasta's own words when it has ended (the container could not get its network).
    pub fn failure(&mut self) -> Option<String> {
        let c = self.0.as_mut()?;
        match c.try_wait() {
            Ok(Some(status)) => {
                let mut said = Vec::new();
                if let Some(mut e) = c.stderr.take() {
                    let _ = std::io::Read::read_to_end(&mut e, &mut said);
                }
                Some(format!("pasta: {} ({status})", last_words(&said)))
            }
            _ => None,
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(mut c) = self.0.take() {
            let _ = c.kill();
            let _ = c.try_wait();
        }
    }
}

/// Stops the pasta whose pid is in `pidfile` (the container ended), and removes the file.
/// `ports`: it listens on published ports, so wait until it is gone.
pub fn stop(pidfile: &Path, ports: bool) {
    let Ok(text) = std::fs::read_to_string(pidfile) else {
        return;
    };
    if let Ok(pid) = text.trim().parse::<i32>()
        && pid > 1
        // pasta runs as `pasta`, or re-executes itself as `passt.avx2`/`pasta.avx2`
        && std::fs::read_to_string(format!("/proc/{pid}/comm"))
            .is_ok_and(|c| c.starts_with("pasta") || c.starts_with("passt"))
    {
        // pasta ignores SIGTERM; it keeps no state worth a clean exit. Its sockets close
        // only once it is gone: with published ports, wait for that, so that a restart
        // finds them free. (Its exit takes 20-40 ms — the tap device goes — which a run
        // without ports need not wait for.)
        let gone = ports.then(|| crate::sys::process::pidfd(pid)).flatten();
        let _ = crate::sys::signal::send(pid, libc::SIGKILL);
        if let Some(fd) = gone {
            let _ = crate::sys::wait_readable(&fd, std::time::Duration::from_secs(2));
        }
    }
    let _ = std::fs::remove_file(pidfile);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

    #[test]
    fn issue14_pasta_command_line() {
        let p = |proto, ip: [u8; 4], host, container| PortMapping {
            proto,
            host_ip: Ipv4Addr::from(ip).into(),
            host_port: host,
            container_port: container,
        };
        let daemon = Ready::Daemon(Path::new("/run/x/pasta.pid"));
        let a = pasta_args(42, &[], daemon);
        assert_eq!(
            a.join(" "),
            "--config-net --quiet --no-map-gw -4 -t none -u none -T none -U none -P /run/x/pasta.pid 42"
        );
        let a = pasta_args(42, &[], Ready::Foreground(Path::new("/run/x/pasta.pid")));
        assert_eq!(
            a.join(" "),
            "--config-net --quiet --no-map-gw -4 -t none -u none -T none -U none -P /run/x/pasta.pid -f 42"
        );
        assert!(container_waits(&[]));
        let ports = [
            p(Proto::Tcp, [0, 0, 0, 0], 8080, 80),
            p(Proto::Tcp, [127, 0, 0, 1], 8443, 443),
            p(Proto::Udp, [0, 0, 0, 0], 5353, 53),
        ];
        assert!(
            !container_waits(&ports),
            "only the daemon's exit confirms the ports"
        );
        let a = pasta_args(7, &ports, Ready::Daemon(Path::new("p")));
        assert_eq!(
            a.join(" "),
            "--config-net --quiet --no-map-gw -4 -t 8080:80 -t 127.0.0.1/8443:443 -u 5353:53 -T none -U none -P p 7"
        );
    }
}
