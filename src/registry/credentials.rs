//! Reading registry credentials from auth files: skiff's own, podman's auth.json and
//! docker's config.json (same `auths` format). Keys may be `host`, `https://host/v1/`,
//! or `host/namespace/repo`; the most specific match wins.

use std::collections::BTreeMap;
use std::path::Path;

use base64::Engine as _;
use serde::Deserialize;

#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub username: String,
    pub password: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Credentials({}, ***)", self.username)
    }
}

#[derive(Deserialize, Default)]
struct AuthFile {
    #[serde(default)]
    auths: BTreeMap<String, AuthEntry>,
    /// docker's per-registry credential helpers: registry → helper name.
    #[serde(default, rename = "credHelpers")]
    cred_helpers: BTreeMap<String, String>,
    /// docker's credential helper for every registry.
    #[serde(default, rename = "credsStore")]
    creds_store: Option<String>,
}

#[derive(Deserialize, Default)]
struct AuthEntry {
    #[serde(default)]
    auth: Option<String>,
    #[serde(default)]
    username: Option<String>,
    #[serde(default)]
    password: Option<String>,
}

#[derive(Debug, thiserror::Error)]
#[error("credentials file {path}: {message}")]
pub struct CredentialsError {
    pub path: String,
    pub message: String,
}

/// Looks `registry`/`repository` up in each file in turn; the first file with a match wins.
pub fn lookup(
    files: &[std::path::PathBuf],
    registry: &str,
    repository: &str,
) -> Result<Option<Credentials>, CredentialsError> {
    for f in files {
        if let Some(c) = lookup_in(f, registry, repository)? {
            log::debug!("using credentials for {registry} from {}", f.display());
            return Ok(Some(c));
        }
    }
    Ok(None)
}

fn lookup_in(
    path: &Path,
    registry: &str,
    repository: &str,
) -> Result<Option<Credentials>, CredentialsError> {
    let err = |message: String| CredentialsError {
        path: path.display().to_string(),
        message,
    };
    let text = match std::fs::read(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(err(e.to_string())),
    };
    let file: AuthFile = serde_json::from_slice(&text).map_err(|e| err(e.to_string()))?;
    let helper = file
        .cred_helpers
        .iter()
        .find(|(k, _)| normalize_key(k) == registry)
        .map(|(_, h)| h)
        .or(file.creds_store.as_ref());
    if let Some(h) = helper
        && let Some(c) = from_helper(h, registry)
    {
        return Ok(Some(c));
    }
    let full = format!("{registry}/{repository}");
    let best = file
        .auths
        .iter()
        .filter_map(|(k, v)| {
            let key = normalize_key(k);
            let matches = key == registry
                || (full.starts_with(&key) && full.as_bytes().get(key.len()) == Some(&b'/'))
                || key == full;
            matches.then_some((key.len(), v))
        })
        .max_by_key(|(len, _)| *len);
    let Some((_, entry)) = best else {
        return Ok(None);
    };
    if let (Some(u), Some(p)) = (&entry.username, &entry.password) {
        return Ok(Some(Credentials {
            username: u.clone(),
            password: p.clone(),
        }));
    }
    let Some(auth) = entry.auth.as_deref().filter(|a| !a.is_empty()) else {
        return Ok(None);
    };
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(auth.trim())
        .map_err(|e| err(format!("bad auth for {registry}: {e}")))?;
    let decoded =
        String::from_utf8(decoded).map_err(|_| err(format!("bad auth for {registry}")))?;
    let (u, p) = decoded
        .split_once(':')
        .ok_or_else(|| err(format!("bad auth for {registry}: expected user:password")))?;
    Ok(Some(Credentials {
        username: u.to_string(),
        password: p.to_string(),
    }))
}

/// Asks docker credential helper `docker-credential-NAME get` (from PATH) for `registry`'s
/// credentials; None when it has none or fails (then the `auths` entries are used).
fn from_helper(name: &str, registry: &str) -> Option<Credentials> {
    use std::io::Write;
    if name.is_empty()
        || !name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    {
        log::warn!("ignoring credential helper {name:?}: not a plain name");
        return None;
    }
    let server = if registry == "docker.io" {
        "https://index.docker.io/v1/".to_string()
    } else {
        registry.to_string()
    };
    let program = format!("docker-credential-{name}");
    let mut child = std::process::Command::new(&program)
        .arg("get")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| log::debug!("{program}: {e}"))
        .ok()?;
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(server.as_bytes());
    }
    let out = child.wait_with_output().ok()?;
    if !out.status.success() {
        log::debug!(
            "{program} has no credentials for {server}: {}",
            String::from_utf8_lossy(&out.stdout).trim()
        );
        return None;
    }
    #[derive(Deserialize)]
    struct Reply {
        #[serde(rename = "Username")]
        username: String,
        #[serde(rename = "Secret")]
        secret: String,
    }
    let reply: Reply = serde_json::from_slice(&out.stdout)
        .map_err(|e| log::warn!("{program}: unreadable answer: {e}"))
        .ok()?;
    if reply.username == "<token>" {
        log::warn!("{program}: identity tokens are not supported; use 'skiff login'");
        return None;
    }
    log::debug!("using credentials for {registry} from {program}");
    Some(Credentials {
        username: reply.username,
        password: reply.secret,
    })
}

/// `https://index.docker.io/v1/` → `docker.io`, `http://host:5000/` → `host:5000`.
fn normalize_key(k: &str) -> String {
    let k = k
        .strip_prefix("https://")
        .or_else(|| k.strip_prefix("http://"))
        .unwrap_or(k);
    let k = k.trim_end_matches('/');
    let k = k
        .strip_suffix("/v1")
        .or_else(|| k.strip_suffix("/v2"))
        .unwrap_or(k);
    match k {
        "index.docker.io" | "registry-1.docker.io" => "docker.io".to_string(),
        other => other.to_string(),
    }
}

/// The `auths` key for a registry (docker.io's aliases become `docker.io`).
pub fn key_for(registry: &str) -> String {
    normalize_key(registry)
}

/// Edits the `auths` of an auth file (other content kept), written atomically, mode 0600.
fn edit(
    path: &Path,
    f: impl FnOnce(&mut serde_json::Map<String, serde_json::Value>) -> bool,
) -> Result<bool, CredentialsError> {
    let err = |message: String| CredentialsError {
        path: path.display().to_string(),
        message,
    };
    let mut doc: serde_json::Value = match std::fs::read(path) {
        Ok(b) if !b.is_empty() => serde_json::from_slice(&b).map_err(|e| err(e.to_string()))?,
        Ok(_) => serde_json::json!({}),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => serde_json::json!({}),
        Err(e) => return Err(err(e.to_string())),
    };
    let obj = doc
        .as_object_mut()
        .ok_or_else(|| err("not a JSON object".into()))?;
    let auths = obj
        .entry("auths")
        .or_insert_with(|| serde_json::json!({}))
        .as_object_mut()
        .ok_or_else(|| err("\"auths\" is not an object".into()))?;
    if !f(auths) {
        return Ok(false);
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| err(e.to_string()))?;
    }
    let text = serde_json::to_vec_pretty(&doc).map_err(|e| err(e.to_string()))?;
    crate::util::fs::write_atomic(path, &text, 0o600).map_err(|e| err(e.to_string()))?;
    Ok(true)
}

/// Stores credentials for `registry` (podman's format: `{"auths": {host: {"auth": b64}}}`).
pub fn store(path: &Path, registry: &str, c: &Credentials) -> Result<(), CredentialsError> {
    let auth =
        base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", c.username, c.password));
    edit(path, |auths| {
        // an older entry under another spelling of the same registry goes
        auths.retain(|k, _| normalize_key(k) != normalize_key(registry));
        auths.insert(key_for(registry), serde_json::json!({ "auth": auth }));
        true
    })
    .map(drop)
}

/// Forgets `registry` (`None`: every registry); whether anything was there.
pub fn remove(path: &Path, registry: Option<&str>) -> Result<bool, CredentialsError> {
    if !path.exists() {
        return Ok(false);
    }
    edit(path, |auths| {
        let before = auths.len();
        match registry {
            Some(r) => auths.retain(|k, _| normalize_key(k) != normalize_key(r)),
            None => auths.clear(),
        }
        auths.len() != before
    })
}

/// `Basic` header value for credentials.
pub fn basic_header(c: &Credentials) -> String {
    let raw = format!("{}:{}", c.username, c.password);
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(raw)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_most_specific_entry() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("auth.json");
        let enc = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);
        let json = serde_json::json!({"auths": {
            "https://index.docker.io/v1/": {"auth": enc("hub:pw")},
            "reg:5000": {"auth": enc("a:1")},
            "reg:5000/team": {"auth": enc("b:2")},
            "other": {"username": "u", "password": "p"},
        }});
        std::fs::write(&f, serde_json::to_vec(&json).unwrap()).unwrap();
        let files = vec![dir.path().join("missing.json"), f];
        let get = |r: &str, p: &str| lookup(&files, r, p).unwrap().map(|c| c.username);
        assert_eq!(get("docker.io", "library/busybox").as_deref(), Some("hub"));
        assert_eq!(get("reg:5000", "x/app").as_deref(), Some("a"));
        assert_eq!(get("reg:5000", "team/app").as_deref(), Some("b"));
        assert_eq!(get("reg:5000", "teams/app").as_deref(), Some("a"));
        assert_eq!(get("other", "x").as_deref(), Some("u"));
        assert_eq!(get("nope", "x"), None);
    }

    #[test]
    fn malformed_files_name_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("auth.json");
        std::fs::write(&f, b"{not json").unwrap();
        let e = lookup(&[f], "r", "p").unwrap_err().to_string();
        assert!(e.contains("auth.json"), "{e}");
    }

    #[test]
    fn basic_header_encodes() {
        let c = Credentials {
            username: "u".into(),
            password: "p".into(),
        };
        assert_eq!(basic_header(&c), "Basic dTpw");
    }
}
