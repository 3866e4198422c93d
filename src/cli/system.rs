//! `version`, `info`, `system info|df|prune|reset` (df and prune in `usage`).

use std::io::Write;

use clap::{Args, Subcommand};
use serde_json::Value;

use super::format::render_documents;
use crate::engine::Engine;
use crate::engine::info::version_document;
use crate::util::human;

#[derive(Debug, Args)]
pub struct VersionArgs {
    /// Format output with a Go template, or 'json'
    #[arg(short, long, value_name = "FORMAT")]
    format: Option<String>,
}

#[derive(Debug, Args)]
pub struct InfoArgs {
    /// Format output with a Go template, or 'json'
    #[arg(short, long, value_name = "FORMAT")]
    format: Option<String>,
}

#[derive(Debug, Args)]
pub struct ResetArgs {
    /// Do not ask for confirmation
    #[arg(short, long)]
    force: bool,
    /// Only what was created before until=TIME (or a duration), or has label=K[=V] (label!=
    /// for what lacks it)
    #[arg(long = "filter", value_name = "FILTER")]
    filter: Vec<String>,
}

#[derive(Debug, Args)]
pub struct DfArgs {
    /// Show each image, container and volume
    #[arg(short, long)]
    verbose: bool,
    /// Format output: 'table', 'table TEMPLATE', 'json', or a Go template
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,
}

#[derive(Debug, Args)]
pub struct PruneArgs {
    /// Remove all unused images, not only dangling ones
    #[arg(short, long)]
    all: bool,
    /// Remove anonymous volumes no container uses too
    #[arg(long)]
    volumes: bool,
    /// Do not ask for confirmation
    #[arg(short, long)]
    force: bool,
    /// Only what was created before until=TIME (or a duration), or has label=K[=V] (label!=
    /// for what lacks it)
    #[arg(long = "filter", value_name = "FILTER")]
    filter: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum SystemCommand {
    /// Display system-wide information
    Info(InfoArgs),
    /// Show disk usage: images, containers, volumes, build cache
    Df(DfArgs),
    /// Get real time events (as `events`)
    Events(super::events::EventsArgs),
    /// Remove stopped containers, unused networks, dangling (-a: unused) images, build
    /// cache (and --volumes: unused anonymous volumes)
    Prune(PruneArgs),
    /// Remove all containers, images, volumes and networks, their bridges and firewall rules
    Reset(ResetArgs),
}

pub fn dispatch(engine: &Engine, c: SystemCommand) -> anyhow::Result<i32> {
    match c {
        SystemCommand::Info(a) => info(engine, a),
        SystemCommand::Df(a) => super::usage::df(engine, a.verbose, a.format.as_deref()),
        SystemCommand::Events(a) => super::events::events(engine, a),
        SystemCommand::Prune(a) => {
            super::usage::prune(engine, a.all, a.volumes, a.force, &a.filter)
        }
        SystemCommand::Reset(a) => {
            if !a.force {
                let warning = format!(
                    "WARNING! This will remove all containers, images, volumes and networks under {}.",
                    engine.context().root.display()
                );
                if !crate::cli::image::confirm(&warning)? {
                    return Ok(0);
                }
            }
            engine.reset()?;
            Ok(0)
        }
    }
}

pub fn version(a: VersionArgs) -> anyhow::Result<i32> {
    let doc = version_document();
    let mut out = std::io::stdout().lock();
    if a.format.is_some() {
        out.write_all(render_documents(a.format.as_deref(), &[doc])?.as_bytes())?;
        return Ok(0);
    }
    let c = &doc["Client"];
    let s = |v: &Value| v.as_str().unwrap_or("").to_string();
    writeln!(out, "Client: skiff")?;
    writeln!(out, " Version:     {}", s(&c["Version"]))?;
    writeln!(out, " API version: {}", s(&c["ApiVersion"]))?;
    writeln!(out, " OS/Arch:     {}/{}", s(&c["Os"]), s(&c["Arch"]))?;
    writeln!(out, " Daemonless:  true")?;
    Ok(0)
}

pub fn info(engine: &Engine, a: InfoArgs) -> anyhow::Result<i32> {
    let doc = engine.info()?;
    let mut out = std::io::stdout().lock();
    if let Some(f) = a.format.as_deref() {
        // a template sees podman's Go names too ({{.Host.Arch}}); JSON keeps its keys
        let doc = if f == "json" {
            doc
        } else {
            crate::engine::info::with_go_names(&doc)
        };
        out.write_all(render_documents(Some(f), &[doc])?.as_bytes())?;
        return Ok(0);
    }
    let s = |k: &str| match &doc[k] {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        v => v.to_string(),
    };
    let reg = &doc["RegistryConfig"];
    let list = |v: &Value| {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default()
    };
    writeln!(out, "Client: skiff {}", s("ServerVersion"))?;
    writeln!(out, " Containers: {}", s("Containers"))?;
    writeln!(out, "  Running: {}", s("ContainersRunning"))?;
    writeln!(out, "  Paused: {}", s("ContainersPaused"))?;
    writeln!(out, "  Stopped: {}", s("ContainersStopped"))?;
    writeln!(out, " Images: {}", s("Images"))?;
    writeln!(out, " Storage Driver: {}", s("Driver"))?;
    writeln!(
        out,
        "  Backing Filesystem: {}",
        doc["DriverStatus"][0][1].as_str().unwrap_or("")
    )?;
    writeln!(out, " Root Dir: {}", s("DockerRootDir"))?;
    writeln!(out, " Run Root: {}", s("RunRoot"))?;
    writeln!(out, " Rootless: {}", s("Rootless"))?;
    writeln!(out, " Cgroup Driver: {}", s("CgroupDriver"))?;
    writeln!(out, " Cgroup Version: {}", s("CgroupVersion"))?;
    writeln!(out, " Kernel Version: {}", s("KernelVersion"))?;
    writeln!(out, " Operating System: {}", s("OperatingSystem"))?;
    writeln!(out, " OSType: {}", s("OSType"))?;
    writeln!(out, " Architecture: {}", s("Architecture"))?;
    writeln!(out, " CPUs: {}", s("NCPU"))?;
    writeln!(
        out,
        " Total Memory: {}",
        human::binary_size(doc["MemTotal"].as_u64().unwrap_or(0))
    )?;
    writeln!(out, " Config Files: {}", list(&doc["ConfigFiles"]))?;
    writeln!(
        out,
        " Default Registry: {}",
        reg["DefaultRegistry"].as_str().unwrap_or("")
    )?;
    writeln!(
        out,
        " Insecure Registries: {}",
        list(&reg["InsecureRegistryCIDRs"])
    )?;
    writeln!(out, " Registry Mirrors: {}", list(&reg["Mirrors"]))?;
    Ok(0)
}

#[derive(Debug, clap::Args)]
pub struct UnshareArgs {
    /// The command and its arguments (default: $SHELL)
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "COMMAND"
    )]
    pub command: Vec<String>,
}
