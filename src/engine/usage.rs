//! `system df`: how much disk the store's images, containers, volumes and build cache take,
//! and how much of it nothing uses (what `system prune` would give back).

use std::collections::{BTreeMap, BTreeSet};

use crate::engine::{Engine, EngineError};
use crate::oci::Digest;
use crate::state::Status;

/// One row of `system df`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Usage {
    pub total: usize,
    pub active: usize,
    pub size: u64,
    pub reclaimable: u64,
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct DiskUsage {
    pub images: Usage,
    pub containers: Usage,
    pub volumes: Usage,
    pub build_cache: Usage,
}

/// Images' usage from each image's layers and whether a container uses it: a layer counts
/// once however many images share it; what only unused images hold is reclaimable.
pub fn image_usage(
    images: &BTreeMap<Digest, Vec<Digest>>,
    layer_size: &dyn Fn(&Digest) -> u64,
    used: &BTreeSet<Digest>,
) -> Usage {
    let all: BTreeSet<&Digest> = images.values().flatten().collect();
    let kept: BTreeSet<&Digest> = images
        .iter()
        .filter(|(id, _)| used.contains(*id))
        .flat_map(|(_, layers)| layers)
        .collect();
    let size = all.iter().map(|d| layer_size(d)).sum();
    let kept_size: u64 = kept.iter().map(|d| layer_size(d)).sum();
    Usage {
        total: images.len(),
        active: images.keys().filter(|id| used.contains(*id)).count(),
        size,
        reclaimable: size.saturating_sub(kept_size),
    }
}

impl Engine {
    pub fn disk_usage(&self) -> Result<DiskUsage, EngineError> {
        let store = self.store()?;
        let db = store.images()?;
        let used: BTreeSet<Digest> = self.image_users()?.into_keys().collect();
        let shown: BTreeMap<Digest, Vec<Digest>> = db
            .images
            .iter()
            .filter(|(_, r)| !r.intermediate)
            .map(|(id, r)| (id.clone(), r.layers.clone()))
            .collect();
        // each layer's record read once, however many images share it
        let sizes: BTreeMap<&Digest, u64> = db
            .images
            .values()
            .flat_map(|r| &r.layers)
            .map(|d| (d, store.layer(d).ok().flatten().map_or(0, |l| l.size)))
            .collect();
        let layer_size = |d: &Digest| sizes.get(d).copied().unwrap_or(0);
        let images = image_usage(&shown, &layer_size, &used);

        let mut containers = Usage::default();
        let c = self.containers()?;
        for id in c.ids()? {
            let (Ok(config), Ok(state)) = (c.config(&id), c.observed_state(&id)) else {
                continue;
            };
            let size = crate::util::fs::tree_size(&config.spec.root.upper);
            containers.total += 1;
            containers.size += size;
            if matches!(
                state.status,
                Status::Running | Status::Paused | Status::Restarting
            ) {
                containers.active += 1;
            } else {
                containers.reclaimable += size;
            }
        }

        let mut volumes = Usage::default();
        let users: BTreeSet<String> = self.volume_users()?.into_iter().map(|(v, _)| v).collect();
        for v in self.list_volumes()? {
            let size = crate::util::fs::tree_size(&v.mountpoint);
            volumes.total += 1;
            volumes.size += size;
            if users.contains(&v.name) {
                volumes.active += 1;
            } else {
                volumes.reclaimable += size;
            }
        }

        let mut build_cache = Usage::default();
        let cache = store.root().join("build-cache");
        if let Ok(entries) = std::fs::read_dir(&cache) {
            build_cache.total = entries
                .filter_map(Result::ok)
                .filter(|e| e.path().is_file())
                .count();
        }
        let shown_layers: BTreeSet<&Digest> = shown.values().flatten().collect();
        for (id, r) in db.images.iter().filter(|(_, r)| r.intermediate) {
            build_cache.total += 1;
            if !used.contains(id) {
                let own: u64 = r
                    .layers
                    .iter()
                    .filter(|l| !shown_layers.contains(l))
                    .map(&layer_size)
                    .sum();
                build_cache.size += own;
            }
        }
        build_cache.size += crate::util::fs::tree_size(&cache);
        build_cache.reclaimable = build_cache.size;
        Ok(DiskUsage {
            images,
            containers,
            volumes,
            build_cache,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue16_shared_layers_count_once_and_used_ones_are_kept() {
        let d = |b: &[u8]| Digest::sha256_of(b);
        let (base, app, tool) = (d(b"base"), d(b"app"), d(b"tool"));
        let (img_app, img_tool) = (d(b"i1"), d(b"i2"));
        let images = BTreeMap::from([
            (img_app.clone(), vec![base.clone(), app.clone()]),
            (img_tool.clone(), vec![base.clone(), tool.clone()]),
        ]);
        let sizes = BTreeMap::from([(base, 100u64), (app, 10), (tool, 5)]);
        let size = |x: &Digest| sizes.get(x).copied().unwrap_or(0);
        let u = image_usage(&images, &size, &BTreeSet::from([img_app]));
        assert_eq!(
            u,
            Usage {
                total: 2,
                active: 1,
                size: 115,
                reclaimable: 5
            }
        );
        let none = image_usage(&images, &size, &BTreeSet::new());
        assert_eq!((none.active, none.reclaimable), (0, 115));
    }
}
