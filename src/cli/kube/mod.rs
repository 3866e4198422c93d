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
    /// Pods, containers or volumes (names or IDs)
    #[arg(value_name = "NAME", required = true)]
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
    let shape = crate::kube::Shape {
        kind: a.kind.clone(),
        replicas: a.replicas,
        service: a.service,
    };
    let (objects, warnings) = crate::kube::generate_for(engine, &a.names, &shape)?;
    for w in &warnings {
        crate::cli::warning_line(w);
    }
    let text = crate::kube::to_yaml(&objects)?;
    match &a.filename {
        Some(f) => crate::util::fs::write_atomic(f, text.as_bytes(), 0o644)
            .map_err(|e| anyhow::anyhow!("{}: {e}", f.display()))?,
        None => std::io::stdout().write_all(text.as_bytes())?,
    }
    Ok(0)
}
