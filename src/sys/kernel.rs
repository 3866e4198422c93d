//! The privileged calls a container's filesystem setup makes — mount(2) and mknod(2) —
//! behind one narrow trait: `Real` makes them, `Recording` writes them down, so the
//! runtime's plans (`runtime::plan`) run as ordinary unit tests without root. Everything
//! else the setup does (resolving paths inside the rootfs, mkdir, symlink) is plain file
//! work that a test can do in a temp dir.

use std::io;
use std::os::fd::BorrowedFd;
use std::path::Path;

bitflags::bitflags! {
    /// mount(2)'s flags.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct MsFlags: libc::c_ulong {
        const MS_RDONLY = libc::MS_RDONLY;
        const MS_NOSUID = libc::MS_NOSUID;
        const MS_NODEV = libc::MS_NODEV;
        const MS_NOEXEC = libc::MS_NOEXEC;
        const MS_REMOUNT = libc::MS_REMOUNT;
        const MS_BIND = libc::MS_BIND;
        const MS_REC = libc::MS_REC;
        const MS_PRIVATE = libc::MS_PRIVATE;
        const MS_STRICTATIME = libc::MS_STRICTATIME;
    }
}

/// mount(2).
pub fn mount<S: AsRef<std::ffi::OsStr> + ?Sized, T: AsRef<std::ffi::OsStr> + ?Sized>(
    source: Option<&S>,
    target: &T,
    fstype: Option<&str>,
    flags: MsFlags,
    data: Option<&str>,
) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let c = |b: &[u8]| CString::new(b).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput));
    let source = source.map(|s| c(s.as_ref().as_bytes())).transpose()?;
    let target = c(target.as_ref().as_bytes())?;
    let fstype = fstype.map(|s| c(s.as_bytes())).transpose()?;
    let data = data.map(|s| c(s.as_bytes())).transpose()?;
    let ptr = |s: &Option<CString>| s.as_ref().map_or(std::ptr::null(), |s| s.as_ptr());
    // SAFETY: every pointer is either null (allowed for source, fstype and data) or a
    // NUL-terminated string that outlives the call; mount(2) only reads them.
    let ret = unsafe {
        libc::mount(
            ptr(&source),
            target.as_ptr(),
            ptr(&fstype),
            flags.bits(),
            ptr(&data).cast(),
        )
    };
    if ret == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// umount2(target, MNT_DETACH).
pub fn detach(target: &Path) -> io::Result<()> {
    rustix::mount::unmount(target, rustix::mount::UnmountFlags::DETACH)?;
    Ok(())
}
/// A detached copy of the mount tree at `path` (open_tree OPEN_TREE_CLONE, recursive):
/// mountable into another mount namespace with `Kernel::attach`, where a bind of `path`
/// itself would be refused.
pub fn clone_tree(path: &Path) -> io::Result<std::os::fd::OwnedFd> {
    use rustix::mount::OpenTreeFlags as F;
    Ok(rustix::mount::open_tree(
        rustix::fs::CWD,
        path,
        F::OPEN_TREE_CLONE | F::OPEN_TREE_CLOEXEC | F::AT_RECURSIVE,
    )?)
}

/// `clone_tree` of `path` as process `pid` sees it: taken in its mount namespace, which
/// this process enters for that and leaves again (its working directory kept). Must be
/// single-threaded.
pub fn clone_tree_of(pid: i32, path: &Path) -> io::Result<std::os::fd::OwnedFd> {
    use rustix::thread::{LinkNameSpaceType, move_into_link_name_space};
    let ours = std::fs::File::open("/proc/self/ns/mnt")?;
    let theirs = std::fs::File::open(format!("/proc/{pid}/ns/mnt"))?;
    let cwd = std::fs::File::open(".")?;
    move_into_link_name_space(
        std::os::fd::AsFd::as_fd(&theirs),
        Some(LinkNameSpaceType::Mount),
    )?;
    let tree = clone_tree(path);
    let back = move_into_link_name_space(
        std::os::fd::AsFd::as_fd(&ours),
        Some(LinkNameSpaceType::Mount),
    );
    back?;
    rustix::process::fchdir(&cwd)?;
    tree
}

/// Makes the working directory the root (pivot_root(".", ".")), detaches the old root
/// stacked on it, and moves to the new `/`.
pub fn pivot_here() -> io::Result<()> {
    rustix::process::pivot_root(".", ".")?;
    detach(Path::new("."))?;
    rustix::process::chdir("/")?;
    Ok(())
}

/// Mounts a copy of the working directory's mount on top of it and moves there: a mount
/// made in a more privileged mount namespace is locked in ours (pivot_root refuses it),
/// its copy made here is not.
pub fn rebind_cwd() -> io::Result<()> {
    use rustix::mount::{MoveMountFlags, OpenTreeFlags};
    let tree = rustix::mount::open_tree(
        rustix::fs::CWD,
        ".",
        OpenTreeFlags::OPEN_TREE_CLONE | OpenTreeFlags::OPEN_TREE_CLOEXEC,
    )?;
    rustix::mount::move_mount(
        &tree,
        "",
        rustix::fs::CWD,
        ".",
        MoveMountFlags::MOVE_MOUNT_F_EMPTY_PATH,
    )?;
    rustix::process::fchdir(&tree)?;
    Ok(())
}

/// A device node's kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Node {
    Char,
    Block,
}

/// One mount(2): `target` is where it lands in this process (`/proc/self/fd/N` of a path
/// resolved inside the rootfs); `at` is that place as the container sees it.
#[derive(Clone, Copy, Debug)]
pub struct MountCall<'a> {
    pub source: Option<&'a Path>,
    pub target: &'a Path,
    pub fstype: Option<&'a str>,
    pub flags: MsFlags,
    pub data: Option<&'a str>,
    pub at: &'a str,
}

pub trait Kernel {
    fn mount(&mut self, m: &MountCall<'_>) -> io::Result<()>;
    /// Attaches the detached tree `tree` (`/proc/self/fd/N` of a `clone_tree`) on
    /// `target`; `at` is that place as the container sees it.
    fn attach(&mut self, tree: &Path, target: &Path, at: &str) -> io::Result<()>;
    /// Makes node `name` in directory `dir` with exactly `mode` (the umask does not apply).
    fn mknod(
        &mut self,
        dir: BorrowedFd<'_>,
        name: &str,
        kind: Node,
        mode: u32,
        major: u32,
        minor: u32,
    ) -> io::Result<()>;

    // The process itself, just before its exec.
    /// Writes the namespaced kernel parameter `key` (`net.ipv4.ip_forward`).
    fn sysctl(&mut self, key: &str, value: &str) -> io::Result<()>;
    fn set_hostname(&mut self, name: &str) -> io::Result<()>;
    fn set_domainname(&mut self, name: &str) -> io::Result<()>;
    /// This process's OOM killer preference (-1000..1000).
    fn set_oom_score_adj(&mut self, n: i32) -> io::Result<()>;
    /// This process's file mode creation mask.
    fn set_umask(&mut self, mask: u32);
    /// This process's execution domain (personality(2)).
    fn set_personality(&mut self, persona: u64) -> io::Result<()>;
    /// Limit `kind` (`NOFILE`, …); `u64::MAX` is unlimited.
    fn set_rlimit(&mut self, kind: &str, soft: u64, hard: u64) -> io::Result<()>;
    /// This process's hard limit for `kind` (`None`: unlimited).
    fn hard_rlimit(&mut self, kind: &str) -> io::Result<Option<u64>>;
    fn install_seccomp(&mut self, program: &[super::seccomp::Insn]) -> io::Result<()>;
    /// `keep` becomes the bounding set; inheritable and ambient are emptied.
    fn limit_capabilities(&mut self, keep: &[caps::Capability]) -> io::Result<()>;
    fn no_new_privs(&mut self) -> io::Result<()>;
    fn set_groups(&mut self, gids: &[u32]) -> io::Result<()>;
    /// Real, effective and saved.
    fn set_gid(&mut self, gid: u32) -> io::Result<()>;
    fn set_uid(&mut self, uid: u32) -> io::Result<()>;
}

/// The kernel itself.
pub struct Real;

impl Kernel for Real {
    fn mount(&mut self, m: &MountCall<'_>) -> io::Result<()> {
        mount(m.source, m.target, m.fstype, m.flags, m.data)
    }

    fn attach(&mut self, tree: &Path, target: &Path, _at: &str) -> io::Result<()> {
        use rustix::mount::MoveMountFlags as F;
        rustix::mount::move_mount(
            rustix::fs::CWD,
            tree,
            rustix::fs::CWD,
            target,
            F::MOVE_MOUNT_F_SYMLINKS | F::MOVE_MOUNT_T_SYMLINKS,
        )?;
        Ok(())
    }

    fn mknod(
        &mut self,
        dir: BorrowedFd<'_>,
        name: &str,
        kind: Node,
        mode: u32,
        major: u32,
        minor: u32,
    ) -> io::Result<()> {
        use rustix::fs::{AtFlags, FileType, Mode};
        let ft = match kind {
            Node::Char => FileType::CharacterDevice,
            Node::Block => FileType::BlockDevice,
        };
        let mode = Mode::from_raw_mode(mode);
        rustix::fs::mknodat(dir, name, ft, mode, rustix::fs::makedev(major, minor))?;
        rustix::fs::chmodat(dir, name, mode, AtFlags::empty())?;
        Ok(())
    }

    fn sysctl(&mut self, key: &str, value: &str) -> io::Result<()> {
        super::creds::sysctl(key, value)
    }
    fn set_hostname(&mut self, name: &str) -> io::Result<()> {
        super::creds::set_hostname(name)
    }
    fn set_domainname(&mut self, name: &str) -> io::Result<()> {
        super::creds::set_domainname(name)
    }
    fn set_oom_score_adj(&mut self, n: i32) -> io::Result<()> {
        std::fs::write("/proc/self/oom_score_adj", n.to_string())
    }
    fn set_umask(&mut self, mask: u32) {
        rustix::process::umask(rustix::fs::Mode::from_raw_mode(mask & 0o777));
    }
    fn set_personality(&mut self, persona: u64) -> io::Result<()> {
        // SAFETY: personality(2) takes a plain integer and changes only this process's
        // execution domain; it touches no memory of ours.
        let r = unsafe { libc::personality(persona as libc::c_ulong) };
        if r == -1 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }
    fn set_rlimit(&mut self, kind: &str, soft: u64, hard: u64) -> io::Result<()> {
        super::creds::set_rlimit(kind, soft, hard)
    }
    fn hard_rlimit(&mut self, kind: &str) -> io::Result<Option<u64>> {
        super::creds::hard_rlimit(kind)
    }
    fn install_seccomp(&mut self, program: &[super::seccomp::Insn]) -> io::Result<()> {
        super::seccomp::install(program)
    }
    fn limit_capabilities(&mut self, keep: &[caps::Capability]) -> io::Result<()> {
        super::creds::limit_capabilities(keep)
    }
    fn no_new_privs(&mut self) -> io::Result<()> {
        super::creds::no_new_privs()
    }
    fn set_groups(&mut self, gids: &[u32]) -> io::Result<()> {
        super::creds::set_groups(gids)
    }
    fn set_gid(&mut self, gid: u32) -> io::Result<()> {
        super::creds::set_gid(gid)
    }
    fn set_uid(&mut self, uid: u32) -> io::Result<()> {
        super::creds::set_uid(uid)
    }
}

/// Writes every call down as a line (`mount tmpfs /dev tmpfs MS_NOSUID mode=755`), and
/// answers the first mount at each place listed in `fail` with EPERM (as a kernel that
/// refuses a new sysfs, say); limits above `hard_limit` are refused with EPERM too (as for
/// an ordinary user), and `deny_groups` refuses setgroups (a user namespace that denies it).
#[derive(Debug, Default)]
pub struct Recording {
    pub calls: Vec<String>,
    pub fail: Vec<String>,
    pub hard_limit: Option<u64>,
    pub deny_groups: bool,
}

impl Recording {
    fn note(&mut self, call: String) -> io::Result<()> {
        self.calls.push(call);
        Ok(())
    }
}

impl Kernel for Recording {
    fn sysctl(&mut self, key: &str, value: &str) -> io::Result<()> {
        self.note(format!("sysctl {key}={value}"))
    }
    fn set_hostname(&mut self, name: &str) -> io::Result<()> {
        self.note(format!("hostname {name}"))
    }
    fn set_domainname(&mut self, name: &str) -> io::Result<()> {
        self.note(format!("domainname {name}"))
    }
    fn set_oom_score_adj(&mut self, n: i32) -> io::Result<()> {
        self.note(format!("oom_score_adj {n}"))
    }
    fn set_umask(&mut self, mask: u32) {
        let _ = self.note(format!("umask {mask:03o}"));
    }
    fn set_personality(&mut self, persona: u64) -> io::Result<()> {
        self.note(format!("personality {persona:#x}"))
    }
    fn set_rlimit(&mut self, kind: &str, soft: u64, hard: u64) -> io::Result<()> {
        if self.hard_limit.is_some_and(|max| hard > max) {
            return Err(io::Error::from_raw_os_error(libc::EPERM));
        }
        self.note(format!("rlimit {kind} {soft} {hard}"))
    }
    fn hard_rlimit(&mut self, _kind: &str) -> io::Result<Option<u64>> {
        Ok(self.hard_limit)
    }
    fn install_seccomp(&mut self, program: &[super::seccomp::Insn]) -> io::Result<()> {
        self.note(format!("seccomp {} instructions", program.len()))
    }
    fn limit_capabilities(&mut self, keep: &[caps::Capability]) -> io::Result<()> {
        let names: Vec<String> = keep.iter().map(|c| c.to_string()).collect();
        self.note(format!("capabilities {}", names.join(",")))
    }
    fn no_new_privs(&mut self) -> io::Result<()> {
        self.note("no_new_privs".into())
    }
    fn set_groups(&mut self, gids: &[u32]) -> io::Result<()> {
        if self.deny_groups {
            return Err(io::Error::from_raw_os_error(libc::EPERM));
        }
        let g: Vec<String> = gids.iter().map(u32::to_string).collect();
        self.note(format!("groups {}", g.join(",")))
    }
    fn set_gid(&mut self, gid: u32) -> io::Result<()> {
        self.note(format!("gid {gid}"))
    }
    fn set_uid(&mut self, uid: u32) -> io::Result<()> {
        self.note(format!("uid {uid}"))
    }

    fn attach(&mut self, tree: &Path, _target: &Path, at: &str) -> io::Result<()> {
        self.calls.push(format!("attach {} {at}", tree.display()));
        Ok(())
    }

    fn mount(&mut self, m: &MountCall<'_>) -> io::Result<()> {
        let src = m.source.map_or("-".into(), |s| s.display().to_string());
        let flags: Vec<&str> = m.flags.iter_names().map(|(n, _)| n).collect();
        self.calls.push(format!(
            "mount {src} {} {} {} {}",
            m.at,
            m.fstype.unwrap_or("-"),
            if flags.is_empty() {
                "-".into()
            } else {
                flags.join("|")
            },
            m.data.unwrap_or("-")
        ));
        if let Some(i) = self.fail.iter().position(|f| f == m.at) {
            self.fail.remove(i);
            return Err(io::Error::from_raw_os_error(libc::EPERM));
        }
        Ok(())
    }

    fn mknod(
        &mut self,
        _dir: BorrowedFd<'_>,
        name: &str,
        kind: Node,
        mode: u32,
        major: u32,
        minor: u32,
    ) -> io::Result<()> {
        self.calls
            .push(format!("mknod {name} {kind:?} {mode:o} {major}:{minor}"));
        Ok(())
    }
}
