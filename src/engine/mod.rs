//! L2: one function per user operation. The only layer that combines subsystems
//! (registry + store today; runtime, network and monitor later). Takes plain option
//! structs, returns values; never prints.

pub mod container;
pub mod error;
pub mod events;
pub mod image;
pub mod info;
pub mod network;
pub mod pod;
pub mod progress;
pub mod prune_filter;
pub mod reset;
pub mod secret;
pub mod unshare;
pub mod usage;
pub mod volume;

/// The container records' types, as the engine hands them out (callers above the engine
/// read them; only the engine writes them).
pub mod records {
    pub use crate::secret::{MAX_SIZE as SECRET_MAX_SIZE, SecretError, SecretRecord};
    pub use crate::state::record::{LogConfig, RestartPolicy};
    pub use crate::state::{
        ContainerConfig, ContainerState, Endpoint, HealthConfig, NetConfig, SecretUse, Status,
    };
}

use std::sync::OnceLock;

pub use error::EngineError;

use crate::config::Context;
use crate::registry::ClientOptions;
use crate::store::Store;

pub struct Engine {
    ctx: Context,
    store: OnceLock<Store>,
    /// The container records, opened on first use (`containers()`).
    containers: OnceLock<crate::state::Containers>,
}

impl Engine {
    pub fn new(ctx: Context) -> Self {
        Engine {
            ctx,
            store: OnceLock::new(),
            containers: OnceLock::new(),
        }
    }

    pub fn context(&self) -> &Context {
        &self.ctx
    }

    /// The store, opened (and created) on first use.
    pub fn store(&self) -> Result<&Store, EngineError> {
        if let Some(s) = self.store.get() {
            return Ok(s);
        }
        let s = Store::open(&self.ctx.root).map_err(|e| EngineError::Store(e.to_string()))?;
        Ok(self.store.get_or_init(|| s))
    }

    /// Registry options filled with this context's credential files unless an
    /// `--authfile` was given.
    pub fn client_options(&self, mut opts: ClientOptions) -> ClientOptions {
        if opts.auth_files.is_empty() {
            opts.auth_files = self.ctx.auth_file_candidates();
        }
        opts
    }
}
