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

impl Sample {
    /// For a container without a cgroup of its own (an ordinary user's without
    /// delegation, `--cgroups=disabled`): the sums over `pid` and its descendants as `proc`
    /// (/proc) shows them — CPU time, resident memory, I/O bytes where readable, and how
    /// many. No limit: none could be applied.
    pub fn of_processes(proc: &Path, pid: i32) -> Sample {
        let ticks = rustix::param::clock_ticks_per_second().max(1);
        let page = rustix::param::page_size() as u64;
        let table = process_table(proc);
        let family = family(&table, pid);
        let mut s = Sample::default();
        for (n, _, cpu, rss) in table.iter().filter(|t| family.contains(&t.0)) {
            s.pids += 1;
            s.cpu_ns += cpu * 1_000_000_000 / ticks;
            s.mem_usage += rss * page;
            let io = proc.join(n.to_string()).join("io");
            s.blk_read += keyed_colon(&io, "read_bytes").unwrap_or(0);
            s.blk_write += keyed_colon(&io, "write_bytes").unwrap_or(0);
        }
        s
    }
}

/// pid, ppid, CPU ticks and resident pages of every process `proc` (/proc) shows.
fn process_table(proc: &Path) -> Vec<(i32, i32, u64, u64)> {
    let mut table = Vec::new();
    for e in fs::read_dir(proc).into_iter().flatten().flatten() {
        let Some(n) = e.file_name().to_str().and_then(|s| s.parse::<i32>().ok()) else {
            continue;
        };
        let Ok(stat) = fs::read_to_string(e.path().join("stat")) else {
            continue;
        };
        // the command name may hold anything but ends at the last ')'
        let Some((_, rest)) = stat.rsplit_once(')') else {
            continue;
        };
        let f: Vec<&str> = rest.split_whitespace().collect();
        let num = |i: usize| f.get(i).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
        let ppid = f.get(1).and_then(|v| v.parse().ok()).unwrap_or(0);
        table.push((n, ppid, num(11) + num(12), num(21)));
    }
    table
}

/// `pid` and its descendants in `table`, parents before children.
fn family(table: &[(i32, i32, u64, u64)], pid: i32) -> Vec<i32> {
    let mut family = vec![pid];
    let mut i = 0;
    while i < family.len() {
        let parent = family[i];
        family.extend(table.iter().filter(|t| t.1 == parent).map(|t| t.0));
        i += 1;
    }
    family
}

/// `pid` and its descendants now (a container without a cgroup of its own: its processes).
pub fn process_tree(proc: &Path, pid: i32) -> Vec<i32> {
    family(&process_table(proc), pid)
}

/// `key: value` lines (/proc/PID/io).
fn keyed_colon(p: &Path, key: &str) -> Option<u64> {
    fs::read_to_string(p).ok()?.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        (k == key).then(|| v.trim().parse().ok()).flatten()
    })
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
    fn a_process_tree_is_summed_without_a_cgroup() {
        let t = tempfile::tempdir().unwrap();
        let ticks = rustix::param::clock_ticks_per_second();
        let page = rustix::param::page_size() as u64;
        // 10 is the container; 11 its child, 12 a grandchild (a name with ") 1 "), 20 a
        // stranger whose parent is 1
        for (pid, ppid, name, utime, rss) in [
            (10, 5, "sh", 100, 10),
            (11, 10, "sleep", 50, 2),
            (12, 11, "a) 1 (b", 0, 1),
            (20, 1, "other", 999, 999),
        ] {
            let d = t.path().join(pid.to_string());
            fs::create_dir(&d).unwrap();
            let stat = format!(
                "{pid} ({name}) S {ppid} 1 1 0 -1 4194560 100 0 0 0 {utime} {utime} 0 0 20 0 1 0 100 1000 {rss} 0"
            );
            fs::write(d.join("stat"), stat).unwrap();
        }
        fs::write(
            t.path().join("11/io"),
            "rchar: 5\nread_bytes: 4096\nwrite_bytes: 8192\n",
        )
        .unwrap();
        fs::create_dir(t.path().join("self")).unwrap();
        let mut tree = process_tree(t.path(), 10);
        tree.sort_unstable();
        assert_eq!(tree, [10, 11, 12]);
        let s = Sample::of_processes(t.path(), 10);
        assert_eq!(
            s,
            Sample {
                cpu_ns: 300 * 1_000_000_000 / ticks,
                mem_usage: 13 * page,
                mem_limit: None,
                blk_read: 4096,
                blk_write: 8192,
                pids: 3,
            }
        );
    }

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
