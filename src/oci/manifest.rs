//! Manifests, indexes and descriptors: OCI and Docker schema 2, as registries serve them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::digest::Digest;
use super::platform::Platform;

pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
pub const OCI_CONFIG: &str = "application/vnd.oci.image.config.v1+json";
pub const DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
pub const DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
pub const DOCKER_CONFIG: &str = "application/vnd.docker.container.image.v1+json";
/// Layer media types: gzip-compressed (docker's and OCI's), and docker's uncompressed one
/// (the containers ecosystem's `dir:` layout writes it).
pub const DOCKER_LAYER_GZIP: &str = "application/vnd.docker.image.rootfs.diff.tar.gzip";
pub const OCI_LAYER_GZIP: &str = "application/vnd.oci.image.layer.v1.tar+gzip";
pub const DOCKER_LAYER_TAR: &str = "application/vnd.docker.image.rootfs.diff.tar";
pub const DOCKER_SCHEMA1: &str = "application/vnd.docker.distribution.manifest.v1+json";
pub const DOCKER_SCHEMA1_SIGNED: &str = "application/vnd.docker.distribution.manifest.v1+prettyjws";

/// The Accept header for manifest requests: everything we can use, nothing we refuse.
pub const ACCEPT_MANIFESTS: &str = "application/vnd.oci.image.index.v1+json, \
application/vnd.docker.distribution.manifest.list.v2+json, \
application/vnd.oci.image.manifest.v1+json, \
application/vnd.docker.distribution.manifest.v2+json";

/// Manifests larger than this are refused (the distribution spec suggests 4 MiB).
pub const MAX_MANIFEST_SIZE: u64 = 4 << 20;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Descriptor {
    #[serde(rename = "mediaType", default)]
    pub media_type: String,
    pub digest: Digest,
    pub size: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub platform: Option<Platform>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub urls: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

impl Descriptor {
    /// A plain descriptor: no platform, URLs or annotations.
    pub fn new(media_type: &str, digest: Digest, size: u64) -> Self {
        Descriptor {
            media_type: media_type.into(),
            digest,
            size,
            platform: None,
            urls: None,
            annotations: None,
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ImageManifest {
    #[serde(rename = "schemaVersion")]
    pub schema_version: u32,
    #[serde(rename = "mediaType", default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    pub config: Descriptor,
    #[serde(default)]
    pub layers: Vec<Descriptor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ImageIndex {
    #[serde(rename = "schemaVersion")]
    pub schema_version: u32,
    #[serde(rename = "mediaType", default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    pub manifests: Vec<Descriptor>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotations: Option<BTreeMap<String, String>>,
}

#[derive(Debug)]
pub enum Manifest {
    Image(Box<ImageManifest>),
    Index(ImageIndex),
}

#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    #[error(
        "image uses a schema 1 manifest, which is deprecated and not supported: \
         push it again with a current tool to convert it to schema 2 or OCI"
    )]
    Schema1,
    #[error("unsupported manifest media type {0:?}")]
    MediaType(String),
    #[error("malformed manifest: {0}")]
    Json(#[from] serde_json::Error),
    #[error("not a container image: config media type is {0:?}")]
    NotAnImage(String),
}

#[derive(Deserialize)]
struct Probe {
    #[serde(rename = "schemaVersion", default)]
    schema_version: Option<u32>,
    #[serde(rename = "mediaType", default)]
    media_type: Option<String>,
    #[serde(default)]
    manifests: Option<serde_json::Value>,
}

impl Manifest {
    /// Parses manifest bytes; the media type comes from the document itself when it has
    /// one, else from the HTTP Content-Type, else from its shape.
    pub fn parse(bytes: &[u8], content_type: Option<&str>) -> Result<Self, ManifestError> {
        let probe: Probe = serde_json::from_slice(bytes)?;
        let header = content_type
            .map(|c| c.split(';').next().unwrap_or("").trim().to_string())
            .filter(|c| c.starts_with("application/vnd."));
        let media_type = probe.media_type.clone().or(header);
        if probe.schema_version == Some(1)
            || matches!(
                media_type.as_deref(),
                Some(DOCKER_SCHEMA1 | DOCKER_SCHEMA1_SIGNED)
            )
        {
            return Err(ManifestError::Schema1);
        }
        match media_type.as_deref() {
            Some(OCI_INDEX | DOCKER_LIST) => Ok(Manifest::Index(serde_json::from_slice(bytes)?)),
            Some(OCI_MANIFEST | DOCKER_MANIFEST) => {
                let m: ImageManifest = serde_json::from_slice(bytes)?;
                m.check_config()?;
                Ok(Manifest::Image(Box::new(m)))
            }
            Some(other) => Err(ManifestError::MediaType(other.to_string())),
            None if probe.manifests.is_some() => {
                Ok(Manifest::Index(serde_json::from_slice(bytes)?))
            }
            None => {
                let m: ImageManifest = serde_json::from_slice(bytes)?;
                m.check_config()?;
                Ok(Manifest::Image(Box::new(m)))
            }
        }
    }
}

impl ImageManifest {
    fn check_config(&self) -> Result<(), ManifestError> {
        match self.config.media_type.as_str() {
            OCI_CONFIG | DOCKER_CONFIG | "" => Ok(()),
            other => Err(ManifestError::NotAnImage(other.to_string())),
        }
    }

    /// The media type to record: the document's own, or the one implied by its config.
    pub fn effective_media_type(&self) -> &str {
        match self.media_type.as_deref() {
            Some(m) => m,
            None if self.config.media_type == DOCKER_CONFIG => DOCKER_MANIFEST,
            None => OCI_MANIFEST,
        }
    }
}

impl ImageIndex {
    /// The best entry for `want`, ignoring attestation manifests and unknown platforms.
    pub fn select(&self, want: &Platform) -> Option<&Descriptor> {
        self.manifests
            .iter()
            .filter(|d| d.media_type != OCI_INDEX && d.media_type != DOCKER_LIST)
            .filter_map(|d| Some((want.rank(d.platform.as_ref()?)?, d)))
            .fold(
                None,
                |best: Option<(u8, &Descriptor)>, (rank, d)| match best {
                    Some((r, _)) if r >= rank => best,
                    _ => Some((rank, d)),
                },
            )
            .map(|(_, d)| d)
    }

    /// The platforms an index offers, for error messages.
    pub fn platforms(&self) -> Vec<String> {
        self.manifests
            .iter()
            .filter_map(|d| d.platform.as_ref())
            .filter(|p| p.os != "unknown")
            .map(|p| p.to_string())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn desc(platform: &str) -> serde_json::Value {
        let p = Platform::parse(platform).unwrap();
        serde_json::json!({
            "mediaType": OCI_MANIFEST,
            "digest": Digest::sha256_of(platform.as_bytes()).to_string(),
            "size": 1,
            "platform": p,
        })
    }

    #[test]
    fn parses_by_media_type_or_shape() {
        let idx = serde_json::json!({"schemaVersion": 2, "manifests": [desc("linux/amd64")]});
        let bytes = serde_json::to_vec(&idx).unwrap();
        assert!(matches!(
            Manifest::parse(&bytes, None).unwrap(),
            Manifest::Index(_)
        ));
        let m = serde_json::json!({
            "schemaVersion": 2, "mediaType": DOCKER_MANIFEST,
            "config": {"mediaType": DOCKER_CONFIG, "digest": Digest::sha256_of(b"c").to_string(), "size": 1},
            "layers": []
        });
        let bytes = serde_json::to_vec(&m).unwrap();
        match Manifest::parse(&bytes, Some("text/plain")).unwrap() {
            Manifest::Image(m) => assert_eq!(m.effective_media_type(), DOCKER_MANIFEST),
            Manifest::Index(_) => panic!("expected an image manifest"),
        }
    }

    #[test]
    fn refuses_schema1_and_artifacts() {
        let v1 = br#"{"schemaVersion": 1, "name": "x", "fsLayers": []}"#;
        assert!(matches!(
            Manifest::parse(v1, None),
            Err(ManifestError::Schema1)
        ));
        let art = serde_json::json!({
            "schemaVersion": 2, "mediaType": OCI_MANIFEST,
            "config": {"mediaType": "application/vnd.cncf.helm.config.v1+json", "digest": Digest::sha256_of(b"c").to_string(), "size": 1},
            "layers": []
        });
        let bytes = serde_json::to_vec(&art).unwrap();
        assert!(matches!(
            Manifest::parse(&bytes, None),
            Err(ManifestError::NotAnImage(_))
        ));
    }

    #[test]
    fn selects_platform_from_index() {
        let idx: ImageIndex = serde_json::from_value(serde_json::json!({
            "schemaVersion": 2,
            "manifests": [desc("linux/arm64"), desc("linux/amd64"), desc("linux/arm/v7")]
        }))
        .unwrap();
        let amd = idx
            .select(&Platform::parse("linux/amd64").unwrap())
            .unwrap();
        assert_eq!(amd.digest, Digest::sha256_of(b"linux/amd64"));
        let arm = idx
            .select(&Platform::parse("linux/arm/v7").unwrap())
            .unwrap();
        assert_eq!(arm.digest, Digest::sha256_of(b"linux/arm/v7"));
        assert!(
            idx.select(&Platform::parse("linux/s390x").unwrap())
                .is_none()
        );
        assert_eq!(
            idx.platforms(),
            ["linux/arm64", "linux/amd64", "linux/arm/v7"]
        );
    }
}
