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
    #[error("volume {name}: {why}")]
    BadOptions { name: String, why: String },
    #[error("{0}")]
    Io(#[from] io::Error),
}

impl VolumeRecord {
    /// What a container mounts: the volume's own directory, or the host directory a
    /// `type=none,o=bind,device=PATH` volume names.
    pub fn source(&self) -> PathBuf {
        match self.options.get("device") {
            Some(d) if binds(&self.options) => PathBuf::from(d),
            _ => self.mountpoint.clone(),
        }
    }
}

/// Whether the local driver's options say "bind a host directory".
fn binds(o: &BTreeMap<String, String>) -> bool {
    o.get("o")
        .is_some_and(|v| v.split(',').any(|x| x == "bind"))
}

/// The local driver's options skiff takes: none, or `type=none,o=bind,device=/PATH` (a
/// host directory that exists). Mounting a device or a network filesystem is refused.
pub fn check_options(o: &BTreeMap<String, String>) -> Result<(), String> {
    if o.is_empty() {
        return Ok(());
    }
    if let Some(k) = o
        .keys()
        .find(|k| !matches!(k.as_str(), "type" | "o" | "device"))
    {
        return Err(format!("unknown option {k:?} (type, o, device)"));
    }
    let device = o.get("device").map(String::as_str).unwrap_or("");
    let kind_ok = matches!(o.get("type").map(String::as_str), None | Some("" | "none"));
    if !kind_ok || !binds(o) {
        return Err(
            "only type=none,o=bind,device=/PATH (a host directory) is supported; mounting a device or network filesystem is not"
                .into(),
        );
    }
    if !device.starts_with('/') || !Path::new(device).is_dir() {
        return Err(format!(
            "device {device:?} is not an existing host directory"
        ));
    }
    Ok(())
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
        self.ensure_with(name, labels, BTreeMap::new(), anonymous)
    }

    /// [`Volumes::ensure`] with the local driver's options (`-o`, compose's
    /// `driver_opts`), checked (see [`check_options`]).
    pub fn ensure_with(
        &self,
        name: &str,
        labels: BTreeMap<String, String>,
        options: BTreeMap<String, String>,
        anonymous: bool,
    ) -> Result<VolumeRecord, VolumeError> {
        check_options(&options).map_err(|why| VolumeError::BadOptions {
            name: name.to_string(),
            why,
        })?;
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
            options,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue16_local_driver_options() {
        let o = |pairs: &[(&str, &str)]| -> BTreeMap<String, String> {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        assert!(check_options(&o(&[])).is_ok());
        assert!(check_options(&o(&[("type", "none"), ("o", "bind"), ("device", "/tmp")])).is_ok());
        assert!(check_options(&o(&[("o", "bind,ro"), ("device", "/tmp")])).is_ok());
        for bad in [
            o(&[("type", "nfs"), ("o", "addr=1.2.3.4"), ("device", ":/x")]),
            o(&[("type", "none"), ("o", "bind"), ("device", "relative")]),
            o(&[("type", "none"), ("o", "bind"), ("device", "/no/such/dir")]),
            o(&[("size", "1g")]),
        ] {
            assert!(check_options(&bad).is_err(), "{bad:?}");
        }
    }
}
