//! Starting a container: its cgroup, its terminal or pipes, the process (recorded as running
//! before it may exec), and — in the foreground — supervising it until it exits and
//! recording how it ended. `run` and `start -a` use the foreground path; the monitor uses
//! `launch_container` with pipes.

use std::os::fd::{AsFd, OwnedFd};

use crate::engine::{Engine, EngineError};
use crate::oci::runtime::RuntimeSpec;
use crate::runtime::cgroups::{self, Cgroup, Hierarchy};
use crate::runtime::launch::{self, StartError, Started};
use crate::state::{ContainerConfig, ContainerState, Status, Watcher};
use crate::util::time::now_rfc3339;

/// How long a container waits for a user-mode tool (pasta) to configure its network; it
/// takes some 10 ms.
const UPLINK_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// Where the container's stdio goes.
pub enum Stdio {
    /// Ours (the foreground CLI's), or a new pty relayed to ours with `-t`.
    Inherit,
    /// These (stdin, stdout, stderr), or the pty with `-t` (the monitor keeps its master).
    Fds([OwnedFd; 3]),
}

/// A started container.
pub struct Launched {
    pub config: ContainerConfig,
    pub started: Started,
    pub cgroup: Cgroup,
    /// The bound sockets that hold its published host ports.
    _ports: Vec<OwnedFd>,
    /// slirp4netns, which ends when this is dropped.
    _usermode: Option<crate::network::usermode::Running>,
    /// The relay of an ordinary user's published ports on bridge networks, stopped when
    /// this is dropped.
    _relay: Option<crate::engine::network::Relay>,
}

impl Launched {
    /// The process ended: its published host ports are let go (the relay stopped, the
    /// sockets closed) before the exit is recorded, so whoever waits for the container to
    /// stop can publish the same ports at once.
    pub fn release_ports(&mut self) {
        self._relay = None;
        self._ports.clear();
    }
}

/// The cgroup device allow-list for a spec.
fn device_rules(spec: &RuntimeSpec) -> Vec<String> {
    if spec.linux.privileged {
        return vec!["a *:* rwm".to_string()];
    }
    cgroups::DEFAULT_DEVICES
        .iter()
        .map(|s| s.to_string())
        .chain(
            spec.linux
                .devices
                .iter()
                .map(|d| format!("{} {}:{} {}", d.kind, d.major, d.minor, d.access)),
        )
        .chain(spec.linux.resources.device_cgroup_rules.iter().cloned())
        .collect()
}

/// Other containers' namespaces a container shares (`--ipc`/`--pid container:`): pidfds of
/// their processes, and of the one whose user namespace it must be made in to join them.
#[derive(Default)]
struct SharedNamespaces {
    ipc: Option<OwnedFd>,
    /// The process whose IPC namespace (and /dev/shm) is shared.
    ipc_pid: Option<i32>,
    pid: Option<OwnedFd>,
    uts: Option<OwnedFd>,
    userns_of: Option<OwnedFd>,
}

impl Engine {
    /// The namespaces `spec` shares with other containers, which must be running. With
    /// `in_userns` (the container is made in a user namespace chosen for its network) those
    /// containers must live in that one.
    fn shared_namespaces(
        &self,
        spec: &RuntimeSpec,
        in_userns: bool,
    ) -> Result<SharedNamespaces, EngineError> {
        let mut shared = SharedNamespaces::default();
        for (what, mode) in [
            ("IPC", &spec.linux.ipc),
            ("PID", &spec.linux.pid),
            ("UTS", &spec.linux.uts),
        ] {
            let Some(other) = mode.strip_prefix("container:") else {
                continue;
            };
            let (oc, os) = self.running_peer(other, &format!("{what} namespace"))?;
            let pid = Self::namespace_pid(&oc, &os);
            let gone = || EngineError::Conflict(format!("container {} has just ended", oc.name));
            let fd = crate::sys::process::pidfd(pid).ok_or_else(gone)?;
            if !crate::sys::same_userns(pid) && shared.userns_of.is_none() {
                let own_network_of_it = spec.linux.network == format!("container:{}", oc.id);
                if in_userns && !own_network_of_it {
                    return Err(EngineError::Invalid(format!(
                        "an ordinary user's container shares the {what} namespace of {} only with its network too (--network container:{})",
                        oc.name, oc.name
                    )));
                }
                if !in_userns {
                    shared.userns_of = Some(crate::sys::process::pidfd(pid).ok_or_else(gone)?);
                }
            }
            match what {
                "IPC" => (shared.ipc, shared.ipc_pid) = (Some(fd), Some(pid)),
                "UTS" => shared.uts = Some(fd),
                _ => shared.pid = Some(fd),
            }
        }
        Ok(shared)
    }

    /// The container's cgroup: made beneath ours (or `--cgroup-parent`) with its limits;
    /// none for `--cgroups=disabled`, nor for an ordinary user whose cgroup skiff cannot
    /// write (cgroup v1, v2 without delegation) when no limit is asked for. A limit that
    /// cannot be applied is an error that says why and how to get one.
    fn container_cgroup(&self, id: &str, spec: &RuntimeSpec) -> Result<Cgroup, EngineError> {
        let none = Cgroup {
            version: 0,
            dirs: Vec::new(),
        };
        if spec.linux.no_cgroup {
            return Ok(none);
        }
        let made = Hierarchy::detect()
            .map_err(|e| cgroups::CgroupError::Unsupported(format!("cgroups: {e}")))
            .and_then(|h| {
                cgroups::plan_under(
                    &h,
                    &spec.linux.cgroups_path,
                    &spec.linux.cgroup_parent_dirs,
                    &format!("skiff-{id}"),
                    &spec.linux.resources,
                    &device_rules(spec),
                )
            })
            .and_then(|p| p.apply());
        match made {
            Ok(c) => Ok(c),
            Err(e) if self.context().rootless => {
                if spec.linux.resources == Default::default() {
                    log::debug!("no cgroup for {id}: {e}");
                    return Ok(none);
                }
                Err(EngineError::Invalid(format!(
                    "{e}: resource limits for an ordinary user need cgroup v2 with a subtree delegated to that user (systemd: Delegate=yes for user@.service, or run skiff under 'systemd-run --user --scope -p Delegate=yes'); cgroup v1 cannot give them"
                )))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Creates the container's process, recorded as running with this process as its
    /// watcher. Must be called while the process is single-threaded. On failure the state
    /// says why (exit code and error) and nothing else is left: a `--rm` container that
    /// could not start (no address, a port taken) is removed, as docker does.
    pub fn launch_container(&self, id: &str, stdio: Stdio) -> Result<Launched, EngineError> {
        let launched = self.launch_once(id, stdio);
        if let Err(e) = &launched
            && !matches!(e, EngineError::Conflict(_))
            && self
                .containers()
                .and_then(|c| Ok(c.config(id)?))
                .is_ok_and(|c| c.auto_remove)
        {
            let _ = self.remove_container(id, true, true);
        }
        launched
    }

    fn launch_once(&self, id: &str, stdio: Stdio) -> Result<Launched, EngineError> {
        let containers = self.containers()?;
        let lock = containers.lock(id)?;
        let (config, state) = self.load_container(id)?;
        if matches!(state.status, Status::Running | Status::Paused) {
            return Err(EngineError::Conflict(format!(
                "container {} is already running",
                config.name
            )));
        }
        if state.status == Status::Restarting && state.manual_stop {
            // `stop` came while its monitor waited to restart it (checked here, under the
            // lock `stop` takes too): it stays stopped
            let mut s = state;
            s.status = Status::Exited;
            containers
                .save_state(id, &s, &lock)
                .map_err(|e| EngineError::Other(format!("recording the stop: {e}")))?;
            return Err(EngineError::Conflict(format!(
                "container {} was stopped",
                config.name
            )));
        }
        let owned;
        let mut spec = &config.spec;
        if spec.linux.rootless
            && spec.linux.uid_mappings.is_empty()
            && crate::sys::in_initial_userns()
        {
            // an ordinary user's container: root of a user namespace with the caller's
            // ranges (inside a build, which runs in one already, the build's own)
            let mut s = spec.clone();
            (s.linux.uid_mappings, s.linux.gid_mappings) = crate::config::userns::caller_maps();
            if s.linux.idmap.is_none() && self.fuse_rootfs()? {
                // the same mapping, with the rootfs from fuse-overlayfs
                let n = crate::config::idmap::native(true);
                s.linux.idmap = Some(crate::oci::runtime::IdMaps {
                    uid: crate::config::idmap::identity(n.uids),
                    gid: crate::config::idmap::identity(n.gids),
                    mode: String::new(),
                });
            }
            owned = s;
            spec = &owned;
        }
        let with_secrets;
        if config.secrets.iter().any(|u| u.env.is_some()) {
            let mut s = spec.clone();
            s.process.env = crate::spec::merge_env(
                std::mem::take(&mut s.process.env),
                &self.secret_env(&config.secrets)?,
            );
            with_secrets = s;
            spec = &with_secrets;
        }
        let linked;
        if !config.net.links.is_empty() {
            let mut s = spec.clone();
            let have: Vec<String> = s
                .process
                .env
                .iter()
                .filter_map(|e| e.split_once('=').map(|(k, _)| k.to_string()))
                .collect();
            // the container's own settings win over what a link would set
            s.process
                .env
                .extend(self.link_env(&config).into_iter().filter(|e| {
                    e.split_once('=')
                        .is_some_and(|(k, _)| !have.iter().any(|h| h == k))
                }));
            linked = s;
            spec = &linked;
        }
        let cgroup = self.container_cgroup(id, spec)?;
        // User networks: addresses and host ports now, the interfaces once the process
        // exists; or another container's network namespace to join.
        let net = match self.prepare_network(&config) {
            Ok(n) => n,
            Err(e) => {
                cgroup.remove();
                return Err(e);
            }
        };
        let shared = match self.shared_namespaces(spec, net.userns().is_some()) {
            Ok(s) => s,
            Err(e) => {
                cgroup.remove();
                return Err(e);
            }
        };
        let with_shm;
        if let Some(pid) = shared.ipc_pid {
            let mut s = spec.clone();
            s.linux.shm_of = Some(pid);
            with_shm = s;
            spec = &with_shm;
        }
        let fds = match &stdio {
            Stdio::Fds(f) if !spec.process.terminal => Some(f),
            _ => None,
        };
        // A user-mode network tool, once started (before the child sets up), is waited for
        // here: the child sets itself up meanwhile, and may exec only once its network is
        // ready. What the tool needs kept open lives as long as the container.
        let usermode_starting = std::cell::RefCell::new(None);
        let usermode_held = std::cell::RefCell::new(None);
        let relay = std::cell::RefCell::new(None);
        let mut record = |pid: i32| {
            if let Some(s) = usermode_starting.borrow_mut().take() {
                let keep =
                    crate::network::usermode::Starting::wait(s).map_err(|e| e.to_string())?;
                *usermode_held.borrow_mut() = keep;
            }
            for a in &net.attachments {
                match &net.holder {
                    Some(h) => h.plug(a, pid)?,
                    None => a.plug(pid)?,
                }
            }
            if let (Some(h), Some(a)) = (&net.holder, net.attachments.first())
                && !net.ports.is_empty()
            {
                let ports: Vec<_> = net
                    .ports
                    .iter()
                    .cloned()
                    .zip(net.held.iter().map(AsFd::as_fd))
                    .collect();
                let r = crate::engine::network::Relay::start(h.as_fd(), &ports, a.ip)?;
                *relay.borrow_mut() = Some(r);
            }
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
                restart_count: state.restart_count,
                manual_stop: false,
                ip_address: net
                    .attachments
                    .first()
                    .map(|a| a.ip.to_string())
                    .unwrap_or_default(),
                networks: net
                    .attachments
                    .iter()
                    .map(|a| (a.network.name.clone(), a.ip.to_string()))
                    .collect(),
                networks6: net
                    .attachments
                    .iter()
                    .filter_map(|a| Some((a.network.name.clone(), a.ip6?.0.to_string())))
                    .collect(),
                interfaces: net
                    .attachments
                    .iter()
                    .map(|a| (a.network.name.clone(), a.host_if.clone()))
                    .collect(),
                ports: net.ports.clone(),
                health: config.healthcheck.as_ref().map(|_| crate::state::Health {
                    status: "starting".into(),
                    ..Default::default()
                }),
            };
            containers
                .save_state(id, &now, &lock)
                .map_err(|e| format!("recording the container's state: {e}"))?;
            if let Some(f) = &config.pidfile {
                crate::util::fs::write_atomic(f, pid.to_string().as_bytes(), 0o644)
                    .map_err(|e| format!("--pidfile {}: {e}", f.display()))?;
            }
            if !net.attachments.is_empty() {
                self.hosts_refresh(&config, Some(&now));
            }
            if !net.ports.is_empty() && net.usermode.is_none() && net.holder.is_none() {
                self.sync_firewall(None)
                    .map_err(|e| format!("publishing ports: {e}"))?;
            }
            Ok(())
        };
        let runtime = self.context().runroot.clone();
        let usermode = |pid: i32| match &net.usermode {
            Some((mode, dir)) => {
                let at = crate::network::usermode::Places {
                    dir,
                    runtime: &runtime,
                    id,
                };
                let s = crate::network::usermode::start(mode, pid, &net.ports, &at)
                    .map_err(|e| e.to_string())?;
                *usermode_starting.borrow_mut() = Some(s);
                Ok(())
            }
            None => Ok(()),
        };
        let inside = || {
            net.attachments
                .iter()
                .try_for_each(|a| a.configure_inside())
        };
        // a tool that does not tell when it is ready: the container waits for its route
        let uplink = || match crate::network::link::wait_default_route(UPLINK_WAIT) {
            Ok(true) => Ok(()),
            Ok(false) => Err(format!(
                "pasta did not configure the network within {} s",
                UPLINK_WAIT.as_secs()
            )),
            Err(e) => Err(format!("waiting for the network: {e}")),
        };
        let waits = net
            .usermode
            .as_ref()
            .is_some_and(|(mode, _)| crate::network::usermode::container_waits(mode, &net.ports));
        let setup = launch::NetSetup {
            inside: if waits {
                Some(&uplink as &dyn Fn() -> Result<(), String>)
            } else {
                (!net.attachments.is_empty()).then_some(&inside as &dyn Fn() -> Result<(), String>)
            },
            join: net.join.as_ref().map(AsFd::as_fd),
            outside: net
                .usermode
                .as_ref()
                .map(|_| &usermode as &dyn Fn(i32) -> Result<(), String>),
            userns: net.userns().or(shared.userns_of.as_ref().map(AsFd::as_fd)),
            ipc_of: shared.ipc.as_ref().map(AsFd::as_fd),
            pid_of: shared.pid.as_ref().map(AsFd::as_fd),
            uts_of: shared.uts.as_ref().map(AsFd::as_fd),
        };
        match launch::start(spec, Some(&cgroup), fds, &mut record, setup) {
            Ok(started) => {
                drop(lock);
                self.event(&config, "start", &[]);
                if let Some(sock) = crate::util::sdnotify::socket() {
                    let msg = match config.sdnotify.as_str() {
                        "container" => Some(format!("MAINPID={}", std::process::id())),
                        "ignore" => None,
                        _ => Some(format!("READY=1\nMAINPID={}", std::process::id())),
                    };
                    if let Some(m) = msg
                        && let Err(e) = crate::util::sdnotify::notify(&sock, &m)
                    {
                        log::warn!("telling systemd ({sock}): {e}");
                    }
                }
                Ok(Launched {
                    config,
                    started,
                    cgroup,
                    _ports: net.held,
                    _usermode: usermode_held.take(),
                    _relay: relay.take(),
                })
            }
            Err(e) => {
                // the tool's own words, when it ended early, say more than the wait for it
                let tool = usermode_held
                    .borrow_mut()
                    .as_mut()
                    .and_then(|r| r.failure());
                cgroup.remove();
                self.release_network(&config, &net);
                self.rootfs_ended(&config);
                let (exit, message) = match e {
                    StartError::Setup(m) => (125, m),
                    StartError::Child { exit, message } => (exit, message),
                };
                let message = tool.unwrap_or(message);
                let failed = ContainerState {
                    status: if state.started_at.is_some() {
                        Status::Exited
                    } else {
                        Status::Created
                    },
                    exit_code: exit,
                    error: message.clone(),
                    pid: 0,
                    ..state
                };
                containers.save_state(id, &failed, &lock)?;
                drop(lock);
                if config.auto_remove {
                    let _ = self.remove_container(id, true, true);
                }
                Err(EngineError::Start { exit, message })
            }
        }
    }

    /// Whether an ordinary user's containers get their rootfs from fuse-overlayfs: asked
    /// for (`[storage] mount-program`), or the kernel cannot mount overlayfs in a user
    /// namespace (before 5.11; said once).
    fn fuse_rootfs(&self) -> Result<bool, EngineError> {
        if let Some(p) = &self.context().storage.mount_program {
            if std::path::Path::new(p).file_name().and_then(|n| n.to_str())
                != Some("fuse-overlayfs")
            {
                return Err(EngineError::Invalid(format!(
                    "[storage] mount-program = {p:?}: only fuse-overlayfs is supported"
                )));
            }
            return Ok(true);
        }
        let (major, minor) = crate::sys::kernel_version();
        if (major, minor) >= (5, 11) {
            return Ok(false);
        }
        static SAID: std::sync::Once = std::sync::Once::new();
        SAID.call_once(|| {
            log::warn!(
                "kernel {major}.{minor} cannot mount overlayfs in a user namespace (5.11 can): containers use fuse-overlayfs"
            )
        });
        Ok(true)
    }

    /// The container's process ended: a shifting rootfs (fuse-overlayfs) goes with it.
    pub(super) fn rootfs_ended(&self, config: &ContainerConfig) {
        if config.spec.linux.idmap.is_some()
            && let Ok(c) = self.containers()
        {
            crate::runtime::shifted::stop(&c.dir(&config.id));
        }
    }

    /// Runs the container attached to our stdio until it exits; returns docker's exit status.
    /// Must be called while the process is single-threaded.
    pub fn start_attached(&self, id: &str) -> Result<i32, EngineError> {
        let (config, _) = self.load_container(id)?;
        self.start_required(&config, 0)?;
        let logged = !config.spec.process.terminal
            && matches!(
                config.log_config.kind.as_str(),
                "json-file" | "k8s-file" | "journald"
            );
        if !logged {
            // A terminal, or `--log-driver passthrough|none`: the container has our stdio.
            let mut l = self.launch_container(id, Stdio::Inherit)?;
            if let Some(secs) = l.config.timeout {
                super::timeout::timer_thread(l.started.pid, secs);
            }
            let code = launch::supervise(l.started, l.config.spec.process.open_stdin);
            l._relay = None;
            l._ports.clear();
            self.container_ended(&l.config, &l.cgroup, code)?;
            return Ok(code);
        }
        // Its output passes through us into the log as well, as with docker.
        let mut log = super::monitor::log_writer(&config, &self.log_path(id)?)?;
        let pipe = || {
            rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC)
                .map_err(|e| EngineError::Other(format!("creating a pipe: {e}")))
        };
        let (out_r, out_w) = pipe()?;
        let (err_r, err_w) = pipe()?;
        let stdin: OwnedFd = if config.spec.process.open_stdin {
            std::io::stdin()
                .as_fd()
                .try_clone_to_owned()
                .map_err(|e| EngineError::Other(format!("stdin: {e}")))?
        } else {
            std::fs::File::open("/dev/null")
                .map_err(|e| EngineError::Other(format!("/dev/null: {e}")))?
                .into()
        };
        let mut l = self.launch_container(id, Stdio::Fds([stdin, out_w, err_w]))?;
        let forwarder = launch::Forwarder::start(l.started.pid, None);
        let io = crate::monitor::Io {
            outputs: vec![
                (out_r, crate::monitor::logs::Stream::Stdout),
                (err_r, crate::monitor::logs::Stream::Stderr),
            ],
            stdin: None,
            pty: None,
            echo: true,
            hold: None,
        };
        // a foreground run has no monitor to start it again: --health-on-failure=restart
        // ends it as a stop would (restarts need -d)
        let (code, _) = self.supervise(&l, io, &mut log, None);
        drop(forwarder);
        drop(log);
        l.release_ports();
        self.container_ended(&l.config, &l.cgroup, code)?;
        Ok(code)
    }
}
