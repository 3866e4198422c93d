//! `stats`: a live table of resource use (or one reading with `--no-stream`).

use std::io::Write;
use std::time::Duration;

use clap::Args;
use serde_json::{Value, json};

use crate::cli::format::{Format, render};
use crate::engine::Engine;
use crate::engine::container::stats::{Reading, host_memory};
use crate::util::human;

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Show all containers (default shows just running)
    #[arg(short, long)]
    all: bool,
    /// Disable streaming stats and only pull the first result
    #[arg(long)]
    no_stream: bool,
    /// Do not truncate output
    #[arg(long)]
    no_trunc: bool,
    /// Format output: 'table', 'table TEMPLATE', 'json', or a Go template
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,
    /// Seconds between updates (podman)
    #[arg(short, long, value_name = "SECONDS", default_value_t = 1)]
    interval: u64,
    /// Do not clear the terminal between updates (podman)
    #[arg(long)]
    pub(crate) no_reset: bool,
    /// Act on the latest container created (podman)
    #[arg(short = 'l', long)]
    latest: bool,
    #[arg(value_name = "CONTAINER")]
    containers: Vec<String>,
}

impl StatsArgs {
    /// `stats` of these containers (a pod's), as `pod stats` asks.
    pub fn of(
        containers: Vec<String>,
        no_stream: bool,
        no_trunc: bool,
        format: Option<String>,
    ) -> Self {
        StatsArgs {
            all: false,
            no_stream,
            no_trunc,
            format,
            interval: 1,
            no_reset: false,
            latest: false,
            containers,
        }
    }
}

const HEADERS: &[(&str, &str)] = &[
    ("Container", "CONTAINER"),
    ("ID", "CONTAINER ID"),
    ("Name", "NAME"),
    ("CPUPerc", "CPU %"),
    ("MemUsage", "MEM USAGE / LIMIT"),
    ("MemPerc", "MEM %"),
    ("NetIO", "NET I/O"),
    ("BlockIO", "BLOCK I/O"),
    ("PIDs", "PIDS"),
];

const DEFAULT: &str = "{{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}";

fn row(now: &Reading, before: Option<&Reading>, no_trunc: bool, host_mem: u64) -> Value {
    let c = &now.config;
    let s = &now.sample;
    let limit = s.mem_limit.unwrap_or(host_mem).min(host_mem.max(1));
    let mem_perc = if limit > 0 {
        s.mem_usage as f64 / limit as f64 * 100.0
    } else {
        0.0
    };
    let id = if no_trunc {
        c.id.clone()
    } else {
        c.id[..12].to_string()
    };
    json!({
        "Container": id,
        "ID": id,
        "Name": c.name,
        "CPUPerc": format!("{:.2}%", now.cpu_percent(before)),
        "MemUsage": format!("{} / {}", human::binary_size(s.mem_usage), human::binary_size(limit)),
        "MemPerc": format!("{mem_perc:.2}%"),
        "NetIO": format!("{} / {}", human::size(now.net_rx), human::size(now.net_tx)),
        "BlockIO": format!("{} / {}", human::size(s.blk_read), human::size(s.blk_write)),
        "PIDs": s.pids.to_string(),
    })
}

pub fn stats(engine: &Engine, mut a: StatsArgs) -> anyhow::Result<i32> {
    a.containers = super::named_or_latest(engine, a.latest, std::mem::take(&mut a.containers))?;
    if a.interval == 0 {
        anyhow::bail!("invalid --interval 0: give at least 1 second");
    }
    let format = Format::parse(a.format.as_deref(), DEFAULT);
    let host_mem = host_memory();
    let tty = crate::sys::isatty(std::io::stdout());
    let mut before: Vec<Reading> = Vec::new();
    let mut first = true;
    loop {
        let ids = engine.stats_targets(&a.containers, a.all)?;
        let now = engine.stats_read(&ids);
        if first {
            // CPU % needs two readings: take the second shortly after the first.
            first = false;
            before = now;
            std::thread::sleep(Duration::from_millis(500));
            continue;
        }
        let rows: Vec<Value> = now
            .iter()
            .map(|r| {
                let prev = before.iter().find(|b| b.config.id == r.config.id);
                row(r, prev, a.no_trunc, host_mem)
            })
            .collect();
        let text = render(&format, HEADERS, &rows)?;
        let mut out = std::io::stdout().lock();
        if tty && !a.no_stream && !a.no_reset {
            out.write_all(b"\x1b[2J\x1b[H")?;
        }
        out.write_all(text.as_bytes())?;
        out.flush()?;
        if a.no_stream {
            return Ok(0);
        }
        before = now;
        std::thread::sleep(Duration::from_secs(a.interval));
    }
}
