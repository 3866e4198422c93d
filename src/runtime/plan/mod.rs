//! The container's standard filesystem — /proc, /dev with its nodes and links, devpts,
//! /dev/shm, /dev/mqueue, /sys and the cgroup2 view — as a plan: plain data computed from
//! the spec and the context (root, or rootless in a user namespace), then applied inside
//! the rootfs by a small executor whose privileged calls (mount, mknod) go through
//! `sys::kernel::Kernel`. Plans are table-tested for many specs without root; the executor
//! is tested with the recording kernel over a temp dir.
//!
//! Rootless differs only in the plan: no mknod (the host's nodes are bind-mounted onto
//! files), /sys bound from the host when the network is the host's (a network namespace
//! of the container's own gets a sysfs of its own), devpts without a `gid=` the user
//! namespace may not map.
//!
//! Every step resolves its place inside the rootfs when it runs (never earlier), so a step
//! after a mount sees the new mount: /dev's nodes land in the fresh tmpfs, and the
//! read-only remount of a bound /sys reaches the bind, not what was under it.

use crate::oci::runtime::RuntimeSpec;
use crate::sys::kernel::{MsFlags, Node};

/// How a mount's place in the rootfs is prepared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Point {
    /// A directory skiff owns: whatever the image has there (a symlink, a file) is replaced.
    Own,
    /// A directory, created when missing, resolved inside the rootfs.
    Dir,
    /// A file to bind a file onto, created when missing.
    File,
    /// Whatever is there already (after pivot_root); nothing there: the step is skipped.
    Existing,
}

/// What happens when a mount fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fallback {
    Fail,
    Ignore,
    /// These steps instead.
    Instead(Vec<Step>),
}

/// One mount at `at` (as the container sees it), its place prepared as `point`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MountStep {
    pub at: String,
    pub point: Point,
    pub source: Option<String>,
    pub fstype: Option<String>,
    pub flags: MsFlags,
    pub data: Option<String>,
    pub fallback: Fallback,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Mount(MountStep),
    Mknod {
        at: String,
        kind: Node,
        mode: u32,
        major: u32,
        minor: u32,
    },
    Symlink {
        at: String,
        target: String,
    },
    Mkdir {
        at: String,
        mode: u32,
    },
    /// `--privileged`: the host's device nodes in /dev (best effort), recreated by root,
    /// bind-mounted in an ordinary user's namespace (`bind`).
    HostDevices {
        bind: bool,
    },
    /// A bind mount of a host path (or of a path inside `root`, resolved there), its place
    /// made a directory or a file to match the source; `own`: one of skiff's files (its
    /// place replaced when the image has something else there).
    Bind(BindStep),
    /// A masked path: an empty read-only tmpfs over a directory, /dev/null over anything
    /// else; nothing there, nothing done.
    Mask {
        at: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BindStep {
    pub at: String,
    pub source: std::path::PathBuf,
    pub root: Option<std::path::PathBuf>,
    pub own: bool,
    pub readonly: bool,
    /// A named volume seen for the first time: the image's files at its place copied in.
    pub copyup: bool,
    /// `source` is a detached tree (`/proc/self/fd/N`, made by the shifter in another
    /// mount namespace): attached rather than bound.
    pub detached: bool,
}

/// What the plan depends on besides the spec.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlanContext {
    /// In a user namespace of an ordinary user: no mknod, no new sysfs.
    pub rootless: bool,
    pub cgroup_v2: bool,
    /// Our fd of a detached copy of another container's /dev/shm (`--ipc container:`),
    /// attached there instead of a new tmpfs.
    pub shm_tree: Option<i32>,
}

/// The standard nodes every container gets.
const DEVICES: &[(&str, u32, u32)] = &[
    ("null", 1, 3),
    ("zero", 1, 5),
    ("full", 1, 7),
    ("random", 1, 8),
    ("urandom", 1, 9),
    ("tty", 5, 0),
];

const LINKS: &[(&str, &str)] = &[
    ("fd", "/proc/self/fd"),
    ("stdin", "/proc/self/fd/0"),
    ("stdout", "/proc/self/fd/1"),
    ("stderr", "/proc/self/fd/2"),
    ("ptmx", "pts/ptmx"),
    ("core", "/proc/kcore"),
];

fn mount(
    at: &str,
    point: Point,
    source: Option<&str>,
    fstype: Option<&str>,
    flags: MsFlags,
    data: Option<&str>,
) -> MountStep {
    MountStep {
        at: at.into(),
        point,
        source: source.map(str::to_string),
        fstype: fstype.map(str::to_string),
        flags,
        data: data.map(str::to_string),
        fallback: Fallback::Fail,
    }
}

/// A host device node bound at `at` (a user namespace may not mknod).
fn bind_node(at: &str, host: &str) -> Step {
    Step::Mount(mount(
        at,
        Point::File,
        Some(host),
        None,
        MsFlags::MS_BIND,
        None,
    ))
}

/// The plan for /proc, /dev, /sys (and /sys/fs/cgroup on v2).
pub fn standard(spec: &RuntimeSpec, ctx: PlanContext) -> Vec<Step> {
    let nnn = MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC;
    let privileged = spec.linux.privileged;
    let ro = if privileged {
        MsFlags::empty()
    } else {
        MsFlags::MS_RDONLY
    };
    // The host's PID namespace: a new proc shows the host's processes; an ordinary user
    // (whose user namespace does not own that PID namespace) binds the host's /proc.
    let host_bind = |at: &str| {
        Step::Mount(mount(
            at,
            Point::Own,
            Some(at),
            None,
            MsFlags::MS_BIND | MsFlags::MS_REC,
            None,
        ))
    };
    let host_pid = spec.linux.pid == "host";
    let mut proc = mount("/proc", Point::Own, Some("proc"), Some("proc"), nnn, None);
    if host_pid {
        proc.fallback = Fallback::Instead(vec![host_bind("/proc")]);
    }
    let mut p = vec![
        Step::Mount(proc),
        Step::Mount(mount(
            "/dev",
            Point::Own,
            Some("tmpfs"),
            Some("tmpfs"),
            MsFlags::MS_NOSUID | MsFlags::MS_STRICTATIME,
            Some("mode=755,size=65536k"),
        )),
    ];
    for (name, major, minor) in DEVICES {
        let at = format!("/dev/{name}");
        p.push(if ctx.rootless {
            bind_node(&at, &at)
        } else {
            Step::Mknod {
                at,
                kind: Node::Char,
                mode: 0o666,
                major: *major,
                minor: *minor,
            }
        });
    }
    for d in &spec.linux.devices {
        let at = format!("/dev/{}", d.path.trim_start_matches("/dev/"));
        if ctx.rootless {
            let kind = if d.kind == "b" { "block" } else { "char" };
            let host = d
                .host_path
                .clone()
                .unwrap_or_else(|| format!("/dev/{kind}/{}:{}", d.major, d.minor));
            p.push(bind_node(&at, &host));
            continue;
        }
        p.push(Step::Mknod {
            at,
            kind: if d.kind == "b" {
                Node::Block
            } else {
                Node::Char
            },
            mode: d.file_mode & 0o777,
            major: d.major,
            minor: d.minor,
        });
    }
    for (name, target) in LINKS {
        p.push(Step::Symlink {
            at: format!("/dev/{name}"),
            target: (*target).into(),
        });
    }
    for d in ["pts", "shm", "mqueue"] {
        p.push(Step::Mkdir {
            at: format!("/dev/{d}"),
            mode: 0o755,
        });
    }
    if privileged {
        p.push(Step::HostDevices { bind: ctx.rootless });
    }
    // gid 5 (tty) may not be mapped in a rootless user namespace
    let devpts = if ctx.rootless {
        "newinstance,ptmxmode=0666,mode=0620"
    } else {
        "newinstance,ptmxmode=0666,mode=0620,gid=5"
    };
    p.push(Step::Mount(mount(
        "/dev/pts",
        Point::Dir,
        Some("devpts"),
        Some("devpts"),
        MsFlags::MS_NOSUID | MsFlags::MS_NOEXEC,
        Some(devpts),
    )));
    let shm = if spec.linux.shm_size > 0 {
        spec.linux.shm_size
    } else {
        64 << 20
    };
    // The host's IPC namespace: its /dev/shm and message queues, bound.
    match spec.linux.ipc.as_str() {
        "host" => {
            p.push(host_bind("/dev/shm"));
            // hosts without a mounted /dev/mqueue have none to share
            let mut mq = host_bind("/dev/mqueue");
            if let Step::Mount(m) = &mut mq {
                m.fallback = Fallback::Ignore;
            }
            p.push(mq);
        }
        ipc => {
            if let Some(fd) = ctx.shm_tree {
                // another container's IPC namespace: its /dev/shm (and below, its queues:
                // an mqueue mounted in a joined IPC namespace is that namespace's)
                p.push(Step::Bind(BindStep {
                    at: "/dev/shm".into(),
                    source: format!("/proc/self/fd/{fd}").into(),
                    root: None,
                    own: true,
                    readonly: false,
                    copyup: false,
                    detached: true,
                }));
            } else if ipc != "none" {
                p.push(Step::Mount(mount(
                    "/dev/shm",
                    Point::Dir,
                    Some("shm"),
                    Some("tmpfs"),
                    nnn,
                    Some(&format!("mode=1777,size={shm}")),
                )));
            }
            p.push(Step::Mount(mount(
                "/dev/mqueue",
                Point::Dir,
                Some("mqueue"),
                Some("mqueue"),
                nnn,
                None,
            )));
        }
    }
    // A new sysfs needs the network namespace's owner: rootless with the host's network,
    // it is the host's /sys bound read-only; a new sysfs that the kernel refuses (a shared
    // network namespace) falls back to that too.
    let bind_sys = vec![
        Step::Mount(mount(
            "/sys",
            Point::Own,
            Some("/sys"),
            None,
            MsFlags::MS_BIND | MsFlags::MS_REC,
            None,
        )),
        Step::Mount(mount(
            "/sys",
            Point::Dir,
            None,
            None,
            MsFlags::MS_BIND | MsFlags::MS_REMOUNT | MsFlags::MS_REC | ro | nnn,
            None,
        )),
    ];
    if ctx.rootless && spec.linux.network == "host" {
        p.extend(bind_sys);
    } else {
        let mut sysfs = mount(
            "/sys",
            Point::Own,
            Some("sysfs"),
            Some("sysfs"),
            nnn | ro,
            None,
        );
        sysfs.fallback = Fallback::Instead(bind_sys);
        p.push(Step::Mount(sysfs));
    }
    if ctx.cgroup_v2 {
        // writable for systemd only where the view is the container's own subtree
        let writable = spec.linux.cgroup_writable && spec.linux.cgroupns != "host";
        let mut cg = mount(
            "/sys/fs/cgroup",
            Point::Own,
            Some("cgroup2"),
            Some("cgroup2"),
            if writable { nnn } else { nnn | ro },
            None,
        );
        cg.fallback = Fallback::Ignore;
        p.push(Step::Mount(cg));
    }
    p
}

/// The generated /etc files and the user's mounts (`-v`, `--mount`, `--tmpfs`), in order:
/// the first `own` are skiff's own files.
pub fn user_mounts(
    mounts: &[crate::oci::runtime::Mount],
    own: usize,
    detached: &[std::path::PathBuf],
) -> Result<Vec<Step>, String> {
    let mut p = Vec::new();
    for (i, m) in mounts.iter().enumerate() {
        let has = |o: &str| m.options.iter().any(|x| x == o);
        match m.kind.as_str() {
            "bind" => p.push(Step::Bind(BindStep {
                at: m.destination.clone(),
                source: m.source.clone(),
                root: m.root.clone(),
                own: i < own,
                readonly: has("ro"),
                copyup: i >= own && has("copyup"),
                detached: detached.contains(&m.source),
            })),
            "tmpfs" => {
                let mut flags = MsFlags::MS_NOSUID | MsFlags::MS_NODEV;
                if has("ro") {
                    flags |= MsFlags::MS_RDONLY;
                }
                let data: Vec<&str> = m
                    .options
                    .iter()
                    .map(String::as_str)
                    .filter(|o| o.contains('='))
                    .collect();
                p.push(Step::Mount(mount(
                    &m.destination,
                    Point::Dir,
                    Some("tmpfs"),
                    Some("tmpfs"),
                    flags,
                    Some(&data.join(",")),
                )));
            }
            other => {
                return Err(format!(
                    "unsupported mount type {other:?} for {}",
                    m.destination
                ));
            }
        }
    }
    Ok(p)
}

/// After pivot_root: masked paths hidden, read-only paths bound read-only, and the whole
/// rootfs read-only for `--read-only`.
pub fn protection(spec: &RuntimeSpec) -> Vec<Step> {
    let mut p: Vec<Step> = spec
        .linux
        .masked_paths
        .iter()
        .map(|at| Step::Mask { at: at.clone() })
        .collect();
    for at in &spec.linux.readonly_paths {
        p.push(Step::Mount(mount(
            at,
            Point::Existing,
            Some(at),
            None,
            MsFlags::MS_BIND | MsFlags::MS_REC,
            None,
        )));
        p.push(Step::Mount(mount(
            at,
            Point::Existing,
            None,
            None,
            MsFlags::MS_BIND
                | MsFlags::MS_REMOUNT
                | MsFlags::MS_RDONLY
                | MsFlags::MS_REC
                | MsFlags::MS_NOSUID
                | MsFlags::MS_NODEV
                | MsFlags::MS_NOEXEC,
            None,
        )));
    }
    if spec.root.readonly {
        p.push(Step::Mount(mount(
            "/",
            Point::Existing,
            None,
            None,
            MsFlags::MS_BIND | MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY,
            None,
        )));
    }
    p
}

mod apply;
pub use apply::apply;
pub mod process;
pub mod rootfs;
#[cfg(test)]
mod tests;
