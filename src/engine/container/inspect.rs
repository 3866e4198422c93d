//! `inspect` of a container: docker's document, as close as skiff's model allows.

use serde_json::{Value, json};

use crate::engine::{Engine, EngineError};
use crate::oci::ports::PortRequest;
use crate::state::Status;

/// docker's `HostConfig.PortBindings`: as asked for (an empty HostPort: any).
fn port_bindings(reqs: &[PortRequest]) -> Value {
    let mut m = serde_json::Map::new();
    for r in reqs {
        let host = match r.host_ports {
            Some((a, b)) if a == b => a.to_string(),
            Some((a, b)) => format!("{a}-{b}"),
            None => String::new(),
        };
        let e = m
            .entry(format!("{}/{}", r.container_port, r.proto.as_str()))
            .or_insert_with(|| json!([]));
        if let Some(list) = e.as_array_mut() {
            list.push(json!({"HostIp": r.host_ip.map(|i| i.to_string()).unwrap_or_default(), "HostPort": host}));
        }
    }
    Value::Object(m)
}

impl Engine {
    /// `NetworkSettings.Networks` and `.Ports`.
    fn inspect_network(
        &self,
        c: &crate::state::ContainerConfig,
        s: &crate::state::ContainerState,
        running: bool,
    ) -> (serde_json::Map<String, Value>, Value) {
        let mut networks = serde_json::Map::new();
        for e in crate::engine::network::endpoints(c) {
            let rec = self.network_of(&e.network).ok().flatten();
            let ip = if running {
                s.networks.get(&e.network).cloned().unwrap_or_default()
            } else {
                String::new()
            };
            let prefix = rec
                .as_ref()
                .and_then(|r| r.subnet.split_once('/'))
                .and_then(|(_, p)| p.parse::<u8>().ok())
                .unwrap_or(0);
            let ip6 = if running {
                s.networks6.get(&e.network).cloned().unwrap_or_default()
            } else {
                String::new()
            };
            let v6 = rec.as_ref().and_then(|r| r.ipv6.as_ref());
            let prefix6 = v6
                .and_then(|v| v.subnet.split_once('/'))
                .and_then(|(_, p)| p.parse::<u8>().ok())
                .unwrap_or(0);
            let mut ipam = serde_json::Map::new();
            if let Some(ip) = e.ip {
                ipam.insert("IPv4Address".into(), json!(ip.to_string()));
            }
            if let Some(ip) = e.ip6 {
                ipam.insert("IPv6Address".into(), json!(ip.to_string()));
            }
            if !e.link_local.is_empty() {
                ipam.insert("LinkLocalIPs".into(), json!(e.link_local));
            }
            networks.insert(
                e.network.clone(),
                json!({
                    "IPAddress": ip,
                    "IPPrefixLen": if ip.is_empty() { 0 } else { prefix },
                    "Gateway": if ip.is_empty() { String::new() } else { rec.as_ref().map(|r| r.gateway.to_string()).unwrap_or_default() },
                    "NetworkID": rec.as_ref().map(|r| r.id.clone()).unwrap_or_default(),
                    "Aliases": e.aliases,
                    "GwPriority": e.gw_priority,
                    "DriverOpts": (!e.driver_opts.is_empty()).then_some(&e.driver_opts),
                    "IPAMConfig": (!ipam.is_empty()).then_some(ipam),
                    "GlobalIPv6Address": ip6,
                    "GlobalIPv6PrefixLen": if ip6.is_empty() { 0 } else { prefix6 },
                    "IPv6Gateway": if ip6.is_empty() { String::new() } else { v6.map(|v| v.gateway.to_string()).unwrap_or_default() },
                }),
            );
        }
        let mut ports = serde_json::Map::new();
        for x in &c.exposed_ports {
            ports.insert(x.clone(), Value::Null);
        }
        if running {
            for p in &s.ports {
                let e = ports
                    .entry(format!("{}/{}", p.container_port, p.proto.as_str()))
                    .or_insert(Value::Null);
                if e.is_null() {
                    *e = json!([]);
                }
                if let Some(list) = e.as_array_mut() {
                    list.push(json!({"HostIp": p.host_ip.to_string(), "HostPort": p.host_port.to_string()}));
                }
            }
        }
        (networks, Value::Object(ports))
    }

    /// `inspect --size`: the container's writable layer, and that with its image's
    /// layers, in bytes.
    pub fn container_sizes(&self, input: &str) -> Result<(u64, u64), EngineError> {
        let id = self.containers()?.resolve(input)?;
        let (c, _) = self.load_container(&id)?;
        let rw = crate::util::fs::tree_size(&c.spec.root.upper);
        let image = self.image_sizes()?.get(&c.image_id).copied().unwrap_or(0);
        Ok((rw, rw + image))
    }

    pub fn inspect_container(&self, input: &str) -> Result<Value, EngineError> {
        let containers = self.containers()?;
        let id = containers.resolve(input)?;
        let (c, s) = self.load_container(&id)?;
        let dir = containers.dir(&id);
        let spec = &c.spec;
        let res = &spec.linux.resources;
        let zero = "0001-01-01T00:00:00Z";
        let nano_cpus = match (res.cpu_quota, res.cpu_period) {
            (Some(q), Some(p)) if p > 0 => q * 1_000_000_000 / p as i64,
            _ => 0,
        };
        let lower: Vec<String> = spec
            .root
            .lower
            .iter()
            .rev()
            .map(|p| p.display().to_string())
            .collect();
        let running = matches!(s.status, Status::Running | Status::Paused);
        let (networks, ports) = self.inspect_network(&c, &s, running);
        let ipc_mode = if spec.linux.ipc.is_empty() {
            "private"
        } else {
            spec.linux.ipc.as_str()
        };
        let mut doc = json!({
            "Id": c.id,
            "Created": c.created,
            "Path": c.path,
            "Args": c.args,
            "State": {
                "Status": s.status.as_str(),
                "Running": matches!(s.status, Status::Running | Status::Paused),
                "Paused": s.status == Status::Paused,
                "Restarting": s.status == Status::Restarting,
                "Health": s.health,
                "OOMKilled": s.oom_killed,
                "Dead": s.status == Status::Dead,
                "Pid": s.pid,
                "ExitCode": s.exit_code,
                "Error": s.error,
                "StartedAt": s.started_at.clone().unwrap_or_else(|| zero.into()),
                "FinishedAt": s.finished_at.clone().unwrap_or_else(|| zero.into()),
            },
            "Image": c.image_id.to_string(),
            "ResolvConfPath": dir.join("resolv.conf"),
            "HostnamePath": dir.join("hostname"),
            "HostsPath": dir.join("hosts"),
            "LogPath": dir.join("ctr.log").display().to_string(),
            "Name": format!("/{}", c.name),
            "RestartCount": s.restart_count,
            "Driver": "overlay",
            "Platform": "linux",
            "HostConfig": {
                "RestartPolicy": c.restart_policy,
                "LogConfig": c.log_config,
                "Init": spec.process.init,
                "NetworkMode": spec.linux.network,
                "UsernsMode": spec.linux.idmap.as_ref().map_or("", |m| m.mode.as_str()),
                "IDMappings": spec.linux.idmap.as_ref().map(|m| serde_json::json!({
                    "UidMap": m.uid.iter().map(|x| format!("{}:{}:{}", x.container_id, x.host_id, x.size)).collect::<Vec<_>>(),
                    "GidMap": m.gid.iter().map(|x| format!("{}:{}:{}", x.container_id, x.host_id, x.size)).collect::<Vec<_>>(),
                })),
                "PortBindings": port_bindings(&c.net.ports),
                "Dns": c.net.dns,
                "DnsSearch": c.net.dns_search,
                "DnsOptions": c.net.dns_options,
                "ExtraHosts": c.net.extra_hosts,
                "Links": c.net.links,
                "AutoRemove": c.auto_remove,
                "Privileged": spec.linux.privileged,
                "ReadonlyRootfs": spec.root.readonly,
                "Memory": res.memory.unwrap_or(0),
                "MemorySwap": res.memory_swap.unwrap_or(0),
                "NanoCpus": nano_cpus,
                "CpuShares": res.cpu_shares.unwrap_or(0),
                "CpusetCpus": res.cpuset_cpus.clone().unwrap_or_default(),
                "PidsLimit": res.pids_limit,
                "ShmSize": if spec.linux.shm_size > 0 { spec.linux.shm_size } else { 64 << 20 },
                "CgroupParent": spec.linux.cgroups_path,
                "Sysctls": spec.linux.sysctl,
                "Binds": c.mounts.iter().filter(|m| m.kind == "bind").map(|m| format!("{}:{}", m.source.display(), m.destination)).collect::<Vec<_>>(),
            },
            "GraphDriver": {
                "Name": "overlay",
                "Data": {
                    "LowerDir": lower.join(":"),
                    "UpperDir": spec.root.upper,
                    "WorkDir": spec.root.work,
                    "MergedDir": spec.root.mountpoint,
                },
            },
            "Mounts": c.mounts,
            "Config": {
                "Hostname": spec.hostname,
                "Domainname": spec.domainname,
                "User": spec.process.user,
                "AttachStdin": c.attach.map_or(spec.process.open_stdin, |a| a[0]),
                "AttachStdout": c.attach.is_none_or(|a| a[1]),
                "AttachStderr": c.attach.is_none_or(|a| a[2]),
                "Tty": spec.process.terminal,
                "OpenStdin": spec.process.open_stdin,
                "StdinOnce": spec.process.open_stdin,
                "Env": c.env,
                "Cmd": c.cmd,
                "Image": c.image,
                "WorkingDir": spec.process.cwd,
                "Entrypoint": c.entrypoint,
                "Labels": c.labels,
                "StopSignal": c.stop_signal,
                "Healthcheck": c.healthcheck,
                "StopTimeout": c.stop_timeout,
                "ExposedPorts": c.exposed_ports.iter().map(|p| (p.clone(), json!({}))).collect::<serde_json::Map<_, _>>(),
            },
            "NetworkSettings": {
                "IPAddress": s.ip_address,
                "Gateway": networks.values().next().map(|n| n["Gateway"].clone()).unwrap_or(json!("")),
                "IPPrefixLen": networks.values().next().map(|n| n["IPPrefixLen"].clone()).unwrap_or(json!(0)),
                "GlobalIPv6Address": networks.values().next().map(|n| n["GlobalIPv6Address"].clone()).unwrap_or(json!("")),
                "GlobalIPv6PrefixLen": networks.values().next().map(|n| n["GlobalIPv6PrefixLen"].clone()).unwrap_or(json!(0)),
                "IPv6Gateway": networks.values().next().map(|n| n["IPv6Gateway"].clone()).unwrap_or(json!("")),
                "Networks": networks,
                "Ports": ports,
            },
        });
        if let Some(h) = doc["HostConfig"].as_object_mut() {
            h.extend(resource_fields(res));
        }
        doc["HostConfig"]["PidMode"] = json!(spec.linux.pid);
        doc["HostConfig"]["UTSMode"] = json!(spec.linux.uts);
        doc["HostConfig"]["CgroupnsMode"] = json!(if spec.linux.cgroupns.is_empty() {
            "private"
        } else {
            "host"
        });
        // the first network's MAC: the one asked for, else the one derived from its address
        let mac = crate::engine::network::endpoints(&c)
            .first()
            .and_then(|e| e.mac.clone())
            .or_else(|| {
                s.ip_address
                    .parse()
                    .ok()
                    .map(|ip| crate::network::link::format_mac(crate::network::link::mac_for(ip)))
            })
            .unwrap_or_default();
        doc["NetworkSettings"]["MacAddress"] = json!(mac);
        doc["HostConfig"]["MemorySwappiness"] = json!(res.memory_swappiness);
        doc["HostConfig"]["OomKillDisable"] = json!(res.oom_kill_disable.unwrap_or(false));
        doc["HostConfig"]["GroupAdd"] = json!(spec.process.group_add);
        doc["HostConfig"]["OomScoreAdj"] = json!(spec.process.oom_score_adj.unwrap_or(0));
        doc["HostConfig"]["Annotations"] = json!(c.annotations);
        doc["HostConfig"]["IpcMode"] = json!(ipc_mode);
        Ok(doc)
    }
}

/// docker's `HostConfig` names for the limits beyond the basic ones.
fn resource_fields(res: &crate::oci::runtime::Resources) -> serde_json::Map<String, Value> {
    let devices = |list: &[crate::oci::runtime::DeviceValue], key: &str| {
        list.iter()
            .map(|d| json!({"Path": d.path, key: d.value}))
            .collect::<Vec<_>>()
    };
    let v = json!({
        "CpuPeriod": res.cpu_period.unwrap_or(0),
        "CpuQuota": res.cpu_quota.unwrap_or(0),
        "CpuRealtimePeriod": res.cpu_rt_period.unwrap_or(0),
        "CpuRealtimeRuntime": res.cpu_rt_runtime.unwrap_or(0),
        "CpusetMems": res.cpuset_mems.clone().unwrap_or_default(),
        "MemoryReservation": res.memory_reservation.unwrap_or(0),
        "MemorySwappiness": res.memory_swappiness,
        "OomKillDisable": res.oom_kill_disable.unwrap_or(false),
        "BlkioWeight": res.blkio_weight.unwrap_or(0),
        "BlkioWeightDevice": devices(&res.blkio_weight_device, "Weight"),
        "BlkioDeviceReadBps": devices(&res.device_read_bps, "Rate"),
        "BlkioDeviceWriteBps": devices(&res.device_write_bps, "Rate"),
        "BlkioDeviceReadIOps": devices(&res.device_read_iops, "Rate"),
        "BlkioDeviceWriteIOps": devices(&res.device_write_iops, "Rate"),
        "DeviceCgroupRules": res.device_cgroup_rules,
    });
    match v {
        Value::Object(m) => m,
        _ => serde_json::Map::new(),
    }
}
