//! Secrets (podman's, file driver): kept in the store, given to containers as files copied
//! into their own directory at create or as variables read at each start.

use std::collections::BTreeMap;
use std::path::Path;

use crate::engine::{Engine, EngineError};
use crate::oci::runtime::Mount;
use crate::secret::{SecretRecord, Secrets};
use crate::state::SecretUse;
use crate::util::time::now_rfc3339;

impl Engine {
    fn secrets(&self) -> Result<Secrets, EngineError> {
        Ok(Secrets::open(self.store()?.root()))
    }

    pub fn create_secret(
        &self,
        name: &str,
        data: &[u8],
        labels: BTreeMap<String, String>,
        replace: bool,
    ) -> Result<SecretRecord, EngineError> {
        Ok(self
            .secrets()?
            .create(name, data, labels, replace, &now_rfc3339())?)
    }

    pub fn list_secrets(&self) -> Result<Vec<SecretRecord>, EngineError> {
        Ok(self.secrets()?.list()?)
    }

    /// A secret's record, and with `show` its bytes.
    pub fn secret(
        &self,
        input: &str,
        show: bool,
    ) -> Result<(SecretRecord, Option<Vec<u8>>), EngineError> {
        let s = self.secrets()?;
        let r = s.get(input)?;
        let data = show.then(|| s.data(&r)).transpose()?;
        Ok((r, data))
    }

    pub fn remove_secret(&self, input: &str) -> Result<SecretRecord, EngineError> {
        let s = self.secrets()?;
        let r = s.get(input)?;
        s.remove(&r)?;
        Ok(r)
    }

    /// `--secret` files for a container being created in `dir`: each secret's bytes
    /// copied into `dir/secrets/` with its owner and mode, bound read-only at its target.
    pub(super) fn secret_mounts(
        &self,
        uses: &[SecretUse],
        dir: &Path,
    ) -> Result<Vec<Mount>, EngineError> {
        let s = self.secrets()?;
        let mut out = Vec::new();
        for (n, u) in uses.iter().enumerate() {
            let r = s.get(&u.name)?;
            if u.env.is_some() {
                continue;
            }
            let data = s.data(&r)?;
            let own = dir.join("secrets");
            crate::util::fs::ensure_dir(&own)?;
            let path = own.join(format!("{n}-{}", r.name));
            crate::util::fs::write_atomic(&path, &data, u.mode)?;
            if crate::sys::is_root() {
                std::os::unix::fs::chown(&path, Some(u.uid), Some(u.gid))?;
            }
            out.push(Mount {
                destination: u.target.clone(),
                kind: "bind".into(),
                source: path,
                options: vec!["rbind".into(), "ro".into()],
                root: None,
            });
        }
        Ok(out)
    }

    /// `--secret …,type=env`: the variables, read now (at each start).
    pub(super) fn secret_env(&self, uses: &[SecretUse]) -> Result<Vec<String>, EngineError> {
        let s = self.secrets()?;
        let mut out = Vec::new();
        for u in uses {
            if let Some(var) = &u.env {
                let data = s.data(&s.get(&u.name)?)?;
                out.push(format!("{var}={}", String::from_utf8_lossy(&data)));
            }
        }
        Ok(out)
    }
}
