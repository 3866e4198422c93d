//! L1: the image store — plain files under the root, content addressed, crash safe.
//!
//! ```text
//! blobs/sha256/<hex>          manifests and configs as fetched
//! layers/<diff-id>/diff/      an unpacked layer (overlay lowerdir), layer.json beside it
//! layers/<diff-id>/packed     a layer kept as its compressed blob until first needed
//! images.json                 every image record and name, replaced atomically
//! tmp/<work dir>/             in-progress work, flock-held by its process
//! store.lock                  serialises writers (readers never lock)
//! ```
//! Owns: the on-disk layout and its consistency. Never: talks to registries or decides
//! what a user meant by a name (that is `engine`).

pub mod blobs;
pub mod compress;
pub mod images;
pub mod layered;
pub mod layers;
pub mod lists;
pub mod pack;
pub mod tarsplit;
pub mod treetar;
pub mod unpack;
pub mod work;

use std::io;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

pub use images::{ImageDb, ImageRecord, ManifestRef};
pub use layers::{CompressedForm, LayerInfo, PendingLayer};
pub use work::WorkDir;

use crate::util::lock::FileLock;

#[derive(Debug)]
pub struct Store {
    root: PathBuf,
}

/// Proof that the store's writer lock is held.
#[derive(Debug)]
pub struct StoreLock(#[allow(dead_code)] FileLock);

impl Store {
    /// Opens (creating on first use) the store at `root`.
    pub fn open(root: &Path) -> io::Result<Self> {
        let mk = |p: &Path, mode: u32| {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(mode)
                .create(p)
                .map_err(|e| io::Error::new(e.kind(), format!("creating {}: {e}", p.display())))
        };
        mk(root, 0o711)?;
        for sub in ["blobs/sha256", "layers", "tmp"] {
            mk(&root.join(sub), 0o700)?;
        }
        Ok(Store {
            root: root.to_path_buf(),
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Takes the writer lock. Hold it only for a short critical section.
    pub fn lock(&self) -> io::Result<StoreLock> {
        FileLock::exclusive(&self.root.join("store.lock")).map(StoreLock)
    }

    /// A fresh work dir under `tmp/`, removed when dropped.
    pub fn work_dir(&self) -> io::Result<WorkDir> {
        WorkDir::create(&self.root.join("tmp"))
    }

    /// Removes what killed processes left behind.
    pub fn sweep(&self) -> io::Result<()> {
        work::sweep(&self.root.join("tmp")).map(drop)
    }

    /// Flushes everything written to the store's filesystem.
    pub fn sync(&self) -> io::Result<()> {
        crate::sys::syncfs(&self.root)
    }
}
