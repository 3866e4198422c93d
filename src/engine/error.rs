//! Errors the CLI branches on (exit codes, wording); everything else is context.

use crate::oci::reference::ReferenceError;
use crate::registry::RegistryError;
use crate::store::unpack::UnpackError;

#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error("No such image: {0}")]
    NoSuchImage(String),
    #[error(transparent)]
    Reference(#[from] ReferenceError),
    #[error(transparent)]
    Registry(#[from] RegistryError),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Unpack(#[from] UnpackError),
    #[error("store: {0}")]
    Store(String),
    #[error("{0}")]
    Other(String),
}

impl From<std::io::Error> for EngineError {
    fn from(e: std::io::Error) -> Self {
        if e.raw_os_error() == Some(libc::ENOSPC) {
            return EngineError::Store(format!("no space left on device: {e}"));
        }
        EngineError::Store(e.to_string())
    }
}
