//! A pod's `volumes`: ConfigMaps and Secrets become files in a directory of the pod's own
//! (made fresh, read-only in the containers), emptyDir a writable directory of the pod's
//! (or a tmpfs with `medium: Memory`), claims named volumes, hostPath a bind mount. Every
//! name and path from YAML is checked here (keys and item paths are plain relative
//! names, never `..`), and is written later inside the pod's directory only.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::{PlayError, PodContext, PodDir, invalid};
use crate::engine::pod::PodFile;

/// The annotation (+ the volume's name) on a container that says what a directory of its
/// pod is: `configMap/NAME`, `secret/NAME` or `emptyDir`.
pub const VOLUME_ANNOTATION: &str = "io.skiff.kube.volume.";

/// What a pod volume is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum VolumeKind {
    /// A directory of the pod's (ConfigMap, Secret: read-only; emptyDir); `origin` is
    /// `configMap/NAME`, `secret/NAME` or `emptyDir`, kept on the container in an
    /// annotation for `kube generate`.
    Dir {
        readonly: bool,
        origin: String,
    },
    /// emptyDir with `medium: Memory`: a tmpfs, with its size limit in bytes.
    Memory(Option<u64>),
    Claim {
        name: String,
        readonly: bool,
    },
    Host {
        path: String,
        kind: String,
    },
}

#[derive(Debug, Default)]
pub(crate) struct PodVolumes {
    pub dirs: Vec<PodDir>,
    pub kinds: BTreeMap<String, VolumeKind>,
}

/// A ConfigMap or Secret key: `[-._a-zA-Z0-9]+`, not `.` or `..`, at most 253 bytes.
pub(crate) fn check_key(k: &str) -> Result<(), String> {
    let ok = !k.is_empty()
        && k.len() <= 253
        && k != "."
        && k != ".."
        && k.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._".contains(c));
    if ok {
        Ok(())
    } else {
        Err(format!(
            "invalid key {k:?}: keys are letters, digits, '-', '_' and '.' (not '.' or '..')"
        ))
    }
}

/// A path from YAML that names a place beneath a root (an item's `path`, a Localhost
/// seccomp profile): relative, no `..`, `.` or empty components.
pub(crate) fn check_relative(what: &str, p: &str) -> Result<(), String> {
    let ok = !p.is_empty()
        && !p.starts_with('/')
        && p.split('/')
            .all(|c| !c.is_empty() && c != ".." && c != "." && !c.contains('\0'));
    if ok {
        Ok(())
    } else {
        Err(format!(
            "invalid {what} {p:?}: it must be relative, without '..'"
        ))
    }
}

/// A file mode from YAML: `420` (decimal, as the API writes it) or `0644`/`644` (read as
/// octal, as YAML 1.1 does).
pub(crate) fn mode(v: &Value) -> Option<u32> {
    if let Value::String(s) = v {
        let digits = s.trim_start_matches("0o");
        return u32::from_str_radix(digits, 8).ok().filter(|m| *m <= 0o7777);
    }
    // YAML 1.2 reads `0600` as a decimal number, 600 (a float here): YAML 1.1, as
    // Kubernetes reads it, means octal
    if v.is_f64() {
        let f = v.as_f64()?;
        if f.fract() != 0.0 || !(0.0..1e6).contains(&f) {
            return None;
        }
        return u32::from_str_radix(&(f as u64).to_string(), 8)
            .ok()
            .filter(|m| *m <= 0o7777);
    }
    let n = v.as_u64()?;
    if n <= 0o777 {
        return Some(n as u32);
    }
    u32::from_str_radix(&n.to_string(), 8)
        .ok()
        .filter(|m| *m <= 0o7777)
}

/// A DNS label (volume names).
fn check_volume_name(n: &str) -> Result<(), String> {
    let ok = !n.is_empty()
        && n.len() <= 63
        && n.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !n.starts_with('-')
        && !n.ends_with('-');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "invalid volume name {n:?}: a DNS label (lower case letters, digits, '-')"
        ))
    }
}

fn files_of(
    what: &str,
    source: &Map<String, Value>,
    data: Option<&BTreeMap<String, Vec<u8>>>,
) -> Result<Vec<PodFile>, PlayError> {
    let default = source.get("defaultMode").and_then(mode).unwrap_or(0o644);
    let Some(data) = data else {
        return if source.get("optional") == Some(&Value::Bool(true)) {
            Ok(Vec::new())
        } else {
            Err(invalid(what, "not found in the YAML (or --configmap)"))
        };
    };
    let mut files = Vec::new();
    match source.get("items").and_then(Value::as_array) {
        Some(items) => {
            for i in items {
                let key = i["key"].as_str().unwrap_or("");
                let path = i["path"].as_str().unwrap_or(key);
                check_relative("item path", path).map_err(|m| invalid(what, m))?;
                let bytes = data
                    .get(key)
                    .ok_or_else(|| invalid(what, format!("it has no key {key:?}")))?;
                files.push(PodFile {
                    path: path.to_string(),
                    data: bytes.clone(),
                    mode: i.get("mode").and_then(mode).unwrap_or(default),
                });
            }
        }
        None => {
            for (k, bytes) in data {
                check_key(k).map_err(|m| invalid(what, m))?;
                files.push(PodFile {
                    path: k.clone(),
                    data: bytes.clone(),
                    mode: default,
                });
            }
        }
    }
    Ok(files)
}

/// The pod's volumes.
pub(crate) fn pod_volumes(
    ctx: &PodContext<'_>,
    spec: &Map<String, Value>,
) -> Result<PodVolumes, PlayError> {
    let mut out = PodVolumes::default();
    let empty = Map::new();
    for v in spec
        .get("volumes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let name = v["name"].as_str().unwrap_or("");
        let what = format!("pod {} volume {name:?}", ctx.name);
        check_volume_name(name).map_err(|m| invalid(&what, m))?;
        if out.kinds.contains_key(name) {
            return Err(invalid(&what, "named twice"));
        }
        let obj = |k: &str| v.get(k).and_then(Value::as_object);
        // a ConfigMap's or a Secret's keys as files
        let keyed = match (obj("configMap"), obj("secret")) {
            (Some(cm), _) => Some(("configMap", cm, "name", &ctx.objects.configmaps)),
            (_, Some(s)) => Some(("secret", s, "secretName", &ctx.objects.secrets)),
            _ => None,
        };
        let kind = if let Some((kind, source, key, all)) = keyed {
            let source_name = source.get(key).and_then(Value::as_str).unwrap_or("");
            let files = files_of(
                &format!("{what}: {kind} {source_name:?}"),
                source,
                all.get(source_name),
            )?;
            out.dirs.push(PodDir {
                volume: name.to_string(),
                files,
                mode: 0o755,
            });
            VolumeKind::Dir {
                readonly: true,
                origin: format!("{kind}/{source_name}"),
            }
        } else if let Some(e) = v.get("emptyDir") {
            let e = e.as_object().unwrap_or(&empty);
            if e.get("medium").and_then(Value::as_str) == Some("Memory") {
                let size = e
                    .get("sizeLimit")
                    .map(|q| super::quantity(q).map(|b| b as u64))
                    .transpose()
                    .map_err(|m| invalid(&what, m))?;
                VolumeKind::Memory(size)
            } else {
                out.dirs.push(PodDir {
                    volume: name.to_string(),
                    files: Vec::new(),
                    mode: 0o777,
                });
                VolumeKind::Dir {
                    readonly: false,
                    origin: "emptyDir".into(),
                }
            }
        } else if let Some(c) = obj("persistentVolumeClaim") {
            let claim = c.get("claimName").and_then(Value::as_str).unwrap_or("");
            if claim.is_empty() {
                return Err(invalid(&what, "claimName is required"));
            }
            VolumeKind::Claim {
                name: claim.to_string(),
                readonly: c.get("readOnly") == Some(&Value::Bool(true)),
            }
        } else if let Some(h) = obj("hostPath") {
            let path = h.get("path").and_then(Value::as_str).unwrap_or("");
            if !path.starts_with('/') {
                return Err(invalid(&what, "hostPath.path must be absolute"));
            }
            let kind = h.get("type").and_then(Value::as_str).unwrap_or("");
            if !matches!(
                kind,
                "" | "DirectoryOrCreate" | "Directory" | "File" | "FileOrCreate" | "Socket"
            ) {
                return Err(invalid(
                    &what,
                    format!("hostPath type {kind:?} is not supported"),
                ));
            }
            VolumeKind::Host {
                path: path.to_string(),
                kind: kind.to_string(),
            }
        } else {
            let key = v
                .as_object()
                .and_then(|m| m.keys().find(|k| *k != "name").cloned())
                .unwrap_or_default();
            return Err(invalid(
                &what,
                format!(
                    "volume type {key:?} is not supported (configMap, secret, emptyDir, persistentVolumeClaim, hostPath)"
                ),
            ));
        };
        out.kinds.insert(name.to_string(), kind);
    }
    Ok(out)
}

/// The `run` flags of one `volumeMounts` entry (pod directories are `DirMount`s, added
/// once the directory exists).
pub(crate) fn mount(
    what: &str,
    m: &Value,
    volumes: &PodVolumes,
) -> Result<(Vec<String>, Option<super::DirMount>), PlayError> {
    let name = m["name"].as_str().unwrap_or("");
    let target = m["mountPath"].as_str().unwrap_or("");
    if !target.starts_with('/') {
        return Err(invalid(
            what,
            format!("mountPath of {name:?} must be absolute"),
        ));
    }
    if target.contains(',') {
        return Err(invalid(what, format!("mountPath {target:?} has a comma")));
    }
    let subpath = m["subPath"].as_str().unwrap_or("");
    if subpath.contains(',') {
        return Err(invalid(what, format!("subPath {subpath:?} has a comma")));
    }
    if m.get("subPathExpr").is_some() {
        return Err(invalid(what, "subPathExpr is not supported"));
    }
    if let Some(p) = m["mountPropagation"].as_str()
        && p != "None"
    {
        return Err(invalid(
            what,
            format!("mountPropagation {p} is not supported (mounts are private)"),
        ));
    }
    let ro = m["readOnly"] == Value::Bool(true);
    let kind = volumes
        .kinds
        .get(name)
        .ok_or_else(|| invalid(what, format!("no volume named {name:?}")))?;
    let sub = if subpath.is_empty() {
        String::new()
    } else {
        format!(",subpath={subpath}")
    };
    let ro_opt = |ro: bool| if ro { ",readonly" } else { "" };
    Ok(match kind {
        VolumeKind::Dir { readonly, origin } => (
            vec![format!("--annotation={VOLUME_ANNOTATION}{name}={origin}")],
            Some(super::DirMount {
                volume: name.to_string(),
                target: target.to_string(),
                subpath: subpath.to_string(),
                readonly: ro || *readonly,
            }),
        ),
        VolumeKind::Memory(size) => {
            if !subpath.is_empty() {
                return Err(invalid(
                    what,
                    "subPath of a memory emptyDir is not supported",
                ));
            }
            let size = size.map_or(String::new(), |s| format!(",tmpfs-size={s}"));
            (
                vec![format!(
                    "--mount=type=tmpfs,target={target}{size}{}",
                    ro_opt(ro)
                )],
                None,
            )
        }
        VolumeKind::Claim { name, readonly } => (
            vec![format!(
                "--mount=type=volume,source={name},target={target}{sub}{}",
                ro_opt(ro || *readonly)
            )],
            None,
        ),
        VolumeKind::Host { path, kind } => {
            if path.contains(',') {
                return Err(invalid(what, format!("hostPath {path:?} has a comma")));
            }
            if subpath.is_empty()
                && !path.contains(':')
                && matches!(kind.as_str(), "" | "DirectoryOrCreate")
            {
                // `-v` makes a missing directory, as DirectoryOrCreate asks
                let mode = if ro { ":ro" } else { "" };
                (vec![format!("--volume={path}:{target}{mode}")], None)
            } else {
                (
                    vec![format!(
                        "--mount=type=bind,source={path},target={target}{sub}{}",
                        ro_opt(ro)
                    )],
                    None,
                )
            }
        }
    })
}
