//! `compose start`, `stop`, `restart`, `kill`, `rm`, `pause` and `unpause`: the engine's
//! operation on each of the project's containers, dependencies first when starting and
//! last when stopping.

use std::io::IsTerminal;

use clap::Args;

use super::look::ServicesArgs;
use super::session::{SERVICE, Session, say};
use crate::engine::container::list::ContainerRow;
use crate::engine::records::Status;

#[derive(Debug, Args)]
pub struct StopArgs {
    /// Shutdown timeout in seconds
    #[arg(short, long)]
    timeout: Option<i64>,
    services: Vec<String>,
}

#[derive(Debug, Args)]
pub struct KillArgs {
    /// SIGNAL to send to the container
    #[arg(short, long, default_value = "SIGKILL")]
    signal: String,
    /// Remove containers for services not defined in the compose file
    #[arg(long)]
    remove_orphans: bool,
    services: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Don't ask to confirm removal
    #[arg(short, long)]
    force: bool,
    /// Stop the containers, if required, before removing
    #[arg(short, long)]
    stop: bool,
    /// Remove any anonymous volumes attached to containers
    #[arg(short, long)]
    volumes: bool,
    services: Vec<String>,
}

fn running(r: &ContainerRow) -> bool {
    matches!(r.state.status, Status::Running | Status::Paused)
}

/// The containers of `services` in start order (`reverse`: stop order).
fn in_order(s: &Session, services: &[String], reverse: bool) -> anyhow::Result<Vec<ContainerRow>> {
    s.check_services(services)?;
    let order = s.order(&[], true)?;
    let mut rows = s.containers(services, true, false)?;
    rows.sort_by_key(|r| {
        let svc = r.config.labels.get(SERVICE).cloned().unwrap_or_default();
        order.iter().position(|s| *s == svc).unwrap_or(usize::MAX)
    });
    if reverse {
        rows.reverse();
    }
    Ok(rows)
}

/// Runs `op` on each, saying `doing`/`done`; status 1 when one failed.
fn each(
    rows: &[ContainerRow],
    doing: &str,
    done: &str,
    mut op: impl FnMut(&ContainerRow) -> Result<(), crate::engine::EngineError>,
) -> i32 {
    let mut failed = false;
    for r in rows {
        say("Container", &r.config.name, doing);
        match op(r) {
            Ok(()) => say("Container", &r.config.name, done),
            Err(e) => {
                crate::cli::error_line(&e);
                failed = true;
            }
        }
    }
    if failed { super::EXIT_COMPOSE } else { 0 }
}

pub fn start(s: &Session, a: &ServicesArgs) -> anyhow::Result<i32> {
    let rows: Vec<_> = in_order(s, &a.services, false)?
        .into_iter()
        .filter(|r| !running(r))
        .collect();
    if rows.is_empty() && !a.services.is_empty() {
        anyhow::bail!("service {:?} has no container to start", a.services[0]);
    }
    Ok(each(&rows, "Starting", "Started", |r| {
        s.engine.start_detached(&r.config.id)
    }))
}

pub fn stop(s: &Session, a: &StopArgs, restart: bool) -> anyhow::Result<i32> {
    let rows = in_order(s, &a.services, true)?;
    if restart {
        let code = each(&rows, "Restarting", "Started", |r| {
            if running(r) {
                s.engine.stop_container(&r.config.id, a.timeout)?;
            }
            s.engine.start_detached(&r.config.id)
        });
        return Ok(code);
    }
    let rows: Vec<_> = rows.into_iter().filter(running).collect();
    Ok(each(&rows, "Stopping", "Stopped", |r| {
        s.engine.stop_container(&r.config.id, a.timeout)
    }))
}

pub fn kill(s: &Session, a: &KillArgs) -> anyhow::Result<i32> {
    let sig = crate::util::units::parse_signal(&a.signal).map_err(|e| anyhow::anyhow!(e))?;
    let rows: Vec<_> = in_order(s, &a.services, true)?
        .into_iter()
        .filter(running)
        .collect();
    if rows.is_empty() {
        anyhow::bail!("no containers to kill");
    }
    Ok(each(&rows, "Killing", "Killed", |r| {
        s.engine.kill_container(&r.config.id, sig)
    }))
}

pub fn pause(s: &Session, a: &ServicesArgs, pause: bool) -> anyhow::Result<i32> {
    let rows: Vec<_> = in_order(s, &a.services, false)?
        .into_iter()
        .filter(running)
        .collect();
    let (doing, done) = if pause {
        ("Pausing", "Paused")
    } else {
        ("Unpausing", "Unpaused")
    };
    Ok(each(&rows, doing, done, |r| {
        s.engine.pause_container(&r.config.id, pause)
    }))
}

pub fn rm(s: &Session, a: &RmArgs) -> anyhow::Result<i32> {
    let mut rows = in_order(s, &a.services, true)?;
    if a.stop {
        for r in rows.iter().filter(|r| running(r)) {
            say("Container", &r.config.name, "Stopping");
            s.engine.stop_container(&r.config.id, None)?;
            say("Container", &r.config.name, "Stopped");
        }
        rows = in_order(s, &a.services, true)?;
    }
    let rows: Vec<_> = rows.into_iter().filter(|r| !running(r)).collect();
    if rows.is_empty() {
        eprintln!("No stopped containers");
        return Ok(0);
    }
    let names: Vec<&str> = rows.iter().map(|r| r.config.name.as_str()).collect();
    if !a.force && std::io::stdin().is_terminal() {
        eprint!(
            "Going to remove {}\n? Are you sure? [y/N] ",
            names.join(", ")
        );
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes") {
            return Ok(0);
        }
    }
    Ok(each(&rows, "Removing", "Removed", |r| {
        let _ = std::fs::remove_dir_all(super::backend::files_dir(s.engine, &r.config.name));
        s.engine.remove_container(&r.config.id, false, a.volumes)
    }))
}
