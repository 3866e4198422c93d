//! Image commands: pull, images, rmi, tag, history, inspect, image prune.

use std::io::{BufRead, Write};
use std::time::SystemTime;

use anyhow::{Context as _, bail};
use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::RegistryArgs;
use super::format::{Format, render};
use super::progress::LayerDisplay;
use crate::engine::Engine;
use crate::engine::image::filter::ImageFilter;
use crate::engine::image::list::{ImageRow, ListOptions};
use crate::engine::image::pull::PullOptions;
use crate::engine::image::remove::{RemoveEvent, RemoveReport};
use crate::registry::{ClientOptions, Credentials};
use crate::util::human;

#[derive(Debug, Subcommand)]
pub enum ImageCommand {
    /// List images
    #[command(visible_alias = "list")]
    Ls(ImagesArgs),
    /// Exit 0 when the image exists locally, 1 when not (podman)
    Exists(crate::cli::ExistsArgs),
    /// Download an image from a registry
    Pull(PullArgs),
    /// Upload an image to a registry
    Push(super::push::PushArgs),
    /// Remove one or more images
    #[command(visible_alias = "remove")]
    Rm(RmiArgs),
    /// Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE
    Tag(TagArgs),
    /// Display detailed information on one or more images
    Inspect(ImageInspectArgs),
    /// Show the history of an image
    History(HistoryArgs),
    /// Remove unused images
    Prune(PruneArgs),
    /// Show an image's layers and the images that share them
    Tree(TreeArgs),
    /// Save one or more images to a tar archive
    Save(super::archive::SaveArgs),
    /// Load images from a tar archive or STDIN
    Load(super::archive::LoadArgs),
    /// Import a tar archive as an image
    Import(super::archive::ImportArgs),
}

#[derive(Debug, Args)]
pub struct TreeArgs {
    #[arg(value_name = "IMAGE")]
    image: String,
}

/// `image tree`: each layer (bottom first) with its size and who else has it.
pub fn tree(engine: &Engine, a: TreeArgs) -> anyhow::Result<i32> {
    let (id, layers) = engine.image_tree(&a.image)?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "Image: {id}")?;
    let total: u64 = layers.iter().map(|l| l.size).sum();
    writeln!(out, "Size:  {}", human::size(total))?;
    writeln!(out, "Layers:")?;
    let n = layers.len();
    for (i, l) in layers.iter().enumerate() {
        let branch = if i + 1 == n { "└──" } else { "├──" };
        let shared = if l.shared_with.is_empty() {
            String::new()
        } else {
            format!("  shared with {}", l.shared_with.join(", "))
        };
        writeln!(
            out,
            "{branch} {} {:>9}{shared}",
            &l.diff_id.to_string()[7..19],
            human::size(l.size)
        )?;
    }
    Ok(0)
}

#[derive(Debug, Args)]
pub struct PullArgs {
    /// Print only the image reference
    #[arg(short, long)]
    quiet: bool,
    /// Platform OS/ARCH[/VARIANT] when the image is multi-platform
    #[arg(long, value_name = "PLATFORM")]
    platform: Option<String>,
    /// Pull every tag of the repository
    #[arg(short, long)]
    all_tags: bool,
    #[command(flatten)]
    parts: crate::cli::platform::PlatformParts,
    #[command(flatten)]
    registry: RegistryArgs,
    /// NAME[:TAG|@DIGEST]
    #[arg(value_name = "NAME[:TAG|@DIGEST]")]
    reference: String,
}

#[derive(Debug, Args)]
pub struct ImagesArgs {
    /// Show all images (default hides intermediate images)
    #[arg(short, long)]
    all: bool,
    /// Only show image IDs
    #[arg(short, long)]
    quiet: bool,
    /// Show digests
    #[arg(long)]
    digests: bool,
    /// Don't truncate output
    #[arg(long)]
    no_trunc: bool,
    /// Filter output (dangling=, reference=, before=, since=, label=, until=)
    #[arg(short, long, value_name = "FILTER")]
    filter: Vec<String>,
    /// Format output: 'table', 'table TEMPLATE', 'json', or a Go template
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,
    /// Leave out the header row (podman)
    #[arg(long, alias = "no-heading")]
    noheading: bool,
    /// Show every name each image has had, latest first (podman)
    #[arg(long)]
    history: bool,
    /// Sort by created, id, repository, size or tag (podman)
    #[arg(long, value_name = "KEY", value_parser = ["created", "id", "repository", "size", "tag"])]
    sort: Option<String>,
    /// Only images of this repository[:tag]
    #[arg(value_name = "REPOSITORY[:TAG]")]
    repository: Option<String>,
}

#[derive(Debug, Args)]
pub struct RmiArgs {
    /// Remove the image even when it has names in several repositories
    #[arg(short, long)]
    force: bool,
    /// Keep the untagged parents (build steps' images) of a deleted image
    #[arg(long)]
    no_prune: bool,
    /// Remove all images (those containers use stay, with an error each)
    #[arg(short, long, conflicts_with = "images")]
    all: bool,
    /// No error for an image that does not exist (podman)
    #[arg(short, long)]
    ignore: bool,
    #[arg(required_unless_present = "all", value_name = "IMAGE")]
    images: Vec<String>,
}

#[derive(Debug, Args)]
pub struct TagArgs {
    #[arg(value_name = "SOURCE_IMAGE[:TAG]")]
    source: String,
    #[arg(value_name = "TARGET_IMAGE[:TAG]")]
    target: String,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Print sizes and dates in human readable format
    #[arg(short = 'H', long, value_name = "BOOL", default_value = "true", num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    human: bool,
    /// Don't truncate output
    #[arg(long)]
    no_trunc: bool,
    /// Only show image IDs
    #[arg(short, long)]
    quiet: bool,
    /// Format output: 'table', 'table TEMPLATE', 'json', or a Go template
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,
    image: String,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// Format output with a Go template, or 'json'
    #[arg(short, long, value_name = "FORMAT")]
    format: Option<String>,
    /// Only objects of this type (image)
    #[arg(long, value_name = "TYPE", value_parser = ["image", "container"])]
    r#type: Option<String>,
    /// Add the container's sizes (SizeRw, SizeRootFs)
    #[arg(short, long)]
    size: bool,
    /// Inspect the latest container created (podman)
    #[arg(short = 'l', long)]
    latest: bool,
    #[arg(required_unless_present = "latest", value_name = "NAME|ID")]
    names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ImageInspectArgs {
    /// Format output with a Go template, or 'json'
    #[arg(short, long, value_name = "FORMAT")]
    format: Option<String>,
    #[arg(required = true, value_name = "IMAGE")]
    images: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PruneArgs {
    /// Remove all unused images, not just dangling ones
    #[arg(short, long)]
    all: bool,
    /// Do not prompt for confirmation
    #[arg(short, long)]
    force: bool,
    /// Only what was created before until=TIME (or a duration), or has label=K[=V] (label!=
    /// for what lacks it)
    #[arg(long = "filter", value_name = "FILTER")]
    filter: Vec<String>,
}

pub fn dispatch(engine: &Engine, c: ImageCommand) -> anyhow::Result<i32> {
    match c {
        ImageCommand::Ls(a) => images(engine, a),
        ImageCommand::Exists(a) => crate::cli::exists_status(engine.image_exists(&a.name)),
        ImageCommand::Pull(a) => pull(engine, a),
        ImageCommand::Rm(a) => rmi(engine, a),
        ImageCommand::Tag(a) => tag(engine, a),
        ImageCommand::Inspect(a) => {
            super::inspect::documents(engine, &a.images, a.format.as_deref(), Some("image"), false)
        }
        ImageCommand::History(a) => history(engine, a),
        ImageCommand::Tree(a) => tree(engine, a),
        ImageCommand::Prune(a) => prune(engine, a),
        ImageCommand::Push(a) => super::push::push(engine, a),
        ImageCommand::Save(a) => super::archive::save(engine, a),
        ImageCommand::Load(a) => super::archive::load(engine, a),
        ImageCommand::Import(a) => super::archive::import(engine, a),
    }
}

pub fn client_options(a: &RegistryArgs) -> anyhow::Result<ClientOptions> {
    let credentials = match &a.creds {
        Some(c) => match c.split_once(':') {
            Some((u, p)) if !u.is_empty() => Some(Credentials {
                username: u.to_string(),
                password: p.to_string(),
            }),
            _ => bail!("--creds must be USER:PASSWORD"),
        },
        None => None,
    };
    Ok(ClientOptions {
        tls_verify: a.tls_verify,
        cert_dir: a.cert_dir.clone(),
        auth_files: a.authfile.iter().cloned().collect(),
        credentials,
        connect_timeout: None,
    })
}

pub fn pull(engine: &Engine, a: PullArgs) -> anyhow::Result<i32> {
    if a.all_tags {
        return pull_all_tags(engine, a);
    }
    let platform = a.parts.platform(a.platform.as_deref())?;
    let opts = PullOptions {
        lazy: false,
        reference: a.reference.clone(),
        platform,
        client: client_options(&a.registry)?,
    };
    let last = a.reference.rsplit('/').next().unwrap_or("");
    let gave_tag = last.contains(':') || a.reference.contains('@');
    let display = LayerDisplay::new(a.quiet, gave_tag);
    let result = engine.pull(&opts, &display)?;
    display.finish(&result.reference, &result.digest, result.status);
    println!("{}", result.reference);
    Ok(0)
}

/// `pull --all-tags REPO`: each tag the registry lists, in turn (a tag or digest given is
/// refused, as docker does).
fn pull_all_tags(engine: &Engine, a: PullArgs) -> anyhow::Result<i32> {
    let platform = a.parts.platform(a.platform.as_deref())?;
    let client = client_options(&a.registry)?;
    // the listing refuses a reference with a tag or digest, naming it
    let tags = engine.search(&a.reference, usize::MAX, true, &client)?;
    if tags.is_empty() {
        anyhow::bail!("{}: the repository has no tags", a.reference);
    }
    let repo = tags[0].found.name.clone();
    for t in &tags {
        let Some(tag) = &t.tag else { continue };
        let opts = PullOptions {
            lazy: false,
            reference: format!("{repo}:{tag}"),
            platform: platform.clone(),
            client: client.clone(),
        };
        let display = LayerDisplay::new(a.quiet, true);
        let result = engine.pull(&opts, &display)?;
        display.finish(&result.reference, &result.digest, result.status);
        if a.quiet {
            println!("{}", result.reference);
        }
    }
    if !a.quiet {
        println!("{repo}");
    }
    Ok(0)
}

pub(crate) fn created_at(t: Option<SystemTime>) -> String {
    match t.and_then(|t| jiff::Timestamp::try_from(t).ok()) {
        Some(ts) => ts.strftime("%Y-%m-%d %H:%M:%S +0000 UTC").to_string(),
        None => "0001-01-01 00:00:00 +0000 UTC".to_string(),
    }
}

pub(crate) fn since(t: Option<SystemTime>) -> String {
    match t {
        Some(t) => format!("{} ago", human::duration(crate::util::time::since(t))),
        None => "N/A".to_string(),
    }
}

fn image_row_json(r: &ImageRow, no_trunc: bool) -> Value {
    let id = if no_trunc {
        r.id.to_string()
    } else {
        r.id.short().to_string()
    };
    json!({
        "Containers": "N/A",
        "CreatedAt": created_at(r.created),
        "CreatedSince": since(r.created),
        "Digest": r.digest.as_ref().map_or_else(|| "<none>".to_string(), |d| d.to_string()),
        "ID": id,
        "Repository": r.repository.clone().unwrap_or_else(|| "<none>".into()),
        "SharedSize": "N/A",
        "Size": human::size(r.size),
        "Tag": r.tag.clone().unwrap_or_else(|| "<none>".into()),
        "UniqueSize": "N/A",
        "VirtualSize": human::size(r.size),
        // podman's names for the same and more
        "Id": r.id.to_string(),
        "Created": crate::util::time::unix_seconds(r.created),
        "Labels": r.labels,
        "Names": r.repository.as_ref().map(|repo| vec![format!("{repo}:{}", r.tag.as_deref().unwrap_or("<none>"))]).unwrap_or_default(),
        "History": r.history.join(", "),
    })
}

const IMAGE_HEADERS: &[(&str, &str)] = &[
    ("Repository", "REPOSITORY"),
    ("Tag", "TAG"),
    ("ID", "IMAGE ID"),
    ("CreatedSince", "CREATED"),
    ("CreatedAt", "CREATED AT"),
    ("Size", "SIZE"),
    ("Digest", "DIGEST"),
    ("VirtualSize", "VIRTUAL SIZE"),
    ("SharedSize", "SHARED SIZE"),
    ("UniqueSize", "UNIQUE SIZE"),
    ("History", "HISTORY"),
];

pub fn images(engine: &Engine, a: ImagesArgs) -> anyhow::Result<i32> {
    let mut filters = a
        .filter
        .iter()
        .map(|f| ImageFilter::parse(f))
        .collect::<Result<Vec<_>, _>>()?;
    if let Some(repo) = &a.repository {
        filters.push(ImageFilter::Reference(repo.clone()));
    }
    let mut rows = engine.list_images(&ListOptions {
        all: a.all,
        filters,
    })?;
    match a.sort.as_deref() {
        Some("id") => rows.sort_by(|x, y| x.id.cmp(&y.id)),
        Some("repository") => rows.sort_by(|x, y| x.repository.cmp(&y.repository)),
        Some("tag") => rows.sort_by(|x, y| x.tag.cmp(&y.tag)),
        Some("size") => rows.sort_by_key(|r| r.size),
        Some("created") => rows.sort_by_key(|r| std::cmp::Reverse(r.created)),
        _ => {}
    }
    let mut out = std::io::stdout().lock();
    if a.quiet {
        let mut seen = std::collections::BTreeSet::new();
        for r in &rows {
            if seen.insert(r.id.clone()) {
                let id = if a.no_trunc {
                    r.id.to_string()
                } else {
                    r.id.short().to_string()
                };
                writeln!(out, "{id}")?;
            }
        }
        return Ok(0);
    }
    let default = if a.digests {
        "{{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}"
    } else {
        "{{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}"
    };
    let default = if a.history {
        format!("{default}\t{{{{.History}}}}")
    } else {
        default.to_string()
    };
    let format = Format::parse(a.format.as_deref(), &default);
    let docs: Vec<Value> = rows.iter().map(|r| image_row_json(r, a.no_trunc)).collect();
    let mut text = render(&format, IMAGE_HEADERS, &docs)?;
    if a.noheading {
        text = crate::cli::format::drop_header(&format, text);
    }
    out.write_all(text.as_bytes())?;
    Ok(0)
}

fn print_removals(report: &RemoveReport) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    for ev in &report.events {
        match ev {
            RemoveEvent::Untagged(n) => writeln!(out, "Untagged: {n}")?,
            RemoveEvent::Deleted(id) => writeln!(out, "Deleted: {id}")?,
        }
    }
    Ok(())
}

pub fn rmi(engine: &Engine, a: RmiArgs) -> anyhow::Result<i32> {
    let mut images = if a.all { engine.image_ids()? } else { a.images };
    // a manifest list's name: the list goes (as with podman), its images stay
    images.retain(|name| {
        let is_list = engine.manifest_list(name).ok().flatten().is_some();
        if is_list && engine.manifest_rm(name).is_ok() {
            println!("Untagged: {name}");
        }
        !is_list
    });
    let mut report = engine.remove_images(&images, a.force, a.no_prune)?;
    print_removals(&report)?;
    if a.ignore {
        report
            .errors
            .retain(|e| !matches!(e, crate::engine::EngineError::NoSuchImage(_)));
    }
    for e in &report.errors {
        crate::cli::error_line(e);
    }
    Ok(if report.errors.is_empty() {
        0
    } else {
        super::EXIT_ENGINE
    })
}

pub fn tag(engine: &Engine, a: TagArgs) -> anyhow::Result<i32> {
    engine.tag_image(&a.source, &a.target)?;
    Ok(0)
}

const HISTORY_HEADERS: &[(&str, &str)] = &[
    ("ID", "IMAGE"),
    ("CreatedSince", "CREATED"),
    ("CreatedAt", "CREATED AT"),
    ("CreatedBy", "CREATED BY"),
    ("Size", "SIZE"),
    ("Comment", "COMMENT"),
];

pub fn history(engine: &Engine, a: HistoryArgs) -> anyhow::Result<i32> {
    let rows = engine.image_history(&a.image)?;
    let mut out = std::io::stdout().lock();
    let id_of = |id: &Option<crate::oci::Digest>| match id {
        Some(d) if a.no_trunc => d.to_string(),
        Some(d) => d.short().to_string(),
        None => "<missing>".to_string(),
    };
    if a.quiet {
        for r in &rows {
            writeln!(out, "{}", id_of(&r.id))?;
        }
        return Ok(0);
    }
    let docs: Vec<Value> = rows
        .iter()
        .map(|r| {
            let by = r.created_by.replace('\t', " ");
            let by = if a.no_trunc { by } else { human::ellipsis(&by, 45) };
            json!({
                "ID": id_of(&r.id),
                "CreatedSince": if a.human { since(r.created) } else { r.created_raw.clone().unwrap_or_default() },
                "CreatedAt": r.created_raw.clone().unwrap_or_default(),
                "CreatedBy": by,
                "Size": if a.human { human::size(r.size) } else { r.size.to_string() },
                "Comment": r.comment,
                "Tags": r.tags,
            })
        })
        .collect();
    let format = Format::parse(
        a.format.as_deref(),
        "{{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}",
    );
    out.write_all(render(&format, HISTORY_HEADERS, &docs)?.as_bytes())?;
    Ok(0)
}

pub fn inspect(engine: &Engine, a: InspectArgs) -> anyhow::Result<i32> {
    let names = super::container::named_or_latest(engine, a.latest, a.names)?;
    super::inspect::documents(
        engine,
        &names,
        a.format.as_deref(),
        a.r#type.as_deref(),
        a.size,
    )
}

pub(crate) fn confirm(warning: &str) -> anyhow::Result<bool> {
    print!("{warning}\nAre you sure you want to continue? [y/N] ");
    std::io::stdout().flush()?;
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("reading the answer")?;
    Ok(matches!(line.trim(), "y" | "Y" | "yes" | "Yes"))
}

pub fn prune(engine: &Engine, a: PruneArgs) -> anyhow::Result<i32> {
    let filter = crate::engine::prune_filter::PruneFilter::parse(&a.filter)?;
    if !a.force {
        let warning = if a.all {
            "WARNING! This will remove all images without at least one container associated to them."
        } else {
            "WARNING! This will remove all dangling images."
        };
        if !confirm(warning)? {
            return Ok(0);
        }
    }
    let report = engine.prune_images(a.all, &filter)?;
    let mut out = std::io::stdout().lock();
    if !report.events.is_empty() {
        writeln!(out, "Deleted Images:")?;
        for ev in &report.events {
            match ev {
                RemoveEvent::Untagged(n) => writeln!(out, "untagged: {n}")?,
                RemoveEvent::Deleted(id) => writeln!(out, "deleted: {id}")?,
            }
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "Total reclaimed space: {}",
        human::size(report.reclaimed)
    )?;
    Ok(0)
}
