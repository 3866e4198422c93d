//! `run`/`create`/`update`'s cgroup limits: each flag in docker's grammar and range, turned
//! into the runtime's `Resources`.

use anyhow::bail;

use clap::Args;

use crate::oci::runtime::{DeviceValue, Resources, Rlimit};
use crate::util::units::{parse_cpus, parse_cpuset, parse_int_in, parse_limit, parse_size};

/// The cgroup limit flags `run`, `create` and `update` share.
#[derive(Debug, Args, Default)]
pub struct LimitArgs {
    /// Memory limit (e.g. 512m)
    #[arg(short, long, value_name = "BYTES")]
    pub memory: Option<String>,
    /// Memory plus swap limit (-1: unlimited swap)
    #[arg(long, value_name = "BYTES", allow_hyphen_values = true)]
    pub memory_swap: Option<String>,
    /// Number of CPUs (e.g. 1.5)
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub cpus: Option<String>,
    /// CPU shares (relative weight)
    #[arg(short, long, value_name = "N")]
    pub cpu_shares: Option<u64>,
    /// CPU CFS period in microseconds (1000-1000000)
    #[arg(long, value_name = "US")]
    pub cpu_period: Option<String>,
    /// CPU CFS quota in microseconds per period (-1: none)
    #[arg(long, value_name = "US", allow_hyphen_values = true)]
    pub cpu_quota: Option<String>,
    /// CPUs allowed (0-3, 0,1)
    #[arg(long, value_name = "CPUS")]
    pub cpuset_cpus: Option<String>,
    /// Memory nodes allowed (0-3, 0,1)
    #[arg(long, value_name = "MEMS")]
    pub cpuset_mems: Option<String>,
    /// Memory soft limit (e.g. 256m)
    #[arg(long, value_name = "BYTES")]
    pub memory_reservation: Option<String>,
    /// Kernel memory limit (accepted and ignored: current kernels have no such limit)
    #[arg(long, value_name = "BYTES")]
    pub kernel_memory: Option<String>,
    /// Block I/O weight (10-1000, 0: the default)
    #[arg(long, value_name = "N")]
    pub blkio_weight: Option<String>,
    /// How readily the container's memory is swapped, 0-100 (cgroup v1)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub memory_swappiness: Option<i64>,
    /// Do not OOM-kill the container's processes (cgroup v1)
    #[arg(long)]
    pub oom_kill_disable: bool,
    /// Maximum number of processes (-1: unlimited)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub pids_limit: Option<i64>,
    /// Real-time scheduling period in microseconds (cgroup v1)
    #[arg(long, value_name = "US")]
    pub cpu_rt_period: Option<u64>,
    /// Real-time runtime per period in microseconds (cgroup v1)
    #[arg(long, value_name = "US", allow_negative_numbers = true)]
    pub cpu_rt_runtime: Option<i64>,
    /// Block I/O weight of one device (DEVICE:WEIGHT, 10-1000)
    #[arg(long, value_name = "DEVICE:WEIGHT")]
    pub blkio_weight_device: Vec<String>,
    /// Read rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)
    #[arg(long, value_name = "DEVICE:RATE")]
    pub device_read_bps: Vec<String>,
    /// Write rate limit of one device (DEVICE:RATE, e.g. /dev/vda:1mb)
    #[arg(long, value_name = "DEVICE:RATE")]
    pub device_write_bps: Vec<String>,
    /// Read operations per second of one device (DEVICE:N)
    #[arg(long, value_name = "DEVICE:N")]
    pub device_read_iops: Vec<String>,
    /// Write operations per second of one device (DEVICE:N)
    #[arg(long, value_name = "DEVICE:N")]
    pub device_write_iops: Vec<String>,
}

/// `DEVICE:VALUE` of the per-device flags: the block device's numbers and the value, read
/// by `value` (a size for rates, a count otherwise).
fn per_device(
    flag: &str,
    s: &str,
    value: impl Fn(&str) -> Result<u64, String>,
) -> anyhow::Result<DeviceValue> {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let bad = |why: String| anyhow::anyhow!("invalid value {s:?} for --{flag}: {why}");
    let (path, v) = s
        .rsplit_once(':')
        .ok_or_else(|| bad("expected DEVICE:VALUE".into()))?;
    let v = value(v).map_err(bad)?;
    let meta = std::fs::metadata(path).map_err(|e| bad(format!("{path}: {e}")))?;
    if !meta.file_type().is_block_device() {
        return Err(bad(format!("{path} is not a block device")));
    }
    Ok(DeviceValue {
        path: path.to_string(),
        major: rustix::fs::major(meta.rdev()),
        minor: rustix::fs::minor(meta.rdev()),
        value: v,
    })
}

/// `--device-cgroup-rule`, docker's grammar: `a|b|c MAJOR|*:MINOR|* ACCESS` (r, w, m).
pub fn device_cgroup_rule(s: &str) -> anyhow::Result<String> {
    let bad = || anyhow::anyhow!("invalid device cgroup rule {s:?}: expected e.g. 'c 1:3 rwm'");
    let parts: Vec<&str> = s.split(' ').collect();
    let [kind, numbers, access] = parts.as_slice() else {
        return Err(bad());
    };
    let number = |n: &str| n == "*" || (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    let (major, minor) = numbers.split_once(':').ok_or_else(bad)?;
    let ok = matches!(*kind, "a" | "b" | "c")
        && number(major)
        && number(minor)
        && (1..=3).contains(&access.len())
        && access.chars().all(|c| "rwm".contains(c));
    if !ok {
        return Err(bad());
    }
    Ok(s.to_string())
}

impl LimitArgs {
    /// The cgroup limits, each flag in docker's grammar and range.
    pub fn resources(&self) -> anyhow::Result<Resources> {
        let flag = |name: &str, e: String| anyhow::anyhow!("invalid value for --{name}: {e}");
        let mut r = Resources::default();
        if let Some(m) = &self.memory {
            let v = parse_limit(m).map_err(|e| flag("memory", e))?;
            if v.is_some_and(|v| v < 6 << 20) {
                bail!("minimum memory limit allowed is 6MB");
            }
            r.memory = v.map(|v| v as i64);
        }
        if let Some(s) = &self.memory_swap {
            let v = parse_limit(s).map_err(|e| flag("memory-swap", e))?;
            if let Some(v) = v {
                match r.memory {
                    None => bail!(
                        "you should always set the memory limit when using the memoryswap limit"
                    ),
                    Some(m) if (v as i64) < m => {
                        bail!("minimum memoryswap limit should be larger than memory limit")
                    }
                    Some(_) => {}
                }
            }
            r.memory_swap = Some(v.map_or(-1, |v| v as i64));
        }
        if let Some(s) = &self.memory_reservation {
            let v = parse_size(s).map_err(|e| flag("memory-reservation", e))?;
            if r.memory.is_some_and(|m| v as i64 > m) {
                bail!("minimum memory limit can not be less than memory reservation limit");
            }
            r.memory_reservation = (v > 0).then_some(v as i64);
        }
        if let Some(s) = &self.kernel_memory {
            parse_size(s).map_err(|e| flag("kernel-memory", e))?;
            log::warn!(
                "--kernel-memory is ignored: the kernel no longer supports kernel memory limits"
            );
        }
        if let Some(c) = &self.cpus {
            if self.cpu_period.is_some() || self.cpu_quota.is_some() {
                bail!(
                    "conflicting options: --cpus and --cpu-period/--cpu-quota cannot both be set"
                );
            }
            let (q, p) = parse_cpus(c).map_err(|e| anyhow::anyhow!(e))?;
            r.cpu_quota = Some(q);
            r.cpu_period = Some(p);
        }
        if let Some(p) = &self.cpu_period {
            let p = parse_int_in(p, "--cpu-period", 1000..=1_000_000)
                .map_err(|e| anyhow::anyhow!(e))?;
            r.cpu_period = Some(p as u64);
        }
        if let Some(q) = &self.cpu_quota {
            let q = parse_int_in(q, "--cpu-quota", -1..=i64::from(u32::MAX) * 1000)
                .map_err(|e| anyhow::anyhow!(e))?;
            if (0..1000).contains(&q) {
                bail!("invalid value {q} for --cpu-quota: the minimum is 1000 (or -1 for none)");
            }
            r.cpu_quota = (q > 0).then_some(q);
        }
        if let Some(n) = self.cpu_shares
            && n != 0
            && !(2..=262_144).contains(&n)
        {
            bail!("invalid value {n} for --cpu-shares: must be between 2 and 262144");
        }
        r.cpu_shares = self.cpu_shares.filter(|n| *n != 0);
        if let Some(c) = &self.cpuset_cpus {
            let online = crate::util::units::online("/sys/devices/system/cpu/online");
            r.cpuset_cpus =
                Some(parse_cpuset(c, "--cpuset-cpus", online).map_err(|e| anyhow::anyhow!(e))?);
        }
        if let Some(m) = &self.cpuset_mems {
            let online = crate::util::units::online("/sys/devices/system/node/online");
            r.cpuset_mems =
                Some(parse_cpuset(m, "--cpuset-mems", online).map_err(|e| anyhow::anyhow!(e))?);
        }
        if let Some(w) = &self.blkio_weight {
            let w = parse_int_in(w, "--blkio-weight", 0..=1000).map_err(|e| anyhow::anyhow!(e))?;
            if (1..10).contains(&w) {
                bail!("invalid value {w} for --blkio-weight: must be between 10 and 1000 (or 0)");
            }
            r.blkio_weight = (w > 0).then_some(w as u16);
        }
        if let Some(p) = self.pids_limit
            && p < -1
        {
            bail!("invalid value {p} for --pids-limit: use -1 or 0 (unlimited) or more");
        }
        r.pids_limit = self.pids_limit;
        r.memory_swappiness = match self.memory_swappiness {
            None | Some(-1) => None,
            Some(n @ 0..=100) => Some(n as u64),
            Some(n) => {
                bail!(
                    "invalid value {n} for --memory-swappiness: must be between 0 and 100 (or -1)"
                )
            }
        };
        if let Some(p) = self.cpu_rt_period
            && !(1000..=1_000_000).contains(&p)
        {
            bail!("invalid value {p} for --cpu-rt-period: must be between 1000 and 1000000");
        }
        if let Some(r) = self.cpu_rt_runtime
            && r < -1
        {
            bail!("invalid value {r} for --cpu-rt-runtime: use -1 or more");
        }
        if let (Some(r), Some(p)) = (self.cpu_rt_runtime, self.cpu_rt_period)
            && r > p as i64
        {
            bail!("--cpu-rt-runtime {r} cannot be above --cpu-rt-period {p}");
        }
        r.cpu_rt_period = self.cpu_rt_period;
        r.cpu_rt_runtime = self.cpu_rt_runtime;
        let weight = |v: &str| match v.parse::<u64>() {
            Ok(w @ 10..=1000) => Ok(w),
            _ => Err("the weight must be between 10 and 1000".to_string()),
        };
        let count = |v: &str| v.parse::<u64>().map_err(|_| "not a number".to_string());
        let size = |v: &str| parse_size(v);
        let each = |flag: &str, list: &[String], f: &dyn Fn(&str) -> Result<u64, String>| {
            list.iter()
                .map(|s| per_device(flag, s, f))
                .collect::<anyhow::Result<Vec<_>>>()
        };
        r.blkio_weight_device = each("blkio-weight-device", &self.blkio_weight_device, &weight)?;
        r.device_read_bps = each("device-read-bps", &self.device_read_bps, &size)?;
        r.device_write_bps = each("device-write-bps", &self.device_write_bps, &size)?;
        r.device_read_iops = each("device-read-iops", &self.device_read_iops, &count)?;
        r.device_write_iops = each("device-write-iops", &self.device_write_iops, &count)?;
        if self.oom_kill_disable {
            if r.memory.is_none() {
                log::warn!(
                    "disabling the OOM killer on a container without a memory limit (-m) may hang the host"
                );
            }
            r.oom_kill_disable = Some(true);
        }
        Ok(r)
    }
}

/// `--ulimit NAME=SOFT[:HARD]` (`-1`/`unlimited` for no limit).
pub(super) fn ulimit(s: &str) -> anyhow::Result<Rlimit> {
    Rlimit::parse(s).map_err(|e| anyhow::anyhow!(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_cgroup_rules_follow_docker_grammar() {
        for ok in ["c 1:3 mr", "a *:* rwm", "b 7:* r", "c 10:200 rwm"] {
            assert_eq!(device_cgroup_rule(ok).unwrap(), ok);
        }
        for bad in [
            "c 1:3",
            "x 1:3 r",
            "c 1-3 r",
            "c 1:3 rx",
            "c a:3 r",
            "c 1:3 rwmr",
            "",
        ] {
            assert!(device_cgroup_rule(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn per_device_values_need_a_block_device() {
        let e = per_device("device-read-bps", "/dev/null:1mb", parse_size).unwrap_err();
        assert!(e.to_string().contains("not a block device"), "{e}");
        assert!(per_device("device-read-bps", "nocolon", parse_size).is_err());
        assert!(per_device("device-read-bps", "/nonexistent:1mb", parse_size).is_err());
    }
}
