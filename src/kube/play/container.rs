//! One Kubernetes container as `run` flags: env (values, ConfigMap and Secret keys, the
//! pod's own fields, `$(VAR)` references), ports, resources, security context, probes as
//! health checks, volume mounts, restart policy, pull policy.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::volumes::{PodVolumes, VolumeKind, mount};
use super::{ContainerPlan, PlayError, PodContext, flag, invalid};
use crate::kube::generate::text;

/// A Kubernetes quantity (`128Mi`, `1G`, `500m`, `0.5`, `1e3`) as a number.
pub fn quantity(v: &Value) -> Result<f64, String> {
    let s = text(v);
    let bad = || format!("invalid quantity {s:?}");
    let split = s
        .find(|c: char| c.is_ascii_alphabetic() && c != 'e' && c != 'E')
        .unwrap_or(s.len());
    let (num, suffix) = s.split_at(split);
    let n: f64 = num.trim().parse().map_err(|_| bad())?;
    let factor = match suffix {
        "" => 1.0,
        "m" => 1e-3,
        "k" => 1e3,
        "M" => 1e6,
        "G" => 1e9,
        "T" => 1e12,
        "P" => 1e15,
        "Ki" => 1024.0,
        "Mi" => 1024f64.powi(2),
        "Gi" => 1024f64.powi(3),
        "Ti" => 1024f64.powi(4),
        "Pi" => 1024f64.powi(5),
        _ => return Err(bad()),
    };
    let q = n * factor;
    if q.is_finite() && q >= 0.0 {
        Ok(q)
    } else {
        Err(bad())
    }
}

/// The number of a container port named `name` in the pod.
pub(crate) fn named_port(spec: &Map<String, Value>, name: &str) -> Option<u64> {
    spec.get("containers")?
        .as_array()?
        .iter()
        .flat_map(|c| c["ports"].as_array().into_iter().flatten())
        .find(|p| p["name"].as_str() == Some(name))
        .and_then(|p| p["containerPort"].as_u64())
}

/// `$(VAR)` replaced by an earlier variable's value; `$$(` is a literal `$(`.
fn expand(s: &str, env: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        if let Some(a) = after.strip_prefix("$(") {
            out.push_str("$(");
            rest = a;
        } else if let Some(a) = after.strip_prefix('(')
            && let Some(end) = a.find(')')
            && let Some(v) = env.get(&a[..end])
        {
            out.push_str(v);
            rest = &a[end + 1..];
        } else {
            out.push('$');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().map(text).collect())
        .unwrap_or_default()
}

/// The container's environment, in order.
fn environment(
    ctx: &PodContext<'_>,
    what: &str,
    c: &Value,
    warn: &mut Vec<String>,
) -> Result<Vec<(String, String)>, PlayError> {
    let mut env: Vec<(String, String)> = Vec::new();
    let mut known = BTreeMap::new();
    type Found = Option<Vec<(String, Vec<u8>)>>;
    let lookup = |kind: &str, source: &Value, key: Option<&str>| -> Result<Found, PlayError> {
        let name = source["name"].as_str().unwrap_or("");
        let map = if kind == "ConfigMap" {
            ctx.objects.configmaps.get(name)
        } else {
            ctx.objects.secrets.get(name)
        };
        let optional = source["optional"] == Value::Bool(true);
        match (map, key) {
            (None, _) if optional => Ok(None),
            (None, _) => Err(invalid(what, format!("{kind} {name:?} is not in the YAML"))),
            (Some(m), Some(k)) => match m.get(k) {
                Some(b) => Ok(Some(vec![(k.to_string(), b.clone())])),
                None if optional => Ok(None),
                None => Err(invalid(what, format!("{kind} {name:?} has no key {k:?}"))),
            },
            (Some(m), None) => Ok(Some(
                m.iter().map(|(k, b)| (k.clone(), b.clone())).collect(),
            )),
        }
    };
    for from in c["envFrom"].as_array().into_iter().flatten() {
        let prefix = from["prefix"].as_str().unwrap_or("");
        let (kind, source) = match (from.get("configMapRef"), from.get("secretRef")) {
            (Some(s), _) => ("ConfigMap", s),
            (_, Some(s)) => ("Secret", s),
            _ => continue,
        };
        for (k, b) in lookup(kind, source, None)?.unwrap_or_default() {
            env.push((
                format!("{prefix}{k}"),
                String::from_utf8_lossy(&b).into_owned(),
            ));
        }
    }
    for e in c["env"].as_array().into_iter().flatten() {
        let name = e["name"].as_str().unwrap_or("").to_string();
        if name.is_empty() || name.contains('=') {
            return Err(invalid(what, format!("invalid env name {name:?}")));
        }
        let value = if let Some(v) = e.get("value") {
            Some(expand(&text(v), &known))
        } else if let Some(from) = e.get("valueFrom") {
            if let Some(r) = from.get("configMapKeyRef") {
                lookup("ConfigMap", r, r["key"].as_str())?
                    .map(|v| String::from_utf8_lossy(&v[0].1).into_owned())
            } else if let Some(r) = from.get("secretKeyRef") {
                lookup("Secret", r, r["key"].as_str())?
                    .map(|v| String::from_utf8_lossy(&v[0].1).into_owned())
            } else if let Some(f) = from.pointer("/fieldRef/fieldPath").and_then(Value::as_str) {
                match f {
                    "metadata.name" => Some(ctx.name.to_string()),
                    "metadata.namespace" => Some("default".into()),
                    "spec.nodeName" => Some(ctx.node.to_string()),
                    _ => {
                        warn.push(format!(
                            "{what}: env {name} from {f} is not known here: left out"
                        ));
                        None
                    }
                }
            } else {
                warn.push(format!(
                    "{what}: env {name}: this valueFrom is not supported: left out"
                ));
                None
            }
        } else {
            Some(String::new())
        };
        if let Some(v) = value {
            known.insert(name.clone(), v.clone());
            env.retain(|(k, _)| *k != name);
            env.push((name, v));
        }
    }
    Ok(env)
}

/// A probe as health-check flags (and an exec probe's test).
fn probe(
    what: &str,
    p: &Value,
    spec: &Map<String, Value>,
    liveness: bool,
    flags: &mut Vec<String>,
) -> Result<Option<Vec<String>>, PlayError> {
    let port_of = |v: &Value| -> Result<u64, PlayError> {
        match v {
            Value::Number(n) => n
                .as_u64()
                .ok_or_else(|| invalid(what, "invalid probe port")),
            Value::String(s) => s
                .parse()
                .ok()
                .or_else(|| named_port(spec, s))
                .ok_or_else(|| invalid(what, format!("probe port {s:?} names no container port"))),
            _ => Err(invalid(what, "a probe needs a port")),
        }
    };
    let mut test = None;
    if let Some(cmd) = p.pointer("/exec/command") {
        let mut t = vec!["CMD".to_string()];
        t.extend(strings(cmd));
        test = Some(t);
    } else if let Some(h) = p.get("httpGet") {
        let port = port_of(&h["port"])?;
        let host = h["host"].as_str().unwrap_or("localhost");
        let path = h["path"].as_str().unwrap_or("/");
        let scheme = h["scheme"].as_str().unwrap_or("HTTP").to_lowercase();
        let url = format!("{scheme}://{host}:{port}{path}");
        if url.contains(['\'', '\n']) {
            return Err(invalid(what, "a probe's URL has a quote or a newline"));
        }
        flag(
            flags,
            "health-cmd",
            format!("wget -q -O /dev/null '{url}' || curl -fs -o /dev/null '{url}'"),
        );
    } else if let Some(t) = p.get("tcpSocket") {
        let port = port_of(&t["port"])?;
        let host = t["host"].as_str().unwrap_or("localhost");
        if host.contains(|c: char| !(c.is_ascii_alphanumeric() || ".-:".contains(c))) {
            return Err(invalid(what, format!("invalid probe host {host:?}")));
        }
        flag(
            flags,
            "health-cmd",
            format!("nc -w 1 {host} {port} </dev/null"),
        );
    } else {
        return Err(invalid(what, "a probe needs exec, httpGet or tcpSocket"));
    }
    let secs = |k: &str, default: u64| p[k].as_u64().unwrap_or(default);
    flag(
        flags,
        "health-interval",
        format!("{}s", secs("periodSeconds", 10).max(1)),
    );
    flag(
        flags,
        "health-timeout",
        format!("{}s", secs("timeoutSeconds", 1).max(1)),
    );
    flag(flags, "health-retries", secs("failureThreshold", 3).max(1));
    let delay = secs("initialDelaySeconds", 0);
    if delay > 0 {
        flag(flags, "health-start-period", format!("{delay}s"));
    }
    if liveness {
        // a failing liveness probe ends the container; its restart policy decides the rest
        flag(flags, "health-on-failure", "kill");
    }
    Ok(test)
}

fn security(
    ctx: &PodContext<'_>,
    what: &str,
    pod_sc: &Value,
    sc: &Value,
    flags: &mut Vec<String>,
    warn: &mut Vec<String>,
) -> Result<(), PlayError> {
    let get = |k: &str| {
        sc.get(k)
            .filter(|v| !v.is_null())
            .or(pod_sc.get(k).filter(|v| !v.is_null()))
    };
    let uid = get("runAsUser").and_then(Value::as_u64);
    let gid = get("runAsGroup").and_then(Value::as_u64);
    match (uid, gid) {
        (Some(u), Some(g)) => flag(flags, "user", format!("{u}:{g}")),
        (Some(u), None) => flag(flags, "user", u),
        (None, Some(g)) => warn.push(format!(
            "{what}: runAsGroup {g} without runAsUser: left out"
        )),
        _ => {}
    }
    for g in pod_sc["supplementalGroups"]
        .as_array()
        .into_iter()
        .flatten()
    {
        flag(flags, "group-add", text(g));
    }
    if sc["privileged"] == Value::Bool(true) {
        flags.push("--privileged".into());
    }
    if sc["readOnlyRootFilesystem"] == Value::Bool(true) {
        flags.push("--read-only".into());
    }
    if sc["allowPrivilegeEscalation"] == Value::Bool(false) {
        flag(flags, "security-opt", "no-new-privileges");
    }
    for c in sc
        .pointer("/capabilities/add")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        flag(flags, "cap-add", text(c));
    }
    for c in sc
        .pointer("/capabilities/drop")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        flag(flags, "cap-drop", text(c));
    }
    let seccomp = get("seccompProfile");
    match seccomp.and_then(|s| s["type"].as_str()) {
        Some("Unconfined") => flag(flags, "security-opt", "seccomp=unconfined"),
        Some("Localhost") => {
            // a file beneath --seccomp-profile-root, never outside it
            let rel = seccomp
                .and_then(|s| s["localhostProfile"].as_str())
                .unwrap_or("");
            super::volumes::check_relative("localhostProfile", rel)
                .map_err(|m| invalid(what, m))?;
            if rel.contains(',') {
                return Err(invalid(
                    what,
                    format!("localhostProfile {rel:?} has a comma"),
                ));
            }
            flag(
                flags,
                "security-opt",
                format!("seccomp={}", ctx.seccomp_root.join(rel).display()),
            );
        }
        _ => {}
    }
    for k in [
        "seLinuxOptions",
        "appArmorProfile",
        "procMount",
        "windowsOptions",
    ] {
        if get(k).is_some() {
            warn.push(format!(
                "{what}: securityContext.{k} has no equivalent here: left out"
            ));
        }
    }
    Ok(())
}

fn resources(what: &str, r: &Value, flags: &mut Vec<String>) -> Result<(), PlayError> {
    let q = |p: &str| -> Result<Option<f64>, PlayError> {
        r.pointer(p)
            .map(quantity)
            .transpose()
            .map_err(|m| invalid(what, m))
    };
    if let Some(m) = q("/limits/memory")? {
        flag(flags, "memory", m as u64);
    }
    if let Some(c) = q("/limits/cpu")? {
        flag(flags, "cpus", format!("{c:.3}"));
    }
    if let Some(m) = q("/requests/memory")? {
        flag(flags, "memory-reservation", m as u64);
    }
    if let Some(c) = q("/requests/cpu")? {
        flag(flags, "cpu-shares", ((c * 1024.0) as u64).max(2));
    }
    Ok(())
}

/// One container of the pod; its plan and the ports it publishes (`hostPort`).
pub(crate) fn container(
    ctx: &PodContext<'_>,
    spec: &Map<String, Value>,
    c: &Value,
    init: bool,
    volumes: &PodVolumes,
    warn: &mut Vec<String>,
) -> Result<(ContainerPlan, Vec<String>), PlayError> {
    let cname = c["name"].as_str().unwrap_or("");
    let what = format!("pod {} container {cname:?}", ctx.name);
    if cname.is_empty()
        || !cname
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
    {
        return Err(invalid(&what, "a container's name must be a DNS label"));
    }
    let image = c["image"]
        .as_str()
        .filter(|i| !i.is_empty())
        .ok_or_else(|| invalid(&what, "image is required"))?;
    let mut flags = Vec::new();
    flag(&mut flags, "name", format!("{}-{cname}", ctx.name));
    if init {
        flag(&mut flags, "init-ctr", "always");
    } else {
        let policy = spec.get("restartPolicy").and_then(Value::as_str);
        let restart = match (ctx.kind, policy) {
            (_, Some("OnFailure")) => "on-failure",
            (_, Some("Never")) | ("Job", _) => "no",
            _ => "always",
        };
        flag(&mut flags, "restart", restart);
    }
    if let Some(t) = spec
        .get("terminationGracePeriodSeconds")
        .and_then(Value::as_u64)
    {
        flag(&mut flags, "stop-timeout", t);
    }
    let env = environment(ctx, &what, c, warn)?;
    let known: BTreeMap<String, String> = env.iter().cloned().collect();
    for (k, v) in &env {
        flag(&mut flags, "env", format!("{k}={v}"));
    }
    if let Some(w) = c["workingDir"].as_str() {
        flag(&mut flags, "workdir", w);
    }
    if c["tty"] == Value::Bool(true) {
        flags.push("--tty".into());
    }
    if c["stdin"] == Value::Bool(true) {
        flags.push("--interactive".into());
    }
    match c["imagePullPolicy"].as_str() {
        Some("Always") => flag(&mut flags, "pull", "always"),
        Some("Never") => flag(&mut flags, "pull", "never"),
        Some("IfNotPresent") | None => flag(&mut flags, "pull", "missing"),
        Some(p) => return Err(invalid(&what, format!("invalid imagePullPolicy {p:?}"))),
    }
    let mut published = Vec::new();
    for p in c["ports"].as_array().into_iter().flatten() {
        let Some(port) = p["containerPort"].as_u64() else {
            return Err(invalid(&what, "a port needs containerPort"));
        };
        if let Some(h) = p["hostPort"].as_u64() {
            let proto = p["protocol"].as_str().unwrap_or("TCP").to_lowercase();
            let ip = p["hostIP"].as_str().map_or(String::new(), |ip| {
                if ip.contains(':') {
                    format!("[{ip}]:")
                } else {
                    format!("{ip}:")
                }
            });
            published.push(format!("{ip}{h}:{port}/{proto}"));
        }
    }
    if let Some(r) = c.get("resources") {
        resources(&what, r, &mut flags)?;
    }
    let pod_sc = spec.get("securityContext").cloned().unwrap_or(Value::Null);
    security(
        ctx,
        &what,
        &pod_sc,
        c.get("securityContext").unwrap_or(&Value::Null),
        &mut flags,
        warn,
    )?;
    let mut health_test = None;
    match (c.get("livenessProbe"), c.get("readinessProbe")) {
        (Some(p), ready) => {
            health_test = probe(&what, p, spec, true, &mut flags)?;
            if ready.is_some() {
                warn.push(format!(
                    "{what}: readinessProbe beside a livenessProbe: left out"
                ));
            }
        }
        (None, Some(p)) => health_test = probe(&what, p, spec, false, &mut flags)?,
        (None, None) => {}
    }
    for k in ["startupProbe", "lifecycle"] {
        if c.get(k).is_some() {
            warn.push(format!("{what}: {k} is not supported: left out"));
        }
    }
    let mut dir_mounts = Vec::new();
    let mut claim_subpaths = Vec::new();
    for m in c["volumeMounts"].as_array().into_iter().flatten() {
        let (f, d) = mount(&what, m, volumes)?;
        flags.extend(f);
        dir_mounts.extend(d);
        let sub = m["subPath"].as_str().unwrap_or("");
        if let (Some(VolumeKind::Claim { name, .. }), false) = (
            m["name"].as_str().and_then(|n| volumes.kinds.get(n)),
            sub.is_empty(),
        ) {
            claim_subpaths.push((name.clone(), sub.to_string()));
        }
    }
    let command: Vec<String> = strings(&c["args"])
        .iter()
        .map(|a| expand(a, &known))
        .collect();
    let entrypoint = c
        .get("command")
        .map(|v| strings(v).iter().map(|a| expand(a, &known)).collect());
    Ok((
        ContainerPlan {
            name: format!("{}-{cname}", ctx.name),
            image: image.to_string(),
            flags,
            command,
            entrypoint,
            health_test,
            dir_mounts,
            claim_subpaths,
        },
        published,
    ))
}
