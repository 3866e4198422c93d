//! Work directories: where a process builds things before committing them (layers being
//! unpacked, trees being deleted). Each holds a flock for as long as its process lives, so
//! a later invocation can tell abandoned ones (a `kill -9`) from busy ones and sweep them.
//! A work dir may carry a lease: the layers its process is about to reference, which GC
//! must keep.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::oci::Digest;
use crate::util::fs::{unique_name, write_json_atomic};
use crate::util::lock::FileLock;

const LOCK: &str = "lock";
const LEASE: &str = "lease.json";
/// A work dir without a lock file is only swept when older than this (it may be brand new).
const UNLOCKED_GRACE: Duration = Duration::from_secs(60);

#[derive(Debug)]
pub struct WorkDir {
    path: PathBuf,
    _lock: FileLock,
}

impl WorkDir {
    pub(super) fn create(parent: &Path) -> io::Result<Self> {
        let path = parent.join(unique_name("w-"));
        fs::create_dir(&path)?;
        // The lock file appears under its name only once it is held: a sweep in another
        // process that found it unheld in between would take the new dir for abandoned.
        // (A dir without a lock file is left alone while it is young.)
        let fresh = path.join("lock.new");
        let lock = FileLock::exclusive(&fresh)?;
        fs::rename(&fresh, path.join(LOCK))?;
        Ok(WorkDir { path, _lock: lock })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Records the layers this process will reference, so GC keeps them meanwhile.
    pub fn set_lease(&self, layers: &[Digest]) -> io::Result<()> {
        write_json_atomic(&self.path.join(LEASE), &layers)
    }
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        if let Err(e) = crate::sys::userns::remove_tree(&self.path) {
            log::debug!("removing work dir {}: {e}", self.path.display());
        }
    }
}

/// Removes abandoned work dirs under `parent`; returns the leases of the live ones.
pub(super) fn sweep(parent: &Path) -> io::Result<Vec<Digest>> {
    let mut leased = Vec::new();
    let entries = match fs::read_dir(parent) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(leased),
        Err(e) => return Err(e),
    };
    for entry in entries.flatten() {
        let dir = entry.path();
        let lock_path = dir.join(LOCK);
        let abandoned = if lock_path.exists() {
            match FileLock::try_exclusive(&lock_path) {
                Ok(Some(_held)) => true,
                Ok(None) => false,
                Err(_) => false,
            }
        } else {
            let age = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| SystemTime::now().duration_since(t).ok())
                .unwrap_or_default();
            age > UNLOCKED_GRACE
        };
        if abandoned {
            log::debug!("sweeping abandoned work dir {}", dir.display());
            if let Err(e) = crate::sys::userns::remove_tree(&dir) {
                log::warn!("cannot remove abandoned {}: {e}", dir.display());
            }
        } else if let Ok(Some(l)) = crate::util::fs::read_json::<Vec<Digest>>(&dir.join(LEASE)) {
            leased.extend(l);
        }
    }
    Ok(leased)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_dirs_survive_and_abandoned_ones_go() {
        let parent = tempfile::tempdir().unwrap();
        let live = WorkDir::create(parent.path()).unwrap();
        let d = Digest::sha256_of(b"x");
        live.set_lease(std::slice::from_ref(&d)).unwrap();
        // an abandoned dir: lock file present but nobody holds it
        let dead = parent.path().join("w-dead");
        fs::create_dir(&dead).unwrap();
        fs::write(dead.join(LOCK), b"").unwrap();
        // one being made by another process: its lock file not yet under its name
        let young = parent.path().join("w-young");
        fs::create_dir(&young).unwrap();
        fs::write(young.join("lock.new"), b"").unwrap();
        let leased = sweep(parent.path()).unwrap();
        assert_eq!(leased, vec![d]);
        assert!(live.path().exists());
        assert!(young.exists());
        assert!(!dead.exists());
        // a live dir's lock file has its name and is held
        assert!(live.path().join(LOCK).exists());
        assert!(!live.path().join("lock.new").exists());
        assert!(
            FileLock::try_exclusive(&live.path().join(LOCK))
                .unwrap()
                .is_none()
        );
        let p = live.path().to_path_buf();
        drop(live);
        assert!(!p.exists());
    }
}
