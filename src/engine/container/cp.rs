//! `cp`: files between the host and a container, in either direction, with docker's path
//! rules. The container side is always reached through its root directory with every path
//! resolved inside it (`openat2(RESOLVE_IN_ROOT)`) and every name below opened without
//! following symlinks, so a container's planted symlinks cannot make skiff read or write
//! outside it; nothing from the container is ever run. A running container's root is
//! `/proc/PID/root` (its volumes included); a stopped one's is mounted for the copy by a
//! child process in a mount namespace of its own. An ordinary user copies from a child in
//! the container's user namespace (a stopped one's: the store's), so files of the
//! container's other ids are reachable and keep their owners.

use std::io::{self, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::path::{Path, PathBuf};

use rustix::fs::{FileType, Mode, OFlags};

use crate::engine::{Engine, EngineError};
use crate::state::Status;
use crate::store::treetar::tar_tree;
use crate::store::unpack::{UnpackOptions, unpack_at};
use crate::sys::rooted::RootDir;

/// One end of a copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CpPath {
    Host(PathBuf),
    /// `-`: a tar stream on stdin or stdout.
    Stream,
    Container {
        container: String,
        path: String,
    },
}

impl CpPath {
    /// The path on its side; None for a stream.
    fn path(&self) -> Option<String> {
        match self {
            CpPath::Stream => None,
            CpPath::Host(p) => Some(p.display().to_string()),
            CpPath::Container { path, .. } => Some(path.clone()),
        }
    }
}

#[derive(Clone, Copy, Debug, Default)]
pub struct CpOptions {
    /// Keep the source's owners (`-a`).
    pub archive: bool,
    /// Follow a symlink named as the source (`-L`).
    pub follow_link: bool,
    /// A directory may replace a non-directory and the other way round (podman's
    /// `--overwrite`; docker refuses).
    pub overwrite: bool,
}

/// Where a side's paths resolve: the host's filesystem, or a container's root.
enum Side<'a> {
    Host,
    Container { root: &'a RootDir, name: &'a str },
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

impl Side<'_> {
    fn rel(path: &str) -> PathBuf {
        PathBuf::from(path.trim_start_matches('/'))
    }

    /// An `O_PATH` descriptor of the source; the last component is followed only when asked.
    fn open_source(&self, path: &str, follow: bool) -> Result<OwnedFd, String> {
        let flags = OFlags::PATH
            | if follow {
                OFlags::empty()
            } else {
                OFlags::NOFOLLOW
            };
        let r = match self {
            Side::Host => rustix::fs::open(path, flags | OFlags::CLOEXEC, Mode::empty())
                .map_err(io::Error::from),
            Side::Container { root, .. } => root.open_in(&Self::rel(path), flags, Mode::empty()),
        };
        r.map_err(|e| match (self, e.kind()) {
            (Side::Container { name, .. }, io::ErrorKind::NotFound) => {
                format!("Could not find the file {path} in container {name}")
            }
            (Side::Host, io::ErrorKind::NotFound) => {
                format!("lstat {path}: no such file or directory")
            }
            _ => format!("{path}: {e}"),
        })
    }

    /// What is at `path` (symlinks followed), if anything.
    fn kind(&self, path: &str) -> Result<Option<FileType>, String> {
        let fd = match self {
            Side::Host => rustix::fs::open(path, OFlags::PATH | OFlags::CLOEXEC, Mode::empty())
                .map_err(io::Error::from),
            Side::Container { root, .. } => {
                root.open_in(&Self::rel(path), OFlags::PATH, Mode::empty())
            }
        };
        match fd {
            Ok(fd) => Ok(Some(FileType::from_raw_mode(
                rustix::fs::fstat(&fd).map_err(err)?.st_mode,
            ))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(format!("{path}: {e}")),
        }
    }

    /// Unpacks `tar` into directory `dir` of this side, creating it (and its parents).
    fn extract(&self, tar: impl io::Read, dir: &str, archive: bool) -> Result<(), String> {
        let privileged = crate::sys::is_root();
        let caller = crate::sys::effective_ids();
        let (root, prefix, owner) = match self {
            Side::Host => {
                let dir = if dir.is_empty() { "." } else { dir };
                std::fs::create_dir_all(dir).map_err(|e| format!("creating {dir}: {e}"))?;
                (
                    RootDir::open(Path::new(dir)).map_err(err)?,
                    PathBuf::new(),
                    caller,
                )
            }
            Side::Container { root, .. } => {
                let rel = Self::rel(dir);
                root.open_dir(&rel, true)
                    .map_err(|e| format!("creating {dir} in the container: {e}"))?;
                let owner = if privileged { (0, 0) } else { caller };
                (root.try_clone().map_err(err)?, rel, owner)
            }
        };
        let opts = UnpackOptions {
            privileged,
            // root of the rootless user namespace (a stopped container's copy) makes no devices
            userns: !crate::sys::in_initial_userns(),
            whiteouts: false,
            owner: (!archive).then_some(owner),
            // a container's device nodes are not recreated on the host
            devices: !matches!(self, Side::Host),
        };
        unpack_at(tar, root, &prefix, opts).map_err(err)?;
        Ok(())
    }
}

/// The last component of a path, for naming what is copied.
fn base_name(path: &str) -> String {
    let trimmed = path.trim_end_matches('/');
    let trimmed = trimmed.strip_suffix("/.").unwrap_or(trimmed);
    Path::new(trimmed)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "root".into())
}

fn parent_of(path: &str) -> String {
    let p = Path::new(path.trim_end_matches('/'));
    match p.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.display().to_string(),
        _ if path.starts_with('/') => "/".into(),
        _ => ".".into(),
    }
}

/// Copies `src` on `from` to `dst` on `to`, docker's way.
fn copy(
    from: &Side<'_>,
    src: &CpPath,
    to: &Side<'_>,
    dst: &CpPath,
    o: CpOptions,
) -> Result<(), String> {
    let dst_path = dst.path();
    let Some(src_path) = src.path() else {
        let dir = dst_path.unwrap_or_default();
        if to.kind(&dir)? != Some(FileType::Directory) {
            return Err(format!(
                "destination {dir} must be a directory when copying from a stream"
            ));
        }
        return to.extract(io::stdin().lock(), &dir, o.archive);
    };
    let contents = src_path.ends_with("/.");
    let follow = o.follow_link || src_path.ends_with('/') || contents;
    let top = from.open_source(&src_path, follow)?;
    let src_kind = FileType::from_raw_mode(rustix::fs::fstat(&top).map_err(err)?.st_mode);
    let is_dir = src_kind == FileType::Directory;
    if src_path.ends_with('/') && !is_dir {
        return Err(format!("{src_path}: not a directory"));
    }
    let Some(dst_path) = dst_path else {
        let mut out = io::BufWriter::with_capacity(1 << 20, io::stdout().lock());
        let mut b = tar::Builder::new(&mut out);
        tar_tree(&mut b, &top, &base_name(&src_path), contents && is_dir).map_err(err)?;
        b.into_inner().and_then(|w| w.flush()).map_err(err)?;
        return Ok(());
    };
    let (dir, name, contents) = match to.kind(&dst_path)? {
        Some(FileType::Directory) => (dst_path.clone(), base_name(&src_path), contents && is_dir),
        Some(_) if is_dir && o.overwrite => (parent_of(&dst_path), base_name(&dst_path), contents),
        Some(_) if is_dir => {
            return Err(format!(
                "cannot copy a directory to a file: {dst_path} exists and is not a directory"
            ));
        }
        Some(_) => (parent_of(&dst_path), base_name(&dst_path), false),
        None if dst_path.ends_with('/') && !is_dir => {
            return Err(format!("destination directory {dst_path} does not exist"));
        }
        None => (parent_of(&dst_path), base_name(&dst_path), false),
    };
    // what is there by that name must be of the same kind, unless --overwrite (docker's
    // check: a file never silently replaces a directory tree)
    if !o.overwrite && !contents {
        let target = format!("{}/{name}", dir.trim_end_matches('/'));
        match to.kind(&target)? {
            Some(FileType::Directory) if !is_dir => {
                return Err(format!(
                    "cannot overwrite directory {target:?} with non-directory {src_path:?} (--overwrite allows it)"
                ));
            }
            Some(k) if is_dir && k != FileType::Directory => {
                return Err(format!(
                    "cannot overwrite non-directory {target:?} with directory {src_path:?} (--overwrite allows it)"
                ));
            }
            _ => {}
        }
    }
    // the walk writes a tar into a pipe, the extraction reads it
    let (rx, mut tx) = io::pipe().map_err(err)?;
    std::thread::scope(|s| {
        let writer = s.spawn(move || {
            let mut b = tar::Builder::new(io::BufWriter::with_capacity(1 << 20, &mut tx));
            tar_tree(&mut b, &top, &name, contents)?;
            b.into_inner()?.flush()
        });
        let extracted = to.extract(io::BufReader::with_capacity(1 << 20, rx), &dir, o.archive);
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("copy thread panicked")));
        extracted?;
        written.map_err(|e| format!("reading {src_path}: {e}"))
    })
}

impl Engine {
    pub fn copy_files(&self, src: &CpPath, dst: &CpPath, o: CpOptions) -> Result<(), EngineError> {
        let container = match (src, dst) {
            (CpPath::Container { .. }, CpPath::Container { .. }) => {
                return Err(EngineError::Invalid(
                    "copying between containers is not supported".into(),
                ));
            }
            (CpPath::Container { container, .. }, _) | (_, CpPath::Container { container, .. }) => {
                container
            }
            _ => {
                return Err(EngineError::Invalid(
                    "must specify at least one container source".into(),
                ));
            }
        };
        let id = self.containers()?.resolve(container)?;
        let (c, s) = self.load_container(&id)?;
        let run = |root: RootDir| {
            let side = Side::Container {
                root: &root,
                name: container,
            };
            match src {
                CpPath::Container { .. } => copy(&side, src, &Side::Host, dst, o),
                _ => copy(&Side::Host, src, &side, dst, o),
            }
        };
        let result = if matches!(s.status, Status::Running | Status::Paused) && s.process_alive() {
            let open = || {
                RootDir::open(Path::new(&format!(
                    "/proc/{}/root",
                    Self::namespace_pid(&c, &s)
                )))
                .map_err(|e| format!("opening {}'s root: {e}", c.name))
            };
            if c.spec.linux.rootless && crate::sys::in_initial_userns() {
                // an ordinary user copies as root of the container's user namespace: files
                // of its other ids are readable and keep their owners (`-a`), as in podman
                let pidfd =
                    crate::sys::process::pidfd(Self::namespace_pid(&c, &s)).ok_or_else(|| {
                        EngineError::Other(format!("{} is no longer running", c.name))
                    })?;
                crate::sys::userns::in_joined_child(pidfd.as_fd(), false, || {
                    open().and_then(run).map(|()| String::new())
                })
                .map(drop)
            } else {
                open().and_then(run)
            }
        } else {
            crate::runtime::rootview::with_stopped_rootfs(&c.spec, run)
        };
        result.map_err(EngineError::Other)
    }
}
