//! Detached containers: `start_detached` re-executes skiff as `__monitor ID` in a session of
//! its own and waits for its report of the first start; the monitor (`monitor_container`)
//! starts the container with pipes or a pty, supervises it (logs, attach socket), records
//! each exit and restarts it as its policy says, with docker's growing back-off.

use std::io::{BufRead, BufReader, Write};
use std::os::fd::OwnedFd;
use std::os::unix::net::UnixListener;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::start::Stdio;
use crate::engine::{Engine, EngineError};
use crate::monitor::logs::{self, Stream};
use crate::monitor::{self, Io, NoHooks};
use crate::state::{ContainerConfig, Status};

/// docker's restart back-off: 100 ms doubling up to a minute, reset after 10 s of running.
const BACKOFF_START: Duration = Duration::from_millis(100);
const BACKOFF_MAX: Duration = Duration::from_secs(60);
const RESET_AFTER: Duration = Duration::from_secs(10);
/// How long a container started for a foreground `run -it` keeps its output for the CLI
/// that is about to attach.
const HOLD_FOR_CLIENT: Duration = Duration::from_secs(10);

fn pipe() -> Result<(OwnedFd, OwnedFd), EngineError> {
    rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)
        .map_err(|e| EngineError::Other(format!("creating a pipe: {e}")))
}

/// The log writer the container's log config asks for (`None`: no log kept).
pub fn log_writer(
    config: &ContainerConfig,
    path: &std::path::Path,
) -> Result<Option<Box<dyn logs::Sink>>, EngineError> {
    let format = match config.log_config.kind.as_str() {
        "json-file" | "" => logs::Format::JsonFile,
        "k8s-file" => logs::Format::K8sFile,
        "none" | "passthrough" => return Ok(None),
        "journald" => {
            let tag = config.log_config.config.get("tag").unwrap_or(&config.name);
            let j = crate::monitor::journal::Journal::open(
                std::path::Path::new(crate::monitor::journal::SOCKET),
                &config.id,
                &config.name,
                tag,
            )
            .map_err(|e| EngineError::Other(format!("journald: {e}")))?;
            return Ok(Some(Box::new(j)));
        }
        other => {
            return Err(EngineError::Invalid(format!(
                "log driver {other:?} is not supported"
            )));
        }
    };
    let opt = |k: &str| config.log_config.config.get(k);
    let max_size = match opt("max-size") {
        Some(v) => crate::util::units::parse_size(v).map_err(EngineError::Invalid)?,
        None => 0,
    };
    let max_files = opt("max-file").and_then(|v| v.parse().ok()).unwrap_or(1);
    logs::Writer::open(path, format, max_size, max_files)
        .map(|w| Some(Box::new(w) as Box<dyn logs::Sink>))
        .map_err(|e| EngineError::Other(format!("opening the log {}: {e}", path.display())))
}

impl Engine {
    /// Where the container's log is (`inspect`'s LogPath).
    pub fn log_path(&self, id: &str) -> Result<PathBuf, EngineError> {
        Ok(self.containers()?.dir(id).join("ctr.log"))
    }

    /// The monitor's life. `report` hears about the first start (then the caller detaches
    /// from whoever waits for it). With `hold_first`, the first start's output waits for
    /// the client that attaches next (see `start_for_attach`). Returns the last exit status.
    pub fn monitor_container(
        &self,
        id: &str,
        hold_first: bool,
        report: &mut dyn FnMut(Result<(), &EngineError>),
    ) -> Result<i32, EngineError> {
        let sock = crate::monitor::attach::socket_path(&self.context().runroot, id);
        let listener: Option<UnixListener> = match crate::monitor::attach::bind(&sock) {
            Ok(l) => l.set_nonblocking(true).ok().map(|()| l),
            Err(e) => {
                log::warn!("attach socket {}: {e}", sock.display());
                None
            }
        };
        let mut first = true;
        let mut backoff = BACKOFF_START;
        let result = loop {
            let (config, _) = self.load_container(id)?;
            let mut log = match log_writer(&config, &self.log_path(id)?) {
                Ok(l) => l,
                Err(e) => {
                    report(Err(&e));
                    break Err(e);
                }
            };
            let began = Instant::now();
            let launched = self.launch_monitored(id, &config);
            let (mut l, mut io) = match launched {
                Ok(v) => v,
                Err(e) if first => {
                    report(Err(&e));
                    break Err(e);
                }
                Err(e) => {
                    log::warn!("restarting {}: {e}", config.name);
                    if !self.wait_to_restart(id, &config, e.exit_code(), &mut backoff) {
                        break Ok(e.exit_code());
                    }
                    continue;
                }
            };
            if first {
                report(Ok(()));
                if hold_first {
                    io.hold = Some(Instant::now() + HOLD_FOR_CLIENT);
                }
                first = false;
            }
            let (code, health_restart) = self.supervise(&l, io, &mut log, listener.as_ref());
            drop(log);
            l.release_ports();
            self.container_ended(&l.config, &l.cgroup, code)?;
            if began.elapsed() >= RESET_AFTER {
                backoff = BACKOFF_START;
            }
            if health_restart && self.containers()?.state(id).is_ok_and(|s| !s.manual_stop) {
                // --health-on-failure=restart: again at once, whatever the restart policy
                let containers = self.containers()?;
                if let Ok(lock) = containers.lock(id)
                    && let Ok(mut s) = containers.state(id)
                {
                    s.restart_count += 1;
                    let _ = containers.save_state(id, &s, &lock);
                }
                self.event(&config, "restart", &[]);
                continue;
            }
            if !self.wait_to_restart(id, &config, code, &mut backoff) {
                break Ok(code);
            }
        };
        if listener.is_some() {
            let _ = std::fs::remove_file(&sock);
            let _ = sock.parent().map(std::fs::remove_dir);
        }
        result
    }

    /// Starts the container with pipes (or its pty) whose other ends the monitor keeps.
    fn launch_monitored(
        &self,
        id: &str,
        config: &ContainerConfig,
    ) -> Result<(super::start::Launched, Io), EngineError> {
        let tty = config.spec.process.terminal;
        let interactive = config.spec.process.open_stdin;
        if tty {
            let l = self.launch_container(id, Stdio::Inherit)?;
            let master = l.started.pty.as_ref().and_then(|m| m.try_clone().ok());
            let io = Io {
                outputs: master
                    .as_ref()
                    .and_then(|m| m.try_clone().ok())
                    .map(|m| vec![(m, Stream::Stdout)])
                    .unwrap_or_default(),
                stdin: if interactive {
                    master.as_ref().and_then(|m| m.try_clone().ok())
                } else {
                    None
                },
                pty: master,
                echo: false,
                hold: None,
            };
            return Ok((l, io));
        }
        let (out_r, out_w) = pipe()?;
        let (err_r, err_w) = pipe()?;
        let (stdin_child, stdin_ours) = if interactive {
            let (r, w) = pipe()?;
            (r, Some(w))
        } else {
            let null = std::fs::File::open("/dev/null")
                .map_err(|e| EngineError::Other(format!("/dev/null: {e}")))?;
            (OwnedFd::from(null), None)
        };
        let l = self.launch_container(id, Stdio::Fds([stdin_child, out_w, err_w]))?;
        Ok((
            l,
            Io {
                outputs: vec![(out_r, Stream::Stdout), (err_r, Stream::Stderr)],
                stdin: stdin_ours,
                pty: None,
                echo: false,
                hold: None,
            },
        ))
    }

    /// Whether the restart policy brings the container back after it ended with `code`;
    /// if so, waits out the back-off (as "restarting") unless a `stop` comes first.
    fn wait_to_restart(
        &self,
        id: &str,
        config: &ContainerConfig,
        code: i32,
        backoff: &mut Duration,
    ) -> bool {
        let Ok(containers) = self.containers() else {
            return false;
        };
        let Ok(state) = containers.state(id) else {
            return false; // removed
        };
        // the policy as it is now (`update --restart` may have changed it meanwhile)
        let fresh = containers.config(id).ok();
        let config = fresh.as_ref().unwrap_or(config);
        let p = &config.restart_policy;
        let wanted = match p.name.as_str() {
            "always" | "unless-stopped" => true,
            "on-failure" => {
                code != 0
                    && (p.maximum_retry_count == 0 || state.restart_count < p.maximum_retry_count)
            }
            _ => false,
        };
        if !wanted || state.manual_stop || config.auto_remove {
            return false;
        }
        if let Ok(lock) = containers.lock(id) {
            let mut s = containers.state(id).unwrap_or(state);
            s.status = Status::Restarting;
            s.restart_count += 1;
            s.watcher = crate::state::Watcher::this_process();
            let _ = containers.save_state(id, &s, &lock);
        }
        let until = Instant::now() + *backoff;
        *backoff = (*backoff * 2).min(BACKOFF_MAX);
        while Instant::now() < until {
            std::thread::sleep((until - Instant::now()).min(Duration::from_millis(100)));
            if containers.state(id).map_or(true, |s| s.manual_stop) {
                return false;
            }
        }
        self.event(config, "restart", &[]);
        true
    }

    /// Starts the container under a monitor process of its own (`skiff __monitor ID`) and
    /// returns once it runs, or with the reason it did not start.
    pub fn start_detached(&self, id: &str) -> Result<(), EngineError> {
        let (config, state) = self.load_container(id)?;
        if matches!(state.status, Status::Running | Status::Paused) {
            return Ok(());
        }
        self.start_required(&config, 0)?;
        self.spawn_monitor(id, false).map(drop)
    }

    /// `--requires`: the containers `config` needs, started first (theirs before them).
    pub(super) fn start_required(
        &self,
        config: &ContainerConfig,
        depth: usize,
    ) -> Result<(), EngineError> {
        if config.requires.is_empty() {
            return Ok(());
        }
        if depth > 16 {
            return Err(EngineError::Invalid(format!(
                "container {}: --requires goes round in a circle",
                config.name
            )));
        }
        for r in &config.requires {
            let (rc, rs) = self.load_container(r)?;
            if !matches!(rs.status, Status::Running | Status::Paused) {
                self.start_required(&rc, depth + 1)?;
                self.spawn_monitor(r, false)?;
            }
        }
        Ok(())
    }

    /// Starts the container under its monitor for a CLI that attaches next (`run -it`,
    /// `start -ai`, `run -a`, `--sig-proxy=false`): its first output waits for that client,
    /// its pty takes the size of our terminal, and detaching leaves it running. `None`: it
    /// was running already (docker's `start -ai` then just attaches).
    pub fn start_for_attach(&self, id: &str) -> Result<Option<MonitorProcess>, EngineError> {
        let (config, state) = self.load_container(id)?;
        if matches!(state.status, Status::Running | Status::Paused) {
            return Ok(None);
        }
        self.start_required(&config, 0)?;
        let child = self.spawn_monitor(id, true)?;
        let p = &config.restart_policy.name;
        Ok(Some(MonitorProcess {
            child,
            ends_with_container: config.auto_remove || p.is_empty() || p == "no",
        }))
    }

    /// Whether the container has a terminal (`-t`) and keeps stdin open (`-i`).
    pub fn container_terminal(&self, id: &str) -> Result<(bool, bool), EngineError> {
        let config = self.containers()?.config(id)?;
        Ok((config.spec.process.terminal, config.spec.process.open_stdin))
    }

    /// The streams `create -a`/`run -a` named (stdin, stdout, stderr), if any.
    pub fn container_attach(&self, id: &str) -> Result<Option<[bool; 3]>, EngineError> {
        Ok(self.containers()?.config(id)?.attach)
    }

    fn spawn_monitor(&self, id: &str, hold: bool) -> Result<std::process::Child, EngineError> {
        let ctx = self.context();
        let exe = std::env::current_exe()
            .map_err(|e| EngineError::Other(format!("finding the skiff binary: {e}")))?;
        let mut child = std::process::Command::new(exe)
            .arg("--root")
            .arg(&ctx.root)
            .arg("--runroot")
            .arg(&ctx.runroot)
            .arg("__monitor")
            .args(hold.then_some("--hold"))
            .arg(id)
            .env("SKIFF_EVENTS_BACKEND", ctx.events_logger.as_str())
            .env("SKIFF_STORAGE_OPTS", ctx.storage_opts.join("\n"))
            // With `hold`, our terminal: its window size is the pty's first (the monitor
            // lets go of it once the container has started).
            .stdin(if hold {
                std::process::Stdio::inherit()
            } else {
                std::process::Stdio::null()
            })
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map_err(|e| EngineError::Other(format!("starting the container monitor: {e}")))?;
        let mut line = String::new();
        if let Some(out) = child.stdout.take() {
            let _ = BufReader::new(out).read_line(&mut line);
        }
        let line = line.trim_end();
        if line == "ok" {
            // The monitor lives on in its own session; reap it if it is already done.
            let _ = child.try_wait();
            return Ok(child);
        }
        let _ = child.wait();
        let (exit, message) = match line.strip_prefix("err ") {
            Some(rest) => {
                let (code, msg) = rest.split_once(' ').unwrap_or((rest, ""));
                (code.parse().unwrap_or(125), msg.to_string())
            }
            None => (
                125,
                "the container monitor ended before the container started".into(),
            ),
        };
        Err(EngineError::Start { exit, message })
    }
}

/// The monitor of a container started for a CLI that attached to it.
pub struct MonitorProcess {
    child: std::process::Child,
    /// No restart follows the container's end (no policy, or `--rm`).
    ends_with_container: bool,
}

impl MonitorProcess {
    /// After the container's exit status came through the attach socket: waits until its
    /// end is recorded (or, with `--rm`, the container is removed) when the monitor ends
    /// with it, so what the CLI reports is what `ps` shows next.
    pub fn finish(mut self) {
        if self.ends_with_container {
            let _ = self.child.wait();
        }
    }
}

/// The monitor's report line for the CLI that waits for it.
pub fn report_line(r: Result<(), &EngineError>) -> String {
    match r {
        Ok(()) => "ok\n".into(),
        Err(e) => format!(
            "err {} {}\n",
            e.exit_code(),
            e.to_string().replace('\n', " ")
        ),
    }
}

/// Writes the report and detaches stdout from the waiting CLI.
pub fn send_report<W: Write>(out: &mut W, r: Result<(), &EngineError>) {
    let _ = out.write_all(report_line(r).as_bytes());
    let _ = out.flush();
}

impl Engine {
    /// The monitor loop over a started container, with its health checks when it has one.
    pub(super) fn supervise(
        &self,
        l: &super::start::Launched,
        io: Io,
        log: &mut Option<Box<dyn logs::Sink>>,
        listener: Option<&UnixListener>,
    ) -> (i32, bool) {
        let at = super::timeout::deadline(l.config.timeout);
        let pid = l.started.pid;
        match &l.config.healthcheck {
            Some(h) => {
                let started = Instant::now();
                let signal = l
                    .config
                    .stop_signal
                    .as_deref()
                    .and_then(|s| crate::util::units::parse_signal(s).ok())
                    .unwrap_or(libc::SIGTERM);
                let secs = l
                    .config
                    .stop_timeout
                    .unwrap_or(super::control::DEFAULT_STOP_TIMEOUT)
                    .clamp(0, 3600) as u64;
                let mut health = super::health::HealthHooks {
                    engine: self,
                    id: l.config.id.clone(),
                    check: h.clone(),
                    started,
                    next: started + h.next_check(Duration::ZERO),
                    pid,
                    stop: (signal, Duration::from_secs(secs)),
                    kill_at: None,
                    restart: false,
                    acted: false,
                };
                let mut hooks = super::timeout::Deadline {
                    inner: &mut health,
                    pid,
                    at,
                };
                let code = monitor::supervise(pid, io, log, listener, &mut hooks);
                (code, health.restart)
            }
            None => {
                let mut hooks = super::timeout::Deadline {
                    inner: &mut NoHooks,
                    pid,
                    at,
                };
                (
                    monitor::supervise(pid, io, log, listener, &mut hooks),
                    false,
                )
            }
        }
    }

    /// The attach socket of a running container's monitor.
    pub fn attach_socket(&self, input: &str) -> Result<(ContainerConfig, PathBuf), EngineError> {
        let id = self.containers()?.resolve(input)?;
        let (config, state) = self.load_container(&id)?;
        if !matches!(state.status, Status::Running | Status::Paused) {
            return Err(EngineError::Conflict(format!(
                "you cannot attach to a stopped container, start it first ({})",
                config.name
            )));
        }
        let sock = crate::monitor::attach::socket_path(&self.context().runroot, &id);
        if !sock.exists() {
            return Err(EngineError::Conflict(format!(
                "container {} runs in the foreground of another skiff: nothing to attach to",
                config.name
            )));
        }
        self.event(&config, "attach", &[]);
        Ok((config, sock))
    }
}
