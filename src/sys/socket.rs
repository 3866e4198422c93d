//! Messages with a descriptor attached (SCM_RIGHTS) on a unix socket.

use std::io;
use std::mem::MaybeUninit;
use std::os::fd::{BorrowedFd, OwnedFd};

use rustix::net::{
    RecvAncillaryBuffer, RecvAncillaryMessage, RecvFlags, SendAncillaryBuffer,
    SendAncillaryMessage, SendFlags,
};

/// Receives one message into `buf`; returns its length and the first descriptor that came
/// with it (close-on-exec). Retries on EINTR.
pub fn recv_with_fd(sock: BorrowedFd<'_>, buf: &mut [u8]) -> io::Result<(usize, Option<OwnedFd>)> {
    let mut space = [MaybeUninit::<u8>::uninit(); rustix::cmsg_space!(ScmRights(1))];
    loop {
        let mut cmsg = RecvAncillaryBuffer::new(&mut space);
        let mut iov = [io::IoSliceMut::new(buf)];
        match rustix::net::recvmsg(sock, &mut iov, &mut cmsg, RecvFlags::CMSG_CLOEXEC) {
            Ok(msg) => {
                let mut first = None;
                for m in cmsg.drain() {
                    if let RecvAncillaryMessage::ScmRights(fds) = m {
                        for fd in fds {
                            first.get_or_insert(fd);
                        }
                    }
                }
                return Ok((msg.bytes, first));
            }
            Err(rustix::io::Errno::INTR) => continue,
            Err(e) => return Err(e.into()),
        }
    }
}

/// Sends `data` with `fd` attached.
pub fn send_with_fd(sock: BorrowedFd<'_>, data: &[u8], fd: BorrowedFd<'_>) -> io::Result<()> {
    let mut space = [MaybeUninit::<u8>::uninit(); rustix::cmsg_space!(ScmRights(1))];
    let mut cmsg = SendAncillaryBuffer::new(&mut space);
    let fds = [fd];
    if !cmsg.push(SendAncillaryMessage::ScmRights(&fds)) {
        return Err(io::Error::other("no room for the descriptor"));
    }
    let iov = [io::IoSlice::new(data)];
    rustix::net::sendmsg(sock, &iov, &mut cmsg, SendFlags::NOSIGNAL)?;
    Ok(())
}

/// A connected pair of SOCK_SEQPACKET unix sockets, close-on-exec.
pub fn seqpacket_pair() -> io::Result<(OwnedFd, OwnedFd)> {
    Ok(rustix::net::socketpair(
        rustix::net::AddressFamily::UNIX,
        rustix::net::SocketType::SEQPACKET,
        rustix::net::SocketFlags::CLOEXEC,
        None,
    )?)
}

/// Sends one message (no SIGPIPE when the peer is gone); retries on EINTR.
pub fn send(sock: BorrowedFd<'_>, data: &[u8]) -> io::Result<()> {
    loop {
        match rustix::net::send(sock, data, SendFlags::NOSIGNAL) {
            Ok(_) => return Ok(()),
            Err(rustix::io::Errno::INTR) => continue,
            Err(e) => return Err(e.into()),
        }
    }
}
