//! L1: containers as plain files under the store.
//!
//! ```text
//! containers/<id>/config.json   what the container is (immutable but for rename)
//! containers/<id>/state.json    what it is doing: status, pid + start time + boot id, exit
//! containers/<id>/lock          held while a command changes the container
//! containers/<id>/{upper,work,merged}/, hosts, hostname, resolv.conf
//! names/<name>                  the container that owns a name (created O_EXCL)
//! autoremove/<id>               `--rm` containers, swept once they are no longer running
//! ```
//! Owns: container records, names, liveness. Never: starts processes or reads images.

pub mod pods;
pub mod record;

use std::fs;
use std::io;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

pub use record::{
    ContainerConfig, ContainerState, Endpoint, Health, HealthConfig, HealthLog, NetConfig,
    SecretUse, Status, Watcher,
};

use crate::util::fs::{read_json, write_atomic, write_json_atomic};
use crate::util::lock::FileLock;

#[derive(Debug, thiserror::Error)]
pub enum StateError {
    #[error("No such container: {0}")]
    NotFound(String),
    #[error(
        "the container name {name:?} is already in use by container {id:?}; remove (or rename) that container to reuse the name"
    )]
    NameInUse { name: String, id: String },
    #[error("invalid container name {0:?}: only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed")]
    BadName(String),
    #[error("container ID prefix {0:?} is ambiguous")]
    Ambiguous(String),
    #[error("{0}")]
    Io(#[from] io::Error),
}

#[derive(Debug, Clone)]
pub struct Containers {
    root: PathBuf,
}

/// Proof that a container's lock is held.
#[derive(Debug)]
pub struct ContainerLock(#[allow(dead_code)] FileLock);

/// A name being claimed: locked until the container that claims it exists.
#[derive(Debug)]
pub struct NameGuard(#[allow(dead_code)] FileLock);

pub use crate::util::random::valid_name;

impl Containers {
    pub fn open(store_root: &Path) -> io::Result<Self> {
        for d in ["containers", "names", "autoremove"] {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(store_root.join(d))?;
        }
        Ok(Containers {
            root: store_root.to_path_buf(),
        })
    }

    pub fn dir(&self, id: &str) -> PathBuf {
        self.root.join("containers").join(id)
    }

    pub fn lock(&self, id: &str) -> Result<ContainerLock, StateError> {
        let dir = self.dir(id);
        if !dir.exists() {
            return Err(StateError::NotFound(id.to_string()));
        }
        Ok(ContainerLock(FileLock::exclusive(&dir.join("lock"))?))
    }

    /// The container's lock when nobody else holds it.
    pub fn try_lock(&self, id: &str) -> Result<Option<ContainerLock>, StateError> {
        let dir = self.dir(id);
        if !dir.exists() {
            return Err(StateError::NotFound(id.to_string()));
        }
        Ok(FileLock::try_exclusive(&dir.join("lock"))?.map(ContainerLock))
    }

    /// Claims `name` for `id`; fails if another container has it (also when racing). The
    /// returned guard keeps the name file locked until the container is fully created, so a
    /// concurrent claim can tell "being created" from "left by a killed process".
    pub fn reserve_name(&self, name: &str, id: &str) -> Result<NameGuard, StateError> {
        if !valid_name(name) {
            return Err(StateError::BadName(name.to_string()));
        }
        let names = self.root.join("names");
        let path = names.join(name);
        // Lock the file before it gets its name: the claim is never visible unlocked.
        let tmp = names.join(crate::util::fs::unique_name(".tmp-"));
        let lock = FileLock::exclusive(&tmp)?;
        fs::write(&tmp, id)?;
        let result = (|| {
            for _ in 0..3 {
                match fs::hard_link(&tmp, &path) {
                    Ok(()) => return Ok(()),
                    Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                        let owner = fs::read_to_string(&path).unwrap_or_default();
                        let held = FileLock::try_exclusive(&path)?;
                        match held {
                            Some(_stale) if !self.dir(&owner).join("config.json").exists() => {
                                // Its creator died before finishing: the name is free.
                                fs::remove_file(&path)?;
                            }
                            _ => {
                                return Err(StateError::NameInUse {
                                    name: name.to_string(),
                                    id: owner,
                                });
                            }
                        }
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            Err(StateError::NameInUse {
                name: name.to_string(),
                id: String::new(),
            })
        })();
        let _ = fs::remove_file(&tmp);
        result.map(|()| NameGuard(lock))
    }

    pub fn release_name(&self, name: &str, id: &str) {
        let path = self.root.join("names").join(name);
        if fs::read_to_string(&path).ok().as_deref() == Some(id) {
            let _ = fs::remove_file(path);
        }
    }

    /// The container a name points at.
    pub fn by_name(&self, name: &str) -> Option<String> {
        if !valid_name(name) {
            return None;
        }
        fs::read_to_string(self.root.join("names").join(name))
            .ok()
            .filter(|id| self.dir(id).join("config.json").exists())
    }

    /// Every container ID.
    pub fn ids(&self) -> io::Result<Vec<String>> {
        let mut out = Vec::new();
        for e in fs::read_dir(self.root.join("containers"))?.flatten() {
            if let Some(n) = e.file_name().to_str()
                && n.len() == 64
                && n.bytes().all(|b| b.is_ascii_hexdigit())
            {
                out.push(n.to_string());
            }
        }
        Ok(out)
    }

    /// Full ID from a name, a full ID or a unique ID prefix (docker's order).
    pub fn resolve(&self, input: &str) -> Result<String, StateError> {
        if input.len() == 64 && self.dir(input).join("config.json").exists() {
            return Ok(input.to_string());
        }
        if let Some(id) = self.by_name(input.trim_start_matches('/')) {
            return Ok(id);
        }
        if !input.is_empty() && input.bytes().all(|b| b.is_ascii_hexdigit()) {
            let m: Vec<String> = self
                .ids()?
                .into_iter()
                .filter(|id| id.starts_with(input))
                .collect();
            match m.len() {
                1 => return Ok(m.into_iter().next().unwrap_or_default()),
                0 => {}
                _ => return Err(StateError::Ambiguous(input.to_string())),
            }
        }
        Err(StateError::NotFound(input.to_string()))
    }

    pub fn config(&self, id: &str) -> Result<ContainerConfig, StateError> {
        read_json(&self.dir(id).join("config.json"))?
            .ok_or_else(|| StateError::NotFound(id.to_string()))
    }

    /// Writes the config; `durable` fsyncs it (not needed for `--rm` containers).
    pub fn save_config(&self, c: &ContainerConfig, durable: bool) -> io::Result<()> {
        let path = self.dir(&c.id).join("config.json");
        if durable {
            write_json_atomic(&path, c)
        } else {
            write_quick(&path, c)
        }
    }

    /// The recorded state, as written (see `reconcile` for what is true now).
    pub fn state(&self, id: &str) -> Result<ContainerState, StateError> {
        Ok(read_json(&self.dir(id).join("state.json"))?.unwrap_or_default())
    }

    /// The state that is true now (`ContainerState::reconciled`). A death nobody recorded
    /// is recorded by the first to see it, so that its end time and exit code stay as they
    /// were first seen; when someone holds the lock (changing the state anyway) it is only
    /// shown.
    pub fn observed_state(&self, id: &str) -> Result<ContainerState, StateError> {
        let raw = self.state(id)?;
        let before = raw.status;
        let now = raw.reconciled();
        if now.status == before {
            return Ok(now);
        }
        if let Ok(Some(lock)) = self.try_lock(id) {
            let fresh = self.state(id)?;
            let before = fresh.status;
            let again = fresh.reconciled();
            if again.status != before
                && let Err(e) = self.save_state(id, &again, &lock)
            {
                log::debug!("recording the end of {id}: {e}");
            }
            return Ok(again);
        }
        Ok(now)
    }

    /// Replaces the state atomically. Not fsynced: after a crash the boot id tells anyway.
    pub fn save_state(
        &self,
        id: &str,
        s: &ContainerState,
        _lock: &ContainerLock,
    ) -> io::Result<()> {
        write_quick(&self.dir(id).join("state.json"), s)
    }

    pub fn mark_autoremove(&self, id: &str) -> io::Result<()> {
        fs::write(self.root.join("autoremove").join(id), b"")
    }

    /// `--rm` containers that may need removing.
    pub fn autoremove_ids(&self) -> Vec<String> {
        fs::read_dir(self.root.join("autoremove"))
            .map(|rd| {
                rd.flatten()
                    .filter_map(|e| e.file_name().to_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Deletes a container's records and files. The directory is renamed aside first
    /// (`containers/.trash-<id>`) so a crash half-way never leaves something that looks like
    /// a container; `sweep_trash` finishes such leftovers.
    pub fn delete(&self, c: &ContainerConfig, _lock: &ContainerLock) -> io::Result<()> {
        let aside = self
            .root
            .join("containers")
            .join(format!(".trash-{}", c.id));
        fs::rename(self.dir(&c.id), &aside)?;
        let _ = fs::remove_file(self.root.join("autoremove").join(&c.id));
        self.release_name(&c.name, &c.id);
        remove_all(&aside)
    }

    /// Finishes deletions a killed process left half-done.
    pub fn sweep_trash(&self) {
        let Ok(rd) = fs::read_dir(self.root.join("containers")) else {
            return;
        };
        for e in rd.flatten() {
            if e.file_name().to_string_lossy().starts_with(".trash-") {
                let _ = remove_all(&e.path());
            }
        }
    }
}

/// rm -rf that copes with read-only directories and overlay whiteouts.
fn remove_all(p: &Path) -> io::Result<()> {
    match fs::remove_dir_all(p) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
            make_writable(p);
            crate::sys::userns::remove_tree(p)
        }
        Err(e) => Err(e),
    }
}

fn make_writable(p: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(m) = fs::symlink_metadata(p)
        && m.is_dir()
    {
        let _ = fs::set_permissions(p, fs::Permissions::from_mode(0o700));
        if let Ok(rd) = fs::read_dir(p) {
            for e in rd.flatten() {
                make_writable(&e.path());
            }
        }
    }
}

fn write_quick<T: serde::Serialize>(path: &Path, v: &T) -> io::Result<()> {
    let data = serde_json::to_vec(v).map_err(io::Error::other)?;
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    fs::write(&tmp, &data)?;
    fs::rename(&tmp, path).inspect_err(|_| {
        let _ = fs::remove_file(&tmp);
    })
}

/// Atomically writes a small file the container sees (hosts, hostname, resolv.conf).
pub fn write_file(path: &Path, data: &[u8], durable: bool) -> io::Result<()> {
    if durable {
        write_atomic(path, data, 0o644)
    } else {
        let tmp = path.with_extension("tmp");
        fs::write(&tmp, data)?;
        fs::rename(&tmp, path)
    }
}

#[cfg(test)]
mod tests;
