//! `create`: a container record, its writable layer and generated files, ready to start.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use super::mounts;
use crate::engine::progress::PullProgress;
use crate::engine::{Engine, EngineError};
use crate::oci::Platform;
use crate::oci::image::ImageConfig;
use crate::oci::runtime::{Mount, Root};
use crate::registry::ClientOptions;
use crate::spec::Request;
use crate::state::HealthConfig;
use crate::state::record::{LogConfig, MountRecord, RestartPolicy};
use crate::state::{ContainerConfig, ContainerState};
use crate::util::random::{hex_id, name_from};
use crate::util::time::now_rfc3339;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PullPolicy {
    #[default]
    Missing,
    Always,
    Never,
}

#[derive(Clone, Debug, Default)]
pub struct CreateOptions {
    pub name: Option<String>,
    pub image: String,
    /// The container as asked for; `id` is filled in here.
    pub request: Request,
    pub labels: BTreeMap<String, String>,
    /// `--annotation`.
    pub annotations: BTreeMap<String, String>,
    pub auto_remove: bool,
    pub stop_signal: Option<String>,
    pub stop_timeout: Option<i64>,
    pub pull: PullPolicy,
    pub platform: Option<Platform>,
    pub client: ClientOptions,
    /// `-v`, `--mount`, `--tmpfs` as written.
    pub volumes: Vec<String>,
    pub mounts: Vec<String>,
    /// Mounts an orchestrator made itself (a build step's `RUN --mount`s, their sources
    /// resolved inside their own roots); never from a user's flag.
    pub prepared_mounts: Vec<Mount>,
    pub tmpfs: Vec<String>,
    /// `--volumes-from CONTAINER[:ro|:rw]`.
    pub volumes_from: Vec<String>,
    pub restart_policy: RestartPolicy,
    pub log_config: LogConfig,
    /// `--health-*`, `--no-healthcheck`.
    pub health: HealthFlags,
    pub sdnotify: String,
    pub create_command: Vec<String>,
    /// `--replace`: remove a container that has the name first.
    pub replace: bool,
    /// CDI devices (`--device VENDOR/CLASS=NAME`, `--gpus`).
    pub cdi_devices: Vec<String>,
    /// `--network`, `-p`, `-P`, `--expose`, `--link`, `--dns*`, `--add-host`.
    pub network: super::network::NetRequest,
    /// `--pidfile` (podman).
    pub pidfile: Option<std::path::PathBuf>,
    /// `--rmi` (podman).
    pub rmi: bool,
    /// `--timeout` (podman).
    pub timeout: Option<u64>,
    /// `--systemd true|false|always` (podman; empty: true).
    pub systemd: String,
    /// `--requires` (podman): containers (names or IDs) started before this one.
    pub requires: Vec<String>,
    /// `-a/--attach` (stdin, stdout, stderr), when given.
    pub attach: Option<[bool; 3]>,
    /// `--seccomp-policy=image` (podman): the profile in the image's
    /// `io.containers.seccomp.profile` label, when it has one.
    pub seccomp_from_image: bool,
    /// `--image-volume` (podman): what the image's VOLUMEs get: bind (an anonymous
    /// volume; also empty), tmpfs, ignore.
    pub image_volume: String,
    /// `--secret` (podman).
    pub secrets: Vec<crate::state::SecretUse>,
    /// `--rootfs` (podman): the container's root is this host directory (`image` names it),
    /// bound as it is, or with `overlay` beneath an overlay that keeps it unchanged (`:O`).
    pub rootfs: Option<RootfsDir>,
    /// `--pod NAME` (podman): the pod it joins (its ID, once joined).
    pub pod: Option<String>,
    /// A pod's infra container: no image, skiff's pause process (`pod` is its pod).
    pub infra: bool,
    /// `--init-ctr always|once` (podman; with `--pod`).
    pub init_ctr: String,
}

/// A `--rootfs` directory.
#[derive(Clone, Debug)]
pub struct RootfsDir {
    pub path: std::path::PathBuf,
    pub overlay: bool,
}

/// The image ID a `--rootfs` container records: that of no image (sha256 of nothing).
fn no_image() -> crate::oci::Digest {
    crate::oci::Digest::sha256_of(b"")
}

/// The label `--seccomp-policy=image` reads a profile from.
const SECCOMP_LABEL: &str = "io.containers.seccomp.profile";

/// What `--systemd true` takes for an init system (podman's list).
fn runs_systemd(command: &[String]) -> bool {
    command.first().is_some_and(|c| {
        matches!(
            c.as_str(),
            "/sbin/init" | "/usr/sbin/init" | "/usr/local/sbin/init" | "/usr/lib/systemd/systemd"
        ) || std::path::Path::new(c)
            .file_name()
            .is_some_and(|n| n == "systemd")
    })
}

/// The tmpfs mounts of systemd mode.
const SYSTEMD_TMPFS: &[&str] = &["/run", "/run/lock", "/tmp", "/var/log/journal"];

/// Where `--sdnotify=container` puts systemd's socket.
const NOTIFY_IN_CONTAINER: &str = "/run/notify/notify.sock";

/// `--health-cmd`, `--health-interval`, … over the image's HEALTHCHECK (durations in ns).
#[derive(Clone, Debug, Default)]
pub struct HealthFlags {
    pub cmd: Option<String>,
    /// The whole test (`["CMD", …]`), where one is given as a list (compose files).
    pub test: Option<Vec<String>>,
    pub interval: Option<u64>,
    pub timeout: Option<u64>,
    pub start_period: Option<u64>,
    pub start_interval: Option<u64>,
    pub retries: Option<u32>,
    pub none: bool,
    /// `--health-on-failure` (podman): none, kill, restart, stop.
    pub on_failure: String,
}

impl HealthFlags {
    /// The container's health check: the image's, with the flags on top.
    pub fn apply(&self, image: Option<&serde_json::Value>) -> Option<HealthConfig> {
        if self.none {
            return None;
        }
        let mut h: HealthConfig = image
            .and_then(|v| serde_json::from_value(v.clone()).ok())
            .unwrap_or_default();
        if let Some(c) = &self.cmd {
            h.test = vec!["CMD-SHELL".into(), c.clone()];
        }
        if let Some(t) = &self.test {
            h.test = t.clone();
        }
        h.interval = self.interval.unwrap_or(h.interval);
        h.timeout = self.timeout.unwrap_or(h.timeout);
        h.start_period = self.start_period.unwrap_or(h.start_period);
        h.start_interval = self.start_interval.unwrap_or(h.start_interval);
        h.retries = self.retries.unwrap_or(h.retries);
        h.on_failure = self.on_failure.clone();
        match h.test.first().map(String::as_str) {
            Some("CMD" | "CMD-SHELL") if h.test.len() > 1 => Some(h),
            _ => None, // none, NONE, or an empty test
        }
    }
}

impl Engine {
    /// Creates a container; returns its ID. On failure nothing is left behind.
    pub fn create_container(
        &self,
        opts: &CreateOptions,
        progress: &dyn PullProgress,
    ) -> Result<String, EngineError> {
        let joined = self.join_pod(opts)?;
        let opts = joined.as_ref().unwrap_or(opts);
        let (image_id, config) = match &opts.rootfs {
            _ if opts.infra => (no_image(), ImageConfig::default()),
            Some(_) => (no_image(), ImageConfig::default()),
            None => self.image_for_run(opts, progress)?,
        };
        let containers = self.containers()?;
        let volumes = self.volumes()?;
        let id = hex_id();
        if opts.replace
            && let Some(name) = &opts.name
            && let Some(old) = containers.by_name(name)
        {
            self.remove_container(&old, true, false)?;
        }
        let (name, guard) = match &opts.name {
            Some(n) => (n.clone(), containers.reserve_name(n, &id)?),
            None => reserve_generated(containers, &id)?,
        };
        let dir = containers.dir(&id);
        let result = self.write_container(opts, &id, &name, &image_id, &config, &dir, &volumes);
        if result.is_err() {
            let _ = fs::remove_dir_all(&dir);
            containers.release_name(&name, &id);
        }
        drop(guard);
        result.map(|()| id)
    }

    /// The config files' container defaults (`[containers]`, daemon.json, containers.conf)
    /// where the request gives none: ulimits by name, environment variables beneath the
    /// image's and `--env`, the process limit (root's containers only).
    fn apply_configured_defaults(
        &self,
        request: &mut Request,
        image: &crate::oci::image::RunConfig,
    ) {
        let conf = &self.context().containers;
        for u in conf.ulimits.iter().flatten() {
            match crate::oci::runtime::Rlimit::parse(u) {
                Ok(r) if !request.ulimits.iter().any(|x| x.kind == r.kind) => {
                    request.ulimits.push(r)
                }
                Ok(_) => {}
                Err(e) => log::warn!("configured default ulimit ignored: {e}"),
            }
        }
        let key = |e: &str| e.split('=').next().unwrap_or(e).to_string();
        let image_env = image.env.clone().unwrap_or_default();
        let mut base: Vec<String> = conf
            .env
            .iter()
            .flatten()
            .filter(|e| {
                let k = key(e);
                !image_env.iter().any(|i| key(i) == k) && !request.env.iter().any(|r| key(r) == k)
            })
            .cloned()
            .collect();
        if !base.is_empty() {
            base.append(&mut request.env);
            request.env = base;
        }
        // a default, not a demand: an ordinary user's containers may have no cgroup to
        // hold it (cgroup v1, v2 without delegation), as with podman it is left out there
        if request.resources.pids_limit.is_none() && !self.context().rootless {
            request.resources.pids_limit = conf.pids_limit;
        }
    }

    /// The log config asked for; with no driver given, the configured one (docker's
    /// `local` is json-file here) and its options.
    fn configured_log(&self, given: &LogConfig) -> Result<LogConfig, EngineError> {
        if !given.kind.is_empty() {
            return Ok(given.clone());
        }
        let conf = &self.context().containers;
        let kind = match conf.log_driver.as_deref() {
            None | Some("" | "local" | "json-file") => "json-file",
            Some(k @ ("k8s-file" | "journald" | "none" | "passthrough")) => k,
            Some(other) => {
                return Err(EngineError::Invalid(format!(
                    "the configured log driver {other:?} is not supported: use json-file, k8s-file, journald or none"
                )));
            }
        };
        let config = if given.config.is_empty() {
            conf.log_opts.clone().unwrap_or_default()
        } else {
            given.config.clone()
        };
        Ok(LogConfig {
            kind: kind.to_string(),
            config,
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn write_container(
        &self,
        opts: &CreateOptions,
        id: &str,
        name: &str,
        image_id: &crate::oci::Digest,
        image: &ImageConfig,
        dir: &Path,
        volumes: &crate::volume::Volumes,
    ) -> Result<(), EngineError> {
        let lower: Vec<_> = match &opts.rootfs {
            _ if opts.infra => Vec::new(),
            Some(r) => vec![r.path.clone()],
            None => {
                let layers = self
                    .store()?
                    .images()?
                    .images
                    .get(image_id)
                    .ok_or_else(|| EngineError::NoSuchImage(opts.image.clone()))?
                    .layers
                    .clone();
                self.layer_dirs(&layers)?
            }
        };
        for d in ["upper", "work", "merged"] {
            fs::create_dir_all(dir.join(d))?;
        }
        let run = image.config.clone().unwrap_or_default();
        let plan = self.plan_network(&opts.network, &run)?;
        let mut request = opts.request.clone();
        request.id = id.to_string();
        // held (an `auto` range) until the record is written
        let idmap = self.choose_idmap(&request.userns, &lower)?;
        if idmap.maps.is_some() && opts.network.mode.starts_with("container:") {
            return Err(EngineError::Invalid(
                "--network container: cannot be combined with a user namespace of the container's own (--userns, --uidmap)".into(),
            ));
        }
        self.apply_configured_defaults(&mut request, &run);
        if opts.seccomp_from_image
            && let Some(json) = run.labels.as_ref().and_then(|l| l.get(SECCOMP_LABEL))
        {
            let profile = crate::oci::seccomp::Profile::parse(json.as_bytes()).map_err(|e| {
                EngineError::Invalid(format!("the image's {SECCOMP_LABEL} label: {e}"))
            })?;
            request.seccomp = crate::oci::seccomp::Seccomp::Profile(Box::new(profile));
        }
        // CDI devices: their nodes, variables (beneath --env) and mounts
        let cdi = crate::config::cdi::resolve(&opts.cdi_devices, &self.context().cdi_spec_dirs)
            .map_err(|e| EngineError::Invalid(e.to_string()))?;
        request.devices.extend(cdi.devices.iter().cloned());
        if !cdi.env.is_empty() {
            let mut env = cdi.env.clone();
            env.append(&mut request.env);
            request.env = env;
        }
        for (what, mode) in [
            ("PID", &mut request.pid),
            ("IPC", &mut request.ipc),
            ("UTS", &mut request.uts),
        ] {
            if let Some(other) = mode.strip_prefix("container:") {
                if idmap.maps.is_some() {
                    return Err(EngineError::Invalid(format!(
                        "sharing another container's {what} namespace cannot be combined with a user namespace of the container's own (--userns, --uidmap)"
                    )));
                }
                *mode = format!("container:{}", self.containers()?.resolve(other)?);
            }
        }
        if request.user.is_none() {
            request.user = idmap.user.clone();
        }
        request.network = plan.mode.clone();
        let hostname = match (&request.hostname, request.network.as_str()) {
            (Some(h), _) => h.clone(),
            (None, "host") => rustix::system::uname()
                .nodename()
                .to_string_lossy()
                .into_owned(),
            (None, _) => id[..12].to_string(),
        };
        request.hostname = Some(hostname.clone());

        let mut records = Vec::new();
        let mut user_mounts = Vec::new();
        for from in &opts.volumes_from {
            for (m, r) in self.volumes_of(from)? {
                user_mounts.push(m);
                records.push(r);
            }
        }
        // --systemd: an init system gets the tmpfs mounts (the user's own mounts, added
        // after, replace them), variable and stop signal it wants
        let systemd = match opts.systemd.as_str() {
            "always" => true,
            "false" => false,
            _ => crate::spec::command(&request, &run)
                .is_ok_and(|(e, c)| runs_systemd(&[e, c].concat())),
        };
        if systemd && !request.env.iter().any(|e| e.starts_with("container=")) {
            request.env.push("container=skiff".into());
        }
        // Mounts given here replace inherited ones at the same place.
        let mut add = |m: Mount, r: Option<MountRecord>| {
            let same = |d: &str| d.trim_end_matches('/') == m.destination.trim_end_matches('/');
            user_mounts.retain(|u| !same(&u.destination));
            records.retain(|x| !same(&x.destination));
            user_mounts.push(m);
            records.extend(r);
        };
        if systemd {
            for dst in SYSTEMD_TMPFS {
                add(mounts::tmpfs_flag(dst)?, None);
            }
        }
        for v in &opts.volumes {
            let (m, r) = mounts::volume_flag(v, volumes)?;
            add(m, Some(r));
        }
        for b in &cdi.mounts {
            let flag = format!(
                "{}:{}{}",
                b.host,
                b.container,
                if b.readonly { ":ro" } else { "" }
            );
            let (m, r) = mounts::volume_flag(&flag, volumes)?;
            add(m, Some(r));
        }
        for v in &opts.mounts {
            let (m, r) = mounts::mount_flag(v, volumes)?;
            add(m, r);
        }
        for t in &opts.tmpfs {
            add(mounts::tmpfs_flag(t)?, None);
        }
        for m in self.secret_mounts(&opts.secrets, dir)? {
            add(m, None);
        }
        for m in &opts.prepared_mounts {
            mounts::check_destination(&m.destination)?;
            add(m.clone(), None);
        }
        for dst in run.volumes.iter().flat_map(|v| v.keys()) {
            if user_mounts
                .iter()
                .any(|m| m.destination.trim_end_matches('/') == dst.trim_end_matches('/'))
            {
                continue;
            }
            match opts.image_volume.as_str() {
                "ignore" => {}
                "tmpfs" => user_mounts.push(mounts::tmpfs_flag(dst)?),
                _ => {
                    let (m, r) = mounts::anonymous(dst, volumes)?;
                    user_mounts.push(m);
                    records.push(r);
                }
            }
        }
        if opts.sdnotify == "container"
            && let Some(sock) = crate::util::sdnotify::socket().filter(|s| s.starts_with('/'))
        {
            // The container tells systemd itself, through the socket mounted in.
            user_mounts.push(Mount {
                destination: NOTIFY_IN_CONTAINER.into(),
                kind: "bind".into(),
                source: sock.into(),
                options: vec!["rbind".into()],
                root: None,
            });
            request
                .env
                .push(format!("NOTIFY_SOCKET={NOTIFY_IN_CONTAINER}"));
        }
        request.mounts = user_mounts;
        let files = self.network_files(
            dir,
            &hostname,
            request.domainname.as_deref().unwrap_or(""),
            &plan,
            !opts.auto_remove,
        )?;
        let root = Root {
            lower,
            upper: dir.join("upper"),
            work: dir.join("work"),
            mountpoint: dir.join("merged"),
            readonly: false,
            bind: opts.rootfs.as_ref().is_some_and(|r| !r.overlay),
        };
        let mut spec = crate::spec::build(&request, &run, root, files)?;
        spec.linux.cgroup_writable = systemd;
        spec.process.pause = opts.infra;
        spec.linux.rootless = self.context().rootless;
        spec.linux.idmap = idmap.maps.clone();
        let (entrypoint, cmd) = crate::spec::command(&request, &run)?;
        let mut all = entrypoint.clone();
        all.extend(cmd.clone());
        let mut labels = run.labels.clone().unwrap_or_default();
        labels.extend(opts.labels.clone());
        let config = ContainerConfig {
            id: id.to_string(),
            name: name.to_string(),
            created: now_rfc3339(),
            image: opts.image.clone(),
            image_id: image_id.clone(),
            path: all.first().cloned().unwrap_or_default(),
            args: all.iter().skip(1).cloned().collect(),
            env: spec.process.env.clone(),
            entrypoint: if entrypoint.is_empty() {
                None
            } else {
                Some(entrypoint)
            },
            cmd,
            spec,
            labels,
            annotations: opts.annotations.clone(),
            auto_remove: opts.auto_remove,
            stop_signal: opts
                .stop_signal
                .clone()
                .or(run.stop_signal.clone())
                .or(systemd.then(|| "SIGRTMIN+3".to_string())),
            stop_timeout: opts.stop_timeout,
            exposed_ports: plan.exposed,
            mounts: records,
            restart_policy: opts.restart_policy.clone(),
            log_config: self.configured_log(&opts.log_config)?,
            healthcheck: opts.health.apply(run.healthcheck.as_ref()),
            sdnotify: opts.sdnotify.clone(),
            create_command: opts.create_command.clone(),
            net: plan.net,
            pidfile: opts.pidfile.clone(),
            rmi: opts.rmi,
            timeout: opts.timeout,
            requires: opts
                .requires
                .iter()
                .map(|r| self.containers()?.resolve(r).map_err(EngineError::from))
                .collect::<Result<_, _>>()?,
            attach: opts.attach,
            secrets: opts.secrets.clone(),
            pod: opts.pod.clone(),
            infra: opts.infra,
            init_ctr: opts.init_ctr.clone(),
        };
        if let Some(maps) = &config.spec.linux.idmap {
            self.give_volumes(maps, &config.mounts)?;
        }
        let containers = self.containers()?;
        containers.save_config(&config, !opts.auto_remove)?;
        let lock = containers.lock(id)?;
        containers.save_state(id, &ContainerState::default(), &lock)?;
        if opts.auto_remove {
            containers.mark_autoremove(id)?;
        }
        self.event(&config, "create", &[]);
        Ok(())
    }

    /// The volumes and bind mounts of another container (`--volumes-from NAME[:ro|:rw]`),
    /// read-only where they were or where `:ro` asks; they are shared, never owned.
    fn volumes_of(&self, from: &str) -> Result<Vec<(Mount, MountRecord)>, EngineError> {
        let (name, mode) = match from.rsplit_once(':') {
            Some((n, m @ ("ro" | "rw"))) => (n, Some(m)),
            _ => (from, None),
        };
        let containers = self.containers()?;
        let source = containers.config(&containers.resolve(name)?)?;
        Ok(source
            .mounts
            .iter()
            .filter(|r| r.kind == "bind" || r.kind == "volume")
            .map(|r| {
                let ro = match mode {
                    Some(m) => m == "ro",
                    None => !r.rw,
                };
                mounts::shared(r, ro)
            })
            .collect())
    }
}

fn reserve_generated(
    containers: &crate::state::Containers,
    id: &str,
) -> Result<(String, crate::state::NameGuard), EngineError> {
    for attempt in 0..100 {
        let name = name_from(id, attempt);
        match containers.reserve_name(&name, id) {
            Ok(guard) => return Ok((name, guard)),
            Err(crate::state::StateError::NameInUse { .. }) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(EngineError::Conflict(
        "could not find a free container name".into(),
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn issue16_systemd_mode_is_for_init_systems() {
        let yes =
            |c: &[&str]| super::runs_systemd(&c.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert!(yes(&["/sbin/init"]) && yes(&["/usr/sbin/init"]) && yes(&["systemd"]));
        assert!(yes(&["/usr/lib/systemd/systemd", "--log-level=debug"]));
        assert!(!yes(&["sh", "-c", "/sbin/init"]) && !yes(&["/bin/initialize"]) && !yes(&[]));
    }
}
