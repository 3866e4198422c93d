//! Host ports reserved for published container ports by binding them (without listening):
//! the bound sockets stay with the container's watcher, so no other program — or
//! container — can take a port while the container runs, and a port already in use is an
//! error before the container starts.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, SocketAddrV4, SocketAddrV6};
use std::os::fd::OwnedFd;

use rustix::net::{AddressFamily, SocketFlags, SocketType};

use crate::oci::ports::{PortMapping, PortRequest, Proto};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PortError {
    #[error("Bind for {host}:{1} failed: port is already allocated", host = crate::oci::ports::host_text(*.0))]
    InUse(IpAddr, String),
    #[error("reserving host port {0}: {1}")]
    Other(String, String),
}

/// How a reserved port is held.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Hold {
    /// Bound, not listening (traffic to it is forwarded by firewall rules).
    Bound,
    /// Checked free, not held (a tool binds it itself, with SO_REUSEADDR).
    Checked,
    /// TCP bound with SO_REUSEADDR and listening, which keeps it exclusive: for a relay
    /// that accepts on it (the connections it served, lingering in TIME_WAIT, must not
    /// keep the next container from the port).
    Listening,
}

/// Binds one host port: the kernel's word that nobody else has it.
fn bind(proto: Proto, ip: IpAddr, port: u16, hold: Hold) -> rustix::io::Result<(OwnedFd, u16)> {
    let reuse = hold != Hold::Bound;
    let kind = match proto {
        Proto::Tcp => SocketType::STREAM,
        Proto::Udp => SocketType::DGRAM,
    };
    let family = match ip {
        IpAddr::V4(_) => AddressFamily::INET,
        IpAddr::V6(_) => AddressFamily::INET6,
    };
    let fd = rustix::net::socket_with(family, kind, SocketFlags::CLOEXEC, None)?;
    if reuse && proto == Proto::Tcp {
        rustix::net::sockopt::set_socket_reuseaddr(&fd, true)?;
    }
    match ip {
        IpAddr::V4(v4) => rustix::net::bind(&fd, &SocketAddrV4::new(v4, port))?,
        IpAddr::V6(v6) => {
            rustix::net::sockopt::set_ipv6_v6only(&fd, true)?;
            rustix::net::bind(&fd, &SocketAddrV6::new(v6, port, 0, 0))?
        }
    }
    if hold == Hold::Listening && proto == Proto::Tcp {
        rustix::net::listen(&fd, 128)?;
    }
    let got = SocketAddr::try_from(rustix::net::getsockname(&fd)?).map_or(port, |a| a.port());
    Ok((fd, got))
}

/// Reserves every requested host port; the sockets hold them until dropped. Nothing stays
/// reserved when one of them is taken.
pub fn reserve(reqs: &[PortRequest]) -> Result<(Vec<PortMapping>, Vec<OwnedFd>), PortError> {
    reserve_with(reqs, Hold::Bound)
}

/// As `reserve`, TCP ports listening already: for a relay that accepts on them.
pub fn reserve_listening(
    reqs: &[PortRequest],
) -> Result<(Vec<PortMapping>, Vec<OwnedFd>), PortError> {
    reserve_with(reqs, Hold::Listening)
}

/// The host ports for `reqs` (a free one where none is given), for a tool that binds them
/// itself (pasta) right after: checked free, not held. Connections of an earlier container
/// lingering in TIME_WAIT do not count as taking a TCP port (that tool binds with
/// SO_REUSEADDR too).
pub fn choose(reqs: &[PortRequest]) -> Result<Vec<PortMapping>, PortError> {
    reserve_with(reqs, Hold::Checked).map(|(maps, _)| maps)
}

fn reserve_with(
    reqs: &[PortRequest],
    hold: Hold,
) -> Result<(Vec<PortMapping>, Vec<OwnedFd>), PortError> {
    let mut maps = Vec::new();
    let mut held = Vec::new();
    for r in reqs {
        let ip = r.host_ip.unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
        let at = crate::oci::ports::host_text(ip);
        let (first, last) = r.host_ports.unwrap_or((0, 0));
        let shown = if first == last {
            first.to_string()
        } else {
            format!("{first}-{last}")
        };
        let mut got = None;
        for port in first..=last {
            match bind(r.proto, ip, port, hold) {
                Ok(x) => {
                    got = Some(x);
                    break;
                }
                Err(rustix::io::Errno::ADDRINUSE) => continue,
                Err(rustix::io::Errno::ADDRNOTAVAIL) => {
                    return Err(PortError::Other(
                        format!("{at}:{shown}"),
                        "the address is not one of this host's".into(),
                    ));
                }
                Err(e) => return Err(PortError::Other(format!("{at}:{shown}"), e.to_string())),
            }
        }
        let (fd, host_port) = got.ok_or(PortError::InUse(ip, shown))?;
        held.push(fd);
        maps.push(PortMapping {
            proto: r.proto,
            host_ip: ip,
            host_port,
            container_port: r.container_port,
        });
    }
    Ok((maps, held))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reservations_hold_ports_and_report_conflicts() {
        // an address of its own inside 127/8: ephemeral ports other tests in this process
        // take on 127.0.0.1 (connects, port 0 binds) cannot race for the released port
        let ip = Ipv4Addr::new(127, 83, 19, 7);
        let loopback = Some(ip);
        let any = PortRequest {
            proto: Proto::Tcp,
            host_ip: loopback.map(IpAddr::V4),
            host_ports: None,
            container_port: 80,
        };
        let (maps, held) = reserve(std::slice::from_ref(&any)).unwrap();
        let port = maps[0].host_port;
        assert!(port > 0);
        let again = PortRequest {
            host_ports: Some((port, port)),
            ..any.clone()
        };
        assert_eq!(
            reserve(std::slice::from_ref(&again)).unwrap_err(),
            PortError::InUse(ip.into(), port.to_string())
        );
        // a range skips the taken port
        let next = PortRequest {
            host_ports: Some((port, port.saturating_add(50))),
            ..any.clone()
        };
        let (m2, _h2) = reserve(std::slice::from_ref(&next)).unwrap();
        assert_ne!(m2[0].host_port, port);
        // UDP is a separate space
        let udp = PortRequest {
            proto: Proto::Udp,
            ..again.clone()
        };
        assert!(reserve(std::slice::from_ref(&udp)).is_ok());
        drop(held);
        assert!(reserve(&[again]).is_ok(), "free again once released");
    }

    #[test]
    fn a_relays_ports_are_exclusive_and_free_again_despite_time_wait() {
        use std::io::Read;
        use std::os::fd::AsFd;
        let ip = Ipv4Addr::new(127, 83, 19, 8); // its own, as above
        let req = PortRequest {
            proto: Proto::Tcp,
            host_ip: Some(ip.into()),
            host_ports: None,
            container_port: 80,
        };
        let (maps, held) = reserve_listening(std::slice::from_ref(&req)).unwrap();
        let port = maps[0].host_port;
        let fixed = PortRequest {
            host_ports: Some((port, port)),
            ..req
        };
        // listening with SO_REUSEADDR: nobody else may have it, in either way
        assert!(reserve(std::slice::from_ref(&fixed)).is_err());
        assert!(reserve_listening(std::slice::from_ref(&fixed)).is_err());
        // a connection served and closed by the relay's side first: TIME_WAIT on the port
        let mut client = std::net::TcpStream::connect((ip, port)).unwrap();
        let (served, _) = rustix::net::accept(held[0].as_fd())
            .map(|fd| (std::net::TcpStream::from(fd), ()))
            .unwrap();
        drop(served);
        let mut buf = [0u8; 1];
        assert_eq!(
            client.read(&mut buf).unwrap(),
            0,
            "the server's end closed first"
        );
        drop(client);
        std::thread::sleep(std::time::Duration::from_millis(50));
        drop(held);
        // (a plain bind would still be refused: the TIME_WAIT is there)
        assert!(reserve(std::slice::from_ref(&fixed)).is_err());
        // the next container's relay gets the port at once
        assert!(reserve_listening(std::slice::from_ref(&fixed)).is_ok());
    }
}
