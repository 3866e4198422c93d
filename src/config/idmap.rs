//! A container's own id maps (`--userns=auto|keep-id|nomap`, `--uidmap`/`--gidmap`,
//! `--subuidname`/`--subgidname`), computed as plain data. Maps are written relative to the
//! store's own ids ("native" ids): host ids for root; for an ordinary user, the ids of its
//! rootless user namespace (0 is the user, 1.. its subordinate ranges), as podman reads
//! `--uidmap` rootless. `host` (and no flag) means no maps of the container's own: root's
//! containers share the host's ids, an ordinary user's get the rootless mapping.

use crate::oci::runtime::IdMapping as IdMap;
use crate::util::ids::parse_id;

/// What the flags asked for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UsernsRequest {
    /// `--userns`: "", host, keep-id[:uid=N,gid=N], nomap, auto[:size=N].
    pub mode: String,
    pub uidmap: Vec<String>,
    pub gidmap: Vec<String>,
    pub subuidname: Option<String>,
    pub subgidname: Option<String>,
}

impl UsernsRequest {
    /// No user namespace of the container's own was asked for.
    pub fn is_default(&self) -> bool {
        matches!(self.mode.as_str(), "" | "host")
            && self.uidmap.is_empty()
            && self.gidmap.is_empty()
            && self.subuidname.is_none()
            && self.subgidname.is_none()
    }
}

/// Where the maps are taken from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Native {
    pub rootless: bool,
    /// How many native uids and gids there are (rootless: 1 + the subordinate ranges).
    pub uids: u64,
    pub gids: u64,
    /// The caller's uid and gid (for keep-id).
    pub caller: (u32, u32),
    /// The caller's host ranges as native ids: (host start, native start, count), for
    /// `--subuidname` rootless; empty for root.
    pub host_uids: Vec<(u32, u32, u32)>,
    pub host_gids: Vec<(u32, u32, u32)>,
}

/// The caller's native ids: the host's for root, the rootless namespace's for an
/// ordinary user.
pub fn native(rootless: bool) -> Native {
    if !rootless {
        return Native {
            rootless,
            uids: 1 << 32,
            gids: 1 << 32,
            caller: (0, 0),
            host_uids: Vec::new(),
            host_gids: Vec::new(),
        };
    }
    let (u, g) = super::userns::caller_maps();
    let size = |m: &[IdMap]| m.iter().map(|m| u64::from(m.size)).sum();
    let host = |m: &[IdMap]| {
        m.iter()
            .map(|m| (m.host_id, m.container_id, m.size))
            .collect()
    };
    Native {
        rootless,
        uids: size(&u),
        gids: size(&g),
        caller: crate::sys::ids(),
        host_uids: host(&u),
        host_gids: host(&g),
    }
}

/// The outcome: maps (uid, gid) and the user the process runs as unless `--user` says
/// otherwise; or a free range of this size to be found (`auto`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Planned {
    Shared,
    Maps {
        uid: Vec<IdMap>,
        gid: Vec<IdMap>,
        user: Option<String>,
    },
    Auto {
        size: Option<u32>,
    },
}

/// `C:H:N` (container id, native id, count).
pub fn parse_map(s: &str) -> Result<IdMap, String> {
    let bad = || format!("invalid id map {s:?}: use CONTAINER_ID:HOST_ID:SIZE");
    let mut f = s.split(':');
    let (c, h, n) = (
        f.next().and_then(parse_id).ok_or_else(bad)?,
        f.next().and_then(parse_id).ok_or_else(bad)?,
        f.next().and_then(parse_id).ok_or_else(bad)?,
    );
    if f.next().is_some() || n == 0 {
        return Err(bad());
    }
    if u64::from(c) + u64::from(n) > 1 << 32 || u64::from(h) + u64::from(n) > 1 << 32 {
        return Err(format!("invalid id map {s:?}: it reaches past the last id"));
    }
    Ok(IdMap {
        container_id: c,
        host_id: h,
        size: n,
    })
}

/// `key=value` options after `mode:`.
fn options(rest: &str, allowed: &[&str], mode: &str) -> Result<Vec<(String, u32)>, String> {
    rest.split(',')
        .filter(|o| !o.is_empty())
        .map(|o| {
            let (k, v) = o
                .split_once('=')
                .ok_or_else(|| format!("invalid --userns={mode} option {o:?}"))?;
            if !allowed.contains(&k) {
                return Err(format!(
                    "unknown --userns={mode} option {k:?} (known: {})",
                    allowed.join(", ")
                ));
            }
            let v = parse_id(v).ok_or_else(|| format!("invalid --userns={mode} {k}={v}"))?;
            Ok((k.to_string(), v))
        })
        .collect()
}

/// Checks that `maps` neither overlap inside nor outside and stay within `native` ids.
fn check(maps: &[IdMap], native: u64, what: &str, rootless: bool) -> Result<(), String> {
    let mut inside: Vec<(u64, u64)> = Vec::new();
    let mut outside: Vec<(u64, u64)> = Vec::new();
    for m in maps {
        let (c, h, n) = (
            u64::from(m.container_id),
            u64::from(m.host_id),
            u64::from(m.size),
        );
        if h + n > native {
            return Err(if rootless {
                format!(
                    "{what} {}:{}:{} reaches past your {native} ids (0 is you, 1.. your ranges in /etc/subuid and /etc/subgid)",
                    m.container_id, m.host_id, m.size
                )
            } else {
                format!(
                    "{what} {}:{}:{} reaches past the last id",
                    m.container_id, m.host_id, m.size
                )
            });
        }
        let overlaps = |v: &[(u64, u64)], s: u64| v.iter().any(|&(a, b)| s < b && a < s + n);
        if overlaps(&inside, c) || overlaps(&outside, h) {
            return Err(format!("{what}: the ranges overlap"));
        }
        inside.push((c, c + n));
        outside.push((h, h + n));
    }
    Ok(())
}

/// Container `own` is native id 0 (the user), the ids below and above it the user's ranges
/// in order (podman's keep-id).
pub fn keep_id(own: u32, native: u64) -> Vec<IdMap> {
    let mut maps = Vec::new();
    if own > 0 {
        maps.push(IdMap {
            container_id: 0,
            host_id: 1,
            size: own,
        });
    }
    maps.push(IdMap {
        container_id: own,
        host_id: 0,
        size: 1,
    });
    let next = u64::from(own) + 1;
    if native > next {
        maps.push(IdMap {
            container_id: next as u32,
            host_id: next as u32,
            size: (native - next).min(u64::from(u32::MAX)) as u32,
        });
    }
    maps
}

/// Every native id but the user's own (id 0): container 0.. are the user's ranges.
pub fn nomap(native: u64) -> Vec<IdMap> {
    vec![IdMap {
        container_id: 0,
        host_id: 1,
        size: (native.saturating_sub(1)).min(u64::from(u32::MAX)) as u32,
    }]
}

/// `name`'s ranges (from a subuid/subgid file's text) one after another from container id
/// 0, as native ids (`host`: the caller's ranges as native ids, rootless; empty: root).
fn named(
    text: &str,
    name: &str,
    host: &[(u32, u32, u32)],
    rootless: bool,
    file: &str,
) -> Result<Vec<IdMap>, String> {
    let ranges = super::userns::sub_ranges(text, name, u32::MAX);
    if ranges.is_empty() {
        return Err(format!("no ranges for {name:?} in {file}"));
    }
    let mut maps = Vec::new();
    let mut next: u64 = 0;
    for (start, count) in ranges {
        let native = if rootless {
            host.iter()
                .find(|&&(hs, _, hn)| {
                    start >= hs
                        && u64::from(start) + u64::from(count) <= u64::from(hs) + u64::from(hn)
                })
                .map(|&(hs, ns, _)| ns + (start - hs))
                .ok_or_else(|| {
                    format!(
                        "{name}'s range {start}:{count} in {file} is not within your own ranges"
                    )
                })?
        } else {
            start
        };
        maps.push(IdMap {
            container_id: next as u32,
            host_id: native,
            size: count,
        });
        next += u64::from(count);
    }
    Ok(maps)
}

/// Reads /etc/subuid or /etc/subgid.
pub type ReadFile<'a> = &'a dyn Fn(&str) -> String;

/// The maps the flags ask for.
pub fn plan(req: &UsernsRequest, native: &Native, read: ReadFile<'_>) -> Result<Planned, String> {
    let explicit = !req.uidmap.is_empty()
        || !req.gidmap.is_empty()
        || req.subuidname.is_some()
        || req.subgidname.is_some();
    let (mode, rest) = req.mode.split_once(':').unwrap_or((&req.mode, ""));
    if explicit && !matches!(mode, "" | "private") {
        return Err(format!(
            "--userns={} cannot be combined with --uidmap, --gidmap, --subuidname or --subgidname",
            req.mode
        ));
    }
    let only_rootless = |m: &str| {
        if native.rootless {
            Ok(())
        } else {
            Err(format!(
                "--userns={m} is only for an ordinary user's containers (as root, use --userns=auto or --uidmap)"
            ))
        }
    };
    match mode {
        "" | "host" | "private" if !explicit => {
            if !rest.is_empty() {
                return Err(format!("--userns={} takes no options", req.mode));
            }
            Ok(Planned::Shared)
        }
        "keep-id" => {
            only_rootless(mode)?;
            let o = options(rest, &["uid", "gid"], mode)?;
            let get = |k: &str| o.iter().find(|(n, _)| n == k).map(|(_, v)| *v);
            let uid = get("uid").unwrap_or(native.caller.0);
            let gid = get("gid").unwrap_or(native.caller.1);
            let (u, g) = (keep_id(uid, native.uids), keep_id(gid, native.gids));
            check(&u, native.uids, "--userns=keep-id", true)?;
            check(&g, native.gids, "--userns=keep-id", true)?;
            Ok(Planned::Maps {
                uid: u,
                gid: g,
                user: Some(format!("{uid}:{gid}")),
            })
        }
        "nomap" => {
            only_rootless(mode)?;
            if !rest.is_empty() {
                return Err("--userns=nomap takes no options".into());
            }
            Ok(Planned::Maps {
                uid: nomap(native.uids),
                gid: nomap(native.gids),
                user: None,
            })
        }
        "auto" => {
            let o = options(rest, &["size"], mode)?;
            let size = o.iter().find(|(n, _)| n == "size").map(|(_, v)| *v);
            if size == Some(0) {
                return Err("--userns=auto:size must be at least 1".into());
            }
            Ok(Planned::Auto { size })
        }
        _ if explicit => {
            let parse = |v: &[String]| {
                v.iter()
                    .map(|s| parse_map(s))
                    .collect::<Result<Vec<_>, _>>()
            };
            let mut uid = parse(&req.uidmap)?;
            let mut gid = parse(&req.gidmap)?;
            if let Some(name) = &req.subuidname {
                uid = named(
                    &read("/etc/subuid"),
                    name,
                    &native.host_uids,
                    native.rootless,
                    "/etc/subuid",
                )?;
            }
            if let Some(name) = req.subgidname.as_ref().or(req.subuidname.as_ref())
                && gid.is_empty()
            {
                gid = named(
                    &read("/etc/subgid"),
                    name,
                    &native.host_gids,
                    native.rootless,
                    "/etc/subgid",
                )?;
            }
            // one of the two given: the other is the same, as podman does
            if uid.is_empty() {
                uid = gid.clone();
            }
            if gid.is_empty() {
                gid = uid.clone();
            }
            check(&uid, native.uids, "--uidmap", native.rootless)?;
            check(&gid, native.gids, "--gidmap", native.rootless)?;
            Ok(Planned::Maps {
                uid,
                gid,
                user: None,
            })
        }
        other => Err(format!(
            "invalid --userns={other}: use host, private, keep-id, nomap or auto"
        )),
    }
}

/// The first `size` free ids in `pool` (start, count) that none of `used` (start, count)
/// touches.
pub fn allocate(pool: &[(u32, u32)], used: &[(u32, u32)], size: u32) -> Option<u32> {
    let size = u64::from(size);
    for &(start, count) in pool {
        let end = u64::from(start) + u64::from(count);
        let mut at = u64::from(start);
        while at + size <= end {
            match used
                .iter()
                .map(|&(s, n)| (u64::from(s), u64::from(s) + u64::from(n)))
                .filter(|&(s, e)| s < at + size && at < e)
                .map(|(_, e)| e)
                .max()
            {
                Some(e) => at = e,
                None => return Some(at as u32),
            }
        }
    }
    None
}

/// One map of `size` ids from container 0 to native `start`.
pub fn block(start: u32, size: u32) -> Vec<IdMap> {
    vec![IdMap {
        container_id: 0,
        host_id: start,
        size,
    }]
}

/// Every native id as itself: the default mapping, through a shifting rootfs (where the
/// kernel cannot mount overlayfs in a user namespace).
/// Written as two extents (0, then 1..): the kernel refused the single extent that maps
/// the parent's id 0 along with the rest (EPERM on 6.18).
pub fn identity(native: u64) -> Vec<IdMap> {
    keep_id(0, native)
}

/// The id that native `id` is inside a namespace whose map reads `map` (a
/// /proc/PID/uid_map: `inside native size` lines); `None` when it is not mapped.
pub fn to_container(map: &str, id: u32) -> Option<u32> {
    map.lines().find_map(|l| {
        let f: Vec<u64> = l
            .split_whitespace()
            .filter_map(|v| v.parse().ok())
            .collect();
        let [inside, native, size] = f[..] else {
            return None;
        };
        let id = u64::from(id);
        (native <= id && id < native + size)
            .then(|| u32::try_from(inside + id - native).ok())
            .flatten()
    })
}

/// The native ids a container's maps take (for `allocate`'s `used`).
pub fn taken(maps: &[IdMap]) -> Vec<(u32, u32)> {
    maps.iter().map(|m| (m.host_id, m.size)).collect()
}

/// Where root's `--userns=auto` takes ranges from when /etc/subuid names no `containers`
/// user: ids no distribution hands out.
pub const ROOT_AUTO_POOL: (u32, u32) = (1_000_000_000, 1_000_000_000);

#[cfg(test)]
mod tests;
