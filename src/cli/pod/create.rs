//! `pod create` (podman's flags), and `run/create --pod new:NAME`. What the infra container
//! gets (network, ports, hostname, DNS, hosts, sysctls, volumes …) is parsed by `run`'s own
//! parser, so every value is checked exactly as there.

use std::path::PathBuf;

use anyhow::bail;
use clap::{Args, Parser};

use crate::cli::container::ContainerArgs;
use crate::engine::Engine;
use crate::engine::container::create::CreateOptions;
use crate::engine::pod::PodCreateOptions;

#[derive(Debug, Args)]
#[command(disable_help_flag = true)]
pub struct PodCreateArgs {
    /// Print help
    #[arg(long, action = clap::ArgAction::Help)]
    help: Option<bool>,
    /// The pod's name
    #[arg(short, long)]
    name: Option<String>,
    /// The hostname its containers share (default: the pod's name)
    #[arg(short = 'h', long)]
    hostname: Option<String>,
    /// Network of the pod: the default bridge, none, host, or a network (repeatable)
    #[arg(long, visible_alias = "net", value_name = "NETWORK")]
    network: Vec<String>,
    /// Another name for the pod on its (first) network
    #[arg(long, visible_alias = "net-alias", value_name = "ALIAS")]
    network_alias: Vec<String>,
    /// Publish a port of the pod: [IP:][HOST_PORT:]CONTAINER_PORT[/tcp|udp]
    #[arg(short = 'p', long = "publish", value_name = "PORT")]
    publish: Vec<String>,
    /// IPv4 address on its (first) network
    #[arg(long, value_name = "ADDRESS")]
    ip: Option<String>,
    /// IPv6 address on its (first) network
    #[arg(long, value_name = "ADDRESS")]
    ip6: Option<String>,
    /// MAC address on its (first) network
    #[arg(long, value_name = "MAC")]
    mac_address: Option<String>,
    /// Add a line to /etc/hosts: NAME:IP
    #[arg(long, value_name = "NAME:IP")]
    add_host: Vec<String>,
    /// DNS server for /etc/resolv.conf
    #[arg(long, value_name = "IP")]
    dns: Vec<String>,
    /// resolv.conf option
    #[arg(long, value_name = "OPTION")]
    dns_option: Vec<String>,
    /// DNS search domain
    #[arg(long, value_name = "DOMAIN")]
    dns_search: Vec<String>,
    /// Leave /etc/hosts alone
    #[arg(long)]
    no_hosts: bool,
    /// Set metadata (KEY=VALUE)
    #[arg(short, long = "label", value_name = "KEY=VALUE")]
    label: Vec<String>,
    /// Read labels from a file (KEY=VALUE lines)
    #[arg(long, value_name = "FILE")]
    label_file: Vec<PathBuf>,
    /// Namespaces the containers share: ipc, net, uts, pid, cgroup (default ipc,net,uts;
    /// +NS adds to that)
    #[arg(long, value_name = "NAMESPACES")]
    share: Option<String>,
    /// Put the pod's containers beneath the pod's cgroup (default true)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    share_parent: Option<bool>,
    /// Make an infra container that holds the shared namespaces (default true)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    infra: Option<bool>,
    /// The infra container's name (default: the pod ID's first 12 characters + -infra)
    #[arg(long, value_name = "NAME")]
    infra_name: Option<String>,
    /// The cgroup the pod's cgroup goes beneath
    #[arg(long, value_name = "PATH")]
    cgroup_parent: Option<String>,
    /// Write the pod's ID to this file
    #[arg(long, value_name = "FILE")]
    pod_id_file: Option<PathBuf>,
    /// Remove a pod with the same name first
    #[arg(long)]
    replace: bool,
    /// When the last container exits: continue (the pod stays up) or stop
    #[arg(long, value_name = "POLICY", default_value = "continue", value_parser = ["continue", "stop"])]
    exit_policy: String,
    #[command(flatten)]
    limits: crate::cli::container::LimitArgs,
    /// Size of the pod's /dev/shm
    #[arg(long, value_name = "BYTES")]
    shm_size: Option<String>,
    /// Namespaced kernel parameters of the pod (KEY=VALUE)
    #[arg(long, value_name = "KEY=VALUE")]
    sysctl: Vec<String>,
    /// Security options of the infra container
    #[arg(long, value_name = "OPT")]
    security_opt: Vec<String>,
    /// A volume every container of the pod gets: SRC:DST[:ro], NAME:DST or DST
    #[arg(short, long = "volume", value_name = "SPEC")]
    volume: Vec<String>,
    /// The volumes of a container, for every container of the pod
    #[arg(long, value_name = "CONTAINER")]
    volumes_from: Vec<String>,
    /// PID namespace of the pod: private or host
    #[arg(long, value_name = "MODE")]
    pid: Option<String>,
    /// UTS namespace of the pod: private or host
    #[arg(long, value_name = "MODE")]
    uts: Option<String>,
    /// The pod's name (podman 4 also takes it here)
    #[arg(value_name = "NAME", conflicts_with = "name")]
    pod_name: Option<String>,
}

/// Only to parse the infra container's flags with `run`'s parser.
#[derive(Debug, Parser)]
#[command(no_binary_name = true, disable_help_flag = true)]
struct InfraFlags {
    #[command(flatten)]
    c: ContainerArgs,
}

impl PodCreateArgs {
    /// The infra container's flags as `run` would take them.
    fn infra_argv(&self) -> Vec<String> {
        let mut argv: Vec<String> = Vec::new();
        let mut put = |flag: &str, values: &[String]| {
            for v in values {
                argv.push(format!("--{flag}={v}"));
            }
        };
        put("network", &self.network);
        put("network-alias", &self.network_alias);
        put("publish", &self.publish);
        put("ip", self.ip.as_slice());
        put("ip6", self.ip6.as_slice());
        put("mac-address", self.mac_address.as_slice());
        put("add-host", &self.add_host);
        put("dns", &self.dns);
        put("dns-option", &self.dns_option);
        put("dns-search", &self.dns_search);
        put("shm-size", self.shm_size.as_slice());
        put("sysctl", &self.sysctl);
        put("security-opt", &self.security_opt);
        put("volume", &self.volume);
        put("volumes-from", &self.volumes_from);
        put("pid", self.pid.as_slice());
        put("uts", self.uts.as_slice());
        put("hostname", self.hostname.as_slice());
        put("label", &self.label);
        let files: Vec<String> = self
            .label_file
            .iter()
            .map(|f| f.display().to_string())
            .collect();
        put("label-file", &files);
        if self.no_hosts {
            argv.push("--no-hosts".into());
        }
        argv.push(crate::engine::pod::INFRA_IMAGE.into());
        argv
    }

    pub fn options(&self) -> anyhow::Result<PodCreateOptions> {
        let infra = self.infra.unwrap_or(true);
        let flags = InfraFlags::try_parse_from(self.infra_argv())
            .map_err(|e| anyhow::anyhow!("{}", e.to_string().lines().next().unwrap_or("")))?;
        let infra_options = flags.c.to_options()?;
        if !infra && (!self.publish.is_empty() || !self.network.is_empty()) {
            bail!("a pod without an infra container (--infra=false) cannot have ports or networks");
        }
        let labels = infra_options.labels.clone();
        let resources = self.limits.resources()?;
        let limits = [
            ("cpus", &self.limits.cpus),
            ("memory", &self.limits.memory),
            ("memory-swap", &self.limits.memory_swap),
            ("cpuset-cpus", &self.limits.cpuset_cpus),
        ]
        .into_iter()
        .filter_map(|(k, v)| Some((k.to_string(), v.clone()?)))
        .chain(
            self.limits
                .cpu_shares
                .map(|n| ("cpu-shares".into(), n.to_string())),
        )
        .collect();
        Ok(PodCreateOptions {
            name: self.name.clone().or_else(|| self.pod_name.clone()),
            labels,
            share: self
                .share
                .as_ref()
                .map(|s| s.split(',').map(str::to_string).collect()),
            infra,
            infra_name: self.infra_name.clone(),
            infra_options,
            cgroup_parent: self.cgroup_parent.clone().unwrap_or_default(),
            no_share_parent: self.share_parent == Some(false),
            resources,
            limits,
            exit_policy: self.exit_policy.clone(),
            replace: self.replace,
            create_command: std::env::args().collect(),
        })
    }
}

/// `pod create` flags as a line (what `kube play` plans).
#[derive(Debug, Parser)]
#[command(no_binary_name = true, disable_help_flag = true)]
struct PodLine {
    #[command(flatten)]
    a: PodCreateArgs,
}

/// A pod's options from `pod create` flags, parsed as `pod create` parses them.
pub fn options_from_flags(flags: &[String]) -> anyhow::Result<PodCreateOptions> {
    let line = PodLine::try_parse_from(flags).map_err(|e| {
        anyhow::anyhow!(
            "{}",
            e.to_string()
                .lines()
                .next()
                .unwrap_or("invalid value")
                .trim_start_matches("error: ")
        )
    })?;
    line.a.options()
}

pub fn create(engine: &Engine, a: PodCreateArgs) -> anyhow::Result<i32> {
    let opts = a.options()?;
    let id = engine.create_pod(&opts, &crate::engine::progress::NoProgress)?;
    if let Some(f) = &a.pod_id_file {
        crate::util::fs::write_atomic(f, id.as_bytes(), 0o644)
            .map_err(|e| anyhow::anyhow!("--pod-id-file {}: {e}", f.display()))?;
    }
    println!("{id}");
    Ok(0)
}

/// `run/create --pod new:NAME`: the pod is made first, with the container's network
/// settings (ports, networks, DNS, hosts, hostname), which move to its infra container.
pub fn join_new_pod(engine: &Engine, opts: &mut CreateOptions) -> anyhow::Result<()> {
    let Some(name) = opts.pod.as_deref().and_then(|p| p.strip_prefix("new:")) else {
        return Ok(());
    };
    let mut infra_options = CreateOptions {
        network: std::mem::take(&mut opts.network),
        ..Default::default()
    };
    infra_options.request.hostname = opts.request.hostname.take();
    let pod = PodCreateOptions {
        name: Some(name.to_string()),
        infra: true,
        infra_options,
        exit_policy: "continue".into(),
        create_command: std::env::args().collect(),
        ..Default::default()
    };
    let id = engine.create_pod(&pod, &crate::engine::progress::NoProgress)?;
    opts.pod = Some(id);
    Ok(())
}
