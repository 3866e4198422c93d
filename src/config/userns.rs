//! The rootless user namespace's mapping (podman's: id 0 inside is the caller, 1.. are
//! the caller's subordinate ranges from /etc/subuid and /etc/subgid). The same mapping
//! every time, so files keep consistent owners without a long-lived process.

use crate::oci::runtime::IdMapping as IdMap;
use crate::util::ids::parse_id;

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
        container_id: 0,
        host_id: own,
        size: 1,
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
            container_id: next as u32,
            host_id: start,
            size: count,
        });
        next += u64::from(count);
    }
    maps
}

/// The calling user's (uid maps, gid maps), from /etc/subuid and /etc/subgid; a warning
/// (once per process) when there are no ranges: then only the user's own id is mapped.
pub fn caller_maps() -> (Vec<IdMap>, Vec<IdMap>) {
    let (uid, gid) = crate::sys::ids();
    let name = super::host_user_name(uid).unwrap_or_default();
    let read = |f: &str| std::fs::read_to_string(f).unwrap_or_default();
    let subuid = sub_ranges(&read("/etc/subuid"), &name, uid);
    let subgid = sub_ranges(&read("/etc/subgid"), &name, uid);
    if subuid.is_empty() || subgid.is_empty() {
        static WARNED: std::sync::Once = std::sync::Once::new();
        WARNED.call_once(|| {
            log::warn!(
                "no subordinate ids for {name} in /etc/subuid and /etc/subgid: only your own id is mapped, so images with files of other owners cannot be used (add ranges: usermod --add-subuids 100000-165535 --add-subgids 100000-165535 {name})"
            );
        });
        return (rootless_maps(uid, &[]), rootless_maps(gid, &[]));
    }
    (rootless_maps(uid, &subuid), rootless_maps(gid, &subgid))
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
            crate::sys::userns::map_text(&maps),
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
