//! Networks: records, the bridge made on first use, and joining a container — an address
//! from the network's IPAM, a veth pair whose host end sits on the bridge and whose other
//! end is moved into the container and configured there as eth0.

use std::net::Ipv4Addr;

use crate::engine::{Engine, EngineError};
use crate::network::ipam::Subnet;
use crate::network::link;
use crate::network::store::{NetworkError, NetworkRecord, Networks, free_subnet, host_routes};
use crate::sys::netlink::Netlink;

/// What `network create` asks for.
#[derive(Clone, Debug, Default)]
pub struct NetworkOptions {
    pub name: String,
    pub subnet: Option<String>,
    pub gateway: Option<Ipv4Addr>,
    pub ip_range: Option<String>,
    pub internal: bool,
    pub labels: std::collections::BTreeMap<String, String>,
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

/// A container's place on a network, decided before it starts.
pub struct Attachment {
    pub network: NetworkRecord,
    pub ip: Ipv4Addr,
    pub prefix: u8,
    pub host_if: String,
    pub peer_if: String,
}

fn net_err(what: &str) -> impl Fn(std::io::Error) -> EngineError + '_ {
    move |e| EngineError::Other(format!("{what}: {e}"))
}

impl Engine {
    pub fn networks(&self) -> Result<Networks, EngineError> {
        Ok(Networks::open(self.store()?.root())?)
    }

    pub fn create_network(&self, o: &NetworkOptions) -> Result<NetworkRecord, EngineError> {
        if !crate::util::random::valid_name(&o.name) {
            return Err(EngineError::Invalid(format!(
                "invalid network name {:?}",
                o.name
            )));
        }
        if matches!(o.name.as_str(), "none" | "host" | "bridge") {
            return Err(EngineError::Invalid(format!(
                "{} is a reserved network name",
                o.name
            )));
        }
        let nets = self.networks()?;
        let subnet = match &o.subnet {
            Some(s) => Subnet::parse(s).map_err(NetworkError::from)?,
            None => {
                let taken: Vec<Subnet> = nets
                    .list()
                    .iter()
                    .filter_map(|r| Subnet::parse(&r.subnet).ok())
                    .collect();
                free_subnet(CANDIDATES, &taken, &host_routes()).ok_or_else(|| {
                    EngineError::Invalid("no free subnet left: give one with --subnet".into())
                })?
            }
        };
        let gateway = o.gateway.unwrap_or(subnet.first_host());
        if !subnet.contains(gateway) {
            return Err(EngineError::Invalid(format!(
                "gateway {gateway} is not in {subnet}"
            )));
        }
        let id = crate::util::random::hex_id();
        let rec = NetworkRecord {
            name: o.name.clone(),
            bridge: format!("skbr-{}", &id[..8]),
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
        Ok(rec)
    }

    /// Removes networks no container uses; their bridges go too.
    pub fn remove_network(&self, name: &str) -> Result<(), EngineError> {
        let nets = self.networks()?;
        let rec = nets.get(name)?;
        let containers = self.containers()?;
        for id in containers.ids()? {
            if let Ok(c) = containers.config(&id)
                && c.spec.linux.network == rec.name
            {
                return Err(EngineError::Conflict(format!(
                    "error while removing network: network {name} has active endpoints (container {})",
                    c.name
                )));
            }
        }
        if let Ok(mut nl) = Netlink::route()
            && let Ok(Some(i)) = link::index(&mut nl, &rec.bridge)
        {
            link::delete(&mut nl, i).map_err(net_err("removing the bridge"))?;
        }
        nets.remove(name)?;
        Ok(())
    }

    /// The network a container joins, if it is a user network (not none/host).
    pub fn network_of(&self, network: &str) -> Result<Option<NetworkRecord>, EngineError> {
        if matches!(network, "none" | "host" | "") {
            return Ok(None);
        }
        Ok(Some(self.networks()?.get(network)?))
    }

    /// Reserves an address for container `id` and makes sure the bridge is up.
    pub fn attach_plan(&self, id: &str, rec: NetworkRecord) -> Result<Attachment, EngineError> {
        let nets = self.networks()?;
        // A lease is kept while its container exists and has not ended (one being
        // started right now is still "created").
        let alive = |holder: &str| {
            self.load_container(holder).is_ok_and(|(_, s)| {
                !matches!(
                    s.status,
                    crate::state::Status::Exited | crate::state::Status::Dead
                )
            })
        };
        let ip = nets
            .ipam(&rec)?
            .allocate(id, None, &alive)
            .map_err(NetworkError::from)?;
        let prefix = Subnet::parse(&rec.subnet)
            .map_err(NetworkError::from)?
            .prefix;
        let mut nl = Netlink::route().map_err(net_err("netlink"))?;
        if link::index(&mut nl, &rec.bridge)
            .map_err(net_err("netlink"))?
            .is_none()
        {
            match link::create_bridge(&mut nl, &rec.bridge, None) {
                Ok(()) => {}
                Err(e) if e.raw_os_error() == Some(libc::EEXIST) => {}
                Err(e) => return Err(net_err("creating the bridge")(e)),
            }
            let b = link::index(&mut nl, &rec.bridge)
                .map_err(net_err("netlink"))?
                .ok_or_else(|| EngineError::Other("the bridge vanished".into()))?;
            match link::add_address(&mut nl, b, rec.gateway, prefix) {
                Ok(()) => {}
                Err(e) if e.raw_os_error() == Some(libc::EEXIST) => {}
                Err(e) => return Err(net_err("addressing the bridge")(e)),
            }
            link::set(&mut nl, b, true, None, None, None).map_err(net_err("bridge up"))?;
        }
        let tag = &id[..8];
        Ok(Attachment {
            network: rec,
            ip,
            prefix,
            host_if: format!("veth{tag}"),
            peer_if: format!("skp{tag}"),
        })
    }

    /// Frees the container's address on its network.
    pub fn release_address(&self, id: &str, network: &str) {
        if let Ok(Some(rec)) = self.network_of(network)
            && let Ok(nets) = self.networks()
            && let Ok(ipam) = nets.ipam(&rec)
        {
            let _ = ipam.release(id);
        }
    }
}

impl Attachment {
    /// In the parent, once the container's process exists: the veth pair, its host end on
    /// the bridge and up, the other end moved into the container's network namespace.
    pub fn plug(&self, pid: i32) -> Result<(), String> {
        let e = |what: &'static str| move |err: std::io::Error| format!("{what}: {err}");
        let mut nl = Netlink::route().map_err(e("netlink"))?;
        link::create_veth(&mut nl, &self.host_if, &self.peer_if, None)
            .map_err(e("creating the veth pair"))?;
        let host = link::index(&mut nl, &self.host_if)
            .map_err(e("netlink"))?
            .ok_or("veth vanished")?;
        let peer = link::index(&mut nl, &self.peer_if)
            .map_err(e("netlink"))?
            .ok_or("veth vanished")?;
        let bridge = link::index(&mut nl, &self.network.bridge)
            .map_err(e("netlink"))?
            .ok_or("no bridge")?;
        link::set(&mut nl, host, true, Some(bridge), None, None)
            .map_err(e("attaching to the bridge"))?;
        let ns = std::fs::File::open(format!("/proc/{pid}/ns/net"))
            .map_err(|x| format!("container netns: {x}"))?;
        link::set(
            &mut nl,
            peer,
            false,
            None,
            Some(std::os::fd::AsFd::as_fd(&ns)),
            None,
        )
        .map_err(e("moving the interface into the container"))
    }

    /// In the container (its namespace): eth0 with its address, and the default route.
    pub fn configure_inside(&self) -> Result<(), String> {
        let e = |what: &'static str| move |err: std::io::Error| format!("{what}: {err}");
        let mut nl = Netlink::route().map_err(e("netlink"))?;
        let i = link::index(&mut nl, &self.peer_if)
            .map_err(e("netlink"))?
            .ok_or("no interface")?;
        link::set(&mut nl, i, true, None, None, Some("eth0")).map_err(e("eth0"))?;
        link::add_address(&mut nl, i, self.ip, self.prefix).map_err(e("address"))?;
        if !self.network.internal {
            link::add_default_route(&mut nl, self.network.gateway).map_err(e("default route"))?;
        }
        Ok(())
    }
}

/// The /etc/hosts line for a container on a network (tagged, so it can be taken out).
fn hosts_line(ip: &str, config: &crate::state::ContainerConfig) -> String {
    let mut names = vec![config.name.clone()];
    if !config.spec.hostname.is_empty() && config.spec.hostname != config.name {
        names.push(config.spec.hostname.clone());
    }
    format!("{ip}\t{}\t# skiff {}\n", names.join(" "), &config.id[..12])
}

/// Rewrites a hosts file in place (a bind mount shows the same inode), keeping the lines
/// `keep` accepts and adding `add`.
fn rewrite_hosts(
    path: &std::path::Path,
    keep: impl Fn(&str) -> bool,
    add: &str,
) -> std::io::Result<()> {
    use std::io::Write;
    let old = std::fs::read_to_string(path)?;
    let mut text: String = old
        .lines()
        .filter(|l| keep(l))
        .map(|l| format!("{l}\n"))
        .collect();
    text.push_str(add);
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(path)?;
    f.write_all(text.as_bytes())
}

impl Engine {
    /// Containers running on `network` with their addresses (but `except`).
    fn peers(&self, network: &str, except: &str) -> Vec<(crate::state::ContainerConfig, String)> {
        let Ok(containers) = self.containers() else {
            return Vec::new();
        };
        containers
            .ids()
            .unwrap_or_default()
            .into_iter()
            .filter(|id| id != except)
            .filter_map(|id| {
                let (c, s) = self.load_container(&id).ok()?;
                (c.spec.linux.network == network
                    && !s.ip_address.is_empty()
                    && matches!(
                        s.status,
                        crate::state::Status::Running | crate::state::Status::Paused
                    ))
                .then_some((c, s.ip_address))
            })
            .collect()
    }

    /// The network's hosts-file lock (held while its members' /etc/hosts change), with the
    /// container records; `None` when the network or the store is not there.
    fn hosts_lock(
        &self,
        network: &str,
    ) -> Option<(crate::util::lock::FileLock, &crate::state::Containers)> {
        let dir = self.networks().ok()?.dir_of(network).ok()?;
        let lock = crate::util::lock::FileLock::exclusive(&dir.join("hosts.lock")).ok()?;
        Some((lock, self.containers().ok()?))
    }

    /// Name resolution without a DNS server: a container joining a network learns its peers'
    /// names and they learn its, through each one's /etc/hosts (under the network's lock).
    pub fn hosts_join(&self, config: &crate::state::ContainerConfig, ip: &str) {
        let network = &config.spec.linux.network;
        let Some((_lock, containers)) = self.hosts_lock(network) else {
            return;
        };
        let peers = self.peers(network, &config.id);
        let mut mine = hosts_line(ip, config);
        for (p, pip) in &peers {
            mine.push_str(&hosts_line(pip, p));
        }
        let tag = format!("# skiff {}", &config.id[..12]);
        let own = containers.dir(&config.id).join("hosts");
        // Its own name now resolves to its address, not 127.0.0.1.
        let hostname = config.spec.hostname.clone();
        let _ = rewrite_hosts(
            &own,
            |l| !l.contains("# skiff ") && l != format!("127.0.0.1\t{hostname}"),
            &mine,
        );
        let line = hosts_line(ip, config);
        for (p, _) in &peers {
            let path = containers.dir(&p.id).join("hosts");
            let _ = rewrite_hosts(&path, |l| !l.ends_with(&tag), &line);
        }
    }

    /// The container left its network: its name goes from its peers' /etc/hosts.
    pub fn hosts_leave(&self, config: &crate::state::ContainerConfig) {
        let network = &config.spec.linux.network;
        let Some((_lock, containers)) = self.hosts_lock(network) else {
            return;
        };
        let tag = format!("# skiff {}", &config.id[..12]);
        for (p, _) in self.peers(network, &config.id) {
            let path = containers.dir(&p.id).join("hosts");
            let _ = rewrite_hosts(&path, |l| !l.ends_with(&tag), "");
        }
    }
}
