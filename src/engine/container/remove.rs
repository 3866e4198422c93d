//! `rm`: a container and its writable layer (and anonymous volumes with `-v`); running
//! containers only with `-f`, which kills them first.

use std::time::Duration;

use crate::engine::{Engine, EngineError};
use crate::runtime::cgroups::Cgroup;
use crate::state::Status;

impl Engine {
    /// Removes one container by full ID. `force` kills it if running; `volumes` also
    /// removes its anonymous volumes.
    pub fn remove_container(
        &self,
        id: &str,
        force: bool,
        volumes: bool,
    ) -> Result<(), EngineError> {
        let containers = self.containers()?;
        let lock = containers.lock(id)?;
        let (config, mut state) = self.load_container(id)?;
        let live = matches!(
            state.status,
            Status::Running | Status::Paused | Status::Restarting
        );
        if live && !force {
            return Err(EngineError::Conflict(format!(
                "cannot remove container \"{}\": container is {}: stop the container before removing or force remove",
                config.name,
                state.status.as_str()
            )));
        }
        if live {
            // Its monitor must not bring it back while it goes.
            state.manual_stop = true;
            containers.save_state(id, &state, &lock)?;
        }
        if matches!(state.status, Status::Running | Status::Paused) {
            let cg = Cgroup {
                version: state.cgroup_version,
                dirs: state.cgroup.clone(),
            };
            if state.status == Status::Paused {
                // Frozen processes do not die until thawed.
                let _ = cg.freeze(false);
            }
            kill_and_wait(state.pid, state.pid_start, &cg);
        }
        if !state.cgroup.is_empty() {
            Cgroup {
                version: state.cgroup_version,
                dirs: state.cgroup.clone(),
            }
            .remove();
        }
        // Its watcher does this when the process ends; one killed before it could did not.
        self.network_ended(&config);
        self.rootfs_ended(&config);
        containers.delete(&config, &lock)?;
        self.event(&config, "destroy", &[]);
        if volumes {
            let vols = self.volumes()?;
            // Anonymous volumes another container still mounts (`--volumes-from`) stay.
            let users = self.volume_users()?;
            for m in config
                .mounts
                .iter()
                .filter(|m| m.anonymous && !users.iter().any(|(v, _)| *v == m.name))
            {
                if let Err(e) = vols.remove(&m.name) {
                    log::warn!("removing volume {}: {e}", m.name);
                }
            }
        }
        Ok(())
    }
}

/// SIGKILLs the container's process (and anything left in its cgroup) and waits for it.
pub fn kill_and_wait(pid: i32, pid_start: u64, cgroup: &Cgroup) {
    let mut pids = cgroup.pids();
    if pid > 0 {
        pids.push(pid);
    }
    for p in &pids {
        if *p > 0 {
            let _ = crate::sys::signal::send(*p, libc::SIGKILL);
        }
    }
    if pid > 0 {
        super::control::wait_exit(pid, pid_start, Duration::from_secs(10));
    }
}
