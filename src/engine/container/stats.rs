//! `stats`: resource use of running containers from their cgroups. A reading is raw
//! counters; CPU % comes from two readings, as docker computes it.

use crate::engine::{Engine, EngineError};
use crate::runtime::cgroups::Cgroup;
use crate::runtime::cgroups::stats::{Sample, net_bytes, system_cpu};
use crate::state::{ContainerConfig, Status};

#[derive(Clone, Debug)]
pub struct Reading {
    pub config: ContainerConfig,
    pub sample: Sample,
    pub net_rx: u64,
    pub net_tx: u64,
    /// The machine's CPU time at the same moment, and its CPU count.
    pub system_ns: u64,
    pub cpus: u32,
}

impl Reading {
    /// docker's CPU %: the container's share of the machine's CPU time since `before`,
    /// times the number of CPUs.
    pub fn cpu_percent(&self, before: Option<&Reading>) -> f64 {
        let Some(b) = before else { return 0.0 };
        let cpu = self.sample.cpu_ns.saturating_sub(b.sample.cpu_ns) as f64;
        let sys = self.system_ns.saturating_sub(b.system_ns) as f64;
        if sys <= 0.0 {
            return 0.0;
        }
        cpu / sys * self.cpus as f64 * 100.0
    }
}

/// The machine's memory, the limit of a container without one.
pub fn host_memory() -> u64 {
    std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|t| {
            t.lines().find_map(|l| {
                l.strip_prefix("MemTotal:")?
                    .trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse::<u64>()
                    .ok()
            })
        })
        .unwrap_or(0)
        * 1024
}

impl Engine {
    /// The containers `stats` shows: those named (which must exist), else all running ones
    /// (`all`: every container).
    pub fn stats_targets(&self, inputs: &[String], all: bool) -> Result<Vec<String>, EngineError> {
        let containers = self.containers()?;
        if !inputs.is_empty() {
            return inputs
                .iter()
                .map(|i| containers.resolve(i).map_err(EngineError::from))
                .collect();
        }
        let mut out = Vec::new();
        for id in containers.ids()? {
            if let Ok((_, s)) = self.load_container(&id)
                && (all || matches!(s.status, Status::Running | Status::Paused))
            {
                out.push(id);
            }
        }
        Ok(out)
    }

    /// One reading of each container (a stopped one reads as zeros).
    pub fn stats_read(&self, ids: &[String]) -> Vec<Reading> {
        let (system_ns, cpus) = system_cpu();
        ids.iter()
            .filter_map(|id| {
                let (config, state) = self.load_container(id).ok()?;
                let running = matches!(state.status, Status::Running | Status::Paused);
                let (sample, (net_rx, net_tx)) = if running {
                    let cg = Cgroup {
                        version: state.cgroup_version,
                        dirs: state.cgroup.clone(),
                    };
                    let sample = if cg.dirs.is_empty() {
                        Sample::of_processes(std::path::Path::new("/proc"), state.pid)
                    } else {
                        cg.sample()
                    };
                    (sample, net_bytes(Self::namespace_pid(&config, &state)))
                } else {
                    (Sample::default(), (0, 0))
                };
                Some(Reading {
                    config,
                    sample,
                    net_rx,
                    net_tx,
                    system_ns,
                    cpus,
                })
            })
            .collect()
    }
}
