//! `rmi` and `image prune`, with docker's untag-versus-delete rules: removing a name
//! deletes the image only when no tag is left; removing by ID deletes the image and all
//! its names, but only with `-f` when they span several repositories. An image a container
//! was created from is never deleted (its layers are the container's rootfs): without `-f`
//! that is an error, with `-f` its names go and the image stays, dangling, as in docker.

use std::collections::{BTreeMap, BTreeSet};

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
    /// `no_prune`: a deleted image's untagged parents (the build steps it was made from)
    /// stay; otherwise those no other image or container needs go with it, as docker's.
    pub fn remove_images(
        &self,
        inputs: &[String],
        force: bool,
        no_prune: bool,
    ) -> Result<RemoveReport, EngineError> {
        let store = self.store()?;
        let lock = store.lock()?;
        let mut db = store.images()?;
        let users = self.image_users()?;
        let mut report = RemoveReport::default();
        for input in inputs {
            let layers = self
                .resolve_image(&db, input)
                .ok()
                .and_then(|r| db.images.get(&r.id).map(|r| r.layers.clone()))
                .unwrap_or_default();
            match self.remove_one(&mut db, input, force, &users) {
                Ok(mut ev) => {
                    let deleted = ev.iter().any(|e| matches!(e, RemoveEvent::Deleted(_)));
                    if deleted && !no_prune {
                        ev.extend(prune_parents(&mut db, &layers, &users));
                    }
                    report.events.append(&mut ev)
                }
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
        users: &BTreeMap<Digest, Vec<(String, bool)>>,
    ) -> Result<Vec<RemoveEvent>, EngineError> {
        let resolved = self.resolve_image(db, input)?;
        let id = resolved.id;
        let mut events = Vec::new();
        let in_use = users.get(&id).and_then(|u| u.first());
        if let Some(name) = resolved.name {
            let last_tag = db.tags_of(&id).len() <= 1;
            if last_tag
                && !force
                && let Some((user, running)) = in_use
            {
                return Err(in_use_error(&name.familiar(), user, *running, false));
            }
            db.remove_name(&name);
            events.push(RemoveEvent::Untagged(name.familiar()));
            if !db.tags_of(&id).is_empty() || in_use.is_some() {
                return Ok(events);
            }
        } else {
            if let Some((user, running)) = in_use {
                if !force || *running {
                    return Err(in_use_error(id.short(), user, *running, true));
                }
                // -f: every name goes, the image stays for its container.
                for t in db.tags_of(&id).into_iter().chain(db.digests_of(&id)) {
                    db.remove_name(&t);
                    events.push(RemoveEvent::Untagged(t.familiar()));
                }
                return Ok(events);
            }
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

    /// Removes dangling images (`all`: every image) that no container uses.
    pub fn prune_images(
        &self,
        all: bool,
        filter: &crate::engine::prune_filter::PruneFilter,
    ) -> Result<RemoveReport, EngineError> {
        let store = self.store()?;
        let lock = store.lock()?;
        let mut db = store.images()?;
        let users = self.image_users()?;
        // a manifest list's images are its, not dangling
        let listed = self.listed_images()?;
        let doomed: Vec<Digest> = db
            .images
            .keys()
            .filter(|id| (all || db.is_dangling(id)) && !users.contains_key(*id))
            .filter(|id| !listed.contains(id))
            .filter(|id| {
                db.images
                    .get(*id)
                    .is_some_and(|r| filter.admits(r.created.as_deref(), &r.labels))
            })
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

/// The build-step images (untagged, intermediate, unused) whose layers begin the image
/// just deleted and begin no image that stays: deleted, as docker deletes a removed
/// image's untagged parents.
fn prune_parents(
    db: &mut ImageDb,
    gone: &[Digest],
    users: &BTreeMap<Digest, Vec<(String, bool)>>,
) -> Vec<RemoveEvent> {
    let is_parent = |r: &crate::store::ImageRecord| {
        r.intermediate
            && !users.contains_key(&r.id)
            && r.layers.len() <= gone.len()
            && gone.starts_with(&r.layers)
            && db.tags_of(&r.id).is_empty()
            && db.digests_of(&r.id).is_empty()
    };
    let parents: Vec<Digest> = db
        .images
        .values()
        .filter(|r| is_parent(r))
        .map(|r| r.id.clone())
        .collect();
    let needed = |p: &Digest| {
        let Some(pl) = db.images.get(p).map(|r| &r.layers) else {
            return false;
        };
        db.images
            .values()
            .any(|o| !parents.contains(&o.id) && o.layers.starts_with(pl))
    };
    let doomed: Vec<Digest> = parents.iter().filter(|p| !needed(p)).cloned().collect();
    let mut events = Vec::new();
    for id in doomed {
        db.remove_image(&id);
        events.push(RemoveEvent::Deleted(id));
    }
    events
}

impl Engine {
    /// `builder prune`: the build cache's entries and cache mounts, and the build steps'
    /// images no container uses; their layers go unless an image still has them.
    pub fn prune_build_cache(&self) -> Result<u64, EngineError> {
        let store = self.store()?;
        let cache = store.root().join("build-cache");
        let mut freed = 0;
        if cache.is_dir() {
            freed += crate::util::fs::tree_size(&cache);
            std::fs::remove_dir_all(&cache)?;
        }
        let lock = store.lock()?;
        let mut db = store.images()?;
        let users = self.image_users()?;
        let doomed: Vec<Digest> = db
            .images
            .values()
            .filter(|r| r.intermediate && !users.contains_key(&r.id))
            .map(|r| r.id.clone())
            .collect();
        for id in doomed {
            db.remove_image(&id);
        }
        store.save_images(&db, &lock)?;
        freed += store.gc(&db, &lock)?;
        Ok(freed)
    }

    /// Every image's full ID (what `rmi -a` removes).
    pub fn image_ids(&self) -> Result<Vec<String>, EngineError> {
        let db = self.store()?.images()?;
        Ok(db.images.keys().map(|d| d.to_string()).collect())
    }

    /// For each image some container was created from: (container name, running) pairs.
    pub fn image_users(&self) -> Result<BTreeMap<Digest, Vec<(String, bool)>>, EngineError> {
        let containers = self.containers()?;
        let mut out: BTreeMap<Digest, Vec<(String, bool)>> = BTreeMap::new();
        for id in containers.ids()? {
            let Ok(c) = containers.config(&id) else {
                continue;
            };
            let running = containers.state(&id).is_ok_and(|s| {
                matches!(
                    s.reconciled().status,
                    crate::state::Status::Running | crate::state::Status::Paused
                )
            });
            out.entry(c.image_id.clone())
                .or_default()
                .push((id[..12].to_string(), running));
        }
        Ok(out)
    }
}

fn in_use_error(what: &str, container: &str, running: bool, forceable: bool) -> EngineError {
    let (must, state) = match (running, forceable) {
        (true, _) => ("cannot be forced", "running"),
        (false, true) => ("must be forced", "stopped"),
        (false, false) => ("must force", "stopped"),
    };
    EngineError::Conflict(if forceable {
        format!(
            "conflict: unable to delete {what} ({must}) - image is being used by {state} container {container}"
        )
    } else {
        format!(
            "conflict: unable to remove repository reference \"{what}\" ({must}) - container {container} is using its referenced image"
        )
    })
}
