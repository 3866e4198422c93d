//! Unpacked layers: `layers/<diff-id hex>/{diff/, layer.json}`, each an overlay lowerdir
//! shared by every image that has that layer. A layer is keyed by its diff ID (the digest
//! of its uncompressed tar): its unpacked content depends on nothing else.

use std::fs;
use std::io;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{Store, StoreLock, work::WorkDir};
use crate::oci::Digest;
use crate::util::fs::{read_json, write_json_atomic};

const INFO: &str = "layer.json";

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
            Ok(()) => fs::remove_dir_all(&aside),
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
