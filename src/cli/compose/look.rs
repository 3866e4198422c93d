//! `compose ps`, `logs`, `ls`, `top`, `port` and `images`: the project's containers seen
//! through compose's labels, in compose's columns.

use std::collections::BTreeMap;
use std::io::Write;
use std::time::SystemTime;

use clap::Args;
use serde_json::{Value, json};

use super::session::{PROJECT, SERVICE, Session};
use crate::cli::format::{Format, render};
use crate::engine::Engine;
use crate::engine::container::list::{ContainerFilter, PsOptions};
use crate::engine::container::logs::LogOptions;

#[derive(Debug, Args)]
pub struct ServicesArgs {
    pub services: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PsArgs {
    /// Show all stopped containers (including those created by the run command)
    #[arg(short, long)]
    all: bool,
    /// Only display IDs
    #[arg(short, long)]
    quiet: bool,
    /// Display services
    #[arg(long)]
    services: bool,
    /// Filter services by status: created, running, paused, restarting, exited, dead
    #[arg(long)]
    status: Vec<String>,
    /// Format output: table, json or a Go template
    #[arg(long)]
    format: Option<String>,
    /// Don't truncate output
    #[arg(long)]
    no_trunc: bool,
    #[arg(value_name = "SERVICE")]
    names: Vec<String>,
}

#[derive(Debug, Args)]
pub struct LogsArgs {
    /// Follow log output
    #[arg(short, long)]
    follow: bool,
    /// Number of lines to show from the end of the logs for each container, or "all"
    #[arg(short = 'n', long)]
    tail: Option<String>,
    /// Show timestamps
    #[arg(short, long)]
    timestamps: bool,
    /// Don't print prefix in logs
    #[arg(long)]
    no_log_prefix: bool,
    /// Produce monochrome output (skiff's is always)
    #[arg(long)]
    no_color: bool,
    /// Show logs of the replica with this number only
    #[arg(long)]
    index: Option<u32>,
    #[command(flatten)]
    window: Window,
    services: Vec<String>,
}

/// `--since` and `--until` (`logs`, `events`).
#[derive(Debug, Args)]
pub struct Window {
    /// From a timestamp (2013-01-02T13:23:37Z) or a relative time (42m)
    #[arg(long)]
    since: Option<String>,
    /// Up to a timestamp or a relative time
    #[arg(long)]
    until: Option<String>,
}

impl Window {
    pub fn times(&self) -> anyhow::Result<(Option<SystemTime>, Option<SystemTime>)> {
        Ok((
            crate::cli::container::time_arg("since", &self.since)?,
            crate::cli::container::time_arg("until", &self.until)?,
        ))
    }
}

#[derive(Debug, Args)]
pub struct LsArgs {
    /// Show all stopped compose projects
    #[arg(short, long)]
    all: bool,
    /// Only display project names
    #[arg(short, long)]
    quiet: bool,
    /// Format the output: table or json
    #[arg(long, default_value = "table")]
    format: String,
}

#[derive(Debug, Args)]
pub struct PortArgs {
    /// tcp or udp
    #[arg(long, default_value = "tcp")]
    protocol: String,
    /// Index of the container if the service has multiple replicas
    #[arg(long, default_value_t = 1)]
    index: u32,
    service: String,
    private_port: u16,
}

const HEADERS: &[(&str, &str)] = &[
    ("Name", "NAME"),
    ("Image", "IMAGE"),
    ("Command", "COMMAND"),
    ("Service", "SERVICE"),
    ("RunningFor", "CREATED"),
    ("Status", "STATUS"),
    ("Ports", "PORTS"),
];

pub fn ps(s: &Session, a: &PsArgs) -> anyhow::Result<i32> {
    s.check_services(&a.names)?;
    let mut out = std::io::stdout().lock();
    if a.services {
        let order = s.order(&a.names, true)?;
        for svc in order {
            writeln!(out, "{svc}")?;
        }
        return Ok(0);
    }
    let rows = s.containers(&a.names, a.all || !a.status.is_empty(), a.all)?;
    let rows: Vec<_> = rows
        .into_iter()
        .filter(|r| a.status.is_empty() || a.status.iter().any(|st| st == r.state.status.as_str()))
        .collect();
    if a.quiet {
        for r in &rows {
            writeln!(out, "{}", r.config.id)?;
        }
        return Ok(0);
    }
    let docs: Vec<Value> = rows
        .iter()
        .map(|r| {
            let mut d = crate::cli::container::ps_row(r, a.no_trunc);
            let l = &r.config.labels;
            d["Name"] = json!(r.config.name);
            d["Service"] = json!(l.get(SERVICE).cloned().unwrap_or_default());
            d["Project"] = json!(l.get(PROJECT).cloned().unwrap_or_default());
            d["Health"] = json!(
                r.state
                    .health
                    .as_ref()
                    .map(|h| h.status.clone())
                    .unwrap_or_default()
            );
            d["ExitCode"] = json!(r.state.exit_code);
            d
        })
        .collect();
    let format = match a.format.as_deref() {
        Some("table") | None => Format::parse(
            None,
            "{{.Name}}\t{{.Image}}\t{{.Command}}\t{{.Service}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}",
        ),
        f => Format::parse(f, ""),
    };
    out.write_all(render(&format, HEADERS, &docs)?.as_bytes())?;
    Ok(0)
}

fn tail_arg(tail: &Option<String>) -> anyhow::Result<Option<usize>> {
    Ok(match tail.as_deref() {
        None | Some("all") => None,
        Some(n) => Some(
            n.parse::<i64>()
                .map_err(|_| anyhow::anyhow!("invalid value for --tail: {n:?}"))?
                .max(0) as usize,
        ),
    })
}

pub fn logs(s: &Session, a: &LogsArgs) -> anyhow::Result<i32> {
    s.check_services(&a.services)?;
    let rows: Vec<_> = s
        .containers(&a.services, true, false)?
        .into_iter()
        .filter(|r| {
            a.index
                .is_none_or(|i| r.config.labels.get(super::session::NUMBER) == Some(&i.to_string()))
        })
        .collect();
    let coloured = super::session::prefixes(&rows, super::session::colour(a.no_color));
    let prefix = |i: usize| {
        if a.no_log_prefix {
            String::new()
        } else {
            coloured[i].clone()
        }
    };
    let tail = tail_arg(&a.tail)?;
    let (since, until) = a.window.times()?;
    let line = |e: &crate::monitor::logs::Entry| {
        if a.timestamps {
            format!("{} {}", crate::util::time::format_rfc3339(e.time), e.text)
        } else {
            e.text.clone()
        }
    };
    if !a.follow {
        // every container's entries, merged in time order
        let mut all = Vec::new();
        for (i, r) in rows.iter().enumerate() {
            let p = prefix(i);
            let opts = LogOptions {
                tail,
                since,
                until,
                ..Default::default()
            };
            s.engine.container_logs(&r.config.id, &opts, &mut |e| {
                all.push((e.time, p.clone(), line(e)));
                true
            })?;
        }
        all.sort_by_key(|(t, _, _)| *t);
        let mut out = std::io::stdout().lock();
        for (_, p, text) in all {
            if super::lifecycle::write_entry(&mut out, &p, &text).is_err() {
                break;
            }
        }
        return Ok(0);
    }
    let ctx = s.engine.context().clone();
    let ts = a.timestamps;
    let threads: Vec<_> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (id, p, ctx) = (r.config.id.clone(), prefix(i), ctx.clone());
            std::thread::spawn(move || {
                let engine = Engine::new(ctx);
                let opts = LogOptions {
                    follow: true,
                    tail,
                    since,
                    until,
                };
                let _ = engine.container_logs(&id, &opts, &mut |e| {
                    let text = if ts {
                        format!("{} {}", crate::util::time::format_rfc3339(e.time), e.text)
                    } else {
                        e.text.clone()
                    };
                    super::lifecycle::write_entry(&mut std::io::stdout().lock(), &p, &text).is_ok()
                });
            })
        })
        .collect();
    for t in threads {
        let _ = t.join();
    }
    Ok(0)
}

/// `compose ls`: projects from every container's labels.
pub fn ls(engine: &Engine, a: &LsArgs) -> anyhow::Result<i32> {
    let rows = engine.list_containers(&PsOptions {
        all: true,
        last: None,
        filters: vec![ContainerFilter::Label(PROJECT.into(), None)],
    })?;
    // project → (status counts, config files)
    let mut projects: BTreeMap<String, (BTreeMap<String, usize>, String)> = BTreeMap::new();
    for r in &rows {
        let l = &r.config.labels;
        let Some(p) = l.get(PROJECT) else { continue };
        let e = projects.entry(p.clone()).or_default();
        *e.0.entry(r.state.status.as_str().to_string()).or_default() += 1;
        if let Some(f) = l.get("com.docker.compose.project.config_files") {
            e.1 = f.clone();
        }
    }
    let mut out = std::io::stdout().lock();
    let docs: Vec<Value> = projects
        .iter()
        .filter(|(_, (counts, _))| a.all || counts.contains_key("running"))
        .map(|(name, (counts, files))| {
            let status = counts
                .iter()
                .map(|(st, n)| format!("{st}({n})"))
                .collect::<Vec<_>>()
                .join(", ");
            json!({"Name": name, "Status": status, "ConfigFiles": files})
        })
        .collect();
    if a.quiet {
        for d in &docs {
            writeln!(out, "{}", d["Name"].as_str().unwrap_or_default())?;
        }
        return Ok(0);
    }
    let format = match a.format.as_str() {
        "table" => Format::parse(None, "{{.Name}}\t{{.Status}}\t{{.ConfigFiles}}"),
        "json" => {
            // compose prints one JSON array
            writeln!(out, "{}", serde_json::to_string(&docs)?)?;
            return Ok(0);
        }
        other => anyhow::bail!("invalid --format {other:?}: use table or json"),
    };
    out.write_all(
        render(
            &format,
            &[
                ("Name", "NAME"),
                ("Status", "STATUS"),
                ("ConfigFiles", "CONFIG FILES"),
            ],
            &docs,
        )?
        .as_bytes(),
    )?;
    Ok(0)
}

pub fn top(s: &Session, a: &ServicesArgs) -> anyhow::Result<i32> {
    s.check_services(&a.services)?;
    let mut out = std::io::stdout().lock();
    for (i, r) in s.containers(&a.services, false, false)?.iter().enumerate() {
        let t = s.engine.top(&r.config.id, &[])?;
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(out, "{}", r.config.name)?;
        out.write_all(crate::cli::container::top_text(&t).as_bytes())?;
    }
    Ok(0)
}

pub fn port(s: &Session, a: &PortArgs) -> anyhow::Result<i32> {
    s.check_services(std::slice::from_ref(&a.service))?;
    let r = s
        .containers(std::slice::from_ref(&a.service), false, false)?
        .into_iter()
        .find(|r| r.config.labels.get(super::session::NUMBER) == Some(&a.index.to_string()))
        .ok_or_else(|| anyhow::anyhow!("service {:?} is not running", a.service))?;
    let found = r
        .state
        .ports
        .iter()
        .find(|m| m.container_port == a.private_port && m.proto.as_str() == a.protocol);
    match found {
        Some(m) => println!(
            "{}:{}",
            crate::oci::ports::host_text(m.host_ip),
            m.host_port
        ),
        None => anyhow::bail!(
            "no port {}/{} published for {}",
            a.private_port,
            a.protocol,
            r.config.name
        ),
    }
    Ok(0)
}

pub fn images(s: &Session, a: &ServicesArgs) -> anyhow::Result<i32> {
    s.check_services(&a.services)?;
    let mut docs = Vec::new();
    for r in s.containers(&a.services, true, false)? {
        let image = &r.config.image;
        let (repo, tag) = match image.rsplit_once(':').filter(|(_, t)| !t.contains('/')) {
            Some((r, t)) => (r.to_string(), t.to_string()),
            None => (image.clone(), "latest".to_string()),
        };
        let id = r.config.image_id.to_string();
        let short = id.strip_prefix("sha256:").unwrap_or(&id);
        let size = s
            .engine
            .inspect_image(&id)
            .ok()
            .and_then(|v| v["Size"].as_u64())
            .unwrap_or(0);
        docs.push(json!({
            "ContainerName": r.config.name,
            "Repository": repo,
            "Tag": tag,
            "ID": &short[..short.len().min(12)],
            "Size": crate::util::human::size(size),
        }));
    }
    let format = Format::parse(
        None,
        "{{.ContainerName}}\t{{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.Size}}",
    );
    std::io::stdout().lock().write_all(
        render(
            &format,
            &[
                ("ContainerName", "CONTAINER"),
                ("Repository", "REPOSITORY"),
                ("Tag", "TAG"),
                ("ID", "IMAGE ID"),
                ("Size", "SIZE"),
            ],
            &docs,
        )?
        .as_bytes(),
    )?;
    Ok(0)
}
