//! L1: turns what the user asked for (flags) and what the image says (its config) into the
//! `RuntimeSpec` a container runs with — in one place: defaults, command, environment,
//! user, capabilities, resources, mounts. Never starts anything.

pub mod defaults;

use std::collections::BTreeMap;

use crate::oci::image::RunConfig;
use crate::oci::runtime::{Device, Linux, Mount, Process, Resources, Rlimit, Root, RuntimeSpec};

/// A container request after flag parsing: typed values, nothing read from disk yet.
#[derive(Clone, Debug, Default)]
pub struct Request {
    pub id: String,
    /// Arguments after the image.
    pub command: Vec<String>,
    /// `--entrypoint`: `Some(vec![])` clears the image's.
    pub entrypoint: Option<Vec<String>>,
    /// `KEY=VALUE` (or `KEY`, taken from our environment), env files first.
    pub env: Vec<String>,
    pub workdir: Option<String>,
    pub user: Option<String>,
    pub hostname: Option<String>,
    pub domainname: Option<String>,
    pub tty: bool,
    pub interactive: bool,
    pub read_only: bool,
    pub network: String,
    pub privileged: bool,
    /// `--init`: a reaper as PID 1.
    pub init: bool,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub no_new_privileges: bool,
    pub seccomp: crate::oci::seccomp::Seccomp,
    pub devices: Vec<Device>,
    pub ulimits: Vec<Rlimit>,
    pub resources: Resources,
    pub shm_size: u64,
    /// `--pid host` (empty: its own).
    pub pid: String,
    /// `--ipc host|private|shareable|none` (empty: its own).
    pub ipc: String,
    /// `--uts host` (empty: its own).
    pub uts: String,
    /// `--cgroupns host` (empty: its own).
    pub cgroupns: String,
    /// `--group-add`.
    pub group_add: Vec<String>,
    /// `--oom-score-adj`.
    pub oom_score_adj: Option<i32>,
    pub sysctls: BTreeMap<String, String>,
    pub mounts: Vec<Mount>,
    pub cgroup_parent: String,
    /// A pod's cgroup directories, beneath which the container's goes.
    pub cgroup_parent_dirs: Vec<std::path::PathBuf>,
    /// `--cgroups=disabled`: the container gets no cgroup of its own (no limits).
    pub no_cgroup: bool,
    /// `--userns`, `--uidmap`, `--gidmap`, `--subuidname`, `--subgidname`.
    pub userns: crate::config::idmap::UsernsRequest,
    /// `--unsetenv KEY` (podman): the image's (or the default) value left out.
    pub unsetenv: Vec<String>,
    /// `--unsetenv-all` (podman): none of the image's and default variables.
    pub unsetenv_all: bool,
    /// `--umask` (podman).
    pub umask: Option<u32>,
    /// `--hostuser` (podman): the host's passwd lines of those users.
    pub passwd_add: Vec<String>,
    /// `--passwd-entry` (podman).
    pub passwd_entry: Option<String>,
    /// `--preserve-fds` (podman).
    pub preserve_fds: u32,
    /// `--env-merge KEY=VALUE` (podman): set after the rest, `${NAME}` expanded from it.
    pub env_merge: Vec<String>,
    /// `--personality LINUX|LINUX32` (podman).
    pub personality: Option<String>,
    /// `--chrootdirs` (podman): the generated /etc files are mounted beneath these too.
    pub chrootdirs: Vec<String>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SpecError {
    #[error(
        "no command specified: the image has no Cmd or Entrypoint, give one after the image name"
    )]
    NoCommand,
    #[error("{0}")]
    Invalid(String),
}

/// The command to run: docker's rules for `--entrypoint`, the image's Entrypoint and Cmd,
/// and the arguments after the image.
pub fn command(req: &Request, image: &RunConfig) -> Result<(Vec<String>, Vec<String>), SpecError> {
    let entrypoint = match &req.entrypoint {
        Some(e) => e.clone(),
        None => image.entrypoint.clone().unwrap_or_default(),
    };
    let cmd = if !req.command.is_empty() {
        req.command.clone()
    } else if req.entrypoint.is_some() {
        Vec::new()
    } else {
        image.cmd.clone().unwrap_or_default()
    };
    if entrypoint.is_empty() && cmd.is_empty() {
        return Err(SpecError::NoCommand);
    }
    Ok((entrypoint, cmd))
}

/// Image env (less what `unset` says: `None` leaves out all of it), then the request's,
/// later keys replacing earlier ones in place.
pub fn environment(
    image: &RunConfig,
    unset: &Option<Vec<String>>,
    requested: &[String],
) -> Vec<String> {
    let mut env: Vec<String> = image.env.clone().unwrap_or_default();
    if !env.iter().any(|e| e.starts_with("PATH=")) {
        env.insert(0, defaults::PATH.to_string());
    }
    match unset {
        None => env.clear(),
        Some(keys) => env.retain(|e| {
            let k = e.split_once('=').map_or(e.as_str(), |(k, _)| k);
            !keys.iter().any(|u| u == k)
        }),
    }
    merge_env(env, requested)
}

/// `$NAME` and `${NAME}` in `text` replaced by what `lookup` says (Go's os.Expand, as
/// podman's --env-merge): anything else after `$` stays as it is.
fn expand_vars(text: &str, lookup: &dyn Fn(&str) -> String) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let (name, used) = if let Some(inner) = after.strip_prefix('{') {
            match inner.find('}') {
                Some(end) => (&inner[..end], end + 2),
                None => ("", 0),
            }
        } else {
            let end = after
                .find(|c: char| !(c == '_' || c.is_ascii_alphanumeric()))
                .unwrap_or(after.len());
            (&after[..end], end)
        };
        if name.is_empty() {
            out.push('$');
            rest = after;
        } else {
            out.push_str(&lookup(name));
            rest = &after[used..];
        }
    }
    out.push_str(rest);
    out
}

/// `--env-merge`: each `KEY=VALUE` with `${NAME}` (and `$NAME`) taken from `env`, set over it.
pub fn env_merged(env: Vec<String>, merge: &[String]) -> Vec<String> {
    let mut env = env;
    for m in merge {
        let Some((key, value)) = m.split_once('=') else {
            continue;
        };
        let lookup = |name: &str| {
            env.iter()
                .find_map(|e| e.strip_prefix(name)?.strip_prefix('='))
                .unwrap_or("")
                .to_string()
        };
        let value = expand_vars(value, &lookup);
        env = merge_env(env, &[format!("{key}={value}")]);
    }
    env
}

/// The defaults `--unsetenv`/`--unsetenv-all` take away: `None` for all of them.
fn unset_defaults(req: &Request) -> Option<Vec<String>> {
    (!req.unsetenv_all).then(|| req.unsetenv.clone())
}

/// `requested` (`KEY=VALUE`, or `KEY` for the caller's value) over `env`.
pub fn merge_env(mut env: Vec<String>, requested: &[String]) -> Vec<String> {
    for e in requested {
        let (key, value) = match e.split_once('=') {
            Some((k, v)) => (k.to_string(), v.to_string()),
            None => match std::env::var(e) {
                Ok(v) => (e.clone(), v),
                Err(_) => continue,
            },
        };
        let item = format!("{key}={value}");
        match env
            .iter_mut()
            .find(|x| x.split_once('=').map_or(x.as_str(), |(k, _)| k) == key)
        {
            Some(slot) => *slot = item,
            None => env.push(item),
        }
    }
    env
}

/// What `exec` asks for.
#[derive(Clone, Debug, Default)]
pub struct ExecRequest {
    pub command: Vec<String>,
    pub env: Vec<String>,
    pub workdir: Option<String>,
    pub user: Option<String>,
    pub tty: bool,
    pub interactive: bool,
    pub privileged: bool,
    /// `--preserve-fds` (podman).
    pub preserve_fds: u32,
}

/// The process spec of an `exec` in a container made from `container`: its environment,
/// user, working directory, capabilities, seccomp and no-new-privileges, as overridden.
pub fn exec_spec(container: &RuntimeSpec, req: &ExecRequest) -> Result<RuntimeSpec, SpecError> {
    if req.command.is_empty() {
        return Err(SpecError::Invalid("no command given to exec".into()));
    }
    let mut spec = container.clone();
    let p = &mut spec.process;
    p.args = req.command.clone();
    p.env = merge_env(p.env.clone(), &req.env);
    if let Some(w) = &req.workdir {
        if !w.starts_with('/') {
            return Err(SpecError::Invalid(format!(
                "the working directory {w:?} is not an absolute path"
            )));
        }
        p.cwd = w.clone();
    }
    if let Some(u) = &req.user {
        crate::util::ids::check_user(u).map_err(SpecError::Invalid)?;
        p.user = u.clone();
    }
    p.terminal = req.tty;
    p.open_stdin = req.interactive;
    p.init = false;
    p.preserve_fds = req.preserve_fds;
    // the container's start added its passwd lines already
    p.passwd_add.clear();
    p.passwd_entry = None;
    if req.privileged {
        p.capabilities = caps::all().iter().map(|c| c.to_string()).collect();
        spec.linux.seccomp = crate::oci::seccomp::Seccomp::Unconfined;
    }
    Ok(spec)
}

fn normalize_cap(name: &str) -> Result<String, SpecError> {
    let up = name.to_uppercase();
    let full = if up.starts_with("CAP_") {
        up
    } else {
        format!("CAP_{up}")
    };
    if full == "CAP_ALL" {
        return Ok(full);
    }
    full.parse::<caps::Capability>()
        .map(|_| full.clone())
        .map_err(|_| SpecError::Invalid(format!("unknown capability: {name:?}")))
}

/// The capability set: docker's defaults, plus `--cap-add`, minus `--cap-drop`; `ALL` works
/// in both; `--privileged` gets everything.
pub fn capabilities(req: &Request) -> Result<Vec<String>, SpecError> {
    let all: Vec<String> = caps::all().iter().map(|c| c.to_string()).collect();
    if req.privileged {
        return Ok(all);
    }
    let add: Vec<String> = req
        .cap_add
        .iter()
        .map(|c| normalize_cap(c))
        .collect::<Result<_, _>>()?;
    let drop: Vec<String> = req
        .cap_drop
        .iter()
        .map(|c| normalize_cap(c))
        .collect::<Result<_, _>>()?;
    let mut set: Vec<String> = if drop.iter().any(|c| c == "CAP_ALL") {
        Vec::new()
    } else {
        defaults::CAPABILITIES
            .iter()
            .map(|s| s.to_string())
            .collect()
    };
    if add.iter().any(|c| c == "CAP_ALL") {
        set = all;
    } else {
        for c in add {
            if !set.contains(&c) {
                set.push(c);
            }
        }
    }
    set.retain(|c| !drop.contains(c));
    Ok(set)
}

/// Builds the runtime spec. `files` are the generated /etc files (hosts, hostname,
/// resolv.conf) mounted before the user's own mounts.
pub fn build(
    req: &Request,
    image: &RunConfig,
    root: Root,
    files: Vec<Mount>,
) -> Result<RuntimeSpec, SpecError> {
    let (entrypoint, cmd) = command(req, image)?;
    let mut args = entrypoint;
    args.extend(cmd);
    let hostname = if req.uts == "host" {
        // the host's own, which the container shares (and never sets)
        std::fs::read_to_string("/proc/sys/kernel/hostname")
            .map(|h| h.trim().to_string())
            .unwrap_or_default()
    } else {
        req.hostname
            .clone()
            .unwrap_or_else(|| req.id.chars().take(12).collect())
    };
    let cwd = req
        .workdir
        .clone()
        .or_else(|| image.working_dir.clone())
        .filter(|w| !w.is_empty())
        .unwrap_or_else(|| "/".to_string());
    if !cwd.starts_with('/') {
        return Err(SpecError::Invalid(format!(
            "the working directory {cwd:?} is invalid: it needs to be an absolute path"
        )));
    }
    let user = req
        .user
        .clone()
        .or_else(|| image.user.clone())
        .unwrap_or_default();
    // an out-of-range id (4294967295 is setuid's "no change") would leave the command root
    crate::util::ids::check_user(&user).map_err(SpecError::Invalid)?;
    // --chrootdirs: the same files beneath each chroot directory
    let chroots: Vec<Mount> = req
        .chrootdirs
        .iter()
        .flat_map(|dir| {
            files.iter().map(move |m| Mount {
                destination: format!("{}{}", dir.trim_end_matches('/'), m.destination),
                ..m.clone()
            })
        })
        .collect();
    let mut mounts = files;
    mounts.extend(chroots);
    mounts.extend(req.mounts.iter().cloned());
    let (masked, readonly) = if req.privileged {
        (Vec::new(), Vec::new())
    } else {
        (
            defaults::MASKED_PATHS
                .iter()
                .map(|s| s.to_string())
                .collect(),
            defaults::READONLY_PATHS
                .iter()
                .map(|s| s.to_string())
                .collect(),
        )
    };
    Ok(RuntimeSpec {
        process: Process {
            terminal: req.tty,
            open_stdin: req.interactive,
            user,
            args,
            env: env_merged(
                environment(image, &unset_defaults(req), &req.env),
                &req.env_merge,
            ),
            cwd,
            capabilities: capabilities(req)?,
            no_new_privileges: req.no_new_privileges,
            init: req.init,
            pause: false,
            rlimits: req.ulimits.clone(),
            group_add: req.group_add.clone(),
            oom_score_adj: req.oom_score_adj,
            umask: req.umask,
            unsetenv: req.unsetenv.clone(),
            unsetenv_all: req.unsetenv_all,
            passwd_add: req.passwd_add.clone(),
            passwd_entry: req.passwd_entry.clone(),
            preserve_fds: req.preserve_fds,
        },
        root: Root {
            readonly: req.read_only,
            ..root
        },
        hostname,
        domainname: req.domainname.clone().unwrap_or_default(),
        mounts,
        linux: Linux {
            network: if req.network.is_empty() {
                "none".into()
            } else {
                req.network.clone()
            },
            resources: req.resources.clone(),
            cgroups_path: req.cgroup_parent.clone(),
            cgroup_parent_dirs: req.cgroup_parent_dirs.clone(),
            sysctl: req.sysctls.clone(),
            masked_paths: masked,
            readonly_paths: readonly,
            devices: req.devices.clone(),
            // --privileged turns filtering off, as in docker.
            seccomp: if req.privileged {
                crate::oci::seccomp::Seccomp::Unconfined
            } else {
                req.seccomp.clone()
            },
            privileged: req.privileged,
            shm_size: req.shm_size,
            pid: req.pid.clone(),
            ipc: req.ipc.clone(),
            uts: req.uts.clone(),
            personality: req.personality.clone(),
            cgroupns: req.cgroupns.clone(),
            no_cgroup: req.no_cgroup,
            ..Default::default()
        },
    })
}

#[cfg(test)]
mod tests;
