//! Creating processes in new namespaces, and the few raw syscalls the runtime needs.

use std::io;
use std::os::fd::{AsRawFd, BorrowedFd};

/// Namespace flags for `clone_into`.
pub const CLONE_NEWNS: u64 = libc::CLONE_NEWNS as u64;
pub const CLONE_NEWUTS: u64 = libc::CLONE_NEWUTS as u64;
pub const CLONE_NEWIPC: u64 = libc::CLONE_NEWIPC as u64;
pub const CLONE_NEWPID: u64 = libc::CLONE_NEWPID as u64;
pub const CLONE_NEWNET: u64 = libc::CLONE_NEWNET as u64;
pub const CLONE_NEWCGROUP: u64 = libc::CLONE_NEWCGROUP as u64;
pub const CLONE_NEWUSER: u64 = libc::CLONE_NEWUSER as u64;
const CLONE_INTO_CGROUP: u64 = 0x2_0000_0000;
/// The new process is the caller's sibling: its parent is the caller's parent.
pub const CLONE_PARENT: u64 = 0x8000;

pub enum Fork {
    Parent(i32),
    Child,
}

/// `struct clone_args` (linux/sched.h, version 2 with `cgroup`).
#[repr(C)]
#[derive(Default)]
struct CloneArgs {
    flags: u64,
    pidfd: u64,
    child_tid: u64,
    parent_tid: u64,
    exit_signal: u64,
    stack: u64,
    stack_size: u64,
    tls: u64,
    set_tid: u64,
    set_tid_size: u64,
    cgroup: u64,
}

/// Forks into the namespaces in `flags`, optionally straight into the cgroup `cgroup`
/// (cgroup v2). Like `fork`, it returns twice.
///
/// The caller must be single-threaded: the child gets a copy of this one thread only.
pub fn clone_into(flags: u64, cgroup: Option<BorrowedFd<'_>>) -> io::Result<Fork> {
    let mut args = CloneArgs {
        flags,
        // With CLONE_PARENT the child inherits the caller's exit signal; clone3 insists on 0.
        exit_signal: if flags & CLONE_PARENT != 0 {
            0
        } else {
            libc::SIGCHLD as u64
        },
        ..CloneArgs::default()
    };
    if let Some(fd) = cgroup {
        args.flags |= CLONE_INTO_CGROUP;
        args.cgroup = fd.as_raw_fd() as u64;
    }
    // SAFETY: clone3 without CLONE_VM/CLONE_THREAD and with a NULL stack behaves like fork:
    // the child runs on a copy of the caller's address space and stack. `args` is a valid,
    // fully initialised clone_args of the size passed. The caller guarantees no other thread
    // exists, so the child cannot inherit a lock held by another thread.
    let ret = unsafe {
        libc::syscall(
            libc::SYS_clone3,
            &mut args as *mut CloneArgs,
            std::mem::size_of::<CloneArgs>(),
        )
    };
    if ret == -1 {
        let err = io::Error::last_os_error();
        if err.raw_os_error() == Some(libc::ENOSYS) && cgroup.is_none() {
            return clone_legacy(flags);
        }
        return Err(err);
    }
    Ok(if ret == 0 {
        Fork::Child
    } else {
        Fork::Parent(ret as i32)
    })
}

/// `clone(2)` for kernels before 5.3.
fn clone_legacy(flags: u64) -> io::Result<Fork> {
    // SAFETY: as in `clone_into`: a NULL stack without CLONE_VM is fork with namespace flags;
    // the remaining pointer arguments are unused for these flags and passed as NULL.
    let ret = unsafe {
        libc::syscall(
            libc::SYS_clone,
            flags | libc::SIGCHLD as u64,
            std::ptr::null_mut::<libc::c_void>(),
            std::ptr::null_mut::<libc::c_int>(),
            std::ptr::null_mut::<libc::c_int>(),
            0usize,
        )
    };
    match ret {
        -1 => Err(io::Error::last_os_error()),
        0 => Ok(Fork::Child),
        pid => Ok(Fork::Parent(pid as i32)),
    }
}

/// Marks every fd from `first` on close-on-exec, so nothing of the host leaks into an
/// exec'd program.
pub fn cloexec_from(first: u32) -> io::Result<()> {
    const CLOSE_RANGE_CLOEXEC: libc::c_uint = 1 << 2;
    // SAFETY: close_range only changes flags of this process's descriptors; no memory is
    // passed to the kernel.
    let ret = unsafe { libc::syscall(libc::SYS_close_range, first, u32::MAX, CLOSE_RANGE_CLOEXEC) };
    if ret == 0 {
        return Ok(());
    }
    // Kernels before 5.11: walk /proc/self/fd.
    for entry in std::fs::read_dir("/proc/self/fd")?.flatten() {
        if let Some(fd) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<i32>().ok())
            && fd >= first as i32
        {
            // SAFETY: fcntl(F_SETFD) on an fd number only changes its flags; a stale
            // number (the read_dir fd itself) fails harmlessly with EBADF.
            unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
        }
    }
    Ok(())
}

/// Lets fds `3..3+count` of this process pass into an exec'd program (their close-on-exec
/// flag cleared; numbers that are not open are left alone).
pub fn inherit_fds(count: u32) {
    for fd in 3..3 + count as i32 {
        // SAFETY: fcntl(F_SETFD) on an fd number only changes that descriptor's flags; a
        // number that is not open fails with EBADF and changes nothing.
        unsafe { libc::fcntl(fd, libc::F_SETFD, 0) };
    }
}

/// Closes every fd from `first` on (for a process that will not exec).
pub fn close_from(first: u32) -> io::Result<()> {
    // SAFETY: close_range closes this process's descriptors from `first` on; the callers
    // hold no Rust object owning any of them (they run in a freshly forked child).
    let ret = unsafe { libc::syscall(libc::SYS_close_range, first, u32::MAX, 0) };
    if ret == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Closes every fd from 3 on but those in `keep` (for a process that will not exec).
pub fn close_all_except(keep: &[i32]) -> io::Result<()> {
    let open: Vec<i32> = std::fs::read_dir("/proc/self/fd")?
        .flatten()
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.parse().ok()))
        .collect();
    for fd in open {
        if fd > 2 && !keep.contains(&fd) {
            // SAFETY: closing a descriptor number; the callers (freshly forked children)
            // hold no Rust object owning the ones not kept. The read_dir fd is already
            // closed, so its stale number fails harmlessly with EBADF.
            unsafe { libc::close(fd) };
        }
    }
    Ok(())
}

/// Replaces what /proc/self/cmdline shows with `title` by overwriting the argument strings
/// in place (the area the kernel reads them from); the rest of the area is zeroed.
pub fn set_cmdline(title: &str) -> io::Result<()> {
    let stat = std::fs::read_to_string("/proc/self/stat")?;
    let rest = stat
        .rfind(')')
        .map(|i| &stat[i + 2..])
        .ok_or_else(|| io::Error::other("unreadable /proc/self/stat"))?;
    // Fields 48 and 49 (arg_start, arg_end); `rest` starts at field 3.
    let field = |n: usize| -> io::Result<usize> {
        rest.split_whitespace()
            .nth(n - 3)
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| io::Error::other("no argument area in /proc/self/stat"))
    };
    let (start, end) = (field(48)?, field(49)?);
    if end <= start || title.len() >= end - start {
        return Err(io::Error::other("argument area too small"));
    }
    // SAFETY: [start, end) is this process's own argument area on its initial stack, mapped
    // writable for its whole life; we write only inside it. Nothing in this process reads
    // the old argument strings afterwards (std::env::args is never called again).
    unsafe {
        let area = std::slice::from_raw_parts_mut(start as *mut u8, end - start);
        area.fill(0);
        area[..title.len()].copy_from_slice(title.as_bytes());
    }
    Ok(())
}

/// `fork()`. Only for a single-threaded process (the container's setup child).
pub fn fork() -> io::Result<Fork> {
    // SAFETY: the caller is single-threaded, so the child gets a consistent copy of the
    // process; no locks can be held by other threads.
    match unsafe { libc::fork() } {
        -1 => Err(io::Error::last_os_error()),
        0 => Ok(Fork::Child),
        pid => Ok(Fork::Parent(pid)),
    }
}

/// Keeps a detached `exec -it` command's terminal open: a child process in a session of
/// its own reads (and drops) what the command writes until it is gone, then exits.
pub fn hold_terminal(master: std::os::fd::OwnedFd) {
    // SAFETY: the child (of a multi-threaded process) calls only async-signal-safe
    // functions — setsid, open, dup2, fcntl, read, _exit — on a stack buffer; it allocates
    // nothing and takes no lock another thread might hold.
    match unsafe { libc::fork() } {
        0 => {
            // SAFETY: as above; the arguments are plain values and a NUL-terminated path.
            unsafe {
                libc::setsid();
                let null = libc::open(c"/dev/null".as_ptr(), libc::O_RDWR);
                if null >= 0 {
                    libc::dup2(null, 0);
                    libc::dup2(null, 1);
                    libc::dup2(null, 2);
                }
                // the client may have made it non-blocking: the holder waits in read
                let fd = master.as_raw_fd();
                let flags = libc::fcntl(fd, libc::F_GETFL);
                if flags >= 0 {
                    libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK);
                }
                let mut buf = [0u8; 4096];
                loop {
                    let n = libc::read(fd, buf.as_mut_ptr().cast(), buf.len());
                    if n == 0 || (n < 0 && *libc::__errno_location() != libc::EINTR) {
                        break;
                    }
                }
                libc::_exit(0)
            }
        }
        _ => drop(master),
    }
}

/// Makes `target` (0, 1 or 2) a copy of `fd`, for a child about to exec.
pub fn dup_onto(fd: BorrowedFd<'_>, target: i32) -> io::Result<()> {
    // SAFETY: dup2 atomically replaces whatever `target` referred to; only the standard
    // descriptors are passed, which this process intends to replace before exec.
    let ret = unsafe { libc::dup2(fd.as_raw_fd(), target) };
    if ret == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// unshare(2) of namespaces (never of the descriptor table or filesystem attributes).
pub fn unshare(flags: rustix::thread::UnshareFlags) -> io::Result<()> {
    use rustix::thread::UnshareFlags;
    if flags.intersects(UnshareFlags::FILES | UnshareFlags::FS) {
        return Err(io::Error::from(io::ErrorKind::InvalidInput));
    }
    // SAFETY: only namespace flags reach unshare (checked above): the descriptor table is
    // not split, so no thread can observe descriptors from a table it does not share.
    unsafe { rustix::thread::unshare_unsafe(flags)? };
    Ok(())
}

/// Joins a network namespace.
pub fn join_network(ns: BorrowedFd<'_>) -> io::Result<()> {
    rustix::thread::move_into_link_name_space(
        ns,
        Some(rustix::thread::LinkNameSpaceType::Network),
    )?;
    Ok(())
}

/// Joins the namespaces of process `pid` (behind `pidfd`) that are not ours already — a
/// container sharing the host's PID or IPC namespace keeps ours for those (an ordinary user
/// may not re-enter a namespace its user namespace does not own, and need not). This
/// process must be single-threaded.
pub fn join_all(pidfd: BorrowedFd<'_>, pid: i32) -> io::Result<()> {
    use rustix::thread::ThreadNameSpaceType as T;
    let mut types = T::empty();
    for (kind, t) in [
        ("user", T::USER),
        ("mnt", T::MOUNT),
        ("uts", T::HOST_NAME_AND_NIS_DOMAIN_NAME),
        ("ipc", T::INTER_PROCESS_COMMUNICATION),
        ("net", T::NETWORK),
        ("pid", T::PROCESS_ID),
        ("cgroup", T::CONTROL_GROUP),
    ] {
        if !super::same_namespace(pid, kind) {
            types |= t;
        }
    }
    if types.is_empty() {
        return Ok(());
    }
    rustix::thread::move_into_thread_name_spaces(pidfd, types)?;
    Ok(())
}

/// Joins the IPC namespace of the process behind `ipc` and the UTS namespace of the one
/// behind `uts`, and makes the children we create next members of the PID namespace of the
/// one behind `pid` (pidfds). This process must be single-threaded.
pub fn join_shared(
    ipc: Option<BorrowedFd<'_>>,
    pid: Option<BorrowedFd<'_>>,
    uts: Option<BorrowedFd<'_>>,
) -> io::Result<()> {
    use rustix::thread::ThreadNameSpaceType as T;
    if let Some(fd) = ipc {
        rustix::thread::move_into_thread_name_spaces(fd, T::INTER_PROCESS_COMMUNICATION)?;
    }
    if let Some(fd) = uts {
        rustix::thread::move_into_thread_name_spaces(fd, T::HOST_NAME_AND_NIS_DOMAIN_NAME)?;
    }
    if let Some(fd) = pid {
        rustix::thread::move_into_thread_name_spaces(fd, T::PROCESS_ID)?;
    }
    Ok(())
}

/// The first child of process `pid` (from /proc), if it has one.
pub fn first_child(pid: i32) -> Option<i32> {
    std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children"))
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()
}

/// Joins the user namespace of the process behind `pidfd` (and its network namespace when
/// `net`). This process must be single-threaded.
pub fn join_user(pidfd: BorrowedFd<'_>, net: bool) -> io::Result<()> {
    use rustix::thread::ThreadNameSpaceType as T;
    let types = if net { T::USER | T::NETWORK } else { T::USER };
    rustix::thread::move_into_thread_name_spaces(pidfd, types)?;
    Ok(())
}

/// Makes this process dumpable again (changing ids cleared it), so that its parent may
/// open its /proc entries.
pub fn set_dumpable() -> io::Result<()> {
    rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::Dumpable)?;
    Ok(())
}

/// Asks for SIGKILL when the parent dies.
pub fn die_with_parent() -> io::Result<()> {
    rustix::process::set_parent_process_death_signal(Some(rustix::process::Signal::KILL))?;
    Ok(())
}

/// execve(2): returns only on failure.
pub fn execve(
    path: &std::ffi::CStr,
    args: &[std::ffi::CString],
    env: &[std::ffi::CString],
) -> io::Error {
    let argv: Vec<*const libc::c_char> = args
        .iter()
        .map(|a| a.as_ptr())
        .chain(std::iter::once(std::ptr::null()))
        .collect();
    let envp: Vec<*const libc::c_char> = env
        .iter()
        .map(|e| e.as_ptr())
        .chain(std::iter::once(std::ptr::null()))
        .collect();
    // SAFETY: `path` and every element of `argv`/`envp` are NUL-terminated strings that
    // outlive the call, and both arrays end with a null pointer as execve requires.
    unsafe {
        libc::execve(path.as_ptr(), argv.as_ptr(), envp.as_ptr());
    }
    io::Error::last_os_error()
}

/// A pidfd for `pid` (readable once it exits), if it exists.
pub fn pidfd(pid: i32) -> Option<std::os::fd::OwnedFd> {
    rustix::process::Pid::from_raw(pid)
        .and_then(|p| rustix::process::pidfd_open(p, rustix::process::PidfdFlags::empty()).ok())
}

/// setsid(2): a new session (and process group) led by this process.
pub fn new_session() -> io::Result<()> {
    rustix::process::setsid()?;
    Ok(())
}

/// A mount namespace of this process's own.
pub fn unshare_mounts() -> io::Result<()> {
    unshare(rustix::thread::UnshareFlags::NEWNS)
}

/// A network namespace of this process's own.
pub fn unshare_network() -> io::Result<()> {
    unshare(rustix::thread::UnshareFlags::NEWNET)
}

/// A cgroup namespace rooted at this process's cgroup.
pub fn unshare_cgroup() -> io::Result<()> {
    unshare(rustix::thread::UnshareFlags::NEWCGROUP)
}

/// Child `pid`'s status if it has ended (reaped now): its exit code, or 128 + the signal;
/// `Err` when it is not our child.
pub fn try_wait(pid: i32) -> io::Result<Option<i32>> {
    use rustix::process::{Pid, WaitOptions};
    let p = Pid::from_raw(pid).ok_or_else(|| io::Error::other("bad pid"))?;
    Ok(
        rustix::process::waitpid(Some(p), WaitOptions::NOHANG)?.map(|(_, st)| {
            st.exit_status()
                .or_else(|| st.terminating_signal().map(|s| 128 + s))
                .unwrap_or(125)
        }),
    )
}

/// Makes `tty` this session's controlling terminal.
pub fn controlling_terminal<Fd: std::os::fd::AsFd>(tty: Fd) -> io::Result<()> {
    rustix::process::ioctl_tiocsctty(tty)?;
    Ok(())
}

/// Waits for child `pid` (through EINTR): its exit code, or 128 + the signal that ended it.
pub fn wait_exit(pid: i32) -> io::Result<i32> {
    use rustix::process::{Pid, WaitOptions};
    let pid = Pid::from_raw(pid).ok_or_else(|| io::Error::other("bad pid"))?;
    loop {
        match rustix::process::waitpid(Some(pid), WaitOptions::empty()) {
            Ok(Some((_, st))) => {
                return Ok(st
                    .exit_status()
                    .or_else(|| st.terminating_signal().map(|s| 128 + s))
                    .unwrap_or(125));
            }
            Ok(None) | Err(rustix::io::Errno::INTR) => continue,
            Err(e) => return Err(e.into()),
        }
    }
}

/// Waits for `pid` if it is a child of ours (a subreaper inherits orphans); nothing when it
/// is not.
pub fn reap_if_child(pid: i32) -> io::Result<()> {
    use rustix::process::{Pid, WaitOptions};
    let p = Pid::from_raw(pid).ok_or_else(|| io::Error::other("bad pid"))?;
    loop {
        match rustix::process::waitpid(Some(p), WaitOptions::empty()) {
            Ok(_) => return Ok(()),
            Err(rustix::io::Errno::INTR) => continue,
            Err(rustix::io::Errno::CHILD) => return Ok(()),
            Err(e) => return Err(e.into()),
        }
    }
}

/// Ends the process at once, without running destructors or flushing stdio buffers (which
/// belong to the parent after a fork).
pub fn exit_now(code: i32) -> ! {
    // SAFETY: _exit has no preconditions; it never returns.
    unsafe { libc::_exit(code) }
}

/// The start time of `pid` in clock ticks since boot (field 22 of /proc/PID/stat): with the
/// boot id it identifies a process across PID reuse. `None` when there is no such process
/// or it has already exited (a zombie nobody reaped is dead too).
pub fn process_start_time(pid: i32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) may contain spaces and parentheses: skip past the last ')'.
    let rest = &stat[stat.rfind(')')? + 2..];
    let mut fields = rest.split_whitespace();
    if matches!(fields.next(), Some("Z" | "X" | "x")) {
        return None;
    }
    fields.nth(18)?.parse().ok()
}

/// This boot's id, to tell a PID of this boot from one recorded before a reboot.
pub fn boot_id() -> String {
    std::fs::read_to_string("/proc/sys/kernel/random/boot_id")
        .map(|s| s.trim().to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_start_time_and_boot_id() {
        let me = std::process::id() as i32;
        let t = process_start_time(me).expect("start time");
        assert_eq!(process_start_time(me), Some(t));
        assert!(process_start_time(i32::MAX).is_none());
        assert_eq!(boot_id().len(), 36);
    }
}
