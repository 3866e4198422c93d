//! What a service mounts: `volumes` entries (short and long syntax) as `-v`/`--mount`,
//! `secrets` and `configs` (files bound, text ones handed to the backend), and build
//! secrets resolved to files.

use serde_json::Value;

use super::super::loader::Project;
use super::super::service::{ServiceError, error, scalar};
use super::refs::{host_path, pointer_escape, volume_name};

/// One entry of `volumes`, as `-v` or `--mount`.
pub(super) fn volume(
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

/// A service's `secrets` or `configs` (`kind`): bind mounts (`-v` values) of files, and
/// the text ones as (target, content).
pub(super) type Mounted = (Vec<String>, Vec<(String, String)>);

/// Where a config's or secret's content comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UseSource {
    /// A host file (absolute).
    File(String),
    /// Text (`content:`, or `environment:` read now).
    Text(String),
}

/// One entry of a service's `configs:` or `secrets:`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigUse {
    /// The top-level config or secret's name.
    pub source: String,
    /// Where it appears in the container.
    pub target: String,
    pub content: UseSource,
}

/// A service's `configs:` or `secrets:` (`kind`) with their targets (a secret's default is
/// /run/secrets/NAME, a config's /NAME) and where their contents come from.
pub fn config_uses(
    project: &Project,
    service: &str,
    spec: &Value,
    kind: &str,
) -> Result<Vec<ConfigUse>, ServiceError> {
    let Some(items) = spec.get(kind).filter(|v| !v.is_null()) else {
        return Ok(Vec::new());
    };
    let Some(items) = items.as_array() else {
        return Err(error(service, kind, "must be a list"));
    };
    let what = kind.trim_end_matches('s');
    let mut out = Vec::new();
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
        let content = if let Some(f) = def.get("file").and_then(Value::as_str) {
            UseSource::File(host_path(project, f))
        } else if let Some(var) = def.get("environment").and_then(Value::as_str) {
            let v = project.var(var).ok_or_else(|| {
                error(
                    service,
                    &key,
                    format!("{what} {source}: variable {var} is not set"),
                )
            })?;
            UseSource::Text(v)
        } else if let Some(c) = def.get("content").and_then(Value::as_str) {
            UseSource::Text(c.to_string())
        } else {
            return Err(error(
                service,
                &key,
                format!("{what} {source}: only file, environment and content {kind} are supported"),
            ));
        };
        out.push(ConfigUse {
            source,
            target,
            content,
        });
    }
    Ok(out)
}

/// A service's configs or secrets as mounts: files as read-only binds, text as files the
/// backend writes.
pub(super) fn secrets_or_configs(
    project: &Project,
    service: &str,
    spec: &Value,
    kind: &str,
) -> Result<Mounted, ServiceError> {
    let mut binds = Vec::new();
    let mut files = Vec::new();
    for u in config_uses(project, service, spec, kind)? {
        match u.content {
            UseSource::File(f) => binds.push(format!("{f}:{}:ro", u.target)),
            UseSource::Text(t) => files.push((u.target, t)),
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
