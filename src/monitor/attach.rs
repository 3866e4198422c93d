//! The monitor's attach socket (`RUNROOT/containers/<id>/attach.sock`) and its framing: each
//! frame is a kind byte, a big-endian u32 length and the payload. The client opens with
//! HELLO (payload `stdin` when it will send input); the monitor sends output as it comes
//! and EXIT (the status as text) at the end.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// Client → monitor.
pub const HELLO: u8 = 0;
pub const STDIN: u8 = 1;
pub const STDIN_EOF: u8 = 2;
/// Payload `ROWS COLS`.
pub const RESIZE: u8 = 3;
/// Monitor → client.
pub const STDOUT: u8 = 11;
pub const STDERR: u8 = 12;
pub const EXIT: u8 = 13;

const MAX_FRAME: usize = 1 << 20;

pub fn socket_path(runroot: &Path, id: &str) -> PathBuf {
    runroot.join("containers").join(id).join("attach.sock")
}

/// Runs `f` with a short name for `path` (`/proc/self/fd/N/NAME`): socket addresses are
/// limited to 108 bytes, runroots and IDs are not.
fn short<T>(path: &Path, f: impl FnOnce(&Path) -> io::Result<T>) -> io::Result<T> {
    let (dir, name) = match (path.parent(), path.file_name()) {
        (Some(d), Some(n)) => (d, n),
        _ => return f(path),
    };
    let fd = std::fs::File::open(dir)?;
    let via = PathBuf::from(format!(
        "/proc/self/fd/{}",
        std::os::fd::AsRawFd::as_raw_fd(&fd)
    ))
    .join(name);
    f(&via)
}

/// Listens at `path` (replacing a stale socket).
pub fn bind(path: &Path) -> io::Result<std::os::unix::net::UnixListener> {
    if let Some(d) = path.parent() {
        std::fs::create_dir_all(d)?;
    }
    let _ = std::fs::remove_file(path);
    short(path, |p| std::os::unix::net::UnixListener::bind(p))
}

pub fn connect(path: &Path) -> io::Result<std::os::unix::net::UnixStream> {
    short(path, |p| std::os::unix::net::UnixStream::connect(p))
}

pub fn frame(kind: u8, data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(5 + data.len());
    out.push(kind);
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    out.extend_from_slice(data);
    out
}

pub fn write_frame<W: Write>(w: &mut W, kind: u8, data: &[u8]) -> io::Result<()> {
    w.write_all(&frame(kind, data))
}

/// Reads one frame; `None` at a clean end of stream.
pub fn read_frame<R: Read>(r: &mut R) -> io::Result<Option<(u8, Vec<u8>)>> {
    let mut head = [0u8; 5];
    match r.read_exact(&mut head) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let len = u32::from_be_bytes([head[1], head[2], head[3], head[4]]) as usize;
    if len > MAX_FRAME {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "frame too large",
        ));
    }
    let mut data = vec![0u8; len];
    r.read_exact(&mut data)?;
    Ok(Some((head[0], data)))
}

/// Splits complete frames off the front of `buf` (bytes read so far from a client).
pub fn take_frames(buf: &mut Vec<u8>) -> Vec<(u8, Vec<u8>)> {
    let mut out = Vec::new();
    let mut at = 0;
    while buf.len() >= at + 5 {
        let len = u32::from_be_bytes([buf[at + 1], buf[at + 2], buf[at + 3], buf[at + 4]]) as usize;
        if len > MAX_FRAME || buf.len() < at + 5 + len {
            break;
        }
        out.push((buf[at], buf[at + 5..at + 5 + len].to_vec()));
        at += 5 + len;
    }
    buf.drain(..at);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip_and_split_anywhere() {
        let mut wire = frame(HELLO, b"stdin");
        wire.extend(frame(STDIN, b"abc"));
        wire.extend(frame(RESIZE, b"24 80"));
        let mut r = &wire[..];
        assert_eq!(
            read_frame(&mut r).unwrap(),
            Some((HELLO, b"stdin".to_vec()))
        );
        let mut got = Vec::new();
        let mut buf = Vec::new();
        for b in &wire {
            buf.push(*b);
            got.extend(take_frames(&mut buf));
        }
        assert_eq!(got.len(), 3);
        assert_eq!(got[2], (RESIZE, b"24 80".to_vec()));
        assert!(buf.is_empty());
        assert_eq!(read_frame(&mut &[][..]).unwrap(), None);
    }
}
