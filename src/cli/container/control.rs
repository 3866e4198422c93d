//! `logs`, `stop`, `kill`, `restart`, `pause`, `unpause` (each with podman's `-a`).

use std::io::Write;

use clap::Args;

use crate::engine::Engine;
use crate::engine::container::logs::LogOptions;
use crate::engine::records::Status;
use crate::monitor::logs::Stream;
use crate::util::time::{format_rfc3339, parse_time_or_duration};

/// The flags of `logs` that `pod logs` has too.
#[derive(Debug, Args)]
pub struct LogsFlags {
    /// Follow log output
    #[arg(short, long)]
    pub follow: bool,
    /// Show timestamps
    #[arg(short, long)]
    pub timestamps: bool,
    /// Number of lines to show from the end of the logs ("all")
    #[arg(short = 'n', long, value_name = "N")]
    pub tail: Option<String>,
    /// Show logs since a timestamp (RFC 3339, unix seconds) or relative (e.g. 42m)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Show logs before a timestamp or relative time
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
    /// With several containers, prefix lines with their names instead of IDs (podman)
    #[arg(long)]
    pub names: bool,
    /// With several containers, give each its own colour (podman)
    #[arg(long)]
    pub color: bool,
}

#[derive(Debug, Args)]
pub struct LogsArgs {
    #[command(flatten)]
    flags: LogsFlags,
    /// Show the attributes `--log-opt labels=…,env=…` attach to each line
    #[arg(long)]
    details: bool,
    /// Act on the latest container created (podman)
    #[arg(short = 'l', long)]
    latest: bool,
    /// One container, or several (podman: each line then says whose it is)
    #[arg(value_name = "CONTAINER", required_unless_present = "latest")]
    containers: Vec<String>,
}

impl LogsArgs {
    /// `logs` of these containers (a pod's), as `pod logs` asks.
    pub fn of(containers: Vec<String>, flags: LogsFlags) -> Self {
        LogsArgs {
            flags,
            details: false,
            latest: false,
            containers,
        }
    }
}

/// `-t/--time`: how long `stop` waits for the stop signal to work.
#[derive(Debug, Args)]
pub struct StopTime {
    /// Seconds to wait before killing the container
    #[arg(
        short = 't',
        long = "time",
        visible_alias = "timeout",
        value_name = "SECONDS",
        allow_negative_numbers = true
    )]
    time: Option<i64>,
}

impl StopTime {
    /// Seconds to wait: -1 waits for ever, as docker's API does.
    fn seconds(&self) -> anyhow::Result<Option<i64>> {
        match self.time {
            Some(t) if t < -1 => {
                anyhow::bail!("invalid value {t} for --time: use -1 (wait for ever) or more")
            }
            t => Ok(t),
        }
    }
}

/// The containers a lifecycle command acts on: those named, or (podman's) every one it
/// applies to (`-a`), those a filter picks (`--filter`), the latest (`-l`), those whose
/// IDs files hold (`--cidfile`).
#[derive(Debug, Args)]
pub struct Targets {
    /// Every container this applies to
    #[arg(short, long)]
    all: bool,
    /// Act on the latest container created (podman)
    #[arg(short = 'l', long)]
    latest: bool,
    /// Read the container's ID from a file (podman; repeatable)
    #[arg(long, value_name = "FILE")]
    cidfile: Vec<std::path::PathBuf>,
    /// Those of the containers this applies to that pass a filter (as ps --filter; podman)
    #[arg(short, long = "filter", value_name = "FILTER")]
    filter: Vec<String>,
    #[arg(
        required_unless_present_any = ["all", "latest", "cidfile", "filter"],
        value_name = "CONTAINER"
    )]
    containers: Vec<String>,
}

impl Targets {
    /// The containers named, or the IDs of those `-a`/`--filter` pick in a state
    /// `applies` accepts, the latest, or those of the ID files.
    fn resolve(&self, engine: &Engine, applies: fn(Status) -> bool) -> anyhow::Result<Vec<String>> {
        let mut names = super::named_or_latest(engine, self.latest, self.containers.clone())?;
        names.extend(super::latest::from_cidfiles(&self.cidfile)?);
        if !self.all && self.filter.is_empty() {
            return Ok(names);
        }
        let rows = super::latest::filtered(engine, &self.filter)?;
        names.extend(
            rows.into_iter()
                .filter(|r| applies(r.state.status))
                .map(|r| r.config.id),
        );
        Ok(names)
    }
}

fn live(s: Status) -> bool {
    matches!(s, Status::Running | Status::Paused | Status::Restarting)
}

#[derive(Debug, Args)]
pub struct StopArgs {
    #[command(flatten)]
    wait: StopTime,
    /// Signal to send instead of the container's stop signal
    #[arg(short, long)]
    signal: Option<String>,
    /// Ignore containers that do not exist
    #[arg(short, long)]
    ignore: bool,
    #[command(flatten)]
    targets: Targets,
}

#[derive(Debug, Args)]
pub struct KillArgs {
    /// Signal to send to the container
    #[arg(short, long, default_value = "KILL")]
    signal: String,
    #[command(flatten)]
    targets: Targets,
}

#[derive(Debug, Args)]
pub struct ContainersArgs {
    #[command(flatten)]
    targets: Targets,
}

pub(crate) fn time_arg(
    flag: &str,
    v: &Option<String>,
) -> anyhow::Result<Option<std::time::SystemTime>> {
    v.as_deref()
        .map(|s| {
            parse_time_or_duration(s)
                .ok_or_else(|| anyhow::anyhow!("invalid value for --{flag}: {s:?}"))
        })
        .transpose()
}

pub fn logs(engine: &Engine, a: LogsArgs) -> anyhow::Result<i32> {
    let tail = match a.flags.tail.as_deref() {
        None | Some("all") => None,
        Some(n) => Some(
            n.parse::<i64>()
                .map_err(|_| anyhow::anyhow!("invalid value for --tail: {n:?}"))?
                .max(0) as usize,
        ),
    };
    let opts = LogOptions {
        follow: a.flags.follow,
        tail,
        since: time_arg("since", &a.flags.since)?,
        until: time_arg("until", &a.flags.until)?,
    };
    let names = super::named_or_latest(engine, a.latest, a.containers)?;
    // several containers: each line starts with whose it is (ID, or name with --names)
    let mut prefixes = Vec::new();
    for (n, c) in names.iter().enumerate() {
        let id = engine.container_id(c)?;
        let who = if a.flags.names {
            engine.load_container(&id)?.0.name
        } else {
            id[..12].to_string()
        };
        prefixes.push(match (names.len() > 1, a.flags.color) {
            (false, _) => String::new(),
            (true, false) => format!("{who} "),
            // 31..36: red, green, yellow, blue, magenta, cyan in turn
            (true, true) => format!("\x1b[{}m{who}\x1b[0m ", 31 + n % 6),
        });
    }
    let show = |name: &str, prefix: &str| -> anyhow::Result<()> {
        let (mut out, mut err) = (std::io::stdout(), std::io::stderr());
        // docker's order: time, attributes (and a space), the line
        let details = if a.details {
            Some(engine.log_details(name)? + " ")
        } else {
            None
        };
        engine.container_logs(name, &opts, &mut |e| {
            let mut line = prefix.to_string();
            if a.flags.timestamps {
                line.push_str(&format_rfc3339(e.time));
                line.push(' ');
            }
            if let Some(d) = &details {
                line.push_str(d);
            }
            line.push_str(&e.text);
            let w: &mut dyn Write = match e.stream {
                Stream::Stdout => &mut out,
                Stream::Stderr => &mut err,
            };
            w.write_all(line.as_bytes())
                .and_then(|()| w.flush())
                .is_ok()
        })?;
        Ok(())
    };
    if !opts.follow || names.len() == 1 {
        for (name, prefix) in names.iter().zip(&prefixes) {
            show(name, prefix)?;
        }
        return Ok(0);
    }
    // following several: side by side, each line written whole
    std::thread::scope(|s| {
        let followers: Vec<_> = names
            .iter()
            .zip(&prefixes)
            .map(|(name, prefix)| s.spawn(move || show(name, prefix)))
            .collect();
        for f in followers {
            f.join()
                .map_err(|_| anyhow::anyhow!("following the logs failed"))??;
        }
        Ok(0)
    })
}

/// Runs `op` on each container, printing its name as given, or the error; 125 if any failed.
/// `ignore`: a container that does not exist is skipped without a word (podman's
/// `--ignore`).
pub(super) fn each(
    containers: &[String],
    ignore: bool,
    mut op: impl FnMut(&str) -> anyhow::Result<()>,
) -> i32 {
    let mut failed = false;
    for c in containers {
        match op(c) {
            Ok(()) => println!("{c}"),
            Err(e)
                if ignore
                    && matches!(
                        e.downcast_ref::<crate::engine::EngineError>(),
                        Some(crate::engine::EngineError::NoSuchContainer(_))
                    ) => {}
            Err(e) => {
                crate::cli::error_line(&e);
                failed = true;
            }
        }
    }
    if failed { crate::cli::EXIT_ENGINE } else { 0 }
}

/// `--signal NAME|NUMBER` of stop and restart.
fn signal_flag(given: Option<&str>) -> anyhow::Result<Option<i32>> {
    given
        .map(crate::util::units::parse_signal)
        .transpose()
        .map_err(|e| anyhow::anyhow!(e))
}

pub fn stop(engine: &Engine, a: StopArgs) -> anyhow::Result<i32> {
    let signal = signal_flag(a.signal.as_deref())?;
    let targets = a.targets.resolve(engine, live)?;
    Ok(each(&targets, a.ignore, |c| {
        match signal {
            Some(sig) => engine.stop_with(c, sig, a.wait.seconds()?)?,
            None => engine.stop_container(c, a.wait.seconds()?)?,
        }
        Ok(())
    }))
}

pub fn kill(engine: &Engine, a: KillArgs) -> anyhow::Result<i32> {
    let sig = crate::util::units::parse_signal(&a.signal).map_err(|e| anyhow::anyhow!(e))?;
    let targets = a.targets.resolve(engine, live)?;
    Ok(each(
        &targets,
        false,
        |c| Ok(engine.kill_container(c, sig)?),
    ))
}

#[derive(Debug, Args)]
pub struct RestartArgs {
    #[command(flatten)]
    wait: StopTime,
    /// Signal to stop it with instead of the container's stop signal
    #[arg(short, long)]
    signal: Option<String>,
    /// With -a or --filter: only the running ones (podman)
    #[arg(long)]
    running: bool,
    #[command(flatten)]
    targets: Targets,
}

pub fn restart(engine: &Engine, a: RestartArgs) -> anyhow::Result<i32> {
    let signal = signal_flag(a.signal.as_deref())?;
    let targets = a
        .targets
        .resolve(engine, if a.running { live } else { |_| true })?;
    Ok(each(&targets, false, |c| {
        Ok(engine.restart_container(c, a.wait.seconds()?, signal)?)
    }))
}

pub fn pause(engine: &Engine, a: ContainersArgs) -> anyhow::Result<i32> {
    let targets = a.targets.resolve(engine, |s| s == Status::Running)?;
    Ok(each(&targets, false, |c| {
        Ok(engine.pause_container(c, true)?)
    }))
}

pub fn unpause(engine: &Engine, a: ContainersArgs) -> anyhow::Result<i32> {
    let targets = a.targets.resolve(engine, |s| s == Status::Paused)?;
    Ok(each(&targets, false, |c| {
        Ok(engine.pause_container(c, false)?)
    }))
}
