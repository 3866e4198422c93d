//! Volumes through the engine: made (with labels), looked up, listed, removed — never one
//! a container still uses unless forced — and pruned. Callers above the engine (the CLI,
//! compose) use these, not the store's handle.

use std::collections::BTreeMap;

use crate::engine::{Engine, EngineError};
use crate::volume::VolumeRecord;

impl Engine {
    /// Volume `name` (made if it does not exist) with `labels` on a new one.
    pub fn create_volume(
        &self,
        name: &str,
        labels: BTreeMap<String, String>,
        options: BTreeMap<String, String>,
    ) -> Result<VolumeRecord, EngineError> {
        Ok(self.volumes()?.ensure_with(name, labels, options, false)?)
    }

    /// Volume `name`, `None` when there is none.
    pub fn volume(&self, name: &str) -> Result<Option<VolumeRecord>, EngineError> {
        Ok(self.volumes()?.get(name)?)
    }

    /// Makes directory `sub` inside volume `name` when it is missing (a Kubernetes
    /// `subPath` of a claim); `sub` resolves inside the volume, symlinks included.
    pub fn make_volume_subdir(&self, name: &str, sub: &str) -> Result<(), EngineError> {
        let v = self
            .volume(name)?
            .ok_or_else(|| EngineError::Invalid(format!("no such volume: {name}")))?;
        let root = crate::sys::rooted::RootDir::open(&v.source())?;
        root.open_dir(std::path::Path::new(sub), true)
            .map(drop)
            .map_err(|e| EngineError::Invalid(format!("volume {name}: {sub}: {e}")))
    }

    pub fn list_volumes(&self) -> Result<Vec<VolumeRecord>, EngineError> {
        Ok(self.volumes()?.list()?)
    }

    /// Removes volume `name`; one a container uses only with `force`.
    pub fn remove_volume(&self, name: &str, force: bool) -> Result<(), EngineError> {
        if !force && let Some((_, c)) = self.volume_users()?.into_iter().find(|(v, _)| v == name) {
            return Err(EngineError::Conflict(format!(
                "remove {name}: volume is in use by container {c}"
            )));
        }
        Ok(self.volumes()?.remove(name)?)
    }

    /// Removes the volumes no container uses (`all`: named ones too, else only anonymous
    /// ones); their names.
    pub fn prune_volumes(
        &self,
        all: bool,
        filter: &crate::engine::prune_filter::PruneFilter,
    ) -> Result<Vec<String>, EngineError> {
        let used = self.volume_users()?;
        let vols = self.volumes()?;
        let mut removed = Vec::new();
        for v in vols.list()? {
            if (all || v.anonymous)
                && filter.admits(Some(&v.created_at), &v.labels)
                && !used.iter().any(|(n, _)| *n == v.name)
            {
                vols.remove(&v.name)?;
                removed.push(v.name);
            }
        }
        Ok(removed)
    }

    /// (volume, container name) for every volume a container uses.
    pub fn volume_users(&self) -> Result<Vec<(String, String)>, EngineError> {
        let containers = self.containers()?;
        let mut out = Vec::new();
        for id in containers.ids()? {
            if let Ok(c) = containers.config(&id) {
                for m in c.mounts.iter().filter(|m| m.kind == "volume") {
                    out.push((m.name.clone(), c.name.clone()));
                }
            }
        }
        Ok(out)
    }

    /// Every container's ID.
    pub fn container_ids(&self) -> Result<Vec<String>, EngineError> {
        Ok(self.containers()?.ids()?)
    }

    /// A container's full ID from its name, ID or unique ID prefix.
    pub fn container_id(&self, input: &str) -> Result<String, EngineError> {
        Ok(self.containers()?.resolve(input)?)
    }
}
