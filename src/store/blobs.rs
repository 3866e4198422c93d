//! Content-addressed blobs (manifests and configs as fetched), verified on the way in.

use std::fs;
use std::io;
use std::path::PathBuf;

use super::Store;
use crate::oci::Digest;
use crate::util::fs::write_atomic;

impl Store {
    pub fn blob_path(&self, digest: &Digest) -> PathBuf {
        self.root
            .join("blobs")
            .join(digest.algorithm().name())
            .join(digest.hex())
    }

    pub fn has_blob(&self, digest: &Digest) -> bool {
        self.blob_path(digest).exists()
    }

    /// Reads a blob and checks it still matches its digest.
    pub fn read_blob(&self, digest: &Digest) -> io::Result<Vec<u8>> {
        let path = self.blob_path(digest);
        let data = fs::read(&path)
            .map_err(|e| io::Error::new(e.kind(), format!("reading blob {digest}: {e}")))?;
        if !digest.matches(&data) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("blob {digest} in the store is corrupt ({})", path.display()),
            ));
        }
        Ok(data)
    }

    /// Stores `data` under `digest` after verifying it; a no-op when already present.
    pub fn put_blob(&self, digest: &Digest, data: &[u8]) -> io::Result<()> {
        if !digest.matches(data) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!("content does not match digest {digest}"),
            ));
        }
        let path = self.blob_path(digest);
        if path.exists() {
            return Ok(());
        }
        if let Some(dir) = path.parent() {
            crate::util::fs::ensure_dir(dir)?;
        }
        write_atomic(&path, data, 0o644)
    }

    pub(super) fn remove_blob(&self, digest: &Digest) -> io::Result<()> {
        match fs::remove_file(self.blob_path(digest)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// Every blob digest in the store.
    pub(super) fn blob_digests(&self) -> io::Result<Vec<Digest>> {
        let mut out = Vec::new();
        let dir = self.root.join("blobs").join("sha256");
        let entries = match fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(out),
            Err(e) => return Err(e),
        };
        for e in entries.flatten() {
            if let Some(name) = e.file_name().to_str()
                && let Ok(d) = Digest::parse(&format!("sha256:{name}"))
            {
                out.push(d);
            }
        }
        Ok(out)
    }
}
