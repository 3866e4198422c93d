//! Published ports of an ordinary user's containers on bridge networks, relayed in user
//! space (no firewall rule can reach from the host into the rootless network namespace):
//! the host ports are bound in the host's namespace beforehand (`ports::reserve`), then the
//! relay — a process inside the rootless network namespace — accepts on them and opens
//! each connection to the container's address from in there. TCP streams are copied both
//! ways until each side closes; UDP datagrams get one socket per client, dropped after a
//! minute without traffic. The container sees connections from the bridge's gateway.

use std::collections::HashMap;
use std::io;
use std::net::{Ipv4Addr, Shutdown, SocketAddr, SocketAddrV4, TcpListener, TcpStream, UdpSocket};
use std::os::fd::OwnedFd;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::oci::ports::{PortMapping, Proto};

/// How long a UDP client's socket lives without traffic.
const UDP_IDLE: Duration = Duration::from_secs(60);

/// The published ports of one container, ready to relay: TCP ones listening already.
pub struct Relay {
    tcp: Vec<(TcpListener, SocketAddrV4)>,
    udp: Vec<(UdpSocket, SocketAddrV4)>,
}

impl Relay {
    /// Every port in `ports` (each with its bound host socket), towards `target`.
    pub fn new(ports: Vec<(PortMapping, OwnedFd)>, target: Ipv4Addr) -> io::Result<Relay> {
        let mut r = Relay {
            tcp: Vec::new(),
            udp: Vec::new(),
        };
        for (p, fd) in ports {
            let to = SocketAddrV4::new(target, p.container_port);
            match p.proto {
                Proto::Tcp => {
                    rustix::net::listen(&fd, 128)?;
                    r.tcp.push((TcpListener::from(fd), to));
                }
                Proto::Udp => r.udp.push((UdpSocket::from(fd), to)),
            }
        }
        Ok(r)
    }

    /// Relays until the process ends; run in the network namespace the target is
    /// reachable from.
    pub fn run(self) {
        let mut threads = Vec::new();
        for (l, to) in self.tcp {
            threads.push(std::thread::spawn(move || relay_tcp(&l, to)));
        }
        for (s, to) in self.udp {
            let s = Arc::new(s);
            threads.push(std::thread::spawn(move || relay_udp(&s, to)));
        }
        for t in threads {
            let _ = t.join();
        }
    }
}

fn relay_tcp(l: &TcpListener, to: SocketAddrV4) {
    for conn in l.incoming() {
        let Ok(client) = conn else {
            continue;
        };
        std::thread::spawn(move || {
            if let Ok(server) = TcpStream::connect(to) {
                pipe_both(client, server);
            }
        });
    }
}

/// Copies `a` to `b` and `b` to `a`, each direction closed for writing at its end.
fn pipe_both(a: TcpStream, b: TcpStream) {
    let (Ok(a2), Ok(b2)) = (a.try_clone(), b.try_clone()) else {
        return;
    };
    let one = std::thread::spawn(move || copy_then_close(a2, b2));
    copy_then_close(b, a);
    let _ = one.join();
}

fn copy_then_close(mut from: TcpStream, mut to: TcpStream) {
    let _ = io::copy(&mut from, &mut to);
    let _ = to.shutdown(Shutdown::Write);
}

fn relay_udp(host: &Arc<UdpSocket>, to: SocketAddrV4) {
    let clients: Arc<Mutex<HashMap<SocketAddr, Arc<UdpSocket>>>> = Arc::default();
    let mut buf = vec![0u8; 65536];
    loop {
        let Ok((n, from)) = host.recv_from(&mut buf) else {
            continue;
        };
        let known = clients.lock().ok().and_then(|c| c.get(&from).cloned());
        let sock = match known {
            Some(s) => s,
            None => {
                let Ok(s) = udp_towards(to) else {
                    continue;
                };
                let s = Arc::new(s);
                if let Ok(mut c) = clients.lock() {
                    c.insert(from, s.clone());
                }
                let (host, clients, back) = (host.clone(), clients.clone(), s.clone());
                std::thread::spawn(move || {
                    let mut buf = vec![0u8; 65536];
                    while let Ok(n) = back.recv(&mut buf) {
                        let _ = host.send_to(&buf[..n], from);
                    }
                    // idle (or failed): the next datagram from this client starts afresh
                    if let Ok(mut c) = clients.lock() {
                        c.remove(&from);
                    }
                });
                s
            }
        };
        let _ = sock.send(&buf[..n]);
    }
}

fn udp_towards(to: SocketAddrV4) -> io::Result<UdpSocket> {
    let s = UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))?;
    s.connect(to)?;
    s.set_read_timeout(Some(UDP_IDLE))?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};

    fn bound(proto: Proto) -> (PortMapping, OwnedFd, u16) {
        let req = crate::oci::ports::PortRequest {
            proto,
            host_ip: Some(Ipv4Addr::LOCALHOST.into()),
            host_ports: None,
            container_port: 0,
        };
        let (mut maps, mut held) = crate::network::ports::reserve(&[req]).unwrap();
        let (m, fd) = (maps.remove(0), held.remove(0));
        let port = m.host_port;
        (m, fd, port)
    }

    #[test]
    fn issue14_tcp_and_udp_are_relayed_both_ways() {
        // the "container": an echo server on loopback
        let echo = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        let echo_port = echo.local_addr().unwrap().port();
        std::thread::spawn(move || {
            for c in echo.incoming().flatten() {
                let mut c = c;
                let mut s = String::new();
                let _ = c.read_to_string(&mut s);
                let _ = c.write_all(format!("tcp:{s}").as_bytes());
            }
        });
        let uecho = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        let uecho_port = uecho.local_addr().unwrap().port();
        std::thread::spawn(move || {
            let mut b = [0u8; 100];
            while let Ok((n, from)) = uecho.recv_from(&mut b) {
                let mut out = b"udp:".to_vec();
                out.extend_from_slice(&b[..n]);
                let _ = uecho.send_to(&out, from);
            }
        });
        let (mut t, tfd, tport) = bound(Proto::Tcp);
        let (mut u, ufd, uport) = bound(Proto::Udp);
        t.container_port = echo_port;
        u.container_port = uecho_port;
        let r = Relay::new(vec![(t, tfd), (u, ufd)], Ipv4Addr::LOCALHOST).unwrap();
        std::thread::spawn(move || r.run());

        let mut c = TcpStream::connect((Ipv4Addr::LOCALHOST, tport)).unwrap();
        c.write_all(b"hello").unwrap();
        c.shutdown(Shutdown::Write).unwrap();
        let mut got = String::new();
        c.read_to_string(&mut got).unwrap();
        assert_eq!(got, "tcp:hello");

        let client = UdpSocket::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        client
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let mut b = [0u8; 100];
        for word in ["one", "two"] {
            client
                .send_to(word.as_bytes(), (Ipv4Addr::LOCALHOST, uport))
                .unwrap();
            let n = client.recv(&mut b).unwrap();
            assert_eq!(&b[..n], format!("udp:{word}").as_bytes());
        }
    }
}
