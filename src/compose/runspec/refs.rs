//! Names and paths a service refers to: host paths made absolute against the project
//! directory, top-level volumes and networks by their store names (a volume that is a host
//! directory by its path), `service:NAME` references as container names.

use serde_json::Value;

use super::super::loader::Project;
use super::super::plan::{container_name, resource_name};
use super::super::service::{ServiceError, error, scalar};

/// A host path of the project: relative ones from its directory, `~` from $HOME.
pub(super) fn host_path(project: &Project, p: &str) -> String {
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
pub(super) fn volume_name(
    project: &Project,
    service: &str,
    key: &str,
) -> Result<String, ServiceError> {
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

pub(super) fn external_name(key: &str, spec: &Value) -> String {
    spec.get("name")
        .and_then(Value::as_str)
        .unwrap_or(key)
        .to_string()
}

pub(super) fn pointer_escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// The container a `service:NAME` reference means (its first replica).
pub(super) fn service_container(
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
