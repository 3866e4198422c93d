//! A container joining a pod (`run/create --pod`): what its request becomes — the infra
//! container's namespaces, the pod's cgroup, the infra container started first. Plain data
//! in, plain data out (`member_options`), so the rules are tested without a pod.

use crate::engine::container::create::CreateOptions;
use crate::engine::{Engine, EngineError};
use crate::state::pods::PodRecord;

/// `opts` as a member of `pod`: namespace modes it did not choose itself point at the
/// infra container; networking of its own is refused where the pod's network is shared.
pub fn member_options(pod: &PodRecord, opts: &CreateOptions) -> Result<CreateOptions, EngineError> {
    if !matches!(opts.init_ctr.as_str(), "" | "always" | "once") {
        return Err(EngineError::Invalid(format!(
            "invalid --init-ctr {:?}: use always or once",
            opts.init_ctr
        )));
    }
    let mut o = opts.clone();
    o.pod = Some(pod.id.clone());
    if o.request.cgroup_parent.is_empty() {
        o.request.cgroup_parent_dirs = pod.cgroup_dirs.clone();
    }
    let Some(infra) = &pod.infra else {
        return Ok(o);
    };
    let joined = format!("container:{infra}");
    if pod.shares("net") {
        let n = &o.network;
        let own = (!n.mode.is_empty() && n.mode != "bridge" && !n.mode.starts_with("container:"))
            || !n.net.ports.is_empty()
            || n.publish_all
            || n.net.networks.len() > 1
            || !n.net.dns.is_empty()
            || !n.net.extra_hosts.is_empty();
        if own {
            return Err(EngineError::Invalid(format!(
                "invalid config provided: published ports, networks, DNS servers and hosts entries must be given when the pod is created (skiff pod create): the network of pod {} is shared by its containers",
                pod.name
            )));
        }
        o.network.mode = joined.clone();
        o.network.net.networks.clear();
    }
    let modes = [
        ("ipc", &mut o.request.ipc),
        ("uts", &mut o.request.uts),
        ("pid", &mut o.request.pid),
    ];
    for (ns, mode) in modes {
        if pod.shares(ns) && mode.is_empty() {
            *mode = joined.clone();
        }
    }
    if pod.shares("uts") && o.request.uts == joined {
        if o.request.hostname.is_some() {
            return Err(EngineError::Invalid(format!(
                "invalid config provided: --hostname cannot be set for a container of pod {}, which shares its UTS namespace (set it with pod create --hostname)",
                pod.name
            )));
        }
        o.request.hostname = Some(pod.hostname.clone());
    }
    if pod.volumes && !o.volumes_from.iter().any(|v| v == infra) {
        o.volumes_from.insert(0, infra.clone());
    }
    if !o.requires.iter().any(|r| r == infra) {
        o.requires.insert(0, infra.clone());
    }
    Ok(o)
}

impl Engine {
    /// `opts` with `--pod NAME` resolved: the pod's namespaces, cgroup and infra container.
    pub(crate) fn join_pod(
        &self,
        opts: &CreateOptions,
    ) -> Result<Option<CreateOptions>, EngineError> {
        if !opts.init_ctr.is_empty() && opts.pod.is_none() {
            return Err(EngineError::Invalid(
                "--init-ctr is for a container of a pod: give --pod too".into(),
            ));
        }
        match &opts.pod {
            Some(p) if !opts.infra => {
                let pod = self.pod(p)?;
                Ok(Some(member_options(&pod, opts)?))
            }
            _ => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pod(share: &[&str]) -> PodRecord {
        PodRecord {
            id: "p".repeat(64),
            name: "web".into(),
            share: share.iter().map(|s| s.to_string()).collect(),
            infra: Some("i".repeat(64)),
            cgroup_dirs: vec!["/sys/fs/cgroup/memory/skiff-pod-pppp".into()],
            hostname: "web".into(),
            ..Default::default()
        }
    }

    #[test]
    fn members_join_the_infra_containers_namespaces() {
        let o = member_options(&pod(&["net", "ipc", "uts"]), &CreateOptions::default()).unwrap();
        let infra = format!("container:{}", "i".repeat(64));
        assert_eq!(o.network.mode, infra);
        assert_eq!(o.request.ipc, infra);
        assert_eq!(o.request.uts, infra);
        assert_eq!(o.request.pid, "");
        assert_eq!(o.request.hostname.as_deref(), Some("web"));
        assert_eq!(
            o.request.cgroup_parent_dirs,
            [std::path::PathBuf::from(
                "/sys/fs/cgroup/memory/skiff-pod-pppp"
            )]
        );
        assert_eq!(o.requires, ["i".repeat(64)]);
        assert_eq!(o.pod.as_deref(), Some("p".repeat(64).as_str()));
        let o = member_options(&pod(&["pid"]), &CreateOptions::default()).unwrap();
        assert_eq!(o.request.pid, infra);
        assert_eq!(o.network.mode, "");
    }

    #[test]
    fn a_shared_network_refuses_ports_and_networks_of_the_members_own() {
        let mut c = CreateOptions::default();
        c.network.net.ports = crate::oci::ports::parse_publish("8080:80").unwrap();
        let err = member_options(&pod(&["net"]), &c).unwrap_err().to_string();
        assert!(
            err.contains("must be given when the pod is created"),
            "{err}"
        );
        let mut c = CreateOptions::default();
        c.network.mode = "host".into();
        assert!(member_options(&pod(&["net"]), &c).is_err());
        // without a shared network it keeps its own
        assert_eq!(
            member_options(&pod(&["ipc"]), &c).unwrap().network.mode,
            "host"
        );
        let mut c = CreateOptions::default();
        c.request.hostname = Some("x".into());
        assert!(member_options(&pod(&["uts"]), &c).is_err());
    }

    #[test]
    fn a_pod_without_infra_gives_only_its_cgroup() {
        let mut p = pod(&["net"]);
        p.infra = None;
        let o = member_options(&p, &CreateOptions::default()).unwrap();
        assert_eq!(o.network.mode, "");
        assert!(o.requires.is_empty());
        assert_eq!(
            o.request.cgroup_parent_dirs,
            [std::path::PathBuf::from(
                "/sys/fs/cgroup/memory/skiff-pod-pppp"
            )]
        );
    }
}
