//! `compose build`, `pull` and `push`: the images of a project's services.

use clap::Args;
use serde_json::Value;

use super::session::{Session, say};
use crate::cli::progress::LayerDisplay;
use crate::engine::image::pull::PullOptions;

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Do not use cache when building the image
    #[arg(long)]
    no_cache: bool,
    /// Always attempt to pull a newer version of the image
    #[arg(long)]
    pull: bool,
    /// Don't print anything to stdout
    #[arg(short, long)]
    quiet: bool,
    services: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PullArgs {
    /// Pull without printing progress information
    #[arg(short, long)]
    quiet: bool,
    /// Pull what it can and ignores images with pull failures
    #[arg(long)]
    ignore_pull_failures: bool,
    /// Also pull services declared as dependencies
    #[arg(long)]
    include_deps: bool,
    services: Vec<String>,
}

pub fn build(s: &Session, a: &BuildArgs) -> anyhow::Result<i32> {
    let order = s.order(&a.services, true)?;
    let mut warned = Vec::new();
    for svc in order {
        let Some(build) = s.project.doc["services"][svc.as_str()].get("build") else {
            continue;
        };
        let mut build = match build {
            Value::String(c) => serde_json::json!({ "context": c }),
            b => b.clone(),
        };
        if let Some(m) = build.as_object_mut() {
            if a.no_cache {
                m.insert("no_cache".into(), Value::Bool(true));
            }
            if a.pull {
                m.insert("pull".into(), Value::Bool(true));
            }
        }
        let spec = s.run_spec(&svc, 1, &mut warned)?;
        if !a.quiet {
            say("Service", &svc, "Building");
            super::progress::detach();
        }
        super::build::build_service(s.engine, &s.project.directory, &spec, &build)?;
        if !a.quiet {
            say("Service", &svc, "Built");
        }
    }
    Ok(0)
}

pub fn pull(s: &Session, a: &PullArgs) -> anyhow::Result<i32> {
    let order = s.order(&a.services, !a.include_deps)?;
    let mut failed = false;
    for svc in order {
        let spec = &s.project.doc["services"][svc.as_str()];
        // services that are built, or never pulled, are left alone
        let Some(image) = spec.get("image").and_then(Value::as_str) else {
            continue;
        };
        if matches!(
            spec.get("pull_policy").and_then(Value::as_str),
            Some("build" | "never")
        ) {
            continue;
        }
        say("Service", &svc, "Pulling");
        super::progress::detach();
        let opts = PullOptions {
            lazy: false,
            reference: image.to_string(),
            platform: spec
                .get("platform")
                .and_then(Value::as_str)
                .map(crate::oci::Platform::parse)
                .transpose()?,
            client: Default::default(),
        };
        let display = LayerDisplay::new(a.quiet, true);
        match s.engine.pull(&opts, &display) {
            Ok(_) => say("Service", &svc, "Pulled"),
            Err(e) if a.ignore_pull_failures || spec.get("build").is_some() => {
                eprintln!("WARN[0000] {svc}: pulling {image}: {e}");
            }
            Err(e) => {
                crate::cli::error_line(format_args!("{svc}: pulling {image}: {e}"));
                failed = true;
            }
        }
    }
    Ok(if failed { super::EXIT_COMPOSE } else { 0 })
}

#[derive(Debug, Args)]
pub struct PushArgs {
    /// Push what it can and ignore images with push failures
    #[arg(long)]
    ignore_push_failures: bool,
    /// Push without printing progress information
    #[arg(short, long)]
    quiet: bool,
    services: Vec<String>,
}

/// `compose push`: the images of services that name one (`image:`), built or pulled.
pub fn push(s: &Session, a: &PushArgs) -> anyhow::Result<i32> {
    let order = s.order(&a.services, true)?;
    let mut failed = false;
    for svc in order {
        let Some(image) = s.project.doc["services"][svc.as_str()]
            .get("image")
            .and_then(Value::as_str)
        else {
            continue;
        };
        say("Service", &svc, "Pushing");
        super::progress::detach();
        let opts = crate::engine::image::push::PushOptions {
            source: image.to_string(),
            destination: None,
            format: None,
            compression: None,
            client: Default::default(),
            by_digest: false,
        };
        match s.engine.push(&opts, &LayerDisplay::new(a.quiet, true)) {
            Ok(_) => say("Service", &svc, "Pushed"),
            Err(e) if a.ignore_push_failures => eprintln!("WARN[0000] {svc}: pushing {image}: {e}"),
            Err(e) => {
                crate::cli::error_line(format_args!("{svc}: pushing {image}: {e}"));
                failed = true;
            }
        }
    }
    Ok(if failed { super::EXIT_COMPOSE } else { 0 })
}
