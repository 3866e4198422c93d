//! Manifest lists (`manifest create|add|annotate|remove|inspect|push|rm|exists`, `build
//! --platform A,B`, `push --all`): a named list of local images, each with the platform
//! and annotations its entry in the index gets. An image named by a registry reference
//! that is not in the store is pulled first (every platform of it with `--all`), so a
//! push always has the blobs it needs. A push sends each image by digest, then the index
//! (OCI, or Docker's manifest list when every instance is a Docker manifest).

use std::collections::BTreeMap;

use crate::engine::progress::{PullProgress, PushProgress};
use crate::engine::{Engine, EngineError};
use crate::oci::manifest::{
    DOCKER_LIST, DOCKER_MANIFEST, Descriptor, ImageIndex, Manifest, OCI_INDEX,
};
use crate::oci::{Digest, Platform};
use crate::registry::{Client, ClientOptions};
use crate::store::lists::{ListEntry, ManifestList};

/// What `manifest add`/`annotate` set on an entry (unset: the image's own platform).
#[derive(Clone, Debug, Default)]
pub struct EntryOptions {
    pub os: Option<String>,
    pub arch: Option<String>,
    pub variant: Option<String>,
    pub os_version: Option<String>,
    pub os_features: Vec<String>,
    pub annotations: BTreeMap<String, String>,
    /// `--all`: every platform of a remote list, not just this machine's.
    pub all: bool,
}

impl EntryOptions {
    fn apply(&self, p: &mut Platform, annotations: &mut BTreeMap<String, String>) {
        if let Some(v) = &self.os {
            p.os = v.clone();
        }
        if let Some(v) = &self.arch {
            p.architecture = v.clone();
        }
        if let Some(v) = &self.variant {
            p.variant = Some(v.clone()).filter(|v| !v.is_empty());
        }
        if let Some(v) = &self.os_version {
            p.os_version = Some(v.clone());
        }
        if !self.os_features.is_empty() {
            p.os_features = Some(self.os_features.clone());
        }
        annotations.extend(self.annotations.clone());
    }
}

impl Engine {
    /// A list's name as stored: the full reference, with the default tag.
    fn list_name(&self, name: &str) -> Result<String, EngineError> {
        Ok(self.parse_reference(name)?.with_default_tag().to_string())
    }

    /// The list `name`, if the store has one.
    pub fn manifest_list(&self, name: &str) -> Result<Option<ManifestList>, EngineError> {
        let key = self.list_name(name)?;
        Ok(self.store()?.lists()?.remove(&key))
    }

    fn update_lists<T>(
        &self,
        f: impl FnOnce(&mut crate::store::lists::Lists) -> Result<T, EngineError>,
    ) -> Result<T, EngineError> {
        let store = self.store()?;
        let lock = store.lock()?;
        let mut lists = store.lists()?;
        let out = f(&mut lists)?;
        store.save_lists(&lists, &lock)?;
        Ok(out)
    }

    /// `manifest create NAME [IMAGE…]` (`amend`: an existing list is kept and added to).
    pub fn manifest_create(
        &self,
        name: &str,
        images: &[String],
        amend: bool,
        o: &EntryOptions,
        client: &ClientOptions,
        progress: &dyn PullProgress,
    ) -> Result<String, EngineError> {
        let key = self.list_name(name)?;
        self.update_lists(|lists| match lists.get(&key) {
            Some(_) if !amend => Err(EngineError::Conflict(format!(
                "a manifest list named {key} exists already (use --amend to add to it)"
            ))),
            Some(_) => Ok(()),
            None => {
                lists.insert(
                    key.clone(),
                    ManifestList {
                        name: key.clone(),
                        ..Default::default()
                    },
                );
                Ok(())
            }
        })?;
        for i in images {
            self.manifest_add(&key, i, o, client, progress)?;
        }
        Ok(key)
    }

    /// Replaces list `name` with these images (a multi-platform build's result).
    pub fn manifest_set(&self, name: &str, images: &[Digest]) -> Result<String, EngineError> {
        let key = self.list_name(name)?;
        let mut entries = Vec::new();
        for id in images {
            entries.push(ListEntry {
                image: id.clone(),
                platform: self.image_config(id)?.platform(),
                annotations: BTreeMap::new(),
            });
        }
        self.update_lists(|lists| {
            lists.insert(
                key.clone(),
                ManifestList {
                    name: key.clone(),
                    entries,
                    annotations: BTreeMap::new(),
                },
            );
            Ok(())
        })?;
        Ok(key)
    }

    /// `manifest add LIST IMAGE`: the image's IDs added (a remote list with `--all`: one
    /// per platform).
    pub fn manifest_add(
        &self,
        name: &str,
        image: &str,
        o: &EntryOptions,
        client: &ClientOptions,
        progress: &dyn PullProgress,
    ) -> Result<Vec<Digest>, EngineError> {
        let key = self.list_name(name)?;
        if self.manifest_list(&key)?.is_none() {
            return Err(EngineError::Invalid(format!(
                "no manifest list named {key}"
            )));
        }
        let image = image.strip_prefix("docker://").unwrap_or(image);
        let ids = match self.find_image(image) {
            Ok(id) if !o.all => vec![id],
            _ => self.pull_for_list(image, o.all, client, progress)?,
        };
        let mut entries = Vec::new();
        for id in &ids {
            let mut platform = self.image_config(id)?.platform();
            let mut annotations = BTreeMap::new();
            o.apply(&mut platform, &mut annotations);
            entries.push(ListEntry {
                image: id.clone(),
                platform,
                annotations,
            });
        }
        self.update_lists(|lists| {
            let list = lists
                .get_mut(&key)
                .ok_or_else(|| EngineError::Invalid(format!("no manifest list named {key}")))?;
            for e in entries {
                list.entries.retain(|x| x.image != e.image);
                list.entries.push(e);
            }
            Ok(())
        })?;
        Ok(ids)
    }

    /// A registry image for a list: this machine's platform of it, or (`all`) every
    /// platform its index lists.
    fn pull_for_list(
        &self,
        image: &str,
        all: bool,
        client: &ClientOptions,
        progress: &dyn PullProgress,
    ) -> Result<Vec<Digest>, EngineError> {
        let pull = |platform: Option<Platform>| {
            self.pull(
                &super::pull::PullOptions {
                    lazy: true,
                    reference: image.to_string(),
                    platform,
                    client: client.clone(),
                },
                progress,
            )
            .map(|p| p.image_id)
        };
        if !all {
            return Ok(vec![pull(None)?]);
        }
        let platforms = match self.remote_manifest(image, client)? {
            (_, Manifest::Index(ix)) => ix
                .manifests
                .iter()
                .filter_map(|d| d.platform.clone())
                .filter(|p| p.architecture != "unknown")
                .collect(),
            (_, Manifest::Image(_)) => Vec::new(),
        };
        if platforms.is_empty() {
            return Ok(vec![pull(None)?]);
        }
        platforms.into_iter().map(|p| pull(Some(p))).collect()
    }

    /// The platforms a registry image is available for: its index's, or (a single image)
    /// the one its config names (it is pulled to read it).
    pub fn image_platforms(
        &self,
        image: &str,
        client: &ClientOptions,
    ) -> Result<Vec<Platform>, EngineError> {
        match self.remote_manifest(image, client)? {
            (_, Manifest::Index(ix)) => Ok(ix
                .manifests
                .iter()
                .filter_map(|d| d.platform.clone())
                .filter(|p| p.architecture != "unknown")
                .collect()),
            (_, Manifest::Image(_)) => {
                let id = self
                    .pull(
                        &super::pull::PullOptions {
                            lazy: true,
                            reference: image.to_string(),
                            platform: None,
                            client: client.clone(),
                        },
                        &crate::engine::progress::NoProgress,
                    )?
                    .image_id;
                Ok(vec![self.image_config(&id)?.platform()])
            }
        }
    }

    /// The manifest a registry serves for `image`: its bytes and what they are.
    fn remote_manifest(
        &self,
        image: &str,
        client: &ClientOptions,
    ) -> Result<(Vec<u8>, Manifest), EngineError> {
        let reference = self.parse_reference(image)?.with_default_tag();
        let c = Client::new(
            self.context().registries.clone(),
            self.client_options(client.clone()),
        );
        let fetched = c
            .repo(&reference)
            .manifest(&reference.registry_reference())?;
        let m = Manifest::parse(&fetched.bytes, fetched.content_type.as_deref())
            .map_err(|e| EngineError::Other(format!("{reference}: {e}")))?;
        Ok((fetched.bytes, m))
    }

    /// `manifest annotate LIST IMAGE|DIGEST`: changes that entry.
    pub fn manifest_annotate(
        &self,
        name: &str,
        image: &str,
        o: &EntryOptions,
        index_annotations: &BTreeMap<String, String>,
    ) -> Result<(), EngineError> {
        let key = self.list_name(name)?;
        let id = self.list_entry_id(&key, image)?;
        self.update_lists(|lists| {
            let list = lists
                .get_mut(&key)
                .ok_or_else(|| EngineError::Invalid(format!("no manifest list named {key}")))?;
            list.annotations.extend(index_annotations.clone());
            if let Some(e) = id
                .as_ref()
                .and_then(|id| list.entries.iter_mut().find(|e| &e.image == id))
            {
                o.apply(&mut e.platform, &mut e.annotations);
            }
            Ok(())
        })
    }

    /// `manifest remove LIST IMAGE|DIGEST`: the entry goes.
    pub fn manifest_remove_entry(&self, name: &str, image: &str) -> Result<(), EngineError> {
        let key = self.list_name(name)?;
        let Some(id) = self.list_entry_id(&key, image)? else {
            return Err(EngineError::Invalid(format!(
                "manifest list {key} has no entry {image}"
            )));
        };
        self.update_lists(|lists| {
            if let Some(l) = lists.get_mut(&key) {
                l.entries.retain(|e| e.image != id);
            }
            Ok(())
        })
    }

    /// The image ID of the entry `image` names (an image name or ID, or an ID or manifest
    /// digest the list shows); `None` for an empty `image` (the index itself).
    fn list_entry_id(&self, key: &str, image: &str) -> Result<Option<Digest>, EngineError> {
        let list = self
            .manifest_list(key)?
            .ok_or_else(|| EngineError::Invalid(format!("no manifest list named {key}")))?;
        if image.is_empty() {
            return Ok(None);
        }
        let db = self.store()?.images()?;
        let by_manifest = |e: &&ListEntry| {
            db.images
                .get(&e.image)
                .and_then(|r| r.manifest.as_ref())
                .is_some_and(|m| m.digest.to_string() == image)
        };
        if let Some(e) = list.entries.iter().find(by_manifest) {
            return Ok(Some(e.image.clone()));
        }
        let id = self.resolve_image(&db, image)?.id;
        if !list.entries.iter().any(|e| e.image == id) {
            return Err(EngineError::Invalid(format!(
                "manifest list {key} has no entry {image}"
            )));
        }
        Ok(Some(id))
    }

    /// `manifest rm LIST…`: the lists go (their images stay).
    pub fn manifest_rm(&self, name: &str) -> Result<(), EngineError> {
        let key = self.list_name(name)?;
        self.update_lists(|lists| match lists.remove(&key) {
            Some(_) => Ok(()),
            None => Err(EngineError::Invalid(format!(
                "no manifest list named {key}"
            ))),
        })
    }

    /// The image IDs every list holds (kept by `image prune`).
    pub fn listed_images(&self) -> Result<Vec<Digest>, EngineError> {
        Ok(self
            .store()?
            .lists()?
            .values()
            .flat_map(|l| l.entries.iter().map(|e| e.image.clone()))
            .collect())
    }

    /// `manifest inspect NAME`: a local list as the index a push would make (its
    /// entries' digests where known), else what the registry serves for NAME.
    pub fn manifest_inspect(
        &self,
        name: &str,
        client: &ClientOptions,
    ) -> Result<serde_json::Value, EngineError> {
        if let Some(list) = self.manifest_list(name)? {
            let db = self.store()?.images()?;
            let manifests: Vec<serde_json::Value> = list
                .entries
                .iter()
                .map(|e| {
                    let m = db.images.get(&e.image).and_then(|r| r.manifest.clone());
                    let mut v = serde_json::json!({
                        "mediaType": m.as_ref().map(|m| m.media_type.clone()).unwrap_or_default(),
                        "digest": m.as_ref().map(|m| m.digest.to_string()).unwrap_or_default(),
                        "size": m.as_ref().map(|m| m.size).unwrap_or(0),
                        "platform": e.platform,
                        "image": e.image.to_string(),
                    });
                    if !e.annotations.is_empty() {
                        v["annotations"] = serde_json::json!(e.annotations);
                    }
                    v
                })
                .collect();
            let mut v = serde_json::json!({
                "schemaVersion": 2,
                "mediaType": OCI_INDEX,
                "manifests": manifests,
            });
            if !list.annotations.is_empty() {
                v["annotations"] = serde_json::json!(list.annotations);
            }
            return Ok(v);
        }
        let (bytes, _) = self.remote_manifest(name, client)?;
        serde_json::from_slice(&bytes)
            .map_err(|e| EngineError::Other(format!("{name}: the registry's manifest: {e}")))
    }

    /// `manifest push LIST [DEST]`: every image by digest, then the index at DEST's tag.
    pub fn manifest_push(
        &self,
        name: &str,
        dest: Option<&str>,
        o: &super::push::PushOptions,
        progress: &dyn PushProgress,
    ) -> Result<super::push::PushResult, EngineError> {
        let list = self
            .manifest_list(name)?
            .ok_or_else(|| EngineError::Invalid(format!("no manifest list named {name}")))?;
        if list.entries.is_empty() {
            return Err(EngineError::Invalid(format!(
                "manifest list {} is empty: add images with manifest add",
                list.name
            )));
        }
        let dest = self
            .parse_reference(dest.unwrap_or(&list.name))?
            .with_default_tag();
        let Some(tag) = dest.tag().filter(|_| dest.digest().is_none()) else {
            return Err(EngineError::Invalid(format!(
                "{dest}: push to a tag, not a digest"
            )));
        };
        let tag = tag.to_string();
        let mut descriptors = Vec::new();
        for e in &list.entries {
            let pushed = self.push(
                &super::push::PushOptions {
                    source: e.image.to_string(),
                    destination: Some(dest.name()),
                    by_digest: true,
                    ..o.clone()
                },
                progress,
            )?;
            let mut d = Descriptor::new(&pushed.media_type, pushed.digest, pushed.size);
            d.platform = Some(e.platform.clone());
            d.annotations = Some(e.annotations.clone()).filter(|a| !a.is_empty());
            descriptors.push(d);
        }
        let docker = descriptors.iter().all(|d| d.media_type == DOCKER_MANIFEST)
            && list.annotations.is_empty();
        let media_type = if docker { DOCKER_LIST } else { OCI_INDEX };
        let index = ImageIndex {
            schema_version: 2,
            media_type: Some(media_type.to_string()),
            manifests: descriptors,
            annotations: Some(list.annotations.clone()).filter(|a| !a.is_empty()),
        };
        let bytes = serde_json::to_vec(&index).map_err(|e| EngineError::Other(e.to_string()))?;
        let c = Client::new(
            self.context().registries.clone(),
            self.client_options(o.client.clone()),
        );
        c.repo(&dest).put_manifest(&tag, media_type, &bytes)?;
        Ok(super::push::PushResult {
            reference: dest,
            digest: Digest::sha256_of(&bytes),
            media_type: media_type.to_string(),
            size: bytes.len() as u64,
        })
    }
}
