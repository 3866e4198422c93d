//! `manifest create|add|annotate|remove|inspect|push|rm|exists` (docker's and podman's):
//! multi-platform image lists assembled by hand from local or registry images.

use std::collections::BTreeMap;

use anyhow::bail;
use clap::{Args, Subcommand};

use super::RegistryArgs;
use super::image::client_options;
use super::progress::LayerDisplay;
use crate::engine::Engine;
use crate::engine::image::lists::EntryOptions;
use crate::engine::image::push::{LayerCompression, ManifestFormat, PushOptions};

#[derive(Debug, Subcommand)]
pub enum ManifestCommand {
    /// Create a manifest list, from the images given (local, or pulled)
    Create(CreateArgs),
    /// Add an image (local, or pulled) to a manifest list
    Add(AddArgs),
    /// Set an entry's platform and annotations (or the list's, with --index)
    Annotate(AnnotateArgs),
    /// Take an entry out of a manifest list
    Remove(RemoveArgs),
    /// Show a manifest list (a local one, else the registry's manifest or list)
    Inspect(InspectArgs),
    /// Push a manifest list and every image in it
    Push(PushArgs),
    /// Remove manifest lists (their images stay)
    Rm(RmArgs),
    /// Exit 0 when the manifest list exists, 1 when not
    Exists(super::ExistsArgs),
}

/// An entry's platform and annotations, as `add` and `annotate` take them.
#[derive(Debug, Args)]
pub struct EntryArgs {
    /// The entry's architecture
    #[arg(long, value_name = "ARCH")]
    arch: Option<String>,
    /// The entry's OS
    #[arg(long, value_name = "OS")]
    os: Option<String>,
    /// The entry's architecture variant
    #[arg(long, value_name = "VARIANT")]
    variant: Option<String>,
    /// The entry's OS version
    #[arg(long, value_name = "VERSION")]
    os_version: Option<String>,
    /// The entry's OS features (repeatable)
    #[arg(long, visible_alias = "features", value_name = "FEATURE")]
    os_features: Vec<String>,
    /// An annotation on the entry, KEY=VALUE (repeatable)
    #[arg(long, value_name = "KEY=VALUE")]
    annotation: Vec<String>,
}

impl EntryArgs {
    fn options(&self, all: bool) -> anyhow::Result<EntryOptions> {
        Ok(EntryOptions {
            os: self.os.clone(),
            arch: self.arch.clone(),
            variant: self.variant.clone(),
            os_version: self.os_version.clone(),
            os_features: self.os_features.clone(),
            annotations: annotations(&self.annotation)?,
            all,
        })
    }
}

fn annotations(items: &[String]) -> anyhow::Result<BTreeMap<String, String>> {
    items
        .iter()
        .map(|a| match a.split_once('=') {
            Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
            _ => bail!("invalid --annotation {a:?}: want KEY=VALUE"),
        })
        .collect()
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Add to the list when it exists already
    #[arg(short, long)]
    amend: bool,
    /// Every platform of an image that is a list, not only this machine's
    #[arg(long)]
    all: bool,
    /// An annotation on each entry added, KEY=VALUE
    #[arg(long, value_name = "KEY=VALUE")]
    annotation: Vec<String>,
    /// Allow plain HTTP registries (docker's; as --tls-verify=false)
    #[arg(long)]
    insecure: bool,
    #[command(flatten)]
    registry: RegistryArgs,
    /// The list's name
    #[arg(value_name = "LIST")]
    list: String,
    #[arg(value_name = "IMAGE")]
    images: Vec<String>,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Every platform of an image that is a list, not only this machine's
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    entry: EntryArgs,
    #[command(flatten)]
    registry: RegistryArgs,
    #[arg(value_name = "LIST")]
    list: String,
    #[arg(value_name = "IMAGE")]
    image: String,
}

#[derive(Debug, Args)]
pub struct AnnotateArgs {
    /// Annotate the list itself (its --annotation values)
    #[arg(long)]
    index: bool,
    #[command(flatten)]
    entry: EntryArgs,
    #[arg(value_name = "LIST")]
    list: String,
    /// The entry: an image name or ID, or its manifest digest
    #[arg(value_name = "IMAGE")]
    image: Option<String>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    #[arg(value_name = "LIST")]
    list: String,
    /// The entry: an image name or ID, or its manifest digest
    #[arg(value_name = "DIGEST")]
    image: String,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// Allow plain HTTP registries (docker's; as --tls-verify=false)
    #[arg(long)]
    insecure: bool,
    /// Accepted as docker's: the list is shown whole
    #[arg(short, long)]
    verbose: bool,
    #[command(flatten)]
    registry: RegistryArgs,
    #[arg(value_name = "LIST")]
    list: String,
}

#[derive(Debug, Args)]
pub struct PushArgs {
    /// Push every image of the list (always: a list's images must be in the registry)
    #[arg(long)]
    all: bool,
    /// Remove the local list once pushed
    #[arg(short = 'p', long, visible_alias = "rm")]
    purge: bool,
    /// Manifest format of the images: oci or v2s2 (docker)
    #[arg(short, long, value_parser = ["oci", "v2s2", "docker"])]
    format: Option<String>,
    /// Compression of layers that must be compressed for the push: gzip or zstd
    #[arg(long, value_parser = ["gzip", "zstd"])]
    compression_format: Option<String>,
    /// Write the list's digest to FILE
    #[arg(long, value_name = "FILE")]
    digestfile: Option<std::path::PathBuf>,
    /// Print nothing but errors
    #[arg(short, long)]
    quiet: bool,
    /// Allow plain HTTP registries (docker's; as --tls-verify=false)
    #[arg(long)]
    insecure: bool,
    #[command(flatten)]
    registry: RegistryArgs,
    #[arg(value_name = "LIST")]
    list: String,
    /// Where to push it (default: the list's name)
    #[arg(value_name = "DESTINATION")]
    destination: Option<String>,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    #[arg(value_name = "LIST", required = true)]
    lists: Vec<String>,
}

/// `--insecure` is `--tls-verify=false`.
fn registry(r: &RegistryArgs, insecure: bool) -> anyhow::Result<crate::registry::ClientOptions> {
    if insecure && r.tls_verify == Some(true) {
        bail!("--insecure and --tls-verify=true contradict each other");
    }
    let mut o = client_options(r)?;
    if insecure {
        o.tls_verify = Some(false);
    }
    Ok(o)
}

pub fn dispatch(engine: &Engine, c: ManifestCommand) -> anyhow::Result<i32> {
    let pulls = LayerDisplay::new(true, true);
    match c {
        ManifestCommand::Create(a) => {
            let o = EntryOptions {
                annotations: annotations(&a.annotation)?,
                all: a.all,
                ..Default::default()
            };
            let client = registry(&a.registry, a.insecure)?;
            let name = engine.manifest_create(&a.list, &a.images, a.amend, &o, &client, &pulls)?;
            println!("{name}");
            Ok(0)
        }
        ManifestCommand::Add(a) => {
            let client = registry(&a.registry, false)?;
            let ids = engine.manifest_add(
                &a.list,
                &a.image,
                &a.entry.options(a.all)?,
                &client,
                &pulls,
            )?;
            for id in ids {
                println!("{id}");
            }
            Ok(0)
        }
        ManifestCommand::Annotate(a) => {
            let o = a.entry.options(false)?;
            let (entry, index) = match (a.index, a.image.as_deref()) {
                (true, _) => (String::new(), o.annotations.clone()),
                (false, Some(i)) => (i.to_string(), BTreeMap::new()),
                (false, None) => bail!("manifest annotate: name the entry (IMAGE), or --index"),
            };
            engine.manifest_annotate(&a.list, &entry, &o, &index)?;
            Ok(0)
        }
        ManifestCommand::Remove(a) => {
            engine.manifest_remove_entry(&a.list, &a.image)?;
            Ok(0)
        }
        ManifestCommand::Inspect(a) => {
            let _ = a.verbose;
            let client = registry(&a.registry, a.insecure)?;
            let v = engine.manifest_inspect(&a.list, &client)?;
            println!(
                "{}",
                crate::util::text::escape_controls(
                    &serde_json::to_string_pretty(&v)?,
                    crate::util::text::Keep::TabNewline
                )
            );
            Ok(0)
        }
        ManifestCommand::Push(a) => {
            let _ = a.all;
            let o = PushOptions {
                format: match a.format.as_deref() {
                    Some("oci") => Some(ManifestFormat::Oci),
                    Some(_) => Some(ManifestFormat::V2s2),
                    None => None,
                },
                compression: match a.compression_format.as_deref() {
                    Some("zstd") => Some(LayerCompression::Zstd),
                    Some(_) => Some(LayerCompression::Gzip),
                    None => None,
                },
                client: registry(&a.registry, a.insecure)?,
                ..Default::default()
            };
            let shown = a.destination.clone().unwrap_or_else(|| a.list.clone());
            let r = engine.manifest_push(
                &a.list,
                a.destination.as_deref(),
                &o,
                &LayerDisplay::for_run(a.quiet, &shown),
            )?;
            if let Some(f) = &a.digestfile {
                std::fs::write(f, r.digest.to_string())?;
            }
            if a.purge {
                engine.manifest_rm(&a.list)?;
            }
            if !a.quiet {
                println!("{}", r.digest);
            }
            Ok(0)
        }
        ManifestCommand::Rm(a) => {
            let mut code = 0;
            for l in &a.lists {
                match engine.manifest_rm(l) {
                    Ok(()) => println!("{l}"),
                    Err(e) => {
                        crate::cli::error_line(&e);
                        code = 1;
                    }
                }
            }
            Ok(code)
        }
        ManifestCommand::Exists(a) => {
            super::exists_status(engine.manifest_list(&a.name).map(|l| l.is_some()))
        }
    }
}
