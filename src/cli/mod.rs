//! L4: the command line. clap definitions, turning flags into engine option structs, and
//! all printing. `main` maps every error to one line on stderr and docker's exit codes.

mod archive;
mod argv;
mod build;
mod build_multi;
mod build_out;
mod build_progress;
mod build_shape;
mod commit;
mod compose;
mod container;
mod events;
pub mod format;
mod image;
mod inspect;
mod kube;
mod logger;
mod login;
mod manifest;
mod network;
mod platform;
mod pod;
pub mod progress;
mod push;
mod search;
mod secret;
mod system;
mod usage;
use argv::{compose_alias, image_terminator};
mod users_time;
pub use users_time::UsersTime;
mod volume;

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::config::{Context, GlobalOptions};
use crate::engine::Engine;

/// Engine errors: bad input, registry and store failures (docker's 125).
pub const EXIT_ENGINE: i32 = 125;

/// podman's `container|image|volume|network exists NAME`: no output; exit 0 when it
/// exists, 1 when not, 125 when that cannot be told.
#[derive(Debug, Args)]
pub struct ExistsArgs {
    #[arg(value_name = "NAME")]
    pub name: String,
}

/// The exit status of an `exists`.
pub fn exists_status(found: Result<bool, crate::engine::EngineError>) -> anyhow::Result<i32> {
    Ok(if found? { 0 } else { 1 })
}

#[derive(Debug, Parser)]
#[command(
    name = "skiff",
    about = "A daemonless, Docker-compatible container engine",
    disable_version_flag = true,
    max_term_width = 100
)]
pub struct Cli {
    /// Store directory (images, layers, containers)
    #[arg(long, global = true, env = "SKIFF_ROOT", value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// Runtime state directory (per boot)
    #[arg(long, global = true, env = "SKIFF_RUNROOT", value_name = "DIR")]
    pub runroot: Option<PathBuf>,
    /// Log level: trace, debug, info, warn, error (podman's fatal and panic mean error)
    #[arg(long, global = true, value_name = "LEVEL", default_value = "warn", value_parser = ["trace", "debug", "info", "warn", "warning", "error", "fatal", "panic"])]
    pub log_level: String,
    /// Nothing on standard output (podman)
    #[arg(long, global = true)]
    pub noout: bool,
    /// Where events are recorded: file, journald (the same file here) or none (podman)
    #[arg(long, global = true, value_name = "BACKEND", value_parser = ["file", "journald", "none"])]
    pub events_backend: Option<String>,
    /// Storage driver (podman; only overlay)
    #[arg(long, global = true, value_name = "DRIVER")]
    pub storage_driver: Option<String>,
    /// Cgroup manager (podman): cgroupfs, or systemd (skiff writes cgroupfs itself, in
    /// the same places)
    #[arg(long, global = true, value_name = "MANAGER", value_parser = ["cgroupfs", "systemd"])]
    pub cgroup_manager: Option<String>,
    /// OCI runtime (podman; skiff runs containers itself: only skiff)
    #[arg(long, value_name = "RUNTIME")]
    pub runtime: Option<String>,
    /// Storage option (podman): overlay.mount_program=PATH (fuse-overlayfs)
    #[arg(long, value_name = "KEY=VALUE")]
    pub storage_opt: Vec<String>,
    /// A remote podman service (refused: skiff has no service)
    #[arg(long, global = true, value_name = "URL", hide = true)]
    pub url: Option<String>,
    /// Talk to a remote podman service (refused: skiff has no service)
    #[arg(long, global = true, hide = true)]
    pub remote: bool,
    /// A remote podman connection (refused: skiff has no service)
    #[arg(long, global = true, value_name = "NAME", hide = true)]
    pub connection: Option<String>,
    /// Print version information and quit
    #[arg(short = 'v', long)]
    pub version: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create and run a container
    Run(container::RunArgs),
    /// Create a container
    Create(container::CreateArgs),
    /// Start stopped containers
    Start(container::StartArgs),
    /// List containers
    Ps(container::PsArgs),
    /// Remove containers
    Rm(container::RmArgs),
    /// Rename a container
    Rename(container::RenameArgs),
    /// Wait for containers to stop and print their exit codes
    Wait(container::WaitArgs),
    /// Display the running processes of a container
    Top(container::TopArgs),
    /// List port mappings or a specific mapping for the container
    Port(container::PortArgs),
    /// Inspect changes to files or directories on a container's filesystem
    Diff(container::DiffArgs),
    /// Copy files/folders between a container and the local filesystem
    Cp(container::CpArgs),
    /// Fetch the logs of a container
    Logs(container::LogsArgs),
    /// Execute a command in a running container
    Exec(container::ExecArgs),
    /// Get real time events from the server
    Events(events::EventsArgs),
    /// Run container health checks
    #[command(subcommand)]
    Healthcheck(container::HealthcheckCommand),
    /// Generate structured data (systemd units)
    #[command(subcommand)]
    Generate(container::GenerateCommand),
    /// Display a live stream of container(s) resource usage statistics
    Stats(container::StatsArgs),
    /// Change the cgroup limits and restart policy of containers
    Update(container::UpdateArgs),
    /// Attach local standard input, output, and error streams to a running container
    Attach(container::AttachArgs),
    /// Stop one or more running containers
    Stop(container::StopArgs),
    /// Kill one or more running containers
    Kill(container::KillArgs),
    /// Restart one or more containers
    Restart(container::RestartArgs),
    /// Pause all processes within one or more containers
    Pause(container::ContainersArgs),
    /// Unpause all processes within one or more containers
    Unpause(container::ContainersArgs),
    /// Manage containers
    #[command(subcommand)]
    Container(container::ContainerCommand),
    /// Manage volumes
    #[command(subcommand)]
    Volume(volume::VolumeCommand),
    /// Manage networks
    #[command(subcommand)]
    Network(network::NetworkCommand),
    /// Manage secrets (podman's: given to containers with run --secret)
    #[command(subcommand)]
    Secret(secret::SecretCommand),
    /// Manage manifest lists (multi-platform images)
    #[command(subcommand)]
    Manifest(manifest::ManifestCommand),
    /// Manage pods: containers that share namespaces and a cgroup (podman's)
    #[command(subcommand)]
    Pod(pod::PodCommand),
    /// Kubernetes YAML: generate it from what runs here, play it, take it down
    #[command(subcommand)]
    Kube(kube::KubeCommand),
    /// Define and run multi-container applications (compose files)
    Compose(compose::ComposeArgs),
    /// Download an image from a registry
    Pull(image::PullArgs),
    /// Upload an image to a registry
    Push(push::PushArgs),
    /// List images
    Images(image::ImagesArgs),
    /// Remove one or more images
    Rmi(image::RmiArgs),
    /// Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE
    Tag(image::TagArgs),
    /// Create a new image from a container's changes
    Commit(commit::CommitArgs),
    /// Log in to a registry
    Login(login::LoginArgs),
    /// Search a registry for images (Docker Hub, or HOST/TERM for a registry's catalog)
    Search(search::SearchArgs),
    /// Log out of a registry
    Logout(login::LogoutArgs),
    /// Export a container's filesystem as a tar archive
    Export(archive::ExportArgs),
    /// Import a tar archive as an image
    Import(archive::ImportArgs),
    /// Save one or more images to a tar archive (streamed to STDOUT by default)
    Save(archive::SaveArgs),
    /// Load images from a tar archive or STDIN
    Load(archive::LoadArgs),
    /// Build an image from a Dockerfile
    Build(build::BuildArgs),
    /// Manage the build cache
    #[command(subcommand)]
    Builder(build::BuilderCommand),
    /// Show the history of an image
    History(image::HistoryArgs),
    /// Return low-level information on objects
    Inspect(image::InspectArgs),
    /// Manage images
    #[command(subcommand)]
    Image(image::ImageCommand),
    /// Show version information
    Version(system::VersionArgs),
    /// Display system-wide information
    Info(system::InfoArgs),
    /// Manage skiff
    #[command(subcommand)]
    System(system::SystemCommand),
    /// Run a command (a shell by default) in the rootless user namespace, as root over the
    /// files of your containers' subordinate ids
    Unshare(system::UnshareArgs),
}

impl Command {
    /// Whether the command reads or writes layers' files: an ordinary user runs it as root
    /// of its user namespace, where those files have their container-side owners. Commands
    /// that reach into running containers (exec, stop, …) stay outside: only from there
    /// may the user act on every container's namespace.
    /// Commands that only read and print: they may die of SIGPIPE when their reader goes
    /// (ones that start or change containers must not, half-way).
    fn only_prints(&self) -> bool {
        use container::ContainerCommand as C;
        matches!(
            self,
            Command::Ps(_)
                | Command::Top(_)
                | Command::Port(_)
                | Command::Logs(_)
                | Command::Events(_)
                | Command::Stats(_)
                | Command::Images(_)
                | Command::Search(_)
                | Command::History(_)
                | Command::Inspect(_)
                | Command::Version(_)
                | Command::Info(_)
                | Command::Diff(_)
        ) || matches!(
            self,
            Command::Container(C::Inspect(_) | C::Top(_) | C::Port(_) | C::Diff(_))
        )
    }

    fn reads_or_writes_layers(&self) -> bool {
        use container::ContainerCommand as C;
        use image::ImageCommand as I;
        match self {
            Command::Pull(_)
            | Command::Push(_)
            | Command::Commit(_)
            | Command::Export(_)
            | Command::Import(_)
            | Command::Save(_)
            | Command::Load(_)
            | Command::Build(_)
            | Command::Diff(_) => true,
            Command::Image(c) => matches!(
                c,
                I::Pull(_) | I::Push(_) | I::Save(_) | I::Load(_) | I::Import(_)
            ),
            Command::Container(c) => matches!(c, C::Diff(_)),
            Command::Compose(c) => c.reads_layers(),
            _ => false,
        }
    }
}

/// Options for commands that talk to a registry (podman's names).
#[derive(Debug, Clone, Args, Default)]
pub struct RegistryArgs {
    /// Require HTTPS and verify certificates (false also allows plain HTTP)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub tls_verify: Option<bool>,
    /// Directory with certificates (*.crt) and client keys (*.cert, *.key)
    #[arg(long, value_name = "DIR")]
    pub cert_dir: Option<PathBuf>,
    /// Credentials file (podman's auth.json format)
    #[arg(long, env = "REGISTRY_AUTH_FILE", value_name = "FILE")]
    pub authfile: Option<PathBuf>,
    /// Credentials USER[:PASSWORD] for the registry
    #[arg(long, value_name = "USER[:PASS]")]
    pub creds: Option<String>,
}

/// The clap definition, for generating man pages and completions.
pub fn command() -> clap::Command {
    Cli::command()
}

/// `skiff --root R --runroot RR __monitor [--hold] ID`, exactly as the engine's
/// `spawn_monitor` writes it: the internal monitor command is not a clap command (so not in
/// man pages, help or completions), and the long-lived monitor never touches (and keeps
/// resident) the code and memory of the whole command line.
fn monitor_fast_path() -> Option<i32> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let (hold, rest) = match args.as_slice() {
        [a @ .., h, id] if h == "--hold" => (true, [a, std::slice::from_ref(id)].concat()),
        _ => (false, args.clone()),
    };
    let [_, root_flag, root, runroot_flag, runroot, cmd, id] = rest.as_slice() else {
        return None;
    };
    if root_flag != "--root" || runroot_flag != "--runroot" || cmd != "__monitor" {
        return None;
    }
    let opts = GlobalOptions {
        root: Some(PathBuf::from(root)),
        runroot: Some(PathBuf::from(runroot)),
        events_backend: None,
        storage_opts: Vec::new(),
    };
    let ctx = match Context::new(&opts) {
        Ok(c) => c,
        Err(e) => return Some(report(&e.into())),
    };
    let engine = Engine::new(ctx);
    let a = container::MonitorArgs {
        hold,
        id: id.to_string_lossy().into_owned(),
    };
    Some(match container::monitor(&engine, a) {
        Ok(code) => code,
        Err(e) => report(&e),
    })
}

/// Runs the CLI; returns the process exit code.
pub fn main() -> i32 {
    if let Some(code) = monitor_fast_path() {
        return code;
    }
    let argv = image_terminator(compose_alias(std::env::args_os().collect()));
    let cli = match Cli::try_parse_from(argv) {
        Ok(c) => c,
        Err(e) => return clap_error(e),
    };
    logger::init(&cli.log_level);
    if cli.noout
        && let Ok(null) = std::fs::OpenOptions::new().write(true).open("/dev/null")
    {
        let _ = crate::sys::process::dup_onto(std::os::fd::AsFd::as_fd(&null), 1);
    }
    if cli.version {
        println!("skiff version {}", crate::engine::info::VERSION);
        return 0;
    }
    if cli.url.is_some() || cli.remote || cli.connection.is_some() {
        return report(&anyhow::anyhow!(
            "skiff has no service to reach remotely (--url, --remote, --connection): run skiff on that machine, over ssh for example"
        ));
    }
    if let Some(d) = cli.storage_driver.as_deref()
        && d != "overlay"
        && d != "overlay2"
    {
        return report(&anyhow::anyhow!(
            "storage driver {d:?} is not supported: skiff's store is overlay"
        ));
    }
    if let Some(r) = cli.runtime.as_deref()
        && std::path::Path::new(r).file_name().and_then(|n| n.to_str()) != Some("skiff")
    {
        return report(&anyhow::anyhow!(
            "--runtime {r}: skiff runs containers itself (use --runtime skiff, or leave it out)"
        ));
    }
    let Some(command) = cli.command else {
        let _ = Cli::command().print_help();
        return 0;
    };
    let opts = GlobalOptions {
        root: cli.root,
        runroot: cli.runroot,
        events_backend: cli.events_backend,
        storage_opts: cli.storage_opt,
    };
    let ctx = match Context::new(&opts) {
        Ok(c) => c,
        Err(e) => return report(&e.into()),
    };
    if command.only_prints() {
        crate::sys::signal::default_sigpipe();
    }
    let engine = Engine::new(ctx);
    if command.reads_or_writes_layers()
        && let Err(e) = engine.enter_user_namespace()
    {
        return report(&e.into());
    }
    match dispatch(&engine, command) {
        Ok(code) => code,
        Err(e) => report(&e),
    }
}

fn dispatch(engine: &Engine, command: Command) -> anyhow::Result<i32> {
    match command {
        Command::Run(a) => container::run(engine, a),
        Command::Create(a) => container::create(engine, a),
        Command::Start(a) => container::start(engine, a),
        Command::Ps(a) => container::ps(engine, a),
        Command::Rm(a) => container::rm(engine, a),
        Command::Rename(a) => container::rename(engine, a),
        Command::Wait(a) => container::wait(engine, a),
        Command::Top(a) => container::top(engine, a),
        Command::Port(a) => container::port(engine, a),
        Command::Diff(a) => container::diff(engine, a),
        Command::Cp(a) => container::cp(engine, a),
        Command::Logs(a) => container::logs(engine, a),
        Command::Exec(a) => container::exec(engine, a),
        Command::Events(a) => events::events(engine, a),
        Command::Healthcheck(c) => container::healthcheck(engine, c),
        Command::Generate(c) => container::generate(engine, c),
        Command::Stats(a) => container::stats(engine, a),
        Command::Update(a) => container::update(engine, a),
        Command::Attach(a) => container::attach(engine, a),
        Command::Stop(a) => container::stop(engine, a),
        Command::Kill(a) => container::kill(engine, a),
        Command::Restart(a) => container::restart(engine, a),
        Command::Pause(a) => container::pause(engine, a),
        Command::Unpause(a) => container::unpause(engine, a),
        Command::Container(c) => container::dispatch(engine, c),
        Command::Volume(c) => volume::dispatch(engine, c),
        Command::Secret(c) => secret::dispatch(engine, c),
        Command::Manifest(c) => manifest::dispatch(engine, c),
        Command::Pod(c) => pod::dispatch(engine, c),
        Command::Kube(c) => kube::dispatch(engine, c),
        Command::Network(c) => network::dispatch(engine, c),
        Command::Compose(c) => compose::dispatch(engine, c),
        Command::Pull(a) => image::pull(engine, a),
        Command::Images(a) => image::images(engine, a),
        Command::Rmi(a) => image::rmi(engine, a),
        Command::Tag(a) => image::tag(engine, a),
        Command::Commit(a) => commit::commit(engine, a),
        Command::Login(a) => login::login(engine, a),
        Command::Search(a) => search::search(engine, a),
        Command::Logout(a) => login::logout(engine, a),
        Command::Export(a) => archive::export(engine, a),
        Command::Import(a) => archive::import(engine, a),
        Command::Push(a) => push::push(engine, a),
        Command::Save(a) => archive::save(engine, a),
        Command::Load(a) => archive::load(engine, a),
        Command::Build(a) => build::build(engine, a),
        Command::Builder(c) => build::builder(engine, c),
        Command::History(a) => image::history(engine, a),
        Command::Inspect(a) => image::inspect(engine, a),
        Command::Image(c) => image::dispatch(engine, c),
        Command::Version(a) => system::version(a),
        Command::Info(a) => system::info(engine, a),
        Command::System(c) => system::dispatch(engine, c),
        Command::Unshare(a) => Ok(engine.unshare(&a.command)?),
    }
}

/// Prints `Error: MSG` as one line on stderr. Messages carry text from registries, images
/// and archives: control characters are escaped, never sent to the terminal.
pub(crate) fn error_line(msg: impl std::fmt::Display) {
    let msg = msg.to_string().replace('\n', " ");
    eprintln!(
        "Error: {}",
        crate::util::text::escape_controls(&msg, crate::util::text::Keep::Nothing)
    );
}

/// Prints `WARNING: MSG` as one line on stderr, control characters escaped.
pub(crate) fn warning_line(msg: impl std::fmt::Display) {
    let msg = msg.to_string().replace('\n', " ");
    eprintln!(
        "WARNING: {}",
        crate::util::text::escape_controls(&msg, crate::util::text::Keep::Nothing)
    );
}

/// Prints an error as one line and returns its exit code: docker's 125 for engine errors,
/// 126/127 when a container's command cannot be run or found.
fn report(e: &anyhow::Error) -> i32 {
    error_line(format_args!("{e:#}"));
    e.downcast_ref::<crate::engine::EngineError>()
        .map_or(EXIT_ENGINE, crate::engine::EngineError::exit_code)
}

/// Help and version go to stdout with status 0; usage errors are one line and 125.
fn clap_error(e: clap::Error) -> i32 {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            0
        }
        _ => {
            let rendered = e.render().to_string();
            let mut lines = rendered.lines();
            let first = lines.next().unwrap_or("invalid arguments");
            let mut first = first.strip_prefix("error: ").unwrap_or(first).to_string();
            // what a first line ending in ':' stands for (the arguments missing) follows,
            // indented: it goes on the one line
            if first.ends_with(':') {
                let named: Vec<&str> = lines
                    .take_while(|l| l.starts_with("  "))
                    .map(str::trim)
                    .collect();
                first = format!("{first} {}", named.join(", "));
            }
            crate::cli::error_line(format_args!("{first} (see 'skiff --help')"));
            EXIT_ENGINE
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn clap_definitions_are_consistent() {
        super::command().debug_assert();
    }
}
