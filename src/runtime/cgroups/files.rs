//! The controllers' files a plan reads and writes: which block I/O weight file this kernel
//! has, v2's io weight and io.max lines, cpuset values inherited from above, and the
//! parents a `--cgroup-parent` needs made.

use std::fs;
use std::io;
use std::path::Path;

use super::{CgroupError, io_err};
use crate::oci::runtime::Resources;

/// Creates `dir` and the directories above it that are missing; a new v1 cpuset cgroup
/// gets its parent's cpus and memory nodes (it is empty otherwise, and nothing could join
/// beneath it).
pub(super) fn make_parents(dir: &Path) -> Result<(), CgroupError> {
    if dir.exists() {
        return Ok(());
    }
    if let Some(up) = dir.parent() {
        make_parents(up)?;
    }
    match fs::create_dir(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Ok(()),
        Err(e) => return Err(io_err(dir)(e)),
    }
    if let Some(up) = dir.parent() {
        for f in ["cpuset.cpus", "cpuset.mems"] {
            if dir.join(f).exists()
                && let Ok(v) = fs::read_to_string(up.join(f))
                && !v.trim().is_empty()
            {
                fs::write(dir.join(f), v.trim()).map_err(io_err(&dir.join(f)))?;
            }
        }
    }
    Ok(())
}

/// The v1 block I/O weight file this kernel has (CFQ's `blkio.weight`, BFQ's
/// `blkio.bfq.weight`), or None: docker then warns and discards the weight, as skiff does.
pub fn blkio_weight_file(mount: &Path) -> Option<&'static str> {
    ["blkio.weight", "blkio.bfq.weight"]
        .into_iter()
        .find(|f| mount.join(f).exists())
}

/// The v1 per-device weight file (CFQ's or BFQ's), if this kernel has one.
pub(super) fn blkio_weight_device_file(mount: &Path) -> Option<&'static str> {
    ["blkio.weight_device", "blkio.bfq.weight_device"]
        .into_iter()
        .find(|f| mount.join(f).exists())
}

/// runc's mapping of docker's block I/O weight (10..1000) onto v2's io.weight (1..10000).
pub(super) fn io_weight(weight: u64) -> u64 {
    1 + (weight.clamp(10, 1000) - 10) * 9999 / 990
}

/// v2's `io.max`: one line per device, `MAJ:MIN rbps=… wbps=… riops=… wiops=…` with the
/// limits given for it.
pub(super) fn io_max_lines(res: &Resources) -> Vec<String> {
    let mut lines: Vec<((u32, u32), String)> = Vec::new();
    for (key, list) in [
        ("rbps", &res.device_read_bps),
        ("wbps", &res.device_write_bps),
        ("riops", &res.device_read_iops),
        ("wiops", &res.device_write_iops),
    ] {
        for d in list {
            let dev = (d.major, d.minor);
            let at = match lines.iter().position(|(k, _)| *k == dev) {
                Some(i) => i,
                None => {
                    lines.push((dev, format!("{}:{}", d.major, d.minor)));
                    lines.len() - 1
                }
            };
            lines[at].1.push_str(&format!(" {key}={}", d.value));
        }
    }
    lines.into_iter().map(|(_, l)| l).collect()
}

/// A cpuset value from the nearest ancestor that has one (a parent may be empty too).
pub(super) fn inherited(from: &Path, mount: &Path, file: &str) -> String {
    let mut dir = Some(from);
    while let Some(d) = dir {
        if let Ok(v) = fs::read_to_string(d.join(file)) {
            let v = v.trim();
            if !v.is_empty() {
                return v.to_string();
            }
        }
        if d == mount {
            break;
        }
        dir = d.parent();
    }
    String::new()
}
