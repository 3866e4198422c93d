//! `exec`: a new process in a running container, with its namespaces, cgroup, capabilities,
//! seccomp filter and no-new-privileges, and its user, environment and working directory
//! unless overridden. In the foreground the CLI supervises it like `run`; with `-d` a
//! small helper in a session of its own waits for it.

use std::io::{Read, Write};
use std::os::fd::OwnedFd;

use crate::engine::{Engine, EngineError};
use crate::runtime::cgroups::Cgroup;
use crate::runtime::launch::{self, StartError};
use crate::spec::ExecRequest;
use crate::state::{ContainerConfig, ContainerState, Status};
use crate::sys::process::Fork;

fn start_error(e: StartError) -> EngineError {
    match e {
        StartError::Setup(message) => EngineError::Start { exit: 125, message },
        StartError::Child { exit, message } => EngineError::Start { exit, message },
    }
}

impl Engine {
    fn exec_target(&self, input: &str) -> Result<(ContainerConfig, ContainerState), EngineError> {
        let id = self.containers()?.resolve(input)?;
        let (mut config, state) = self.load_container(&id)?;
        // what `--secret …,type=env` gives the container, its commands get too
        if config.secrets.iter().any(|u| u.env.is_some()) {
            let env = self.secret_env(&config.secrets)?;
            config.spec.process.env =
                crate::spec::merge_env(std::mem::take(&mut config.spec.process.env), &env);
        }
        match state.status {
            Status::Running => Ok((config, state)),
            Status::Paused => Err(EngineError::Conflict(format!(
                "container {} is paused, unpause the container before exec",
                config.name
            ))),
            _ => Err(EngineError::Conflict(format!(
                "container {} is not running: cannot exec in a stopped container",
                config.name
            ))),
        }
    }

    /// Runs the command attached to our stdio; returns its exit status. Must be called while
    /// single-threaded.
    pub fn exec_attached(&self, input: &str, req: &ExecRequest) -> Result<i32, EngineError> {
        self.exec_detachable(input, req, Vec::new())
            .map(|code| code.unwrap_or(0))
    }

    /// `exec -it` whose stdin may bring the detach sequence `keys` (empty: none): `None`
    /// when the client detached and the command goes on.
    pub fn exec_detachable(
        &self,
        input: &str,
        req: &ExecRequest,
        keys: Vec<u8>,
    ) -> Result<Option<i32>, EngineError> {
        let (config, state) = self.exec_target(input)?;
        let spec = crate::spec::exec_spec(&config.spec, req)?;
        let cgroup = Cgroup {
            version: state.cgroup_version,
            dirs: state.cgroup.clone(),
        };
        self.event(&config, "exec_start", &[("execID", req.command.join(" "))]);
        let started = launch::exec_start(
            Self::namespace_pid(&config, &state),
            &spec,
            Some(&cgroup),
            None,
        )
        .map_err(start_error)?;
        if req.tty && req.interactive && !keys.is_empty() {
            let ended = launch::supervise_detachable(started, keys);
            if let Some(code) = ended {
                self.event(&config, "exec_die", &[("exitCode", code.to_string())]);
            }
            return Ok(ended);
        }
        let code = launch::supervise(started, req.interactive);
        self.event(&config, "exec_die", &[("exitCode", code.to_string())]);
        Ok(Some(code))
    }

    /// `exec -d`: starts the command and returns once it runs (or failed to). A helper
    /// process, forked from this one and in its own session, reaps it later.
    pub fn exec_detached(&self, input: &str, req: &ExecRequest) -> Result<(), EngineError> {
        let (config, state) = self.exec_target(input)?;
        let spec = crate::spec::exec_spec(&config.spec, req)?;
        let cgroup = Cgroup {
            version: state.cgroup_version,
            dirs: state.cgroup.clone(),
        };
        let pid = Self::namespace_pid(&config, &state);
        let (mut report_r, report_w) =
            std::io::pipe().map_err(|e| EngineError::Other(format!("creating a pipe: {e}")))?;
        match crate::sys::process::fork()
            .map_err(|e| EngineError::Other(format!("creating a process: {e}")))?
        {
            Fork::Child => {
                drop(report_r);
                let _ = crate::sys::process::new_session();
                let code = helper(pid, &spec, &cgroup, report_w);
                crate::sys::process::exit_now(code)
            }
            Fork::Parent(_) => {
                drop(report_w);
                let mut line = String::new();
                let _ = report_r.read_to_string(&mut line);
                self.event(&config, "exec_start", &[("execID", req.command.join(" "))]);
                let line = line.trim_end();
                if line == "ok" {
                    return Ok(());
                }
                let (code, msg) = line
                    .strip_prefix("err ")
                    .and_then(|r| r.split_once(' '))
                    .unwrap_or(("125", "the exec helper ended early"));
                Err(EngineError::Start {
                    exit: code.parse().unwrap_or(125),
                    message: msg.to_string(),
                })
            }
        }
    }
}

/// The `exec -d` helper: starts the command with /dev/null as stdio, reports, waits.
fn helper(
    init_pid: i32,
    spec: &crate::oci::runtime::RuntimeSpec,
    cgroup: &Cgroup,
    mut report: std::io::PipeWriter,
) -> i32 {
    let null = || -> Option<OwnedFd> {
        std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/null")
            .ok()
            .map(OwnedFd::from)
    };
    let (Some(a), Some(b), Some(c)) = (null(), null(), null()) else {
        let _ = report.write_all(b"err 125 cannot open /dev/null\n");
        return 125;
    };
    match launch::exec_start(init_pid, spec, Some(cgroup), Some(&[a, b, c])) {
        Ok(started) => {
            let _ = report.write_all(b"ok\n");
            drop(report);
            launch::supervise(started, false)
        }
        Err(e) => {
            let e = start_error(e);
            let _ = writeln!(report, "err {} {}", e.exit_code(), e);
            e.exit_code()
        }
    }
}
