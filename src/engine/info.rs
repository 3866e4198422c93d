//! `info` and `version`: what this skiff is and what it sees, as docker-style documents.

use serde_json::{Value, json};

use crate::engine::{Engine, EngineError};
use crate::oci::Platform;
use crate::state::Status;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// cgroup layout of the host: 2 (unified), 1 (legacy or hybrid).
pub fn cgroup_version() -> u8 {
    const CGROUP2_SUPER_MAGIC: i64 = 0x6367_7270;
    match crate::sys::fs_magic(std::path::Path::new("/sys/fs/cgroup")) {
        Ok(m) if m == CGROUP2_SUPER_MAGIC => 2,
        _ => 1,
    }
}

fn os_release() -> String {
    let text = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix("PRETTY_NAME="))
        .map(|v| v.trim_matches('"').to_string())
        .unwrap_or_else(|| "Linux".into())
}

/// ID, VERSION_ID and VERSION_CODENAME of /etc/os-release.
fn os_release_ids() -> (String, String, String) {
    let text = std::fs::read_to_string("/etc/os-release").unwrap_or_default();
    let get = |k: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(k)?.strip_prefix('='))
            .map(|v| v.trim_matches('"').to_string())
            .unwrap_or_default()
    };
    (get("ID"), get("VERSION_ID"), get("VERSION_CODENAME"))
}

/// podman's uptime text: `4h 3m 2.00s (Approximately 0.17 days)`.
fn uptime() -> String {
    let secs = std::fs::read_to_string("/proc/uptime")
        .ok()
        .and_then(|t| t.split_whitespace().next()?.parse::<f64>().ok())
        .unwrap_or(0.0);
    let whole = secs as u64;
    format!(
        "{}h {}m {:.2}s (Approximately {:.2} days)",
        whole / 3600,
        whole / 60 % 60,
        secs % 60.0,
        secs / 86400.0
    )
}

fn mem_total() -> u64 {
    let text = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

/// What this skiff is, with docker's names (`ApiVersion`, `Arch`) and podman's (`APIVersion`,
/// `OsArch`, `GoVersion`, `BuiltTime`) side by side. Without a daemon the "server" is this
/// same binary: `{{.Server.Version}}` answers what docker scripts ask.
pub fn version_document() -> Value {
    let host = Platform::host();
    let part = json!({
        "Version": VERSION,
        "ApiVersion": "1.41",
        "APIVersion": VERSION,
        "Os": host.os,
        "Arch": host.architecture,
        "OsArch": format!("{}/{}", host.os, host.architecture),
        "GoVersion": "",
        "GitCommit": "",
        "BuiltTime": "",
        "Built": 0,
        "Daemonless": true,
    });
    json!({"Client": part.clone(), "Server": part})
}

/// podman's Go field names of the keys its JSON spells in camelCase, where they are not just
/// the key with a capital first letter.
const GO_NAMES: &[(&str, &str)] = &[
    ("apiVersion", "APIVersion"),
    ("cgroupVersion", "CgroupsVersion"),
    ("cpus", "CPUs"),
    ("idMappings", "IDMappings"),
    ("ociRuntime", "OCIRuntime"),
    ("os", "OS"),
    ("slirp4netns", "Slirp4NetNS"),
    ("uidmap", "UIDMap"),
    ("gidmap", "GIDMap"),
];

/// `doc` with podman's sections (`host`, `store`, `registries`, `plugins`, `version`) also
/// under the Go names templates use (`{{.Host.Arch}}`, `{{.Store.GraphRoot}}`).
pub fn with_go_names(doc: &Value) -> Value {
    fn go(v: &Value) -> Value {
        match v {
            Value::Object(m) => Value::Object(
                m.iter()
                    .map(|(k, v)| {
                        let name = GO_NAMES
                            .iter()
                            .find(|(camel, _)| camel == k)
                            .map(|(_, g)| g.to_string())
                            .unwrap_or_else(|| {
                                let mut c = k.chars();
                                c.next()
                                    .map(|f| f.to_uppercase().chain(c).collect())
                                    .unwrap_or_default()
                            });
                        (name, go(v))
                    })
                    .collect(),
            ),
            other => other.clone(),
        }
    }
    let mut out = doc.clone();
    if let Value::Object(m) = &mut out {
        for key in ["host", "store", "registries", "plugins", "version"] {
            if let Some(v) = doc.get(key) {
                let upper = go(&json!({ key: v }));
                if let Value::Object(u) = upper {
                    m.extend(u);
                }
            }
        }
    }
    out
}

impl Engine {
    pub fn info(&self) -> Result<Value, EngineError> {
        let store = self.store()?;
        let db = store.images()?;
        let uname = rustix::system::uname();
        let ctx = &self.ctx;
        let backing = match crate::sys::fs_magic(store.root()) {
            Ok(0xEF53) => "extfs",
            Ok(0x5846_5342) => "xfs",
            Ok(0x9123_683E) => "btrfs",
            Ok(0x0102_1994) => "tmpfs",
            _ => "unknown",
        };
        let cgv = cgroup_version();
        let rows = self.list_containers(&super::container::list::PsOptions::every())?;
        let count =
            |f: &dyn Fn(&Status) -> bool| rows.iter().filter(|r| f(&r.state.status)).count();
        let running = count(&|s| matches!(s, Status::Running | Status::Restarting));
        let paused = count(&|s| matches!(s, Status::Paused));
        let stopped = rows.len() - running - paused;
        let volumes = self.volumes()?.list().map(|v| v.len()).unwrap_or(0);
        let hostname = uname.nodename().to_string_lossy().into_owned();
        let (os_id, os_version, codename) = os_release_ids();
        let maps = |kind: &str| -> Vec<Value> {
            std::fs::read_to_string(format!("/proc/self/{kind}_map"))
                .unwrap_or_default()
                .lines()
                .filter_map(|l| {
                    let n: Vec<u64> = l
                        .split_whitespace()
                        .filter_map(|x| x.parse().ok())
                        .collect();
                    (n.len() == 3)
                        .then(|| json!({"container_id": n[0], "host_id": n[1], "size": n[2]}))
                })
                .collect()
        };
        let host = json!({
            "arch": Platform::host().architecture,
            "buildahVersion": "",
            "cgroupManager": "cgroupfs",
            "cgroupVersion": format!("v{cgv}"),
            "conmon": {"package": "skiff", "path": std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default(), "version": format!("skiff {VERSION} (its own monitor)")},
            "cpus": std::thread::available_parallelism().map_or(1, |n| n.get()),
            "distribution": {"distribution": os_id, "version": os_version, "codename": codename},
            "eventLogger": self.ctx.events_logger.as_str(),
            "hostname": hostname,
            "idMappings": {"uidmap": maps("uid"), "gidmap": maps("gid")},
            "kernel": uname.release().to_string_lossy(),
            "memTotal": mem_total(),
            "ociRuntime": {"name": "skiff", "package": "skiff", "path": std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default(), "version": format!("skiff {VERSION}")},
            "os": "linux",
            "rootless": ctx.rootless,
            "serviceIsRemote": false,
            "uptime": uptime(),
        });
        let store_doc = json!({
            "configFile": ctx.config_files.last().map(|p| p.display().to_string()).unwrap_or_default(),
            "containerStore": {"number": rows.len(), "paused": paused, "running": running, "stopped": stopped},
            "graphDriverName": "overlay",
            "graphOptions": {},
            "graphRoot": ctx.root.display().to_string(),
            "graphStatus": {"Backing Filesystem": backing},
            "imageStore": {"number": db.images.len()},
            "runRoot": ctx.runroot.display().to_string(),
            "volumePath": ctx.root.join("volumes").display().to_string(),
        });
        let version = &version_document()["Client"];
        Ok(json!({
            "ID": "",
            "Containers": rows.len(),
            "ContainersRunning": running,
            "ContainersPaused": paused,
            "ContainersStopped": stopped,
            "Images": db.images.len(),
            "Volumes": volumes,
            "Name": hostname,
            "host": host,
            "store": store_doc,
            "registries": {"search": [ctx.registries.default_registry.clone()]},
            "plugins": {"volume": ["local"], "network": ["bridge"], "log": ["k8s-file", "json-file", "journald", "none", "passthrough"]},
            "version": {"APIVersion": version["APIVersion"], "Version": VERSION, "GoVersion": "", "GitCommit": "", "BuiltTime": "", "Built": 0, "OsArch": version["OsArch"], "Os": version["Os"]},
            "Driver": "overlay",
            "DriverStatus": [["Backing Filesystem", backing]],
            "DockerRootDir": ctx.root.display().to_string(),
            "RunRoot": ctx.runroot.display().to_string(),
            "Rootless": ctx.rootless,
            "CgroupDriver": "cgroupfs",
            "CgroupVersion": cgv.to_string(),
            "KernelVersion": uname.release().to_string_lossy(),
            "OperatingSystem": os_release(),
            "OSType": "linux",
            "Architecture": uname.machine().to_string_lossy(),
            "NCPU": std::thread::available_parallelism().map_or(1, |n| n.get()),
            "MemTotal": mem_total(),
            "ServerVersion": VERSION,
            "ConfigFiles": ctx.config_files.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
            "RegistryConfig": {
                "DefaultRegistry": ctx.registries.default_registry,
                "InsecureRegistryCIDRs": ctx.registries.insecure_list(),
                "Mirrors": ctx.registries.docker_hub_mirrors(),
                "MaxConcurrentDownloads": ctx.registries.max_concurrent_downloads,
            },
        }))
    }
}
