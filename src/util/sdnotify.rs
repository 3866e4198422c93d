//! systemd's readiness protocol: one datagram (`READY=1`, `MAINPID=…`) to `$NOTIFY_SOCKET`
//! (a path, or `@name` for the abstract namespace).

use std::io;
use std::os::linux::net::SocketAddrExt;
use std::os::unix::net::{SocketAddr, UnixDatagram};

/// The socket systemd gave us, if any.
pub fn socket() -> Option<String> {
    std::env::var("NOTIFY_SOCKET")
        .ok()
        .filter(|s| !s.is_empty())
}

/// Sends `message` to `socket`.
pub fn notify(socket: &str, message: &str) -> io::Result<()> {
    let sock = UnixDatagram::unbound()?;
    match socket.strip_prefix('@') {
        Some(name) => {
            let addr = SocketAddr::from_abstract_name(name.as_bytes())?;
            sock.send_to_addr(message.as_bytes(), &addr)?;
        }
        None => {
            sock.send_to(message.as_bytes(), socket)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_datagram_reaches_a_path_socket() {
        let t = tempfile::tempdir().unwrap();
        let p = t.path().join("notify");
        let server = UnixDatagram::bind(&p).unwrap();
        notify(p.to_str().unwrap(), "READY=1\nMAINPID=42").unwrap();
        let mut buf = [0u8; 64];
        let n = server.recv(&mut buf).unwrap();
        assert_eq!(&buf[..n], b"READY=1\nMAINPID=42");
    }
}
