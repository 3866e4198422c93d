//! `top` and `diff`: looking into a container.

use std::io::Write;

use clap::Args;

use crate::engine::Engine;

#[derive(Debug, Args)]
pub struct TopArgs {
    /// Act on the latest container created (podman)
    #[arg(short = 'l', long)]
    latest: bool,
    #[arg(value_name = "CONTAINER", required_unless_present = "latest")]
    container: Option<String>,
    /// Options for ps (then the host's ps lists them); default: ps -ef's columns
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "PS OPTIONS"
    )]
    ps_args: Vec<String>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// json: {"changed": […], "added": […], "deleted": […]} (podman)
    #[arg(long, value_name = "FORMAT", value_parser = ["json"])]
    format: Option<String>,
    /// Act on the latest container created (podman)
    #[arg(short = 'l', long)]
    latest: bool,
    #[arg(value_name = "CONTAINER", required_unless_present = "latest")]
    container: Option<String>,
}

#[derive(Debug, Args)]
pub struct PortArgs {
    /// Every running container's published ports, each line after its ID (podman)
    #[arg(short, long, conflicts_with_all = ["container", "latest"])]
    all: bool,
    /// Act on the latest container created (podman)
    #[arg(short = 'l', long)]
    latest: bool,
    #[arg(value_name = "CONTAINER", required_unless_present_any = ["latest", "all"])]
    container: Option<String>,
    /// Only this port: PORT[/tcp|udp]
    #[arg(value_name = "PORT")]
    port: Option<String>,
}

/// `port`: the container's published ports (`80/tcp -> 0.0.0.0:8080`), or where one of
/// them is published (`0.0.0.0:8080`).
pub fn port(engine: &Engine, a: PortArgs) -> anyhow::Result<i32> {
    if a.all {
        let mut out = std::io::stdout().lock();
        let rows = engine.list_containers(&crate::engine::container::list::PsOptions::default())?;
        for r in rows {
            let mut maps = r.state.ports.clone();
            maps.sort_by_key(|m| (m.container_port, m.proto, m.host_port));
            for m in maps {
                writeln!(
                    out,
                    "{}\t{}/{} -> {}:{}",
                    &r.config.id[..12],
                    m.container_port,
                    m.proto.as_str(),
                    crate::oci::ports::host_text(m.host_ip),
                    m.host_port
                )?;
            }
        }
        return Ok(0);
    }
    let mut rest: Vec<String> = a.port.into_iter().collect();
    let name = super::latest::one(engine, a.latest, a.container, &mut rest)?;
    let port = rest.into_iter().next();
    let id = engine.container_id(&name)?;
    let (c, s) = engine.load_container(&id)?;
    let running = matches!(
        s.status,
        crate::engine::records::Status::Running | crate::engine::records::Status::Paused
    );
    let mut maps = if running { s.ports } else { Vec::new() };
    maps.sort_by_key(|m| (m.container_port, m.proto, m.host_port));
    let mut out = std::io::stdout().lock();
    match &port {
        None => {
            for m in &maps {
                writeln!(
                    out,
                    "{}/{} -> {}:{}",
                    m.container_port,
                    m.proto.as_str(),
                    crate::oci::ports::host_text(m.host_ip),
                    m.host_port
                )?;
            }
        }
        Some(p) => {
            let (port, proto) = crate::oci::ports::parse_exposed(p)
                .ok_or_else(|| anyhow::anyhow!("invalid port {p:?}: want PORT[/tcp|udp]"))?;
            let found: Vec<_> = maps
                .iter()
                .filter(|m| m.container_port == port && m.proto == proto)
                .collect();
            if found.is_empty() {
                anyhow::bail!(
                    "No public port '{port}/{}' published for {}",
                    proto.as_str(),
                    c.name
                );
            }
            for m in found {
                writeln!(
                    out,
                    "{}:{}",
                    crate::oci::ports::host_text(m.host_ip),
                    m.host_port
                )?;
            }
        }
    }
    Ok(0)
}

pub fn top(engine: &Engine, a: TopArgs) -> anyhow::Result<i32> {
    let mut ps_args = a.ps_args;
    let name = super::latest::one(engine, a.latest, a.container, &mut ps_args)?;
    let table = engine.top(&name, &ps_args)?;
    std::io::stdout().write_all(top_text(&table).as_bytes())?;
    Ok(0)
}

/// `top`'s table as docker prints it.
pub(crate) fn top_text(table: &crate::engine::container::top::Table) -> String {
    let mut text = table.titles.join("\t");
    text.push('\n');
    // command lines are the container's own doing: shown, never obeyed
    for row in &table.rows {
        let cells: Vec<_> = row
            .iter()
            .map(|c| crate::util::text::escape_controls(c, crate::util::text::Keep::Nothing))
            .collect();
        text.push_str(&cells.join("\t"));
        text.push('\n');
    }
    // docker's top: Go tabwriter with a minimum column width of 20.
    crate::cli::format::align_min(&text, 20)
}

pub fn diff(engine: &Engine, a: DiffArgs) -> anyhow::Result<i32> {
    let mut out = std::io::stdout().lock();
    let name = super::latest::one(engine, a.latest, a.container, &mut Vec::new())?;
    let changes = engine.container_changes(&name)?;
    if a.format.is_some() {
        let mut doc = serde_json::Map::new();
        for (key, letter) in [("changed", 'C'), ("added", 'A'), ("deleted", 'D')] {
            let paths: Vec<&String> = changes
                .iter()
                .filter(|(c, _)| c.letter() == letter)
                .map(|(_, p)| p)
                .collect();
            if !paths.is_empty() {
                doc.insert(key.into(), serde_json::json!(paths));
            }
        }
        writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
        return Ok(0);
    }
    for (change, path) in changes {
        writeln!(out, "{} {path}", change.letter())?;
    }
    Ok(0)
}
