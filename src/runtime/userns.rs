//! User namespaces of an ordinary user: the mapping (podman's: id 0 inside is the caller,
//! 1.. are the caller's subordinate ranges from /etc/subuid and /etc/subgid), and writing
//! it for a process — through the setuid `newuidmap`/`newgidmap` (package uidmap) when
//! there are ranges, else the single own-id mapping a user may write itself. The same
//! mapping every time, so files keep consistent owners without a long-lived process.

use std::path::Path;

use crate::util::ids::parse_id;

/// `inside` .. `inside + count` in the namespace are `outside` .. on the host.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdMap {
    pub inside: u32,
    pub outside: u32,
    pub count: u32,
}

/// The ranges (start, count) a subuid/subgid file gives the user `name` (or numeric `id`).
/// Lines that are malformed, empty or reach past the last valid id are skipped.
pub fn sub_ranges(text: &str, name: &str, id: u32) -> Vec<(u32, u32)> {
    text.lines()
        .filter_map(|l| {
            let mut f = l.trim().split(':');
            let (who, start, count) = (f.next()?, f.next()?, f.next()?);
            if who != name && parse_id(who) != Some(id) {
                return None;
            }
            let (start, count) = (parse_id(start)?, parse_id(count)?);
            let end = u64::from(start) + u64::from(count);
            (count > 0 && end <= u64::from(crate::util::ids::MAX_ID) + 1).then_some((start, count))
        })
        .collect()
}

/// 0 → `own`, then the ranges one after another from 1.
pub fn rootless_maps(own: u32, ranges: &[(u32, u32)]) -> Vec<IdMap> {
    let mut maps = vec![IdMap {
        inside: 0,
        outside: own,
        count: 1,
    }];
    let mut next: u64 = 1;
    for &(start, count) in ranges {
        // the caller's own id inside a range would be mapped twice
        if (start..start.saturating_add(count)).contains(&own) {
            continue;
        }
        if next + u64::from(count) > u64::from(crate::util::ids::MAX_ID) + 1 {
            break;
        }
        maps.push(IdMap {
            inside: next as u32,
            outside: start,
            count,
        });
        next += u64::from(count);
    }
    maps
}

/// The maps as `/proc/PID/uid_map` takes them.
pub fn map_text(maps: &[IdMap]) -> String {
    maps.iter()
        .map(|m| format!("{} {} {}\n", m.inside, m.outside, m.count))
        .collect()
}

/// Writes `pid`'s uid and gid maps (it has just made its user namespace).
pub fn write_maps(pid: i32, uids: &[IdMap], gids: &[IdMap]) -> Result<(), String> {
    let proc = Path::new("/proc").join(pid.to_string());
    if uids.len() == 1 && gids.len() == 1 {
        // one's own ids need no helper, but setgroups must be denied first
        std::fs::write(proc.join("setgroups"), "deny")
            .and_then(|()| std::fs::write(proc.join("uid_map"), map_text(uids)))
            .and_then(|()| std::fs::write(proc.join("gid_map"), map_text(gids)))
            .map_err(|e| format!("writing the id maps of {pid}: {e}"))?;
        return Ok(());
    }
    for (tool, maps) in [("newuidmap", uids), ("newgidmap", gids)] {
        let mut args = vec![pid.to_string()];
        for m in maps {
            args.extend([m.inside, m.outside, m.count].map(|n| n.to_string()));
        }
        let out = std::process::Command::new(tool)
            .args(&args)
            .output()
            .map_err(|e| format!("{tool} (install the uidmap package): {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "{tool}: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_and_maps() {
        let text = "alice:100000:65536\n1001:300000:10\nbob:200000:65536\n# x\nalice:bad:1\nalice:4294967290:10\nalice:5:0\n";
        assert_eq!(sub_ranges(text, "alice", 1000), [(100000, 65536)]);
        assert_eq!(sub_ranges(text, "carol", 1001), [(300000, 10)]);
        assert!(sub_ranges(text, "dave", 1002).is_empty());
        let maps = rootless_maps(1000, &[(100000, 65536), (300000, 10)]);
        assert_eq!(
            map_text(&maps),
            "0 1000 1\n1 100000 65536\n65537 300000 10\n"
        );
        // the caller's own id inside a range is not mapped twice
        assert_eq!(rootless_maps(100005, &[(100000, 65536)]).len(), 1);
        // ids at the edge: a range ending exactly at the last valid id is kept, past it not
        assert_eq!(
            sub_ranges("u:4294967284:10\nu:4294967285:11\n", "u", 9),
            [(4294967284, 10)]
        );
        let huge = rootless_maps(1, &[(10, 4_000_000_000), (5_000, 300_000_000)]);
        assert_eq!(huge.len(), 2, "{huge:?}");
    }
}
