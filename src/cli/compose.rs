//! `skiff compose` (docker compose v2's flags): so far `config`, which loads the project
//! (files, variables, name) and prints it. The commands that run a project come next.

use std::io::{Read, Write};
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use crate::compose::loader::{LoadOptions, load};
use crate::compose::order::plan_order;

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
    #[command(subcommand)]
    command: ComposeCommand,
}

#[derive(Debug, Subcommand)]
pub enum ComposeCommand {
    /// Parse, resolve and render the compose file
    Config(ConfigArgs),
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
}

pub fn dispatch(a: ComposeArgs) -> anyhow::Result<i32> {
    let mut stdin = None;
    if a.files.iter().any(|f| f == "-") {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        stdin = Some(text);
    }
    let o = LoadOptions {
        files: a.files,
        project_name: a.project_name,
        project_directory: a.project_directory,
        env_files: a.env_file,
        cwd: std::env::current_dir()?,
        environ: std::env::vars().collect(),
        stdin,
    };
    // dependencies are checked for every command, as compose does
    let loaded = load(&o).map_err(|e| e.to_string()).and_then(|p| {
        plan_order(&p.doc, &[], &[], false)
            .map(|_| p)
            .map_err(|e| e.to_string())
    });
    let project = match loaded {
        Ok(p) => p,
        Err(e) => {
            crate::cli::error_line(&e);
            // docker compose's status for a project it cannot load
            return Ok(1);
        }
    };
    for w in &project.warnings {
        eprintln!("WARN[0000] {w}");
    }
    match a.command {
        ComposeCommand::Config(c) => config(&project.doc, &c),
    }
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
