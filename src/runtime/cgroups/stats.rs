//! What `stats` reports, read from a container's cgroup (v1 or v2) and its network
//! namespace: CPU time, memory use and limit, block I/O, PIDs, network bytes.

use std::fs;
use std::path::Path;

use super::Cgroup;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sample {
    /// CPU time used, nanoseconds.
    pub cpu_ns: u64,
    /// Memory in use without the inactive page cache, as docker counts it.
    pub mem_usage: u64,
    /// The limit (`None`: unlimited).
    pub mem_limit: Option<u64>,
    pub blk_read: u64,
    pub blk_write: u64,
    pub pids: u64,
}

fn read_u64(p: &Path) -> Option<u64> {
    fs::read_to_string(p).ok()?.trim().parse().ok()
}

/// `key value` lines (memory.stat, cpu.stat).
fn keyed(p: &Path, key: &str) -> Option<u64> {
    fs::read_to_string(p).ok()?.lines().find_map(|l| {
        let (k, v) = l.split_once(' ')?;
        (k == key).then(|| v.trim().parse().ok()).flatten()
    })
}

impl Cgroup {
    pub fn sample(&self) -> Sample {
        let mut s = Sample::default();
        let find = |file: &str| self.dirs.iter().map(|d| d.join(file)).find(|p| p.exists());
        if self.version == 2 {
            let Some(d) = self.dirs.first() else {
                return s;
            };
            s.cpu_ns = keyed(&d.join("cpu.stat"), "usage_usec").unwrap_or(0) * 1000;
            let inactive = keyed(&d.join("memory.stat"), "inactive_file").unwrap_or(0);
            s.mem_usage = read_u64(&d.join("memory.current"))
                .unwrap_or(0)
                .saturating_sub(inactive);
            s.mem_limit = read_u64(&d.join("memory.max"));
            s.pids = read_u64(&d.join("pids.current")).unwrap_or(0);
            for line in fs::read_to_string(d.join("io.stat"))
                .unwrap_or_default()
                .lines()
            {
                for f in line.split_whitespace() {
                    if let Some(v) = f.strip_prefix("rbytes=") {
                        s.blk_read += v.parse().unwrap_or(0);
                    } else if let Some(v) = f.strip_prefix("wbytes=") {
                        s.blk_write += v.parse().unwrap_or(0);
                    }
                }
            }
            return s;
        }
        if let Some(p) = find("cpuacct.usage") {
            s.cpu_ns = read_u64(&p).unwrap_or(0);
        }
        if let Some(p) = find("memory.usage_in_bytes") {
            let dir = p.parent().unwrap_or(Path::new("/"));
            let inactive = keyed(&dir.join("memory.stat"), "total_inactive_file").unwrap_or(0);
            s.mem_usage = read_u64(&p).unwrap_or(0).saturating_sub(inactive);
            // v1 says "no limit" with a huge page-aligned number.
            s.mem_limit = read_u64(&dir.join("memory.limit_in_bytes")).filter(|l| *l < (1 << 62));
        }
        if let Some(p) = find("pids.current") {
            s.pids = read_u64(&p).unwrap_or(0);
        }
        if let Some(p) = find("blkio.throttle.io_service_bytes") {
            for line in fs::read_to_string(p).unwrap_or_default().lines() {
                let f: Vec<&str> = line.split_whitespace().collect();
                match f.as_slice() {
                    [_, "Read", v] => s.blk_read += v.parse().unwrap_or(0),
                    [_, "Write", v] => s.blk_write += v.parse().unwrap_or(0),
                    _ => {}
                }
            }
        }
        s
    }
}

/// Bytes received and sent on the network interfaces (but loopback) seen by `pid`.
pub fn net_bytes(pid: i32) -> (u64, u64) {
    let text = fs::read_to_string(format!("/proc/{pid}/net/dev")).unwrap_or_default();
    let mut rx = 0;
    let mut tx = 0;
    for line in text.lines().skip(2) {
        let Some((name, rest)) = line.split_once(':') else {
            continue;
        };
        if name.trim() == "lo" {
            continue;
        }
        let f: Vec<u64> = rest
            .split_whitespace()
            .filter_map(|v| v.parse().ok())
            .collect();
        if f.len() >= 9 {
            rx += f[0];
            tx += f[8];
        }
    }
    (rx, tx)
}

/// Total CPU time of the machine so far (all CPUs, nanoseconds) and the number of CPUs.
pub fn system_cpu() -> (u64, u32) {
    let text = fs::read_to_string("/proc/stat").unwrap_or_default();
    let ticks = rustix::param::clock_ticks_per_second().max(1);
    let mut total = 0;
    let mut cpus = 0;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("cpu ") {
            total = rest
                .split_whitespace()
                .take(8)
                .filter_map(|v| v.parse::<u64>().ok())
                .sum::<u64>()
                * 1_000_000_000
                / ticks;
        } else if line.starts_with("cpu") {
            cpus += 1;
        }
    }
    (total, cpus.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v1_and_v2_files_are_read_like_docker() {
        let t = tempfile::tempdir().unwrap();
        let v2 = t.path().join("v2");
        fs::create_dir(&v2).unwrap();
        fs::write(v2.join("cpu.stat"), "usage_usec 1500\nuser_usec 1000\n").unwrap();
        fs::write(v2.join("memory.current"), "10000\n").unwrap();
        fs::write(v2.join("memory.stat"), "anon 1\ninactive_file 4000\n").unwrap();
        fs::write(v2.join("memory.max"), "max\n").unwrap();
        fs::write(v2.join("pids.current"), "3\n").unwrap();
        fs::write(
            v2.join("io.stat"),
            "8:0 rbytes=100 wbytes=20 rios=1\n8:16 rbytes=1 wbytes=2\n",
        )
        .unwrap();
        let s = Cgroup {
            version: 2,
            dirs: vec![v2],
        }
        .sample();
        assert_eq!(
            s,
            Sample {
                cpu_ns: 1_500_000,
                mem_usage: 6000,
                mem_limit: None,
                blk_read: 101,
                blk_write: 22,
                pids: 3
            }
        );
        let mem = t.path().join("memory/c");
        let cpu = t.path().join("cpuacct/c");
        fs::create_dir_all(&mem).unwrap();
        fs::create_dir_all(&cpu).unwrap();
        fs::write(cpu.join("cpuacct.usage"), "777\n").unwrap();
        fs::write(mem.join("memory.usage_in_bytes"), "5000\n").unwrap();
        fs::write(
            mem.join("memory.stat"),
            "cache 9\ntotal_inactive_file 1000\n",
        )
        .unwrap();
        fs::write(mem.join("memory.limit_in_bytes"), "67108864\n").unwrap();
        let s = Cgroup {
            version: 1,
            dirs: vec![cpu, mem],
        }
        .sample();
        assert_eq!(
            (s.cpu_ns, s.mem_usage, s.mem_limit),
            (777, 4000, Some(67108864))
        );
        let (total, cpus) = system_cpu();
        assert!(total > 0 && cpus >= 1);
    }
}
