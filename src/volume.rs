//! L1: named volumes — plain directories under the store (`volumes/<name>/_data`) with a small
//! record beside them. Never: mounts anything (the runtime does).

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::util::fs::{read_json, write_json_atomic};

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct VolumeRecord {
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "Driver")]
    pub driver: String,
    #[serde(rename = "Mountpoint")]
    pub mountpoint: PathBuf,
    #[serde(rename = "CreatedAt")]
    pub created_at: String,
    #[serde(rename = "Labels", default)]
    pub labels: BTreeMap<String, String>,
    #[serde(rename = "Scope")]
    pub scope: String,
    #[serde(rename = "Options", default)]
    pub options: BTreeMap<String, String>,
    /// Made for an image VOLUME or `-v /path`: removed with `rm -v`.
    #[serde(rename = "Anonymous", default)]
    pub anonymous: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum VolumeError {
    #[error("no such volume: {0}")]
    NotFound(String),
    #[error("invalid volume name {0:?}: only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed")]
    BadName(String),
    #[error("{0}")]
    Io(#[from] io::Error),
}

pub struct Volumes {
    root: PathBuf,
}

impl Volumes {
    pub fn open(store_root: &Path) -> io::Result<Self> {
        let root = store_root.join("volumes");
        fs::create_dir_all(&root)?;
        Ok(Volumes { root })
    }

    fn dir(&self, name: &str) -> PathBuf {
        self.root.join(name)
    }

    /// The volume, created with its `_data` directory when it does not exist yet.
    pub fn ensure(
        &self,
        name: &str,
        labels: BTreeMap<String, String>,
        anonymous: bool,
    ) -> Result<VolumeRecord, VolumeError> {
        if !crate::util::random::valid_name(name) {
            return Err(VolumeError::BadName(name.to_string()));
        }
        if let Some(v) = self.get(name)? {
            return Ok(v);
        }
        let dir = self.dir(name);
        fs::create_dir_all(dir.join("_data"))?;
        let rec = VolumeRecord {
            name: name.to_string(),
            driver: "local".into(),
            mountpoint: dir.join("_data"),
            created_at: crate::util::time::now_rfc3339(),
            labels,
            scope: "local".into(),
            options: BTreeMap::new(),
            anonymous,
        };
        write_json_atomic(&dir.join("volume.json"), &rec)?;
        Ok(rec)
    }

    pub fn get(&self, name: &str) -> Result<Option<VolumeRecord>, VolumeError> {
        if !crate::util::random::valid_name(name) {
            return Ok(None);
        }
        Ok(read_json(&self.dir(name).join("volume.json"))?)
    }

    pub fn list(&self) -> Result<Vec<VolumeRecord>, VolumeError> {
        let mut out = Vec::new();
        for e in fs::read_dir(&self.root)?.flatten() {
            if let Some(name) = e.file_name().to_str()
                && let Some(v) = self.get(name)?
            {
                out.push(v);
            }
        }
        out.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(out)
    }

    pub fn remove(&self, name: &str) -> Result<(), VolumeError> {
        if self.get(name)?.is_none() {
            return Err(VolumeError::NotFound(name.to_string()));
        }
        crate::sys::userns::remove_tree(&self.dir(name))?;
        Ok(())
    }
}
