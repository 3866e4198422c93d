//! L1: the per-container monitor's event loop. A detached container's stdio ends here: the
//! loop writes its output to the log, relays it to attached clients, feeds their input to
//! the container, notices its exit (pidfd), and lets the engine's hooks run timed work
//! (health checks) — all in one thread, sleeping in poll(2) when nothing happens. It knows
//! nothing of images or state files: the engine starts the process and records outcomes.

pub mod attach;
pub mod journal;
pub mod logs;

use std::io::{Read, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::net::{UnixListener, UnixStream};
use std::time::{Duration, Instant};

use rustix::event::{PollFd, PollFlags, poll};

use logs::{Sink, Stream};

/// The container's side of the monitor.
pub struct Io {
    /// Output to read: (fd, stream). With a tty, the pty master as stdout.
    pub outputs: Vec<(OwnedFd, Stream)>,
    /// Where attached input goes (`-i`).
    pub stdin: Option<OwnedFd>,
    /// The pty master, for window sizes.
    pub pty: Option<OwnedFd>,
    /// Also copy the output to our own stdout/stderr (a foreground `run` that keeps a log).
    pub echo: bool,
    /// Output waits (in the pipes or the pty) until a client attaches or this time passes:
    /// the first output of a `run -it` whose CLI attaches right after the start is kept.
    pub hold: Option<Instant>,
}

/// Timed work the engine wants done while the container runs.
pub trait Hooks {
    /// When `tick` is next due; `None` for never.
    fn next_tick(&self) -> Option<Instant>;
    fn tick(&mut self);
}

/// No timed work.
pub struct NoHooks;

impl Hooks for NoHooks {
    fn next_tick(&self) -> Option<Instant> {
        None
    }
    fn tick(&mut self) {}
}

struct Client {
    stream: UnixStream,
    inbox: Vec<u8>,
}

/// How long output may still arrive after the process ended (its pipes are normally closed
/// by then: the whole PID namespace ends with it).
const DRAIN: Duration = Duration::from_secs(2);

/// Runs until process `pid` (our child) exits and its output is drained. Returns docker's
/// status for it.
pub fn supervise(
    pid: i32,
    mut io: Io,
    log: &mut Option<Box<dyn Sink>>,
    listener: Option<&UnixListener>,
    hooks: &mut dyn Hooks,
) -> i32 {
    let pidfd = crate::sys::process::pidfd(pid);
    let mut clients: Vec<Client> = Vec::new();
    let mut status: Option<i32> = None;
    let mut drain_until: Option<Instant> = None;
    let mut buf = vec![0u8; 16 * 1024];
    // The start-up's memory (parsed records, clap, the launch) is garbage from here on.
    crate::sys::trim_heap();
    crate::sys::release_code_pages();
    loop {
        if status.is_some()
            && (io.outputs.is_empty() || drain_until.is_some_and(|d| Instant::now() > d))
        {
            break;
        }
        let now = Instant::now();
        let holding = clients.is_empty() && io.hold.is_some_and(|h| now < h);
        let mut fds: Vec<PollFd<'_>> = Vec::new();
        if !holding {
            for (fd, _) in &io.outputs {
                fds.push(PollFd::new(fd, PollFlags::IN));
            }
        }
        let n_out = fds.len();
        let watch_pid = status.is_none() && pidfd.is_some();
        if let Some(p) = pidfd.as_ref().filter(|_| watch_pid) {
            fds.push(PollFd::new(p, PollFlags::IN));
        }
        let n_pid = fds.len();
        if let Some(l) = listener {
            fds.push(PollFd::new(l, PollFlags::IN));
        }
        let n_listen = fds.len();
        for c in &clients {
            fds.push(PollFd::new(&c.stream, PollFlags::IN));
        }
        let mut deadline = hooks.next_tick();
        if let Some(h) = io.hold.filter(|_| holding) {
            deadline = Some(deadline.map_or(h, |x| x.min(h)));
        }
        if let Some(d) = drain_until {
            deadline = Some(deadline.map_or(d, |x| x.min(d)));
        }
        if pidfd.is_none() && status.is_none() {
            // No pidfd (old kernel): look again every 100 ms.
            let soon = now + Duration::from_millis(100);
            deadline = Some(deadline.map_or(soon, |x| x.min(soon)));
        }
        let timeout = deadline.map(|d| {
            let left = d.saturating_duration_since(now);
            rustix::event::Timespec {
                tv_sec: left.as_secs() as i64,
                tv_nsec: left.subsec_nanos() as i64,
            }
        });
        match poll(&mut fds, timeout.as_ref()) {
            Ok(_) | Err(rustix::io::Errno::INTR) => {}
            Err(_) => std::thread::sleep(Duration::from_millis(10)),
        }
        let ready: Vec<bool> = fds.iter().map(|f| !f.revents().is_empty()).collect();
        drop(fds);

        // Output first, so nothing is lost when the exit is seen in the same round.
        let mut closed = Vec::new();
        for (i, (fd, stream)) in io.outputs.iter().enumerate() {
            if i >= n_out || !ready[i] {
                continue;
            }
            match rustix::io::read(fd, &mut buf) {
                Ok(0) | Err(rustix::io::Errno::IO) => closed.push(i),
                Ok(n) => {
                    if io.echo {
                        let _ = match stream {
                            Stream::Stdout => std::io::stdout().write_all(&buf[..n]),
                            Stream::Stderr => std::io::stderr().write_all(&buf[..n]),
                        };
                    }
                    if let Some(w) = log.as_mut() {
                        let _ = w.write(*stream, &buf[..n]);
                    }
                    let kind = match stream {
                        Stream::Stdout => attach::STDOUT,
                        Stream::Stderr => attach::STDERR,
                    };
                    broadcast(&mut clients, kind, &buf[..n]);
                }
                Err(rustix::io::Errno::AGAIN | rustix::io::Errno::INTR) => {}
                Err(_) => closed.push(i),
            }
        }
        for i in closed.into_iter().rev() {
            io.outputs.remove(i);
        }
        let exited = pidfd.is_none() || watch_pid && ready.get(n_out).copied().unwrap_or(false);
        if status.is_none()
            && exited
            && let Some(code) = reaped(pid)
        {
            status = Some(code);
            // output held for a client still coming is drained after it came (or gave up)
            let now = Instant::now();
            let from = io
                .hold
                .filter(|_| clients.is_empty())
                .map_or(now, |h| h.max(now));
            drain_until = Some(from + DRAIN);
        }
        if listener.is_some()
            && ready.get(n_pid).copied().unwrap_or(false)
            && let Some(l) = listener
        {
            while let Ok((stream, _)) = l.accept() {
                let _ = stream.set_nonblocking(true);
                io.hold = None;
                clients.push(Client {
                    stream,
                    inbox: Vec::new(),
                });
            }
        }
        let mut gone = Vec::new();
        for (i, c) in clients.iter_mut().enumerate() {
            if !ready.get(n_listen + i).copied().unwrap_or(false) {
                continue;
            }
            match c.stream.read(&mut buf) {
                Ok(0) => gone.push(i),
                Ok(n) => {
                    c.inbox.extend_from_slice(&buf[..n]);
                    for (kind, data) in attach::take_frames(&mut c.inbox) {
                        client_frame(&mut io, kind, &data);
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                Err(_) => gone.push(i),
            }
        }
        for i in gone.into_iter().rev() {
            clients.remove(i);
        }
        if hooks.next_tick().is_some_and(|t| Instant::now() >= t) {
            hooks.tick();
        }
    }
    if let Some(w) = log.as_mut() {
        let _ = w.flush_partial();
    }
    let code = status.unwrap_or(EXIT_ENGINE);
    for c in &mut clients {
        let _ = c.stream.set_nonblocking(false);
        let _ = attach::write_frame(&mut c.stream, attach::EXIT, code.to_string().as_bytes());
    }
    code
}

/// docker's status when the engine itself failed.
const EXIT_ENGINE: i32 = 125;

/// The child's status if it has ended (reaped now): its exit code, or 128 + the signal.
fn reaped(pid: i32) -> Option<i32> {
    crate::sys::process::try_wait(pid).unwrap_or(Some(EXIT_ENGINE))
}

/// Sends output to every client; one that cannot keep up is dropped rather than stalling
/// the container.
fn broadcast(clients: &mut Vec<Client>, kind: u8, data: &[u8]) {
    let f = attach::frame(kind, data);
    clients.retain_mut(|c| c.stream.write_all(&f).is_ok());
}

fn client_frame(io: &mut Io, kind: u8, data: &[u8]) {
    match kind {
        attach::STDIN => {
            if let Some(fd) = &io.stdin
                && rustix::io::write(fd, data).is_err()
            {
                io.stdin = None;
            }
        }
        attach::STDIN_EOF => io.stdin = None,
        attach::RESIZE => {
            let text = String::from_utf8_lossy(data);
            let mut it = text
                .split_whitespace()
                .filter_map(|v| v.parse::<u16>().ok());
            if let (Some(rows), Some(cols), Some(pty)) = (it.next(), it.next(), &io.pty) {
                let ws = rustix::termios::Winsize {
                    ws_row: rows,
                    ws_col: cols,
                    ws_xpixel: 0,
                    ws_ypixel: 0,
                };
                let _ = rustix::termios::tcsetwinsize(pty.as_fd(), ws);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A `run -it`'s client may come later than the drain time after a quick container's
    /// exit: what was held is still delivered, with the status.
    #[test]
    fn held_output_reaches_a_late_client() {
        let dir = tempfile::tempdir().unwrap();
        let sock = dir.path().join("attach.sock");
        let listener = attach::bind(&sock).unwrap();
        listener.set_nonblocking(true).unwrap();
        let mut child = std::process::Command::new("sh")
            .args(["-c", "echo early; exit 4"])
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let out: OwnedFd = child.stdout.take().unwrap().into();
        let io = Io {
            outputs: vec![(out, Stream::Stdout)],
            stdin: None,
            pty: None,
            echo: false,
            hold: Some(Instant::now() + Duration::from_secs(10)),
        };
        let late = DRAIN + Duration::from_millis(500);
        let client = std::thread::spawn(move || {
            std::thread::sleep(late);
            let mut c = attach::connect(&sock).unwrap();
            // a monitor that left without it fails the test rather than hanging it
            c.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
            attach::write_frame(&mut c, attach::HELLO, b"").unwrap();
            let mut frames = Vec::new();
            while let Ok(Some(f)) = attach::read_frame(&mut c) {
                frames.push(f);
            }
            frames
        });
        let code = supervise(
            child.id() as i32,
            io,
            &mut None,
            Some(&listener),
            &mut NoHooks,
        );
        assert_eq!(code, 4);
        // supervise reaped it: nothing is left to wait for
        assert!(child.try_wait().is_err(), "the child was reaped");
        let frames = client.join().unwrap();
        assert_eq!(
            frames,
            [
                (attach::STDOUT, b"early\n".to_vec()),
                (attach::EXIT, b"4".to_vec())
            ]
        );
    }
}
