//! Container commands: run, create, start, rm, ps, rename, wait, container prune, and the
//! hidden per-container monitor that `start` (detached) leaves running.

pub(crate) mod args;
mod attach;
pub(crate) mod build_step;
mod control;
mod cp;
mod devices;
mod exec;
mod extra;
mod health;
mod latest;
pub use latest::named_or_latest;
mod limits;
mod look;
mod netargs;
mod podman;
mod ps;
mod remove;
mod settings;
mod stats;
mod systemd;
mod update;

use std::io::Write;

use clap::{Args, Subcommand};

use crate::cli::progress::LayerDisplay;
use crate::engine::{Engine, EngineError};
pub use args::ContainerArgs;
pub use attach::{AttachArgs, attach};
pub use control::{
    ContainersArgs, KillArgs, LogsArgs, LogsFlags, RestartArgs, StopArgs, kill, logs, pause,
    restart, stop, unpause,
};
pub use cp::{CpArgs, cp};
pub use exec::{ExecArgs, exec};
pub use health::{HealthcheckCommand, healthcheck};
pub use limits::LimitArgs;
pub use look::{DiffArgs, PortArgs, TopArgs, diff, port, top};
pub use ps::{PsArgs, status_text};
pub use remove::{RmArgs, rm};
pub use stats::{StatsArgs, stats};
pub use systemd::{GenerateCommand, generate};
pub use update::{UpdateArgs, update};

#[derive(Debug, Args)]
#[command(disable_help_flag = true)]
pub struct RunArgs {
    /// Print help
    #[arg(long, action = clap::ArgAction::Help)]
    help: Option<bool>,
    /// Run in the background and print the container ID
    #[arg(short, long)]
    detach: bool,
    /// Suppress the pull output
    #[arg(short, long)]
    quiet: bool,
    /// Attach to STDIN, STDOUT or STDERR (repeatable; default: stdout, stderr and, with
    /// -i, stdin)
    #[arg(
        short = 'a',
        long = "attach",
        value_name = "STREAM",
        conflicts_with = "detach"
    )]
    attach: Vec<String>,
    #[command(flatten)]
    session: SessionArgs,
    #[command(flatten)]
    container: ContainerArgs,
}

/// How a foreground `run` or `start -a` is attached.
#[derive(Debug, Args)]
pub struct SessionArgs {
    /// Override the key sequence for detaching (default ctrl-p,ctrl-q; "" for none)
    #[arg(long, value_name = "KEYS")]
    detach_keys: Option<String>,
    /// Proxy received signals to the container (false: they stop only this client)
    #[arg(long, default_value = "true", action = clap::ArgAction::Set, value_name = "BOOL")]
    sig_proxy: bool,
}

impl SessionArgs {
    /// Whether the container runs under its monitor with this client attached (so it can
    /// be detached from, or outlive the client), rather than as our child.
    fn through_monitor(&self, tty_stdin: bool, some_streams: bool) -> bool {
        tty_stdin || some_streams || !self.sig_proxy
    }

    /// Starts the container under its monitor and attaches to it: its status, or 0 when
    /// detached.
    fn run(
        &self,
        engine: &Engine,
        id: &str,
        (stdin, stdout, stderr): (bool, bool, bool),
    ) -> anyhow::Result<i32> {
        let keys = attach::parse_keys(self.detach_keys.as_deref().unwrap_or(attach::DEFAULT_KEYS))?;
        let monitor = match engine.start_for_attach(id) {
            Ok(m) => m,
            Err(e) => {
                let e = anyhow::Error::from(e);
                crate::cli::error_line(format_args!("{e:#}"));
                return Ok(code_of(&e));
            }
        };
        let session = attach::Session {
            keys,
            stdin,
            stdout,
            stderr,
            sig_proxy: self.sig_proxy,
        };
        Ok(match attach::attach_to(engine, id, session)? {
            attach::Ended::Exited(code) => {
                if let Some(m) = monitor {
                    m.finish();
                }
                code
            }
            attach::Ended::Detached => 0,
        })
    }
}

#[derive(Debug, Args)]
#[command(disable_help_flag = true)]
pub struct CreateArgs {
    /// Print help
    #[arg(long, action = clap::ArgAction::Help)]
    help: Option<bool>,
    /// Suppress the pull output
    #[arg(short, long)]
    quiet: bool,
    /// The streams `start -a` attaches: STDIN, STDOUT, STDERR (repeatable; default: stdout,
    /// stderr and, with -i, stdin)
    #[arg(short = 'a', long = "attach", value_name = "STREAM")]
    attach: Vec<String>,
    #[command(flatten)]
    container: ContainerArgs,
}

#[derive(Debug, Args)]
pub struct StartArgs {
    /// Attach stdout/stderr and wait for the container (its exit status is ours)
    #[arg(short, long)]
    attach: bool,
    /// Attach stdin
    #[arg(short, long)]
    interactive: bool,
    #[command(flatten)]
    session: SessionArgs,
    /// Start every container whose restart policy brings it back after a reboot (always;
    /// unless-stopped unless stopped by hand)
    #[arg(long, conflicts_with = "containers")]
    all_restartable: bool,
    /// Start every container that is not running (podman; `-a` is docker's --attach)
    #[arg(long, conflicts_with_all = ["containers", "attach", "interactive"])]
    all: bool,
    /// Start the latest container created (podman)
    #[arg(short = 'l', long, conflicts_with_all = ["containers", "all", "all_restartable"])]
    latest: bool,
    /// Start the containers not running that pass a filter (as ps --filter; podman)
    #[arg(
        short,
        long = "filter",
        value_name = "FILTER",
        conflicts_with = "containers"
    )]
    filter: Vec<String>,
    #[arg(required_unless_present_any = ["all_restartable", "all", "latest", "filter"], value_name = "CONTAINER")]
    containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RenameArgs {
    container: String,
    new_name: String,
}

#[derive(Debug, Args)]
pub struct WaitArgs {
    /// Wait for a state instead of the end: created, running, paused, exited, stopped,
    /// healthy or unhealthy (podman; several: any of them)
    #[arg(long, value_name = "STATE")]
    condition: Vec<String>,
    /// How often to look, with --condition (podman)
    #[arg(short, long, value_name = "DURATION", default_value = "250ms")]
    interval: String,
    /// Ignore containers that do not exist (podman)
    #[arg(long)]
    ignore: bool,
    /// Act on the latest container created (podman)
    #[arg(short = 'l', long)]
    latest: bool,
    #[arg(required_unless_present = "latest", value_name = "CONTAINER")]
    containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PruneArgs {
    /// Do not prompt for confirmation
    #[arg(short, long)]
    force: bool,
    /// Only what was created before until=TIME (or a duration), or has label=K[=V] (label!=
    /// for what lacks it)
    #[arg(long = "filter", value_name = "FILTER")]
    filter: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ContainerInspectArgs {
    /// Format output with a Go template, or 'json'
    #[arg(short, long, value_name = "FORMAT")]
    format: Option<String>,
    /// Add the container's sizes (SizeRw, SizeRootFs)
    #[arg(short, long)]
    size: bool,
    /// Act on the latest container created (podman)
    #[arg(short = 'l', long)]
    latest: bool,
    #[arg(required_unless_present = "latest", value_name = "CONTAINER")]
    containers: Vec<String>,
}

/// `__monitor [--hold] ID` (internal: not a clap command, see `cli::monitor_fast_path`).
#[derive(Debug)]
pub struct MonitorArgs {
    /// The first start's output waits for the CLI that attaches next
    pub hold: bool,
    pub id: String,
}

#[derive(Debug, Subcommand)]
pub enum ContainerCommand {
    /// Create and run a container
    Run(RunArgs),
    /// Exit 0 when the container exists, 1 when not (podman)
    Exists(crate::cli::ExistsArgs),
    /// Create a container
    Create(CreateArgs),
    /// Start stopped containers
    Start(StartArgs),
    /// List containers
    #[command(visible_aliases = ["list", "ps"])]
    Ls(PsArgs),
    /// Remove containers
    Rm(RmArgs),
    /// Rename a container
    Rename(RenameArgs),
    /// Wait for containers to stop and print their exit codes
    Wait(WaitArgs),
    /// Display detailed information on containers
    Inspect(ContainerInspectArgs),
    /// Remove all stopped containers
    Prune(PruneArgs),
    /// Display the running processes of a container
    Top(TopArgs),
    /// List port mappings or a specific mapping for the container
    Port(PortArgs),
    /// Inspect changes to files or directories on a container's filesystem
    Diff(DiffArgs),
    /// Copy files/folders between a container and the local filesystem
    Cp(CpArgs),
    /// Fetch the logs of a container
    Logs(LogsArgs),
    /// Execute a command in a running container
    Exec(ExecArgs),
    /// Attach local standard input, output, and error streams to a running container
    Attach(AttachArgs),
    /// Display a live stream of container(s) resource usage statistics
    Stats(StatsArgs),
    /// Change the cgroup limits and restart policy of containers
    Update(UpdateArgs),
    /// Export a container's filesystem as a tar archive
    Export(crate::cli::archive::ExportArgs),
    /// Create a new image from a container's changes
    Commit(crate::cli::commit::CommitArgs),
    /// Stop one or more running containers
    Stop(StopArgs),
    /// Kill one or more running containers
    Kill(KillArgs),
    /// Restart one or more containers
    Restart(RestartArgs),
    /// Pause all processes within one or more containers
    Pause(ContainersArgs),
    /// Unpause all processes within one or more containers
    Unpause(ContainersArgs),
}

pub fn dispatch(engine: &Engine, c: ContainerCommand) -> anyhow::Result<i32> {
    match c {
        ContainerCommand::Run(a) => run(engine, a),
        ContainerCommand::Create(a) => create(engine, a),
        ContainerCommand::Start(a) => start(engine, a),
        ContainerCommand::Ls(a) => ps::ps(engine, a),
        ContainerCommand::Exists(a) => {
            crate::cli::exists_status(match engine.container_id(&a.name) {
                Ok(_) => Ok(true),
                Err(EngineError::NoSuchContainer(_)) => Ok(false),
                Err(e) => Err(e),
            })
        }
        ContainerCommand::Rm(a) => rm(engine, a),
        ContainerCommand::Rename(a) => rename(engine, a),
        ContainerCommand::Wait(a) => wait(engine, a),
        ContainerCommand::Inspect(a) => crate::cli::inspect::documents(
            engine,
            &named_or_latest(engine, a.latest, a.containers)?,
            a.format.as_deref(),
            Some("container"),
            a.size,
        ),
        ContainerCommand::Prune(a) => prune(engine, a),
        ContainerCommand::Top(a) => top(engine, a),
        ContainerCommand::Port(a) => port(engine, a),
        ContainerCommand::Diff(a) => diff(engine, a),
        ContainerCommand::Cp(a) => cp(engine, a),
        ContainerCommand::Logs(a) => logs(engine, a),
        ContainerCommand::Exec(a) => exec(engine, a),
        ContainerCommand::Attach(a) => attach(engine, a),
        ContainerCommand::Stats(a) => stats(engine, a),
        ContainerCommand::Update(a) => update(engine, a),
        ContainerCommand::Export(a) => crate::cli::archive::export(engine, a),
        ContainerCommand::Commit(a) => crate::cli::commit::commit(engine, a),
        ContainerCommand::Stop(a) => stop(engine, a),
        ContainerCommand::Kill(a) => kill(engine, a),
        ContainerCommand::Restart(a) => restart(engine, a),
        ContainerCommand::Pause(a) => pause(engine, a),
        ContainerCommand::Unpause(a) => unpause(engine, a),
    }
}

/// One `ps` row as a document (docker's field names).
pub(crate) fn ps_row(
    r: &crate::engine::container::list::ContainerRow,
    no_trunc: bool,
) -> serde_json::Value {
    ps::row_json(r, no_trunc, false, 0)
}

pub(crate) use control::time_arg;
pub(crate) use cp::{CpFlags, parse as cp_path};
pub(crate) use look::top_text;

pub fn ps(engine: &Engine, a: PsArgs) -> anyhow::Result<i32> {
    ps::ps(engine, a)
}

/// Errors that carry their own exit status (126, 127) keep it.
fn code_of(e: &anyhow::Error) -> i32 {
    e.downcast_ref::<EngineError>()
        .map_or(crate::cli::EXIT_ENGINE, EngineError::exit_code)
}

pub fn run(engine: &Engine, a: RunArgs) -> anyhow::Result<i32> {
    let mut opts = a.container.to_options()?;
    crate::cli::pod::join_new_pod(engine, &mut opts)?;
    // bad input is refused before anything is created
    let c = &a.container;
    let streams = attach::streams(&a.attach, c.interactive)?;
    if !a.attach.is_empty() {
        opts.attach = Some([streams.0, streams.1, streams.2]);
    }
    if let Some(k) = &a.session.detach_keys {
        attach::parse_keys(k)?;
    }
    let display = LayerDisplay::for_run(a.quiet, &opts.image);
    let id = engine.create_container(&opts, &display)?;
    a.container.extra.write_cidfile(&id)?;
    if a.detach {
        engine.start_detached(&id)?;
        println!("{id}");
        return Ok(0);
    }
    if a.session
        .through_monitor(c.tty && c.interactive, !a.attach.is_empty())
    {
        return a.session.run(engine, &id, streams);
    }
    match engine.start_attached(&id) {
        Ok(code) => Ok(code),
        Err(e) => {
            let e = anyhow::Error::from(e);
            let code = code_of(&e);
            crate::cli::error_line(format_args!("{e:#}"));
            Ok(code)
        }
    }
}

pub fn create(engine: &Engine, a: CreateArgs) -> anyhow::Result<i32> {
    let mut opts = a.container.to_options()?;
    crate::cli::pod::join_new_pod(engine, &mut opts)?;
    if !a.attach.is_empty() {
        let s = attach::streams(&a.attach, a.container.interactive)?;
        opts.attach = Some([s.0, s.1, s.2]);
    }
    let display = LayerDisplay::for_run(a.quiet, &opts.image);
    let id = engine.create_container(&opts, &display)?;
    a.container.extra.write_cidfile(&id)?;
    println!("{id}");
    Ok(0)
}

pub fn start(engine: &Engine, mut a: StartArgs) -> anyhow::Result<i32> {
    a.containers = named_or_latest(engine, a.latest, std::mem::take(&mut a.containers))?;
    if a.attach || a.interactive {
        if a.containers.len() > 1 {
            anyhow::bail!("you cannot start and attach multiple containers at once");
        }
        let id = engine.container_id(&a.containers[0])?;
        let (tty, stdin) = engine.container_terminal(&id)?;
        let tty_stdin = tty && stdin && a.interactive;
        // the streams `create -a` named, else all of them
        let named = engine.container_attach(&id)?;
        let streams = match named {
            Some([i, o, e]) => (a.interactive && i, o, e),
            None => (a.interactive, true, true),
        };
        if a.session.through_monitor(tty_stdin, named.is_some()) {
            return a.session.run(engine, &id, streams);
        }
        return match engine.start_attached(&id) {
            Ok(code) => Ok(code),
            Err(e) => {
                let e = anyhow::Error::from(e);
                crate::cli::error_line(format_args!("{e:#}"));
                Ok(code_of(&e))
            }
        };
    }
    let names = if a.all_restartable {
        engine.restartable()?
    } else if a.all || !a.filter.is_empty() {
        latest::filtered(engine, &a.filter)?
            .into_iter()
            .filter(|r| {
                !matches!(
                    r.state.status,
                    crate::engine::records::Status::Running
                        | crate::engine::records::Status::Paused
                )
            })
            .map(|r| r.config.id)
            .collect()
    } else {
        a.containers.clone()
    };
    let mut failed = false;
    for c in &names {
        let r = engine
            .container_id(c)
            .and_then(|id| engine.start_detached(&id));
        match r {
            Ok(()) => println!("{c}"),
            Err(e) => {
                crate::cli::error_line(&e);
                failed = true;
            }
        }
    }
    Ok(if failed { crate::cli::EXIT_ENGINE } else { 0 })
}

/// `__monitor ID`: the container's monitor, in a session of its own. The first start is
/// reported on stdout to the `run -d`/`start` that waits for it; then stdout goes to
/// /dev/null and the monitor lives as long as the container.
pub fn monitor(engine: &Engine, a: MonitorArgs) -> anyhow::Result<i32> {
    let _ = crate::sys::process::new_session();
    let mut report = |r: Result<(), &EngineError>| {
        crate::engine::container::monitor::send_report(&mut std::io::stdout(), r);
        // stdout and (with --hold, the attaching CLI's terminal) stdin let go
        if let Ok(null) = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open("/dev/null")
        {
            let _ = crate::sys::process::dup_onto(std::os::fd::AsFd::as_fd(&null), 1);
            let _ = crate::sys::process::dup_onto(std::os::fd::AsFd::as_fd(&null), 0);
        }
    };
    Ok(engine.monitor_container(&a.id, a.hold, &mut report)?)
}

pub fn rename(engine: &Engine, a: RenameArgs) -> anyhow::Result<i32> {
    engine.rename_container(&a.container, &a.new_name)?;
    Ok(0)
}

pub fn wait(engine: &Engine, mut a: WaitArgs) -> anyhow::Result<i32> {
    a.containers = named_or_latest(engine, a.latest, std::mem::take(&mut a.containers))?;
    let interval = crate::util::time::parse_go_duration(&a.interval)
        .ok_or_else(|| anyhow::anyhow!("invalid value for --interval: {:?}", a.interval))?;
    let mut failed = false;
    for c in &a.containers {
        let waited = if a.condition.is_empty() {
            engine.wait_container(c)
        } else {
            engine.wait_condition(c, &a.condition, interval)
        };
        match waited {
            Ok(code) => println!("{code}"),
            Err(EngineError::NoSuchContainer(_)) if a.ignore => println!("-1"),
            Err(e) => {
                crate::cli::error_line(&e);
                failed = true;
            }
        }
    }
    Ok(if failed { crate::cli::EXIT_ENGINE } else { 0 })
}

pub fn prune(engine: &Engine, a: PruneArgs) -> anyhow::Result<i32> {
    let filter = crate::engine::prune_filter::PruneFilter::parse(&a.filter)?;
    if !a.force && !crate::cli::image::confirm("WARNING! This will remove all stopped containers.")?
    {
        return Ok(0);
    }
    let removed = engine.prune_containers(&filter)?;
    let mut out = std::io::stdout().lock();
    if !removed.is_empty() {
        writeln!(out, "Deleted Containers:")?;
        for id in &removed {
            writeln!(out, "{id}")?;
        }
        writeln!(out)?;
    }
    writeln!(out, "Total reclaimed space: 0B")?;
    Ok(0)
}
