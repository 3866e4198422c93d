//! Name resolution without a DNS server: the container's /etc/resolv.conf derived from the
//! host's, and its /etc/hosts — a static part written at create (localhost, its own name,
//! `--add-host`) and, below it, one tagged line per name it can reach on its networks,
//! rewritten as containers come and go.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

/// The marker that ends every line skiff manages below the static part.
const TAG: &str = "# skiff";

/// What /etc/resolv.conf should say.
#[derive(Clone, Debug, Default)]
pub struct ResolvOptions {
    /// `--dns`: replaces the host's name servers.
    pub servers: Vec<String>,
    /// `--dns-search`: replaces the host's search domains (`.` clears them).
    pub search: Vec<String>,
    /// `--dns-option`: replaces the host's options.
    pub options: Vec<String>,
    /// Used instead of the host's name servers when those are all loopback addresses (a
    /// local resolver such as systemd-resolved's 127.0.0.53 is not reachable from a
    /// container's own network namespace).
    pub fallback: Vec<String>,
    /// The container shares the host's network (`--network host`): loopback servers work.
    pub host_network: bool,
}

fn is_loopback(server: &str) -> bool {
    server.starts_with("127.") || server == "::1"
}

/// The container's resolv.conf, from the host's text.
pub fn resolv_conf(host: &str, o: &ResolvOptions) -> String {
    let mut servers = Vec::new();
    let mut search = Vec::new();
    let mut options = Vec::new();
    for line in host.lines() {
        let mut words = line.split_whitespace();
        match words.next() {
            Some("nameserver") => servers.extend(words.next().map(str::to_string)),
            Some("search") | Some("domain") => search = words.map(str::to_string).collect(),
            Some("options") => options.extend(words.map(str::to_string)),
            _ => {}
        }
    }
    if !o.servers.is_empty() {
        servers = o.servers.clone();
    } else if !o.host_network {
        servers.retain(|s| !is_loopback(s));
        if servers.is_empty() {
            servers = if o.fallback.is_empty() {
                // The public resolvers docker falls back to in the same case.
                vec!["8.8.8.8".into(), "8.8.4.4".into()]
            } else {
                o.fallback.clone()
            };
        }
    }
    if !o.search.is_empty() {
        search = o.search.iter().filter(|s| *s != ".").cloned().collect();
    }
    if !o.options.is_empty() {
        options = o.options.clone();
    }
    let mut out = String::new();
    if !search.is_empty() {
        out.push_str(&format!("search {}\n", search.join(" ")));
    }
    for s in &servers {
        out.push_str(&format!("nameserver {s}\n"));
    }
    if !options.is_empty() {
        out.push_str(&format!("options {}\n", options.join(" ")));
    }
    out
}

/// The static part of a container's /etc/hosts: localhost, its own name (on 127.0.0.1
/// until it has an address on a network), and `--add-host NAME:IP` entries.
pub fn hosts_base(hostname: &str, domainname: &str, extra: &[(String, String)]) -> String {
    let mut s = String::from(
        "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\n\
         ff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n",
    );
    for (name, ip) in extra {
        s.push_str(&format!("{ip}\t{name}\n"));
    }
    s.push_str(&format!("127.0.0.1\t{}\n", full_name(hostname, domainname)));
    s
}

fn full_name(hostname: &str, domainname: &str) -> String {
    if domainname.is_empty() {
        hostname.to_string()
    } else {
        format!("{hostname}.{domainname} {hostname}")
    }
}

/// `--add-host NAME:IP` (also `NAME=IP`, docker's newer spelling).
pub fn parse_add_host(s: &str) -> Option<(String, String)> {
    let (name, ip) = s.split_once('=').or_else(|| s.split_once(':'))?;
    if name.is_empty() || ip.is_empty() || name.contains(char::is_whitespace) {
        return None;
    }
    let ip = ip.trim_start_matches('[').trim_end_matches(']');
    (ip == "host-gateway" || ip.parse::<std::net::IpAddr>().is_ok())
        .then(|| (name.to_string(), ip.to_string()))
}

/// A running container as name resolution sees it.
#[derive(Clone, Debug, Default)]
pub struct Member {
    pub id: String,
    pub name: String,
    pub hostname: String,
    pub domainname: String,
    /// network → (its address there, its aliases there)
    pub networks: BTreeMap<String, (Ipv4Addr, Vec<String>)>,
    /// network → its IPv6 address there (dual-stack networks)
    pub networks6: BTreeMap<String, std::net::Ipv6Addr>,
    /// `--link` targets: (container name, alias)
    pub links: Vec<(String, String)>,
}

impl Member {
    fn names(&self, aliases: &[String]) -> Vec<String> {
        let mut n = vec![self.name.clone()];
        for x in std::iter::once(&self.hostname).chain(aliases) {
            if !x.is_empty() && !n.contains(x) {
                n.push(x.clone());
            }
        }
        n
    }
}

/// The managed lines of `me`'s /etc/hosts: its own address, then the members sharing a
/// network with it (`resolving` says on which networks names resolve), then its links.
pub fn managed_lines(me: &Member, all: &[Member], resolving: &dyn Fn(&str) -> bool) -> String {
    let mut out = String::new();
    let mut seen = std::collections::BTreeSet::new();
    if let Some((net, (ip, _))) = me.networks.iter().next() {
        let own = full_name(&me.hostname, &me.domainname);
        out.push_str(&format!("{ip}\t{own}\t{TAG}\n"));
        if let Some(ip6) = me.networks6.get(net) {
            out.push_str(&format!("{ip6}\t{own}\t{TAG}\n"));
        }
    }
    for (net, (_, _)) in me.networks.iter().filter(|(n, _)| resolving(n)) {
        for p in all.iter().filter(|p| p.id != me.id) {
            let Some((ip, aliases)) = p.networks.get(net) else {
                continue;
            };
            let names = p.names(aliases).join(" ");
            let ip6 = p.networks6.get(net).map(|a| a.to_string());
            for ip in std::iter::once(ip.to_string()).chain(ip6) {
                if seen.insert((p.id.clone(), ip.clone())) {
                    out.push_str(&format!("{ip}\t{names}\t{TAG} {}\n", short(&p.id)));
                }
            }
        }
    }
    for (target, alias) in &me.links {
        let Some(p) = all.iter().find(|p| &p.name == target && p.id != me.id) else {
            continue;
        };
        if let Some((_, (ip, _))) = p
            .networks
            .iter()
            .find(|(n, _)| me.networks.contains_key(*n))
        {
            let mut names = vec![alias.clone()];
            if alias != &p.name {
                names.push(p.name.clone());
            }
            out.push_str(&format!(
                "{ip}\t{}\t{TAG} {}\n",
                names.join(" "),
                short(&p.id)
            ));
        }
    }
    out
}

fn short(id: &str) -> &str {
    &id[..id.len().min(12)]
}

/// A hosts file with its managed lines replaced by `managed` (and, once the container has
/// an address, without the 127.0.0.1 line for its own name).
pub fn replace_managed(current: &str, managed: &str, own_name_line: &str) -> String {
    let mut out: String = current
        .lines()
        .filter(|l| !l.contains(TAG) && (managed.is_empty() || *l != own_name_line))
        .map(|l| format!("{l}\n"))
        .collect();
    out.push_str(managed);
    out
}

/// A hosts file whose line for the container's own name gives `ip` (docker's default
/// network, where no other name is managed): the line `hosts_base` wrote, or the one an
/// earlier start wrote with that start's address.
pub fn with_own_address(current: &str, hostname: &str, domainname: &str, ip: &str) -> String {
    let full = full_name(hostname, domainname);
    let line = format!("{ip}\t{full}");
    let mut found = false;
    let mut out = String::new();
    for l in current.lines() {
        if l.split_once('\t').is_some_and(|(_, names)| names == full) {
            if !found {
                out.push_str(&line);
                out.push('\n');
            }
            found = true;
        } else {
            out.push_str(l);
            out.push('\n');
        }
    }
    if !found {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// The 127.0.0.1 line `hosts_base` wrote for the container's own name.
pub fn own_name_line(hostname: &str, domainname: &str) -> String {
    format!("127.0.0.1\t{}", full_name(hostname, domainname))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue16_the_own_name_gets_the_default_networks_address() {
        let base = hosts_base("web", "", &[("db".into(), "10.0.0.9".into())]);
        let first = with_own_address(&base, "web", "", "172.17.0.2");
        assert!(
            first.ends_with("10.0.0.9\tdb\n172.17.0.2\tweb\n"),
            "{first}"
        );
        assert!(!first.contains("127.0.0.1\tweb"), "{first}");
        // a restart with another address replaces the line, once
        let again = with_own_address(&first, "web", "", "172.17.0.5");
        assert_eq!(again.matches("\tweb\n").count(), 1, "{again}");
        assert!(again.contains("172.17.0.5\tweb\n"), "{again}");
        let dom = with_own_address(
            &hosts_base("h", "example.org", &[]),
            "h",
            "example.org",
            "10.1.1.1",
        );
        assert!(dom.contains("10.1.1.1\th.example.org h\n"), "{dom}");
    }

    #[test]
    fn resolv_conf_follows_the_host_without_loopback() {
        let host = "# generated\nnameserver 127.0.0.53\noptions edns0 trust-ad\nsearch lan corp\n";
        let o = ResolvOptions::default();
        assert_eq!(
            resolv_conf(host, &o),
            "search lan corp\nnameserver 8.8.8.8\nnameserver 8.8.4.4\noptions edns0 trust-ad\n"
        );
        let o = ResolvOptions {
            fallback: vec!["10.0.0.1".into()],
            ..Default::default()
        };
        assert!(resolv_conf(host, &o).contains("nameserver 10.0.0.1\n"));
        let o = ResolvOptions {
            host_network: true,
            ..Default::default()
        };
        assert!(resolv_conf(host, &o).contains("nameserver 127.0.0.53\n"));
        let o = ResolvOptions {
            servers: vec!["1.1.1.1".into()],
            search: vec![".".into()],
            options: vec!["ndots:2".into()],
            ..Default::default()
        };
        assert_eq!(
            resolv_conf("nameserver 192.168.1.1\nsearch x\n", &o),
            "nameserver 1.1.1.1\noptions ndots:2\n"
        );
        assert_eq!(
            resolv_conf(
                "nameserver 192.168.1.1\nnameserver 127.0.0.1\n",
                &Default::default()
            ),
            "nameserver 192.168.1.1\n"
        );
    }

    #[test]
    fn add_host_values() {
        assert_eq!(
            parse_add_host("db:10.0.0.5"),
            Some(("db".into(), "10.0.0.5".into()))
        );
        assert_eq!(
            parse_add_host("db=10.0.0.5"),
            Some(("db".into(), "10.0.0.5".into()))
        );
        assert_eq!(
            parse_add_host("v6:[::1]"),
            Some(("v6".into(), "::1".into()))
        );
        assert!(parse_add_host("gw:host-gateway").is_some());
        assert!(parse_add_host("db").is_none());
        assert!(parse_add_host("db:not-an-ip").is_none());
    }

    fn member(id: &str, name: &str, nets: &[(&str, &str, &[&str])]) -> Member {
        Member {
            id: id.repeat(12),
            name: name.into(),
            hostname: id.repeat(12),
            domainname: String::new(),
            networks: nets
                .iter()
                .map(|(n, ip, a)| {
                    (
                        n.to_string(),
                        (
                            ip.parse().unwrap(),
                            a.iter().map(|s| s.to_string()).collect(),
                        ),
                    )
                })
                .collect(),
            networks6: BTreeMap::new(),
            links: Vec::new(),
        }
    }

    #[test]
    fn issue16_dual_stack_peers_get_both_lines() {
        let mut me = member("a", "web", &[("v6net", "10.1.0.2", &[])]);
        me.networks6
            .insert("v6net".into(), "fd00:1::2".parse().unwrap());
        let mut peer = member("b", "api", &[("v6net", "10.1.0.3", &[])]);
        peer.networks6
            .insert("v6net".into(), "fd00:1::3".parse().unwrap());
        let lines = managed_lines(&me, &[me.clone(), peer], &|_| true);
        assert_eq!(
            lines,
            "10.1.0.2\taaaaaaaaaaaa\t# skiff\n\
             fd00:1::2\taaaaaaaaaaaa\t# skiff\n\
             10.1.0.3\tapi bbbbbbbbbbbb\t# skiff bbbbbbbbbbbb\n\
             fd00:1::3\tapi bbbbbbbbbbbb\t# skiff bbbbbbbbbbbb\n"
        );
    }

    #[test]
    fn managed_lines_name_peers_on_shared_networks() {
        let mut me = member("a", "web", &[("front", "10.1.0.2", &[])]);
        me.links = vec![("cache".into(), "redis".into())];
        let all = vec![
            me.clone(),
            member(
                "b",
                "api",
                &[
                    ("front", "10.1.0.3", &["backend"]),
                    ("back", "10.2.0.2", &[]),
                ],
            ),
            member("c", "db", &[("back", "10.2.0.3", &[])]),
            member(
                "d",
                "cache",
                &[("skiff", "10.88.0.5", &[]), ("front", "10.1.0.9", &[])],
            ),
        ];
        let lines = managed_lines(&me, &all, &|n| n != "skiff");
        assert_eq!(
            lines,
            "10.1.0.2\taaaaaaaaaaaa\t# skiff\n\
             10.1.0.3\tapi bbbbbbbbbbbb backend\t# skiff bbbbbbbbbbbb\n\
             10.1.0.9\tcache dddddddddddd\t# skiff dddddddddddd\n\
             10.1.0.9\tredis cache\t# skiff dddddddddddd\n"
        );
        let base = hosts_base("aaaaaaaaaaaa", "", &[("gw".into(), "10.9.9.9".into())]);
        let own = own_name_line("aaaaaaaaaaaa", "");
        let with = replace_managed(&base, &lines, &own);
        assert!(!with.contains(&own), "{with}");
        assert!(with.contains("10.9.9.9\tgw\n"), "{with}");
        let again = replace_managed(&with, &lines, &own);
        assert_eq!(with, again, "replacing is idempotent");
        let left = replace_managed(&with, "", &own);
        assert!(!left.contains("# skiff"), "{left}");
    }
}
