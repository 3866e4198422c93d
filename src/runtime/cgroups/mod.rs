//! Container cgroups on v1 (one directory per controller hierarchy) and v2 (one directory).
//!
//! A cgroup is planned as plain data first — directories to create and (file, value)
//! writes — then applied, so the planning is tested on any machine. By default containers go
//! beneath the cgroup skiff itself runs in, so a CI job's or a session's limits still cover
//! them, and skiff never writes at the root of a hierarchy it was not given.

pub mod detect;
pub mod devices;
mod files;
pub mod stats;

pub use files::blkio_weight_file;
use files::{blkio_weight_device_file, inherited, io_max_lines, io_weight, make_parents};

use std::fs;
use std::io;
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub use detect::Hierarchy;

use crate::oci::runtime::Resources;

#[derive(Debug, thiserror::Error)]
pub enum CgroupError {
    #[error("cgroup {path}: {error}")]
    Io { path: PathBuf, error: io::Error },
    #[error("{0}")]
    Unsupported(String),
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> CgroupError + '_ {
    move |error| CgroupError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// The devices every container may use (docker's default allow-list); `m` lets it mknod any.
pub const DEFAULT_DEVICES: &[&str] = &[
    "c *:* m",
    "b *:* m",
    "c 1:3 rwm",
    "c 1:5 rwm",
    "c 1:7 rwm",
    "c 1:8 rwm",
    "c 1:9 rwm",
    "c 5:0 rwm",
    "c 5:1 rwm",
    "c 5:2 rwm",
    "c 136:* rwm",
    "c 10:200 rwm",
];

/// A planned cgroup: what to create and write, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub version: u8,
    /// Every directory of the container's cgroup (one per v1 hierarchy, one on v2).
    pub dirs: Vec<PathBuf>,
    /// Writes in the parent before creating the cgroup (v2: enabling controllers).
    pub parent_writes: Vec<(PathBuf, String)>,
    /// Limits, written after the directories exist and before any process joins.
    pub writes: Vec<(PathBuf, String)>,
    /// v2: the device rules its eBPF filter enforces (v1 writes them to `devices.allow`).
    pub devices: Vec<devices::Rule>,
}

/// Where `name` goes: beneath `parent` (a path like docker's `--cgroup-parent`, relative to
/// each hierarchy's root) or beneath skiff's own cgroup. `device_rules` is the whole
/// allow-list (everything else is refused); none leaves the devices as inherited.
pub fn plan(
    h: &Hierarchy,
    parent: &str,
    name: &str,
    res: &Resources,
    device_rules: &[String],
) -> Result<Plan, CgroupError> {
    plan_under(h, parent, &[], name, res, device_rules)
}

/// `plan`, beneath `parent_dirs` where one of them is in a hierarchy (a pod's cgroup: on
/// v1 its directories need not be at the same path in every hierarchy).
pub fn plan_under(
    h: &Hierarchy,
    parent: &str,
    parent_dirs: &[PathBuf],
    name: &str,
    res: &Resources,
    device_rules: &[String],
) -> Result<Plan, CgroupError> {
    let place = |mount: &Path, current: &Path| -> PathBuf {
        let base = if let Some(d) = parent_dirs.iter().find(|d| d.starts_with(mount)) {
            d.clone()
        } else if parent.is_empty() {
            current.to_path_buf()
        } else {
            mount.join(parent.trim_start_matches('/'))
        };
        base.join(name)
    };
    match h {
        Hierarchy::V1(mounts) => {
            let mut plan = Plan {
                version: 1,
                dirs: Vec::new(),
                parent_writes: Vec::new(),
                writes: Vec::new(),
                devices: Vec::new(),
            };
            for m in mounts {
                let has = |c: &str| m.controllers.iter().any(|x| x == c);
                // An unlimited cpuset does nothing, and joining one is costly: only on request.
                let conf: Vec<(&String, &String)> = res
                    .unified
                    .iter()
                    .filter(|(k, _)| has(k.split('.').next().unwrap_or_default()))
                    .collect();
                if has("cpuset")
                    && m.controllers.len() == 1
                    && res.cpuset_cpus.is_none()
                    && res.cpuset_mems.is_none()
                    && conf.is_empty()
                {
                    continue;
                }
                let dir = place(&m.mount, &m.current);
                let mut w = |file: &str, value: String| plan.writes.push((dir.join(file), value));
                if has("memory") {
                    if let Some(mem) = res.memory {
                        w("memory.limit_in_bytes", mem.to_string());
                    }
                    if let Some(swap) = res.memory_swap {
                        w("memory.memsw.limit_in_bytes", swap.to_string());
                    }
                    if let Some(r) = res.memory_reservation {
                        w("memory.soft_limit_in_bytes", r.to_string());
                    }
                    if let Some(s) = res.memory_swappiness {
                        w("memory.swappiness", s.to_string());
                    }
                    if let Some(d) = res.oom_kill_disable {
                        w("memory.oom_control", u8::from(d).to_string());
                    }
                }
                if has("blkio") {
                    if let Some(weight) = res.blkio_weight
                        && let Some(file) = blkio_weight_file(&m.mount)
                    {
                        w(file, weight.to_string());
                    }
                    if !res.blkio_weight_device.is_empty() {
                        match blkio_weight_device_file(&m.mount) {
                            Some(file) => {
                                for d in &res.blkio_weight_device {
                                    w(file, format!("{}:{} {}", d.major, d.minor, d.value));
                                }
                            }
                            None => log::warn!(
                                "this kernel has no block I/O weight per device (blkio.weight_device): --blkio-weight-device is discarded"
                            ),
                        }
                    }
                    for (file, list) in [
                        ("blkio.throttle.read_bps_device", &res.device_read_bps),
                        ("blkio.throttle.write_bps_device", &res.device_write_bps),
                        ("blkio.throttle.read_iops_device", &res.device_read_iops),
                        ("blkio.throttle.write_iops_device", &res.device_write_iops),
                    ] {
                        for d in list {
                            w(file, format!("{}:{} {}", d.major, d.minor, d.value));
                        }
                    }
                }
                if has("cpu") && (res.cpu_rt_period.is_some() || res.cpu_rt_runtime.is_some()) {
                    if !m.mount.join("cpu.rt_runtime_us").exists() {
                        return Err(CgroupError::Unsupported(
                            "this kernel has no real-time group scheduling (CONFIG_RT_GROUP_SCHED): --cpu-rt-period/--cpu-rt-runtime cannot be applied".into(),
                        ));
                    }
                    if let Some(p) = res.cpu_rt_period {
                        w("cpu.rt_period_us", p.to_string());
                    }
                    if let Some(r) = res.cpu_rt_runtime {
                        w("cpu.rt_runtime_us", r.to_string());
                    }
                }
                if has("cpu") {
                    if let Some(shares) = res.cpu_shares {
                        w("cpu.shares", shares.to_string());
                    }
                    if let Some(q) = res.cpu_quota {
                        w(
                            "cpu.cfs_period_us",
                            res.cpu_period.unwrap_or(100_000).to_string(),
                        );
                        w("cpu.cfs_quota_us", q.to_string());
                    }
                }
                if has("cpuset") {
                    // A new cpuset is empty: it must have cpus and mems before a task joins.
                    let parent_dir = dir.parent().unwrap_or(&m.mount).to_path_buf();
                    let cpus = match &res.cpuset_cpus {
                        Some(c) => c.clone(),
                        None => inherited(&parent_dir, &m.mount, "cpuset.cpus"),
                    };
                    w("cpuset.cpus", cpus);
                    let mems = match &res.cpuset_mems {
                        Some(m) => m.clone(),
                        None => inherited(&parent_dir, &m.mount, "cpuset.mems"),
                    };
                    w("cpuset.mems", mems);
                }
                if has("pids")
                    && let Some(p) = res.pids_limit
                {
                    w(
                        "pids.max",
                        if p <= 0 { "max".into() } else { p.to_string() },
                    );
                }
                // no rules: the devices are left as inherited (a pod's cgroup; its
                // containers' own cgroups restrict them)
                if has("devices") && !device_rules.is_empty() {
                    w("devices.deny", "a".into());
                    for d in device_rules {
                        w("devices.allow", d.clone());
                    }
                }
                for (file, value) in conf {
                    w(file, value.clone());
                }
                plan.dirs.push(dir);
            }
            if let Some(k) = res.unified.keys().find(|k| {
                let ctrl = k.split('.').next().unwrap_or_default();
                !mounts
                    .iter()
                    .any(|m| m.controllers.iter().any(|c| c == ctrl))
            }) {
                return Err(CgroupError::Unsupported(format!(
                    "--cgroup-conf {k}: no cgroup v1 hierarchy has that controller"
                )));
            }
            Ok(plan)
        }
        Hierarchy::V2 { mount, current } => {
            if res.memory_swappiness.is_some() {
                log::warn!(
                    "--memory-swappiness is ignored: cgroup v2 has no per-cgroup swappiness"
                );
            }
            if res.oom_kill_disable == Some(true) {
                log::warn!(
                    "--oom-kill-disable is ignored: cgroup v2 cannot turn the OOM killer off"
                );
            }
            if res.cpu_rt_period.is_some() || res.cpu_rt_runtime.is_some() {
                return Err(CgroupError::Unsupported(
                    "--cpu-rt-period/--cpu-rt-runtime need cgroup v1: cgroup v2 has no real-time group scheduling".into(),
                ));
            }
            let dir = place(mount, current);
            let parent_dir = dir.parent().unwrap_or(mount).to_path_buf();
            let mut writes = Vec::new();
            let mut needed = Vec::new();
            let mut w = |ctrl: &'static str, file: &str, value: String| {
                if !needed.contains(&ctrl) {
                    needed.push(ctrl);
                }
                writes.push((dir.join(file), value));
            };
            if let Some(mem) = res.memory {
                w("memory", "memory.max", mem.to_string());
            }
            if let Some(swap) = res.memory_swap {
                let v = match (swap, res.memory) {
                    (s, _) if s < 0 => "max".to_string(),
                    (s, Some(m)) => (s - m).max(0).to_string(),
                    (s, None) => s.to_string(),
                };
                w("memory", "memory.swap.max", v);
            }
            if let Some(shares) = res.cpu_shares {
                // runc's mapping of docker's shares (2..262144) onto cgroup v2 weights (1..10000).
                let weight = 1 + ((shares.clamp(2, 262_144) - 2) * 9999) / 262_142;
                w("cpu", "cpu.weight", weight.to_string());
            }
            if let Some(q) = res.cpu_quota {
                w(
                    "cpu",
                    "cpu.max",
                    format!("{q} {}", res.cpu_period.unwrap_or(100_000)),
                );
            }
            if let Some(c) = &res.cpuset_cpus {
                w("cpuset", "cpuset.cpus", c.clone());
            }
            if let Some(m) = &res.cpuset_mems {
                w("cpuset", "cpuset.mems", m.clone());
            }
            if let Some(r) = res.memory_reservation {
                w("memory", "memory.low", r.to_string());
            }
            if let Some(weight) = res.blkio_weight {
                w(
                    "io",
                    "io.weight",
                    format!("default {}", io_weight(u64::from(weight))),
                );
            }
            for d in &res.blkio_weight_device {
                w(
                    "io",
                    "io.weight",
                    format!("{}:{} {}", d.major, d.minor, io_weight(d.value)),
                );
            }
            for line in io_max_lines(res) {
                w("io", "io.max", line);
            }
            if let Some(p) = res.pids_limit {
                w(
                    "pids",
                    "pids.max",
                    if p <= 0 { "max".into() } else { p.to_string() },
                );
            }
            let mut own = Vec::new();
            for (file, value) in &res.unified {
                match file.split('.').next().unwrap_or_default() {
                    "cgroup" => own.push((dir.join(file), value.clone())),
                    "memory" => w("memory", file, value.clone()),
                    "cpu" => w("cpu", file, value.clone()),
                    "cpuset" => w("cpuset", file, value.clone()),
                    "io" => w("io", file, value.clone()),
                    "pids" => w("pids", file, value.clone()),
                    "hugetlb" => w("hugetlb", file, value.clone()),
                    "rdma" => w("rdma", file, value.clone()),
                    "misc" => w("misc", file, value.clone()),
                    c => {
                        return Err(CgroupError::Unsupported(format!(
                            "--cgroup-conf {file}: cgroup v2 has no controller {c:?}"
                        )));
                    }
                }
            }
            writes.extend(own);
            let devices = device_rules
                .iter()
                .map(|r| devices::parse(r))
                .collect::<Result<Vec<_>, _>>()
                .map_err(CgroupError::Unsupported)?;
            let parent_writes = needed
                .iter()
                .map(|c| (parent_dir.join("cgroup.subtree_control"), format!("+{c}")))
                .collect();
            Ok(Plan {
                version: 2,
                dirs: vec![dir],
                parent_writes,
                writes,
                devices,
            })
        }
    }
}

/// A container's live cgroup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cgroup {
    pub version: u8,
    pub dirs: Vec<PathBuf>,
}

impl Plan {
    /// Creates the directories and writes the limits; on failure nothing is left behind.
    pub fn apply(&self) -> Result<Cgroup, CgroupError> {
        let cg = Cgroup {
            version: self.version,
            dirs: Vec::new(),
        };
        let mut cg = cg;
        let result = (|| {
            // a --cgroup-parent that does not exist yet is made (and stays, as docker's)
            for d in &self.dirs {
                if let Some(parent) = d.parent()
                    && !self.dirs.iter().any(|x| x == parent)
                {
                    make_parents(parent)?;
                }
            }
            for (file, value) in &self.parent_writes {
                let enabled = fs::read_to_string(file).unwrap_or_default();
                let ctrl = value.trim_start_matches('+');
                if enabled.split_whitespace().any(|c| c == ctrl) {
                    continue;
                }
                fs::write(file, value).map_err(|e| {
                    CgroupError::Unsupported(format!(
                        "cannot enable the {ctrl} controller in {} ({e}): the limit needs a cgroup where it is delegated (try --cgroup-parent)",
                        file.parent().map_or(file.as_path(), |p| p).display()
                    ))
                })?;
            }
            for d in &self.dirs {
                match fs::create_dir(d) {
                    Ok(()) => cg.dirs.push(d.clone()),
                    Err(e) if e.kind() == io::ErrorKind::AlreadyExists => cg.dirs.push(d.clone()),
                    Err(e) => return Err(io_err(d)(e)),
                }
            }
            for (file, value) in &self.writes {
                fs::write(file, value).map_err(|e| match e.raw_os_error() {
                    Some(libc::ENOENT) => CgroupError::Unsupported(format!(
                        "{} is not available on this host (kernel or cgroup configuration)",
                        file.file_name()
                            .map_or_else(String::new, |f| f.to_string_lossy().into_owned())
                    )),
                    _ => io_err(file)(e),
                })?;
            }
            if self.version == 2
                && !self.devices.is_empty()
                && let Some(d) = self.dirs.first()
            {
                let dir = fs::File::open(d).map_err(io_err(d))?;
                crate::sys::bpf::attach_device_filter(&dir, &devices::program(&self.devices))
                    .map_err(|e| {
                        CgroupError::Unsupported(format!(
                            "attaching the device filter to {}: {e}",
                            d.display()
                        ))
                    })?;
            }
            Ok(())
        })();
        match result {
            Ok(()) => Ok(cg),
            Err(e) => {
                cg.remove();
                Err(e)
            }
        }
    }
}

impl Cgroup {
    /// `update`: the limits `res` sets (only those) written into this live cgroup. A limit
    /// of a v1 hierarchy the container was not placed in (cpuset when it had none) is an
    /// error that says so. A write the kernel refuses in the order planned (v1's memory
    /// above the old memory+swap) is tried again after the others.
    pub fn update(&self, h: &Hierarchy, res: &Resources) -> Result<(), CgroupError> {
        let p = plan(h, "", "skiff-update", res, &[])?;
        let mut targets = Vec::new();
        for (file, value) in &p.writes {
            let name = file.file_name().unwrap_or_default();
            if name.to_string_lossy().starts_with("devices.") {
                continue;
            }
            let home = match h {
                Hierarchy::V2 { .. } => self.dirs.first(),
                Hierarchy::V1(mounts) => mounts
                    .iter()
                    .find(|m| file.starts_with(&m.mount))
                    .and_then(|m| self.dirs.iter().find(|d| d.starts_with(&m.mount))),
            };
            let home = home.ok_or_else(|| {
                CgroupError::Unsupported(format!(
                    "{}: the container has no cgroup where that limit lives (give it when the container is created)",
                    name.to_string_lossy()
                ))
            })?;
            targets.push((home.join(name), value.clone()));
        }
        let mut failed = Vec::new();
        for (file, value) in &targets {
            if fs::write(file, value).is_err() {
                failed.push((file, value));
            }
        }
        for (file, value) in failed {
            fs::write(file, value).map_err(io_err(file))?;
        }
        Ok(())
    }

    /// Moves `pid` into the cgroup (every hierarchy on v1).
    pub fn add(&self, pid: i32) -> Result<(), CgroupError> {
        for d in &self.dirs {
            let f = d.join("cgroup.procs");
            fs::write(&f, pid.to_string()).map_err(io_err(&f))?;
        }
        Ok(())
    }

    /// The v2 directory, opened for `CLONE_INTO_CGROUP`.
    pub fn dir_fd(&self) -> Option<OwnedFd> {
        if self.version != 2 {
            return None;
        }
        let d = self.dirs.first()?;
        fs::File::open(d).ok().map(OwnedFd::from)
    }

    /// Whether the kernel OOM-killed a process in the cgroup.
    pub fn oom_killed(&self) -> bool {
        let file = if self.version == 2 {
            "memory.events"
        } else {
            "memory.oom_control"
        };
        self.dirs.iter().any(|d| {
            fs::read_to_string(d.join(file))
                .map(|t| {
                    t.lines().any(|l| {
                        l.strip_prefix("oom_kill ")
                            .and_then(|n| n.trim().parse::<u64>().ok())
                            .is_some_and(|n| n > 0)
                    })
                })
                .unwrap_or(false)
        })
    }

    /// PIDs in the cgroup.
    pub fn pids(&self) -> Vec<i32> {
        let Some(d) = self.dirs.first() else {
            return Vec::new();
        };
        fs::read_to_string(d.join("cgroup.procs"))
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.trim().parse().ok())
            .collect()
    }

    /// Removes the directories; waits briefly for exiting processes to leave. Best effort:
    /// what cannot be removed is logged.
    pub fn remove(&self) {
        for d in &self.dirs {
            let mut tries = 0;
            loop {
                match fs::remove_dir(d) {
                    Ok(()) => break,
                    Err(e) if e.kind() == io::ErrorKind::NotFound => break,
                    Err(e) if e.raw_os_error() == Some(libc::EBUSY) && tries < 50 => {
                        tries += 1;
                        std::thread::sleep(Duration::from_millis(10));
                    }
                    Err(e) => {
                        log::warn!("cannot remove cgroup {}: {e}", d.display());
                        break;
                    }
                }
            }
        }
    }
}

/// Removes the (empty) directories of a cgroup; best effort.
pub fn remove_dirs(h: &Hierarchy, dirs: &[PathBuf]) {
    let dirs: Vec<PathBuf> = dirs.iter().filter(|d| d.is_dir()).cloned().collect();
    Cgroup {
        version: h.version(),
        dirs,
    }
    .remove();
}

mod freeze;

#[cfg(test)]
mod tests;
