//! Pseudo-terminals for `-t`: allocation, the window size, raw mode on the user's terminal
//! (restored on drop), and the relay between the terminal and the container.

use std::io::{self, Read, Write};
use std::os::fd::{AsFd, OwnedFd};

use rustix::termios::{OptionalActions, Termios};

pub struct PtyPair {
    pub master: OwnedFd,
    pub slave: OwnedFd,
}

/// A new pty from the devpts behind `ptmx` (a container's own `/dev/ptmx`).
pub fn open_in(ptmx: &str) -> io::Result<PtyPair> {
    use rustix::pty::{grantpt, ptsname, unlockpt};
    let master = rustix::fs::open(
        ptmx,
        rustix::fs::OFlags::RDWR | rustix::fs::OFlags::NOCTTY | rustix::fs::OFlags::CLOEXEC,
        rustix::fs::Mode::empty(),
    )?;
    grantpt(&master)?;
    unlockpt(&master)?;
    let name = ptsname(&master, Vec::new())?;
    let slave = rustix::fs::open(
        name.as_c_str(),
        rustix::fs::OFlags::RDWR | rustix::fs::OFlags::NOCTTY | rustix::fs::OFlags::CLOEXEC,
        rustix::fs::Mode::empty(),
    )?;
    Ok(PtyPair { master, slave })
}

/// Gives the pty the size of our own terminal (stdin, else stdout).
pub fn copy_window_size(master: &OwnedFd) {
    let size = rustix::termios::tcgetwinsize(io::stdin())
        .or_else(|_| rustix::termios::tcgetwinsize(io::stdout()));
    if let Ok(ws) = size {
        let _ = rustix::termios::tcsetwinsize(master, ws);
    }
}

/// Puts stdin in raw mode while alive, when it is a terminal.
pub struct RawMode(Option<Termios>);

impl RawMode {
    pub fn enter() -> Self {
        let stdin = io::stdin();
        if !crate::sys::isatty(stdin.as_fd()) {
            return RawMode(None);
        }
        let Ok(saved) = rustix::termios::tcgetattr(&stdin) else {
            return RawMode(None);
        };
        let mut raw = saved.clone();
        raw.make_raw();
        if rustix::termios::tcsetattr(&stdin, OptionalActions::Now, &raw).is_err() {
            return RawMode(None);
        }
        RawMode(Some(saved))
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        if let Some(t) = &self.0 {
            let _ = rustix::termios::tcsetattr(io::stdin(), OptionalActions::Now, t);
        }
    }
}

/// Copies the container's output to our stdout until the pty closes (EIO once the
/// container's side is gone).
pub fn pump_output(master: OwnedFd) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let mut m = std::fs::File::from(master);
        let mut out = io::stdout().lock();
        let mut buf = [0u8; 16 << 10];
        loop {
            match m.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    if out.write_all(&buf[..n]).and_then(|_| out.flush()).is_err() {
                        break;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => break,
            }
        }
    })
}

/// Copies our stdin into the pty (not joined: a read on a terminal cannot be interrupted,
/// and the process ends when the container does).
pub fn pump_input(master: OwnedFd) {
    std::thread::spawn(move || {
        let mut m = std::fs::File::from(master);
        let mut input = io::stdin().lock();
        let mut buf = [0u8; 4096];
        loop {
            match input.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    if m.write_all(&buf[..n]).is_err() {
                        break;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(_) => break,
            }
        }
    });
}

/// [`pump_input`] that watches for the detach sequence `keys`: what came before it is
/// passed on, then a byte on `detached` says so and the pump ends.
pub fn pump_input_until(master: OwnedFd, keys: Vec<u8>, detached: OwnedFd) {
    std::thread::spawn(move || {
        let mut m = std::fs::File::from(master);
        let mut input = io::stdin().lock();
        let mut buf = [0u8; 4096];
        let mut seen: Vec<u8> = Vec::new();
        loop {
            let n = match input.read(&mut buf) {
                Ok(0) => return,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => return,
            };
            seen.extend_from_slice(&buf[..n]);
            if let Some(at) = seen.windows(keys.len()).position(|w| w == keys.as_slice()) {
                let _ = m.write_all(&seen[..at]);
                let _ = rustix::io::write(&detached, b"d");
                return;
            }
            // a possible start of the sequence waits until it is complete
            let keep = (1..keys.len())
                .rev()
                .find(|k| seen.ends_with(&keys[..*k]))
                .unwrap_or(0);
            let send = seen.len() - keep;
            if send > 0 && m.write_all(&seen[..send]).is_err() {
                return;
            }
            seen.drain(..send);
        }
    });
}
