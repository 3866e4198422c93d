//! Detects a layer's compression from its first bytes and wraps the matching decoder.
//! The declared media type is not trusted: registries and tools mislabel layers.

use std::io::{self, BufReader, Cursor, Read};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

pub fn detect(head: &[u8]) -> Compression {
    match head {
        [0x1f, 0x8b, ..] => Compression::Gzip,
        [0x28, 0xb5, 0x2f, 0xfd, ..] => Compression::Zstd,
        _ => Compression::None,
    }
}

/// Returns a reader of the decompressed stream.
pub fn decompressed<'a, R: Read + 'a>(mut r: R) -> io::Result<Box<dyn Read + 'a>> {
    let mut head = [0u8; 4];
    let mut n = 0;
    while n < head.len() {
        match r.read(&mut head[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    let kind = detect(&head[..n]);
    let joined = Cursor::new(head[..n].to_vec()).chain(r);
    let buffered = BufReader::with_capacity(256 << 10, joined);
    Ok(match kind {
        Compression::Gzip => Box::new(flate2::bufread::MultiGzDecoder::new(buffered)),
        Compression::Zstd => {
            let mut d = zstd::stream::read::Decoder::with_buffer(buffered)?;
            d.window_log_max(31)?;
            Box::new(d)
        }
        Compression::None => Box::new(buffered),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn roundtrip(compressed: Vec<u8>) -> Vec<u8> {
        let mut out = Vec::new();
        decompressed(&compressed[..])
            .unwrap()
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn reads_all_three_kinds() {
        let data = b"hello layer".repeat(1000);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&data).unwrap();
        assert_eq!(roundtrip(gz.finish().unwrap()), data);
        assert_eq!(roundtrip(zstd::encode_all(&data[..], 3).unwrap()), data);
        assert_eq!(roundtrip(data.clone()), data);
        assert_eq!(roundtrip(vec![1, 2]), vec![1, 2]);
    }
}
