//! `network create|ls|inspect|rm|prune|connect|disconnect` (bridge networks).

use std::io::Write;

use clap::{Args, Subcommand};
use serde_json::json;

use crate::engine::Engine;
use crate::engine::network::NetworkOptions;

#[derive(Debug, Subcommand)]
pub enum NetworkCommand {
    /// Create a network
    Create(CreateArgs),
    /// Exit 0 when the network exists, 1 when not (podman)
    Exists(crate::cli::ExistsArgs),
    /// List networks
    #[command(visible_alias = "list")]
    Ls(LsArgs),
    /// Display detailed information on one or more networks
    Inspect(InspectArgs),
    /// Remove one or more networks
    #[command(visible_alias = "remove")]
    Rm(RmArgs),
    /// Remove all networks no container uses
    Prune(PruneArgs),
    /// Connect a container to a network
    Connect(ConnectArgs),
    /// Disconnect a container from a network
    Disconnect(DisconnectArgs),
    /// Apply the firewall rules of running containers again (after the host's rules were
    /// changed by something else, e.g. Docker starting)
    Reload(ReloadArgs),
}

#[derive(Debug, Args)]
pub struct ReloadArgs {
    /// Every running container
    #[arg(short, long)]
    all: bool,
    /// Containers (name or ID)
    #[arg(value_name = "CONTAINER", required_unless_present = "all")]
    containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PruneArgs {
    /// Do not prompt for confirmation
    #[arg(short, long)]
    force: bool,
    /// Only what was created before until=TIME (or a duration), or has label=K[=V] (label!=
    /// for what lacks it)
    #[arg(long = "filter", value_name = "FILTER")]
    filter: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ConnectArgs {
    /// Another name for the container on this network
    #[arg(long, value_name = "ALIAS")]
    alias: Vec<String>,
    /// IPv4 address on this network
    #[arg(long, value_name = "ADDRESS")]
    ip: Option<std::net::Ipv4Addr>,
    /// IPv6 address on this network (one with IPv6)
    #[arg(long, value_name = "ADDRESS")]
    ip6: Option<std::net::Ipv6Addr>,
    /// A link-local address (169.254.0.0/16 or fe80::/64) on the interface
    #[arg(long = "link-local-ip", value_name = "ADDRESS")]
    link_local_ip: Vec<std::net::IpAddr>,
    /// The interface's MAC address (unicast; else one derived from its address)
    #[arg(long, value_name = "MAC")]
    mac_address: Option<String>,
    /// Add a link to another container: NAME[:ALIAS] (its name resolves on this network)
    #[arg(long, value_name = "CONTAINER")]
    link: Vec<String>,
    /// The network of the highest priority carries the container's default route
    #[arg(
        long,
        value_name = "N",
        allow_hyphen_values = true,
        default_value_t = 0
    )]
    gw_priority: i32,
    /// Endpoint driver options: com.docker.network.endpoint.ifname=NAME,
    /// com.docker.network.endpoint.sysctls=net.ipv4.conf.IFNAME.KEY=VALUE[,…]
    #[arg(long, value_name = "KEY=VALUE")]
    driver_opt: Vec<String>,
    network: String,
    container: String,
}

#[derive(Debug, Args)]
pub struct DisconnectArgs {
    /// Accepted for docker compatibility
    #[arg(short, long)]
    force: bool,
    network: String,
    container: String,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Driver to manage the network (bridge)
    #[arg(short, long, default_value = "bridge")]
    driver: String,
    /// Subnet in CIDR format (one IPv4, one IPv6)
    #[arg(long)]
    subnet: Vec<String>,
    /// Gateway of a subnet (one IPv4, one IPv6)
    #[arg(long)]
    gateway: Vec<std::net::IpAddr>,
    /// Allocate container addresses from a sub-range (one IPv4, one IPv6)
    #[arg(long)]
    ip_range: Vec<String>,
    /// Enable IPv6 networking (dual stack; a unique local /64 unless --subnet gives one)
    #[arg(
        long,
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true",
        value_name = "BOOL"
    )]
    ipv6: Option<bool>,
    /// IPv4 on the network (the default; --ipv4=false, an IPv6-only network, is refused:
    /// skiff's networks always have IPv4)
    #[arg(
        long,
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true",
        value_name = "BOOL"
    )]
    ipv4: Option<bool>,
    /// Restrict external access to the network
    #[arg(long)]
    internal: bool,
    /// Set metadata on a network
    #[arg(long = "label", value_name = "KEY=VALUE")]
    labels: Vec<String>,
    /// Driver options: com.docker.network.bridge.name, mtu, enable_ip_masquerade,
    /// enable_icc, host_binding_ipv4 (docker's com.docker.network.* names)
    #[arg(short = 'o', long = "opt", value_name = "KEY=VALUE")]
    opts: Vec<String>,
    /// An address the network never hands out (NAME=IP, repeatable)
    #[arg(long = "aux-address", value_name = "NAME=IP")]
    aux_address: Vec<String>,
    /// IP address management driver (only default)
    #[arg(long, value_name = "DRIVER")]
    ipam_driver: Option<String>,
    /// IPAM driver options
    #[arg(long = "ipam-opt", value_name = "KEY=VALUE")]
    ipam_opt: Vec<String>,
    /// The bridge's interface name (podman; the same as -o com.docker.network.bridge.name)
    #[arg(long, value_name = "NAME")]
    interface_name: Option<String>,
    /// No error when the network exists already (podman)
    #[arg(long)]
    ignore: bool,
    name: String,
}

/// A repeatable address flag's IPv4 and IPv6 values (at most one of each).
fn by_family(flag: &str, given: &[String]) -> anyhow::Result<(Option<String>, Option<String>)> {
    let (mut v4, mut v6) = (None, None);
    for g in given {
        let slot = if g.contains(':') { &mut v6 } else { &mut v4 };
        if slot.replace(g.clone()).is_some() {
            anyhow::bail!("{flag} given twice for one address family");
        }
    }
    Ok((v4, v6))
}

/// `KEY=VALUE` pairs of a repeatable flag.
fn pairs(
    flag: &str,
    given: &[String],
) -> anyhow::Result<std::collections::BTreeMap<String, String>> {
    given
        .iter()
        .map(|p| match p.split_once('=') {
            Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
            _ => anyhow::bail!("invalid {flag} {p:?}: expected KEY=VALUE"),
        })
        .collect()
}

#[derive(Debug, Args)]
pub struct LsArgs {
    /// Only display network IDs
    #[arg(short, long)]
    quiet: bool,
    /// Format output with a Go template (.ID, .Name, .Driver, .Scope), or 'json'
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,
    /// Filter: name=, id=, driver=, label=KEY[=VALUE], label!=…, type=custom|builtin,
    /// dangling=true|false (no container on it)
    #[arg(short, long = "filter", value_name = "FILTER")]
    filter: Vec<String>,
    /// Full network IDs
    #[arg(long)]
    no_trunc: bool,
    /// Leave the header line out (podman)
    #[arg(long)]
    noheading: bool,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// Format output with a Go template, or 'json'
    #[arg(short, long, value_name = "FORMAT")]
    format: Option<String>,
    #[arg(required = true)]
    networks: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// No error for a network that does not exist (docker's meaning)
    #[arg(short, long)]
    force: bool,
    #[command(flatten)]
    time: crate::cli::UsersTime,
    #[arg(required = true)]
    networks: Vec<String>,
}

pub fn dispatch(engine: &Engine, c: NetworkCommand) -> anyhow::Result<i32> {
    let mut out = std::io::stdout().lock();
    match c {
        NetworkCommand::Exists(a) => {
            return crate::cli::exists_status(engine.network_exists(&a.name));
        }
        NetworkCommand::Create(a) => {
            if a.ipv4 == Some(false) {
                anyhow::bail!(
                    "--ipv4=false: IPv6-only networks are not supported; use --ipv6 for dual stack"
                );
            }
            if a.driver != "bridge" {
                anyhow::bail!("unsupported network driver {:?}: only bridge", a.driver);
            }
            let mut labels = std::collections::BTreeMap::new();
            for l in &a.labels {
                let (k, v) = l.split_once('=').unwrap_or((l.as_str(), ""));
                labels.insert(k.to_string(), v.to_string());
            }
            let mut options = pairs("--opt", &a.opts)?;
            if let Some(n) = a.interface_name {
                options.insert(crate::network::options::BRIDGE_NAME.to_string(), n);
            }
            let aux_addresses = pairs("--aux-address", &a.aux_address)?
                .into_iter()
                .map(|(k, v)| match v.parse() {
                    Ok(ip) => Ok((k, ip)),
                    Err(_) => anyhow::bail!("invalid --aux-address {k}={v}: not an IPv4 address"),
                })
                .collect::<anyhow::Result<_>>()?;
            if a.ignore && engine.network_exists(&a.name)? {
                let rec = engine
                    .network_of(&a.name)?
                    .ok_or_else(|| anyhow::anyhow!("network {} not found", a.name))?;
                writeln!(out, "{}", rec.id)?;
                return Ok(0);
            }
            let (subnet, subnet6) = by_family("--subnet", &a.subnet)?;
            let (ip_range, ip_range6) = by_family("--ip-range", &a.ip_range)?;
            let gateways: Vec<String> = a.gateway.iter().map(|g| format!("{g}/0")).collect();
            let (gateway, gateway6) = by_family("--gateway", &gateways)?;
            let rec = engine.create_network(&NetworkOptions {
                name: a.name,
                subnet,
                subnet6,
                gateway: gateway.and_then(|g| g.split('/').next()?.parse().ok()),
                gateway6: gateway6.and_then(|g| g.rsplit_once('/')?.0.parse().ok()),
                ip_range,
                ip_range6,
                ipv6: a.ipv6.unwrap_or(false),
                internal: a.internal,
                labels,
                options,
                aux_addresses,
                ipam_driver: a.ipam_driver,
                ipam_options: pairs("--ipam-opt", &a.ipam_opt)?,
            })?;
            writeln!(out, "{}", rec.id)?;
        }
        NetworkCommand::Ls(a) => {
            // (ID, name, driver, internal); docker lists `host` and `none` beside the
            // bridges (here with stable IDs of their own)
            let crate::engine::prune_filter::ListFilter {
                plain,
                labels: label_tests,
            } = crate::engine::prune_filter::list_filters(
                &a.filter,
                &["name", "id", "driver", "type", "dangling"],
            )?;
            let none = std::collections::BTreeMap::new();
            let mut keep = Vec::new();
            for n in engine.list_networks()? {
                // the default bridge counts as built in, as docker's `bridge`
                let builtin = n.name == crate::engine::network::DEFAULT_NETWORK;
                if wanted(
                    engine,
                    &plain,
                    &label_tests,
                    (&n.id, &n.name, &n.driver, &n.labels),
                    builtin,
                )? {
                    let id = if a.no_trunc {
                        n.id.clone()
                    } else {
                        n.id[..12].to_string()
                    };
                    keep.push((id, n.name, n.driver, n.internal));
                }
            }
            for (name, driver) in [("host", "host"), ("none", "null")] {
                let id = crate::oci::Digest::sha256_of(format!("skiff network {name}").as_bytes());
                if wanted(
                    engine,
                    &plain,
                    &label_tests,
                    (id.hex(), name, driver, &none),
                    true,
                )? {
                    keep.push((
                        if a.no_trunc {
                            id.hex().to_string()
                        } else {
                            id.hex()[..12].to_string()
                        },
                        name.into(),
                        driver.into(),
                        false,
                    ));
                }
            }
            let rows = keep;
            if a.format.is_some() {
                let docs: Vec<serde_json::Value> = rows
                    .iter()
                    .map(|(id, name, driver, internal)| json!({"ID": id, "Name": name, "Driver": driver, "Scope": "local", "Internal": internal.to_string()}))
                    .collect();
                out.write_all(
                    crate::cli::format::render_documents(a.format.as_deref(), &docs)?.as_bytes(),
                )?;
            } else if a.quiet {
                for (id, ..) in &rows {
                    writeln!(out, "{id}")?;
                }
            } else {
                let mut text = if a.noheading {
                    String::new()
                } else {
                    String::from("NETWORK ID\tNAME\tDRIVER\tSCOPE\n")
                };
                for (id, name, driver, _) in &rows {
                    text.push_str(&format!("{id}\t{name}\t{driver}\tlocal\n"));
                }
                out.write_all(crate::cli::format::align(&text).as_bytes())?;
            }
        }
        NetworkCommand::Inspect(a) => {
            let mut docs = Vec::new();
            for n in &a.networks {
                let r = engine
                    .network_of(n)?
                    .ok_or_else(|| anyhow::anyhow!("network {n} not found"))?;
                let mut members = serde_json::Map::new();
                let with_prefix = |ip: &str, subnet: Option<&str>| match subnet {
                    Some(n) if !ip.is_empty() => {
                        format!("{ip}/{}", n.split_once('/').map_or("", |x| x.1))
                    }
                    _ => String::new(),
                };
                for m in engine.network_members(&r.name)? {
                    let v6 = r.ipv6.as_ref().map(|v| v.subnet.as_str());
                    members.insert(
                        m.id,
                        json!({"Name": m.name, "IPv4Address": with_prefix(&m.ip, Some(&r.subnet)), "IPv6Address": with_prefix(&m.ip6, v6)}),
                    );
                }
                let mut ipam_config = vec![
                    json!({"Subnet": r.subnet, "Gateway": r.gateway, "IPRange": r.ip_range, "AuxiliaryAddresses": r.aux_addresses}),
                ];
                if let Some(v6) = &r.ipv6 {
                    ipam_config.push(
                        json!({"Subnet": v6.subnet, "Gateway": v6.gateway, "IPRange": v6.ip_range}),
                    );
                }
                docs.push(json!({
                    "Name": r.name, "Id": r.id, "Created": r.created, "Scope": "local",
                    "Driver": r.driver, "Internal": r.internal, "Labels": r.labels,
                    "EnableIPv6": r.ipv6.is_some(),
                    "EnableIPv4": true,
                    "IPAM": {"Driver": "default", "Options": r.ipam_options, "Config": ipam_config},
                    "Containers": members,
                    "Options": r.docker_options(),
                }));
            }
            out.write_all(
                crate::cli::format::render_documents(a.format.as_deref(), &docs)?.as_bytes(),
            )?;
        }
        NetworkCommand::Reload(a) => {
            for id in engine.reload_firewall(&a.containers, a.all)? {
                writeln!(out, "{id}")?;
            }
        }
        NetworkCommand::Prune(a) => {
            let filter = crate::engine::prune_filter::PruneFilter::parse(&a.filter)?;
            if !a.force
                && !crate::cli::image::confirm(
                    "WARNING! This will remove all networks not used by at least one container.",
                )?
            {
                return Ok(0);
            }
            let gone = engine.prune_networks(&filter)?;
            if !gone.is_empty() {
                writeln!(out, "Deleted Networks:")?;
                for n in gone {
                    writeln!(out, "{n}")?;
                }
            }
        }
        NetworkCommand::Connect(a) => {
            engine.connect_network(
                &a.network,
                &a.container,
                crate::engine::records::Endpoint {
                    network: String::new(),
                    aliases: a.alias,
                    ip: a.ip,
                    mac: match a.mac_address {
                        Some(m) if crate::network::link::parse_mac(&m).is_none() => {
                            anyhow::bail!("invalid --mac-address {m:?}: want a unicast MAC like 02:42:ac:11:00:02")
                        }
                        m => m,
                    },
                    ip6: a.ip6,
                    link_local: a.link_local_ip,
                    gw_priority: a.gw_priority,
                    driver_opts: a
                        .driver_opt
                        .iter()
                        .map(|o| {
                            o.split_once('=')
                                .map(|(k, v)| (k.to_string(), v.to_string()))
                                .ok_or_else(|| {
                                    anyhow::anyhow!("invalid --driver-opt {o:?}: want KEY=VALUE")
                                })
                        })
                        .collect::<anyhow::Result<_>>()?,
                },
                &a.link,
            )?;
        }
        NetworkCommand::Disconnect(a) => {
            let _ = a.force;
            engine.disconnect_network(&a.network, &a.container)?;
        }
        NetworkCommand::Rm(a) => {
            let mut failed = false;
            for n in &a.networks {
                if a.force && !engine.network_exists(n)? {
                    continue;
                }
                let users = a.time.remove_users(engine, || engine.network_containers(n));
                match users.and_then(|()| engine.remove_network(n)) {
                    Ok(()) => writeln!(out, "{n}")?,
                    Err(e) => {
                        crate::cli::error_line(&e);
                        failed = true;
                    }
                }
            }
            return Ok(if failed { crate::cli::EXIT_ENGINE } else { 0 });
        }
    }
    Ok(0)
}

/// Whether network (id, name, driver, labels) passes `network ls --filter`.
fn wanted(
    engine: &Engine,
    plain: &[(String, String)],
    labels: &[crate::engine::prune_filter::LabelTest],
    (id, name, driver, own): (
        &str,
        &str,
        &str,
        &std::collections::BTreeMap<String, String>,
    ),
    builtin: bool,
) -> anyhow::Result<bool> {
    if !labels.iter().all(|t| t.admits(own)) {
        return Ok(false);
    }
    for (k, v) in plain {
        let ok = match k.as_str() {
            "name" => name.contains(v.as_str()),
            "id" => id.starts_with(v.as_str()),
            "driver" => driver == v,
            "type" => match v.as_str() {
                "custom" => !builtin,
                "builtin" => builtin,
                _ => anyhow::bail!("invalid filter type={v}: custom or builtin"),
            },
            _ => {
                let dangling = builtin || engine.network_members(name)?.is_empty();
                match v.as_str() {
                    "true" | "1" => dangling && !builtin,
                    "false" | "0" => !dangling || builtin,
                    _ => anyhow::bail!("invalid filter dangling={v}: true or false"),
                }
            }
        };
        if !ok {
            return Ok(false);
        }
    }
    Ok(true)
}
