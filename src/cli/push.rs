//! `push`: an image to a registry, with docker's output.

use anyhow::bail;
use clap::Args;

use super::RegistryArgs;
use super::image::client_options;
use super::progress::LayerDisplay;
use crate::engine::Engine;
use crate::engine::image::push::{LayerCompression, ManifestFormat, PushOptions};

#[derive(Debug, Args)]
pub struct PushArgs {
    /// Manifest format: oci or v2s2 (docker); default: the image's own, else v2s2
    #[arg(short, long, value_parser = ["oci", "v2s2", "docker"])]
    format: Option<String>,
    /// Compression of layers that must be compressed for the push: gzip or zstd
    #[arg(long, value_parser = ["gzip", "zstd"])]
    compression_format: Option<String>,
    /// Push every local tag of the repository
    #[arg(short, long)]
    all_tags: bool,
    /// IMAGE is a manifest list: push every image in it as well (what a list push always
    /// does: a list's images must be in the registry)
    #[arg(long)]
    all: bool,
    /// Print nothing but errors
    #[arg(short, long)]
    quiet: bool,
    /// Write the manifest's digest to FILE
    #[arg(long, value_name = "FILE")]
    digestfile: Option<std::path::PathBuf>,
    /// Gzip the layers written to a dir:, oci: or oci-archive: destination (podman)
    #[arg(long)]
    compress: bool,
    #[command(flatten)]
    registry: RegistryArgs,
    /// The local image (name or ID)
    #[arg(value_name = "IMAGE")]
    image: String,
    /// Where to push it (default: the image's name)
    #[arg(value_name = "DESTINATION")]
    destination: Option<String>,
}

/// podman's destinations that are not a registry: `TRANSPORT:PATH`.
fn local_destination(
    dest: &str,
) -> Option<(
    crate::engine::image::archive::ArchiveFormat,
    std::path::PathBuf,
)> {
    use crate::engine::image::archive::ArchiveFormat;
    let (transport, path) = dest.split_once(':')?;
    let format = match transport {
        "dir" => ArchiveFormat::DockerDir,
        "oci" => ArchiveFormat::OciDir,
        "oci-archive" => ArchiveFormat::OciArchive,
        "docker-archive" => ArchiveFormat::DockerArchive,
        _ => return None,
    };
    // `oci:PATH:REF` / `docker-archive:PATH:REF`: the name part is not kept here
    let path = path.split_once(':').map_or(path, |(p, _)| p);
    Some((format, std::path::PathBuf::from(path)))
}

pub fn push(engine: &Engine, a: PushArgs) -> anyhow::Result<i32> {
    if let Some((format, path)) = a.destination.as_deref().and_then(local_destination) {
        if a.all_tags {
            bail!("--all-tags pushes to a registry, not to {}", path.display());
        }
        super::archive::save_to(
            engine,
            std::slice::from_ref(&a.image),
            format,
            Some(&path),
            a.compress,
        )?;
        return Ok(0);
    }
    if let Some(d) = a
        .destination
        .as_deref()
        .and_then(|d| d.strip_prefix("docker://"))
    {
        return push(
            engine,
            PushArgs {
                destination: Some(d.to_string()),
                ..a
            },
        );
    }
    if a.compress {
        bail!(
            "--compress is for dir:, oci: and oci-archive: destinations: registry layers are always compressed"
        );
    }
    let format = match a.format.as_deref() {
        Some("oci") => Some(ManifestFormat::Oci),
        Some("v2s2" | "docker") => Some(ManifestFormat::V2s2),
        Some(other) => bail!("unknown manifest format {other:?}"),
        None => None,
    };
    let compression = match a.compression_format.as_deref() {
        Some("gzip") => Some(LayerCompression::Gzip),
        Some("zstd") => Some(LayerCompression::Zstd),
        Some(other) => bail!("unknown compression {other:?}"),
        None => None,
    };
    let sources = if a.all_tags {
        if a.destination.is_some() {
            bail!("--all-tags takes a repository and no destination");
        }
        let tags = engine.repository_tags(&a.image)?;
        if tags.is_empty() {
            bail!(
                "An image does not exist locally with the repository {}",
                a.image
            );
        }
        tags
    } else {
        vec![a.image.clone()]
    };
    let display = LayerDisplay::new(a.quiet, true);
    // a manifest list: its images, then the list
    if !a.all_tags && (a.all || engine.manifest_list(&a.image).ok().flatten().is_some()) {
        let r = engine.manifest_push(
            &a.image,
            a.destination.as_deref(),
            &PushOptions {
                format,
                compression,
                client: client_options(&a.registry)?,
                ..Default::default()
            },
            &display,
        )?;
        if let Some(f) = &a.digestfile {
            std::fs::write(f, r.digest.to_string())?;
        }
        if a.quiet {
            println!("{}", r.reference);
        }
        return Ok(0);
    }
    for source in sources {
        let opts = PushOptions {
            source,
            destination: a.destination.clone(),
            format,
            compression,
            client: client_options(&a.registry)?,
            by_digest: false,
        };
        let shown = opts.destination.as_deref().unwrap_or(&opts.source);
        let shown = engine
            .familiar_reference(shown)
            .unwrap_or_else(|_| shown.to_string());
        let result = engine.push(&opts, &display)?;
        if let Some(f) = &a.digestfile {
            std::fs::write(f, result.digest.to_string())?;
        }
        if a.quiet {
            // docker says what it pushed, even when quiet
            println!("{shown}");
        }
    }
    Ok(0)
}
