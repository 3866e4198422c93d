//! `compose exec` (a command in a service's running container) and `compose run` (a
//! one-off container of a service: `PROJECT-SERVICE-run-ID`, labelled `oneoff=True`, its
//! dependencies started first, the service's ports published only with
//! `--service-ports`).

use std::io::IsTerminal;

use clap::Args;

use super::backend::EngineBackend;
use super::session::{NUMBER, Session};
use crate::compose::apply::Backend;
use crate::spec::ExecRequest;

#[derive(Debug, Args)]
pub struct ExecArgs {
    /// Detached mode: run the command in the background
    #[arg(short, long)]
    detach: bool,
    /// Give extended privileges to the process
    #[arg(long)]
    privileged: bool,
    /// Run the command as this user
    #[arg(short, long)]
    user: Option<String>,
    /// Disable pseudo-TTY allocation (by default `exec` allocates a TTY)
    #[arg(short = 'T', long = "no-tty")]
    no_tty: bool,
    /// Index of the container if the service has multiple replicas
    #[arg(long, default_value_t = 1)]
    index: u32,
    /// Set environment variables
    #[arg(short, long = "env", value_name = "KEY=VALUE")]
    env: Vec<String>,
    /// Path to workdir directory for this command
    #[arg(short, long)]
    workdir: Option<String>,
    service: String,
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, required = true)]
    command: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Run container in background and print its name
    #[arg(short, long)]
    detach: bool,
    /// Automatically remove the container when it exits
    #[arg(long)]
    rm: bool,
    /// Assign a name to the container
    #[arg(long)]
    name: Option<String>,
    /// Set environment variables
    #[arg(short, long = "env", value_name = "KEY=VALUE")]
    env: Vec<String>,
    /// Add or override a label
    #[arg(short, long = "label", value_name = "KEY=VALUE")]
    label: Vec<String>,
    /// Run as specified username or uid
    #[arg(short, long)]
    user: Option<String>,
    /// Working directory inside the container
    #[arg(short, long)]
    workdir: Option<String>,
    /// Override the entrypoint of the image
    #[arg(long)]
    entrypoint: Option<String>,
    /// Publish a container's port(s) to the host
    #[arg(short, long)]
    publish: Vec<String>,
    /// Run command with all of the service's ports enabled and mapped to the host
    #[arg(short = 'P', long)]
    service_ports: bool,
    /// Bind mount a volume
    #[arg(short, long)]
    volume: Vec<String>,
    /// Don't start linked services
    #[arg(long)]
    no_deps: bool,
    /// Disable pseudo-TTY allocation (default: one when stdin is a terminal)
    #[arg(short = 'T', long = "no-TTY")]
    no_tty: bool,
    /// Use the service's network aliases in the network(s) the container connects to
    #[arg(long)]
    use_aliases: bool,
    /// Add Linux capabilities
    #[arg(long)]
    cap_add: Vec<String>,
    /// Drop Linux capabilities
    #[arg(long)]
    cap_drop: Vec<String>,
    service: String,
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    command: Vec<String>,
}

pub fn exec(s: &Session, a: &ExecArgs) -> anyhow::Result<i32> {
    s.check_services(std::slice::from_ref(&a.service))?;
    let r = s
        .containers(std::slice::from_ref(&a.service), false, false)?
        .into_iter()
        .find(|r| r.config.labels.get(NUMBER) == Some(&a.index.to_string()))
        .ok_or_else(|| anyhow::anyhow!("service {:?} is not running", a.service))?;
    let req = ExecRequest {
        command: a.command.clone(),
        env: a.env.clone(),
        workdir: a.workdir.clone(),
        user: a.user.clone(),
        tty: !a.no_tty && !a.detach && std::io::stdin().is_terminal(),
        interactive: !a.detach,
        privileged: a.privileged,
        preserve_fds: 0,
    };
    if a.detach {
        s.engine.exec_detached(&r.config.id, &req)?;
        return Ok(0);
    }
    match s.engine.exec_attached(&r.config.id, &req) {
        Ok(code) => Ok(code),
        Err(e) => {
            crate::cli::error_line(&e);
            Ok(e.exit_code())
        }
    }
}

/// The flags of a service's container made into a one-off's: `drop` flags (with their
/// values) removed, network aliases removed unless kept, compose's `oneoff` label set.
fn oneoff_flags(flags: &[String], drop: &[&str], keep_aliases: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut it = flags.iter();
    while let Some(f) = it.next() {
        if crate::compose::runspec::is_lone_flag(f) {
            out.push(f.clone());
            continue;
        }
        let Some(v) = it.next() else { break };
        if drop.contains(&f.as_str()) {
            continue;
        }
        let v = match f.as_str() {
            "--label" if v == "com.docker.compose.oneoff=False" => {
                "com.docker.compose.oneoff=True".to_string()
            }
            "--network" if !keep_aliases && v.starts_with("name=") => v
                .split(',')
                .filter(|p| !p.starts_with("alias="))
                .collect::<Vec<_>>()
                .join(","),
            _ => v.clone(),
        };
        out.push(f.clone());
        out.push(v);
    }
    out
}

pub fn run(s: &Session, a: &RunArgs) -> anyhow::Result<i32> {
    s.check_services(std::slice::from_ref(&a.service))?;
    if !a.no_deps {
        let deps: Vec<String> = s
            .order(std::slice::from_ref(&a.service), false)?
            .into_iter()
            .filter(|d| *d != a.service)
            .collect();
        if !deps.is_empty() {
            super::lifecycle::start_services(s, &deps)?;
        }
    }
    let mut spec = s.run_spec(&a.service, 1, &mut Vec::new())?;
    let name = a.name.clone().unwrap_or_else(|| {
        let id = crate::util::random::hex_id();
        format!("{}-{}-run-{}", s.project.name, a.service, &id[..12])
    });
    let mut drop = vec!["--name", "--restart"];
    if !a.service_ports {
        drop.push("-p");
    }
    let mut flags = oneoff_flags(&spec.flags, &drop, a.use_aliases);
    flags.extend(["--name".to_string(), name.clone()]);
    let tty = !a.no_tty && !a.detach && std::io::stdin().is_terminal();
    flags.retain(|f| f != "--tty" && f != "--interactive");
    if tty {
        flags.push("--tty".into());
    }
    if !a.detach {
        flags.push("--interactive".into());
    }
    if a.rm {
        flags.push("--rm".into());
    }
    for (flag, values) in [
        ("-e", &a.env),
        ("--label", &a.label),
        ("-p", &a.publish),
        ("-v", &a.volume),
        ("--cap-add", &a.cap_add),
        ("--cap-drop", &a.cap_drop),
    ] {
        for v in values {
            flags.extend([flag.to_string(), v.clone()]);
        }
    }
    if let Some(u) = &a.user {
        flags.extend(["--user".to_string(), u.clone()]);
    }
    if let Some(w) = &a.workdir {
        flags.extend(["--workdir".to_string(), w.clone()]);
    }
    if let Some(e) = &a.entrypoint {
        spec.entrypoint = Some(
            crate::compose::service::split_words(e)
                .map_err(|why| anyhow::anyhow!("invalid --entrypoint {e:?}: {why}"))?,
        );
    }
    if !a.command.is_empty() {
        spec.command = a.command.clone();
    }
    spec.flags = flags;
    spec.name = name.clone();
    let mut backend = EngineBackend {
        engine: s.engine,
        project: s.project.name.clone(),
        directory: s.project.directory.clone(),
        always_build: false,
        never_build: false,
        quiet_pull: false,
        timeout: None,
        stop_timeout: None,
    };
    if let Some(build) = s.project.doc["services"][a.service.as_str()].get("build") {
        backend
            .build(&spec, build)
            .map_err(|e| anyhow::anyhow!(e))?;
    }
    backend.create(&spec).map_err(|e| anyhow::anyhow!(e))?;
    let id = super::backend::container_id(s.engine, &name)?;
    if a.detach {
        s.engine.start_detached(&id)?;
        println!("{name}");
        return Ok(0);
    }
    match s.engine.start_attached(&id) {
        Ok(code) => Ok(code),
        Err(e) => {
            crate::cli::error_line(&e);
            Ok(e.exit_code())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_services_flags_made_one_off() {
        let flags: Vec<String> = [
            "--name",
            "app-web-1",
            "--label",
            "com.docker.compose.oneoff=False",
            "-p",
            "80:80",
            "--init",
            "--network",
            "name=app_default,alias=web,alias=www,ip=10.0.0.2",
            "--health-cmd=true",
            "--restart",
            "always",
            "-e",
            "A=1",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            oneoff_flags(&flags, &["--name", "--restart", "-p"], false),
            [
                "--label",
                "com.docker.compose.oneoff=True",
                "--init",
                "--network",
                "name=app_default,ip=10.0.0.2",
                "--health-cmd=true",
                "-e",
                "A=1"
            ]
        );
        let kept = oneoff_flags(&flags, &["--name"], true);
        assert!(kept.contains(&"name=app_default,alias=web,alias=www,ip=10.0.0.2".to_string()));
        assert!(kept.contains(&"80:80".to_string()));
    }
}
