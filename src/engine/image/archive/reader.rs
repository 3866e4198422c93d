//! Reading the members of an image archive by name: a plain tar file is indexed in place
//! (members are read at their offsets, nothing is copied), a compressed or streamed one is
//! unpacked into a work dir first, and an OCI layout directory is read through a root that
//! paths cannot leave. Names are cleaned; `..` that would leave the archive, and symlinks
//! that point out of it, are refused.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

use rustix::fs::{Mode, OFlags};
use tar::EntryType;

use crate::store::unpack::decompress::{Compression, decompressed, detect};
use crate::sys::rooted::RootDir;

const MAX_LINKS: usize = 16;

enum Member {
    /// In the indexed archive file at this offset.
    Span { offset: u64, size: u64 },
    /// Copied out into the work dir.
    Copied(PathBuf),
    /// A symlink or hard link to another member.
    Link(String),
}

pub struct ArchiveReader {
    members: HashMap<String, Member>,
    file: Option<PathBuf>,
    dir: Option<RootDir>,
}

fn bad(msg: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg)
}

/// Cleans a member name relative to `base` (a member's directory): `.` and empty parts
/// dropped, `..` climbs, refusing to climb out of the archive.
fn clean(base: &str, raw: &str) -> io::Result<String> {
    let mut parts: Vec<&str> = if raw.starts_with('/') {
        Vec::new()
    } else {
        base.split('/').filter(|p| !p.is_empty()).collect()
    };
    for p in raw.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                if parts.pop().is_none() {
                    return Err(bad(format!(
                        "archive member {raw:?} points outside the archive"
                    )));
                }
            }
            p => parts.push(p),
        }
    }
    Ok(parts.join("/"))
}

fn parent_of(name: &str) -> &str {
    name.rsplit_once('/').map_or("", |(d, _)| d)
}

impl ArchiveReader {
    /// A tar file (plain, gzip or zstd) or an OCI layout directory.
    pub fn open_path(path: &Path, work: &Path) -> io::Result<Self> {
        if path.is_dir() {
            return Ok(ArchiveReader {
                members: HashMap::new(),
                file: None,
                dir: Some(RootDir::open(path)?),
            });
        }
        let mut f = File::open(path)?;
        let mut head = [0u8; 4];
        let n = f.read(&mut head)?;
        f.seek(SeekFrom::Start(0))?;
        if detect(&head[..n]) != Compression::None {
            return Self::from_stream(f, work);
        }
        let mut members = HashMap::new();
        let mut archive = tar::Archive::new(f);
        for entry in archive.entries_with_seek().map_err(not_tar)? {
            add_member(&mut members, entry, |e| {
                Ok(Member::Span {
                    offset: e.raw_file_position(),
                    size: e.size(),
                })
            })?;
        }
        Ok(ArchiveReader {
            members,
            file: Some(path.to_path_buf()),
            dir: None,
        })
    }

    /// A tar stream (plain, gzip or zstd), unpacked member by member into `work`.
    pub fn from_stream(input: impl Read, work: &Path) -> io::Result<Self> {
        let plain = decompressed(input)?;
        let mut archive = tar::Archive::new(plain);
        let mut members = HashMap::new();
        for (n, entry) in archive.entries().map_err(not_tar)?.enumerate() {
            add_member(&mut members, entry, |e| {
                let copy = work.join(format!("member-{n}"));
                let mut out = BufWriter::new(File::create(&copy)?);
                io::copy(e, &mut out).map_err(truncated)?;
                out.into_inner().map_err(|e| e.into_error())?;
                Ok(Member::Copied(copy))
            })?;
        }
        Ok(ArchiveReader {
            members,
            file: None,
            dir: None,
        })
    }

    pub fn contains(&self, name: &str) -> bool {
        match &self.dir {
            Some(d) => d
                .open_in(Path::new(name), OFlags::PATH, Mode::empty())
                .is_ok(),
            None => self.members.contains_key(name),
        }
    }

    /// Opens a member: its reader and size.
    pub fn open(&self, name: &str) -> io::Result<(Box<dyn Read>, u64)> {
        let name = clean("", name)?;
        if let Some(d) = &self.dir {
            let fd = d
                .open_in(
                    Path::new(&name),
                    OFlags::RDONLY | OFlags::NONBLOCK,
                    Mode::empty(),
                )
                .map_err(|e| missing(&name, e))?;
            let f = File::from(fd);
            let meta = f.metadata()?;
            if !meta.is_file() {
                return Err(bad(format!("{name} in the layout is not a regular file")));
            }
            let size = meta.len();
            return Ok((Box::new(BufReader::with_capacity(256 << 10, f)), size));
        }
        let mut name = name;
        for _ in 0..MAX_LINKS {
            match self.members.get(&name) {
                None => return Err(missing(&name, io::ErrorKind::NotFound.into())),
                Some(Member::Link(t)) => name = t.clone(),
                Some(Member::Copied(p)) => {
                    let f = File::open(p)?;
                    let size = f.metadata()?.len();
                    return Ok((Box::new(BufReader::with_capacity(256 << 10, f)), size));
                }
                Some(Member::Span { offset, size }) => {
                    let path = self
                        .file
                        .as_deref()
                        .ok_or_else(|| bad("no archive".into()))?;
                    let mut f = File::open(path)?;
                    f.seek(SeekFrom::Start(*offset))?;
                    let r = BufReader::with_capacity(256 << 10, f.take(*size));
                    return Ok((Box::new(r), *size));
                }
            }
        }
        Err(bad(format!("archive member {name:?}: too many links")))
    }

    /// A small member (a manifest or config) read whole, refusing more than `limit` bytes.
    pub fn read_small(&self, name: &str, limit: u64) -> io::Result<Vec<u8>> {
        let (r, size) = self.open(name)?;
        if size > limit {
            return Err(bad(format!(
                "archive member {name} is too large ({size} bytes)"
            )));
        }
        let mut out = Vec::with_capacity(size as usize);
        r.take(limit).read_to_end(&mut out)?;
        Ok(out)
    }
}

/// Records one tar entry: a file through `file`, a link as its cleaned target; other kinds
/// (directories) are not members.
fn add_member<'a, R: Read + 'a>(
    members: &mut HashMap<String, Member>,
    entry: io::Result<tar::Entry<'a, R>>,
    file: impl FnOnce(&mut tar::Entry<'a, R>) -> io::Result<Member>,
) -> io::Result<()> {
    let mut e = entry.map_err(not_tar)?;
    let name = clean("", &String::from_utf8_lossy(&e.path_bytes()))?;
    let member = match e.header().entry_type() {
        EntryType::Regular | EntryType::Continuous => file(&mut e)?,
        kind => match link_target(&e, kind, &name)? {
            Some(t) => Member::Link(t),
            None => return Ok(()),
        },
    };
    members.insert(name, member);
    Ok(())
}

fn link_target<R: Read>(
    e: &tar::Entry<'_, R>,
    kind: EntryType,
    name: &str,
) -> io::Result<Option<String>> {
    let base = match kind {
        EntryType::Symlink => parent_of(name),
        EntryType::Link => "",
        _ => return Ok(None),
    };
    let Some(target) = e.link_name_bytes() else {
        return Ok(None);
    };
    Ok(Some(clean(base, &String::from_utf8_lossy(&target))?))
}

fn not_tar(e: io::Error) -> io::Error {
    bad(format!("not a valid tar archive: {e}"))
}

fn truncated(e: io::Error) -> io::Error {
    bad(format!("the archive is truncated or corrupt: {e}"))
}

fn missing(name: &str, e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("the archive has no {name} ({e})"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_names_inside_the_archive() {
        assert_eq!(clean("", "./a/b").unwrap(), "a/b");
        assert_eq!(clean("x/y", "../z").unwrap(), "x/z");
        assert_eq!(clean("x", "/abs/f").unwrap(), "abs/f");
        assert!(clean("", "../etc/passwd").is_err());
        assert!(clean("a", "../../b").is_err());
    }

    fn sample(path: &Path, escape: bool) {
        let mut b = tar::Builder::new(File::create(path).unwrap());
        let mut h = tar::Header::new_ustar();
        h.set_size(5);
        h.set_cksum();
        b.append_data(&mut h, "d/file", &b"hello"[..]).unwrap();
        let mut l = tar::Header::new_ustar();
        l.set_entry_type(EntryType::Symlink);
        l.set_size(0);
        b.append_link(&mut l, "d/alias", "file").unwrap();
        if escape {
            b.append_link(&mut l, "escape", "../../etc/passwd").unwrap();
        }
        b.finish().unwrap();
    }

    #[test]
    fn reads_members_and_links_in_place_and_streamed() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("bad.tar");
        sample(&bad, true);
        let err = ArchiveReader::open_path(&bad, dir.path()).err().unwrap();
        assert!(err.to_string().contains("outside the archive"), "{err}");
        let good = dir.path().join("good.tar");
        sample(&good, false);
        let indexed = ArchiveReader::open_path(&good, dir.path()).unwrap();
        let streamed = ArchiveReader::from_stream(File::open(&good).unwrap(), dir.path()).unwrap();
        for r in [indexed, streamed] {
            assert_eq!(r.read_small("d/alias", 100).unwrap(), b"hello");
            assert_eq!(r.read_small("./d/file", 100).unwrap(), b"hello");
            assert!(r.read_small("d/file", 2).is_err());
            assert!(r.open("nope").is_err());
        }
    }
}
