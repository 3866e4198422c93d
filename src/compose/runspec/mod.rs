//! A service replica as the container skiff will create: `skiff run`'s flags (so a
//! compose file and a command line are checked by the same parser and mean the same
//! container), the image and command, and what flags cannot say (an entrypoint or a
//! health check given as a list). Relative host paths are resolved against the project
//! directory, named volumes and networks get their project names, `service:NAME`
//! references become container names, and compose's labels are added. Keys skiff does not
//! implement are named in a warning, never silently dropped; unknown keys are errors.

use std::path::Path;

use serde_json::Value;

use super::loader::Project;
use super::plan::container_name;
use super::service::{ServiceError, error, pairs, ports, scalar, words};

mod keys;
mod lifecycle;
mod mounts;
mod refs;
#[cfg(test)]
mod tests;

pub use keys::check_keys;
use lifecycle::{grace_seconds, healthcheck, restart};
pub use mounts::{ConfigUse, UseSource, config_uses, resolve_build_secrets};
use mounts::{secrets_or_configs, volume};
pub use refs::{bind_device, network_name};
use refs::{host_path, pointer_escape, service_container};

/// What `up` or `run` creates for one replica.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RunSpec {
    pub service: String,
    pub number: u32,
    pub name: String,
    pub image: String,
    /// `run` flags, before the image.
    pub flags: Vec<String>,
    /// After the image (empty: the image's).
    pub command: Vec<String>,
    pub entrypoint: Option<Vec<String>>,
    /// A health check's test as a list (`["CMD", …]`), which `--health-cmd` cannot say.
    pub health_test: Option<Vec<String>>,
    /// Secrets and configs given as text (`environment:`, `content:`): (target in the
    /// container, content), mounted read-only from files the backend writes.
    pub files: Vec<(String, String)>,
}

/// Whether a flag of a `RunSpec` stands alone (a switch, or `--flag=value`): the others
/// are followed by their value.
pub fn is_lone_flag(f: &str) -> bool {
    (f.starts_with("--") && f.contains('='))
        || matches!(
            f,
            "--init"
                | "--tty"
                | "--interactive"
                | "--privileged"
                | "--read-only"
                | "--no-healthcheck"
        )
}

/// Sets `flag` to `value` in `flags` (replacing where it is given already: `run`'s parser
/// takes a single-valued flag once).
pub fn set_flag(flags: &mut Vec<String>, flag: &str, value: &str) {
    let mut i = 0;
    while i < flags.len() {
        if is_lone_flag(&flags[i]) {
            i += 1;
            continue;
        }
        if flags[i] == flag && i + 1 < flags.len() {
            flags[i + 1] = value.to_string();
            return;
        }
        i += 2;
    }
    flags.extend([flag.to_string(), value.to_string()]);
}

/// The image a service runs: `image`, else the one `build` makes (`PROJECT-SERVICE`).
pub fn image_name(project: &str, service: &str, spec: &Value) -> Option<String> {
    match spec.get("image").and_then(Value::as_str) {
        Some(i) => Some(i.to_string()),
        None if spec.get("build").is_some() => Some(format!("{project}-{service}")),
        None => None,
    }
}

/// A string, or a list of strings, as a list (`dns`, `tmpfs`, `env_file`…).
fn list(spec: &Value, service: &str, key: &str) -> Result<Vec<String>, ServiceError> {
    match spec.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| scalar(v).ok_or_else(|| error(service, key, "list items must be strings")))
            .collect(),
        Some(v) => scalar(v)
            .map(|s| vec![s])
            .ok_or_else(|| error(service, key, "must be a string or a list")),
    }
}

fn text(spec: &Value, service: &str, key: &str) -> Result<Option<String>, ServiceError> {
    match spec.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => scalar(v)
            .map(Some)
            .ok_or_else(|| error(service, key, "must be a string or a number")),
    }
}

fn flag(spec: &Value, service: &str, key: &str) -> Result<bool, ServiceError> {
    match spec.get(key) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(Value::String(s)) if s == "true" || s == "false" => Ok(s == "true"),
        Some(_) => Err(error(service, key, "must be a boolean")),
    }
}

/// `networks` (list or map) or `network_mode` as `--network` values.
fn networks(project: &Project, service: &str, spec: &Value) -> Result<Vec<String>, ServiceError> {
    if let Some(mode) = text(spec, service, "network_mode")? {
        if spec.get("networks").is_some() {
            return Err(error(
                service,
                "network_mode",
                "cannot be used together with networks",
            ));
        }
        let mode = match mode.split_once(':') {
            Some(("service", other)) => format!(
                "container:{}",
                service_container(project, service, "network_mode", other)?
            ),
            _ => mode,
        };
        return Ok(vec![mode]);
    }
    let entries: Vec<(String, Value)> = match spec.get("networks") {
        None | Some(Value::Null) => vec![("default".into(), Value::Null)],
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| {
                scalar(v)
                    .map(|n| (n, Value::Null))
                    .ok_or_else(|| error(service, "networks", "list items must be names"))
            })
            .collect::<Result<_, _>>()?,
        Some(Value::Object(m)) => m.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
        Some(_) => return Err(error(service, "networks", "must be a list or a mapping")),
    };
    let mut out = Vec::new();
    for (key, opts) in entries {
        let name = network_name(project, &key).ok_or_else(|| {
            error(
                service,
                "networks",
                format!(
                    "refers to undefined network {key}: declare it under the top-level networks"
                ),
            )
        })?;
        let mut v = format!("name={name},alias={service}");
        let here = format!("networks.{key}");
        for a in list(&opts, service, "aliases").map_err(|e| error(service, &here, e.why))? {
            v.push_str(&format!(",alias={a}"));
        }
        if let Some(ip) = text(&opts, service, "ipv4_address")? {
            v.push_str(&format!(",ip={ip}"));
        }
        if let Some(ip) = text(&opts, service, "ipv6_address")? {
            v.push_str(&format!(",ip6={ip}"));
        }
        if let Some(p) = text(&opts, service, "gw_priority")? {
            v.push_str(&format!(",gw-priority={p}"));
        }
        for ip in
            list(&opts, service, "link_local_ips").map_err(|e| error(service, &here, e.why))?
        {
            v.push_str(&format!(",link-local-ip={ip}"));
        }
        out.push(v);
    }
    Ok(out)
}

/// Everything for replica `number` of `service`, whose configuration hashes to `hash`.
/// `read` reads an `env_file`.
pub fn run_spec(
    project: &Project,
    service: &str,
    number: u32,
    hash: &str,
    read: &dyn Fn(&Path) -> std::io::Result<String>,
) -> Result<RunSpec, ServiceError> {
    let spec = project
        .doc
        .pointer(&format!("/services/{}", pointer_escape(service)))
        .ok_or_else(|| error(service, "", "no such service"))?;
    check_keys(spec, service)?;
    let image = image_name(&project.name, service, spec)
        .ok_or_else(|| error(service, "image", "has neither an image nor a build section"))?;
    let name = container_name(&project.name, service, spec, number);
    let mut f: Vec<String> = vec!["--name".into(), name.clone()];
    let mut push = |flag: &str, v: String| {
        f.push(flag.to_string());
        f.push(v);
    };
    // labels: the file's, then compose's own
    for (k, v) in pairs(spec, service, "labels")? {
        push("--label", format!("{k}={}", v.unwrap_or_default()));
    }
    let files = project.files.join(",");
    let depends = super::order::dependencies(&project.doc, service)
        .map_err(|e| error(service, "depends_on", e.to_string()))?
        .iter()
        .map(|d| format!("{}:{}:false", d.service, d.condition))
        .collect::<Vec<_>>()
        .join(",");
    for (k, v) in [
        ("depends_on", depends.as_str()),
        ("project", project.name.as_str()),
        ("service", service),
        ("container-number", &number.to_string()),
        ("oneoff", "False"),
        ("config-hash", hash),
        (
            "project.working_dir",
            &project.directory.display().to_string(),
        ),
        ("project.config_files", &files),
        ("image", &image),
    ] {
        push("--label", format!("com.docker.compose.{k}={v}"));
    }
    // environment: env files, then `environment`
    // (path, required, raw): `format: raw` takes each value as written, quotes and all
    let env_files: Vec<(String, bool, bool)> = match spec.get("env_file") {
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| match v {
                Value::Object(m) => {
                    let raw = match m.get("format").and_then(Value::as_str) {
                        None => false,
                        Some("raw") => true,
                        Some(other) => {
                            return Err(error(
                                service,
                                "env_file",
                                format!("format {other:?} is not supported (only raw)"),
                            ));
                        }
                    };
                    m.get("path")
                        .and_then(scalar)
                        .map(|p| {
                            let required =
                                m.get("required").and_then(Value::as_bool) != Some(false);
                            (p, required, raw)
                        })
                        .ok_or_else(|| error(service, "env_file", "an entry needs a path"))
                }
                v => scalar(v)
                    .map(|p| (p, true, false))
                    .ok_or_else(|| error(service, "env_file", "list items must be paths")),
            })
            .collect::<Result<_, _>>()?,
        _ => list(spec, service, "env_file")?
            .into_iter()
            .map(|p| (p, true, false))
            .collect(),
    };
    for (p, required, raw) in env_files {
        let path = host_path(project, &p);
        let text = match read(Path::new(&path)) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => continue,
            Err(e) => return Err(error(service, "env_file", format!("{path}: {e}"))),
        };
        let vars = if raw {
            text.lines()
                .map(str::trim_start)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(|l| {
                    let (k, v) = l.split_once('=').unwrap_or((l, ""));
                    (k.trim().to_string(), v.to_string())
                })
                .collect()
        } else {
            super::project::parse_env_file(&text)
                .map_err(|e| error(service, "env_file", format!("{path}: {e}")))?
        };
        for (k, v) in vars {
            push("-e", format!("{k}={v}"));
        }
    }
    for (k, v) in pairs(spec, service, "environment")? {
        // a bare key that is not set anywhere is left out, as compose does
        if let Some(v) = v.or_else(|| project.var(&k)) {
            push("-e", format!("{k}={v}"));
        }
    }
    for p in ports(spec, service)? {
        push("-p", p);
    }
    for e in list(spec, service, "expose")? {
        push("--expose", e);
    }
    if let Some(Value::Array(items)) = spec.get("volumes") {
        for (i, v) in items.iter().enumerate() {
            let [k, v] = volume(project, service, i, v)?;
            push(&k, v);
        }
    } else if spec.get("volumes").is_some_and(|v| !v.is_null()) {
        return Err(error(service, "volumes", "must be a list"));
    }
    for v in list(spec, service, "volumes_from")? {
        let (target, mode) = match v.rsplit_once(':') {
            Some((t, m @ ("ro" | "rw"))) => (t.to_string(), format!(":{m}")),
            _ => (v.clone(), String::new()),
        };
        let container = match target.split_once(':') {
            Some(("container", c)) => c.to_string(),
            Some(("service", s)) => service_container(project, service, "volumes_from", s)?,
            _ => service_container(project, service, "volumes_from", &target)?,
        };
        push("--volumes-from", format!("{container}{mode}"));
    }
    for t in list(spec, service, "tmpfs")? {
        push("--tmpfs", t);
    }
    for n in networks(project, service, spec)? {
        push("--network", n);
    }
    for l in list(spec, service, "links")? {
        let (s, alias) = l.split_once(':').unwrap_or((&l, &l));
        let c = service_container(project, service, "links", s)?;
        push("--link", format!("{c}:{alias}"));
    }
    for (key, fl) in [
        ("dns", "--dns"),
        ("dns_search", "--dns-search"),
        ("dns_opt", "--dns-option"),
        ("cap_add", "--cap-add"),
        ("cap_drop", "--cap-drop"),
        ("security_opt", "--security-opt"),
    ] {
        for v in list(spec, service, key)? {
            push(fl, v);
        }
    }
    for (k, v) in pairs(spec, service, "extra_hosts")? {
        // `host:ip` in a list reads as a bare key with a colon; `host=ip` and maps as pairs
        match v {
            Some(ip) => push("--add-host", format!("{k}:{ip}")),
            None => push("--add-host", k),
        }
    }
    for (k, v) in pairs(spec, service, "sysctls")? {
        push("--sysctl", format!("{k}={}", v.unwrap_or_default()));
    }
    if let Some(u) = spec.get("ulimits").and_then(Value::as_object) {
        for (name, v) in u {
            let (soft, hard) = match v {
                Value::Object(m) => (
                    m.get("soft").and_then(scalar),
                    m.get("hard").and_then(scalar),
                ),
                v => (scalar(v), scalar(v)),
            };
            let (Some(soft), Some(hard)) = (soft, hard) else {
                return Err(error(
                    service,
                    &format!("ulimits.{name}"),
                    "must be a number or {soft, hard}",
                ));
            };
            push("--ulimit", format!("{name}={soft}:{hard}"));
        }
    }
    if let Some(items) = spec.get("devices").and_then(Value::as_array) {
        for (i, d) in items.iter().enumerate() {
            let v = match d {
                Value::Object(m) => {
                    let field = |k: &str| m.get(k).and_then(scalar).unwrap_or_default();
                    let mut v = field("source");
                    if !field("target").is_empty() {
                        v.push_str(&format!(":{}", field("target")));
                    }
                    if !field("permissions").is_empty() {
                        v.push_str(&format!(":{}", field("permissions")));
                    }
                    v
                }
                v => scalar(v).ok_or_else(|| {
                    error(
                        service,
                        &format!("devices.{i}"),
                        "must be a string or a mapping",
                    )
                })?,
            };
            push("--device", v);
        }
    }
    // resources: the legacy keys, then deploy.resources
    for (key, fl) in [
        ("mem_limit", "--memory"),
        ("memswap_limit", "--memory-swap"),
        ("mem_reservation", "--memory-reservation"),
        ("cpus", "--cpus"),
        ("cpu_shares", "--cpu-shares"),
        ("cpu_period", "--cpu-period"),
        ("cpu_quota", "--cpu-quota"),
        ("cpuset", "--cpuset-cpus"),
        ("pids_limit", "--pids-limit"),
        ("shm_size", "--shm-size"),
        ("user", "--user"),
        ("working_dir", "--workdir"),
        ("hostname", "--hostname"),
        ("domainname", "--domainname"),
        ("stop_signal", "--stop-signal"),
        ("cgroup_parent", "--cgroup-parent"),
        ("userns_mode", "--userns"),
        ("platform", "--platform"),
    ] {
        if let Some(v) = text(spec, service, key)? {
            push(fl, v);
        }
    }
    for (key, fl) in [("pid", "--pid"), ("ipc", "--ipc")] {
        if let Some(v) = text(spec, service, key)? {
            let v = match v.strip_prefix("service:") {
                Some(other) => format!(
                    "container:{}",
                    service_container(project, service, key, other)?
                ),
                None => v,
            };
            push(fl, v);
        }
    }
    for (ptr, fl) in [
        ("/deploy/resources/limits/cpus", "--cpus"),
        ("/deploy/resources/limits/memory", "--memory"),
        ("/deploy/resources/limits/pids", "--pids-limit"),
        (
            "/deploy/resources/reservations/memory",
            "--memory-reservation",
        ),
        ("/blkio_config/weight", "--blkio-weight"),
    ] {
        if let Some(v) = spec.pointer(ptr).and_then(scalar) {
            push(fl, v);
        }
    }
    if let Some(g) = text(spec, service, "stop_grace_period")? {
        push("--stop-timeout", grace_seconds(&g, service)?.to_string());
    }
    if let Some(r) = restart(spec, service)? {
        push("--restart", r);
    }
    if let Some(p) = text(spec, service, "pull_policy")? {
        let policy = match p.as_str() {
            "always" | "never" | "missing" => p.clone(),
            "if_not_present" | "build" => "missing".into(),
            other => {
                return Err(error(
                    service,
                    "pull_policy",
                    format!("{other:?}: use always, never, missing, if_not_present or build"),
                ));
            }
        };
        push("--pull", policy);
    }
    if let Some(l) = spec.get("logging").filter(|l| !l.is_null()) {
        if let Some(d) = text(l, service, "driver")? {
            push("--log-driver", d);
        }
        for (k, v) in pairs(l, service, "options")? {
            push("--log-opt", format!("{k}={}", v.unwrap_or_default()));
        }
    }
    for (key, fl) in [
        ("init", "--init"),
        ("tty", "--tty"),
        ("stdin_open", "--interactive"),
        ("privileged", "--privileged"),
        ("read_only", "--read-only"),
    ] {
        if flag(spec, service, key)? {
            f.push(fl.into());
        }
    }
    let health_test = healthcheck(spec, service, &mut f)?;
    let mut files = Vec::new();
    for kind in ["secrets", "configs"] {
        let (binds, texts) = secrets_or_configs(project, service, spec, kind)?;
        for b in binds {
            f.extend(["-v".to_string(), b]);
        }
        files.extend(texts);
    }
    Ok(RunSpec {
        files,
        service: service.to_string(),
        number,
        name,
        image,
        flags: f,
        command: words(spec, service, "command")?.unwrap_or_default(),
        entrypoint: words(spec, service, "entrypoint")?,
        health_test,
    })
}
