//! The parent's side: clone the child into its namespaces (and cgroup), let it set itself up,
//! learn whether its exec worked, then supervise it until it exits — forwarding signals and
//! relaying the pty — and turn its end into docker's exit status.

use std::os::fd::{AsFd, BorrowedFd, OwnedFd};

use signal_hook::consts::signal::*;

use super::cgroups::Cgroup;
use super::init::{ChildSetup, run_child};
use super::pty::{RawMode, pump_input, pump_output};
use super::sync::{self, FromChild};
use crate::oci::runtime::RuntimeSpec;
use crate::sys::process::{
    CLONE_NEWCGROUP, CLONE_NEWIPC, CLONE_NEWNET, CLONE_NEWNS, CLONE_NEWPID, CLONE_NEWUSER,
    CLONE_NEWUTS, Fork, clone_into,
};

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// skiff could not create the process (exit 125).
    #[error("{0}")]
    Setup(String),
    /// The child failed before exec: `exit` is 125, 126 or 127.
    #[error("{message}")]
    Child { exit: i32, message: String },
}

pub struct Started {
    pub pid: i32,
    /// The pty master for `-t`.
    pub pty: Option<OwnedFd>,
}

/// The signals a foreground `run` passes on to its container.
const FORWARDED: [i32; 7] = [SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGWINCH];

/// The container's network beyond its namespace.
#[derive(Clone, Copy, Default)]
pub struct NetSetup<'a> {
    /// Configuration to do inside the container's new namespace once the parent has moved
    /// its interfaces in (after `placed`).
    pub inside: Option<&'a dyn Fn() -> Result<(), String>>,
    /// Join this network namespace (another container's) instead of making one.
    pub join: Option<BorrowedFd<'a>>,
    /// Run in the parent once the child's namespaces exist (its user namespace mapped) and
    /// before it sets up: a user-mode network (pasta) attached to the child's namespace.
    pub outside: Option<&'a dyn Fn(i32) -> Result<(), String>>,
    /// Make the container inside the user namespace of the process behind this pidfd (an
    /// ordinary user's network holder, or the container whose network is joined) instead
    /// of a new one of its own.
    pub userns: Option<BorrowedFd<'a>>,
    /// Not networking, but joined the same way: the IPC and PID namespaces of other
    /// containers (`--ipc`/`--pid container:`), as pidfds of their processes; joined by an
    /// intermediate before the process is made.
    pub ipc_of: Option<BorrowedFd<'a>>,
    pub pid_of: Option<BorrowedFd<'a>>,
    /// The UTS namespace of another container (a pod's infra container).
    pub uts_of: Option<BorrowedFd<'a>>,
}

/// Starts the container process. Must be called while the process is single-threaded.
/// The forwarded signals stay blocked (pending) until `supervise` is ready for them, so none
/// is lost or kills us in between. `placed` runs once the child sits in its cgroup and before
/// it may exec — the moment to record it as running, so that nobody ever sees a container
/// process that its state does not name.
pub fn start(
    spec: &RuntimeSpec,
    cgroup: Option<&Cgroup>,
    stdio: Option<&[OwnedFd; 3]>,
    placed: &mut dyn FnMut(i32) -> Result<(), String>,
    net: NetSetup<'_>,
) -> Result<Started, StartError> {
    let seccomp = prepare(spec)?;
    let (parent, child) =
        sync::pair().map_err(|e| StartError::Setup(format!("socketpair: {e}")))?;
    let v2 = cgroup.is_some_and(|c| c.version == 2);
    let mut flags = CLONE_NEWNS;
    if spec.linux.uts != "host" && net.uts_of.is_none() {
        flags |= CLONE_NEWUTS;
    }
    if spec.linux.pid != "host" && net.pid_of.is_none() {
        flags |= CLONE_NEWPID;
    }
    if spec.linux.ipc != "host" && net.ipc_of.is_none() {
        flags |= CLONE_NEWIPC;
    }
    if spec.linux.network != "host" && net.join.is_none() {
        flags |= CLONE_NEWNET;
    }
    let cgroup_fd = cgroup.and_then(Cgroup::dir_fd);
    // `--cgroupns host`: the host's view of the cgroup tree
    let own_cgroupns = spec.linux.cgroupns != "host";
    if cgroup_fd.is_some() && own_cgroupns {
        flags |= CLONE_NEWCGROUP;
    }
    let shifted = spec.linux.idmap.is_some();
    let own_userns = !spec.linux.uid_mappings.is_empty() && net.userns.is_none() && !shifted;
    if own_userns || shifted {
        flags |= CLONE_NEWUSER;
    }
    let setup = |channel: &sync::Channel, pinned: Option<&super::shifted::Pinned>| -> i32 {
        run_child(ChildSetup {
            spec: pinned.map_or(spec, |p| &p.spec),
            channel,
            stdio,
            unshare_cgroupns: cgroup.is_some() && !v2 && own_cgroupns,
            cgroup_v2: v2,
            exec: false,
            net,
            cgroup_v1_dirs: match cgroup {
                Some(c) if !v2 => &c.dirs,
                _ => &[],
            },
            seccomp: seccomp.as_deref(),
            premounted: pinned,
        })
    };
    let cgroup_fd = cgroup_fd.as_ref().map(|f| f.as_fd());
    let shares = net.ipc_of.is_some() || net.pid_of.is_some() || net.uts_of.is_some();
    let pid = match net.userns {
        _ if shifted && shares => {
            return Err(StartError::Setup(
                "sharing another container's IPC or PID namespace cannot be combined with a user namespace of the container's own".into(),
            ));
        }
        _ if shifted => through_shifter(&parent, child, spec, net.userns, flags, cgroup_fd, setup)?,
        owner if owner.is_some() || shares => {
            let join = || {
                if let Some(o) = owner {
                    crate::sys::process::join_user(o, false)?;
                }
                crate::sys::process::join_shared(net.ipc_of, net.pid_of, net.uts_of)
            };
            through_joiner(&parent, child, join, flags, cgroup_fd, |c| setup(c, None))?
        }
        _ => {
            let fork = clone_into(flags, cgroup_fd)
                .map_err(|e| StartError::Setup(format!("creating the container process: {e}")))?;
            match fork {
                Fork::Child => {
                    drop(parent);
                    crate::sys::process::exit_now(setup(&child, None))
                }
                Fork::Parent(pid) => {
                    drop(child);
                    pid
                }
            }
        }
    };
    // The child waits for "go": its user namespace gets its maps, and its network its
    // user-mode uplink, before it does anything that needs them.
    let before = if own_userns {
        crate::sys::userns::write_maps(pid, &spec.linux.uid_mappings, &spec.linux.gid_mappings)
    } else {
        Ok(())
    }
    .and_then(|()| net.outside.map_or(Ok(()), |f| f(pid)));
    if let Err(e) = before {
        let _ = crate::sys::signal::send(pid, libc::SIGKILL);
        reap(pid);
        return Err(StartError::Setup(e));
    }
    release(&parent, pid, cgroup.filter(|_| !v2), placed)
}

/// Creates the process of a container with id maps of its own through an intermediate
/// (the shifter) in the store's user namespace — the caller's rootless one made anew, the
/// one of `join`, or the host's — with a mount namespace of its own, where it mounts the
/// shifting rootfs (`shifted::prepare`), clones the process into a new user namespace as
/// *our* child and writes its maps. Returns its pid. Must be called while single-threaded.
fn through_shifter(
    parent: &sync::Channel,
    child: sync::Channel,
    spec: &RuntimeSpec,
    join: Option<BorrowedFd<'_>>,
    flags: u64,
    cgroup: Option<BorrowedFd<'_>>,
    setup: impl FnOnce(&sync::Channel, Option<&super::shifted::Pinned>) -> i32,
) -> Result<i32, StartError> {
    use crate::sys::process::{exit_now, fork};
    let own = super::init::own_mounts(spec);
    let maps = spec.linux.idmap.clone().unwrap_or_default();
    // `entered`: whether the shifter got into the store's namespaces
    let body = move |entered: std::io::Result<()>| -> i32 {
        let fail = |message: String| {
            let _ = child.report(super::EXIT_ENGINE, &message);
            super::EXIT_ENGINE
        };
        if let Err(e) = entered {
            return fail(format!("entering the store's namespaces: {e}"));
        }
        let pinned = match super::shifted::prepare(spec, own) {
            Ok(p) => p,
            Err(e) => return fail(e),
        };
        match clone_into(flags | crate::sys::process::CLONE_PARENT, cgroup) {
            Ok(Fork::Child) => setup(&child, Some(&pinned)),
            Ok(Fork::Parent(pid)) => {
                if let Err(e) = crate::sys::userns::write_maps_directly(pid, &maps.uid, &maps.gid) {
                    let _ = crate::sys::signal::send(pid, libc::SIGKILL);
                    return fail(e);
                }
                let _ = child.send_pid(pid);
                0
            }
            Err(e) => fail(format!("creating the container process: {e}")),
        }
    };
    let (shifter, ready) =
        if spec.linux.rootless && join.is_none() && crate::sys::in_initial_userns() {
            let maps = crate::config::userns::caller_maps();
            crate::sys::userns::spawn(&maps, move || body(Ok(()))).map_err(StartError::Setup)?
        } else {
            match fork().map_err(|e| StartError::Setup(format!("creating a process: {e}")))? {
                Fork::Child => {
                    let entered = join
                        .map_or(Ok(()), |fd| crate::sys::process::join_user(fd, false))
                        .and_then(|()| crate::sys::process::unshare_mounts());
                    exit_now(body(entered))
                }
                Fork::Parent(pid) => {
                    drop(body);
                    (pid, Ok(()))
                }
            }
        };
    if let Err(e) = ready {
        reap(shifter);
        return Err(StartError::Setup(e));
    }
    reported_pid(
        parent,
        shifter,
        "the process mounting the container's rootfs ended early",
    )
}

/// The pid an intermediate (`shifter` or joiner) reports for the process it made, or
/// what it reports went wrong; the intermediate is reaped.
fn reported_pid(parent: &sync::Channel, intermediate: i32, lost: &str) -> Result<i32, StartError> {
    let first = parent.outcome();
    reap(intermediate);
    match first {
        Ok(Some((FromChild::Pid { pid }, _))) => Ok(pid),
        Ok(Some((FromChild::Failed { exit, message }, _))) => {
            Err(StartError::Child { exit, message })
        }
        Ok(_) | Err(_) => Err(StartError::Setup(lost.into())),
    }
}

/// Creates the process through an intermediate that first joins namespaces (`join`) and
/// then clones it with `flags` as *our* child (CLONE_PARENT), into `cgroup`; the
/// intermediate reports its pid over `child`'s channel and exits. The process runs
/// `setup`; returns its pid. Must be called while single-threaded.
fn through_joiner(
    parent: &sync::Channel,
    child: sync::Channel,
    join: impl FnOnce() -> std::io::Result<()>,
    flags: u64,
    cgroup: Option<BorrowedFd<'_>>,
    setup: impl FnOnce(&sync::Channel) -> i32,
) -> Result<i32, StartError> {
    let joiner = crate::sys::process::fork()
        .map_err(|e| StartError::Setup(format!("creating a process: {e}")))?;
    match joiner {
        Fork::Child => {
            if let Err(e) = join() {
                let _ = child.report(super::EXIT_ENGINE, &format!("joining the container: {e}"));
                crate::sys::process::exit_now(super::EXIT_ENGINE);
            }
            match clone_into(flags | crate::sys::process::CLONE_PARENT, cgroup) {
                Ok(Fork::Child) => crate::sys::process::exit_now(setup(&child)),
                Ok(Fork::Parent(pid)) => {
                    let _ = child.send_pid(pid);
                    crate::sys::process::exit_now(0)
                }
                Err(e) => {
                    let _ = child.report(super::EXIT_ENGINE, &format!("creating the process: {e}"));
                    crate::sys::process::exit_now(super::EXIT_ENGINE)
                }
            }
        }
        Fork::Parent(joiner) => {
            drop(child);
            reported_pid(parent, joiner, "could not join the container")
        }
    }
}

/// The parent's half once the child exists: let it set up while it is moved into its
/// (v1) cgroup, record it, let it exec, and learn whether that worked.
fn release(
    parent: &sync::Channel,
    pid: i32,
    v1_cgroup: Option<&Cgroup>,
    placed: &mut dyn FnMut(i32) -> Result<(), String>,
) -> Result<Started, StartError> {
    let kill = || {
        let _ = crate::sys::signal::send(pid, libc::SIGKILL);
        reap(pid);
    };
    // The child sets itself up while we move it into its cgroup (a v1 migration waits for
    // an RCU grace period); it execs only after `Placed`.
    if let Err(e) = parent.send_go() {
        kill();
        return Err(StartError::Setup(format!("starting the container: {e}")));
    }
    if let Some(cg) = v1_cgroup
        && let Err(e) = cg.add(pid)
    {
        kill();
        return Err(StartError::Setup(e.to_string()));
    }
    if let Err(e) = placed(pid) {
        kill();
        // A child that failed first explains better (placing it may fail because it died).
        if let Ok(Some((FromChild::Failed { exit, message }, _))) = parent.outcome() {
            return Err(StartError::Child { exit, message });
        }
        return Err(StartError::Setup(e));
    }
    // A child that already failed has closed its end: its report explains why.
    let _ = parent.send_placed();
    let mut master = None;
    let mut resets = 0;
    loop {
        match parent.outcome() {
            // The child closed with our `Placed` unread (it failed before reading it): the
            // kernel reports that once as ECONNRESET; its report is still queued behind.
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset && resets < 3 => {
                resets += 1;
            }
            Ok(None) => return Ok(Started { pid, pty: master }),
            Ok(Some((FromChild::Console, Some(fd)))) => {
                super::pty::copy_window_size(&fd);
                master = Some(fd);
            }
            Ok(Some((FromChild::Failed { exit, message }, _))) => {
                reap(pid);
                return Err(StartError::Child { exit, message });
            }
            Ok(Some(_)) | Err(_) => {
                kill();
                return Err(StartError::Setup(
                    "lost contact with the process being started".into(),
                ));
            }
        }
    }
}

/// Starts `spec.process` inside the running container whose first process is `init_pid`:
/// an intermediate process joins the container's namespaces (through a pidfd) and clones
/// the command's process as *our* child (CLONE_PARENT), into the container's cgroup, so
/// that it can be supervised like `run`'s. Must be called while single-threaded.
pub fn exec_start(
    init_pid: i32,
    spec: &RuntimeSpec,
    cgroup: Option<&Cgroup>,
    stdio: Option<&[OwnedFd; 3]>,
) -> Result<Started, StartError> {
    let seccomp = prepare(spec)?;
    let pidfd = crate::sys::process::pidfd(init_pid)
        .ok_or_else(|| StartError::Setup("finding the container's process: it has ended".into()))?;
    let (parent, child) =
        sync::pair().map_err(|e| StartError::Setup(format!("socketpair: {e}")))?;
    let v2 = cgroup.is_some_and(|c| c.version == 2);
    let cgroup_fd = cgroup.and_then(Cgroup::dir_fd);
    // The container's namespaces that are not ours: a user namespace of its own is joined
    // through it (as its owner we may); ones it shares with us (the host's PID or IPC
    // namespace) are not joined again.
    let join = || crate::sys::process::join_all(pidfd.as_fd(), init_pid);
    let setup = |channel: &sync::Channel| -> i32 {
        run_child(ChildSetup {
            spec,
            channel,
            stdio,
            unshare_cgroupns: false,
            cgroup_v2: v2,
            exec: true,
            net: NetSetup::default(),
            cgroup_v1_dirs: &[],
            seccomp: seccomp.as_deref(),
            premounted: None,
        })
    };
    let cgroup_fd = cgroup_fd.as_ref().map(|f| f.as_fd());
    let pid = through_joiner(&parent, child, join, 0, cgroup_fd, setup)?;
    release(&parent, pid, cgroup.filter(|_| !v2), &mut |_| Ok(()))
}

/// Before creating the process: the forwarded signals blocked (so none is lost before
/// `supervise` handles them), the seccomp filter compiled.
fn prepare(spec: &RuntimeSpec) -> Result<Option<Vec<super::seccomp::Insn>>, StartError> {
    let _ = crate::sys::signal::block(&FORWARDED);
    super::seccomp::program(&spec.linux.seccomp, &spec.process.capabilities)
        .map_err(|e| StartError::Setup(e.to_string()))
}

fn reap(pid: i32) {
    let _ = crate::sys::process::wait_exit(pid);
}

/// Waits for the container to exit, forwarding our signals to it and relaying its pty.
/// Returns docker's exit status.
pub fn supervise(started: Started, forward_stdin: bool) -> i32 {
    let pid = started.pid;
    let forwarder = Forwarder::start(pid, started.pty.as_ref());
    let mut raw = None;
    let mut output = None;
    if let Some(master) = started.pty {
        raw = Some(RawMode::enter());
        if forward_stdin && let Ok(input) = master.try_clone() {
            pump_input(input);
        }
        output = Some(pump_output(master));
    }
    // docker's status: the exit code, or 128 + the signal number
    let status = crate::sys::process::wait_exit(pid).unwrap_or(super::EXIT_ENGINE);
    if let Some(t) = output {
        let _ = t.join();
    }
    drop(raw);
    drop(forwarder);
    status
}

/// `exec -it` with detach keys: as [`supervise`], but when our stdin brings `keys` our
/// part ends (`None`) and the command goes on: a holder process of its own session keeps
/// its terminal open (reading and dropping what it writes) until it ends.
pub fn supervise_detachable(started: Started, keys: Vec<u8>) -> Option<i32> {
    let pid = started.pid;
    let Some(master) = started.pty.as_ref().and_then(|m| m.try_clone().ok()) else {
        return Some(supervise(started, true));
    };
    let (Ok((notice_r, notice_w)), Some(pidfd)) = (
        rustix::pipe::pipe_with(rustix::pipe::PipeFlags::CLOEXEC),
        crate::sys::process::pidfd(pid),
    ) else {
        return Some(supervise(started, true));
    };
    let forwarder = Forwarder::start(pid, started.pty.as_ref());
    let raw = RawMode::enter();
    if let Some(input) = started.pty.as_ref().and_then(|m| m.try_clone().ok()) {
        super::pty::pump_input_until(input, keys, notice_w);
    }
    let output = started.pty.map(pump_output);
    let detached = crate::sys::wait_either(&pidfd, &notice_r);
    drop(raw);
    drop(forwarder);
    if detached {
        crate::sys::process::hold_terminal(master);
        return None;
    }
    let status = crate::sys::process::wait_exit(pid).unwrap_or(super::EXIT_ENGINE);
    if let Some(t) = output {
        let _ = t.join();
    }
    Some(status)
}

/// Passes the signals a foreground `run` gets on to the container (SIGWINCH resizes its
/// pty instead) from a thread of its own, until dropped.
pub struct Forwarder(Option<(signal_hook::iterator::Handle, std::thread::JoinHandle<()>)>);

impl Forwarder {
    pub fn start(pid: i32, pty: Option<&OwnedFd>) -> Forwarder {
        let master_for_resize = pty.and_then(|m| m.try_clone().ok());
        let signals = signal_hook::iterator::Signals::new(FORWARDED);
        // Handlers are in place: let pending and future signals through.
        let _ = crate::sys::signal::unblock(&FORWARDED);
        Forwarder(signals.ok().map(|mut signals| {
            let handle = signals.handle();
            let thread = std::thread::spawn(move || {
                for sig in signals.forever() {
                    if sig == SIGWINCH
                        && let Some(m) = &master_for_resize
                    {
                        super::pty::copy_window_size(m);
                        continue;
                    }
                    let _ = crate::sys::signal::send(pid, sig);
                }
            });
            (handle, thread)
        }))
    }
}

impl Drop for Forwarder {
    fn drop(&mut self) {
        if let Some((handle, thread)) = self.0.take() {
            handle.close();
            let _ = thread.join();
        }
    }
}
