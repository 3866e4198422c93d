//! Docker's volume copy-up: an empty volume mounted where the image has files starts with a
//! copy of them (owners, modes, symlinks and special files kept). Both sides are walked
//! through directory descriptors with O_NOFOLLOW, so a container that shares the volume and
//! plants symlinks in it meanwhile cannot redirect a write outside it.

use std::os::fd::{AsFd, OwnedFd};
use std::path::Path;

use rustix::fs::{AtFlags, Dir, FileType, Mode, OFlags, Timestamps};

type Result<T> = std::result::Result<T, String>;

const DIR_FLAGS: OFlags = OFlags::DIRECTORY
    .union(OFlags::NOFOLLOW)
    .union(OFlags::RDONLY)
    .union(OFlags::CLOEXEC);

/// Copies the image's directory `from` (a descriptor for it in the rootfs, possibly O_PATH)
/// to `volume` (the directory `name` mounts there) if the volume is still empty.
pub fn populate(volume: &Path, from: &OwnedFd, name: &str) -> Result<()> {
    let err = |e: rustix::io::Errno| format!("copying the image's {name} into its volume: {e}");
    // the volume's own path is skiff's (or `/proc/self/fd/N` of it): followed; below it,
    // nothing is
    let dst = rustix::fs::open(
        volume,
        DIR_FLAGS.difference(OFlags::NOFOLLOW),
        Mode::empty(),
    )
    .map_err(err)?;
    if has_entries(&dst).map_err(err)? {
        return Ok(());
    }
    let src = rustix::fs::openat(from, ".", DIR_FLAGS, Mode::empty()).map_err(err)?;
    if !has_entries(&src).map_err(err)? {
        return Ok(());
    }
    let st = rustix::fs::fstat(&src).map_err(err)?;
    rustix::fs::fchown(
        &dst,
        Some(rustix::process::Uid::from_raw(st.st_uid)),
        Some(rustix::process::Gid::from_raw(st.st_gid)),
    )
    .map_err(err)?;
    rustix::fs::fchmod(&dst, Mode::from_raw_mode(st.st_mode & 0o7777)).map_err(err)?;
    copy_dir(&src, &dst).map_err(err)
}

fn has_entries(dir: &OwnedFd) -> rustix::io::Result<bool> {
    for e in Dir::read_from(dir)? {
        let name = e?.file_name().to_bytes().to_vec();
        if name != b"." && name != b".." {
            return Ok(true);
        }
    }
    Ok(false)
}

fn copy_dir(src: &OwnedFd, dst: &OwnedFd) -> rustix::io::Result<()> {
    for e in Dir::read_from(src)? {
        let e = e?;
        let name = e.file_name().to_owned();
        if name.as_bytes() == b"." || name.as_bytes() == b".." {
            continue;
        }
        let st = rustix::fs::statat(src, &name, AtFlags::SYMLINK_NOFOLLOW)?;
        let mode = Mode::from_raw_mode(st.st_mode & 0o7777);
        match FileType::from_raw_mode(st.st_mode) {
            FileType::Directory => {
                rustix::fs::mkdirat(dst, &name, Mode::from_raw_mode(0o700))?;
                let s = rustix::fs::openat(src, &name, DIR_FLAGS, Mode::empty())?;
                let d = rustix::fs::openat(dst, &name, DIR_FLAGS, Mode::empty())?;
                copy_dir(&s, &d)?;
                finish(&d, &st, mode)?;
            }
            FileType::RegularFile => {
                let s = rustix::fs::openat(
                    src,
                    &name,
                    OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                    Mode::empty(),
                )?;
                let d = rustix::fs::openat(
                    dst,
                    &name,
                    OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW,
                    Mode::from_raw_mode(0o600),
                )?;
                let (mut s, mut d) = (std::fs::File::from(s), std::fs::File::from(d));
                std::io::copy(&mut s, &mut d).map_err(|e| {
                    rustix::io::Errno::from_io_error(&e).unwrap_or(rustix::io::Errno::IO)
                })?;
                finish(&d, &st, mode)?;
            }
            FileType::Symlink => {
                let target = rustix::fs::readlinkat(src, &name, Vec::new())?;
                rustix::fs::symlinkat(&target, dst, &name)?;
                own_like(dst, &name, &st)?;
            }
            kind => {
                rustix::fs::mknodat(dst, &name, kind, mode, st.st_rdev)?;
                own_like(dst, &name, &st)?;
            }
        }
    }
    Ok(())
}

/// Gives `name` in `dir` (never followed) the owner in `st`.
fn own_like(dir: &OwnedFd, name: &std::ffi::CStr, st: &rustix::fs::Stat) -> rustix::io::Result<()> {
    rustix::fs::chownat(
        dir,
        name,
        Some(rustix::process::Uid::from_raw(st.st_uid)),
        Some(rustix::process::Gid::from_raw(st.st_gid)),
        AtFlags::SYMLINK_NOFOLLOW,
    )
}

/// Owner, mode (after the owner: chown clears set-id bits) and times of a copied entry.
fn finish<Fd: AsFd>(fd: Fd, st: &rustix::fs::Stat, mode: Mode) -> rustix::io::Result<()> {
    rustix::fs::fchown(
        &fd,
        Some(rustix::process::Uid::from_raw(st.st_uid)),
        Some(rustix::process::Gid::from_raw(st.st_gid)),
    )?;
    rustix::fs::fchmod(&fd, mode)?;
    let ts = |sec: i64, nsec: u64| rustix::fs::Timespec {
        tv_sec: sec,
        tv_nsec: nsec as _,
    };
    rustix::fs::futimens(
        &fd,
        &Timestamps {
            last_access: ts(st.st_atime, st.st_atime_nsec),
            last_modification: ts(st.st_mtime, st.st_mtime_nsec),
        },
    )
}
