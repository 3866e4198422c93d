//! `ps` / `container ls`.

use std::io::Write;

use clap::Args;
use serde_json::{Value, json};

use crate::cli::format::{Format, render};
use crate::cli::image::{created_at, since};
use crate::engine::Engine;
use crate::engine::container::list::{ContainerFilter, ContainerRow, PsOptions};
use crate::engine::records::Status;
use crate::util::human;
use crate::util::time::{parse_rfc3339, unix_seconds};

#[derive(Debug, Args)]
pub struct PsArgs {
    /// Show all containers (default shows just running)
    #[arg(short, long)]
    all: bool,
    /// Show the latest created container
    #[arg(short, long)]
    latest: bool,
    /// Show the N last created containers
    #[arg(short = 'n', long = "last", value_name = "N")]
    last: Option<usize>,
    /// Only display container IDs
    #[arg(short, long)]
    quiet: bool,
    /// Display total file sizes
    #[arg(short, long)]
    size: bool,
    /// Don't truncate output
    #[arg(long)]
    no_trunc: bool,
    /// Filter output (name=, id=, status=, ancestor=, label=, exited=, pod=)
    #[arg(short, long, value_name = "FILTER")]
    filter: Vec<String>,
    /// Format output: 'table', 'table TEMPLATE', 'json', or a Go template
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,
    /// Leave out the header row (podman)
    #[arg(long, alias = "no-heading")]
    noheading: bool,
    /// Sort by command, created, id, image, names, runningfor, size or status (podman)
    #[arg(long, value_name = "KEY", value_parser = ["command", "created", "id", "image", "names", "runningfor", "size", "status"])]
    sort: Option<String>,
    /// Also containers made by other tools in the store (podman; skiff's store has only
    /// its own)
    #[arg(long)]
    external: bool,
    /// The namespaces of each running container: PID and the inode of each namespace
    /// (podman)
    #[arg(long)]
    ns: bool,
    /// List again every N seconds (podman)
    #[arg(short, long, value_name = "SECONDS")]
    watch: Option<u64>,
    /// Check each container's state with its process (podman; skiff's ps always does)
    #[arg(long)]
    sync: bool,
    /// The pod of each container, its ID and name (podman)
    #[arg(short = 'p', long)]
    pod: bool,
}

/// `--ns`: the namespaces podman shows, (field, title, /proc/PID/ns entry).
const NAMESPACES: &[(&str, &str, &str)] = &[
    ("Cgroupns", "CGROUPNS", "cgroup"),
    ("IPC", "IPC", "ipc"),
    ("MNT", "MNT", "mnt"),
    ("NET", "NET", "net"),
    ("PIDNS", "PIDNS", "pid"),
    ("USERNS", "USERNS", "user"),
    ("UTS", "UTS", "uts"),
];

/// The inode of a process's namespace (`net:[4026531840]` → 4026531840), empty when it
/// cannot be read.
fn namespace_inode(pid: i32, ns: &str) -> String {
    std::fs::read_link(format!("/proc/{pid}/ns/{ns}"))
        .ok()
        .and_then(|l| {
            let t = l.to_string_lossy().into_owned();
            Some(t.split_once('[')?.1.trim_end_matches(']').to_string())
        })
        .unwrap_or_default()
}

const HEADERS: &[(&str, &str)] = &[
    ("ID", "CONTAINER ID"),
    ("Image", "IMAGE"),
    ("Command", "COMMAND"),
    ("RunningFor", "CREATED"),
    ("CreatedAt", "CREATED AT"),
    ("Status", "STATUS"),
    ("Ports", "PORTS"),
    ("Names", "NAMES"),
    ("Size", "SIZE"),
    ("LocalVolumes", "LOCAL VOLUMES"),
];

/// docker's STATUS column.
pub fn status_text(row: &ContainerRow) -> String {
    let s = &row.state;
    let ago = |t: &Option<String>| {
        t.as_deref()
            .and_then(parse_rfc3339)
            .map_or_else(String::new, |t| {
                human::duration(crate::util::time::since(t))
            })
    };
    let health = match s.health.as_ref().map(|h| h.status.as_str()) {
        Some("starting") => " (health: starting)".to_string(),
        Some(h) => format!(" ({h})"),
        None => String::new(),
    };
    match s.status {
        Status::Created => "Created".into(),
        Status::Running => format!("Up {}{health}", ago(&s.started_at)),
        Status::Paused => format!("Up {} (Paused)", ago(&s.started_at)),
        Status::Exited => format!("Exited ({}) {} ago", s.exit_code, ago(&s.finished_at)),
        Status::Dead => "Dead".into(),
        Status::Removing => "Removal In Progress".into(),
        Status::Restarting => format!("Restarting ({}) {} ago", s.exit_code, ago(&s.finished_at)),
    }
}

pub(super) fn row_json(r: &ContainerRow, no_trunc: bool, size: bool, image_size: u64) -> Value {
    let c = &r.config;
    let mut command = c.path.clone();
    for a in &c.args {
        command.push(' ');
        command.push_str(a);
    }
    if !no_trunc {
        command = human::ellipsis(&command, 20);
    }
    let labels: Vec<String> = c.labels.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let size_text = if size {
        let upper = crate::util::fs::tree_size(&c.spec.root.upper);
        format!(
            "{} (virtual {})",
            human::size(upper),
            human::size(upper + image_size)
        )
    } else {
        String::new()
    };
    json!({
        "Command": serde_json::to_string(&command).unwrap_or_default(),
        "CreatedAt": created_at(r.created()),
        "ID": if no_trunc { c.id.clone() } else { c.id[..12].to_string() },
        "Image": c.image,
        "Labels": labels.join(","),
        "LocalVolumes": c.mounts.iter().filter(|m| m.kind == "volume").count().to_string(),
        "Mounts": c.mounts.iter().map(|m| if m.name.is_empty() { m.source.display().to_string() } else { m.name.clone() }).collect::<Vec<_>>().join(","),
        "Names": c.name,
        "Networks": networks_text(c),
        "Ports": crate::oci::ports::summary(
            if matches!(r.state.status, crate::engine::records::Status::Running | crate::engine::records::Status::Paused) { &r.state.ports } else { &[] },
            &c.exposed_ports,
        ),
        "RunningFor": since(r.created()),
        "Size": size_text,
        "State": r.state.status.as_str(),
        "Status": status_text(r),
        // podman's names for the same and more
        "Id": c.id,
        "ImageID": c.image_id,
        "CreatedHuman": since(r.created()),
        "Created": unix_seconds(r.created()),
        "StartedAt": unix_seconds(r.state.started_at.as_deref().and_then(parse_rfc3339)),
        "ExitedAt": unix_seconds(r.state.finished_at.as_deref().and_then(parse_rfc3339)),
        "Exited": r.state.status == crate::engine::records::Status::Exited,
        "ExitCode": r.state.exit_code,
        "Pid": r.state.pid,
        "AutoRemove": c.auto_remove,
        "Pod": c.pod.as_deref().map(|p| if no_trunc { p } else { &p[..12.min(p.len())] }).unwrap_or_default(),
        "PodName": "",
        "IsInfra": c.infra,
    })
}

/// docker's NETWORKS column: the networks, or the mode (host, none, container:…).
fn networks_text(c: &crate::engine::records::ContainerConfig) -> String {
    let eps = crate::engine::network::endpoints(c);
    if eps.is_empty() {
        c.spec.linux.network.clone()
    } else {
        eps.iter()
            .map(|e| e.network.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }
}

pub fn ps(engine: &Engine, a: PsArgs) -> anyhow::Result<i32> {
    let _ = a.sync;
    let Some(every) = a.watch else {
        return ps_once(engine, &a);
    };
    if every == 0 {
        anyhow::bail!("invalid --watch 0: give at least 1 second");
    }
    let tty = crate::sys::isatty(std::io::stdout());
    loop {
        if tty {
            std::io::stdout().write_all(b"\x1b[2J\x1b[H")?;
        }
        ps_once(engine, &a)?;
        std::thread::sleep(std::time::Duration::from_secs(every));
    }
}

fn ps_once(engine: &Engine, a: &PsArgs) -> anyhow::Result<i32> {
    let filters = a
        .filter
        .iter()
        .map(|f| ContainerFilter::parse(f))
        .collect::<Result<Vec<_>, _>>()?;
    let last = if a.latest { Some(1) } else { a.last };
    let mut rows = engine.list_containers(&PsOptions {
        all: a.all,
        last,
        filters,
    })?;
    sort_rows(&mut rows, a.sort.as_deref());
    let mut out = std::io::stdout().lock();
    if a.quiet {
        for r in &rows {
            let id = if a.no_trunc {
                r.config.id.as_str()
            } else {
                &r.config.id[..12]
            };
            writeln!(out, "{id}")?;
        }
        return Ok(0);
    }
    let sizes = if a.size {
        engine.image_sizes()?
    } else {
        Default::default()
    };
    let pods: Vec<(String, String)> = if rows.iter().any(|r| r.config.pod.is_some()) {
        engine
            .list_pods()?
            .into_iter()
            .map(|p| (p.pod.id, p.pod.name))
            .collect()
    } else {
        Vec::new()
    };
    let docs: Vec<Value> = rows
        .iter()
        .map(|r| {
            let image_size = sizes.get(&r.config.image_id).copied().unwrap_or(0);
            let mut row = row_json(r, a.no_trunc, a.size, image_size);
            if let Some(pod) = &r.config.pod
                && let Some((_, name)) = pods.iter().find(|(id, _)| id == pod)
            {
                row["PodName"] = name.clone().into();
            }
            if a.ns
                && let Some(m) = row.as_object_mut()
            {
                let pid = r.state.pid;
                m.insert("Pid".into(), pid.into());
                for (field, _, ns) in NAMESPACES {
                    let inode = if pid > 0 {
                        namespace_inode(pid, ns)
                    } else {
                        String::new()
                    };
                    m.insert((*field).into(), inode.into());
                }
            }
            row
        })
        .collect();
    let mut headers = HEADERS.to_vec();
    headers.extend([("Pod", "POD ID"), ("PodName", "PODNAME")]);
    if a.ns {
        headers.push(("Pid", "PID"));
        headers.extend(NAMESPACES.iter().map(|(f, t, _)| (*f, *t)));
    }
    let default = if a.ns {
        "{{.ID}}\t{{.Names}}\t{{.Pid}}\t{{.Cgroupns}}\t{{.IPC}}\t{{.MNT}}\t{{.NET}}\t{{.PIDNS}}\t{{.USERNS}}\t{{.UTS}}"
    } else if a.size {
        "{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}\t{{.Size}}"
    } else {
        "{{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}"
    };
    let with_pod;
    let default = if a.pod {
        with_pod = format!("{default}\t{{{{.Pod}}}}\t{{{{.PodName}}}}");
        with_pod.as_str()
    } else {
        default
    };
    let format = Format::parse(a.format.as_deref(), default);
    let mut text = render(&format, &headers, &docs)?;
    if a.noheading {
        text = crate::cli::format::drop_header(&format, text);
    }
    out.write_all(text.as_bytes())?;
    Ok(0)
}

/// podman's `ps --sort KEY` (newest first stays the order for `created` and `runningfor`,
/// and breaks ties).
fn sort_rows(rows: &mut [ContainerRow], key: Option<&str>) {
    let command = |r: &ContainerRow| {
        std::iter::once(r.config.path.as_str())
            .chain(r.config.args.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" ")
    };
    match key {
        Some("command") => rows.sort_by_key(command),
        Some("id") => rows.sort_by(|a, b| a.config.id.cmp(&b.config.id)),
        Some("image") => rows.sort_by(|a, b| a.config.image.cmp(&b.config.image)),
        Some("names") => rows.sort_by(|a, b| a.config.name.cmp(&b.config.name)),
        Some("status") => rows.sort_by_key(|r| r.state.status.as_str()),
        Some("size") => rows.sort_by_key(|r| crate::util::fs::tree_size(&r.config.spec.root.upper)),
        _ => {}
    }
}
