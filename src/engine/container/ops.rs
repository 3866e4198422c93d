//! `wait`, `rename`, `container prune`.

use std::time::Duration;

use crate::engine::{Engine, EngineError};
use crate::state::Status;

impl Engine {
    /// Blocks until the container is not running; returns its exit code.
    pub fn wait_container(&self, input: &str) -> Result<i32, EngineError> {
        let id = self.containers()?.resolve(input)?;
        loop {
            let (_, state) = match self.load_container(&id) {
                Ok(v) => v,
                // Removed while we waited (`--rm`): docker reports the last code it saw.
                Err(EngineError::NoSuchContainer(_)) => return Ok(0),
                Err(e) => return Err(e),
            };
            if !matches!(state.status, Status::Running | Status::Paused)
                && state.started_at.is_some()
            {
                return Ok(state.exit_code);
            }
            if state.status == Status::Created && state.started_at.is_none() && state.exit_code != 0
            {
                return Ok(state.exit_code);
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// podman's `wait --condition`: until the container is in one of `conditions`
    /// (`created`, `running`, `paused`, `exited`, `stopped`, `healthy`, `unhealthy`),
    /// looking every `interval`; its exit code once it has ended, else -1.
    pub fn wait_condition(
        &self,
        input: &str,
        conditions: &[String],
        interval: Duration,
    ) -> Result<i32, EngineError> {
        const KNOWN: [&str; 7] = [
            "created",
            "running",
            "paused",
            "exited",
            "stopped",
            "healthy",
            "unhealthy",
        ];
        if let Some(c) = conditions.iter().find(|c| !KNOWN.contains(&c.as_str())) {
            return Err(EngineError::Invalid(format!(
                "invalid condition {c:?}: use {}",
                KNOWN.join(", ")
            )));
        }
        let id = self.containers()?.resolve(input)?;
        loop {
            let (_, state) = self.load_container(&id)?;
            let health = state.health.as_ref().map(|h| h.status.as_str());
            let ended = matches!(state.status, Status::Exited | Status::Dead)
                || (state.status == Status::Created && state.started_at.is_some());
            let met = conditions.iter().any(|c| match c.as_str() {
                "created" => state.status == Status::Created,
                "running" => state.status == Status::Running,
                "paused" => state.status == Status::Paused,
                "exited" => state.status == Status::Exited,
                "stopped" => ended,
                "healthy" => health == Some("healthy"),
                _ => health == Some("unhealthy"),
            });
            if met {
                return Ok(if ended { state.exit_code } else { -1 });
            }
            std::thread::sleep(interval);
        }
    }

    pub fn rename_container(&self, input: &str, new_name: &str) -> Result<(), EngineError> {
        let containers = self.containers()?;
        let id = containers.resolve(input)?;
        let lock = containers.lock(&id)?;
        let mut config = containers.config(&id)?;
        if config.name == new_name {
            return Err(EngineError::Invalid(format!(
                "renaming container {input:?}: the new name is the same as the old one"
            )));
        }
        let guard = containers.reserve_name(new_name, &id)?;
        let old = std::mem::replace(&mut config.name, new_name.to_string());
        if let Err(e) = containers.save_config(&config, true) {
            containers.release_name(new_name, &id);
            return Err(e.into());
        }
        drop(guard);
        containers.release_name(&old, &id);
        drop(lock);
        self.event(&config, "rename", &[("oldName", format!("/{old}"))]);
        Ok(())
    }

    /// Removes every container that is not running; returns their IDs.
    pub fn prune_containers(
        &self,
        filter: &crate::engine::prune_filter::PruneFilter,
    ) -> Result<Vec<String>, EngineError> {
        let containers = self.containers()?;
        containers.sweep_trash();
        let mut removed = Vec::new();
        for id in containers.ids()? {
            let Ok((config, state)) = self.load_container(&id) else {
                continue;
            };
            if matches!(state.status, Status::Running | Status::Paused)
                || !filter.admits(Some(&config.created), &config.labels)
            {
                continue;
            }
            match self.remove_container(&id, false, false) {
                Ok(()) => removed.push(id),
                Err(e) => log::warn!("pruning {id}: {e}"),
            }
        }
        Ok(removed)
    }
}
