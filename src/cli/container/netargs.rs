//! `run`/`create`'s network flags: `--network` (several; `name=N,alias=A,ip=IP,ip6=IP6,
//! mac-address=M`), `--network-alias`, `--ip`, `--ip6`, `--link-local-ip`,
//! `--mac-address`, `-p`, `-P`, `--expose`, `--link`, `--dns*`, `--add-host`.

use anyhow::bail;

use super::args::ContainerArgs;
use crate::engine::container::network::NetRequest;
use crate::engine::records::{Endpoint, NetConfig};
use crate::oci::ports::parse_publish;

impl ContainerArgs {
    /// `--network` and the flags that go with it, checked.
    pub(super) fn network_request(&self) -> anyhow::Result<NetRequest> {
        let mut networks = Vec::new();
        for n in &self.network {
            networks.push(endpoint(n)?);
        }
        let mode = networks
            .first()
            .map(|e: &Endpoint| e.network.clone())
            .unwrap_or_default();
        if let Some(m) = &self.mac_address {
            check_mac(m)?;
        }
        for ip in &self.link_local_ip {
            check_link_local(*ip)?;
        }
        if !self.network_alias.is_empty()
            || self.ip.is_some()
            || self.ip6.is_some()
            || !self.link_local_ip.is_empty()
            || self.mac_address.is_some()
        {
            if networks.is_empty() {
                networks.push(Endpoint::default());
            }
            networks[0]
                .aliases
                .extend(self.network_alias.iter().cloned());
            if self.ip.is_some() {
                networks[0].ip = self.ip;
            }
            if self.ip6.is_some() {
                networks[0].ip6 = self.ip6;
            }
            networks[0]
                .link_local
                .extend(self.link_local_ip.iter().copied());
            if self.mac_address.is_some() {
                networks[0].mac = self.mac_address.clone();
            }
        }
        let mut ports = Vec::new();
        for p in &self.publish {
            ports.extend(parse_publish(p)?);
        }
        if mode == "host" && (!ports.is_empty() || self.publish_all) {
            eprintln!("WARNING: Published ports are discarded when using host network mode");
        }
        check_dns_and_hosts(&self.dns, &self.add_host)?;
        let mut links = Vec::new();
        for l in &self.link {
            let (name, alias) = l.split_once(':').unwrap_or((l, l));
            if name.is_empty() || alias.is_empty() {
                bail!("invalid --link {l:?}: want CONTAINER[:ALIAS]");
            }
            links.push(format!("{name}:{alias}"));
        }
        Ok(NetRequest {
            mode,
            net: NetConfig {
                networks,
                ports,
                links,
                dns: self.dns.clone(),
                dns_search: self.dns_search.clone(),
                dns_options: self.dns_option.clone(),
                extra_hosts: self.add_host.clone(),
                no_hosts: self.podman.no_hosts,
            },
            publish_all: self.publish_all,
            expose: self.expose.clone(),
        })
    }
}

/// `--mac-address`: six hex octets, a unicast address.
fn check_mac(m: &str) -> anyhow::Result<()> {
    if crate::network::link::parse_mac(m).is_none() {
        bail!("invalid --mac-address {m:?}: want a unicast MAC like 02:42:ac:11:00:02");
    }
    Ok(())
}

/// `--link-local-ip`: an address of 169.254.0.0/16 or fe80::/10.
fn check_link_local(ip: std::net::IpAddr) -> anyhow::Result<()> {
    let ok = match ip {
        std::net::IpAddr::V4(a) => a.is_link_local(),
        std::net::IpAddr::V6(a) => a.is_unicast_link_local(),
    };
    if !ok {
        bail!("invalid --link-local-ip {ip}: not a link-local address (169.254.0.0/16, fe80::/10)");
    }
    Ok(())
}

/// One `--network` value: NAME, or name=NAME,alias=A,ip=IP,mac-address=MAC.
fn endpoint(v: &str) -> anyhow::Result<Endpoint> {
    if !v.contains('=') {
        return Ok(Endpoint {
            network: v.to_string(),
            ..Default::default()
        });
    }
    let mut e = Endpoint::default();
    for part in v.split(',') {
        match part.split_once('=') {
            Some(("name", n)) => e.network = n.to_string(),
            Some(("alias", a)) => e.aliases.push(a.to_string()),
            Some(("mac-address", m)) => {
                check_mac(m)?;
                e.mac = Some(m.to_string());
            }
            Some(("link-local-ip", ip)) => {
                let ip = ip.parse().map_err(|_| {
                    anyhow::anyhow!("invalid --network {v:?}: {ip:?} is not an IP address")
                })?;
                check_link_local(ip)?;
                e.link_local.push(ip);
            }
            Some(("ip6", ip)) => {
                e.ip6 = Some(ip.parse().map_err(|_| {
                    anyhow::anyhow!("invalid --network {v:?}: {ip:?} is not an IPv6 address")
                })?)
            }
            Some(("gw-priority", n)) => {
                e.gw_priority = n.parse().map_err(|_| {
                    anyhow::anyhow!("invalid --network {v:?}: gw-priority {n:?} is not a number")
                })?
            }
            Some(("ip", ip)) => {
                e.ip = Some(ip.parse().map_err(|_| {
                    anyhow::anyhow!("invalid --network {v:?}: {ip:?} is not an IPv4 address")
                })?)
            }
            _ => {
                bail!(
                    "invalid --network {v:?}: want NAME or name=NAME[,alias=A][,ip=IP][,ip6=IP6][,gw-priority=N]"
                )
            }
        }
    }
    if e.network.is_empty() {
        bail!("invalid --network {v:?}: no name");
    }
    Ok(e)
}

/// `--dns` servers are IP addresses, `--add-host`s NAME:IP.
pub(super) fn check_dns_and_hosts(dns: &[String], hosts: &[String]) -> anyhow::Result<()> {
    for d in dns {
        d.parse::<std::net::IpAddr>()
            .map_err(|_| anyhow::anyhow!("invalid --dns {d:?}: not an IP address"))?;
    }
    for h in hosts {
        if crate::network::dns::parse_add_host(h).is_none() {
            bail!("invalid --add-host {h:?}: want NAME:IP");
        }
    }
    Ok(())
}
