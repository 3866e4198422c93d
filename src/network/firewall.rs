//! The firewall: NAT for networks and published ports, kept in skiff's own nftables table
//! (`ip skiff`) or, where nftables is absent, in skiff's own iptables chains (`SKIFF-*`,
//! entered by one jump from each built-in chain). The rules are plain data (`Ruleset`),
//! rendered whole and applied atomically: nft replaces the table in one transaction,
//! iptables-restore --noflush replaces the chains' contents per table. Nothing outside
//! skiff's table or chains is touched, apart from the jumps into them; an empty ruleset
//! removes the table, or the chains and their jumps, so the host is left as it was.

use std::io::{self, Write};
use std::net::Ipv4Addr;
use std::path::PathBuf;
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
}

/// A published port: traffic to `host_ip` (any local address when `None`) on `host_port`
/// goes to `ip:port` in container `owner`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Forward {
    pub owner: String,
    pub proto: Proto,
    pub host_ip: Option<Ipv4Addr>,
    pub host_port: u16,
    pub ip: Ipv4Addr,
    pub port: u16,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Driver {
    Nftables,
    Iptables,
}

/// A program on the usual system paths.
fn find(program: &str) -> Option<PathBuf> {
    let path = std::env::var("PATH").unwrap_or_default();
    path.split(':')
        .chain(["/usr/sbin", "/sbin", "/usr/bin", "/bin"])
        .filter(|d| !d.is_empty())
        .map(|d| PathBuf::from(d).join(program))
        .find(|p| p.is_file())
}

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
    pub fn apply(self, rules: &Ruleset) -> io::Result<()> {
        match self {
            Driver::Nftables => run("nft", &["-f", "-"], &nft_script(rules)).map(drop),
            Driver::Iptables => {
                let current = run("iptables-save", &[], "")?;
                let script = iptables_script(rules, &current);
                if script.is_empty() {
                    return Ok(());
                }
                run("iptables-restore", &["-w", "--noflush"], &script).map(drop)
            }
        }
    }
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

/// The nft transaction: (re)creates table `ip skiff` with exactly `rules`, or deletes it.
pub fn nft_script(rules: &Ruleset) -> String {
    // Declaring the table first makes the delete succeed whether or not it existed.
    let mut s = String::from("table ip skiff {}\ndelete table ip skiff\n");
    if rules.is_empty() {
        return s;
    }
    s.push_str("table ip skiff {\n");
    s.push_str(
        "\tchain prerouting {\n\t\ttype nat hook prerouting priority dstnat; policy accept;\n\t\tfib daddr type local jump ports\n\t}\n",
    );
    s.push_str(
        "\tchain output {\n\t\ttype nat hook output priority -100; policy accept;\n\t\tfib daddr type local jump ports\n\t}\n",
    );
    s.push_str("\tchain ports {\n");
    for f in &rules.forwards {
        let dst = f
            .host_ip
            .map(|ip| format!("ip daddr {ip} "))
            .unwrap_or_default();
        s.push_str(&format!(
            "\t\t{dst}{proto} dport {} dnat to {}:{} comment \"{}\"\n",
            f.host_port,
            f.ip,
            f.port,
            f.owner,
            proto = f.proto.as_str()
        ));
    }
    s.push_str("\t}\n");
    s.push_str(
        "\tchain postrouting {\n\t\ttype nat hook postrouting priority srcnat; policy accept;\n",
    );
    for n in &rules.networks {
        let (br, net) = (&n.bridge, &n.subnet);
        if !n.internal {
            s.push_str(&format!(
                "\t\tip saddr {net} ip daddr != {net} masquerade\n"
            ));
        }
        // 127.0.0.1:PORT and a container reaching a published port of its own network.
        s.push_str(&format!(
            "\t\toifname \"{br}\" ip saddr 127.0.0.0/8 masquerade\n\t\toifname \"{br}\" ct status dnat ip saddr {net} masquerade\n"
        ));
    }
    s.push_str("\t}\n");
    s.push_str("\tchain forward {\n\t\ttype filter hook forward priority filter; policy accept;\n");
    for n in rules.networks.iter().filter(|n| n.internal) {
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

/// The iptables-restore --noflush input that makes skiff's chains hold `rules`, given what
/// `iptables-save` printed (to know which jumps exist). Empty when there is nothing to do.
pub fn iptables_script(rules: &Ruleset, saved: &str) -> String {
    let has_jump = |builtin: &str, m: &str, chain: &str| {
        let want = format!("-A {builtin} {m}-j {chain}");
        saved.lines().any(|l| l.trim_end() == want)
    };
    let has_chain = |chain: &str| saved.lines().any(|l| l.starts_with(&format!(":{chain} ")));
    let mut out = String::new();
    for table in ["nat", "filter"] {
        let mut s = format!("*{table}\n");
        let chains: Vec<&str> = {
            let mut c: Vec<&str> = CHAINS
                .iter()
                .filter(|x| x.0 == table)
                .map(|x| x.1)
                .collect();
            c.dedup();
            c
        };
        if rules.is_empty() {
            if !chains.iter().any(|c| has_chain(c)) {
                continue;
            }
            let present: Vec<&&str> = chains.iter().filter(|c| has_chain(c)).collect();
            for c in &present {
                s.push_str(&format!(":{c} - [0:0]\n"));
            }
            for (_, chain, builtin, m) in CHAINS.iter().filter(|x| x.0 == table) {
                if has_jump(builtin, m, chain) {
                    s.push_str(&format!("-D {builtin} {m}-j {chain}\n"));
                }
            }
            for c in &present {
                s.push_str(&format!("-X {c}\n"));
            }
            s.push_str("COMMIT\n");
            out.push_str(&s);
            continue;
        }
        // Declaring a chain under --noflush empties it: its rules are replaced as a whole.
        for c in &chains {
            s.push_str(&format!(":{c} - [0:0]\n"));
        }
        if table == "nat" {
            for f in &rules.forwards {
                let dst = f
                    .host_ip
                    .map(|ip| format!("-d {ip}/32 "))
                    .unwrap_or_default();
                s.push_str(&format!(
                    "-A SKIFF-PORTS {dst}-p {p} -m {p} --dport {} -m comment --comment {} -j DNAT --to-destination {}:{}\n",
                    f.host_port,
                    f.owner,
                    f.ip,
                    f.port,
                    p = f.proto.as_str()
                ));
            }
            for n in &rules.networks {
                let (br, net) = (&n.bridge, &n.subnet);
                if !n.internal {
                    s.push_str(&format!(
                        "-A SKIFF-POSTROUTING -s {net} ! -d {net} -j MASQUERADE\n"
                    ));
                }
                s.push_str(&format!(
                    "-A SKIFF-POSTROUTING -s 127.0.0.0/8 -o {br} -j MASQUERADE\n-A SKIFF-POSTROUTING -s {net} -o {br} -m conntrack --ctstate DNAT -j MASQUERADE\n"
                ));
            }
        } else {
            for n in &rules.networks {
                let br = &n.bridge;
                if n.internal {
                    s.push_str(&format!(
                        "-A SKIFF-FORWARD -i {br} ! -o {br} -j DROP\n-A SKIFF-FORWARD -o {br} ! -i {br} -j DROP\n"
                    ));
                } else {
                    // Accepted here so that a DROP policy on FORWARD (docker sets one)
                    // does not cut the containers off.
                    s.push_str(&format!(
                        "-A SKIFF-FORWARD -o {br} -m conntrack --ctstate RELATED,ESTABLISHED,DNAT -j ACCEPT\n-A SKIFF-FORWARD -i {br} -j ACCEPT\n"
                    ));
                }
            }
        }
        for (_, chain, builtin, m) in CHAINS.iter().filter(|x| x.0 == table) {
            if !has_jump(builtin, m, chain) {
                s.push_str(&format!("-I {builtin} 1 {m}-j {chain}\n"));
            }
        }
        s.push_str("COMMIT\n");
        out.push_str(&s);
    }
    out
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

const IP_FORWARD: &str = "/proc/sys/net/ipv4/ip_forward";

/// Turns IPv4 forwarding off again.
pub fn disable_forwarding() -> io::Result<()> {
    std::fs::write(IP_FORWARD, "0")
}

#[cfg(test)]
mod tests;
