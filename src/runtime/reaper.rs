//! `--init`: the container's PID 1 stays skiff's own code — forked, never exec'd — and the
//! command runs as its child. It forwards every signal it gets to the command, reaps the
//! orphans the command leaves, and exits with the command's status once it ends (which
//! makes the kernel end the rest of the container's processes).
//!
//! It is not dumpable, so without CAP_SYS_PTRACE nothing in the container can open its
//! /proc/1/exe or /proc/1/mem (the host binary behind it); it holds no descriptor beyond
//! stdio; and it runs with the command's credentials, capabilities and seccomp filter.

use rustix::process::{Pid, WaitOptions};

use crate::sys::process::{Fork, close_from, exit_now, fork};
use crate::sys::signal;

/// Splits into reaper and command. Returns in the command's process (which goes on to exec);
/// never returns in the reaper.
pub fn split() -> Result<(), String> {
    signal::block_all().map_err(|e| format!("init: blocking signals: {e}"))?;
    // Named before the command exists, so it never sees PID 1 by its old name (its own
    // exec gives it its own); what `ps` in the container shows instead of the host
    // command line that started us.
    let _ = rustix::thread::set_name(c"init");
    let _ = crate::sys::process::set_cmdline("/sbin/init");
    match fork().map_err(|e| format!("init: fork: {e}"))? {
        Fork::Child => {
            // Its own process group, in the foreground of the terminal if there is one, so
            // a ^C reaches it once (from the terminal), not twice (again through us).
            let _ = rustix::process::setpgid(None, None);
            if crate::sys::isatty(std::io::stdin()) {
                let _ = rustix::termios::tcsetpgrp(std::io::stdin(), rustix::process::getpgrp());
            }
            signal::set_blocked(&[]).map_err(|e| format!("init: unblocking signals: {e}"))?;
            Ok(())
        }
        Fork::Parent(child) => reap(child),
    }
}

fn reap(child: i32) -> ! {
    // The setup channel and anything else beyond stdio: the command's exec (or its failure
    // report) is what the engine waits for.
    let _ = close_from(3);
    let _ = rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable);
    loop {
        let sig = match signal::wait_any() {
            Ok(s) => s,
            Err(_) => continue,
        };
        if sig != libc::SIGCHLD {
            let _ = signal::send(child, sig);
            continue;
        }
        // any child (wait4(-1)): the command has a process group of its own
        while let Ok(Some((pid, status))) = rustix::process::wait(WaitOptions::NOHANG) {
            if pid != Pid::from_raw(child).unwrap_or(Pid::INIT) {
                continue;
            }
            if let Some(code) = status.exit_status() {
                exit_now(code);
            }
            if let Some(sig) = status.terminating_signal() {
                exit_now(128 + sig);
            }
        }
    }
}

/// A pod's infra container: PID 1 is skiff's own code — forked, never exec'd — that holds
/// the pod's namespaces and does nothing else: it reaps what it inherits and ends (status
/// 0) at SIGTERM, SIGINT or SIGHUP, as a pause process does. Root's is not dumpable
/// (nothing in the pod can open the host binary behind it; root's engine may still open
/// its namespaces); an ordinary user's stays dumpable, or the user could not join them —
/// its pod's root cannot write the host's binary anyway.
pub fn pause(rootless: bool) -> ! {
    let _ = signal::block_all();
    let _ = rustix::thread::set_name(c"pause");
    let _ = crate::sys::process::set_cmdline("/pause");
    // the setup channel among them: closing it tells the engine the container runs
    let _ = close_from(3);
    if !rootless {
        let _ =
            rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable);
    }
    loop {
        match signal::wait_any() {
            Ok(libc::SIGTERM | libc::SIGINT | libc::SIGHUP) => exit_now(0),
            Ok(libc::SIGCHLD) => {
                while let Ok(Some(_)) = rustix::process::wait(WaitOptions::NOHANG) {}
            }
            _ => {}
        }
    }
}
