//! The build cache through the engine: which layer a build step made (by the step's key),
//! the directories of `RUN --mount=type=cache` caches, the layers' directories a build
//! reads, and work directories — so `build` never holds the store's handle.

use std::path::PathBuf;

use crate::engine::{Engine, EngineError};
use crate::oci::Digest;
use crate::store::work::WorkDir;

/// What the build cache records for a step that made no layer (a WORKDIR the base has):
/// knowing it spares a cached build from looking at (and unpacking) the base's files.
pub fn no_layer() -> Digest {
    Digest::sha256_of(b"skiff build cache: this step made no layer")
}

impl Engine {
    /// The build cache's directory (made when missing).
    fn build_cache_dir(&self) -> Result<PathBuf, EngineError> {
        let dir = self.store()?.root().join("build-cache");
        std::fs::create_dir_all(&dir)?;
        Ok(dir)
    }

    /// The layer the step with `key` made, while the store still has it (or `no_layer()`:
    /// the step made none, a WORKDIR that was there already).
    pub fn build_cache_get(&self, key: &str) -> Option<Digest> {
        let text = std::fs::read_to_string(self.build_cache_dir().ok()?.join(key)).ok()?;
        let d = Digest::parse(text.trim()).ok()?;
        if d == no_layer() {
            return Some(d);
        }
        self.store().ok()?.layer(&d).ok().flatten().map(|_| d)
    }

    /// The image a build with `key` saved before, when the store still has it.
    pub fn build_cache_image(&self, key: &str) -> Option<Digest> {
        let text = std::fs::read_to_string(self.build_cache_dir().ok()?.join(key)).ok()?;
        let d = Digest::parse(text.trim()).ok()?;
        self.store()
            .ok()?
            .images()
            .ok()?
            .images
            .contains_key(&d)
            .then_some(d)
    }

    /// Remembers that the step with `key` made `layer`, or the build with `key` the image
    /// `layer` (best effort: a cache miss later only costs the step again).
    pub fn build_cache_put(&self, key: &str, layer: &Digest) {
        if let Ok(dir) = self.build_cache_dir() {
            let _ = crate::state::write_file(&dir.join(key), layer.to_string().as_bytes(), false);
        }
    }

    /// Remembers the config of the image a build with `key` made elsewhere (a
    /// `--cache-from` brought it), byte for byte.
    pub fn build_cache_put_config(&self, key: &str, config: &[u8]) {
        if let Ok(dir) = self.build_cache_dir().map(|d| d.join("configs")) {
            let _ = std::fs::create_dir_all(&dir);
            let _ = crate::state::write_file(&dir.join(key), config, false);
        }
    }

    /// The image a build with `key` made elsewhere, entered now when its layers are
    /// `layers` (this build's): the same config bytes, so the same ID as there.
    pub fn build_cache_adopt(&self, key: &str, layers: &[Digest]) -> Option<Digest> {
        let bytes = std::fs::read(self.build_cache_dir().ok()?.join("configs").join(key)).ok()?;
        let config = crate::oci::image::ImageConfig::parse(&bytes).ok()?;
        if config.rootfs.diff_ids != layers {
            return None;
        }
        let id = self.save_image_bytes(&bytes, &config).ok()?;
        self.build_cache_put(key, &id);
        Some(id)
    }

    /// Where the `RUN --mount=type=cache` cache `name` lives (its parent made).
    pub fn build_cache_mount(&self, name: &str) -> Result<PathBuf, EngineError> {
        let dir = self.build_cache_dir()?.join("mounts");
        std::fs::create_dir_all(&dir)?;
        Ok(dir.join(name))
    }

    /// A work directory in the store, removed when dropped.
    pub fn work_dir(&self) -> Result<WorkDir, EngineError> {
        Ok(self.store()?.work_dir()?)
    }

    /// The directories of the layers with `diff_ids`, in order.
    /// (Packed layers are unpacked first.)
    pub fn layer_dirs(&self, diff_ids: &[Digest]) -> Result<Vec<PathBuf>, EngineError> {
        let store = self.store()?;
        self.unpacked_layers(diff_ids)?;
        Ok(diff_ids.iter().map(|d| store.layer_diff_dir(d)).collect())
    }
}
