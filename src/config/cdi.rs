//! The Container Device Interface: vendors describe devices in spec files (JSON or YAML in
//! /etc/cdi and /var/run/cdi, or containers.conf's `cdi_spec_dirs`); a container asks for
//! `VENDOR/CLASS=NAME` (or `=all`) with `--device`, or for GPUs with `--gpus`. Resolving a
//! name gives the edits the spec lists — device nodes, environment variables and bind
//! mounts — as plain data for the container's spec. Hooks are refused: skiff runs none.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::oci::runtime::Device;

/// Where spec files are looked for when the config names no other place; later ones win.
pub const DEFAULT_DIRS: &[&str] = &["/etc/cdi", "/var/run/cdi"];

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CdiError {
    #[error("CDI spec {path}: {message}")]
    Spec { path: PathBuf, message: String },
    #[error("CDI device {0:?}: no spec names it (looked in {1})")]
    Unknown(String, String),
    #[error("CDI device {name:?}: {message}")]
    Unsupported { name: String, message: String },
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Spec {
    cdi_version: String,
    kind: String,
    #[serde(default)]
    devices: Vec<SpecDevice>,
    #[serde(default)]
    container_edits: Edits,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SpecDevice {
    name: String,
    #[serde(default)]
    container_edits: Edits,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Edits {
    #[serde(default)]
    env: Vec<String>,
    #[serde(default)]
    device_nodes: Vec<DeviceNode>,
    #[serde(default)]
    mounts: Vec<SpecMount>,
    #[serde(default)]
    hooks: Vec<serde_json::Value>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DeviceNode {
    path: String,
    #[serde(default)]
    host_path: Option<String>,
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    major: Option<u32>,
    #[serde(default)]
    minor: Option<u32>,
    #[serde(default)]
    file_mode: Option<u32>,
    #[serde(default)]
    permissions: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
struct SpecMount {
    host_path: String,
    container_path: String,
    #[serde(default)]
    options: Vec<String>,
}

/// A bind mount a device brings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindEdit {
    pub host: String,
    pub container: String,
    pub readonly: bool,
}

/// What the devices asked for add to a container.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub devices: Vec<Device>,
    pub env: Vec<String>,
    pub mounts: Vec<BindEdit>,
}

/// Whether `s` is a CDI device name (`vendor.com/class=name`) rather than a path.
pub fn is_cdi_name(s: &str) -> bool {
    match s.split_once('=') {
        Some((kind, name)) => {
            !name.is_empty() && !kind.starts_with('/') && kind.contains('/') && !name.contains(':')
        }
        None => false,
    }
}

/// Every spec in `dirs` (`*.json`, `*.yaml`, `*.yml`), keyed by kind; a later directory's
/// spec of a kind replaces an earlier one's device by device.
fn load(dirs: &[PathBuf]) -> Result<BTreeMap<String, Vec<(PathBuf, Spec)>>, CdiError> {
    let mut by_kind: BTreeMap<String, Vec<(PathBuf, Spec)>> = BTreeMap::new();
    for dir in dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.extension()
                    .is_some_and(|x| x == "json" || x == "yaml" || x == "yml")
            })
            .collect();
        files.sort();
        for path in files {
            let bad = |message: String| CdiError::Spec {
                path: path.clone(),
                message,
            };
            let text = std::fs::read_to_string(&path).map_err(|e| bad(e.to_string()))?;
            let spec: Spec = if path.extension().is_some_and(|x| x == "json") {
                serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?
            } else {
                serde_saphyr::from_str(&text).map_err(|e| bad(e.to_string()))?
            };
            if !spec.cdi_version.starts_with("0.") && !spec.cdi_version.starts_with("1.") {
                return Err(bad(format!(
                    "cdiVersion {:?} is not known",
                    spec.cdi_version
                )));
            }
            let Some((vendor, class)) = spec.kind.split_once('/') else {
                return Err(bad(format!("kind {:?} is not VENDOR/CLASS", spec.kind)));
            };
            if vendor.is_empty() || class.is_empty() {
                return Err(bad(format!("kind {:?} is not VENDOR/CLASS", spec.kind)));
            }
            by_kind
                .entry(spec.kind.clone())
                .or_default()
                .push((path.clone(), spec));
        }
    }
    Ok(by_kind)
}

/// The edits of the devices `names` (`KIND=NAME` or `KIND=all`) from the specs in `dirs`.
pub fn resolve(names: &[String], dirs: &[PathBuf]) -> Result<Resolved, CdiError> {
    let mut out = Resolved::default();
    if names.is_empty() {
        return Ok(out);
    }
    let specs = load(dirs)?;
    let looked = || {
        dirs.iter()
            .map(|d| d.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    for full in names {
        let Some((kind, name)) = full.split_once('=') else {
            return Err(CdiError::Unknown(full.clone(), looked()));
        };
        let Some(found) = specs.get(kind) else {
            return Err(CdiError::Unknown(full.clone(), looked()));
        };
        let mut matched = false;
        for (_, spec) in found {
            let chosen: Vec<&SpecDevice> = spec
                .devices
                .iter()
                .filter(|d| name == "all" || d.name == name)
                .collect();
            if chosen.is_empty() {
                continue;
            }
            matched = true;
            apply(full, &spec.container_edits, &mut out)?;
            for d in chosen {
                apply(full, &d.container_edits, &mut out)?;
            }
        }
        if !matched {
            return Err(CdiError::Unknown(full.clone(), looked()));
        }
    }
    Ok(out)
}

fn apply(name: &str, e: &Edits, out: &mut Resolved) -> Result<(), CdiError> {
    let unsupported = |message: String| CdiError::Unsupported {
        name: name.to_string(),
        message,
    };
    if !e.hooks.is_empty() {
        return Err(unsupported(
            "its spec runs hooks, which skiff does not run".into(),
        ));
    }
    for v in &e.env {
        if !out.env.contains(v) {
            out.env.push(v.clone());
        }
    }
    for n in &e.device_nodes {
        let host = n.host_path.clone().unwrap_or_else(|| n.path.clone());
        let (kind, major, minor, mode) = match (n.kind.as_deref(), n.major, n.minor) {
            (Some(k @ ("c" | "b" | "u")), Some(ma), Some(mi)) => {
                (if k == "u" { "c" } else { k }.to_string(), ma, mi, None)
            }
            _ => node_of(&host).map_err(|m| unsupported(format!("{host}: {m}")))?,
        };
        if out.devices.iter().any(|d| d.path == n.path) {
            continue;
        }
        out.devices.push(Device {
            path: n.path.clone(),
            kind,
            major,
            minor,
            file_mode: n.file_mode.or(mode).unwrap_or(0o666) & 0o7777,
            access: n.permissions.clone().unwrap_or_else(|| "rwm".into()),
            host_path: Some(host),
        });
    }
    for m in &e.mounts {
        if !Path::new(&m.container_path).is_absolute() {
            return Err(unsupported(format!(
                "mount destination {:?} is not absolute",
                m.container_path
            )));
        }
        out.mounts.push(BindEdit {
            host: m.host_path.clone(),
            container: m.container_path.clone(),
            readonly: m.options.iter().any(|o| o == "ro"),
        });
    }
    Ok(())
}

/// The kind, numbers and mode of the device node at `path` on the host.
fn node_of(path: &str) -> Result<(String, u32, u32, Option<u32>), String> {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let m = std::fs::metadata(path).map_err(|e| e.to_string())?;
    let kind = if m.file_type().is_char_device() {
        "c"
    } else if m.file_type().is_block_device() {
        "b"
    } else {
        return Err("not a device node".into());
    };
    Ok((
        kind.into(),
        rustix::fs::major(m.rdev()),
        rustix::fs::minor(m.rdev()),
        Some(m.mode() & 0o777),
    ))
}

/// `--gpus`: docker's `all`, `device=ID[,ID…]` (quoted or not) as NVIDIA's CDI names.
pub fn gpus(value: &str) -> Result<Vec<String>, String> {
    let v = value.trim_matches(['"', '\'']);
    let names: Vec<String> = if v == "all" {
        vec!["nvidia.com/gpu=all".into()]
    } else if let Some(list) = v.strip_prefix("device=") {
        list.split(',')
            .filter(|s| !s.is_empty())
            .map(|id| format!("nvidia.com/gpu={id}"))
            .collect()
    } else {
        return Err(format!(
            "--gpus {value:?}: give all or device=ID[,ID…] (counts are not supported)"
        ));
    };
    if names.is_empty() {
        return Err(format!("--gpus {value:?}: no device named"));
    }
    Ok(names)
}

#[cfg(test)]
mod tests;
