//! `skiff unshare [CMD]`: a command (a shell by default) in a user namespace with the
//! rootless mapping (see `config::userns`) and a mount namespace of its own — where an
//! ordinary user is root over the files its containers' subordinate ids own.

use std::io::{Read, Write};

use crate::config::userns::caller_maps;
use crate::engine::{Engine, EngineError};
use crate::sys::process::{Fork, exit_now, fork};
use crate::sys::userns::write_maps;

impl Engine {
    /// Rootless: moves this process into the caller's user namespace (see
    /// `config::userns`), as root over the store's files with their container-side owners
    /// — for commands that write or read layers (pull, build, commit, save, …). Must be
    /// called while single-threaded; a no-op for root or when already inside one.
    pub fn enter_user_namespace(&self) -> Result<(), EngineError> {
        if !self.context().rootless || !crate::sys::in_initial_userns() {
            return Ok(());
        }
        crate::sys::userns::enter(&caller_maps()).map_err(EngineError::Other)
    }

    /// Runs `cmd` (default `$SHELL`, else /bin/sh) in the caller's user namespace with the
    /// store's paths in `SKIFF_ROOT`/`SKIFF_RUNROOT`; its exit status.
    pub fn unshare(&self, cmd: &[String]) -> Result<i32, EngineError> {
        let ctx = self.context();
        if !ctx.rootless {
            return Err(EngineError::Invalid(
                "please use unshare with rootless: as root there is no user namespace to enter"
                    .into(),
            ));
        }
        let (uids, gids) = caller_maps();
        let cmd: Vec<String> = if cmd.is_empty() {
            vec![std::env::var("SHELL").unwrap_or_else(|_| "/bin/sh".into())]
        } else {
            cmd.to_vec()
        };
        let program = crate::runtime::exec::find(&cmd[0], std::env::var("PATH").ok().as_deref())
            .map_err(|(_, m)| EngineError::Invalid(m))?;
        let mut env: Vec<String> = std::env::vars()
            .filter(|(k, _)| k != "SKIFF_ROOT" && k != "SKIFF_RUNROOT")
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        env.push(format!("SKIFF_ROOT={}", ctx.root.display()));
        env.push(format!("SKIFF_RUNROOT={}", ctx.runroot.display()));
        let io = |e: std::io::Error| EngineError::Other(format!("unshare: {e}"));
        let (mut unshared_r, mut unshared_w) = std::io::pipe().map_err(io)?;
        let (mut mapped_r, mut mapped_w) = std::io::pipe().map_err(io)?;
        match fork().map_err(io)? {
            Fork::Child => {
                drop((unshared_r, mapped_w));
                let made = crate::sys::unshare_user_and_mounts();
                let _ = unshared_w.write_all(&[u8::from(made.is_ok())]);
                let mut ok = [0u8];
                if made.is_err() || mapped_r.read_exact(&mut ok).is_err() || ok[0] != 1 {
                    exit_now(125);
                }
                let (code, msg) = crate::runtime::exec::exec(&program, &cmd, &env);
                eprintln!("Error: {msg}");
                exit_now(code)
            }
            Fork::Parent(pid) => {
                drop((unshared_w, mapped_r));
                let mut made = [0u8];
                let mapped = match unshared_r.read_exact(&mut made) {
                    Ok(()) if made[0] == 1 => write_maps(pid, &uids, &gids),
                    _ => Err(crate::sys::userns::NO_USERNS.into()),
                };
                let _ = mapped_w.write_all(&[u8::from(mapped.is_ok())]);
                drop(mapped_w);
                // our signals reach the command; its end is our status
                let status = crate::runtime::launch::supervise(
                    crate::runtime::launch::Started { pid, pty: None },
                    false,
                );
                mapped.map_err(EngineError::Other)?;
                Ok(status)
            }
        }
    }
}
