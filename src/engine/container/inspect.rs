//! `inspect` of a container: docker's document, as close as skiff's model allows.

use serde_json::{Value, json};

use crate::engine::{Engine, EngineError};
use crate::state::Status;

impl Engine {
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
        let mut networks = serde_json::Map::new();
        if !matches!(spec.linux.network.as_str(), "none" | "host" | "") {
            networks.insert(
                spec.linux.network.clone(),
                json!({"IPAddress": s.ip_address, "NetworkID": self.network_of(&spec.linux.network).ok().flatten().map(|r| r.id).unwrap_or_default()}),
            );
        }
        Ok(json!({
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
                "AttachStdin": spec.process.open_stdin,
                "AttachStdout": true,
                "AttachStderr": true,
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
                "Networks": networks,
                "Ports": {},
            },
        }))
    }
}
