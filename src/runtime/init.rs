//! The container's side of start-up, in the cloned child: a flat list of steps from "go" to
//! exec. Read top to bottom, this is what a container gets. A failing step reports its
//! message and exit code to the parent and ends the child.

use std::os::fd::{AsFd, OwnedFd};

use super::plan::process;
use super::sync::{Channel, ToChild};
use super::{exec, mounts, user};
use crate::oci::runtime::RuntimeSpec;
use crate::sys::rooted::RootDir;

/// What the child needs besides the spec.
pub struct ChildSetup<'a> {
    pub spec: &'a RuntimeSpec,
    pub channel: &'a Channel,
    /// stdin, stdout, stderr for the command (else ours; a tty wins).
    pub stdio: Option<&'a [OwnedFd; 3]>,
    /// Join a new cgroup namespace after the parent moved us into our cgroup (v1).
    pub unshare_cgroupns: bool,
    pub cgroup_v2: bool,
    /// v1: the container's cgroup directories, shown read-only at /sys/fs/cgroup/<hierarchy>.
    pub cgroup_v1_dirs: &'a [std::path::PathBuf],
    /// `exec` into a running container: its namespaces are already joined; no mounts,
    /// no hostname, just the process's own setup.
    pub exec: bool,
    /// The network: supplied by the engine, which knows it.
    pub net: super::launch::NetSetup<'a>,
    /// The compiled filter (`None`: unconfined).
    pub seccomp: Option<&'a [super::seccomp::Insn]>,
    /// The rootfs is mounted already, at our working directory, and the spec's bind
    /// sources are detached trees (`runtime::shifted`).
    pub premounted: Option<&'a super::shifted::Pinned>,
}

type Step = Result<(), (i32, String)>;

fn setup(e: String) -> (i32, String) {
    (super::EXIT_ENGINE, e)
}

/// Runs in the child; never returns.
pub fn run_child(c: ChildSetup<'_>) -> ! {
    let (code, message) = match steps(&c) {
        Ok(()) => unreachable_exec(),
        Err(e) => e,
    };
    let _ = c.channel.report(code, &message);
    crate::sys::process::exit_now(code)
}

fn unreachable_exec() -> (i32, String) {
    (super::EXIT_ENGINE, "exec returned without an error".into())
}

fn steps(c: &ChildSetup<'_>) -> Step {
    let spec = c.spec;
    // Parent gone before "go" (killed): nothing to do.
    if !matches!(c.channel.wait_for(ToChild::Go), Ok(true)) {
        crate::sys::process::exit_now(super::EXIT_ENGINE);
    }
    if c.premounted.is_some() {
        // made by the shifter, whose ids need not be root's in our namespace: become it
        crate::sys::creds::set_gid(0)
            .and_then(|()| crate::sys::creds::set_uid(0))
            .map_err(|e| setup(format!("becoming root of the user namespace: {e}")))?;
        // changing ids made us undumpable: the engine, outside, still opens our /proc
        // entries (the network is plugged in after this)
        crate::sys::process::set_dumpable().map_err(|e| setup(format!("dumpable: {e}")))?;
    }
    // The parent blocked signals around the clone; the command starts with none blocked,
    // and none ignored or handled as they were in whatever started skiff.
    crate::sys::signal::reset_dispositions();
    crate::sys::signal::set_blocked(&[]).map_err(|e| setup(format!("signal mask: {e}")))?;
    stdio(c)?;
    if let Some(ns) = c.net.join {
        crate::sys::process::join_network(ns)
            .map_err(|e| setup(format!("joining the network namespace: {e}")))?;
    }
    if !c.exec {
        container_setup(c)?;
    }
    if spec.process.terminal {
        console(c)?;
    }
    let kernel = &mut crate::sys::kernel::Real;
    let limits = process::limits(spec).map_err(setup)?;
    process::run(&limits, kernel, None).map_err(setup)?;
    let mut passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let added = user::extra_entries(
        &spec.process.user,
        &spec.process.passwd_add,
        spec.process.passwd_entry.as_deref(),
        &passwd,
    );
    if !added.is_empty() {
        // --hostuser, --passwd-entry: appended to the container's own file (appending
        // leaves what was there intact, whatever happens to the write)
        let mut text = String::new();
        if !passwd.is_empty() && !passwd.ends_with('\n') {
            text.push('\n');
        }
        for l in &added {
            text.push_str(l);
            text.push('\n');
        }
        use std::io::Write;
        std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .open("/etc/passwd")
            .and_then(|mut f| f.write_all(text.as_bytes()))
            .map_err(|e| setup(format!("adding to /etc/passwd: {e}")))?;
        passwd.push_str(&text);
    }
    let group = std::fs::read_to_string("/etc/group").unwrap_or_default();
    let mut who = user::resolve(&spec.process.user, &passwd, &group).map_err(setup)?;
    for gid in user::extra_groups(&spec.process.group_add, &group).map_err(setup)? {
        if !who.additional_gids.contains(&gid) {
            who.additional_gids.push(gid);
        }
    }
    let env = environment(spec, &who.home);
    let cwd = &spec.process.cwd;
    if let Err(e) = std::env::set_current_dir(cwd) {
        std::fs::create_dir_all(cwd).map_err(|_| setup(format!("working directory {cwd}: {e}")))?;
        std::env::set_current_dir(cwd)
            .map_err(|e| setup(format!("working directory {cwd}: {e}")))?;
    }
    let path_env = env.iter().find_map(|e| e.strip_prefix("PATH="));
    // a pod's infra container runs no program: its rootfs is empty
    let program = match spec.process.pause {
        true => None,
        false => Some(exec::find(
            spec.process.args.first().map_or("", String::as_str),
            path_env,
        )?),
    };
    // The parent moved us into our cgroup meanwhile (v1): only now may the command run.
    if !matches!(c.channel.wait_for(ToChild::Placed), Ok(true)) {
        crate::sys::process::exit_now(super::EXIT_ENGINE);
    }
    if let Some(net) = c.net.inside {
        net().map_err(|e| setup(format!("network: {e}")))?;
    }
    if c.unshare_cgroupns {
        crate::sys::process::unshare_cgroup()
            .map_err(|e| setup(format!("cgroup namespace: {e}")))?;
    }
    // The filter is installed while we still hold CAP_SYS_ADMIN (no_new_privs is not
    // required then); the few calls left before exec (capset, prctl, setgroups,
    // setres[ug]id, close_range, execve) are ones the default profile allows.
    let privileges = process::privileges(
        spec,
        c.seccomp.is_some(),
        (who.uid, who.gid, &who.additional_gids),
    )
    .map_err(setup)?;
    process::run(&privileges, kernel, c.seccomp).map_err(setup)?;
    // the switch really happened: never exec as another user than the one asked for
    let (real, effective) = (crate::sys::ids(), crate::sys::effective_ids());
    if real != (who.uid, who.gid) || effective != (who.uid, who.gid) {
        return Err(setup(format!(
            "running as {}:{} instead of the user asked for ({}:{})",
            effective.0, effective.1, who.uid, who.gid
        )));
    }
    // Credential changes clear the parent-death signal: set it last. Not for `exec -it`:
    // its client may detach and go (the session then ends by its terminal's hangup).
    if !(c.exec && spec.process.terminal && spec.process.open_stdin) {
        crate::sys::process::die_with_parent()
            .map_err(|e| setup(format!("parent death signal: {e}")))?;
    }
    // --preserve-fds N: 3..3+N pass into the command, the rest close on exec
    let kept = spec.process.preserve_fds;
    crate::sys::process::cloexec_from(3 + kept)
        .map_err(|e| setup(format!("closing descriptors: {e}")))?;
    crate::sys::process::inherit_fds(kept);
    let Some(program) = program else {
        super::reaper::pause(spec.linux.rootless)
    };
    if spec.process.init {
        super::reaper::split().map_err(setup)?;
    }
    Err(exec::exec(&program, &spec.process.args, &env))
}

/// What only a container's first process does: loopback, the rootfs and its mounts,
/// pivot_root, sysctls, masked paths, hostname.
fn container_setup(c: &ChildSetup<'_>) -> Step {
    let spec = c.spec;
    if spec.linux.network != "host" && c.net.join.is_none() {
        crate::sys::net::loopback_up().map_err(|e| setup(format!("bringing up lo: {e}")))?;
    }
    // `--ipc container:`: a copy of its /dev/shm, taken from its mount namespace
    let shm_tree = match spec.linux.shm_of {
        Some(pid) => Some(
            crate::sys::kernel::clone_tree_of(pid, std::path::Path::new("/dev/shm"))
                .map_err(|e| setup(format!("the shared /dev/shm: {e}")))?,
        ),
        None => None,
    };
    mounts::make_private().map_err(setup)?;
    if c.premounted.is_none() {
        mounts::mount_rootfs(&spec.root, spec.linux.rootless).map_err(setup)?;
    } else {
        crate::sys::kernel::rebind_cwd().map_err(|e| setup(format!("the rootfs: {e}")))?;
    }
    let rootfs = RootDir::open(&spec.root.mountpoint)
        .map_err(|e| setup(format!("opening the rootfs: {e}")))?;
    mounts::mount_standard(
        &rootfs,
        spec,
        c.cgroup_v2,
        shm_tree.as_ref().map(|f| f.as_fd()),
    )
    .map_err(setup)?;
    drop(shm_tree);
    if !c.cgroup_v2 && !c.cgroup_v1_dirs.is_empty() {
        super::cgroupfs::mount_cgroup_v1(&rootfs, c.cgroup_v1_dirs, !spec.linux.privileged)
            .map_err(setup)?;
    }
    let own = c.premounted.map_or_else(|| own_mounts(spec), |p| p.own);
    let detached = c.premounted.map_or(&[][..], |p| &p.detached);
    mounts::mount_user(&rootfs, &spec.mounts, own, detached).map_err(setup)?;
    drop(rootfs);
    mounts::pivot(&spec.root.mountpoint).map_err(setup)?;
    // sysctls before /proc/sys turns read-only
    process::run(
        &process::environment(spec),
        &mut crate::sys::kernel::Real,
        None,
    )
    .map_err(setup)?;
    mounts::protect(spec).map_err(setup)
}

/// How many of the spec's first mounts are skiff's own files: this container's, or
/// (sharing a network) another one's.
pub fn own_mounts(spec: &RuntimeSpec) -> usize {
    spec.mounts
        .iter()
        .take_while(|m| {
            m.kind == "bind"
                && m.source.parent().and_then(|p| p.parent())
                    == spec.root.upper.parent().and_then(|p| p.parent())
        })
        .count()
}

/// `-t`: a pty from the container's own devpts (so `tty` and ttyname work inside), as the
/// command's controlling terminal and stdio, and — for a container's first process — its
/// /dev/console. The master goes to the parent.
fn console(c: &ChildSetup<'_>) -> Step {
    let pair = super::pty::open_in("/dev/ptmx")
        .map_err(|e| setup(format!("allocating a terminal: {e}")))?;
    // Our stdio is still the caller's terminal: the pty starts with its size, before the
    // command can ask for it.
    super::pty::copy_window_size(&pair.master);
    crate::sys::process::new_session().map_err(|e| setup(format!("setsid: {e}")))?;
    crate::sys::process::controlling_terminal(&pair.slave)
        .map_err(|e| setup(format!("controlling terminal: {e}")))?;
    for fd in 0..3 {
        dup_onto(pair.slave.as_fd(), fd)?;
    }
    if !c.exec {
        super::devnodes::bind_console(&pair.slave).map_err(setup)?;
    }
    c.channel
        .send_console(&pair.master)
        .map_err(|e| setup(format!("passing the terminal on: {e}")))?;
    Ok(())
}

fn stdio(c: &ChildSetup<'_>) -> Step {
    if c.spec.process.terminal {
        return Ok(()); // console() after the mounts
    }
    if let Some(fds) = c.stdio {
        for (target, fd) in fds.iter().enumerate() {
            dup_onto(fd.as_fd(), target as i32)?;
        }
        return Ok(());
    }
    if !c.spec.process.open_stdin {
        let null =
            std::fs::File::open("/dev/null").map_err(|e| setup(format!("/dev/null: {e}")))?;
        dup_onto(null.as_fd(), 0)?;
    }
    Ok(())
}

fn dup_onto(fd: std::os::fd::BorrowedFd<'_>, target: i32) -> Step {
    crate::sys::process::dup_onto(fd, target).map_err(|e| setup(format!("dup2 onto {target}: {e}")))
}

/// The process environment: the spec's, plus PATH, HOSTNAME and HOME when missing, as docker
/// (unless `--unsetenv`/`--unsetenv-all` takes a default away).
pub fn environment(spec: &RuntimeSpec, home: &str) -> Vec<String> {
    let mut env = spec.process.env.clone();
    let p = &spec.process;
    let has = |env: &[String], k: &str| {
        p.unsetenv_all
            || p.unsetenv.iter().any(|u| u == k)
            || env
                .iter()
                .any(|e| e.split_once('=').is_some_and(|(n, _)| n == k))
    };
    if !has(&env, "PATH") {
        env.insert(0, format!("PATH={}", exec::DEFAULT_PATH));
    }
    if !has(&env, "HOSTNAME") && !spec.hostname.is_empty() {
        env.push(format!("HOSTNAME={}", spec.hostname));
    }
    if !has(&env, "HOME") {
        env.push(format!("HOME={home}"));
    }
    if spec.process.terminal && !has(&env, "TERM") {
        env.push("TERM=xterm".into());
    }
    env
}
