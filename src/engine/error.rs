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
    #[error("No such container: {0}")]
    NoSuchContainer(String),
    #[error("no pod with name or ID {0} found: no such pod")]
    NoSuchPod(String),
    /// The container could not start: `exit` is docker's code (125, 126, 127).
    #[error("{message}")]
    Start { exit: i32, message: String },
    #[error(transparent)]
    Spec(#[from] crate::spec::SpecError),
    #[error(transparent)]
    Cgroup(#[from] crate::runtime::cgroups::CgroupError),
    #[error(transparent)]
    Volume(#[from] crate::volume::VolumeError),
    #[error(transparent)]
    Secret(#[from] crate::secret::SecretError),
}

impl From<crate::state::StateError> for EngineError {
    fn from(e: crate::state::StateError) -> Self {
        use crate::state::StateError;
        match e {
            StateError::NotFound(x) => EngineError::NoSuchContainer(x),
            StateError::NameInUse { .. } | StateError::Ambiguous(_) => {
                EngineError::Conflict(e.to_string())
            }
            StateError::BadName(_) => EngineError::Invalid(e.to_string()),
            StateError::Io(io) => io.into(),
        }
    }
}

impl EngineError {
    /// Whether trying again may help (the registry could not be reached, or answered
    /// with a server error or "too many requests").
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            EngineError::Registry(RegistryError::Unreachable { .. })
                | EngineError::Registry(RegistryError::Status {
                    status: 429 | 500..=599,
                    ..
                })
        )
    }

    /// The process exit status for this error (docker's: 125 unless the container's command
    /// could not be found or run).
    pub fn exit_code(&self) -> i32 {
        match self {
            EngineError::Start { exit, .. } => *exit,
            _ => 125,
        }
    }
}

impl From<std::io::Error> for EngineError {
    fn from(e: std::io::Error) -> Self {
        if e.raw_os_error() == Some(libc::ENOSPC) {
            return EngineError::Store(format!("no space left on device: {e}"));
        }
        EngineError::Store(e.to_string())
    }
}
