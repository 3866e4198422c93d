//! Container operations: create, start, run, rm, ps, inspect, wait, rename, prune.

pub mod control;
pub mod cp;
pub mod create;
pub mod diff;
mod ended;
pub mod exec;
pub mod export;
pub mod health;
pub mod inspect;
pub mod list;
pub mod logs;
pub mod monitor;
pub mod mounts;
pub mod network;
pub mod ops;
pub mod remove;
mod run_image;
pub mod start;
pub mod stats;
mod timeout;
pub mod top;
pub mod update;
mod userns;

use crate::engine::{Engine, EngineError};
use crate::state::{ContainerConfig, ContainerState, Containers};
use crate::volume::Volumes;

impl Engine {
    /// The container records, opened on first use (after sweeping `--rm` leftovers).
    pub fn containers(&self) -> Result<&Containers, EngineError> {
        if let Some(c) = self.containers.get() {
            return Ok(c);
        }
        let c = Containers::open(self.store()?.root())?;
        let c = self.containers.get_or_init(|| c);
        self.sweep_autoremove(c);
        Ok(c)
    }

    pub fn volumes(&self) -> Result<Volumes, EngineError> {
        Ok(Volumes::open(self.store()?.root())?)
    }

    /// Config and the state that is true now.
    pub fn load_container(
        &self,
        id: &str,
    ) -> Result<(ContainerConfig, ContainerState), EngineError> {
        let c = self.containers()?;
        Ok((c.config(id)?, c.observed_state(id)?))
    }

    /// Another container whose `what` (network, IPC namespace, …) a container joins: it
    /// must exist and run.
    pub(crate) fn running_peer(
        &self,
        other: &str,
        what: &str,
    ) -> Result<(ContainerConfig, ContainerState), EngineError> {
        let (oc, os) = self.load_container(other).map_err(|_| {
            EngineError::Invalid(format!(
                "cannot join the {what} of container {other}: no such container"
            ))
        })?;
        if !matches!(
            os.status,
            crate::state::Status::Running | crate::state::Status::Paused
        ) {
            return Err(EngineError::Conflict(format!(
                "cannot join the {what} of a non running container: {}",
                oc.name
            )));
        }
        Ok((oc, os))
    }

    /// The process whose namespaces stand for the container's: its PID 1 or, with `--init`
    /// (a reaper that is not dumpable, so an ordinary user may not join through it), the
    /// command under it.
    pub fn namespace_pid(config: &ContainerConfig, state: &ContainerState) -> i32 {
        if config.spec.process.init
            && let Some(c) = crate::sys::process::first_child(state.pid)
        {
            return c;
        }
        state.pid
    }

    /// Removes `--rm` containers whose process is gone: their CLI was killed before it could.
    fn sweep_autoremove(&self, containers: &Containers) {
        for id in containers.autoremove_ids() {
            if !containers.dir(&id).exists() {
                let _ = std::fs::remove_file(self.ctx.root.join("autoremove").join(&id));
                continue;
            }
            let Ok(state) = containers.state(&id) else {
                continue;
            };
            let state = state.reconciled();
            if matches!(
                state.status,
                crate::state::Status::Running | crate::state::Status::Paused
            ) {
                continue;
            }
            // A container being created right now is still in the created state: leave
            // those alone unless their config is complete and they have run.
            if state.started_at.is_none() && state.status == crate::state::Status::Created {
                continue;
            }
            if let Err(e) = self.remove_container(&id, true, true) {
                log::debug!("sweeping --rm container {id}: {e}");
            }
        }
    }
}
