//! A pod's lifecycle: start (infra container first), stop (its containers at once, then the
//! infra container), kill, pause, restart, rm, prune, and the exit policy.

use crate::engine::{Engine, EngineError};
use crate::state::pods::PodRecord;
use crate::state::{ContainerConfig, ContainerState, Status};

fn live(s: &ContainerState) -> bool {
    matches!(
        s.status,
        Status::Running | Status::Paused | Status::Restarting
    )
}

/// Errors of several containers as one (each on its own line, as podman lists them).
fn joined(errors: Vec<String>) -> Result<(), EngineError> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(EngineError::Conflict(errors.join("\n")))
    }
}

impl Engine {
    /// `pod start`: the infra container, the init containers (`--init-ctr`) one after
    /// the other to completion, then the others in the order they were made.
    pub fn start_pod(&self, input: &str) -> Result<PodRecord, EngineError> {
        let pod = self.pod(input)?;
        let mut errors = Vec::new();
        let members = self.pod_containers(&pod)?;
        if let Some((infra, s)) = members.iter().find(|(c, _)| c.infra)
            && !live(s)
        {
            self.start_detached(&infra.id)?;
        }
        for (c, s) in members.iter().filter(|(c, _)| !c.init_ctr.is_empty()) {
            if live(s) {
                continue;
            }
            self.start_detached(&c.id)?;
            let code = self.wait_container(&c.id)?;
            if code != 0 {
                return Err(EngineError::Conflict(format!(
                    "init container {} of pod {} exited with {code}: the pod's other containers were not started",
                    c.name, pod.name
                )));
            }
            if c.init_ctr == "once" {
                self.remove_container(&c.id, true, false)?;
            }
        }
        for (c, s) in members {
            if live(&s) || c.infra || !c.init_ctr.is_empty() {
                continue;
            }
            if let Err(e) = self.start_detached(&c.id) {
                if c.infra {
                    return Err(e);
                }
                errors.push(format!("starting container {}: {e}", c.name));
            }
        }
        self.pod_event(&pod, "start");
        joined(errors).map(|()| pod)
    }

    /// `pod stop`: every container but the infra one at once (each with its stop signal
    /// and `timeout`), then the infra container.
    pub fn stop_pod(&self, input: &str, timeout: Option<i64>) -> Result<PodRecord, EngineError> {
        let pod = self.pod(input)?;
        let members = self.pod_containers(&pod)?;
        self.stop_members(&members, timeout)?;
        self.pod_event(&pod, "stop");
        Ok(pod)
    }

    fn stop_members(
        &self,
        members: &[(ContainerConfig, ContainerState)],
        timeout: Option<i64>,
    ) -> Result<(), EngineError> {
        let stop = |c: &ContainerConfig| {
            self.stop_container(&c.id, timeout)
                .map_err(|e| format!("stopping container {}: {e}", c.name))
        };
        let errors: Vec<String> = std::thread::scope(|s| {
            let handles: Vec<_> = members
                .iter()
                .filter(|(c, st)| !c.infra && live(st))
                .map(|(c, _)| s.spawn(move || stop(c)))
                .collect();
            handles
                .into_iter()
                .filter_map(|h| {
                    h.join()
                        .unwrap_or_else(|_| Err("a stop failed".into()))
                        .err()
                })
                .collect()
        });
        let mut errors = errors;
        for (c, st) in members.iter().filter(|(c, _)| c.infra) {
            if live(st)
                && let Err(e) = stop(c)
            {
                errors.push(e);
            }
        }
        joined(errors)
    }

    /// `pod restart`: stopped, then started.
    pub fn restart_pod(&self, input: &str) -> Result<PodRecord, EngineError> {
        let pod = self.stop_pod(input, None)?;
        self.start_pod(&pod.id)
    }

    /// `pod kill`: `sig` to every running container of the pod (the infra one too).
    pub fn kill_pod(&self, input: &str, sig: i32) -> Result<PodRecord, EngineError> {
        let pod = self.pod(input)?;
        let members = self.pod_containers(&pod)?;
        if !members
            .iter()
            .any(|(_, s)| matches!(s.status, Status::Running | Status::Paused))
        {
            return Err(EngineError::Conflict(format!(
                "pod {} has no running containers to kill",
                pod.name
            )));
        }
        let mut errors = Vec::new();
        // the infra container last: the others may share its PID namespace
        for (c, s) in members.iter().rev() {
            if matches!(s.status, Status::Running | Status::Paused)
                && let Err(e) = self.kill_container(&c.id, sig)
            {
                errors.push(format!("killing container {}: {e}", c.name));
            }
        }
        self.pod_event(&pod, "kill");
        joined(errors).map(|()| pod)
    }

    /// `pod pause` / `pod unpause`: every running (paused) container of the pod.
    pub fn pause_pod(&self, input: &str, pause: bool) -> Result<PodRecord, EngineError> {
        let pod = self.pod(input)?;
        let want = if pause {
            Status::Running
        } else {
            Status::Paused
        };
        let mut errors = Vec::new();
        for (c, s) in self.pod_containers(&pod)? {
            if s.status == want
                && let Err(e) = self.pause_container(&c.id, pause)
            {
                errors.push(format!("container {}: {e}", c.name));
            }
        }
        self.pod_event(&pod, if pause { "pause" } else { "unpause" });
        joined(errors).map(|()| pod)
    }

    /// `pod top`: the processes of every running container of the pod (the infra
    /// container's pause process too), one table.
    pub fn pod_top(
        &self,
        pod: &PodRecord,
        ps_args: &[String],
    ) -> Result<crate::engine::container::top::Table, EngineError> {
        let mut table: Option<crate::engine::container::top::Table> = None;
        for (c, s) in self.pod_containers(pod)? {
            if !matches!(s.status, Status::Running | Status::Paused) {
                continue;
            }
            let t = self.top(&c.id, ps_args)?;
            match &mut table {
                Some(all) => all.rows.extend(t.rows),
                None => table = Some(t),
            }
        }
        table.ok_or_else(|| {
            EngineError::Conflict(format!("pod {} has no running containers", pod.name))
        })
    }

    /// `pod rm`: its containers (running ones only with `force`, stopped first within
    /// `timeout`), the infra container, the pod's cgroup and record. Returns the pod.
    pub fn remove_pod(
        &self,
        input: &str,
        force: bool,
        timeout: Option<i64>,
    ) -> Result<PodRecord, EngineError> {
        let pod = self.pod(input)?;
        let members = self.pod_containers(&pod)?;
        let running: Vec<&str> = members
            .iter()
            .filter(|(c, s)| !c.infra && live(s))
            .map(|(c, _)| c.name.as_str())
            .collect();
        if !force && !running.is_empty() {
            return Err(EngineError::Conflict(format!(
                "pod {} has running containers ({}): stop them first (skiff pod stop) or use --force",
                pod.name,
                running.join(", ")
            )));
        }
        // stopped with their stop signals first, unless no time is given for it (then
        // they are killed as they go, as `rm -f` does)
        if force && timeout != Some(0) {
            self.stop_members(&members, timeout)?;
        }
        // the containers at once, each under its own lock
        let errors: Vec<String> = std::thread::scope(|s| {
            let handles: Vec<_> = members
                .iter()
                .filter(|(c, _)| !c.infra)
                .map(|(c, _)| {
                    s.spawn(move || {
                        self.remove_container(&c.id, true, false)
                            .map_err(|e| format!("removing container {}: {e}", c.name))
                    })
                })
                .collect();
            handles
                .into_iter()
                .filter_map(|h| {
                    h.join()
                        .unwrap_or_else(|_| Err("a removal failed".into()))
                        .err()
                })
                .collect()
        });
        joined(errors)?;
        let pods = self.pods()?;
        {
            let lock = pods.lock()?;
            pods.delete(&pod.id, &lock)?;
        }
        if let Some(infra) = &pod.infra
            && self.containers()?.resolve(infra).is_ok()
        {
            self.remove_container(infra, true, false)?;
        }
        self.remove_pod_cgroup(&pod);
        self.remove_pod_dirs(&pod.id);
        self.pod_event(&pod, "remove");
        Ok(pod)
    }

    /// `pod prune`: every pod none of whose containers runs, with its containers.
    pub fn prune_pods(&self) -> Result<Vec<String>, EngineError> {
        let mut out = Vec::new();
        for row in self.list_pods()? {
            if row.containers.iter().any(|(_, s)| live(s)) {
                continue;
            }
            self.remove_pod(&row.pod.id, false, None)?;
            out.push(row.pod.id);
        }
        Ok(out)
    }

    /// After a container of a pod ended: with `--exit-policy=stop`, the infra container
    /// stops once no other container of the pod runs.
    pub(crate) fn pod_member_ended(&self, config: &ContainerConfig) {
        let Some(pod_id) = config.pod.as_deref() else {
            return;
        };
        // an init container ends by design, while the others have yet to start
        if config.infra || !config.init_ctr.is_empty() {
            return;
        }
        let Ok(pod) = self.pod(pod_id) else {
            return;
        };
        if pod.exit_policy != "stop" {
            return;
        }
        let Ok(members) = self.pod_containers(&pod) else {
            return;
        };
        if members
            .iter()
            .any(|(c, s)| !c.infra && c.id != config.id && live(s))
        {
            return;
        }
        for (c, s) in &members {
            if c.infra
                && live(s)
                && let Err(e) = self.stop_container(&c.id, None)
            {
                log::warn!("stopping the infra container of pod {}: {e}", pod.name);
            }
        }
    }

    /// Refuses to remove a pod's infra container while the pod exists.
    pub(crate) fn check_not_infra(&self, config: &ContainerConfig) -> Result<(), EngineError> {
        if !config.infra {
            return Ok(());
        }
        match config.pod.as_deref().map(|p| self.pod(p)) {
            Some(Ok(pod)) => Err(EngineError::Conflict(format!(
                "container {} is the infra container of pod {}: remove the pod instead (skiff pod rm)",
                config.name, pod.name
            ))),
            _ => Ok(()),
        }
    }
}
