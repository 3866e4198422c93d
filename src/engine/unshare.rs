//! `skiff unshare [CMD]`: a command (a shell by default) in a user namespace with the
//! rootless mapping (see `config::userns`) and a mount namespace of its own — where an
//! ordinary user is root over the files its containers' subordinate ids own.

use crate::config::userns::caller_maps;
use crate::engine::{Engine, EngineError};

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
        let (pid, mapped) = crate::sys::userns::spawn(&(uids, gids), || {
            let (code, msg) = crate::runtime::exec::exec(&program, &cmd, &env);
            eprintln!("Error: {msg}");
            code
        })
        .map_err(EngineError::Other)?;
        // our signals reach the command; its end is our status
        let status = crate::runtime::launch::supervise(
            crate::runtime::launch::Started { pid, pty: None },
            false,
        );
        mapped.map_err(EngineError::Other)?;
        Ok(status)
    }
}
