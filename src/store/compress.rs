//! Layer compression for blobs skiff makes (pushes, builds, commits): gzip written as a
//! series of independent members of 1 MiB of input each, compressed on several threads,
//! with chunks that do not compress (already-compressed files, random data) stored rather
//! than deflated. A multi-member gzip is one valid gzip stream (RFC 1952 §2.2) that every
//! registry client reads (Go's gzip reader, pgzip, zlib, pigz); the output depends only on
//! the input, so the same layer always gives the same digest.

use std::io::{self, Read, Write};

use flate2::Compression;
use flate2::write::{DeflateEncoder, GzEncoder};

const CHUNK: usize = 1 << 20;
/// Chunks processed per round: a few per thread.
const BATCH: usize = 8;
const SAMPLE: usize = 4 << 10;

/// Whether deflate gains anything on `chunk`, judged on four small samples.
fn compressible(chunk: &[u8]) -> bool {
    let mut e = DeflateEncoder::new(Vec::with_capacity(4 * SAMPLE), Compression::fast());
    let mut taken = 0;
    for i in 0..4 {
        let start = chunk.len() * i / 4;
        let s = &chunk[start..chunk.len().min(start + SAMPLE)];
        if e.write_all(s).is_err() {
            return true;
        }
        taken += s.len();
    }
    match e.finish() {
        Ok(out) => (out.len() as f64) < 0.9 * taken as f64,
        Err(_) => true,
    }
}

fn member(chunk: &[u8]) -> io::Result<Vec<u8>> {
    let level = if compressible(chunk) {
        Compression::fast()
    } else {
        Compression::none()
    };
    let mut gz = GzEncoder::new(Vec::with_capacity(chunk.len() / 2 + 64), level);
    gz.write_all(chunk)?;
    gz.finish()
}

/// Reads until `buf` is full or the input ends; the bytes read.
fn fill(input: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match input.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// Gzips `input` into `out` (see the module docs); returns `out`.
pub fn gzip<R: Read, W: Write>(mut input: R, mut out: W) -> io::Result<W> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    let mut chunks: Vec<Vec<u8>> = Vec::with_capacity(BATCH);
    let mut wrote = false;
    loop {
        chunks.clear();
        let mut ended = false;
        while chunks.len() < BATCH {
            let mut buf = vec![0u8; CHUNK];
            let n = fill(&mut input, &mut buf)?;
            buf.truncate(n);
            if n > 0 {
                chunks.push(buf);
            }
            if n < CHUNK {
                ended = true;
                break;
            }
        }
        for m in crate::util::parallel::try_map(&chunks, threads, |c| member(c))? {
            out.write_all(&m)?;
            wrote = true;
        }
        if ended {
            if !wrote {
                // an empty input is still one (empty) gzip member
                out.write_all(&member(&[])?)?;
            }
            return Ok(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gunzip(data: &[u8]) -> Vec<u8> {
        let mut back = Vec::new();
        flate2::read::MultiGzDecoder::new(data)
            .read_to_end(&mut back)
            .unwrap();
        back
    }

    #[test]
    fn round_trips_and_is_deterministic() {
        // compressible text, then pseudo-random bytes (stored), across chunk boundaries
        let mut data = b"layer content ".repeat(200_000);
        let mut x: u32 = 12345;
        for _ in 0..(3 << 20) {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            data.push((x >> 16) as u8);
        }
        let a = gzip(&data[..], Vec::new()).unwrap();
        let b = gzip(&data[..], Vec::new()).unwrap();
        assert!(a == b, "same input, same bytes");
        assert!(gunzip(&a) == data);
        // random data is stored, not expanded much; text shrinks
        assert!(a.len() < data.len());
        assert!(
            a.len() as f64 > 3.0 * (1 << 20) as f64,
            "random part kept as is"
        );
        let empty = gzip(&b""[..], Vec::new()).unwrap();
        assert!(gunzip(&empty).is_empty());
        assert!(!empty.is_empty());
    }
}
