//! `rmi` and `image prune`, with docker's untag-versus-delete rules: removing a name
//! deletes the image only when no tag is left; removing by ID deletes the image and all
//! its names, but only with `-f` when they span several repositories.

use std::collections::BTreeSet;

use crate::engine::{Engine, EngineError};
use crate::oci::Digest;
use crate::store::ImageDb;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RemoveEvent {
    /// A name removed (`busybox:latest`, `busybox@sha256:…`).
    Untagged(String),
    /// An image deleted.
    Deleted(Digest),
}

#[derive(Debug, Default)]
pub struct RemoveReport {
    pub events: Vec<RemoveEvent>,
    /// Per argument that failed: the error.
    pub errors: Vec<EngineError>,
    /// Bytes of layer content freed.
    pub reclaimed: u64,
}

impl Engine {
    /// Removes each image argument, carrying on past failures (each is reported).
    pub fn remove_images(
        &self,
        inputs: &[String],
        force: bool,
    ) -> Result<RemoveReport, EngineError> {
        let store = self.store()?;
        let lock = store.lock()?;
        let mut db = store.images()?;
        let mut report = RemoveReport::default();
        for input in inputs {
            match self.remove_one(&mut db, input, force) {
                Ok(mut ev) => report.events.append(&mut ev),
                Err(e) => report.errors.push(e),
            }
        }
        if !report.events.is_empty() {
            store.save_images(&db, &lock)?;
            report.reclaimed = store.gc(&db, &lock)?;
        }
        Ok(report)
    }

    fn remove_one(
        &self,
        db: &mut ImageDb,
        input: &str,
        force: bool,
    ) -> Result<Vec<RemoveEvent>, EngineError> {
        let resolved = self.resolve_image(db, input)?;
        let id = resolved.id;
        let mut events = Vec::new();
        if let Some(name) = resolved.name {
            db.remove_name(&name);
            events.push(RemoveEvent::Untagged(name.familiar()));
            if !db.tags_of(&id).is_empty() {
                return Ok(events);
            }
        } else {
            let repos: BTreeSet<String> =
                db.tags_of(&id).iter().map(|t| t.familiar_name()).collect();
            if repos.len() > 1 && !force {
                return Err(EngineError::Conflict(format!(
                    "conflict: unable to delete {} (must be forced) - image is referenced in multiple repositories",
                    id.short()
                )));
            }
            for t in db.tags_of(&id) {
                events.push(RemoveEvent::Untagged(t.familiar()));
            }
        }
        for d in db.digests_of(&id) {
            events.push(RemoveEvent::Untagged(d.familiar()));
        }
        db.remove_image(&id);
        events.push(RemoveEvent::Deleted(id));
        Ok(events)
    }

    /// Removes dangling images (`all`: every image; no container uses any yet).
    pub fn prune_images(&self, all: bool) -> Result<RemoveReport, EngineError> {
        let store = self.store()?;
        let lock = store.lock()?;
        let mut db = store.images()?;
        let doomed: Vec<Digest> = db
            .images
            .keys()
            .filter(|id| all || db.is_dangling(id))
            .cloned()
            .collect();
        let mut report = RemoveReport::default();
        for id in doomed {
            for name in db.tags_of(&id).into_iter().chain(db.digests_of(&id)) {
                report.events.push(RemoveEvent::Untagged(name.familiar()));
            }
            db.remove_image(&id);
            report.events.push(RemoveEvent::Deleted(id));
        }
        store.save_images(&db, &lock)?;
        report.reclaimed = store.gc(&db, &lock)?;
        Ok(report)
    }
}
