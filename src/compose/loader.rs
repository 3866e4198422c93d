//! A project from what the command line and environment say: its files (`-f`,
//! `COMPOSE_FILE`, else the default names searched up from the directory, with their
//! override file), its directory, its variables (`.env` or `--env-file`, the environment
//! winning), its name (`-p`, `COMPOSE_PROJECT_NAME`, `name:`, the directory's name), and
//! the interpolated, merged document.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::extend::{Sources, extends_in, include};
use super::load::{LoadError, interpolate_tree, merge, parse};
use super::project::{find_files, normalize_name, parse_env_file, valid_name};

#[derive(Debug, thiserror::Error)]
pub enum ComposeError {
    #[error(
        "no configuration file provided: not found (looked for compose.yaml, compose.yml, docker-compose.yaml, docker-compose.yml in {0} and its parents)"
    )]
    NoFile(String),
    #[error("{path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {why}")]
    EnvFile { path: String, why: String },
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(transparent)]
    Extend(#[from] super::extend::ExtendError),
    #[error(
        "invalid project name {0:?}: it must contain only lowercase letters, digits, dashes and underscores, and start with a letter or digit"
    )]
    Name(String),
    #[error("{at}: {key}: not a top-level key of the compose specification (x-… names extensions)")]
    TopLevel { at: String, key: String },
}

/// What the command line and environment say about the project.
#[derive(Debug, Default, Clone)]
pub struct LoadOptions {
    /// `-f` (`-` is stdin), in order.
    pub files: Vec<String>,
    pub project_name: Option<String>,
    pub project_directory: Option<PathBuf>,
    /// `--env-file`, in order (instead of the project's `.env`).
    pub env_files: Vec<PathBuf>,
    /// The working directory.
    pub cwd: PathBuf,
    /// The environment (it wins over env files).
    pub environ: Vec<(String, String)>,
    /// Standard input, for `-f -`.
    pub stdin: Option<String>,
}

/// A loaded project.
#[derive(Debug, Clone)]
pub struct Project {
    pub name: String,
    pub directory: PathBuf,
    pub files: Vec<String>,
    /// The interpolated, merged document (`name:` set to the project's).
    pub doc: Value,
    /// Said once each, before anything else happens.
    pub warnings: Vec<String>,
    /// The variables (env files, then the environment over them): where an
    /// `environment` key without a value takes it from.
    pub vars: Vec<(String, String)>,
}

impl Project {
    /// The value of variable `name`, as interpolation saw it.
    pub fn var(&self, name: &str) -> Option<String> {
        last(&self.vars, name)
    }

    /// `FILE:LINE` where `path` (keys from the top) is written, in the last file that
    /// has it (later files override earlier ones).
    pub fn locate(&self, path: &[&str]) -> Option<String> {
        self.files.iter().rev().filter(|f| *f != "-").find_map(|f| {
            let text = std::fs::read_to_string(f).ok()?;
            super::locate::line_of(&text, path).map(|l| format!("{f}:{l}"))
        })
    }
}

fn read(path: &Path) -> Result<String, ComposeError> {
    std::fs::read_to_string(path).map_err(|source| ComposeError::Read {
        path: path.display().to_string(),
        source,
    })
}

/// The value `vars` gives `name` last (later settings win).
fn last(vars: &[(String, String)], name: &str) -> Option<String> {
    vars.iter()
        .rev()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.clone())
}

/// The top-level keys of the compose specification (besides `x-` extensions; `version`
/// is obsolete and dropped with a warning).
const TOP_LEVEL: [&str; 7] = [
    "name", "include", "services", "networks", "volumes", "secrets", "configs",
];

/// Loads the project `o` describes.
pub fn load(o: &LoadOptions) -> Result<Project, ComposeError> {
    let env = |k: &str| last(&o.environ, k);
    let mut files: Vec<String> = o.files.clone();
    if files.is_empty()
        && let Some(list) = env("COMPOSE_FILE").filter(|l| !l.is_empty())
    {
        files = list.split(':').map(str::to_string).collect();
    }
    let base = o.project_directory.clone().unwrap_or_else(|| o.cwd.clone());
    let paths: Vec<String> = if files.is_empty() {
        find_files(&base, &|p| p.is_file())
            .ok_or_else(|| ComposeError::NoFile(base.display().to_string()))?
            .into_iter()
            .map(|p| p.display().to_string())
            .collect()
    } else {
        files
            .iter()
            .map(|f| {
                if f == "-" || Path::new(f).is_absolute() {
                    f.clone()
                } else {
                    o.cwd.join(f).display().to_string()
                }
            })
            .collect()
    };
    // the project's directory: asked for, or the first file's
    let directory = o.project_directory.clone().unwrap_or_else(|| {
        paths
            .iter()
            .find(|p| *p != "-")
            .and_then(|p| Path::new(p).parent().map(Path::to_path_buf))
            .unwrap_or_else(|| o.cwd.clone())
    });
    // variables: env files first, the environment over them
    let mut vars: Vec<(String, String)> = Vec::new();
    let env_files: Vec<PathBuf> = if o.env_files.is_empty() {
        let dot = directory.join(".env");
        if dot.is_file() { vec![dot] } else { Vec::new() }
    } else {
        o.env_files.clone()
    };
    for f in &env_files {
        let text = read(f)?;
        vars.extend(parse_env_file(&text).map_err(|e| ComposeError::EnvFile {
            path: f.display().to_string(),
            why: e.to_string(),
        })?);
    }
    vars.extend(o.environ.iter().cloned());
    let lookup = |k: &str| last(&vars, k);
    let mut doc = Value::Object(serde_json::Map::new());
    let mut unset = Vec::new();
    let mut obsolete = Vec::new();
    for p in &paths {
        let text = if p == "-" {
            o.stdin.clone().unwrap_or_default()
        } else {
            read(Path::new(p))?
        };
        let mut v = parse(p, &text)?;
        if let Value::Object(m) = &mut v {
            if m.remove("version").is_some() {
                obsolete.push(format!(
                    "{p}: the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion"
                ));
            }
            if let Some(key) = m
                .keys()
                .find(|k| !TOP_LEVEL.contains(&k.as_str()) && !k.starts_with("x-"))
            {
                let line = super::locate::line_of(&text, &[key.as_str()]);
                return Err(ComposeError::TopLevel {
                    at: line.map_or_else(|| p.clone(), |l| format!("{p}:{l}")),
                    key: key.clone(),
                });
            }
        }
        interpolate_tree(p, &mut v, &lookup, &mut unset)?;
        // what it includes and extends, relative to its own directory
        let here = if p == "-" {
            directory.clone()
        } else {
            Path::new(p).parent().unwrap_or(&directory).to_path_buf()
        };
        let mut src = Sources {
            read: &|f| std::fs::read_to_string(f),
            lookup: &lookup,
            unset: &mut unset,
        };
        include(&mut v, p, &here, &mut src)?;
        extends_in(&mut v, p, &here, &mut src)?;
        merge(&mut doc, v);
    }
    let given = o
        .project_name
        .clone()
        .or_else(|| env("COMPOSE_PROJECT_NAME").filter(|n| !n.is_empty()));
    let name = match given {
        Some(n) if valid_name(&n) => n,
        Some(n) => return Err(ComposeError::Name(n)),
        None => match doc.get("name").and_then(Value::as_str) {
            Some(n) if valid_name(n) => n.to_string(),
            Some(n) => return Err(ComposeError::Name(n.to_string())),
            None => normalize_name(
                &directory
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            ),
        },
    };
    // `name:` first, as compose prints it
    if let Value::Object(m) = &mut doc {
        let mut named = serde_json::Map::new();
        named.insert("name".into(), Value::String(name.clone()));
        named.extend(std::mem::take(m).into_iter().filter(|(k, _)| k != "name"));
        *m = named;
    }
    let mut warnings: Vec<String> = unset
        .iter()
        .map(|n| format!("The \"{n}\" variable is not set. Defaulting to a blank string."))
        .collect();
    warnings.extend(obsolete);
    Ok(Project {
        name,
        directory,
        files: paths,
        doc,
        warnings,
        vars,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project(files: &[(&str, &str)]) -> tempfile::TempDir {
        let d = tempfile::Builder::new()
            .prefix("My_App.")
            .tempdir()
            .unwrap();
        for (name, text) in files {
            let p = d.path().join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        d
    }

    fn opts(d: &Path) -> LoadOptions {
        LoadOptions {
            cwd: d.join("sub"),
            ..Default::default()
        }
    }

    #[test]
    fn found_above_with_override_env_and_normalised_name() {
        let d = project(&[
            (
                "compose.yaml",
                "services:\n  web:\n    image: \"busybox:${TAG}\"\n    ports: [\"${P:-80}:80\"]\n",
            ),
            (
                "compose.override.yaml",
                "services:\n  web:\n    environment:\n      X: $UNSET\n",
            ),
            (".env", "TAG=from-dotenv\nP=8080\n"),
            ("sub/.keep", ""),
        ]);
        let mut o = opts(d.path());
        o.environ = vec![("P".into(), "9090".into())];
        let p = load(&o).unwrap();
        assert_eq!(p.files.len(), 2);
        assert_eq!(p.doc["services"]["web"]["image"], "busybox:from-dotenv");
        assert_eq!(
            p.doc["services"]["web"]["ports"][0], "9090:80",
            "the environment wins"
        );
        assert_eq!(p.doc["services"]["web"]["environment"]["X"], "");
        assert_eq!(p.warnings.len(), 1);
        assert!(p.name.starts_with("my_app"), "{}", p.name);
        assert!(
            p.name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
        );
        assert_eq!(p.doc["name"], p.name.as_str());
    }

    #[test]
    fn names_from_flag_environment_and_file() {
        let d = project(&[
            ("compose.yml", "name: fromfile\nservices: {}\n"),
            ("sub/.keep", ""),
        ]);
        let mut o = opts(d.path());
        assert_eq!(load(&o).unwrap().name, "fromfile");
        o.environ = vec![("COMPOSE_PROJECT_NAME".into(), "fromenv".into())];
        assert_eq!(load(&o).unwrap().name, "fromenv");
        o.project_name = Some("flag".into());
        assert_eq!(load(&o).unwrap().name, "flag");
        o.project_name = Some("Bad Name".into());
        assert!(matches!(load(&o), Err(ComposeError::Name(_))));
    }

    #[test]
    fn explicit_files_stdin_and_missing_ones() {
        let d = project(&[
            ("a.yaml", "services:\n  a:\n    image: x\n"),
            ("sub/.keep", ""),
        ]);
        let mut o = opts(d.path());
        o.files = vec![d.path().join("a.yaml").display().to_string(), "-".into()];
        o.stdin = Some("services:\n  b:\n    image: y\n".into());
        let p = load(&o).unwrap();
        assert_eq!(p.doc["services"]["a"]["image"], "x");
        assert_eq!(p.doc["services"]["b"]["image"], "y");
        o.files = vec!["nope.yaml".into()];
        assert!(matches!(load(&o), Err(ComposeError::Read { .. })));
        let empty = tempfile::tempdir().unwrap();
        let e = load(&LoadOptions {
            cwd: empty.path().to_path_buf(),
            ..Default::default()
        })
        .unwrap_err();
        assert!(
            e.to_string().starts_with("no configuration file provided"),
            "{e}"
        );
    }
}
