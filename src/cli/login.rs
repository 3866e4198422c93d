//! `login` and `logout`.

use std::io::{BufRead, IsTerminal, Write};

use anyhow::bail;
use clap::Args;

use crate::cli::RegistryArgs;
use crate::engine::Engine;
use crate::registry::credentials::Credentials;

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Username
    #[arg(short, long)]
    username: Option<String>,
    /// Password (visible to other users of this machine: prefer --password-stdin)
    #[arg(short, long)]
    password: Option<String>,
    /// Read the password from standard input
    #[arg(long)]
    password_stdin: bool,
    /// Also say which credentials file was written (podman)
    #[arg(short, long)]
    verbose: bool,
    /// Print the user name stored for the registry, and nothing else (podman)
    #[arg(long)]
    get_login: bool,
    #[command(flatten)]
    registry_args: RegistryArgs,
    /// Registry (default: the default registry, docker.io)
    #[arg(value_name = "REGISTRY")]
    registry: Option<String>,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// Forget the credentials of every registry
    #[arg(short, long)]
    all: bool,
    #[command(flatten)]
    registry_args: RegistryArgs,
    #[arg(value_name = "REGISTRY")]
    registry: Option<String>,
}

/// Reads a line from the terminal without echoing it.
fn read_hidden(prompt: &str) -> anyhow::Result<String> {
    eprint!("{prompt}");
    std::io::stderr().flush()?;
    let stdin = std::io::stdin();
    let old = rustix::termios::tcgetattr(&stdin)?;
    let mut quiet = old.clone();
    quiet.local_modes.remove(rustix::termios::LocalModes::ECHO);
    rustix::termios::tcsetattr(&stdin, rustix::termios::OptionalActions::Now, &quiet)?;
    let mut line = String::new();
    let read = stdin.lock().read_line(&mut line);
    let _ = rustix::termios::tcsetattr(&stdin, rustix::termios::OptionalActions::Now, &old);
    eprintln!();
    read?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

pub fn login(engine: &Engine, a: LoginArgs) -> anyhow::Result<i32> {
    if a.get_login {
        let opts = crate::cli::image::client_options(&a.registry_args)?;
        let registry = a.registry.as_deref();
        return match engine.login_name(registry, &opts)? {
            Some(u) => {
                println!("{u}");
                Ok(0)
            }
            None => bail!(
                "not logged into {}",
                registry.unwrap_or(&engine.context().registries.default_registry)
            ),
        };
    }
    let tty = std::io::stdin().is_terminal();
    if a.password.is_some() && a.password_stdin {
        bail!("--password and --password-stdin are mutually exclusive");
    }
    let username = match a.username {
        Some(u) => u,
        None if tty && !a.password_stdin => {
            eprint!("Username: ");
            std::io::stderr().flush()?;
            let mut u = String::new();
            std::io::stdin().lock().read_line(&mut u)?;
            u.trim().to_string()
        }
        None => bail!("a username is needed: give one with -u"),
    };
    let password = match a.password {
        Some(p) => p,
        None if a.password_stdin => {
            let mut p = String::new();
            std::io::stdin().lock().read_line(&mut p)?;
            p.trim_end_matches(['\n', '\r']).to_string()
        }
        None if tty => read_hidden("Password: ")?,
        None => bail!("cannot ask for a password without a terminal: use --password-stdin"),
    };
    if username.is_empty() || password.is_empty() {
        bail!("the username and password must not be empty");
    }
    let opts = crate::cli::image::client_options(&a.registry_args)?;
    let registry = engine.login(
        a.registry.as_deref(),
        Credentials { username, password },
        &opts,
    )?;
    if a.verbose {
        println!("Used: {}", registry.1.display());
    }
    println!("Login Succeeded!");
    Ok(0)
}

pub fn logout(engine: &Engine, a: LogoutArgs) -> anyhow::Result<i32> {
    let opts = crate::cli::image::client_options(&a.registry_args)?;
    if a.all {
        engine.logout(None, &opts)?;
        println!("Removed login credentials for all registries");
        return Ok(0);
    }
    let registry = a
        .registry
        .clone()
        .unwrap_or_else(|| engine.context().registries.default_registry.clone());
    if !engine.logout(Some(&registry), &opts)? {
        bail!("not logged into {registry}");
    }
    println!("Removed login credentials for {registry}");
    Ok(0)
}
