//! A blob download that survives dropped connections: on a transient error or a short body
//! it reconnects with `Range: bytes=N-` and carries on from where it stopped, so the
//! decompressor and hashers above it never notice.

use std::io::{self, Read};

use ureq::BodyReader;

use super::Repo;
use super::transport::backoff;
use crate::oci::manifest::Descriptor;

const RESUMES: u32 = 5;

pub struct BlobReader<'a> {
    repo: &'a Repo<'a>,
    desc: Descriptor,
    offset: u64,
    body: Option<BodyReader<'static>>,
    resumes: u32,
}

impl<'a> BlobReader<'a> {
    pub(super) fn new(repo: &'a Repo<'a>, desc: &Descriptor, body: BodyReader<'static>) -> Self {
        BlobReader {
            repo,
            desc: desc.clone(),
            offset: 0,
            body: Some(body),
            resumes: 0,
        }
    }

    fn reopen(&mut self) -> io::Result<()> {
        self.resumes += 1;
        std::thread::sleep(backoff(self.resumes - 1));
        log::debug!("resuming {} at byte {}", self.desc.digest, self.offset);
        let (body, start) = self
            .repo
            .open_blob_at(&self.desc, self.offset)
            .map_err(io::Error::other)?;
        let mut body = body;
        // A server that ignores Range sends everything again: skip what we have.
        let mut skip = self.offset - start;
        let mut buf = [0u8; 16 << 10];
        while skip > 0 {
            let chunk = skip.min(buf.len() as u64) as usize;
            let n = body.read(&mut buf[..chunk])?;
            if n == 0 {
                return Err(io::ErrorKind::UnexpectedEof.into());
            }
            skip -= n as u64;
        }
        self.body = Some(body);
        Ok(())
    }
}

impl Read for BlobReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.offset >= self.desc.size {
            return Ok(0);
        }
        let want = buf.len().min((self.desc.size - self.offset) as usize);
        loop {
            let result = match self.body.as_mut() {
                Some(b) => b.read(&mut buf[..want]),
                None => Err(io::Error::from(io::ErrorKind::NotConnected)),
            };
            let failure = match result {
                Ok(0) => io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    format!(
                        "connection closed after {} of {} bytes",
                        self.offset, self.desc.size
                    ),
                ),
                Ok(n) => {
                    self.offset += n as u64;
                    return Ok(n);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => e,
            };
            if self.resumes >= RESUMES {
                return Err(io::Error::new(
                    failure.kind(),
                    format!("downloading {}: {failure}", self.desc.digest),
                ));
            }
            self.body = None;
            if let Err(e) = self.reopen() {
                log::debug!("resume of {} failed: {e}", self.desc.digest);
            }
        }
    }
}
