//! Crash-safe file helpers: atomic replace (temp → fsync → rename → fsync dir) and
//! temp names that are unique across processes.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// A name that no other process or thread uses at the same time: `<prefix><pid>-<n>-<nanos>`.
pub fn unique_name(prefix: &str) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("{prefix}{}-{n}-{nanos:x}", std::process::id())
}

/// Replaces `path` with `data` atomically: readers see the old or the new content, never a mix,
/// and after return the new content survives a crash.
pub fn write_atomic(path: &Path, data: &[u8], mode: u32) -> io::Result<()> {
    let dir = parent_of(path);
    let tmp = dir.join(unique_name(".tmp-"));
    let result = (|| {
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .open(&tmp)?;
        f.write_all(data)?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Serialises `value` as pretty JSON and writes it atomically.
pub fn write_json_atomic<T: serde::Serialize>(path: &Path, value: &T) -> io::Result<()> {
    let mut data = serde_json::to_vec_pretty(value).map_err(io::Error::other)?;
    data.push(b'\n');
    write_atomic(path, &data, 0o644)
}

/// Reads and parses a JSON file; `Ok(None)` when it does not exist.
pub fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> io::Result<Option<T>> {
    match fs::read(path) {
        Ok(data) => serde_json::from_slice(&data).map(Some).map_err(|e| {
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("{}: {e}", path.display()),
            )
        }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// fsyncs a directory so renames into it are durable.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Creates `dir` and its parents with mode 0700 for new components.
pub fn ensure_dir(dir: &Path) -> io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Removes a directory tree by first renaming it aside, so a crash half-way never leaves
/// something that looks complete under its real name. `aside` must be on the same filesystem.
pub fn remove_tree_via(path: &Path, aside_dir: &Path) -> io::Result<()> {
    let aside: PathBuf = aside_dir.join(unique_name(".tmp-del-"));
    match fs::rename(path, &aside) {
        Ok(()) => crate::sys::userns::remove_tree(&aside),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// `a/./b/../c` → `a/c` (`/`-separated, no leading or trailing `/`). A `..` above the top
/// stays at the top when `clamp`, else makes the result `None`.
pub fn clean_path(p: &str, clamp: bool) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for x in p.split('/') {
        match x {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() && !clamp {
                    return None;
                }
            }
            x => parts.push(x),
        }
    }
    Some(parts.join("/"))
}

/// Bytes of the regular files under `p` (symlinks not followed).
pub fn tree_size(p: &Path) -> u64 {
    let Ok(rd) = fs::read_dir(p) else {
        return 0;
    };
    rd.flatten()
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => tree_size(&e.path()),
            Ok(t) if t.is_file() => e.metadata().map_or(0, |m| m.len()),
            _ => 0,
        })
        .sum()
}

/// Calls `f` with every entry under `roots` and its metadata (symlinks not followed),
/// depth first; unreadable directories are skipped.
pub fn walk(roots: &[PathBuf], f: &mut dyn FnMut(&Path, &fs::Metadata)) {
    let mut stack: Vec<PathBuf> = roots.to_vec();
    while let Some(d) = stack.pop() {
        let Ok(rd) = fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            let Ok(m) = p.symlink_metadata() else {
                continue;
            };
            f(&p, &m);
            if m.is_dir() {
                stack.push(p);
            }
        }
    }
}

/// `rel` with every symlink on the way followed as if `/` were a root directory:
/// `link(path)` gives the target of `path` (clean, relative to the root) when it is a
/// symlink. Absolute targets start again from the root; `..` above the root is an error
/// (`outside`) or stays at the root (`outside` is None). The result never names anything
/// outside the root, whatever the links say.
pub fn resolve_links(
    rel: &str,
    mut link: impl FnMut(&str) -> Result<Option<String>, String>,
    outside: Option<&str>,
) -> Result<String, String> {
    let mut done: Vec<String> = Vec::new();
    let mut todo: Vec<String> = rel.split('/').rev().map(str::to_string).collect();
    let mut hops = 0;
    while let Some(part) = todo.pop() {
        match part.as_str() {
            "" | "." => continue,
            ".." => {
                if done.pop().is_none()
                    && let Some(what) = outside
                {
                    return Err(format!("{rel}: {what}"));
                }
                continue;
            }
            _ => {}
        }
        done.push(part);
        if let Some(target) = link(&done.join("/"))? {
            hops += 1;
            if hops > 40 {
                return Err(format!("{rel}: too many levels of symbolic links"));
            }
            done.pop();
            if target.starts_with('/') {
                done.clear();
            }
            todo.extend(target.split('/').rev().map(str::to_string));
        }
    }
    Ok(done.join("/"))
}

/// A program on `$PATH` or the usual system paths.
pub fn find_program(program: &str) -> Option<PathBuf> {
    let path = std::env::var("PATH").unwrap_or_default();
    path.split(':')
        .chain(["/usr/sbin", "/sbin", "/usr/bin", "/bin"])
        .filter(|d| !d.is_empty())
        .map(|d| PathBuf::from(d).join(program))
        .find(|p| p.is_file())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.json");
        write_json_atomic(&p, &serde_json::json!({"a": 1})).unwrap();
        write_json_atomic(&p, &serde_json::json!({"a": 2})).unwrap();
        let v: serde_json::Value = read_json(&p).unwrap().unwrap();
        assert_eq!(v["a"], 2);
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
        assert!(
            read_json::<serde_json::Value>(&dir.path().join("none"))
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn unique_names_differ() {
        assert_ne!(unique_name("a"), unique_name("a"));
    }
}
