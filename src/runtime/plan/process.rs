//! The process side of a container's setup as plans, like its filesystem: what the
//! namespaces get once the rootfs is in place (sysctls, hostname, domain name), the
//! resource limits, and what the process keeps of its privileges before exec (seccomp
//! filter, capability bounding set, no_new_privs, groups, gid, uid — in that order: the
//! filter is installed while CAP_SYS_ADMIN is still held, the ids change last). Plain data
//! from the spec (and the resolved user), applied by `run` through `sys::kernel::Kernel`.

use caps::Capability;

use crate::oci::runtime::RuntimeSpec;
use crate::sys::kernel::Kernel;
use crate::sys::seccomp::Insn;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProcStep {
    Sysctl {
        key: String,
        value: String,
    },
    Hostname(String),
    Domainname(String),
    /// `--oom-score-adj`.
    OomScoreAdj(i32),
    /// `--umask`.
    Umask(u32),
    /// `--personality`: the execution domain (`PER_LINUX32`, …).
    Personality(u64),
    /// `lower`: a limit above the process's own hard limit is lowered to it, with a
    /// warning (an ordinary user cannot raise it).
    Rlimit {
        kind: String,
        soft: u64,
        hard: u64,
        lower: bool,
    },
    /// The compiled filter, when the spec has one.
    Seccomp,
    Capabilities(Vec<Capability>),
    NoNewPrivs,
    /// `denied_ok`: a user namespace that denies setgroups leaves nothing to drop when
    /// there are no groups to set.
    Groups {
        gids: Vec<u32>,
        denied_ok: bool,
    },
    Gid(u32),
    Uid(u32),
}

/// After pivot_root: the namespaced sysctls, then the names.
pub fn environment(spec: &RuntimeSpec) -> Vec<ProcStep> {
    let mut p: Vec<ProcStep> = spec
        .linux
        .sysctl
        .iter()
        .map(|(key, value)| ProcStep::Sysctl {
            key: key.clone(),
            value: value.clone(),
        })
        .collect();
    // with the host's UTS namespace (`--uts host`) the names are the host's, with another
    // container's (a pod's) that container's: never set
    let own_uts = spec.linux.uts != "host" && !spec.linux.uts.starts_with("container:");
    if own_uts && !spec.hostname.is_empty() {
        p.push(ProcStep::Hostname(spec.hostname.clone()));
    }
    if own_uts && !spec.domainname.is_empty() {
        p.push(ProcStep::Domainname(spec.domainname.clone()));
    }
    p
}

/// `--ulimit`s; an unknown kind is an error here, before anything is set.
pub fn limits(spec: &RuntimeSpec) -> Result<Vec<ProcStep>, String> {
    let mut p = spec
        .process
        .rlimits
        .iter()
        .map(|r| {
            crate::sys::creds::resource(&r.kind)
                .ok_or_else(|| format!("unknown ulimit {:?}", r.kind))?;
            Ok(ProcStep::Rlimit {
                kind: r.kind.trim_start_matches("RLIMIT_").to_string(),
                soft: r.soft,
                hard: r.hard,
                lower: spec.linux.rootless,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    if let Some(n) = spec.process.oom_score_adj {
        p.push(ProcStep::OomScoreAdj(n));
    }
    if let Some(m) = spec.process.umask {
        p.push(ProcStep::Umask(m));
    }
    match spec.linux.personality.as_deref() {
        None | Some("LINUX") => {}
        Some("LINUX32") => p.push(ProcStep::Personality(PER_LINUX32)),
        Some(other) => return Err(format!("unknown personality {other:?}")),
    }
    Ok(p)
}

/// linux/personality.h.
const PER_LINUX32: u64 = 0x0008;

/// The privileges the command runs with, as user `uid`:`gid` with `groups`.
pub fn privileges(
    spec: &RuntimeSpec,
    seccomp: bool,
    (uid, gid, groups): (u32, u32, &[u32]),
) -> Result<Vec<ProcStep>, String> {
    let mut p = Vec::new();
    if seccomp {
        p.push(ProcStep::Seccomp);
    }
    p.push(ProcStep::Capabilities(super::super::caps::parse(
        &spec.process.capabilities,
    )?));
    if spec.process.no_new_privileges {
        p.push(ProcStep::NoNewPrivs);
    }
    p.push(ProcStep::Groups {
        gids: groups.to_vec(),
        denied_ok: groups.is_empty() && spec.linux.rootless,
    });
    p.push(ProcStep::Gid(gid));
    p.push(ProcStep::Uid(uid));
    Ok(p)
}

/// Applies `steps` in order; the first failure ends it, saying which step.
pub fn run(steps: &[ProcStep], k: &mut dyn Kernel, filter: Option<&[Insn]>) -> Result<(), String> {
    for s in steps {
        step(s, k, filter)?;
    }
    Ok(())
}

fn step(s: &ProcStep, k: &mut dyn Kernel, filter: Option<&[Insn]>) -> Result<(), String> {
    match s {
        ProcStep::Sysctl { key, value } => k
            .sysctl(key, value)
            .map_err(|e| format!("setting sysctl {key}={value}: {e}")),
        ProcStep::Hostname(h) => k.set_hostname(h).map_err(|e| format!("hostname: {e}")),
        ProcStep::Domainname(d) => k.set_domainname(d).map_err(|e| format!("domainname: {e}")),
        ProcStep::OomScoreAdj(n) => k
            .set_oom_score_adj(*n)
            .map_err(|e| format!("--oom-score-adj {n}: {e}")),
        ProcStep::Umask(m) => {
            k.set_umask(*m);
            Ok(())
        }
        ProcStep::Personality(p) => k
            .set_personality(*p)
            .map_err(|e| format!("--personality: {e}")),
        ProcStep::Rlimit {
            kind,
            soft,
            hard,
            lower,
        } => {
            let failed = |e: std::io::Error| format!("setting ulimit {kind}={soft}:{hard}: {e}");
            match k.set_rlimit(kind, *soft, *hard) {
                Err(e) if *lower && e.raw_os_error() == Some(libc::EPERM) => {
                    let max = k.hard_rlimit(kind).map_err(failed)?.unwrap_or(u64::MAX);
                    eprintln!(
                        "WARNING: ulimit {kind}={soft}:{hard} is above your own hard limit ({max}): lowered to it (rootless)"
                    );
                    k.set_rlimit(kind, (*soft).min(max), (*hard).min(max))
                        .map_err(failed)
                }
                other => other.map_err(failed),
            }
        }
        ProcStep::Seccomp => match filter {
            Some(f) => k.install_seccomp(f).map_err(|e| format!("seccomp: {e}")),
            None => Err("seccomp: no filter was compiled".into()),
        },
        ProcStep::Capabilities(keep) => k.limit_capabilities(keep).map_err(|e| e.to_string()),
        ProcStep::NoNewPrivs => k.no_new_privs().map_err(|e| format!("no_new_privs: {e}")),
        ProcStep::Groups { gids, denied_ok } => match k.set_groups(gids) {
            Err(e) if *denied_ok && e.raw_os_error() == Some(libc::EPERM) => Ok(()),
            other => other.map_err(|e| format!("setgroups: {e}")),
        },
        ProcStep::Gid(g) => k.set_gid(*g).map_err(|e| id_error("group", *g, &e)),
        ProcStep::Uid(u) => k.set_uid(*u).map_err(|e| id_error("user", *u, &e)),
    }
}

/// Why the process could not take id `id`: EINVAL means the container's user namespace
/// does not map it.
fn id_error(what: &str, id: u32, e: &std::io::Error) -> String {
    if e.raw_os_error() == Some(libc::EINVAL) {
        format!(
            "{what} id {id} is not mapped in the container's user namespace (see --userns, --uidmap)"
        )
    } else {
        format!("taking {what} id {id}: {e}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oci::runtime::Rlimit;
    use crate::sys::kernel::Recording;

    fn spec() -> RuntimeSpec {
        let mut s = RuntimeSpec {
            hostname: "box".into(),
            ..Default::default()
        };
        s.process.capabilities = vec!["CAP_CHOWN".into(), "CAP_KILL".into()];
        s
    }

    #[test]
    fn issue16_host_uts_sets_no_names_and_oom_score_adj_is_a_step() {
        let mut s = spec();
        s.domainname = "example.org".into();
        s.linux.uts = "host".into();
        let mut k = Recording::default();
        run(&environment(&s), &mut k, None).unwrap();
        assert!(k.calls.is_empty(), "the host's names stay: {:?}", k.calls);
        s.process.oom_score_adj = Some(500);
        s.process.umask = Some(0o077);
        let mut k = Recording::default();
        run(&limits(&s).unwrap(), &mut k, None).unwrap();
        assert_eq!(k.calls, ["oom_score_adj 500", "umask 077"]);
    }

    #[test]
    fn issue14_process_plans_for_root_rootless_and_privileged() {
        let mut s = spec();
        s.linux
            .sysctl
            .insert("net.ipv4.ip_unprivileged_port_start".into(), "0".into());
        s.domainname = "example.org".into();
        let mut k = Recording::default();
        run(&environment(&s), &mut k, None).unwrap();
        assert_eq!(
            k.calls,
            [
                "sysctl net.ipv4.ip_unprivileged_port_start=0",
                "hostname box",
                "domainname example.org"
            ]
        );
        // root, the default profile: filter first, then capabilities, then ids
        s.process.no_new_privileges = true;
        let filter = [Insn {
            code: 6,
            jt: 0,
            jf: 0,
            k: 0x7fff_0000,
        }];
        let p = privileges(&s, true, (1000, 100, &[10, 20])).unwrap();
        let mut k = Recording::default();
        run(&p, &mut k, Some(&filter)).unwrap();
        assert_eq!(
            k.calls,
            [
                "seccomp 1 instructions",
                "capabilities CAP_CHOWN,CAP_KILL",
                "no_new_privs",
                "groups 10,20",
                "gid 100",
                "uid 1000"
            ]
        );
        // --privileged --security-opt seccomp=unconfined: every capability, no filter
        s.process.capabilities = vec!["ALL".into()];
        s.process.no_new_privileges = false;
        let p = privileges(&s, false, (0, 0, &[])).unwrap();
        assert!(!p.contains(&ProcStep::Seccomp));
        let ProcStep::Capabilities(all) = &p[0] else {
            panic!("{p:?}")
        };
        assert!(all.len() > 30);
        // rootless: a user namespace that denies setgroups is fine without groups, not
        // with them
        s.linux.rootless = true;
        let mut k = Recording {
            deny_groups: true,
            ..Default::default()
        };
        run(&privileges(&s, false, (0, 0, &[])).unwrap(), &mut k, None).unwrap();
        assert_eq!(k.calls.last().map(String::as_str), Some("uid 0"));
        let e = run(&privileges(&s, false, (0, 0, &[5])).unwrap(), &mut k, None).unwrap_err();
        assert!(e.starts_with("setgroups"), "{e}");
        // an unknown capability or ulimit is an error before anything runs
        s.process.capabilities = vec!["CAP_FLY".into()];
        assert!(privileges(&s, false, (0, 0, &[])).is_err());
        s.process.rlimits = vec![Rlimit {
            kind: "RLIMIT_WINGS".into(),
            soft: 1,
            hard: 1,
        }];
        assert!(limits(&s).unwrap_err().contains("WINGS"));
    }

    #[test]
    fn issue14_rlimits_above_an_ordinary_users_own_are_lowered() {
        let mut s = spec();
        s.process.rlimits = vec![Rlimit {
            kind: "RLIMIT_NOFILE".into(),
            soft: 4096,
            hard: 1 << 20,
        }];
        let mut k = Recording {
            hard_limit: Some(65536),
            ..Default::default()
        };
        // root: refused is refused
        let e = run(&limits(&s).unwrap(), &mut k, None).unwrap_err();
        assert!(e.contains("NOFILE=4096:1048576"), "{e}");
        // rootless: lowered to the own hard limit
        s.linux.rootless = true;
        run(&limits(&s).unwrap(), &mut k, None).unwrap();
        assert_eq!(k.calls, ["rlimit NOFILE 4096 65536"]);
    }
}
