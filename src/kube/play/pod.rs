//! One pod of the plan: its `pod create` flags (labels, network and the Services that
//! select it as aliases, hostname, DNS, hosts, sysctls, namespaces shared, ports published
//! by its containers and its Services), its directories and its containers.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::{PLAY_LABEL, PlayError, PodContext, PodPlan, container, flag, invalid, volumes};

/// One pod: its flags, directories and containers.
pub(super) fn pod(
    ctx: &PodContext<'_>,
    template: &Value,
    warn: &mut Vec<String>,
) -> Result<PodPlan, PlayError> {
    let what = format!("pod {}", ctx.name);
    let empty = Map::new();
    let spec = template
        .get("spec")
        .and_then(Value::as_object)
        .ok_or_else(|| invalid(&what, "spec is required"))?;
    let meta = template
        .get("metadata")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let labels: BTreeMap<String, String> = meta
        .get("labels")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(k, v)| (k.clone(), crate::kube::generate::text(v)))
        .collect();
    let mut flags = Vec::new();
    flag(&mut flags, "name", ctx.name);
    flag(&mut flags, "label", format!("{PLAY_LABEL}={}", ctx.kind));
    for (k, v) in &labels {
        flag(&mut flags, "label", format!("{k}={v}"));
    }
    // podman's: a pod whose containers have all ended stops
    flag(&mut flags, "exit-policy", "stop");
    if spec.get("hostNetwork") == Some(&Value::Bool(true)) {
        flag(&mut flags, "network", "host");
    } else {
        for n in ctx.networks {
            flag(&mut flags, "network", n);
        }
        for alias in service_names(ctx, &labels) {
            flag(&mut flags, "network-alias", alias);
        }
    }
    if let Some(h) = spec.get("hostname").and_then(Value::as_str) {
        flag(&mut flags, "hostname", h);
    }
    if spec.get("shareProcessNamespace") == Some(&Value::Bool(true)) {
        flag(&mut flags, "share", "+pid");
    }
    if spec.get("hostPID") == Some(&Value::Bool(true)) {
        flag(&mut flags, "pid", "host");
    }
    if spec.get("hostIPC") == Some(&Value::Bool(true)) {
        warn.push(format!(
            "{what}: hostIPC is not supported for pods: left out"
        ));
    }
    for a in spec
        .get("hostAliases")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let ip = a["ip"].as_str().unwrap_or("");
        for h in a["hostnames"].as_array().into_iter().flatten() {
            flag(
                &mut flags,
                "add-host",
                format!("{}:{ip}", crate::kube::generate::text(h)),
            );
        }
    }
    if let Some(d) = spec.get("dnsConfig") {
        for s in d["nameservers"].as_array().into_iter().flatten() {
            flag(&mut flags, "dns", crate::kube::generate::text(s));
        }
        for s in d["searches"].as_array().into_iter().flatten() {
            flag(&mut flags, "dns-search", crate::kube::generate::text(s));
        }
        for o in d["options"].as_array().into_iter().flatten() {
            let name = o["name"].as_str().unwrap_or("");
            match o.get("value") {
                Some(v) => flag(
                    &mut flags,
                    "dns-option",
                    format!("{name}:{}", crate::kube::generate::text(v)),
                ),
                None => flag(&mut flags, "dns-option", name),
            }
        }
    }
    for s in spec
        .get("securityContext")
        .and_then(|s| s.get("sysctls"))
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let name = s["name"].as_str().unwrap_or("");
        flag(
            &mut flags,
            "sysctl",
            format!("{name}={}", crate::kube::generate::text(&s["value"])),
        );
    }
    if spec
        .get("containers")
        .and_then(Value::as_array)
        .is_none_or(Vec::is_empty)
    {
        return Err(invalid(&what, "it has no containers"));
    }
    let volumes = volumes::pod_volumes(ctx, spec)?;
    let mut containers = Vec::new();
    let mut ports = Vec::new();
    for (section, init) in [("initContainers", true), ("containers", false)] {
        for c in spec
            .get(section)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let (plan, published) = container::container(ctx, spec, c, init, &volumes, warn)?;
            ports.extend(published);
            containers.push(plan);
        }
    }
    ports.extend(service_ports(ctx, &labels, spec, warn));
    ports.extend(ctx.publish.iter().cloned());
    for p in ports {
        if ctx.first_replica {
            flag(&mut flags, "publish", p);
        } else {
            warn.push(format!(
                "{what}: port {p} is published by the first replica only"
            ));
        }
    }
    Ok(PodPlan {
        name: ctx.name.to_string(),
        flags,
        dirs: volumes.dirs,
        containers,
    })
}

/// Whether a Service's selector picks a pod with `labels`.
fn selects(svc: &Value, labels: &BTreeMap<String, String>) -> bool {
    let Some(sel) = svc.pointer("/spec/selector").and_then(Value::as_object) else {
        return false;
    };
    !sel.is_empty()
        && sel.iter().all(|(k, v)| {
            labels
                .get(k)
                .is_some_and(|l| *l == crate::kube::generate::text(v))
        })
}

fn service_names(ctx: &PodContext<'_>, labels: &BTreeMap<String, String>) -> Vec<String> {
    ctx.objects
        .services
        .iter()
        .filter(|s| selects(s, labels))
        .filter_map(|s| s.pointer("/metadata/name").and_then(Value::as_str))
        .map(str::to_string)
        .collect()
}

/// The host ports of the Services that pick the pod: a NodePort's `nodePort`, a
/// LoadBalancer's `port`, published to the pod's `targetPort`.
fn service_ports(
    ctx: &PodContext<'_>,
    labels: &BTreeMap<String, String>,
    spec: &Map<String, Value>,
    warn: &mut Vec<String>,
) -> Vec<String> {
    let mut out = Vec::new();
    for s in ctx.objects.services.iter().filter(|s| selects(s, labels)) {
        let sname = s
            .pointer("/metadata/name")
            .and_then(Value::as_str)
            .unwrap_or("");
        let kind = s
            .pointer("/spec/type")
            .and_then(Value::as_str)
            .unwrap_or("ClusterIP");
        for p in s
            .pointer("/spec/ports")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let port = p["port"].as_u64().unwrap_or(0);
            let target = match &p["targetPort"] {
                Value::Null => Some(port),
                Value::Number(n) => n.as_u64(),
                Value::String(name) => container::named_port(spec, name),
                _ => None,
            };
            let Some(target) = target.filter(|t| *t > 0) else {
                warn.push(format!(
                    "Service {sname}: a port's targetPort names no container port: left out"
                ));
                continue;
            };
            let proto = p["protocol"].as_str().unwrap_or("TCP").to_lowercase();
            let host = match kind {
                "NodePort" => p["nodePort"].as_u64(),
                "LoadBalancer" => Some(port),
                _ => None,
            };
            match host {
                Some(h) => out.push(format!("{h}:{target}/{proto}")),
                None if port != target => warn.push(format!(
                    "Service {sname}: port {port} is reached here on the pod's own port {target}"
                )),
                None => {}
            }
        }
    }
    out
}
