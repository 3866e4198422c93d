//! A container's networking over its life: prepared before its process exists (addresses,
//! host ports, or the namespace of the container it shares), undone when it ends.

use std::os::fd::OwnedFd;

use super::Attachment;
use crate::engine::{Engine, EngineError};
use crate::network::usermode;
use crate::oci::ports::PortMapping;
use crate::state::ContainerConfig;

/// What `launch_container` needs from the network side.
#[derive(Default)]
pub struct PreparedNet {
    pub attachments: Vec<Attachment>,
    pub ports: Vec<PortMapping>,
    /// The bound sockets holding the published host ports.
    pub held: Vec<OwnedFd>,
    /// `--network container:X`: X's network namespace.
    pub join: Option<OwnedFd>,
    /// `--network pasta|slirp4netns`: the tool started for the new namespace, and the
    /// container's directory.
    pub usermode: Option<(String, std::path::PathBuf)>,
    /// An ordinary user's bridge networks: the rootless network namespace, whose user
    /// namespace the container is made in.
    pub holder: Option<crate::network::usermode::holder::Holder>,
    /// `--network container:X` where X has a user namespace of its own: X's process, whose
    /// user namespace the container joins too (its network namespace belongs to it).
    pub userns_of: Option<OwnedFd>,
}

impl PreparedNet {
    /// The process whose user namespace the container is made in, if not a new one.
    pub fn userns(&self) -> Option<std::os::fd::BorrowedFd<'_>> {
        use std::os::fd::AsFd;
        match &self.holder {
            Some(h) => Some(h.as_fd()),
            None => self.userns_of.as_ref().map(|f| f.as_fd()),
        }
    }
}

impl Engine {
    pub fn prepare_network(&self, config: &ContainerConfig) -> Result<PreparedNet, EngineError> {
        let mode = &config.spec.linux.network;
        if let Some(other) = mode.strip_prefix("container:") {
            let (oc, os) = self.running_peer(other, "network")?;
            let pid = Self::namespace_pid(&oc, &os);
            let ns = std::fs::File::open(format!("/proc/{pid}/ns/net")).map_err(|e| {
                EngineError::Other(format!("network namespace of {}: {e}", oc.name))
            })?;
            let userns_of = if crate::sys::same_userns(pid) {
                None
            } else {
                Some(crate::sys::process::pidfd(pid).ok_or_else(|| {
                    EngineError::Conflict(format!("container {} has just ended", oc.name))
                })?)
            };
            return Ok(PreparedNet {
                join: Some(ns.into()),
                userns_of,
                ..Default::default()
            });
        }
        if usermode::is_usermode(mode) {
            // the host ports are chosen now (a free one for `-p 80`) and let go again for
            // the tool to bind
            let ports = crate::network::ports::choose(&config.net.ports)
                .map_err(|e| EngineError::Conflict(e.to_string()))?;
            usermode::check_tun().map_err(|e| EngineError::Invalid(e.to_string()))?;
            return Ok(PreparedNet {
                ports,
                usermode: Some((mode.clone(), self.containers()?.dir(&config.id))),
                ..Default::default()
            });
        }
        let endpoints = super::endpoints(config);
        if endpoints.is_empty() {
            return Ok(PreparedNet::default());
        }
        let holder = if self.context().rootless {
            Some(self.holder_join(&config.id)?)
        } else {
            None
        };
        let attachments = self.attach_plan(&config.id, &endpoints).inspect_err(|_| {
            if holder.is_some() {
                self.holder_leave(&config.id);
            }
        })?;
        let mut net = PreparedNet {
            attachments,
            holder,
            ..Default::default()
        };
        if !config.net.ports.is_empty() {
            let reserved = if net.holder.is_some() {
                crate::network::ports::reserve_listening(&config.net.ports)
            } else {
                crate::network::ports::reserve(&config.net.ports)
            };
            match reserved {
                Ok((ports, held)) => {
                    net.ports = ports;
                    net.held = held;
                }
                Err(e) => {
                    self.release_network(config, &net);
                    return Err(EngineError::Conflict(e.to_string()));
                }
            }
        }
        Ok(net)
    }

    /// The container did not start: its addresses go back.
    pub fn release_network(&self, config: &ContainerConfig, net: &PreparedNet) {
        if let Some((_, dir)) = &net.usermode {
            usermode::stop(dir, !net.ports.is_empty());
        }
        for a in &net.attachments {
            self.release_address(&config.id, &a.network.name);
        }
        if net.holder.is_some() {
            self.holder_leave(&config.id);
        }
    }

    /// The container's process ended: its names leave its peers' hosts files, its
    /// addresses go back, its port rules go.
    pub fn network_ended(&self, config: &ContainerConfig) {
        if usermode::is_usermode(&config.spec.linux.network)
            && let Ok(c) = self.containers()
        {
            usermode::stop(&c.dir(&config.id), !config.net.ports.is_empty());
        }
        let endpoints = super::endpoints(config);
        if endpoints.is_empty() {
            return;
        }
        self.hosts_refresh(config, None);
        for e in &endpoints {
            self.release_address(&config.id, &e.network);
        }
        if self.context().rootless {
            self.holder_leave(&config.id);
            return;
        }
        if !config.net.ports.is_empty()
            && let Err(e) = self.sync_firewall(Some(&config.id))
        {
            log::warn!("removing the port rules of {}: {e}", config.name);
        }
    }
}
