//! `build`: an image from a Dockerfile and a context (a directory, `-` for a tar on stdin,
//! or a git URL cloned with the host's git).

use std::collections::BTreeMap;
use std::io::Write;
use std::os::fd::AsFd;
use std::path::PathBuf;

use anyhow::{Context as _, bail};
use clap::Args;

use crate::build::run::{BuildOptions, BuildOutput, Builder, SecretSource, find_dockerfile};
use crate::cli::build_progress::{Live, Mode, Plain, Silenced};
use crate::cli::progress::LayerDisplay;
use crate::engine::Engine;

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Name (and tag) for the image; repeat for several
    #[arg(short, long = "tag", value_name = "NAME[:TAG]")]
    tag: Vec<String>,
    /// The Dockerfile (default: CONTEXT/Dockerfile or Containerfile; - for stdin)
    #[arg(short, long, value_name = "FILE")]
    file: Option<PathBuf>,
    /// Set a build-time variable (KEY=VALUE, or KEY to pass ours)
    #[arg(long = "build-arg", value_name = "KEY=VALUE")]
    build_arg: Vec<String>,
    /// Build this stage (and what it needs) only
    #[arg(long, value_name = "STAGE")]
    target: Option<String>,
    /// Do not use the build cache
    #[arg(long)]
    no_cache: bool,
    /// When to pull base images: always (a bare --pull; also true), missing (the
    /// default; also false), never, newer
    #[arg(long, value_name = "WHEN", num_args = 0..=1, require_equals = true,
          default_missing_value = "always")]
    pull: Option<String>,
    /// Set metadata on the image (KEY=VALUE)
    #[arg(long = "label", value_name = "KEY=VALUE")]
    label: Vec<String>,
    /// Print only the image ID
    #[arg(short, long)]
    quiet: bool,
    /// How the build shows itself: auto (tty on a terminal, else plain), plain, tty,
    /// quiet (default: $BUILDKIT_PROGRESS, else auto)
    #[arg(long, value_name = "MODE")]
    progress: Option<String>,
    /// Write the image ID to this file
    #[arg(long, value_name = "FILE")]
    iidfile: Option<PathBuf>,
    /// Network for RUN steps
    #[arg(long, value_name = "NETWORK")]
    network: Option<String>,
    #[command(flatten)]
    platforms: super::build_multi::PlatformArgs,
    /// Seconds since the epoch for layer timestamps and the image's creation time, for a
    /// reproducible image (default: SOURCE_DATE_EPOCH; else layers use the base image's
    /// time and the image is dated now)
    #[arg(long, value_name = "SECONDS")]
    timestamp: Option<u64>,
    /// A secret for `RUN --mount=type=secret`: id=ID,src=FILE or id=ID,env=VAR
    #[arg(long, value_name = "id=ID,src=FILE")]
    secret: Vec<String>,
    /// A named context: NAME=DIR | NAME=docker-image://REF | NAME=GIT-OR-HTTPS-URL, used by
    /// FROM NAME, COPY --from=NAME, RUN --mount=from=NAME (repeatable)
    #[arg(long, value_name = "NAME=VALUE")]
    build_context: Vec<String>,
    #[command(flatten)]
    step: super::container::build_step::BuildStepArgs,
    #[command(flatten)]
    shape: super::build_shape::ShapeArgs,
    #[command(flatten)]
    outputs: super::build_out::OutputArgs,
    #[command(flatten)]
    cache: super::build_out::CacheArgs,
    #[command(flatten)]
    registry: super::RegistryArgs,
    /// Directory, `-` (a tar on stdin) or git URL (URL#REF:SUBDIR)
    #[arg(value_name = "CONTEXT")]
    context: String,
}

#[derive(Debug, clap::Subcommand)]
pub enum BuilderCommand {
    /// Remove the build cache (cached steps, cache mounts, build steps' images)
    Prune(BuilderPruneArgs),
}

#[derive(Debug, Args)]
pub struct BuilderPruneArgs {
    /// Accepted for docker compatibility (the whole cache goes)
    #[arg(short, long)]
    all: bool,
    /// Do not prompt for confirmation
    #[arg(short, long)]
    force: bool,
}

pub fn builder(engine: &Engine, c: BuilderCommand) -> anyhow::Result<i32> {
    match c {
        BuilderCommand::Prune(a) => {
            let _ = a.all;
            if !a.force
                && !crate::cli::image::confirm("WARNING! This will remove all build cache.")?
            {
                return Ok(0);
            }
            let freed = engine.prune_build_cache()?;
            println!("Total reclaimed space: {}", crate::util::human::size(freed));
            Ok(0)
        }
    }
}

/// What a bare `KEY` (no `=`) means.
#[derive(Clone, Copy, PartialEq)]
enum Bare {
    /// `--build-arg KEY`: the value of KEY in our environment (left out when unset).
    FromEnv,
    /// `--label KEY`: an empty value, as docker takes it.
    Empty,
}

fn key_values(
    items: &[String],
    what: &str,
    bare: Bare,
) -> anyhow::Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for i in items {
        match i.split_once('=') {
            Some((k, v)) if !k.is_empty() => {
                out.insert(k.to_string(), v.to_string());
            }
            None if !i.is_empty() => match bare {
                Bare::FromEnv => {
                    if let Ok(v) = std::env::var(i) {
                        out.insert(i.clone(), v);
                    }
                }
                Bare::Empty => {
                    out.insert(i.clone(), String::new());
                }
            },
            _ => bail!("invalid {what} {i:?}: expected KEY=VALUE"),
        }
    }
    Ok(out)
}

pub fn build(engine: &Engine, a: BuildArgs) -> anyhow::Result<i32> {
    // contexts that are not a directory are made one (for as long as the build runs)
    let prepared = engine.build_context(&a.context)?;
    let context = prepared.dir.clone();
    let (text, name) = match a.file.as_deref() {
        Some(f) if f.as_os_str() == "-" => {
            let mut s = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)?;
            (s, "Dockerfile".to_string())
        }
        f => {
            let path = find_dockerfile(&context, f).map_err(anyhow::Error::msg)?;
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("reading {}", path.display()))?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "Dockerfile".into());
            (text, name)
        }
    };
    let (contexts, _fetched) = named_contexts(engine, &a.build_context)?;
    let mut opts = BuildOptions {
        contexts,
        context,
        dockerfile: (text, name),
        tags: a.tag.clone(),
        build_args: key_values(&a.build_arg, "--build-arg", Bare::FromEnv)?,
        target: a.target,
        no_cache: a.no_cache,
        pull: super::build_shape::pull_policy(a.pull.as_deref())?,
        labels: key_values(&a.label, "--label", Bare::Empty)?,
        network: a.network,
        timestamp: a.timestamp,
        secrets: secrets(&a.secret)?,
        client: crate::cli::image::client_options(&a.registry)?,
        step: a.step.settings()?,
        ..Default::default()
    };
    let _agents = a.shape.apply(&mut opts)?;
    let platforms = a.platforms.platforms(
        engine,
        || crate::build::run::base_images(&opts).map_err(Into::into),
        &opts.client,
    )?;
    let multi = platforms.len() > 1;
    let outputs = a.outputs.parse(&a.tag)?;
    let (cache_from, cache_to) = a.cache.parse()?;
    a.platforms
        .check(&platforms, &outputs, !cache_to.is_empty())?;
    opts.inline_cache = cache_to
        .iter()
        .any(|c| c.to == crate::engine::image::remotecache::CacheLocation::Inline);
    let mode = Mode::pick(a.progress.as_deref(), a.quiet)?;
    let quiet = mode == Mode::Quiet;
    let to_stdout = super::build_out::OutputArgs::uses_stdout(&outputs);
    let silenced = if let Some(f) = a.shape.logfile() {
        let log = std::fs::File::create(f).with_context(|| format!("--logfile {}", f.display()))?;
        Some(Silenced::into(log.as_fd())?)
    } else if quiet {
        Some(Silenced::new()?)
    } else if to_stdout {
        Some(Silenced::to_stderr()?)
    } else {
        None
    };
    // the tty view, unless the output goes elsewhere anyway
    let live = match (mode, &silenced) {
        (Mode::Tty, None) => Some(Live::start()?),
        _ => None,
    };
    let plain = Plain { quiet };
    let out: &(dyn BuildOutput + Sync) = match &live {
        Some(l) => l,
        None => &plain,
    };
    let progress = LayerDisplay::new(quiet || live.is_some(), true);
    if !a.no_cache {
        a.cache
            .import(engine, &cache_from, &opts.client, &progress, out);
    }
    // one build per platform (a list of several is named by the tags, not each image)
    let mut ids = Vec::new();
    let mut result = Ok(());
    for p in &platforms {
        let mut o = opts.clone();
        o.platform = p.clone();
        if multi {
            o.tags.clear();
        }
        // --logsplit: this platform's output into a log of its own
        let split = match a.shape.logfile().and_then(|f| a.platforms.split_log(f, p)) {
            Some(f) => {
                let log = std::fs::File::create(&f)
                    .with_context(|| format!("--logfile {}", f.display()))?;
                Some(Silenced::into(log.as_fd())?)
            }
            None => None,
        };
        let built = Builder::new(engine, &o, out, &progress).and_then(|b| {
            let id = b.build()?;
            a.cache
                .export(
                    engine,
                    &cache_to,
                    &b.cache_record(),
                    &id,
                    &o.client,
                    &progress,
                )
                .map_err(crate::build::run::BuildError::from)?;
            Ok(id)
        });
        drop(split);
        match built {
            Ok(id) => ids.push(id),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    if let Some(l) = live {
        l.finish(result.is_ok());
    }
    drop(silenced);
    let id = match (result, ids.first()) {
        (Ok(()), Some(id)) => id.clone(),
        // a failed build exits 1, as with docker
        (Err(e), _) => {
            crate::cli::error_line(&e);
            return Ok(1);
        }
        (Ok(()), None) => bail!("nothing was built"),
    };
    a.platforms.record(engine, &a.tag, &ids, multi)?;
    if let Some(f) = &a.iidfile {
        // written in place, like docker (the path may be a pipe or a device)
        std::fs::write(f, id.to_string()).with_context(|| format!("writing {}", f.display()))?;
    }
    if multi {
        a.outputs
            .push_lists(engine, &outputs, &a.tag, &a.registry, quiet)?;
    } else {
        a.outputs.write(
            engine,
            &id,
            &outputs,
            &a.tag,
            &a.registry,
            quiet || to_stdout,
        )?;
    }
    // with an output on stdout, what the build says goes to stderr; with --logfile, there
    let log = a
        .shape
        .logfile()
        .map(|f| std::fs::OpenOptions::new().append(true).open(f))
        .transpose()?;
    let say = |line: String| {
        if let Some(mut f) = log.as_ref() {
            let _ = writeln!(f, "{line}");
        } else if to_stdout {
            eprintln!("{line}");
        } else {
            println!("{line}");
        }
    };
    if multi {
        for (p, id) in platforms.iter().zip(&ids) {
            let p = p.as_ref().map(|p| p.to_string()).unwrap_or_default();
            say(if quiet {
                id.to_string()
            } else {
                format!("{p} {}", id.to_string().trim_start_matches("sha256:"))
            });
        }
        if !quiet {
            for t in &a.tag {
                let t = engine.familiar_reference(t).unwrap_or_else(|_| t.clone());
                say(format!("Successfully tagged manifest list {t}"));
            }
        }
    } else if quiet {
        say(id.to_string());
    } else {
        let hex = id.to_string();
        let hex = hex.trim_start_matches("sha256:");
        for t in &a.tag {
            let t = engine.familiar_reference(t).unwrap_or_else(|_| t.clone());
            say(format!("Successfully tagged {t}"));
        }
        say(hex.to_string());
    }
    Ok(0)
}

/// `--secret id=ID,src=FILE|env=VAR` (also `source=`, `type=file|env`; a bare `env=VAR`
/// or `src=FILE` is its own id, as with buildx).
fn secrets(items: &[String]) -> anyhow::Result<BTreeMap<String, SecretSource>> {
    let mut out = BTreeMap::new();
    for s in items {
        let mut id = None;
        let mut src = None;
        let mut env = None;
        let mut kind = None;
        for f in s.split(',') {
            match f.split_once('=') {
                Some(("id", v)) => id = Some(v.to_string()),
                Some(("src" | "source", v)) => src = Some(v.to_string()),
                Some(("env", v)) => env = Some(v.to_string()),
                Some(("type", v @ ("file" | "env"))) => kind = Some(v),
                _ => bail!("invalid --secret {s:?}: want id=ID,src=FILE or id=ID,env=VAR"),
            }
        }
        // `type=env,src=VAR` names a variable too
        if kind == Some("env") && env.is_none() {
            env = src.take();
        }
        let source = match (src, env) {
            (Some(f), None) => {
                let path = PathBuf::from(&f);
                let path = path
                    .canonicalize()
                    .with_context(|| format!("--secret {s}: {f}"))?;
                id.get_or_insert_with(|| f.rsplit('/').next().unwrap_or(&f).to_string());
                SecretSource::File(path)
            }
            (None, Some(v)) => {
                if std::env::var_os(&v).is_none() {
                    bail!("--secret {s}: environment variable {v} is not set");
                }
                id.get_or_insert_with(|| v.clone());
                SecretSource::Env(v)
            }
            _ => bail!("invalid --secret {s:?}: want id=ID,src=FILE or id=ID,env=VAR"),
        };
        let Some(id) = id.filter(|i| !i.is_empty()) else {
            bail!("invalid --secret {s:?}: want id=ID,src=FILE or id=ID,env=VAR");
        };
        out.insert(id, source);
    }
    Ok(out)
}

/// `--build-context NAME=VALUE`s; fetched ones (git, https) live as long as the returned
/// handles.
fn named_contexts(
    engine: &Engine,
    items: &[String],
) -> anyhow::Result<(
    BTreeMap<String, crate::build::run::NamedContext>,
    Vec<crate::engine::image::sources::BuildContext>,
)> {
    use crate::build::run::NamedContext;
    let mut out = BTreeMap::new();
    let mut held = Vec::new();
    for i in items {
        let Some((name, value)) = i
            .split_once('=')
            .filter(|(n, v)| !n.is_empty() && !v.is_empty())
        else {
            bail!("invalid --build-context {i:?}: want NAME=VALUE");
        };
        let ctx = if let Some(r) = value.strip_prefix("docker-image://") {
            NamedContext::Image(r.to_string())
        } else if value.starts_with("oci-layout://") || value.starts_with("target:") {
            bail!(
                "--build-context {name}: {value}: oci-layout:// and target: contexts are not supported (a directory, docker-image://, git or https)"
            );
        } else if value.contains("://") || value.starts_with("git@") {
            let fetched = engine.build_context(value)?;
            let dir = fetched.dir.clone();
            held.push(fetched);
            NamedContext::Dir(dir)
        } else {
            let dir = std::fs::canonicalize(value)
                .with_context(|| format!("--build-context {name}: {value}"))?;
            if !dir.is_dir() {
                bail!("--build-context {name}: {value} is not a directory");
            }
            NamedContext::Dir(dir)
        };
        out.insert(name.to_string(), ctx);
    }
    Ok((out, held))
}

/// `skiff build` as a child of this process, on the same store (compose's and kube
/// play's builds): the command, to be given the build's arguments.
pub(crate) fn child_build(engine: &Engine) -> std::io::Result<std::process::Command> {
    let ctx = engine.context();
    let mut c = std::process::Command::new(std::env::current_exe()?);
    c.arg("--root")
        .arg(&ctx.root)
        .arg("--runroot")
        .arg(&ctx.runroot)
        .arg("build");
    Ok(c)
}
