//! `load`: the images of a docker archive or an OCI layout (tar, compressed tar, or
//! directory) into the store. Every config and layer is checked against its digest before
//! anything is committed; layers the store has are not read.

use std::collections::BTreeSet;
use std::io::{self, Read};
use std::path::Path;

use super::reader::ArchiveReader;
use super::{MAX_DOCUMENT, blob_member};
use crate::engine::image::layer::unpack_stream;
use crate::engine::{Engine, EngineError};
use crate::oci::archive::{CONTAINERD_NAME, DockerArchiveEntry, REF_NAME};
use crate::oci::digest::Algorithm;
use crate::oci::image::ImageConfig;
use crate::oci::manifest::Manifest;
use crate::oci::{Digest, Platform, Reference};
use crate::store::unpack::UnpackOptions;
use crate::store::{ImageRecord, Store, WorkDir};
use crate::util::time::now_rfc3339;

/// Where `load` reads from.
pub enum LoadSource<'a> {
    Path(&'a Path),
    Stream(&'a mut dyn Read),
}

/// One image found in the archive.
struct Plan {
    config_bytes: Vec<u8>,
    config: ImageConfig,
    /// Archive member of each layer, and the digest of its bytes when the format says it.
    layers: Vec<(String, Option<Digest>)>,
    names: Vec<Reference>,
}

/// A loaded image: its ID and the names it was given.
#[derive(Debug)]
pub struct Loaded {
    pub id: Digest,
    pub names: Vec<Reference>,
}

fn invalid(e: impl std::fmt::Display) -> EngineError {
    EngineError::Invalid(format!("loading the archive: {e}"))
}

impl Engine {
    pub fn load_images(&self, source: LoadSource<'_>) -> Result<Vec<Loaded>, EngineError> {
        let store = self.store()?;
        store.sweep()?;
        let work = store.work_dir()?;
        let reader = match source {
            LoadSource::Path(p) => ArchiveReader::open_path(p, work.path()),
            LoadSource::Stream(r) => ArchiveReader::from_stream(r, work.path()),
        }
        .map_err(invalid)?;
        let plans = if reader.contains("manifest.json") {
            self.docker_plans(&reader)?
        } else if reader.contains("index.json") {
            self.oci_plans(&reader)?
        } else {
            return Err(invalid(
                "it has neither manifest.json (docker archive) nor index.json (OCI layout)",
            ));
        };
        let mut todo = Vec::new();
        let mut seen = BTreeSet::new();
        let mut all: Vec<Digest> = Vec::new();
        for p in &plans {
            for ((member, raw), diff_id) in p.layers.iter().zip(&p.config.rootfs.diff_ids) {
                all.push(diff_id.clone());
                if seen.insert(diff_id.clone()) && store.layer(diff_id)?.is_none() {
                    todo.push((member.clone(), raw.clone(), diff_id.clone()));
                }
            }
        }
        work.set_lease(&all)?;
        let opts = UnpackOptions::layer(self.context().rootless);
        let workers = self.context().registries.max_concurrent_downloads;
        crate::util::parallel::try_map(&todo, workers, |(member, raw, diff_id)| {
            load_layer(store, &work, &reader, member, raw.as_ref(), diff_id, opts)
        })?;
        if !todo.is_empty() {
            store.sync()?;
        }
        self.commit_loaded(store, plans)
    }

    fn docker_plans(&self, reader: &ArchiveReader) -> Result<Vec<Plan>, EngineError> {
        let bytes = reader
            .read_small("manifest.json", MAX_DOCUMENT)
            .map_err(invalid)?;
        let entries: Vec<DockerArchiveEntry> =
            serde_json::from_slice(&bytes).map_err(|e| invalid(format!("manifest.json: {e}")))?;
        let mut plans = Vec::new();
        for entry in entries {
            let config_bytes = reader
                .read_small(&entry.config, MAX_DOCUMENT)
                .map_err(invalid)?;
            let config = parse_config(&config_bytes, &entry.config)?;
            let mut names = Vec::new();
            for t in entry.repo_tags.unwrap_or_default() {
                names.push(self.archive_name(&t)?);
            }
            plans.push(Plan {
                layers: entry.layers.into_iter().map(|l| (l, None)).collect(),
                config_bytes,
                config,
                names,
            });
        }
        check_layer_counts(&plans)?;
        Ok(plans)
    }

    fn oci_plans(&self, reader: &ArchiveReader) -> Result<Vec<Plan>, EngineError> {
        let index = reader
            .read_small("index.json", MAX_DOCUMENT)
            .map_err(invalid)?;
        let index =
            match Manifest::parse(&index, None).map_err(|e| invalid(format!("index.json: {e}")))? {
                Manifest::Index(i) => i,
                Manifest::Image(_) => return Err(invalid("index.json is not an image index")),
            };
        let mut plans = Vec::new();
        for desc in &index.manifests {
            let name = desc.annotations.as_ref().and_then(|a| {
                a.get(CONTAINERD_NAME)
                    .or_else(|| a.get(REF_NAME).filter(|n| n.contains(['/', ':'])))
            });
            let names = match name {
                Some(n) => vec![self.archive_name(n)?],
                None => Vec::new(),
            };
            let mut manifest =
                Manifest::parse(&read_blob(reader, &desc.digest)?, Some(&desc.media_type))
                    .map_err(|e| invalid(format!("manifest {}: {e}", desc.digest)))?;
            if let Manifest::Index(inner) = &manifest {
                let host = Platform::host();
                let pick = inner.select(&host).ok_or_else(|| {
                    invalid(format!("no image for {host} in the index {}", desc.digest))
                })?;
                manifest =
                    Manifest::parse(&read_blob(reader, &pick.digest)?, Some(&pick.media_type))
                        .map_err(|e| invalid(format!("manifest {}: {e}", pick.digest)))?;
            }
            let Manifest::Image(m) = manifest else {
                return Err(invalid(format!("{}: nested image indexes", desc.digest)));
            };
            let config_bytes = read_blob(reader, &m.config.digest)?;
            let config = parse_config(&config_bytes, &m.config.digest.to_string())?;
            plans.push(Plan {
                layers: m
                    .layers
                    .iter()
                    .map(|l| (blob_member(&l.digest), Some(l.digest.clone())))
                    .collect(),
                config_bytes,
                config,
                names,
            });
        }
        check_layer_counts(&plans)?;
        Ok(plans)
    }

    /// A name as archives write it (`busybox:latest`, `localhost/x:1`), normalised.
    fn archive_name(&self, n: &str) -> Result<Reference, EngineError> {
        Ok(
            Reference::parse(n, &self.context().registries.default_registry)
                .map_err(|e| invalid(format!("image name {n:?}: {e}")))?
                .with_default_tag(),
        )
    }

    fn commit_loaded(&self, store: &Store, plans: Vec<Plan>) -> Result<Vec<Loaded>, EngineError> {
        let lock = store.lock()?;
        let mut db = store.images()?;
        let now = now_rfc3339();
        let mut out = Vec::new();
        for p in plans {
            let id = Digest::sha256_of(&p.config_bytes);
            let size = store.image_size(&p.config.rootfs.diff_ids)?.map_err(|d| {
                EngineError::Conflict(format!("layer {d} was removed while loading; load again"))
            })?;
            store.put_blob(&id, &p.config_bytes)?;
            let added = db
                .images
                .get(&id)
                .map_or_else(|| now.clone(), |r| r.added.clone());
            let manifest = db.images.get(&id).and_then(|r| r.manifest.clone());
            db.insert_keeping(ImageRecord {
                manifest,
                last_tag_time: (!p.names.is_empty()).then(|| now.clone()),
                ..ImageRecord::from_config(id.clone(), &p.config, size, added)
            });
            for n in &p.names {
                db.set_name(n, &id);
            }
            out.push(Loaded { id, names: p.names });
        }
        store.save_images(&db, &lock)?;
        Ok(out)
    }
}

fn parse_config(bytes: &[u8], what: &str) -> Result<ImageConfig, EngineError> {
    ImageConfig::parse(bytes).map_err(|e| invalid(format!("image config {what}: {e}")))
}

/// A blob of an OCI layout, checked against its digest.
fn read_blob(reader: &ArchiveReader, d: &Digest) -> Result<Vec<u8>, EngineError> {
    let bytes = reader
        .read_small(&blob_member(d), MAX_DOCUMENT)
        .map_err(invalid)?;
    if !d.matches(&bytes) {
        return Err(invalid(format!("blob {d} does not match its digest")));
    }
    Ok(bytes)
}

fn check_layer_counts(plans: &[Plan]) -> Result<(), EngineError> {
    for p in plans {
        if p.layers.len() != p.config.rootfs.diff_ids.len() {
            return Err(invalid(format!(
                "an image lists {} layers but its config has {}",
                p.layers.len(),
                p.config.rootfs.diff_ids.len()
            )));
        }
    }
    Ok(())
}

fn load_layer(
    store: &Store,
    work: &WorkDir,
    reader: &ArchiveReader,
    member: &str,
    raw: Option<&Digest>,
    diff_id: &Digest,
    opts: UnpackOptions,
) -> Result<(), EngineError> {
    let (r, _) = reader.open(member).map_err(invalid)?;
    let label = |e: io::Error| invalid(format!("layer {member}: {e}"));
    let raw_alg = raw.map_or(Algorithm::Sha256, Digest::algorithm);
    let layer = unpack_stream(store, work, r, raw_alg, diff_id.algorithm(), opts, &label)?;
    if let Some(want) = raw
        && &layer.raw_digest != want
    {
        return Err(invalid(format!(
            "layer {member} has digest {}, its manifest says {want}",
            layer.raw_digest
        )));
    }
    if &layer.diff_id != diff_id {
        return Err(invalid(format!(
            "layer {member} has content digest {}, its image config says {diff_id}",
            layer.diff_id
        )));
    }
    layer.commit(store, None)?;
    Ok(())
}
