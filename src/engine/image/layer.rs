//! One layer stream into the store: compressed digest → decompress → diff-ID digest →
//! unpack with a tar-split record, or (a lazy pull) kept packed as its blob, both digests
//! checked on the way; packed layers are unpacked when first needed (`unpacked_layers`).
//! Shared by `pull` (from the network) and `load` (from an archive); the caller checks the
//! digests before committing.

use std::io::{self, Read};

use crate::engine::EngineError;
use crate::oci::Digest;
use crate::oci::digest::{Algorithm, HashingReader};
use crate::store::unpack::{UnpackOptions, UnpackStats, decompress::decompressed, unpack_recorded};
use crate::store::{CompressedForm, LayerInfo, PendingLayer, Store, WorkDir};
use crate::util::time::now_rfc3339;

/// A layer unpacked in a work dir, not yet committed.
pub(crate) struct Unpacked {
    pub pending: PendingLayer,
    pub stats: UnpackStats,
    /// Digest and size of the stream as read (compressed or not).
    pub raw_digest: Digest,
    pub raw_size: u64,
    /// Digest of the decompressed tar.
    pub diff_id: Digest,
}

/// Unpacks `raw` (plain, gzip or zstd); `io_err` labels read failures.
pub(crate) fn unpack_stream<R: Read>(
    store: &Store,
    work: &WorkDir,
    raw: R,
    raw_alg: Algorithm,
    diff_alg: Algorithm,
    opts: UnpackOptions,
    io_err: &dyn Fn(io::Error) -> EngineError,
) -> Result<Unpacked, EngineError> {
    let pending = store.pending_layer(work)?;
    let mut hashed_raw = HashingReader::new(raw, raw_alg);
    let (stats, diff_id) = {
        let plain = decompressed(&mut hashed_raw).map_err(io_err)?;
        let hashed = HashingReader::new(plain, diff_alg);
        let (stats, rest) =
            unpack_recorded(hashed, &pending.diff_dir(), opts, &pending.split_path())?;
        let (diff_id, _) = rest.finish().map_err(io_err)?;
        (stats, diff_id)
    };
    let (raw_digest, raw_size) = hashed_raw.finish().map_err(io_err)?;
    Ok(Unpacked {
        pending,
        stats,
        raw_digest,
        raw_size,
        diff_id,
    })
}

/// A packed layer as fetched: where its blob is, and what reading it showed.
pub(crate) struct Packed {
    pub pending: PendingLayer,
    /// Digest and size of the compressed stream.
    pub raw_digest: Digest,
    pub raw_size: u64,
    /// Digest and length of the decompressed tar.
    pub diff_id: Digest,
    pub tar_size: u64,
}

/// Copies a compressed layer blob into a pending packed layer and decompresses it on the
/// way (nothing is unpacked), so both its digests are known — and checked by the caller —
/// before it is committed.
pub(crate) fn fetch_packed<R: Read>(
    store: &Store,
    work: &WorkDir,
    raw: R,
    raw_alg: Algorithm,
    diff_alg: Algorithm,
) -> io::Result<Packed> {
    let pending = store.pending_packed(work)?;
    let file = std::fs::File::create(Store::pending_blob(&pending))?;
    let mut tee = Tee {
        inner: HashingReader::new(raw, raw_alg),
        out: io::BufWriter::new(file),
    };
    let (diff_id, tar_size) = {
        let plain = decompressed(&mut tee)?;
        let mut hashed = HashingReader::new(plain, diff_alg);
        io::copy(&mut hashed, &mut io::sink())?;
        hashed.finish()?
    };
    // whatever follows the compressed stream is part of the blob too
    io::copy(&mut tee, &mut io::sink())?;
    use std::io::Write;
    tee.out.flush()?;
    let (raw_digest, raw_size) = tee.inner.finish()?;
    Ok(Packed {
        pending,
        raw_digest,
        raw_size,
        diff_id,
        tar_size,
    })
}

/// A reader that writes what it reads.
struct Tee<R, W> {
    inner: R,
    out: W,
}

impl<R: Read, W: io::Write> Read for Tee<R, W> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.out.write_all(&buf[..n])?;
        Ok(n)
    }
}

impl Packed {
    /// Commits the packed layer; `form` is the blob's. Its size until it is unpacked is
    /// its tar's length.
    pub fn commit(self, store: &Store, form: CompressedForm) -> io::Result<()> {
        let info = LayerInfo {
            diff_id: self.diff_id,
            size: self.tar_size,
            compressed: vec![form],
            aufs_whiteouts: false,
            created: now_rfc3339(),
            tar_size: 0,
            packed: true,
        };
        store.commit_packed(self.pending, &info)
    }
}

impl crate::engine::Engine {
    /// Unpacks the packed layers among `diff_ids` (a lazy pull's), checking that each
    /// blob still has its digest and its tar the diff ID the image config names.
    pub fn unpacked_layers(&self, diff_ids: &[Digest]) -> Result<(), EngineError> {
        let store = self.store()?;
        let mut work = None;
        for d in diff_ids {
            let Some(info) = store.layer(d)? else {
                continue;
            };
            let Some(form) = info.compressed.first().filter(|_| info.packed).cloned() else {
                continue;
            };
            let work = match &mut work {
                Some(w) => w,
                None => {
                    let w = store.work_dir()?;
                    w.set_lease(diff_ids)?;
                    work.insert(w)
                }
            };
            let label = |e: io::Error| EngineError::Other(format!("layer {}: {e}", form.digest));
            let blob = match std::fs::File::open(store.packed_blob(d)) {
                Ok(f) => f,
                // unpacked meanwhile by another process
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(e) => return Err(label(e)),
            };
            let opts = crate::store::unpack::UnpackOptions::layer(self.context().rootless);
            let u = unpack_stream(
                store,
                work,
                blob,
                form.digest.algorithm(),
                d.algorithm(),
                opts,
                &label,
            )?;
            if u.raw_digest != form.digest || &u.diff_id != d {
                return Err(EngineError::Store(format!(
                    "layer {d} is corrupt in the store (its blob reads as {}, its tar as {}): remove the image and pull it again",
                    u.raw_digest, u.diff_id
                )));
            }
            let info = LayerInfo {
                diff_id: d.clone(),
                size: u.stats.size,
                compressed: info.compressed.clone(),
                aufs_whiteouts: u.stats.aufs_whiteouts,
                created: info.created.clone(),
                tar_size: u.stats.tar_size,
                packed: false,
            };
            store.replace_packed(u.pending, &info, work)?;
        }
        if work.is_some() {
            store.sync()?;
        }
        Ok(())
    }
}

impl Unpacked {
    /// Commits the layer; `compressed` is the registry form it came as, if any.
    pub fn commit(self, store: &Store, compressed: Option<CompressedForm>) -> io::Result<()> {
        let info = LayerInfo {
            diff_id: self.diff_id,
            size: self.stats.size,
            compressed: compressed.into_iter().collect(),
            aufs_whiteouts: self.stats.aufs_whiteouts,
            created: now_rfc3339(),
            tar_size: self.stats.tar_size,
            packed: false,
        };
        store.commit_layer(self.pending, &info)
    }
}
