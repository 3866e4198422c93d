//! L3: the way out to Kubernetes. `kube generate`: what runs here — containers, pods,
//! volumes — as Kubernetes YAML a cluster accepts (`generate`, plain data → objects);
//! `kube play`/`kube down`: Kubernetes YAML run here (`play`, YAML → a plan → the engine).

pub mod compose;
pub mod generate;
pub mod play;

use serde_json::Value;

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
            };
            if group.containers.is_empty() {
                return Err(EngineError::Invalid(format!(
                    "pod {} has no containers to generate",
                    pod.name
                )));
            }
            let (o, w) = generate::objects(&group, shape);
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
