//! `compose kube generate` (and `kube generate --compose`): the project's services as
//! Kubernetes objects. Each service's container is what `up` would create (its `run`
//! flags parsed by `run`'s parser); its configs' and secrets' contents, its replicas,
//! dependencies and the ports others reach it on are read here and handed to
//! `kube::compose`.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::Value;

use super::session::Session;
use crate::compose::runspec::{UseSource, config_uses};
use crate::kube::compose::{ComposeService, ServiceFile};

#[derive(Debug, Subcommand)]
pub enum KubeCommand {
    /// Kubernetes YAML for the project's services
    Generate(GenerateArgs),
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Write the YAML to this file instead of standard output
    #[arg(long, value_name = "FILE")]
    pub filename: Option<PathBuf>,
    /// Services (default: all)
    #[arg(value_name = "SERVICE")]
    pub services: Vec<String>,
}

pub fn dispatch(s: &Session, c: &KubeCommand) -> anyhow::Result<i32> {
    let KubeCommand::Generate(a) = c;
    generate(s, a)
}

fn ports_of(
    opts: &crate::engine::container::create::CreateOptions,
    image: Option<Value>,
) -> Vec<(u16, String)> {
    let mut out: Vec<(u16, String)> = Vec::new();
    let mut add = |p: u16, proto: &str| {
        if !out.iter().any(|(x, pr)| *x == p && pr == proto) {
            out.push((p, proto.to_string()));
        }
    };
    for p in &opts.network.net.ports {
        add(p.container_port, p.proto.as_str());
    }
    let exposed = image
        .as_ref()
        .and_then(|i| i.pointer("/Config/ExposedPorts"))
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect::<Vec<_>>())
        .unwrap_or_default();
    for e in opts.network.expose.iter().chain(exposed.iter()) {
        let (port, proto) = e.split_once('/').unwrap_or((e, "tcp"));
        if let Ok(p) = port.parse::<u16>() {
            add(p, proto);
        }
    }
    out
}

pub fn generate(s: &Session, a: &GenerateArgs) -> anyhow::Result<i32> {
    let names = s.order(&a.services, true)?;
    let mut warned = Vec::new();
    let mut services = Vec::new();
    for name in &names {
        let spec = s.run_spec(name, 1, &mut warned)?;
        let options = crate::cli::compose::run_line_options(&spec, &format!("service {name:?}"))?;
        let doc = &s.project.doc["services"][name.as_str()];
        let mut files = Vec::new();
        for kind in ["configs", "secrets"] {
            for u in config_uses(&s.project, name, doc, kind).map_err(|e| anyhow::anyhow!("{e}"))? {
                let content = match &u.content {
                    UseSource::File(f) => std::fs::read(f).map_err(|e| {
                        anyhow::anyhow!("service {name:?}: {kind} {}: {f}: {e}", u.source)
                    })?,
                    UseSource::Text(t) => t.clone().into_bytes(),
                };
                files.push(ServiceFile {
                    kind: kind.into(),
                    source: u.source,
                    target: u.target,
                    content,
                });
            }
        }
        let depends_on = crate::compose::order::dependencies(&s.project.doc, name)
            .map_err(|e| anyhow::anyhow!("{e}"))?
            .into_iter()
            .map(|d| (d.service, d.condition))
            .collect();
        let image = s.engine.inspect_image(&options.image).ok();
        services.push(ComposeService {
            name: name.clone(),
            ports: ports_of(&options, image),
            options,
            replicas: crate::compose::plan::replicas(doc),
            depends_on,
            files,
        });
    }
    let (objects, warnings) = crate::kube::compose::objects(&services)?;
    crate::cli::kube::print_objects(&objects, &warnings, a.filename.as_deref())
}
