//! `build`'s container flags: what every RUN step's container gets (limits, ulimits,
//! capabilities, security options, devices, namespaces, hosts and DNS, bind mounts), read
//! with the same grammar and checks as `run`'s.

use anyhow::bail;
use clap::{ArgAction, Args};

use super::limits::LimitArgs;
use crate::build::run::StepSettings;
use crate::engine::records::NetConfig;
use crate::spec::Request;

#[derive(Debug, Args)]
pub struct BuildStepArgs {
    /// Add a line to RUN steps' /etc/hosts: NAME:IP
    #[arg(long, value_name = "NAME:IP")]
    add_host: Vec<String>,
    /// Do not write /etc/hosts for RUN steps (the image's stays)
    #[arg(long)]
    no_hosts: bool,
    /// DNS server for RUN steps
    #[arg(long, value_name = "IP")]
    dns: Vec<String>,
    /// DNS search domain for RUN steps
    #[arg(long, value_name = "DOMAIN")]
    dns_search: Vec<String>,
    /// resolv.conf option for RUN steps
    #[arg(long, visible_alias = "dns-opt", value_name = "OPTION")]
    dns_option: Vec<String>,
    /// Add Linux capabilities to RUN steps
    #[arg(long, value_name = "CAP")]
    cap_add: Vec<String>,
    /// Drop Linux capabilities from RUN steps
    #[arg(long, value_name = "CAP")]
    cap_drop: Vec<String>,
    /// For RUN steps: no-new-privileges, seccomp=unconfined|PROFILE.json
    #[arg(long, value_name = "OPT")]
    security_opt: Vec<String>,
    /// A host device for RUN steps: HOST[:CONTAINER[:rwm]]
    #[arg(long, value_name = "DEVICE")]
    device: Vec<String>,
    /// Ulimit of RUN steps: NAME=SOFT[:HARD]
    #[arg(long, value_name = "ULIMIT")]
    ulimit: Vec<String>,
    #[command(flatten)]
    limits: LimitArgs,
    /// Size of RUN steps' /dev/shm
    #[arg(long, value_name = "BYTES")]
    shm_size: Option<String>,
    /// Parent cgroup of RUN steps
    #[arg(long, value_name = "PATH")]
    cgroup_parent: Option<String>,
    /// Cgroup namespace of RUN steps: private (default) or host
    #[arg(long, value_name = "MODE")]
    cgroupns: Option<String>,
    /// IPC namespace of RUN steps: private (default), host, none
    #[arg(long, value_name = "MODE")]
    ipc: Option<String>,
    /// PID namespace of RUN steps: private (default) or host
    #[arg(long, value_name = "MODE")]
    pid: Option<String>,
    /// UTS namespace of RUN steps: private (default) or host
    #[arg(long, value_name = "MODE")]
    uts: Option<String>,
    /// User namespace of RUN steps (as run's --userns)
    #[arg(long, value_name = "MODE")]
    userns: Option<String>,
    /// RUN steps' uid map, CONTAINER_ID:HOST_ID:SIZE (as run's --uidmap)
    #[arg(long, value_name = "MAP")]
    userns_uid_map: Vec<String>,
    /// RUN steps' gid map, CONTAINER_ID:HOST_ID:SIZE (as run's --gidmap)
    #[arg(long, value_name = "MAP")]
    userns_gid_map: Vec<String>,
    /// Map RUN steps' uids to NAME's ranges in /etc/subuid
    #[arg(long, value_name = "NAME")]
    userns_uid_map_user: Option<String>,
    /// Map RUN steps' gids to NAME's ranges in /etc/subgid
    #[arg(long, value_name = "NAME")]
    userns_gid_map_group: Option<String>,
    /// Bind mount for RUN steps, HOST:CONTAINER[:ro] (not part of any layer)
    #[arg(short, long = "volume", value_name = "HOST:CONTAINER")]
    volume: Vec<String>,
    /// RUN steps read standard input
    #[arg(long)]
    stdin: bool,
    /// Remove a step's container once it succeeded (default true)
    #[arg(long, value_name = "BOOL", action = ArgAction::Set, num_args = 0..=1,
          require_equals = true, default_value_t = true, default_missing_value = "true")]
    rm: bool,
    /// Remove a step's container also when it failed (default true; false keeps it to look
    /// inside)
    #[arg(long, value_name = "BOOL", action = ArgAction::Set, num_args = 0..=1,
          require_equals = true, default_value_t = true, default_missing_value = "true")]
    force_rm: bool,
    /// Pass the builder's proxy variables (HTTP_PROXY, …) to RUN steps (default true)
    #[arg(long, value_name = "BOOL", action = ArgAction::Set, num_args = 0..=1,
          require_equals = true, default_value_t = true, default_missing_value = "true")]
    http_proxy: bool,
}

impl BuildStepArgs {
    /// What RUN steps' containers get, every value checked now.
    pub fn settings(&self) -> anyhow::Result<StepSettings> {
        super::netargs::check_dns_and_hosts(&self.dns, &self.add_host)?;
        let namespace = |flag: &str, v: &Option<String>| -> anyhow::Result<String> {
            Ok(match v.as_deref() {
                None | Some("" | "private") => String::new(),
                Some("host") => "host".into(),
                Some(m) => bail!("invalid --{flag} {m:?}: use host or private"),
            })
        };
        let (no_new_privileges, seccomp) = super::settings::security_opts(&self.security_opt)?;
        let (devices, cdi) = super::devices::devices(&self.device, &[])?;
        if let Some(c) = cdi.first() {
            bail!("--device {c}: CDI devices are not available to build steps");
        }
        let request = Request {
            cap_add: self.cap_add.clone(),
            cap_drop: self.cap_drop.clone(),
            no_new_privileges,
            seccomp,
            devices,
            ulimits: super::settings::ulimits(&self.ulimit)?,
            resources: self.limits.resources()?,
            shm_size: super::settings::shm_size(self.shm_size.as_deref())?,
            cgroup_parent: self.cgroup_parent.clone().unwrap_or_default(),
            cgroupns: namespace("cgroupns", &self.cgroupns)?,
            uts: namespace("uts", &self.uts)?,
            pid: super::extra::pid_mode(self.pid.as_deref())?,
            ipc: super::extra::ipc_mode(self.ipc.as_deref())?,
            userns: crate::config::idmap::UsernsRequest {
                mode: self.userns.clone().unwrap_or_default(),
                uidmap: self.userns_uid_map.clone(),
                gidmap: self.userns_gid_map.clone(),
                subuidname: self.userns_uid_map_user.clone(),
                subgidname: self.userns_gid_map_group.clone(),
            },
            ..Default::default()
        };
        crate::spec::capabilities(&request)?;
        Ok(StepSettings {
            request,
            net: NetConfig {
                dns: self.dns.clone(),
                dns_search: self.dns_search.clone(),
                dns_options: self.dns_option.clone(),
                extra_hosts: self.add_host.clone(),
                no_hosts: self.no_hosts,
                ..Default::default()
            },
            volumes: self.volume.clone(),
            stdin: self.stdin,
            keep: !self.rm,
            keep_failed: !self.force_rm,
            http_proxy: self.http_proxy,
        })
    }
}
