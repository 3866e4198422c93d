//! `include:` and `extends:`. An included file is a compose project of its own: loaded
//! (with its own includes), its relative paths made absolute against its directory, and
//! its services, networks, volumes, secrets and configs added to the including file's —
//! a name defined on both sides is an error, as with compose. A service's `extends`
//! (`NAME`, or `{service, file}`) starts from that service — of the same file, or of
//! another file whose relative paths are its own — with the extending service merged on
//! top by compose's merge rules; chains are followed, cycles refused.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::load::{LoadError, interpolate_tree, merge, parse};

#[derive(Debug, thiserror::Error)]
pub enum ExtendError {
    #[error("{path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("service {service:?} extends {base:?}, which is not a service of {file}")]
    NoBase {
        service: String,
        base: String,
        file: String,
    },
    #[error("service {0:?}: extends forms a cycle")]
    Cycle(String),
    #[error("{file}: {key} {name:?} is defined both here and in included {other}")]
    Conflict {
        file: String,
        key: String,
        name: String,
        other: String,
    },
    #[error("{file}: {key}: {why}")]
    Malformed {
        file: String,
        key: String,
        why: String,
    },
}

/// What loading another file needs: its text and the variables.
pub struct Sources<'a> {
    pub read: &'a dyn Fn(&Path) -> std::io::Result<String>,
    pub lookup: &'a dyn Fn(&str) -> Option<String>,
    /// Unset variables seen (for the loader's warning).
    pub unset: &'a mut Vec<String>,
}

/// How deep includes and extends chains may go.
const MAX_DEPTH: usize = 16;

fn at(dir: &Path, p: &str) -> String {
    if p.starts_with('/') || p.contains("://") || p.starts_with('~') {
        p.to_string()
    } else {
        dir.join(p).display().to_string()
    }
}

/// A service's relative host paths (build context, env files, bind sources, an extends
/// file) made absolute against `dir`.
pub fn absolutize(service: &mut Value, dir: &Path) {
    let Some(m) = service.as_object_mut() else {
        return;
    };
    match m.get_mut("build") {
        Some(Value::String(s)) => *s = at(dir, s),
        Some(Value::Object(b)) => {
            let ctx = b
                .get("context")
                .and_then(Value::as_str)
                .unwrap_or(".")
                .to_string();
            b.insert("context".into(), Value::String(at(dir, &ctx)));
        }
        _ => {}
    }
    match m.get_mut("env_file") {
        Some(Value::String(s)) => *s = at(dir, s),
        Some(Value::Array(items)) => {
            for i in items {
                match i {
                    Value::String(s) => *s = at(dir, s),
                    Value::Object(e) => {
                        if let Some(Value::String(p)) = e.get_mut("path") {
                            *p = at(dir, p);
                        }
                    }
                    _ => {}
                }
            }
        }
        _ => {}
    }
    if let Some(Value::Array(vols)) = m.get_mut("volumes") {
        for v in vols {
            match v {
                Value::String(s) if s.starts_with('.') => {
                    let (src, rest) = s.split_once(':').unwrap_or((s.as_str(), ""));
                    let abs = at(dir, src);
                    *s = if rest.is_empty() {
                        abs
                    } else {
                        format!("{abs}:{rest}")
                    };
                }
                Value::Object(o) if o.get("type").and_then(Value::as_str) == Some("bind") => {
                    if let Some(Value::String(src)) = o.get_mut("source") {
                        *src = at(dir, src);
                    }
                }
                _ => {}
            }
        }
    }
    if let Some(Value::Object(e)) = m.get_mut("extends")
        && let Some(Value::String(f)) = e.get_mut("file")
    {
        *f = at(dir, f);
    }
}

/// One file, parsed and interpolated.
fn load_file(path: &Path, src: &mut Sources) -> Result<Value, ExtendError> {
    let text = (src.read)(path).map_err(|source| ExtendError::Read {
        path: path.display().to_string(),
        source,
    })?;
    let name = path.display().to_string();
    let mut v = parse(&name, &text)?;
    interpolate_tree(&name, &mut v, src.lookup, src.unset)?;
    Ok(v)
}

/// The keys an included file contributes.
const RESOURCES: [&str; 5] = ["services", "networks", "volumes", "secrets", "configs"];

/// Replaces `doc`'s `include:` (in file `file`, directory `dir`) by what it includes.
pub fn include(
    doc: &mut Value,
    file: &str,
    dir: &Path,
    src: &mut Sources,
) -> Result<(), ExtendError> {
    include_at(doc, file, dir, src, 0)
}

fn include_at(
    doc: &mut Value,
    file: &str,
    dir: &Path,
    src: &mut Sources,
    depth: usize,
) -> Result<(), ExtendError> {
    let Some(list) = doc.as_object_mut().and_then(|m| m.remove("include")) else {
        return Ok(());
    };
    let malformed = |why: &str| ExtendError::Malformed {
        file: file.to_string(),
        key: "include".into(),
        why: why.into(),
    };
    if depth >= MAX_DEPTH {
        return Err(malformed("includes nest too deep"));
    }
    let Value::Array(items) = list else {
        return Err(malformed("must be a list"));
    };
    for item in items {
        let (paths, project_dir): (Vec<String>, Option<String>) = match &item {
            Value::String(p) => (vec![p.clone()], None),
            Value::Object(m) => {
                let paths = match m.get("path") {
                    Some(Value::String(p)) => vec![p.clone()],
                    Some(Value::Array(ps)) => ps
                        .iter()
                        .filter_map(|p| p.as_str().map(str::to_string))
                        .collect(),
                    _ => return Err(malformed("an entry needs a path")),
                };
                let pd = m
                    .get("project_directory")
                    .and_then(Value::as_str)
                    .map(str::to_string);
                (paths, pd)
            }
            _ => return Err(malformed("entries must be paths or mappings")),
        };
        let mut included = Value::Object(Map::new());
        let mut first_dir = None;
        for p in &paths {
            let path = PathBuf::from(at(dir, p));
            let mut v = load_file(&path, src)?;
            let here = path.parent().unwrap_or(dir).to_path_buf();
            let name = path.display().to_string();
            include_at(&mut v, &name, &here, src, depth + 1)?;
            extends_in(&mut v, &name, &here, src)?;
            merge(&mut included, v);
            first_dir.get_or_insert(here);
        }
        let base = match project_dir {
            Some(pd) => PathBuf::from(at(dir, &pd)),
            None => first_dir.unwrap_or_else(|| dir.to_path_buf()),
        };
        if let Some(Value::Object(services)) = included.get_mut("services") {
            for s in services.values_mut() {
                absolutize(s, &base);
            }
        }
        let other = paths.join(", ");
        for key in RESOURCES {
            let Some(Value::Object(theirs)) = included.get(key).cloned() else {
                continue;
            };
            let Some(root) = doc.as_object_mut() else {
                return Ok(());
            };
            let ours = root.entry(key).or_insert_with(|| Value::Object(Map::new()));
            if ours.is_null() {
                *ours = Value::Object(Map::new());
            }
            let Some(ours) = ours.as_object_mut() else {
                continue;
            };
            for (name, v) in theirs {
                if ours.contains_key(&name) {
                    return Err(ExtendError::Conflict {
                        file: file.to_string(),
                        key: key.trim_end_matches('s').to_string(),
                        name,
                        other: other.clone(),
                    });
                }
                ours.insert(name, v);
            }
        }
    }
    Ok(())
}

/// Resolves every `extends` of `doc` (file `file`, directory `dir`).
pub fn extends_in(
    doc: &mut Value,
    file: &str,
    dir: &Path,
    src: &mut Sources,
) -> Result<(), ExtendError> {
    let names: Vec<String> = doc
        .get("services")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    for name in names {
        let mut seen = Vec::new();
        let resolved = resolve(doc, file, dir, &name, src, &mut seen)?;
        doc["services"][name.as_str()] = resolved;
    }
    Ok(())
}

/// Service `name` of `doc` with its `extends` chain applied.
fn resolve(
    doc: &Value,
    file: &str,
    dir: &Path,
    name: &str,
    src: &mut Sources,
    seen: &mut Vec<String>,
) -> Result<Value, ExtendError> {
    let here = format!("{file}#{name}");
    if seen.contains(&here) || seen.len() >= MAX_DEPTH {
        return Err(ExtendError::Cycle(name.to_string()));
    }
    seen.push(here);
    let mut service = doc["services"][name].clone();
    let Some(ext) = service.as_object_mut().and_then(|m| m.remove("extends")) else {
        return Ok(service);
    };
    let (base_name, base_file) = match &ext {
        Value::String(s) => (s.clone(), None),
        Value::Object(m) => (
            m.get("service")
                .and_then(Value::as_str)
                .ok_or_else(|| ExtendError::Malformed {
                    file: file.to_string(),
                    key: format!("services.{name}.extends"),
                    why: "needs a service".into(),
                })?
                .to_string(),
            m.get("file").and_then(Value::as_str).map(str::to_string),
        ),
        _ => {
            return Err(ExtendError::Malformed {
                file: file.to_string(),
                key: format!("services.{name}.extends"),
                why: "must be a service name or a mapping".into(),
            });
        }
    };
    let mut base = match base_file {
        None => {
            if doc["services"].get(&base_name).is_none() {
                return Err(ExtendError::NoBase {
                    service: name.to_string(),
                    base: base_name,
                    file: file.to_string(),
                });
            }
            resolve(doc, file, dir, &base_name, src, seen)?
        }
        Some(f) => {
            let path = PathBuf::from(at(dir, &f));
            let other = load_file(&path, src)?;
            let there = path.parent().unwrap_or(dir).to_path_buf();
            let other_name = path.display().to_string();
            if other["services"].get(&base_name).is_none() {
                return Err(ExtendError::NoBase {
                    service: name.to_string(),
                    base: base_name,
                    file: other_name,
                });
            }
            let mut b = resolve(&other, &other_name, &there, &base_name, src, seen)?;
            absolutize(&mut b, &there);
            b
        }
    };
    merge(&mut base, service);
    Ok(base)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sources<'a>(
        files: &'a dyn Fn(&Path) -> std::io::Result<String>,
        unset: &'a mut Vec<String>,
    ) -> Sources<'a> {
        Sources {
            read: files,
            lookup: &|_| None,
            unset,
        }
    }

    fn files(p: &Path) -> std::io::Result<String> {
        match p.to_str() {
            Some("/app/base.yaml") => Ok("services:\n  common:\n    image: busybox\n    env_file: common.env\n    environment: {A: \"1\"}\n".into()),
            Some("/app/db/compose.yaml") => Ok("services:\n  db:\n    build: .\n    volumes: [\"./data:/data\"]\nvolumes:\n  dbdata: {}\n".into()),
            Some("/app/clash.yaml") => Ok("services:\n  web:\n    image: x\n".into()),
            _ => Err(std::io::ErrorKind::NotFound.into()),
        }
    }

    #[test]
    fn extends_in_the_same_file_and_another() {
        let mut doc = json!({"services": {
            "base": {"image": "busybox", "environment": {"A": "0", "B": "b"}, "command": ["a"]},
            "mid": {"extends": "base", "environment": {"A": "mid"}},
            "web": {"extends": {"service": "mid"}, "command": ["web"]},
            "other": {"extends": {"service": "common", "file": "base.yaml"}, "environment": {"C": "3"}}
        }});
        let mut unset = Vec::new();
        let mut src = sources(&files, &mut unset);
        extends_in(&mut doc, "/app/compose.yaml", Path::new("/app"), &mut src).unwrap();
        let web = &doc["services"]["web"];
        assert_eq!(web["image"], "busybox");
        assert_eq!(web["environment"], json!({"A": "mid", "B": "b"}));
        assert_eq!(web["command"], json!(["web"]));
        assert!(web.get("extends").is_none());
        let other = &doc["services"]["other"];
        assert_eq!(other["env_file"], "/app/common.env");
        assert_eq!(other["environment"], json!({"A": "1", "C": "3"}));
        // cycles and missing bases
        let mut bad = json!({"services": {"a": {"extends": "b"}, "b": {"extends": "a"}}});
        let e = extends_in(&mut bad, "f", Path::new("/app"), &mut src).unwrap_err();
        assert!(matches!(e, ExtendError::Cycle(_)), "{e}");
        let mut bad = json!({"services": {"a": {"extends": "nope"}}});
        let e = extends_in(&mut bad, "f", Path::new("/app"), &mut src).unwrap_err();
        assert_eq!(
            e.to_string(),
            "service \"a\" extends \"nope\", which is not a service of f"
        );
    }

    #[test]
    fn includes_bring_resources_with_their_own_paths() {
        let mut doc = json!({"include": ["db/compose.yaml"], "services": {"web": {"image": "x", "depends_on": ["db"]}}});
        let mut unset = Vec::new();
        let mut src = sources(&files, &mut unset);
        include(&mut doc, "/app/compose.yaml", Path::new("/app"), &mut src).unwrap();
        assert!(doc.get("include").is_none());
        assert_eq!(doc["services"]["db"]["build"], "/app/db/.");
        assert_eq!(doc["services"]["db"]["volumes"][0], "/app/db/./data:/data");
        assert!(doc["volumes"]["dbdata"].is_object());
        assert_eq!(doc["services"]["web"]["image"], "x");
        let mut clash =
            json!({"include": [{"path": "clash.yaml"}], "services": {"web": {"image": "y"}}});
        let e = include(&mut clash, "/app/compose.yaml", Path::new("/app"), &mut src).unwrap_err();
        assert!(
            e.to_string()
                .contains("service \"web\" is defined both here and in included clash.yaml"),
            "{e}"
        );
        let mut missing = json!({"include": ["nope.yaml"]});
        let e = include(
            &mut missing,
            "/app/compose.yaml",
            Path::new("/app"),
            &mut src,
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("/app/nope.yaml: "), "{e}");
    }
}
