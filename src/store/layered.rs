//! Reading an image's filesystem straight from its unpacked layers, without mounting
//! anything: the top-most layer that has a path wins, whiteouts (overlay 0/0 devices and
//! `.wh.` files) hide it and everything below, an opaque directory hides the lower layers'
//! contents. Used by builds (`COPY --from`, `RUN --mount=from=`, `--chown` names, whether a
//! destination is a directory) and `export` (a container's layers under its writable one).
//! The host never follows a symlink from a layer: every component of a path is checked to
//! be a real directory before the next is opened, and [`Layered::resolve`] follows the
//! image's symlinks inside the image.

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};

pub struct Layered {
    /// Layer directories, top first.
    top_first: Vec<PathBuf>,
}

fn is_whiteout(meta: &fs::Metadata) -> bool {
    meta.file_type().is_char_device() && meta.rdev() == 0
}

fn is_opaque(dir: &Path) -> bool {
    if dir.join(".wh..wh..opq").exists() {
        return true;
    }
    let mut buf = [0u8; 4];
    ["trusted.overlay.opaque", "user.overlay.opaque"]
        .iter()
        .any(|x| rustix::fs::lgetxattr(dir, *x, &mut buf).is_ok_and(|n| &buf[..n] == b"y"))
}

/// `a/b/c` → [`a`, `a/b`, `a/b/c`].
fn prefixes(rel: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for part in rel.split('/').filter(|p| !p.is_empty() && *p != ".") {
        if !cur.is_empty() {
            cur.push('/');
        }
        cur.push_str(part);
        out.push(cur.clone());
    }
    out
}

/// What a layer has at a directory path.
enum DirAt {
    /// The path (or a parent) is not in this layer: lower layers may have it.
    Missing,
    /// A whiteout or a non-directory (a file, a symlink) on the way: this layer hides the
    /// path and everything below.
    Hidden,
    /// A real directory in this layer; `opaque`: it or a parent hides lower layers.
    Dir { opaque: bool },
}

/// Walks `parts` (see [`prefixes`]) inside one layer directory without following any
/// symlink: every component is checked to be a real directory before the next is looked at.
fn dir_at(layer: &Path, parts: &[String]) -> DirAt {
    let mut opaque = false;
    for p in parts {
        let (parent, name) = p.rsplit_once('/').unwrap_or(("", p));
        if fs::symlink_metadata(layer.join(parent).join(format!(".wh.{name}"))).is_ok() {
            return DirAt::Hidden;
        }
        let here = layer.join(p);
        match fs::symlink_metadata(&here) {
            Ok(m) if m.is_dir() => opaque |= is_opaque(&here),
            Ok(_) => return DirAt::Hidden,
            Err(_) => return DirAt::Missing,
        }
    }
    DirAt::Dir { opaque }
}

impl Layered {
    /// `bottom_first`: layer directories as an image lists them.
    pub fn new(bottom_first: &[PathBuf]) -> Layered {
        Layered {
            top_first: bottom_first.iter().rev().cloned().collect(),
        }
    }

    /// Where `rel` (a clean path inside the image) really is, and what it is. Nothing on
    /// the way is followed: a symlink in a parent position means "not there" (use
    /// [`Layered::resolve`] first to follow symlinks inside the image).
    pub fn lookup(&self, rel: &str) -> Option<(PathBuf, fs::Metadata)> {
        let parts = prefixes(rel);
        let Some((last, parents)) = parts.split_last() else {
            // the root itself
            return self
                .top_first
                .first()
                .and_then(|d| fs::symlink_metadata(d).ok().map(|m| (d.clone(), m)));
        };
        for layer in &self.top_first {
            let opaque = match dir_at(layer, parents) {
                DirAt::Missing => continue,
                DirAt::Hidden => return None,
                DirAt::Dir { opaque } => opaque,
            };
            let (parent, name) = last.rsplit_once('/').unwrap_or(("", last));
            if fs::symlink_metadata(layer.join(parent).join(format!(".wh.{name}"))).is_ok() {
                return None;
            }
            let here = layer.join(last);
            match fs::symlink_metadata(&here) {
                Ok(m) if is_whiteout(&m) => return None,
                Ok(m) => return Some((here, m)),
                Err(_) if opaque => return None,
                Err(_) => {}
            }
        }
        None
    }

    /// `rel` with every symlink on the way (the last component too) followed inside the
    /// image, as if its root were `/`: `..` stops at the root and absolute targets start
    /// from it, so the result never names anything outside the image.
    pub fn resolve(&self, rel: &str) -> Result<String, String> {
        let link = |p: &str| match self.lookup(p) {
            Some((real, m)) if m.file_type().is_symlink() => fs::read_link(&real)
                .map(|t| Some(t.to_string_lossy().into_owned()))
                .map_err(|e| format!("{rel}: {e}")),
            _ => Ok(None),
        };
        crate::util::fs::resolve_links(rel, link, None)
    }

    /// The merged entries of directory `rel`: name → where it really is.
    pub fn read_dir(&self, rel: &str) -> BTreeMap<String, PathBuf> {
        let parts = prefixes(rel);
        let mut out = BTreeMap::new();
        let mut hidden = std::collections::BTreeSet::new();
        for layer in &self.top_first {
            let opaque = match dir_at(layer, &parts) {
                DirAt::Missing => continue,
                DirAt::Hidden => break, // nothing below counts
                DirAt::Dir { opaque } => opaque,
            };
            let dir = layer.join(rel);
            let Ok(entries) = fs::read_dir(&dir) else {
                break;
            };
            for e in entries.flatten() {
                let Some(name) = e.file_name().to_str().map(str::to_string) else {
                    continue;
                };
                if name == ".wh..wh..opq" {
                    continue;
                }
                if let Some(gone) = name.strip_prefix(".wh.") {
                    hidden.insert(gone.to_string());
                    continue;
                }
                if hidden.contains(&name) || out.contains_key(&name) {
                    continue;
                }
                match e.metadata() {
                    Ok(m) if is_whiteout(&m) => {
                        hidden.insert(name);
                    }
                    _ => {
                        out.insert(name, e.path());
                    }
                }
            }
            if opaque {
                break;
            }
        }
        out
    }

    /// A file's content, if it is a regular file.
    pub fn read(&self, rel: &str) -> Option<Vec<u8>> {
        let (p, m) = self.lookup(rel)?;
        m.is_file().then(|| fs::read(p).ok()).flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_layers_win_and_whiteouts_hide() {
        let t = tempfile::tempdir().unwrap();
        let l1 = t.path().join("l1");
        let l2 = t.path().join("l2");
        for d in ["etc", "app/old", "data"] {
            fs::create_dir_all(l1.join(d)).unwrap();
        }
        fs::write(l1.join("etc/passwd"), "root:x:0:0::/:/bin/sh\n").unwrap();
        fs::write(l1.join("etc/group"), "root:x:0:\n").unwrap();
        fs::write(l1.join("app/old/f"), "1").unwrap();
        fs::write(l1.join("data/a"), "a").unwrap();
        fs::create_dir_all(l2.join("etc")).unwrap();
        fs::create_dir_all(l2.join("app")).unwrap();
        fs::create_dir_all(l2.join("data")).unwrap();
        fs::write(
            l2.join("etc/passwd"),
            "root:x:0:0::/:/bin/sh\napp:x:100:100::/:/bin/sh\n",
        )
        .unwrap();
        fs::write(l2.join("etc/.wh.group"), "").unwrap();
        fs::write(l2.join("app/.wh.old"), "").unwrap();
        fs::write(l2.join("data/.wh..wh..opq"), "").unwrap();
        fs::write(l2.join("data/b"), "b").unwrap();
        let v = Layered::new(&[l1.clone(), l2.clone()]);
        assert!(
            String::from_utf8(v.read("etc/passwd").unwrap())
                .unwrap()
                .contains("app:x:100")
        );
        assert!(v.lookup("etc/group").is_none());
        assert!(v.lookup("app/old/f").is_none());
        assert!(
            v.lookup("data/a").is_none(),
            "opaque directory hides lower contents"
        );
        assert!(v.lookup("data/b").is_some());
        assert_eq!(v.read_dir("data").into_keys().collect::<Vec<_>>(), ["b"]);
        assert_eq!(
            v.read_dir("etc").into_keys().collect::<Vec<_>>(),
            ["passwd"]
        );
        assert!(v.lookup("app").unwrap().1.is_dir());
    }
    /// Issue 13: a symlink in a layer (`/rootdir -> /`, `x -> ../../..`) is never followed
    /// by the host, in any layer, in lookups, listings or resolution.
    #[test]
    fn issue_13_symlinks_never_reach_the_host() {
        let t = tempfile::tempdir().unwrap();
        let l1 = t.path().join("l1");
        let l2 = t.path().join("l2");
        fs::create_dir_all(l1.join("etc")).unwrap();
        fs::write(l1.join("etc/passwd"), "image\n").unwrap();
        std::os::unix::fs::symlink("/", l1.join("rootdir")).unwrap();
        std::os::unix::fs::symlink("../../../../../..", l1.join("up")).unwrap();
        std::os::unix::fs::symlink("/", l1.join("shadowed")).unwrap();
        fs::create_dir_all(l2.join("shadowed")).unwrap();
        std::os::unix::fs::symlink("rootdir/etc", l2.join("rel")).unwrap();
        let v = Layered::new(&[l1.clone(), l2.clone()]);
        for p in [
            "rootdir/etc/passwd",
            "up/etc/passwd",
            "rootdir/etc",
            "rel/passwd",
        ] {
            assert!(v.lookup(p).is_none(), "{p} went through a symlink");
        }
        assert!(v.read_dir("rootdir").is_empty(), "host / listed");
        assert!(v.read_dir("up").is_empty());
        // an upper directory over a lower symlink: the lower one is never read through
        assert!(v.read_dir("shadowed").is_empty());
        assert!(v.lookup("shadowed/etc").is_none());
        // resolution follows the image's own links, inside the image
        assert_eq!(v.resolve("rootdir/etc/passwd").unwrap(), "etc/passwd");
        assert_eq!(v.resolve("up/etc/passwd").unwrap(), "etc/passwd");
        assert_eq!(v.resolve("rel/passwd").unwrap(), "etc/passwd");
        assert_eq!(v.resolve("/../../rootdir").unwrap(), "");
        assert_eq!(
            v.read(&v.resolve("rel/passwd").unwrap()).unwrap(),
            b"image\n"
        );
        std::os::unix::fs::symlink("loop2", l2.join("loop1")).unwrap();
        std::os::unix::fs::symlink("loop1", l2.join("loop2")).unwrap();
        assert!(v.resolve("loop1/x").is_err());
    }
}
