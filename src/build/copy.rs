//! COPY and ADD: which files a source list names (in the build context, never leaving it,
//! minus what .dockerignore excludes; or in another stage's or image's filesystem), where
//! each lands (docker's rules: a directory's contents, not the directory; a trailing `/`
//! or several sources mean "into this directory"), a digest of all of it for the cache, and
//! a staging directory holding exactly those files — the new layer.

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use super::ignore::{Ignore, glob, has_glob};
use crate::oci::digest::{Algorithm, Hasher, HashingReader};
use crate::store::layered::Layered;

/// Where sources come from.
pub enum Source<'a> {
    Context { root: &'a Path, ignore: &'a Ignore },
    Image(&'a Layered),
}

/// One file, directory or symlink to copy.
#[derive(Clone, Debug)]
pub struct Item {
    pub src: PathBuf,
    /// Where it lands, relative to the image root.
    pub dest: String,
    pub meta: fs::Metadata,
}

/// Resolves `rel` inside the context root, following symlinks only within it (a link
/// that climbs above the context is refused).
pub fn resolve_in_context(root: &Path, rel: &str) -> Result<String, String> {
    let link = |p: &str| match fs::symlink_metadata(root.join(p)) {
        Ok(m) if m.file_type().is_symlink() => fs::read_link(root.join(p))
            .map(|t| Some(t.to_string_lossy().into_owned()))
            .map_err(|e| format!("{rel}: {e}")),
        _ => Ok(None),
    };
    crate::util::fs::resolve_links(rel, link, Some("outside the build context"))
}

/// Every path under `root` (relative, `/`-separated), not following symlinks.
fn walk(root: &Path, rel: &str, out: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(root.join(rel)) else {
        return;
    };
    let mut names: Vec<String> = entries
        .flatten()
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .collect();
    names.sort();
    for n in names {
        let p = if rel.is_empty() {
            n
        } else {
            format!("{rel}/{n}")
        };
        let is_dir = fs::symlink_metadata(root.join(&p)).is_ok_and(|m| m.is_dir());
        out.push(p.clone());
        if is_dir {
            walk(root, &p, out);
        }
    }
}

/// The items `sources` name, landing under `dest` (absolute, clean). `dest_is_dir`: the
/// destination already is a directory in the image.
pub fn plan(
    from: &Source<'_>,
    sources: &[String],
    dest: &str,
    dest_is_dir: bool,
) -> Result<Vec<Item>, String> {
    // (real path, path relative to the source root, is a directory)
    let mut roots: Vec<(PathBuf, String)> = Vec::new();
    for s in sources {
        let rel = crate::util::fs::clean_path(s.trim_start_matches('/'), false)
            .ok_or_else(|| format!("{s}: outside the build context"))?;
        let matches: Vec<String> = if has_glob(&rel) {
            let mut all = Vec::new();
            match from {
                Source::Context { root, .. } => walk(root, "", &mut all),
                Source::Image(l) => walk_image(l, "", &mut all),
            }
            let p: Vec<char> = rel.chars().collect();
            all.into_iter()
                .filter(|c| glob(&p, &c.chars().collect::<Vec<_>>()))
                .collect()
        } else {
            vec![rel.clone()]
        };
        let mut found = false;
        for m in matches {
            match from {
                Source::Context { root, ignore } => {
                    let real = resolve_in_context(root, &m)?;
                    if !real.is_empty() && ignore.excluded(&real) {
                        continue;
                    }
                    if fs::symlink_metadata(root.join(&real)).is_ok() {
                        roots.push((root.join(&real), real));
                        found = true;
                    }
                }
                Source::Image(l) => {
                    // the image's symlinks are followed inside the image, never by the host
                    let real = l.resolve(&m)?;
                    if let Some((p, _)) = l.lookup(&real) {
                        roots.push((p, real));
                        found = true;
                    }
                }
            }
        }
        if !found {
            return Err(format!(
                "{s}: not found (in the build context, or excluded by .dockerignore)"
            ));
        }
    }
    let dest_rel = dest.trim_start_matches('/').to_string();
    let into_dir = dest.ends_with('/') || roots.len() > 1 || dest_is_dir || dest_rel.is_empty();
    let mut items = Vec::new();
    for (real, rel) in roots {
        let meta = fs::symlink_metadata(&real).map_err(|e| format!("{rel}: {e}"))?;
        let join = |a: &str, b: &str| {
            if a.is_empty() {
                b.to_string()
            } else if b.is_empty() {
                a.to_string()
            } else {
                format!("{}/{b}", a.trim_end_matches('/'))
            }
        };
        if meta.is_dir() {
            // the directory's contents, not the directory itself
            let base = dest_rel.trim_end_matches('/').to_string();
            if !base.is_empty() {
                items.push(Item {
                    src: real.clone(),
                    dest: base.clone(),
                    meta: meta.clone(),
                });
            }
            let mut inner = Vec::new();
            match from {
                Source::Context { .. } => walk(&real, "", &mut inner),
                Source::Image(l) => walk_image(l, &rel, &mut inner),
            }
            for i in inner {
                let (src, full_rel) = match from {
                    Source::Image(l) => {
                        let full = join(&rel, &i);
                        match l.lookup(&full) {
                            Some((p, _)) => (p, full),
                            None => continue,
                        }
                    }
                    Source::Context { .. } => (real.join(&i), join(&rel, &i)),
                };
                if let Source::Context { ignore, .. } = from
                    && ignore.excluded(&full_rel)
                {
                    continue;
                }
                let m = fs::symlink_metadata(&src).map_err(|e| format!("{full_rel}: {e}"))?;
                items.push(Item {
                    src,
                    dest: join(&base, &i),
                    meta: m,
                });
            }
        } else {
            let name = rel.rsplit('/').next().unwrap_or(&rel);
            let d = if into_dir {
                join(dest_rel.trim_end_matches('/'), name)
            } else {
                dest_rel.clone()
            };
            items.push(Item {
                src: real,
                dest: d,
                meta,
            });
        }
    }
    if sources.len() > 1 && !dest.ends_with('/') && !dest_is_dir {
        return Err(
            "when copying more than one source, the destination must be a directory and end with a /"
                .into(),
        );
    }
    Ok(items)
}

fn walk_image(l: &Layered, rel: &str, out: &mut Vec<String>) {
    fn go(l: &Layered, base: &str, sub: &str, out: &mut Vec<String>) {
        let here = if sub.is_empty() {
            base.to_string()
        } else if base.is_empty() {
            sub.to_string()
        } else {
            format!("{base}/{sub}")
        };
        for (name, real) in l.read_dir(&here) {
            let p = if sub.is_empty() {
                name
            } else {
                format!("{sub}/{name}")
            };
            let is_dir = fs::symlink_metadata(&real).is_ok_and(|m| m.is_dir());
            out.push(p.clone());
            if is_dir {
                go(l, base, &p, out);
            }
        }
    }
    go(l, rel, "", out);
}

/// What the cache needs to know of the items: names, kinds, modes and contents.
pub fn digest(items: &[Item]) -> Result<String, String> {
    let mut h = Hasher::new(Algorithm::Sha256);
    let mut sorted: Vec<&Item> = items.iter().collect();
    sorted.sort_by(|a, b| a.dest.cmp(&b.dest));
    for i in sorted {
        h.update(i.dest.as_bytes());
        h.update(format!("\0{:o}\0{}\0", i.meta.mode(), i.meta.len()).as_bytes());
        if i.meta.file_type().is_symlink() {
            let to = fs::read_link(&i.src).map_err(|e| format!("{}: {e}", i.src.display()))?;
            h.update(to.as_os_str().as_encoded_bytes());
        } else if i.meta.is_file() {
            let f = fs::File::open(&i.src).map_err(|e| format!("{}: {e}", i.src.display()))?;
            let (content, _) = HashingReader::new(f, Algorithm::Sha256)
                .finish()
                .map_err(|e| format!("{}: {e}", i.src.display()))?;
            h.update(content.hex().as_bytes());
        }
        h.update(b"\n");
    }
    Ok(h.finish().hex().to_string())
}

/// Ownership and mode overrides (`--chown`, `--chmod`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Overrides {
    pub owner: Option<(u32, u32)>,
    pub mode: Option<u32>,
}

/// Writes the items under `staging` (a fresh directory: the new layer). Missing parent
/// directories are made like the image's own when it has them (so the layer does not
/// change them), else root-owned 0755.
pub fn stage(items: &[Item], staging: &Path, o: Overrides, image: &Layered) -> Result<(), String> {
    let e = |what: &str, err: std::io::Error| format!("{what}: {err}");
    for i in items {
        let target = staging.join(&i.dest);
        // parents
        let mut prefix = String::new();
        for part in i
            .dest
            .split('/')
            .collect::<Vec<_>>()
            .iter()
            .rev()
            .skip(1)
            .rev()
        {
            if !prefix.is_empty() {
                prefix.push('/');
            }
            prefix.push_str(part);
            let p = staging.join(&prefix);
            // what is staged earlier may be a symlink (`a -> /`): a later item below it
            // must never be written through it
            match fs::symlink_metadata(&p) {
                Ok(m) if m.is_dir() => continue,
                Ok(_) => {
                    return Err(format!(
                        "{}: {prefix} is not a directory in what is copied",
                        i.dest
                    ));
                }
                Err(_) => {}
            }
            fs::create_dir(&p).map_err(|x| e(&prefix, x))?;
            let (mode, uid, gid) = image
                .lookup(&prefix)
                .filter(|(_, m)| m.is_dir())
                .map_or((0o755, 0, 0), |(_, m)| {
                    (m.mode() & 0o7777, m.uid(), m.gid())
                });
            fs::set_permissions(&p, fs::Permissions::from_mode(mode)).map_err(|x| e(&prefix, x))?;
            rustix::fs::chown(
                &p,
                Some(rustix::fs::Uid::from_raw(uid)),
                Some(rustix::fs::Gid::from_raw(gid)),
            )
            .map_err(|x| e(&prefix, x.into()))?;
        }
        let (uid, gid) = o.owner.unwrap_or((0, 0));
        let ft = i.meta.file_type();
        if ft.is_dir() {
            match fs::symlink_metadata(&target) {
                Ok(m) if m.is_dir() => {}
                Ok(_) => {
                    fs::remove_file(&target).map_err(|x| e(&i.dest, x))?;
                    fs::create_dir(&target).map_err(|x| e(&i.dest, x))?;
                }
                Err(_) => fs::create_dir(&target).map_err(|x| e(&i.dest, x))?,
            }
        } else if ft.is_symlink() {
            let to = fs::read_link(&i.src).map_err(|x| e(&i.dest, x))?;
            let _ = fs::remove_file(&target);
            std::os::unix::fs::symlink(to, &target).map_err(|x| e(&i.dest, x))?;
        } else if ft.is_file() {
            let _ = fs::remove_file(&target);
            fs::copy(&i.src, &target).map_err(|x| e(&i.dest, x))?;
        } else {
            continue; // devices, fifos and sockets are not copied
        }
        rustix::fs::chownat(
            rustix::fs::CWD,
            &target,
            Some(rustix::fs::Uid::from_raw(uid)),
            Some(rustix::fs::Gid::from_raw(gid)),
            rustix::fs::AtFlags::SYMLINK_NOFOLLOW,
        )
        .map_err(|x| e(&i.dest, x.into()))?;
        if !ft.is_symlink() {
            let mode = o.mode.unwrap_or(i.meta.mode() & 0o7777);
            fs::set_permissions(&target, fs::Permissions::from_mode(mode))
                .map_err(|x| e(&i.dest, x))?;
        }
        let t = rustix::fs::Timespec {
            tv_sec: i.meta.mtime(),
            tv_nsec: i.meta.mtime_nsec() as _,
        };
        let _ = rustix::fs::utimensat(
            rustix::fs::CWD,
            &target,
            &rustix::fs::Timestamps {
                last_access: t,
                last_modification: t,
            },
            rustix::fs::AtFlags::SYMLINK_NOFOLLOW,
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> tempfile::TempDir {
        let t = tempfile::tempdir().unwrap();
        let r = t.path();
        fs::create_dir_all(r.join("src/sub")).unwrap();
        fs::write(r.join("src/a.txt"), "a").unwrap();
        fs::write(r.join("src/sub/b.txt"), "b").unwrap();
        fs::write(r.join("src/skip.log"), "x").unwrap();
        fs::write(r.join("top.txt"), "t").unwrap();
        std::os::unix::fs::symlink("../../etc/passwd", r.join("escape")).unwrap();
        std::os::unix::fs::symlink("/top.txt", r.join("abs")).unwrap();
        t
    }

    fn dests(items: &[Item]) -> Vec<String> {
        items.iter().map(|i| i.dest.clone()).collect()
    }

    #[test]
    fn docker_copy_rules() {
        let t = ctx();
        let ignore = Ignore::parse("*.log\nsrc/*.log\n");
        let from = Source::Context {
            root: t.path(),
            ignore: &ignore,
        };
        // a directory's contents
        let i = plan(&from, &["src".into()], "/app", false).unwrap();
        assert_eq!(dests(&i), ["app", "app/a.txt", "app/sub", "app/sub/b.txt"]);
        // a file to a file name, or into a directory
        assert_eq!(
            dests(&plan(&from, &["top.txt".into()], "/x.txt", false).unwrap()),
            ["x.txt"]
        );
        assert_eq!(
            dests(&plan(&from, &["top.txt".into()], "/d/", false).unwrap()),
            ["d/top.txt"]
        );
        assert_eq!(
            dests(&plan(&from, &["top.txt".into()], "/d", true).unwrap()),
            ["d/top.txt"]
        );
        // globs, and several sources need a directory
        assert_eq!(
            dests(&plan(&from, &["src/*.txt".into()], "/g/", false).unwrap()),
            ["g/a.txt"]
        );
        assert!(plan(&from, &["top.txt".into(), "src/a.txt".into()], "/f", false).is_err());
        // outside the context: refused, also through symlinks
        assert!(plan(&from, &["../x".into()], "/", false).is_err());
        let esc = plan(&from, &["escape".into()], "/", false);
        assert!(esc.is_err(), "{esc:?}");
        // an absolute symlink stays inside the context
        let a = plan(&from, &["abs".into()], "/z", false).unwrap();
        assert!(a[0].src.ends_with("top.txt"));
        // excluded files are not there
        assert!(plan(&from, &["src/skip.log".into()], "/", false).is_err());
        // the digest follows contents
        let d1 = digest(&i).unwrap();
        fs::write(t.path().join("src/a.txt"), "changed").unwrap();
        let i2 = plan(&from, &["src".into()], "/app", false).unwrap();
        assert_ne!(d1, digest(&i2).unwrap());
    }

    /// Issue 13: an item staged below an earlier item's symlink is refused, never written
    /// through the link.
    #[test]
    fn issue13_staging_never_writes_through_a_staged_symlink() {
        let t = tempfile::tempdir().unwrap();
        let outside = t.path().join("outside");
        fs::create_dir(&outside).unwrap();
        let src = t.path().join("src");
        fs::create_dir(&src).unwrap();
        std::os::unix::fs::symlink(&outside, src.join("link")).unwrap();
        fs::write(src.join("f"), "x").unwrap();
        let item = |p: &str, dest: &str| Item {
            src: src.join(p),
            dest: dest.into(),
            meta: fs::symlink_metadata(src.join(p)).unwrap(),
        };
        let staging = t.path().join("staging");
        fs::create_dir(&staging).unwrap();
        let items = [item("link", "x"), item("f", "x/f")];
        let e = stage(&items, &staging, Overrides::default(), &Layered::new(&[])).unwrap_err();
        assert!(e.contains("not a directory"), "{e}");
        assert_eq!(fs::read_dir(&outside).unwrap().count(), 0);
        // a directory over a staged symlink replaces the link
        fs::create_dir(src.join("d")).unwrap();
        let items = [item("link", "y"), item("d", "y"), item("f", "y/f")];
        stage(&items, &staging, Overrides::default(), &Layered::new(&[])).unwrap();
        assert!(fs::symlink_metadata(staging.join("y")).unwrap().is_dir());
        assert_eq!(fs::read_dir(&outside).unwrap().count(), 0);
    }

    #[test]
    fn staging_writes_the_layer() {
        let t = ctx();
        let ignore = Ignore::default();
        let from = Source::Context {
            root: t.path(),
            ignore: &ignore,
        };
        let items = plan(&from, &["src".into()], "/opt/app/", false).unwrap();
        let s = tempfile::tempdir().unwrap();
        let o = Overrides {
            owner: Some((100, 101)),
            mode: Some(0o640),
        };
        stage(&items, s.path(), o, &Layered::new(&[])).unwrap();
        let m = fs::metadata(s.path().join("opt/app/sub/b.txt")).unwrap();
        assert_eq!((m.mode() & 0o7777, m.uid(), m.gid()), (0o640, 100, 101));
        let p = fs::metadata(s.path().join("opt")).unwrap();
        assert_eq!((p.mode() & 0o7777, p.uid()), (0o755, 0));
        assert_eq!(
            fs::read_to_string(s.path().join("opt/app/a.txt")).unwrap(),
            "a"
        );
    }
}
