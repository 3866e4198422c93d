//! Running a build: each needed stage from its base, each instruction in turn. Metadata
//! instructions change the config; RUN runs the command in a container of the image so far
//! and keeps its writable layer; COPY/ADD stage the named files as a layer; WORKDIR makes
//! its directory when missing. Every step has a cache key — its parent's key, the
//! instruction as expanded, the build args a RUN sees, the digest of the files a COPY
//! reads — and a step whose key is known reuses its layer. Timestamps (layer mtimes, the
//! config's `created`) are the build's epoch, so the same inputs give the same image.

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use super::config::{apply, command};
use super::copy::{self, Overrides, Source};
use super::dockerfile::expand::Expander;
use super::dockerfile::{Args, Dockerfile, Instruction, parse};
use super::ignore::Ignore;
use super::plan::{Base, Plan};
use crate::engine::Engine;
use crate::engine::container::create::{CreateOptions, PullPolicy};
use crate::engine::progress::PullProgress;
use crate::oci::Digest;
use crate::oci::digest::{Algorithm, Hasher};
use crate::oci::image::{History, ImageConfig, RootFs, RunConfig};
use crate::state::record::LogConfig;
use crate::store::layered::Layered;
use crate::store::pack::PackOptions;

/// `skiff build`'s options.
#[derive(Clone, Debug, Default)]
pub struct BuildOptions {
    pub context: PathBuf,
    /// The Dockerfile's text and the name errors use.
    pub dockerfile: (String, String),
    pub tags: Vec<String>,
    pub build_args: BTreeMap<String, String>,
    pub target: Option<String>,
    pub no_cache: bool,
    pub pull: bool,
    pub labels: BTreeMap<String, String>,
    /// `--network` for RUN steps (default: the engine's default network).
    pub network: Option<String>,
    /// `--timestamp`: the epoch of layer mtimes and `created` (else SOURCE_DATE_EPOCH, else
    /// the base image's `created`).
    pub timestamp: Option<u64>,
    /// `--secret id=ID,src=FILE`: what `RUN --mount=type=secret,id=ID` sees.
    pub secrets: BTreeMap<String, PathBuf>,
}

/// What a build reports while it runs (the CLI prints it).
pub trait BuildOutput {
    fn step(&self, n: usize, total: usize, text: &str);
    fn cached(&self);
    fn warn(&self, message: &str);
}

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error("{file}:{line}: {message}")]
    At {
        file: String,
        line: usize,
        message: String,
    },
    #[error(transparent)]
    Engine(#[from] crate::engine::EngineError),
}

impl From<std::io::Error> for BuildError {
    fn from(e: std::io::Error) -> Self {
        BuildError::Engine(e.into())
    }
}

/// A stage's image so far.
#[derive(Clone)]
struct State {
    config: ImageConfig,
    /// Chains the cache keys.
    key: String,
    /// ARGs declared in this stage (their values).
    args: BTreeMap<String, String>,
    /// Layer mtimes are clamped to this, and `created` is it.
    epoch: u64,
}

/// Where a step is: the plan, its stage, and the stages built so far.
struct Here<'p> {
    plan: &'p Plan,
    stage: usize,
    done: &'p BTreeMap<usize, State>,
}

fn run_config(c: &ImageConfig) -> RunConfig {
    c.config.clone().unwrap_or_default()
}

fn hash(parts: &[&str]) -> String {
    let mut h = Hasher::new(Algorithm::Sha256);
    for p in parts {
        h.update(p.as_bytes());
        h.update(&[0u8]);
    }
    h.finish().hex().to_string()
}

fn predefined(k: &str) -> Option<String> {
    let arch = crate::oci::Platform::host().architecture;
    match k {
        "TARGETPLATFORM" | "BUILDPLATFORM" => Some(format!("linux/{arch}")),
        "TARGETOS" | "BUILDOS" => Some("linux".into()),
        "TARGETARCH" | "BUILDARCH" => Some(arch),
        "TARGETVARIANT" | "BUILDVARIANT" => Some(String::new()),
        _ => None,
    }
}

const PROXY_ARGS: &[&str] = &[
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "FTP_PROXY",
    "ftp_proxy",
    "NO_PROXY",
    "no_proxy",
    "ALL_PROXY",
    "all_proxy",
];

pub struct Builder<'a> {
    pub engine: &'a Engine,
    pub opts: &'a BuildOptions,
    pub out: &'a dyn BuildOutput,
    pub progress: &'a dyn PullProgress,
    df: Dockerfile,
    ignore: Ignore,
    epoch: Option<u64>,
    cache_dir: PathBuf,
}

impl<'a> Builder<'a> {
    pub fn new(
        engine: &'a Engine,
        opts: &'a BuildOptions,
        out: &'a dyn BuildOutput,
        progress: &'a dyn PullProgress,
    ) -> Result<Self, BuildError> {
        let (text, file) = &opts.dockerfile;
        let df = parse(text, file).map_err(|e| BuildError::At {
            file: e.file,
            line: e.line,
            message: e.message,
        })?;
        let ignore_text = [".dockerignore", ".containerignore"]
            .iter()
            .find_map(|n| fs::read_to_string(opts.context.join(n)).ok())
            .unwrap_or_default();
        let epoch = opts.timestamp.or_else(|| {
            std::env::var("SOURCE_DATE_EPOCH")
                .ok()
                .and_then(|v| v.parse().ok())
        });
        let cache_dir = engine.store()?.root().join("build-cache");
        fs::create_dir_all(&cache_dir).map_err(crate::engine::EngineError::from)?;
        Ok(Builder {
            engine,
            opts,
            out,
            progress,
            df,
            ignore: Ignore::parse(&ignore_text),
            epoch,
            cache_dir,
        })
    }

    fn err(&self, ins: &Instruction, message: impl Into<String>) -> BuildError {
        BuildError::At {
            file: self.opts.dockerfile.1.clone(),
            line: ins.line,
            message: message.into(),
        }
    }

    /// Builds the target; the image ID.
    pub fn build(&self) -> Result<Digest, BuildError> {
        let plan = Plan::new(&self.df, &self.opts.build_args, self.opts.target.as_deref())
            .map_err(|e| BuildError::At {
                file: self.opts.dockerfile.1.clone(),
                line: e.line,
                message: e.message,
            })?;
        let total: usize = plan
            .order
            .iter()
            .map(|i| plan.stages[*i].instructions.len() + 1)
            .sum();
        let mut n = 0;
        let mut done: BTreeMap<usize, State> = BTreeMap::new();
        for &i in &plan.order {
            let stage = &plan.stages[i];
            n += 1;
            self.out.step(n, total, &stage.from.text);
            let mut st = self.base(&plan, stage.index, &done)?;
            // ONBUILD triggers of the base image run first
            let triggers = run_config(&st.config).on_build.unwrap_or_default();
            if !triggers.is_empty() {
                let mut rc = run_config(&st.config);
                rc.on_build = None;
                st.config.config = Some(rc);
                for t in triggers {
                    let d = parse(&t, "ONBUILD").map_err(|e| self.err(&stage.from, e.message))?;
                    for ins in &d.instructions {
                        let at = Here {
                            plan: &plan,
                            stage: stage.index,
                            done: &done,
                        };
                        self.step(&at, &mut st, ins)?;
                    }
                }
            }
            for ins in &stage.instructions {
                n += 1;
                self.out.step(n, total, &ins.text);
                let at = Here {
                    plan: &plan,
                    stage: stage.index,
                    done: &done,
                };
                self.step(&at, &mut st, ins)?;
            }
            done.insert(i, st);
        }
        let declared: Vec<String> = self
            .df
            .instructions
            .iter()
            .filter(|i| i.keyword == "ARG")
            .flat_map(|i| match &i.args {
                Args::Shell(s) => s
                    .split_whitespace()
                    .map(|w| w.split('=').next().unwrap_or(w).to_string())
                    .collect::<Vec<_>>(),
                Args::Exec(_) => Vec::new(),
            })
            .collect();
        let unused: Vec<&String> = self
            .opts
            .build_args
            .keys()
            .filter(|k| !declared.contains(k) && !is_predefined(k))
            .collect();
        if !unused.is_empty() {
            let names: Vec<&str> = unused.iter().map(|s| s.as_str()).collect();
            self.out.warn(&format!(
                "one or more build args were not consumed: {}",
                names.join(", ")
            ));
        }
        let last = plan.order.last().copied().unwrap_or(0);
        let mut st = done
            .remove(&last)
            .ok_or_else(|| crate::engine::EngineError::Other("nothing was built".into()))?;
        if !self.opts.labels.is_empty() {
            let mut rc = run_config(&st.config);
            rc.labels
                .get_or_insert_with(Default::default)
                .extend(self.opts.labels.clone());
            st.config.config = Some(rc);
        }
        let first = self
            .opts
            .tags
            .first()
            .map(|t| {
                crate::oci::Reference::parse_tag_target(
                    t,
                    &self.engine.context().registries.default_registry,
                )
            })
            .transpose()
            .map_err(|e| crate::engine::EngineError::Invalid(e.to_string()))?;
        let id = self.engine.save_image(&st.config, first.as_ref(), false)?;
        for t in self.opts.tags.iter().skip(1) {
            self.engine.tag_image(&id.to_string(), t)?;
        }
        Ok(id)
    }

    /// The build's epoch: `--timestamp`, SOURCE_DATE_EPOCH, else the base image's creation
    /// time (scratch: 0) — the same on every machine for the same inputs.
    fn epoch_of(&self, base: Option<&str>) -> u64 {
        self.epoch
            .or_else(|| {
                base.and_then(crate::util::time::parse_rfc3339)
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map(|d| d.as_secs())
            })
            .unwrap_or(0)
    }

    fn base(
        &self,
        plan: &Plan,
        index: usize,
        done: &BTreeMap<usize, State>,
    ) -> Result<State, BuildError> {
        let stage = &plan.stages[index];
        match &stage.base {
            Base::Stage(b) => {
                let mut st = done
                    .get(b)
                    .cloned()
                    .ok_or_else(|| self.err(&stage.from, "base stage was not built"))?;
                st.args.clear();
                Ok(st)
            }
            Base::Scratch => {
                let platform = crate::oci::Platform::host();
                Ok(State {
                    config: ImageConfig {
                        architecture: platform.architecture,
                        os: "linux".into(),
                        rootfs: RootFs {
                            kind: "layers".into(),
                            diff_ids: Vec::new(),
                        },
                        config: Some(RunConfig {
                            env: Some(vec![
                                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
                                    .into(),
                            ]),
                            ..Default::default()
                        }),
                        ..Default::default()
                    },
                    key: hash(&["scratch"]),
                    args: BTreeMap::new(),
                    epoch: self.epoch_of(None),
                })
            }
            Base::Image(name) => {
                if let Some(p) = &stage.platform {
                    let host = crate::oci::Platform::host();
                    let want = crate::oci::Platform::parse(p)
                        .map_err(|e| self.err(&stage.from, e.to_string()))?;
                    if want.os != host.os || want.architecture != host.architecture {
                        return Err(self.err(
                            &stage.from,
                            format!("--platform={p}: only the host's platform can be built"),
                        ));
                    }
                }
                let (id, config) = self.image(name)?;
                let epoch = self.epoch_of(config.created.as_deref());
                Ok(State {
                    config,
                    key: hash(&["image", &id.to_string(), &epoch.to_string()]),
                    args: BTreeMap::new(),
                    epoch,
                })
            }
        }
    }

    /// A base image, pulled when missing (or always with `--pull`).
    fn image(&self, name: &str) -> Result<(Digest, ImageConfig), BuildError> {
        let e = self.engine;
        let store = e.store()?;
        let local = e.resolve_image(&store.images()?, name);
        let id = match local {
            Ok(r) if !self.opts.pull => r.id,
            _ => {
                e.pull(
                    &crate::engine::image::pull::PullOptions {
                        reference: name.to_string(),
                        platform: None,
                        client: e.client_options(Default::default()),
                    },
                    self.progress,
                )?
                .image_id
            }
        };
        let config = ImageConfig::parse(
            &store
                .read_blob(&id)
                .map_err(crate::engine::EngineError::from)?,
        )
        .map_err(|x| crate::engine::EngineError::Store(format!("image {id}: {x}")))?;
        Ok((id, config))
    }

    /// The variables a step sees: its stage's ARGs, the image's ENV (ENV wins).
    fn vars(&self, st: &State) -> BTreeMap<String, String> {
        let mut v: BTreeMap<String, String> = st.args.clone();
        for e in run_config(&st.config).env.unwrap_or_default() {
            if let Some((k, val)) = e.split_once('=') {
                v.insert(k.to_string(), val.to_string());
            }
        }
        v
    }

    fn layers(&self, st: &State) -> Result<Layered, BuildError> {
        let store = self.engine.store()?;
        Ok(Layered::new(
            &st.config
                .rootfs
                .diff_ids
                .iter()
                .map(|d| store.layer_diff_dir(d))
                .collect::<Vec<_>>(),
        ))
    }

    fn history(&self, st: &mut State, created_by: String, empty: bool) {
        let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(st.epoch);
        let created = crate::util::time::format_rfc3339(t);
        st.config.history.push(History {
            created: Some(created.clone()),
            created_by: Some(created_by.replace('\n', " ").trim_end().to_string()),
            author: None,
            comment: None,
            empty_layer: empty,
        });
        st.config.created = Some(created);
    }

    fn cached(&self, key: &str) -> Option<Digest> {
        if self.opts.no_cache {
            return None;
        }
        let d = fs::read_to_string(self.cache_dir.join(key)).ok()?;
        let d = Digest::parse(d.trim()).ok()?;
        let store = self.engine.store().ok()?;
        store.layer(&d).ok().flatten().map(|_| d)
    }

    fn remember(&self, key: &str, layer: &Digest) {
        let _ = crate::state::write_file(
            &self.cache_dir.join(key),
            layer.to_string().as_bytes(),
            false,
        );
    }

    fn add_layer(&self, st: &mut State, layer: Digest, created_by: String) {
        st.config.rootfs.diff_ids.push(layer);
        self.history(st, created_by, false);
    }

    fn step(&self, at: &Here<'_>, st: &mut State, ins: &Instruction) -> Result<(), BuildError> {
        let vars = self.vars(st);
        // ARGs this stage declares later: naming one before its ARG line is an error
        let later: BTreeMap<String, usize> = at.plan.stages[at.stage]
            .instructions
            .iter()
            .filter(|i| i.keyword == "ARG" && i.line > ins.line)
            .flat_map(|i| {
                let t = match &i.args {
                    Args::Shell(s) => s.clone(),
                    Args::Exec(v) => v.join(" "),
                };
                t.split_whitespace()
                    .map(|w| (w.split('=').next().unwrap_or(w).to_string(), i.line))
                    .collect::<Vec<_>>()
            })
            .collect();
        let early: std::cell::RefCell<Option<(String, usize)>> = std::cell::RefCell::new(None);
        let lookup = |k: &str| {
            let v = vars.get(k).cloned();
            if v.is_none()
                && let Some(line) = later.get(k)
            {
                early.borrow_mut().get_or_insert((k.to_string(), *line));
            }
            v
        };
        let result = self.step_with(at, st, ins, &lookup);
        if let Some((name, line)) = early.into_inner() {
            return Err(self.err(
                ins,
                format!("ARG {name} is used before its definition (line {line})"),
            ));
        }
        result
    }

    fn step_with(
        &self,
        at: &Here<'_>,
        st: &mut State,
        ins: &Instruction,
        lookup: &dyn Fn(&str) -> Option<String>,
    ) -> Result<(), BuildError> {
        let x = Expander {
            escape: self.df.escape,
            lookup,
        };
        let text = match &ins.args {
            Args::Shell(s) => s.clone(),
            Args::Exec(v) => serde_json::to_string(v).unwrap_or_default(),
        };
        let kw = ins.keyword.as_str();
        match kw {
            "ARG" => {
                for word in text.split_whitespace() {
                    let (k, default) = match word.split_once('=') {
                        Some((k, v)) => (
                            k.to_string(),
                            Some(x.word(v).map_err(|m| self.err(ins, m.0))?),
                        ),
                        None => (word.to_string(), None),
                    };
                    let global = at.plan.global_args.get(&k).cloned().flatten();
                    let v = self
                        .opts
                        .build_args
                        .get(&k)
                        .cloned()
                        .or(default)
                        .or(global)
                        .or_else(|| predefined(&k));
                    st.args.insert(k.clone(), v.unwrap_or_default());
                }
                st.key = hash(&[&st.key, "ARG", &text]);
                Ok(())
            }
            "MAINTAINER" => {
                st.config.author = Some(text.clone());
                self.history(st, format!("MAINTAINER {text}"), true);
                Ok(())
            }
            "HEALTHCHECK" => {
                let hc = self.healthcheck(ins)?;
                let mut rc = run_config(&st.config);
                rc.healthcheck = Some(hc);
                st.config.config = Some(rc);
                st.key = hash(&[&st.key, "HEALTHCHECK", &text]);
                self.history(st, format!("HEALTHCHECK {text}"), true);
                Ok(())
            }
            "RUN" => self.run(at, st, ins),
            "COPY" | "ADD" => self.copy(at, st, ins, &x),
            "WORKDIR" => {
                let mut rc = run_config(&st.config);
                apply(&mut rc, ins, self.df.escape, &lookup).map_err(|m| self.err(ins, m))?;
                let dir = rc.working_dir.clone().unwrap_or_else(|| "/".into());
                st.config.config = Some(rc);
                st.key = hash(&[&st.key, "WORKDIR", &dir]);
                let view = self.layers(st)?;
                if dir != "/" && view.lookup(dir.trim_start_matches('/')).is_none() {
                    let layer = match self.cached(&st.key) {
                        Some(l) => {
                            self.out.cached();
                            l
                        }
                        None => {
                            let work = self
                                .engine
                                .store()?
                                .work_dir()
                                .map_err(crate::engine::EngineError::from)?;
                            let staging = work.path().join("workdir");
                            let item = copy::Item {
                                src: work.path().to_path_buf(),
                                dest: dir.trim_start_matches('/').to_string(),
                                meta: fs::metadata(work.path())
                                    .map_err(crate::engine::EngineError::from)?,
                            };
                            fs::create_dir(&staging).map_err(crate::engine::EngineError::from)?;
                            copy::stage(
                                &[item],
                                &staging,
                                Overrides {
                                    owner: None,
                                    mode: Some(0o755),
                                },
                                &view,
                            )
                            .map_err(|m| self.err(ins, m))?;
                            let l = self.engine.layer_from_dir(&staging, self.pack(st))?;
                            self.remember(&st.key, &l);
                            l
                        }
                    };
                    self.add_layer(st, layer, format!("WORKDIR {dir}"));
                } else {
                    self.history(st, format!("WORKDIR {dir}"), true);
                }
                Ok(())
            }
            _ => {
                let mut rc = run_config(&st.config);
                if !apply(&mut rc, ins, self.df.escape, &lookup).map_err(|m| self.err(ins, m))? {
                    return Err(self.err(ins, format!("{kw} is not supported here")));
                }
                st.config.config = Some(rc);
                st.key = hash(&[&st.key, kw, &text]);
                self.history(st, format!("{kw} {text}"), true);
                Ok(())
            }
        }
    }

    fn pack(&self, st: &State) -> PackOptions {
        PackOptions {
            clamp_mtime: Some(st.epoch),
        }
    }

    fn healthcheck(&self, ins: &Instruction) -> Result<serde_json::Value, BuildError> {
        let text = match &ins.args {
            Args::Shell(s) => s.trim().to_string(),
            Args::Exec(v) => serde_json::to_string(v).unwrap_or_default(),
        };
        if text.eq_ignore_ascii_case("NONE") {
            return Ok(serde_json::json!({"Test": ["NONE"]}));
        }
        let rest = text
            .strip_prefix("CMD")
            .or_else(|| text.strip_prefix("cmd"))
            .ok_or_else(|| self.err(ins, "HEALTHCHECK wants CMD … or NONE"))?
            .trim();
        let test = match serde_json::from_str::<Vec<String>>(rest) {
            Ok(v) => std::iter::once("CMD".to_string())
                .chain(v)
                .collect::<Vec<_>>(),
            Err(_) => vec!["CMD-SHELL".into(), rest.to_string()],
        };
        let mut hc = serde_json::json!({"Test": test});
        for (flag, key) in [
            ("interval", "Interval"),
            ("timeout", "Timeout"),
            ("start-period", "StartPeriod"),
            ("start-interval", "StartInterval"),
        ] {
            if let Some(v) = ins.flag(flag).and_then(|f| f.value.as_deref()) {
                let d = crate::util::time::parse_go_duration(v)
                    .ok_or_else(|| self.err(ins, format!("invalid --{flag} {v:?}")))?;
                hc[key] = serde_json::json!(d.as_nanos() as u64);
            }
        }
        if let Some(v) = ins.flag("retries").and_then(|f| f.value.as_deref()) {
            let r: u64 = v
                .parse()
                .map_err(|_| self.err(ins, format!("invalid --retries {v:?}")))?;
            hc["Retries"] = serde_json::json!(r);
        }
        Ok(hc)
    }

    fn run(&self, at: &Here<'_>, st: &mut State, ins: &Instruction) -> Result<(), BuildError> {
        let rc = run_config(&st.config);
        let mut cmd = command(&rc, &ins.args);
        if let (Args::Shell(s), Some(h)) = (&ins.args, ins.heredocs.first())
            && s.trim_start().starts_with("<<")
        {
            // `RUN <<EOF …`: the document is the script
            let mut sh = super::config::shell(&rc);
            sh.push(h.content.clone());
            cmd = sh;
        }
        if ins.flag_values("security").iter().any(|v| *v != "sandbox") {
            return Err(self.err(ins, "RUN --security=insecure is not supported"));
        }
        let mut mounts = Vec::new();
        // what `--mount=…,from=STAGE` binds is copied out of that stage's layers here
        let work = self.engine.store()?.work_dir()?;
        // what the mounts bring in is part of the step's key
        let mut mount_inputs = Vec::new();
        for (n, m) in ins.flag_values("mount").into_iter().enumerate() {
            let (spec, input) =
                self.run_mount(at, ins, m, &work.path().join(format!("from-{n}")))?;
            mounts.push(spec);
            mount_inputs.push(input);
        }
        let mount_targets: Vec<String> = mounts
            .iter()
            .filter_map(|m| {
                m.split(',')
                    .find_map(|f| f.strip_prefix("target="))
                    .map(|t| t.trim_start_matches('/').to_string())
            })
            .collect();
        // Build args reach the command as environment variables (not kept in the image).
        let env_keys: Vec<String> = rc
            .env
            .clone()
            .unwrap_or_default()
            .iter()
            .filter_map(|e| e.split_once('=').map(|(k, _)| k.to_string()))
            .collect();
        let args_env: Vec<String> = st
            .args
            .iter()
            .filter(|(k, _)| !env_keys.contains(k))
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        // proxy settings reach every RUN without an ARG line, and stay out of the cache key
        let proxies: Vec<String> = self
            .opts
            .build_args
            .iter()
            .filter(|(k, _)| PROXY_ARGS.contains(&k.as_str()) && !st.args.contains_key(*k))
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        let network = ins
            .flag("network")
            .and_then(|f| f.value.clone())
            .or_else(|| self.opts.network.clone())
            .unwrap_or_default();
        let cmd_json = serde_json::to_string(&cmd).unwrap_or_default();
        let mount_flags = format!(
            "{}\n{}",
            ins.flag_values("mount").join("\n"),
            mount_inputs.join("\n")
        );
        st.key = hash(&[
            &st.key,
            "RUN",
            &cmd_json,
            &args_env.join("\n"),
            &network,
            &mount_flags,
        ]);
        let created_by = format!("RUN {}", cmd.join(" "));
        if let Some(l) = self.cached(&st.key) {
            self.out.cached();
            self.add_layer(st, l, created_by);
            return Ok(());
        }
        let image = self.engine.save_image(&st.config, None, true)?;
        let mut opts = CreateOptions {
            image: image.to_string(),
            pull: PullPolicy::Never,
            log_config: LogConfig {
                kind: "none".into(),
                ..Default::default()
            },
            ..Default::default()
        };
        opts.request.command = cmd;
        opts.request.entrypoint = Some(Vec::new());
        opts.request.env = args_env.into_iter().chain(proxies).collect();
        opts.network.mode = network;
        opts.mounts = mounts;
        let id = self.engine.create_container(&opts, self.progress)?;
        let result = self.engine.start_attached(&id);
        let upper = self
            .engine
            .load_container(&id)
            .map(|(c, _)| c.spec.root.upper.clone());
        let outcome = match result {
            Err(e) => Err(e.into()),
            Ok(0) => match upper {
                Ok(upper) => {
                    // mount points the runtime made (for /etc/hosts & co, /proc, /sys, /dev
                    // and this step's mounts) are not part of its result
                    let view = self.layers(st)?;
                    for m in RUNTIME_MOUNT_POINTS
                        .iter()
                        .map(|m| m.to_string())
                        .chain(mount_targets.iter().cloned())
                    {
                        remove_mount_point(&upper, &m, &view);
                    }
                    self.engine
                        .layer_from_dir(&upper, self.pack(st))
                        .map_err(BuildError::from)
                }
                Err(e) => Err(e.into()),
            },
            Ok(code) => Err(self.err(
                ins,
                format!("{} returned a non-zero code: {code}", ins.text),
            )),
        };
        let _ = self.engine.remove_container(&id, true, true);
        let layer = outcome?;
        self.remember(&st.key, &layer);
        self.add_layer(st, layer, created_by);
        Ok(())
    }

    fn copy(
        &self,
        at: &Here<'_>,
        st: &mut State,
        ins: &Instruction,
        x: &Expander<'_>,
    ) -> Result<(), BuildError> {
        let kw = ins.keyword.as_str();
        let mut words = match &ins.args {
            Args::Exec(v) => v.iter().map(|w| x.word(w)).collect::<Result<Vec<_>, _>>(),
            Args::Shell(s) => x.words(s),
        }
        .map_err(|m| self.err(ins, m.0))?;
        // here-documents become files named after them
        let heredoc_names: Vec<String> = ins.heredocs.iter().map(|h| h.name.clone()).collect();
        words.retain(|w| !w.starts_with("<<"));
        let dest_raw = words
            .pop()
            .ok_or_else(|| self.err(ins, format!("{kw} requires a source and a destination")))?;
        if words.is_empty() && heredoc_names.is_empty() {
            return Err(self.err(ins, format!("{kw} requires a source and a destination")));
        }
        let rc = run_config(&st.config);
        let workdir = rc.working_dir.clone().unwrap_or_else(|| "/".into());
        let mut dest = if dest_raw.starts_with('/') {
            dest_raw.clone()
        } else {
            format!("{}/{dest_raw}", workdir.trim_end_matches('/'))
        };
        if dest_raw.ends_with('/') && !dest.ends_with('/') {
            dest.push('/');
        }
        let view = self.layers(st)?;
        let dest_is_dir = view
            .lookup(dest.trim_start_matches('/').trim_end_matches('/'))
            .is_some_and(|(_, m)| m.is_dir());
        let owner = match ins.flag("chown").and_then(|f| f.value.as_deref()) {
            Some(c) => Some(self.owner(ins, &x.word(c).map_err(|m| self.err(ins, m.0))?, &view)?),
            None => None,
        };
        let mode = match ins.flag("chmod").and_then(|f| f.value.as_deref()) {
            Some(m) => Some(
                u32::from_str_radix(m, 8)
                    .ok()
                    .filter(|m| *m <= 0o7777)
                    .ok_or_else(|| self.err(ins, format!("invalid --chmod {m:?}: want octal")))?,
            ),
            None => None,
        };
        let store = self.engine.store()?;
        let work = store.work_dir().map_err(crate::engine::EngineError::from)?;
        // heredoc files are written into the work dir and copied from there
        let docs = work.path().join("heredocs");
        let mut items = Vec::new();
        if !heredoc_names.is_empty() {
            fs::create_dir(&docs).map_err(crate::engine::EngineError::from)?;
            for h in &ins.heredocs {
                fs::write(docs.join(&h.name), &h.content)
                    .map_err(crate::engine::EngineError::from)?;
            }
            let none = Ignore::default();
            let src = Source::Context {
                root: &docs,
                ignore: &none,
            };
            items.extend(
                copy::plan(
                    &src,
                    &heredoc_names,
                    &dest,
                    dest_is_dir || heredoc_names.len() > 1,
                )
                .map_err(|m| self.err(ins, m))?,
            );
        }
        let is_url = |w: &String| w.starts_with("http://") || w.starts_with("https://");
        let urls: Vec<String> = words.iter().filter(|w| is_url(w)).cloned().collect();
        words.retain(|w| !is_url(w));
        if kw == "COPY" && !urls.is_empty() {
            return Err(self.err(ins, "COPY cannot fetch URLs: use ADD"));
        }
        if ins.flag("checksum").is_some() && (urls.len() != 1 || !words.is_empty()) {
            return Err(self.err(ins, "ADD --checksum needs exactly one URL source"));
        }
        let many = urls.len() + words.len() > 1;
        for (n, url) in urls.iter().enumerate() {
            items.extend(self.add_url(ins, url, n, &work, &dest, many || dest_is_dir, x)?);
        }
        if !words.is_empty() {
            let from_view;
            let src = match ins.flag("from").and_then(|f| f.value.as_deref()) {
                Some(f) => {
                    let f = x.word(f).map_err(|m| self.err(ins, m.0))?;
                    let other = match Plan::stage_named(&at.plan.stages, at.stage, &f) {
                        Some(i) => at
                            .done
                            .get(&i)
                            .cloned()
                            .ok_or_else(|| self.err(ins, format!("stage {f} was not built")))?,
                        None => {
                            let (id, config) = self.image(&f)?;
                            State {
                                config,
                                key: id.to_string(),
                                args: BTreeMap::new(),
                                epoch: 0,
                            }
                        }
                    };
                    from_view = self.layers(&other)?;
                    Source::Image(&from_view)
                }
                None => Source::Context {
                    root: &self.opts.context,
                    ignore: &self.ignore,
                },
            };
            let mut planned =
                copy::plan(&src, &words, &dest, dest_is_dir).map_err(|m| self.err(ins, m))?;
            if kw == "ADD" && ins.flag("from").is_none() {
                planned = self.add_archives(ins, planned, &work, &dest)?;
            }
            items.extend(planned);
        }
        let digest = copy::digest(&items).map_err(|m| self.err(ins, m))?;
        let flags: Vec<String> = ins
            .flags
            .iter()
            .map(|f| format!("--{}={}", f.name, f.value.clone().unwrap_or_default()))
            .collect();
        st.key = hash(&[&st.key, kw, &flags.join(" "), &dest, &digest]);
        let created_by = format!(
            "{kw} {text} # {digest}",
            text = words.join(" ") + " " + &dest_raw
        );
        if let Some(l) = self.cached(&st.key) {
            self.out.cached();
            self.add_layer(st, l, created_by);
            return Ok(());
        }
        let staging = work.path().join("layer");
        fs::create_dir(&staging).map_err(crate::engine::EngineError::from)?;
        copy::stage(&items, &staging, Overrides { owner, mode }, &view)
            .map_err(|m| self.err(ins, m))?;
        let layer = self.engine.layer_from_dir(&staging, self.pack(st))?;
        self.remember(&st.key, &layer);
        self.add_layer(st, layer, created_by);
        Ok(())
    }

    /// `RUN --mount=…` as a container `--mount`: `cache` (a directory kept under the store
    /// across builds), `bind` (from the context, read-only unless `rw`), `tmpfs`, `secret`
    /// (a `--secret` file at /run/secrets/ID, read-only).
    fn run_mount(
        &self,
        at: &Here<'_>,
        ins: &Instruction,
        spec: &str,
        staging: &Path,
    ) -> Result<(String, String), BuildError> {
        let mut kind = "bind".to_string();
        let mut target = None;
        let mut source = None;
        let mut from = None;
        let mut id = None;
        let mut rw = false;
        for field in spec.split(',') {
            let (k, v) = field.split_once('=').unwrap_or((field, "true"));
            match k {
                "type" => kind = v.to_string(),
                "target" | "dst" | "destination" => target = Some(v.to_string()),
                "source" | "src" => source = Some(v.to_string()),
                "id" => id = Some(v.to_string()),
                "rw" | "readwrite" => rw = v == "true",
                "ro" | "readonly" => rw = v != "true",
                "sharing" | "mode" | "uid" | "gid" | "required" | "size" => {}
                "from" => from = Some(v.to_string()),
                _ => return Err(self.err(ins, format!("unknown key {k:?} in --mount={spec}"))),
            }
        }
        let bad = |m: &str| self.err(ins, format!("--mount={spec}: {m}"));
        match kind.as_str() {
            "cache" => {
                let target = target.ok_or_else(|| bad("a cache mount needs a target"))?;
                let name = hash(&[id.as_deref().unwrap_or(&target)]);
                let dir = self.cache_dir.join("mounts").join(&name[..32]);
                fs::create_dir_all(&dir)?;
                Ok((
                    format!("type=bind,source={},target={target}", dir.display()),
                    String::new(),
                ))
            }
            "bind" if from.is_some() => {
                let target = target.ok_or_else(|| bad("a bind mount needs a target"))?;
                let name = from.unwrap_or_default();
                let other = match Plan::stage_named(&at.plan.stages, at.stage, &name) {
                    Some(i) => at
                        .done
                        .get(&i)
                        .cloned()
                        .ok_or_else(|| bad(&format!("stage {name} was not built")))?,
                    None => {
                        let (_, config) = self.image(&name)?;
                        State {
                            config,
                            key: String::new(),
                            args: BTreeMap::new(),
                            epoch: 0,
                        }
                    }
                };
                let view = self.layers(&other)?;
                let rel = source.unwrap_or_else(|| "/".into());
                let items =
                    copy::plan(&Source::Image(&view), std::slice::from_ref(&rel), "/", true)
                        .map_err(|m| bad(&m))?;
                let input = copy::digest(&items).map_err(|m| bad(&m))?;
                fs::create_dir(staging)?;
                copy::stage(&items, staging, Overrides::default(), &view).map_err(|m| bad(&m))?;
                let is_file = view
                    .lookup(rel.trim_start_matches('/'))
                    .is_some_and(|(_, m)| !m.is_dir());
                let path = if is_file {
                    staging.join(rel.trim_end_matches('/').rsplit('/').next().unwrap_or(""))
                } else {
                    staging.to_path_buf()
                };
                Ok((bind_spec(&path, &target, rw), input))
            }
            "bind" => {
                let target = target.ok_or_else(|| bad("a bind mount needs a target"))?;
                let rel = source.unwrap_or_default();
                let real =
                    copy::resolve_in_context(&self.opts.context, rel.trim_start_matches('/'))
                        .map_err(|m| bad(&m))?;
                let src = Source::Context {
                    root: &self.opts.context,
                    ignore: &self.ignore,
                };
                let items = copy::plan(&src, std::slice::from_ref(&real), "/", true)
                    .map_err(|m| bad(&m))?;
                let input = copy::digest(&items).map_err(|m| bad(&m))?;
                let path = self.opts.context.join(real);
                Ok((bind_spec(&path, &target, rw), input))
            }
            "tmpfs" => {
                let target = target.ok_or_else(|| bad("a tmpfs mount needs a target"))?;
                Ok((format!("type=tmpfs,target={target}"), String::new()))
            }
            "secret" => {
                let id = id
                    .or_else(|| {
                        target
                            .as_ref()
                            .and_then(|t| t.rsplit('/').next().map(str::to_string))
                    })
                    .ok_or_else(|| bad("a secret mount needs an id"))?;
                let file = self.opts.secrets.get(&id).ok_or_else(|| {
                    bad(&format!(
                        "no secret {id:?} given with --secret id={id},src=FILE"
                    ))
                })?;
                let target = target.unwrap_or_else(|| format!("/run/secrets/{id}"));
                // the secret's content is not part of the key (it must not leak into it)
                Ok((
                    format!(
                        "type=bind,source={},target={target},readonly",
                        file.display()
                    ),
                    String::new(),
                ))
            }
            other => Err(bad(&format!("unknown mount type {other:?}"))),
        }
    }

    /// ADD URL: downloaded (checked against `--checksum`), mode 0600, its mtime from
    /// `Last-Modified`; never unpacked.
    #[allow(clippy::too_many_arguments)]
    fn add_url(
        &self,
        ins: &Instruction,
        url: &str,
        n: usize,
        work: &crate::store::work::WorkDir,
        dest: &str,
        into_dir: bool,
        x: &Expander<'_>,
    ) -> Result<Vec<copy::Item>, BuildError> {
        let dir = work.path().join(format!("url-{n}"));
        fs::create_dir(&dir)?;
        // the last element of the URL's path (docker's choice of file name)
        let path = url
            .split_once("://")
            .and_then(|(_, rest)| rest.split_once('/'))
            .map_or("", |(_, p)| p);
        let name = path
            .split(['?', '#'])
            .next()
            .and_then(|p| p.trim_end_matches('/').rsplit('/').next())
            .filter(|n| !n.is_empty() && *n != "." && *n != "..")
            .ok_or_else(|| self.err(ins, format!("ADD {url}: the URL names no file")))?
            .to_string();
        let file = dir.join(&name);
        let got = crate::registry::download::download(url, &file)
            .map_err(|e| self.err(ins, format!("ADD {url}: {e}")))?;
        if let Some(want) = ins.flag("checksum").and_then(|f| f.value.as_deref()) {
            let want = x.word(want).map_err(|m| self.err(ins, m.0))?;
            if got.digest.to_string() != want {
                return Err(self.err(
                    ins,
                    format!(
                        "ADD {url}: checksum mismatch: want {want}, got {}",
                        got.digest
                    ),
                ));
            }
        }
        fs::set_permissions(&file, fs::Permissions::from_mode(0o600))?;
        if let Some(t) = got
            .last_modified
            .as_deref()
            .and_then(crate::util::time::parse_http_date)
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        {
            let ts = rustix::fs::Timespec {
                tv_sec: t.as_secs() as i64,
                tv_nsec: 0,
            };
            let _ = rustix::fs::utimensat(
                rustix::fs::CWD,
                &file,
                &rustix::fs::Timestamps {
                    last_access: ts,
                    last_modification: ts,
                },
                rustix::fs::AtFlags::empty(),
            );
        }
        let none = Ignore::default();
        let src = Source::Context {
            root: &dir,
            ignore: &none,
        };
        copy::plan(&src, &[name], dest, into_dir).map_err(|m| self.err(ins, m))
    }

    /// ADD: local tar archives (plain, gzip, zstd) are unpacked at the destination.
    fn add_archives(
        &self,
        ins: &Instruction,
        items: Vec<copy::Item>,
        work: &crate::store::work::WorkDir,
        dest: &str,
    ) -> Result<Vec<copy::Item>, BuildError> {
        let mut out = Vec::new();
        for (n, i) in items.into_iter().enumerate() {
            let mut head = [0u8; 262];
            let kind = if i.meta.is_file() {
                use std::io::Read;
                let got = fs::File::open(&i.src)
                    .and_then(|mut f| f.read(&mut head))
                    .unwrap_or(0);
                if got >= 2 && head[..2] == [0x1f, 0x8b] {
                    Some("gzip")
                } else if got >= 4 && head[..4] == [0x28, 0xb5, 0x2f, 0xfd] {
                    Some("zstd")
                } else if got >= 6 && head[..6] == [0xfd, b'7', b'z', b'X', b'Z', 0] {
                    Some("xz")
                } else if got >= 3 && &head[..3] == b"BZh" {
                    Some("bzip2")
                } else if got >= 262 && &head[257..262] == b"ustar" {
                    Some("tar")
                } else {
                    None
                }
            } else {
                None
            };
            let Some(kind) = kind else {
                out.push(i);
                continue;
            };
            let dir = work.path().join(format!("archive-{n}"));
            fs::create_dir(&dir).map_err(crate::engine::EngineError::from)?;
            let f = fs::File::open(&i.src).map_err(crate::engine::EngineError::from)?;
            // xz and bzip2 through the host's tools (no decoder is built in)
            let mut helper = None;
            let reader: Box<dyn std::io::Read> = match kind {
                "gzip" => Box::new(flate2::read::GzDecoder::new(f)),
                "zstd" => Box::new(
                    zstd::stream::read::Decoder::new(f)
                        .map_err(crate::engine::EngineError::from)?,
                ),
                "xz" | "bzip2" => {
                    let mut child = std::process::Command::new(kind)
                        .arg("-dc")
                        .stdin(f)
                        .stdout(std::process::Stdio::piped())
                        .spawn()
                        .map_err(|e| {
                            self.err(
                                ins,
                                format!("{kind} (needed to unpack {}): {e}", i.src.display()),
                            )
                        })?;
                    let out = child
                        .stdout
                        .take()
                        .ok_or_else(|| self.err(ins, format!("{kind}: no output")))?;
                    helper = Some(child);
                    Box::new(out)
                }
                _ => Box::new(f),
            };
            // only a tar is unpacked; other compressed files are copied as they are
            let mut reader = std::io::BufReader::with_capacity(64 * 1024, reader);
            let is_tar = std::io::BufRead::fill_buf(&mut reader)
                .map(|b| b.len() >= 262 && &b[257..262] == b"ustar")
                .unwrap_or(false);
            if !is_tar {
                if let Some(mut c) = helper {
                    let _ = c.kill();
                    let _ = c.wait();
                }
                let _ = fs::remove_dir(&dir);
                out.push(i);
                continue;
            }
            let unpacked = crate::store::unpack::unpack(
                reader,
                &dir,
                crate::store::unpack::UnpackOptions {
                    privileged: !self.engine.context().rootless,
                },
            )
            .map_err(|e| self.err(ins, format!("unpacking {}: {e}", i.src.display())));
            if let Some(mut c) = helper {
                let _ = c.wait();
            }
            unpacked?;
            let none = Ignore::default();
            let src = Source::Context {
                root: &dir,
                ignore: &none,
            };
            let d = if dest.ends_with('/') {
                dest.to_string()
            } else {
                format!("{dest}/")
            };
            out.extend(copy::plan(&src, &[".".into()], &d, true).map_err(|m| self.err(ins, m))?);
        }
        Ok(out)
    }

    /// `--chown user[:group]`: numbers, or names from the image's /etc/passwd and /etc/group.
    fn owner(
        &self,
        ins: &Instruction,
        spec: &str,
        view: &Layered,
    ) -> Result<(u32, u32), BuildError> {
        let (u, g) = spec
            .split_once(':')
            .map_or((spec, None), |(u, g)| (u, Some(g)));
        let find = |file: &str, name: &str, field: usize| -> Option<u32> {
            let text = String::from_utf8(view.read(file)?).ok()?;
            text.lines().find_map(|l| {
                let f: Vec<&str> = l.split(':').collect();
                (f.first() == Some(&name))
                    .then(|| f.get(field)?.parse().ok())
                    .flatten()
            })
        };
        let uid = match u.parse::<u32>() {
            Ok(n) => n,
            Err(_) => find("etc/passwd", u, 2)
                .ok_or_else(|| self.err(ins, format!("unknown user {u:?} in --chown")))?,
        };
        let gid = match g {
            None => match u.parse::<u32>() {
                Ok(_) => uid,
                Err(_) => find("etc/passwd", u, 3).unwrap_or(uid),
            },
            Some(g) => match g.parse::<u32>() {
                Ok(n) => n,
                Err(_) => find("etc/group", g, 2)
                    .ok_or_else(|| self.err(ins, format!("unknown group {g:?} in --chown")))?,
            },
        };
        Ok((uid, gid))
    }
}

/// A container `--mount` binding `path` at `target`.
fn bind_spec(path: &Path, target: &str, rw: bool) -> String {
    format!(
        "type=bind,source={},target={target}{}",
        path.display(),
        if rw { "" } else { ",readonly" }
    )
}

/// What the runtime mounts over in every container (it makes the mount points when the
/// image lacks them).
const RUNTIME_MOUNT_POINTS: &[&str] = &[
    "etc/hosts",
    "etc/hostname",
    "etc/resolv.conf",
    "proc",
    "sys",
    "dev",
];

/// Removes `rel` from a container's writable layer when it is an empty mount point the
/// image did not have, and then its parents the same way. Never through a symlink: the
/// layer's content is the step's own.
fn remove_mount_point(upper: &Path, rel: &str, image: &Layered) {
    let parts: Vec<&str> = rel.split('/').filter(|p| !p.is_empty()).collect();
    for end in (1..=parts.len()).rev() {
        let sub = parts[..end].join("/");
        if image.lookup(&sub).is_some() {
            return;
        }
        // every component a real directory (or the last a plain file), none a symlink
        let mut p = upper.to_path_buf();
        for (k, c) in parts[..end].iter().enumerate() {
            p.push(c);
            match fs::symlink_metadata(&p) {
                Ok(m) if m.file_type().is_symlink() => return,
                Ok(m) if k + 1 < end && !m.is_dir() => return,
                Ok(_) => {}
                Err(_) => return,
            }
        }
        let Ok(m) = fs::symlink_metadata(&p) else {
            return;
        };
        let removed = if m.is_dir() {
            fs::remove_dir(&p).is_ok() // only when empty
        } else {
            m.is_file() && m.len() == 0 && fs::remove_file(&p).is_ok()
        };
        if !removed {
            return;
        }
    }
}

/// Finds the Dockerfile: `-f` (relative to the current directory), else `Dockerfile` or
/// `Containerfile` in the context.
pub fn find_dockerfile(context: &Path, given: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(f) = given {
        return Ok(f.to_path_buf());
    }
    for n in ["Dockerfile", "Containerfile", "dockerfile", "containerfile"] {
        let p = context.join(n);
        if p.is_file() {
            return Ok(p);
        }
    }
    Err(format!(
        "no Dockerfile or Containerfile in {}: give one with -f",
        context.display()
    ))
}

/// The build args docker passes without an ARG line (proxies).
pub fn is_predefined(name: &str) -> bool {
    PROXY_ARGS.contains(&name) || predefined(name).is_some()
}
