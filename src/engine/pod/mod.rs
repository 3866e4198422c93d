//! Pods (podman's): containers grouped around an infra container that holds the namespaces
//! they share (network, IPC, UTS, optionally PID) and a cgroup that holds them all. The
//! infra container's process is skiff's own pause code (no image to pull); every other
//! container of the pod joins its namespaces with `container:INFRA` modes and starts it
//! first (`requires`). A pod's state is that of its containers; `pods/<id>.json` holds what
//! it is (`state::pods`).

pub mod control;
mod dirs;
mod members;

pub use dirs::PodFile;

use std::collections::BTreeMap;

use crate::engine::container::create::CreateOptions;
use crate::engine::progress::PullProgress;
use crate::engine::{Engine, EngineError};
use crate::oci::runtime::Resources;
use crate::runtime::cgroups::{self, Hierarchy};
use crate::state::pods::{PodError, PodRecord, Pods};
use crate::state::{ContainerConfig, ContainerState, Status};
use crate::util::random::{hex_id, name_from};
use crate::util::time::now_rfc3339;

pub use crate::state::pods::PodRecord as Pod;

/// The namespaces a pod's containers share unless `--share` says otherwise.
pub const DEFAULT_SHARE: &[&str] = &["ipc", "net", "uts"];
/// What `--share` may name (`cgroup` is always shared: the pod's own cgroup).
const SHAREABLE: &[&str] = &["ipc", "net", "uts", "pid", "cgroup"];

/// `pod create`.
#[derive(Clone, Debug, Default)]
pub struct PodCreateOptions {
    pub name: Option<String>,
    pub labels: BTreeMap<String, String>,
    /// `--share` (None: the default set); `+ns` entries add to the default.
    pub share: Option<Vec<String>>,
    /// `--infra` (true unless `--infra=false`).
    pub infra: bool,
    pub infra_name: Option<String>,
    /// What the infra container gets: network, ports, hostname, DNS, hosts, sysctls …
    pub infra_options: CreateOptions,
    /// `--cgroup-parent`: where the pod's cgroup goes (empty: beneath skiff's own).
    pub cgroup_parent: String,
    /// `--share-parent=false`: containers do not go beneath the pod's cgroup.
    pub no_share_parent: bool,
    /// `--cpus`, `--memory` and the other limits of the pod's cgroup.
    pub resources: Resources,
    /// The same limits as given, for `inspect`.
    pub limits: BTreeMap<String, String>,
    /// `--exit-policy`: continue or stop.
    pub exit_policy: String,
    /// `--replace`: a pod with the name is removed first.
    pub replace: bool,
    pub create_command: Vec<String>,
}

/// A pod and its containers as they are now.
#[derive(Clone, Debug)]
pub struct PodRow {
    pub pod: PodRecord,
    /// Its containers (the infra container first), with their states.
    pub containers: Vec<(ContainerConfig, ContainerState)>,
}

impl PodRow {
    /// podman's pod status: Created, Running (all), Degraded (some running), Paused,
    /// Exited (all ended), Stopped (some ended, none running). Init containers, which
    /// end by design, count only while the others have not started.
    pub fn status(&self) -> &'static str {
        let all: Vec<Status> = self
            .containers
            .iter()
            .filter(|(c, s)| c.init_ctr.is_empty() || s.status != Status::Exited)
            .map(|(_, s)| s.status)
            .collect();
        pod_status(&all)
    }
}

pub fn pod_status(all: &[Status]) -> &'static str {
    let count = |f: &dyn Fn(&Status) -> bool| all.iter().filter(|s| f(s)).count();
    let running = count(&|s| matches!(s, Status::Running | Status::Restarting));
    let paused = count(&|s| *s == Status::Paused);
    let created = count(&|s| *s == Status::Created);
    match () {
        _ if all.is_empty() || created == all.len() => "Created",
        _ if running == all.len() => "Running",
        _ if running > 0 => "Degraded",
        _ if paused == all.len() => "Paused",
        _ if paused > 0 => "Degraded",
        _ if created == 0 => "Exited",
        _ => "Stopped",
    }
}

/// `--share` as given: a list, or `+ns,…` added to the default set.
pub fn share_set(given: Option<&[String]>) -> Result<Vec<String>, EngineError> {
    let Some(given) = given else {
        return Ok(DEFAULT_SHARE.iter().map(|s| s.to_string()).collect());
    };
    let mut out: Vec<String> = Vec::new();
    let adds = given.first().is_some_and(|s| s.starts_with('+'));
    if adds {
        out.extend(DEFAULT_SHARE.iter().map(|s| s.to_string()));
    }
    for s in given.iter().flat_map(|s| s.split(',')) {
        let s = s.trim().trim_start_matches('+');
        if s.is_empty() || s == "none" {
            continue;
        }
        if !SHAREABLE.contains(&s) {
            return Err(EngineError::Invalid(format!(
                "invalid --share {s:?}: the namespaces a pod can share are {}",
                SHAREABLE.join(", ")
            )));
        }
        if s != "cgroup" && !out.iter().any(|o| o == s) {
            out.push(s.to_string());
        }
    }
    Ok(out)
}

impl From<PodError> for EngineError {
    fn from(e: PodError) -> Self {
        match e {
            PodError::NotFound(name) => EngineError::NoSuchPod(name),
            PodError::BadName(_) => EngineError::Invalid(e.to_string()),
            PodError::NameInUse { .. } | PodError::Ambiguous(_) => {
                EngineError::Conflict(e.to_string())
            }
            PodError::Io { .. } => EngineError::Other(e.to_string()),
        }
    }
}

impl Engine {
    pub(crate) fn pods(&self) -> Result<Pods, EngineError> {
        Ok(Pods::open(&self.context().root)?)
    }

    /// A pod by name, ID or ID prefix.
    pub fn pod(&self, input: &str) -> Result<PodRecord, EngineError> {
        Ok(self.pods()?.get(input)?)
    }

    pub fn pod_exists(&self, input: &str) -> Result<bool, EngineError> {
        match self.pods()?.get(input) {
            Ok(_) => Ok(true),
            Err(PodError::NotFound(_)) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// `pod create`: the pod's record, cgroup and infra container (created, not started).
    /// On failure nothing is left behind.
    pub fn create_pod(
        &self,
        opts: &PodCreateOptions,
        progress: &dyn PullProgress,
    ) -> Result<String, EngineError> {
        if !matches!(opts.exit_policy.as_str(), "" | "continue" | "stop") {
            return Err(EngineError::Invalid(format!(
                "invalid --exit-policy {:?}: use continue or stop",
                opts.exit_policy
            )));
        }
        let share = share_set(opts.share.as_deref())?;
        if !opts.infra && !share.is_empty() && opts.share.is_some() {
            return Err(EngineError::Invalid(
                "a pod without an infra container (--infra=false) cannot share namespaces (--share)".into(),
            ));
        }
        let pods = self.pods()?;
        if opts.replace
            && let Some(name) = &opts.name
            && let Ok(old) = pods.get(name)
            && old.name == *name
        {
            self.remove_pod(&old.id, true, None)?;
        }
        let lock = pods.lock()?;
        let id = hex_id();
        let name = match &opts.name {
            Some(n) => n.clone(),
            None => {
                let taken: Vec<String> = pods.list()?.into_iter().map(|p| p.name).collect();
                (0..100)
                    .map(|a| name_from(&id, a))
                    .find(|n| !taken.contains(n))
                    .unwrap_or_else(|| id[..12].to_string())
            }
        };
        let hostname = opts
            .infra_options
            .request
            .hostname
            .clone()
            .unwrap_or_else(|| name.clone());
        let mut pod = PodRecord {
            id: id.clone(),
            name,
            created: now_rfc3339(),
            labels: opts.labels.clone(),
            share: if opts.infra { share } else { Vec::new() },
            infra: None,
            cgroup_parent: String::new(),
            cgroup_dirs: Vec::new(),
            exit_policy: if opts.exit_policy.is_empty() {
                "continue".into()
            } else {
                opts.exit_policy.clone()
            },
            limits: opts.limits.clone(),
            volumes: opts.infra
                && !(opts.infra_options.volumes.is_empty()
                    && opts.infra_options.volumes_from.is_empty()
                    && opts.infra_options.mounts.is_empty()),
            hostname,
            create_command: opts.create_command.clone(),
        };
        // the name is checked before anything is made, and stays free while the pods' lock
        // is held; the record is written once all is made
        pods.check_free(&pod.name, &lock)?;
        let made = (|| {
            if !opts.no_share_parent {
                (pod.cgroup_parent, pod.cgroup_dirs) = self.pod_cgroup(&pod.id, opts)?;
            }
            if opts.infra {
                pod.infra = Some(self.create_infra(&pod, opts, progress)?);
            }
            pods.insert(&pod, &lock)?;
            Ok::<(), EngineError>(())
        })();
        if let Err(e) = made {
            // the record first: an infra container of an existing pod is not removed
            let _ = pods.delete(&pod.id, &lock);
            if let Some(infra) = &pod.infra {
                let _ = self.remove_container(infra, true, true);
            }
            self.remove_pod_cgroup(&pod);
            return Err(e);
        }
        self.pod_event(&pod, "create");
        Ok(id)
    }

    /// The pod's cgroup beneath `--cgroup-parent` (or skiff's own), with its limits: its
    /// path from the hierarchy's root (for `inspect`) and its directories. An ordinary
    /// user without a cgroup to write gets none when no limit is asked for.
    fn pod_cgroup(
        &self,
        id: &str,
        opts: &PodCreateOptions,
    ) -> Result<(String, Vec<std::path::PathBuf>), EngineError> {
        let name = format!("skiff-pod-{}", &id[..12]);
        let made = Hierarchy::detect()
            .map_err(|e| cgroups::CgroupError::Unsupported(format!("cgroups: {e}")))
            .and_then(|h| {
                let plan = cgroups::plan(&h, &opts.cgroup_parent, &name, &opts.resources, &[])?;
                let cg = plan.apply()?;
                Ok((h, cg))
            });
        match made {
            Ok((h, cg)) => {
                let rel = cg
                    .dirs
                    .first()
                    .and_then(|d| h.relative(d))
                    .unwrap_or_default();
                Ok((rel, cg.dirs))
            }
            Err(e) if self.context().rootless && opts.resources == Resources::default() => {
                log::debug!("no cgroup for pod {id}: {e}");
                Ok((String::new(), Vec::new()))
            }
            Err(e) => Err(e.into()),
        }
    }

    pub(crate) fn remove_pod_cgroup(&self, pod: &PodRecord) {
        if pod.cgroup_dirs.is_empty() {
            return;
        }
        if let Ok(h) = Hierarchy::detect() {
            cgroups::remove_dirs(&h, &pod.cgroup_dirs);
        }
    }

    /// The infra container: no image, skiff's pause process, the pod's network settings.
    fn create_infra(
        &self,
        pod: &PodRecord,
        opts: &PodCreateOptions,
        progress: &dyn PullProgress,
    ) -> Result<String, EngineError> {
        let mut o = opts.infra_options.clone();
        o.name = Some(
            opts.infra_name
                .clone()
                .unwrap_or_else(|| format!("{}-infra", &pod.id[..12])),
        );
        o.image = INFRA_IMAGE.into();
        o.infra = true;
        o.pod = Some(pod.id.clone());
        o.request.command = vec!["/pause".into()];
        o.request.entrypoint = Some(Vec::new());
        o.request.hostname = Some(pod.hostname.clone());
        if o.request.cgroup_parent.is_empty() {
            o.request.cgroup_parent_dirs = pod.cgroup_dirs.clone();
        }
        if !pod.share.iter().any(|s| s == "uts") {
            o.request.hostname = None;
        }
        o.labels = pod.labels.clone();
        o.create_command = Vec::new();
        self.create_container(&o, progress)
    }

    /// A pod's containers (the infra container first, then by creation), with their
    /// states as they are now.
    pub fn pod_containers(
        &self,
        pod: &PodRecord,
    ) -> Result<Vec<(ContainerConfig, ContainerState)>, EngineError> {
        let containers = self.containers()?;
        let mut out = Vec::new();
        for id in containers.ids()? {
            let Ok(config) = containers.config(&id) else {
                continue;
            };
            if config.pod.as_deref() != Some(pod.id.as_str()) {
                continue;
            }
            let state = containers.observed_state(&id).unwrap_or_default();
            out.push((config, state));
        }
        out.sort_by(|(a, _), (b, _)| b.infra.cmp(&a.infra).then(a.created.cmp(&b.created)));
        Ok(out)
    }

    /// Every pod with its containers, oldest first.
    pub fn list_pods(&self) -> Result<Vec<PodRow>, EngineError> {
        let pods = self.pods()?.list()?;
        let containers = self.containers()?;
        let mut all = Vec::new();
        for id in containers.ids()? {
            let Ok(config) = containers.config(&id) else {
                continue;
            };
            if config.pod.is_some() {
                let state = containers.observed_state(&id).unwrap_or_default();
                all.push((config, state));
            }
        }
        all.sort_by(|(a, _), (b, _)| b.infra.cmp(&a.infra).then(a.created.cmp(&b.created)));
        Ok(pods
            .into_iter()
            .map(|pod| PodRow {
                containers: all
                    .iter()
                    .filter(|(c, _)| c.pod.as_deref() == Some(pod.id.as_str()))
                    .cloned()
                    .collect(),
                pod,
            })
            .collect())
    }

    pub(crate) fn pod_event(&self, pod: &PodRecord, action: &str) {
        let attrs = [("name", pod.name.clone())];
        self.event_raw("pod", action, &pod.id, &attrs);
    }
}

/// What the infra container records as its image (there is none: the process is skiff's).
pub const INFRA_IMAGE: &str = "skiff/pause";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pods_status_follows_its_containers() {
        use Status::*;
        assert_eq!(pod_status(&[]), "Created");
        assert_eq!(pod_status(&[Created, Created]), "Created");
        assert_eq!(pod_status(&[Running, Running]), "Running");
        assert_eq!(pod_status(&[Running, Exited]), "Degraded");
        assert_eq!(pod_status(&[Running, Created]), "Degraded");
        assert_eq!(pod_status(&[Paused, Paused]), "Paused");
        assert_eq!(pod_status(&[Exited, Exited]), "Exited");
        assert_eq!(pod_status(&[Exited, Created]), "Stopped");
    }

    #[test]
    fn share_takes_lists_and_additions() {
        assert_eq!(share_set(None).unwrap(), ["ipc", "net", "uts"]);
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(share_set(Some(&s(&["net,pid"]))).unwrap(), ["net", "pid"]);
        assert_eq!(
            share_set(Some(&s(&["+pid"]))).unwrap(),
            ["ipc", "net", "uts", "pid"]
        );
        assert_eq!(
            share_set(Some(&s(&["cgroup"]))).unwrap(),
            Vec::<String>::new()
        );
        assert_eq!(
            share_set(Some(&s(&["none"]))).unwrap(),
            Vec::<String>::new()
        );
        assert!(share_set(Some(&s(&["user"]))).is_err());
    }
}
