//! `rm`: a container and its writable layer (and anonymous volumes with `-v`); running
//! containers only with `-f`, which kills them first.

use std::time::Duration;

use crate::engine::{Engine, EngineError};
use crate::runtime::cgroups::Cgroup;
use crate::state::Status;

impl Engine {
    /// The containers that share a namespace of container `id` (`--network`, `--pid`,
    /// `--ipc container:`), and theirs in turn: each after those that depend on it, so
    /// removing them in this order never leaves one without what it joined (`rm --depend`).
    pub fn dependents(&self, id: &str) -> Result<Vec<String>, EngineError> {
        let containers = self.containers()?;
        let mut joins: Vec<(String, Vec<String>)> = Vec::new();
        for other in containers.ids()? {
            let Ok(c) = containers.config(&other) else {
                continue; // removed meanwhile
            };
            let l = &c.spec.linux;
            let named: Vec<String> = [&l.network, &l.pid, &l.ipc]
                .iter()
                .filter_map(|m| m.strip_prefix("container:").map(str::to_string))
                .collect();
            joins.push((other, named));
        }
        let mut out = Vec::new();
        dependents_of(id, &joins, &mut out);
        Ok(out)
    }

    /// Stops a container (its stop signal, SIGKILL after `timeout` seconds; one that is
    /// not running is left as it is), then removes it (`rm -f -t`, `network rm -t`,
    /// `volume rm -t`).
    pub fn remove_stopping(
        &self,
        input: &str,
        timeout: i64,
        volumes: bool,
    ) -> Result<(), EngineError> {
        let id = self.containers()?.resolve(input)?;
        match self.stop_container(&id, Some(timeout.max(-1))) {
            Ok(()) | Err(EngineError::Conflict(_)) => {}
            Err(e) => return Err(e),
        }
        self.remove_container(&id, true, volumes)
    }

    /// `rm --link CONTAINER/ALIAS`: the link goes from the container's config, and a
    /// running container's /etc/hosts forgets the name.
    pub fn remove_link(&self, container: &str, alias: &str) -> Result<(), EngineError> {
        let containers = self.containers()?;
        let id = containers.resolve(container)?;
        let lock = containers.lock(&id)?;
        let mut config = containers.config(&id)?;
        let before = config.net.links.len();
        config.net.links.retain(|l| {
            let (name, a) = l.split_once(':').unwrap_or((l, l));
            a != alias && name != alias
        });
        if config.net.links.len() == before {
            return Err(EngineError::Invalid(format!(
                "container {} has no link {alias:?}",
                config.name
            )));
        }
        containers.save_config(&config, true)?;
        let state = containers.state(&id)?;
        drop(lock);
        if matches!(state.status, Status::Running | Status::Paused) {
            self.hosts_refresh(&config, Some(&state));
        }
        Ok(())
    }

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
        self.check_not_infra(&config)?;
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
/// Adds the containers that join `id` (in `joins`: each container and the ones it joins)
/// to `out`, those joining them first. (Joins cannot form a cycle — what is joined exists
/// first — but a damaged record could: the depth is bounded.)
fn dependents_of(id: &str, joins: &[(String, Vec<String>)], out: &mut Vec<String>) {
    dependents_within(id, joins, out, 64);
}

fn dependents_within(id: &str, joins: &[(String, Vec<String>)], out: &mut Vec<String>, depth: u32) {
    if depth == 0 {
        return;
    }
    for (other, named) in joins {
        if named.iter().any(|n| n == id) && other != id && !out.contains(other) {
            dependents_within(other, joins, out, depth - 1);
            if !out.contains(other) {
                out.push(other.clone());
            }
        }
    }
}

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

#[cfg(test)]
mod tests {
    use super::dependents_of;

    #[test]
    fn dependents_come_before_what_they_join() {
        let j = |id: &str, named: &[&str]| {
            (
                id.to_string(),
                named.iter().map(|s| s.to_string()).collect(),
            )
        };
        // b joins a; c joins b (twice: network and pid); d joins c; e is on its own
        let joins = vec![
            j("a", &[]),
            j("b", &["a"]),
            j("c", &["b", "b"]),
            j("d", &["c"]),
            j("e", &[]),
        ];
        let mut out = Vec::new();
        dependents_of("a", &joins, &mut out);
        assert_eq!(out, ["d", "c", "b"]);
        let mut none = Vec::new();
        dependents_of("e", &joins, &mut none);
        assert!(none.is_empty());
        // a damaged record's cycle ends
        let cycle = vec![j("x", &["y"]), j("y", &["x"])];
        let mut out = Vec::new();
        dependents_of("x", &cycle, &mut out);
        out.sort();
        assert_eq!(out, ["x", "y"]);
    }
}
