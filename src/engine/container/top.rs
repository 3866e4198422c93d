//! `top`: the processes of a running container, found through its cgroup. Without ps
//! options they are described from /proc in `ps -ef`'s columns (no host `ps` needed); with
//! options the host's `ps` runs them and its rows are kept for the container's PIDs, as
//! docker does.

use std::time::{Duration, SystemTime};

use crate::engine::{Engine, EngineError};
use crate::runtime::cgroups::Cgroup;
use crate::state::Status;

pub const DEFAULT_HEADERS: [&str; 8] = ["UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"];

/// A table: titles and rows of cells.
#[derive(Debug, Default)]
pub struct Table {
    pub titles: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Engine {
    /// The host PIDs of a running container's processes, and whether it is an ordinary
    /// user's (its users are shown as its user namespace sees them).
    fn container_pids(&self, input: &str) -> Result<(Vec<i32>, bool), EngineError> {
        let id = self.containers()?.resolve(input)?;
        let (config, state) = self.load_container(&id)?;
        if !matches!(state.status, Status::Running | Status::Paused) {
            return Err(EngineError::Conflict(format!(
                "container {} is not running",
                config.name
            )));
        }
        let mut pids = Cgroup {
            version: state.cgroup_version,
            dirs: state.cgroup.clone(),
        }
        .pids();
        if pids.is_empty() {
            // no cgroup of its own: the container's first process and its descendants
            pids = crate::runtime::cgroups::stats::process_tree(
                std::path::Path::new("/proc"),
                state.pid,
            );
        }
        pids.sort_unstable();
        Ok((pids, config.spec.linux.rootless))
    }

    pub fn top(&self, input: &str, ps_args: &[String]) -> Result<Table, EngineError> {
        // an ordinary user's container shows its users as they are inside (root, not the
        // user's own name), as rootless docker's and podman's do
        let (pids, inside) = self.container_pids(input)?;
        if ps_args.is_empty() {
            Ok(Table {
                titles: DEFAULT_HEADERS.iter().map(|s| s.to_string()).collect(),
                rows: pids.iter().filter_map(|p| describe(*p, inside)).collect(),
            })
        } else {
            host_ps(ps_args, &pids)
        }
    }
}

/// Runs the host's `ps` and keeps the container's rows (by the PID column).
fn host_ps(args: &[String], pids: &[i32]) -> Result<Table, EngineError> {
    let out = std::process::Command::new("ps")
        .args(args)
        .output()
        .map_err(|e| EngineError::Other(format!("running ps: {e}")))?;
    if !out.status.success() {
        return Err(EngineError::Other(format!(
            "ps {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    parse_ps(&String::from_utf8_lossy(&out.stdout), pids)
}

pub fn parse_ps(output: &str, pids: &[i32]) -> Result<Table, EngineError> {
    let mut lines = output.lines();
    let titles: Vec<String> = lines
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .map(String::from)
        .collect();
    let col = titles.iter().position(|t| t == "PID").ok_or_else(|| {
        EngineError::Invalid("ps output has no PID column: add -o pid or use other options".into())
    })?;
    let mut rows = Vec::new();
    for line in lines {
        // The last column (the command) may contain spaces.
        let words: Vec<&str> = line.split_whitespace().collect();
        let fixed = titles.len().saturating_sub(1).min(words.len());
        let mut cells: Vec<String> = words[..fixed].iter().map(|w| w.to_string()).collect();
        cells.push(words[fixed..].join(" "));
        if cells
            .get(col)
            .and_then(|p| p.parse::<i32>().ok())
            .is_some_and(|p| pids.contains(&p))
        {
            rows.push(cells);
        }
    }
    Ok(Table { titles, rows })
}

/// `uid` as the user namespace of `pid` sees it (by its uid_map), or as it is when it
/// is not mapped there.
fn uid_inside(pid: i32, uid: u32) -> u32 {
    let map = std::fs::read_to_string(format!("/proc/{pid}/uid_map")).unwrap_or_default();
    crate::config::idmap::to_container(&map, uid).unwrap_or(uid)
}

/// One process in `ps -ef`'s columns, read from /proc (its uid as its own user namespace
/// sees it when `inside`); `None` once it is gone.
fn describe(pid: i32, inside: bool) -> Option<Vec<String>> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let open = stat.find('(')?;
    let close = stat.rfind(')')?;
    let comm = &stat[open + 1..close];
    // Fields from 3 (state) on.
    let f: Vec<&str> = stat[close + 2..].split_whitespace().collect();
    let num = |i: usize| {
        f.get(i - 3)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0)
    };
    let ppid = num(4);
    let tty = tty_name(num(7));
    let ticks = rustix::param::clock_ticks_per_second().max(1);
    let cpu = Duration::from_secs((num(14) + num(15)) / ticks);
    let started = boot_time() + Duration::from_secs(num(22) / ticks);
    let alive = SystemTime::now()
        .duration_since(started)
        .unwrap_or_default()
        .as_secs()
        .max(1);
    let c = cpu.as_secs() * 100 / alive;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let uid: u32 = status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let uid = if inside { uid_inside(pid, uid) } else { uid };
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
    let args: Vec<String> = cmdline
        .split(|b| *b == 0)
        .filter(|a| !a.is_empty())
        .map(|a| String::from_utf8_lossy(a).into_owned())
        .collect();
    let cmd = if args.is_empty() {
        format!("[{comm}]")
    } else {
        args.join(" ")
    };
    Some(vec![
        crate::config::host_user_name(uid).unwrap_or_else(|| uid.to_string()),
        pid.to_string(),
        ppid.to_string(),
        c.to_string(),
        stime(started),
        tty,
        cpu_time(cpu),
        cmd,
    ])
}

fn boot_time() -> SystemTime {
    let btime = std::fs::read_to_string("/proc/stat")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("btime "))
                .and_then(|v| v.trim().parse::<u64>().ok())
        })
        .unwrap_or(0);
    SystemTime::UNIX_EPOCH + Duration::from_secs(btime)
}

fn tty_name(tty_nr: u64) -> String {
    let major = (tty_nr >> 8) & 0xfff;
    let minor = (tty_nr & 0xff) | ((tty_nr >> 12) & 0xfff00);
    match major {
        0 => "?".into(),
        136..=143 => format!("pts/{}", (major - 136) * 256 + minor),
        4 => format!("tty{minor}"),
        _ => "?".into(),
    }
}

/// ps's STIME: the hour and minute today, the month and day before.
fn stime(t: SystemTime) -> String {
    let tz = jiff::tz::TimeZone::system();
    let (Ok(then), Ok(now)) = (
        jiff::Timestamp::try_from(t).map(|x| x.to_zoned(tz.clone())),
        jiff::Timestamp::try_from(SystemTime::now()).map(|x| x.to_zoned(tz)),
    ) else {
        return "?".into();
    };
    if then.date() == now.date() {
        then.strftime("%H:%M").to_string()
    } else {
        then.strftime("%b%d").to_string()
    }
}

/// ps's TIME: [DD-]HH:MM:SS of CPU.
fn cpu_time(d: Duration) -> String {
    let s = d.as_secs();
    let (days, h, m, sec) = (s / 86400, s / 3600 % 24, s / 60 % 60, s % 60);
    if days > 0 {
        format!("{days}-{h:02}:{m:02}:{sec:02}")
    } else {
        format!("{h:02}:{m:02}:{sec:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ps_rows_are_kept_by_pid_and_commands_keep_their_spaces() {
        let out = "  PID USER  COMMAND\n    1 root  /sbin/init splash\n  42 me    sh -c sleep 9\n";
        let t = parse_ps(out, &[42]).unwrap();
        assert_eq!(t.titles, vec!["PID", "USER", "COMMAND"]);
        assert_eq!(t.rows, vec![vec!["42", "me", "sh -c sleep 9"]]);
        assert!(parse_ps("USER CMD\nroot x\n", &[1]).is_err());
    }

    #[test]
    fn columns_like_ps() {
        assert_eq!(cpu_time(Duration::from_secs(3725)), "01:02:05");
        assert_eq!(cpu_time(Duration::from_secs(90000)), "1-01:00:00");
        assert_eq!(tty_name(0), "?");
        assert_eq!(tty_name((136 << 8) | 3), "pts/3");
        let me = describe(std::process::id() as i32, false).unwrap();
        assert_eq!(me[1], std::process::id().to_string());
        assert_eq!(me.len(), DEFAULT_HEADERS.len());
    }
}
