//! Path resolution confined to a directory tree.
//!
//! Everything that comes from an image is hostile: a path is resolved with
//! `openat2(RESOLVE_IN_ROOT)`, so `..` and symlinks (absolute or relative) can never lead
//! outside the root. On kernels without openat2 a component walk with `O_NOFOLLOW` is used
//! instead, which refuses symlinked parents.

use std::collections::VecDeque;
use std::ffi::{OsStr, OsString};
use std::io;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Component, Path, PathBuf};

use rustix::fs::{AtFlags, FileType, Mode, OFlags, ResolveFlags};

const MAX_SYMLINKS: u32 = 40;

/// An open directory that paths are resolved inside of.
#[derive(Debug)]
pub struct RootDir {
    fd: OwnedFd,
    path: PathBuf,
}

impl RootDir {
    pub fn open(path: &Path) -> io::Result<Self> {
        let fd = rustix::fs::open(
            path,
            OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )?;
        Ok(RootDir {
            fd,
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Another handle on the same directory.
    pub fn try_clone(&self) -> io::Result<Self> {
        Ok(RootDir {
            fd: self.fd.try_clone()?,
            path: self.path.clone(),
        })
    }

    pub fn fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }

    /// Opens `rel` inside the root with `flags` (O_CLOEXEC is added). `rel` may contain
    /// anything; it is resolved as if the root were `/`.
    pub fn open_in(&self, rel: &Path, flags: OFlags, mode: Mode) -> io::Result<OwnedFd> {
        let rel = if rel.as_os_str().is_empty() {
            Path::new(".")
        } else {
            rel
        };
        let resolve = ResolveFlags::IN_ROOT | ResolveFlags::NO_MAGICLINKS;
        match rustix::fs::openat2(&self.fd, rel, flags | OFlags::CLOEXEC, mode, resolve) {
            Err(rustix::io::Errno::NOSYS) => self.walk_open(rel, flags, mode),
            other => other.map_err(io::Error::from),
        }
    }

    /// Opens (O_PATH) the directory `rel`, creating missing components with mode 0755.
    /// Symlinks on the way are followed as if the root were `/`, also when their targets
    /// do not exist yet (those are created, inside the root).
    pub fn open_dir(&self, rel: &Path, create: bool) -> io::Result<OwnedFd> {
        let flags = OFlags::PATH | OFlags::DIRECTORY;
        match self.open_in(rel, flags, Mode::empty()) {
            Err(e) if create && e.kind() == io::ErrorKind::NotFound => {}
            other => return other,
        }
        let mut pending: VecDeque<OsString> = rel.iter().map(OsStr::to_os_string).collect();
        let mut resolved = PathBuf::new();
        let mut links = 0;
        while let Some(c) = pending.pop_front() {
            match c.as_bytes() {
                b"/" | b"." | b"" => continue,
                b".." => {
                    resolved.pop();
                    continue;
                }
                _ => {}
            }
            let parent = self.open_in(&resolved, flags, Mode::empty())?;
            match rustix::fs::statat(&parent, c.as_os_str(), AtFlags::SYMLINK_NOFOLLOW) {
                Ok(st) => match FileType::from_raw_mode(st.st_mode) {
                    FileType::Directory => resolved.push(&c),
                    FileType::Symlink => {
                        links += 1;
                        if links > MAX_SYMLINKS {
                            return Err(io::Error::from_raw_os_error(libc::ELOOP));
                        }
                        let target = rustix::fs::readlinkat(&parent, c.as_os_str(), Vec::new())?;
                        let target = PathBuf::from(OsStr::from_bytes(target.as_bytes()));
                        if target.is_absolute() {
                            resolved = PathBuf::new();
                        }
                        for t in target.iter().rev() {
                            pending.push_front(t.to_os_string());
                        }
                    }
                    _ => return Err(io::Error::from_raw_os_error(libc::ENOTDIR)),
                },
                Err(rustix::io::Errno::NOENT) => {
                    match rustix::fs::mkdirat(&parent, c.as_os_str(), Mode::from_raw_mode(0o755)) {
                        Ok(()) | Err(rustix::io::Errno::EXIST) => {}
                        Err(e) => return Err(e.into()),
                    }
                    resolved.push(&c);
                }
                Err(e) => return Err(e.into()),
            }
        }
        self.open_in(&resolved, flags, Mode::empty())
    }

    /// Writes a new file `rel` (its missing parent directories made, 0755) with `data` and
    /// exactly `mode`. The parents resolve inside the root; an existing file or a symlink at
    /// `rel` is an error, never followed.
    pub fn write_new(&self, rel: &Path, data: &[u8], mode: u32) -> io::Result<()> {
        let (parent, name) = split_parent(rel)
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "a file needs a name"))?;
        if !is_plain_name(name) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{} is not a file name", rel.display()),
            ));
        }
        let dir = self.open_dir(parent, true)?;
        let dir = rustix::fs::openat(
            &dir,
            ".",
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )?;
        let fd = rustix::fs::openat(
            &dir,
            name,
            OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC,
            Mode::from_raw_mode(0o600),
        )?;
        let mut file = std::fs::File::from(fd);
        io::Write::write_all(&mut file, data)?;
        rustix::fs::fchmod(&file, Mode::from_raw_mode(mode & 0o7777))?;
        file.sync_all()
    }

    fn walk_open(&self, rel: &Path, flags: OFlags, mode: Mode) -> io::Result<OwnedFd> {
        let comps = normal_components(rel)?;
        let mut dir = rustix::fs::openat(
            &self.fd,
            ".",
            OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )?;
        let Some((last, parents)) = comps.split_last() else {
            return Ok(rustix::fs::openat(
                &self.fd,
                ".",
                flags | OFlags::CLOEXEC,
                mode,
            )?);
        };
        for c in parents {
            dir = rustix::fs::openat(
                &dir,
                *c,
                OFlags::PATH | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                Mode::empty(),
            )?;
        }
        Ok(rustix::fs::openat(
            &dir,
            *last,
            flags | OFlags::NOFOLLOW | OFlags::CLOEXEC,
            mode,
        )?)
    }
}

/// The normal components of a relative path; `..` is refused.
fn normal_components(rel: &Path) -> io::Result<Vec<&OsStr>> {
    let mut out = Vec::new();
    for c in rel.components() {
        match c {
            Component::Normal(n) => out.push(n),
            Component::CurDir | Component::RootDir => {}
            Component::ParentDir | Component::Prefix(_) => {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!("path {} leaves its root", rel.display()),
                ));
            }
        }
    }
    Ok(out)
}

/// Splits a cleaned relative path into its parent and final name; `None` for the root.
pub fn split_parent(rel: &Path) -> Option<(&Path, &OsStr)> {
    let name = rel.file_name()?;
    Some((rel.parent().unwrap_or(Path::new("")), name))
}

/// Whether a byte string is a single path component (no `/`, not `.`/`..`, not empty).
pub fn is_plain_name(name: &OsStr) -> bool {
    let b = name.as_bytes();
    !b.is_empty() && b != b"." && b != b".." && !b.contains(&b'/') && !b.contains(&0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn write_new_stays_inside_and_never_follows() {
        let outside = tempfile::tempdir().unwrap();
        let root = tempfile::tempdir().unwrap();
        symlink(outside.path(), root.path().join("abs")).unwrap();
        symlink(outside.path().join("f"), root.path().join("link")).unwrap();
        let r = RootDir::open(root.path()).unwrap();
        r.write_new(Path::new("abs/x/y"), b"1", 0o640).unwrap();
        r.write_new(Path::new("../../z"), b"2", 0o644).unwrap();
        assert!(r.write_new(Path::new("link"), b"3", 0o644).is_err());
        assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
        let inside = root.path().join(outside.path().strip_prefix("/").unwrap());
        assert_eq!(std::fs::read(inside.join("x/y")).unwrap(), b"1");
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(inside.join("x/y"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o7777, 0o640);
        assert_eq!(std::fs::read(root.path().join("z")).unwrap(), b"2");
    }

    #[test]
    fn symlinks_resolve_inside_the_root() {
        let outside = tempfile::tempdir().unwrap();
        let root = tempfile::tempdir().unwrap();
        symlink(outside.path(), root.path().join("abs")).unwrap();
        symlink("../../../../..", root.path().join("up")).unwrap();
        let r = RootDir::open(root.path()).unwrap();
        // Creating through either link lands inside the root, never in `outside`.
        r.open_dir(Path::new("abs/x"), true).unwrap();
        r.open_dir(Path::new("up/y"), true).unwrap();
        assert!(std::fs::read_dir(outside.path()).unwrap().next().is_none());
        let inside_abs = root
            .path()
            .join(outside.path().strip_prefix("/").unwrap())
            .join("x");
        assert!(inside_abs.is_dir(), "{}", inside_abs.display());
        assert!(root.path().join("y").is_dir());
    }

    #[test]
    fn walk_fallback_refuses_dotdot_and_symlinks() {
        let root = tempfile::tempdir().unwrap();
        std::fs::create_dir(root.path().join("d")).unwrap();
        symlink("/", root.path().join("link")).unwrap();
        let r = RootDir::open(root.path()).unwrap();
        let flags = OFlags::PATH | OFlags::DIRECTORY;
        assert!(r.walk_open(Path::new("d"), flags, Mode::empty()).is_ok());
        assert!(
            r.walk_open(Path::new("../d"), flags, Mode::empty())
                .is_err()
        );
        assert!(
            r.walk_open(Path::new("link/etc"), flags, Mode::empty())
                .is_err()
        );
    }

    #[test]
    fn plain_names() {
        assert!(is_plain_name(OsStr::new("a.b")));
        assert!(!is_plain_name(OsStr::new("..")));
        assert!(!is_plain_name(OsStr::new("a/b")));
        assert_eq!(
            split_parent(Path::new("a/b/c")),
            Some((Path::new("a/b"), OsStr::new("c")))
        );
        assert_eq!(
            split_parent(Path::new("c")),
            Some((Path::new(""), OsStr::new("c")))
        );
    }
}
