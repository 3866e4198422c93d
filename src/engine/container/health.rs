//! Health checks: the container's check command run inside it (like `exec`), its result
//! kept in `State.Health` (status, failing streak, the last five results) — by the monitor
//! every interval, or on demand by `healthcheck run`.

use std::os::fd::OwnedFd;
use std::time::{Duration, Instant};

use crate::engine::{Engine, EngineError};
use crate::monitor::Hooks;
use crate::runtime::cgroups::Cgroup;
use crate::runtime::launch;
use crate::state::{Health, HealthLog, Status};
use crate::util::time::now_rfc3339;

/// docker keeps the last five results and 4 KiB of each one's output.
const KEEP: usize = 5;
const MAX_OUTPUT: usize = 4096;

/// Exit status recorded when the check did not finish in time (docker's -1).
const TIMED_OUT: i32 = -1;

impl Engine {
    /// Runs the check once and records the result; returns the health status after it.
    pub fn run_health_check(&self, input: &str) -> Result<String, EngineError> {
        let id = self.containers()?.resolve(input)?;
        let (config, state) = self.load_container(&id)?;
        let Some(check) = config.healthcheck.clone() else {
            return Err(EngineError::Invalid(format!(
                "container {} has no health check",
                config.name
            )));
        };
        if state.status != Status::Running {
            return Err(EngineError::Conflict(format!(
                "container {} is not running",
                config.name
            )));
        }
        let command = match check.test.first().map(String::as_str) {
            Some("CMD-SHELL") => vec!["/bin/sh".into(), "-c".into(), check.test[1..].join(" ")],
            _ => check.test[1..].to_vec(),
        };
        let req = crate::spec::ExecRequest {
            command,
            ..Default::default()
        };
        let spec = crate::spec::exec_spec(&config.spec, &req)?;
        let cgroup = Cgroup {
            version: state.cgroup_version,
            dirs: state.cgroup.clone(),
        };
        let start = now_rfc3339();
        let (code, output) = run_check(
            Self::namespace_pid(&config, &state),
            &spec,
            &cgroup,
            check.timeout(),
        );
        let entry = HealthLog {
            start,
            end: now_rfc3339(),
            exit_code: code,
            output,
        };
        // Record it.
        let containers = self.containers()?;
        let lock = containers.lock(&id)?;
        let mut s = containers.state(&id)?;
        let mut h = s.health.clone().unwrap_or(Health {
            status: "starting".into(),
            ..Default::default()
        });
        let in_start_period = s
            .started_at
            .as_deref()
            .and_then(crate::util::time::parse_rfc3339)
            .is_some_and(|t| crate::util::time::since(t) < check.start_period());
        let before = h.status.clone();
        if code == 0 {
            h.status = "healthy".into();
            h.failing_streak = 0;
        } else if !in_start_period {
            h.failing_streak += 1;
            if h.failing_streak >= check.retries() {
                h.status = "unhealthy".into();
            }
        }
        h.log.push(entry);
        let excess = h.log.len().saturating_sub(KEEP);
        h.log.drain(..excess);
        let status = h.status.clone();
        s.health = Some(h);
        containers.save_state(&id, &s, &lock)?;
        drop(lock);
        if status != before {
            self.event(&config, &format!("health_status: {status}"), &[]);
        }
        Ok(status)
    }
}

/// Runs the check process; its output (stdout and stderr together, first 4 KiB) and status,
/// killing it when `timeout` passes.
fn run_check(
    init_pid: i32,
    spec: &crate::oci::runtime::RuntimeSpec,
    cgroup: &Cgroup,
    timeout: Duration,
) -> (i32, String) {
    let pipe = rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC);
    let null = std::fs::File::open("/dev/null").map(OwnedFd::from);
    let (Ok((r, w)), Ok(null)) = (pipe, null) else {
        return (TIMED_OUT, "cannot create the check's stdio".into());
    };
    let Ok(w2) = w.try_clone() else {
        return (TIMED_OUT, "cannot create the check's stdio".into());
    };
    let started = match launch::exec_start(init_pid, spec, Some(cgroup), Some(&[null, w, w2])) {
        Ok(s) => s,
        Err(e) => return (126, e.to_string()),
    };
    let pid = started.pid;
    let deadline = Instant::now() + timeout;
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    // Read until the check closes its output (it exits) or time is up.
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        match crate::sys::wait_readable(&r, left) {
            Ok(false) | Err(_) => break,
            Ok(true) => match rustix::io::read(&r, &mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if out.len() < MAX_OUTPUT {
                        out.extend_from_slice(&buf[..n.min(MAX_OUTPUT - out.len())]);
                    }
                }
            },
        }
    }
    let timed_out = Instant::now() >= deadline;
    if timed_out {
        let _ = crate::sys::signal::send(pid, libc::SIGKILL);
    }
    let code = crate::sys::process::wait_exit(pid).unwrap_or(TIMED_OUT);
    if timed_out {
        return (
            TIMED_OUT,
            format!("Health check exceeded timeout ({timeout:?})"),
        );
    }
    (code, String::from_utf8_lossy(&out).into_owned())
}

/// The monitor's timed work: a check every interval while the container runs, and what
/// `--health-on-failure` asks for once it turns unhealthy.
pub struct HealthHooks<'a> {
    pub engine: &'a Engine,
    pub id: String,
    pub check: crate::state::HealthConfig,
    /// When the container started (the start period counts from it).
    pub started: Instant,
    pub next: Instant,
    /// The container's process, its stop signal and stop timeout.
    pub pid: i32,
    pub stop: (i32, Duration),
    /// A `stop` sent, SIGKILL due then.
    pub kill_at: Option<Instant>,
    /// `restart` asked for: the monitor starts the container again whatever its policy.
    pub restart: bool,
    /// The failure action has been taken for this run.
    pub acted: bool,
}

impl HealthHooks<'_> {
    /// `--health-on-failure`: what to do, once, when the check says unhealthy.
    fn on_unhealthy(&mut self) {
        let action = self.check.on_failure.as_str();
        if matches!(action, "" | "none") || self.acted {
            return;
        }
        self.acted = true;
        log::warn!("container {} is unhealthy: {action}", self.id);
        match action {
            "kill" => {
                let _ = self.engine.mark_manual_stop(&self.id);
                let _ = crate::sys::signal::send(self.pid, libc::SIGKILL);
            }
            "stop" => {
                let _ = self.engine.mark_manual_stop(&self.id);
                let _ = crate::sys::signal::send(self.pid, self.stop.0);
                self.kill_at = Some(Instant::now() + self.stop.1);
            }
            "restart" => {
                self.restart = true;
                let _ = crate::sys::signal::send(self.pid, self.stop.0);
                self.kill_at = Some(Instant::now() + self.stop.1);
            }
            _ => {}
        }
    }
}

impl Hooks for HealthHooks<'_> {
    fn next_tick(&self) -> Option<Instant> {
        Some(match self.kill_at {
            Some(k) => k.min(self.next),
            None => self.next,
        })
    }

    fn tick(&mut self) {
        let now = Instant::now();
        if self.kill_at.is_some_and(|k| now >= k) {
            self.kill_at = None;
            let _ = crate::sys::signal::send(self.pid, libc::SIGKILL);
        }
        if now < self.next {
            return;
        }
        match self.engine.run_health_check(&self.id) {
            Ok(status) if status == "unhealthy" => self.on_unhealthy(),
            Ok(_) => {}
            Err(e) => log::debug!("health check of {}: {e}", self.id),
        }
        self.next = Instant::now() + self.check.next_check(self.started.elapsed());
    }
}
