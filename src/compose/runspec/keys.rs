//! The service keys: the ones skiff reads, the ones of the specification it does not
//! implement (a warning), and anything else (an error).

use serde_json::Value;

use super::super::service::{ServiceError, error};

/// Service keys skiff reads.
const KEYS: &[&str] = &[
    "image",
    "build",
    "command",
    "entrypoint",
    "environment",
    "env_file",
    "ports",
    "expose",
    "volumes",
    "volumes_from",
    "networks",
    "network_mode",
    "depends_on",
    "healthcheck",
    "restart",
    "deploy",
    "scale",
    "labels",
    "container_name",
    "hostname",
    "domainname",
    "user",
    "working_dir",
    "init",
    "tty",
    "stdin_open",
    "stop_signal",
    "stop_grace_period",
    "privileged",
    "read_only",
    "cap_add",
    "cap_drop",
    "devices",
    "dns",
    "dns_search",
    "dns_opt",
    "extra_hosts",
    "sysctls",
    "ulimits",
    "shm_size",
    "security_opt",
    "tmpfs",
    "logging",
    "mem_limit",
    "memswap_limit",
    "mem_reservation",
    "cpus",
    "cpu_shares",
    "cpu_period",
    "cpu_quota",
    "cpuset",
    "pids_limit",
    "links",
    "pull_policy",
    "platform",
    "cgroup_parent",
    "userns_mode",
    "profiles",
    "blkio_config",
    "extends",
    "develop",
    "attach",
    "secrets",
    "configs",
    "pid",
    "ipc",
];

/// Service keys of the specification skiff does not implement: warned about, ignored.
const IGNORED: &[&str] = &[
    "annotations",
    "cgroup",
    "cpu_count",
    "cpu_percent",
    "cpu_rt_period",
    "cpu_rt_runtime",
    "credential_spec",
    "device_cgroup_rules",
    "external_links",
    "gpus",
    "group_add",
    "isolation",
    "label_file",
    "mac_address",
    "mem_swappiness",
    "oom_kill_disable",
    "oom_score_adj",
    "post_start",
    "pre_stop",
    "runtime",
    "storage_opt",
    "uts",
    "volume_driver",
];

/// The keys of `service` that skiff ignores, or an error for one compose does not know.
pub fn check_keys(spec: &Value, service: &str) -> Result<Vec<String>, ServiceError> {
    let Some(m) = spec.as_object() else {
        return Err(error(service, "", "a service must be a mapping"));
    };
    let mut ignored = Vec::new();
    for k in m.keys() {
        if KEYS.contains(&k.as_str()) || k.starts_with("x-") {
            continue;
        }
        if IGNORED.contains(&k.as_str()) {
            ignored.push(k.clone());
            continue;
        }
        return Err(error(
            service,
            k,
            "not a service key of the compose specification",
        ));
    }
    Ok(ignored)
}
