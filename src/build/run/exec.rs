//! RUN: the command in a container of the image so far, its `--mount`s, and its writable
//! layer (less the runtime's mount points) as the step's layer.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::oci::runtime::Mount;

use super::*;

impl Builder<'_> {
    pub(super) fn run(
        &self,
        at: &Here<'_>,
        st: &mut State,
        ins: &Instruction,
    ) -> Result<(), BuildError> {
        let rc = run_config(&st.config);
        let mut cmd = command(&rc, &ins.args);
        if let (Args::Shell(s), Some(h)) = (&ins.args, ins.heredocs.first())
            && s.trim_start().starts_with("<<")
        {
            // `RUN <<EOF …`: the document is the script
            let mut sh = crate::build::config::shell(&rc);
            sh.push(h.content.clone());
            cmd = sh;
        }
        if ins.flag_values("security").iter().any(|v| *v != "sandbox") {
            return Err(self.err(ins, "RUN --security=insecure is not supported"));
        }
        let mut mounts = Vec::new();
        // what `--mount=…,from=STAGE` binds is copied out of that stage's layers here
        let work = self.engine.work_dir()?;
        // what the mounts bring in is part of the step's key
        let mut mount_inputs = Vec::new();
        // `SSH_AUTH_SOCK` for the first ssh mount
        let mut agent = None;
        for (n, m) in ins.flag_values("mount").into_iter().enumerate() {
            let staging = work.path().join(format!("from-{n}"));
            let (spec, input) = self.run_mount(at, ins, m, &staging, n)?;
            if spec.kind == "bind" && m.split(',').any(|f| f == "type=ssh") && agent.is_none() {
                agent = Some(format!("SSH_AUTH_SOCK={}", spec.destination));
            }
            mounts.push(spec);
            mount_inputs.push(input);
        }
        let mount_targets: Vec<String> = mounts
            .iter()
            .map(|m: &Mount| m.destination.trim_start_matches('/').to_string())
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
        let mut proxies: Vec<String> = self
            .opts
            .build_args
            .iter()
            .filter(|(k, _)| PROXY_ARGS.contains(&k.as_str()) && !st.args.contains_key(*k))
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        if self.opts.step.http_proxy {
            // `--http-proxy` (podman): the builder's own proxy settings, unless given
            for k in PROXY_ARGS {
                if let Ok(v) = std::env::var(k)
                    && !st.args.contains_key(*k)
                    && !self.opts.build_args.contains_key(*k)
                {
                    proxies.push(format!("{k}={v}"));
                }
            }
        }
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
        if let Some(l) = self.cached(at, &st.key) {
            self.out.cached();
            self.add_layer(st, l, created_by);
            return Ok(());
        }
        let image = self.engine.save_image(&st.config, None, true)?;
        let step = &self.opts.step;
        let mut opts = CreateOptions {
            image: image.to_string(),
            pull: PullPolicy::Never,
            log_config: LogConfig {
                kind: "none".into(),
                ..Default::default()
            },
            request: step.request.clone(),
            volumes: step.volumes.clone(),
            ..Default::default()
        };
        opts.request.command = cmd;
        opts.request.entrypoint = Some(Vec::new());
        opts.request.env = args_env.into_iter().chain(proxies).chain(agent).collect();
        opts.request.interactive = step.stdin;
        opts.network.mode = network;
        opts.network.net = step.net.clone();
        opts.prepared_mounts = mounts;
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
        let keep = if outcome.is_ok() {
            step.keep
        } else {
            step.keep_failed
        };
        if !keep {
            let _ = self.engine.remove_container(&id, true, true);
        }
        let layer = outcome?;
        self.remember(&st.key, &layer);
        self.add_layer(st, layer, created_by);
        Ok(())
    }

    /// `RUN --mount=…` as a container mount: `cache` (a directory kept under the store
    /// across builds, seeded from `from=` when new), `bind` (from the context, a stage or
    /// an image; read-only unless `rw`, and then writes are thrown away as docker does),
    /// `tmpfs`, `secret` (a `--secret` file at /run/secrets/ID, read-only).
    ///
    /// Every source path is resolved inside its own root — the context, the stage's
    /// filesystem, the cache directory — with symlinks followed only within it, and bound
    /// by the runtime through an fd opened inside that root (never a path the host
    /// resolves).
    fn run_mount(
        &self,
        at: &Here<'_>,
        ins: &Instruction,
        spec: &str,
        staging: &Path,
        n: usize,
    ) -> Result<(Mount, String), BuildError> {
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
                "bind-propagation" if matches!(v, "private" | "rprivate") => {}
                "bind-propagation" => {
                    return Err(self.err(
                        ins,
                        format!(
                            "--mount={spec}: bind-propagation={v} is not supported (a build's mounts are always private)"
                        ),
                    ));
                }
                _ => return Err(self.err(ins, format!("unknown key {k:?} in --mount={spec}"))),
            }
        }
        let bad = |m: &str| self.err(ins, format!("--mount={spec}: {m}"));
        let target = match (kind.as_str(), target) {
            ("secret" | "ssh", t) => t,
            ("cache" | "bind" | "tmpfs", None) => {
                return Err(bad(&format!("a {kind} mount needs a target")));
            }
            (_, t) => t,
        };
        match kind.as_str() {
            "cache" => {
                let target = target.unwrap_or_default();
                // the id names the cache only through its hash: no id reaches a path
                let name = hash(&[id.as_deref().unwrap_or(&target)]);
                let dir = self.engine.build_cache_mount(&name[..32])?;
                let new = !dir.exists();
                if new && from.is_some() {
                    // a new cache starts as a copy of `from`'s `source` (into a temp dir
                    // renamed into place, so a failed copy leaves no half-seeded cache)
                    let (view, rel) =
                        self.mount_from(at, from.as_deref(), source.as_deref(), &bad)?;
                    let items = copy::plan(&Source::Image(&view), &[rel], "/", true)
                        .map_err(|m| bad(&m))?;
                    fs::create_dir(staging)?;
                    copy::stage(&items, staging, Overrides::default(), &view)
                        .map_err(|m| bad(&m))?;
                    if let Err(e) = fs::rename(staging, &dir)
                        && !dir.is_dir()
                    {
                        return Err(e.into());
                    }
                } else {
                    fs::create_dir_all(&dir)?;
                }
                // without `from`, `source` is a directory inside the cache
                let sub = match (&from, &source) {
                    (None, Some(s)) => {
                        crate::sys::rooted::RootDir::open(&dir)
                            .and_then(|r| r.open_dir(Path::new(s), true))
                            .map_err(|e| bad(&format!("{s} in the cache: {e}")))?;
                        s.clone()
                    }
                    _ => String::new(),
                };
                Ok((rooted_bind(&dir, &sub, &target, true), String::new()))
            }
            "bind" if from.is_some() => {
                let target = target.unwrap_or_default();
                let (view, rel) = self.mount_from(at, from.as_deref(), source.as_deref(), &bad)?;
                let items =
                    copy::plan(&Source::Image(&view), std::slice::from_ref(&rel), "/", true)
                        .map_err(|m| bad(&m))?;
                let input = copy::digest(&items).map_err(|m| bad(&m))?;
                fs::create_dir(staging)?;
                copy::stage(&items, staging, Overrides::default(), &view).map_err(|m| bad(&m))?;
                let is_dir = view.lookup(&rel).is_none_or(|(_, m)| m.is_dir());
                Ok((
                    rooted_bind(staging, staged_name(&rel, is_dir), &target, rw),
                    input,
                ))
            }
            "bind" => {
                let target = target.unwrap_or_default();
                let rel = source.unwrap_or_default();
                let ctx = &self.opts.context;
                let real = copy::resolve_in_context(ctx, rel.trim_start_matches('/'))
                    .map_err(|m| bad(&m))?;
                let src = Source::Context {
                    root: ctx,
                    ignore: &self.ignore,
                };
                let items = copy::plan(&src, std::slice::from_ref(&real), "/", true)
                    .map_err(|m| bad(&m))?;
                let input = copy::digest(&items).map_err(|m| bad(&m))?;
                if !rw {
                    return Ok((rooted_bind(ctx, &real, &target, false), input));
                }
                // `rw`: the step may write, but into a copy: the context stays as it was
                fs::create_dir(staging)?;
                copy::stage(&items, staging, Overrides::default(), &Layered::new(&[]))
                    .map_err(|m| bad(&m))?;
                let is_dir = fs::symlink_metadata(ctx.join(&real)).is_ok_and(|m| m.is_dir());
                Ok((
                    rooted_bind(staging, staged_name(&real, is_dir), &target, true),
                    input,
                ))
            }
            "tmpfs" => Ok((
                Mount {
                    destination: target.unwrap_or_default(),
                    kind: "tmpfs".into(),
                    source: "tmpfs".into(),
                    options: Vec::new(),
                    root: None,
                },
                String::new(),
            )),
            "secret" => {
                let id = id
                    .or_else(|| {
                        target
                            .as_ref()
                            .and_then(|t| t.rsplit('/').next().map(str::to_string))
                    })
                    .ok_or_else(|| bad("a secret mount needs an id"))?;
                if id.contains('/') || id == "." || id == ".." {
                    return Err(bad(&format!("invalid secret id {id:?}")));
                }
                let source = self.opts.secrets.get(&id).ok_or_else(|| {
                    bad(&format!(
                        "no secret {id:?} given with --secret id={id},src=FILE|env=VAR"
                    ))
                })?;
                let file = match source {
                    // the user's own file (`--secret src=`), bound as given
                    SecretSource::File(f) => f.clone(),
                    // a variable's value, in a file only the builder reads, gone with the
                    // step's work directory
                    SecretSource::Env(var) => {
                        let value = std::env::var_os(var).ok_or_else(|| {
                            bad(&format!(
                                "secret {id:?}: environment variable {var} is not set"
                            ))
                        })?;
                        let f = staging.with_extension("secret");
                        crate::util::fs::write_atomic(
                            &f,
                            std::os::unix::ffi::OsStrExt::as_bytes(value.as_os_str()),
                            0o600,
                        )?;
                        f
                    }
                };
                let target = target.unwrap_or_else(|| format!("/run/secrets/{id}"));
                // the secret's content is not part of the key (it must not leak into it)
                Ok((host_bind(file, target), String::new()))
            }
            "ssh" => {
                let id = id.unwrap_or_else(|| "default".into());
                let socket = self.opts.ssh.get(&id).ok_or_else(|| {
                    bad(&format!(
                        "no ssh agent {id:?} given with --ssh {id}[=SOCKET|KEYFILE]"
                    ))
                })?;
                // the socket's path and the agent's keys are not part of the key either
                let target = target.unwrap_or_else(|| format!("/run/buildkit/ssh_agent.{n}"));
                Ok((host_bind(socket.clone(), target), String::new()))
            }
            other => Err(bad(&format!("unknown mount type {other:?}"))),
        }
    }

    /// The filesystem `from=` names (a stage of this build, else an image) and `source`
    /// resolved inside it.
    fn mount_from(
        &self,
        at: &Here<'_>,
        from: Option<&str>,
        source: Option<&str>,
        bad: &dyn Fn(&str) -> BuildError,
    ) -> Result<(Layered, String), BuildError> {
        let name = from.unwrap_or_default();
        if Plan::stage_named(&at.plan.stages, at.stage, name).is_none()
            && let Some(view) = self.context_view(name)
        {
            let rel = view.resolve(source.unwrap_or("/")).map_err(|m| bad(&m))?;
            return Ok((view, rel));
        }
        let other = match Plan::stage_named(&at.plan.stages, at.stage, name) {
            Some(i) => at
                .done
                .get(&i)
                .cloned()
                .ok_or_else(|| bad(&format!("stage {name} was not built")))?,
            None => {
                let (_, config) = self.image(name)?;
                State {
                    config,
                    key: String::new(),
                    args: BTreeMap::new(),
                    epoch: 0,
                    inherited: 0,
                    base_layers: 0,
                }
            }
        };
        let view = self.layers(&other)?;
        let rel = view.resolve(source.unwrap_or("/")).map_err(|m| bad(&m))?;
        Ok((view, rel))
    }
}

/// Where a staged source is in its staging dir: a directory's contents are the dir itself,
/// a file keeps its name.
fn staged_name(rel: &str, is_dir: bool) -> &str {
    if is_dir {
        ""
    } else {
        rel.rsplit('/').next().unwrap_or("")
    }
}

/// A read-only bind of a host file the user named (`--secret src=`, `--ssh`).
fn host_bind(source: PathBuf, target: String) -> Mount {
    Mount {
        destination: target,
        kind: "bind".into(),
        source,
        options: vec!["rbind".into(), "ro".into()],
        root: None,
    }
}

/// A bind of `rel` inside `root` (resolved there by the runtime) at `target`.
fn rooted_bind(root: &Path, rel: &str, target: &str, rw: bool) -> Mount {
    let mut options = vec!["rbind".to_string()];
    if !rw {
        options.push("ro".into());
    }
    Mount {
        destination: target.to_string(),
        kind: "bind".into(),
        source: PathBuf::from(if rel.is_empty() { "." } else { rel }),
        options,
        root: Some(root.to_path_buf()),
    }
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
