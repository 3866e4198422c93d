//! A NETLINK_ROUTE socket: send one request, collect the replies up to the kernel's ACK.

use std::io;
use std::os::fd::OwnedFd;

use rustix::net::{AddressFamily, RecvFlags, SendFlags, SocketFlags, SocketType, netlink};

const NLMSG_ERROR: u16 = 2;
const NLMSG_DONE: u16 = 3;
pub const NLM_F_REQUEST: u16 = 1;
pub const NLM_F_ACK: u16 = 4;
pub const NLM_F_DUMP: u16 = 0x300;
/// rtnetlink's multicast group of IPv4 route changes.
pub const RTMGRP_IPV4_ROUTE: u32 = 0x40;

pub struct Netlink {
    fd: OwnedFd,
    seq: u32,
}

impl Netlink {
    /// A route socket in the calling thread's network namespace.
    pub fn route() -> io::Result<Netlink> {
        let fd = rustix::net::socket_with(
            AddressFamily::NETLINK,
            SocketType::RAW,
            SocketFlags::CLOEXEC,
            None, // NETLINK_ROUTE is protocol 0
        )?;
        rustix::net::connect(&fd, &netlink::SocketAddrNetlink::new(0, 0))?;
        Ok(Netlink { fd, seq: 0 })
    }

    /// A route socket in the calling thread's network namespace that receives the kernel's
    /// notifications for the multicast `groups` (for `wait_notification`; any process may
    /// listen to them).
    pub fn subscribed(groups: u32) -> io::Result<Netlink> {
        let fd = rustix::net::socket_with(
            AddressFamily::NETLINK,
            SocketType::RAW,
            SocketFlags::CLOEXEC,
            None,
        )?;
        rustix::net::bind(&fd, &netlink::SocketAddrNetlink::new(0, groups))?;
        Ok(Netlink { fd, seq: 0 })
    }

    /// Waits up to `timeout` for a notification and drains what came; false when none came.
    pub fn wait_notification(&self, timeout: std::time::Duration) -> io::Result<bool> {
        if !super::wait_readable(&self.fd, timeout)? {
            return Ok(false);
        }
        let mut buf = [0u8; 8192];
        while rustix::net::recv(&self.fd, &mut buf, RecvFlags::DONTWAIT).is_ok() {}
        Ok(true)
    }

    /// Sends `payload` as a `kind` message; returns the payloads of the data messages that
    /// came back (a dump or a reply), or the kernel's error.
    pub fn request(&mut self, kind: u16, flags: u16, payload: &[u8]) -> io::Result<Vec<Vec<u8>>> {
        self.seq += 1;
        let len = 16 + payload.len();
        let mut msg = Vec::with_capacity(len);
        msg.extend_from_slice(&(len as u32).to_ne_bytes());
        msg.extend_from_slice(&kind.to_ne_bytes());
        msg.extend_from_slice(&(flags | NLM_F_REQUEST | NLM_F_ACK).to_ne_bytes());
        msg.extend_from_slice(&self.seq.to_ne_bytes());
        msg.extend_from_slice(&0u32.to_ne_bytes());
        msg.extend_from_slice(payload);
        rustix::net::send(&self.fd, &msg, SendFlags::empty())?;
        let mut out = Vec::new();
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let (n, _) = rustix::net::recv(&self.fd, &mut buf, RecvFlags::empty())?;
            let mut at = 0;
            while at + 16 <= n {
                let u32_at =
                    |i: usize| u32::from_ne_bytes([buf[i], buf[i + 1], buf[i + 2], buf[i + 3]]);
                let mlen = u32_at(at) as usize;
                let mtype = u16::from_ne_bytes([buf[at + 4], buf[at + 5]]);
                if mlen < 16 || at + mlen > n {
                    return Err(io::Error::other("malformed netlink reply"));
                }
                let body = &buf[at + 16..at + mlen];
                match mtype {
                    NLMSG_ERROR => {
                        let code = i32::from_ne_bytes([body[0], body[1], body[2], body[3]]);
                        if code == 0 {
                            return Ok(out);
                        }
                        return Err(io::Error::from_raw_os_error(-code));
                    }
                    NLMSG_DONE => return Ok(out),
                    _ => out.push(body.to_vec()),
                }
                at += (mlen + 3) & !3;
            }
        }
    }
}
