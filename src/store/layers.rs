//! Layers: `layers/<diff-id hex>/{diff/, layer.json}`, each an overlay lowerdir shared by
//! every image that has that layer — or, not unpacked yet, `{packed, layer.json}` (the
//! compressed blob). A layer is keyed by its diff ID (the digest
//! of its uncompressed tar): its unpacked content depends on nothing else.

use std::fs;
use std::io::{self, Read};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::tarsplit::Reassembled;
use super::unpack::decompress::decompressed;
use super::{Store, StoreLock, work::WorkDir};
use crate::oci::Digest;
use crate::oci::digest::VerifyingReader;
use crate::util::fs::{read_json, write_json_atomic};

const INFO: &str = "layer.json";
const SPLIT: &str = "tar-split.zst";
/// A packed layer's compressed blob, in its directory.
const PACKED: &str = "packed";

/// The record of an unpacked layer.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct LayerInfo {
    pub diff_id: Digest,
    /// Bytes of file content (docker's layer size).
    pub size: u64,
    /// Compressed forms this layer was fetched as (for pushes and cross-repo mounts).
    #[serde(default)]
    pub compressed: Vec<CompressedForm>,
    /// Whiteouts are `.wh.*` files, not overlay whiteouts (unpacked without privilege).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub aufs_whiteouts: bool,
    pub created: String,
    /// Length of the layer's tar, when a tar-split record of it was kept (`tar-split.zst`).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub tar_size: u64,
    /// Not unpacked yet: the layer is its compressed blob (`packed`, the first compressed
    /// form, its digest checked when it was fetched), unpacked when something first needs
    /// its files (`Engine::unpacked_layers`). `size` is the blob's until then.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub packed: bool,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct CompressedForm {
    pub digest: Digest,
    pub media_type: String,
    pub size: u64,
}

/// A layer being unpacked inside a work dir; committed by renaming it into `layers/`.
#[derive(Debug)]
pub struct PendingLayer {
    dir: PathBuf,
}

impl PendingLayer {
    /// The directory the layer's files go into.
    pub fn diff_dir(&self) -> PathBuf {
        self.dir.join("diff")
    }

    /// Where the unpacker records the tar-split of the layer.
    pub fn split_path(&self) -> PathBuf {
        self.dir.join(SPLIT)
    }
}

/// A layer's tar, produced again from the store.
pub struct LayerTar {
    pub reader: Box<dyn Read>,
    /// Its length, when known without reading it.
    pub size: Option<u64>,
}

impl Store {
    pub fn layer_dir(&self, diff_id: &Digest) -> PathBuf {
        self.root.join("layers").join(diff_id.hex())
    }

    pub fn layer_diff_dir(&self, diff_id: &Digest) -> PathBuf {
        self.layer_dir(diff_id).join("diff")
    }

    /// The layer's record, when the layer is completely unpacked.
    pub fn layer(&self, diff_id: &Digest) -> io::Result<Option<LayerInfo>> {
        read_json(&self.layer_dir(diff_id).join(INFO))
    }

    /// The layer's exact tar (its digest is checked as it is read, failing at the end on a
    /// mismatch): reassembled from the tar-split record and the unpacked files, or
    /// decompressed from a compressed blob the store kept.
    pub fn layer_tar(&self, info: &LayerInfo) -> io::Result<LayerTar> {
        let dir = self.layer_dir(&info.diff_id);
        let split = dir.join(SPLIT);
        let (reader, size): (Box<dyn Read>, _) = if info.packed {
            let f = match fs::File::open(self.packed_blob(&info.diff_id)) {
                Ok(f) => f,
                // unpacked meanwhile by another process: its record says how to read it now
                Err(e) if e.kind() == io::ErrorKind::NotFound => {
                    return match self.layer(&info.diff_id)? {
                        Some(now) if !now.packed => self.layer_tar(&now),
                        _ => Err(e),
                    };
                }
                Err(e) => return Err(e),
            };
            (Box::new(decompressed(f)?), None)
        } else if info.tar_size > 0 && split.exists() {
            let r = Reassembled::open(&split, &dir.join("diff"))?;
            (Box::new(r), Some(info.tar_size))
        } else if let Some(c) = info.compressed.iter().find(|c| self.has_blob(&c.digest)) {
            let f = fs::File::open(self.blob_path(&c.digest))?;
            (Box::new(decompressed(f)?), None)
        } else {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!(
                    "layer {} cannot be exported: the store kept neither its tar-split nor a compressed copy (pull the image again)",
                    info.diff_id
                ),
            ));
        };
        Ok(LayerTar {
            reader: Box::new(VerifyingReader::new(reader, info.diff_id.clone())),
            size,
        })
    }

    /// An image's size: its distinct layers' sizes summed. `Err(diff_id)` names a layer the
    /// store does not have (removed meanwhile).
    pub fn image_size(&self, diff_ids: &[Digest]) -> io::Result<Result<u64, Digest>> {
        let mut size = 0;
        let mut seen = std::collections::BTreeSet::new();
        for d in diff_ids {
            let Some(layer) = self.layer(d)? else {
                return Ok(Err(d.clone()));
            };
            if seen.insert(d) {
                size += layer.size;
            }
        }
        Ok(Ok(size))
    }

    /// Remembers a compressed form of a layer (made for a push), so the next push can ask
    /// the registry for it before compressing again.
    pub fn add_compressed_form(&self, diff_id: &Digest, form: CompressedForm) -> io::Result<()> {
        let _lock = self.lock()?;
        let path = self.layer_dir(diff_id).join(INFO);
        let Some(mut info) = read_json::<LayerInfo>(&path)? else {
            return Ok(());
        };
        if info.compressed.iter().any(|c| c.digest == form.digest) {
            return Ok(());
        }
        info.compressed.push(form);
        write_json_atomic(&path, &info)
    }

    /// Where a packed layer's compressed blob is.
    pub fn packed_blob(&self, diff_id: &Digest) -> PathBuf {
        self.layer_dir(diff_id).join(PACKED)
    }

    /// Starts a packed layer inside `work`: its blob goes to the returned path, then
    /// `commit_packed`.
    pub fn pending_packed(&self, work: &WorkDir) -> io::Result<PendingLayer> {
        let dir = work.path().join(crate::util::fs::unique_name("packed-"));
        fs::create_dir(&dir)?;
        Ok(PendingLayer { dir })
    }

    /// Where a pending packed layer's blob is written.
    pub fn pending_blob(pending: &PendingLayer) -> PathBuf {
        pending.dir.join(PACKED)
    }

    /// Moves a fetched packed layer into place (as `commit_layer`).
    pub fn commit_packed(&self, pending: PendingLayer, info: &LayerInfo) -> io::Result<()> {
        debug_assert!(info.packed);
        self.commit_layer(pending, info)
    }

    /// Replaces a packed layer by its unpacked form, under the store's lock. When another
    /// process unpacked it first, theirs is kept.
    pub fn replace_packed(
        &self,
        pending: PendingLayer,
        info: &LayerInfo,
        work: &WorkDir,
    ) -> io::Result<()> {
        write_json_atomic(&pending.dir.join(INFO), info)?;
        let _lock = self.lock()?;
        let dest = self.layer_dir(&info.diff_id);
        match self.layer(&info.diff_id)? {
            Some(have) if !have.packed => return Ok(()),
            Some(_) => fs::rename(&dest, work.path().join(unique_aside()))?,
            None => {}
        }
        fs::rename(&pending.dir, &dest)
    }

    /// Starts a layer inside `work`.
    pub fn pending_layer(&self, work: &WorkDir) -> io::Result<PendingLayer> {
        let dir = work.path().join(crate::util::fs::unique_name("layer-"));
        fs::create_dir(&dir)?;
        fs::create_dir(dir.join("diff"))?;
        Ok(PendingLayer { dir })
    }

    /// Moves a finished layer into place. When another process committed the same layer
    /// first, theirs is kept and ours dropped with the work dir.
    pub fn commit_layer(&self, pending: PendingLayer, info: &LayerInfo) -> io::Result<()> {
        write_json_atomic(&pending.dir.join(INFO), info)?;
        let dest = self.layer_dir(&info.diff_id);
        match fs::rename(&pending.dir, &dest) {
            Ok(()) => Ok(()),
            Err(e) if matches!(e.raw_os_error(), Some(libc::ENOTEMPTY | libc::EEXIST)) => {
                log::debug!("layer {} was committed concurrently", info.diff_id);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Removes a layer: renamed into a work dir first so a crash never leaves a partial
    /// layer under its real name.
    pub(super) fn remove_layer(&self, diff_id: &Digest, _lock: &StoreLock) -> io::Result<()> {
        let work = self.work_dir()?;
        let aside = work.path().join("doomed");
        match fs::rename(self.layer_dir(diff_id), &aside) {
            Ok(()) => crate::sys::userns::remove_tree(&aside),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Diff IDs of every committed layer.
    pub(super) fn layer_ids(&self) -> io::Result<Vec<Digest>> {
        let mut out = Vec::new();
        for e in fs::read_dir(self.root.join("layers"))?.flatten() {
            if let Some(name) = e.file_name().to_str()
                && let Ok(d) = Digest::parse(&format!("sha256:{name}"))
            {
                out.push(d);
            }
        }
        Ok(out)
    }
}

fn unique_aside() -> String {
    crate::util::fs::unique_name("replaced-")
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    /// A gzip'ed tar of one file, its diff ID and its blob digest.
    fn layer_blob() -> (Vec<u8>, Digest, Digest) {
        let mut b = tar::Builder::new(Vec::new());
        let mut h = tar::Header::new_gnu();
        h.set_size(5);
        h.set_mode(0o644);
        h.set_cksum();
        b.append_data(&mut h, "hello.txt", &b"hello"[..]).unwrap();
        let tar = b.into_inner().unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&tar).unwrap();
        let blob = gz.finish().unwrap();
        (
            blob.clone(),
            Digest::sha256_of(&tar),
            Digest::sha256_of(&blob),
        )
    }

    #[test]
    fn a_packed_layer_is_read_from_its_blob_and_replaced_when_unpacked() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let (blob, diff_id, digest) = layer_blob();
        let work = store.work_dir().unwrap();
        let pending = store.pending_packed(&work).unwrap();
        fs::write(Store::pending_blob(&pending), &blob).unwrap();
        let form = CompressedForm {
            digest,
            media_type: "application/vnd.oci.image.layer.v1.tar+gzip".into(),
            size: blob.len() as u64,
        };
        let info = LayerInfo {
            diff_id: diff_id.clone(),
            size: 5,
            compressed: vec![form],
            aufs_whiteouts: false,
            created: String::new(),
            tar_size: 0,
            packed: true,
        };
        store.commit_packed(pending, &info).unwrap();
        let have = store.layer(&diff_id).unwrap().unwrap();
        assert!(have.packed);
        // read (and checked against its diff ID) straight from the blob
        let mut tar = Vec::new();
        store
            .layer_tar(&have)
            .unwrap()
            .reader
            .read_to_end(&mut tar)
            .unwrap();
        assert_eq!(Digest::sha256_of(&tar), diff_id);
        // unpacked elsewhere: the packed directory is swapped for the unpacked one
        let pending = store.pending_layer(&work).unwrap();
        fs::write(pending.diff_dir().join("hello.txt"), b"hello").unwrap();
        let unpacked = LayerInfo {
            packed: false,
            ..info.clone()
        };
        store.replace_packed(pending, &unpacked, &work).unwrap();
        assert!(!store.layer(&diff_id).unwrap().unwrap().packed);
        assert!(store.layer_diff_dir(&diff_id).join("hello.txt").exists());
        assert!(!store.packed_blob(&diff_id).exists());
        // a reader still holding the packed record finds the layer as it is now
        let err = store.layer_tar(&have).err().map(|e| e.to_string());
        assert!(
            err.is_some_and(|e| e.contains("cannot be exported")),
            "no tar-split: refused"
        );
    }
}
