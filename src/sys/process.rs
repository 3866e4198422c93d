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
const CLONE_INTO_CGROUP: u64 = 0x2_0000_0000;

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
        exit_signal: libc::SIGCHLD as u64,
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
