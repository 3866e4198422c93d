//! `compose down`: the project's containers stopped (dependents first) and removed, then
//! its networks, and with `-v` its volumes, with `--rmi` its images.

use clap::Args;
use serde_json::Value;

use super::session::{SERVICE, Session, say};

#[derive(Debug, Args)]
pub struct DownArgs {
    /// Remove containers for services not defined in the compose file
    #[arg(long)]
    remove_orphans: bool,
    /// Remove named volumes declared in the volumes section and anonymous volumes
    /// attached to containers
    #[arg(short, long)]
    volumes: bool,
    /// Remove images used by services: "local" (only those without a custom tag) or "all"
    #[arg(long, value_name = "TYPE", value_parser = ["local", "all"])]
    rmi: Option<String>,
    /// Shutdown timeout in seconds
    #[arg(short, long)]
    timeout: Option<i64>,
    /// Services to stop and remove (default: all, with the project's networks)
    services: Vec<String>,
}

pub fn down(s: &Session, d: &DownArgs) -> anyhow::Result<i32> {
    s.check_services(&d.services)?;
    let known = crate::compose::order::service_names(&s.project.doc);
    let order = s.order(&[], true).unwrap_or_else(|_| known.clone());
    let mut rows = s.containers(&d.services, true, true)?;
    let mut orphans = Vec::new();
    rows.retain(|r| {
        let svc = r.config.labels.get(SERVICE).cloned().unwrap_or_default();
        if known.contains(&svc) || d.remove_orphans {
            true
        } else {
            orphans.push(r.config.name.clone());
            false
        }
    });
    if !orphans.is_empty() {
        eprintln!(
            "WARN[0000] Found orphan containers ({}) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.",
            orphans.join(", ")
        );
    }
    // dependents first
    rows.sort_by_key(|r| {
        let svc = r.config.labels.get(SERVICE).cloned().unwrap_or_default();
        std::cmp::Reverse(order.iter().position(|s| *s == svc).unwrap_or(usize::MAX))
    });
    let mut failed = false;
    for r in &rows {
        let name = &r.config.name;
        let running = matches!(
            r.state.status,
            crate::engine::records::Status::Running | crate::engine::records::Status::Paused
        );
        if running {
            say("Container", name, "Stopping");
            if let Err(e) = s.engine.stop_container(name, d.timeout) {
                crate::cli::error_line(&e);
            }
            say("Container", name, "Stopped");
        }
        say("Container", name, "Removing");
        let _ = std::fs::remove_dir_all(super::backend::files_dir(s.engine, name));
        match s.engine.remove_container(&r.config.id, true, d.volumes) {
            Ok(()) => say("Container", name, "Removed"),
            Err(e) => {
                crate::cli::error_line(&e);
                failed = true;
            }
        }
    }
    if !d.services.is_empty() {
        return Ok(if failed { super::EXIT_COMPOSE } else { 0 });
    }
    // the project's networks, then (with -v) its volumes
    let doc = &s.project.doc;
    let mut keys: Vec<String> = doc
        .get("networks")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    if !keys.iter().any(|k| k == "default") {
        keys.insert(0, "default".into());
    }
    for key in keys {
        let spec = doc
            .pointer(&format!("/networks/{key}"))
            .unwrap_or(&Value::Null);
        if spec.get("external").and_then(Value::as_bool) == Some(true) {
            continue;
        }
        let Some(name) = crate::compose::runspec::network_name(&s.project, &key) else {
            continue;
        };
        if !matches!(s.engine.find_network(&name), Ok(Some(_))) {
            continue;
        }
        say("Network", &name, "Removing");
        match s.engine.remove_network(&name) {
            Ok(()) => say("Network", &name, "Removed"),
            Err(e) => {
                crate::cli::error_line(format_args!("removing network {name}: {e}"));
                failed = true;
            }
        }
    }
    if d.volumes
        && let Some(vols) = doc.get("volumes").and_then(Value::as_object)
    {
        for (key, spec) in vols {
            if spec.get("external").and_then(Value::as_bool) == Some(true) {
                continue;
            }
            let name = spec
                .get("name")
                .and_then(Value::as_str)
                .map(str::to_string)
                .unwrap_or_else(|| format!("{}_{key}", s.project.name));
            if !matches!(s.engine.volume(&name), Ok(Some(_))) {
                continue;
            }
            say("Volume", &name, "Removing");
            match s.engine.remove_volume(&name, false) {
                Ok(()) => say("Volume", &name, "Removed"),
                Err(e) => {
                    crate::cli::error_line(format_args!("removing volume {name}: {e}"));
                    failed = true;
                }
            }
        }
    }
    if let Some(which) = &d.rmi {
        let mut images = Vec::new();
        for svc in &known {
            let spec = &doc["services"][svc.as_str()];
            let built = spec.get("image").is_none();
            if (which == "all" || built)
                && let Some(i) = crate::compose::runspec::image_name(&s.project.name, svc, spec)
                && !images.contains(&i)
            {
                images.push(i);
            }
        }
        for i in images {
            if s.engine.inspect_image(&i).is_err() {
                continue;
            }
            say("Image", &i, "Removing");
            match s
                .engine
                .remove_images(std::slice::from_ref(&i), false, false)
            {
                Ok(_) => say("Image", &i, "Removed"),
                Err(e) => {
                    crate::cli::error_line(format_args!("removing image {i}: {e}"));
                    failed = true;
                }
            }
        }
    }
    Ok(if failed { super::EXIT_COMPOSE } else { 0 })
}

/// `down` with its defaults (`wait --down-project`).
pub fn down_all(s: &Session) -> anyhow::Result<i32> {
    down(
        s,
        &DownArgs {
            remove_orphans: false,
            volumes: false,
            rmi: None,
            timeout: None,
            services: Vec::new(),
        },
    )
}
