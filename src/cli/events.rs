//! `events`: the daemonless event log, past (`--since`) and live.

use std::io::Write;

use clap::Args;

use crate::engine::Engine;
use crate::engine::events::EventQuery;
use crate::util::time::parse_time_or_duration;

#[derive(Debug, Args)]
pub struct EventsArgs {
    /// Show events created since this time (RFC 3339, unix seconds, or relative like 10m)
    #[arg(long, value_name = "TIME")]
    since: Option<String>,
    /// Stream events until this time
    #[arg(long, value_name = "TIME")]
    until: Option<String>,
    /// Filter: container=, event=, type=, image=, label=
    #[arg(short, long, value_name = "FILTER")]
    filter: Vec<String>,
    /// Format output with a Go template, or 'json'
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,
    /// Keep following new events (podman; false: stop at the last one recorded)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_value = "true", default_missing_value = "true", require_equals = true, action = clap::ArgAction::Set)]
    stream: bool,
    /// Full IDs (podman; false: the first 12 characters in the plain lines)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_value = "true", default_missing_value = "true", require_equals = true, action = clap::ArgAction::Set)]
    no_trunc: bool,
}

fn when(flag: &str, v: &Option<String>) -> anyhow::Result<Option<std::time::SystemTime>> {
    v.as_deref()
        .map(|s| {
            parse_time_or_duration(s)
                .ok_or_else(|| anyhow::anyhow!("invalid value for --{flag}: {s:?}"))
        })
        .transpose()
}

/// docker's plain line: `TIME TYPE ACTION ID (k=v, …)`.
fn plain(e: &serde_json::Value, full_ids: bool) -> String {
    let nanos = e["timeNano"].as_u64().unwrap_or(0);
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_nanos(nanos);
    let attrs: Vec<String> = e["Actor"]["Attributes"]
        .as_object()
        .map(|m| {
            m.iter()
                .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
                .collect()
        })
        .unwrap_or_default();
    let line = format!(
        "{} {} {} {} ({})",
        crate::util::time::format_rfc3339(t),
        e["Type"].as_str().unwrap_or(""),
        e["Action"].as_str().unwrap_or(""),
        e["Actor"]["ID"]
            .as_str()
            .map(|id| if full_ids {
                id
            } else {
                id.get(..12).unwrap_or(id)
            })
            .unwrap_or(""),
        attrs.join(", ")
    );
    // attributes carry image labels: shown, never obeyed by the terminal
    crate::util::text::escape_controls(&line, crate::util::text::Keep::Nothing).into_owned()
}

pub fn events(engine: &Engine, a: EventsArgs) -> anyhow::Result<i32> {
    let mut filters = Vec::new();
    for f in &a.filter {
        let (k, v) = f
            .split_once('=')
            .ok_or_else(|| anyhow::anyhow!("bad format of filter (expected name=value): {f}"))?;
        if !matches!(k, "container" | "event" | "type" | "image" | "label") {
            anyhow::bail!("invalid filter {k:?}");
        }
        filters.push((k.to_string(), v.to_string()));
    }
    let q = EventQuery {
        since: when("since", &a.since)?,
        until: match when("until", &a.until)? {
            None if !a.stream => Some(std::time::SystemTime::now()),
            u => u,
        },
        filters,
    };
    let json = matches!(a.format.as_deref(), Some("json" | "{{json .}}"));
    let template = match a.format.as_deref() {
        None | Some("") => None,
        Some("json") => Some(crate::cli::format::template::Template::parse("{{json .}}")?),
        Some(f) => Some(crate::cli::format::template::Template::parse(f)?),
    };
    let mut out = std::io::stdout();
    let mut failed = None;
    engine.events(&q, &mut |e| {
        // Go templates see docker's field names (.Status, .ID, .From, .Time, .TimeNano).
        let mut fields = e.clone();
        if !json && let Some(m) = fields.as_object_mut() {
            for (from, to) in [
                ("status", "Status"),
                ("id", "ID"),
                ("from", "From"),
                ("time", "Time"),
                ("timeNano", "TimeNano"),
            ] {
                if let Some(v) = m.get(from).cloned() {
                    m.insert(to.into(), v);
                }
            }
        }
        let line = match &template {
            Some(t) => match t.render(&fields) {
                Ok(s) => s,
                Err(err) => {
                    failed = Some(err.to_string());
                    return false;
                }
            },
            None => plain(e, a.no_trunc),
        };
        writeln!(out, "{line}").and_then(|()| out.flush()).is_ok()
    })?;
    if let Some(e) = failed {
        anyhow::bail!(e);
    }
    Ok(0)
}
