//! The layer writer: a directory of changes (an overlay upper dir, or a build step's output)
//! as a layer tar — entries sorted by name, numeric owners only, no host-specific metadata,
//! overlay whiteouts (0/0 character devices) and opaque directories turned into the
//! `.wh.` files of the image spec, hard links kept, symlinks never followed, and mtimes
//! optionally clamped to an epoch so that the same content always gives the same digest.

use std::collections::HashMap;
use std::fs;
use std::io::{self, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt};
use std::path::Path;

use super::layered::Layered;

/// How entries are written.
#[derive(Clone, Copy, Debug, Default)]
pub struct PackOptions {
    /// No mtime later than this (seconds since the epoch): `SOURCE_DATE_EPOCH`.
    pub clamp_mtime: Option<u64>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PackStats {
    pub entries: u64,
    /// Bytes of regular file content.
    pub size: u64,
}

const OPAQUE_XATTRS: &[&str] = &["trusted.overlay.opaque", "user.overlay.opaque"];
const KEPT_XATTRS: &[&str] = &["security.capability"];

/// Writes `dir`'s content as a tar to `out`.
pub fn pack<W: Write>(dir: &Path, out: W, o: PackOptions) -> io::Result<(PackStats, W)> {
    let mut w = Walker::new(out, o, None);
    w.dir(dir, "")?;
    let out = w.b.into_inner()?;
    Ok((w.stats, out))
}

/// Writes the filesystem that layers stacked up show (`export`): one tree, no whiteouts.
pub fn pack_merged<W: Write>(view: &Layered, out: W, o: PackOptions) -> io::Result<(PackStats, W)> {
    let mut w = Walker::new(out, o, Some(view));
    w.merged_dir("")?;
    let out = w.b.into_inner()?;
    Ok((w.stats, out))
}

/// Writes what the layers `new` (the top of `full`, whose bottom is `lower`) change in
/// `lower`'s filesystem, as one layer: every path the top-most copy of which is in `new`,
/// and a whiteout for each path `lower` has and `full` no longer shows.
pub fn pack_changes<W: Write>(
    lower: &Layered,
    full: &Layered,
    new: &[std::path::PathBuf],
    out: W,
    o: PackOptions,
) -> io::Result<(PackStats, W)> {
    let mut w = Walker::new(out, o, None);
    w.changes(lower, full, new, "")?;
    let out = w.b.into_inner()?;
    Ok((w.stats, out))
}

struct Walker<'v, W: Write> {
    b: tar::Builder<W>,
    o: PackOptions,
    stats: PackStats,
    /// (device, inode) of multiply-linked files → the first path written.
    links: HashMap<(u64, u64), String>,
    /// Walking a stack of layers rather than one directory.
    view: Option<&'v Layered>,
}

fn xattr(path: &Path, name: &str) -> Option<Vec<u8>> {
    let mut buf = vec![0u8; 256];
    let n = rustix::fs::lgetxattr(path, name, &mut buf).ok()?;
    buf.truncate(n);
    Some(buf)
}

impl<'v, W: Write> Walker<'v, W> {
    fn new(out: W, o: PackOptions, view: Option<&'v Layered>) -> Self {
        let mut b = tar::Builder::new(out);
        b.follow_symlinks(false);
        Walker {
            b,
            o,
            stats: PackStats::default(),
            links: HashMap::new(),
            view,
        }
    }

    fn changes(
        &mut self,
        lower: &Layered,
        full: &Layered,
        new: &[std::path::PathBuf],
        rel: &str,
    ) -> io::Result<()> {
        let dir = rel.trim_end_matches('/');
        let now = full.read_dir(dir);
        let before = lower.read_dir(dir);
        for gone in before.keys().filter(|n| !now.contains_key(*n)) {
            let mut h = tar::Header::new_gnu();
            h.set_entry_type(tar::EntryType::Regular);
            h.set_mode(0o644);
            h.set_size(0);
            h.set_mtime(self.o.clamp_mtime.unwrap_or(0));
            self.b
                .append_data(&mut h, format!("{rel}.wh.{gone}"), io::empty())?;
        }
        for (name, real) in now {
            let path = format!("{rel}{name}");
            let added = new.iter().any(|d| real.starts_with(d));
            let meta = fs::symlink_metadata(&real)?;
            if meta.is_dir() {
                let was_dir = before
                    .get(&name)
                    .and_then(|p| fs::symlink_metadata(p).ok())
                    .is_some_and(|m| m.is_dir());
                if added || !was_dir {
                    let mut h = self.header(&meta, tar::EntryType::Directory);
                    self.pax(&real)?;
                    self.b
                        .append_data(&mut h, format!("{path}/"), io::empty())?;
                }
                // nothing below changed unless a new layer has this directory
                if new.iter().any(|d| {
                    Layered::new(std::slice::from_ref(d))
                        .lookup(&path)
                        .is_some()
                }) {
                    self.changes(lower, full, new, &format!("{path}/"))?;
                }
            } else if added {
                self.entry(&real, &path)?;
            }
        }
        Ok(())
    }

    fn merged_dir(&mut self, rel: &str) -> io::Result<()> {
        let Some(view) = self.view else {
            return Ok(());
        };
        for (name, real) in view.read_dir(rel.trim_end_matches('/')) {
            self.entry(&real, &format!("{rel}{name}"))?;
        }
        Ok(())
    }

    fn header(&self, meta: &fs::Metadata, kind: tar::EntryType) -> tar::Header {
        let mut h = tar::Header::new_gnu();
        h.set_entry_type(kind);
        h.set_mode(meta.mode() & 0o7777);
        h.set_uid(meta.uid() as u64);
        h.set_gid(meta.gid() as u64);
        let mtime = meta.mtime().max(0) as u64;
        h.set_mtime(self.o.clamp_mtime.map_or(mtime, |c| mtime.min(c)));
        h.set_size(0);
        h
    }

    fn pax(&mut self, path: &Path) -> io::Result<()> {
        let mut ext: Vec<(String, Vec<u8>)> = Vec::new();
        for name in KEPT_XATTRS {
            if let Some(v) = xattr(path, name) {
                ext.push((format!("SCHILY.xattr.{name}"), v));
            }
        }
        if !ext.is_empty() {
            self.b
                .append_pax_extensions(ext.iter().map(|(k, v)| (k.as_str(), v.as_slice())))?;
        }
        Ok(())
    }

    fn dir(&mut self, dir: &Path, rel: &str) -> io::Result<()> {
        let mut names: Vec<std::ffi::OsString> = fs::read_dir(dir)?
            .map(|e| e.map(|e| e.file_name()))
            .collect::<io::Result<_>>()?;
        names.sort();
        for name in names {
            let Some(n) = name.to_str() else {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("{}: file name is not UTF-8", dir.join(&name).display()),
                ));
            };
            let path = dir.join(n);
            let entry = format!("{rel}{n}");
            self.entry(&path, &entry)?;
        }
        Ok(())
    }

    fn entry(&mut self, path: &Path, name: &str) -> io::Result<()> {
        let meta = fs::symlink_metadata(path)?;
        let ft = meta.file_type();
        self.stats.entries += 1;
        if ft.is_char_device() && meta.rdev() == 0 && self.view.is_none() {
            // overlay's whiteout: the file was deleted
            let (parent, base) = name.rsplit_once('/').map_or(("", name), |(p, b)| (p, b));
            let wh = if parent.is_empty() {
                format!(".wh.{base}")
            } else {
                format!("{parent}/.wh.{base}")
            };
            let mut h = self.header(&meta, tar::EntryType::Regular);
            h.set_mode(0o644);
            return self.b.append_data(&mut h, wh, io::empty());
        }
        if ft.is_dir() {
            let mut h = self.header(&meta, tar::EntryType::Directory);
            self.pax(path)?;
            self.b
                .append_data(&mut h, format!("{name}/"), io::empty())?;
            if self.view.is_some() {
                return self.merged_dir(&format!("{name}/"));
            }
            if OPAQUE_XATTRS
                .iter()
                .any(|x| xattr(path, x).is_some_and(|v| v == b"y"))
            {
                let mut h = self.header(&meta, tar::EntryType::Regular);
                h.set_mode(0o644);
                self.b
                    .append_data(&mut h, format!("{name}/.wh..wh..opq"), io::empty())?;
            }
            return self.dir(path, &format!("{name}/"));
        }
        if ft.is_symlink() {
            let target = fs::read_link(path)?;
            let mut h = self.header(&meta, tar::EntryType::Symlink);
            return self.b.append_link(&mut h, name, target);
        }
        if ft.is_file() {
            if meta.nlink() > 1 {
                let key = (meta.dev(), meta.ino());
                if let Some(first) = self.links.get(&key).cloned() {
                    let mut h = self.header(&meta, tar::EntryType::Link);
                    return self.b.append_link(&mut h, name, first);
                }
                self.links.insert(key, name.to_string());
            }
            let mut h = self.header(&meta, tar::EntryType::Regular);
            h.set_size(meta.len());
            self.stats.size += meta.len();
            self.pax(path)?;
            // never through a symlink swapped in meanwhile (a running container's layer)
            let f = fs::OpenOptions::new()
                .read(true)
                .custom_flags(libc::O_NOFOLLOW)
                .open(path)?;
            return self.b.append_data(&mut h, name, f);
        }
        let kind = if ft.is_char_device() {
            tar::EntryType::Char
        } else if ft.is_block_device() {
            tar::EntryType::Block
        } else if ft.is_fifo() {
            tar::EntryType::Fifo
        } else {
            // sockets do not go into layers
            self.stats.entries -= 1;
            return Ok(());
        };
        let mut h = self.header(&meta, kind);
        h.set_device_major(rustix::fs::major(meta.rdev()))?;
        h.set_device_minor(rustix::fs::minor(meta.rdev()))?;
        self.b.append_data(&mut h, name, io::empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listing(tar: &[u8]) -> Vec<String> {
        let mut a = tar::Archive::new(tar);
        a.entries()
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let h = e.header();
                format!(
                    "{:?} {} {:o} {}",
                    h.entry_type(),
                    e.path().unwrap().display(),
                    h.mode().unwrap(),
                    h.mtime().unwrap()
                )
            })
            .collect()
    }

    fn tree(root: &Path) {
        fs::create_dir_all(root.join("etc/sub")).unwrap();
        fs::write(root.join("etc/b"), "bee").unwrap();
        fs::write(root.join("etc/a"), "a").unwrap();
        fs::hard_link(root.join("etc/a"), root.join("etc/sub/a2")).unwrap();
        std::os::unix::fs::symlink("/nowhere/../etc/passwd", root.join("link")).unwrap();
        let long = "x".repeat(120);
        fs::write(root.join(&long), "").unwrap();
    }

    #[test]
    fn sorted_clamped_and_reproducible() {
        let t1 = tempfile::tempdir().unwrap();
        let t2 = tempfile::tempdir().unwrap();
        tree(t1.path());
        tree(t2.path());
        let o = PackOptions {
            clamp_mtime: Some(1_000),
        };
        let (s1, a) = pack(t1.path(), Vec::new(), o).unwrap();
        let (_, b) = pack(t2.path(), Vec::new(), o).unwrap();
        assert_eq!(a, b, "same content, same bytes");
        assert_eq!(s1.size, 4);
        let l = listing(&a);
        assert_eq!(
            l[..6],
            [
                "Directory etc/ 755 1000",
                "Regular etc/a 644 1000",
                "Regular etc/b 644 1000",
                "Directory etc/sub/ 755 1000",
                "Link etc/sub/a2 644 1000",
                "Symlink link 777 1000",
            ]
        );
        assert!(l[6].contains(&"x".repeat(120)), "long names kept: {l:?}");
        // unclamped, the real (later) mtime shows
        let (_, c) = pack(t1.path(), Vec::new(), PackOptions::default()).unwrap();
        assert_ne!(a, c);
    }

    #[test]
    fn merged_layers_as_one_tree() {
        let t = tempfile::tempdir().unwrap();
        let (l1, l2) = (t.path().join("l1"), t.path().join("l2"));
        fs::create_dir_all(l1.join("etc")).unwrap();
        fs::create_dir_all(l2.join("etc")).unwrap();
        fs::write(l1.join("etc/a"), "old").unwrap();
        fs::write(l1.join("etc/gone"), "x").unwrap();
        fs::write(l2.join("etc/a"), "new").unwrap();
        fs::write(l2.join("etc/.wh.gone"), "").unwrap();
        fs::write(l2.join("top"), "t").unwrap();
        let view = Layered::new(&[l1, l2]);
        let (stats, tar) = pack_merged(&view, Vec::new(), PackOptions::default()).unwrap();
        let names: Vec<String> = listing(&tar)
            .iter()
            .map(|l| l.split(' ').nth(1).unwrap().to_string())
            .collect();
        assert_eq!(names, ["etc/", "etc/a", "top"]);
        assert_eq!(stats.size, 4, "the top layer's etc/a (3 bytes) and top");
    }

    /// As root: overlay's whiteouts (0/0 devices) and opaque directories become `.wh.` files.
    #[test]
    fn overlay_whiteouts_become_wh_files() {
        if !crate::sys::is_root() {
            eprintln!("skipped: needs root");
            return;
        }
        let t = tempfile::tempdir().unwrap();
        let d = t.path();
        rustix::fs::mknodat(
            rustix::fs::CWD,
            d.join("gone"),
            rustix::fs::FileType::CharacterDevice,
            rustix::fs::Mode::from_raw_mode(0o600),
            0,
        )
        .unwrap();
        fs::create_dir(d.join("opq")).unwrap();
        fs::write(d.join("opq/kept"), "k").unwrap();
        rustix::fs::setxattr(
            d.join("opq"),
            "trusted.overlay.opaque",
            b"y",
            rustix::fs::XattrFlags::empty(),
        )
        .unwrap();
        let (_, a) = pack(d, Vec::new(), PackOptions::default()).unwrap();
        let names: Vec<String> = listing(&a)
            .iter()
            .map(|l| l.split(' ').nth(1).unwrap().to_string())
            .collect();
        assert_eq!(names, [".wh.gone", "opq/", "opq/.wh..wh..opq", "opq/kept"]);
    }

    #[test]
    fn changes_of_new_layers_keep_their_files_and_whiteouts() {
        let t = tempfile::tempdir().unwrap();
        let (base, l1, l2) = (t.path().join("b"), t.path().join("1"), t.path().join("2"));
        for d in ["etc", "usr/bin", "var/old"] {
            fs::create_dir_all(base.join(d)).unwrap();
        }
        fs::write(base.join("etc/keep"), "k").unwrap();
        fs::write(base.join("etc/gone"), "g").unwrap();
        fs::write(base.join("usr/bin/tool"), "t").unwrap();
        fs::write(base.join("var/old/f"), "f").unwrap();
        // layer 1 adds a file and removes one; layer 2 removes a directory and changes one
        fs::create_dir_all(l1.join("etc")).unwrap();
        fs::create_dir_all(l1.join("app")).unwrap();
        fs::write(l1.join("app/main"), "m1").unwrap();
        fs::write(l1.join("etc/.wh.gone"), "").unwrap();
        fs::create_dir_all(l2.join("app")).unwrap();
        fs::create_dir_all(l2.join("var")).unwrap();
        fs::write(l2.join("app/main"), "m2").unwrap();
        fs::write(l2.join("var/.wh.old"), "").unwrap();
        let lower = Layered::new(std::slice::from_ref(&base));
        let full = Layered::new(&[base.clone(), l1.clone(), l2.clone()]);
        let (_, out) =
            pack_changes(&lower, &full, &[l1, l2], Vec::new(), PackOptions::default()).unwrap();
        let names: Vec<String> = listing(&out)
            .iter()
            .map(|l| l.split(' ').nth(1).unwrap().to_string())
            .collect();
        assert_eq!(
            names,
            [
                "app/",
                "app/main",
                "etc/",
                "etc/.wh.gone",
                "var/",
                "var/.wh.old"
            ],
            "only what the new layers changed; untouched usr/ is not walked"
        );
        let mut a = tar::Archive::new(out.as_slice());
        let mut main = String::new();
        for e in a.entries().unwrap() {
            let mut e = e.unwrap();
            if e.path().unwrap().to_str() == Some("app/main") {
                std::io::Read::read_to_string(&mut e, &mut main).unwrap();
            }
        }
        assert_eq!(main, "m2", "the top-most layer's copy");
    }
}
