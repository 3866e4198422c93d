//! What registries and archives send as JSON: manifests, indexes, image configs, docker
//! archive manifests.

use proptest::prelude::*;

use super::{config, corpus, mutated};
use crate::oci::image::ImageConfig;
use crate::oci::manifest::Manifest;

const JSON_TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "0",
    "-1",
    "1e999",
    "\"schemaVersion\"",
    "\"mediaType\"",
    "\"manifests\"",
    "\"layers\"",
    "\"config\"",
    "\"digest\"",
    "\"size\"",
    "\"sha256:",
    "\"platform\"",
    "\\u0000",
    "\\ud800",
    "18446744073709551616",
    "[[[[[[[[",
];

const TYPES: &[Option<&str>] = &[
    None,
    Some("application/vnd.oci.image.manifest.v1+json"),
    Some("application/vnd.oci.image.index.v1+json"),
    Some("application/vnd.docker.distribution.manifest.v2+json"),
    Some("application/vnd.docker.distribution.manifest.list.v2+json"),
    Some("application/vnd.docker.distribution.manifest.v1+prettyjws"),
    Some("text/html"),
];

proptest! {
    #![proptest_config(config(1024))]

    #[test]
    fn manifests_configs_and_archive_manifests(
        b in prop_oneof![
            mutated(corpus("manifest", false), JSON_TOKENS),
            any::<Vec<u8>>(),
        ],
        ct in proptest::sample::select(TYPES),
    ) {
        let _ = Manifest::parse(&b, ct);
        let _ = ImageConfig::parse(&b);
        let _ = serde_json::from_slice::<Vec<crate::oci::archive::DockerArchiveEntry>>(&b);
    }
}

/// Nesting far beyond any real document is an error, not a stack overflow.
#[test]
fn deep_json_is_refused() {
    let deep = "[".repeat(100_000);
    assert!(Manifest::parse(deep.as_bytes(), None).is_err());
    assert!(ImageConfig::parse(deep.as_bytes()).is_err());
}
