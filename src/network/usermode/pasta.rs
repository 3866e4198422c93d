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

/// pasta's command line for the container whose first process is `pid`: it joins that
/// process's user and network namespaces, configures the interface from the host's (IPv4
/// only, as docker's default network — IPv6 set-up is a third of pasta's start-up time),
/// maps the published ports and nothing else (no automatic forwarding either way, and the
/// host's loopback is not reachable as the gateway, as podman does), and goes to the
/// background once the namespace is ready, writing its pid to `pidfile`.
pub fn pasta_args(pid: i32, ports: &[PortMapping], pidfile: &Path) -> Vec<String> {
    let mut a: Vec<String> = ["--config-net", "--quiet", "--no-map-gw", "-4"]
        .map(String::from)
        .to_vec();
    for (flag, proto) in [("-t", Proto::Tcp), ("-u", Proto::Udp)] {
        for spec in port_spec(ports, proto) {
            a.extend([flag.to_string(), spec]);
        }
    }
    a.extend(["-T", "none", "-U", "none"].map(String::from));
    a.extend(["-P".to_string(), pidfile.display().to_string()]);
    a.push(pid.to_string());
    a
}

/// pasta setting up the namespace of a container (its foreground process, which exits
/// once the namespace is configured and pasta carries on in the background).
pub struct Starting(Option<std::process::Child>);

impl Drop for Starting {
    fn drop(&mut self) {
        if let Some(mut c) = self.0.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// Starts pasta for the container whose first process is `pid`; `Starting::wait` until its
/// namespace is configured.
pub fn start(pid: i32, ports: &[PortMapping], pidfile: &Path) -> Result<Starting, UserModeError> {
    start_with(pasta_args(pid, ports, pidfile))
}

/// Starts pasta with `args`.
pub fn start_with(args: Vec<String>) -> Result<Starting, UserModeError> {
    use std::process::Stdio;
    let child = std::process::Command::new("pasta")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| failed("pasta", format!("{e} (install the passt package)")))?;
    Ok(Starting(Some(child)))
}

impl Starting {
    pub fn wait(mut self) -> Result<(), UserModeError> {
        let Some(child) = self.0.take() else {
            return Ok(());
        };
        let out = child
            .wait_with_output()
            .map_err(|e| failed("pasta", e.to_string()))?;
        if !out.status.success() {
            let msg = String::from_utf8_lossy(&out.stderr);
            let line = msg
                .lines()
                .rfind(|l| !l.trim().is_empty())
                .unwrap_or("failed");
            return Err(failed("pasta", line.trim()));
        }
        Ok(())
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
            host_ip: Ipv4Addr::from(ip),
            host_port: host,
            container_port: container,
        };
        let a = pasta_args(42, &[], Path::new("/run/x/pasta.pid"));
        assert_eq!(
            a.join(" "),
            "--config-net --quiet --no-map-gw -4 -t none -u none -T none -U none -P /run/x/pasta.pid 42"
        );
        let ports = [
            p(Proto::Tcp, [0, 0, 0, 0], 8080, 80),
            p(Proto::Tcp, [127, 0, 0, 1], 8443, 443),
            p(Proto::Udp, [0, 0, 0, 0], 5353, 53),
        ];
        let a = pasta_args(7, &ports, Path::new("p"));
        assert_eq!(
            a.join(" "),
            "--config-net --quiet --no-map-gw -4 -t 8080:80 -t 127.0.0.1/8443:443 -u 5353:53 -T none -U none -P p 7"
        );
    }
}
