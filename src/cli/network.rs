//! `network create|ls|inspect|rm` (bridge networks).

use std::io::Write;

use clap::{Args, Subcommand};
use serde_json::json;

use crate::engine::Engine;
use crate::engine::network::NetworkOptions;

#[derive(Debug, Subcommand)]
pub enum NetworkCommand {
    /// Create a network
    Create(CreateArgs),
    /// List networks
    #[command(alias = "list")]
    Ls(LsArgs),
    /// Display detailed information on one or more networks
    Inspect(InspectArgs),
    /// Remove one or more networks
    #[command(alias = "remove")]
    Rm(RmArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Driver to manage the network (bridge)
    #[arg(short, long, default_value = "bridge")]
    driver: String,
    /// Subnet in CIDR format
    #[arg(long)]
    subnet: Option<String>,
    /// IPv4 gateway for the subnet
    #[arg(long)]
    gateway: Option<std::net::Ipv4Addr>,
    /// Allocate container addresses from a sub-range
    #[arg(long)]
    ip_range: Option<String>,
    /// Restrict external access to the network
    #[arg(long)]
    internal: bool,
    /// Set metadata on a network
    #[arg(long = "label", value_name = "KEY=VALUE")]
    labels: Vec<String>,
    name: String,
}

#[derive(Debug, Args)]
pub struct LsArgs {
    /// Only display network IDs
    #[arg(short, long)]
    quiet: bool,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    #[arg(required = true)]
    networks: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    #[arg(required = true)]
    networks: Vec<String>,
}

pub fn dispatch(engine: &Engine, c: NetworkCommand) -> anyhow::Result<i32> {
    let mut out = std::io::stdout().lock();
    match c {
        NetworkCommand::Create(a) => {
            if a.driver != "bridge" {
                anyhow::bail!("unsupported network driver {:?}: only bridge", a.driver);
            }
            let mut labels = std::collections::BTreeMap::new();
            for l in &a.labels {
                let (k, v) = l.split_once('=').unwrap_or((l.as_str(), ""));
                labels.insert(k.to_string(), v.to_string());
            }
            let rec = engine.create_network(&NetworkOptions {
                name: a.name,
                subnet: a.subnet,
                gateway: a.gateway,
                ip_range: a.ip_range,
                internal: a.internal,
                labels,
            })?;
            writeln!(out, "{}", rec.id)?;
        }
        NetworkCommand::Ls(a) => {
            let nets = engine.networks()?.list();
            if a.quiet {
                for n in &nets {
                    writeln!(out, "{}", &n.id[..12])?;
                }
            } else {
                let mut text = String::from("NETWORK ID\tNAME\tDRIVER\tSCOPE\n");
                for n in &nets {
                    text.push_str(&format!(
                        "{}\t{}\t{}\tlocal\n",
                        &n.id[..12],
                        n.name,
                        n.driver
                    ));
                }
                out.write_all(crate::cli::format::align(&text).as_bytes())?;
            }
        }
        NetworkCommand::Inspect(a) => {
            let nets = engine.networks()?;
            let mut docs = Vec::new();
            for n in &a.networks {
                let r = nets.get(n).map_err(crate::engine::EngineError::from)?;
                docs.push(json!({
                    "Name": r.name, "Id": r.id, "Created": r.created, "Scope": "local",
                    "Driver": r.driver, "Internal": r.internal, "Labels": r.labels,
                    "IPAM": {"Driver": "default", "Config": [{"Subnet": r.subnet, "Gateway": r.gateway, "IPRange": r.ip_range}]},
                    "Options": {"com.docker.network.bridge.name": r.bridge},
                }));
            }
            writeln!(out, "{}", serde_json::to_string_pretty(&docs)?)?;
        }
        NetworkCommand::Rm(a) => {
            let mut failed = false;
            for n in &a.networks {
                match engine.remove_network(n) {
                    Ok(()) => writeln!(out, "{n}")?,
                    Err(e) => {
                        eprintln!("Error: {e}");
                        failed = true;
                    }
                }
            }
            return Ok(if failed { crate::cli::EXIT_ENGINE } else { 0 });
        }
    }
    Ok(0)
}
