//! `system reset`: every container stopped and removed, every network's bridge and
//! skiff's firewall rules gone, IPv4 forwarding off again if skiff turned it on, then the store and the runtime directory deleted — the host
//! as it was before skiff first ran.

use crate::engine::{Engine, EngineError};
use crate::network::link;
use crate::sys::netlink::Netlink;

impl Engine {
    pub fn reset(&self) -> Result<(), EngineError> {
        let root = self.context().root.clone();
        // pods' records first (their infra containers then go like any other), their
        // cgroups once their containers are gone
        let mut pods = Vec::new();
        if root.join("pods").is_dir() {
            let store = self.pods()?;
            let lock = store.lock()?;
            for p in store.list()? {
                store.delete(&p.id, &lock)?;
                pods.push(p);
            }
        }
        if root.join("containers").is_dir() {
            let containers = self.containers()?;
            for id in containers.ids()? {
                if let Err(e) = self.remove_container(&id, true, true) {
                    log::warn!("removing container {id}: {e}");
                }
            }
        }
        for p in &pods {
            self.remove_pod_cgroup(p);
        }
        if root.join("networks").is_dir() {
            let nets = self.networks()?;
            // an ordinary user's bridges and rules go with the rootless network namespace
            self.holder_stop();
            if let Ok(mut nl) = Netlink::route()
                && !self.context().rootless
            {
                for rec in nets.list() {
                    if let Ok(Some(i)) = link::index(&mut nl, &rec.bridge) {
                        link::delete(&mut nl, i).map_err(|e| {
                            EngineError::Other(format!("removing bridge {}: {e}", rec.bridge))
                        })?;
                    }
                }
            }
            self.clear_firewall()?;
            if std::fs::read_to_string(nets.dir_path().join("ip_forward.was"))
                .is_ok_and(|v| v.trim() == "0")
            {
                crate::network::firewall::disable_forwarding()
                    .map_err(|e| EngineError::Other(format!("turning forwarding off: {e}")))?;
            }
            if std::fs::read_to_string(nets.dir_path().join("ip6_forward.was"))
                .is_ok_and(|v| v.trim() == "0")
            {
                crate::network::firewall::disable_forwarding6()
                    .map_err(|e| EngineError::Other(format!("turning IPv6 forwarding off: {e}")))?;
            }
        }
        for dir in [&root, &self.context().runroot] {
            match crate::sys::userns::remove_tree(dir) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    return Err(EngineError::Other(format!(
                        "removing {}: {e}",
                        dir.display()
                    )));
                }
            }
        }
        Ok(())
    }
}
