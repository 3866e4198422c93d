//! `--user` resolution in the container's own /etc/passwd and /etc/group (parsed here:
//! glibc's NSS lookups crash a static binary, and they would read the host's files anyway).

use crate::util::ids::{check_user, parse_id};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExecUser {
    pub uid: u32,
    pub gid: u32,
    pub additional_gids: Vec<u32>,
    pub home: String,
}

struct PasswdEntry<'a> {
    name: &'a str,
    uid: u32,
    gid: u32,
    home: &'a str,
}

fn passwd_entries(text: &str) -> impl Iterator<Item = PasswdEntry<'_>> {
    text.lines().filter_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        if f.len() < 7 || l.starts_with('#') {
            return None;
        }
        Some(PasswdEntry {
            name: f[0],
            uid: parse_id(f[2])?,
            gid: parse_id(f[3])?,
            home: f[5],
        })
    })
}

/// (name, gid, members) of each group line.
fn group_entries(text: &str) -> impl Iterator<Item = (&str, u32, Vec<&str>)> {
    text.lines().filter_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        if f.len() < 4 || l.starts_with('#') {
            return None;
        }
        let members = f[3].split(',').filter(|m| !m.is_empty()).collect();
        Some((f[0], parse_id(f[2])?, members))
    })
}

/// The lines to append to a container's /etc/passwd (`passwd`) at start: each of
/// `hostusers` whose name and uid it lacks, and for a `--user` uid it lacks, `template`
/// filled in ($USERNAME, $UID, $GID, $NAME, $HOME).
pub fn extra_entries(
    user: &str,
    hostusers: &[String],
    template: Option<&str>,
    passwd: &str,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let known = |name: &str, uid: u32, out: &[String]| {
        let mut all = passwd_entries(passwd)
            .map(|e| (e.name.to_string(), e.uid))
            .chain(out.iter().filter_map(|l| {
                let f: Vec<&str> = l.split(':').collect();
                Some((f.first()?.to_string(), parse_id(f.get(2)?)?))
            }));
        all.any(|(n, u)| n == name || u == uid)
    };
    for line in hostusers {
        let f: Vec<&str> = line.split(':').collect();
        if let (Some(name), Some(uid)) = (f.first(), f.get(2).and_then(|u| parse_id(u)))
            && f.len() == 7
            && !known(name, uid, &out)
        {
            out.push(line.clone());
        }
    }
    let (u, g) = user.split_once(':').unwrap_or((user, ""));
    if let (Some(t), Some(uid)) = (template, parse_id(u))
        && !passwd_entries(passwd).any(|e| e.uid == uid)
        && !known("", uid, &out)
    {
        let gid = parse_id(g).unwrap_or(uid);
        out.push(
            t.replace("$USERNAME", u)
                .replace("$UID", &uid.to_string())
                .replace("$GID", &gid.to_string())
                .replace("$NAME", "")
                .replace("$HOME", "/"),
        );
    }
    out
}

/// Resolves `spec` (`""`, `name`, `uid`, `name:group`, `uid:gid`) as docker does. Missing
/// files behave as empty ones; a numeric uid need not exist in passwd. Ids out of the
/// kernel's range (in the spec or in the files) are never used: see [`crate::util::ids`].
pub fn resolve(spec: &str, passwd: &str, group: &str) -> Result<ExecUser, String> {
    check_user(spec)?;
    let (user_part, group_part) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (spec, None),
    };
    let mut out = ExecUser {
        uid: 0,
        gid: 0,
        additional_gids: Vec::new(),
        home: "/".to_string(),
    };
    let mut user_name: Option<String> = None;
    if user_part.is_empty() {
        if let Some(root) = passwd_entries(passwd).find(|e| e.uid == 0) {
            out.gid = root.gid;
            out.home = root.home.to_string();
            user_name = Some(root.name.to_string());
        } else {
            out.home = "/root".to_string();
        }
    } else if let Some(uid) = parse_id(user_part) {
        out.uid = uid;
        if let Some(e) = passwd_entries(passwd).find(|e| e.uid == uid) {
            out.gid = e.gid;
            out.home = e.home.to_string();
            user_name = Some(e.name.to_string());
        }
    } else {
        let e = passwd_entries(passwd)
            .find(|e| e.name == user_part)
            .ok_or_else(|| {
                format!("unable to find user {user_part}: no matching entries in passwd file")
            })?;
        out.uid = e.uid;
        out.gid = e.gid;
        out.home = e.home.to_string();
        user_name = Some(e.name.to_string());
    }
    match group_part {
        Some(g) if !g.is_empty() => {
            out.gid = match parse_id(g) {
                Some(gid) => gid,
                None => group_entries(group)
                    .find(|(name, _, _)| *name == g)
                    .map(|(_, gid, _)| gid)
                    .ok_or_else(|| {
                        format!("unable to find group {g}: no matching entries in group file")
                    })?,
            };
        }
        _ => {
            if let Some(name) = &user_name {
                for (_, gid, members) in group_entries(group) {
                    if members.contains(&name.as_str())
                        && gid != out.gid
                        && !out.additional_gids.contains(&gid)
                    {
                        out.additional_gids.push(gid);
                    }
                }
            }
        }
    }
    Ok(out)
}

/// `--group-add` items (group names in the container's /etc/group, or gids) as gids.
pub fn extra_groups(items: &[String], group: &str) -> Result<Vec<u32>, String> {
    items
        .iter()
        .map(|g| {
            if let Some(gid) = parse_id(g) {
                return Ok(gid);
            }
            group_entries(group)
                .find(|(name, _, _)| name == g)
                .map(|(_, gid, _)| gid)
                .ok_or_else(|| {
                    format!("--group-add {g}: no such group in the container's /etc/group")
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue16_passwd_entries_for_hostuser_and_passwd_entry() {
        let passwd = "root:x:0:0:root:/root:/bin/sh\nbin:x:2:2:bin:/bin:/bin/sh\n";
        let host = vec![
            "alice:x:1000:1000:Alice:/home/alice:/bin/bash".to_string(),
            "bin:x:2:2:bin:/bin:/usr/sbin/nologin".to_string(),
            "broken:x:1001".to_string(),
        ];
        assert_eq!(
            extra_entries("", &host, None, passwd),
            ["alice:x:1000:1000:Alice:/home/alice:/bin/bash"],
            "only what the container lacks, whole lines only"
        );
        let t = Some("$USERNAME:x:$UID:$GID:$NAME:$HOME:/bin/sh");
        assert_eq!(
            extra_entries("2000:20", &[], t, passwd),
            ["2000:x:2000:20::/:/bin/sh"]
        );
        assert!(
            extra_entries("2", &[], t, passwd).is_empty(),
            "uid 2 is there"
        );
        assert!(extra_entries("bin", &[], t, passwd).is_empty(), "a name");
        assert_eq!(
            extra_entries("1000", &host, t, passwd).len(),
            1,
            "alice (from the host) answers for uid 1000"
        );
    }

    const PASSWD: &str =
        "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n# comment\nbroken\n";
    const GROUP: &str = "root:x:0:\napp:x:1000:\nstaff:x:50:app,other\nwheel:x:10:app\n";

    #[test]
    fn issue16_group_add_takes_names_and_gids() {
        assert_eq!(
            extra_groups(&["staff".into(), "1234".into()], GROUP).unwrap(),
            [50, 1234]
        );
        assert!(extra_groups(&["nosuch".into()], GROUP).is_err());
    }

    #[test]
    fn resolves_like_docker() {
        let r = |s: &str| resolve(s, PASSWD, GROUP);
        assert_eq!(
            r("").unwrap(),
            ExecUser {
                uid: 0,
                gid: 0,
                additional_gids: vec![],
                home: "/root".into()
            }
        );
        let app = r("app").unwrap();
        assert_eq!(
            (app.uid, app.gid, app.home.as_str()),
            (1000, 1000, "/home/app")
        );
        assert_eq!(app.additional_gids, vec![50, 10]);
        assert_eq!(r("1000").unwrap().additional_gids, vec![50, 10]);
        let n = r("4242").unwrap();
        assert_eq!((n.uid, n.gid, n.home.as_str()), (4242, 0, "/"));
        assert_eq!(r("app:staff").unwrap().gid, 50);
        assert_eq!(r("app:staff").unwrap().additional_gids, Vec::<u32>::new());
        assert_eq!(r("4242:4343").unwrap().gid, 4343);
        assert!(r("nosuchuser").unwrap_err().contains("nosuchuser"));
        assert!(r("app:nogroup").unwrap_err().contains("nogroup"));
        assert_eq!(resolve("", "", "").unwrap().home, "/root");
    }

    /// Issue 13: ids out of range never resolve (u32::MAX would mean "no change": root).
    #[test]
    fn issue13_ids_at_the_edges() {
        let passwd = "root:x:0:0::/root:/bin/sh\nnobody:x:4294967295:4294967295::/:/bin/sh\n";
        let group = "root:x:0:\nbig:x:4294967295:\n";
        for bad in [
            "4294967295",
            "0:4294967295",
            "-1",
            "nobody",
            "0:big",
            "4294967296",
            ":",
        ] {
            assert!(resolve(bad, passwd, group).is_err(), "{bad}");
        }
        let max = resolve("4294967294:4294967294", passwd, group).unwrap();
        assert_eq!((max.uid, max.gid), (4294967294, 4294967294));
    }
}
