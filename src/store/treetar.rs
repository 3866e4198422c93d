//! A tar of one file or directory tree reached through open file descriptors: every name
//! below the top is opened relative to its parent with `O_NOFOLLOW`, so a tree that changes
//! underneath (a running container's, with symlinks planted in it) can never lead the walk
//! anywhere else. Hard links are kept, sockets skipped, a file that shrinks meanwhile is
//! padded to the size its header gave. For `cp`.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

use rustix::fs::{AtFlags, FileType, Mode, OFlags, Stat};
use tar::{EntryType, Header};

/// Writes the tree at `top` (an `O_PATH` descriptor of a file, directory or symlink) to
/// `out`, named `name`; with `contents`, a directory's entries go at the top instead.
pub fn tar_tree<W: Write>(
    out: &mut tar::Builder<W>,
    top: &OwnedFd,
    name: &str,
    contents: bool,
) -> io::Result<()> {
    let st = rustix::fs::fstat(top)?;
    let mut w = Walk {
        out,
        links: HashMap::new(),
    };
    let kind = FileType::from_raw_mode(st.st_mode);
    if kind == FileType::Directory {
        let dir = reopen(top, OFlags::RDONLY | OFlags::DIRECTORY)?;
        let prefix = if contents {
            String::new()
        } else {
            w.header_only(name, &st, EntryType::Directory)?;
            format!("{name}/")
        };
        return w.children(&dir, &prefix);
    }
    match kind {
        FileType::RegularFile => {
            let f = File::from(reopen(top, OFlags::RDONLY | OFlags::NONBLOCK)?);
            w.file(name, &st, f)
        }
        FileType::Symlink => {
            let target = rustix::fs::readlinkat(top, "", Vec::new())?;
            w.symlink(name, &st, target.as_bytes())
        }
        _ => w.special(name, &st),
    }
}

/// Opens what an `O_PATH` descriptor refers to, for reading.
fn reopen(fd: &OwnedFd, flags: OFlags) -> io::Result<OwnedFd> {
    let path = PathBuf::from(format!(
        "/proc/self/fd/{}",
        std::os::fd::AsRawFd::as_raw_fd(fd)
    ));
    Ok(rustix::fs::open(
        &path,
        flags | OFlags::CLOEXEC,
        Mode::empty(),
    )?)
}

struct Walk<'a, W: Write> {
    out: &'a mut tar::Builder<W>,
    /// (device, inode) of files with several links → the name written first.
    links: HashMap<(u64, u64), String>,
}

fn header(st: &Stat, kind: EntryType) -> Header {
    let mut h = Header::new_gnu();
    h.set_entry_type(kind);
    h.set_mode(st.st_mode & 0o7777);
    h.set_uid(u64::from(st.st_uid));
    h.set_gid(u64::from(st.st_gid));
    h.set_mtime(u64::try_from(st.st_mtime).unwrap_or(0));
    h.set_size(0);
    h
}

impl<W: Write> Walk<'_, W> {
    fn header_only(&mut self, name: &str, st: &Stat, kind: EntryType) -> io::Result<()> {
        let mut h = header(st, kind);
        let name = if kind == EntryType::Directory {
            format!("{name}/")
        } else {
            name.to_string()
        };
        self.out.append_data(&mut h, name, io::empty())
    }

    fn children(&mut self, dir: &OwnedFd, prefix: &str) -> io::Result<()> {
        let mut names: Vec<Vec<u8>> = Vec::new();
        for e in rustix::fs::Dir::read_from(dir)? {
            let e = e?;
            let n = e.file_name().to_bytes();
            if n != b"." && n != b".." {
                names.push(n.to_vec());
            }
        }
        names.sort();
        for n in names {
            let os = OsStr::from_bytes(&n);
            let name = format!("{prefix}{}", String::from_utf8_lossy(&n));
            self.child(dir.as_fd(), os, &name)?;
        }
        Ok(())
    }

    fn child(&mut self, dir: BorrowedFd<'_>, os: &OsStr, name: &str) -> io::Result<()> {
        let st = match rustix::fs::statat(dir, os, AtFlags::SYMLINK_NOFOLLOW) {
            Ok(st) => st,
            Err(rustix::io::Errno::NOENT) => return Ok(()), // gone meanwhile
            Err(e) => return Err(e.into()),
        };
        let nofollow = OFlags::NOFOLLOW | OFlags::CLOEXEC;
        match FileType::from_raw_mode(st.st_mode) {
            FileType::Directory => {
                self.header_only(name, &st, EntryType::Directory)?;
                let sub = rustix::fs::openat(
                    dir,
                    os,
                    OFlags::RDONLY | OFlags::DIRECTORY | nofollow,
                    Mode::empty(),
                )?;
                self.children(&sub, &format!("{name}/"))
            }
            FileType::RegularFile => {
                let fd = rustix::fs::openat(
                    dir,
                    os,
                    OFlags::RDONLY | OFlags::NONBLOCK | nofollow,
                    Mode::empty(),
                )?;
                self.file(name, &st, File::from(fd))
            }
            FileType::Symlink => {
                let target = rustix::fs::readlinkat(dir, os, Vec::new())?;
                self.symlink(name, &st, target.as_bytes())
            }
            FileType::Socket => Ok(()),
            _ => self.special(name, &st),
        }
    }

    fn file(&mut self, name: &str, st: &Stat, f: File) -> io::Result<()> {
        let now = rustix::fs::fstat(&f)?;
        if FileType::from_raw_mode(now.st_mode) != FileType::RegularFile {
            return Err(io::Error::other(format!(
                "{name} changed while being copied"
            )));
        }
        if st.st_nlink > 1 {
            let key = (st.st_dev, st.st_ino);
            if let Some(first) = self.links.get(&key) {
                let mut h = header(st, EntryType::Link);
                return self.out.append_link(&mut h, name, first.clone());
            }
            self.links.insert(key, name.to_string());
        }
        let size = u64::try_from(now.st_size).unwrap_or(0);
        let mut h = header(&now, EntryType::Regular);
        h.set_size(size);
        // exactly `size` bytes, however the file changes meanwhile
        let data = f.take(size).chain(io::repeat(0)).take(size);
        self.out.append_data(&mut h, name, data)
    }

    fn symlink(&mut self, name: &str, st: &Stat, target: &[u8]) -> io::Result<()> {
        let mut h = header(st, EntryType::Symlink);
        self.out
            .append_link(&mut h, name, OsStr::from_bytes(target))
    }

    fn special(&mut self, name: &str, st: &Stat) -> io::Result<()> {
        let kind = match FileType::from_raw_mode(st.st_mode) {
            FileType::CharacterDevice => EntryType::Char,
            FileType::BlockDevice => EntryType::Block,
            FileType::Fifo => EntryType::Fifo,
            _ => return Ok(()),
        };
        let mut h = header(st, kind);
        h.set_device_major(rustix::fs::major(st.st_rdev))?;
        h.set_device_minor(rustix::fs::minor(st.st_rdev))?;
        self.out.append_data(&mut h, name, io::empty())
    }
}
