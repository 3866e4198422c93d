//! The calling thread's signal mask, and the process's signal dispositions.

use std::io;

fn change(how: libc::c_int, signals: &[i32]) -> io::Result<()> {
    let mut set = std::mem::MaybeUninit::<libc::sigset_t>::uninit();
    // SAFETY: sigemptyset initialises the set it is given; sigaddset and pthread_sigmask
    // only read and write that initialised set (and the thread's own mask). A null old-set
    // pointer is allowed.
    unsafe {
        libc::sigemptyset(set.as_mut_ptr());
        for &s in signals {
            libc::sigaddset(set.as_mut_ptr(), s);
        }
        let ret = libc::pthread_sigmask(how, set.as_ptr(), std::ptr::null_mut());
        if ret != 0 {
            return Err(io::Error::from_raw_os_error(ret));
        }
    }
    Ok(())
}

/// Adds `signals` to the blocked set.
pub fn block(signals: &[i32]) -> io::Result<()> {
    change(libc::SIG_BLOCK, signals)
}

/// Removes `signals` from the blocked set.
pub fn unblock(signals: &[i32]) -> io::Result<()> {
    change(libc::SIG_UNBLOCK, signals)
}

/// Blocks `signals` and nothing else.
pub fn set_blocked(signals: &[i32]) -> io::Result<()> {
    change(libc::SIG_SETMASK, signals)
}

/// Every signal back to its default action: a container's process must not inherit what
/// its starter ignored (a shell's background job ignores SIGINT and SIGQUIT, and a
/// non-interactive shell that starts with a signal ignored cannot trap it).
pub fn reset_dispositions() {
    /// The kernel's `struct sigaction` (x86_64): handler, flags, restorer, mask.
    #[repr(C)]
    struct KernelSigaction {
        handler: usize,
        flags: u64,
        restorer: usize,
        mask: u64,
    }
    let default = KernelSigaction {
        handler: libc::SIG_DFL,
        flags: 0,
        restorer: 0,
        mask: 0,
    };
    // the raw call: glibc's wrappers refuse the real-time signals it keeps for itself
    // (32, 33), which a starter may have left ignored all the same
    for sig in 1..=64 {
        if sig == libc::SIGKILL || sig == libc::SIGSTOP {
            continue;
        }
        // SAFETY: rt_sigaction reads one struct of the kernel's layout, which `default`
        // is, and writes nothing (null old action); the size is the kernel's sigset (8).
        unsafe {
            libc::syscall(
                libc::SYS_rt_sigaction,
                sig,
                &default as *const KernelSigaction,
                std::ptr::null_mut::<KernelSigaction>(),
                8usize,
            );
        }
    }
}

/// Blocks every signal (those that cannot be blocked stay deliverable).
pub fn block_all() -> io::Result<()> {
    let mut set = std::mem::MaybeUninit::<libc::sigset_t>::uninit();
    // SAFETY: sigfillset initialises the set; pthread_sigmask reads it and changes only
    // this thread's mask (a null old-set pointer is allowed).
    let ret = unsafe {
        libc::sigfillset(set.as_mut_ptr());
        libc::pthread_sigmask(libc::SIG_SETMASK, set.as_ptr(), std::ptr::null_mut())
    };
    if ret != 0 {
        return Err(io::Error::from_raw_os_error(ret));
    }
    Ok(())
}

/// Waits for any (blocked) signal and returns its number.
pub fn wait_any() -> io::Result<i32> {
    let mut set = std::mem::MaybeUninit::<libc::sigset_t>::uninit();
    let mut sig: libc::c_int = 0;
    // SAFETY: sigfillset initialises the set; sigwait reads it and writes one int.
    let ret = unsafe {
        libc::sigfillset(set.as_mut_ptr());
        libc::sigwait(set.as_ptr(), &mut sig)
    };
    if ret != 0 {
        return Err(io::Error::from_raw_os_error(ret));
    }
    Ok(sig)
}

/// Sends signal `sig` (any number, real-time ones included) to process `pid`.
/// SIGPIPE back to its default action: a command that only prints ends quietly when the
/// reader of its output goes (`skiff ps | head -1`), as Unix tools do, instead of failing
/// on a write to a closed pipe.
pub fn default_sigpipe() {
    // SAFETY: signal(2) with SIG_DFL installs no handler and passes no memory.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_DFL) };
}

pub fn send(pid: i32, sig: i32) -> io::Result<()> {
    // SAFETY: kill(2) has no memory arguments.
    if unsafe { libc::kill(pid, sig) } == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}
