//! The parent/child channel: a SOCK_SEQPACKET pair with named messages. The child end is
//! close-on-exec, so a successful exec shows up in the parent as end-of-stream, and every
//! failure before it arrives as a `Failed` report with the exit code to use.

use std::io;
use std::os::fd::{AsFd, OwnedFd};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ToChild {
    /// Set up the container (mounts, identity); wait for `Placed` before exec.
    Go,
    /// The process is in its cgroup: exec.
    Placed,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FromChild {
    /// Setting up failed; `exit` is the status the caller should use (125, 126 or 127).
    Failed { exit: i32, message: String },
    /// `exec`: the process that will run the command (its PID in the caller's namespace).
    Pid { pid: i32 },
    /// `-t`: the master of the pty the child made in the container's devpts (passed along
    /// as SCM_RIGHTS).
    Console,
}

pub struct Channel(OwnedFd);

/// A connected pair: (parent end, child end).
pub fn pair() -> io::Result<(Channel, Channel)> {
    let (a, b) = crate::sys::socket::seqpacket_pair()?;
    Ok((Channel(a), Channel(b)))
}

impl Channel {
    fn send_json<T: Serialize>(&self, msg: &T) -> io::Result<()> {
        let data = serde_json::to_vec(msg).map_err(io::Error::other)?;
        crate::sys::socket::send(self.0.as_fd(), &data)
    }

    /// One message (with a descriptor, if one came along), or `None` at end of stream.
    fn recv_json<T: for<'de> Deserialize<'de>>(&self) -> io::Result<Option<(T, Option<OwnedFd>)>> {
        let mut buf = vec![0u8; 64 << 10];
        let (n, fd) = crate::sys::socket::recv_with_fd(self.0.as_fd(), &mut buf)?;
        if n == 0 {
            return Ok(None);
        }
        serde_json::from_slice(&buf[..n])
            .map(|m| Some((m, fd)))
            .map_err(io::Error::other)
    }

    /// Sends the pty master to the parent.
    pub fn send_console(&self, master: &OwnedFd) -> io::Result<()> {
        let data = serde_json::to_vec(&FromChild::Console).map_err(io::Error::other)?;
        crate::sys::socket::send_with_fd(self.0.as_fd(), &data, master.as_fd())
    }

    pub fn send_go(&self) -> io::Result<()> {
        self.send_json(&ToChild::Go)
    }

    pub fn send_placed(&self) -> io::Result<()> {
        self.send_json(&ToChild::Placed)
    }

    /// In the child: waits for `want`; `false` when the parent went away instead.
    pub fn wait_for(&self, want: ToChild) -> io::Result<bool> {
        Ok(self.recv_json::<ToChild>()?.map(|(m, _)| m) == Some(want))
    }

    pub fn report(&self, exit: i32, message: &str) -> io::Result<()> {
        self.send_json(&FromChild::Failed {
            exit,
            message: message.to_string(),
        })
    }

    pub fn send_pid(&self, pid: i32) -> io::Result<()> {
        self.send_json(&FromChild::Pid { pid })
    }

    /// In the parent: the child's next report (a failure, a PID, its console with the
    /// descriptor), or `None` once it has exec'd.
    pub fn outcome(&self) -> io::Result<Option<(FromChild, Option<OwnedFd>)>> {
        self.recv_json()
    }

    pub fn fd(&self) -> std::os::fd::BorrowedFd<'_> {
        self.0.as_fd()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_cross_and_close_means_exec() {
        let (parent, child) = pair().unwrap();
        parent.send_go().unwrap();
        parent.send_placed().unwrap();
        assert!(child.wait_for(ToChild::Go).unwrap());
        assert!(child.wait_for(ToChild::Placed).unwrap());
        child
            .report(127, "exec: \"nope\": executable file not found in $PATH")
            .unwrap();
        assert_eq!(
            parent.outcome().unwrap().map(|(m, _)| m),
            Some(FromChild::Failed {
                exit: 127,
                message: "exec: \"nope\": executable file not found in $PATH".into()
            })
        );
        let (r, _w) = std::io::pipe().unwrap();
        child.send_console(&OwnedFd::from(r)).unwrap();
        let (msg, fd) = parent.outcome().unwrap().unwrap();
        assert_eq!(msg, FromChild::Console);
        assert!(fd.is_some(), "the descriptor came along");
        drop(child);
        assert!(parent.outcome().unwrap().is_none());
        drop(parent);
    }
}
