//! The parts of a container's and a pod's spec `generate` fills from a container record:
//! resources, security context, probe, restart policy, DNS and hosts.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::engine::records::ContainerConfig;

pub(super) fn resources(c: &ContainerConfig) -> Option<Value> {
    let r = &c.spec.linux.resources;
    let mut limits = Map::new();
    let mut requests = Map::new();
    if let Some(mem) = r.memory.filter(|m| *m > 0) {
        limits.insert("memory".into(), mem.to_string().into());
    }
    if let (Some(q), Some(p)) = (
        r.cpu_quota.filter(|q| *q > 0),
        r.cpu_period.filter(|p| *p > 0),
    ) {
        limits.insert(
            "cpu".into(),
            format!("{}m", (q as u64 * 1000).div_ceil(p)).into(),
        );
    }
    if let Some(res) = r.memory_reservation.filter(|m| *m > 0) {
        requests.insert("memory".into(), res.to_string().into());
    }
    if let Some(shares) = r.cpu_shares.filter(|s| *s > 0 && *s != 1024) {
        requests.insert(
            "cpu".into(),
            format!("{}m", (shares * 1000 / 1024).max(1)).into(),
        );
    }
    if limits.is_empty() && requests.is_empty() {
        return None;
    }
    let mut v = Map::new();
    if !limits.is_empty() {
        v.insert("limits".into(), Value::Object(limits));
    }
    if !requests.is_empty() {
        v.insert("requests".into(), Value::Object(requests));
    }
    Some(Value::Object(v))
}

pub(super) fn security_context(c: &ContainerConfig) -> Map<String, Value> {
    let mut sc = Map::new();
    let p = &c.spec.process;
    if c.spec.linux.privileged {
        sc.insert("privileged".into(), true.into());
    } else {
        let default: Vec<&str> = crate::spec::defaults::CAPABILITIES.to_vec();
        let short = |s: &str| s.trim_start_matches("CAP_").to_string();
        let add: Vec<String> = p
            .capabilities
            .iter()
            .filter(|x| !default.contains(&x.as_str()))
            .map(|x| short(x))
            .collect();
        let drop: Vec<String> = default
            .iter()
            .filter(|d| !p.capabilities.iter().any(|x| x == *d))
            .map(|d| short(d))
            .collect();
        let mut caps = Map::new();
        if !add.is_empty() {
            caps.insert("add".into(), json!(add));
        }
        if !drop.is_empty() {
            caps.insert("drop".into(), json!(drop));
        }
        if !caps.is_empty() {
            sc.insert("capabilities".into(), Value::Object(caps));
        }
    }
    let (user, group) = p.user.split_once(':').unwrap_or((&p.user, ""));
    if let Ok(uid) = user.parse::<u32>() {
        sc.insert("runAsUser".into(), uid.into());
    }
    if let Ok(gid) = group.parse::<u32>() {
        sc.insert("runAsGroup".into(), gid.into());
    }
    if c.spec.root.readonly {
        sc.insert("readOnlyRootFilesystem".into(), true.into());
    }
    if p.no_new_privileges {
        sc.insert("allowPrivilegeEscalation".into(), false.into());
    }
    if matches!(
        c.spec.linux.seccomp,
        crate::oci::seccomp::Seccomp::Unconfined
    ) {
        sc.insert("seccompProfile".into(), json!({"type": "Unconfined"}));
    }
    sc
}

/// A health check as a liveness probe (durations in whole seconds, at least 1).
pub(super) fn probe(h: &crate::engine::records::HealthConfig) -> Option<Value> {
    let command: Vec<String> = match h.test.first().map(String::as_str) {
        Some("CMD") => h.test[1..].to_vec(),
        Some("CMD-SHELL") => vec!["/bin/sh".into(), "-c".into(), h.test[1..].join(" ")],
        _ => return None,
    };
    let secs = |ns: u64, default: u64| (if ns == 0 { default } else { ns / 1_000_000_000 }).max(1);
    let mut p = json!({
        "exec": {"command": command},
        "periodSeconds": secs(h.interval, 30),
        "timeoutSeconds": secs(h.timeout, 30),
        "failureThreshold": if h.retries == 0 { 3 } else { h.retries },
    });
    if h.start_period > 0 {
        p["initialDelaySeconds"] = secs(h.start_period, 0).into();
    }
    Some(p)
}

pub(super) fn restart_policy(
    c: Option<&ContainerConfig>,
    kind: &str,
    warn: &mut Vec<String>,
) -> &'static str {
    let name = c.map_or("no", |c| c.restart_policy.name.as_str());
    match (kind, name) {
        // a Job's pods may not restart always
        ("job", "always" | "unless-stopped" | "on-failure") => "OnFailure",
        ("job", _) => "Never",
        // a Deployment's or DaemonSet's pods always restart
        ("deployment" | "daemonset", _) => "Always",
        (_, "always" | "unless-stopped") => "Always",
        (_, "on-failure") => {
            if c.is_some_and(|c| c.restart_policy.maximum_retry_count > 0) {
                warn.push(
                    "on-failure:N: Kubernetes has no retry count: OnFailure without one".into(),
                );
            }
            "OnFailure"
        }
        _ => "Never",
    }
}

/// DNS servers, search domains and options, extra hosts; user networks have no
/// equivalent in one pod.
pub(super) fn network_fields(
    c: &ContainerConfig,
    spec: &mut Map<String, Value>,
    warn: &mut Vec<String>,
) {
    let n = &c.net;
    if !n.dns.is_empty() || !n.dns_search.is_empty() || !n.dns_options.is_empty() {
        let mut d = Map::new();
        if !n.dns.is_empty() {
            d.insert("nameservers".into(), json!(n.dns));
            spec.insert("dnsPolicy".into(), "None".into());
        }
        if !n.dns_search.is_empty() {
            d.insert("searches".into(), json!(n.dns_search));
        }
        if !n.dns_options.is_empty() {
            let opts: Vec<Value> = n
                .dns_options
                .iter()
                .map(|o| match o.split_once(':') {
                    Some((k, v)) => json!({"name": k, "value": v}),
                    None => json!({"name": o}),
                })
                .collect();
            d.insert("options".into(), Value::Array(opts));
        }
        spec.insert("dnsConfig".into(), Value::Object(d));
    }
    let mut aliases: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for h in &n.extra_hosts {
        if let Some((name, ip)) = h.split_once(':') {
            aliases
                .entry(ip.to_string())
                .or_default()
                .push(name.to_string());
        }
    }
    if !aliases.is_empty() {
        let v: Vec<Value> = aliases
            .into_iter()
            .map(|(ip, names)| json!({"ip": ip, "hostnames": names}))
            .collect();
        spec.insert("hostAliases".into(), Value::Array(v));
    }
    match c.spec.linux.network.as_str() {
        "host" => {
            spec.insert("hostNetwork".into(), true.into());
        }
        _ => {
            for e in n.networks.iter().filter(|e| {
                !matches!(
                    e.network.as_str(),
                    "bridge" | "skiff" | "podman" | crate::kube::play::DEFAULT_NETWORK
                )
            }) {
                warn.push(format!(
                    "{}: network {} has no Kubernetes equivalent (pods share the cluster's network): left out",
                    c.name, e.network
                ));
            }
        }
    }
}
