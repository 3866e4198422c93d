//! L3: the way out to Kubernetes. `kube generate`: what runs here — containers, pods,
//! volumes — as Kubernetes YAML a cluster accepts (`generate`, plain data → objects);
//! `kube play`/`kube down`: Kubernetes YAML run here (`play`, YAML → a plan → the engine).

pub mod compose;
pub mod generate;
pub mod play;

use std::collections::BTreeMap;

use serde_json::Value;

use crate::engine::records::ContainerConfig;
use crate::engine::{Engine, EngineError};
pub use generate::Shape;

/// `kube generate NAME…`: each a pod, a container or a volume (in that order of lookup).
/// Returns the objects (a volume's claim first, then each group's) and the warnings.
pub fn generate_for(
    engine: &Engine,
    names: &[String],
    shape: &Shape,
) -> Result<(Vec<Value>, Vec<String>), EngineError> {
    if !matches!(
        shape.kind.as_str(),
        "" | "pod" | "deployment" | "daemonset" | "job"
    ) {
        return Err(EngineError::Invalid(format!(
            "invalid --type {:?}: use pod, deployment, daemonset or job",
            shape.kind
        )));
    }
    if shape.replicas.is_some() && shape.kind != "deployment" {
        return Err(EngineError::Invalid(
            "--replicas is for --type deployment".into(),
        ));
    }
    let mut objects = Vec::new();
    let mut warnings = Vec::new();
    for n in names {
        let pod = match engine.pod(n) {
            Ok(p) => Some(p),
            Err(EngineError::NoSuchPod(_)) => None,
            Err(e) => return Err(e),
        };
        if let Some(pod) = pod {
            let members = engine.pod_containers(&pod)?;
            let infra = members.iter().find(|(c, _)| c.infra).map(|(c, _)| c);
            let group = generate::Group {
                name: pod.name.clone(),
                pod: Some(&pod),
                containers: members
                    .iter()
                    .filter(|(c, _)| !c.infra)
                    .map(|(c, _)| c)
                    .collect(),
                infra,
                image_env: image_env(engine, &members.iter().map(|(c, _)| c).collect::<Vec<_>>()),
            };
            if group.containers.is_empty() {
                return Err(EngineError::Invalid(format!(
                    "pod {} has no containers to generate",
                    pod.name
                )));
            }
            let (o, w) = generate::objects(&group, shape);
            objects.splice(0..0, stores(engine, &group.containers)?);
            objects.extend(o);
            warnings.extend(w);
        } else if let Ok(id) = engine.container_id(n) {
            let (c, _) = engine.load_container(&id)?;
            if c.infra {
                return Err(EngineError::Invalid(format!(
                    "{} is a pod's infra container: generate the pod",
                    c.name
                )));
            }
            let group = generate::Group {
                name: c.name.clone(),
                pod: None,
                containers: vec![&c],
                infra: None,
                image_env: image_env(engine, &[&c]),
            };
            let (o, w) = generate::objects(&group, shape);
            objects.extend(o);
            warnings.extend(w);
        } else if let Some(v) = engine.volume(n)? {
            objects.insert(0, generate::claim(&v.name, &v.labels));
        } else {
            return Err(EngineError::Invalid(format!(
                "{n}: no such pod, container or volume"
            )));
        }
    }
    Ok((objects, warnings))
}

/// Each image's own environment (`Config.Env`), by image name; images no longer in the
/// store are left out.
fn image_env(engine: &Engine, containers: &[&ContainerConfig]) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for c in containers {
        // each image read once, however many containers run it
        if out.contains_key(&c.image) {
            continue;
        }
        let Ok(doc) = engine.inspect_image(&c.image_id.to_string()) else {
            continue;
        };
        let env = doc
            .pointer("/Config/Env")
            .and_then(|e| e.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|e| e.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        out.insert(c.image.clone(), env);
    }
    out
}

/// The ConfigMaps and Secrets the directories of a pod kube play made came from, with the
/// files they hold now (a key per file).
fn stores(engine: &Engine, containers: &[&ContainerConfig]) -> Result<Vec<Value>, EngineError> {
    use base64::Engine as _;
    let mut out: Vec<Value> = Vec::new();
    for c in containers {
        for r in c.mounts.iter().filter(|r| r.kind == "bind") {
            let Some((kind, name)) =
                generate::pod_dir_origin(c, &r.source).and_then(|o| o.split_once('/'))
            else {
                continue;
            };
            let kind = if kind == "secret" {
                "Secret"
            } else {
                "ConfigMap"
            };
            if out
                .iter()
                .any(|o| o["kind"] == kind && o["metadata"]["name"] == name)
            {
                continue;
            }
            let mut data = serde_json::Map::new();
            let mut binary = serde_json::Map::new();
            for f in engine.pod_dir_files(&r.source)? {
                let key = f.path.replace('/', "-");
                match String::from_utf8(f.data) {
                    Ok(t) if kind == "ConfigMap" => {
                        data.insert(key, t.into());
                    }
                    Ok(t) => {
                        data.insert(
                            key,
                            base64::engine::general_purpose::STANDARD.encode(t).into(),
                        );
                    }
                    Err(e) => {
                        let b = base64::engine::general_purpose::STANDARD.encode(e.as_bytes());
                        if kind == "Secret" {
                            data.insert(key, b.into());
                        } else {
                            binary.insert(key, b.into());
                        }
                    }
                }
            }
            let mut o = serde_json::json!({"apiVersion": "v1", "kind": kind, "metadata": {"name": name}, "data": data});
            if !binary.is_empty() {
                o["binaryData"] = Value::Object(binary);
            }
            out.push(o);
        }
    }
    Ok(out)
}

/// Objects as a YAML stream (`---` between documents).
pub fn to_yaml(objects: &[Value]) -> Result<String, EngineError> {
    let mut out = String::new();
    for (i, o) in objects.iter().enumerate() {
        if i > 0 {
            out.push_str("---\n");
        }
        let text = serde_saphyr::to_string(o)
            .map_err(|e| EngineError::Other(format!("writing YAML: {e}")))?;
        out.push_str(&text);
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    Ok(out)
}
