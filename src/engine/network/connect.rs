//! `network connect` and `disconnect`: a container's endpoints changed in its record and,
//! while it runs, in its network namespace (a veth pair plugged in or pulled out).

use std::os::fd::AsFd;

use super::{DEFAULT_NETWORK, endpoints, is_special_mode};
use crate::engine::{Engine, EngineError};
use crate::network::link;
use crate::state::{Endpoint, Status};
use crate::sys::netlink::Netlink;

impl Engine {
    pub fn connect_network(
        &self,
        network: &str,
        container: &str,
        want: Endpoint,
        links: &[String],
    ) -> Result<(), EngineError> {
        want.check_driver_opts().map_err(EngineError::Invalid)?;
        let containers = self.containers()?;
        // --link NAME[:ALIAS]: the container named must exist
        let links = links
            .iter()
            .map(|l| {
                let (name, alias) = l.split_once(':').unwrap_or((l, l));
                containers.resolve(name)?;
                Ok(format!("{name}:{alias}"))
            })
            .collect::<Result<Vec<_>, EngineError>>()?;
        let id = containers.resolve(container)?;
        let lock = containers.lock(&id)?;
        let (mut config, mut state) = self.load_container(&id)?;
        let mode = config.spec.linux.network.clone();
        if mode == "host" || mode.starts_with("container:") {
            return Err(EngineError::Invalid(format!(
                "container {} uses network mode {mode}: it cannot join other networks",
                config.name
            )));
        }
        let rec = self
            .network_of(network)?
            .ok_or_else(|| EngineError::Invalid(format!("{network} is not a network")))?;
        let mut eps = endpoints(&config);
        if eps.iter().any(|e| e.network == rec.name) {
            return Err(EngineError::Conflict(format!(
                "endpoint with name {} already exists in network {}",
                config.name, rec.name
            )));
        }
        let ep = Endpoint {
            network: rec.name.clone(),
            ..want
        };
        if matches!(state.status, Status::Running | Status::Paused) {
            let tag = &id[..8];
            let unplugged = || {
                EngineError::Conflict(format!(
                    "container {} runs outside the rootless network namespace (it was started on no bridge network): stop it, connect it, start it again",
                    config.name
                ))
            };
            let n = self
                .bridge_side(|| {
                    let mut nl = Netlink::route().map_err(|e| format!("netlink: {e}"))?;
                    let n = (0..100)
                        .find(|n| matches!(link::index(&mut nl, &format!("vs{tag}{n}")), Ok(None)))
                        .unwrap_or(0);
                    Ok(n.to_string())
                })?
                .and_then(|n| n.parse().ok())
                .ok_or_else(unplugged)?;
            // the default route moves here when its gw-priority is the highest
            let route_here =
                state.networks.is_empty() || eps.iter().all(|e| e.gw_priority < ep.gw_priority);
            let a = self.attach_one(&id, n, rec.clone(), &ep, route_here)?;
            let rootless = self.context().rootless;
            let pid = Self::namespace_pid(&config, &state);
            let plugged = self.bridge_side(|| {
                if rootless && !crate::sys::same_userns(pid) {
                    return Err(unplugged().to_string());
                }
                let ns = std::fs::File::open(format!("/proc/{pid}/ns/net"))
                    .map_err(|e| format!("container netns: {e}"))?;
                a.plug_into(ns.as_fd())?;
                // A thread of ours enters the container's namespace to configure it.
                std::thread::scope(|s| {
                    s.spawn(|| {
                        crate::sys::process::join_network(ns.as_fd())
                            .map_err(|e| format!("entering the container's network: {e}"))?;
                        a.configure_inside()
                    })
                    .join()
                    .unwrap_or_else(|_| Err("configuring the interface failed".into()))
                })
                .map(|()| String::new())
            });
            if let Err(e) = plugged {
                let _ = self.remove_interface(&a.host_if);
                self.release_address(&id, &rec.name);
                return Err(EngineError::Other(format!(
                    "connecting {} to {}: {e}",
                    config.name, rec.name
                )));
            }
            if state.ip_address.is_empty() {
                state.ip_address = a.ip.to_string();
            }
            state.networks.insert(rec.name.clone(), a.ip.to_string());
            if let Some((ip6, _)) = a.ip6 {
                state.networks6.insert(rec.name.clone(), ip6.to_string());
            }
            state.interfaces.insert(rec.name.clone(), a.host_if.clone());
            containers.save_state(&id, &state, &lock)?;
        }
        eps.push(ep);
        if is_special_mode(&mode) {
            // `none` until now: its namespace is its own, the network becomes its first.
            config.spec.linux.network = rec.name.clone();
        }
        config.net.networks = eps;
        for l in links {
            if !config.net.links.contains(&l) {
                config.net.links.push(l);
            }
        }
        containers.save_config(&config, true)?;
        drop(lock);
        if !state.networks.is_empty() {
            self.hosts_refresh(&config, Some(&state));
        }
        self.event_network(&rec, "connect", &id);
        Ok(())
    }

    pub fn disconnect_network(&self, network: &str, container: &str) -> Result<(), EngineError> {
        let containers = self.containers()?;
        let id = containers.resolve(container)?;
        let lock = containers.lock(&id)?;
        let (mut config, mut state) = self.load_container(&id)?;
        let name = if network == "bridge" {
            DEFAULT_NETWORK
        } else {
            network
        };
        let old = config.clone();
        let mut eps = endpoints(&config);
        if !eps.iter().any(|e| e.network == name) {
            return Err(EngineError::Invalid(format!(
                "container {} is not connected to network {network}",
                config.name
            )));
        }
        let primary_changes = state.networks.get(name) == Some(&state.ip_address);
        if let Some(host_if) = state.interfaces.remove(name) {
            self.remove_interface(&host_if)?;
        }
        self.release_address(&id, name);
        state.networks.remove(name);
        state.networks6.remove(name);
        eps.retain(|e| e.network != name);
        if primary_changes {
            state.ip_address = eps
                .iter()
                .find_map(|e| state.networks.get(&e.network).cloned())
                .unwrap_or_default();
        }
        containers.save_state(&id, &state, &lock)?;
        config.spec.linux.network = eps
            .first()
            .map(|e| e.network.clone())
            .unwrap_or_else(|| "none".into());
        config.net.networks = eps;
        containers.save_config(&config, true)?;
        drop(lock);
        if matches!(state.status, Status::Running | Status::Paused) {
            self.hosts_refresh(&old, Some(&state));
            if primary_changes && !state.ports.is_empty() {
                self.sync_firewall(None)?;
            }
        }
        if let Ok(Some(rec)) = self.network_of(name) {
            self.event_network(&rec, "disconnect", &id);
        }
        Ok(())
    }

    /// Removes a container's host-side interface, where the bridges are.
    fn remove_interface(&self, host_if: &str) -> Result<(), EngineError> {
        self.bridge_side(|| {
            let mut nl = Netlink::route().map_err(|e| format!("netlink: {e}"))?;
            if let Ok(Some(i)) = link::index(&mut nl, host_if) {
                link::delete(&mut nl, i).map_err(|e| format!("removing the interface: {e}"))?;
            }
            Ok(String::new())
        })
        .map(drop)
    }
}
