//! `pod create|ls|ps|inspect|start|stop|restart|kill|pause|unpause|rm|prune|top|logs|stats|
//! exists` (podman's).

mod create;
mod list;

use std::io::Write;

use clap::{Args, Subcommand};

use crate::engine::Engine;
pub use create::{PodCreateArgs, join_new_pod, options_from_flags};

#[derive(Debug, Subcommand)]
pub enum PodCommand {
    /// Create a pod: an infra container holding the namespaces its containers share
    Create(Box<PodCreateArgs>),
    /// Exit 0 when the pod exists, 1 when not
    Exists(crate::cli::ExistsArgs),
    /// Display a pod's configuration and state (JSON)
    Inspect(list::InspectArgs),
    /// Send a signal (default SIGKILL) to the containers of pods
    Kill(KillArgs),
    /// Fetch the logs of a pod's containers
    Logs(LogsArgs),
    /// Pause every container of pods
    Pause(PodsArgs),
    /// Remove every pod none of whose containers runs
    Prune(PruneArgs),
    /// List pods
    #[command(visible_aliases = ["ls", "list"])]
    Ps(list::PsArgs),
    /// Restart pods
    Restart(PodsArgs),
    /// Remove pods and their containers
    Rm(RmArgs),
    /// Start pods (the infra container first)
    Start(PodsArgs),
    /// Live resource usage of the containers of pods
    Stats(StatsArgs),
    /// Stop pods (their containers, then the infra container)
    Stop(StopArgs),
    /// The running processes of a pod's containers
    Top(TopArgs),
    /// Unpause every container of pods
    Unpause(PodsArgs),
}

#[derive(Debug, Args)]
pub struct PodsArgs {
    /// Every pod
    #[arg(short, long)]
    all: bool,
    /// The pod created last
    #[arg(short, long)]
    latest: bool,
    /// Read pod IDs from these files
    #[arg(long, value_name = "FILE")]
    pod_id_file: Vec<std::path::PathBuf>,
    #[arg(value_name = "POD")]
    pods: Vec<String>,
}

#[derive(Debug, Args)]
pub struct StopArgs {
    /// Seconds to wait for the stop signal before killing
    #[arg(
        short = 't',
        long = "time",
        visible_alias = "timeout",
        value_name = "SECONDS",
        allow_negative_numbers = true
    )]
    time: Option<i64>,
    /// Pods that do not exist are not an error
    #[arg(short, long)]
    ignore: bool,
    #[command(flatten)]
    which: PodsArgs,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Stop running containers first
    #[arg(short, long)]
    force: bool,
    /// Pods that do not exist are not an error
    #[arg(short, long)]
    ignore: bool,
    /// Seconds to wait for running containers to stop (with --force)
    #[arg(
        short = 't',
        long = "time",
        value_name = "SECONDS",
        allow_negative_numbers = true
    )]
    time: Option<i64>,
    #[command(flatten)]
    which: PodsArgs,
}

#[derive(Debug, Args)]
pub struct KillArgs {
    /// The signal (default KILL)
    #[arg(short, long, value_name = "SIGNAL", default_value = "KILL")]
    signal: String,
    #[command(flatten)]
    which: PodsArgs,
}

#[derive(Debug, Args)]
pub struct PruneArgs {
    /// Do not ask (skiff never asks: accepted for podman's scripts)
    #[arg(short, long)]
    force: bool,
}

#[derive(Debug, Args)]
pub struct TopArgs {
    /// The pod created last
    #[arg(short, long)]
    latest: bool,
    #[arg(value_name = "POD", required_unless_present = "latest")]
    pod: Option<String>,
    /// Options for ps (default: ps -ef's columns)
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "PS OPTIONS"
    )]
    ps_args: Vec<String>,
}

#[derive(Debug, Args)]
pub struct LogsArgs {
    /// Only this container of the pod
    #[arg(short, long, value_name = "CONTAINER")]
    container: Option<String>,
    #[command(flatten)]
    flags: crate::cli::container::LogsFlags,
    /// The pod created last
    #[arg(short, long)]
    latest: bool,
    #[arg(value_name = "POD", required_unless_present = "latest")]
    pod: Option<String>,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Every pod
    #[arg(short, long)]
    all: bool,
    /// One reading, no stream
    #[arg(long)]
    no_stream: bool,
    /// Do not clear the terminal between readings
    #[arg(long)]
    no_reset: bool,
    /// Do not truncate IDs
    #[arg(long)]
    no_trunc: bool,
    /// Format: table, table TEMPLATE, json or a Go template
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,
    /// The pod created last
    #[arg(short, long)]
    latest: bool,
    #[arg(value_name = "POD")]
    pods: Vec<String>,
}

impl PodsArgs {
    /// The pods named (by argument, ID file, `--all` or `--latest`), as IDs.
    fn resolve(&self, engine: &Engine) -> anyhow::Result<Vec<String>> {
        let mut out = self.pods.clone();
        for f in &self.pod_id_file {
            let id = std::fs::read_to_string(f)
                .map_err(|e| anyhow::anyhow!("--pod-id-file {}: {e}", f.display()))?;
            out.push(id.trim().to_string());
        }
        if self.all {
            out.extend(engine.list_pods()?.into_iter().map(|r| r.pod.id));
        }
        if self.latest {
            match engine.list_pods()?.pop() {
                Some(r) => out.push(r.pod.id),
                None => anyhow::bail!("no pods to act on"),
            }
        }
        if out.is_empty() && !self.all {
            anyhow::bail!("give a pod (name or ID), --all or --latest");
        }
        Ok(out)
    }
}

fn latest_pod(engine: &Engine, latest: bool, pod: Option<String>) -> anyhow::Result<String> {
    match (pod, latest) {
        (Some(p), _) => Ok(p),
        (None, true) => engine
            .list_pods()?
            .pop()
            .map(|r| r.pod.id)
            .ok_or_else(|| anyhow::anyhow!("no pods to act on")),
        (None, false) => anyhow::bail!("give a pod (name or ID) or --latest"),
    }
}

/// Runs `op` on each pod, printing its ID; failures are reported one line each and the
/// status is 125 then (podman's).
fn each(
    pods: &[String],
    ignore_missing: bool,
    op: &dyn Fn(&str) -> Result<crate::engine::pod::Pod, crate::engine::EngineError>,
) -> anyhow::Result<i32> {
    let mut code = 0;
    let mut out = std::io::stdout().lock();
    for p in pods {
        match op(p) {
            Ok(pod) => writeln!(out, "{}", pod.id)?,
            Err(crate::engine::EngineError::NoSuchPod(_)) if ignore_missing => {}
            Err(e) => {
                crate::cli::error_line(format_args!("{e}"));
                code = crate::cli::EXIT_ENGINE;
            }
        }
    }
    Ok(code)
}

pub fn dispatch(engine: &Engine, c: PodCommand) -> anyhow::Result<i32> {
    match c {
        PodCommand::Create(a) => create::create(engine, *a),
        PodCommand::Exists(a) => crate::cli::exists_status(engine.pod_exists(&a.name)),
        PodCommand::Inspect(a) => list::inspect(engine, a),
        PodCommand::Ps(a) => list::ps(engine, a),
        PodCommand::Start(a) => each(&a.resolve(engine)?, false, &|p| engine.start_pod(p)),
        PodCommand::Stop(a) => each(&a.which.resolve(engine)?, a.ignore, &|p| {
            engine.stop_pod(p, a.time)
        }),
        PodCommand::Restart(a) => each(&a.resolve(engine)?, false, &|p| engine.restart_pod(p)),
        PodCommand::Kill(a) => {
            let sig = crate::util::units::parse_signal(&a.signal).map_err(anyhow::Error::msg)?;
            each(&a.which.resolve(engine)?, false, &|p| {
                engine.kill_pod(p, sig)
            })
        }
        PodCommand::Pause(a) => each(&a.resolve(engine)?, false, &|p| engine.pause_pod(p, true)),
        PodCommand::Unpause(a) => each(&a.resolve(engine)?, false, &|p| engine.pause_pod(p, false)),
        PodCommand::Rm(a) => each(&a.which.resolve(engine)?, a.ignore, &|p| {
            engine.remove_pod(p, a.force, a.time)
        }),
        PodCommand::Prune(_) => {
            let mut out = std::io::stdout().lock();
            for id in engine.prune_pods()? {
                writeln!(out, "{id}")?;
            }
            Ok(0)
        }
        PodCommand::Top(a) => {
            let pod = engine.pod(&latest_pod(engine, a.latest, a.pod)?)?;
            let table = engine.pod_top(&pod, &a.ps_args)?;
            std::io::stdout().write_all(crate::cli::container::top_text(&table).as_bytes())?;
            Ok(0)
        }
        PodCommand::Logs(a) => list::logs(engine, a),
        PodCommand::Stats(a) => list::stats(engine, a),
    }
}
