//! `kube play`: Kubernetes YAML → a plan of what to make here, as plain data: the pods
//! (each with `pod create` flags), their containers (`run` flags, parsed later by `run`'s
//! own parser, so YAML and a command line mean the same container), the directories a
//! ConfigMap, a Secret or an emptyDir volume becomes, and the named volumes claims
//! become. `apply` carries a plan out through a `Backend` (the engine, in the CLI); `kube
//! down` removes what the same YAML made. Nothing here touches the machine.

mod apply;
mod container;
mod pod;
mod volumes;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde_json::Value;

pub use apply::{Backend, DownReport, Played, apply, down};
pub use container::quantity;
pub use volumes::VOLUME_ANNOTATION;

use crate::engine::pod::PodFile;

/// The label on everything `kube play` makes (pods, volumes, its network): what `kube
/// down` may remove.
pub const PLAY_LABEL: &str = "io.skiff.kube.play";
/// The network pods join when `--network` names none: a user network, so a Service's
/// name reaches the pods it selects.
pub const DEFAULT_NETWORK: &str = "kube";

/// How to play.
#[derive(Clone, Debug, Default)]
pub struct PlayOptions {
    /// `--network` (empty: `kube`, made when missing).
    pub networks: Vec<String>,
    /// `--publish`: more ports for the first pod, as `-p` takes them.
    pub publish: Vec<String>,
    /// `--start=false` leaves the containers created.
    pub start: bool,
    /// `--replace`: pods of the same names are removed first.
    pub replace: bool,
    /// `--build`: true always, false never, None when the image is missing.
    pub build: Option<bool>,
    /// This machine's name (`spec.nodeName`).
    pub node: String,
    /// `--seccomp-profile-root`: where a Localhost seccomp profile is found.
    pub seccomp_root: std::path::PathBuf,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PlayError {
    #[error("{0}")]
    Yaml(String),
    #[error("{what}: {message}")]
    Invalid { what: String, message: String },
    #[error("{0}")]
    Apply(String),
}

pub(crate) fn invalid(what: impl Into<String>, message: impl Into<String>) -> PlayError {
    PlayError::Invalid {
        what: what.into(),
        message: message.into(),
    }
}

/// What `kube play` makes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// The networks pods join (none with hostNetwork); `kube` is made when missing.
    pub networks: Vec<String>,
    /// PersistentVolumeClaims: named volumes, made when missing.
    pub claims: Vec<String>,
    pub pods: Vec<PodPlan>,
    /// Settings with no equivalent here, named.
    pub warnings: Vec<String>,
}

/// One pod.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PodPlan {
    pub name: String,
    /// `pod create` flags.
    pub flags: Vec<String>,
    /// Its directories (ConfigMap, Secret, emptyDir volumes).
    pub dirs: Vec<PodDir>,
    /// Init containers first, in order, then the others.
    pub containers: Vec<ContainerPlan>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PodDir {
    pub volume: String,
    pub files: Vec<PodFile>,
    /// The directory's own mode (0755 for ConfigMaps and Secrets, 0777 for emptyDir).
    pub mode: u32,
}

/// One container: `run` flags (without `--pod` and the pod directories' mounts).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContainerPlan {
    pub name: String,
    pub image: String,
    pub flags: Vec<String>,
    /// After the image (`args`).
    pub command: Vec<String>,
    /// `command` (replaces the image's entrypoint, and its CMD with it).
    pub entrypoint: Option<Vec<String>>,
    /// An exec probe's command as `["CMD", …]`.
    pub health_test: Option<Vec<String>>,
    /// Pod directories it mounts.
    pub dir_mounts: Vec<DirMount>,
    /// (claim, subPath) it mounts: made in the volume when missing, as the kubelet does.
    pub claim_subpaths: Vec<(String, String)>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DirMount {
    pub volume: String,
    pub target: String,
    pub subpath: String,
    pub readonly: bool,
}

/// The documents of a YAML stream (`---` between them; `kind: List` items unfolded).
pub fn documents(text: &str) -> Result<Vec<Value>, PlayError> {
    let mut options = serde_saphyr::Options::default();
    options.alias_limits.max_total_replayed_events = 100_000;
    options.strict_booleans = true;
    let docs: Vec<Value> =
        serde_saphyr::from_str_multiple_with_options(text, options).map_err(|e| {
            PlayError::Yaml(format!(
                "invalid YAML: {}",
                e.to_string().lines().next().unwrap_or("")
            ))
        })?;
    let mut out = Vec::new();
    for d in docs {
        match d {
            Value::Null => {}
            Value::Object(_) if d["kind"] == "List" => {
                out.extend(d["items"].as_array().cloned().unwrap_or_default())
            }
            Value::Object(_) => out.push(d),
            _ => return Err(PlayError::Yaml("a document is not a mapping".into())),
        }
    }
    Ok(out)
}

/// The objects of a stream, by kind.
#[derive(Debug, Default)]
pub(crate) struct Objects {
    pub configmaps: BTreeMap<String, BTreeMap<String, Vec<u8>>>,
    pub secrets: BTreeMap<String, BTreeMap<String, Vec<u8>>>,
    pub claims: Vec<String>,
    pub services: Vec<Value>,
    pub workloads: Vec<Value>,
}

fn name_of(d: &Value) -> Result<String, PlayError> {
    let kind = d["kind"].as_str().unwrap_or("?");
    let name = d
        .pointer("/metadata/name")
        .and_then(Value::as_str)
        .ok_or_else(|| invalid(kind, "metadata.name is required"))?;
    if !crate::kube::generate::is_dns_subdomain(name) {
        return Err(invalid(
            format!("{kind} {name:?}"),
            "metadata.name must be a DNS subdomain (lower case letters, digits, '-', '.')",
        ));
    }
    Ok(name.to_string())
}

/// A ConfigMap's or Secret's keys and bytes (`data` base64 for a Secret and in
/// `binaryData`; `stringData` as it is).
fn key_data(d: &Value, secret: bool) -> Result<BTreeMap<String, Vec<u8>>, PlayError> {
    use base64::Engine as _;
    let what = format!(
        "{} {}",
        d["kind"].as_str().unwrap_or("?"),
        d.pointer("/metadata/name")
            .and_then(Value::as_str)
            .unwrap_or("?")
    );
    let mut out = BTreeMap::new();
    let sections: &[(&str, bool)] = if secret {
        &[("data", true), ("stringData", false)]
    } else {
        &[("data", false), ("binaryData", true)]
    };
    for (section, base64) in sections {
        let Some(map) = d.get(*section).and_then(Value::as_object) else {
            continue;
        };
        for (k, v) in map {
            volumes::check_key(k).map_err(|m| invalid(&what, m))?;
            let text = match v {
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                Value::Bool(b) => b.to_string(),
                _ => return Err(invalid(&what, format!("{section}.{k} is not a string"))),
            };
            let bytes = if *base64 {
                base64::engine::general_purpose::STANDARD
                    .decode(text.trim())
                    .map_err(|e| invalid(&what, format!("{section}.{k}: not base64: {e}")))?
            } else {
                text.into_bytes()
            };
            out.insert(k.clone(), bytes);
        }
    }
    Ok(out)
}

/// Sorts a stream's documents; unknown kinds are errors.
pub(crate) fn objects(docs: &[Value]) -> Result<(Objects, Vec<String>), PlayError> {
    let mut o = Objects::default();
    let mut warnings = Vec::new();
    for d in docs {
        let kind = d["kind"].as_str().unwrap_or("");
        match kind {
            "ConfigMap" => {
                o.configmaps.insert(name_of(d)?, key_data(d, false)?);
            }
            "Secret" => {
                o.secrets.insert(name_of(d)?, key_data(d, true)?);
            }
            "PersistentVolumeClaim" => o.claims.push(name_of(d)?),
            "Service" => {
                name_of(d)?;
                o.services.push(d.clone())
            }
            "Pod" | "Deployment" | "DaemonSet" | "Job" => {
                name_of(d)?;
                o.workloads.push(d.clone())
            }
            "Namespace" | "ServiceAccount" | "NetworkPolicy" | "Ingress" => {
                warnings.push(format!("a {kind} has no meaning here: left out"))
            }
            "" => return Err(invalid("a document", "it has no kind")),
            other => {
                return Err(invalid(
                    format!("kind {other:?}"),
                    "not supported (Pod, Deployment, DaemonSet, Job, Service, ConfigMap, Secret, PersistentVolumeClaim)",
                ));
            }
        }
    }
    Ok((o, warnings))
}

/// A workload's pods: (pod name, the pod template's metadata and spec).
fn pods_of(w: &Value) -> Result<Vec<(String, Value)>, PlayError> {
    let name = name_of(w)?;
    let kind = w["kind"].as_str().unwrap_or("");
    if kind == "Pod" {
        return Ok(vec![(name, w.clone())]);
    }
    let template = w
        .pointer("/spec/template")
        .cloned()
        .ok_or_else(|| invalid(format!("{kind} {name}"), "spec.template is required"))?;
    Ok(match kind {
        "Deployment" => {
            let n = w
                .pointer("/spec/replicas")
                .and_then(Value::as_u64)
                .unwrap_or(1);
            (0..n)
                .map(|i| (format!("{name}-pod-{i}"), template.clone()))
                .collect()
        }
        _ => vec![(format!("{name}-pod"), template)],
    })
}

/// What `kube play` of a stream makes and `kube down` removes: the pods' names and the
/// claims (declared ones and those only the pod templates name — play makes both).
pub fn down_targets(docs: &[Value]) -> Result<(Vec<String>, Vec<String>), PlayError> {
    let (o, _) = objects(docs)?;
    let mut pods = Vec::new();
    let mut claims = o.claims.clone();
    for w in &o.workloads {
        for (name, template) in pods_of(w)? {
            pods.push(name);
            add_claims(&mut claims, &template);
        }
    }
    Ok((pods, claims))
}

/// Adds the claims a pod template mounts to `claims` (once each).
fn add_claims(claims: &mut Vec<String>, template: &Value) {
    for c in pod_claims(template) {
        if !claims.contains(&c) {
            claims.push(c);
        }
    }
}

/// The plan for `docs`.
pub fn plan(docs: &[Value], options: &PlayOptions) -> Result<Plan, PlayError> {
    let (o, mut warnings) = objects(docs)?;
    let networks = if options.networks.is_empty() {
        vec![DEFAULT_NETWORK.to_string()]
    } else {
        options.networks.clone()
    };
    let mut plan = Plan {
        networks: Vec::new(),
        claims: o.claims.clone(),
        pods: Vec::new(),
        warnings: Vec::new(),
    };
    let mut first = true;
    for w in &o.workloads {
        let kind = w["kind"].as_str().unwrap_or("Pod");
        for (i, (name, template)) in pods_of(w)?.into_iter().enumerate() {
            let ctx = PodContext {
                name: &name,
                kind,
                objects: &o,
                networks: &networks,
                first_replica: i == 0,
                publish: if first { &options.publish } else { &[] },
                node: &options.node,
                seccomp_root: &options.seccomp_root,
            };
            let pod = pod::pod(&ctx, &template, &mut warnings)?;
            if !pod.flags.iter().any(|f| f == "--network=host") {
                for n in &networks {
                    if !plan.networks.contains(n) {
                        plan.networks.push(n.clone());
                    }
                }
            }
            add_claims(&mut plan.claims, &template);
            plan.pods.push(pod);
            first = false;
        }
    }
    if plan.pods.is_empty() {
        return Err(invalid(
            "the YAML",
            "it has no Pod, Deployment, DaemonSet or Job",
        ));
    }
    warnings.dedup();
    plan.warnings = warnings;
    Ok(plan)
}

/// What one pod's plan is made from.
pub(crate) struct PodContext<'a> {
    pub name: &'a str,
    pub kind: &'a str,
    pub objects: &'a Objects,
    pub networks: &'a [String],
    pub first_replica: bool,
    pub publish: &'a [String],
    pub node: &'a str,
    pub seccomp_root: &'a std::path::Path,
}

/// The claims a pod template mounts (made when missing, as a cluster would bind them).
fn pod_claims(template: &Value) -> Vec<String> {
    template
        .pointer("/spec/volumes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| v.pointer("/persistentVolumeClaim/claimName"))
        .filter_map(Value::as_str)
        .map(str::to_string)
        .collect()
}

fn flag(out: &mut Vec<String>, name: &str, value: impl std::fmt::Display) {
    out.push(format!("--{name}={value}"));
}
