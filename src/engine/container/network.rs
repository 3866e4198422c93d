//! A new container's networking: its namespace mode and networks, published and exposed
//! ports, and the /etc/hosts, /etc/hostname and /etc/resolv.conf it gets.

use std::fs;
use std::path::Path;

use crate::engine::network::{DEFAULT_NETWORK, is_special_mode};
use crate::engine::{Engine, EngineError};
use crate::network::dns::{self, ResolvOptions};
use crate::oci::image::RunConfig;
use crate::oci::ports::{PortRequest, parse_exposed};
use crate::oci::runtime::Mount;
use crate::state::NetConfig;

/// The networking of a container about to be created.
pub struct Planned {
    /// `spec.linux.network`: none, host, container:<id>, or the primary network's name.
    pub mode: String,
    pub net: NetConfig,
    pub exposed: Vec<String>,
}

/// `--network` as asked for, and what `-P`/`--expose` add.
#[derive(Clone, Debug, Default)]
pub struct NetRequest {
    /// The first `--network` (empty: the default).
    pub mode: String,
    /// Everything else: endpoints (`networks[0]` is the mode's when it is a network),
    /// ports, links, DNS settings.
    pub net: NetConfig,
    pub publish_all: bool,
    pub expose: Vec<String>,
}

impl Engine {
    /// Docker's legacy link variables for `config`'s `--link`s to running containers.
    pub(super) fn link_env(&self, config: &crate::state::ContainerConfig) -> Vec<String> {
        let Ok(containers) = self.containers() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for link in &config.net.links {
            let (name, alias) = link.split_once(':').unwrap_or((link, link));
            let Ok(id) = containers.resolve(name) else {
                continue;
            };
            let (Ok(other), Ok(state)) = (containers.config(&id), containers.observed_state(&id))
            else {
                continue;
            };
            if state.ip_address.is_empty() {
                continue;
            }
            out.extend(crate::network::legacy_links::link_env(
                alias,
                &config.name,
                &state.ip_address,
                &other.exposed_ports,
                &other.env,
            ));
        }
        out
    }

    pub(super) fn plan_network(
        &self,
        req: &NetRequest,
        image: &RunConfig,
    ) -> Result<Planned, EngineError> {
        let mut mode = match req.mode.as_str() {
            "" => self.default_network_mode(),
            "bridge" => DEFAULT_NETWORK.to_string(),
            m => m.to_string(),
        };
        let mut net = req.net.clone();
        if let Some(other) = mode.strip_prefix("container:") {
            let id = self.containers()?.resolve(other)?;
            if !net.ports.is_empty() || req.publish_all {
                return Err(EngineError::Invalid(
                    "conflicting options: port publishing and the container type network mode"
                        .into(),
                ));
            }
            mode = format!("container:{id}");
        }
        let usermode = crate::network::usermode::is_usermode(&mode);
        if usermode && !self.context().rootless {
            return Err(EngineError::Invalid(format!(
                "--network {mode} is for rootless containers: root's use bridge networks (the default), none or host"
            )));
        }
        if is_special_mode(&mode) {
            if net.networks.len() > 1 {
                return Err(EngineError::Invalid(format!(
                    "container cannot be connected to other networks with network mode {mode}"
                )));
            }
            net.networks.clear();
            // docker discards them too (with host networking they are not needed); pasta
            // publishes them
            if !usermode {
                net.ports.clear();
            }
        } else {
            if net.networks.is_empty() {
                net.networks.push(Default::default());
            }
            net.networks[0].network = mode.clone();
            for e in &mut net.networks {
                if e.network == "bridge" {
                    e.network = DEFAULT_NETWORK.into();
                }
                // It must exist (the default one is made now).
                self.network_of(&e.network)?;
            }
            let mut seen = std::collections::BTreeSet::new();
            if let Some(dup) = net
                .networks
                .iter()
                .find(|e| !seen.insert(e.network.clone()))
            {
                return Err(EngineError::Invalid(format!(
                    "network {} given twice",
                    dup.network
                )));
            }
        }
        let mut exposed: Vec<String> = image
            .exposed_ports
            .as_ref()
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default();
        for e in &req.expose {
            let (port, proto) = parse_exposed(e)
                .ok_or_else(|| EngineError::Invalid(format!("invalid --expose value {e:?}")))?;
            exposed.push(format!("{port}/{}", proto.as_str()));
        }
        for p in &net.ports {
            exposed.push(format!("{}/{}", p.container_port, p.proto.as_str()));
        }
        exposed.sort();
        exposed.dedup();
        if req.publish_all && (usermode || !is_special_mode(&mode)) {
            for e in &exposed {
                if let Some((port, proto)) = parse_exposed(e)
                    && !net
                        .ports
                        .iter()
                        .any(|p| p.container_port == port && p.proto == proto)
                {
                    net.ports.push(PortRequest {
                        proto,
                        host_ip: None,
                        host_ports: None,
                        container_port: port,
                    });
                }
            }
        }
        if self.context().rootless
            && net
                .ports
                .iter()
                .any(|p| p.host_ip.is_some_and(|i| i.is_ipv6()))
        {
            return Err(EngineError::Invalid(
                "publishing on an IPv6 host address needs root: an ordinary user's ports are relayed on IPv4".into(),
            ));
        }
        // a network's host_binding_ipv4: where its published ports listen by default
        if let Some(first) = net.networks.first()
            && !net.ports.is_empty()
            && let Some(rec) = self.network_of(&first.network)?
            && let Some(ip) = rec.bridge_options().host_binding
        {
            for p in net.ports.iter_mut().filter(|p| p.host_ip.is_none()) {
                p.host_ip = Some(std::net::IpAddr::V4(ip));
            }
        }
        Ok(Planned { mode, net, exposed })
    }

    /// /etc/hosts, /etc/hostname and /etc/resolv.conf for the container, written into its
    /// directory and bind-mounted (another container's hosts and resolv.conf when it
    /// shares that one's network).
    pub(super) fn network_files(
        &self,
        dir: &Path,
        hostname: &str,
        domainname: &str,
        plan: &Planned,
        durable: bool,
    ) -> Result<Vec<Mount>, EngineError> {
        let mode = plan.mode.as_str();
        let gateway = match plan.net.networks.first() {
            Some(e) => self.network_of(&e.network)?.map(|r| r.gateway.to_string()),
            None => None,
        };
        let mut extra = Vec::new();
        for h in &plan.net.extra_hosts {
            let (name, ip) = dns::parse_add_host(h).ok_or_else(|| {
                EngineError::Invalid(format!("invalid --add-host {h:?}: want NAME:IP"))
            })?;
            let ip = match ip.as_str() {
                "host-gateway" => gateway.clone().unwrap_or_else(|| "127.0.0.1".into()),
                _ => ip,
            };
            extra.push((name, ip));
        }
        let hosts = if mode == "host" {
            let mut h = fs::read_to_string("/etc/hosts").unwrap_or_default();
            for (name, ip) in &extra {
                h.push_str(&format!("{ip}\t{name}\n"));
            }
            h
        } else {
            dns::hosts_base(hostname, domainname, &extra)
        };
        let conf = &self.context().network;
        let resolv = dns::resolv_conf(
            &fs::read_to_string("/etc/resolv.conf").unwrap_or_default(),
            &ResolvOptions {
                // --dns and its kin, else the configured ones (daemon.json, containers.conf)
                servers: or_configured(&plan.net.dns, &conf.dns),
                search: or_configured(&plan.net.dns_search, &conf.dns_search),
                options: or_configured(&plan.net.dns_options, &conf.dns_options),
                fallback: conf.dns.clone().unwrap_or_default(),
                host_network: mode == "host",
            },
        );
        let shared = mode
            .strip_prefix("container:")
            .map(|id| self.containers().map(|c| c.dir(id)))
            .transpose()?;
        let mut out = Vec::new();
        for (file, content, dst) in [
            ("hosts", hosts, "/etc/hosts"),
            ("hostname", format!("{hostname}\n"), "/etc/hostname"),
            ("resolv.conf", resolv, "/etc/resolv.conf"),
        ] {
            if file == "hosts" && plan.net.no_hosts {
                continue;
            }
            let source = match &shared {
                Some(other) if file != "hostname" => other.join(file),
                _ => {
                    let path = dir.join(file);
                    crate::state::write_file(&path, content.as_bytes(), durable)?;
                    path
                }
            };
            out.push(Mount {
                destination: dst.to_string(),
                kind: "bind".into(),
                source,
                options: vec!["rbind".into()],
                root: None,
            });
        }
        Ok(out)
    }
}

/// The values given for the container, else the configured ones.
fn or_configured(given: &[String], configured: &Option<Vec<String>>) -> Vec<String> {
    if given.is_empty() {
        configured.clone().unwrap_or_default()
    } else {
        given.to_vec()
    }
}
