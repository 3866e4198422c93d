//! Container logs on disk, in docker's json-file format (one JSON object per line:
//! `{"log":"text\n","stream":"stdout","time":"RFC3339Nano"}`) or podman's k8s-file format
//! (`TIME stdout F text`), with a size cap and rotation (`ctr.log`, `ctr.log.1`, …), and the
//! reader `skiff logs` uses — which needs no monitor.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

/// Longest line written as one entry; longer output is split into partial entries, as
/// docker does.
const MAX_LINE: usize = 16 * 1024;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    JsonFile,
    K8sFile,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

impl Stream {
    pub fn as_str(self) -> &'static str {
        match self {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
        }
    }
}

/// One log entry as read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub time: SystemTime,
    pub stream: Stream,
    /// The text, with its newline when the line was complete.
    pub text: String,
}

#[derive(Serialize, Deserialize)]
struct JsonLine<'a> {
    log: std::borrow::Cow<'a, str>,
    stream: std::borrow::Cow<'a, str>,
    time: std::borrow::Cow<'a, str>,
}

/// Where a container's output is kept.
pub trait Sink {
    fn write(&mut self, stream: Stream, data: &[u8]) -> io::Result<()>;
    /// The container ended: what is left of unfinished lines.
    fn flush_partial(&mut self) -> io::Result<()>;
}

impl Sink for Writer {
    fn write(&mut self, stream: Stream, data: &[u8]) -> io::Result<()> {
        Writer::write(self, stream, data)
    }
    fn flush_partial(&mut self) -> io::Result<()> {
        Writer::flush_partial(self)
    }
}

/// Appends entries to `path`, rotating when it would exceed `max_size` bytes (0: never),
/// keeping `max_files` files in all.
pub struct Writer {
    path: PathBuf,
    format: Format,
    max_size: u64,
    max_files: u32,
    file: File,
    size: u64,
    /// Incomplete line per stream (stdout, stderr).
    pending: [Vec<u8>; 2],
}

impl Writer {
    pub fn open(path: &Path, format: Format, max_size: u64, max_files: u32) -> io::Result<Writer> {
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        let size = file.metadata()?.len();
        Ok(Writer {
            path: path.to_path_buf(),
            format,
            max_size,
            max_files: max_files.max(1),
            file,
            size,
            pending: [Vec::new(), Vec::new()],
        })
    }

    /// Output of the container: complete lines are written now, the rest when it ends.
    pub fn write(&mut self, stream: Stream, data: &[u8]) -> io::Result<()> {
        let i = stream as usize;
        self.pending[i].extend_from_slice(data);
        let mut start = 0;
        let buf = std::mem::take(&mut self.pending[i]);
        while let Some(nl) = buf[start..].iter().position(|b| *b == b'\n') {
            let end = start + nl + 1;
            self.entries(stream, &buf[start..end], true)?;
            start = end;
        }
        // A line that grew past the limit goes out in full-size partial pieces.
        while buf.len() - start >= MAX_LINE {
            self.entry(stream, &buf[start..start + MAX_LINE], false)?;
            start += MAX_LINE;
        }
        self.pending[i] = buf[start..].to_vec();
        Ok(())
    }

    /// Writes what is left of unfinished lines (the container ended).
    pub fn flush_partial(&mut self) -> io::Result<()> {
        for stream in [Stream::Stdout, Stream::Stderr] {
            let rest = std::mem::take(&mut self.pending[stream as usize]);
            if !rest.is_empty() {
                self.entries(stream, &rest, false)?;
            }
        }
        Ok(())
    }

    fn entries(&mut self, stream: Stream, line: &[u8], complete: bool) -> io::Result<()> {
        for (n, chunk) in line.chunks(MAX_LINE).enumerate() {
            let last = (n + 1) * MAX_LINE >= line.len();
            self.entry(stream, chunk, complete && last)?;
        }
        Ok(())
    }

    fn entry(&mut self, stream: Stream, text: &[u8], complete: bool) -> io::Result<()> {
        let time = crate::util::time::now_rfc3339();
        let text = String::from_utf8_lossy(text);
        let mut out = match self.format {
            Format::JsonFile => serde_json::to_vec(&JsonLine {
                log: text,
                stream: stream.as_str().into(),
                time: time.into(),
            })
            .map_err(io::Error::other)?,
            Format::K8sFile => {
                let body = text.strip_suffix('\n').unwrap_or(&text);
                format!(
                    "{} {} {} {}",
                    time.replace('Z', "+00:00"),
                    stream.as_str(),
                    if complete { 'F' } else { 'P' },
                    body
                )
                .into_bytes()
            }
        };
        out.push(b'\n');
        if self.max_size > 0 && self.size + out.len() as u64 > self.max_size && self.size > 0 {
            self.rotate()?;
        }
        self.file.write_all(&out)?;
        self.size += out.len() as u64;
        Ok(())
    }

    fn rotate(&mut self) -> io::Result<()> {
        if self.max_files <= 1 {
            self.file.set_len(0)?;
            self.size = 0;
            return Ok(());
        }
        for i in (1..self.max_files - 1).rev() {
            let _ = fs::rename(rotated(&self.path, i), rotated(&self.path, i + 1));
        }
        fs::rename(&self.path, rotated(&self.path, 1))?;
        self.file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)?;
        self.size = 0;
        Ok(())
    }
}

fn rotated(path: &Path, n: u32) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(format!(".{n}"));
    PathBuf::from(s)
}

/// The log files of `path`, oldest first.
pub fn files(path: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = (1..100)
        .map(|n| rotated(path, n))
        .take_while(|p| p.exists())
        .collect();
    out.reverse();
    if path.exists() {
        out.push(path.to_path_buf());
    }
    out
}

/// Parses one line of either format.
pub fn parse_line(line: &str) -> Option<Entry> {
    if line.starts_with('{') {
        let j: JsonLine = serde_json::from_str(line).ok()?;
        return Some(Entry {
            time: crate::util::time::parse_rfc3339(&j.time)?,
            stream: if j.stream == "stderr" {
                Stream::Stderr
            } else {
                Stream::Stdout
            },
            text: j.log.into_owned(),
        });
    }
    let mut parts = line.splitn(4, ' ');
    let time = crate::util::time::parse_rfc3339(parts.next()?)?;
    let stream = match parts.next()? {
        "stderr" => Stream::Stderr,
        _ => Stream::Stdout,
    };
    let full = parts.next()? == "F";
    let mut text = parts.next().unwrap_or("").to_string();
    if full {
        text.push('\n');
    }
    Some(Entry { time, stream, text })
}

/// Reads entries from `file` starting at byte `offset`; returns the offset after the last
/// complete line (a line still being written is left for the next read).
pub fn read_from(file: &Path, offset: u64, out: &mut Vec<Entry>) -> io::Result<u64> {
    use std::io::Seek;
    let mut f = File::open(file)?;
    f.seek(io::SeekFrom::Start(offset))?;
    let mut r = BufReader::new(f);
    let mut pos = offset;
    let mut line = String::new();
    loop {
        line.clear();
        let n = r.read_line(&mut line)?;
        if n == 0 || !line.ends_with('\n') {
            return Ok(pos);
        }
        pos += n as u64;
        if let Some(e) = parse_line(line.trim_end_matches('\n')) {
            out.push(e);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(path: &Path) -> Vec<Entry> {
        let mut out = Vec::new();
        for f in files(path) {
            read_from(&f, 0, &mut out).unwrap();
        }
        out
    }

    #[test]
    fn lines_streams_and_partials_round_trip_in_both_formats() {
        for format in [Format::JsonFile, Format::K8sFile] {
            let t = tempfile::tempdir().unwrap();
            let p = t.path().join("ctr.log");
            let mut w = Writer::open(&p, format, 0, 1).unwrap();
            w.write(Stream::Stdout, b"hello\nwor").unwrap();
            w.write(Stream::Stderr, b"oops \"quoted\"\n").unwrap();
            w.write(Stream::Stdout, b"ld\nno newline").unwrap();
            w.flush_partial().unwrap();
            let e = read_all(&p);
            let texts: Vec<(&str, Stream)> =
                e.iter().map(|e| (e.text.as_str(), e.stream)).collect();
            assert_eq!(
                texts,
                vec![
                    ("hello\n", Stream::Stdout),
                    ("oops \"quoted\"\n", Stream::Stderr),
                    ("world\n", Stream::Stdout),
                    ("no newline", Stream::Stdout),
                ],
                "{format:?}"
            );
        }
    }

    #[test]
    fn rotation_keeps_max_files_and_reads_oldest_first() {
        let t = tempfile::tempdir().unwrap();
        let p = t.path().join("ctr.log");
        let mut w = Writer::open(&p, Format::JsonFile, 200, 3).unwrap();
        for i in 0..40 {
            w.write(Stream::Stdout, format!("line {i}\n").as_bytes())
                .unwrap();
        }
        let names = files(&p);
        assert_eq!(names.len(), 3, "{names:?}");
        assert!(names.iter().all(|f| fs::metadata(f).unwrap().len() <= 200));
        let e = read_all(&p);
        assert_eq!(e.last().unwrap().text, "line 39\n");
        let nums: Vec<u32> = e
            .iter()
            .map(|e| e.text.trim().trim_start_matches("line ").parse().unwrap())
            .collect();
        assert!(
            nums.windows(2).all(|w| w[1] == w[0] + 1),
            "in order: {nums:?}"
        );
    }

    #[test]
    fn long_lines_split_and_a_torn_last_line_waits() {
        let t = tempfile::tempdir().unwrap();
        let p = t.path().join("ctr.log");
        let mut w = Writer::open(&p, Format::JsonFile, 0, 1).unwrap();
        w.write(Stream::Stdout, &vec![b'x'; MAX_LINE * 2 + 5])
            .unwrap();
        w.write(Stream::Stdout, b"\n").unwrap();
        let e = read_all(&p);
        assert_eq!(e.len(), 3);
        assert_eq!(
            e.iter().map(|e| e.text.len()).sum::<usize>(),
            MAX_LINE * 2 + 6
        );
        let mut f = OpenOptions::new().append(true).open(&p).unwrap();
        f.write_all(b"{\"log\":\"torn").unwrap();
        let mut out = Vec::new();
        let end = read_from(&p, 0, &mut out).unwrap();
        assert_eq!(out.len(), 3);
        assert!(end < fs::metadata(&p).unwrap().len());
    }
}
