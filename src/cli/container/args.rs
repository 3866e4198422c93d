//! The flags of `run` and `create`, and their conversion into `CreateOptions` (all parsing
//! and validation of values happens here, before anything is written).

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Context as _, bail};
use clap::Args;

use crate::cli::RegistryArgs;
use crate::engine::container::create::{CreateOptions, HealthFlags, PullPolicy};
use crate::engine::records::{LogConfig, RestartPolicy};
use crate::oci::runtime::Resources;
use crate::spec::Request;
use crate::util::units::{parse_signal, parse_size};

#[derive(Debug, Args)]
pub struct ContainerArgs {
    /// Keep stdin open
    #[arg(short, long)]
    pub interactive: bool,
    /// Allocate a pseudo-terminal
    #[arg(short, long)]
    pub tty: bool,
    /// Name the container
    #[arg(long)]
    pub name: Option<String>,
    /// Remove the container when it exits
    #[arg(long)]
    pub rm: bool,
    /// Set environment variables (KEY=VALUE, or KEY to pass ours)
    #[arg(short, long = "env", value_name = "KEY=VALUE")]
    pub env: Vec<String>,
    /// Read environment variables from a file
    #[arg(long, value_name = "FILE")]
    pub env_file: Vec<PathBuf>,
    /// Working directory inside the container
    #[arg(short, long, value_name = "DIR")]
    pub workdir: Option<String>,
    /// User (name|uid[:group|gid]) in the container's /etc/passwd
    #[arg(short, long)]
    pub user: Option<String>,
    /// Override the image's entrypoint ("" clears it)
    #[arg(long, value_name = "CMD")]
    pub entrypoint: Option<String>,
    /// Container host name
    #[arg(short = 'h', long)]
    pub hostname: Option<String>,
    /// Container NIS domain name
    #[arg(long)]
    pub domainname: Option<String>,
    /// Mount the root filesystem read-only
    #[arg(long)]
    pub read_only: bool,
    /// Bind mount or volume: SRC:DST[:ro], NAME:DST[:ro] or DST (anonymous)
    #[arg(short, long = "volume", value_name = "SPEC")]
    pub volumes: Vec<String>,
    /// Mount: type=bind|volume|tmpfs,source=…,target=…[,readonly]
    #[arg(long, value_name = "SPEC")]
    pub mount: Vec<String>,
    /// tmpfs mount: DST[:OPTIONS]
    #[arg(long, value_name = "DST")]
    pub tmpfs: Vec<String>,
    /// Mount the volumes of another container
    #[arg(long, value_name = "CONTAINER")]
    pub volumes_from: Vec<String>,
    /// Set metadata (KEY=VALUE)
    #[arg(short, long = "label", value_name = "KEY=VALUE")]
    pub labels: Vec<String>,
    /// Signal to stop the container
    #[arg(long, value_name = "SIGNAL")]
    pub stop_signal: Option<String>,
    /// Seconds to wait for the stop signal before killing
    #[arg(long, value_name = "SECONDS", allow_negative_numbers = true)]
    pub stop_timeout: Option<i64>,
    /// Network: the default bridge network (skiff), none, host, container:NAME, or a
    /// network made with `skiff network create` (NAME or name=NAME,alias=A,ip=IP); repeat
    /// to join several
    #[arg(long, visible_alias = "net", value_name = "NETWORK")]
    pub network: Vec<String>,
    /// Another name for the container on its (first) network
    #[arg(long, visible_alias = "net-alias", value_name = "ALIAS")]
    pub network_alias: Vec<String>,
    /// IPv4 address on its (first) network
    #[arg(long, value_name = "ADDRESS")]
    pub ip: Option<std::net::Ipv4Addr>,
    /// IPv6 address on its (first) network (one made with --ipv6)
    #[arg(long, value_name = "ADDRESS")]
    pub ip6: Option<std::net::Ipv6Addr>,
    /// Link-local address on its (first) network (169.254.0.0/16 or fe80::/64; repeatable)
    #[arg(long = "link-local-ip", value_name = "ADDRESS")]
    pub link_local_ip: Vec<std::net::IpAddr>,
    /// MAC address on its (first) network (unicast, e.g. 02:42:ac:11:00:02)
    #[arg(long, value_name = "MAC")]
    pub mac_address: Option<String>,
    /// Publish a port: [IP:][HOST_PORT:]CONTAINER_PORT[/tcp|udp] (ranges: 8000-8010:80-90)
    #[arg(short = 'p', long = "publish", value_name = "PORT")]
    pub publish: Vec<String>,
    /// Publish every exposed port to a random free host port
    #[arg(short = 'P', long)]
    pub publish_all: bool,
    /// Expose a port (PORT[/tcp|udp]) without publishing it
    #[arg(long, value_name = "PORT")]
    pub expose: Vec<String>,
    /// Make another container reachable by name: CONTAINER[:ALIAS]
    #[arg(long, value_name = "CONTAINER")]
    pub link: Vec<String>,
    /// DNS server for /etc/resolv.conf
    #[arg(long, value_name = "IP")]
    pub dns: Vec<String>,
    /// DNS search domain ("." for none)
    #[arg(long, value_name = "DOMAIN")]
    pub dns_search: Vec<String>,
    /// resolv.conf option (ndots:2, …)
    #[arg(long, visible_alias = "dns-opt", value_name = "OPTION")]
    pub dns_option: Vec<String>,
    /// Add a line to /etc/hosts: NAME:IP (IP may be host-gateway)
    #[arg(long, value_name = "NAME:IP")]
    pub add_host: Vec<String>,
    /// Restart policy: no, always, unless-stopped, on-failure[:MAX]
    #[arg(long, value_name = "POLICY", default_value = "no")]
    pub restart: String,
    /// Logging driver: json-file (default, unless the config files name another),
    /// k8s-file, journald, none, passthrough (foreground only)
    #[arg(long, value_name = "DRIVER")]
    pub log_driver: Option<String>,
    /// Log driver options: max-size=SIZE, max-file=N
    #[arg(long, value_name = "OPT")]
    pub log_opt: Vec<String>,
    /// systemd readiness: conmon (skiff sends READY=1 once the container runs), container
    /// (the container sends it through $NOTIFY_SOCKET), ignore
    #[arg(long, value_name = "MODE", default_value = "conmon", value_parser = ["conmon", "container", "ignore"])]
    pub sdnotify: String,
    /// Command to run to check health
    #[arg(long, value_name = "CMD")]
    pub health_cmd: Option<String>,
    /// Time between running the check (e.g. 30s)
    #[arg(long, value_name = "DURATION")]
    pub health_interval: Option<String>,
    /// Maximum time to allow one check to run
    #[arg(long, value_name = "DURATION")]
    pub health_timeout: Option<String>,
    /// Consecutive failures needed to report unhealthy
    #[arg(long, value_name = "N")]
    pub health_retries: Option<u32>,
    /// Start period for the container to initialize before failures count
    #[arg(long, value_name = "DURATION")]
    pub health_start_period: Option<String>,
    /// Time between checks during the start period (e.g. 1s; default: --health-interval)
    #[arg(long, value_name = "DURATION")]
    pub health_start_interval: Option<String>,
    /// Disable any container-specified HEALTHCHECK
    #[arg(long)]
    pub no_healthcheck: bool,
    /// Run a tiny init as PID 1 that forwards signals and reaps zombies
    #[arg(long)]
    pub init: bool,
    /// Give extended privileges (all capabilities, no masked paths, all devices writable)
    #[arg(long)]
    pub privileged: bool,
    /// Add Linux capabilities
    #[arg(long, value_name = "CAP")]
    pub cap_add: Vec<String>,
    /// Drop Linux capabilities
    #[arg(long, value_name = "CAP")]
    pub cap_drop: Vec<String>,
    /// no-new-privileges, seccomp=unconfined|PROFILE.json
    #[arg(long, value_name = "OPT")]
    pub security_opt: Vec<String>,
    /// Add a host device: HOST[:CONTAINER[:rwm]], or a CDI device VENDOR/CLASS=NAME|all
    #[arg(long, value_name = "DEVICE")]
    pub device: Vec<String>,
    /// GPUs through NVIDIA's CDI spec: all, or device=ID[,ID…]
    #[arg(long, value_name = "GPUS")]
    pub gpus: Vec<String>,
    /// Ulimit: NAME=SOFT[:HARD]
    #[arg(long, value_name = "ULIMIT")]
    pub ulimit: Vec<String>,
    #[command(flatten)]
    pub limits: super::limits::LimitArgs,
    /// Size of /dev/shm
    #[arg(long, value_name = "BYTES")]
    pub shm_size: Option<String>,
    /// PID namespace: host (the host's processes), or private (default)
    #[arg(long, value_name = "MODE")]
    pub pid: Option<String>,
    /// IPC namespace: private (default), shareable, host, or none (no /dev/shm)
    #[arg(long, value_name = "MODE")]
    pub ipc: Option<String>,
    /// Namespaced kernel parameters (KEY=VALUE)
    #[arg(long, value_name = "KEY=VALUE")]
    pub sysctl: Vec<String>,
    /// Cgroup of its own: enabled, disabled (no limits possible), no-conmon (as enabled:
    /// the monitor never joins the container's cgroup)
    #[arg(long, value_name = "MODE", value_parser = ["enabled", "disabled", "no-conmon", "split"])]
    pub cgroups: Option<String>,
    /// Parent cgroup (default: beneath skiff's own cgroup)
    #[arg(long, value_name = "PATH")]
    pub cgroup_parent: Option<String>,
    /// User namespace: host (default), private, auto[:size=N], keep-id[:uid=N,gid=N]
    /// (rootless), nomap (rootless)
    #[arg(long, value_name = "MODE")]
    pub userns: Option<String>,
    /// A uid map of the container's own, CONTAINER_ID:HOST_ID:SIZE (rootless: HOST_ID is an
    /// id of your user namespace: 0 is you, 1.. your subordinate ids)
    #[arg(long, value_name = "MAP")]
    pub uidmap: Vec<String>,
    /// A gid map of the container's own, CONTAINER_ID:HOST_ID:SIZE (default: as --uidmap)
    #[arg(long, value_name = "MAP")]
    pub gidmap: Vec<String>,
    /// Map the container's uids to NAME's ranges in /etc/subuid
    #[arg(long, value_name = "NAME")]
    pub subuidname: Option<String>,
    /// Map the container's gids to NAME's ranges in /etc/subgid (default: --subuidname's)
    #[arg(long, value_name = "NAME")]
    pub subgidname: Option<String>,
    /// Pull the image: missing, always, never
    #[arg(long, value_name = "POLICY", default_value = "missing", value_parser = ["missing", "always", "never"])]
    pub pull: String,
    /// Platform for the image when pulling
    #[arg(long, value_name = "OS/ARCH")]
    pub platform: Option<String>,
    #[command(flatten)]
    pub platform_parts: crate::cli::platform::PlatformParts,
    /// Replace a container with the same name
    #[arg(long)]
    pub replace: bool,
    #[command(flatten)]
    pub registry: RegistryArgs,
    #[command(flatten)]
    pub extra: super::extra::ExtraArgs,
    #[command(flatten)]
    pub podman: super::podman::PodmanRunArgs,
    /// The image to run
    pub image: String,
    /// The command and its arguments
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "COMMAND"
    )]
    pub command: Vec<String>,
}

fn key_values(items: &[String], what: &str) -> anyhow::Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for i in items {
        match i.split_once('=') {
            Some((k, v)) if !k.is_empty() => out.insert(k.to_string(), v.to_string()),
            None if !i.is_empty() && what == "label" => out.insert(i.clone(), String::new()),
            _ => bail!("invalid {what} {i:?}: expected KEY=VALUE"),
        };
    }
    Ok(out)
}

pub fn env_files(files: &[PathBuf]) -> anyhow::Result<Vec<String>> {
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(f)
            .with_context(|| format!("reading env file {}", f.display()))?;
        for line in text.lines() {
            let l = line.trim_start();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            out.push(line.to_string());
        }
    }
    Ok(out)
}

impl ContainerArgs {
    /// Everything the engine needs, validated.
    pub fn to_options(&self) -> anyhow::Result<CreateOptions> {
        // podman's order: the host's (--env-host, --http-proxy), env files, then -e
        let mut env = self.podman.env_before();
        env.extend(env_files(&self.env_file)?);
        env.extend(self.env.iter().cloned());
        self.podman.check(!self.add_host.is_empty())?;
        // --rmi implies --rm (podman)
        let rm = self.rm || self.podman.rmi;
        let mut volumes = self.volumes.clone();
        volumes.extend(
            self.podman
                .tz_volume(std::path::Path::new("/usr/share/zoneinfo"))?,
        );
        let entrypoint = self.entrypoint.as_ref().map(|e| {
            if e.is_empty() {
                Vec::new()
            } else {
                vec![e.clone()]
            }
        });
        let (no_new_privileges, seccomp) = super::settings::security_opts(&self.security_opt)?;
        let mut resources = self.limits.resources()?;
        resources.device_cgroup_rules = self
            .extra
            .device_cgroup_rule
            .iter()
            .map(|r| super::limits::device_cgroup_rule(r))
            .collect::<anyhow::Result<_>>()?;
        let no_cgroup = match self.cgroups.as_deref() {
            Some("split") => bail!("--cgroups=split is not supported: use enabled or disabled"),
            Some("disabled") if resources != Resources::default() => bail!(
                "--cgroups=disabled cannot be combined with resource limits (-m, --cpus, --pids-limit, …): they need a cgroup"
            ),
            Some("disabled") => true,
            _ => false,
        };
        let shm_size = super::settings::shm_size(self.shm_size.as_deref())?;
        if let Some(t) = self.stop_timeout
            && t < -1
        {
            bail!("invalid value {t} for --stop-timeout: use -1 (wait for ever) or more");
        }
        if let Some(s) = &self.stop_signal {
            parse_signal(s).map_err(|e| anyhow::anyhow!(e))?;
        }
        if let Some(n) = &self.name
            && !crate::util::random::valid_name(n)
        {
            bail!("invalid container name {n:?}: only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
        }
        let pid = super::extra::pid_mode(self.pid.as_deref())?;
        let ipc = super::extra::ipc_mode(self.ipc.as_deref())?;
        let (devices, cdi_devices) = super::devices::devices(&self.device, &self.gpus)?;
        let extras = self.extra.check()?;
        if extras.uts == "host" && self.hostname.is_some() {
            bail!("conflicting options: --hostname and --uts host (the host's name is shared)");
        }
        let (passwd_add, passwd_entry) = self
            .podman
            .passwd(|| std::fs::read_to_string("/etc/passwd").unwrap_or_default())?;
        resources.unified = self.podman.cgroup_conf()?;
        let health_on_failure = self.podman.health_on_failure.clone().unwrap_or_default();
        if health_on_failure == "restart" && !matches!(self.restart.as_str(), "" | "no") {
            bail!("--health-on-failure=restart and --restart cannot be used together");
        }
        let request = Request {
            id: String::new(),
            uts: extras.uts.clone(),
            cgroupns: extras.cgroupns.clone(),
            group_add: self.extra.group_add.clone(),
            oom_score_adj: self.extra.oom_score_adj,
            command: self.command.clone(),
            entrypoint,
            env,
            workdir: self.workdir.clone(),
            user: self.user.clone(),
            hostname: self.hostname.clone(),
            domainname: self.domainname.clone(),
            tty: self.tty,
            interactive: self.interactive,
            read_only: self.read_only,
            network: String::new(),
            privileged: self.privileged,
            init: self.init,
            cap_add: self.cap_add.clone(),
            cap_drop: self.cap_drop.clone(),
            no_new_privileges,
            seccomp,
            devices,
            ulimits: super::settings::ulimits(&self.ulimit)?,
            resources,
            shm_size,
            pid,
            ipc,
            sysctls: key_values(&self.sysctl, "sysctl")?,
            mounts: Vec::new(),
            cgroup_parent: self.cgroup_parent.clone().unwrap_or_default(),
            cgroup_parent_dirs: Vec::new(),
            no_cgroup,
            userns: crate::config::idmap::UsernsRequest {
                mode: self.userns.clone().unwrap_or_default(),
                uidmap: self.uidmap.clone(),
                gidmap: self.gidmap.clone(),
                subuidname: self.subuidname.clone(),
                subgidname: self.subgidname.clone(),
            },
            unsetenv: self.podman.unsetenv.clone(),
            unsetenv_all: self.podman.unsetenv_all,
            umask: self.podman.umask()?,
            passwd_add,
            passwd_entry,
            preserve_fds: self.podman.preserve_fds,
            env_merge: self.podman.env_merge.clone(),
            personality: self.podman.personality.clone(),
            chrootdirs: self.podman.chrootdirs()?,
        };
        // Capability names are checked now, not when the container starts.
        crate::spec::capabilities(&request)?;
        Ok(CreateOptions {
            cdi_devices,
            name: self.name.clone(),
            image: self.image.clone(),
            request,
            labels: {
                // --label-file first, --label on top (docker's order)
                let mut l = extras.labels;
                l.extend(key_values(&self.labels, "label")?);
                l
            },
            annotations: extras.annotations,
            auto_remove: rm,
            stop_signal: self.stop_signal.clone(),
            stop_timeout: self.stop_timeout,
            pull: match self.pull.as_str() {
                "always" => PullPolicy::Always,
                "never" => PullPolicy::Never,
                _ => PullPolicy::Missing,
            },
            platform: self.platform_parts.platform(self.platform.as_deref())?,
            client: crate::cli::image::client_options(&self.registry)?,
            volumes,
            mounts: self.mount.clone(),
            prepared_mounts: Vec::new(),
            tmpfs: self.podman.tmpfs(self.read_only, &self.tmpfs),
            volumes_from: self.volumes_from.clone(),
            restart_policy: restart_policy(&self.restart, rm)?,
            log_config: log_config(self.log_driver.as_deref(), &self.log_opt)?,
            sdnotify: self.sdnotify.clone(),
            create_command: std::env::args().collect(),
            health: HealthFlags {
                cmd: self.health_cmd.clone(),
                test: None,
                interval: go_duration("--health-interval", &self.health_interval)?,
                timeout: go_duration("--health-timeout", &self.health_timeout)?,
                start_period: go_duration("--health-start-period", &self.health_start_period)?,
                start_interval: go_duration(
                    "--health-start-interval",
                    &self.health_start_interval,
                )?,
                retries: self.health_retries,
                none: self.no_healthcheck,
                on_failure: health_on_failure,
            },
            replace: self.replace,
            network: self.network_request()?,
            pidfile: self.podman.pidfile.clone(),
            rmi: self.podman.rmi,
            timeout: self.podman.timeout.filter(|t| *t > 0),
            systemd: self.podman.systemd.clone().unwrap_or_default(),
            requires: self.podman.requires.clone(),
            attach: None,
            seccomp_from_image: self.podman.seccomp_policy == "image",
            image_volume: self.podman.image_volume.clone(),
            rootfs: self.podman.rootfs_dir(&self.image)?,
            pod: self.podman.pod()?,
            infra: false,
            init_ctr: self.podman.init_ctr.clone().unwrap_or_default(),
            secrets: self
                .podman
                .secret
                .iter()
                .map(|v| crate::engine::records::SecretUse::parse(v).map_err(anyhow::Error::msg))
                .collect::<anyhow::Result<_>>()?,
        })
    }
}

/// A Go duration flag (`30s`, `1m30s`) in nanoseconds.
fn go_duration(flag: &str, v: &Option<String>) -> anyhow::Result<Option<u64>> {
    v.as_deref()
        .map(|s| {
            crate::util::time::parse_go_duration(s)
                .map(|d| d.as_nanos() as u64)
                .ok_or_else(|| anyhow::anyhow!("invalid value for {flag}: {s:?}"))
        })
        .transpose()
}

/// `--restart no|always|unless-stopped|on-failure[:N]`.
pub(super) fn restart_policy(v: &str, rm: bool) -> anyhow::Result<RestartPolicy> {
    let (name, max) = v.split_once(':').unwrap_or((v, ""));
    let maximum_retry_count = match (name, max) {
        (_, "") => 0,
        ("on-failure", n) => n.parse().map_err(|_| {
            anyhow::anyhow!("invalid restart policy {v:?}: maximum retry count must be a number")
        })?,
        _ => bail!("invalid restart policy {v:?}: only on-failure takes a maximum retry count"),
    };
    if !matches!(name, "no" | "always" | "unless-stopped" | "on-failure") {
        bail!("invalid restart policy {v:?}: use no, always, unless-stopped or on-failure[:N]");
    }
    if rm && name != "no" {
        bail!("conflicting options: --restart and --rm");
    }
    Ok(RestartPolicy {
        name: name.to_string(),
        maximum_retry_count,
    })
}

/// `--log-driver`, `--log-opt`; no driver given: kind "" (the configured default, which
/// the engine applies), the options checked as json-file's.
fn log_config(given: Option<&str>, opts: &[String]) -> anyhow::Result<LogConfig> {
    let driver = given.unwrap_or("json-file");
    if !matches!(
        driver,
        "json-file" | "k8s-file" | "none" | "passthrough" | "journald"
    ) {
        bail!(
            "log driver {driver:?} is not supported: use json-file, k8s-file, journald, none or passthrough"
        );
    }
    if driver == "journald" && !crate::monitor::journal::available() {
        bail!(
            "log driver journald: journald is not running here ({} is missing)",
            crate::monitor::journal::SOCKET
        );
    }
    let config = key_values(opts, "log-opt")?;
    for (k, v) in &config {
        match k.as_str() {
            "max-size" => {
                parse_size(v).map_err(|e| anyhow::anyhow!("invalid --log-opt max-size: {e}"))?;
            }
            "max-file" => {
                v.parse::<u32>()
                    .ok()
                    .filter(|n| *n >= 1)
                    .ok_or_else(|| anyhow::anyhow!("invalid --log-opt max-file {v:?}"))?;
            }
            "tag" | "labels" | "env" | "mode" => {}
            other => bail!("unknown log opt {other:?} for log driver {driver}"),
        }
    }
    Ok(LogConfig {
        kind: given.unwrap_or_default().to_string(),
        config,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::container::limits::ulimit;

    #[test]
    fn ulimits_and_key_values() {
        let u = ulimit("nofile=1024:2048").unwrap();
        assert_eq!(
            (u.kind.as_str(), u.soft, u.hard),
            ("RLIMIT_NOFILE", 1024, 2048)
        );
        assert_eq!(ulimit("nproc=10").unwrap().hard, 10);
        assert!(ulimit("nofile=10:5").is_err());
        assert!(ulimit("bogus=1").is_err());
        assert!(ulimit("nofile").is_err());
        for bad in [
            "nofile=+5",
            "nofile=1e3",
            "nofile=18446744073709551616",
            "nofile=-2",
            "nofile=1:",
        ] {
            assert!(ulimit(bad).is_err(), "{bad}");
        }
        let kv = key_values(&["a=b".into(), "c".into()], "label").unwrap();
        assert_eq!(kv["c"], "");
        assert!(key_values(&["c".into()], "sysctl").is_err());
    }
}
