//! Unpacks one layer tar into its own, initially empty directory (an overlay lowerdir).
//!
//! Owns: creating files, dirs, links, devices with their modes, owners, mtimes and xattrs;
//! turning OCI whiteouts into overlayfs ones. Must never: touch anything outside the
//! layer directory (every path resolves inside it, `..` refuses the layer), follow a
//! symlink from the tar, fsync per file (the caller syncs the filesystem once).

pub mod decompress;
pub mod entry;
mod ops;

use std::io::{self, Read};
use std::path::{Path, PathBuf};

use tar::EntryType;

use crate::store::tarsplit::{Recorder, SplitMarks};
use crate::sys::rooted::{RootDir, split_parent};
use entry::{Whiteout, classify, clean_path};
use ops::{Meta, Ops};

#[derive(Clone, Copy, Debug)]
pub struct UnpackOptions {
    /// Running as root: set owners, create device nodes, overlay whiteouts and trusted xattrs.
    pub privileged: bool,
    /// Root of a user namespace an ordinary user owns: owners are set (within its mapped
    /// ranges) and whiteouts are overlay's, but device nodes are skipped and overlay's
    /// opaque marker is the `user.` xattr (overlay mounted with `userxattr`).
    pub userns: bool,
    /// `.wh.` entries are whiteouts (a layer), not plain files (`cp`).
    pub whiteouts: bool,
    /// Every entry gets this owner instead of the tar's (`cp` without `-a`).
    pub owner: Option<(u32, u32)>,
    /// Device nodes are created (when privileged); `cp` out to the host skips them.
    pub devices: bool,
}

impl UnpackOptions {
    /// For a build context sent as a tar: files only, the caller's owner, no devices.
    pub fn context() -> Self {
        UnpackOptions {
            privileged: false,
            userns: false,
            whiteouts: false,
            owner: None,
            devices: false,
        }
    }

    /// For an image layer: owners set when we are root (of the host, or of the rootless
    /// user namespace), overlay markers in the form the store's overlay mounts expect.
    pub fn layer(rootless: bool) -> Self {
        UnpackOptions {
            privileged: crate::sys::is_root(),
            userns: rootless,
            whiteouts: true,
            owner: None,
            devices: true,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UnpackStats {
    /// Bytes of regular file content, as docker counts a layer's size.
    pub size: u64,
    pub entries: u64,
    /// Whiteouts had to stay in AUFS form (`.wh.*` files): no privilege for overlay's.
    pub aufs_whiteouts: bool,
    pub skipped_devices: u64,
    /// Length of the whole stream, when recorded.
    pub tar_size: u64,
}

#[derive(Debug, thiserror::Error)]
pub enum UnpackError {
    #[error("layer entry {0:?} points outside the layer")]
    Escape(String),
    #[error("layer entry {entry:?} is a hard link to {target:?}, which is not in the layer")]
    HardlinkTarget { entry: String, target: String },
    #[error("layer entry {entry:?}: {error}")]
    Entry { entry: String, error: io::Error },
    #[error("reading layer: {0}")]
    Read(io::Error),
}

/// Unpacks the tar stream into `dest` (an existing, empty directory). Returns the stats and
/// the stream, positioned after the tar's end, so the caller can hash what is left.
pub fn unpack<R: Read>(
    stream: R,
    dest: &Path,
    opts: UnpackOptions,
) -> Result<(UnpackStats, R), UnpackError> {
    let root = RootDir::open(dest).map_err(|error| UnpackError::Entry {
        entry: ".".into(),
        error,
    })?;
    unpack_marked(stream, root, Path::new(""), opts, None)
}

/// Unpacks the tar stream under `prefix` inside `root` (an open directory: paths, symlinks
/// included, resolve as if it were `/`). For `cp` into a container.
pub fn unpack_at<R: Read>(
    stream: R,
    root: RootDir,
    prefix: &Path,
    opts: UnpackOptions,
) -> Result<UnpackStats, UnpackError> {
    unpack_marked(stream, root, prefix, opts, None).map(|(s, _)| s)
}

/// [`unpack`], recording the stream without file contents at `split` (see
/// [`crate::store::tarsplit`]) so that the exact tar can be produced again. Reads the stream
/// to its end; returns its length in `UnpackStats::tar_size`.
pub fn unpack_recorded<R: Read>(
    stream: R,
    dest: &Path,
    opts: UnpackOptions,
    split: &Path,
) -> Result<(UnpackStats, R), UnpackError> {
    let (recorder, marks) =
        Recorder::create(stream, split).map_err(|error| UnpackError::Entry {
            entry: "(tar-split)".into(),
            error,
        })?;
    let root = RootDir::open(dest).map_err(|error| UnpackError::Entry {
        entry: ".".into(),
        error,
    })?;
    let (mut stats, recorder) = unpack_marked(recorder, root, Path::new(""), opts, Some(&marks))?;
    let (inner, total) = recorder.finish().map_err(UnpackError::Read)?;
    stats.tar_size = total;
    Ok((stats, inner))
}

fn unpack_marked<R: Read>(
    stream: R,
    root: RootDir,
    prefix: &Path,
    opts: UnpackOptions,
    marks: Option<&SplitMarks>,
) -> Result<(UnpackStats, R), UnpackError> {
    let mut ops = Ops::new(root, opts);
    let mut archive = tar::Archive::new(stream);
    let mut deferred: Vec<(PathBuf, Meta)> = Vec::new();
    {
        let entries = archive.entries().map_err(UnpackError::Read)?;
        for item in entries {
            let mut e = item.map_err(UnpackError::Read)?;
            let kind = e.header().entry_type();
            if matches!(kind, EntryType::XGlobalHeader | EntryType::XHeader) {
                continue;
            }
            let raw = e.path_bytes().into_owned();
            let name_for_errors = || String::from_utf8_lossy(&raw).into_owned();
            let Some(path) = clean_path(&raw)? else {
                continue; // the layer root itself
            };
            let path = prefix.join(path);
            let mut meta = Meta::from_entry(&mut e).map_err(|error| UnpackError::Entry {
                entry: name_for_errors(),
                error,
            })?;
            if let Some((uid, gid)) = opts.owner {
                meta.set_owner(uid, gid);
            }
            ops.stats.entries += 1;
            let content =
                marks.filter(|_| matches!(kind, EntryType::Regular | EntryType::Continuous));
            if let Some(m) = content {
                m.begin_content(&path);
            }
            let result = apply(&mut ops, &mut e, kind, &path, &meta, &mut deferred);
            if let Some(m) = content {
                m.end_content();
            }
            match result {
                Ok(()) => {}
                Err(ApplyError::Io(error)) => {
                    return Err(UnpackError::Entry {
                        entry: name_for_errors(),
                        error,
                    });
                }
                Err(ApplyError::Fatal(err)) => return Err(err),
            }
        }
    }
    // Directory modes and mtimes last: creating children changed the mtimes, and a
    // read-only mode would have blocked them.
    for (path, meta) in deferred.iter().rev() {
        ops.finish_dir(path, meta)
            .map_err(|error| UnpackError::Entry {
                entry: path.display().to_string(),
                error,
            })?;
    }
    let stats = ops.stats.clone();
    Ok((stats, archive.into_inner()))
}

enum ApplyError {
    Io(io::Error),
    Fatal(UnpackError),
}

impl From<io::Error> for ApplyError {
    fn from(e: io::Error) -> Self {
        ApplyError::Io(e)
    }
}

fn apply<R: Read>(
    ops: &mut Ops,
    e: &mut tar::Entry<'_, R>,
    kind: EntryType,
    path: &Path,
    meta: &Meta,
    deferred: &mut Vec<(PathBuf, Meta)>,
) -> Result<(), ApplyError> {
    let Some((parent, name)) = split_parent(path) else {
        return Ok(());
    };
    let kind_of_name = if ops.whiteouts() {
        classify(name)
    } else {
        Whiteout::None
    };
    match kind_of_name {
        Whiteout::Opaque => {
            ops.forget_parent();
            return Ok(ops.opaque(parent)?);
        }
        Whiteout::AufsMeta => return Ok(()),
        Whiteout::Remove(target) => {
            ops.forget_parent();
            return Ok(ops.whiteout(parent, target, name)?);
        }
        Whiteout::None => {}
    }
    match kind {
        EntryType::Regular | EntryType::Continuous | EntryType::GNUSparse => {
            ops.regular(parent, name, e, meta)?;
        }
        EntryType::Directory => {
            ops.forget_parent();
            ops.directory(parent, name, meta)?;
            deferred.push((path.to_path_buf(), meta.clone()));
        }
        EntryType::Symlink => {
            ops.forget_parent();
            let target = e
                .link_name_bytes()
                .ok_or_else(|| io::Error::other("symlink without a target"))?;
            ops.symlink(parent, name, &target, meta)?;
        }
        EntryType::Link => {
            ops.forget_parent();
            let raw = e
                .link_name_bytes()
                .ok_or_else(|| io::Error::other("hard link without a target"))?;
            let target = clean_path(&raw)
                .map_err(ApplyError::Fatal)?
                .ok_or_else(|| io::Error::other("hard link to the layer root"))?;
            match ops.hardlink(parent, name, &target) {
                Err(err) if err.kind() == io::ErrorKind::NotFound => {
                    return Err(ApplyError::Fatal(UnpackError::HardlinkTarget {
                        entry: path.display().to_string(),
                        target: target.display().to_string(),
                    }));
                }
                other => other?,
            }
        }
        EntryType::Char | EntryType::Block | EntryType::Fifo => {
            ops.forget_parent();
            let major = e.header().device_major().ok().flatten().unwrap_or(0);
            let minor = e.header().device_minor().ok().flatten().unwrap_or(0);
            ops.special(parent, name, kind, major, minor, meta)?;
        }
        other => {
            log::debug!("skipping tar entry {} of type {other:?}", path.display());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
