//! `skiff compose` (docker compose v2's commands, flags and output): the project is
//! loaded (`compose::loader`), what to do is planned as data (`compose::plan`,
//! `compose::runspec`) and applied through the engine (`backend`, `compose::apply`).
//! Commands: `up`/`create`/`down` (`lifecycle`), `start`/`stop`/`restart`/`kill`/`rm`/
//! `pause`/`unpause` (`manage`), `ps`/`logs`/`ls`/`top`/`port`/`images`/`config`
//! (`look`), `run`/`exec` (`oneoff`), `build`/`pull`/`push` (`images`), `cp` (`files`),
//! `events`/`wait` (`events`).

use std::io::{Read, Write};
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use crate::compose::loader::{LoadOptions, Project, load};
use crate::compose::order::plan_order;
use crate::engine::Engine;

mod backend;
pub(crate) use backend::run_line_options;
mod build;
mod down;
mod events;
mod files;
mod images;
mod kube;
mod lifecycle;
mod look;
mod manage;
mod oneoff;
mod progress;
mod session;
#[derive(Debug, Args)]
pub struct ComposeArgs {
    /// Compose configuration files (`-` reads stdin); default: compose.yaml and its
    /// override, searched from the current directory up
    #[arg(short = 'f', long = "file")]
    files: Vec<String>,
    /// Project name
    #[arg(short = 'p', long = "project-name")]
    project_name: Option<String>,
    /// Alternate working directory (default: the first file's directory)
    #[arg(long)]
    project_directory: Option<PathBuf>,
    /// Alternate environment files (default: the project's .env)
    #[arg(long)]
    env_file: Vec<PathBuf>,
    /// Enable services of a profile (repeat for several)
    #[arg(long)]
    profile: Vec<String>,
    /// Progress output: auto (a redrawn display in a terminal, plain lines elsewhere),
    /// tty, plain or quiet
    #[arg(long, default_value = "auto", value_parser = ["auto", "tty", "plain", "quiet"])]
    progress: String,
    #[command(subcommand)]
    command: ComposeCommand,
}

#[derive(Debug, Subcommand)]
pub enum ComposeCommand {
    /// Parse, resolve and render the compose file
    Config(ConfigArgs),
    /// Create and start containers
    Up(lifecycle::UpArgs),
    /// Create containers for a service
    Create(lifecycle::CreateArgs),
    /// Stop and remove containers, networks
    Down(down::DownArgs),
    /// List containers
    Ps(look::PsArgs),
    /// View output from containers
    Logs(look::LogsArgs),
    /// List running compose projects
    Ls(look::LsArgs),
    /// Display the running processes
    Top(look::ServicesArgs),
    /// Print the public port for a port binding
    Port(look::PortArgs),
    /// List images used by the created containers
    Images(look::ServicesArgs),
    /// Start services
    Start(look::ServicesArgs),
    /// Stop services
    Stop(manage::StopArgs),
    /// Restart service containers
    Restart(manage::StopArgs),
    /// Force stop service containers
    Kill(manage::KillArgs),
    /// Removes stopped service containers
    Rm(manage::RmArgs),
    /// Pause services
    Pause(look::ServicesArgs),
    /// Unpause services
    Unpause(look::ServicesArgs),
    /// Execute a command in a running container
    Exec(oneoff::ExecArgs),
    /// Run a one-off command on a service
    Run(oneoff::RunArgs),
    /// Build or rebuild services
    Build(images::BuildArgs),
    /// Pull service images
    Pull(images::PullArgs),
    /// Push service images
    Push(images::PushArgs),
    /// Copy files/folders between a service container and the local filesystem
    Cp(files::CpArgs),
    /// Receive real time events from containers
    Events(events::EventsArgs),
    /// Block until containers of all (or specified) services stop
    Wait(events::WaitArgs),
    /// Show the compose version information
    Version,
    /// The project as Kubernetes YAML (kube generate)
    #[command(subcommand)]
    Kube(kube::KubeCommand),
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Format {
    Yaml,
    Json,
}

#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Format the output
    #[arg(long, value_enum, default_value = "yaml")]
    format: Format,
    /// Only validate the configuration, don't print anything
    #[arg(short, long)]
    quiet: bool,
    /// Print the service names, one per line
    #[arg(long)]
    services: bool,
    /// Print the volume names, one per line
    #[arg(long)]
    volumes: bool,
    /// Print the network names, one per line
    #[arg(long)]
    networks: bool,
    /// Print the profile names, one per line
    #[arg(long)]
    profiles: bool,
}

/// docker compose's status for a project it cannot load or a command that failed.
pub const EXIT_COMPOSE: i32 = 1;

impl ComposeArgs {
    /// `push` reads layers (an ordinary user's, inside its user namespace).
    pub fn reads_layers(&self) -> bool {
        matches!(self.command, ComposeCommand::Push(_))
    }
}

pub fn dispatch(engine: &Engine, a: ComposeArgs) -> anyhow::Result<i32> {
    match &a.command {
        ComposeCommand::Version => {
            println!("skiff compose version {}", crate::engine::info::VERSION);
            return Ok(0);
        }
        ComposeCommand::Ls(l) => return look::ls(engine, l),
        _ => {}
    }
    progress::set_mode(&a.progress);
    let project = match load_project(&a) {
        Ok(p) => p,
        Err(e) => {
            crate::cli::error_line(&e);
            return Ok(EXIT_COMPOSE);
        }
    };
    for w in &project.warnings {
        eprintln!("WARN[0000] {w}");
    }
    let mut project = project;
    if let Err(e) = crate::compose::runspec::resolve_build_secrets(&mut project) {
        crate::cli::error_line(&e);
        return Ok(EXIT_COMPOSE);
    }
    let s = session::Session {
        engine,
        project,
        profiles: a.profile.clone(),
    };
    let r = match a.command {
        ComposeCommand::Config(c) => config(&s.project.doc, &c),
        ComposeCommand::Up(u) => lifecycle::up(&s, &u),
        ComposeCommand::Create(c) => lifecycle::create(&s, &c),
        ComposeCommand::Down(d) => down::down(&s, &d),
        ComposeCommand::Ps(p) => look::ps(&s, &p),
        ComposeCommand::Logs(l) => look::logs(&s, &l),
        ComposeCommand::Top(t) => look::top(&s, &t),
        ComposeCommand::Port(p) => look::port(&s, &p),
        ComposeCommand::Images(i) => look::images(&s, &i),
        ComposeCommand::Start(x) => manage::start(&s, &x),
        ComposeCommand::Stop(x) => manage::stop(&s, &x, false),
        ComposeCommand::Restart(x) => manage::stop(&s, &x, true),
        ComposeCommand::Kill(k) => manage::kill(&s, &k),
        ComposeCommand::Rm(r) => manage::rm(&s, &r),
        ComposeCommand::Pause(x) => manage::pause(&s, &x, true),
        ComposeCommand::Unpause(x) => manage::pause(&s, &x, false),
        ComposeCommand::Exec(e) => oneoff::exec(&s, &e),
        ComposeCommand::Run(r) => oneoff::run(&s, &r),
        ComposeCommand::Build(b) => images::build(&s, &b),
        ComposeCommand::Pull(p) => images::pull(&s, &p),
        ComposeCommand::Push(p) => images::push(&s, &p),
        ComposeCommand::Cp(c) => files::cp(&s, &c),
        ComposeCommand::Events(e) => events::events(&s, &e),
        ComposeCommand::Wait(w) => events::wait(&s, &w),
        ComposeCommand::Kube(k) => kube::dispatch(&s, &k),
        ComposeCommand::Version | ComposeCommand::Ls(_) => Ok(0),
    };
    // compose's failures are one line and status 1
    r.or_else(|e| {
        crate::cli::error_line(format_args!("{e:#}"));
        Ok(EXIT_COMPOSE)
    })
}

/// `kube generate --compose[=FILE]`: `compose [-f FILE]… kube generate [--filename F]`.
pub fn kube_generate(
    engine: &Engine,
    files: Vec<String>,
    filename: Option<PathBuf>,
) -> anyhow::Result<i32> {
    let a = ComposeArgs {
        files: files.into_iter().filter(|f| !f.is_empty()).collect(),
        project_name: None,
        project_directory: None,
        env_file: Vec::new(),
        profile: Vec::new(),
        progress: "auto".into(),
        command: ComposeCommand::Kube(kube::KubeCommand::Generate(kube::GenerateArgs {
            filename,
            services: Vec::new(),
        })),
    };
    dispatch(engine, a)
}

/// The project the flags and environment describe, its dependencies checked.
fn load_project(a: &ComposeArgs) -> Result<Project, String> {
    let mut stdin = None;
    if a.files.iter().any(|f| f == "-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| format!("reading stdin: {e}"))?;
        stdin = Some(text);
    }
    let o = LoadOptions {
        files: a.files.clone(),
        project_name: a.project_name.clone(),
        project_directory: a.project_directory.clone(),
        env_files: a.env_file.clone(),
        cwd: std::env::current_dir().map_err(|e| format!("the working directory: {e}"))?,
        environ: std::env::vars().collect(),
        stdin,
    };
    // dependencies are checked for every command, as compose does
    let p = load(&o).map_err(|e| e.to_string())?;
    plan_order(&p.doc, &[], &[], false).map_err(|e| e.to_string())?;
    Ok(p)
}

fn config(doc: &serde_json::Value, c: &ConfigArgs) -> anyhow::Result<i32> {
    let mut out = std::io::stdout().lock();
    let names = |key: &str| -> Vec<String> {
        doc.get(key)
            .and_then(serde_json::Value::as_object)
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default()
    };
    if c.quiet {
        return Ok(0);
    }
    if c.profiles {
        let mut profiles: Vec<String> = doc
            .get("services")
            .and_then(serde_json::Value::as_object)
            .into_iter()
            .flat_map(|m| m.values())
            .filter_map(|s| s.get("profiles").and_then(serde_json::Value::as_array))
            .flatten()
            .filter_map(|p| p.as_str().map(str::to_string))
            .collect();
        profiles.sort();
        profiles.dedup();
        for p in profiles {
            writeln!(
                out,
                "{}",
                crate::util::text::escape_controls(&p, crate::util::text::Keep::Nothing)
            )?;
        }
        return Ok(0);
    }
    for (asked, key) in [
        (c.services, "services"),
        (c.volumes, "volumes"),
        (c.networks, "networks"),
    ] {
        if asked {
            for n in names(key) {
                writeln!(
                    out,
                    "{}",
                    crate::util::text::escape_controls(&n, crate::util::text::Keep::Nothing)
                )?;
            }
            return Ok(0);
        }
    }
    match c.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(doc)?)?,
        Format::Yaml => write!(out, "{}", serde_saphyr::to_string(doc)?)?,
    }
    Ok(0)
}
