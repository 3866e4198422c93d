//! `pod ps`, `pod inspect`, `pod logs`, `pod stats`: what pods are and do.

use std::io::Write;

use clap::Args;
use serde_json::{Value, json};

use crate::cli::format::{Format, render, render_documents};
use crate::engine::Engine;
use crate::engine::pod::PodRow;
use crate::util::time::parse_rfc3339;

#[derive(Debug, Args)]
pub struct PsArgs {
    /// Only pod IDs
    #[arg(short, long)]
    quiet: bool,
    /// Full IDs
    #[arg(long)]
    no_trunc: bool,
    /// Leave out the header row
    #[arg(long, alias = "no-heading")]
    noheading: bool,
    /// Show the containers' names
    #[arg(long)]
    ctr_names: bool,
    /// Show the containers' IDs
    #[arg(long)]
    ctr_ids: bool,
    /// Show the containers' statuses
    #[arg(long)]
    ctr_status: bool,
    /// Format: table, table TEMPLATE, json or a Go template
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,
    /// Filter: name=, id=, label=KEY[=VALUE], status=, ctr-names=, ctr-ids=,
    /// ctr-status=, ctr-number=
    #[arg(short, long = "filter", value_name = "FILTER")]
    filter: Vec<String>,
    /// Sort by created, id, name, number or status
    #[arg(long, value_name = "KEY", value_parser = ["created", "id", "name", "number", "status"])]
    sort: Option<String>,
    /// Only the pod created last
    #[arg(short, long)]
    latest: bool,
    /// Show each pod's cgroup and the namespaces its containers share
    #[arg(long)]
    ns: bool,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// Format the output with a Go template
    #[arg(short, long, value_name = "FORMAT")]
    format: Option<String>,
    /// The pod created last
    #[arg(short, long)]
    latest: bool,
    #[arg(value_name = "POD", required_unless_present = "latest")]
    pods: Vec<String>,
}

fn short(id: &str, full: bool) -> String {
    if full {
        id.to_string()
    } else {
        id.chars().take(12).collect()
    }
}

/// One pod as `pod ps` fields (podman's names).
fn ps_row(r: &PodRow, full: bool) -> Value {
    let members = &r.containers;
    json!({
        "ID": short(&r.pod.id, full),
        "Name": r.pod.name,
        "Status": r.status(),
        "Created": crate::cli::image::since(parse_rfc3339(&r.pod.created)),
        "CreatedAt": r.pod.created,
        "InfraID": r.pod.infra.as_deref().map(|i| short(i, full)).unwrap_or_default(),
        "NumberOfContainers": members.len(),
        "Labels": r.pod.labels,
        "Cgroup": r.pod.cgroup_parent,
        "Namespaces": r.pod.share.join(","),
        "Networks": r.containers.iter().find(|(c, _)| c.infra)
            .map(|(c, _)| c.net.networks.iter().map(|n| n.network.clone()).collect::<Vec<_>>().join(","))
            .unwrap_or_default(),
        "ContainerNames": members.iter().map(|(c, _)| c.name.clone()).collect::<Vec<_>>().join(","),
        "ContainerIds": members.iter().map(|(c, _)| short(&c.id, full)).collect::<Vec<_>>().join(","),
        "ContainerStatuses": members.iter().map(|(_, s)| s.status.as_str()).collect::<Vec<_>>().join(","),
    })
}

fn admits(f: &str, r: &PodRow) -> anyhow::Result<bool> {
    let (k, v) = f
        .split_once('=')
        .ok_or_else(|| anyhow::anyhow!("invalid filter {f:?}: expected KEY=VALUE"))?;
    let any = |g: &dyn Fn(
        &crate::engine::records::ContainerConfig,
        &crate::engine::records::ContainerState,
    ) -> bool| { r.containers.iter().any(|(c, s)| g(c, s)) };
    Ok(match k {
        "name" => r.pod.name.contains(v),
        "id" => r.pod.id.starts_with(v),
        "status" => r.status().eq_ignore_ascii_case(v),
        "label" => match v.split_once('=') {
            Some((lk, lv)) => r.pod.labels.get(lk).is_some_and(|x| x == lv),
            None => r.pod.labels.contains_key(v),
        },
        "ctr-names" => any(&|c, _| c.name == v),
        "ctr-ids" => any(&|c, _| c.id.starts_with(v)),
        "ctr-status" => any(&|_, s| s.status.as_str() == v),
        "ctr-number" => r.containers.len().to_string() == v,
        _ => anyhow::bail!(
            "invalid filter {k:?}: use name, id, label, status, ctr-names, ctr-ids, ctr-status or ctr-number"
        ),
    })
}

pub fn ps(engine: &Engine, a: PsArgs) -> anyhow::Result<i32> {
    let mut rows = engine.list_pods()?;
    let mut kept = Vec::new();
    for r in rows.drain(..) {
        let mut ok = true;
        for f in &a.filter {
            ok &= admits(f, &r)?;
        }
        if ok {
            kept.push(r);
        }
    }
    // newest first, as podman lists them
    kept.reverse();
    match a.sort.as_deref() {
        Some("id") => kept.sort_by(|x, y| x.pod.id.cmp(&y.pod.id)),
        Some("name") => kept.sort_by(|x, y| x.pod.name.cmp(&y.pod.name)),
        Some("number") => kept.sort_by_key(|x| x.containers.len()),
        Some("status") => kept.sort_by(|x, y| x.status().cmp(y.status())),
        _ => {}
    }
    if a.latest {
        kept.truncate(1);
    }
    let mut out = std::io::stdout().lock();
    if a.quiet {
        for r in &kept {
            writeln!(out, "{}", short(&r.pod.id, a.no_trunc))?;
        }
        return Ok(0);
    }
    let mut default = String::from("{{.ID}}\t{{.Name}}\t{{.Status}}\t{{.Created}}\t{{.InfraID}}");
    for (on, field) in [
        (a.ctr_names, "ContainerNames"),
        (a.ctr_ids, "ContainerIds"),
        (a.ctr_status, "ContainerStatuses"),
    ] {
        if on {
            default.push_str(&format!("\t{{{{.{field}}}}}"));
        }
    }
    if a.ns {
        default.push_str("\t{{.Cgroup}}\t{{.Namespaces}}");
    }
    if !(a.ctr_names || a.ctr_ids || a.ctr_status) {
        default.push_str("\t{{.NumberOfContainers}}");
    }
    let docs: Vec<Value> = kept.iter().map(|r| ps_row(r, a.no_trunc)).collect();
    let f = Format::parse(a.format.as_deref(), &default);
    let mut text = render(
        &f,
        &[
            ("ID", "POD ID"),
            ("Name", "NAME"),
            ("Status", "STATUS"),
            ("Created", "CREATED"),
            ("CreatedAt", "CREATED AT"),
            ("InfraID", "INFRA ID"),
            ("NumberOfContainers", "# OF CONTAINERS"),
            ("ContainerNames", "NAMES"),
            ("ContainerIds", "IDS"),
            ("ContainerStatuses", "STATUS"),
            ("Cgroup", "CGROUP"),
            ("Namespaces", "NAMESPACES"),
            ("Networks", "NETWORKS"),
            ("Labels", "LABELS"),
        ],
        &docs,
    )?;
    if a.noheading {
        text = crate::cli::format::drop_header(&f, text);
    }
    out.write_all(text.as_bytes())?;
    Ok(0)
}

/// podman's `pod inspect` document.
fn inspect_doc(r: &PodRow) -> Value {
    let p = &r.pod;
    let infra = r.containers.iter().find(|(c, _)| c.infra);
    let ports: serde_json::Map<String, Value> = infra
        .map(|(c, _)| {
            c.net
                .ports
                .iter()
                .map(|port| {
                    (
                        format!("{}/{}", port.container_port, port.proto.as_str()),
                        json!([{
                            "HostIp": port.host_ip.map(|i| i.to_string()).unwrap_or_default(),
                            "HostPort": port.host_ports.map(|h| h.0.to_string()).unwrap_or_default(),
                        }]),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    json!({
        "Id": p.id,
        "Name": p.name,
        "Created": p.created,
        "CreateCommand": p.create_command,
        "ExitPolicy": p.exit_policy,
        "State": r.status(),
        "Hostname": p.hostname,
        "Labels": p.labels,
        "CreateCgroup": !p.cgroup_dirs.is_empty(),
        "CgroupParent": p.cgroup_parent,
        "CgroupPath": p.cgroup_parent,
        "CreateInfra": p.infra.is_some(),
        "InfraContainerID": p.infra.clone().unwrap_or_default(),
        "InfraConfig": infra.map(|(c, _)| json!({
            "PortBindings": ports,
            "HostNetwork": c.spec.linux.network == "host",
            "Networks": c.net.networks.iter().map(|n| n.network.clone()).collect::<Vec<_>>(),
            "DNSServer": c.net.dns,
            "DNSSearch": c.net.dns_search,
            "DNSOption": c.net.dns_options,
            "HostAdd": c.net.extra_hosts,
            "NoManageHosts": c.net.no_hosts,
        })),
        "SharedNamespaces": p.share,
        "Limits": p.limits,
        "NumContainers": r.containers.len(),
        "Containers": r.containers.iter().map(|(c, s)| json!({
            "Id": c.id,
            "Name": c.name,
            "State": s.status.as_str(),
        })).collect::<Vec<_>>(),
    })
}

pub fn inspect(engine: &Engine, a: InspectArgs) -> anyhow::Result<i32> {
    let rows = engine.list_pods()?;
    let mut names = a.pods.clone();
    if a.latest {
        match rows.last() {
            Some(r) => names.push(r.pod.id.clone()),
            None => anyhow::bail!("no pods to inspect"),
        }
    }
    let mut docs = Vec::new();
    let mut failed = false;
    for n in &names {
        match engine.pod(n) {
            Ok(p) => {
                if let Some(r) = rows.iter().find(|r| r.pod.id == p.id) {
                    docs.push(inspect_doc(r));
                }
            }
            Err(e) => {
                crate::cli::error_line(format_args!("{e}"));
                failed = true;
            }
        }
    }
    if !docs.is_empty() || a.format.is_none() {
        std::io::stdout().write_all(render_documents(a.format.as_deref(), &docs)?.as_bytes())?;
    }
    Ok(if failed { crate::cli::EXIT_ENGINE } else { 0 })
}

/// The containers of a pod that have something to show (not the infra container).
fn members(engine: &Engine, pod: &str, only: Option<&str>) -> anyhow::Result<Vec<String>> {
    let pod = engine.pod(pod)?;
    let list: Vec<String> = engine
        .pod_containers(&pod)?
        .into_iter()
        .filter(|(c, _)| !c.infra)
        .filter(|(c, _)| only.is_none_or(|o| c.name == o || c.id.starts_with(o)))
        .map(|(c, _)| c.id)
        .collect();
    if list.is_empty() {
        match only {
            Some(o) => anyhow::bail!("pod {} has no container {o}", pod.name),
            None => anyhow::bail!("pod {} has no containers", pod.name),
        }
    }
    Ok(list)
}

pub fn logs(engine: &Engine, a: super::LogsArgs) -> anyhow::Result<i32> {
    let pod = super::latest_pod(engine, a.latest, a.pod)?;
    let ids = members(engine, &pod, a.container.as_deref())?;
    let args = crate::cli::container::LogsArgs::of(ids, a.flags);
    crate::cli::container::logs(engine, args)
}

pub fn stats(engine: &Engine, a: super::StatsArgs) -> anyhow::Result<i32> {
    let mut pods = a.pods.clone();
    if a.all || (pods.is_empty() && !a.latest) {
        pods = engine.list_pods()?.into_iter().map(|r| r.pod.id).collect();
    } else if a.latest {
        pods.push(super::latest_pod(engine, true, None)?);
    }
    let mut ids = Vec::new();
    for p in &pods {
        let pod = engine.pod(p)?;
        ids.extend(
            engine
                .pod_containers(&pod)?
                .into_iter()
                .filter(|(c, s)| {
                    !c.infra
                        && matches!(
                            s.status,
                            crate::engine::records::Status::Running
                                | crate::engine::records::Status::Paused
                        )
                })
                .map(|(c, _)| c.id),
        );
    }
    if ids.is_empty() {
        anyhow::bail!("no running containers in the pods given");
    }
    let mut args = crate::cli::container::StatsArgs::of(ids, a.no_stream, a.no_trunc, a.format);
    args.no_reset = a.no_reset;
    crate::cli::container::stats(engine, args)
}
