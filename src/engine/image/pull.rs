//! `pull`: manifest (choosing a platform from an index), config, then every missing layer
//! streamed straight from the network through the digest checks into its own directory,
//! several layers at once. One syncfs, then one atomic commit of the image record.

use std::collections::BTreeSet;
use std::io::{self, Read};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use super::layer::unpack_stream;
use crate::engine::progress::{PullEvent, PullProgress, PullStatus};
use crate::engine::{Engine, EngineError};
use crate::oci::image::ImageConfig;
use crate::oci::manifest::{Descriptor, ImageManifest, Manifest};
use crate::oci::{Digest, Platform, Reference};
use crate::registry::{Client, ClientOptions, FetchedManifest, RegistryError, Repo};
use crate::store::unpack::UnpackOptions;
use crate::store::{CompressedForm, ImageRecord, ManifestRef, Store, WorkDir};
use crate::util::time::now_rfc3339;

/// Configs larger than this are refused.
const MAX_CONFIG_SIZE: u64 = 8 << 20;

#[derive(Clone, Debug, Default)]
pub struct PullOptions {
    pub reference: String,
    pub platform: Option<Platform>,
    pub client: ClientOptions,
    /// Keep the layers packed (their compressed blobs, digests checked) until something
    /// needs their files: a build whose steps all come from a cache never unpacks them.
    pub lazy: bool,
}

#[derive(Debug)]
pub struct PullResult {
    /// The normalised reference (with `latest` filled in).
    pub reference: Reference,
    pub image_id: Digest,
    /// Digest of what the reference resolved to (an index or a manifest).
    pub digest: Digest,
    pub status: PullStatus,
}

impl Engine {
    /// An ordinary user's pull from a process outside its user namespace (`run` of a
    /// missing image): done by a child that is root of it, so that layers keep their
    /// owners; its result comes back as text.
    fn pull_in_userns(
        &self,
        opts: &PullOptions,
        reference: Reference,
        progress: &dyn PullProgress,
    ) -> Result<PullResult, EngineError> {
        let text = crate::sys::userns::in_child_with(&crate::config::userns::caller_maps(), || {
            self.pull(opts, progress)
                .map(|r| {
                    let fresh = matches!(r.status, PullStatus::Downloaded);
                    format!("{} {} {fresh}", r.image_id, r.digest)
                })
                .map_err(|e| e.to_string())
        })
        .map_err(EngineError::Other)?;
        let mut f = text.split(' ');
        let (Some(id), Some(digest), Some(fresh)) = (f.next(), f.next(), f.next()) else {
            return Err(EngineError::Other(format!(
                "pull: unexpected result {text:?}"
            )));
        };
        let digest_of =
            |s: &str| Digest::parse(s).map_err(|e| EngineError::Other(format!("pull: {e}")));
        Ok(PullResult {
            reference,
            image_id: digest_of(id)?,
            digest: digest_of(digest)?,
            status: if fresh == "true" {
                PullStatus::Downloaded
            } else {
                PullStatus::UpToDate
            },
        })
    }

    pub fn pull(
        &self,
        opts: &PullOptions,
        progress: &dyn PullProgress,
    ) -> Result<PullResult, EngineError> {
        let reference = self.parse_reference(&opts.reference)?.with_default_tag();
        self.unblocked(&reference)?;
        if self.ctx.rootless && crate::sys::in_initial_userns() {
            return self.pull_in_userns(opts, reference, progress);
        }
        let store = self.store()?;
        store.sweep()?;
        let client = Client::new(
            self.ctx.registries.clone(),
            self.client_options(opts.client.clone()),
        );
        let repo = client.repo(&reference);
        progress.event(PullEvent::Resolving {
            reference: &reference,
        });
        let top = repo.manifest(&reference.registry_reference())?;
        let top_digest = top.digest.clone();
        let want = opts.platform.clone().unwrap_or_else(Platform::host);
        let (manifest, fetched) = resolve_manifest(&repo, &reference, &want, top)?;
        let manifest_ref = ManifestRef {
            digest: fetched.digest.clone(),
            media_type: manifest.effective_media_type().to_string(),
            size: fetched.bytes.len() as u64,
        };
        let config_bytes = match store.read_blob(&manifest.config.digest) {
            Ok(b) => b,
            Err(_) => repo.blob_bytes(&manifest.config, MAX_CONFIG_SIZE)?,
        };
        let config = ImageConfig::parse(&config_bytes)
            .map_err(|e| EngineError::Other(format!("{reference}: malformed image config: {e}")))?;
        check_platform(&config, opts.platform.as_ref(), &reference)?;
        let diff_ids = &config.rootfs.diff_ids;
        if diff_ids.len() != manifest.layers.len() {
            return Err(EngineError::Other(format!(
                "{reference}: manifest has {} layers but its config lists {}",
                manifest.layers.len(),
                diff_ids.len()
            )));
        }
        let image_id = manifest.config.digest.clone();
        let work = store.work_dir()?;
        work.set_lease(diff_ids)?;
        let todo = self.missing_layers(store, &manifest, diff_ids, progress)?;
        let status = if todo.is_empty() && store.images()?.images.contains_key(&image_id) {
            PullStatus::UpToDate
        } else {
            PullStatus::Downloaded
        };
        if !todo.is_empty() {
            let unpack_opts = UnpackOptions::layer(self.ctx.rootless);
            let workers = self.ctx.registries.max_concurrent_downloads.min(todo.len());
            // packed only for root: an ordinary user's layers are unpacked in its user
            // namespace, where a later `run` may not be
            let lazy = opts.lazy && !self.ctx.rootless;
            let how = Fetch {
                opts: unpack_opts,
                lazy,
            };
            fetch_all(store, &repo, &work, &todo, how, workers, progress)?;
            store.sync()?;
        }
        self.commit(
            store,
            &reference,
            &top_digest,
            &image_id,
            &config_bytes,
            &config,
            (manifest_ref, fetched.bytes),
        )?;
        progress.event(PullEvent::Finished {
            digest: &top_digest,
            status,
        });
        Ok(PullResult {
            reference,
            image_id,
            digest: top_digest,
            status,
        })
    }

    /// Layers to fetch: each distinct diff ID the store does not have yet.
    fn missing_layers(
        &self,
        store: &Store,
        manifest: &ImageManifest,
        diff_ids: &[Digest],
        progress: &dyn PullProgress,
    ) -> Result<Vec<(Descriptor, Digest)>, EngineError> {
        let mut seen = BTreeSet::new();
        let mut todo = Vec::new();
        for (desc, diff_id) in manifest.layers.iter().zip(diff_ids) {
            if !seen.insert(diff_id) {
                continue;
            }
            if let Some(have) = store.layer(diff_id)? {
                progress.event(PullEvent::LayerExists {
                    digest: &desc.digest,
                });
                // remember where this layer can be found compressed (for push)
                if !have.compressed.iter().any(|c| c.digest == desc.digest) {
                    let form = CompressedForm {
                        digest: desc.digest.clone(),
                        media_type: desc.media_type.clone(),
                        size: desc.size,
                    };
                    store.add_compressed_form(diff_id, form)?;
                }
            } else {
                progress.event(PullEvent::LayerWaiting {
                    digest: &desc.digest,
                    size: desc.size,
                });
                todo.push((desc.clone(), diff_id.clone()));
            }
        }
        Ok(todo)
    }

    #[allow(clippy::too_many_arguments)]
    fn commit(
        &self,
        store: &Store,
        reference: &Reference,
        top_digest: &Digest,
        image_id: &Digest,
        config_bytes: &[u8],
        config: &ImageConfig,
        (manifest, manifest_bytes): (ManifestRef, Vec<u8>),
    ) -> Result<(), EngineError> {
        let lock = store.lock()?;
        let mut db = store.images()?;
        let size = store.image_size(&config.rootfs.diff_ids)?.map_err(|d| {
            EngineError::Conflict(format!(
                "layer {d} was removed while pulling {}; pull again",
                reference.familiar()
            ))
        })?;
        store.put_blob(image_id, config_bytes)?;
        store.put_blob(&manifest.digest, &manifest_bytes)?;
        let now = now_rfc3339();
        let previous = db.images.get(image_id);
        let added = previous.map_or_else(|| now.clone(), |p| p.added.clone());
        let record = ImageRecord {
            manifest: Some(manifest),
            last_tag_time: Some(now),
            ..ImageRecord::from_config(image_id.clone(), config, size, added)
        };
        db.insert_keeping(record);
        if reference.digest().is_none() {
            db.set_name(reference, image_id);
        }
        db.set_name(&reference.with_digest(top_digest.clone()), image_id);
        store.save_images(&db, &lock)?;
        Ok(())
    }
}

/// The image manifest `top` stands for: itself, or the entry of an index for `want`.
fn resolve_manifest(
    repo: &Repo<'_>,
    reference: &Reference,
    want: &Platform,
    top: FetchedManifest,
) -> Result<(Box<ImageManifest>, FetchedManifest), EngineError> {
    let parse = |m: &FetchedManifest| {
        Manifest::parse(&m.bytes, m.content_type.as_deref())
            .map_err(|e| EngineError::Other(format!("{reference}: {e}")))
    };
    let index = match parse(&top)? {
        Manifest::Image(m) => return Ok((m, top)),
        Manifest::Index(index) => index,
    };
    let desc = index.select(want).ok_or_else(|| {
        EngineError::Other(format!(
            "no image for {want} in the manifest list of {} (it has: {})",
            reference.familiar(),
            index.platforms().join(", ")
        ))
    })?;
    let fetched = repo.manifest(&desc.digest.to_string())?;
    match parse(&fetched)? {
        Manifest::Image(m) => Ok((m, fetched)),
        Manifest::Index(_) => Err(EngineError::Other(format!(
            "{reference}: manifest list entry {} is itself a list",
            desc.digest
        ))),
    }
}

fn check_platform(
    config: &ImageConfig,
    asked: Option<&Platform>,
    r: &Reference,
) -> Result<(), EngineError> {
    let Some(want) = asked else {
        return Ok(());
    };
    let have = Platform {
        os: config.os.clone(),
        architecture: config.architecture.clone(),
        variant: config.variant.clone(),
        ..Default::default()
    };
    if want.rank(&have).is_none() {
        return Err(EngineError::Other(format!(
            "image {} was found but does not match the requested platform: wanted {want}, actual {have}",
            r.familiar()
        )));
    }
    Ok(())
}

/// Fetches layers with `workers` threads. The first failure stops the others and is returned.
fn fetch_all(
    store: &Store,
    repo: &Repo<'_>,
    work: &WorkDir,
    todo: &[(Descriptor, Digest)],
    how: Fetch,
    workers: usize,
    progress: &dyn PullProgress,
) -> Result<(), EngineError> {
    let next = AtomicUsize::new(0);
    let cancel = AtomicBool::new(false);
    let first_error: Mutex<Option<EngineError>> = Mutex::new(None);
    std::thread::scope(|s| {
        for _ in 0..workers.max(1) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some((desc, diff_id)) = todo.get(i) else {
                        break;
                    };
                    if cancel.load(Ordering::Relaxed) {
                        break;
                    }
                    match fetch_layer(store, repo, work, desc, diff_id, how, progress, &cancel) {
                        Ok(()) => progress.event(PullEvent::LayerDone {
                            digest: &desc.digest,
                        }),
                        Err(e) => {
                            let was_cancelled = cancel.swap(true, Ordering::Relaxed);
                            let mut slot = first_error.lock().unwrap_or_else(|p| p.into_inner());
                            if slot.is_none() || !was_cancelled {
                                slot.get_or_insert(e);
                            }
                            break;
                        }
                    }
                }
            });
        }
    });
    match first_error.into_inner().unwrap_or_else(|p| p.into_inner()) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Streams one layer: network → compressed digest → decompress → diff-ID digest → unpack.
/// Nothing is committed unless both digests and the size match.
#[allow(clippy::too_many_arguments)]
fn fetch_layer(
    store: &Store,
    repo: &Repo<'_>,
    work: &WorkDir,
    desc: &Descriptor,
    diff_id: &Digest,
    how: Fetch,
    progress: &dyn PullProgress,
    cancel: &AtomicBool,
) -> Result<(), EngineError> {
    let body = repo.blob(desc)?;
    let watched = Watched {
        inner: body,
        digest: &desc.digest,
        total: desc.size,
        done: 0,
        reported: 0,
        progress,
        cancel,
    };
    let form = CompressedForm {
        digest: desc.digest.clone(),
        media_type: desc.media_type.clone(),
        size: desc.size,
    };
    if how.lazy {
        let packed = super::layer::fetch_packed(
            store,
            work,
            watched,
            desc.digest.algorithm(),
            diff_id.algorithm(),
        )
        .map_err(|e| layer_io(desc, e))?;
        check_fetched(repo, desc, &packed.raw_digest, packed.raw_size)?;
        check_diff_id(desc, &packed.diff_id, diff_id)?;
        return Ok(packed.commit(store, form)?);
    }
    let opts = how.opts;
    let layer = unpack_stream(
        store,
        work,
        watched,
        desc.digest.algorithm(),
        diff_id.algorithm(),
        opts,
        &|e| layer_io(desc, e),
    )?;
    check_fetched(repo, desc, &layer.raw_digest, layer.raw_size)?;
    check_diff_id(desc, &layer.diff_id, diff_id)?;
    layer.commit(store, Some(form))?;
    Ok(())
}

/// The decompressed content must be what the image config says.
fn check_diff_id(desc: &Descriptor, actual: &Digest, want: &Digest) -> Result<(), EngineError> {
    if actual != want {
        return Err(EngineError::Other(format!(
            "layer {}: uncompressed content has digest {actual}, but the image config says {want}",
            desc.digest
        )));
    }
    Ok(())
}

/// How layers are fetched: unpacked with `opts`, or kept packed.
#[derive(Clone, Copy)]
struct Fetch {
    opts: UnpackOptions,
    lazy: bool,
}

/// The blob as read must be the one the manifest names.
fn check_fetched(
    repo: &Repo<'_>,
    desc: &Descriptor,
    digest: &Digest,
    size: u64,
) -> Result<(), EngineError> {
    if *digest != desc.digest || size != desc.size {
        return Err(RegistryError::DigestMismatch {
            what: format!("layer ({size} bytes, expected {})", desc.size),
            registry: repo.registry().to_string(),
            expected: desc.digest.to_string(),
            actual: digest.to_string(),
        }
        .into());
    }
    Ok(())
}

fn layer_io(desc: &Descriptor, e: io::Error) -> EngineError {
    EngineError::Other(format!("layer {}: {e}", desc.digest))
}

/// Reports progress and stops early when another layer failed.
struct Watched<'a, R> {
    inner: R,
    digest: &'a Digest,
    total: u64,
    done: u64,
    reported: u64,
    progress: &'a dyn PullProgress,
    cancel: &'a AtomicBool,
}

impl<R: Read> Read for Watched<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(io::Error::other("cancelled"));
        }
        let n = self.inner.read(buf)?;
        self.done += n as u64;
        if self.done - self.reported >= 256 << 10
            || (n == 0 || self.done == self.total) && self.done != self.reported
        {
            self.reported = self.done;
            self.progress.event(PullEvent::LayerProgress {
                digest: self.digest,
                done: self.done,
                total: self.total,
            });
        }
        Ok(n)
    }
}
