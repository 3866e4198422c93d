//! The firewall: NAT for networks and published ports, kept in skiff's own nftables table
//! (`ip skiff`) or, where nftables is absent, in skiff's own iptables chains (`SKIFF-*`,
//! entered by one jump from each built-in chain). A store other than the default one
//! (another `--root`) has its own table and chains (`Names`), so two stores on one host
//! never replace each other's rules. The rules are plain data (`Ruleset`), rendered whole
//! and applied atomically: nft replaces the table in one transaction, iptables-restore
//! --noflush replaces the chains' contents per table. Nothing outside skiff's table or
//! chains is touched, apart from the jumps into them; an empty ruleset removes the table,
//! or the chains and their jumps, so the host is left as it was.
//!
//! Hosts that run Docker or Kubernetes set iptables' FORWARD policy to DROP (and load
//! br_netfilter, which sends bridged traffic through it too). An nftables accept cannot
//! undo a drop in another table's chain on the same hook, so with the nftables driver
//! skiff also keeps its accept rules in an iptables chain of its own, jumped to first from
//! FORWARD, for exactly as long as that policy is DROP and skiff has networks.
//!
//! Dual-stack networks get the same rules for IPv6 (NAT66 masquerade, published ports on
//! the host's IPv6 addresses): an `ip6` table of the same name, or the same chains through
//! ip6tables. Each family's rules are one `View` of the ruleset.

use std::io::{self, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::process::{Command, Stdio};

use serde::{Deserialize, Serialize};

pub use crate::oci::ports::Proto;

/// A network's NAT: outbound masquerade (unless internal), localhost and hairpin access
/// to its published ports.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NetworkRules {
    pub bridge: String,
    pub subnet: String,
    pub internal: bool,
    /// Outbound traffic leaves with the host's address (`enable_ip_masquerade`).
    #[serde(default = "yes")]
    pub masquerade: bool,
    /// The IPv6 subnet of a dual-stack network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subnet6: Option<String>,
}

fn yes() -> bool {
    true
}

/// A published port: traffic to `host_ip` (any local address when `None`) on `host_port`
/// goes to `ip:port` in container `owner`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Forward {
    pub owner: String,
    pub proto: Proto,
    pub host_ip: Option<IpAddr>,
    pub host_port: u16,
    pub ip: Ipv4Addr,
    pub port: u16,
    /// The container's IPv6 address, where it has one: the port is published on the
    /// host's IPv6 addresses too (unless `host_ip` names an IPv4 one; an IPv6 `host_ip`
    /// publishes it there only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6: Option<Ipv6Addr>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ruleset {
    pub networks: Vec<NetworkRules>,
    pub forwards: Vec<Forward>,
}

impl Ruleset {
    pub fn is_empty(&self) -> bool {
        self.networks.is_empty() && self.forwards.is_empty()
    }
}

/// One address family's share of a ruleset: its networks (with that family's subnet) and
/// its port forwards.
struct View {
    v6: bool,
    networks: Vec<NetworkRules>,
    dnats: Vec<Dnat>,
}

/// A published port of one family.
struct Dnat {
    owner: String,
    proto: Proto,
    /// The host address it is published on (any local one when `None`).
    daddr: Option<String>,
    host_port: u16,
    /// `10.0.0.2:80`, `[fd00::2]:80`.
    to: String,
}

impl View {
    fn of(rules: &Ruleset, v6: bool) -> View {
        let networks = rules
            .networks
            .iter()
            .filter_map(|n| {
                let subnet = if v6 {
                    n.subnet6.clone()?
                } else {
                    n.subnet.clone()
                };
                Some(NetworkRules {
                    subnet,
                    ..n.clone()
                })
            })
            .collect();
        let dnats = rules
            .forwards
            .iter()
            .filter_map(|f| {
                let (daddr, to) = match (v6, f.host_ip) {
                    (true, None) => (None, format!("[{}]:{}", f.ip6?, f.port)),
                    (true, Some(IpAddr::V6(a))) => {
                        (Some(a.to_string()), format!("[{}]:{}", f.ip6?, f.port))
                    }
                    (false, None) => (None, format!("{}:{}", f.ip, f.port)),
                    (false, Some(IpAddr::V4(a))) => {
                        (Some(a.to_string()), format!("{}:{}", f.ip, f.port))
                    }
                    // the other family's address
                    _ => return None,
                };
                Some(Dnat {
                    owner: f.owner.clone(),
                    proto: f.proto,
                    daddr,
                    host_port: f.host_port,
                    to,
                })
            })
            .collect();
        View {
            v6,
            networks,
            dnats,
        }
    }

    fn is_empty(&self) -> bool {
        self.networks.is_empty() && self.dnats.is_empty()
    }

    /// nft's family and address keyword.
    fn nft(&self) -> &'static str {
        if self.v6 { "ip6" } else { "ip" }
    }

    /// The iptables programs of this family.
    fn save(&self) -> &'static str {
        if self.v6 {
            "ip6tables-save"
        } else {
            "iptables-save"
        }
    }

    fn restore(&self) -> &'static str {
        if self.v6 {
            "ip6tables-restore"
        } else {
            "iptables-restore"
        }
    }
}

/// The names of one store's firewall objects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Names {
    /// The nftables table (family ip).
    pub table: String,
    suffix: String,
}

impl Names {
    /// `scope`: empty for the default store, else a short id of the store.
    pub fn new(scope: &str) -> Names {
        if scope.is_empty() {
            return Names {
                table: "skiff".into(),
                suffix: String::new(),
            };
        }
        Names {
            table: format!("skiff_{scope}"),
            suffix: format!("-{scope}"),
        }
    }

    /// An iptables chain of this store (`SKIFF-PORTS`, `SKIFF-PORTS-1a2b3c4d`).
    pub fn chain(&self, base: &str) -> String {
        format!("{base}{}", self.suffix)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Driver {
    Nftables,
    Iptables,
}

use crate::util::fs::find_program as find;

impl Driver {
    /// `want` from the config (`nftables`/`iptables`), else nftables when `nft` is
    /// installed, else iptables.
    pub fn choose(want: Option<&str>) -> io::Result<Driver> {
        match want {
            Some("nftables") => return Ok(Driver::Nftables),
            Some("iptables") => return Ok(Driver::Iptables),
            Some(other) => {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!("unknown firewall driver {other:?}: use nftables or iptables"),
                ));
            }
            None => {}
        }
        if find("nft").is_some() {
            Ok(Driver::Nftables)
        } else if find("iptables-restore").is_some() {
            Ok(Driver::Iptables)
        } else {
            Err(io::Error::new(
                io::ErrorKind::NotFound,
                "neither nft nor iptables-restore is installed: install nftables (or iptables) for bridge networking",
            ))
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Driver::Nftables => "nftables",
            Driver::Iptables => "iptables",
        }
    }

    /// Makes the host's rules match `rules` (an empty ruleset removes skiff's).
    /// `v6_before`: IPv6 rules may be in place (ip6tables is left alone otherwise when
    /// `rules` has none, sparing a start that publishes ports two more processes).
    pub fn apply(self, names: &Names, rules: &Ruleset, v6_before: bool) -> io::Result<()> {
        let views: Vec<View> = [View::of(rules, false), View::of(rules, true)]
            .into_iter()
            .filter(|v| !v.v6 || v6_before || !v.is_empty())
            .collect();
        match self {
            Driver::Nftables => {
                run("nft", &["-f", "-"], &nft_script(names, rules))?;
                // where iptables drops forwarded traffic, skiff's accepts go there too
                for view in views {
                    let Some(saved) = find(view.save())
                        .and_then(|_| run(view.save(), &["-t", "filter"], "").ok())
                    else {
                        continue;
                    };
                    let empty = View::of(&Ruleset::default(), view.v6);
                    let wanted = if forward_drops(&saved) { &view } else { &empty };
                    let script = table_script("filter", names, wanted, &saved);
                    if !script.is_empty() {
                        run(view.restore(), &["-w", "--noflush"], &script)?;
                    }
                }
                Ok(())
            }
            Driver::Iptables => {
                for view in views {
                    if view.v6 && find(view.restore()).is_none() {
                        if view.is_empty() {
                            continue;
                        }
                        return Err(io::Error::new(
                            io::ErrorKind::NotFound,
                            "ip6tables-restore is not installed: IPv6 networks need it (or nftables)",
                        ));
                    }
                    let current = run(view.save(), &[], "")?;
                    let script = view_script(names, &view, &current);
                    if !script.is_empty() {
                        run(view.restore(), &["-w", "--noflush"], &script)?;
                    }
                }
                Ok(())
            }
        }
    }
}

/// Whether `iptables-save` output has FORWARD with policy DROP (Docker, Kubernetes, ufw).
pub fn forward_drops(saved: &str) -> bool {
    saved.lines().any(|l| l.starts_with(":FORWARD DROP"))
}

/// Runs `program` with `input` on its stdin; its stdout, or its stderr as the error.
fn run(program: &str, args: &[&str], input: &str) -> io::Result<String> {
    let path = find(program).ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::NotFound,
            format!("{program} is not installed"),
        )
    })?;
    let mut child = Command::new(path)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(input.as_bytes())?;
    }
    let out = child.wait_with_output()?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        let err = String::from_utf8_lossy(&out.stderr);
        Err(io::Error::other(format!(
            "{program}: {}",
            err.trim().lines().next().unwrap_or("failed")
        )))
    }
}

/// The nft transaction: (re)creates the store's tables (`ip`, and `ip6` for dual-stack
/// networks) with exactly `rules`, or deletes them.
pub fn nft_script(names: &Names, rules: &Ruleset) -> String {
    let mut s = String::new();
    for view in [View::of(rules, false), View::of(rules, true)] {
        s.push_str(&nft_table(&names.table, &view));
    }
    s
}

/// One family's table.
fn nft_table(table: &str, view: &View) -> String {
    let fam = view.nft();
    // Declaring the table first makes the delete succeed whether or not it existed.
    let mut s = format!("table {fam} {table} {{}}\ndelete table {fam} {table}\n");
    if view.is_empty() {
        return s;
    }
    s.push_str(&format!("table {fam} {table} {{\n"));
    s.push_str(
        "\tchain prerouting {\n\t\ttype nat hook prerouting priority dstnat; policy accept;\n\t\tfib daddr type local jump ports\n\t}\n",
    );
    s.push_str(
        "\tchain output {\n\t\ttype nat hook output priority -100; policy accept;\n\t\tfib daddr type local jump ports\n\t}\n",
    );
    s.push_str("\tchain ports {\n");
    for f in &view.dnats {
        let dst = f
            .daddr
            .as_ref()
            .map(|ip| format!("{fam} daddr {ip} "))
            .unwrap_or_default();
        s.push_str(&format!(
            "\t\t{dst}{proto} dport {} dnat to {} comment \"{}\"\n",
            f.host_port,
            f.to,
            f.owner,
            proto = f.proto.as_str()
        ));
    }
    s.push_str("\t}\n");
    s.push_str(
        "\tchain postrouting {\n\t\ttype nat hook postrouting priority srcnat; policy accept;\n",
    );
    for n in &view.networks {
        let (br, net) = (&n.bridge, &n.subnet);
        if !n.internal && n.masquerade {
            s.push_str(&format!(
                "\t\t{fam} saddr {net} {fam} daddr != {net} masquerade\n"
            ));
        }
        // 127.0.0.1:PORT (IPv4 only: ::1 is never routed) and a container reaching a
        // published port of its own network.
        if !view.v6 {
            s.push_str(&format!(
                "\t\toifname \"{br}\" ip saddr 127.0.0.0/8 masquerade\n"
            ));
        }
        s.push_str(&format!(
            "\t\toifname \"{br}\" ct status dnat {fam} saddr {net} masquerade\n"
        ));
    }
    s.push_str("\t}\n");
    s.push_str("\tchain forward {\n\t\ttype filter hook forward priority filter; policy accept;\n");
    for n in view.networks.iter().filter(|n| n.internal) {
        let br = &n.bridge;
        s.push_str(&format!(
            "\t\tiifname \"{br}\" oifname != \"{br}\" drop\n\t\toifname \"{br}\" iifname != \"{br}\" drop\n"
        ));
    }
    s.push_str("\t}\n}\n");
    s
}

/// skiff's chains: (table, chain, the built-in chain that jumps to it, that jump's match).
const CHAINS: &[(&str, &str, &str, &str)] = &[
    (
        "nat",
        "SKIFF-PORTS",
        "PREROUTING",
        "-m addrtype --dst-type LOCAL ",
    ),
    (
        "nat",
        "SKIFF-PORTS",
        "OUTPUT",
        "-m addrtype --dst-type LOCAL ",
    ),
    ("nat", "SKIFF-POSTROUTING", "POSTROUTING", ""),
    ("filter", "SKIFF-FORWARD", "FORWARD", ""),
];

/// The iptables-restore --noflush input that makes the store's chains hold `rules`, given
/// what `iptables-save` printed (to know which jumps exist). Empty when there is nothing
/// to do.
pub fn iptables_script(names: &Names, rules: &Ruleset, saved: &str) -> String {
    view_script(names, &View::of(rules, false), saved)
}

/// The same for ip6tables-restore (`saved`: what `ip6tables-save` printed).
pub fn ip6tables_script(names: &Names, rules: &Ruleset, saved: &str) -> String {
    view_script(names, &View::of(rules, true), saved)
}

fn view_script(names: &Names, view: &View, saved: &str) -> String {
    ["nat", "filter"]
        .iter()
        .map(|t| table_script(t, names, view, saved))
        .collect()
}

/// [`iptables_script`] for one table and family.
fn table_script(table: &str, names: &Names, rules: &View, saved: &str) -> String {
    let has_jump = |builtin: &str, m: &str, chain: &str| {
        let want = format!("-A {builtin} {m}-j {chain}");
        saved.lines().any(|l| l.trim_end() == want)
    };
    let has_chain = |chain: &str| saved.lines().any(|l| l.starts_with(&format!(":{chain} ")));
    // (chain, built-in, match) of this table, with the store's names
    let ours: Vec<(String, &str, &str)> = CHAINS
        .iter()
        .filter(|x| x.0 == table)
        .map(|x| (names.chain(x.1), x.2, x.3))
        .collect();
    let mut chains: Vec<&str> = ours.iter().map(|x| x.0.as_str()).collect();
    chains.dedup();
    let mut s = format!("*{table}\n");
    if rules.is_empty() {
        let present: Vec<&&str> = chains.iter().filter(|c| has_chain(c)).collect();
        if present.is_empty() {
            return String::new();
        }
        for c in &present {
            s.push_str(&format!(":{c} - [0:0]\n"));
        }
        for (chain, builtin, m) in &ours {
            if has_jump(builtin, m, chain) {
                s.push_str(&format!("-D {builtin} {m}-j {chain}\n"));
            }
        }
        for c in &present {
            s.push_str(&format!("-X {c}\n"));
        }
        s.push_str("COMMIT\n");
        return s;
    }
    // Declaring a chain under --noflush empties it: its rules are replaced as a whole.
    for c in &chains {
        s.push_str(&format!(":{c} - [0:0]\n"));
    }
    if table == "nat" {
        let (ports, post) = (names.chain("SKIFF-PORTS"), names.chain("SKIFF-POSTROUTING"));
        let host_len = if rules.v6 { 128 } else { 32 };
        for f in &rules.dnats {
            let dst = f
                .daddr
                .as_ref()
                .map(|ip| format!("-d {ip}/{host_len} "))
                .unwrap_or_default();
            s.push_str(&format!(
                "-A {ports} {dst}-p {p} -m {p} --dport {} -m comment --comment {} -j DNAT --to-destination {}\n",
                f.host_port,
                f.owner,
                f.to,
                p = f.proto.as_str()
            ));
        }
        for n in &rules.networks {
            let (br, net) = (&n.bridge, &n.subnet);
            if !n.internal && n.masquerade {
                s.push_str(&format!("-A {post} -s {net} ! -d {net} -j MASQUERADE\n"));
            }
            if !rules.v6 {
                s.push_str(&format!("-A {post} -s 127.0.0.0/8 -o {br} -j MASQUERADE\n"));
            }
            s.push_str(&format!(
                "-A {post} -s {net} -o {br} -m conntrack --ctstate DNAT -j MASQUERADE\n"
            ));
        }
    } else {
        let fwd = names.chain("SKIFF-FORWARD");
        for n in &rules.networks {
            let br = &n.bridge;
            // Accepted here so that a DROP policy on FORWARD (docker sets one, and with
            // br_netfilter bridged traffic passes it too) does not cut the containers off
            // from each other, or (unless internal) from the world and their ports.
            s.push_str(&format!("-A {fwd} -i {br} -o {br} -j ACCEPT\n"));
            if n.internal {
                s.push_str(&format!(
                    "-A {fwd} -i {br} ! -o {br} -j DROP\n-A {fwd} -o {br} ! -i {br} -j DROP\n"
                ));
            } else {
                s.push_str(&format!(
                    "-A {fwd} -o {br} -m conntrack --ctstate RELATED,ESTABLISHED,DNAT -j ACCEPT\n-A {fwd} -i {br} -j ACCEPT\n"
                ));
            }
        }
    }
    for (chain, builtin, m) in &ours {
        if !has_jump(builtin, m, chain) {
            s.push_str(&format!("-I {builtin} 1 {m}-j {chain}\n"));
        }
    }
    s.push_str("COMMIT\n");
    s
}

/// IPv4 forwarding on (needed for NAT), and `route_localnet` on `bridge` so that
/// 127.0.0.1:PORT can be forwarded to a container (the masquerade rule above gives those
/// packets the bridge's address). Both in the caller's network namespace. Says whether
/// forwarding was off before (so that a full reset can turn it off again).
pub fn enable_forwarding(bridge: &str) -> io::Result<bool> {
    let set = |path: String| -> io::Result<bool> {
        if std::fs::read_to_string(&path).is_ok_and(|v| v.trim() == "1") {
            return Ok(false);
        }
        std::fs::write(&path, "1")
            .map(|()| true)
            .map_err(|e| io::Error::new(e.kind(), format!("{path}: {e}")))
    };
    let changed = set(IP_FORWARD.into())?;
    set(format!("/proc/sys/net/ipv4/conf/{bridge}/route_localnet"))?;
    Ok(changed)
}

/// IPv6 forwarding on, for a dual-stack network (in the caller's network namespace); says
/// whether it was off before. (A host that takes its own IPv6 address from router
/// advertisements needs `accept_ra=2` on that interface to keep doing so.)
pub fn enable_forwarding6() -> io::Result<bool> {
    if std::fs::read_to_string(IP6_FORWARD).is_ok_and(|v| v.trim() == "1") {
        return Ok(false);
    }
    std::fs::write(IP6_FORWARD, "1")
        .map(|()| true)
        .map_err(|e| io::Error::new(e.kind(), format!("{IP6_FORWARD}: {e}")))
}

const IP6_FORWARD: &str = "/proc/sys/net/ipv6/conf/all/forwarding";

/// Turns IPv6 forwarding off again.
pub fn disable_forwarding6() -> io::Result<()> {
    std::fs::write(IP6_FORWARD, "0")
}

const IP_FORWARD: &str = "/proc/sys/net/ipv4/ip_forward";

/// Turns IPv4 forwarding off again.
pub fn disable_forwarding() -> io::Result<()> {
    std::fs::write(IP_FORWARD, "0")
}

#[cfg(test)]
mod tests;
