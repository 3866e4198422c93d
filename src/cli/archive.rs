//! `export` (a container's filesystem as a tar) and `import` (a tar as an image).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::{Context as _, bail};
use clap::Args;

use crate::engine::Engine;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write to a file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[arg(value_name = "CONTAINER")]
    container: String,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Apply a Dockerfile instruction to the image (CMD, ENV, …)
    #[arg(short, long = "change", value_name = "INSTRUCTION")]
    change: Vec<String>,
    /// Commit message
    #[arg(short, long)]
    message: Option<String>,
    /// The platform the files are for, OS/ARCH[/VARIANT] (default: this host's)
    #[arg(long, value_name = "PLATFORM")]
    platform: Option<String>,
    #[command(flatten)]
    parts: crate::cli::platform::PlatformParts,
    /// Print only the image ID (podman; it is all import prints)
    #[arg(short, long)]
    quiet: bool,
    /// A tar (plain, gzip or zstd): a file, an http(s) URL, or - for standard input
    #[arg(value_name = "FILE|URL|-")]
    source: String,
    /// Name for the image
    #[arg(value_name = "REPOSITORY[:TAG]")]
    reference: Option<String>,
}

#[derive(Debug, Args)]
pub struct SaveArgs {
    /// Write to a file (a directory for oci-dir) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Archive format: docker-archive, oci-archive, oci-dir or docker-dir (podman's dir
    /// layout)
    #[arg(long, default_value = "docker-archive", value_parser = ["docker-archive", "oci-archive", "oci-dir", "docker-dir"])]
    format: String,
    /// Gzip the layers (oci-archive, oci-dir, docker-dir; podman)
    #[arg(long, conflicts_with = "uncompressed")]
    compress: bool,
    /// Leave the layers uncompressed (skiff's default, as docker's; podman)
    #[arg(long)]
    uncompressed: bool,
    /// Every image given in one archive (podman; always so here)
    #[arg(short = 'm', long)]
    multi_image_archive: bool,
    /// Print nothing
    #[arg(short, long)]
    quiet: bool,
    #[arg(value_name = "IMAGE", required = true)]
    images: Vec<String>,
}

#[derive(Debug, Args)]
pub struct LoadArgs {
    /// Read from a file or OCI layout directory instead of standard input
    #[arg(short, long, value_name = "FILE")]
    input: Option<PathBuf>,
    /// Suppress the load output
    #[arg(short, long)]
    quiet: bool,
}

pub fn save(engine: &Engine, a: SaveArgs) -> anyhow::Result<i32> {
    use crate::engine::image::archive::ArchiveFormat;
    let format = ArchiveFormat::parse(&a.format).unwrap_or(ArchiveFormat::DockerArchive);
    if a.compress && format == ArchiveFormat::DockerArchive {
        bail!(
            "--compress is for oci-archive, oci-dir and docker-dir: a docker archive's layers are plain tars"
        );
    }
    save_to(engine, &a.images, format, a.output.as_ref(), a.compress)?;
    Ok(0)
}

/// `images` written in `format` to `output` (a directory for the dir layouts, else a file
/// or standard output).
pub(crate) fn save_to(
    engine: &Engine,
    images: &[String],
    format: crate::engine::image::archive::ArchiveFormat,
    output: Option<&PathBuf>,
    compress: bool,
) -> anyhow::Result<()> {
    use crate::engine::image::archive::{ArchiveFormat, save::SaveTarget};
    if matches!(format, ArchiveFormat::OciDir | ArchiveFormat::DockerDir) {
        let Some(dir) = output else {
            bail!("--format {} needs -o DIRECTORY", format_name(format));
        };
        engine.save_images(images, format, SaveTarget::Dir(dir), compress)?;
        return Ok(());
    }
    write_output(output, &|w| {
        Ok(engine.save_images(images, format, SaveTarget::Stream(w), compress)?)
    })
}

fn format_name(f: crate::engine::image::archive::ArchiveFormat) -> &'static str {
    use crate::engine::image::archive::ArchiveFormat;
    match f {
        ArchiveFormat::DockerArchive => "docker-archive",
        ArchiveFormat::OciArchive => "oci-archive",
        ArchiveFormat::OciDir => "oci-dir",
        ArchiveFormat::DockerDir => "docker-dir",
    }
}

pub fn load(engine: &Engine, a: LoadArgs) -> anyhow::Result<i32> {
    use crate::engine::image::archive::load::LoadSource;
    let loaded = match &a.input {
        Some(p) if p.as_os_str() != "-" => {
            if !p.exists() {
                bail!("open {}: no such file or directory", p.display());
            }
            engine.load_images(LoadSource::Path(p))?
        }
        _ => {
            let stdin = std::io::stdin();
            if stdin.is_terminal() {
                bail!("requested load from stdin, but stdin is empty (use -i FILE or a pipe)");
            }
            engine.load_images(LoadSource::Stream(&mut stdin.lock()))?
        }
    };
    if !a.quiet {
        let mut out = std::io::stdout().lock();
        for l in loaded {
            if l.names.is_empty() {
                writeln!(out, "Loaded image ID: {}", l.id)?;
            }
            for n in l.names {
                writeln!(out, "Loaded image: {}", n.familiar())?;
            }
        }
    }
    Ok(0)
}

/// Writes to `path` through a temporary file renamed into place once complete, or to
/// standard output (never a terminal).
pub(crate) fn write_output(
    path: Option<&PathBuf>,
    write: &dyn Fn(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    match path {
        Some(p) if p.as_os_str() != "-" => {
            let tmp = p.with_file_name(format!(
                ".{}.tmp-{}",
                p.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                std::process::id()
            ));
            let result = (|| -> anyhow::Result<()> {
                let mut f = std::io::BufWriter::new(
                    std::fs::File::create(&tmp)
                        .with_context(|| format!("creating {}", tmp.display()))?,
                );
                write(&mut f)?;
                let f = f.into_inner().map_err(|e| e.into_error())?;
                f.sync_all()?;
                std::fs::rename(&tmp, p).with_context(|| format!("writing {}", p.display()))?;
                Ok(())
            })();
            if result.is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
            result
        }
        _ => {
            if std::io::stdout().is_terminal() {
                bail!("cowardly refusing to write a tar to a terminal: use -o FILE or redirect");
            }
            let mut out = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
            write(&mut out)?;
            out.flush()?;
            Ok(())
        }
    }
}

pub fn export(engine: &Engine, a: ExportArgs) -> anyhow::Result<i32> {
    write_output(a.output.as_ref(), &|w| {
        Ok(engine.export_container(&a.container, w)?)
    })?;
    Ok(0)
}

pub fn import(engine: &Engine, a: ImportArgs) -> anyhow::Result<i32> {
    let edit = super::commit::changes(&a.change)?;
    let mut source = engine.import_source(&a.source)?;
    let platform = a.parts.platform(a.platform.as_deref())?;
    let _ = a.quiet;
    let id = engine.import_image(
        &mut source.reader,
        a.reference.as_deref(),
        a.message.as_deref(),
        platform.as_ref(),
        &edit,
    )?;
    println!("{id}");
    Ok(0)
}
