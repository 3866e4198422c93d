//! `stop`, `kill`, `restart`, `pause`, `unpause`: signals and the freezer, straight from the
//! state files. Whoever watches the container (its monitor or a foreground CLI) records the
//! exit; `stop` and `kill` first mark the container as stopped by hand so that its restart
//! policy leaves it alone.

use std::time::{Duration, Instant};

use crate::engine::{Engine, EngineError};
use crate::runtime::cgroups::Cgroup;
use crate::state::{ContainerConfig, ContainerState, Status};

/// docker's default `stop` timeout.
pub(super) const DEFAULT_STOP_TIMEOUT: i64 = 10;

fn send(pid: i32, sig: i32) -> Result<(), EngineError> {
    if pid <= 0 {
        return Err(EngineError::Other(format!("bad pid {pid}")));
    }
    match crate::sys::signal::send(pid, sig) {
        Ok(()) => Ok(()),
        Err(e) if e.raw_os_error() == Some(libc::ESRCH) => Ok(()),
        Err(e) if e.raw_os_error() == Some(libc::EINVAL) => {
            Err(EngineError::Invalid(format!("invalid signal {sig}")))
        }
        Err(e) => Err(EngineError::Other(format!("signalling pid {pid}: {e}"))),
    }
}

/// Waits (without polling: a pidfd becomes readable when the process ends) for `pid` to
/// exit; false when `timeout` passed first.
pub fn wait_exit(pid: i32, start_time: u64, timeout: Duration) -> bool {
    let alive = || crate::sys::process::process_start_time(pid) == Some(start_time);
    let Some(fd) = crate::sys::process::pidfd(pid) else {
        return !alive();
    };
    if !alive() {
        return true;
    }
    match crate::sys::wait_readable(&fd, timeout) {
        Ok(true) => true,
        Ok(false) | Err(_) => !alive(),
    }
}

fn cgroup_of(s: &ContainerState) -> Cgroup {
    Cgroup {
        version: s.cgroup_version,
        dirs: s.cgroup.clone(),
    }
}

impl Engine {
    /// The container (by name or ID prefix) with its state as it is now.
    fn running(&self, input: &str) -> Result<(ContainerConfig, ContainerState), EngineError> {
        let id = self.containers()?.resolve(input)?;
        self.load_container(&id)
    }

    /// Marks a container as stopped by hand (its restart policy then leaves it alone).
    pub(super) fn mark_manual_stop(&self, id: &str) -> Result<ContainerState, EngineError> {
        let containers = self.containers()?;
        let lock = containers.lock(id)?;
        let mut s = containers.state(id)?;
        s.manual_stop = true;
        containers.save_state(id, &s, &lock)?;
        Ok(s.reconciled())
    }

    /// `stop`: the stop signal, then SIGKILL after `timeout` seconds (the container's own,
    /// else 10). A container that is not running is left as it is.
    pub fn stop_container(&self, input: &str, timeout: Option<i64>) -> Result<(), EngineError> {
        let (config, _) = self.running(input)?;
        let sig = match &config.stop_signal {
            Some(s) => crate::util::units::parse_signal(s).map_err(EngineError::Invalid)?,
            None => libc::SIGTERM,
        };
        self.stop_with(&config.id, sig, timeout)
    }

    /// `stop --signal SIG`.
    pub fn stop_with(
        &self,
        input: &str,
        sig: i32,
        timeout: Option<i64>,
    ) -> Result<(), EngineError> {
        let (config, _) = self.running(input)?;
        let state = self.mark_manual_stop(&config.id)?;
        if !matches!(state.status, Status::Running | Status::Paused) {
            return Ok(());
        }
        // -1: wait for ever (a century stands in for it: Instant must not overflow)
        let secs = match timeout
            .or(config.stop_timeout)
            .unwrap_or(DEFAULT_STOP_TIMEOUT)
        {
            -1 => u64::from(u32::MAX),
            t => t.clamp(0, i64::from(u32::MAX)) as u64,
        };
        self.event(&config, "kill", &[("signal", sig.to_string())]);
        send(state.pid, sig)?;
        if state.status == Status::Paused {
            let _ = self.set_frozen(&state, false);
        }
        if !wait_exit(state.pid, state.pid_start, Duration::from_secs(secs)) {
            self.event(&config, "kill", &[("signal", "9".into())]);
            send(state.pid, libc::SIGKILL)?;
            wait_exit(state.pid, state.pid_start, Duration::from_secs(10));
        }
        self.wait_recorded(&config.id);
        self.event(&config, "stop", &[]);
        Ok(())
    }

    /// Waits briefly until the container's watcher has recorded its exit.
    fn wait_recorded(&self, id: &str) {
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            match self.load_container(id) {
                Ok((_, s)) if matches!(s.status, Status::Running | Status::Paused) => {}
                _ => return,
            }
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    /// `restart`: stop (if running), then start under a new monitor.
    /// Stops (with `signal`, else its stop signal) and starts the container again.
    pub fn restart_container(
        &self,
        input: &str,
        timeout: Option<i64>,
        signal: Option<i32>,
    ) -> Result<(), EngineError> {
        let (config, _) = self.running(input)?;
        match signal {
            Some(sig) => self.stop_with(&config.id, sig, timeout)?,
            None => self.stop_container(&config.id, timeout)?,
        }
        self.start_detached(&config.id)?;
        self.event(&config, "restart", &[]);
        Ok(())
    }

    /// Containers to bring back at boot (`start --all-restartable`): restart policy
    /// `always`, or `unless-stopped` without a manual stop; not running now.
    pub fn restartable(&self) -> Result<Vec<String>, EngineError> {
        let containers = self.containers()?;
        let mut out = Vec::new();
        for id in containers.ids()? {
            let Ok((config, state)) = self.load_container(&id) else {
                continue;
            };
            let wanted = match config.restart_policy.name.as_str() {
                "always" => true,
                "unless-stopped" => !state.manual_stop,
                _ => false,
            };
            if wanted
                && !matches!(
                    state.status,
                    Status::Running | Status::Paused | Status::Restarting
                )
            {
                out.push(config.name);
            }
        }
        Ok(out)
    }

    /// `kill -s SIG`.
    pub fn kill_container(&self, input: &str, sig: i32) -> Result<(), EngineError> {
        let (config, state) = self.running(input)?;
        if !matches!(state.status, Status::Running | Status::Paused) {
            return Err(EngineError::Conflict(format!(
                "cannot kill container {}: container is not running",
                config.name
            )));
        }
        let state = self.mark_manual_stop(&config.id)?;
        self.event(&config, "kill", &[("signal", sig.to_string())]);
        send(state.pid, sig)?;
        if sig == libc::SIGKILL {
            if state.status == Status::Paused {
                let _ = self.set_frozen(&state, false);
            }
            wait_exit(state.pid, state.pid_start, Duration::from_secs(10));
            self.wait_recorded(&config.id);
        }
        Ok(())
    }

    /// `pause` / `unpause`: the cgroup freezer (v1 `freezer.state`, v2 `cgroup.freeze`).
    pub fn pause_container(&self, input: &str, pause: bool) -> Result<(), EngineError> {
        let (config, state) = self.running(input)?;
        let want = if pause {
            Status::Running
        } else {
            Status::Paused
        };
        if state.status != want {
            return Err(EngineError::Conflict(if pause {
                format!("container {} is not running", config.name)
            } else {
                format!("container {} is not paused", config.name)
            }));
        }
        let containers = self.containers()?;
        let lock = containers.lock(&config.id)?;
        self.set_frozen(&state, pause)?;
        let mut s = containers.state(&config.id)?;
        s.status = if pause {
            Status::Paused
        } else {
            Status::Running
        };
        containers.save_state(&config.id, &s, &lock)?;
        self.event(&config, if pause { "pause" } else { "unpause" }, &[]);
        Ok(())
    }

    fn set_frozen(&self, state: &ContainerState, frozen: bool) -> Result<(), EngineError> {
        let cg = cgroup_of(state);
        cg.freeze(frozen).map_err(|e| {
            EngineError::Other(format!(
                "{} the container: {e}",
                if frozen { "pausing" } else { "unpausing" }
            ))
        })
    }
}
