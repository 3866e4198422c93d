//! `commit`: a new image from a container's changes.

use clap::{ArgAction, Args};

use crate::build::dockerfile::parse;
use crate::engine::Engine;
use crate::engine::image::commit::CommitOptions;

#[derive(Debug, Args)]
pub struct CommitArgs {
    /// Commit message
    #[arg(short, long)]
    message: Option<String>,
    /// Author (e.g. "Jane Doe <jane@example.com>")
    #[arg(short, long)]
    author: Option<String>,
    /// Apply a Dockerfile instruction to the image: CMD, ENTRYPOINT, ENV, EXPOSE, LABEL,
    /// ONBUILD, USER, VOLUME, WORKDIR, STOPSIGNAL, SHELL
    #[arg(short, long = "change", value_name = "INSTRUCTION")]
    change: Vec<String>,
    /// Pause the container while its changes are read
    #[arg(short, long, action = ArgAction::Set, default_value_t = true, num_args = 0..=1, default_missing_value = "true")]
    pause: bool,
    /// Print only the image ID (podman; it is all commit prints)
    #[arg(short, long)]
    quiet: bool,
    /// Write the image ID to this file too (podman)
    #[arg(long, value_name = "FILE")]
    iidfile: Option<std::path::PathBuf>,
    /// The manifest format push uses for it: oci or docker (podman; default docker)
    #[arg(short = 'f', long, value_name = "FORMAT", value_parser = ["oci", "docker"])]
    format: Option<String>,
    /// The container's volume and bind mount destinations become the image's VOLUMEs
    /// (podman)
    #[arg(long)]
    include_volumes: bool,
    /// One layer: the image's and the container's changes squashed together (podman)
    #[arg(short, long)]
    squash: bool,
    #[arg(value_name = "CONTAINER")]
    container: String,
    /// Name for the image
    #[arg(value_name = "REPOSITORY[:TAG]")]
    reference: Option<String>,
}

const ALLOWED: &[&str] = &[
    "CMD",
    "ENTRYPOINT",
    "ENV",
    "EXPOSE",
    "LABEL",
    "ONBUILD",
    "USER",
    "VOLUME",
    "WORKDIR",
    "STOPSIGNAL",
    "SHELL",
];

/// `-c INSTRUCTION` values, checked now, as an editor of an image's run config.
pub(crate) fn changes(
    values: &[String],
) -> anyhow::Result<impl Fn(&mut crate::oci::image::RunConfig) -> Result<(), String>> {
    let mut changes = Vec::new();
    for c in values {
        let d = parse(c, "--change").map_err(|e| anyhow::anyhow!("invalid --change {c:?}: {e}"))?;
        for i in d.instructions {
            if !ALLOWED.contains(&i.keyword.as_str()) {
                anyhow::bail!(
                    "invalid --change {c:?}: {} cannot be applied here",
                    i.keyword
                );
            }
            changes.push((i, d.escape));
        }
    }
    Ok(
        move |run: &mut crate::oci::image::RunConfig| -> Result<(), String> {
            for (i, escape) in &changes {
                let env = run.env.clone().unwrap_or_default();
                let lookup = move |k: &str| {
                    env.iter().find_map(|e| {
                        e.split_once('=')
                            .filter(|(n, _)| *n == k)
                            .map(|(_, v)| v.to_string())
                    })
                };
                crate::build::config::apply(run, i, *escape, &lookup)?;
            }
            Ok(())
        },
    )
}

pub fn commit(engine: &Engine, a: CommitArgs) -> anyhow::Result<i32> {
    let edit = changes(&a.change)?;
    let id = engine.commit_container(
        &a.container,
        &CommitOptions {
            message: a.message,
            author: a.author,
            pause: a.pause,
            reference: a.reference,
            format: a.format,
            include_volumes: a.include_volumes,
            squash: a.squash,
        },
        &edit,
    )?;
    let _ = a.quiet;
    if let Some(f) = &a.iidfile {
        // written in place, as build's (the path may be a pipe)
        std::fs::write(f, id.to_string())
            .map_err(|e| anyhow::anyhow!("writing --iidfile {}: {e}", f.display()))?;
    }
    println!("{id}");
    Ok(0)
}
