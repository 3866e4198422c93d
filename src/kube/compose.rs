//! A compose project as Kubernetes objects: each service a Deployment (its replicas from
//! `deploy.replicas`), a Service for the ports others reach it on (named as the service,
//! so the names compose's services use resolve the same way), PersistentVolumeClaims for
//! named volumes, ConfigMaps and Secrets for compose's configs and secrets (mounted where
//! compose mounts them), and `depends_on` kept: as an annotation, and as an init
//! container that waits for the dependency's port where compose waits for it to be
//! healthy. A service's container is described by the `run` options compose makes of it
//! (`CreateOptions`, parsed by `run`'s parser in the CLI), seen as the container record it
//! would become, so that `kube generate` of a container and of a service are one mapping.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::generate::{self, Group, Shape, dns_label};
use crate::engine::EngineError;
use crate::engine::container::create::CreateOptions;
use crate::engine::records::ContainerConfig;

/// A config's or secret's content for one service.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceFile {
    /// `configs` or `secrets`.
    pub kind: String,
    /// The top-level name.
    pub source: String,
    pub target: String,
    pub content: Vec<u8>,
}

/// One service, as the CLI found it.
#[derive(Clone, Debug)]
pub struct ComposeService {
    pub name: String,
    pub options: CreateOptions,
    pub replicas: u32,
    /// `depends_on`: (service, condition).
    pub depends_on: Vec<(String, String)>,
    pub files: Vec<ServiceFile>,
    /// Container ports others reach it on: `ports`', `expose`'s and the image's EXPOSE,
    /// with their protocol.
    pub ports: Vec<(u16, String)>,
}

/// The annotation `depends_on` is kept in.
pub const DEPENDS_ON: &str = "skiff.io/depends-on";

/// The container record a service's options describe (what `generate` reads).
pub fn container_of(s: &ComposeService) -> Result<ContainerConfig, EngineError> {
    let o = &s.options;
    let r = &o.request;
    let caps = crate::spec::capabilities(r)?;
    let mut mounts = Vec::new();
    for v in &o.volumes {
        mounts.extend(volume_record(v));
    }
    for m in &o.mounts {
        mounts.extend(mount_record(m));
    }
    for t in &o.tmpfs {
        let dst = t.split(':').next().unwrap_or(t);
        mounts.push(json!({"Type": "tmpfs", "Source": "", "Destination": dst, "RW": true}));
    }
    // a config's or secret's file is mounted from its own object instead
    mounts.retain(|m| {
        !s.files
            .iter()
            .any(|f| m["Destination"].as_str() == Some(f.target.as_str()))
    });
    let labels: BTreeMap<&String, &String> = o
        .labels
        .iter()
        .filter(|(k, _)| !k.starts_with("com.docker.compose."))
        .collect();
    let v = json!({
        "id": "0".repeat(64), "name": s.name, "created": "", "image": o.image,
        "image_id": format!("sha256:{}", "0".repeat(64)),
        "spec": {
            "process": {
                "args": [], "cwd": r.workdir.clone().unwrap_or_default(),
                "user": r.user.clone().unwrap_or_default(), "capabilities": caps,
                "terminal": r.tty, "open_stdin": r.interactive,
                "no_new_privileges": r.no_new_privileges,
            },
            "root": {"lower": [], "upper": "", "work": "", "mountpoint": "", "readonly": r.read_only},
            "linux": {
                "network": if o.network.mode == "host" { "host" } else { "" },
                "resources": r.resources, "privileged": r.privileged, "sysctl": r.sysctls,
            },
        },
        "path": "", "args": [], "env": r.env, "entrypoint": r.entrypoint, "cmd": r.command,
        "labels": labels, "restart_policy": o.restart_policy,
        "net": {
            "ports": o.network.net.ports, "dns": o.network.net.dns,
            "dns_search": o.network.net.dns_search, "dns_options": o.network.net.dns_options,
            "extra_hosts": o.network.net.extra_hosts,
        },
        "mounts": mounts,
        "healthcheck": o.health.apply(None),
        "stop_signal": o.stop_signal,
    });
    serde_json::from_value(v).map_err(|e| EngineError::Other(format!("service {}: {e}", s.name)))
}

/// `-v SRC:DST[:ro]` / `-v NAME:DST` as a mount record (anonymous volumes have no claim).
fn volume_record(spec: &str) -> Option<Value> {
    let parts: Vec<&str> = spec.split(':').collect();
    let (src, dst, opts) = match parts.as_slice() {
        [src, dst] => (*src, *dst, ""),
        [src, dst, opts] => (*src, *dst, *opts),
        _ => return None,
    };
    let ro = opts.split(',').any(|o| o == "ro" || o == "readonly");
    Some(if src.starts_with('/') {
        json!({"Type": "bind", "Source": src, "Destination": dst, "RW": !ro})
    } else {
        json!({"Type": "volume", "Name": src, "Source": "", "Destination": dst, "RW": !ro})
    })
}

/// `--mount type=…,source=…,target=…[,readonly]` as a mount record.
fn mount_record(spec: &str) -> Option<Value> {
    let mut kind = "volume";
    let (mut src, mut dst, mut ro) = ("", "", false);
    for field in spec.split(',') {
        match field.split_once('=').unwrap_or((field, "")) {
            ("type", v) => kind = v,
            ("source" | "src", v) => src = v,
            ("target" | "destination" | "dst", v) => dst = v,
            ("readonly" | "ro", v) => ro = v.is_empty() || v == "true" || v == "1",
            _ => {}
        }
    }
    match kind {
        "bind" => Some(json!({"Type": "bind", "Source": src, "Destination": dst, "RW": !ro})),
        "volume" if !src.is_empty() => Some(
            json!({"Type": "volume", "Name": src, "Source": "", "Destination": dst, "RW": !ro}),
        ),
        "tmpfs" => Some(json!({"Type": "tmpfs", "Source": "", "Destination": dst, "RW": true})),
        _ => None,
    }
}

/// A ConfigMap's or Secret's key for a compose config or secret.
fn key_of(source: &str) -> String {
    let k: String = source
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-._".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect();
    if k.is_empty() || k == "." || k == ".." {
        "content".into()
    } else {
        k
    }
}

/// The objects of a project's services, and the warnings.
pub fn objects(services: &[ComposeService]) -> Result<(Vec<Value>, Vec<String>), EngineError> {
    let mut out = Vec::new();
    let mut claims: BTreeMap<String, Value> = BTreeMap::new();
    let mut stores: BTreeMap<(String, String), Value> = BTreeMap::new();
    let mut warnings = Vec::new();
    for s in services {
        let c = container_of(s)?;
        for m in c.mounts.iter().filter(|m| m.kind == "volume") {
            claims
                .entry(dns_label(&m.name))
                .or_insert_with(|| generate::claim(&m.name, &BTreeMap::new()));
        }
        let group = Group {
            name: s.name.clone(),
            pod: None,
            containers: vec![&c],
            infra: None,
            image_env: Default::default(),
        };
        let shape = Shape {
            kind: "deployment".into(),
            replicas: Some(s.replicas),
            service: false,
        };
        let (mut objs, w) = generate::objects(&group, &shape);
        warnings.extend(w);
        let Some(deployment) = objs.first_mut() else {
            continue;
        };
        let name = dns_label(&s.name);
        let pod = &mut deployment["spec"]["template"]["spec"];
        // configs and secrets: one object each, mounted file by file
        for f in &s.files {
            let (kind, field, key_name) = if f.kind == "secrets" {
                ("Secret", "secret", "secretName")
            } else {
                ("ConfigMap", "configMap", "name")
            };
            let obj_name = dns_label(&f.source);
            let key = key_of(&f.source);
            let data = match std::str::from_utf8(&f.content) {
                Ok(t) if kind == "ConfigMap" => json!({"data": {&key: t}}),
                _ => {
                    use base64::Engine as _;
                    let b = base64::engine::general_purpose::STANDARD.encode(&f.content);
                    let section = if kind == "Secret" {
                        "data"
                    } else {
                        "binaryData"
                    };
                    json!({ section: {&key: b} })
                }
            };
            let mut o = json!({"apiVersion": "v1", "kind": kind, "metadata": {"name": obj_name}});
            if let (Some(m), Some(d)) = (o.as_object_mut(), data.as_object()) {
                m.extend(d.clone());
            }
            stores.insert((kind.to_string(), obj_name.clone()), o);
            let volume = format!("{}-{}", field.to_lowercase(), obj_name);
            let volume = dns_label(&volume);
            let vols = pod["volumes"].as_array().cloned().unwrap_or_default();
            if !vols.iter().any(|v| v["name"] == volume.as_str()) {
                let mut vols = vols;
                vols.push(json!({"name": volume, field: {key_name: obj_name}}));
                pod["volumes"] = Value::Array(vols);
            }
            if let Some(mounts) = pod["containers"][0].as_object_mut() {
                let list = mounts
                    .entry("volumeMounts")
                    .or_insert_with(|| Value::Array(Vec::new()));
                if let Some(l) = list.as_array_mut() {
                    l.push(json!({"name": volume, "mountPath": f.target, "subPath": key, "readOnly": true}));
                }
            }
        }
        // depends_on: kept as an annotation; a health-gated one waits for the port
        if !s.depends_on.is_empty() {
            let names: Vec<&str> = s.depends_on.iter().map(|(n, _)| n.as_str()).collect();
            deployment["metadata"]["annotations"][DEPENDS_ON] = names.join(",").into();
            let mut init = Vec::new();
            for (dep, cond) in &s.depends_on {
                if cond != "service_healthy" {
                    continue;
                }
                let port = services
                    .iter()
                    .find(|x| x.name == *dep)
                    .and_then(|x| x.ports.first());
                let Some((port, _)) = port else {
                    warnings.push(format!(
                        "service {}: depends on {dep} being healthy, but {dep} has no port to wait for: kept as an annotation only",
                        s.name
                    ));
                    continue;
                };
                let host = dns_label(dep);
                init.push(json!({
                    "name": dns_label(&format!("wait-for-{dep}")),
                    "image": s.options.image,
                    "command": ["sh", "-c", format!("until nc -w 1 {host} {port} </dev/null; do sleep 1; done")],
                }));
            }
            if !init.is_empty() {
                deployment["spec"]["template"]["spec"]["initContainers"] = Value::Array(init);
            }
        }
        out.append(&mut objs);
        if !s.ports.is_empty() {
            let ports: Vec<Value> = s
                .ports
                .iter()
                .map(|(p, proto)| {
                    json!({"name": format!("{proto}-{p}"), "port": p, "targetPort": p, "protocol": proto.to_uppercase()})
                })
                .collect();
            out.push(json!({
                "apiVersion": "v1", "kind": "Service",
                "metadata": {"name": name, "labels": {"app": name}},
                "spec": {"selector": {"app": name}, "ports": ports},
            }));
        }
    }
    let mut all: Vec<Value> = claims.into_values().collect();
    all.extend(stores.into_values());
    all.extend(out);
    Ok((all, warnings))
}

#[cfg(test)]
mod tests;
