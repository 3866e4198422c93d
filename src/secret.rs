//! L1: podman's secrets (`secret create|ls|inspect|rm|exists`, `run --secret`) — the
//! file driver: each secret's bytes in `secrets/<id>/data` (mode 0600, the directory
//! 0700) beside a small record, named through the records. Never mounts anything: `run`
//! copies the bytes into the container's own directory.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::util::fs::{read_json, write_atomic, write_json_atomic};

/// The most a secret may hold (podman's limit).
pub const MAX_SIZE: usize = 512 * 1024;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct SecretRecord {
    #[serde(rename = "ID")]
    pub id: String,
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "Driver")]
    pub driver: String,
    #[serde(rename = "CreatedAt")]
    pub created_at: String,
    #[serde(rename = "UpdatedAt")]
    pub updated_at: String,
    #[serde(rename = "Labels", default)]
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("no such secret: {0}")]
    NotFound(String),
    #[error("secret name in use: {0}")]
    NameInUse(String),
    #[error(
        "invalid secret name {0:?}: 1 to 253 characters of [a-zA-Z0-9_.-], not starting with . or -"
    )]
    BadName(String),
    #[error("secret {name}: {size} bytes is more than the {MAX_SIZE} a secret may hold")]
    TooBig { name: String, size: usize },
    #[error("secret {name}: it is empty")]
    Empty { name: String },
    #[error("secret {path}: {source}")]
    Io { path: PathBuf, source: io::Error },
}

/// podman's rule for names.
pub fn valid_name(n: &str) -> bool {
    !n.is_empty()
        && n.len() <= 253
        && !n.starts_with(['.', '-'])
        && n.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c))
}

pub struct Secrets {
    dir: PathBuf,
}

impl Secrets {
    pub fn open(root: &Path) -> Secrets {
        Secrets {
            dir: root.join("secrets"),
        }
    }

    fn io(path: &Path) -> impl FnOnce(io::Error) -> SecretError + '_ {
        move |source| SecretError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    pub fn list(&self) -> Result<Vec<SecretRecord>, SecretError> {
        let entries = match fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(Self::io(&self.dir)(e)),
        };
        let mut out = Vec::new();
        for e in entries.flatten() {
            let path = e.path().join("secret.json");
            if let Some(r) = read_json::<SecretRecord>(&path).map_err(Self::io(&path))? {
                out.push(r);
            }
        }
        out.sort_by(|a, b| a.created_at.cmp(&b.created_at));
        Ok(out)
    }

    /// A secret by name, full ID or unique ID prefix.
    pub fn get(&self, input: &str) -> Result<SecretRecord, SecretError> {
        let all = self.list()?;
        if let Some(r) = all.iter().find(|r| r.name == input || r.id == input) {
            return Ok(r.clone());
        }
        let mut by_prefix = all.into_iter().filter(|r| r.id.starts_with(input));
        match (by_prefix.next(), by_prefix.next()) {
            (Some(r), None) if input.len() >= 3 => Ok(r),
            _ => Err(SecretError::NotFound(input.to_string())),
        }
    }

    /// Stores `data` as secret `name` (`replace`: a secret of that name gives way).
    pub fn create(
        &self,
        name: &str,
        data: &[u8],
        labels: BTreeMap<String, String>,
        replace: bool,
        now: &str,
    ) -> Result<SecretRecord, SecretError> {
        if !valid_name(name) {
            return Err(SecretError::BadName(name.to_string()));
        }
        if data.is_empty() {
            return Err(SecretError::Empty {
                name: name.to_string(),
            });
        }
        if data.len() > MAX_SIZE {
            return Err(SecretError::TooBig {
                name: name.to_string(),
                size: data.len(),
            });
        }
        let old = match self.get(name) {
            Ok(r) if r.name == name => Some(r),
            _ => None,
        };
        if old.is_some() && !replace {
            return Err(SecretError::NameInUse(name.to_string()));
        }
        let id = crate::util::random::hex_id()[..25].to_string();
        let dir = self.dir.join(&id);
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&dir)
            .map_err(Self::io(&dir))?;
        let _ = fs::set_permissions(&self.dir, fs::Permissions::from_mode(0o700));
        let rec = SecretRecord {
            id,
            name: name.to_string(),
            driver: "file".into(),
            created_at: old
                .as_ref()
                .map_or_else(|| now.to_string(), |o| o.created_at.clone()),
            updated_at: now.to_string(),
            labels,
        };
        let written = write_atomic(&dir.join("data"), data, 0o600)
            .and_then(|()| write_json_atomic(&dir.join("secret.json"), &rec));
        if let Err(e) = written {
            let _ = fs::remove_dir_all(&dir);
            return Err(Self::io(&dir)(e));
        }
        if let Some(o) = old {
            let _ = fs::remove_dir_all(self.dir.join(&o.id));
        }
        Ok(rec)
    }

    /// The secret's bytes.
    pub fn data(&self, rec: &SecretRecord) -> Result<Vec<u8>, SecretError> {
        let path = self.dir.join(&rec.id).join("data");
        fs::read(&path).map_err(Self::io(&path))
    }

    pub fn remove(&self, rec: &SecretRecord) -> Result<(), SecretError> {
        let dir = self.dir.join(&rec.id);
        fs::remove_dir_all(&dir).map_err(Self::io(&dir))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue16_secrets_are_kept_private_named_and_replaced() {
        let t = tempfile::tempdir().unwrap();
        let s = Secrets::open(t.path());
        let r = s
            .create("db-pass", b"hunter2", BTreeMap::new(), false, "t1")
            .unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&t.path().join("secrets").join(&r.id)), 0o700);
        assert_eq!(
            mode(&t.path().join("secrets").join(&r.id).join("data")),
            0o600
        );
        assert_eq!(s.data(&s.get("db-pass").unwrap()).unwrap(), b"hunter2");
        assert_eq!(s.get(&r.id[..5]).unwrap().name, "db-pass");
        assert!(matches!(
            s.create("db-pass", b"x", BTreeMap::new(), false, "t2"),
            Err(SecretError::NameInUse(_))
        ));
        let r2 = s
            .create("db-pass", b"new", BTreeMap::new(), true, "t2")
            .unwrap();
        assert_eq!(
            (r2.created_at.as_str(), r2.updated_at.as_str()),
            ("t1", "t2")
        );
        assert_eq!(s.list().unwrap().len(), 1);
        assert_eq!(s.data(&r2).unwrap(), b"new");
        for bad in ["", ".x", "-x", "a/b", "a b"] {
            assert!(matches!(
                s.create(bad, b"x", BTreeMap::new(), false, "t"),
                Err(SecretError::BadName(_))
            ));
        }
        assert!(s.create("e", b"", BTreeMap::new(), false, "t").is_err());
        assert!(
            s.create("big", &vec![0; MAX_SIZE + 1], BTreeMap::new(), false, "t")
                .is_err()
        );
        s.remove(&r2).unwrap();
        assert!(matches!(s.get("db-pass"), Err(SecretError::NotFound(_))));
    }
}
