//! What runs, as Kubernetes objects (core/v1, apps/v1, batch/v1): plain data in (container
//! records, a pod's record), JSON values out, and a warning for every setting Kubernetes
//! has no field for. The CLI prints them as YAML.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use crate::engine::pod::Pod;
use crate::engine::records::ContainerConfig;
use fields::{network_fields, probe, resources, restart_policy, security_context};

/// What to make of a pod or container.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shape {
    /// pod (default), deployment, daemonset, job.
    pub kind: String,
    /// Deployment replicas.
    pub replicas: Option<u32>,
    /// A Service for the published ports.
    pub service: bool,
}

/// One group of containers: a pod of skiff's, or a container alone.
pub struct Group<'a> {
    pub name: String,
    pub pod: Option<&'a Pod>,
    /// The containers (not the infra container), in the order they were made.
    pub containers: Vec<&'a ContainerConfig>,
    /// The infra container, whose network settings are the pod's.
    pub infra: Option<&'a ContainerConfig>,
    /// Each image's own environment (by the containers' image names): left out of `env`.
    pub image_env: BTreeMap<String, Vec<String>>,
}

/// The objects for `group`, and the warnings.
pub fn objects(group: &Group<'_>, shape: &Shape) -> (Vec<Value>, Vec<String>) {
    let mut warn = Vec::new();
    let name = dns_label(&group.name);
    let net_of = group.infra.or(group.containers.first().copied());
    let mut volumes: BTreeMap<String, Value> = BTreeMap::new();
    let mut init = Vec::new();
    let mut main = Vec::new();
    // the pod's published ports go on its first container that is not an init container
    let first_main = group
        .containers
        .iter()
        .position(|c| c.init_ctr.is_empty())
        .unwrap_or(0);
    for (n, c) in group.containers.iter().enumerate() {
        let ports_of = if n == first_main { net_of } else { None };
        let pod_name = group.pod.map(|p| p.name.as_str());
        let spec = container(c, group, pod_name, ports_of, &mut volumes, &mut warn);
        if c.init_ctr.is_empty() {
            main.push(spec);
        } else {
            init.push(spec);
        }
    }
    let mut pod_spec = Map::new();
    pod_spec.insert("containers".into(), Value::Array(main));
    if !init.is_empty() {
        pod_spec.insert("initContainers".into(), Value::Array(init));
    }
    if !volumes.is_empty() {
        pod_spec.insert(
            "volumes".into(),
            Value::Array(volumes.into_values().collect()),
        );
    }
    let restart = restart_policy(
        group.containers.get(first_main).copied(),
        &shape.kind,
        &mut warn,
    );
    pod_spec.insert("restartPolicy".into(), restart.into());
    if let Some(p) = group
        .pod
        .filter(|p| p.shares("uts") && !p.hostname.is_empty() && p.hostname != p.name)
    {
        pod_spec.insert("hostname".into(), dns_label(&p.hostname).into());
    }
    if let Some(c) = net_of {
        network_fields(c, &mut pod_spec, &mut warn);
        let sysctls: Vec<Value> = c
            .spec
            .linux
            .sysctl
            .iter()
            .map(|(k, v)| json!({"name": k, "value": v}))
            .collect();
        if !sysctls.is_empty() {
            pod_spec.insert("securityContext".into(), json!({ "sysctls": sysctls }));
        }
    }
    if group.pod.is_some_and(|p| p.shares("pid")) {
        pod_spec.insert("shareProcessNamespace".into(), true.into());
    }
    let (labels, annotations) = metadata(group, &name, &mut warn);
    let meta = |extra_labels: bool| {
        let mut m = json!({"name": name, "labels": labels});
        if extra_labels && !annotations.is_empty() {
            m["annotations"] = json!(annotations);
        }
        m
    };
    let template = json!({"metadata": {"labels": labels}, "spec": pod_spec});
    let main_object = match shape.kind.as_str() {
        "deployment" => json!({
            "apiVersion": "apps/v1", "kind": "Deployment", "metadata": meta(true),
            "spec": {"replicas": shape.replicas.unwrap_or(1), "selector": {"matchLabels": {"app": name}}, "template": template},
        }),
        "daemonset" => json!({
            "apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": meta(true),
            "spec": {"selector": {"matchLabels": {"app": name}}, "template": template},
        }),
        "job" => json!({
            "apiVersion": "batch/v1", "kind": "Job", "metadata": meta(true),
            "spec": {"template": template},
        }),
        _ => json!({"apiVersion": "v1", "kind": "Pod", "metadata": meta(true), "spec": pod_spec}),
    };
    let mut out = vec![main_object];
    if shape.service {
        let ports: Vec<Value> = net_of
            .map(|c| {
                c.net
                    .ports
                    .iter()
                    .map(|p| {
                        let port = p.host_ports.map_or(p.container_port, |h| h.0);
                        json!({
                            "name": format!("{}-{}", p.proto.as_str(), p.container_port),
                            "port": port,
                            "targetPort": p.container_port,
                            "protocol": p.proto.as_str().to_uppercase(),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        if ports.is_empty() {
            warn.push(format!("{name}: no published ports, so no Service"));
        } else {
            out.push(json!({
                "apiVersion": "v1", "kind": "Service", "metadata": {"name": name, "labels": {"app": name}},
                "spec": {"selector": {"app": name}, "ports": ports},
            }));
        }
    }
    (out, warn)
}

/// A PersistentVolumeClaim for a named volume.
pub fn claim(name: &str, labels: &BTreeMap<String, String>) -> Value {
    let labels: BTreeMap<&String, &String> = labels
        .iter()
        .filter(|(k, v)| label_key(k) && label_value(v))
        .collect();
    json!({
        "apiVersion": "v1", "kind": "PersistentVolumeClaim",
        "metadata": {"name": dns_label(name), "labels": labels},
        "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "1Gi"}}},
    })
}

fn container(
    c: &ContainerConfig,
    group: &Group<'_>,
    pod_name: Option<&str>,
    ports_of: Option<&ContainerConfig>,
    volumes: &mut BTreeMap<String, Value>,
    warn: &mut Vec<String>,
) -> Value {
    let mut m = Map::new();
    // a pod's container POD-NAME (as kube play and podman name them) is NAME in the pod
    let name = c
        .pod
        .as_ref()
        .and(pod_name)
        .and_then(|p| c.name.strip_prefix(&format!("{p}-")))
        .unwrap_or(&c.name);
    m.insert("name".into(), dns_label(name).into());
    m.insert("image".into(), c.image.clone().into());
    if let Some(e) = c.entrypoint.as_ref().filter(|e| !e.is_empty()) {
        m.insert("command".into(), json!(e));
    }
    if !c.cmd.is_empty() {
        m.insert("args".into(), json!(c.cmd));
    }
    let env: Vec<Value> = c
        .env
        .iter()
        .filter_map(|e| e.split_once('='))
        .filter(|(k, _)| !matches!(*k, "HOSTNAME" | "container"))
        // what the image sets itself stays with the image
        .filter(|(k, v)| {
            !group
                .image_env
                .get(&c.image)
                .is_some_and(|env| env.iter().any(|e| *e == format!("{k}={v}")))
        })
        .map(|(k, v)| json!({"name": k, "value": v}))
        .collect();
    if !env.is_empty() {
        m.insert("env".into(), Value::Array(env));
    }
    let cwd = &c.spec.process.cwd;
    if !cwd.is_empty() && cwd != "/" {
        m.insert("workingDir".into(), cwd.clone().into());
    }
    if let Some(p) = ports_of {
        let ports: Vec<Value> = p
            .net
            .ports
            .iter()
            .map(|port| {
                let mut v = json!({"containerPort": port.container_port, "protocol": port.proto.as_str().to_uppercase()});
                if let Some((h, _)) = port.host_ports {
                    v["hostPort"] = h.into();
                }
                if let Some(ip) = port.host_ip {
                    v["hostIP"] = ip.to_string().into();
                }
                v
            })
            .collect();
        if !ports.is_empty() {
            m.insert("ports".into(), Value::Array(ports));
        }
    }
    if let Some(r) = resources(c) {
        m.insert("resources".into(), r);
    }
    let sc = security_context(c);
    if !sc.is_empty() {
        m.insert("securityContext".into(), Value::Object(sc));
    }
    if let Some(h) = &c.healthcheck
        && let Some(probe) = probe(h)
    {
        m.insert("livenessProbe".into(), probe);
    }
    let mut mounts = Vec::new();
    for r in &c.mounts {
        let (vol_name, volume) = match r.kind.as_str() {
            "volume" => {
                let n = dns_label(&r.name);
                (
                    n.clone(),
                    json!({"name": n, "persistentVolumeClaim": {"claimName": n}}),
                )
            }
            "bind" if pod_dir_origin(c, &r.source).is_some() => {
                // a directory kube play made for a ConfigMap, a Secret or an emptyDir
                let vol = r
                    .source
                    .file_name()
                    .map(|v| v.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let v = match pod_dir_origin(c, &r.source).and_then(|o| o.split_once('/')) {
                    Some(("configMap", n)) => json!({"name": vol, "configMap": {"name": n}}),
                    Some(("secret", n)) => json!({"name": vol, "secret": {"secretName": n}}),
                    _ => json!({"name": vol, "emptyDir": {}}),
                };
                (vol, v)
            }
            "bind" => {
                let n = dns_label(&format!("host{}", r.source.display()));
                let kind = if r.source.is_dir() {
                    "Directory"
                } else {
                    "File"
                };
                (
                    n.clone(),
                    json!({"name": n, "hostPath": {"path": r.source, "type": kind}}),
                )
            }
            "tmpfs" => {
                let n = dns_label(&format!("tmp{}", r.destination));
                (
                    n.clone(),
                    json!({"name": n, "emptyDir": {"medium": "Memory"}}),
                )
            }
            other => {
                warn.push(format!(
                    "{}: a {other} mount at {} has no Kubernetes volume",
                    c.name, r.destination
                ));
                continue;
            }
        };
        volumes.entry(vol_name.clone()).or_insert(volume);
        let mut vm = json!({"name": vol_name, "mountPath": r.destination});
        // a part of the volume (`--mount …,subpath=`)
        if let Some(sub) = c.spec.mounts.iter().find(|m| {
            m.destination == r.destination && m.root.as_deref() == Some(r.source.as_path())
        }) {
            vm["subPath"] = sub.source.display().to_string().into();
        }
        if !r.rw {
            vm["readOnly"] = true.into();
        }
        mounts.push(vm);
    }
    if !mounts.is_empty() {
        m.insert("volumeMounts".into(), Value::Array(mounts));
    }
    if c.spec.process.terminal {
        m.insert("tty".into(), true.into());
    }
    if c.spec.process.open_stdin {
        m.insert("stdin".into(), true.into());
    }
    for (what, has) in [
        ("devices (--device)", !c.spec.linux.devices.is_empty()),
        ("ulimits (--ulimit)", !c.spec.process.rlimits.is_empty()),
        ("a --cgroup-parent", !c.spec.linux.cgroups_path.is_empty()),
        ("links (--link)", !c.net.links.is_empty()),
        ("a stop signal (--stop-signal)", c.stop_signal.is_some()),
    ] {
        if has {
            warn.push(format!(
                "{}: {what} has no Kubernetes equivalent: left out",
                c.name
            ));
        }
    }
    Value::Object(m)
}

/// What a directory of a pod (`pods/dirs/POD/VOLUME`, made by kube play) was made from:
/// `configMap/NAME`, `secret/NAME` or `emptyDir`, as the container's annotation says.
pub fn pod_dir_origin<'a>(c: &'a ContainerConfig, source: &std::path::Path) -> Option<&'a str> {
    let parent = source.parent()?.parent()?;
    if !parent.ends_with("pods/dirs") {
        return None;
    }
    let vol = source.file_name()?.to_string_lossy();
    c.annotations
        .get(&format!("{}{vol}", crate::kube::play::VOLUME_ANNOTATION))
        .map(String::as_str)
}

fn metadata(
    group: &Group<'_>,
    name: &str,
    warn: &mut Vec<String>,
) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
    let mut labels = BTreeMap::from([("app".to_string(), name.to_string())]);
    let mut annotations = BTreeMap::new();
    let given: BTreeMap<String, String> = match group.pod {
        Some(p) => p
            .labels
            .iter()
            .filter(|(k, _)| !k.starts_with("io.skiff."))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        None => group
            .containers
            .first()
            .map(|c| {
                c.labels
                    .iter()
                    // the image's own labels stay with the image
                    .filter(|(k, _)| {
                        !k.starts_with("org.opencontainers.") && !k.starts_with("io.skiff.")
                    })
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .unwrap_or_default(),
    };
    for (k, v) in given {
        if label_key(&k) && label_value(&v) {
            labels.insert(k, v);
        } else if label_key(&k) {
            annotations.insert(k, v);
        } else {
            warn.push(format!(
                "label {k:?} is not a valid Kubernetes label or annotation key: left out"
            ));
        }
    }
    (labels, annotations)
}

/// A DNS-1123 label: lower case letters, digits and `-`, at most 63, alphanumeric ends.
pub fn dns_label(s: &str) -> String {
    let mut out: String = s
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    out.truncate(63);
    let out = out.trim_matches('-').to_string();
    if out.is_empty() { "x".into() } else { out }
}

/// A DNS-1123 subdomain: labels of lower case letters, digits and `-` joined by `.`, at
/// most 253 characters.
pub fn is_dns_subdomain(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 253
        && s.split('.').all(|l| {
            !l.is_empty()
                && l.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !l.starts_with('-')
                && !l.ends_with('-')
        })
}

/// A scalar from YAML as text (`8080` and `true` as written; other values empty).
pub fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => String::new(),
    }
}

/// A label key: an optional DNS-subdomain prefix and `/`, then a name of at most 63
/// characters of `[A-Za-z0-9._-]` with alphanumeric ends.
fn label_key(k: &str) -> bool {
    let (prefix, name) = match k.rsplit_once('/') {
        Some((p, n)) => (Some(p), n),
        None => (None, k),
    };
    prefix.is_none_or(|p| {
        !p.is_empty()
            && p.len() <= 253
            && p.split('.').all(|l| {
                !l.is_empty()
                    && l.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
    }) && !name.is_empty()
        && label_value(name)
}

/// A label value: empty, or at most 63 characters of `[A-Za-z0-9._-]`, alphanumeric ends.
fn label_value(v: &str) -> bool {
    v.is_empty()
        || (v.len() <= 63
            && v.chars()
                .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c))
            && v.starts_with(|c: char| c.is_ascii_alphanumeric())
            && v.ends_with(|c: char| c.is_ascii_alphanumeric()))
}

mod fields;
#[cfg(test)]
mod tests;
