//! `kube generate` (and podman's older `generate kube`): pods, containers and volumes as
//! Kubernetes YAML; `kube play` and `kube down` (in `play`).

mod play;

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::engine::Engine;

#[derive(Debug, Subcommand)]
pub enum KubeCommand {
    /// Kubernetes YAML for pods, containers and volumes
    Generate(GenerateArgs),
    /// Run the pods of Kubernetes YAML
    Play(Box<play::PlayArgs>),
    /// Remove what kube play made from Kubernetes YAML
    Down(play::DownArgs),
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Also a Service for the published ports
    #[arg(short, long)]
    service: bool,
    /// What the pods become: pod, deployment, daemonset or job
    #[arg(short = 't', long = "type", value_name = "TYPE", default_value = "pod", value_parser = ["pod", "deployment", "daemonset", "job"])]
    kind: String,
    /// Replicas of a deployment
    #[arg(short, long, value_name = "N")]
    replicas: Option<u32>,
    /// Write the YAML to this file instead of standard output
    #[arg(short, long, value_name = "FILE")]
    filename: Option<PathBuf>,
    /// A compose project instead: its services as Deployments, Services, claims,
    /// ConfigMaps and Secrets (`--compose=FILE`, repeatable; alone: compose.yaml)
    #[arg(long, value_name = "FILE", num_args = 0..=1, require_equals = true, default_missing_value = "")]
    compose: Vec<String>,
    /// Pods, containers or volumes (names or IDs)
    #[arg(
        value_name = "NAME",
        required_unless_present = "compose",
        conflicts_with = "compose"
    )]
    names: Vec<String>,
}

pub fn dispatch(engine: &Engine, c: KubeCommand) -> anyhow::Result<i32> {
    match c {
        KubeCommand::Generate(a) => generate(engine, a),
        KubeCommand::Play(a) => play::play(engine, *a),
        KubeCommand::Down(a) => play::down(engine, a),
    }
}

pub fn generate(engine: &Engine, a: GenerateArgs) -> anyhow::Result<i32> {
    if !a.compose.is_empty() {
        if a.service || a.replicas.is_some() || a.kind != "pod" {
            anyhow::bail!(
                "--compose makes Deployments and Services of its own: -s, --type and --replicas are for containers and pods"
            );
        }
        return crate::cli::compose::kube_generate(engine, a.compose, a.filename);
    }
    let shape = crate::kube::Shape {
        kind: a.kind.clone(),
        replicas: a.replicas,
        service: a.service,
    };
    let (objects, warnings) = crate::kube::generate_for(engine, &a.names, &shape)?;
    print_objects(&objects, &warnings, a.filename.as_deref())
}

/// The warnings on stderr, the objects as YAML on stdout or into `filename`.
pub(crate) fn print_objects(
    objects: &[serde_json::Value],
    warnings: &[String],
    filename: Option<&std::path::Path>,
) -> anyhow::Result<i32> {
    for w in warnings {
        crate::cli::warning_line(w);
    }
    let text = crate::kube::to_yaml(objects)?;
    match filename {
        Some(f) => crate::util::fs::write_atomic(f, text.as_bytes(), 0o644)
            .map_err(|e| anyhow::anyhow!("{}: {e}", f.display()))?,
        None => std::io::stdout().write_all(text.as_bytes())?,
    }
    Ok(0)
}
