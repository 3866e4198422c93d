//! `--init`: the container's PID 1 stays skiff's own code — forked, never exec'd — and the
//! command runs as its child. It forwards every signal it gets to the command, reaps the
//! orphans the command leaves, and exits with the command's status once it ends (which
//! makes the kernel end the rest of the container's processes).
//!
//! It is not dumpable, so without CAP_SYS_PTRACE nothing in the container can open its
//! /proc/1/exe or /proc/1/mem (the host binary behind it); it holds no descriptor beyond
//! stdio; and it runs with the command's credentials, capabilities and seccomp filter.

use nix::sys::signal::{SigSet, SigmaskHow, Signal, kill, sigprocmask};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::Pid;

use crate::sys::process::{Fork, close_from, exit_now, fork};

/// Splits into reaper and command. Returns in the command's process (which goes on to exec);
/// never returns in the reaper.
pub fn split() -> Result<(), String> {
    let all = SigSet::all();
    sigprocmask(SigmaskHow::SIG_SETMASK, Some(&all), None)
        .map_err(|e| format!("init: blocking signals: {e}"))?;
    match fork().map_err(|e| format!("init: fork: {e}"))? {
        Fork::Child => {
            // Its own process group, in the foreground of the terminal if there is one, so
            // a ^C reaches it once (from the terminal), not twice (again through us).
            let _ = nix::unistd::setpgid(Pid::from_raw(0), Pid::from_raw(0));
            if crate::sys::isatty(std::io::stdin()) {
                let _ = nix::unistd::tcsetpgrp(std::io::stdin(), nix::unistd::getpgrp());
            }
            sigprocmask(SigmaskHow::SIG_SETMASK, Some(&SigSet::empty()), None)
                .map_err(|e| format!("init: unblocking signals: {e}"))?;
            Ok(())
        }
        Fork::Parent(child) => reap(Pid::from_raw(child), &all),
    }
}

fn reap(child: Pid, all: &SigSet) -> ! {
    // The setup channel and anything else beyond stdio: the command's exec (or its failure
    // report) is what the engine waits for.
    let _ = close_from(3);
    let _ = nix::sys::prctl::set_dumpable(false);
    let _ = nix::sys::prctl::set_name(c"init");
    // What `ps` in the container shows instead of the host command line that started us.
    let _ = crate::sys::process::set_cmdline("/sbin/init");
    loop {
        let sig = match all.wait() {
            Ok(s) => s,
            Err(_) => continue,
        };
        if sig != Signal::SIGCHLD {
            let _ = kill(child, sig);
            continue;
        }
        while let Ok(status) = waitpid(Pid::from_raw(-1), Some(WaitPidFlag::WNOHANG)) {
            match status {
                WaitStatus::Exited(pid, code) if pid == child => exit_now(code),
                WaitStatus::Signaled(pid, sig, _) if pid == child => exit_now(128 + sig as i32),
                WaitStatus::StillAlive => break,
                _ => {}
            }
        }
    }
}
