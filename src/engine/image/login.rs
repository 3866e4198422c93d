//! `login` / `logout`: credentials checked against the registry before they are stored, in
//! an auth file of podman's format (skiff's own unless `--authfile`).

use std::path::PathBuf;

use crate::engine::{Engine, EngineError};
use crate::oci::Reference;
use crate::registry::credentials::{self, Credentials};
use crate::registry::{Client, ClientOptions, RegistryError};

impl Engine {
    fn auth_file_for(&self, opts: &ClientOptions) -> PathBuf {
        opts.auth_files
            .first()
            .cloned()
            .unwrap_or_else(|| self.context().auth_file.clone())
    }

    /// A registry as the user wrote it (`https://host:5000/`), as a host (default: the
    /// default registry).
    fn registry_host(&self, registry: Option<&str>) -> String {
        match registry {
            Some(r) => r
                .trim_start_matches("https://")
                .trim_start_matches("http://")
                .trim_end_matches('/')
                .to_string(),
            None => self.context().registries.default_registry.clone(),
        }
    }

    /// The user name stored for `registry` (default: the default registry), from the auth
    /// files a pull would read (`login --get-login`).
    pub fn login_name(
        &self,
        registry: Option<&str>,
        opts: &ClientOptions,
    ) -> Result<Option<String>, EngineError> {
        let registry = self.registry_host(registry);
        let mut files = opts.auth_files.clone();
        if files.is_empty() {
            files = self.context().auth_file_candidates();
        }
        credentials::lookup(&files, &registry, "")
            .map(|c| c.map(|c| c.username))
            .map_err(|e| EngineError::Other(e.to_string()))
    }

    /// Checks `creds` at `registry` (default: the default registry) and stores them; the
    /// file written.
    pub fn login(
        &self,
        registry: Option<&str>,
        creds: Credentials,
        opts: &ClientOptions,
    ) -> Result<(String, PathBuf), EngineError> {
        let default = &self.context().registries.default_registry;
        let registry = self.registry_host(registry);
        let probe = Reference::parse(&format!("{registry}/library/login-check"), default)
            .map_err(|e| EngineError::Invalid(format!("invalid registry {registry:?}: {e}")))?;
        let client = Client::new(
            self.context().registries.clone(),
            ClientOptions {
                credentials: Some(creds.clone()),
                auth_files: Vec::new(),
                ..opts.clone()
            },
        );
        match client.repo(&probe).check_access() {
            Ok(()) => {}
            Err(RegistryError::Unauthorized { .. })
            | Err(RegistryError::Status {
                status: 401 | 403, ..
            }) => {
                return Err(EngineError::Invalid(format!(
                    "logging in to {registry}: incorrect username or password"
                )));
            }
            Err(e) => return Err(EngineError::Other(format!("logging in to {registry}: {e}"))),
        }
        let file = self.auth_file_for(opts);
        credentials::store(&file, probe.domain(), &creds)
            .map_err(|e| EngineError::Other(e.to_string()))?;
        Ok((registry, file))
    }

    /// Forgets the credentials of `registry` (`None`: all); whether there were any.
    pub fn logout(
        &self,
        registry: Option<&str>,
        opts: &ClientOptions,
    ) -> Result<bool, EngineError> {
        let file = self.auth_file_for(opts);
        let key = registry.map(|r| {
            let r = self.registry_host(Some(r));
            Reference::parse(
                &format!("{r}/x"),
                &self.context().registries.default_registry,
            )
            .map(|x| x.domain().to_string())
            .unwrap_or_else(|_| r.to_string())
        });
        credentials::remove(&file, key.as_deref()).map_err(|e| EngineError::Other(e.to_string()))
    }
}
