//! `info` and `version`: what this skiff is and what it sees, as docker-style documents.

use serde_json::{Value, json};

use crate::engine::{Engine, EngineError};
use crate::oci::Platform;

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

fn mem_total() -> u64 {
    let text = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    text.lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

pub fn version_document() -> Value {
    let host = Platform::host();
    json!({
        "Client": {
            "Version": VERSION,
            "ApiVersion": "1.41",
            "Os": host.os,
            "Arch": host.architecture,
            "Daemonless": true,
        }
    })
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
        Ok(json!({
            "ID": "",
            "Containers": 0,
            "ContainersRunning": 0,
            "ContainersPaused": 0,
            "ContainersStopped": 0,
            "Images": db.images.len(),
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
