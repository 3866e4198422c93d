//! The firewall as the records say it should be: NAT for every network whose bridge
//! exists, and the port forwards of every running container that publishes ports. Whenever
//! that may have changed (a bridge made, a container with ports started or gone, a network
//! removed, a lease taken back from a container that died unwatched) the whole ruleset is
//! recomputed and applied under one lock, and written to `networks/firewall.json` — the
//! intent, which tells later invocations whether stale rules are left.

use crate::engine::{Engine, EngineError};
use crate::network::firewall::{Driver, Forward, Names, NetworkRules, Ruleset};
use crate::network::link;
use crate::state::Status;
use crate::sys::netlink::Netlink;
use crate::util::lock::FileLock;

impl Engine {
    fn firewall_driver(&self) -> Result<Driver, EngineError> {
        Driver::choose(self.context().network.firewall_driver.as_deref())
            .map_err(|e| EngineError::Other(e.to_string()))
    }

    /// This store's table and chain names.
    fn firewall_names(&self) -> Names {
        Names::new(&self.context().scope)
    }

    fn intent_path(&self) -> Result<std::path::PathBuf, EngineError> {
        Ok(self.store()?.root().join("networks/firewall.json"))
    }

    /// The rules the records call for, leaving out container `except` (on its way out).
    fn wanted_rules(&self, except: Option<&str>) -> Result<Ruleset, EngineError> {
        let mut rules = Ruleset::default();
        let nl = Netlink::route().ok();
        if let Some(mut nl) = nl {
            for rec in self.networks()?.list() {
                if matches!(link::index(&mut nl, &rec.bridge), Ok(Some(_))) {
                    rules.networks.push(NetworkRules {
                        bridge: rec.bridge.clone(),
                        subnet: rec.subnet.clone(),
                        internal: rec.internal,
                        masquerade: rec.bridge_options().masquerade,
                        subnet6: rec.ipv6.as_ref().map(|v| v.subnet.clone()),
                    });
                }
            }
        }
        let containers = self.containers()?;
        for id in containers.ids()? {
            if Some(id.as_str()) == except {
                continue;
            }
            let Ok((_, s)) = self.load_container(&id) else {
                continue;
            };
            if s.ports.is_empty() || !matches!(s.status, Status::Running | Status::Paused) {
                continue;
            }
            let Ok(ip) = s.ip_address.parse() else {
                continue;
            };
            // the primary network's IPv6 address, on a dual-stack network
            let ip6 = s
                .networks
                .iter()
                .find(|(_, a)| **a == s.ip_address)
                .and_then(|(n, _)| s.networks6.get(n)?.parse().ok());
            for p in &s.ports {
                rules.forwards.push(Forward {
                    owner: id[..12].to_string(),
                    proto: p.proto,
                    host_ip: (!p.host_ip.is_unspecified()).then_some(p.host_ip),
                    host_port: p.host_port,
                    ip,
                    port: p.container_port,
                    ip6,
                });
            }
        }
        Ok(rules)
    }

    /// Makes the host's rules match the records.
    pub fn sync_firewall(&self, except: Option<&str>) -> Result<(), EngineError> {
        if self.context().rootless {
            return self.sync_rootless_firewall();
        }
        let path = self.intent_path()?;
        let _lock = FileLock::exclusive(&path.with_extension("lock"))?;
        let rules = self.wanted_rules(except)?;
        let applied: Option<Ruleset> = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok());
        if rules.is_empty() && applied.is_none() {
            return Ok(());
        }
        let driver = match self.firewall_driver() {
            Ok(d) => d,
            // Without nft or iptables the containers still reach each other and the host;
            // only published ports cannot do without.
            Err(e) if rules.forwards.is_empty() => {
                log::warn!("{e}: containers get no outbound NAT");
                return Ok(());
            }
            Err(e) => return Err(e),
        };
        driver
            .apply(
                &self.firewall_names(),
                &rules,
                applied.as_ref().is_some_and(has_v6),
            )
            .map_err(|e| EngineError::Other(format!("firewall: {e}")))?;
        if rules.is_empty() {
            let _ = std::fs::remove_file(&path);
        } else {
            let data = serde_json::to_vec(&rules).map_err(|e| EngineError::Other(e.to_string()))?;
            crate::state::write_file(&path, &data, true)?;
        }
        Ok(())
    }

    /// An ordinary user's NAT, in the rootless network namespace (where it goes with the
    /// namespace): outbound masquerade for each bridge there; published ports are relayed
    /// instead (`Relay`).
    fn sync_rootless_firewall(&self) -> Result<(), EngineError> {
        let names = self.firewall_names();
        let driver = self.firewall_driver();
        self.bridge_side(|| {
            let mut rules = self.wanted_rules(None).map_err(|e| e.to_string())?;
            rules.forwards.clear();
            if rules.is_empty() {
                return Ok(String::new());
            }
            let driver = driver.map_err(|e| e.to_string())?;
            driver
                .apply(&names, &rules, false)
                .map_err(|e| format!("firewall: {e}"))?;
            Ok(String::new())
        })
        .map(drop)
    }

    /// `network reload`: applies the whole ruleset again (after another program — Docker
    /// starting, a firewall reload — changed the host's rules), for the named running
    /// containers or every running one; their IDs.
    pub fn reload_firewall(&self, names: &[String], all: bool) -> Result<Vec<String>, EngineError> {
        let containers = self.containers()?;
        let mut ids = Vec::new();
        let wanted: Vec<String> = if all {
            containers.ids()?
        } else {
            names
                .iter()
                .map(|n| containers.resolve(n).map_err(EngineError::from))
                .collect::<Result<_, _>>()?
        };
        for id in wanted {
            let (c, s) = self.load_container(&id)?;
            if !matches!(s.status, Status::Running | Status::Paused) {
                if all {
                    continue;
                }
                return Err(EngineError::Conflict(format!(
                    "container {} is not running",
                    c.name
                )));
            }
            ids.push(id);
        }
        self.sync_firewall(None)?;
        Ok(ids)
    }

    /// Whether the applied rules forward ports to a container that is no longer running.
    pub(super) fn firewall_stale(&self) -> bool {
        let Ok(path) = self.intent_path() else {
            return false;
        };
        let Some(applied) = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice::<Ruleset>(&b).ok())
        else {
            return false;
        };
        let Ok(containers) = self.containers() else {
            return false;
        };
        applied.forwards.iter().any(|f| {
            containers
                .resolve(&f.owner)
                .ok()
                .and_then(|id| self.load_container(&id).ok())
                .is_none_or(|(_, s)| !matches!(s.status, Status::Running | Status::Paused))
        })
    }

    /// Removes every rule skiff made (the table, or the chains and their jumps), whatever
    /// the records say: for `system reset`.
    pub fn clear_firewall(&self) -> Result<(), EngineError> {
        if self.context().rootless {
            // in the rootless network namespace, which `system reset` stops
            return Ok(());
        }
        let path = self.intent_path()?;
        let _lock = FileLock::exclusive(&path.with_extension("lock"))?;
        if let Ok(d) = self.firewall_driver() {
            d.apply(&self.firewall_names(), &Ruleset::default(), true)
                .map_err(|e| EngineError::Other(format!("firewall: {e}")))?;
        }
        let _ = std::fs::remove_file(&path);
        Ok(())
    }
}

/// Whether a ruleset has IPv6 rules (a dual-stack network).
fn has_v6(r: &Ruleset) -> bool {
    r.networks.iter().any(|n| n.subnet6.is_some())
}
