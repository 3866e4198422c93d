//! The filesystem operations of unpacking, each confined to the layer root: names are
//! created relative to a parent directory fd that was resolved inside the root, with
//! O_NOFOLLOW/AT_SYMLINK_NOFOLLOW on the final component.

use std::ffi::OsStr;
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::path::{Path, PathBuf};

use rustix::fs::{AtFlags, FileType, Mode, OFlags, Timespec, Timestamps, XattrFlags};
use rustix::io::Errno;
use tar::EntryType;

use super::{UnpackOptions, UnpackStats, entry::OPAQUE};
use crate::sys::rooted::{RootDir, is_plain_name};

const COPY_BUF: usize = 256 << 10;

/// What a tar header says about an entry's metadata.
#[derive(Clone, Debug)]
pub struct Meta {
    mode: u32,
    uid: u32,
    gid: u32,
    mtime: i64,
    mtime_nsec: u32,
    xattrs: Vec<(Vec<u8>, Vec<u8>)>,
}

impl Meta {
    pub fn from_entry<R: Read>(e: &mut tar::Entry<'_, R>) -> io::Result<Self> {
        let h = e.header();
        let to_u32 =
            |v: u64| u32::try_from(v).map_err(|_| io::Error::other("uid/gid out of range"));
        // Empty numeric fields read as 0, as Go's archive/tar (which wrote most layers) does.
        let mut meta = Meta {
            mode: h.mode().unwrap_or(0o644) & 0o7777,
            uid: to_u32(h.uid().unwrap_or(0))?,
            gid: to_u32(h.gid().unwrap_or(0))?,
            mtime: i64::try_from(h.mtime().unwrap_or(0)).unwrap_or(0),
            mtime_nsec: 0,
            xattrs: Vec::new(),
        };
        if let Some(pax) = e.pax_extensions()? {
            for ext in pax {
                let ext = ext?;
                let value = ext.value_bytes();
                let text = std::str::from_utf8(value).unwrap_or("");
                match ext.key_bytes() {
                    b"uid" => meta.uid = text.parse().map_err(io::Error::other)?,
                    b"gid" => meta.gid = text.parse().map_err(io::Error::other)?,
                    b"mtime" => {
                        let (secs, frac) = text.split_once('.').unwrap_or((text, ""));
                        meta.mtime = secs.parse().unwrap_or(meta.mtime);
                        let digits: String = frac.chars().take(9).collect();
                        meta.mtime_nsec = format!("{digits:0<9}").parse().unwrap_or(0);
                    }
                    k => {
                        if let Some(name) = k.strip_prefix(b"SCHILY.xattr.") {
                            meta.xattrs.push((name.to_vec(), value.to_vec()));
                        }
                    }
                }
            }
        }
        Ok(meta)
    }

    pub fn set_owner(&mut self, uid: u32, gid: u32) {
        self.uid = uid;
        self.gid = gid;
    }

    fn times(&self) -> Timestamps {
        let t = Timespec {
            tv_sec: self.mtime,
            tv_nsec: self.mtime_nsec as _,
        };
        Timestamps {
            last_access: t,
            last_modification: t,
        }
    }
}

pub struct Ops {
    root: RootDir,
    opts: UnpackOptions,
    umask: u32,
    uid: u32,
    gid: u32,
    /// The parent directory of the previous entry: most entries share it.
    cache: Option<(PathBuf, OwnedFd)>,
    buf: Vec<u8>,
    warned_xattr: bool,
    pub stats: UnpackStats,
}

fn parent_fd<'a>(
    cache: &'a mut Option<(PathBuf, OwnedFd)>,
    root: &RootDir,
    rel: &Path,
) -> io::Result<BorrowedFd<'a>> {
    let hit = matches!(cache, Some((p, _)) if p == rel);
    if !hit {
        let fd = root.open_dir(rel, true)?;
        *cache = Some((rel.to_path_buf(), fd));
    }
    let cache: &'a Option<(PathBuf, OwnedFd)> = cache;
    cache
        .as_ref()
        .map(|(_, fd)| fd.as_fd())
        .ok_or_else(|| io::Error::other("parent cache empty"))
}

fn retry_after_remove<T>(
    dir: BorrowedFd<'_>,
    name: &OsStr,
    mut op: impl FnMut() -> Result<T, Errno>,
) -> io::Result<T> {
    match op() {
        Err(Errno::EXIST) => {
            remove_entry(dir, name)?;
            Ok(op()?)
        }
        other => Ok(other?),
    }
}

/// Removes whatever is at `name` (a whole tree for directories), never following symlinks.
fn remove_entry(dir: BorrowedFd<'_>, name: &OsStr) -> io::Result<()> {
    match rustix::fs::unlinkat(dir, name, AtFlags::empty()) {
        Ok(()) | Err(Errno::NOENT) => Ok(()),
        Err(Errno::ISDIR) | Err(Errno::PERM) => {
            let sub = rustix::fs::openat(
                dir,
                name,
                OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                Mode::empty(),
            )?;
            let names: Vec<std::ffi::CString> = rustix::fs::Dir::read_from(&sub)?
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_owned())
                .filter(|n| n.as_bytes() != b"." && n.as_bytes() != b"..")
                .collect();
            for n in names {
                use std::os::unix::ffi::OsStrExt;
                remove_entry(sub.as_fd(), OsStr::from_bytes(n.as_bytes()))?;
            }
            Ok(rustix::fs::unlinkat(dir, name, AtFlags::REMOVEDIR)?)
        }
        Err(e) => Err(e.into()),
    }
}

/// A chown that failed because the owner is not mapped in our user namespace (rootless
/// without subordinate ids for it) says so, with the fix.
fn unmapped(e: Errno, meta: &Meta) -> io::Error {
    if e == Errno::INVAL {
        return io::Error::other(format!(
            "owner {}:{} is not mapped in your user namespace: add subordinate ids for your user to /etc/subuid and /etc/subgid (usermod --add-subuids 100000-165535 --add-subgids 100000-165535 USER)",
            meta.uid, meta.gid
        ));
    }
    e.into()
}

impl Ops {
    pub fn new(root: RootDir, opts: UnpackOptions) -> Self {
        Ops {
            root,
            opts,
            umask: crate::sys::current_umask(),
            uid: crate::sys::effective_ids().0,
            gid: crate::sys::effective_ids().1,
            cache: None,
            buf: vec![0; COPY_BUF],
            warned_xattr: false,
            stats: UnpackStats::default(),
        }
    }

    pub fn whiteouts(&self) -> bool {
        self.opts.whiteouts
    }

    /// Drops the cached parent: the entry at hand may change what a path resolves to.
    pub fn forget_parent(&mut self) {
        self.cache = None;
    }

    fn owner_differs(&self, meta: &Meta) -> bool {
        self.opts.privileged && (meta.uid != self.uid || meta.gid != self.gid)
    }

    fn ids(meta: &Meta) -> (Option<rustix::fs::Uid>, Option<rustix::fs::Gid>) {
        (
            Some(rustix::fs::Uid::from_raw(meta.uid)),
            Some(rustix::fs::Gid::from_raw(meta.gid)),
        )
    }

    pub fn regular(
        &mut self,
        parent: &Path,
        name: &OsStr,
        data: &mut impl Read,
        meta: &Meta,
    ) -> io::Result<()> {
        let p = parent_fd(&mut self.cache, &self.root, parent)?;
        let flags =
            OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        let mode = Mode::from_raw_mode(meta.mode & 0o777);
        let fd = retry_after_remove(p, name, || rustix::fs::openat(p, name, flags, mode))?;
        let mut file = File::from(fd);
        let mut total = 0u64;
        loop {
            let n = match data.read(&mut self.buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            file.write_all(&self.buf[..n])?;
            total += n as u64;
        }
        self.stats.size += total;
        if self.owner_differs(meta) {
            let (u, g) = Self::ids(meta);
            rustix::fs::fchown(&file, u, g).map_err(|e| unmapped(e, meta))?;
        }
        // chown clears set-id bits, and the umask may have masked others: set the mode last.
        if meta.mode & 0o7000 != 0 || meta.mode & self.umask != 0 {
            rustix::fs::fchmod(&file, Mode::from_raw_mode(meta.mode))?;
        }
        self.set_xattrs(file.as_fd(), meta)?;
        rustix::fs::futimens(&file, &meta.times())?;
        Ok(())
    }

    pub fn directory(&mut self, parent: &Path, name: &OsStr, meta: &Meta) -> io::Result<()> {
        let chown = self.owner_differs(meta);
        let p = parent_fd(&mut self.cache, &self.root, parent)?;
        let mode = Mode::from_raw_mode((meta.mode & 0o777) | 0o700);
        match rustix::fs::mkdirat(p, name, mode) {
            Ok(()) => {}
            Err(Errno::EXIST) => {
                let st = rustix::fs::statat(p, name, AtFlags::SYMLINK_NOFOLLOW)?;
                if FileType::from_raw_mode(st.st_mode) != FileType::Directory {
                    remove_entry(p, name)?;
                    rustix::fs::mkdirat(p, name, mode)?;
                }
            }
            Err(e) => return Err(e.into()),
        }
        if chown {
            let (u, g) = Self::ids(meta);
            rustix::fs::chownat(p, name, u, g, AtFlags::SYMLINK_NOFOLLOW)
                .map_err(|e| unmapped(e, meta))?;
        }
        if !meta.xattrs.is_empty() {
            let dir = rustix::fs::openat(
                p,
                name,
                OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                Mode::empty(),
            )?;
            self.set_xattrs(dir.as_fd(), meta)?;
        }
        Ok(())
    }

    /// Applies a directory's final mode and mtime after all of its children exist.
    pub fn finish_dir(&mut self, path: &Path, meta: &Meta) -> io::Result<()> {
        let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW;
        let dir = match self.root.open_in(path, flags, Mode::empty()) {
            Ok(d) => d,
            // Replaced by a later entry (a symlink or file): nothing of ours to finish.
            Err(e)
                if matches!(
                    e.raw_os_error(),
                    Some(libc::ELOOP | libc::ENOTDIR | libc::ENOENT)
                ) =>
            {
                return Ok(());
            }
            Err(e) => return Err(e),
        };
        let created = ((meta.mode & 0o777) | 0o700) & !self.umask;
        if created != meta.mode || self.owner_differs(meta) {
            rustix::fs::fchmod(&dir, Mode::from_raw_mode(meta.mode))?;
        }
        rustix::fs::futimens(&dir, &meta.times())?;
        Ok(())
    }

    pub fn symlink(
        &mut self,
        parent: &Path,
        name: &OsStr,
        target: &[u8],
        meta: &Meta,
    ) -> io::Result<()> {
        let chown = self.owner_differs(meta);
        let p = parent_fd(&mut self.cache, &self.root, parent)?;
        retry_after_remove(p, name, || rustix::fs::symlinkat(target, p, name))?;
        if chown {
            let (u, g) = Self::ids(meta);
            rustix::fs::chownat(p, name, u, g, AtFlags::SYMLINK_NOFOLLOW)
                .map_err(|e| unmapped(e, meta))?;
        }
        rustix::fs::utimensat(p, name, &meta.times(), AtFlags::SYMLINK_NOFOLLOW)?;
        Ok(())
    }

    pub fn hardlink(&mut self, parent: &Path, name: &OsStr, target: &Path) -> io::Result<()> {
        let (tparent, tname) = crate::sys::rooted::split_parent(target)
            .ok_or_else(|| io::Error::from(io::ErrorKind::NotFound))?;
        let tp = self.root.open_dir(tparent, false)?;
        let p = parent_fd(&mut self.cache, &self.root, parent)?;
        retry_after_remove(p, name, || {
            rustix::fs::linkat(&tp, tname, p, name, AtFlags::empty())
        })
    }

    pub fn special(
        &mut self,
        parent: &Path,
        name: &OsStr,
        kind: EntryType,
        major: u32,
        minor: u32,
        meta: &Meta,
    ) -> io::Result<()> {
        let file_type = match kind {
            EntryType::Char => FileType::CharacterDevice,
            EntryType::Block => FileType::BlockDevice,
            _ => FileType::Fifo,
        };
        if file_type != FileType::Fifo
            && !(self.opts.privileged && self.opts.devices && !self.opts.userns)
        {
            self.stats.skipped_devices += 1;
            log::debug!("skipping device node {name:?}");
            return Ok(());
        }
        let chown = self.owner_differs(meta);
        let umask = self.umask;
        let p = parent_fd(&mut self.cache, &self.root, parent)?;
        let dev = rustix::fs::makedev(major, minor);
        let mode = Mode::from_raw_mode(meta.mode & 0o777);
        retry_after_remove(p, name, || {
            rustix::fs::mknodat(p, name, file_type, mode, dev)
        })?;
        if chown {
            let (u, g) = Self::ids(meta);
            rustix::fs::chownat(p, name, u, g, AtFlags::SYMLINK_NOFOLLOW)
                .map_err(|e| unmapped(e, meta))?;
        }
        if meta.mode & umask != 0 || meta.mode & 0o7000 != 0 {
            rustix::fs::chmodat(p, name, Mode::from_raw_mode(meta.mode), AtFlags::empty())?;
        }
        rustix::fs::utimensat(p, name, &meta.times(), AtFlags::SYMLINK_NOFOLLOW)?;
        Ok(())
    }

    /// `.wh.NAME` → an overlay whiteout (char device 0:0) named NAME. Without the privilege
    /// to create one, the AUFS marker file is kept instead and the layer flagged.
    pub fn whiteout(&mut self, parent: &Path, target: &OsStr, marker: &OsStr) -> io::Result<()> {
        if !is_plain_name(target) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "bad whiteout name",
            ));
        }
        let p = self.root.open_dir(parent, true)?;
        let dev = rustix::fs::makedev(0, 0);
        let made = retry_after_remove(p.as_fd(), target, || {
            rustix::fs::mknodat(&p, target, FileType::CharacterDevice, Mode::empty(), dev)
        });
        match made {
            Err(e)
                if (!self.opts.privileged || self.opts.userns)
                    && e.raw_os_error() == Some(libc::EPERM) =>
            {
                self.aufs_marker(p.as_fd(), marker)
            }
            other => other,
        }
    }

    /// `.wh..wh..opq` → the overlay "opaque" xattr on the parent directory.
    pub fn opaque(&mut self, parent: &Path) -> io::Result<()> {
        drop(self.root.open_dir(parent, true)?);
        let dir = self
            .root
            .open_in(parent, OFlags::RDONLY | OFlags::DIRECTORY, Mode::empty())?;
        let name = if self.opts.privileged && !self.opts.userns {
            "trusted.overlay.opaque"
        } else {
            "user.overlay.opaque"
        };
        match rustix::fs::fsetxattr(&dir, name, b"y", XattrFlags::empty()) {
            Ok(()) => Ok(()),
            Err(Errno::PERM | Errno::NOTSUP) if !self.opts.privileged || self.opts.userns => self
                .aufs_marker(
                    dir.as_fd(),
                    OsStr::new(std::str::from_utf8(OPAQUE).unwrap_or(".wh..wh..opq")),
                ),
            Err(e) => Err(e.into()),
        }
    }

    fn aufs_marker(&mut self, dir: BorrowedFd<'_>, marker: &OsStr) -> io::Result<()> {
        let flags = OFlags::WRONLY | OFlags::CREATE | OFlags::NOFOLLOW | OFlags::CLOEXEC;
        drop(rustix::fs::openat(
            dir,
            marker,
            flags,
            Mode::from_raw_mode(0o600),
        )?);
        self.stats.aufs_whiteouts = true;
        Ok(())
    }

    fn set_xattrs(&mut self, fd: BorrowedFd<'_>, meta: &Meta) -> io::Result<()> {
        for (key, value) in &meta.xattrs {
            // Overlay's own xattrs would change how the layer is merged: never from a tar.
            if key.starts_with(b"trusted.overlay.") || key.starts_with(b"user.overlay.") {
                continue;
            }
            if !self.opts.privileged
                && (key.starts_with(b"trusted.") || key.starts_with(b"security."))
            {
                continue;
            }
            if self.opts.userns && key.starts_with(b"trusted.") {
                continue;
            }
            let name = String::from_utf8_lossy(key);
            match rustix::fs::fsetxattr(fd, name.as_ref(), value, XattrFlags::empty()) {
                Ok(()) => {}
                Err(e @ (Errno::NOTSUP | Errno::PERM | Errno::INVAL)) => {
                    if !self.warned_xattr {
                        log::warn!(
                            "cannot set extended attribute {name}: {e}; ignoring such attributes"
                        );
                        self.warned_xattr = true;
                    }
                }
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }
}
