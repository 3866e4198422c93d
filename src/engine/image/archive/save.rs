//! `save`: images as a docker archive (`manifest.json`, `repositories`, `<diff-id>.tar`
//! layers and `<id>.json` configs, as podman writes it) or an OCI layout (uncompressed
//! layer blobs), as a tar stream or a directory. Each layer is written once however many
//! images share it; its exact tar comes back from the store and is checked against its
//! diff ID on the way out.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use super::blob_member;
use crate::engine::{Engine, EngineError};
use crate::oci::archive::{
    ArchiveFormat, CONTAINERD_NAME, DockerArchiveEntry, DockerRepositories, OCI_LAYER_TAR,
    OCI_LAYOUT, REF_NAME,
};
use crate::oci::manifest::{
    DOCKER_CONFIG, DOCKER_LAYER_GZIP, DOCKER_LAYER_TAR, DOCKER_MANIFEST, Descriptor, ImageIndex,
    ImageManifest, OCI_CONFIG, OCI_INDEX, OCI_LAYER_GZIP, OCI_MANIFEST,
};
use crate::oci::{Digest, Reference};
use crate::store::{LayerInfo, Store, WorkDir};

/// Where `save` writes.
pub enum SaveTarget<'a> {
    Stream(&'a mut dyn Write),
    Dir(&'a Path),
}

/// An archive being written: tar members or files in a directory.
trait Sink {
    fn file(&mut self, name: &str, size: u64, data: &mut dyn Read) -> io::Result<()>;
    fn dir(&mut self, name: &str) -> io::Result<()>;
    fn bytes(&mut self, name: &str, data: &[u8]) -> io::Result<()> {
        self.file(name, data.len() as u64, &mut &data[..])
    }
}

struct TarSink<W: Write>(tar::Builder<W>);

impl<W: Write> Sink for TarSink<W> {
    fn file(&mut self, name: &str, size: u64, data: &mut dyn Read) -> io::Result<()> {
        let mut h = tar::Header::new_ustar();
        h.set_size(size);
        h.set_mode(0o644);
        h.set_mtime(0);
        h.set_entry_type(tar::EntryType::Regular);
        self.0.append_data(&mut h, name, data)
    }
    fn dir(&mut self, name: &str) -> io::Result<()> {
        let mut h = tar::Header::new_ustar();
        h.set_size(0);
        h.set_mode(0o755);
        h.set_mtime(0);
        h.set_entry_type(tar::EntryType::Directory);
        self.0.append_data(&mut h, format!("{name}/"), io::empty())
    }
}

struct DirSink(PathBuf);

impl Sink for DirSink {
    fn file(&mut self, name: &str, size: u64, data: &mut dyn Read) -> io::Result<()> {
        let dest = self.0.join(name);
        let tmp = self.0.join(format!("{name}.tmp-{}", std::process::id()));
        let result = (|| {
            let mut out = BufWriter::with_capacity(1 << 20, fs::File::create(&tmp)?);
            let n = io::copy(data, &mut out)?;
            if n != size {
                return Err(io::Error::other(format!(
                    "{name}: {n} bytes instead of {size}"
                )));
            }
            out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
            fs::rename(&tmp, &dest)
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }
    fn dir(&mut self, name: &str) -> io::Result<()> {
        crate::util::fs::ensure_dir(&self.0.join(name))
    }
}

/// An image to save and the names to give it.
struct Item {
    id: Digest,
    config: Vec<u8>,
    diff_ids: Vec<Digest>,
    names: Vec<Reference>,
}

impl Engine {
    /// Writes `images` in `format`; `compress`: layers gzip-compressed (OCI and dir
    /// layouts; a docker archive's are always plain tars).
    pub fn save_images(
        &self,
        images: &[String],
        format: ArchiveFormat,
        target: SaveTarget<'_>,
        compress: bool,
    ) -> Result<(), EngineError> {
        let store = self.store()?;
        let db = store.images()?;
        let mut items: Vec<Item> = Vec::new();
        for arg in images {
            let r = self.resolve_image(&db, arg)?;
            let pos = match items.iter().position(|i| i.id == r.id) {
                Some(p) => p,
                None => {
                    let config = store.read_blob(&r.id)?;
                    let parsed = crate::oci::image::ImageConfig::parse(&config)
                        .map_err(|e| EngineError::Store(format!("image {}: {e}", r.id)))?;
                    items.push(Item {
                        id: r.id.clone(),
                        config,
                        diff_ids: parsed.rootfs.diff_ids,
                        names: Vec::new(),
                    });
                    items.len() - 1
                }
            };
            if let Some(n) = r.name
                && n.digest().is_none()
                && !items[pos].names.contains(&n)
            {
                items[pos].names.push(n);
            }
        }
        let mut layers: Vec<LayerInfo> = Vec::new();
        for d in items.iter().flat_map(|i| &i.diff_ids) {
            if layers.iter().all(|l| &l.diff_id != d) {
                layers.push(store.layer(d)?.ok_or_else(|| {
                    EngineError::Store(format!("layer {d} is missing from the store"))
                })?);
            }
        }
        if format == ArchiveFormat::DockerDir && items.len() > 1 {
            return Err(EngineError::Invalid(
                "--format docker-dir holds one image: save the others elsewhere".into(),
            ));
        }
        let work = store.work_dir()?;
        let job = Job {
            store,
            work: &work,
            items: &items,
            layers: &layers,
            compress: compress && format != ArchiveFormat::DockerArchive,
        };
        let err = |e: io::Error| EngineError::Other(format!("writing the archive: {e}"));
        match target {
            SaveTarget::Stream(out) => {
                let mut sink = TarSink(tar::Builder::new(out));
                job.write(format, &mut sink).map_err(err)?;
                sink.0.into_inner().and_then(|w| w.flush()).map_err(err)
            }
            SaveTarget::Dir(dir) => {
                crate::util::fs::ensure_dir(dir).map_err(err)?;
                job.write(format, &mut DirSink(dir.to_path_buf()))
                    .map_err(err)
            }
        }
    }
}

/// What one `save` writes.
struct Job<'a> {
    store: &'a Store,
    work: &'a WorkDir,
    items: &'a [Item],
    layers: &'a [LayerInfo],
    compress: bool,
}

/// A layer as written: its blob's digest (the diff ID when uncompressed) and size.
struct Written {
    digest: Digest,
    size: u64,
}

impl Job<'_> {
    fn write(&self, format: ArchiveFormat, sink: &mut dyn Sink) -> io::Result<()> {
        match format {
            ArchiveFormat::DockerArchive => self.docker(sink),
            ArchiveFormat::OciArchive | ArchiveFormat::OciDir => self.oci(sink),
            ArchiveFormat::DockerDir => self.docker_dir(sink),
        }
    }

    /// Writes a layer as a blob named by `name(digest)`: its plain tar, or with
    /// `compress` a gzip of it (spooled first: the name is the digest of what is written).
    fn blob(
        &self,
        layer: &LayerInfo,
        name: &dyn Fn(&Digest) -> String,
        sink: &mut dyn Sink,
    ) -> io::Result<Written> {
        if !self.compress {
            let size = self.layer(layer, &name(&layer.diff_id), sink)?;
            return Ok(Written {
                digest: layer.diff_id.clone(),
                size,
            });
        }
        let tar = self.store.layer_tar(layer)?;
        let spool = self.work.path().join(format!("{}.gz", layer.diff_id.hex()));
        let f = BufWriter::new(fs::File::create(&spool)?);
        crate::store::compress::gzip(BufReader::with_capacity(1 << 20, tar.reader), f)?
            .into_inner()
            .map_err(|e| e.into_error())?;
        let (digest, size) = crate::oci::digest::HashingReader::new(
            fs::File::open(&spool)?,
            crate::oci::digest::Algorithm::Sha256,
        )
        .finish()?;
        sink.file(
            &name(&digest),
            size,
            &mut BufReader::with_capacity(1 << 20, fs::File::open(&spool)?),
        )?;
        let _ = fs::remove_file(&spool);
        Ok(Written { digest, size })
    }

    /// podman's docker-dir: the image's manifest (Docker schema 2), its config and layers
    /// as files named by their digests' hex, and the layout's version.
    fn docker_dir(&self, sink: &mut dyn Sink) -> io::Result<()> {
        let Some(item) = self.items.first() else {
            return Ok(());
        };
        let mut layers = Vec::new();
        for d in &item.diff_ids {
            let Some(l) = self.layers.iter().find(|l| &l.diff_id == d) else {
                return Err(io::Error::other(format!("layer {d} is missing")));
            };
            let w = self.blob(l, &|d: &Digest| d.hex().to_string(), sink)?;
            let media = if self.compress {
                DOCKER_LAYER_GZIP
            } else {
                DOCKER_LAYER_TAR
            };
            layers.push(Descriptor::new(media, w.digest, w.size));
        }
        sink.bytes(item.id.hex(), &item.config)?;
        let manifest = ImageManifest {
            schema_version: 2,
            media_type: Some(DOCKER_MANIFEST.into()),
            config: Descriptor::new(DOCKER_CONFIG, item.id.clone(), item.config.len() as u64),
            layers,
            annotations: None,
        };
        sink.bytes("manifest.json", &to_json(&manifest)?)?;
        sink.bytes("version", b"Directory Transport Version: 1.1\n")?;
        Ok(())
    }

    /// Writes a layer's tar as `name`; its size.
    fn layer(&self, layer: &LayerInfo, name: &str, sink: &mut dyn Sink) -> io::Result<u64> {
        let tar = self.store.layer_tar(layer)?;
        let mut reader = BufReader::with_capacity(1 << 20, tar.reader);
        if let Some(size) = tar.size {
            sink.file(name, size, &mut reader)?;
            return Ok(size);
        }
        // size unknown until decompressed: spool it
        let spool = self.work.path().join(layer.diff_id.hex());
        let mut f = BufWriter::new(fs::File::create(&spool)?);
        let size = io::copy(&mut reader, &mut f)?;
        f.into_inner().map_err(|e| e.into_error())?;
        let mut back = BufReader::with_capacity(1 << 20, fs::File::open(&spool)?);
        sink.file(name, size, &mut back)?;
        let _ = fs::remove_file(&spool);
        Ok(size)
    }

    fn docker(&self, sink: &mut dyn Sink) -> io::Result<()> {
        for l in self.layers {
            self.layer(l, &format!("{}.tar", l.diff_id.hex()), sink)?;
        }
        let mut manifest = Vec::new();
        let mut repositories = DockerRepositories::new();
        for item in self.items {
            let config = format!("{}.json", item.id.hex());
            sink.bytes(&config, &item.config)?;
            let tags: Vec<String> = item.names.iter().map(Reference::familiar).collect();
            if let Some(top) = item.diff_ids.last() {
                for n in &item.names {
                    repositories.entry(n.familiar_name()).or_default().insert(
                        n.tag().unwrap_or("latest").to_string(),
                        top.hex().to_string(),
                    );
                }
            }
            manifest.push(DockerArchiveEntry {
                config,
                repo_tags: (!tags.is_empty()).then_some(tags),
                layers: item
                    .diff_ids
                    .iter()
                    .map(|d| format!("{}.tar", d.hex()))
                    .collect(),
            });
        }
        sink.bytes("manifest.json", &to_json(&manifest)?)?;
        sink.bytes("repositories", &to_json(&repositories)?)?;
        Ok(())
    }

    fn oci(&self, sink: &mut dyn Sink) -> io::Result<()> {
        sink.dir("blobs")?;
        sink.dir("blobs/sha256")?;
        let mut blobs = BTreeMap::new();
        for l in self.layers {
            let w = self.blob(l, &blob_member, sink)?;
            blobs.insert(l.diff_id.clone(), w);
        }
        let media = if self.compress {
            OCI_LAYER_GZIP
        } else {
            OCI_LAYER_TAR
        };
        let mut index = ImageIndex {
            schema_version: 2,
            media_type: Some(OCI_INDEX.into()),
            manifests: Vec::new(),
            annotations: None,
        };
        for item in self.items {
            sink.bytes(&blob_member(&item.id), &item.config)?;
            let manifest = ImageManifest {
                schema_version: 2,
                media_type: Some(OCI_MANIFEST.into()),
                config: Descriptor::new(OCI_CONFIG, item.id.clone(), item.config.len() as u64),
                layers: item
                    .diff_ids
                    .iter()
                    .map(|d| match blobs.get(d) {
                        Some(w) => Descriptor::new(media, w.digest.clone(), w.size),
                        None => Descriptor::new(media, d.clone(), 0),
                    })
                    .collect(),
                annotations: None,
            };
            let bytes = to_json(&manifest)?;
            let digest = Digest::sha256_of(&bytes);
            sink.bytes(&blob_member(&digest), &bytes)?;
            let entry = Descriptor::new(OCI_MANIFEST, digest, bytes.len() as u64);
            if item.names.is_empty() {
                index.manifests.push(entry.clone());
            }
            for n in &item.names {
                let full = n.to_string();
                let annotations = [
                    (REF_NAME.to_string(), full.clone()),
                    (CONTAINERD_NAME.to_string(), full),
                ];
                index.manifests.push(Descriptor {
                    annotations: Some(annotations.into_iter().collect()),
                    ..entry.clone()
                });
            }
        }
        sink.bytes("oci-layout", OCI_LAYOUT.as_bytes())?;
        sink.bytes("index.json", &to_json(&index)?)?;
        Ok(())
    }
}

fn to_json<T: serde::Serialize>(v: &T) -> io::Result<Vec<u8>> {
    serde_json::to_vec(v).map_err(io::Error::other)
}
