//! Reading an image's filesystem straight from its unpacked layers, without mounting
//! anything: the top-most layer that has a path wins, whiteouts (overlay 0/0 devices and
//! `.wh.` files) hide it and everything below, an opaque directory hides the lower layers'
//! contents. Used by builds (`COPY --from`, `--chown` names, whether a destination is a
//! directory) and `export` (a container's layers under its writable one). Symlinks are
//! never followed.

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

impl Layered {
    /// `bottom_first`: layer directories as an image lists them.
    pub fn new(bottom_first: &[PathBuf]) -> Layered {
        Layered {
            top_first: bottom_first.iter().rev().cloned().collect(),
        }
    }

    /// Where `rel` (a clean path inside the image) really is, and what it is.
    pub fn lookup(&self, rel: &str) -> Option<(PathBuf, fs::Metadata)> {
        let parts = prefixes(rel);
        if parts.is_empty() {
            // the root itself
            return self
                .top_first
                .first()
                .and_then(|d| fs::symlink_metadata(d).ok().map(|m| (d.clone(), m)));
        }
        for layer in &self.top_first {
            for (k, p) in parts.iter().enumerate() {
                let here = layer.join(p);
                let (parent, name) = p.rsplit_once('/').unwrap_or(("", p));
                if layer.join(parent).join(format!(".wh.{name}")).exists() {
                    return None;
                }
                match fs::symlink_metadata(&here) {
                    Ok(m) if is_whiteout(&m) => return None,
                    Ok(m) if k + 1 == parts.len() => return Some((here, m)),
                    Ok(m) if m.is_dir() && is_opaque(&here) => {
                        // below this, lower layers do not count; go on only in this one
                        continue;
                    }
                    Ok(_) => {}
                    Err(_) => break,
                }
            }
            // an opaque directory on the way ends the search here
            if parts[..parts.len() - 1]
                .iter()
                .any(|p| layer.join(p).is_dir() && is_opaque(&layer.join(p)))
            {
                return None;
            }
        }
        None
    }

    /// The merged entries of directory `rel`: name → where it really is.
    pub fn read_dir(&self, rel: &str) -> BTreeMap<String, PathBuf> {
        let mut out = BTreeMap::new();
        let mut hidden = std::collections::BTreeSet::new();
        for layer in &self.top_first {
            let dir = layer.join(rel);
            let Ok(entries) = fs::read_dir(&dir) else {
                if fs::symlink_metadata(&dir).is_ok() {
                    break; // not a directory here: nothing below counts
                }
                continue;
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
            if is_opaque(&dir) {
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
}
