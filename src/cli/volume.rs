//! `volume create|ls|inspect|rm|prune`.

use std::io::Write;

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::format::{Format, render, render_documents};
use crate::engine::Engine;

#[derive(Debug, Subcommand)]
pub enum VolumeCommand {
    /// Create a volume
    Create(CreateArgs),
    /// Exit 0 when the volume exists, 1 when not (podman)
    Exists(crate::cli::ExistsArgs),
    /// List volumes
    #[command(visible_alias = "list")]
    Ls(LsArgs),
    /// Display detailed information on volumes
    Inspect(InspectArgs),
    /// Remove volumes
    #[command(visible_alias = "remove")]
    Rm(RmArgs),
    /// Remove volumes no container uses
    Prune(PruneArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Set metadata (KEY=VALUE)
    #[arg(short, long = "label", value_name = "KEY=VALUE")]
    labels: Vec<String>,
    /// Driver (only "local")
    #[arg(short, long, default_value = "local")]
    driver: String,
    /// Driver option: type=none,o=bind,device=/PATH binds a host directory
    #[arg(short, long = "opt", value_name = "KEY=VALUE")]
    opt: Vec<String>,
    name: Option<String>,
}

#[derive(Debug, Args)]
pub struct LsArgs {
    /// Only display volume names
    #[arg(short, long)]
    quiet: bool,
    /// Format output: 'table', 'table TEMPLATE', 'json', or a Go template
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,
    /// Filter: name=, driver=, label=KEY[=VALUE], label!=…, and dangling=true|false (used by no container)
    #[arg(short, long = "filter", value_name = "FILTER")]
    filter: Vec<String>,
    /// Leave the header line out (podman)
    #[arg(long)]
    noheading: bool,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// Format output with a Go template, or 'json'
    #[arg(short, long, value_name = "FORMAT")]
    format: Option<String>,
    /// Every volume (podman)
    #[arg(short, long, conflicts_with = "names")]
    all: bool,
    #[arg(required_unless_present = "all")]
    names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Remove even when a container uses it
    #[arg(short, long)]
    force: bool,
    /// Remove every volume (podman; those in use only with -f)
    #[arg(short, long, conflicts_with = "names")]
    all: bool,
    #[command(flatten)]
    time: crate::cli::UsersTime,
    #[arg(required_unless_present = "all")]
    names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PruneArgs {
    /// Do not prompt for confirmation
    #[arg(short, long)]
    force: bool,
    /// Also named volumes, not only anonymous ones
    #[arg(short, long)]
    all: bool,
    /// Only what was created before until=TIME (or a duration), or has label=K[=V] (label!=
    /// for what lacks it)
    #[arg(long = "filter", value_name = "FILTER")]
    filter: Vec<String>,
}

pub fn dispatch(engine: &Engine, c: VolumeCommand) -> anyhow::Result<i32> {
    let mut out = std::io::stdout().lock();
    match c {
        VolumeCommand::Exists(a) => {
            return crate::cli::exists_status(engine.volume(&a.name).map(|v| v.is_some()));
        }
        VolumeCommand::Create(a) => {
            if a.driver != "local" {
                anyhow::bail!(
                    "volume driver {:?} is not supported (only \"local\")",
                    a.driver
                );
            }
            let mut labels = std::collections::BTreeMap::new();
            for l in &a.labels {
                let (k, v) = l.split_once('=').unwrap_or((l, ""));
                labels.insert(k.to_string(), v.to_string());
            }
            let mut options = std::collections::BTreeMap::new();
            for o in &a.opt {
                match o.split_once('=') {
                    Some((k, v)) if !k.is_empty() => {
                        options.insert(k.to_string(), v.to_string());
                    }
                    _ => anyhow::bail!("invalid --opt {o:?}: expected KEY=VALUE"),
                }
            }
            let name = a.name.unwrap_or_else(crate::util::random::hex_id);
            let v = engine.create_volume(&name, labels, options)?;
            writeln!(out, "{}", v.name)?;
        }
        VolumeCommand::Ls(a) => {
            let crate::engine::prune_filter::ListFilter { plain, labels } =
                crate::engine::prune_filter::list_filters(
                    &a.filter,
                    &["name", "driver", "dangling"],
                )?;
            let used = engine.volume_users()?;
            let mut list = engine.list_volumes()?;
            for (k, v) in &plain {
                if k == "dangling" && !matches!(v.as_str(), "true" | "false" | "1" | "0") {
                    anyhow::bail!("invalid filter dangling={v}: true or false");
                }
            }
            list.retain(|vol| {
                labels.iter().all(|t| t.admits(&vol.labels))
                    && plain.iter().all(|(k, v)| match k.as_str() {
                        "name" => vol.name.contains(v.as_str()),
                        "driver" => vol.driver == *v,
                        _ => {
                            let dangling = !used.iter().any(|(n, _)| *n == vol.name);
                            dangling == matches!(v.as_str(), "true" | "1")
                        }
                    })
            });
            if a.quiet {
                for v in &list {
                    writeln!(out, "{}", v.name)?;
                }
            } else {
                let docs: Vec<Value> = list
                    .iter()
                    .map(|v| json!({"Driver": v.driver, "Name": v.name, "Mountpoint": v.mountpoint, "Scope": v.scope, "Labels": v.labels.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(",")}))
                    .collect();
                let f = Format::parse(a.format.as_deref(), "{{.Driver}}\t{{.Name}}");
                let mut text = render(
                    &f,
                    &[
                        ("Driver", "DRIVER"),
                        ("Name", "VOLUME NAME"),
                        ("Mountpoint", "MOUNTPOINT"),
                    ],
                    &docs,
                )?;
                if a.noheading {
                    text = crate::cli::format::drop_header(&f, text);
                }
                out.write_all(text.as_bytes())?;
            }
        }
        VolumeCommand::Inspect(a) => {
            let mut docs = Vec::new();
            let mut failed = false;
            let names = if a.all {
                engine.list_volumes()?.into_iter().map(|v| v.name).collect()
            } else {
                a.names.clone()
            };
            for n in &names {
                match engine.volume(n)? {
                    Some(v) => docs.push(serde_json::to_value(&v)?),
                    None => {
                        crate::cli::error_line(format_args!("no such volume: {n}"));
                        failed = true;
                    }
                }
            }
            out.write_all(render_documents(a.format.as_deref(), &docs)?.as_bytes())?;
            return Ok(if failed { super::EXIT_ENGINE } else { 0 });
        }
        VolumeCommand::Rm(a) => {
            let mut failed = false;
            let names = if a.all {
                engine.list_volumes()?.into_iter().map(|v| v.name).collect()
            } else {
                a.names.clone()
            };
            for n in &names {
                let users = a.time.remove_users(engine, || {
                    Ok(engine
                        .volume_users()?
                        .into_iter()
                        .filter(|(v, _)| v == n)
                        .map(|(_, c)| c)
                        .collect())
                });
                match users.and_then(|()| engine.remove_volume(n, a.force)) {
                    Ok(()) => writeln!(out, "{n}")?,
                    Err(e) => {
                        crate::cli::error_line(&e);
                        failed = true;
                    }
                }
            }
            return Ok(if failed { super::EXIT_ENGINE } else { 0 });
        }
        VolumeCommand::Prune(a) => {
            let filter = crate::engine::prune_filter::PruneFilter::parse(&a.filter)?;
            if !a.force
                && !super::image::confirm(
                    "WARNING! This will remove anonymous local volumes not used by at least one container.",
                )?
            {
                return Ok(0);
            }
            let removed = engine.prune_volumes(a.all, &filter)?;
            if !removed.is_empty() {
                writeln!(out, "Deleted Volumes:")?;
                for n in &removed {
                    writeln!(out, "{n}")?;
                }
                writeln!(out)?;
            }
            writeln!(out, "Total reclaimed space: 0B")?;
        }
    }
    Ok(0)
}
