//! The calling thread's signal mask.

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
pub fn send(pid: i32, sig: i32) -> io::Result<()> {
    // SAFETY: kill(2) has no memory arguments.
    if unsafe { libc::kill(pid, sig) } == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}
