//! The build cache shared through registries and directories (`build --cache-to`,
//! `--cache-from`): what a build's steps made — step key → layer, and the key of the whole
//! build → its image's config — travels as an image of its own. Its layers are the cached
//! layers; its config's label `io.skiff.buildcache.v1` holds the keys. So pushing and
//! pulling it is an image push and pull (compressed blobs, cross-repository mounts,
//! every blob checked against its digest on the way in), and a directory cache is an OCI
//! layout. Keys are hashes of the steps' inputs: no build argument or secret is in them.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::engine::{Engine, EngineError};
use crate::oci::Digest;
use crate::oci::image::{ImageConfig, RootFs, RunConfig};

/// The label that holds the cache's keys.
pub const LABEL: &str = "io.skiff.buildcache.v1";

/// What one build used and made, for `--cache-to`.
#[derive(Clone, Debug, Default)]
pub struct CacheRecord {
    /// Step key → the layer it made (or found cached), in build order.
    pub steps: Vec<(String, Digest)>,
    /// The whole build's key and its image.
    pub image: Option<(String, Digest)>,
}

/// Where a cache goes or comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CacheLocation {
    /// `type=registry,ref=REF` (podman: a bare `REPO`).
    Registry(String),
    /// `type=local,dest=DIR` / `src=DIR`: an OCI layout.
    Local(PathBuf),
    /// `type=inline` (export only): the keys go into the built image's own config (the
    /// label, for the layers it has); a later `--cache-from IMAGE` reads them from there.
    Inline,
}

/// `--cache-to`: where, and `mode=max` (every step's layer) or min (the final image's).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CacheExport {
    pub to: CacheLocation,
    pub max: bool,
}

/// The label's document.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
struct Keys {
    steps: BTreeMap<String, Digest>,
    /// Keys of steps that made no layer (a WORKDIR the base image has).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    empty: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    image_key: Option<String>,
    /// The final image's config, byte for byte (its ID is its digest).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    image_config: Option<String>,
}

/// Parses `--cache-to`/`--cache-from` values: docker's `type=registry,ref=…[,mode=…]`,
/// `type=local,dest=…|src=…`, `type=inline` (export), and podman's bare repository;
/// BuildKit's other types are refused with the reason.
pub fn parse_location(spec: &str, export: bool) -> Result<CacheExport, String> {
    let bad = |why: &str| format!("invalid cache {spec:?}: {why}");
    if !spec.contains('=') {
        if spec.is_empty() {
            return Err(bad("empty"));
        }
        return Ok(CacheExport {
            to: CacheLocation::Registry(spec.to_string()),
            max: false,
        });
    }
    let mut kind = None;
    let (mut reference, mut dir, mut max) = (None, None, false);
    for part in spec.split(',') {
        let (k, v) = part
            .split_once('=')
            .ok_or_else(|| bad("want KEY=VALUE parts"))?;
        match k {
            "type" => kind = Some(v.to_string()),
            "ref" => reference = Some(v.to_string()),
            "dest" if export => dir = Some(PathBuf::from(v)),
            "src" if !export => dir = Some(PathBuf::from(v)),
            "mode" if export => {
                max = match v {
                    "max" => true,
                    "min" => false,
                    _ => return Err(bad("mode is min or max")),
                }
            }
            // BuildKit's, nothing to act on here
            "compression" | "compression-level" | "force-compression" | "oci-mediatypes"
            | "image-manifest" | "ignore-error" | "digest" | "tag" => {}
            _ => return Err(bad(&format!("unknown key {k:?}"))),
        }
    }
    let to = match kind.as_deref() {
        Some("registry") => {
            CacheLocation::Registry(reference.ok_or_else(|| bad("type=registry needs ref="))?)
        }
        Some("local") => CacheLocation::Local(dir.ok_or_else(|| {
            bad(if export {
                "type=local needs dest="
            } else {
                "type=local needs src="
            })
        })?),
        Some("inline") if export => CacheLocation::Inline,
        Some("inline") => {
            return Err(bad(
                "type=inline is for --cache-to: read an inline cache with --cache-from IMAGE",
            ));
        }
        Some(t) => return Err(bad(&format!("unknown type {t:?} (registry, local)"))),
        None => return Err(bad("no type=")),
    };
    Ok(CacheExport { to, max })
}

/// `--cache-to type=inline`: the label the built image carries — the steps whose layers
/// are among `layers` (the image's own; mode=min).
pub fn inline_label(steps: &[(String, Digest)], layers: &[Digest]) -> String {
    let empty = super::buildcache::no_layer();
    let keys = Keys {
        steps: steps
            .iter()
            .filter(|(_, d)| layers.contains(d))
            .cloned()
            .collect(),
        empty: steps
            .iter()
            .filter(|(_, d)| *d == empty)
            .map(|(k, _)| k.clone())
            .collect(),
        ..Default::default()
    };
    serde_json::to_string(&keys).unwrap_or_default()
}

impl Engine {
    /// `--cache-to`: the cache image of what `rec` used, for the build's image `image`,
    /// pushed to a registry or written as an OCI layout.
    pub fn export_build_cache(
        &self,
        rec: &CacheRecord,
        image: &Digest,
        to: &CacheExport,
        client: crate::registry::ClientOptions,
        progress: &dyn crate::engine::progress::PushProgress,
    ) -> Result<(), EngineError> {
        let store = self.store()?;
        let final_layers = store
            .images()?
            .images
            .get(image)
            .map(|r| r.layers.clone())
            .unwrap_or_default();
        let mut keys = Keys::default();
        let mut layers: Vec<Digest> = Vec::new();
        let empty = super::buildcache::no_layer();
        for (k, d) in &rec.steps {
            if *d == empty {
                keys.empty.push(k.clone());
                continue;
            }
            if !to.max && !final_layers.contains(d) {
                continue;
            }
            keys.steps.insert(k.clone(), d.clone());
            if !layers.contains(d) {
                layers.push(d.clone());
            }
        }
        if let Some((k, id)) = &rec.image {
            keys.image_key = Some(k.clone());
            keys.image_config = Some(String::from_utf8_lossy(&store.read_blob(id)?).into_owned());
        }
        let platform = crate::oci::Platform::host();
        let label = serde_json::to_string(&keys).map_err(|e| EngineError::Other(e.to_string()))?;
        let config = ImageConfig {
            architecture: platform.architecture,
            os: platform.os,
            created: Some(crate::util::time::now_rfc3339()),
            config: Some(RunConfig {
                labels: Some([(LABEL.to_string(), label)].into_iter().collect()),
                ..Default::default()
            }),
            rootfs: RootFs {
                kind: "layers".into(),
                diff_ids: layers,
            },
            ..Default::default()
        };
        match &to.to {
            // the image carries it already
            CacheLocation::Inline => Ok(()),
            CacheLocation::Registry(r) => {
                let reference = crate::oci::Reference::parse_tag_target(
                    r,
                    &self.context().registries.default_registry,
                )?;
                let id = self.save_image(&config, Some(&reference), false)?;
                let pushed = self.push(
                    &crate::engine::image::push::PushOptions {
                        source: reference.to_string(),
                        destination: None,
                        format: None,
                        compression: None,
                        client,
                        by_digest: false,
                    },
                    progress,
                );
                self.retire_cache_image(&id, Some(&reference))?;
                pushed.map(drop)
            }
            CacheLocation::Local(dir) => {
                let id = self.save_image(&config, None, false)?;
                let saved = self.save_images(
                    &[id.to_string()],
                    crate::engine::image::archive::ArchiveFormat::OciDir,
                    crate::engine::image::archive::save::SaveTarget::Dir(dir),
                    false,
                );
                self.retire_cache_image(&id, None)?;
                saved
            }
        }
    }

    /// `--cache-from`: the cache image fetched (every blob checked against its digest) and
    /// its keys entered into the local build cache; entries older than `ttl` are not used.
    /// The number of steps it knows.
    pub fn import_build_cache(
        &self,
        from: &CacheLocation,
        client: crate::registry::ClientOptions,
        ttl: Option<std::time::Duration>,
        progress: &dyn crate::engine::progress::PullProgress,
    ) -> Result<usize, EngineError> {
        let (id, name) = match from {
            CacheLocation::Registry(r) => {
                let pulled = self.pull(
                    &crate::engine::image::pull::PullOptions {
                        lazy: true,
                        reference: r.clone(),
                        platform: None,
                        client,
                    },
                    progress,
                )?;
                (pulled.image_id, Some(pulled.reference))
            }
            CacheLocation::Inline => {
                return Err(EngineError::Invalid(
                    "type=inline is not a cache source".into(),
                ));
            }
            CacheLocation::Local(dir) => {
                let loaded =
                    self.load_images(crate::engine::image::archive::load::LoadSource::Path(dir))?;
                let first = loaded.into_iter().next().ok_or_else(|| {
                    EngineError::Invalid(format!("{}: no cache in it", dir.display()))
                })?;
                (first.id, first.names.into_iter().next())
            }
        };
        let store = self.store()?;
        let config = ImageConfig::parse(&store.read_blob(&id)?)
            .map_err(|e| EngineError::Store(format!("cache {id}: {e}")))?;
        self.retire_cache_image(&id, name.as_ref())?;
        let label = config
            .config
            .as_ref()
            .and_then(|c| c.labels.as_ref())
            .and_then(|l| l.get(LABEL))
            .ok_or_else(|| {
                EngineError::Invalid(format!("{id} is not a build cache (no {LABEL} label)"))
            })?;
        if let (Some(ttl), Some(t)) = (
            ttl,
            config
                .created
                .as_deref()
                .and_then(crate::util::time::parse_rfc3339),
        ) && crate::util::time::since(t) > ttl
        {
            return Ok(0);
        }
        let keys: Keys = serde_json::from_str(label)
            .map_err(|e| EngineError::Invalid(format!("cache {id}: {e}")))?;
        let mut known = 0;
        for (k, d) in &keys.steps {
            // only layers the cache image brought (and so were checked) are used
            if config.rootfs.diff_ids.contains(d) && store.layer(d)?.is_some() {
                self.build_cache_put(k, d);
                known += 1;
            }
        }
        for k in &keys.empty {
            self.build_cache_put(k, &super::buildcache::no_layer());
            known += 1;
        }
        if let (Some(k), Some(text)) = (&keys.image_key, &keys.image_config)
            && ImageConfig::parse(text.as_bytes()).is_ok()
        {
            // entered once the build has its layers (the base image's come with the build)
            self.build_cache_put_config(k, text.as_bytes());
        }
        Ok(known)
    }

    /// A cache image's name goes; the image stays as a build step's (hidden, keeping its
    /// layers for the build cache until `builder prune`).
    fn retire_cache_image(
        &self,
        id: &Digest,
        name: Option<&crate::oci::Reference>,
    ) -> Result<(), EngineError> {
        let store = self.store()?;
        let lock = store.lock()?;
        let mut db = store.images()?;
        if let Some(n) = name {
            db.remove_name(n);
        }
        for d in db.digests_of(id) {
            db.remove_name(&d);
        }
        if let Some(r) = db.images.get_mut(id) {
            r.intermediate = true;
        }
        store.save_images(&db, &lock)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue17_cache_locations_parse_like_docker_and_podman() {
        let reg = |r: &str, max| CacheExport {
            to: CacheLocation::Registry(r.into()),
            max,
        };
        assert_eq!(
            parse_location("reg/app-cache", true).unwrap(),
            reg("reg/app-cache", false)
        );
        assert_eq!(
            parse_location("type=registry,ref=reg/c:1,mode=max", true).unwrap(),
            reg("reg/c:1", true)
        );
        assert_eq!(
            parse_location("type=local,dest=/tmp/c", true).unwrap().to,
            CacheLocation::Local("/tmp/c".into())
        );
        assert_eq!(
            parse_location("type=local,src=/tmp/c", false).unwrap().to,
            CacheLocation::Local("/tmp/c".into())
        );
        assert_eq!(
            parse_location("type=inline", true).unwrap().to,
            CacheLocation::Inline
        );
        for (bad, export) in [
            ("type=local,src=/x", true),
            ("type=local,dest=/x", false),
            ("type=registry", true),
            ("type=registry,ref=r,mode=all", true),
            ("type=inline", false),
            ("type=gha", false),
            ("", false),
        ] {
            assert!(parse_location(bad, export).is_err(), "{bad}");
        }
    }
}
