//! Starting a container in the foreground: cgroup, process, then supervising it until it
//! exits and recording how it ended. Used by `run` and `start -a`.

use crate::engine::{Engine, EngineError};
use crate::runtime::cgroups::{self, Cgroup, Hierarchy};
use crate::runtime::launch::{self, StartError};
use crate::runtime::pty;
use crate::state::{ContainerState, Status, Watcher};
use crate::util::time::now_rfc3339;

impl Engine {
    /// Runs the container attached to our stdio until it exits; returns docker's exit status.
    /// Must be called while the process is single-threaded.
    pub fn start_attached(&self, id: &str) -> Result<i32, EngineError> {
        let containers = self.containers()?;
        let lock = containers.lock(id)?;
        let (config, state) = self.load_container(id)?;
        if matches!(state.status, Status::Running | Status::Paused) {
            return Err(EngineError::Conflict(format!(
                "container {} is already running",
                config.name
            )));
        }
        let spec = &config.spec;
        let hierarchy = Hierarchy::detect()?;
        let device_rules: Vec<String> = if spec.linux.privileged {
            vec!["a *:* rwm".to_string()]
        } else {
            cgroups::DEFAULT_DEVICES
                .iter()
                .map(|s| s.to_string())
                .chain(
                    spec.linux
                        .devices
                        .iter()
                        .map(|d| format!("{} {}:{} {}", d.kind, d.major, d.minor, d.access)),
                )
                .collect()
        };
        let plan = cgroups::plan(
            &hierarchy,
            &spec.linux.cgroups_path,
            &format!("skiff-{id}"),
            &spec.linux.resources,
            &device_rules,
        )?;
        let cgroup = plan.apply()?;
        let tty = if spec.process.terminal {
            match pty::open() {
                Ok(p) => Some(p),
                Err(e) => {
                    cgroup.remove();
                    return Err(EngineError::Other(format!("allocating a terminal: {e}")));
                }
            }
        } else {
            None
        };
        let mut record = |pid: i32| {
            let now = ContainerState {
                status: Status::Running,
                pid,
                pid_start: crate::sys::process::process_start_time(pid).unwrap_or(0),
                boot_id: crate::sys::process::boot_id(),
                watcher: Watcher::this_process(),
                started_at: Some(now_rfc3339()),
                finished_at: None,
                exit_code: 0,
                oom_killed: false,
                error: String::new(),
                cgroup: cgroup.dirs.clone(),
                cgroup_version: cgroup.version,
            };
            containers
                .save_state(id, &now, &lock)
                .map_err(|e| format!("recording the container's state: {e}"))
        };
        let started = match launch::start(spec, Some(&cgroup), tty, &mut record) {
            Ok(s) => s,
            Err(e) => {
                cgroup.remove();
                let (exit, message) = match e {
                    StartError::Setup(m) => (125, m),
                    StartError::Child { exit, message } => (exit, message),
                };
                let failed = ContainerState {
                    status: Status::Created,
                    exit_code: exit,
                    error: message.clone(),
                    ..state
                };
                containers.save_state(id, &failed, &lock)?;
                drop(lock);
                if config.auto_remove {
                    let _ = self.remove_container(id, true, true);
                }
                return Err(EngineError::Start { exit, message });
            }
        };
        drop(lock);

        let code = launch::supervise(started, spec.process.open_stdin);
        if config.auto_remove {
            cgroup.remove();
            self.remove_container(id, true, true)?;
        } else {
            self.record_exit(id, &cgroup, code)?;
        }
        Ok(code)
    }

    /// Records the end of the container's process and removes its cgroup.
    fn record_exit(&self, id: &str, cgroup: &Cgroup, code: i32) -> Result<(), EngineError> {
        let containers = self.containers()?;
        let lock = containers.lock(id)?;
        let mut state = containers.state(id)?;
        let oom = cgroup.oom_killed();
        cgroup.remove();
        state.status = Status::Exited;
        state.exit_code = code;
        state.oom_killed = oom;
        state.pid = 0;
        state.finished_at = Some(now_rfc3339());
        state.cgroup = Vec::new();
        containers.save_state(id, &state, &lock)?;
        Ok(())
    }
}
