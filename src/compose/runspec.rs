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
use super::plan::{container_name, resource_name};
use super::service::{ServiceError, error, pairs, ports, scalar, words};

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

/// Service keys skiff reads.
const KEYS: &[&str] = &[
    "image",
    "build",
    "command",
    "entrypoint",
    "environment",
    "env_file",
    "ports",
    "expose",
    "volumes",
    "volumes_from",
    "networks",
    "network_mode",
    "depends_on",
    "healthcheck",
    "restart",
    "deploy",
    "scale",
    "labels",
    "container_name",
    "hostname",
    "domainname",
    "user",
    "working_dir",
    "init",
    "tty",
    "stdin_open",
    "stop_signal",
    "stop_grace_period",
    "privileged",
    "read_only",
    "cap_add",
    "cap_drop",
    "devices",
    "dns",
    "dns_search",
    "dns_opt",
    "extra_hosts",
    "sysctls",
    "ulimits",
    "shm_size",
    "security_opt",
    "tmpfs",
    "logging",
    "mem_limit",
    "memswap_limit",
    "mem_reservation",
    "cpus",
    "cpu_shares",
    "cpu_period",
    "cpu_quota",
    "cpuset",
    "pids_limit",
    "links",
    "pull_policy",
    "platform",
    "cgroup_parent",
    "userns_mode",
    "profiles",
    "blkio_config",
    "extends",
    "develop",
    "attach",
    "secrets",
    "configs",
    "pid",
    "ipc",
];

/// Service keys of the specification skiff does not implement: warned about, ignored.
const IGNORED: &[&str] = &[
    "annotations",
    "cgroup",
    "cpu_count",
    "cpu_percent",
    "cpu_rt_period",
    "cpu_rt_runtime",
    "credential_spec",
    "device_cgroup_rules",
    "external_links",
    "gpus",
    "group_add",
    "isolation",
    "label_file",
    "mac_address",
    "mem_swappiness",
    "oom_kill_disable",
    "oom_score_adj",
    "post_start",
    "pre_stop",
    "runtime",
    "storage_opt",
    "uts",
    "volume_driver",
];

/// The keys of `service` that skiff ignores, or an error for one compose does not know.
pub fn check_keys(spec: &Value, service: &str) -> Result<Vec<String>, ServiceError> {
    let Some(m) = spec.as_object() else {
        return Err(error(service, "", "a service must be a mapping"));
    };
    let mut ignored = Vec::new();
    for k in m.keys() {
        if KEYS.contains(&k.as_str()) || k.starts_with("x-") {
            continue;
        }
        if IGNORED.contains(&k.as_str()) {
            ignored.push(k.clone());
            continue;
        }
        return Err(error(
            service,
            k,
            "not a service key of the compose specification",
        ));
    }
    Ok(ignored)
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

/// A host path of the project: relative ones from its directory, `~` from $HOME.
fn host_path(project: &Project, p: &str) -> String {
    if let Some(rest) = p.strip_prefix('~') {
        let home = project
            .var("HOME")
            .unwrap_or_else(|| std::env::var("HOME").unwrap_or_default());
        return format!("{home}{rest}");
    }
    let joined = project.directory.join(p);
    let mut out = std::path::PathBuf::new();
    for c in joined.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out.display().to_string()
}

/// A top-level volume's name in the store (`PROJECT_KEY`, its `name:`, or external).
fn volume_name(project: &Project, service: &str, key: &str) -> Result<String, ServiceError> {
    let spec = project
        .doc
        .pointer(&format!("/volumes/{}", pointer_escape(key)))
        .ok_or_else(|| {
            error(
                service,
                "volumes",
                format!("refers to undefined volume {key}: declare it under the top-level volumes"),
            )
        })?;
    if let Some(device) = bind_device(spec) {
        return Ok(host_path(project, &device));
    }
    Ok(resource_name(&project.name, key, spec).unwrap_or_else(|| external_name(key, spec)))
}

/// A top-level volume that is a host directory (`driver: local` with `driver_opts: {type:
/// none, o: bind, device: PATH}`): its path as written; its services bind it.
pub fn bind_device(spec: &Value) -> Option<String> {
    let o = spec.get("driver_opts")?;
    let opts = o.get("o").and_then(scalar).unwrap_or_default();
    if !opts.split(',').any(|x| x == "bind") {
        return None;
    }
    o.get("device").and_then(scalar)
}

/// A top-level network's name (as `volume_name`).
pub fn network_name(project: &Project, key: &str) -> Option<String> {
    let spec = match project
        .doc
        .pointer(&format!("/networks/{}", pointer_escape(key)))
    {
        Some(s) => s,
        None if key == "default" => &Value::Null,
        None => return None,
    };
    Some(resource_name(&project.name, key, spec).unwrap_or_else(|| external_name(key, spec)))
}

fn external_name(key: &str, spec: &Value) -> String {
    spec.get("name")
        .and_then(Value::as_str)
        .unwrap_or(key)
        .to_string()
}

fn pointer_escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// The container a `service:NAME` reference means (its first replica).
fn service_container(
    project: &Project,
    service: &str,
    key: &str,
    other: &str,
) -> Result<String, ServiceError> {
    let spec = project
        .doc
        .pointer(&format!("/services/{}", pointer_escape(other)))
        .ok_or_else(|| error(service, key, format!("refers to undefined service {other}")))?;
    Ok(container_name(&project.name, other, spec, 1))
}

/// One entry of `volumes`, as `-v` or `--mount`.
fn volume(
    project: &Project,
    service: &str,
    i: usize,
    v: &Value,
) -> Result<[String; 2], ServiceError> {
    let key = format!("volumes.{i}");
    if let Some(s) = v.as_str() {
        let parts: Vec<&str> = s.split(':').collect();
        let (src, rest) = match parts.as_slice() {
            [dst] => return Ok(["-v".into(), (*dst).to_string()]),
            [src, rest @ ..] => (*src, rest.join(":")),
            [] => return Err(error(service, &key, "empty volume")),
        };
        let src = if src.starts_with(['.', '/', '~']) {
            host_path(project, src)
        } else {
            volume_name(project, service, src)?
        };
        return Ok(["-v".into(), format!("{src}:{rest}")]);
    }
    let Some(m) = v.as_object() else {
        return Err(error(service, &key, "must be a string or a mapping"));
    };
    let field = |k: &str| m.get(k).and_then(scalar);
    let kind = field("type").unwrap_or_else(|| "volume".into());
    let target =
        field("target").ok_or_else(|| error(service, &key, "the long syntax needs a target"))?;
    let ro = m.get("read_only").and_then(Value::as_bool) == Some(true);
    let mut parts = vec![format!("type={kind}")];
    match kind.as_str() {
        "bind" => {
            let src = field("source")
                .ok_or_else(|| error(service, &key, "a bind mount needs a source"))?;
            let src = host_path(project, &src);
            if v.pointer("/bind/create_host_path").and_then(Value::as_bool) == Some(true) {
                let mode = if ro { ":ro" } else { "" };
                return Ok(["-v".into(), format!("{src}:{target}{mode}")]);
            }
            parts.push(format!("source={src}"));
        }
        "volume" => {
            if let Some(src) = field("source") {
                let name = volume_name(project, service, &src)?;
                if name.starts_with('/') {
                    // a volume that is a host directory
                    parts[0] = "type=bind".into();
                }
                parts.push(format!("source={name}"));
            }
            if v.pointer("/volume/nocopy").and_then(Value::as_bool) == Some(true) {
                parts.push("volume-nocopy".into());
            }
        }
        "tmpfs" => {
            if let Some(size) = v.pointer("/tmpfs/size").and_then(scalar) {
                parts.push(format!("tmpfs-size={size}"));
            }
            if let Some(mode) = v.pointer("/tmpfs/mode").and_then(Value::as_u64) {
                parts.push(format!("tmpfs-mode={mode:o}"));
            }
        }
        other => {
            return Err(error(
                service,
                &key,
                format!("type {other:?} is not supported: use bind, volume or tmpfs"),
            ));
        }
    }
    parts.push(format!("target={target}"));
    if ro {
        parts.push("readonly".into());
    }
    Ok(["--mount".into(), parts.join(",")])
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
        out.push(v);
    }
    Ok(out)
}

/// `healthcheck`: flags, and the test when it is a `CMD` list.
fn healthcheck(
    spec: &Value,
    service: &str,
    flags: &mut Vec<String>,
) -> Result<Option<Vec<String>>, ServiceError> {
    let Some(h) = spec.get("healthcheck").filter(|h| !h.is_null()) else {
        return Ok(None);
    };
    if h.get("disable").and_then(Value::as_bool) == Some(true) {
        flags.push("--no-healthcheck".into());
        return Ok(None);
    }
    for (key, f) in [
        ("interval", "--health-interval"),
        ("timeout", "--health-timeout"),
        ("start_period", "--health-start-period"),
        ("retries", "--health-retries"),
    ] {
        if let Some(v) = text(h, service, key)? {
            flags.push(format!("{f}={v}"));
        }
    }
    let test = match h.get("test") {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) => vec!["CMD-SHELL".to_string(), s.clone()],
        Some(_) => words(h, service, "test")?.unwrap_or_default(),
    };
    match test.first().map(String::as_str) {
        Some("NONE") => {
            flags.push("--no-healthcheck".into());
            Ok(None)
        }
        Some("CMD-SHELL") if test.len() == 2 => {
            flags.push(format!("--health-cmd={}", test[1]));
            Ok(None)
        }
        Some("CMD" | "CMD-SHELL") if test.len() > 1 => Ok(Some(test)),
        _ => Err(error(
            service,
            "healthcheck.test",
            "must be a string, [\"CMD\", …], [\"CMD-SHELL\", COMMAND] or [\"NONE\"]",
        )),
    }
}

/// A service's `secrets` or `configs` (`kind`): bind mounts (`-v` values) of files, and
/// the text ones as (target, content).
type Mounted = (Vec<String>, Vec<(String, String)>);

fn secrets_or_configs(
    project: &Project,
    service: &str,
    spec: &Value,
    kind: &str,
) -> Result<Mounted, ServiceError> {
    let Some(items) = spec.get(kind).filter(|v| !v.is_null()) else {
        return Ok((Vec::new(), Vec::new()));
    };
    let Some(items) = items.as_array() else {
        return Err(error(service, kind, "must be a list"));
    };
    let what = kind.trim_end_matches('s');
    let mut binds = Vec::new();
    let mut files = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let key = format!("{kind}.{i}");
        let (source, target) = match item {
            Value::String(s) => (s.clone(), None),
            Value::Object(m) => (
                m.get("source")
                    .and_then(Value::as_str)
                    .ok_or_else(|| error(service, &key, "needs a source"))?
                    .to_string(),
                m.get("target").and_then(Value::as_str).map(str::to_string),
            ),
            _ => return Err(error(service, &key, "must be a name or a mapping")),
        };
        let target = match (kind, target) {
            (_, Some(t)) if t.starts_with('/') => t,
            ("secrets", t) => format!("/run/secrets/{}", t.unwrap_or_else(|| source.clone())),
            (_, Some(t)) => format!("/{t}"),
            (_, None) => format!("/{source}"),
        };
        let def = project
            .doc
            .pointer(&format!("/{kind}/{}", pointer_escape(&source)))
            .ok_or_else(|| {
                error(
                    service,
                    &key,
                    format!("refers to undefined {what} {source}"),
                )
            })?;
        if let Some(f) = def.get("file").and_then(Value::as_str) {
            binds.push(format!("{}:{target}:ro", host_path(project, f)));
        } else if let Some(var) = def.get("environment").and_then(Value::as_str) {
            let v = project.var(var).ok_or_else(|| {
                error(
                    service,
                    &key,
                    format!("{what} {source}: variable {var} is not set"),
                )
            })?;
            files.push((target, v));
        } else if let Some(c) = def.get("content").and_then(Value::as_str) {
            files.push((target, c.to_string()));
        } else {
            return Err(error(
                service,
                &key,
                format!("{what} {source}: only file, environment and content {kind} are supported"),
            ));
        }
    }
    Ok((binds, files))
}

/// Each service's `build.secrets` made concrete: every entry becomes `{id, file}` with the
/// top-level secret's file as an absolute path (`build --secret id=ID,src=FILE`); a secret
/// that is not a file cannot reach a build and is an error.
pub fn resolve_build_secrets(project: &mut Project) -> Result<(), ServiceError> {
    let names: Vec<String> = project
        .doc
        .get("services")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    for service in names {
        let Some(items) = project.doc["services"][service.as_str()]
            .pointer("/build/secrets")
            .and_then(Value::as_array)
            .cloned()
        else {
            continue;
        };
        let mut resolved = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let key = format!("build.secrets.{i}");
            let (source, id) = match item {
                Value::String(s) => (s.clone(), s.clone()),
                Value::Object(m) => {
                    let source = m
                        .get("source")
                        .and_then(Value::as_str)
                        .ok_or_else(|| error(&service, &key, "needs a source"))?
                        .to_string();
                    let id = m
                        .get("target")
                        .and_then(Value::as_str)
                        .map_or_else(|| source.clone(), str::to_string);
                    (source, id)
                }
                _ => return Err(error(&service, &key, "must be a name or a mapping")),
            };
            let file = project
                .doc
                .pointer(&format!("/secrets/{}/file", pointer_escape(&source)))
                .and_then(Value::as_str)
                .ok_or_else(|| {
                    error(
                        &service,
                        &key,
                        format!("secret {source}: a build takes file secrets only"),
                    )
                })?;
            let file = host_path(project, file);
            resolved.push(serde_json::json!({"id": id, "file": file}));
        }
        project.doc["services"][service.as_str()]["build"]["secrets"] = Value::Array(resolved);
    }
    Ok(())
}

/// `restart`, or `deploy.restart_policy`.
fn restart(spec: &Value, service: &str) -> Result<Option<String>, ServiceError> {
    if let Some(r) = text(spec, service, "restart")? {
        return Ok(Some(r));
    }
    let Some(p) = spec.pointer("/deploy/restart_policy") else {
        return Ok(None);
    };
    let max = p.get("max_attempts").and_then(Value::as_u64);
    Ok(Some(match p.get("condition").and_then(Value::as_str) {
        Some("none") => "no".into(),
        Some("on-failure") => match max {
            Some(n) => format!("on-failure:{n}"),
            None => "on-failure".into(),
        },
        Some("any") | None => "always".into(),
        Some(other) => {
            return Err(error(
                service,
                "deploy.restart_policy.condition",
                format!("{other:?}: use none, on-failure or any"),
            ));
        }
    }))
}

/// `stop_grace_period` (a duration) in whole seconds, rounded up.
fn grace_seconds(v: &str, service: &str) -> Result<u64, ServiceError> {
    let d = crate::util::time::parse_go_duration(v).ok_or_else(|| {
        error(
            service,
            "stop_grace_period",
            format!("invalid duration {v:?}"),
        )
    })?;
    Ok(d.as_secs() + u64::from(d.subsec_nanos() > 0))
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
        ("pid", "--pid"),
        ("ipc", "--ipc"),
    ] {
        if let Some(v) = text(spec, service, key)? {
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn project(doc: Value) -> Project {
        Project {
            name: "app".into(),
            directory: "/srv/app".into(),
            files: vec!["/srv/app/compose.yaml".into()],
            doc,
            warnings: Vec::new(),
            vars: vec![
                ("FROM_ENV".into(), "yes".into()),
                ("HOME".into(), "/home/u".into()),
            ],
        }
    }

    fn no_files(_: &Path) -> std::io::Result<String> {
        Err(std::io::ErrorKind::NotFound.into())
    }

    /// The flags as `FLAG VALUE` strings (lone flags as they are), without the labels.
    fn flags(s: &RunSpec) -> Vec<String> {
        let mut out = Vec::new();
        let mut it = s.flags.iter();
        while let Some(f) = it.next() {
            if is_lone_flag(f) {
                out.push(f.clone());
            } else if let Some(v) = it.next()
                && f != "--label"
            {
                out.push(format!("{f} {v}"));
            }
        }
        out
    }

    #[test]
    fn a_service_becomes_run_flags() {
        let p = project(json!({
            "services": {
                "web": {
                    "image": "busybox", "command": "httpd -f", "entrypoint": ["/bin/sh", "-c"],
                    "environment": {"A": "1", "FROM_ENV": null, "UNSET": null},
                    "ports": ["8080:80"], "expose": [9000],
                    "volumes": ["./html:/www:ro", "data:/data", "/cache", "~/x:/x",
                        {"type": "tmpfs", "target": "/t", "tmpfs": {"size": "1m"}},
                        {"type": "volume", "source": "data", "target": "/d2", "volume": {"nocopy": true}, "read_only": true},
                        {"type": "bind", "source": "../up", "target": "/up"}],
                    "networks": {"front": {"aliases": ["www"], "ipv4_address": "10.5.0.9"}, "back": null},
                    "healthcheck": {"test": ["CMD", "wget", "-q", "localhost"], "interval": "2s", "retries": 3},
                    "restart": "on-failure:2", "init": true, "tty": true, "user": 1000,
                    "stop_grace_period": "1500ms", "deploy": {"resources": {"limits": {"memory": "64M", "cpus": "0.5"}}},
                    "ulimits": {"nofile": {"soft": 100, "hard": 200}, "nproc": 50},
                    "extra_hosts": ["gw:10.0.0.1", "other=10.0.0.2"], "depends_on": ["db"]
                },
                "db": {"image": "busybox", "network_mode": "none"}
            },
            "volumes": {"data": null},
            "networks": {"front": null, "back": {"name": "shared-back"}}
        }));
        let s = run_spec(&p, "web", 1, "h1", &no_files).unwrap();
        assert_eq!(s.name, "app-web-1");
        assert_eq!(s.image, "busybox");
        assert_eq!(s.command, ["httpd", "-f"]);
        assert_eq!(s.entrypoint, Some(vec!["/bin/sh".into(), "-c".into()]));
        assert_eq!(
            s.health_test,
            Some(vec![
                "CMD".into(),
                "wget".into(),
                "-q".into(),
                "localhost".into()
            ])
        );
        assert_eq!(
            flags(&s),
            [
                "--name app-web-1",
                "-e A=1",
                "-e FROM_ENV=yes",
                "-p 8080:80",
                "--expose 9000",
                "-v /srv/app/html:/www:ro",
                "-v app_data:/data",
                "-v /cache",
                "-v /home/u/x:/x",
                "--mount type=tmpfs,tmpfs-size=1m,target=/t",
                "--mount type=volume,source=app_data,volume-nocopy,target=/d2,readonly",
                "--mount type=bind,source=/srv/up,target=/up",
                "--network name=app_front,alias=web,alias=www,ip=10.5.0.9",
                "--network name=shared-back,alias=web",
                "--add-host gw:10.0.0.1",
                "--add-host other:10.0.0.2",
                "--ulimit nofile=100:200",
                "--ulimit nproc=50:50",
                "--user 1000",
                "--cpus 0.5",
                "--memory 64M",
                "--stop-timeout 2",
                "--restart on-failure:2",
                "--init",
                "--tty",
                "--health-interval=2s",
                "--health-retries=3",
            ]
        );
        let labels: Vec<&String> = s
            .flags
            .iter()
            .filter(|f| f.starts_with("com.docker.compose."))
            .collect();
        assert!(labels.contains(&&"com.docker.compose.project=app".to_string()));
        assert!(labels.contains(&&"com.docker.compose.config-hash=h1".to_string()));
        assert!(labels.contains(&&"com.docker.compose.container-number=1".to_string()));
        let db = run_spec(&p, "db", 1, "h", &no_files).unwrap();
        assert!(flags(&db).contains(&"--network none".to_string()));
    }

    #[test]
    fn references_between_services_become_container_names() {
        let p = project(json!({"services": {
            "a": {"image": "i", "network_mode": "service:b", "volumes_from": ["b:ro", "container:x"], "links": ["b:bee"]},
            "b": {"image": "i", "container_name": "the-b"},
            "c": {"build": "."}
        }}));
        let s = run_spec(&p, "a", 1, "h", &no_files).unwrap();
        let f = flags(&s);
        assert!(f.contains(&"--network container:the-b".into()), "{f:?}");
        assert!(f.contains(&"--volumes-from the-b:ro".into()), "{f:?}");
        assert!(f.contains(&"--volumes-from x".into()), "{f:?}");
        assert!(f.contains(&"--link the-b:bee".into()), "{f:?}");
        assert_eq!(run_spec(&p, "c", 2, "h", &no_files).unwrap().image, "app-c");
        assert_eq!(
            run_spec(&p, "c", 2, "h", &no_files).unwrap().name,
            "app-c-2"
        );
    }

    #[test]
    fn env_files_in_order_and_optional_ones() {
        let p = project(json!({"services": {"a": {"image": "i",
            "env_file": ["one.env", {"path": "missing.env", "required": false}, {"path": "raw.env", "format": "raw"}],
            "environment": ["B=over"]}}}));
        let read = |path: &Path| -> std::io::Result<String> {
            match path.to_str() {
                Some("/srv/app/one.env") => Ok("A=1\nB=2\n".into()),
                Some("/srv/app/raw.env") => Ok("# c\nQ='kept as is'\n".into()),
                _ => Err(std::io::ErrorKind::NotFound.into()),
            }
        };
        let f = flags(&run_spec(&p, "a", 1, "h", &read).unwrap());
        assert_eq!(
            &f[1..],
            [
                "-e A=1",
                "-e B=2",
                "-e Q='kept as is'",
                "-e B=over",
                "--network name=app_default,alias=a"
            ]
        );
        let p = project(json!({"services": {"a": {"image": "i", "env_file": "nope.env"}}}));
        let e = run_spec(&p, "a", 1, "h", &read).unwrap_err();
        assert_eq!(e.key, "env_file");
        assert!(e.why.starts_with("/srv/app/nope.env:"), "{e}");
    }

    #[test]
    fn errors_name_the_service_and_key() {
        let bad = |svc: Value| {
            let p = project(json!({"services": {"s": svc}, "networks": {"n": null}}));
            run_spec(&p, "s", 1, "h", &no_files).unwrap_err()
        };
        assert_eq!(bad(json!({"image": "i", "bogus": 1})).key, "bogus");
        assert_eq!(bad(json!({})).key, "image");
        assert_eq!(
            bad(json!({"image": "i", "volumes": ["nope:/x"]})).key,
            "volumes"
        );
        assert_eq!(
            bad(json!({"image": "i", "networks": ["other"]})).key,
            "networks"
        );
        assert_eq!(
            bad(json!({"image": "i", "network_mode": "host", "networks": ["n"]})).key,
            "network_mode"
        );
        assert_eq!(
            bad(json!({"image": "i", "network_mode": "service:zz"})).key,
            "network_mode"
        );
        assert_eq!(
            bad(json!({"image": "i", "healthcheck": {"test": ["BOGUS"]}})).key,
            "healthcheck.test"
        );
        assert_eq!(bad(json!({"image": "i", "init": "yes"})).key, "init");
        assert_eq!(
            bad(json!({"image": "i", "stop_grace_period": "soon"})).key,
            "stop_grace_period"
        );
        assert_eq!(
            check_keys(&json!({"image": "i", "group_add": ["x"], "x-mine": 1}), "s").unwrap(),
            ["group_add"]
        );
        assert_eq!(
            bad(json!({"image": "i", "secrets": ["nope"]})).key,
            "secrets.0"
        );
        // keys skiff implements are not reported as ignored
        assert!(
            check_keys(
                &json!({"image": "i", "secrets": [], "configs": [], "pid": "host", "ipc": "host"}),
                "s"
            )
            .unwrap()
            .is_empty()
        );
    }

    #[test]
    fn healthcheck_forms() {
        let p = project(json!({"services": {
            "a": {"image": "i", "healthcheck": {"test": "wget -q localhost || exit 1", "timeout": "1s"}},
            "b": {"image": "i", "healthcheck": {"test": ["CMD-SHELL", "true"]}},
            "c": {"image": "i", "healthcheck": {"disable": true}},
            "d": {"image": "i", "healthcheck": {"test": ["NONE"]}}
        }}));
        let f = |s| flags(&run_spec(&p, s, 1, "h", &no_files).unwrap());
        assert!(f("a").contains(&"--health-cmd=wget -q localhost || exit 1".into()));
        assert!(f("a").contains(&"--health-timeout=1s".into()));
        assert!(f("b").contains(&"--health-cmd=true".into()));
        assert!(f("c").contains(&"--no-healthcheck".into()));
        assert!(f("d").contains(&"--no-healthcheck".into()));
    }

    #[test]
    fn secrets_and_configs_from_files_variables_and_content() {
        let p = project(json!({
            "services": {"a": {"image": "i",
                "secrets": ["pw", {"source": "token", "target": "tok"}],
                "configs": ["app", {"source": "inline", "target": "/etc/app.conf"}]}},
            "secrets": {"pw": {"file": "./pw.txt"}, "token": {"environment": "FROM_ENV"}},
            "configs": {"app": {"file": "/etc/app.ini"}, "inline": {"content": "k=v\n"}}
        }));
        let s = run_spec(&p, "a", 1, "h", &no_files).unwrap();
        let f = flags(&s);
        assert!(
            f.contains(&"-v /srv/app/pw.txt:/run/secrets/pw:ro".to_string()),
            "{f:?}"
        );
        assert!(f.contains(&"-v /etc/app.ini:/app:ro".to_string()), "{f:?}");
        assert_eq!(
            s.files,
            [
                ("/run/secrets/tok".to_string(), "yes".to_string()),
                ("/etc/app.conf".to_string(), "k=v\n".to_string())
            ]
        );
    }
}
