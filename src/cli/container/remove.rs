//! `rm`: containers by name, `-a`, podman's `--latest`, `--cidfile`, `--filter` and
//! `--depend`; `-f -t N` stops them gracefully first.

use std::io::Write;

use clap::Args;

use super::latest::{self, named_or_latest};
use crate::engine::{Engine, EngineError};

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Kill and remove running containers
    #[arg(short, long)]
    force: bool,
    /// Remove anonymous volumes too
    #[arg(short, long)]
    volumes: bool,
    /// Remove all containers
    #[arg(short, long)]
    all: bool,
    /// Ignore containers that do not exist (podman)
    #[arg(short, long)]
    ignore: bool,
    /// Seconds to wait for a running container to stop before it is killed (with -f;
    /// podman)
    #[arg(short = 't', long = "time", value_name = "SECONDS")]
    time: Option<i64>,
    /// Also remove the containers that share its namespaces, and theirs (podman)
    #[arg(long)]
    depend: bool,
    /// Remove the latest container created (podman's; only the long form, as -l is docker's
    /// for links)
    #[arg(long)]
    latest: bool,
    /// Remove a link (CONTAINER/ALIAS) instead of a container: the container stays
    #[arg(short = 'l', long, conflicts_with_all = ["all", "latest", "cidfile", "filter", "force", "volumes", "depend"])]
    link: bool,
    /// Read the container's ID from a file (podman; repeatable)
    #[arg(long, value_name = "FILE")]
    cidfile: Vec<std::path::PathBuf>,
    /// Remove the containers that pass a filter (as ps --filter; podman)
    #[arg(long = "filter", value_name = "FILTER")]
    filter: Vec<String>,
    #[arg(value_name = "CONTAINER", required_unless_present_any = ["all", "latest", "cidfile", "filter"])]
    containers: Vec<String>,
}

pub fn rm(engine: &Engine, mut a: RmArgs) -> anyhow::Result<i32> {
    if a.link {
        return rm_links(engine, &a.containers);
    }
    a.containers = named_or_latest(engine, a.latest, std::mem::take(&mut a.containers))?;
    a.containers.extend(latest::from_cidfiles(&a.cidfile)?);
    if !a.filter.is_empty() {
        let rows = latest::filtered(engine, &a.filter)?;
        a.containers
            .extend(rows.into_iter().map(|r| r.config.id[..12].to_string()));
    }
    let targets: Vec<(String, Result<String, EngineError>)> = if a.all {
        // pods' infra containers go with their pods (`pod rm`); one whose pod is gone
        // (its creation was cut short) goes like any other
        engine
            .container_ids()?
            .into_iter()
            .filter(|id| {
                engine.load_container(id).is_ok_and(|(c, _)| {
                    !c.infra
                        || !c
                            .pod
                            .as_deref()
                            .is_some_and(|p| engine.pod_exists(p).unwrap_or(true))
                })
            })
            .map(|id| (id[..12].to_string(), Ok(id)))
            .collect()
    } else {
        a.containers
            .iter()
            .map(|c| (c.clone(), engine.container_id(c)))
            .collect()
    };
    // --depend: each one's dependents first, shown by ID as podman does
    let targets = if a.depend {
        let mut all: Vec<(String, Result<String, EngineError>)> = Vec::new();
        for (shown, id) in targets {
            if let Ok(id) = &id {
                for d in engine.dependents(id)? {
                    if !all.iter().any(|(_, x)| x.as_ref().is_ok_and(|x| *x == d)) {
                        all.push((d.clone(), Ok(d)));
                    }
                }
                if all.iter().any(|(_, x)| x.as_ref().is_ok_and(|x| x == id)) {
                    continue;
                }
            }
            all.push((shown, id));
        }
        all
    } else {
        targets
    };
    let mut failed = false;
    let mut out = std::io::stdout().lock();
    for (shown, id) in targets {
        let removed = id.and_then(|id| match (a.force, a.time) {
            // stopped gracefully first, for up to -t seconds
            (true, Some(t)) => engine.remove_stopping(&id, t, a.volumes),
            _ => engine.remove_container(&id, a.force, a.volumes),
        });
        match removed {
            Ok(()) => writeln!(out, "{shown}")?,
            Err(EngineError::NoSuchContainer(_)) if a.ignore => {}
            Err(e) => {
                crate::cli::error_line(&e);
                failed = true;
            }
        }
    }
    Ok(if failed { crate::cli::EXIT_ENGINE } else { 0 })
}

/// `rm --link /CONTAINER/ALIAS…` (docker's: the leading slash is optional).
fn rm_links(engine: &Engine, links: &[String]) -> anyhow::Result<i32> {
    let mut failed = false;
    let mut out = std::io::stdout().lock();
    for l in links {
        let Some((container, alias)) = l.trim_start_matches('/').rsplit_once('/') else {
            crate::cli::error_line(format_args!("invalid link {l:?}: want /CONTAINER/ALIAS"));
            failed = true;
            continue;
        };
        match engine.remove_link(container, alias) {
            Ok(()) => writeln!(out, "{l}")?,
            Err(e) => {
                crate::cli::error_line(&e);
                failed = true;
            }
        }
    }
    Ok(if failed { crate::cli::EXIT_ENGINE } else { 0 })
}
