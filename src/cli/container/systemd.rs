//! `generate systemd`: a unit file for a container, like podman's. Without `--new` the unit
//! starts and stops the existing container (its monitor says READY); with `--new` it runs a
//! fresh container in the foreground from the command line that created this one.

use clap::{Args, Subcommand};

use crate::engine::Engine;

#[derive(Debug, Subcommand)]
pub enum GenerateCommand {
    /// Generate a systemd unit file for a container
    Systemd(SystemdArgs),
    /// Kubernetes YAML for pods, containers and volumes (as `kube generate`)
    Kube(crate::cli::kube::GenerateArgs),
}

#[derive(Debug, Args)]
pub struct SystemdArgs {
    /// Create a new container when the unit starts, and remove it when it stops
    #[arg(long)]
    new: bool,
    /// Use the container's name instead of its ID in the unit
    #[arg(short, long)]
    name: bool,
    /// Stop timeout in seconds
    #[arg(short, long, default_value_t = 10)]
    time: u32,
    /// systemd restart policy
    #[arg(long, default_value = "on-failure")]
    restart_policy: String,
    #[arg(value_name = "CONTAINER")]
    container: String,
}

/// The create command turned into a foreground `run --rm --replace` with the same options.
pub fn run_line(create: &[String], name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut it = create.iter().skip(1).peekable();
    // Global options (before the subcommand) go: the unit names the store itself.
    while let Some(a) = it.peek() {
        if matches!(a.as_str(), "run" | "create" | "container") {
            break;
        }
        it.next();
    }
    if it.peek().is_some_and(|a| *a == "container") {
        it.next();
    }
    it.next(); // run / create
    out.extend(["run", "--rm", "--replace", "--sdnotify=conmon"].map(String::from));
    let mut named = false;
    let mut after_image = false;
    while let Some(a) = it.next() {
        if after_image {
            out.push(a.clone());
            continue;
        }
        match a.as_str() {
            "-d" | "--detach" | "--rm" | "--replace" => continue,
            "--name" => {
                it.next();
                continue;
            }
            s if s.starts_with("--name=") || s.starts_with("--sdnotify") => continue,
            s if s.starts_with('-')
                && !s.starts_with("--")
                && s.len() > 2
                && s[1..].chars().all(|c| c.is_ascii_alphabetic()) =>
            {
                let rest: String = s[1..].chars().filter(|c| *c != 'd').collect();
                if !rest.is_empty() {
                    out.push(format!("-{rest}"));
                }
                continue;
            }
            s if !s.starts_with('-') => {
                // The first bare word that is not an option's value is the image.
                let prev = out.last().map(String::as_str).unwrap_or("");
                let takes_value = prev.starts_with('-') && !prev.contains('=') && !is_flag(prev);
                if !takes_value {
                    if !named {
                        out.push("--name".into());
                        out.push(name.into());
                        named = true;
                    }
                    after_image = true;
                }
            }
            _ => {}
        }
        out.push(a.clone());
    }
    out
}

/// Options of `run` that take no value.
fn is_flag(opt: &str) -> bool {
    matches!(
        opt,
        "-i" | "-t"
            | "-it"
            | "-ti"
            | "--interactive"
            | "--tty"
            | "--init"
            | "--privileged"
            | "--read-only"
            | "--no-healthcheck"
            | "-q"
            | "--quiet"
    ) || (opt.starts_with('-')
        && !opt.starts_with("--")
        && opt[1..].chars().all(|c| "it".contains(c)))
}

fn quote(arg: &str) -> String {
    if !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:=@%+,".contains(c))
    {
        arg.to_string()
    } else {
        format!(
            "\"{}\"",
            arg.replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('%', "%%")
        )
    }
}

pub fn generate(engine: &Engine, c: GenerateCommand) -> anyhow::Result<i32> {
    let a = match c {
        GenerateCommand::Systemd(a) => a,
        GenerateCommand::Kube(a) => return crate::cli::kube::generate(engine, a),
    };
    let id = engine.container_id(&a.container)?;
    let (config, _) = engine.load_container(&id)?;
    let exe = std::env::current_exe()?.display().to_string();
    let who = if a.name {
        config.name.clone()
    } else {
        config.id[..12].to_string()
    };
    let unit = format!("container-{who}.service");
    let ctx = engine.context();
    let globals = format!(
        "--root {} --runroot {}",
        quote(&ctx.root.display().to_string()),
        quote(&ctx.runroot.display().to_string())
    );
    let (exec_start, extra) = if a.new {
        if config.create_command.is_empty() {
            anyhow::bail!(
                "container {} has no recorded create command: --new needs one",
                config.name
            );
        }
        let line: Vec<String> = run_line(&config.create_command, &config.name)
            .iter()
            .map(|s| quote(s))
            .collect();
        (
            format!("{exe} {globals} {}", line.join(" ")),
            format!("ExecStopPost=-{exe} {globals} rm -f {}\n", config.name),
        )
    } else {
        (format!("{exe} {globals} start {who}"), String::new())
    };
    println!(
        "# {unit}
# autogenerated by skiff {version}

[Unit]
Description=skiff container {name}
Wants=network-online.target
After=network-online.target

[Service]
Environment=SKIFF_SYSTEMD_UNIT=%n
Restart={restart}
TimeoutStopSec={timeout}
ExecStart={exec_start}
ExecStop={exe} {globals} stop -t {time} {who}
{extra}Type=notify
NotifyAccess=all

[Install]
WantedBy=default.target",
        version = env!("CARGO_PKG_VERSION"),
        name = config.name,
        restart = a.restart_policy,
        timeout = a.time + 60,
        time = a.time,
    );
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> Vec<String> {
        s.split(' ').map(String::from).collect()
    }

    #[test]
    fn create_lines_become_foreground_runs() {
        assert_eq!(
            run_line(
                &v("skiff --root /r run -d --name web -e A=1 -p 80 busybox httpd -f"),
                "web"
            ),
            v("run --rm --replace --sdnotify=conmon -e A=1 -p 80 --name web busybox httpd -f")
        );
        assert_eq!(
            run_line(&v("skiff container create -dit --rm busybox sh"), "c1"),
            v("run --rm --replace --sdnotify=conmon -it --name c1 busybox sh")
        );
        assert_eq!(
            run_line(&v("skiff run --init -m 64m busybox"), "x"),
            v("run --rm --replace --sdnotify=conmon --init -m 64m --name x busybox")
        );
    }
}
