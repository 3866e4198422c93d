//! Which cgroup layout the host has and where skiff itself sits in it, from
//! /proc/self/mountinfo and /proc/self/cgroup.

use std::path::{Path, PathBuf};

/// Controllers skiff creates cgroups in on v1.
pub const V1_CONTROLLERS: &[&str] = &[
    "memory", "cpu", "cpuacct", "cpuset", "pids", "devices", "freezer", "blkio",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hierarchy {
    /// One directory per mounted v1 hierarchy, each where skiff's own cgroup is in it.
    V1(Vec<V1Mount>),
    /// The unified hierarchy: its mount and skiff's own cgroup directory in it.
    V2 { mount: PathBuf, current: PathBuf },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct V1Mount {
    pub controllers: Vec<String>,
    pub mount: PathBuf,
    /// skiff's own cgroup in this hierarchy, as a directory under `mount`.
    pub current: PathBuf,
}

impl Hierarchy {
    /// The host's layout. `SKIFF_CGROUP2_MOUNT` forces v2 at that mount (tests of the v2 path
    /// on hosts that boot with v1).
    pub fn detect() -> std::io::Result<Self> {
        let mountinfo = std::fs::read_to_string("/proc/self/mountinfo")?;
        let own = std::fs::read_to_string("/proc/self/cgroup")?;
        let forced = std::env::var_os("SKIFF_CGROUP2_MOUNT").map(PathBuf::from);
        Ok(Self::parse(&mountinfo, &own, forced))
    }

    pub fn parse(mountinfo: &str, own: &str, forced_v2: Option<PathBuf>) -> Self {
        let own_v2 = own
            .lines()
            .find_map(|l| l.strip_prefix("0::"))
            .unwrap_or("/")
            .to_string();
        let mounts: Vec<MountLine> = mountinfo.lines().filter_map(MountLine::parse).collect();
        if let Some(mount) = forced_v2 {
            let root = mounts
                .iter()
                .find(|m| m.fstype == "cgroup2" && m.mountpoint == mount)
                .map_or("/", |m| m.root.as_str());
            return Hierarchy::V2 {
                current: under(&mount, root, &own_v2),
                mount,
            };
        }
        if let Some(m) = mounts
            .iter()
            .find(|m| m.fstype == "cgroup2" && m.mountpoint == Path::new("/sys/fs/cgroup"))
        {
            return Hierarchy::V2 {
                mount: m.mountpoint.clone(),
                current: under(&m.mountpoint, &m.root, &own_v2),
            };
        }
        let mut v1 = Vec::new();
        for m in mounts.iter().filter(|m| m.fstype == "cgroup") {
            let controllers: Vec<String> = m
                .super_options
                .split(',')
                .filter(|o| V1_CONTROLLERS.contains(o))
                .map(str::to_string)
                .collect();
            if controllers.is_empty() || v1.iter().any(|x: &V1Mount| x.controllers == controllers) {
                continue;
            }
            let own_path = own
                .lines()
                .filter_map(|l| {
                    let mut parts = l.splitn(3, ':');
                    let (_, ctrls, path) = (parts.next()?, parts.next()?, parts.next()?);
                    ctrls
                        .split(',')
                        .any(|c| controllers.iter().any(|x| x == c))
                        .then(|| path.to_string())
                })
                .next()
                .unwrap_or_else(|| "/".to_string());
            v1.push(V1Mount {
                current: under(&m.mountpoint, &m.root, &own_path),
                controllers,
                mount: m.mountpoint.clone(),
            });
        }
        Hierarchy::V1(v1)
    }

    pub fn version(&self) -> u8 {
        match self {
            Hierarchy::V1(_) => 1,
            Hierarchy::V2 { .. } => 2,
        }
    }

    /// `dir` (a cgroup directory) as a path from its hierarchy's root.
    pub fn relative(&self, dir: &Path) -> Option<String> {
        let rel = match self {
            Hierarchy::V2 { mount, .. } => dir.strip_prefix(mount).ok()?,
            Hierarchy::V1(mounts) => mounts
                .iter()
                .find_map(|m| dir.strip_prefix(&m.mount).ok())?,
        };
        Some(format!("/{}", rel.to_string_lossy()))
    }
}

/// The directory of cgroup `path` (as /proc/self/cgroup names it) under a mount whose root
/// is `root` in the hierarchy.
fn under(mount: &Path, root: &str, path: &str) -> PathBuf {
    let rel = path
        .strip_prefix(root)
        .unwrap_or(path)
        .trim_start_matches('/');
    if rel.is_empty() {
        mount.to_path_buf()
    } else {
        mount.join(rel)
    }
}

struct MountLine {
    root: String,
    mountpoint: PathBuf,
    fstype: String,
    super_options: String,
}

impl MountLine {
    fn parse(line: &str) -> Option<Self> {
        let (left, right) = line.split_once(" - ")?;
        let l: Vec<&str> = left.split(' ').collect();
        let r: Vec<&str> = right.split(' ').collect();
        Some(MountLine {
            root: unescape(l.get(3)?),
            mountpoint: PathBuf::from(unescape(l.get(4)?)),
            fstype: r.first()?.to_string(),
            super_options: r.get(2).unwrap_or(&"").to_string(),
        })
    }
}

/// mountinfo escapes space, tab, newline and backslash as `\ooo`.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\'
            && i + 4 <= b.len()
            && let Ok(v) = u8::from_str_radix(&s[i + 1..i + 4], 8)
        {
            out.push(v as char);
            i += 4;
            continue;
        }
        out.push(b[i] as char);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const HYBRID: &str = "\
25 30 0:23 / /sys rw,nosuid - sysfs sysfs rw
33 25 0:28 / /sys/fs/cgroup ro,nosuid - tmpfs tmpfs ro,mode=755
34 33 0:29 / /sys/fs/cgroup/unified rw - cgroup2 cgroup2 rw,nsdelegate
36 33 0:31 / /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory
37 33 0:32 / /sys/fs/cgroup/cpu,cpuacct rw - cgroup cgroup rw,cpu,cpuacct
38 33 0:33 / /sys/fs/cgroup/pids rw - cgroup cgroup rw,pids
39 33 0:34 / /sys/fs/cgroup/net_cls rw - cgroup cgroup rw,net_cls
";

    #[test]
    fn hybrid_hosts_use_v1_per_controller() {
        let own =
            "12:pids:/ci/job\n5:cpu,cpuacct:/ci/job\n4:memory:/ci/job\n1:net_cls:/\n0::/ci/job\n";
        let h = Hierarchy::parse(HYBRID, own, None);
        let Hierarchy::V1(v) = h else {
            panic!("expected v1")
        };
        assert_eq!(v.len(), 3, "{v:?}");
        assert_eq!(v[0].controllers, ["memory"]);
        assert_eq!(v[0].current, Path::new("/sys/fs/cgroup/memory/ci/job"));
        assert_eq!(v[1].controllers, ["cpu", "cpuacct"]);
        assert_eq!(v[1].current, Path::new("/sys/fs/cgroup/cpu,cpuacct/ci/job"));
    }

    #[test]
    fn unified_hosts_use_v2_and_a_forced_mount_wins() {
        let mi = "30 25 0:26 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n";
        let h = Hierarchy::parse(mi, "0::/user.slice/session-1.scope\n", None);
        assert_eq!(
            h,
            Hierarchy::V2 {
                mount: "/sys/fs/cgroup".into(),
                current: "/sys/fs/cgroup/user.slice/session-1.scope".into()
            }
        );
        let h = Hierarchy::parse(HYBRID, "0::/\n", Some("/tmp/cg2".into()));
        assert_eq!(
            h,
            Hierarchy::V2 {
                mount: "/tmp/cg2".into(),
                current: "/tmp/cg2".into()
            }
        );
    }

    #[test]
    fn cgroup_namespaced_roots_are_stripped() {
        let mi = "30 25 0:26 /kubepods/pod1 /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n";
        let h = Hierarchy::parse(mi, "0::/kubepods/pod1/ctr\n", None);
        assert_eq!(
            h,
            Hierarchy::V2 {
                mount: "/sys/fs/cgroup".into(),
                current: "/sys/fs/cgroup/ctr".into()
            }
        );
        assert_eq!(unescape("/a\\040b"), "/a b");
    }
}
