//! `--log-driver journald`: each line goes to systemd-journald over its native protocol
//! (a datagram of `KEY=value` fields on /run/systemd/journal/socket) with docker's fields
//! (CONTAINER_ID, CONTAINER_ID_FULL, CONTAINER_NAME, CONTAINER_TAG, SYSLOG_IDENTIFIER;
//! PRIORITY 6 for stdout, 3 for stderr); `skiff logs` reads them back with journalctl.

use std::io;
use std::os::unix::net::UnixDatagram;
use std::path::{Path, PathBuf};

use super::logs::{Sink, Stream};

pub const SOCKET: &str = "/run/systemd/journal/socket";

/// Whether journald listens here.
pub fn available() -> bool {
    Path::new(SOCKET).exists()
}

pub struct Journal {
    sock: UnixDatagram,
    to: PathBuf,
    fields: Vec<(String, String)>,
    pending: [Vec<u8>; 2],
}

/// One field in the native format; values with a newline use the length-prefixed form.
fn field(out: &mut Vec<u8>, key: &str, value: &[u8]) {
    out.extend_from_slice(key.as_bytes());
    if value.contains(&b'\n') {
        out.push(b'\n');
        out.extend_from_slice(&(value.len() as u64).to_le_bytes());
    } else {
        out.push(b'=');
    }
    out.extend_from_slice(value);
    out.push(b'\n');
}

impl Journal {
    pub fn open(to: &Path, id: &str, name: &str, tag: &str) -> io::Result<Journal> {
        Ok(Journal {
            sock: UnixDatagram::unbound()?,
            to: to.to_path_buf(),
            fields: vec![
                ("CONTAINER_ID".into(), id.chars().take(12).collect()),
                ("CONTAINER_ID_FULL".into(), id.into()),
                ("CONTAINER_NAME".into(), name.into()),
                ("CONTAINER_TAG".into(), tag.into()),
                ("SYSLOG_IDENTIFIER".into(), tag.into()),
            ],
            pending: [Vec::new(), Vec::new()],
        })
    }

    fn send(&self, stream: Stream, line: &[u8], partial: bool) -> io::Result<()> {
        let mut msg = Vec::with_capacity(line.len() + 256);
        field(&mut msg, "MESSAGE", line);
        field(
            &mut msg,
            "PRIORITY",
            if stream == Stream::Stderr { b"3" } else { b"6" },
        );
        if partial {
            field(&mut msg, "CONTAINER_PARTIAL_MESSAGE", b"true");
        }
        for (k, v) in &self.fields {
            field(&mut msg, k, v.as_bytes());
        }
        self.sock.send_to(&msg, &self.to).map(|_| ())
    }
}

impl Sink for Journal {
    fn write(&mut self, stream: Stream, data: &[u8]) -> io::Result<()> {
        let i = stream as usize;
        self.pending[i].extend_from_slice(data);
        let buf = std::mem::take(&mut self.pending[i]);
        let mut start = 0;
        while let Some(nl) = buf[start..].iter().position(|b| *b == b'\n') {
            self.send(stream, &buf[start..start + nl], false)?;
            start += nl + 1;
        }
        self.pending[i] = buf[start..].to_vec();
        Ok(())
    }

    fn flush_partial(&mut self) -> io::Result<()> {
        for stream in [Stream::Stdout, Stream::Stderr] {
            let rest = std::mem::take(&mut self.pending[stream as usize]);
            if !rest.is_empty() {
                self.send(stream, &rest, true)?;
            }
        }
        Ok(())
    }
}

/// One journalctl `-o json` record as a log entry (`None` for other records).
pub fn parse_json(line: &str) -> Option<super::logs::Entry> {
    let v: serde_json::Value = serde_json::from_str(line).ok()?;
    let text = match &v["MESSAGE"] {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(bytes) => {
            let b: Vec<u8> = bytes
                .iter()
                .filter_map(|x| x.as_u64().map(|n| n as u8))
                .collect();
            String::from_utf8_lossy(&b).into_owned()
        }
        _ => return None,
    };
    let micros: u64 = v["__REALTIME_TIMESTAMP"].as_str()?.parse().ok()?;
    let partial = v["CONTAINER_PARTIAL_MESSAGE"] == "true";
    Some(super::logs::Entry {
        time: std::time::UNIX_EPOCH + std::time::Duration::from_micros(micros),
        stream: if v["PRIORITY"] == "3" {
            Stream::Stderr
        } else {
            Stream::Stdout
        },
        text: if partial { text } else { text + "\n" },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_journal_datagrams_and_read_back() {
        let t = tempfile::tempdir().unwrap();
        let p = t.path().join("journal.sock");
        let server = UnixDatagram::bind(&p).unwrap();
        let mut j = Journal::open(&p, &"ab".repeat(32), "web", "web").unwrap();
        j.write(Stream::Stderr, b"multi\nline").unwrap();
        j.flush_partial().unwrap();
        let mut buf = [0u8; 1024];
        let n = server.recv(&mut buf).unwrap();
        let first = String::from_utf8_lossy(&buf[..n]).into_owned();
        assert!(first.starts_with("MESSAGE=multi\nPRIORITY=3\n"), "{first}");
        assert!(
            first.contains("CONTAINER_ID=abababababab\n") && first.contains("CONTAINER_NAME=web\n")
        );
        let n = server.recv(&mut buf).unwrap();
        assert!(String::from_utf8_lossy(&buf[..n]).contains("CONTAINER_PARTIAL_MESSAGE=true"));
        let mut m = Vec::new();
        field(&mut m, "MESSAGE", b"a\nb");
        assert_eq!(m, b"MESSAGE\n\x03\0\0\0\0\0\0\0a\nb\n");
        let e = parse_json(
            r#"{"MESSAGE":"hi","PRIORITY":"6","__REALTIME_TIMESTAMP":"1700000000000000"}"#,
        )
        .unwrap();
        assert_eq!((e.text.as_str(), e.stream), ("hi\n", Stream::Stdout));
        let e = parse_json(r#"{"MESSAGE":[104,105],"PRIORITY":"3","__REALTIME_TIMESTAMP":"1"}"#)
            .unwrap();
        assert_eq!((e.text.as_str(), e.stream), ("hi\n", Stream::Stderr));
    }
}
