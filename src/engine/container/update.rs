//! `update`: a container's cgroup limits and restart policy changed after it was created —
//! written at once into a running container's cgroup, and kept in its config for its next
//! starts (the monitor reads the restart policy when the container exits).

use crate::engine::records::{RestartPolicy, Status};
use crate::engine::{Engine, EngineError};
use crate::oci::runtime::Resources;
use crate::runtime::cgroups::{Cgroup, Hierarchy};

impl Engine {
    /// Sets the limits `over` sets (the others stay) and, when given, the restart policy;
    /// returns the container's ID.
    pub fn update_container(
        &self,
        input: &str,
        over: &Resources,
        restart: Option<RestartPolicy>,
    ) -> Result<String, EngineError> {
        let containers = self.containers()?;
        let id = containers.resolve(input)?;
        let lock = containers.lock(&id)?;
        let mut config = containers.config(&id)?;
        let state = containers.state(&id)?.reconciled();
        if let Some(r) = restart {
            if config.auto_remove && r.name != "no" && !r.name.is_empty() {
                return Err(EngineError::Invalid(
                    "Restart policy cannot be updated because AutoRemove is enabled for the container".into(),
                ));
            }
            config.restart_policy = r;
        }
        if *over != Resources::default() {
            let live = matches!(state.status, Status::Running | Status::Paused);
            if config.spec.linux.no_cgroup || (live && state.cgroup.is_empty()) {
                return Err(EngineError::Invalid(format!(
                    "container {} has no cgroup of its own (--cgroups=disabled, or rootless without delegation): its limits cannot be changed",
                    config.name
                )));
            }
            if live {
                let h =
                    Hierarchy::detect().map_err(|e| EngineError::Other(format!("cgroups: {e}")))?;
                Cgroup {
                    version: state.cgroup_version,
                    dirs: state.cgroup.clone(),
                }
                .update(&h, over)?;
            }
            config.spec.linux.resources = config.spec.linux.resources.merged(over);
        }
        containers.save_config(&config, true)?;
        drop(lock);
        Ok(id)
    }
}
