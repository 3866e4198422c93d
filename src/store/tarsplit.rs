//! Tar-split: a layer's tar stream minus its file contents, recorded while the layer is
//! unpacked, so that the exact tar (and so its diff ID) can be produced again later from the
//! unpacked files for `save` and `push`, without keeping a second copy of every layer.
//!
//! The record is a zstd stream of
//! ```text
//! "skiff-tar-split 1\n"
//! 'R' u32le LEN BYTES            bytes of the stream as they were (headers, padding, …)
//! 'C' u64le LEN u16le N PATH     LEN bytes of content: the start of file PATH in the layer
//! ```
//! Reassembly reads PATH inside the layer directory (never following a symlink out of it)
//! and fails when a file is shorter than recorded; callers verify the diff ID.

use std::cell::RefCell;
use std::fs::File;
use std::io::{self, BufWriter, Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use rustix::fs::{Mode, OFlags};

use crate::sys::rooted::RootDir;

const MAGIC: &[u8] = b"skiff-tar-split 1\n";
/// Raw bytes are written out in records of at most this size.
const RAW_CHUNK: usize = 1 << 20;

type Encoder = zstd::stream::write::Encoder<'static, BufWriter<File>>;

struct State {
    out: Option<Encoder>,
    raw: Vec<u8>,
    /// In a file's content: its path and the bytes seen so far.
    content: Option<(Vec<u8>, u64)>,
    total: u64,
    error: Option<io::Error>,
}

impl State {
    fn emit(&mut self, record: &[u8]) {
        if self.error.is_some() {
            return;
        }
        if let Some(out) = self.out.as_mut()
            && let Err(e) = out.write_all(record)
        {
            self.error = Some(e);
        }
    }

    fn flush_raw(&mut self) {
        if self.raw.is_empty() {
            return;
        }
        let raw = std::mem::take(&mut self.raw);
        let mut rec = Vec::with_capacity(5);
        rec.push(b'R');
        rec.extend_from_slice(&(raw.len() as u32).to_le_bytes());
        self.emit(&rec);
        self.emit(&raw);
        self.raw = raw;
        self.raw.clear();
    }
}

/// A reader that records everything read through it, except file contents marked with
/// [`SplitMarks::begin_content`].
pub struct Recorder<R> {
    inner: R,
    state: Rc<RefCell<State>>,
}

/// The unpacker's side of a [`Recorder`]: where file contents begin and end.
#[derive(Clone)]
pub struct SplitMarks(Rc<RefCell<State>>);

impl SplitMarks {
    /// The bytes read from now on are the content of `path` (relative to the layer root).
    pub fn begin_content(&self, path: &Path) {
        let mut s = self.0.borrow_mut();
        s.flush_raw();
        s.content = Some((path.as_os_str().as_bytes().to_vec(), 0));
    }

    pub fn end_content(&self) {
        let mut s = self.0.borrow_mut();
        let Some((path, len)) = s.content.take() else {
            return;
        };
        if len == 0 {
            return;
        }
        let Ok(n) = u16::try_from(path.len()) else {
            s.error = Some(io::Error::other("path too long for the tar-split record"));
            return;
        };
        let mut rec = Vec::with_capacity(11 + path.len());
        rec.push(b'C');
        rec.extend_from_slice(&len.to_le_bytes());
        rec.extend_from_slice(&n.to_le_bytes());
        rec.extend_from_slice(&path);
        s.emit(&rec);
    }
}

impl<R: Read> Recorder<R> {
    /// Records `inner` into a new file at `path`.
    pub fn create(inner: R, path: &Path) -> io::Result<(Self, SplitMarks)> {
        let mut out = zstd::stream::write::Encoder::new(BufWriter::new(File::create(path)?), 3)?;
        out.write_all(MAGIC)?;
        let state = Rc::new(RefCell::new(State {
            out: Some(out),
            raw: Vec::new(),
            content: None,
            total: 0,
            error: None,
        }));
        let marks = SplitMarks(state.clone());
        Ok((Recorder { inner, state }, marks))
    }

    /// Reads what is left of the stream (a tar's trailing blocks), completes the record and
    /// returns the inner reader and the stream's length.
    pub fn finish(mut self) -> io::Result<(R, u64)> {
        io::copy(&mut self, &mut io::sink())?;
        let mut s = self.state.borrow_mut();
        s.flush_raw();
        if let Some(e) = s.error.take() {
            return Err(e);
        }
        let total = s.total;
        if let Some(out) = s.out.take() {
            out.finish()?.into_inner().map_err(|e| e.into_error())?;
        }
        drop(s);
        Ok((self.inner, total))
    }
}

impl<R: Read> Read for Recorder<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut s = self.state.borrow_mut();
        s.total += n as u64;
        match s.content.as_mut() {
            Some((_, len)) => *len += n as u64,
            None => {
                s.raw.extend_from_slice(&buf[..n]);
                if s.raw.len() >= RAW_CHUNK {
                    s.flush_raw();
                }
            }
        }
        Ok(n)
    }
}

/// Reads a layer's tar stream back from its record and its unpacked directory.
pub struct Reassembled {
    split: zstd::stream::read::Decoder<'static, io::BufReader<File>>,
    root: RootDir,
    /// Raw bytes left in the current record.
    raw_left: usize,
    content: Option<(io::Take<File>, PathBuf)>,
}

impl Reassembled {
    pub fn open(split: &Path, layer_dir: &Path) -> io::Result<Self> {
        let mut split = zstd::stream::read::Decoder::new(File::open(split)?)?;
        let mut magic = [0u8; MAGIC.len()];
        split.read_exact(&mut magic)?;
        if magic != MAGIC {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "not a tar-split record",
            ));
        }
        Ok(Reassembled {
            split,
            root: RootDir::open(layer_dir)?,
            raw_left: 0,
            content: None,
        })
    }

    /// Moves to the next record; false at the end.
    fn next_record(&mut self) -> io::Result<bool> {
        let mut tag = [0u8; 1];
        if self.split.read(&mut tag)? == 0 {
            return Ok(false);
        }
        match tag[0] {
            b'R' => {
                let mut len = [0u8; 4];
                self.split.read_exact(&mut len)?;
                self.raw_left = u32::from_le_bytes(len) as usize;
            }
            b'C' => {
                let mut len = [0u8; 8];
                self.split.read_exact(&mut len)?;
                let len = u64::from_le_bytes(len);
                let mut n = [0u8; 2];
                self.split.read_exact(&mut n)?;
                let mut path = vec![0u8; u16::from_le_bytes(n) as usize];
                self.split.read_exact(&mut path)?;
                let path = PathBuf::from(std::ffi::OsStr::from_bytes(&path));
                // non-blocking: a later entry may have put a FIFO where the file was
                let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK;
                let fd = self
                    .root
                    .open_in(&path, flags, Mode::empty())
                    .map_err(|e| {
                        io::Error::new(e.kind(), format!("layer file {}: {e}", path.display()))
                    })?;
                let st = rustix::fs::fstat(&fd)?;
                if rustix::fs::FileType::from_raw_mode(st.st_mode)
                    != rustix::fs::FileType::RegularFile
                {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!("layer file {} is no longer a regular file", path.display()),
                    ));
                }
                self.content = Some((File::from(fd).take(len), path));
            }
            other => {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("corrupt tar-split record (tag {other:#x})"),
                ));
            }
        }
        Ok(true)
    }
}

impl Read for Reassembled {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            if let Some((file, path)) = self.content.as_mut() {
                let n = file.read(buf)?;
                if n > 0 {
                    return Ok(n);
                }
                if file.limit() > 0 {
                    return Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        format!("layer file {} is shorter than recorded", path.display()),
                    ));
                }
                self.content = None;
            }
            if self.raw_left > 0 {
                let want = buf.len().min(self.raw_left);
                let n = self.split.read(&mut buf[..want])?;
                if n == 0 {
                    return Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        "tar-split record is truncated",
                    ));
                }
                self.raw_left -= n;
                return Ok(n);
            }
            if !self.next_record()? {
                return Ok(0);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reassembles_the_exact_stream() {
        let dir = tempfile::tempdir().unwrap();
        let layer = dir.path().join("layer");
        std::fs::create_dir_all(layer.join("etc")).unwrap();
        std::fs::write(layer.join("etc/a"), b"hello").unwrap();
        std::fs::write(layer.join("big"), vec![7u8; 3 << 20]).unwrap();
        // a stream: header, content of etc/a, padding, content of big, trailer
        let mut stream = Vec::new();
        stream.extend_from_slice(&[1u8; 512]);
        stream.extend_from_slice(b"hello");
        stream.extend_from_slice(&[0u8; 507]);
        stream.extend_from_slice(&vec![9u8; 2 << 20]);
        stream.extend_from_slice(&vec![7u8; 3 << 20]);
        stream.extend_from_slice(&[0u8; 1024]);
        let split = dir.path().join("split");
        let (mut rec, marks) = Recorder::create(&stream[..], &split).unwrap();
        let mut buf = vec![0u8; 512];
        rec.read_exact(&mut buf).unwrap();
        marks.begin_content(Path::new("etc/a"));
        let mut five = [0u8; 5];
        rec.read_exact(&mut five).unwrap();
        marks.end_content();
        let mut skip = vec![0u8; 507 + (2 << 20)];
        rec.read_exact(&mut skip).unwrap();
        marks.begin_content(Path::new("big"));
        let mut big = vec![0u8; 3 << 20];
        rec.read_exact(&mut big).unwrap();
        marks.end_content();
        let (_, total) = rec.finish().unwrap();
        assert_eq!(total, stream.len() as u64);
        // the record holds no file content
        assert!(std::fs::metadata(&split).unwrap().len() < 64 << 10);
        let mut back = Vec::new();
        Reassembled::open(&split, &layer)
            .unwrap()
            .read_to_end(&mut back)
            .unwrap();
        assert!(back == stream, "reassembled stream differs");
        // a FIFO where a file was does not block, and is refused
        std::fs::remove_file(layer.join("etc/a")).unwrap();
        rustix::fs::mknodat(
            rustix::fs::CWD,
            layer.join("etc/a"),
            rustix::fs::FileType::Fifo,
            Mode::from_raw_mode(0o644),
            0,
        )
        .unwrap();
        let err = Reassembled::open(&split, &layer)
            .unwrap()
            .read_to_end(&mut Vec::new())
            .unwrap_err();
        assert!(err.to_string().contains("regular file"), "{err}");
        std::fs::remove_file(layer.join("etc/a")).unwrap();
        std::fs::write(layer.join("etc/a"), b"hello").unwrap();
        // a file changed underneath is caught
        std::fs::write(layer.join("big"), b"short").unwrap();
        let err = Reassembled::open(&split, &layer)
            .unwrap()
            .read_to_end(&mut Vec::new())
            .unwrap_err();
        assert!(err.to_string().contains("shorter"), "{err}");
    }
}
