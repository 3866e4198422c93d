//! `exec`.

use std::path::PathBuf;

use clap::Args;

use crate::engine::Engine;
use crate::spec::ExecRequest;

#[derive(Debug, Args)]
pub struct ExecArgs {
    /// Detached mode: run the command in the background
    #[arg(short, long)]
    detach: bool,
    /// Keep STDIN open
    #[arg(short, long)]
    interactive: bool,
    /// Allocate a pseudo-TTY
    #[arg(short, long)]
    tty: bool,
    /// Username or UID (format: <name|uid>[:<group|gid>])
    #[arg(short, long)]
    user: Option<String>,
    /// Working directory inside the container
    #[arg(short, long)]
    workdir: Option<String>,
    /// Set environment variables
    #[arg(short, long = "env", value_name = "KEY=VALUE")]
    env: Vec<String>,
    /// Read in a file of environment variables
    #[arg(long, value_name = "FILE")]
    env_file: Vec<PathBuf>,
    /// Give extended privileges to the command
    #[arg(long)]
    privileged: bool,
    /// Pass the caller's file descriptors 3..3+N into the command (podman)
    #[arg(long, value_name = "N", default_value_t = 0)]
    preserve_fds: u32,
    /// The key sequence that detaches from `exec -it`, leaving the command running
    /// (default ctrl-p,ctrl-q; "" for none)
    #[arg(long, value_name = "KEYS")]
    detach_keys: Option<String>,
    /// Act on the latest container created (podman)
    #[arg(short = 'l', long)]
    latest: bool,
    #[arg(value_name = "CONTAINER")]
    container: Option<String>,
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        required_unless_present = "latest",
        value_name = "COMMAND"
    )]
    command: Vec<String>,
}

pub fn exec(engine: &Engine, a: ExecArgs) -> anyhow::Result<i32> {
    let mut env = super::args::env_files(&a.env_file)?;
    env.extend(a.env.iter().cloned());
    let mut command = a.command;
    let container = super::latest::one(engine, a.latest, a.container, &mut command)?;
    if command.is_empty() {
        anyhow::bail!("exec requires a command to run");
    }
    let req = ExecRequest {
        command,
        env,
        workdir: a.workdir,
        user: a.user,
        tty: a.tty,
        interactive: a.interactive,
        privileged: a.privileged,
        preserve_fds: a.preserve_fds,
    };
    if a.detach {
        engine.exec_detached(&container, &req)?;
        return Ok(0);
    }
    let keys = super::attach::parse_keys(
        a.detach_keys
            .as_deref()
            .unwrap_or(super::attach::DEFAULT_KEYS),
    )?;
    match engine.exec_detachable(&container, &req, keys) {
        Ok(Some(code)) => Ok(code),
        Ok(None) => Ok(0),
        Err(e) => {
            let code = e.exit_code();
            crate::cli::error_line(&e);
            Ok(code)
        }
    }
}
