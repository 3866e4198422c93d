//! New images from changes: a directory of changes becomes a layer (packed by the store's
//! layer writer, gzip-compressed into a blob, unpacked into the store like a pulled one),
//! and a config on top of a parent image becomes an image record. `commit` makes one from a
//! container's writable layer; `build` makes one per step the same way.

use std::fs;
use std::io::{self, BufReader, BufWriter};
use std::path::Path;

use crate::engine::{Engine, EngineError};
use crate::oci::digest::{Algorithm, HashingReader};
use crate::oci::image::{History, ImageConfig, RunConfig};
use crate::oci::{Digest, Reference};
use crate::state::Status;
use crate::store::images::ImageRecord;
use crate::store::layers::{CompressedForm, LayerInfo};
use crate::store::pack::{PackOptions, pack};
use crate::store::unpack::{UnpackOptions, unpack_recorded};
use crate::util::time::now_rfc3339;

/// `skiff commit`'s options.
#[derive(Clone, Debug, Default)]
pub struct CommitOptions {
    pub message: Option<String>,
    pub author: Option<String>,
    /// Freeze the container while its layer is read (docker's default).
    pub pause: bool,
    pub reference: Option<String>,
    /// `--format oci|docker` (podman): the manifest format `push` uses.
    pub format: Option<String>,
    /// `--include-volumes` (podman): the container's volume and bind destinations become
    /// the image's VOLUMEs.
    pub include_volumes: bool,
    /// `--squash` (podman): the image is one layer, its base's and the container's changes
    /// together.
    pub squash: bool,
}

use crate::oci::manifest::DOCKER_LAYER_GZIP as GZIP_LAYER;

impl Engine {
    /// Packs `dir` into a layer of the store; its diff ID.
    pub fn layer_from_dir(&self, dir: &Path, o: PackOptions) -> Result<Digest, EngineError> {
        let work = self.store()?.work_dir()?;
        let tar_path = work.path().join("layer.tar");
        let (_, f) = pack(dir, BufWriter::new(fs::File::create(&tar_path)?), o)
            .map_err(|e| EngineError::Other(format!("writing the layer: {e}")))?;
        f.into_inner()
            .map_err(|e| EngineError::Other(format!("writing the layer: {}", e.into_error())))?;
        self.layer_from_tar(&tar_path)
    }

    /// A layer tar (uncompressed) into the store: its diff ID, a gzip blob of it, and the
    /// unpacked directory.
    pub fn layer_from_tar(&self, tar_path: &Path) -> Result<Digest, EngineError> {
        let store = self.store()?;
        let work = store.work_dir()?;
        let io_err = |what: &str| {
            let what = what.to_string();
            move |e: io::Error| EngineError::Other(format!("{what}: {e}"))
        };
        // diff ID and the gzip blob in one read
        let gz_path = work.path().join("layer.tar.gz");
        let mut hashed =
            HashingReader::new(BufReader::new(fs::File::open(tar_path)?), Algorithm::Sha256);
        crate::store::compress::gzip(&mut hashed, BufWriter::new(fs::File::create(&gz_path)?))
            .and_then(|w| w.into_inner().map_err(|e| e.into_error()))
            .map_err(io_err("compressing the layer"))?;
        let (diff_id, _) = hashed.finish()?;
        let (blob, blob_size) =
            HashingReader::new(fs::File::open(&gz_path)?, Algorithm::Sha256).finish()?;
        if store.layer(&diff_id)?.is_none() {
            let pending = store.pending_layer(&work)?;
            let opts = UnpackOptions::layer(self.context().rootless);
            let (unpacked, _) = unpack_recorded(
                fs::File::open(tar_path)?,
                &pending.diff_dir(),
                opts,
                &pending.split_path(),
            )?;
            let info = LayerInfo {
                diff_id: diff_id.clone(),
                size: unpacked.size,
                compressed: vec![CompressedForm {
                    digest: blob.clone(),
                    media_type: GZIP_LAYER.into(),
                    size: blob_size,
                }],
                aufs_whiteouts: unpacked.aufs_whiteouts,
                created: now_rfc3339(),
                tar_size: unpacked.tar_size,
                packed: false,
            };
            store.commit_layer(pending, &info)?;
        }
        let path = store.blob_path(&blob);
        if !path.exists() {
            if let Some(d) = path.parent() {
                fs::create_dir_all(d)?;
            }
            fs::rename(&gz_path, &path)?;
        }
        Ok(diff_id)
    }

    /// Stores `config` as an image (its ID is the config's digest), named `reference`.
    pub fn save_image(
        &self,
        config: &ImageConfig,
        reference: Option<&Reference>,
        intermediate: bool,
    ) -> Result<Digest, EngineError> {
        self.save_image_as(config, reference, intermediate, None)
    }

    /// [`Engine::save_image`], with the manifest format `push` is to use (`oci`, `docker`).
    pub fn save_image_as(
        &self,
        config: &ImageConfig,
        reference: Option<&Reference>,
        intermediate: bool,
        format: Option<&str>,
    ) -> Result<Digest, EngineError> {
        let bytes = serde_json::to_vec(config).map_err(|e| EngineError::Other(e.to_string()))?;
        self.save_config_bytes(&bytes, config, reference, intermediate, format)
    }

    /// An image whose config is exactly `bytes` (`config` parsed from them): its ID is
    /// their digest (a cache brings the config of an image built elsewhere).
    pub fn save_image_bytes(
        &self,
        bytes: &[u8],
        config: &ImageConfig,
    ) -> Result<Digest, EngineError> {
        self.save_config_bytes(bytes, config, None, true, None)
    }

    fn save_config_bytes(
        &self,
        bytes: &[u8],
        config: &ImageConfig,
        reference: Option<&Reference>,
        intermediate: bool,
        format: Option<&str>,
    ) -> Result<Digest, EngineError> {
        let store = self.store()?;
        let id = Digest::sha256_of(bytes);
        store.put_blob(&id, bytes)?;
        let size = store
            .image_size(&config.rootfs.diff_ids)?
            .map_err(|d| EngineError::Conflict(format!("layer {d} was removed meanwhile")))?;
        let lock = store.lock()?;
        let mut db = store.images()?;
        let now = now_rfc3339();
        let previous = db.images.get(&id);
        let added = previous.map(|r| r.added.clone());
        // an image a build step made becomes a real one once it is the result of one
        let intermediate = intermediate && previous.is_none_or(|r| r.intermediate);
        db.insert_keeping(ImageRecord {
            last_tag_time: reference.map(|_| now.clone()),
            intermediate,
            format: format.map(str::to_string),
            ..ImageRecord::from_config(
                id.clone(),
                config,
                size,
                added.unwrap_or_else(|| now.clone()),
            )
        });
        if let Some(r) = reference {
            db.set_name(r, &id);
        }
        store.save_images(&db, &lock)?;
        Ok(id)
    }

    /// `commit`: the container's writable layer on top of its image, with its run config
    /// (after `edit`, for `-c INSTRUCTION`).
    pub fn commit_container(
        &self,
        container: &str,
        o: &CommitOptions,
        edit: &dyn Fn(&mut RunConfig) -> Result<(), String>,
    ) -> Result<Digest, EngineError> {
        let reference = o
            .reference
            .as_deref()
            .map(|r| Reference::parse_tag_target(r, &self.context().registries.default_registry))
            .transpose()
            .map_err(|e| EngineError::Invalid(e.to_string()))?;
        let id = self.containers()?.resolve(container)?;
        let (c, s) = self.load_container(&id)?;
        let store = self.store()?;
        let mut config = ImageConfig::parse(&store.read_blob(&c.image_id)?)
            .map_err(|e| EngineError::Store(format!("image {}: {e}", c.image_id)))?;
        // a container without a cgroup (rootless without delegation) cannot be frozen: its
        // files are read as they are, as `--pause=false` does
        let frozen = o.pause && s.status == Status::Running && !s.cgroup.is_empty();
        if frozen {
            self.pause_container(&id, true)?;
        }
        let layer = if o.squash {
            self.squashed_layer(&c.spec.root.lower, &c.spec.root.upper)
        } else {
            self.layer_from_dir(&c.spec.root.upper, PackOptions::default())
        };
        if frozen {
            let _ = self.pause_container(&id, false);
        }
        let layer = layer?;
        let mut run = config.config.clone().unwrap_or_default();
        run.env = Some(c.env.clone());
        run.cmd = Some(c.cmd.clone());
        run.entrypoint = c.entrypoint.clone();
        if !c.spec.process.cwd.is_empty() {
            run.working_dir = Some(c.spec.process.cwd.clone());
        }
        if !c.spec.process.user.is_empty() {
            run.user = Some(c.spec.process.user.clone());
        }
        if !c.labels.is_empty() {
            run.labels = Some(c.labels.clone());
        }
        if o.include_volumes {
            let vols = run.volumes.get_or_insert_with(Default::default);
            for m in c.mounts.iter().filter(|m| m.kind != "tmpfs") {
                vols.insert(m.destination.clone(), serde_json::json!({}));
            }
        }
        edit(&mut run).map_err(EngineError::Invalid)?;
        let now = now_rfc3339();
        config.created = Some(now.clone());
        config.author = o.author.clone().or(config.author);
        config.config = Some(run);
        config.comment = o.message.clone().filter(|m| !m.is_empty());
        if o.squash {
            // one layer: what the history said of the others stays, as empty steps
            config.rootfs.diff_ids = vec![layer];
            for h in &mut config.history {
                h.empty_layer = true;
            }
        } else {
            config.rootfs.diff_ids.push(layer);
        }
        config.history.push(History {
            created: Some(now),
            created_by: Some(
                std::iter::once(c.path.clone())
                    .chain(c.args.iter().cloned())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            author: o.author.clone(),
            comment: o.message.clone(),
            empty_layer: false,
        });
        self.save_image_as(&config, reference.as_ref(), false, o.format.as_deref())
    }

    /// `squash` (layers stacked on `keep`) as one layer: what they change in `keep`'s
    /// filesystem — their files, and whiteouts for what they removed from it (with no
    /// `keep`: the whole filesystem). Mtimes clamped as `o` says.
    pub fn squash_layers(
        &self,
        keep: &[Digest],
        squash: &[Digest],
        o: PackOptions,
    ) -> Result<Digest, EngineError> {
        let store = self.store()?;
        self.unpacked_layers(&[keep, squash].concat())?;
        let dirs = |d: &[Digest]| -> Vec<std::path::PathBuf> {
            d.iter().map(|x| store.layer_diff_dir(x)).collect()
        };
        let lower = dirs(keep);
        let new = dirs(squash);
        let full: Vec<std::path::PathBuf> = lower.iter().chain(&new).cloned().collect();
        let work = store.work_dir()?;
        let tar_path = work.path().join("squashed.tar");
        let f = BufWriter::new(fs::File::create(&tar_path)?);
        let full = crate::store::layered::Layered::new(&full);
        let written = if keep.is_empty() {
            crate::store::pack::pack_merged(&full, f, o)
        } else {
            let lower = crate::store::layered::Layered::new(&lower);
            crate::store::pack::pack_changes(&lower, &full, &new, f, o)
        };
        let (_, f) =
            written.map_err(|e| EngineError::Other(format!("writing the squashed layer: {e}")))?;
        f.into_inner()
            .map_err(|e| EngineError::Other(format!("writing the layer: {}", e.into_error())))?
            .sync_all()?;
        self.layer_from_tar(&tar_path)
    }

    /// The container's whole filesystem (its image's layers and its changes) as one layer.
    fn squashed_layer(
        &self,
        lower: &[std::path::PathBuf],
        upper: &Path,
    ) -> Result<Digest, EngineError> {
        let mut dirs = lower.to_vec();
        dirs.push(upper.to_path_buf());
        let view = crate::store::layered::Layered::new(&dirs);
        let work = self.store()?.work_dir()?;
        let tar_path = work.path().join("squashed.tar");
        let f = BufWriter::new(fs::File::create(&tar_path)?);
        let mut f = f;
        crate::store::pack::pack_merged(&view, &mut f, PackOptions::default())
            .map_err(|e| EngineError::Other(format!("writing the squashed layer: {e}")))?;
        f.into_inner()
            .map_err(|e| EngineError::Other(format!("writing the layer: {}", e.into_error())))?
            .sync_all()?;
        self.layer_from_tar(&tar_path)
    }
}
