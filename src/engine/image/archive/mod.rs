//! `save` and `load`: images to and from docker archives and OCI layouts (tar or
//! directory), interchangeable with docker, podman and skopeo.

pub mod load;
pub(crate) mod reader;
pub mod save;

pub use crate::oci::archive::ArchiveFormat;

/// Configs and manifests larger than this are refused.
const MAX_DOCUMENT: u64 = 8 << 20;

/// Member path of a blob in an OCI layout.
fn blob_member(d: &crate::oci::Digest) -> String {
    format!("blobs/{}/{}", d.algorithm().name(), d.hex())
}
