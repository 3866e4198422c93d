//! Pods as plain files beside the containers:
//!
//! ```text
//! pods/<id>.json   what the pod is: name, shared namespaces, its infra container, cgroup
//! pods/lock        held while a pod is created, changed or removed (names are checked
//!                  under it: a store has a handful of pods, not thousands)
//! ```
//! A pod's state is not recorded: it is that of its containers. Owns: pod records only.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::util::fs::{read_json, write_json_atomic};
use crate::util::lock::FileLock;

#[derive(Debug, thiserror::Error)]
pub enum PodError {
    #[error("no pod with name or ID {0} found: no such pod")]
    NotFound(String),
    #[error(
        "the pod name {name:?} is already in use by pod {id:?}; remove that pod to reuse the name"
    )]
    NameInUse { name: String, id: String },
    #[error("invalid pod name {0:?}: only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed")]
    BadName(String),
    #[error("pod ID prefix {0:?} is ambiguous")]
    Ambiguous(String),
    #[error("pod record {path}: {error}")]
    Io { path: PathBuf, error: io::Error },
}

/// What a pod is.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct PodRecord {
    pub id: String,
    pub name: String,
    pub created: String,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// The namespaces its containers share with the infra container: `net`, `ipc`, `uts`,
    /// `pid` (podman's `--share`; `cgroup` is always the pod's own cgroup).
    #[serde(default)]
    pub share: Vec<String>,
    /// The container that holds the shared namespaces (`--infra=false`: none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infra: Option<String>,
    /// The pod's cgroup as a path from the hierarchy's root (for `inspect`; empty: none).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cgroup_parent: String,
    /// Its directories, one per hierarchy: its containers' cgroups go beneath them, and
    /// they go with the pod.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cgroup_dirs: Vec<PathBuf>,
    /// `--exit-policy`: `continue` (default) or `stop` (the infra container stops once the
    /// last other container has exited).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub exit_policy: String,
    /// `--cpus`, `--memory` and the like, applied to the pod's cgroup (for `inspect`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub limits: BTreeMap<String, String>,
    /// The infra container has volumes (`pod create -v`, `--volumes-from`) every container
    /// of the pod gets.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub volumes: bool,
    /// The hostname its containers share (with `uts` shared).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub hostname: String,
    /// The command line that created it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub create_command: Vec<String>,
}

impl PodRecord {
    pub fn shares(&self, ns: &str) -> bool {
        self.infra.is_some() && self.share.iter().any(|s| s == ns)
    }
}

#[derive(Debug, Clone)]
pub struct Pods {
    dir: PathBuf,
}

/// Proof that the pods' lock is held.
#[derive(Debug)]
pub struct PodsLock(#[allow(dead_code)] FileLock);

impl Pods {
    pub fn open(store_root: &Path) -> Result<Self, PodError> {
        let dir = store_root.join("pods");
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)
            .map_err(|error| PodError::Io {
                path: dir.clone(),
                error,
            })?;
        Ok(Pods { dir })
    }

    fn io(&self, path: &Path) -> impl FnOnce(io::Error) -> PodError {
        let path = path.to_path_buf();
        move |error| PodError::Io { path, error }
    }

    pub fn lock(&self) -> Result<PodsLock, PodError> {
        let p = self.dir.join("lock");
        FileLock::exclusive(&p).map(PodsLock).map_err(self.io(&p))
    }

    fn path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.json"))
    }

    /// Every pod, oldest first.
    pub fn list(&self) -> Result<Vec<PodRecord>, PodError> {
        let rd = fs::read_dir(&self.dir).map_err(self.io(&self.dir))?;
        let mut out = Vec::new();
        for e in rd.flatten() {
            let name = e.file_name();
            let Some(id) = name.to_str().and_then(|n| n.strip_suffix(".json")) else {
                continue;
            };
            if id.len() != 64 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
                continue;
            }
            let path = e.path();
            if let Some(p) = read_json::<PodRecord>(&path).map_err(self.io(&path))? {
                out.push(p);
            }
        }
        out.sort_by(|a, b| a.created.cmp(&b.created).then(a.id.cmp(&b.id)));
        Ok(out)
    }

    /// A pod by name, full ID or unique ID prefix.
    pub fn get(&self, input: &str) -> Result<PodRecord, PodError> {
        let all = self.list()?;
        if let Some(p) = all.iter().find(|p| p.name == input || p.id == input) {
            return Ok(p.clone());
        }
        if !input.is_empty() && input.bytes().all(|b| b.is_ascii_hexdigit()) {
            let mut m = all.into_iter().filter(|p| p.id.starts_with(input));
            match (m.next(), m.next()) {
                (Some(p), None) => return Ok(p),
                (Some(_), Some(_)) => return Err(PodError::Ambiguous(input.to_string())),
                _ => {}
            }
        }
        Err(PodError::NotFound(input.to_string()))
    }

    /// Whether `name` is valid and no pod has it (the lock held until the pod is inserted
    /// keeps it so).
    pub fn check_free(&self, name: &str, _lock: &PodsLock) -> Result<(), PodError> {
        if !crate::util::random::valid_name(name) {
            return Err(PodError::BadName(name.to_string()));
        }
        if let Some(other) = self.list()?.into_iter().find(|o| o.name == name) {
            return Err(PodError::NameInUse {
                name: name.to_string(),
                id: other.id,
            });
        }
        Ok(())
    }

    /// Records a new pod; its name must be valid and free.
    pub fn insert(&self, p: &PodRecord, lock: &PodsLock) -> Result<(), PodError> {
        self.check_free(&p.name, lock)?;
        self.save(p, lock)
    }

    /// Rewrites a pod's record (temp file, fsync, rename).
    pub fn save(&self, p: &PodRecord, _lock: &PodsLock) -> Result<(), PodError> {
        let path = self.path(&p.id);
        write_json_atomic(&path, p).map_err(self.io(&path))
    }

    pub fn delete(&self, id: &str, _lock: &PodsLock) -> Result<(), PodError> {
        let path = self.path(id);
        match fs::remove_file(&path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(self.io(&path)(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pod(id: char, name: &str, created: &str) -> PodRecord {
        PodRecord {
            id: id.to_string().repeat(64),
            name: name.into(),
            created: created.into(),
            ..Default::default()
        }
    }

    #[test]
    fn names_are_unique_and_lookups_resolve_prefixes() {
        let dir = tempfile::tempdir().unwrap();
        let pods = Pods::open(dir.path()).unwrap();
        let lock = pods.lock().unwrap();
        pods.insert(&pod('a', "web", "2026-01-02"), &lock).unwrap();
        pods.insert(&pod('b', "db", "2026-01-01"), &lock).unwrap();
        let err = pods.insert(&pod('c', "web", "2026-01-03"), &lock);
        assert!(matches!(err, Err(PodError::NameInUse { .. })));
        assert!(matches!(
            pods.insert(&pod('d', "-bad", "x"), &lock),
            Err(PodError::BadName(_))
        ));
        let names: Vec<_> = pods.list().unwrap().into_iter().map(|p| p.name).collect();
        assert_eq!(names, ["db", "web"]);
        assert_eq!(pods.get("aaaa").unwrap().name, "web");
        assert_eq!(pods.get("db").unwrap().id, "b".repeat(64));
        assert!(matches!(pods.get("c"), Err(PodError::NotFound(_))));
        pods.delete(&"a".repeat(64), &lock).unwrap();
        assert!(matches!(pods.get("web"), Err(PodError::NotFound(_))));
    }

    #[test]
    fn sharing_needs_an_infra_container() {
        let mut p = pod('a', "p", "t");
        p.share = vec!["net".into(), "ipc".into()];
        assert!(!p.shares("net"));
        p.infra = Some("f".repeat(64));
        assert!(p.shares("net") && p.shares("ipc") && !p.shares("pid"));
    }
}
