//! Names between containers through their /etc/hosts: when a container gets its addresses
//! or loses them, the managed lines of every container sharing a network with it are
//! rewritten (under one store-wide lock, so concurrent starts do not lose each other's
//! lines). Names resolve on user networks, as with docker; on the default network only
//! `--link` names do.

use std::collections::BTreeMap;

use super::DEFAULT_NETWORK;
use crate::engine::Engine;
use crate::network::dns::{self, Member};
use crate::state::{ContainerConfig, ContainerState, Status};

fn member(c: &ContainerConfig, s: &ContainerState) -> Member {
    let eps = super::endpoints(c);
    let networks = s
        .networks
        .iter()
        .filter_map(|(n, ip)| {
            let aliases = eps
                .iter()
                .find(|e| &e.network == n)
                .map(|e| e.aliases.clone())
                .unwrap_or_default();
            Some((n.clone(), (ip.parse().ok()?, aliases)))
        })
        .collect::<BTreeMap<_, _>>();
    Member {
        networks6: s
            .networks6
            .iter()
            .filter_map(|(n, ip)| Some((n.clone(), ip.parse().ok()?)))
            .collect(),
        id: c.id.clone(),
        name: c.name.clone(),
        hostname: c.spec.hostname.clone(),
        domainname: c.spec.domainname.clone(),
        networks,
        links: c
            .net
            .links
            .iter()
            .map(|l| {
                let (n, a) = l.split_once(':').unwrap_or((l, l));
                (n.to_string(), a.to_string())
            })
            .collect(),
    }
}

/// Rewrites a hosts file in place (a bind mount shows the same inode).
fn rewrite(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(path)?;
    f.write_all(text.as_bytes())
}

impl Engine {
    /// A container on the default network only: its own name in its hosts file gets `ip`.
    fn own_address(&self, who: &ContainerConfig, ip: &str) {
        let Ok(containers) = self.containers() else {
            return;
        };
        let path = containers.dir(&who.id).join("hosts");
        let Ok(current) = std::fs::read_to_string(&path) else {
            return;
        };
        let text = dns::with_own_address(&current, &who.spec.hostname, &who.spec.domainname, ip);
        if text != current
            && let Err(e) = rewrite(&path, &text)
        {
            log::warn!("updating {}: {e}", path.display());
        }
    }

    /// Running containers with addresses, as name resolution sees them.
    fn members(&self) -> Vec<Member> {
        let Ok(containers) = self.containers() else {
            return Vec::new();
        };
        containers
            .ids()
            .unwrap_or_default()
            .into_iter()
            .filter_map(|id| {
                let (c, s) = self.load_container(&id).ok()?;
                (!s.networks.is_empty() && matches!(s.status, Status::Running | Status::Paused))
                    .then(|| member(&c, &s))
            })
            .collect()
    }

    /// Container `who` got (`joined`) or lost its addresses: its own hosts file and those
    /// of the containers that share a network with it, or link to it, are brought up to date.
    pub fn hosts_refresh(&self, who: &ContainerConfig, state: Option<&ContainerState>) {
        // Only on the default network and linking to nobody: no name of it resolves
        // anywhere and it resolves none (containers that `--link` to it learn its address
        // when they start, as with docker's legacy links), so starts there cost no scan.
        if who.net.links.is_empty()
            && super::endpoints(who)
                .iter()
                .all(|e| e.network == DEFAULT_NETWORK)
        {
            // its own name resolves to its address there, as on docker's default bridge
            if let Some(s) = state.filter(|s| !s.ip_address.is_empty()) {
                self.own_address(who, &s.ip_address);
            }
            return;
        }
        // A peer that keeps a stale name is a wrong answer later: say so when it happens.
        let held = self.store().map_err(|e| e.to_string()).and_then(|store| {
            let lock =
                crate::util::lock::FileLock::exclusive(&store.root().join("networks/hosts.lock"))
                    .map_err(|e| e.to_string())?;
            let containers = self.containers().map_err(|e| e.to_string())?;
            Ok((lock, containers))
        });
        let (_lock, containers) = match held {
            Ok(h) => h,
            Err(e) => {
                log::warn!(
                    "the hosts files of {}'s peers are not updated: {e}",
                    who.name
                );
                return;
            }
        };
        let mut all = self.members();
        all.retain(|m| m.id != who.id);
        let me = state.map(|s| member(who, s));
        if let Some(m) = &me {
            all.push(m.clone());
        }
        let resolving = |n: &str| n != DEFAULT_NETWORK;
        let my_nets: Vec<String> = super::endpoints(who)
            .into_iter()
            .map(|e| e.network)
            .collect();
        let affected = all.iter().filter(|p| {
            p.id == who.id
                || p.links.iter().any(|(n, _)| n == &who.name)
                || p.networks
                    .keys()
                    .any(|n| resolving(n) && my_nets.contains(n))
        });
        for p in affected {
            let path = containers.dir(&p.id).join("hosts");
            let Ok(current) = std::fs::read_to_string(&path) else {
                continue;
            };
            let managed = dns::managed_lines(p, &all, &resolving);
            let own = dns::own_name_line(&p.hostname, &p.domainname);
            let text = dns::replace_managed(&current, &managed, &own);
            if text != current
                && let Err(e) = rewrite(&path, &text)
            {
                log::warn!("updating {}: {e}", path.display());
            }
        }
    }
}
