//! `build`'s flags that shape the result and the run rather than a step: `--squash`,
//! `--squash-all`, `--layers`, `--no-cache-filter`, `--env`/`--unsetenv`,
//! `--omit-history`, `--from`, `--skip-unused-stages`, `--format`, `--ignorefile`,
//! `--jobs`, `--retry`, `--logfile`, `--ssh` (agent sockets, or key files loaded into an agent of
//! the build's own), `--compress`.

use std::os::unix::fs::FileTypeExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use anyhow::{Context as _, bail};
use clap::{ArgAction, Args};

use crate::build::run::{BuildOptions, Squash};

#[derive(Debug, Args)]
pub struct ShapeArgs {
    /// Merge the layers this build adds into one (the base image's stay)
    #[arg(long)]
    squash: bool,
    /// Merge all of the image's layers into one
    #[arg(long, conflicts_with = "squash")]
    squash_all: bool,
    /// Keep a layer per step and use the step cache (default true; false: one layer for
    /// what the build adds, nothing cached)
    #[arg(long, value_name = "BOOL", action = ArgAction::Set, num_args = 0..=1,
          require_equals = true, default_value_t = true, default_missing_value = "true")]
    layers: bool,
    /// Do not use the cache for this stage (name or index; repeatable)
    #[arg(long, value_name = "STAGE", value_delimiter = ',')]
    no_cache_filter: Vec<String>,
    /// Set a variable in the image (KEY=VALUE, or KEY to take ours)
    #[arg(long, value_name = "KEY[=VALUE]")]
    env: Vec<String>,
    /// Take a variable out of the image
    #[arg(long, value_name = "KEY")]
    unsetenv: Vec<String>,
    /// Leave the image's history empty
    #[arg(long)]
    omit_history: bool,
    /// The first stage's base image, instead of its FROM line
    #[arg(long, value_name = "IMAGE")]
    from: Option<String>,
    /// Build only the stages the target needs (default true; false: every stage up to it)
    #[arg(long, value_name = "BOOL", action = ArgAction::Set, num_args = 0..=1,
          require_equals = true, default_value_t = true, default_missing_value = "true")]
    skip_unused_stages: bool,
    /// Manifest type a push of the image uses: oci or docker
    #[arg(long, value_name = "FORMAT", value_parser = ["oci", "docker"])]
    format: Option<String>,
    /// The ignore file to use instead of the context's .dockerignore/.containerignore
    #[arg(long, value_name = "FILE")]
    ignorefile: Option<PathBuf>,
    /// How many independent stages are built at once (default: one per core)
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
    /// Pull a base image again this many times when the registry cannot be reached
    #[arg(long, value_name = "N")]
    retry: Option<u32>,
    /// How long to wait between pull attempts (Go duration, default 2s)
    #[arg(long, value_name = "DURATION")]
    retry_delay: Option<String>,
    /// Write the build's output (steps and RUN output) to this file instead
    #[arg(long, value_name = "FILE")]
    logfile: Option<PathBuf>,
    /// An SSH agent for RUN --mount=type=ssh: default | ID[=SOCKET|KEYFILE[,…]]
    /// (default: $SSH_AUTH_SOCK)
    #[arg(long, value_name = "ID[=SOCKET|KEY]")]
    ssh: Vec<String>,
    /// The context is read where it is: there is no daemon to send it to, so nothing
    /// is compressed
    #[arg(long)]
    compress: bool,
}

/// What [`ShapeArgs::apply`] started for the build: agents for key files, ended on drop.
#[derive(Default)]
pub struct Held {
    agents: Vec<(Child, PathBuf)>,
}

impl Drop for Held {
    fn drop(&mut self) {
        for (child, dir) in &mut self.agents {
            let _ = child.kill();
            let _ = child.wait();
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

impl ShapeArgs {
    /// Fills in `opts`; the agents it starts live as long as the returned value.
    pub fn apply(&self, opts: &mut BuildOptions) -> anyhow::Result<Held> {
        let _ = self.compress;
        opts.squash = match (self.squash, self.squash_all) {
            (_, true) => Squash::All,
            (true, _) => Squash::New,
            _ => Squash::None,
        };
        opts.no_layers = !self.layers;
        opts.no_cache_stages = self.no_cache_filter.clone();
        opts.env = self
            .env
            .iter()
            .filter_map(|e| match e.split_once('=') {
                Some(_) => Some(Ok(e.clone())),
                None if e.is_empty() => Some(Err(anyhow::anyhow!("invalid --env \"\""))),
                None => std::env::var(e).ok().map(|v| Ok(format!("{e}={v}"))),
            })
            .collect::<anyhow::Result<_>>()?;
        opts.unsetenv = self.unsetenv.clone();
        opts.omit_history = self.omit_history;
        opts.from = self.from.clone();
        opts.all_stages = !self.skip_unused_stages;
        opts.format = self.format.clone();
        opts.ignorefile = self.ignorefile.clone();
        opts.jobs = match self.jobs {
            Some(0) => bail!("invalid --jobs 0: at least one stage must be built at a time"),
            Some(n) => n,
            None => 0,
        };
        let delay = match &self.retry_delay {
            Some(d) => crate::util::time::parse_go_duration(d)
                .with_context(|| format!("invalid --retry-delay {d:?}"))?,
            None => std::time::Duration::from_secs(2),
        };
        opts.pull_retries = (self.retry.unwrap_or(0), delay);
        let mut held = Held::default();
        for s in &self.ssh {
            let (id, paths) = s.split_once('=').unwrap_or((s.as_str(), ""));
            if id.is_empty() || id.contains('/') {
                bail!("invalid --ssh {s:?}: want default or ID[=SOCKET|KEYFILE]");
            }
            let socket = if paths.is_empty() {
                std::env::var_os("SSH_AUTH_SOCK")
                    .map(PathBuf::from)
                    .with_context(|| format!("--ssh {s}: SSH_AUTH_SOCK is not set"))?
            } else {
                let paths: Vec<PathBuf> = paths.split(',').map(PathBuf::from).collect();
                let is_socket = |p: &PathBuf| {
                    std::fs::metadata(p)
                        .with_context(|| format!("--ssh {s}: {}", p.display()))
                        .map(|m| m.file_type().is_socket())
                };
                match paths.as_slice() {
                    [one] if is_socket(one)? => one.clone(),
                    keys => {
                        for k in keys {
                            if is_socket(k)? {
                                bail!("--ssh {s}: give one agent socket, or key files");
                            }
                        }
                        agent_with(keys, &mut held).with_context(|| format!("--ssh {s}"))?
                    }
                }
            };
            let socket = socket
                .canonicalize()
                .with_context(|| format!("--ssh {s}: {}", socket.display()))?;
            opts.ssh.insert(id.to_string(), socket);
        }
        Ok(held)
    }

    /// `--logfile`: the file the build's output goes to.
    pub fn logfile(&self) -> Option<&PathBuf> {
        self.logfile.as_ref()
    }
}

/// An agent of the build's own (the host's ssh-agent) holding `keys`; its socket.
fn agent_with(keys: &[PathBuf], held: &mut Held) -> anyhow::Result<PathBuf> {
    // a directory only we can enter (the agent answers whoever reaches its socket)
    let dir = std::env::temp_dir().join(crate::util::fs::unique_name("skiff-ssh-"));
    std::os::unix::fs::DirBuilderExt::mode(&mut std::fs::DirBuilder::new(), 0o700)
        .create(&dir)
        .with_context(|| format!("making {}", dir.display()))?;
    let socket = dir.join("agent.sock");
    let child = Command::new("ssh-agent")
        .arg("-D")
        .arg("-a")
        .arg(&socket)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    let child = match child {
        Ok(c) => c,
        Err(e) => {
            let _ = std::fs::remove_dir(&dir);
            return Err(e)
                .context("starting ssh-agent (a key file needs the openssh-client package)");
        }
    };
    held.agents.push((child, dir));
    // the agent makes its socket once it is ready
    let until = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !socket.exists() {
        if std::time::Instant::now() > until {
            bail!("ssh-agent did not start");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    for k in keys {
        let out = Command::new("ssh-add")
            .arg("-q")
            .arg(k)
            .env("SSH_AUTH_SOCK", &socket)
            .env_remove("DISPLAY")
            .env_remove("SSH_ASKPASS")
            .stdin(Stdio::null())
            .output()
            .context("running ssh-add")?;
        if !out.status.success() {
            bail!(
                "ssh-add {}: {}",
                k.display(),
                String::from_utf8_lossy(&out.stderr).trim()
            );
        }
    }
    Ok(socket)
}

/// `--pull[=WHEN]` as `build` takes it.
pub fn pull_policy(v: Option<&str>) -> anyhow::Result<crate::build::run::Pull> {
    match v {
        None => Ok(crate::build::run::Pull::Missing),
        Some(v) => crate::build::run::Pull::parse(v).map_err(anyhow::Error::msg),
    }
}
