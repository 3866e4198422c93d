//! What a container is made of, as plain data: the subset of the OCI runtime spec skiff
//! uses, with its field names. `spec` builds it from flags and the image; `runtime` runs it.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuntimeSpec {
    pub process: Process,
    pub root: Root,
    #[serde(default)]
    pub hostname: String,
    #[serde(default)]
    pub domainname: String,
    /// In order, on top of the rootfs and the standard /proc, /dev, /sys mounts.
    #[serde(default)]
    pub mounts: Vec<Mount>,
    #[serde(default)]
    pub linux: Linux,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Process {
    #[serde(default)]
    pub terminal: bool,
    /// `-i`: stdin stays attached.
    #[serde(default, rename = "openStdin")]
    pub open_stdin: bool,
    /// As written by the user (`1000:1000`, `app`, `app:staff`); resolved in the container's
    /// /etc/passwd and /etc/group when it starts.
    #[serde(default)]
    pub user: String,
    pub args: Vec<String>,
    #[serde(default)]
    pub env: Vec<String>,
    #[serde(default = "root_dir")]
    pub cwd: String,
    /// Capability names (`CAP_CHOWN`); the same set goes to bounding, effective, permitted.
    #[serde(default)]
    pub capabilities: Vec<String>,
    #[serde(default, rename = "noNewPrivileges")]
    pub no_new_privileges: bool,
    #[serde(default)]
    pub rlimits: Vec<Rlimit>,
    /// Run skiff's reaper as PID 1, with the command as its child (`--init`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub init: bool,
    /// A pod's infra container: PID 1 is skiff's own pause code, no command is run.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pause: bool,
    /// `--group-add`: more groups (names from the container's /etc/group, or gids).
    #[serde(default, rename = "groupAdd", skip_serializing_if = "Vec::is_empty")]
    pub group_add: Vec<String>,
    /// `--oom-score-adj`.
    #[serde(
        default,
        rename = "oomScoreAdj",
        skip_serializing_if = "Option::is_none"
    )]
    pub oom_score_adj: Option<i32>,
    /// `--umask` (podman): the process's file mode creation mask.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub umask: Option<u32>,
    /// `--unsetenv` (podman): defaults (PATH, HOSTNAME, HOME, TERM) not added at start.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unsetenv: Vec<String>,
    /// `--hostuser` (podman): the host's passwd lines of these users, added to the
    /// container's /etc/passwd at start where it lacks their name and uid.
    #[serde(default, rename = "passwdAdd", skip_serializing_if = "Vec::is_empty")]
    pub passwd_add: Vec<String>,
    /// `--passwd-entry` (podman): the line added for a `--user` uid the container's
    /// /etc/passwd lacks ($USERNAME, $UID, $GID, $NAME, $HOME filled in).
    #[serde(
        default,
        rename = "passwdEntry",
        skip_serializing_if = "Option::is_none"
    )]
    pub passwd_entry: Option<String>,
    /// `--preserve-fds N` (podman): the starter's fds 3..3+N pass into the command.
    #[serde(default, rename = "preserveFds", skip_serializing_if = "is_zero")]
    pub preserve_fds: u32,
    /// `--unsetenv-all` (podman): no default is added at start.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unsetenv_all: bool,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

fn root_dir() -> String {
    "/".to_string()
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rlimit {
    /// `RLIMIT_NOFILE`, …
    #[serde(rename = "type")]
    pub kind: String,
    pub soft: u64,
    pub hard: u64,
}

impl Rlimit {
    /// docker's `NAME=SOFT[:HARD]` (`-1`/`unlimited` for no limit), as `--ulimit` and the
    /// config files' default ulimits give it.
    pub fn parse(s: &str) -> Result<Rlimit, String> {
        let (name, values) = s
            .split_once('=')
            .ok_or_else(|| format!("invalid ulimit {s:?}: expected NAME=SOFT[:HARD]"))?;
        let number = |v: &str| -> Result<u64, String> {
            if v == "-1" || v == "unlimited" {
                return Ok(u64::MAX);
            }
            v.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| v.parse().ok())
                .flatten()
                .ok_or_else(|| format!("invalid ulimit {s:?}: {v:?} is not a number"))
        };
        let (soft, hard) = match values.split_once(':') {
            Some((a, b)) => (number(a)?, number(b)?),
            None => (number(values)?, number(values)?),
        };
        if soft > hard {
            return Err(format!(
                "invalid ulimit {s:?}: soft limit {soft} is above the hard limit {hard}"
            ));
        }
        const KNOWN: &[&str] = &[
            "core",
            "cpu",
            "data",
            "fsize",
            "locks",
            "memlock",
            "msgqueue",
            "nice",
            "nofile",
            "nproc",
            "rss",
            "rtprio",
            "rttime",
            "sigpending",
            "stack",
            "as",
        ];
        if !KNOWN.contains(&name) {
            return Err(format!("invalid ulimit {s:?}: unknown limit {name:?}"));
        }
        Ok(Rlimit {
            kind: format!("RLIMIT_{}", name.to_uppercase()),
            soft,
            hard,
        })
    }
}

/// The root filesystem: an overlay of image layers (bottom first) under a writable layer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Root {
    pub lower: Vec<PathBuf>,
    pub upper: PathBuf,
    pub work: PathBuf,
    /// Where the overlay is mounted (in the container's own mount namespace only).
    pub mountpoint: PathBuf,
    #[serde(default)]
    pub readonly: bool,
    /// `--rootfs DIR` (podman): `lower[0]` itself is the root, bind-mounted (its changes
    /// stay in it), not an overlay.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bind: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mount {
    pub destination: String,
    /// `bind`, `tmpfs`, …
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub source: PathBuf,
    /// `ro`, `nosuid`, `size=64m`, `mode=1777`, `rprivate`, …
    #[serde(default)]
    pub options: Vec<String>,
    /// A bind whose `source` is a path *inside* this directory, resolved there when it is
    /// mounted (symlinks followed only within it), never by the host: what a build binds
    /// from its context, a stage or a cache directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub root: Option<PathBuf>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Linux {
    /// `none` (own namespace, loopback only), `host`.
    #[serde(default)]
    pub network: String,
    #[serde(default)]
    pub resources: Resources,
    /// Cgroup parent (empty: beneath skiff's own cgroup).
    #[serde(default, rename = "cgroupsPath")]
    pub cgroups_path: String,
    /// The cgroup directories (one per hierarchy) the container's cgroup goes beneath: a
    /// pod's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cgroup_parent_dirs: Vec<std::path::PathBuf>,
    #[serde(default)]
    pub sysctl: BTreeMap<String, String>,
    #[serde(default, rename = "maskedPaths")]
    pub masked_paths: Vec<String>,
    #[serde(default, rename = "readonlyPaths")]
    pub readonly_paths: Vec<String>,
    /// Host devices made available (`--device`).
    #[serde(default)]
    pub devices: Vec<Device>,
    #[serde(default)]
    pub seccomp: super::seccomp::Seccomp,
    #[serde(default)]
    pub privileged: bool,
    /// Size of /dev/shm in bytes.
    #[serde(default, rename = "shmSize")]
    pub shm_size: u64,
    /// The process whose /dev/shm the container shares instead of a new one (`--ipc
    /// container:`); set at each start, never recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shm_of: Option<i32>,
    /// `--pid`: empty (a PID namespace of its own) or `host`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub pid: String,
    /// `--ipc`: empty or `private`/`shareable` (its own), `host`, or `none` (its own, no
    /// /dev/shm).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ipc: String,
    /// `--uts`: empty (its own hostname), `host` (the host's, never set) or `container:ID`
    /// (another container's: a pod's, never set either).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uts: String,
    /// systemd mode (`--systemd`): the container's own cgroup2 tree is mounted writable
    /// (with a cgroup namespace of its own only), as podman does for systemd.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cgroup_writable: bool,
    /// `--personality` (podman): `LINUX32` makes the kernel report a 32-bit machine.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub personality: Option<String>,
    /// `--cgroupns`: empty (a cgroup namespace of its own) or `host`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cgroupns: String,
    /// No cgroup of its own (`--cgroups=disabled`, or rootless without delegation).
    #[serde(
        default,
        rename = "noCgroup",
        skip_serializing_if = "std::ops::Not::not"
    )]
    pub no_cgroup: bool,
    /// The setup runs as root of a user namespace that an ordinary user owns: no mknod,
    /// /dev nodes and /sys bound from the host, overlay whiteouts in user xattrs.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rootless: bool,
    /// A user namespace of the container's own with these maps (written by the parent
    /// before the child sets up); empty: the creator's user namespace.
    #[serde(default, rename = "uidMappings", skip_serializing_if = "Vec::is_empty")]
    pub uid_mappings: Vec<IdMapping>,
    #[serde(default, rename = "gidMappings", skip_serializing_if = "Vec::is_empty")]
    pub gid_mappings: Vec<IdMapping>,
    /// `--userns=auto|keep-id|nomap`, `--uidmap`, …: the container's own maps, relative to
    /// the store's ids (the host's for root, the rootless namespace's for an ordinary
    /// user). The rootfs is then a fuse-overlayfs that shows the layers' owners through
    /// these maps, mounted before the container is made (`runtime::shifted`).
    #[serde(default, rename = "idMaps", skip_serializing_if = "Option::is_none")]
    pub idmap: Option<IdMaps>,
}

/// A container's own uid and gid maps.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdMaps {
    pub uid: Vec<IdMapping>,
    pub gid: Vec<IdMapping>,
    /// What asked for them (`auto`, `keep-id`, `nomap`, `private` for explicit maps), as
    /// `inspect` shows it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mode: String,
}

/// `container_id` .. `container_id + size` in the namespace are `host_id` .. outside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdMapping {
    #[serde(rename = "containerID")]
    pub container_id: u32,
    #[serde(rename = "hostID")]
    pub host_id: u32,
    pub size: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resources {
    /// Bytes; `None` for no limit.
    #[serde(default)]
    pub memory: Option<i64>,
    /// Memory plus swap in bytes; -1 unlimited.
    #[serde(default, rename = "memorySwap")]
    pub memory_swap: Option<i64>,
    /// CPU quota in microseconds per `cpu_period`.
    #[serde(default, rename = "cpuQuota")]
    pub cpu_quota: Option<i64>,
    #[serde(default, rename = "cpuPeriod")]
    pub cpu_period: Option<u64>,
    /// Relative weight, docker's scale (2–262144, default 1024).
    #[serde(default, rename = "cpuShares")]
    pub cpu_shares: Option<u64>,
    #[serde(default, rename = "cpusetCpus")]
    pub cpuset_cpus: Option<String>,
    #[serde(default, rename = "pidsLimit")]
    pub pids_limit: Option<i64>,
    /// Memory soft limit in bytes (v1 memory.soft_limit_in_bytes, v2 memory.low).
    #[serde(
        default,
        rename = "memoryReservation",
        skip_serializing_if = "Option::is_none"
    )]
    pub memory_reservation: Option<i64>,
    #[serde(
        default,
        rename = "cpusetMems",
        skip_serializing_if = "Option::is_none"
    )]
    pub cpuset_mems: Option<String>,
    /// Block I/O weight, 10–1000 (v1 blkio weight, v2 io weight).
    #[serde(
        default,
        rename = "blkioWeight",
        skip_serializing_if = "Option::is_none"
    )]
    pub blkio_weight: Option<u16>,
    /// 0–100: how readily the kernel swaps the container's memory (v1 only).
    #[serde(
        default,
        rename = "memorySwappiness",
        skip_serializing_if = "Option::is_none"
    )]
    pub memory_swappiness: Option<u64>,
    /// Do not OOM-kill the container's processes (v1 only).
    #[serde(
        default,
        rename = "oomKillDisable",
        skip_serializing_if = "Option::is_none"
    )]
    pub oom_kill_disable: Option<bool>,
    /// Real-time scheduling period and runtime per period, microseconds (v1 `cpu.rt_*`).
    #[serde(
        default,
        rename = "cpuRealtimePeriod",
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_rt_period: Option<u64>,
    #[serde(
        default,
        rename = "cpuRealtimeRuntime",
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_rt_runtime: Option<i64>,
    /// Block I/O weight of single devices (10–1000).
    #[serde(
        default,
        rename = "blkioWeightDevice",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub blkio_weight_device: Vec<DeviceValue>,
    /// Bytes and operations per second, read and write, of single devices.
    #[serde(
        default,
        rename = "blkioDeviceReadBps",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub device_read_bps: Vec<DeviceValue>,
    #[serde(
        default,
        rename = "blkioDeviceWriteBps",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub device_write_bps: Vec<DeviceValue>,
    #[serde(
        default,
        rename = "blkioDeviceReadIOps",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub device_read_iops: Vec<DeviceValue>,
    #[serde(
        default,
        rename = "blkioDeviceWriteIOps",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub device_write_iops: Vec<DeviceValue>,
    /// More device access rules (`--device-cgroup-rule`: `c 1:3 rwm`, `a 7:* r`).
    #[serde(
        default,
        rename = "deviceCgroupRules",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub device_cgroup_rules: Vec<String>,
    /// `--cgroup-conf FILE=VALUE` (podman): more cgroup files to write, by name
    /// (`memory.high`); the controller is the name's first part.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub unified: BTreeMap<String, String>,
}

/// A limit of one block device: `MAJOR:MINOR` and its value.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceValue {
    /// The device as it was named (`/dev/vda`), for `inspect`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub path: String,
    pub major: u32,
    pub minor: u32,
    pub value: u64,
}

impl Resources {
    /// These limits with every one `over` sets replacing its own (`update`).
    pub fn merged(&self, over: &Resources) -> Resources {
        Resources {
            memory: over.memory.or(self.memory),
            memory_swap: over.memory_swap.or(self.memory_swap),
            cpu_quota: over.cpu_quota.or(self.cpu_quota),
            cpu_period: over.cpu_period.or(self.cpu_period),
            cpu_shares: over.cpu_shares.or(self.cpu_shares),
            cpuset_cpus: over
                .cpuset_cpus
                .clone()
                .or_else(|| self.cpuset_cpus.clone()),
            pids_limit: over.pids_limit.or(self.pids_limit),
            memory_reservation: over.memory_reservation.or(self.memory_reservation),
            cpuset_mems: over
                .cpuset_mems
                .clone()
                .or_else(|| self.cpuset_mems.clone()),
            blkio_weight: over.blkio_weight.or(self.blkio_weight),
            memory_swappiness: over.memory_swappiness.or(self.memory_swappiness),
            oom_kill_disable: over.oom_kill_disable.or(self.oom_kill_disable),
            cpu_rt_period: over.cpu_rt_period.or(self.cpu_rt_period),
            cpu_rt_runtime: over.cpu_rt_runtime.or(self.cpu_rt_runtime),
            blkio_weight_device: per_device(&self.blkio_weight_device, &over.blkio_weight_device),
            device_read_bps: per_device(&self.device_read_bps, &over.device_read_bps),
            device_write_bps: per_device(&self.device_write_bps, &over.device_write_bps),
            device_read_iops: per_device(&self.device_read_iops, &over.device_read_iops),
            device_write_iops: per_device(&self.device_write_iops, &over.device_write_iops),
            device_cgroup_rules: self.device_cgroup_rules.clone(),
            unified: self.unified.clone(),
        }
    }
}

/// `base` with each device `over` names given its new value.
fn per_device(base: &[DeviceValue], over: &[DeviceValue]) -> Vec<DeviceValue> {
    let mut out: Vec<DeviceValue> = base
        .iter()
        .filter(|b| {
            !over
                .iter()
                .any(|o| (o.major, o.minor) == (b.major, b.minor))
        })
        .cloned()
        .collect();
    out.extend(over.iter().cloned());
    out
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    /// Path inside the container.
    pub path: String,
    /// `c` or `b`.
    #[serde(rename = "type")]
    pub kind: String,
    pub major: u32,
    pub minor: u32,
    #[serde(rename = "fileMode")]
    pub file_mode: u32,
    /// cgroup access: `rwm`.
    pub access: String,
    /// The node on the host it was named by (`--device HOST:…`): a user namespace cannot
    /// mknod, so rootless containers get this node bind-mounted instead.
    #[serde(default, rename = "hostPath", skip_serializing_if = "Option::is_none")]
    pub host_path: Option<String>,
}
