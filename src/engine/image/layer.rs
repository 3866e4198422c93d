//! One layer stream into the store: compressed digest → decompress → diff-ID digest →
//! unpack with a tar-split record. Shared by `pull` (from the network) and `load` (from an
//! archive); the caller checks the digests before committing.

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
        };
        store.commit_layer(self.pending, &info)
    }
}
