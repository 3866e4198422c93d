//! The image database: one `images.json` holding every image record and every name
//! (`repo:tag` and `repo@digest`) pointing at them. One file, so an image commit or removal
//! is a single atomic rename: readers never see a name without its image or a half-made one.

use std::collections::{BTreeMap, BTreeSet};
use std::io;

use serde::{Deserialize, Serialize};

use super::{Store, StoreLock};
use crate::oci::{Digest, Reference};
use crate::util::fs::{read_json, write_json_atomic};

const DB: &str = "images.json";

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ImageRecord {
    /// The config digest: docker's image ID.
    pub id: Digest,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manifest: Option<ManifestRef>,
    /// Diff IDs, bottom layer first.
    pub layers: Vec<Digest>,
    /// Sum of the layers' sizes.
    pub size: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    pub architecture: String,
    pub os: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub labels: BTreeMap<String, String>,
    /// When the image entered this store.
    pub added: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_tag_time: Option<String>,
    /// A build step's image (hidden by `images` without `-a`; the build cache).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub intermediate: bool,
    /// Every name it has had, the latest first (podman's NamesHistory; `images --history`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names_history: Vec<String>,
    /// The manifest format `push` uses when it has none of its own: `oci` or `docker`
    /// (`commit --format`; unset: docker's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Annotations for the OCI manifest a push makes (`build --annotation`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub annotations: BTreeMap<String, String>,
}

impl ImageRecord {
    /// The record of an image with `config` (its ID `id`), entered at `added`; no manifest,
    /// never tagged, not a build step's.
    pub fn from_config(
        id: Digest,
        config: &crate::oci::image::ImageConfig,
        size: u64,
        added: String,
    ) -> ImageRecord {
        ImageRecord {
            id,
            manifest: None,
            layers: config.rootfs.diff_ids.clone(),
            size,
            created: config.created.clone(),
            architecture: config.architecture.clone(),
            os: config.os.clone(),
            variant: config.variant.clone(),
            labels: config.labels(),
            added,
            last_tag_time: None,
            intermediate: false,
            names_history: Vec::new(),
            format: None,
            annotations: BTreeMap::new(),
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct ManifestRef {
    pub digest: Digest,
    pub media_type: String,
    pub size: u64,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ImageDb {
    #[serde(default)]
    pub images: BTreeMap<Digest, ImageRecord>,
    /// `docker.io/library/busybox:latest` → image ID
    #[serde(default)]
    pub tags: BTreeMap<String, Digest>,
    /// `docker.io/library/busybox@sha256:…` → image ID
    #[serde(default)]
    pub digests: BTreeMap<String, Digest>,
}

impl ImageDb {
    /// The image a name points at; a digest wins over a tag when both are given.
    pub fn lookup(&self, r: &Reference) -> Option<&Digest> {
        if let Some(d) = r.digest() {
            return self.digests.get(&r.with_digest(d.clone()).to_string());
        }
        self.tags.get(&r.to_string())
    }

    pub fn tags_of(&self, id: &Digest) -> Vec<Reference> {
        names_pointing_at(&self.tags, id)
    }

    pub fn digests_of(&self, id: &Digest) -> Vec<Reference> {
        names_pointing_at(&self.digests, id)
    }

    /// An image without tags (docker's "dangling"; digest references do not count).
    pub fn is_dangling(&self, id: &Digest) -> bool {
        !self.tags.values().any(|v| v == id)
    }

    /// Points `r` (a tag or a digest reference) at `id`, taking it from any other image.
    pub fn set_name(&mut self, r: &Reference, id: &Digest) {
        let map = if r.digest().is_some() {
            &mut self.digests
        } else {
            &mut self.tags
        };
        map.insert(r.to_string(), id.clone());
        if r.digest().is_none()
            && let Some(rec) = self.images.get_mut(id)
        {
            let name = r.to_string();
            rec.names_history.retain(|n| *n != name);
            rec.names_history.insert(0, name);
        }
    }

    /// Enters `rec`, keeping what the store knew of an earlier record of the same image
    /// (its names' history, its manifest format).
    pub fn insert_keeping(&mut self, mut rec: ImageRecord) {
        if let Some(old) = self.images.get(&rec.id) {
            if rec.names_history.is_empty() {
                rec.names_history = old.names_history.clone();
            }
            if rec.format.is_none() {
                rec.format = old.format.clone();
            }
        }
        self.images.insert(rec.id.clone(), rec);
    }

    /// Removes a name; returns the image it pointed at.
    pub fn remove_name(&mut self, r: &Reference) -> Option<Digest> {
        match r.digest() {
            Some(d) => self.digests.remove(&r.with_digest(d.clone()).to_string()),
            None => self.tags.remove(&r.to_string()),
        }
    }

    /// Removes an image and every name pointing at it.
    pub fn remove_image(&mut self, id: &Digest) -> Option<ImageRecord> {
        self.tags.retain(|_, v| v != id);
        self.digests.retain(|_, v| v != id);
        self.images.remove(id)
    }

    /// IDs whose hex starts with `prefix`.
    pub fn ids_with_prefix(&self, prefix: &str) -> Vec<&Digest> {
        self.images
            .keys()
            .filter(|id| id.hex().starts_with(prefix))
            .collect()
    }
}

fn names_pointing_at(map: &BTreeMap<String, Digest>, id: &Digest) -> Vec<Reference> {
    map.iter()
        .filter(|(_, v)| *v == id)
        .filter_map(|(k, _)| Reference::parse(k, crate::oci::reference::DOCKER_HUB).ok())
        .collect()
}

impl Store {
    /// The image database as last committed (no lock needed to read).
    pub fn images(&self) -> io::Result<ImageDb> {
        Ok(read_json(&self.root.join(DB))?.unwrap_or_default())
    }

    pub fn save_images(&self, db: &ImageDb, _lock: &StoreLock) -> io::Result<()> {
        write_json_atomic(&self.root.join(DB), db)
    }

    /// Removes layers and blobs no image (and no pull in progress) references.
    /// Returns the bytes of layer content freed.
    pub fn gc(&self, db: &ImageDb, lock: &StoreLock) -> io::Result<u64> {
        let leased = super::work::sweep(&self.root.join("tmp"))?;
        let mut keep_layers: BTreeSet<&Digest> = leased.iter().collect();
        let mut keep_blobs = BTreeSet::new();
        for img in db.images.values() {
            keep_layers.extend(img.layers.iter());
            keep_blobs.insert(&img.id);
            if let Some(m) = &img.manifest {
                keep_blobs.insert(&m.digest);
            }
        }
        let mut freed = 0;
        for layer in self.layer_ids()? {
            if !keep_layers.contains(&layer) {
                freed += self.layer(&layer).ok().flatten().map_or(0, |l| l.size);
                self.remove_layer(&layer, lock)?;
            }
        }
        for blob in self.blob_digests()? {
            if !keep_blobs.contains(&blob) {
                self.remove_blob(&blob)?;
            }
        }
        Ok(freed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(s: &str) -> Reference {
        Reference::parse(s, "docker.io").unwrap().with_default_tag()
    }

    #[test]
    fn names_and_lookup() {
        let mut db = ImageDb::default();
        let id = Digest::sha256_of(b"img");
        let other = Digest::sha256_of(b"other");
        db.set_name(&r("busybox"), &id);
        db.set_name(&r("busybox:1"), &id);
        let pinned = r("busybox").with_digest(Digest::sha256_of(b"m"));
        db.set_name(&pinned, &id);
        assert_eq!(db.lookup(&r("busybox:latest")), Some(&id));
        assert_eq!(db.lookup(&pinned), Some(&id));
        assert_eq!(db.tags_of(&id).len(), 2);
        assert_eq!(db.digests_of(&id).len(), 1);
        db.set_name(&r("busybox:1"), &other);
        assert_eq!(db.tags_of(&id).len(), 1);
        assert!(!db.is_dangling(&id));
        db.remove_name(&r("busybox"));
        assert!(db.is_dangling(&id), "only a digest reference left");
        db.remove_name(&pinned);
        assert!(db.digests_of(&id).is_empty());
        let json = serde_json::to_string(&db).unwrap();
        let back: ImageDb = serde_json::from_str(&json).unwrap();
        assert_eq!(back.tags.len(), 1);
    }
}
