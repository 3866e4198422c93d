//! The executor of `kube play`'s plan, and `kube down`. Each call of the `Backend` is one
//! engine operation (the engine in the CLI; a recording fake in the tests). A play that
//! fails part way removes what it made before it returns the error.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::{ContainerPlan, DEFAULT_NETWORK, Plan, PlayError, PlayOptions, PodDir};

/// What the executor needs done.
pub trait Backend {
    /// Makes network `name` (marked as `kube play`'s) unless it exists; true when made.
    fn network(&mut self, name: &str) -> Result<bool, String>;
    /// Makes volume `name` (marked as `kube play`'s) unless it exists; true when made.
    fn volume(&mut self, name: &str) -> Result<bool, String>;
    /// Makes directory `sub` in volume `name` when it is missing.
    fn volume_subdir(&mut self, name: &str, sub: &str) -> Result<(), String>;
    /// Builds `image` from a directory named like it beside the YAML, if there is one
    /// (`always`: even when the image exists); true when built.
    fn build(&mut self, image: &str, always: bool) -> Result<bool, String>;
    /// Makes a pod from `pod create` flags; its ID.
    fn create_pod(&mut self, flags: &[String]) -> Result<String, String>;
    /// Makes directory `dir` of pod `pod` with its files; its host path.
    fn pod_dir(&mut self, pod: &str, dir: &PodDir) -> Result<PathBuf, String>;
    /// Makes a container from its plan (its flags already name the pod); its ID.
    fn create_container(&mut self, c: &ContainerPlan) -> Result<String, String>;
    fn start_pod(&mut self, pod: &str) -> Result<(), String>;
    /// Removes pod `name` that `kube play` made (its containers stopped first); its ID, or
    /// None when there is no such pod.
    fn remove_pod(&mut self, name: &str) -> Result<Option<String>, String>;
    /// Removes volume `name` if `kube play` made it; true when removed.
    fn remove_volume(&mut self, name: &str) -> Result<bool, String>;
    /// Removes network `name` if `kube play` made it and nothing uses it; true when removed.
    fn remove_network(&mut self, name: &str) -> Result<bool, String>;
}

/// What a play made.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Played {
    /// (pod ID, its containers' IDs).
    pub pods: Vec<(String, Vec<String>)>,
    pub volumes: Vec<String>,
    pub networks: Vec<String>,
}

/// What `kube down` removed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DownReport {
    pub pods: Vec<String>,
    pub volumes: Vec<String>,
    pub networks: Vec<String>,
}

/// Carries out `plan`.
pub fn apply(plan: &Plan, options: &PlayOptions, b: &mut dyn Backend) -> Result<Played, PlayError> {
    let mut played = Played::default();
    let mut made_pods: Vec<String> = Vec::new();
    let result = run(plan, options, b, &mut played, &mut made_pods);
    if let Err(e) = result {
        // nothing half made stays
        for name in made_pods.iter().rev() {
            let _ = b.remove_pod(name);
        }
        for v in &played.volumes {
            let _ = b.remove_volume(v);
        }
        for n in &played.networks {
            let _ = b.remove_network(n);
        }
        return Err(e);
    }
    Ok(played)
}

fn run(
    plan: &Plan,
    options: &PlayOptions,
    b: &mut dyn Backend,
    played: &mut Played,
    made_pods: &mut Vec<String>,
) -> Result<(), PlayError> {
    let fail = |what: String| move |e: String| PlayError::Apply(format!("{what}: {e}"));
    for n in &plan.networks {
        if options.networks.is_empty()
            && n == DEFAULT_NETWORK
            && b.network(n).map_err(fail(format!("network {n}")))?
        {
            played.networks.push(n.clone());
        }
    }
    for v in &plan.claims {
        if b.volume(v).map_err(fail(format!("volume {v}")))? {
            played.volumes.push(v.clone());
        }
    }
    let mut built: Vec<&str> = Vec::new();
    for pod in &plan.pods {
        if options.replace {
            b.remove_pod(&pod.name)
                .map_err(fail(format!("removing pod {}", pod.name)))?;
        }
        if options.build != Some(false) {
            for c in &pod.containers {
                if !built.contains(&c.image.as_str()) {
                    b.build(&c.image, options.build == Some(true))
                        .map_err(fail(format!("building {}", c.image)))?;
                    built.push(&c.image);
                }
            }
        }
        let id = b
            .create_pod(&pod.flags)
            .map_err(fail(format!("pod {}", pod.name)))?;
        made_pods.push(pod.name.clone());
        let mut dirs: BTreeMap<&str, PathBuf> = BTreeMap::new();
        for d in &pod.dirs {
            let path = b
                .pod_dir(&id, d)
                .map_err(fail(format!("pod {} volume {}", pod.name, d.volume)))?;
            dirs.insert(&d.volume, path);
        }
        let mut ids = Vec::new();
        for c in &pod.containers {
            for (claim, sub) in &c.claim_subpaths {
                b.volume_subdir(claim, sub)
                    .map_err(fail(format!("volume {claim} subPath {sub}")))?;
            }
            let mut c = c.clone();
            c.flags.insert(0, format!("--pod={id}"));
            for m in &c.dir_mounts {
                let Some(path) = dirs.get(m.volume.as_str()) else {
                    return Err(PlayError::Apply(format!(
                        "container {}: no directory for volume {}",
                        c.name, m.volume
                    )));
                };
                let mut spec = format!(
                    "--mount=type=bind,source={},target={}",
                    path.display(),
                    m.target
                );
                if !m.subpath.is_empty() {
                    spec.push_str(&format!(",subpath={}", m.subpath));
                }
                if m.readonly {
                    spec.push_str(",readonly");
                }
                c.flags.push(spec);
            }
            let cid = b
                .create_container(&c)
                .map_err(fail(format!("container {}", c.name)))?;
            ids.push(cid);
        }
        if options.start {
            b.start_pod(&id)
                .map_err(fail(format!("starting pod {}", pod.name)))?;
        }
        played.pods.push((id, ids));
    }
    Ok(())
}

/// `kube down`: the pods the YAML names (when `kube play` made them), the claims' volumes
/// `kube play` made (with `force`), and its network once nothing uses it.
pub fn down(
    pods: &[String],
    claims: &[String],
    force: bool,
    b: &mut dyn Backend,
) -> Result<DownReport, PlayError> {
    let mut report = DownReport::default();
    for p in pods {
        if let Some(id) = b
            .remove_pod(p)
            .map_err(|e| PlayError::Apply(format!("removing pod {p}: {e}")))?
        {
            report.pods.push(id);
        }
    }
    if force {
        for v in claims {
            if b.remove_volume(v)
                .map_err(|e| PlayError::Apply(format!("removing volume {v}: {e}")))?
            {
                report.volumes.push(v.clone());
            }
        }
    }
    if b.remove_network(DEFAULT_NETWORK)
        .map_err(|e| PlayError::Apply(format!("removing network {DEFAULT_NETWORK}: {e}")))?
    {
        report.networks.push(DEFAULT_NETWORK.into());
    }
    Ok(report)
}
