//! A container joining its networks: an address from each network's IPAM and the bridge
//! made up on first use (before the process exists), a veth pair per network whose host end
//! sits on the bridge and whose other end is made inside the container (`plug`, in the
//! parent), and the interfaces configured from inside (`configure_inside`, in the child).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use super::net_err;
use crate::engine::{Engine, EngineError};
use crate::network::ipam::{Subnet, Subnet6};
use crate::network::link;
use crate::network::store::{NetworkError, NetworkRecord};
use crate::state::Endpoint;
use crate::sys::netlink::Netlink;

/// A container's place on one network, decided before it starts.
pub struct Attachment {
    pub network: NetworkRecord,
    pub ip: Ipv4Addr,
    pub prefix: u8,
    pub host_if: String,
    /// `eth0`, `eth1`, … inside.
    pub inside_if: String,
    /// The default route goes through this network (the first one that is not internal).
    pub default_route: bool,
    /// The bridge's interface index.
    pub bridge_index: u32,
    pub mtu: Option<u32>,
    /// The container side's MAC: `--mac-address`, else derived from the address.
    pub mac: [u8; 6],
    /// Its IPv6 address and prefix on a dual-stack network.
    pub ip6: Option<(Ipv6Addr, u8)>,
    /// `--link-local-ip`.
    pub link_local: Vec<IpAddr>,
    /// Per-interface sysctls (`--driver-opt com.docker.network.endpoint.sysctls`).
    pub sysctls: Vec<(String, String)>,
}

/// The MTU of the host's uplink (the interface of its default route).
fn uplink_mtu() -> Option<u32> {
    let routes = std::fs::read_to_string("/proc/net/route").ok()?;
    let iface = routes.lines().skip(1).find_map(|l| {
        let f: Vec<&str> = l.split_whitespace().collect();
        (f.get(1) == Some(&"00000000") && f.get(7) == Some(&"00000000")).then(|| f[0].to_string())
    })?;
    std::fs::read_to_string(format!("/sys/class/net/{iface}/mtu"))
        .ok()?
        .trim()
        .parse()
        .ok()
}

impl Engine {
    /// Reserves an address on each of `endpoints` for container `id` and makes sure their
    /// bridges are up. On error, nothing stays reserved.
    pub fn attach_plan(
        &self,
        id: &str,
        endpoints: &[Endpoint],
    ) -> Result<Vec<Attachment>, EngineError> {
        let mut out: Vec<Attachment> = Vec::new();
        for (n, ep) in endpoints.iter().enumerate() {
            let a = self
                .network_of(&ep.network)
                .and_then(|rec| {
                    let rec = rec.ok_or_else(|| {
                        EngineError::Invalid(format!("{} is not a network", ep.network))
                    })?;
                    self.attach_one(id, n, rec, ep, true)
                })
                .inspect_err(|_| {
                    for a in &out {
                        self.release_address(id, &a.network.name);
                    }
                })?;
            out.push(a);
        }
        // one default route: the routable network of the highest gw-priority, the first
        // of equals
        let router = (0..out.len())
            .filter(|&i| out[i].default_route)
            .max_by_key(|&i| (endpoints[i].gw_priority, std::cmp::Reverse(i)));
        for (i, a) in out.iter_mut().enumerate() {
            a.default_route = Some(i) == router;
        }
        if !out.is_empty() && self.firewall_stale() {
            // A container that died unwatched left port rules behind; its address may be
            // the one just handed out.
            self.sync_firewall(None)?;
        }
        Ok(out)
    }

    pub(super) fn attach_one(
        &self,
        id: &str,
        n: usize,
        rec: NetworkRecord,
        ep: &Endpoint,
        may_route: bool,
    ) -> Result<Attachment, EngineError> {
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
            .allocate(id, ep.ip, &alive)
            .map_err(NetworkError::from)?;
        let ip6 = match (nets.ipam6(&rec), &rec.ipv6) {
            (Ok(Some(ipam)), Some(v6)) => ipam
                .allocate(id, ep.ip6, &alive)
                .map_err(NetworkError::from)
                .and_then(|a| Ok((a, Subnet6::parse(&v6.subnet)?.prefix)))
                .map(Some),
            (Ok(_), _) if ep.ip6.is_some() => Err(NetworkError::Ipam(
                crate::network::ipam::IpamError::NoIpv6(rec.name.clone()),
            )),
            (Ok(_), _) => Ok(None),
            (Err(e), _) => Err(e),
        };
        let ip6 = match ip6 {
            Ok(x) => x,
            Err(e) => {
                self.release_address(id, &rec.name);
                return Err(e.into());
            }
        };
        let prefix = Subnet::parse(&rec.subnet)
            .map_err(NetworkError::from)?
            .prefix;
        let mtu = rec
            .bridge_options()
            .mtu
            .or(self.context().network.mtu)
            .or_else(uplink_mtu);
        let bridge_index = match self.ensure_bridge(&rec, prefix, mtu) {
            Ok(i) => i,
            Err(e) => {
                self.release_address(id, &rec.name);
                return Err(e);
            }
        };
        let tag = &id[..8];
        Ok(Attachment {
            ip,
            prefix,
            host_if: format!("vs{tag}{n}"),
            inside_if: ep.inside_name(n),
            default_route: may_route && !rec.internal,
            bridge_index,
            network: rec,
            mtu,
            mac: ep
                .mac
                .as_deref()
                .and_then(link::parse_mac)
                .unwrap_or(link::mac_for(ip)),
            ip6,
            link_local: ep.link_local.clone(),
            sysctls: ep.sysctls(&ep.inside_name(n)),
        })
    }

    /// The network's bridge, made (with its address, forwarding and NAT) when missing; its
    /// interface index. For an ordinary user, in the rootless network namespace (which the
    /// container has joined already).
    fn ensure_bridge(
        &self,
        rec: &NetworkRecord,
        prefix: u8,
        mtu: Option<u32>,
    ) -> Result<u32, EngineError> {
        let made = self
            .bridge_side(|| {
                make_bridge(rec, prefix, mtu).map(|(i, made)| format!("{i} {}", u8::from(made)))
            })?
            .ok_or_else(|| EngineError::Other("the rootless network namespace is gone".into()))?;
        let (index, made) = made
            .split_once(' ')
            .and_then(|(i, m)| Some((i.parse::<u32>().ok()?, m == "1")))
            .ok_or_else(|| EngineError::Other(format!("making the bridge: {made}")))?;
        if !made {
            return Ok(index);
        }
        if !self.context().rootless
            && crate::network::firewall::enable_forwarding(&rec.bridge)
                .map_err(net_err("enabling forwarding"))?
        {
            // Remembered for `system reset`, which turns it off again.
            let _ = std::fs::write(self.networks()?.dir_path().join("ip_forward.was"), "0");
        }
        if !self.context().rootless
            && rec.ipv6.is_some()
            && crate::network::firewall::enable_forwarding6()
                .map_err(net_err("enabling IPv6 forwarding"))?
        {
            let _ = std::fs::write(self.networks()?.dir_path().join("ip6_forward.was"), "0");
        }
        self.sync_firewall(None)?;
        Ok(index)
    }

    /// Frees the container's address on a network.
    pub fn release_address(&self, id: &str, network: &str) {
        if let Ok(Some(rec)) = self.network_of(network)
            && let Ok(nets) = self.networks()
            && let Ok(ipam) = nets.ipam(&rec)
        {
            let _ = ipam.release(id);
        }
    }
}

/// The bridge, made (addressed and up) when missing, in this network namespace: its index
/// and whether it was made now.
fn make_bridge(rec: &NetworkRecord, prefix: u8, mtu: Option<u32>) -> Result<(u32, bool), String> {
    let e = |what: &'static str| move |err: std::io::Error| format!("{what}: {err}");
    let mut nl = Netlink::route().map_err(e("netlink"))?;
    if let Some(i) = link::index(&mut nl, &rec.bridge).map_err(e("netlink"))? {
        return Ok((i, false));
    }
    let made = match link::create_bridge(&mut nl, &rec.bridge, mtu) {
        Ok(()) => true,
        // another start made it meanwhile, and sets it up
        Err(x) if x.raw_os_error() == Some(libc::EEXIST) => false,
        Err(x) => return Err(e("creating the bridge")(x)),
    };
    let b = link::index(&mut nl, &rec.bridge)
        .map_err(e("netlink"))?
        .ok_or("the bridge vanished")?;
    if !made {
        return Ok((b, false));
    }
    let mut addresses = vec![(IpAddr::V4(rec.gateway), prefix)];
    if let Some(v6) = &rec.ipv6 {
        let p = Subnet6::parse(&v6.subnet)
            .map_err(|x| x.to_string())?
            .prefix;
        addresses.push((IpAddr::V6(v6.gateway), p));
    }
    for (ip, prefix) in addresses {
        match link::add_address(&mut nl, b, ip, prefix) {
            Ok(()) => {}
            Err(x) if x.raw_os_error() == Some(libc::EEXIST) => {}
            Err(x) => return Err(e("addressing the bridge")(x)),
        }
    }
    link::set(&mut nl, b, true, None, None, None).map_err(e("bridge up"))?;
    Ok((b, true))
}

impl Attachment {
    /// In the parent, once the container's process exists: the veth pair, its host end on
    /// the bridge and up, the other end made directly in the container's network namespace.
    pub fn plug(&self, pid: i32) -> Result<(), String> {
        // A child that becomes root of a user namespace of its own (`--userns=keep-id`
        // through the shifter) is undumpable for a moment between changing its ids and
        // making itself dumpable again; its /proc entries refuse us meanwhile.
        let path = format!("/proc/{pid}/ns/net");
        let mut tries = 0;
        let ns = loop {
            match std::fs::File::open(&path) {
                Err(x) if x.kind() == std::io::ErrorKind::PermissionDenied && tries < 200 => {
                    tries += 1;
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
                other => break other.map_err(|x| format!("container netns: {x}"))?,
            }
        };
        self.plug_into(std::os::fd::AsFd::as_fd(&ns))
    }

    pub fn plug_into(&self, ns: std::os::fd::BorrowedFd<'_>) -> Result<(), String> {
        let e = |what: &'static str| move |err: std::io::Error| format!("{what}: {err}");
        let mut nl = Netlink::route().map_err(e("netlink"))?;
        let o = link::VethOptions {
            master: Some(self.bridge_index),
            peer_netns: Some(ns),
            mtu: self.mtu,
            peer_mac: Some(self.mac),
            isolated: !self.network.bridge_options().icc,
        };
        link::create_veth(&mut nl, &self.host_if, &self.inside_if, o)
            .map_err(e("creating the veth pair"))
    }

    /// In the container's namespace: the interface named and addressed, and the default
    /// route when this network carries it.
    pub fn configure_inside(&self) -> Result<(), String> {
        let e = |what: &'static str| move |err: std::io::Error| format!("{what}: {err}");
        let mut nl = Netlink::route().map_err(e("netlink"))?;
        let i = link::index(&mut nl, &self.inside_if)
            .map_err(e("netlink"))?
            .ok_or("no interface")?;
        link::set(&mut nl, i, true, None, None, None).map_err(e("interface"))?;
        link::add_address(&mut nl, i, IpAddr::V4(self.ip), self.prefix).map_err(e("address"))?;
        if let Some((ip6, prefix6)) = self.ip6 {
            link::add_address(&mut nl, i, IpAddr::V6(ip6), prefix6).map_err(e("IPv6 address"))?;
        }
        for ip in &self.link_local {
            let prefix = if ip.is_ipv4() { 16 } else { 64 };
            link::add_address(&mut nl, i, *ip, prefix).map_err(e("link-local address"))?;
        }
        for (k, v) in &self.sysctls {
            let path = format!("/proc/sys/{}", k.replace('.', "/"));
            std::fs::write(&path, v).map_err(|err| format!("sysctl {k}={v}: {err}"))?;
        }
        if self.default_route {
            link::add_default_route(&mut nl, IpAddr::V4(self.network.gateway))
                .map_err(e("default route"))?;
            if let (Some(v6), Some(_)) = (&self.network.ipv6, self.ip6) {
                link::add_default_route(&mut nl, IpAddr::V6(v6.gateway))
                    .map_err(e("IPv6 default route"))?;
            }
        }
        Ok(())
    }
}
