//! L0: the OCI and Docker image formats: references, digests, platforms, manifests and
//! image configs. Pure data and parsing; no I/O.

pub mod archive;
pub mod digest;
pub mod image;
pub mod manifest;
pub mod platform;
pub mod ports;
pub mod reference;
pub mod runtime;
pub mod seccomp;

pub use digest::Digest;
pub use platform::Platform;
pub use reference::Reference;
