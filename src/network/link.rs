//! Links, addresses and routes over rtnetlink, without shelling out to `ip`: a bridge, a
//! veth pair (one end moved into a container's network namespace), addresses, the default
//! route. Messages are built here as plain bytes; `sys::netlink` carries them.

use std::io;
use std::net::IpAddr;
use std::os::fd::{AsRawFd, BorrowedFd};

use crate::sys::netlink::Netlink;

const RTM_NEWLINK: u16 = 16;
const RTM_DELLINK: u16 = 17;
const RTM_GETLINK: u16 = 18;
const RTM_SETLINK: u16 = 19;
const RTM_NEWADDR: u16 = 20;
const RTM_NEWROUTE: u16 = 24;
const RTM_GETROUTE: u16 = 26;
const RT_TABLE_MAIN: u8 = 254;
const RTN_UNICAST: u8 = 1;
const NLM_F_EXCL: u16 = 0x200;
const NLM_F_REPLACE: u16 = 0x100;
const NLM_F_CREATE: u16 = 0x400;

const IFLA_ADDRESS: u16 = 1;
const IFLA_IFNAME: u16 = 3;
const IFLA_MTU: u16 = 4;
const IFLA_MASTER: u16 = 10;
const IFLA_PROTINFO: u16 = 12;
const IFLA_BRPORT_ISOLATED: u16 = 33;
const AF_BRIDGE: u8 = 7;
const IFLA_LINKINFO: u16 = 18;
const IFLA_NET_NS_FD: u16 = 28;
const IFLA_INFO_KIND: u16 = 1;
const IFLA_INFO_DATA: u16 = 2;
const VETH_INFO_PEER: u16 = 1;
const IFA_ADDRESS: u16 = 1;
const IFA_LOCAL: u16 = 2;
const RTA_GATEWAY: u16 = 5;
const NLA_F_NESTED: u16 = 0x8000;

const AF_INET: u8 = 2;
const AF_INET6: u8 = 10;
/// An IPv6 address usable at once (no duplicate address detection first).
const IFA_F_NODAD: u8 = 0x02;
const IFF_UP: u32 = 1;

/// `struct ifinfomsg`.
fn ifinfo(index: u32, flags: u32, change: u32) -> Vec<u8> {
    let mut b = vec![0u8, 0, 0, 0]; // family, pad, type
    b.extend_from_slice(&(index as i32).to_ne_bytes());
    b.extend_from_slice(&flags.to_ne_bytes());
    b.extend_from_slice(&change.to_ne_bytes());
    b
}

/// Appends one attribute (padded to 4 bytes).
fn attr(buf: &mut Vec<u8>, kind: u16, data: &[u8]) {
    let len = 4 + data.len();
    buf.extend_from_slice(&(len as u16).to_ne_bytes());
    buf.extend_from_slice(&kind.to_ne_bytes());
    buf.extend_from_slice(data);
    buf.resize(buf.len() + ((4 - len % 4) % 4), 0);
}

fn name_bytes(name: &str) -> io::Result<Vec<u8>> {
    if name.is_empty() || name.len() > 15 || name.contains(['/', ' ', '\0']) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("invalid interface name {name:?}"),
        ));
    }
    let mut b = name.as_bytes().to_vec();
    b.push(0);
    Ok(b)
}

fn nested(kind: u16, inner: &[u8]) -> Vec<u8> {
    let mut b = Vec::new();
    attr(&mut b, kind | NLA_F_NESTED, inner);
    b
}

/// The index of interface `name`, if it exists.
pub fn index(nl: &mut Netlink, name: &str) -> io::Result<Option<u32>> {
    let mut msg = ifinfo(0, 0, 0);
    attr(&mut msg, IFLA_IFNAME, &name_bytes(name)?);
    match nl.request(RTM_GETLINK, 0, &msg) {
        Ok(replies) => Ok(replies
            .first()
            .filter(|r| r.len() >= 8)
            .map(|r| i32::from_ne_bytes([r[4], r[5], r[6], r[7]]) as u32)),
        Err(e) if e.raw_os_error() == Some(libc::ENODEV) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Whether this network namespace has an interface `name` (sysfs: no socket needed).
pub fn exists(name: &str) -> bool {
    !name.contains('/') && std::path::Path::new("/sys/class/net").join(name).exists()
}

/// Creates a bridge.
pub fn create_bridge(nl: &mut Netlink, name: &str, mtu: Option<u32>) -> io::Result<()> {
    let mut msg = ifinfo(0, 0, 0);
    attr(&mut msg, IFLA_IFNAME, &name_bytes(name)?);
    if let Some(m) = mtu {
        attr(&mut msg, IFLA_MTU, &m.to_ne_bytes());
    }
    let mut info = Vec::new();
    attr(&mut info, IFLA_INFO_KIND, b"bridge");
    msg.extend(nested(IFLA_LINKINFO, &info));
    nl.request(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, &msg)
        .map(drop)
}

/// Where a new veth pair goes.
#[derive(Clone, Copy, Default)]
pub struct VethOptions<'a> {
    /// The host end is brought up on this bridge.
    pub master: Option<u32>,
    /// The peer is made directly in this network namespace (no move afterwards: moving a
    /// link waits for an RCU grace period).
    pub peer_netns: Option<BorrowedFd<'a>>,
    pub mtu: Option<u32>,
    /// The peer's hardware address.
    pub peer_mac: Option<[u8; 6]>,
    /// The host end is an isolated bridge port: it reaches the bridge (the host) and
    /// non-isolated ports, never another isolated one (`enable_icc=false`).
    pub isolated: bool,
}

/// A container's hardware address from its IPv4 address (`02:42:` and the address, as
/// docker makes them): an address handed to a new container keeps its MAC, so peers'
/// neighbour caches stay right when a container is replaced.
pub fn mac_for(ip: std::net::Ipv4Addr) -> [u8; 6] {
    let o = ip.octets();
    [0x02, 0x42, o[0], o[1], o[2], o[3]]
}

/// `xx:xx:xx:xx:xx:xx` (or `-`-separated) as octets; `None` unless it is a unicast address
/// (the multicast bit clear).
pub fn parse_mac(s: &str) -> Option<[u8; 6]> {
    let parts: Vec<&str> = s.split([':', '-']).collect();
    if parts.len() != 6 {
        return None;
    }
    let mut mac = [0u8; 6];
    for (o, p) in mac.iter_mut().zip(&parts) {
        if p.len() != 2 {
            return None;
        }
        *o = u8::from_str_radix(p, 16).ok()?;
    }
    (mac[0] & 1 == 0).then_some(mac)
}

/// `02:42:ac:11:00:02`.
pub fn format_mac(mac: [u8; 6]) -> String {
    mac.map(|o| format!("{o:02x}")).join(":")
}

/// Creates a veth pair `host` <-> `peer` in one request.
pub fn create_veth(nl: &mut Netlink, host: &str, peer: &str, o: VethOptions<'_>) -> io::Result<()> {
    let up = if o.master.is_some() { IFF_UP } else { 0 };
    let mut msg = ifinfo(0, up, up);
    attr(&mut msg, IFLA_IFNAME, &name_bytes(host)?);
    if let Some(m) = o.master {
        attr(&mut msg, IFLA_MASTER, &m.to_ne_bytes());
    }
    let mut peer_msg = ifinfo(0, 0, 0);
    attr(&mut peer_msg, IFLA_IFNAME, &name_bytes(peer)?);
    if let Some(ns) = o.peer_netns {
        attr(
            &mut peer_msg,
            IFLA_NET_NS_FD,
            &(ns.as_raw_fd() as u32).to_ne_bytes(),
        );
    }
    if let Some(mac) = o.peer_mac {
        attr(&mut peer_msg, IFLA_ADDRESS, &mac);
    }
    if let Some(m) = o.mtu {
        attr(&mut msg, IFLA_MTU, &m.to_ne_bytes());
        attr(&mut peer_msg, IFLA_MTU, &m.to_ne_bytes());
    }
    let mut info = Vec::new();
    attr(&mut info, IFLA_INFO_KIND, b"veth");
    info.extend(nested(IFLA_INFO_DATA, &nested(VETH_INFO_PEER, &peer_msg)));
    msg.extend(nested(IFLA_LINKINFO, &info));
    nl.request(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, &msg)?;
    if o.isolated {
        let made = index(nl, host)?.ok_or_else(|| io::Error::from(io::ErrorKind::NotFound));
        if let Err(e) = made.and_then(|i| isolate_port(nl, i)) {
            if let Ok(Some(i)) = index(nl, host) {
                let _ = delete(nl, i);
            }
            return Err(e);
        }
    }
    Ok(())
}

/// Marks bridge port `index` isolated (IFLA_BRPORT_ISOLATED).
fn isolate_port(nl: &mut Netlink, index: u32) -> io::Result<()> {
    let mut msg = ifinfo(index, 0, 0);
    msg[0] = AF_BRIDGE;
    let mut port = Vec::new();
    attr(&mut port, IFLA_BRPORT_ISOLATED, &[1u8]);
    msg.extend(nested(IFLA_PROTINFO, &port));
    nl.request(RTM_SETLINK, 0, &msg).map(drop)
}

/// Changes a link: up, its bridge, its namespace, its name (each when given).
pub fn set(
    nl: &mut Netlink,
    index: u32,
    up: bool,
    master: Option<u32>,
    netns: Option<BorrowedFd<'_>>,
    rename: Option<&str>,
) -> io::Result<()> {
    let mut msg = ifinfo(
        index,
        if up { IFF_UP } else { 0 },
        if up { IFF_UP } else { 0 },
    );
    if let Some(m) = master {
        attr(&mut msg, IFLA_MASTER, &m.to_ne_bytes());
    }
    if let Some(fd) = netns {
        attr(
            &mut msg,
            IFLA_NET_NS_FD,
            &(fd.as_raw_fd() as u32).to_ne_bytes(),
        );
    }
    if let Some(n) = rename {
        attr(&mut msg, IFLA_IFNAME, &name_bytes(n)?);
    }
    nl.request(RTM_NEWLINK, 0, &msg).map(drop)
}

/// An address's family and bytes.
fn family_octets(ip: IpAddr) -> (u8, Vec<u8>) {
    match ip {
        IpAddr::V4(a) => (AF_INET, a.octets().to_vec()),
        IpAddr::V6(a) => (AF_INET6, a.octets().to_vec()),
    }
}

/// `struct ifaddrmsg` and attributes adding `ip/prefix` to link `index` (an IPv6 one
/// without duplicate address detection, so it works at once).
fn address_message(index: u32, ip: IpAddr, prefix: u8) -> Vec<u8> {
    let (family, octets) = family_octets(ip);
    let flags = if family == AF_INET6 { IFA_F_NODAD } else { 0 };
    let mut msg = vec![family, prefix, flags, 0];
    msg.extend_from_slice(&index.to_ne_bytes());
    attr(&mut msg, IFA_LOCAL, &octets);
    attr(&mut msg, IFA_ADDRESS, &octets);
    msg
}

/// Adds `ip/prefix` to a link.
pub fn add_address(nl: &mut Netlink, index: u32, ip: IpAddr, prefix: u8) -> io::Result<()> {
    nl.request(
        RTM_NEWADDR,
        NLM_F_CREATE | NLM_F_EXCL,
        &address_message(index, ip, prefix),
    )
    .map(drop)
}

/// The default route (of the gateway's family) via `gateway`.
pub fn add_default_route(nl: &mut Netlink, gateway: IpAddr) -> io::Result<()> {
    let (family, octets) = family_octets(gateway);
    // rtmsg: family, dst_len, src_len, tos, table main, protocol boot, scope universe,
    // type unicast, flags
    let mut msg = vec![family, 0, 0, 0, 254, 3, 0, 1];
    msg.extend_from_slice(&0u32.to_ne_bytes());
    attr(&mut msg, RTA_GATEWAY, &octets);
    // replacing one there is (`network connect --gw-priority` moves it)
    nl.request(RTM_NEWROUTE, NLM_F_CREATE | NLM_F_REPLACE, &msg)
        .map(drop)
}

/// Whether an rtmsg (a route dump's or notification's body) is an IPv4 default route of
/// the main table.
fn is_default_route(rtmsg: &[u8]) -> bool {
    // family, dst_len, src_len, tos, table, protocol, scope, type, flags
    rtmsg.len() >= 12
        && rtmsg[0] == AF_INET
        && rtmsg[1] == 0
        && rtmsg[4] == RT_TABLE_MAIN
        && rtmsg[7] == RTN_UNICAST
}

/// Whether the calling thread's network namespace has an IPv4 default route.
pub fn has_default_route(nl: &mut Netlink) -> io::Result<bool> {
    let mut msg = vec![AF_INET, 0, 0, 0, 0, 0, 0, 0];
    msg.extend_from_slice(&0u32.to_ne_bytes());
    let routes = nl.request(RTM_GETROUTE, crate::sys::netlink::NLM_F_DUMP, &msg)?;
    Ok(routes.iter().any(|r| is_default_route(r)))
}

/// Waits until the calling thread's network namespace has an IPv4 default route — the
/// last thing a user-mode tool (pasta) configures in it — for up to `timeout`, woken by
/// the kernel's route notifications; false when none came in time.
pub fn wait_default_route(timeout: std::time::Duration) -> io::Result<bool> {
    let events = Netlink::subscribed(crate::sys::netlink::RTMGRP_IPV4_ROUTE)?;
    let mut nl = Netlink::route()?;
    let deadline = std::time::Instant::now() + timeout;
    loop {
        if has_default_route(&mut nl)? {
            return Ok(true);
        }
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() || !events.wait_notification(left)? {
            return Ok(false);
        }
    }
}

/// Deletes a link (and, for a veth, its peer).
pub fn delete(nl: &mut Netlink, index: u32) -> io::Result<()> {
    nl.request(RTM_DELLINK, 0, &ifinfo(index, 0, 0)).map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_padded_and_names_checked() {
        let mut b = Vec::new();
        attr(&mut b, IFLA_IFNAME, b"br0\0");
        attr(&mut b, IFLA_INFO_KIND, b"veth");
        attr(&mut b, IFLA_MTU, &1500u32.to_ne_bytes());
        assert_eq!(b.len(), 8 + 8 + 8);
        let mut odd = Vec::new();
        attr(&mut odd, IFLA_IFNAME, b"eth0\0");
        assert_eq!((odd.len(), odd[0]), (12, 9), "length says 9, padded to 12");
        assert!(name_bytes("a-very-long-interface").is_err());
        assert!(name_bytes("bad/name").is_err());
        assert_eq!(ifinfo(7, IFF_UP, IFF_UP).len(), 16);
    }

    #[test]
    fn issue16_macs_are_parsed_and_must_be_unicast() {
        assert_eq!(
            parse_mac("02:42:AC:11:00:02"),
            Some([2, 0x42, 0xac, 0x11, 0, 2])
        );
        assert_eq!(
            parse_mac("02-42-ac-11-00-02"),
            Some([2, 0x42, 0xac, 0x11, 0, 2])
        );
        assert_eq!(parse_mac("01:00:5e:00:00:01"), None, "multicast");
        assert_eq!(parse_mac("02:42:ac:11:00"), None);
        assert_eq!(parse_mac("02:42:ac:11:00:0g"), None);
        assert_eq!(parse_mac("2:42:ac:11:00:02"), None);
    }

    #[test]
    fn issue14_default_routes_are_told_from_others() {
        let route = |family, dst_len, table, kind| {
            let mut m = vec![family, dst_len, 0, 0, table, 3, 0, kind];
            m.extend_from_slice(&0u32.to_ne_bytes());
            m
        };
        assert!(is_default_route(&route(AF_INET, 0, 254, 1)));
        assert!(!is_default_route(&route(AF_INET, 24, 254, 1)), "a subnet");
        assert!(!is_default_route(&route(AF_INET, 0, 255, 1)), "table local");
        assert!(!is_default_route(&route(10, 0, 254, 1)), "IPv6");
        assert!(!is_default_route(&route(AF_INET, 0, 254, 7)), "unreachable");
        assert!(!is_default_route(&[AF_INET, 0]), "short");
    }

    /// As root, in a network namespace of this test's own (a thread's), so the host's
    /// network is never touched: a bridge, a veth pair on it, an address, a route.
    #[test]
    fn links_in_a_private_namespace() {
        if !crate::sys::is_root() {
            eprintln!("skipped: needs root");
            return;
        }
        let out = std::thread::spawn(|| -> Result<String, String> {
            crate::sys::process::unshare_network().map_err(|e| e.to_string())?;
            let mut nl = Netlink::route().map_err(|e| e.to_string())?;
            let e = |e: io::Error| e.to_string();
            create_bridge(&mut nl, "sktest0", Some(1400)).map_err(e)?;
            create_veth(&mut nl, "skh0", "skc0", VethOptions { mtu: Some(1400), peer_mac: Some(mac_for(std::net::Ipv4Addr::new(10, 1, 2, 3))), ..Default::default() }).map_err(e)?;
            let br = index(&mut nl, "sktest0").map_err(e)?.ok_or("no bridge")?;
            let h = index(&mut nl, "skh0").map_err(e)?.ok_or("no veth")?;
            let c = index(&mut nl, "skc0").map_err(e)?.ok_or("no peer")?;
            set(&mut nl, h, true, Some(br), None, None).map_err(e)?;
            set(&mut nl, br, true, None, None, None).map_err(e)?;
            set(&mut nl, c, true, None, None, Some("eth9")).map_err(e)?;
            add_address(&mut nl, br, "10.77.0.1".parse().unwrap(), 24).map_err(e)?;
            add_address(&mut nl, c, "10.77.0.2".parse().unwrap(), 24).map_err(e)?;
            // the wait for a default route wakes when another thread (same namespace) adds it
            assert!(!has_default_route(&mut nl).map_err(e)?);
            assert!(!wait_default_route(std::time::Duration::from_millis(20)).map_err(e)?);
            let adder = std::thread::spawn(|| {
                std::thread::sleep(std::time::Duration::from_millis(50));
                let mut nl = Netlink::route().map_err(|e| e.to_string())?;
                add_default_route(&mut nl, "10.77.0.1".parse().unwrap()).map_err(|e| e.to_string())
            });
            let woke = wait_default_route(std::time::Duration::from_secs(10)).map_err(e)?;
            adder.join().map_err(|_| "adder panicked")??;
            assert!(woke && has_default_route(&mut nl).map_err(e)?);
            assert!(matches!(create_bridge(&mut nl, "sktest0", None), Err(x) if x.raw_os_error() == Some(libc::EEXIST)));
            let show = |args: &[&str]| {
                std::process::Command::new("ip")
                    .args(args)
                    .output()
                    .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
                    .unwrap_or_default()
            };
            let mut report = show(&["-o", "link", "show", "master", "sktest0"]);
            report += &show(&["-o", "-4", "addr", "show", "dev", "eth9"]);
            report += &show(&["-o", "link", "show", "eth9"]);
            report += &show(&["route", "show", "default"]);
            // one end of a new pair into another namespace (a second private one)
            let first = std::fs::File::open("/proc/thread-self/ns/net").map_err(|x| x.to_string())?;
            crate::sys::process::unshare_network().map_err(|e| e.to_string())?;
            let mut nl2 = Netlink::route().map_err(e)?;
            create_veth(&mut nl2, "skm0", "skm1", VethOptions::default()).map_err(e)?;
            let m1 = index(&mut nl2, "skm1").map_err(e)?.ok_or("no skm1")?;
            set(&mut nl2, m1, false, None, Some(std::os::fd::AsFd::as_fd(&first)), None).map_err(e)?;
            report += &format!("moved:{:?}/", index(&mut nl2, "skm1").map_err(e)?);
            report += &format!("{}/", index(&mut nl, "skm1").map_err(e)?.is_some());
            // a pair made with its peer already in the first namespace, on a bridge there
            let br2 = { create_bridge(&mut nl2, "skb2", None).map_err(e)?; index(&mut nl2, "skb2").map_err(e)?.ok_or("no skb2")? };
            create_veth(&mut nl2, "skd0", "eth7", VethOptions { master: Some(br2), peer_netns: Some(std::os::fd::AsFd::as_fd(&first)), mtu: Some(1300), peer_mac: None, isolated: true }).map_err(e)?;
            report += &format!("direct:{}/", index(&mut nl, "eth7").map_err(e)?.is_some());
            report += &show(&["-d", "-o", "link", "show", "skd0"]);
            delete(&mut nl, h).map_err(e)?;
            report += &format!("gone:{:?}", index(&mut nl, "eth9").map_err(e)?);
            Ok(report)
        })
        .join()
        .unwrap()
        .unwrap();
        assert!(out.contains("skh0@eth9") || out.contains("skh0@"), "{out}");
        assert!(out.contains("mtu 1400"), "{out}");
        assert!(out.contains("inet 10.77.0.2/24"), "{out}");
        assert!(out.contains("default via 10.77.0.1"), "{out}");
        assert!(out.contains("direct:true/"), "{out}");
        assert!(
            out.contains("isolated on"),
            "an isolated bridge port: {out}"
        );
        assert!(
            out.contains("link/ether 02:42:0a:01:02:03"),
            "the MAC asked for: {out}"
        );
        assert!(
            out.contains("moved:None/true/"),
            "the peer left for the other namespace: {out}"
        );
        assert!(
            out.ends_with("gone:None"),
            "deleting one end removes both: {out}"
        );
    }
}
