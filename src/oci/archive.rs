//! Image archive formats: `docker save`'s tar (`manifest.json` + `repositories`) and the
//! OCI image layout (`oci-layout`, `index.json`, `blobs/`), as data.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// `manifest.json` of a docker archive: one entry per image.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DockerArchiveEntry {
    /// Path of the config inside the archive.
    pub config: String,
    #[serde(default)]
    pub repo_tags: Option<Vec<String>>,
    /// Paths of the layer tars, bottom first.
    pub layers: Vec<String>,
}

/// `repositories` of a docker archive: repository → tag → top layer ID.
pub type DockerRepositories = BTreeMap<String, BTreeMap<String, String>>;

/// `oci-layout`'s content.
pub const OCI_LAYOUT: &str = r#"{"imageLayoutVersion":"1.0.0"}"#;
/// The OCI annotation naming a manifest in an image layout.
pub const REF_NAME: &str = "org.opencontainers.image.ref.name";
/// containerd's (and docker 25's) annotation with the full image name.
pub const CONTAINERD_NAME: &str = "io.containerd.image.name";
/// Media type of an uncompressed OCI layer.
pub const OCI_LAYER_TAR: &str = "application/vnd.oci.image.layer.v1.tar";

/// The archive kinds `save` writes and `load` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArchiveFormat {
    DockerArchive,
    OciArchive,
    OciDir,
    /// The containers ecosystem's `dir:` layout: `manifest.json` (Docker schema 2),
    /// `version`, and each blob as a file named by its digest's hex (podman's docker-dir).
    DockerDir,
}

impl ArchiveFormat {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "docker-archive" => Some(ArchiveFormat::DockerArchive),
            "oci-archive" => Some(ArchiveFormat::OciArchive),
            "oci-dir" => Some(ArchiveFormat::OciDir),
            "docker-dir" => Some(ArchiveFormat::DockerDir),
            _ => None,
        }
    }
}
