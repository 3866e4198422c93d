//! `push`: an image's blobs and then its manifest to a registry. A layer the repository has
//! is skipped (`HEAD`), one another repository of the registry has is mounted, else it is
//! sent: the compressed blob the store kept, or the layer's exact tar (rebuilt from its
//! tar-split) compressed on the way. An image pulled and pushed unchanged keeps its manifest
//! digest whenever its original blobs are reachable. The store changes only after the
//! manifest is in: the new repo digest, and the compressed digests made for the push.

use std::fs;
use std::io::{self, BufReader, BufWriter, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::engine::progress::{PushEvent, PushProgress, PushedHow};
use crate::engine::{Engine, EngineError};
use crate::oci::digest::{Algorithm, Hasher};
use crate::oci::image::ImageConfig;
use crate::oci::manifest::{
    DOCKER_CONFIG, DOCKER_MANIFEST, Descriptor, ImageManifest, Manifest, OCI_CONFIG, OCI_MANIFEST,
};
use crate::oci::{Digest, Reference};
use crate::registry::{Client, ClientOptions, RegistryError, Repo};
use crate::store::{CompressedForm, LayerInfo, Store, WorkDir};

/// A registry an image came from is only worth a quick try.
const ORIGIN_CONNECT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(3);

use crate::oci::manifest::DOCKER_LAYER_GZIP as DOCKER_GZIP;
use crate::oci::manifest::OCI_LAYER_GZIP as OCI_GZIP;
const OCI_ZSTD: &str = "application/vnd.oci.image.layer.v1.tar+zstd";
const OCI_TAR: &str = "application/vnd.oci.image.layer.v1.tar";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ManifestFormat {
    Oci,
    /// Docker schema 2.
    V2s2,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LayerCompression {
    Gzip,
    Zstd,
    None,
}

impl LayerCompression {
    fn of(media_type: &str) -> LayerCompression {
        if media_type.contains("zstd") {
            LayerCompression::Zstd
        } else if media_type.ends_with("gzip") {
            LayerCompression::Gzip
        } else {
            LayerCompression::None
        }
    }

    /// The layer media type in `format`; None where the format has no such layers.
    fn media_type(self, format: ManifestFormat) -> Option<&'static str> {
        match (self, format) {
            (LayerCompression::Gzip, ManifestFormat::V2s2) => Some(DOCKER_GZIP),
            (LayerCompression::Gzip, ManifestFormat::Oci) => Some(OCI_GZIP),
            (LayerCompression::Zstd, ManifestFormat::Oci) => Some(OCI_ZSTD),
            (LayerCompression::None, ManifestFormat::Oci) => Some(OCI_TAR),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct PushOptions {
    pub source: String,
    pub destination: Option<String>,
    pub format: Option<ManifestFormat>,
    pub compression: Option<LayerCompression>,
    pub client: ClientOptions,
    /// The manifest goes to its digest, not a tag (an instance of a manifest list).
    pub by_digest: bool,
}

#[derive(Debug)]
pub struct PushResult {
    pub reference: Reference,
    pub digest: Digest,
    /// The pushed manifest's media type and size (for an index that lists it).
    pub media_type: String,
    pub size: u64,
}

/// What every layer's push needs.
struct Ctx<'a> {
    store: &'a Store,
    repo: &'a Repo<'a>,
    work: &'a WorkDir,
    format: ManifestFormat,
    compression: Option<LayerCompression>,
    /// Other repositories of the same registry that have this image.
    sources: Vec<String>,
    /// Repositories of other registries that have it (it was pulled from them), and
    /// whether each has failed (then it is not asked again).
    origins: &'a [Repo<'a>],
    dead: &'a [AtomicBool],
    progress: &'a dyn PushProgress,
}

impl Engine {
    /// Every local tag of `repository` (`push --all-tags`), as full references.
    pub fn repository_tags(&self, repository: &str) -> Result<Vec<String>, EngineError> {
        let repo = self.parse_reference(repository)?;
        if repo.tag().is_some() || repo.digest().is_some() {
            return Err(EngineError::Invalid(format!(
                "tag can't be used with --all-tags: {repository}"
            )));
        }
        let db = self.store()?.images()?;
        Ok(db
            .tags
            .keys()
            .filter_map(|t| Reference::parse(t, "docker.io").ok())
            .filter(|r| r.name() == repo.name())
            .map(|r| r.to_string())
            .collect())
    }

    pub fn push(
        &self,
        o: &PushOptions,
        progress: &dyn PushProgress,
    ) -> Result<PushResult, EngineError> {
        let store = self.store()?;
        store.sweep()?;
        let db = store.images()?;
        let src = self.resolve_image(&db, &o.source)?;
        let dest = match &o.destination {
            Some(d) => self.parse_reference(d)?.with_default_tag(),
            None => src.name.clone().ok_or_else(|| {
                EngineError::Invalid(format!(
                    "{}: give a destination: an image ID has no repository to push to",
                    o.source
                ))
            })?,
        };
        self.unblocked(&dest)?;
        let tag = match dest.tag().filter(|_| dest.digest().is_none()) {
            Some(t) => t.to_string(),
            None if o.by_digest => String::new(),
            None => {
                return Err(EngineError::Invalid(format!(
                    "{dest}: push to a tag, not a digest"
                )));
            }
        };
        let config_bytes = store.read_blob(&src.id)?;
        let config = ImageConfig::parse(&config_bytes)
            .map_err(|e| EngineError::Store(format!("image {}: {e}", src.id)))?;
        let diff_ids = &config.rootfs.diff_ids;
        let original = db
            .images
            .get(&src.id)
            .and_then(|r| r.manifest.clone())
            .and_then(|m| {
                let bytes = store.read_blob(&m.digest).ok()?;
                match Manifest::parse(&bytes, Some(&m.media_type)).ok()? {
                    Manifest::Image(im) if im.layers.len() == diff_ids.len() => {
                        Some((im, bytes, m.media_type))
                    }
                    _ => None,
                }
            });
        let committed_oci = db
            .images
            .get(&src.id)
            .is_some_and(|r| r.format.as_deref() == Some("oci"));
        let annotations = db
            .images
            .get(&src.id)
            .map(|r| r.annotations.clone())
            .unwrap_or_default();
        let format = match (o.format, o.compression, &original) {
            (Some(f), _, _) => f,
            (None, Some(LayerCompression::Zstd), _) => ManifestFormat::Oci,
            (None, _, Some((_, _, mt))) if mt == OCI_MANIFEST => ManifestFormat::Oci,
            (None, _, None) if committed_oci => ManifestFormat::Oci,
            _ => ManifestFormat::V2s2,
        };
        if let Some(c) = o.compression
            && c.media_type(format).is_none()
        {
            return Err(EngineError::Invalid(format!(
                "{c:?} layers cannot go into a Docker schema 2 manifest: use --format oci"
            )));
        }
        // other repositories of this registry that have the image (to mount from), and
        // the other registries it came from (to copy its original blobs from)
        let mut sources: Vec<String> = Vec::new();
        let mut elsewhere: Vec<Reference> = Vec::new();
        for r in db
            .tags_of(&src.id)
            .into_iter()
            .chain(db.digests_of(&src.id))
        {
            if r.domain() == dest.domain() {
                if r.path() != dest.path() && !sources.iter().any(|p| p == r.path()) {
                    sources.push(r.path().to_string());
                }
            } else if !elsewhere.iter().any(|e| e.name() == r.name()) {
                elsewhere.push(r);
            }
        }
        drop(db);
        let origin_client = Client::new(
            self.context().registries.clone(),
            ClientOptions {
                connect_timeout: Some(ORIGIN_CONNECT_TIMEOUT),
                ..self.client_options(o.client.clone())
            },
        );
        let origins: Vec<Repo<'_>> = elsewhere.iter().map(|r| origin_client.repo(r)).collect();
        let dead: Vec<AtomicBool> = origins.iter().map(|_| AtomicBool::new(false)).collect();

        let client = Client::new(
            self.context().registries.clone(),
            self.client_options(o.client.clone()),
        );
        let repo = client.repo(&dest);
        progress.event(PushEvent::Preparing {
            repository: &dest.name(),
        });
        let work = store.work_dir()?;
        work.set_lease(diff_ids)?;
        let ctx = Ctx {
            store,
            repo: &repo,
            work: &work,
            format,
            compression: o.compression,
            sources,
            origins: &origins,
            dead: &dead,
            progress,
        };
        let jobs: Vec<(Digest, Option<Descriptor>)> = diff_ids
            .iter()
            .enumerate()
            .map(|(i, d)| {
                (
                    d.clone(),
                    original.as_ref().map(|(m, _, _)| m.layers[i].clone()),
                )
            })
            .collect();
        let workers = self.context().registries.max_concurrent_downloads;
        let pushed = crate::util::parallel::try_map(&jobs, workers, |(diff_id, orig)| {
            ctx.layer(diff_id, orig.as_ref())
        })?;
        ctx.config(&src.id, &config_bytes)?;
        let descs: Vec<Descriptor> = pushed.iter().map(|(d, _)| d.clone()).collect();
        let (bytes, media_type) = match original {
            Some((m, bytes, mt))
                if same_family(&mt, format)
                    && m.layers
                        .iter()
                        .zip(&descs)
                        .all(|(a, b)| a.digest == b.digest) =>
            {
                (bytes, mt)
            }
            _ => new_manifest(
                format,
                &src.id,
                config_bytes.len() as u64,
                descs,
                &annotations,
            )?,
        };
        let digest = Digest::sha256_of(&bytes);
        if o.by_digest {
            repo.put_manifest(&digest.to_string(), &media_type, &bytes)?;
        } else {
            repo.put_manifest(&tag, &media_type, &bytes)?;
        }
        // the push is done: remember what it made
        for (diff_id, (_, made)) in diff_ids.iter().zip(pushed) {
            if let Some(form) = made {
                store.add_compressed_form(diff_id, form)?;
            }
        }
        let lock = store.lock()?;
        let mut db = store.images()?;
        if db.images.contains_key(&src.id) {
            db.set_name(&dest.with_digest(digest.clone()), &src.id);
            store.save_images(&db, &lock)?;
        }
        drop(lock);
        // an instance of a list has no tag: its digest stands for it
        let shown = if o.by_digest {
            digest.to_string()
        } else {
            tag.clone()
        };
        progress.event(PushEvent::Finished {
            tag: &shown,
            digest: &digest,
            size: bytes.len(),
        });
        Ok(PushResult {
            reference: dest,
            digest,
            media_type,
            size: bytes.len() as u64,
        })
    }
}

fn same_family(media_type: &str, format: ManifestFormat) -> bool {
    match format {
        ManifestFormat::Oci => media_type == OCI_MANIFEST,
        ManifestFormat::V2s2 => media_type == DOCKER_MANIFEST,
    }
}

fn new_manifest(
    format: ManifestFormat,
    config: &Digest,
    config_size: u64,
    layers: Vec<Descriptor>,
    annotations: &std::collections::BTreeMap<String, String>,
) -> Result<(Vec<u8>, String), EngineError> {
    let (mt, config_mt) = match format {
        ManifestFormat::Oci => (OCI_MANIFEST, OCI_CONFIG),
        ManifestFormat::V2s2 => (DOCKER_MANIFEST, DOCKER_CONFIG),
    };
    let m = ImageManifest {
        schema_version: 2,
        media_type: Some(mt.into()),
        config: Descriptor::new(config_mt, config.clone(), config_size),
        layers,
        // a Docker manifest has no annotations (podman drops them the same way)
        annotations: Some(annotations.clone())
            .filter(|a| !a.is_empty() && format == ManifestFormat::Oci),
    };
    let bytes = serde_json::to_vec(&m).map_err(|e| EngineError::Other(e.to_string()))?;
    Ok((bytes, mt.to_string()))
}

impl Ctx<'_> {
    /// Whether a compressed form can go into this push.
    fn usable(&self, form: &CompressedForm) -> Option<&'static str> {
        let kind = LayerCompression::of(&form.media_type);
        if self.compression.is_some_and(|c| c != kind) {
            return None;
        }
        kind.media_type(self.format)
    }

    /// Pushes the config unless the repository has it or can mount it.
    fn config(&self, id: &Digest, bytes: &[u8]) -> Result<(), EngineError> {
        if self.repo.has_blob(id)? {
            return Ok(());
        }
        for from in &self.sources {
            if self.repo.mount_blob(id, from)?.is_ok() {
                return Ok(());
            }
        }
        Ok(self.repo.upload_bytes(id, bytes)?)
    }

    /// Pushes one layer: its descriptor in the new manifest, and the compressed form made
    /// for it (None when an existing one was used).
    fn layer(
        &self,
        diff_id: &Digest,
        original: Option<&Descriptor>,
    ) -> Result<(Descriptor, Option<CompressedForm>), EngineError> {
        let info = self
            .store
            .layer(diff_id)?
            .ok_or_else(|| EngineError::Store(format!("layer {diff_id} is missing")))?;
        let total = if info.tar_size > 0 {
            info.tar_size
        } else {
            info.size
        };
        self.progress.event(PushEvent::LayerStart {
            id: diff_id,
            size: total,
        });
        let done = |how: PushedHow| {
            self.progress.event(PushEvent::LayerDone {
                id: diff_id,
                how: &how,
            });
        };
        // the original form first, so an unchanged image keeps its manifest
        let mut forms = info.compressed.clone();
        forms.sort_by_key(|f| original.is_none_or(|o| o.digest != f.digest));
        let mut location = None;
        for form in &forms {
            let Some(mt) = self.usable(form) else {
                continue;
            };
            let desc = Descriptor::new(mt, form.digest.clone(), form.size);
            if self.repo.has_blob(&form.digest)? {
                done(PushedHow::Exists);
                return Ok((desc, None));
            }
            for from in &self.sources {
                match self.repo.mount_blob(&form.digest, from)? {
                    Ok(()) => {
                        done(PushedHow::Mounted(from.clone()));
                        return Ok((desc, None));
                    }
                    Err(opened) => location = Some(opened),
                }
            }
            if self.store.has_blob(&form.digest) {
                let path = self.store.blob_path(&form.digest);
                self.upload(diff_id, &form.digest, &path, form.size, location)?;
                done(PushedHow::Uploaded);
                return Ok((desc, None));
            }
            if self.copy_from_origin(diff_id, &desc, &mut location) {
                done(PushedHow::Uploaded);
                return Ok((desc, None));
            }
        }
        let kind = self.compression.unwrap_or(LayerCompression::Gzip);
        let mt = kind
            .media_type(self.format)
            .ok_or_else(|| EngineError::Invalid(format!("no {kind:?} layers in this format")))?;
        let path = self.work.path().join(diff_id.hex());
        let (digest, size) = compress(self.store, &info, kind, &path)
            .map_err(|e| EngineError::Other(format!("layer {diff_id}: {e}")))?;
        let form = CompressedForm {
            digest: digest.clone(),
            media_type: mt.to_string(),
            size,
        };
        if self.repo.has_blob(&digest)? {
            done(PushedHow::Exists);
        } else {
            self.upload(diff_id, &digest, &path, size, location)?;
            done(PushedHow::Uploaded);
        }
        let _ = fs::remove_file(&path);
        Ok((Descriptor::new(mt, digest, size), Some(form)))
    }

    /// Streams the original blob from a registry the image came from (as `skopeo copy`
    /// would): no compression, and the digest stays the same. False when none could.
    fn copy_from_origin(
        &self,
        id: &Digest,
        desc: &Descriptor,
        location: &mut Option<String>,
    ) -> bool {
        let report = |done: u64| {
            self.progress.event(PushEvent::LayerProgress {
                id,
                done,
                total: desc.size,
            })
        };
        for (origin, dead) in self.origins.iter().zip(self.dead) {
            if dead.load(Ordering::Relaxed) {
                continue;
            }
            match self
                .repo
                .copy_blob_from(origin, desc, location.take(), &report)
            {
                Ok(()) => return true,
                Err(e) => {
                    log::debug!("copying {} from {}: {e}", desc.digest, origin.registry());
                    // a registry that cannot be reached or refuses us is not asked again;
                    // one that lacks this blob may still have the next layer's
                    if matches!(
                        e,
                        RegistryError::Unreachable { .. }
                            | RegistryError::Unauthorized { .. }
                            | RegistryError::Tls(_)
                    ) {
                        dead.store(true, Ordering::Relaxed);
                    }
                }
            }
        }
        false
    }

    fn upload(
        &self,
        id: &Digest,
        digest: &Digest,
        path: &std::path::Path,
        size: u64,
        location: Option<String>,
    ) -> Result<(), EngineError> {
        let report = |done: u64| {
            self.progress.event(PushEvent::LayerProgress {
                id,
                done,
                total: size,
            })
        };
        match self.repo.upload_blob(digest, path, size, location, &report) {
            // an upload session that failed half-way is usually dead (404 after a 5xx, or a
            // dropped connection): start a new one once
            Err(e @ RegistryError::Unreachable { .. })
            | Err(
                e @ RegistryError::Status {
                    status: 404 | 500..,
                    ..
                },
            ) => {
                log::debug!("upload of {digest} failed ({e}); starting over");
                Ok(self.repo.upload_blob(digest, path, size, None, &report)?)
            }
            other => Ok(other?),
        }
    }
}

/// Compresses the layer's exact tar into `path`: the compressed digest and size.
fn compress(
    store: &Store,
    info: &LayerInfo,
    kind: LayerCompression,
    path: &std::path::Path,
) -> io::Result<(Digest, u64)> {
    let tar = store.layer_tar(info)?;
    let mut input = BufReader::with_capacity(1 << 20, tar.reader);
    let mut out = HashingWriter {
        inner: BufWriter::with_capacity(1 << 20, fs::File::create(path)?),
        hasher: Hasher::new(Algorithm::Sha256),
        count: 0,
    };
    match kind {
        LayerCompression::Gzip => {
            crate::store::compress::gzip(&mut input, &mut out)?;
        }
        LayerCompression::Zstd => {
            let mut z = zstd::stream::write::Encoder::new(&mut out, 3)?;
            io::copy(&mut input, &mut z)?;
            z.finish()?;
        }
        LayerCompression::None => {
            io::copy(&mut input, &mut out)?;
        }
    }
    out.inner.flush()?;
    Ok((out.hasher.finish(), out.count))
}

struct HashingWriter<W> {
    inner: W,
    hasher: Hasher,
    count: u64,
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.count += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}
