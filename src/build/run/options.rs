//! What `skiff build` is asked for: the Dockerfile and its context, the names, the cache and
//! pull policies, how the result is shaped (`--squash`, `--layers`), and what every RUN
//! step's container gets besides its command (limits, namespaces, hosts, mounts, secrets,
//! agent sockets).

use std::collections::BTreeMap;
use std::path::PathBuf;

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
    /// `--no-cache-filter STAGE`: stages that do not use the cache (by name or index).
    pub no_cache_stages: Vec<String>,
    /// `--layers=false` (podman): one layer for what the build adds, no step cached.
    pub no_layers: bool,
    pub pull: Pull,
    /// `--retry N` / `--retry-delay`: how often a failed base-image pull is tried again.
    pub pull_retries: (u32, std::time::Duration),
    pub labels: BTreeMap<String, String>,
    /// `--env KEY=VALUE` / `--unsetenv KEY` (podman): set on (or taken off) the final image.
    pub env: Vec<String>,
    pub unsetenv: Vec<String>,
    /// `--omit-history` (podman): the final image has no history.
    pub omit_history: bool,
    /// `--from IMAGE` (podman): the first stage's base instead of its FROM.
    pub from: Option<String>,
    /// `--skip-unused-stages=false` (podman): every stage up to the target is built.
    pub all_stages: bool,
    /// `--cache-to type=inline`: the final image carries its layers' cache keys.
    pub inline_cache: bool,
    /// `--jobs N` (podman): stages built at once (0: one per core).
    pub jobs: usize,
    /// `--squash` / `--squash-all`.
    pub squash: Squash,
    /// `--format oci|docker` (podman): the manifest type a push uses.
    pub format: Option<String>,
    /// `--platform`: the platform the image is for (else the host's). Base images are
    /// pulled for it; RUN steps of another architecture run through binfmt_misc (qemu).
    pub platform: Option<crate::oci::Platform>,
    /// `--network` for RUN steps (default: the engine's default network).
    pub network: Option<String>,
    /// `--timestamp`: the epoch of layer mtimes and `created` (else SOURCE_DATE_EPOCH, else
    /// the base image's `created`).
    pub timestamp: Option<u64>,
    /// `--secret id=ID,src=FILE|env=VAR`: what `RUN --mount=type=secret,id=ID` sees.
    pub secrets: BTreeMap<String, SecretSource>,
    /// `--ssh ID=SOCKET`: what `RUN --mount=type=ssh,id=ID` forwards (`default` when no
    /// id is given).
    pub ssh: BTreeMap<String, PathBuf>,
    /// How base images are pulled (`--tls-verify`, `--authfile`, `--creds`, `--cert-dir`).
    pub client: crate::registry::ClientOptions,
    /// `--build-context NAME=…`: what `FROM NAME`, `COPY --from=NAME` and `RUN
    /// --mount=from=NAME` mean (a Dockerfile stage of that name still wins).
    pub contexts: BTreeMap<String, NamedContext>,
    /// `--ignorefile` (podman): the ignore file instead of the context's .dockerignore.
    pub ignorefile: Option<PathBuf>,
    /// What RUN steps' containers get.
    pub step: StepSettings,
}

/// A named build context.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NamedContext {
    /// `docker-image://REF`: that image instead of NAME.
    Image(String),
    /// A directory (given, or a git/https context fetched into one): its files.
    Dir(PathBuf),
}

/// Where a build secret's bytes come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SecretSource {
    File(PathBuf),
    /// The value of this variable in the builder's environment.
    Env(String),
}

/// `--pull`: when base images are pulled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pull {
    /// Only when not in the store (docker's and podman's default).
    #[default]
    Missing,
    /// Every time (`--pull`, `--pull=always`, `--pull=true`).
    Always,
    /// Never: a base image not in the store is an error.
    Never,
    /// When the registry has a newer one than the store (podman's `newer`).
    Newer,
}

impl Pull {
    /// docker's bare `--pull` and podman's words.
    pub fn parse(v: &str) -> Result<Pull, String> {
        Ok(match v.to_ascii_lowercase().as_str() {
            "" | "true" | "always" => Pull::Always,
            "false" | "missing" | "ifmissing" => Pull::Missing,
            "never" => Pull::Never,
            "newer" | "ifnewer" => Pull::Newer,
            _ => {
                return Err(format!(
                    "invalid --pull {v:?}: use always, missing, never, newer, true or false"
                ));
            }
        })
    }
}

/// How many layers the final image keeps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Squash {
    #[default]
    None,
    /// `--squash`: the base image's layers, and one layer for all the build added.
    New,
    /// `--squash-all`: one layer for the whole filesystem.
    All,
}

/// What every RUN step's container gets besides its command, environment and mounts —
/// `build`'s container flags. None of it is part of a step's cache key (docker's rule:
/// the same command gives the same layer whatever limits it ran under).
#[derive(Clone, Debug, Default)]
pub struct StepSettings {
    /// Limits, ulimits, /dev/shm size, capabilities, security options, devices,
    /// namespaces, user namespace mapping, cgroup parent (command and env are the step's).
    pub request: crate::spec::Request,
    /// `--dns*`, `--add-host`, `--no-hosts` (networks and ports are not a step's).
    pub net: crate::engine::records::NetConfig,
    /// `-v/--volume` (podman): bind mounts every RUN step gets; not in the layer.
    pub volumes: Vec<String>,
    /// `--stdin` (podman): RUN steps read the builder's standard input.
    pub stdin: bool,
    /// `--rm=false`: a successful step's container is kept.
    pub keep: bool,
    /// `--force-rm=false`: a failed step's container is kept (for a look inside).
    pub keep_failed: bool,
    /// `--http-proxy` (podman, default on): the builder's proxy variables reach RUN steps.
    pub http_proxy: bool,
}
