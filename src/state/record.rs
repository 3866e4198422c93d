//! The two records of a container: its config (what it is) and its state (what it does).

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::oci::Digest;
use crate::oci::runtime::RuntimeSpec;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ContainerConfig {
    pub id: String,
    pub name: String,
    pub created: String,
    /// The image as the user named it (`busybox`), and what it resolved to.
    pub image: String,
    pub image_id: Digest,
    pub spec: RuntimeSpec,
    /// Entrypoint and command, as `ps` shows them.
    pub path: String,
    pub args: Vec<String>,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    /// `--annotation`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub annotations: BTreeMap<String, String>,
    #[serde(default)]
    pub auto_remove: bool,
    #[serde(default)]
    pub stop_signal: Option<String>,
    #[serde(default)]
    pub stop_timeout: Option<i64>,
    #[serde(default)]
    pub exposed_ports: Vec<String>,
    /// Named and anonymous volumes, bind mounts: for `inspect` and `rm -v`.
    #[serde(default)]
    pub mounts: Vec<MountRecord>,
    /// The image config's env, cmd and the like as the container got them, for `inspect`.
    #[serde(default)]
    pub env: Vec<String>,
    #[serde(default)]
    pub entrypoint: Option<Vec<String>>,
    #[serde(default)]
    pub cmd: Vec<String>,
    /// `--restart`.
    #[serde(default)]
    pub restart_policy: RestartPolicy,
    /// `--log-driver`, `--log-opt`.
    #[serde(default)]
    pub log_config: LogConfig,
    /// `--sdnotify`: `conmon` (skiff says READY once the container runs), `container` (the
    /// container says it, through the socket mounted in), `ignore`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sdnotify: String,
    /// The command line that created it (for `generate systemd --new`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub create_command: Vec<String>,
    /// The health check (image HEALTHCHECK or `--health-*`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub healthcheck: Option<HealthConfig>,
    /// Networks, published ports, links and DNS settings.
    #[serde(default)]
    pub net: NetConfig,
    /// `--pidfile`: written with the container's PID each time it starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pidfile: Option<std::path::PathBuf>,
    /// `--secret` (podman): the secrets it gets, as files (copied in at create) or
    /// variables (read at each start).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub secrets: Vec<SecretUse>,
    /// `-a/--attach` given to `create` or `run`: stdin, stdout, stderr (`start -a` attaches
    /// those); `None`: docker's defaults.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attach: Option<[bool; 3]>,
    /// `--requires` (podman): the IDs of containers started first, whenever it starts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<String>,
    /// `--timeout` (podman): seconds it may run before it is killed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u64>,
    /// `--rmi` (with `--rm`): its image goes too once it has gone, unless in use.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rmi: bool,
    /// The pod it belongs to (`--pod`), by ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pod: Option<String>,
    /// Whether it is its pod's infra container (skiff's own pause process).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub infra: bool,
    /// `--init-ctr always|once` (podman): a pod's init container, run to completion when
    /// the pod starts, before its other containers (`once`: removed after its first run).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub init_ctr: String,
}

/// A container's networking beyond its namespace mode (`spec.linux.network`).
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct NetConfig {
    /// The user networks it joins, in order (the first is the primary, `eth0`); empty for
    /// `none`, `host` and `container:`. `network connect`/`disconnect` change it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub networks: Vec<Endpoint>,
    /// `-p` and `-P`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ports: Vec<crate::oci::ports::PortRequest>,
    /// `--link NAME[:ALIAS]`, as `NAME:ALIAS`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<String>,
    /// `--dns`, `--dns-search`, `--dns-option`, `--add-host` (for `inspect`; the files were
    /// written at create).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dns: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dns_search: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dns_options: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra_hosts: Vec<String>,
    /// `--no-hosts`: the image's /etc/hosts is left as it is.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_hosts: bool,
}

/// A container's place on one network.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Endpoint {
    pub network: String,
    /// `--network-alias`: more names it answers to on this network.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// `--ip`: the address it asks for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip: Option<std::net::Ipv4Addr>,
    /// `--mac-address`: the interface's MAC (else one derived from its address).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// `--ip6`: the IPv6 address it asks for (on a network with IPv6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip6: Option<std::net::Ipv6Addr>,
    /// `--link-local-ip`: more addresses on its interface (169.254.0.0/16, fe80::/64).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub link_local: Vec<std::net::IpAddr>,
    /// `gw-priority`: of the networks it is on, the one with the highest carries its
    /// default route (ties: the first).
    #[serde(default, skip_serializing_if = "is_zero_i32")]
    pub gw_priority: i32,
    /// `--driver-opt` (checked: `com.docker.network.endpoint.ifname`,
    /// `com.docker.network.endpoint.sysctls`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub driver_opts: BTreeMap<String, String>,
}

fn is_zero_i32(n: &i32) -> bool {
    *n == 0
}

/// The endpoint driver option naming the interface inside (docker 28).
pub const IFNAME_OPT: &str = "com.docker.network.endpoint.ifname";
/// The endpoint driver option with per-interface sysctls (`IFNAME` stands for its name).
pub const SYSCTLS_OPT: &str = "com.docker.network.endpoint.sysctls";

impl Endpoint {
    /// Checks `--driver-opt KEY=VALUE` values: the interface name and per-interface
    /// sysctls (`net.ipv4.conf.IFNAME.NAME=V`, `net.ipv6.conf.IFNAME.NAME=V`).
    pub fn check_driver_opts(&self) -> Result<(), String> {
        for (k, v) in &self.driver_opts {
            match k.as_str() {
                IFNAME_OPT => {
                    let ok = !v.is_empty()
                        && v.len() < 16
                        && v.chars()
                            .all(|c| c.is_ascii_alphanumeric() || "_-".contains(c))
                        && v != "lo";
                    if !ok {
                        return Err(format!("invalid {IFNAME_OPT} {v:?}: an interface name"));
                    }
                }
                SYSCTLS_OPT => {
                    for s in v.split(',') {
                        let (key, _) = s.split_once('=').unwrap_or((s, ""));
                        let ok = ["net.ipv4.conf.IFNAME.", "net.ipv6.conf.IFNAME."]
                            .iter()
                            .any(|p| {
                                key.strip_prefix(p).is_some_and(|rest| {
                                    !rest.is_empty()
                                        && rest
                                            .chars()
                                            .all(|c| c.is_ascii_alphanumeric() || c == '_')
                                })
                            })
                            && s.contains('=');
                        if !ok {
                            return Err(format!(
                                "invalid {SYSCTLS_OPT} {s:?}: want net.ipv4.conf.IFNAME.NAME=VALUE (or net.ipv6…)"
                            ));
                        }
                    }
                }
                _ => return Err(format!("unsupported endpoint driver option {k:?}")),
            }
        }
        Ok(())
    }

    /// The interface's name inside, as the `n`th network: `ethN` unless a driver option
    /// names it.
    pub fn inside_name(&self, n: usize) -> String {
        self.driver_opts
            .get(IFNAME_OPT)
            .cloned()
            .unwrap_or_else(|| format!("eth{n}"))
    }

    /// Its per-interface sysctls with the interface named `ifname`, as (key, value).
    pub fn sysctls(&self, ifname: &str) -> Vec<(String, String)> {
        self.driver_opts
            .get(SYSCTLS_OPT)
            .map(|v| {
                v.split(',')
                    .filter_map(|s| s.split_once('='))
                    .map(|(k, v)| (k.replace("IFNAME", ifname), v.to_string()))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// One `--secret NAME[,type=mount|env][,target=T][,uid=N][,gid=N][,mode=M]`.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct SecretUse {
    pub name: String,
    /// The variable's name (`type=env`), else None: a file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env: Option<String>,
    /// Where the file goes: `/run/secrets/NAME` unless `target` says otherwise.
    #[serde(default)]
    pub target: String,
    #[serde(default)]
    pub uid: u32,
    #[serde(default)]
    pub gid: u32,
    #[serde(default)]
    pub mode: u32,
}

impl SecretUse {
    /// Parses podman's `--secret` value.
    pub fn parse(v: &str) -> Result<SecretUse, String> {
        let mut parts = v.split(',');
        let name = parts.next().unwrap_or_default().to_string();
        if name.is_empty() || name.contains('=') {
            return Err(format!(
                "invalid --secret {v:?}: the secret's name comes first"
            ));
        }
        let (mut kind, mut target) = ("mount", None);
        let mut u = SecretUse {
            name,
            mode: 0o444,
            ..Default::default()
        };
        let num = |k: &str, x: &str, radix: u32| {
            u32::from_str_radix(x, radix)
                .map_err(|_| format!("invalid --secret {v:?}: {k}={x:?} is not a number"))
        };
        for p in parts {
            match p.split_once('=') {
                Some(("type", t @ ("mount" | "env"))) => kind = t,
                Some(("target", t)) if !t.is_empty() => target = Some(t.to_string()),
                Some(("uid", x)) => u.uid = num("uid", x, 10)?,
                Some(("gid", x)) => u.gid = num("gid", x, 10)?,
                Some(("mode", x)) => u.mode = num("mode", x, 8)? & 0o777,
                _ => {
                    return Err(format!(
                        "invalid --secret {v:?}: want NAME[,type=mount|env][,target=T][,uid=N][,gid=N][,mode=M]"
                    ));
                }
            }
        }
        if kind == "env" {
            let var = target.unwrap_or_else(|| u.name.clone());
            if var.is_empty() || var.contains(['=', '\0']) {
                return Err(format!(
                    "invalid --secret {v:?}: {var:?} is not a variable name"
                ));
            }
            u.env = Some(var);
            return Ok(u);
        }
        let t = target.unwrap_or_else(|| u.name.clone());
        u.target = if t.starts_with('/') {
            t
        } else {
            format!("/run/secrets/{t}")
        };
        if u.target.split('/').any(|c| c == "..") {
            return Err(format!(
                "invalid --secret {v:?}: the target may not hold .."
            ));
        }
        Ok(u)
    }
}

/// docker's `Config.Healthcheck` (durations in nanoseconds).
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "PascalCase")]
pub struct HealthConfig {
    /// `["CMD", args…]` or `["CMD-SHELL", command]`.
    pub test: Vec<String>,
    #[serde(default)]
    pub interval: u64,
    #[serde(default)]
    pub timeout: u64,
    #[serde(default)]
    pub start_period: u64,
    /// How often to check during the start period (0: `interval`).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub start_interval: u64,
    #[serde(default)]
    pub retries: u32,
    /// What the monitor does once it turns unhealthy (podman's `--health-on-failure`):
    /// empty or `none`, `kill`, `restart`, `stop`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub on_failure: String,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl HealthConfig {
    const SECOND: u64 = 1_000_000_000;

    /// docker's defaults for what is unset: every 30 s, 30 s timeout, 3 retries.
    pub fn interval(&self) -> std::time::Duration {
        std::time::Duration::from_nanos(if self.interval == 0 {
            30 * Self::SECOND
        } else {
            self.interval
        })
    }
    pub fn timeout(&self) -> std::time::Duration {
        std::time::Duration::from_nanos(if self.timeout == 0 {
            30 * Self::SECOND
        } else {
            self.timeout
        })
    }
    pub fn retries(&self) -> u32 {
        if self.retries == 0 { 3 } else { self.retries }
    }
    pub fn start_period(&self) -> std::time::Duration {
        std::time::Duration::from_nanos(self.start_period)
    }
    /// The time until the next check, `elapsed` after the container started: the start
    /// interval during the start period when one is set, else the interval.
    pub fn next_check(&self, elapsed: std::time::Duration) -> std::time::Duration {
        if self.start_interval > 0 && elapsed < self.start_period() {
            std::time::Duration::from_nanos(self.start_interval)
        } else {
            self.interval()
        }
    }
}

/// docker's `State.Health`.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "PascalCase")]
pub struct Health {
    /// `starting`, `healthy`, `unhealthy`.
    pub status: String,
    #[serde(default)]
    pub failing_streak: u32,
    #[serde(default)]
    pub log: Vec<HealthLog>,
}

#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "PascalCase")]
pub struct HealthLog {
    pub start: String,
    pub end: String,
    pub exit_code: i32,
    pub output: String,
}

/// docker's `HostConfig.RestartPolicy`: `no`, `always`, `unless-stopped`, `on-failure`.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "PascalCase")]
pub struct RestartPolicy {
    pub name: String,
    #[serde(default)]
    pub maximum_retry_count: u32,
}

impl Default for RestartPolicy {
    fn default() -> Self {
        RestartPolicy {
            name: "no".into(),
            maximum_retry_count: 0,
        }
    }
}

/// docker's `HostConfig.LogConfig`.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "PascalCase")]
pub struct LogConfig {
    #[serde(rename = "Type")]
    pub kind: String,
    #[serde(default)]
    pub config: BTreeMap<String, String>,
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            kind: "json-file".into(),
            config: BTreeMap::new(),
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct MountRecord {
    /// `bind`, `volume`, `tmpfs`.
    #[serde(rename = "Type")]
    pub kind: String,
    #[serde(rename = "Name", default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(rename = "Source")]
    pub source: PathBuf,
    #[serde(rename = "Destination")]
    pub destination: String,
    #[serde(rename = "RW")]
    pub rw: bool,
    /// Anonymous volumes go with `rm -v`.
    #[serde(rename = "Anonymous", default)]
    pub anonymous: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Created,
    Running,
    Paused,
    Exited,
    Dead,
    Removing,
    /// Between runs of a container with a restart policy.
    Restarting,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Created => "created",
            Status::Running => "running",
            Status::Paused => "paused",
            Status::Exited => "exited",
            Status::Dead => "dead",
            Status::Removing => "removing",
            Status::Restarting => "restarting",
        }
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ContainerState {
    pub status: Status,
    #[serde(default)]
    pub pid: i32,
    /// Start time of `pid` (clock ticks since boot) and the boot it ran in: a reused PID or a
    /// reboot never reads as running.
    #[serde(default)]
    pub pid_start: u64,
    #[serde(default)]
    pub boot_id: String,
    /// The process that waits for `pid` and records its end (the foreground CLI or the
    /// container's monitor). While it lives, a dead `pid` is an exit about to be recorded.
    #[serde(default)]
    pub watcher: Watcher,
    #[serde(default)]
    pub started_at: Option<String>,
    #[serde(default)]
    pub finished_at: Option<String>,
    #[serde(default)]
    pub exit_code: i32,
    #[serde(default)]
    pub oom_killed: bool,
    #[serde(default)]
    pub error: String,
    /// The container's cgroup directories while it runs.
    #[serde(default)]
    pub cgroup: Vec<PathBuf>,
    #[serde(default)]
    pub cgroup_version: u8,
    /// Restarts done by the restart policy.
    #[serde(default)]
    pub restart_count: u32,
    /// Stopped (or killed) by a user: the restart policy leaves it alone.
    #[serde(default)]
    pub manual_stop: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health: Option<Health>,
    /// Its address on its primary network while it runs.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub ip_address: String,
    /// Its address on each of its networks while it runs.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub networks: BTreeMap<String, String>,
    /// Its IPv6 address on each of its dual-stack networks while it runs.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub networks6: BTreeMap<String, String>,
    /// The host end of its veth pair on each network while it runs.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub interfaces: BTreeMap<String, String>,
    /// The host ports published for it while it runs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ports: Vec<crate::oci::ports::PortMapping>,
}

/// A process identified beyond PID reuse: PID plus its start time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Watcher {
    pub pid: i32,
    pub start: u64,
}

impl Watcher {
    pub fn this_process() -> Self {
        let pid = std::process::id() as i32;
        Watcher {
            pid,
            start: crate::sys::process::process_start_time(pid).unwrap_or(0),
        }
    }

    fn alive(&self) -> bool {
        self.pid > 0 && crate::sys::process::process_start_time(self.pid) == Some(self.start)
    }
}

impl ContainerState {
    /// Whether the recorded process is still this container's: same PID, same start time,
    /// same boot.
    pub fn process_alive(&self) -> bool {
        self.pid > 0
            && self.boot_id == crate::sys::process::boot_id()
            && crate::sys::process::process_start_time(self.pid) == Some(self.pid_start)
    }

    /// Whether the container's end will still be recorded by whoever waits for it.
    pub fn watched(&self) -> bool {
        self.boot_id == crate::sys::process::boot_id() && self.watcher.alive()
    }

    /// What is true now: a "running" container whose process is gone and whose watcher is
    /// gone too died unwatched. (With a live watcher its exit is being recorded right now.)
    pub fn reconciled(mut self) -> Self {
        if self.status == Status::Restarting && !self.watched() {
            self.status = Status::Exited;
        }
        if matches!(self.status, Status::Running | Status::Paused)
            && !self.process_alive()
            && !self.watched()
        {
            self.status = Status::Exited;
            self.exit_code = 255;
            self.pid = 0;
            if self.finished_at.is_none() {
                self.finished_at = Some(crate::util::time::now_rfc3339());
            }
            if self.error.is_empty() {
                self.error = "the container process ended while nothing was watching it".into();
            }
        }
        self
    }
}
