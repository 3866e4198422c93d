//! A profile resolved for one container: entries whose `includes`/`excludes` do not match
//! its capabilities, this architecture or this kernel drop out, names unknown on x86_64 are
//! skipped (as runc does), and what remains is a rule list per system call number.

use std::collections::BTreeMap;

use super::syscalls;
use crate::oci::seccomp::{Arg, Entry, Profile};

/// Docker's architecture name for this machine, as profiles' `arches` lists spell it.
const ARCH: &str = "amd64";

/// What the filter returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Allow,
    Errno(u32),
    KillProcess,
    KillThread,
    Trap,
    Trace(u32),
    Log,
}

/// A 64-bit comparison of one system call argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    Eq(u64),
    Ne(u64),
    Lt(u64),
    Le(u64),
    Gt(u64),
    Ge(u64),
    /// `(arg & mask) == value`
    MaskedEq {
        mask: u64,
        value: u64,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cond {
    pub arg: u32,
    pub cmp: Cmp,
}

/// One rule of one system call: all conditions must hold (none: always).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    pub conds: Vec<Cond>,
    pub action: Action,
}

/// A profile resolved for one container.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub default: Action,
    /// By system call number; each list in profile order.
    pub rules: BTreeMap<u32, Vec<Rule>>,
}

#[derive(Debug, thiserror::Error)]
#[error("seccomp profile: {0}")]
pub struct ProfileError(pub String);

const EPERM: u32 = 1;

fn action(name: &str, errno: Option<u32>) -> Result<Action, ProfileError> {
    Ok(match name {
        "SCMP_ACT_ALLOW" => Action::Allow,
        "SCMP_ACT_ERRNO" => Action::Errno(errno.unwrap_or(EPERM)),
        "SCMP_ACT_KILL" | "SCMP_ACT_KILL_THREAD" => Action::KillThread,
        "SCMP_ACT_KILL_PROCESS" => Action::KillProcess,
        "SCMP_ACT_TRAP" => Action::Trap,
        "SCMP_ACT_TRACE" => Action::Trace(errno.unwrap_or(EPERM)),
        "SCMP_ACT_LOG" => Action::Log,
        other => return Err(ProfileError(format!("unsupported action {other:?}"))),
    })
}

fn cmp(a: &Arg) -> Result<Cond, ProfileError> {
    if a.index > 5 {
        return Err(ProfileError(format!(
            "argument index {} is not 0-5",
            a.index
        )));
    }
    let cmp = match a.op.as_str() {
        "SCMP_CMP_EQ" => Cmp::Eq(a.value),
        "SCMP_CMP_NE" => Cmp::Ne(a.value),
        "SCMP_CMP_LT" => Cmp::Lt(a.value),
        "SCMP_CMP_LE" => Cmp::Le(a.value),
        "SCMP_CMP_GT" => Cmp::Gt(a.value),
        "SCMP_CMP_GE" => Cmp::Ge(a.value),
        "SCMP_CMP_MASKED_EQ" => Cmp::MaskedEq {
            mask: a.value,
            value: a.value_two,
        },
        other => return Err(ProfileError(format!("unsupported operator {other:?}"))),
    };
    Ok(Cond { arg: a.index, cmp })
}

/// `major.minor` of the running kernel.
fn kernel_version() -> (u32, u32) {
    let release = rustix::system::uname()
        .release()
        .to_string_lossy()
        .into_owned();
    parse_version(&release)
}

fn parse_version(s: &str) -> (u32, u32) {
    let mut parts = s.split(|c: char| !c.is_ascii_digit());
    let major = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    let minor = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
    (major, minor)
}

/// Whether entry `e` applies to a container holding `caps`.
fn applies(e: &Entry, caps: &[String], kernel: (u32, u32)) -> bool {
    let has = |c: &String| caps.iter().any(|k| k == c);
    let inc = &e.includes;
    let exc = &e.excludes;
    inc.caps.iter().all(has)
        && (inc.arches.is_empty() || inc.arches.iter().any(|a| a == ARCH))
        && inc
            .min_kernel
            .as_deref()
            .is_none_or(|v| kernel >= parse_version(v))
        && !exc.caps.iter().any(has)
        && !exc.arches.iter().any(|a| a == ARCH)
        && exc
            .min_kernel
            .as_deref()
            .is_none_or(|v| kernel < parse_version(v))
}

/// The rules of `profile` that hold for a container with capabilities `caps` here.
pub fn resolve(profile: &Profile, caps: &[String]) -> Result<Resolved, ProfileError> {
    let kernel = kernel_version();
    let mut rules: BTreeMap<u32, Vec<Rule>> = BTreeMap::new();
    for e in profile.syscalls.iter().filter(|e| applies(e, caps, kernel)) {
        let act = action(&e.action, e.errno_ret)?;
        let conds = e.args.iter().map(cmp).collect::<Result<Vec<_>, _>>()?;
        for name in e.names.iter().chain(e.name.iter()) {
            let Some(nr) = syscalls::number(name) else {
                continue;
            };
            rules.entry(nr).or_default().push(Rule {
                conds: conds.clone(),
                action: act,
            });
        }
    }
    Ok(Resolved {
        default: action(&profile.default_action, profile.default_errno_ret)?,
        rules,
    })
}
