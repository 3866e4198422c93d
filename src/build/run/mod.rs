//! Running a build: each needed stage from its base, each instruction in turn. Metadata
//! instructions change the config; RUN runs the command in a container of the image so far
//! and keeps its writable layer; COPY/ADD stage the named files as a layer; WORKDIR makes
//! its directory when missing. Every step has a cache key — its parent's key, the
//! instruction as expanded, the build args a RUN sees, the digest of the files a COPY
//! reads — and a step whose key is known reuses its layer. Layer mtimes are clamped to the
//! build's epoch, so the same inputs give the same layers; the image is dated with the
//! build's time as docker's are (`stamp`) unless an epoch is asked for (`--timestamp`,
//! SOURCE_DATE_EPOCH: then the same inputs give the same image anywhere), and a build whose
//! inputs did not change returns the image the earlier one made.

use std::collections::BTreeMap;
use std::fs;

use super::config::{apply, command};
use super::copy::{self, Overrides, Source};
use super::dockerfile::expand::Expander;
use super::dockerfile::{Args, Dockerfile, Instruction, parse};
use super::ignore::Ignore;
use super::plan::{Base, Plan};
use crate::engine::Engine;
use crate::engine::container::create::{CreateOptions, PullPolicy};
use crate::engine::progress::PullProgress;
use crate::engine::records::LogConfig;
use crate::oci::Digest;
use crate::oci::digest::{Algorithm, Hasher};
use crate::oci::image::{History, ImageConfig, RootFs, RunConfig};
use crate::store::layered::Layered;
use crate::store::pack::PackOptions;

mod args;
mod base;
mod exec;
mod files;
mod finish;
mod options;
mod stages;

use args::{PLATFORM_ARGS, PROXY_ARGS, predefined_for};
pub use args::{base_images, find_dockerfile, is_predefined};
pub use options::{BuildOptions, NamedContext, Pull, SecretSource, Squash, StepSettings};

/// What a build reports while it runs (the CLI prints it).
pub trait BuildOutput {
    fn step(&self, n: usize, total: usize, text: &str);
    fn cached(&self);
    /// Step `n` is over: how long it took, whether the cache had it.
    fn done(&self, _n: usize, _total: usize, _elapsed: std::time::Duration, _cached: bool) {}
    fn warn(&self, message: &str);
}

thread_local! {
    /// The step this thread runs (a stage's thread) was taken from the cache.
    static CACHE_HIT: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
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
    /// Layer mtimes are clamped to this, and `created` is it until the image is saved
    /// (see `stamp`).
    epoch: u64,
    /// How many history entries came with the base image (the rest are this build's).
    inherited: usize,
    /// How many layers came with the base image (`--squash` keeps those).
    base_layers: usize,
}

/// Where a step is: the plan, its stage, and the stages built so far.
struct Here<'p> {
    plan: &'p Plan,
    stage: usize,
    done: &'p BTreeMap<usize, State>,
    /// The stage is in `--no-cache-filter`.
    uncached: bool,
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

pub struct Builder<'a> {
    pub engine: &'a Engine,
    pub opts: &'a BuildOptions,
    pub out: &'a (dyn BuildOutput + Sync),
    pub progress: &'a (dyn PullProgress + Sync),
    df: Dockerfile,
    ignore: Ignore,
    epoch: Option<u64>,
    /// What the steps used and made (for `--cache-to`).
    record: std::sync::Mutex<crate::engine::image::remotecache::CacheRecord>,
    /// The base images this build resolved ("NAME PLATFORM" → ID): each pulled once,
    /// whichever stage asks first, the others waiting for it.
    pulled: std::sync::Mutex<BTreeMap<String, Digest>>,
}

impl<'a> Builder<'a> {
    pub fn new(
        engine: &'a Engine,
        opts: &'a BuildOptions,
        out: &'a (dyn BuildOutput + Sync),
        progress: &'a (dyn PullProgress + Sync),
    ) -> Result<Self, BuildError> {
        let (text, file) = &opts.dockerfile;
        let df = parse(text, file).map_err(|e| BuildError::At {
            file: e.file,
            line: e.line,
            message: e.message,
        })?;
        let ignore_text = match &opts.ignorefile {
            Some(f) => fs::read_to_string(f).map_err(|e| {
                crate::engine::EngineError::Invalid(format!("--ignorefile {}: {e}", f.display()))
            })?,
            None => [".dockerignore", ".containerignore"]
                .iter()
                .find_map(|n| fs::read_to_string(opts.context.join(n)).ok())
                .unwrap_or_default(),
        };
        let epoch = opts.timestamp.or_else(|| {
            std::env::var("SOURCE_DATE_EPOCH")
                .ok()
                .and_then(|v| v.parse().ok())
        });
        Ok(Builder {
            engine,
            opts,
            out,
            progress,
            df,
            ignore: Ignore::parse(&ignore_text),
            epoch,
            record: Default::default(),
            pulled: Default::default(),
        })
    }

    /// What the build's steps used and made, for `--cache-to` (after [`Builder::build`]).
    pub fn cache_record(&self) -> crate::engine::image::remotecache::CacheRecord {
        self.record.lock().map(|r| r.clone()).unwrap_or_default()
    }

    /// The platform the build makes images for (`--platform`, else the host's).
    fn target_platform(&self) -> crate::oci::Platform {
        self.opts
            .platform
            .clone()
            .unwrap_or_else(crate::oci::Platform::host)
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
        // the automatic platform ARGs are there for FROM lines without an ARG line
        let mut args = self.opts.build_args.clone();
        let target = self.target_platform();
        for k in PLATFORM_ARGS {
            if let Some(v) = predefined_for(k, &target) {
                args.entry(k.to_string()).or_insert(v);
            }
        }
        let mut plan = Plan::new(&self.df, &args, self.opts.target.as_deref()).map_err(|e| {
            BuildError::At {
                file: self.opts.dockerfile.1.clone(),
                line: e.line,
                message: e.message,
            }
        })?;
        if let Some(from) = &self.opts.from
            && let Some(first) = plan.stages.first_mut()
        {
            first.base = Base::Image(from.clone());
        }
        if self.opts.all_stages
            && let Some(&last) = plan.order.last()
        {
            // stages only name earlier ones: in file order, each one's needs come first
            plan.order = (0..=last).collect();
        }
        let mut done = self.stages(&plan)?;
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
        self.finish(&mut st)?;
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
        // the undated config names the build's inputs (see `stamp`)
        let undated = serde_json::to_vec(&st.config).unwrap_or_default();
        let dated_key = hash(&["dated image", &Digest::sha256_of(&undated).to_string()]);
        let id = match self.stamp(&mut st, &dated_key) {
            // nothing changed since that build: its image, under the same ID
            Some(id) => {
                for t in &self.opts.tags {
                    self.engine.tag_image(&id.to_string(), t)?;
                }
                if let Ok(mut r) = self.record.lock() {
                    r.image = Some((dated_key.clone(), id.clone()));
                }
                id
            }
            None => {
                let id = self.engine.save_image_as(
                    &st.config,
                    first.as_ref(),
                    false,
                    self.opts.format.as_deref(),
                )?;
                for t in self.opts.tags.iter().skip(1) {
                    self.engine.tag_image(&id.to_string(), t)?;
                }
                if self.epoch.is_none() {
                    self.engine.build_cache_put(&dated_key, &id);
                    if let Ok(mut r) = self.record.lock() {
                        r.image = Some((dated_key.clone(), id.clone()));
                    }
                }
                id
            }
        };
        Ok(id)
    }

    /// Dates the image as docker does: `created` and this build's history entries get the
    /// build's time, unless `--timestamp`/SOURCE_DATE_EPOCH asked for a reproducible image
    /// (the layers' mtimes stay at the epoch either way, so they dedupe). A build whose
    /// every input is the same as an earlier one's returns that one's image (`Some`), as a
    /// fully cached docker build does.
    fn stamp(&self, st: &mut State, dated_key: &str) -> Option<Digest> {
        if self.epoch.is_some() {
            return None;
        }
        if !self.opts.no_cache
            && let Some(id) = self.engine.build_cache_image(dated_key).or_else(|| {
                self.engine
                    .build_cache_adopt(dated_key, &st.config.rootfs.diff_ids)
            })
        {
            return Some(id);
        }
        let now = crate::util::time::now_rfc3339();
        for h in st.config.history.iter_mut().skip(st.inherited) {
            h.created = Some(now.clone());
        }
        st.config.created = Some(now);
        None
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
        Ok(Layered::new(
            &self.engine.layer_dirs(&st.config.rootfs.diff_ids)?,
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

    fn cached(&self, at: &Here<'_>, key: &str) -> Option<Digest> {
        if self.opts.no_cache || self.opts.no_layers || at.uncached {
            return None;
        }
        let hit = self.engine.build_cache_get(key);
        if let Some(l) = &hit {
            self.note(key, l);
            CACHE_HIT.set(true);
        }
        hit
    }

    fn remember(&self, key: &str, layer: &Digest) {
        if !self.opts.no_layers {
            self.engine.build_cache_put(key, layer);
        }
        self.note(key, layer);
    }

    fn note(&self, key: &str, layer: &Digest) {
        let Ok(mut r) = self.record.lock() else {
            return;
        };
        if !r.steps.iter().any(|(k, _)| k == key) {
            r.steps.push((key.to_string(), layer.clone()));
        }
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
                        .or_else(|| predefined_for(&k, &self.target_platform()));
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
                // a cached layer says the directory was missing (the key names the base):
                // the base's files are looked at only without one
                let cached = if dir == "/" {
                    None
                } else {
                    self.cached(at, &st.key)
                };
                let none = crate::engine::image::buildcache::no_layer();
                let layer = match cached {
                    Some(l) => {
                        self.out.cached();
                        Some(l).filter(|l| *l != none)
                    }
                    None => {
                        let view = self.layers(st)?;
                        if dir != "/" && view.lookup(dir.trim_start_matches('/')).is_none() {
                            let work = self.engine.work_dir()?;
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
                            Some(l)
                        } else {
                            if dir != "/" {
                                self.remember(&st.key, &none);
                            }
                            None
                        }
                    }
                };
                match layer {
                    Some(l) => self.add_layer(st, l, format!("WORKDIR {dir}")),
                    None => self.history(st, format!("WORKDIR {dir}"), true),
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
}
