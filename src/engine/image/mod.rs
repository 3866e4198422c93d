//! Image operations: pull, list, tag, remove, prune, history, inspect.

pub mod archive;
pub mod buildcache;
pub mod commit;
pub mod filter;
pub mod history;
pub mod import;
pub mod inspect;
mod layer;
pub mod list;
pub mod lists;
pub mod login;
pub mod output;
pub mod pull;
pub mod push;
pub mod remotecache;
pub mod remove;
pub mod search;
pub mod sources;
pub mod tag;

use crate::engine::{Engine, EngineError};
use crate::oci::{Digest, Reference};
use crate::store::ImageDb;

/// What a user's image argument resolved to.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub id: Digest,
    /// Set when the argument was a name (not an ID).
    pub name: Option<Reference>,
}

impl Engine {
    /// Whether `input` names a local image (podman's `image exists`).
    pub fn image_exists(&self, input: &str) -> Result<bool, EngineError> {
        match self.resolve_image(&self.store()?.images()?, input) {
            Ok(_) => Ok(true),
            Err(EngineError::NoSuchImage(_)) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// A reference as the user wrote it: a short name an alias stands for (registries.conf's
    /// `[aliases]`) becomes that, other short names are for the default registry.
    pub fn parse_reference(&self, input: &str) -> Result<Reference, EngineError> {
        let registries = &self.ctx.registries;
        let expanded = registries.expand_alias(input);
        Ok(Reference::parse(
            expanded.as_deref().unwrap_or(input),
            &registries.default_registry,
        )?)
    }

    /// The registry of `r`, unless registries.conf blocks it.
    pub fn unblocked(&self, r: &Reference) -> Result<(), EngineError> {
        if self.ctx.registries.is_blocked(r.domain()) {
            return Err(EngineError::Invalid(format!(
                "registry {} is blocked in registries.conf",
                r.domain()
            )));
        }
        Ok(())
    }

    /// `input` as docker shows a reference: short for the default registry, `:latest`
    /// added when no tag or digest is given.
    pub fn familiar_reference(&self, input: &str) -> Result<String, EngineError> {
        Ok(self.parse_reference(input)?.with_default_tag().familiar())
    }
}

impl Engine {
    /// Every image's size in bytes, by ID (`ps --size`).
    pub fn image_sizes(&self) -> Result<std::collections::BTreeMap<Digest, u64>, EngineError> {
        Ok(self
            .store()?
            .images()?
            .images
            .iter()
            .map(|(id, r)| (id.clone(), r.size))
            .collect())
    }

    /// The ID of the image `name` (a name, an ID or an ID prefix) in the store.
    pub fn find_image(&self, name: &str) -> Result<Digest, EngineError> {
        let db = self.store()?.images()?;
        Ok(self.resolve_image(&db, name)?.id)
    }

    /// An image's config, as stored.
    pub fn image_config(&self, id: &Digest) -> Result<crate::oci::image::ImageConfig, EngineError> {
        let bytes = self.store()?.read_blob(id)?;
        crate::oci::image::ImageConfig::parse(&bytes)
            .map_err(|x| EngineError::Store(format!("image {id}: {x}")))
    }

    /// Resolves a name (`busybox`, `busybox:1@sha256:…`), a full ID (`sha256:…` or 64 hex)
    /// or a unique ID prefix, in docker's order.
    pub fn resolve_image(&self, db: &ImageDb, input: &str) -> Result<Resolved, EngineError> {
        let hex = input.strip_prefix("sha256:").unwrap_or(input);
        let is_hex = !hex.is_empty() && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        if hex.len() == 64 && is_hex {
            if let Ok(d) = Digest::parse(&format!("sha256:{hex}"))
                && db.images.contains_key(&d)
            {
                return Ok(Resolved { id: d, name: None });
            }
            return Err(EngineError::NoSuchImage(input.to_string()));
        }
        if !input.starts_with("sha256:")
            && let Ok(r) = self.parse_reference(input)
        {
            let r = r.with_default_tag();
            if let Some(id) = db.lookup(&r) {
                return Ok(Resolved {
                    id: id.clone(),
                    name: Some(r),
                });
            }
        }
        if is_hex {
            let matches = db.ids_with_prefix(hex);
            match matches.as_slice() {
                [one] => {
                    return Ok(Resolved {
                        id: (*one).clone(),
                        name: None,
                    });
                }
                [] => {}
                _ => {
                    return Err(EngineError::Invalid(format!(
                        "image ID prefix {input:?} is ambiguous: it matches {} images",
                        matches.len()
                    )));
                }
            }
        }
        // A bad reference is reported as such rather than as "not found".
        if !is_hex && !input.starts_with("sha256:") {
            self.parse_reference(input)?;
        }
        Err(EngineError::NoSuchImage(input.to_string()))
    }
}
