//! `compose events` (the engine's events of the project's containers, compose's line and
//! JSON forms) and `compose wait` (until the services' containers stop; their codes).

use std::io::Write;

use clap::Args;
use serde_json::json;

use super::session::{PROJECT, SERVICE, Session};
use crate::engine::events::EventQuery;

#[derive(Debug, Args)]
pub struct EventsArgs {
    /// Output events as a stream of json objects
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    window: super::look::Window,
    services: Vec<String>,
}

#[derive(Debug, Args)]
pub struct WaitArgs {
    /// Stop and remove the project once the first container has ended
    #[arg(long)]
    down_project: bool,
    #[arg(required = true)]
    services: Vec<String>,
}

pub fn events(s: &Session, a: &EventsArgs) -> anyhow::Result<i32> {
    s.check_services(&a.services)?;
    let (since, until) = a.window.times()?;
    let q = EventQuery {
        since,
        until,
        filters: vec![
            ("type".into(), "container".into()),
            ("label".into(), format!("{PROJECT}={}", s.project.name)),
        ],
    };
    let mut out = std::io::stdout();
    s.engine.events(&q, &mut |e| {
        let attrs = &e["Actor"]["Attributes"];
        let service = attrs[SERVICE].as_str().unwrap_or_default().to_string();
        if !a.services.is_empty() && !a.services.contains(&service) {
            return true;
        }
        let id = e["id"].as_str().unwrap_or_default();
        let action = e["Action"]
            .as_str()
            .or(e["status"].as_str())
            .unwrap_or_default();
        let nanos = e["timeNano"].as_u64().unwrap_or(0);
        let time = crate::util::time::format_rfc3339(
            std::time::UNIX_EPOCH + std::time::Duration::from_nanos(nanos),
        );
        let line = if a.json {
            json!({
                "time": time,
                "type": "container",
                "action": action,
                "id": id,
                "service": service,
                "attributes": attrs,
            })
            .to_string()
        } else {
            let mut pairs: Vec<String> = attrs
                .as_object()
                .map(|m| {
                    m.iter()
                        .filter(|(k, _)| !k.starts_with("com.docker.compose."))
                        .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default()))
                        .collect()
                })
                .unwrap_or_default();
            pairs.sort();
            format!("{time} container {action} {id} ({})", pairs.join(", "))
        };
        let line = crate::util::text::escape_controls(&line, crate::util::text::Keep::Nothing);
        writeln!(out, "{line}").and_then(|()| out.flush()).is_ok()
    })?;
    Ok(0)
}

pub fn wait(s: &Session, a: &WaitArgs) -> anyhow::Result<i32> {
    s.check_services(&a.services)?;
    let rows = s.containers(&a.services, true, false)?;
    if rows.is_empty() {
        anyhow::bail!("no containers for the services {}", a.services.join(", "));
    }
    let mut first = None;
    for r in &rows {
        let code = s.engine.wait_container(&r.config.id)?;
        println!("{code}");
        first.get_or_insert(code);
        if a.down_project {
            break;
        }
    }
    if a.down_project {
        super::down::down_all(s)?;
    }
    Ok(first.unwrap_or(0))
}
