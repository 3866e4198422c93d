//! Networks: records, the default network, the bridge made on first use, and a container's
//! place on them (`attach`), its names in its peers' /etc/hosts (`hosts`) and the NAT and
//! port rules (`firewall`); for an ordinary user, all of it inside the user's own network
//! namespace (`rootless`).

mod attach;
mod connect;
mod container;
mod firewall;
mod hosts;
mod rootless;

use std::net::{Ipv4Addr, Ipv6Addr};

pub use attach::Attachment;
pub use container::PreparedNet;
pub use rootless::Relay;

use crate::engine::{Engine, EngineError};
use crate::network::ipam::{Subnet, Subnet6};
use crate::network::link;
use crate::network::store::{
    NetworkError, NetworkRecord, Networks, V6Config, free_subnet, host_routes,
};
use crate::state::Endpoint;
use crate::sys::netlink::Netlink;

/// The default bridge network (docker's `bridge`, podman's `podman`).
pub const DEFAULT_NETWORK: &str = "skiff";
/// The default network's bridge: `skiff0` for the default store, `skiff-SCOPE` for
/// another (see `Context::scope`).
fn default_bridge(scope: &str) -> String {
    if scope.is_empty() {
        "skiff0".into()
    } else {
        format!("skiff-{scope}")
    }
}
/// Tried in order for the default network (a /16 clear of the host's routes).
const DEFAULT_CANDIDATES: &[&str] = &[
    "10.88.0.0/16",
    "10.87.0.0/16",
    "10.86.0.0/16",
    "10.85.0.0/16",
    "172.29.0.0/16",
    "172.28.0.0/16",
];

/// What `network create` asks for.
#[derive(Clone, Debug, Default)]
pub struct NetworkOptions {
    pub name: String,
    pub subnet: Option<String>,
    pub gateway: Option<Ipv4Addr>,
    pub ip_range: Option<String>,
    pub internal: bool,
    pub labels: std::collections::BTreeMap<String, String>,
    /// `-o KEY=VALUE` (see `network::options`).
    pub options: std::collections::BTreeMap<String, String>,
    /// `--aux-address NAME=IP`.
    pub aux_addresses: std::collections::BTreeMap<String, Ipv4Addr>,
    /// `--ipam-driver` (only `default`; podman's `host-local` is the same thing).
    pub ipam_driver: Option<String>,
    pub ipam_options: std::collections::BTreeMap<String, String>,
    /// `--ipv6` (also implied by an IPv6 `--subnet`).
    pub ipv6: bool,
    pub subnet6: Option<String>,
    pub gateway6: Option<Ipv6Addr>,
    pub ip_range6: Option<String>,
}

/// A container on a network (`network_members`); addresses empty unless it runs.
pub struct NetworkMember {
    pub id: String,
    pub name: String,
    pub ip: String,
    pub ip6: String,
}

/// Private ranges tried, in order, for a network without `--subnet`.
const CANDIDATES: &[&str] = &[
    "10.89.0.0/24",
    "10.89.1.0/24",
    "10.89.2.0/24",
    "10.89.3.0/24",
    "10.89.4.0/24",
    "10.89.5.0/24",
    "10.89.6.0/24",
    "10.89.7.0/24",
    "10.89.8.0/24",
    "10.89.9.0/24",
];

impl From<NetworkError> for EngineError {
    fn from(e: NetworkError) -> Self {
        match e {
            NetworkError::Exists(_) => EngineError::Conflict(e.to_string()),
            NetworkError::NotFound(_) => EngineError::Invalid(e.to_string()),
            NetworkError::Ipam(_) => EngineError::Invalid(e.to_string()),
            NetworkError::Io(_) => EngineError::Other(e.to_string()),
        }
    }
}

fn net_err(what: &str) -> impl Fn(std::io::Error) -> EngineError + '_ {
    move |e| EngineError::Other(format!("{what}: {e}"))
}

/// A network mode that is not a user network.
pub fn is_special_mode(mode: &str) -> bool {
    matches!(mode, "none" | "host" | "")
        || mode.starts_with("container:")
        || crate::network::usermode::is_usermode(mode)
}

impl Engine {
    pub fn networks(&self) -> Result<Networks, EngineError> {
        Ok(Networks::open(self.store()?.root())?)
    }

    /// The network of a container run without `--network`: the config's choice, else the
    /// default bridge network (rootless: pasta when installed, else slirp4netns, else none).
    pub fn default_network_mode(&self) -> String {
        match &self.context().network.default_network {
            Some(n) if n != "bridge" => n.clone(),
            Some(_) => DEFAULT_NETWORK.into(),
            None if self.context().rootless => crate::network::usermode::default_mode()
                .unwrap_or_else(|| {
                    log::warn!("neither pasta (package passt) nor slirp4netns is installed: containers get no network but loopback (--network none)");
                    "none"
                })
                .into(),
            None => DEFAULT_NETWORK.into(),
        }
    }

    /// The default network's record, made on first use.
    fn ensure_default_network(&self) -> Result<NetworkRecord, EngineError> {
        let nets = self.networks()?;
        if let Ok(r) = nets.get(DEFAULT_NETWORK) {
            return self.default_network_v6(&nets, r);
        }
        let subnet = match &self.context().network.default_subnet {
            Some(s) => Subnet::parse(s).map_err(NetworkError::from)?,
            None => {
                let taken = self.taken_subnets(&nets);
                free_subnet(DEFAULT_CANDIDATES, &taken, &host_routes()).ok_or_else(|| {
                    EngineError::Invalid(
                        "no free subnet for the default network: set network.default-subnet in config.toml"
                            .into(),
                    )
                })?
            }
        };
        let rec = NetworkRecord {
            name: DEFAULT_NETWORK.into(),
            id: crate::util::random::hex_id(),
            driver: "bridge".into(),
            subnet: subnet.to_string(),
            gateway: subnet.first_host(),
            ip_range: None,
            internal: false,
            labels: Default::default(),
            created: crate::util::time::now_rfc3339(),
            bridge: default_bridge(&self.context().scope),
            options: Default::default(),
            aux_addresses: Default::default(),
            ipam_options: Default::default(),
            ipv6: None,
        };
        let rec = NetworkRecord {
            ipv6: self.default_v6(&nets, &rec.id)?,
            ..rec
        };
        match nets.create(&rec) {
            Ok(()) => Ok(rec),
            // Somebody else made it first.
            Err(NetworkError::Exists(_)) => Ok(nets.get(DEFAULT_NETWORK)?),
            Err(e) => Err(e.into()),
        }
    }

    /// The default network's IPv6 side as the config asks for it (`ipv6`,
    /// `default-subnet6`; docker's `ipv6`, `fixed-cidr-v6`).
    fn default_v6(&self, nets: &Networks, id: &str) -> Result<Option<V6Config>, EngineError> {
        let conf = &self.context().network;
        if conf.ipv6 != Some(true) {
            return Ok(None);
        }
        let o = NetworkOptions {
            name: DEFAULT_NETWORK.into(),
            ipv6: true,
            subnet6: conf.default_subnet6.clone(),
            ..Default::default()
        };
        self.v6_config(&o, nets, id)
    }

    /// An existing default network made before the config turned IPv6 on (or off): its
    /// record follows the config once no container is on it (as docker's daemon restart).
    fn default_network_v6(
        &self,
        nets: &Networks,
        rec: NetworkRecord,
    ) -> Result<NetworkRecord, EngineError> {
        let want = self.context().network.ipv6 == Some(true);
        let same_subnet = match (&rec.ipv6, &self.context().network.default_subnet6) {
            (Some(v6), Some(s)) => Subnet6::parse(s).is_ok_and(|s| s.to_string() == v6.subnet),
            _ => true,
        };
        if want == rec.ipv6.is_some() && same_subnet {
            return Ok(rec);
        }
        if !self.network_users(&rec.name)?.is_empty() {
            log::warn!("the default network's IPv6 follows the config once no container is on it");
            return Ok(rec);
        }
        let updated = NetworkRecord {
            ipv6: if want {
                self.default_v6(nets, &rec.id)?
            } else {
                None
            },
            ..rec
        };
        nets.update(&updated)?;
        Ok(updated)
    }

    fn taken_subnets(&self, nets: &Networks) -> Vec<Subnet> {
        nets.list()
            .iter()
            .filter_map(|r| Subnet::parse(&r.subnet).ok())
            .collect()
    }

    /// All network records, the default one included (it is listed before first use; an
    /// ordinary user's too, as podman lists its own, though its containers use pasta
    /// unless they name it).
    pub fn list_networks(&self) -> Result<Vec<NetworkRecord>, EngineError> {
        self.ensure_default_network()?;
        Ok(self.networks()?.list())
    }

    pub fn create_network(&self, o: &NetworkOptions) -> Result<NetworkRecord, EngineError> {
        if !crate::util::random::valid_name(&o.name) {
            return Err(EngineError::Invalid(format!(
                "invalid network name {:?}",
                o.name
            )));
        }
        if matches!(
            o.name.as_str(),
            "none" | "host" | "bridge" | DEFAULT_NETWORK
        ) {
            return Err(EngineError::Invalid(format!(
                "{} is a reserved network name",
                o.name
            )));
        }
        let nets = self.networks()?;
        if nets.get(&o.name).is_ok() {
            return Err(NetworkError::Exists(o.name.clone()).into());
        }
        let subnet = match &o.subnet {
            Some(s) => Subnet::parse(s).map_err(NetworkError::from)?,
            None => {
                // the configured pools (daemon.json's default-address-pools,
                // containers.conf's default_subnet_pools), else skiff's own
                let mut pooled = Vec::new();
                for p in self
                    .context()
                    .network
                    .default_address_pools
                    .iter()
                    .flatten()
                {
                    pooled.extend(
                        crate::network::store::pool_subnets(&p.base, p.size)
                            .map_err(NetworkError::from)?,
                    );
                }
                let candidates: Vec<&str> = if pooled.is_empty() {
                    CANDIDATES.to_vec()
                } else {
                    pooled.iter().map(String::as_str).collect()
                };
                free_subnet(&candidates, &self.taken_subnets(&nets), &host_routes()).ok_or_else(
                    || EngineError::Invalid("no free subnet left: give one with --subnet".into()),
                )?
            }
        };
        let gateway = o.gateway.unwrap_or(subnet.first_host());
        if !subnet.contains(gateway) {
            return Err(EngineError::Invalid(format!(
                "gateway {gateway} is not in {subnet}"
            )));
        }
        if let Some(d) = o.ipam_driver.as_deref()
            && !matches!(d, "default" | "host-local")
        {
            return Err(EngineError::Invalid(format!(
                "unsupported IPAM driver {d:?}: only default"
            )));
        }
        let bridge_opts =
            crate::network::options::parse(&o.options).map_err(EngineError::Invalid)?;
        for (name, ip) in &o.aux_addresses {
            if !subnet.contains(*ip) || *ip == gateway {
                return Err(EngineError::Invalid(format!(
                    "auxiliary address {name}={ip} is not a free address of {subnet}"
                )));
            }
        }
        let id = crate::util::random::hex_id();
        let bridge = match bridge_opts.bridge_name {
            Some(b) => {
                let taken =
                    nets.list().iter().any(|n| n.bridge == b) || crate::network::link::exists(&b);
                if taken {
                    return Err(EngineError::Conflict(format!(
                        "bridge name {b} is already in use"
                    )));
                }
                b
            }
            None => format!("skbr-{}", &id[..8]),
        };
        let rec = NetworkRecord {
            name: o.name.clone(),
            bridge,
            options: o.options.clone(),
            aux_addresses: o.aux_addresses.clone(),
            ipam_options: o.ipam_options.clone(),
            ipv6: self.v6_config(o, &nets, &id)?,
            id,
            driver: "bridge".into(),
            subnet: subnet.to_string(),
            gateway,
            ip_range: o.ip_range.clone(),
            internal: o.internal,
            labels: o.labels.clone(),
            created: crate::util::time::now_rfc3339(),
        };
        if let Some(r) = &rec.ip_range {
            let r = Subnet::parse(r).map_err(NetworkError::from)?;
            if !subnet.contains(r.base) {
                return Err(EngineError::Invalid(format!(
                    "ip range {r} is not in {subnet}"
                )));
            }
        }
        nets.create(&rec)?;
        self.event_network(&rec, "create", "");
        Ok(rec)
    }

    /// The IPv6 side `network create` asks for: the given subnet, else a unique local /64
    /// (fdXX:…, from the network's ID) clear of the other networks'.
    fn v6_config(
        &self,
        o: &NetworkOptions,
        nets: &Networks,
        id: &str,
    ) -> Result<Option<V6Config>, EngineError> {
        if !o.ipv6 && o.subnet6.is_none() {
            if o.gateway6.is_some() || o.ip_range6.is_some() {
                return Err(EngineError::Invalid(
                    "an IPv6 gateway or range needs an IPv6 network: add --ipv6".into(),
                ));
            }
            return Ok(None);
        }
        // (the network's own record, when it is being changed, is no other network)
        let taken: Vec<Subnet6> = nets
            .list()
            .iter()
            .filter(|r| r.name != o.name)
            .filter_map(|r| Subnet6::parse(&r.ipv6.as_ref()?.subnet).ok())
            .collect();
        let subnet = match &o.subnet6 {
            Some(s) => Subnet6::parse(s).map_err(NetworkError::from)?,
            None => (0u8..=255)
                .filter_map(|salt| Subnet6::parse(&ula_candidate(id, salt)).ok())
                .find(|c| !taken.iter().any(|t| t.overlaps(c)))
                .ok_or_else(|| {
                    EngineError::Invalid("no free IPv6 subnet: give one with --subnet".into())
                })?,
        };
        if let Some(t) = taken.iter().find(|t| t.overlaps(&subnet)) {
            return Err(EngineError::Conflict(format!(
                "subnet {subnet} overlaps {t} of another network"
            )));
        }
        let gateway = o.gateway6.unwrap_or(subnet.first_host());
        if !subnet.contains(gateway) {
            return Err(EngineError::Invalid(format!(
                "gateway {gateway} is not in {subnet}"
            )));
        }
        if let Some(r) = &o.ip_range6 {
            let r = Subnet6::parse(r).map_err(NetworkError::from)?;
            if !subnet.contains(r.base) {
                return Err(EngineError::Invalid(format!(
                    "ip range {r} is not in {subnet}"
                )));
            }
        }
        Ok(Some(V6Config {
            subnet: subnet.to_string(),
            gateway,
            ip_range: o.ip_range6.clone(),
        }))
    }

    /// The names of the containers on `network` (`network rm -f -t`).
    pub fn network_containers(&self, network: &str) -> Result<Vec<String>, EngineError> {
        let name = self.networks()?.get(network)?.name;
        self.network_users(&name)
    }

    /// The containers (names) that have an endpoint on `network`, running or not.
    fn network_users(&self, network: &str) -> Result<Vec<String>, EngineError> {
        Ok(self
            .network_members(network)?
            .into_iter()
            .map(|m| m.name)
            .collect())
    }

    /// The containers on `network`, with their addresses there while they run.
    pub fn network_members(&self, network: &str) -> Result<Vec<NetworkMember>, EngineError> {
        let containers = self.containers()?;
        let mut out = Vec::new();
        for id in containers.ids()? {
            if let Ok((c, s)) = self.load_container(&id)
                && endpoints(&c).iter().any(|e| e.network == network)
            {
                out.push(NetworkMember {
                    ip: s.networks.get(network).cloned().unwrap_or_default(),
                    ip6: s.networks6.get(network).cloned().unwrap_or_default(),
                    id,
                    name: c.name,
                });
            }
        }
        Ok(out)
    }

    /// Removes a network no container uses; its bridge and rules go too.
    pub fn remove_network(&self, name: &str) -> Result<(), EngineError> {
        if matches!(name, DEFAULT_NETWORK | "bridge") {
            return Err(EngineError::Invalid(format!(
                "{name} is a pre-defined network and cannot be removed (skiff system reset removes it)"
            )));
        }
        let nets = self.networks()?;
        let rec = nets.get(name)?;
        if let Some(user) = self.network_users(&rec.name)?.first() {
            return Err(EngineError::Conflict(format!(
                "error while removing network: network {name} has active endpoints (container {user})"
            )));
        }
        let bridge = rec.bridge.clone();
        self.bridge_side(|| {
            if let Ok(mut nl) = Netlink::route()
                && let Ok(Some(i)) = link::index(&mut nl, &bridge)
            {
                link::delete(&mut nl, i).map_err(|e| format!("removing the bridge: {e}"))?;
            }
            Ok(String::new())
        })?;
        nets.remove(name)?;
        self.sync_firewall(None)?;
        self.event_network(&rec, "destroy", "");
        Ok(())
    }

    /// Removes every network no container uses (the default one stays); their names.
    pub fn prune_networks(
        &self,
        filter: &crate::engine::prune_filter::PruneFilter,
    ) -> Result<Vec<String>, EngineError> {
        let mut gone = Vec::new();
        for rec in self.networks()?.list() {
            if rec.name != DEFAULT_NETWORK
                && filter.admits(Some(&rec.created), &rec.labels)
                && self.network_users(&rec.name)?.is_empty()
            {
                match self.remove_network(&rec.name) {
                    Ok(()) => gone.push(rec.name),
                    Err(EngineError::Conflict(_)) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(gone)
    }

    /// A user network's record (`bridge` and the default network's name give the default
    /// network, made on first use); `None` for none/host/container: modes.
    pub fn network_of(&self, network: &str) -> Result<Option<NetworkRecord>, EngineError> {
        if is_special_mode(network) {
            return Ok(None);
        }
        if matches!(network, DEFAULT_NETWORK | "bridge") {
            return self.ensure_default_network().map(Some);
        }
        Ok(Some(self.networks()?.get(network)?))
    }

    /// Whether `name` is a network: the built-in ones (`bridge`, the default, `host`,
    /// `none`) always are.
    pub fn network_exists(&self, name: &str) -> Result<bool, EngineError> {
        if matches!(name, DEFAULT_NETWORK | "bridge" | "host" | "none") {
            return Ok(true);
        }
        match self.networks()?.get(name) {
            Ok(_) => Ok(true),
            Err(NetworkError::NotFound(_)) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// A user network's record, `None` when there is none by that name.
    pub fn find_network(&self, name: &str) -> Result<Option<NetworkRecord>, EngineError> {
        if is_special_mode(name) || matches!(name, DEFAULT_NETWORK | "bridge") {
            return self.network_of(name);
        }
        match self.networks()?.get(name) {
            Ok(r) => Ok(Some(r)),
            Err(NetworkError::NotFound(_)) => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    fn event_network(&self, rec: &NetworkRecord, action: &str, container: &str) {
        let mut attrs = vec![("name", rec.name.clone()), ("type", rec.driver.clone())];
        if !container.is_empty() {
            attrs.push(("container", container.to_string()));
        }
        self.event_raw("network", action, &rec.id, &attrs);
    }
}

/// A unique local /64 (RFC 4193: fd, a 40-bit global ID, a 16-bit subnet ID) from a
/// network's ID; `salt` picks another when it is taken.
fn ula_candidate(id: &str, salt: u8) -> String {
    let hex: Vec<u8> = id
        .as_bytes()
        .chunks(2)
        .filter_map(|c| u8::from_str_radix(std::str::from_utf8(c).ok()?, 16).ok())
        .collect();
    let b = |i: usize| hex.get(i).copied().unwrap_or(0);
    format!(
        "fd{:02x}:{:02x}{:02x}:{:02x}{:02x}:{:02x}{:02x}::/64",
        b(0),
        b(1),
        b(2),
        b(3),
        b(4),
        b(5),
        salt
    )
}

/// A container's networks: its endpoints, or (records written before several networks
/// existed) the one its namespace mode names.
pub fn endpoints(c: &crate::state::ContainerConfig) -> Vec<Endpoint> {
    if !c.net.networks.is_empty() {
        return c.net.networks.clone();
    }
    if is_special_mode(&c.spec.linux.network) {
        return Vec::new();
    }
    vec![Endpoint {
        network: c.spec.linux.network.clone(),
        ..Default::default()
    }]
}
