//! The engine behind compose's executor: networks, volumes, builds and containers made
//! with the same code paths as `network create`, `volume create`, `build` and `run` (a
//! service's container is parsed from `run` flags by `run`'s own parser).

use std::collections::BTreeMap;
use std::time::Duration;

use clap::Parser;
use serde_json::Value;

use crate::cli::container::args::ContainerArgs;
use crate::cli::progress::LayerDisplay;
use crate::compose::apply::Backend;
use crate::compose::runspec::RunSpec;
use crate::compose::service::scalar;
use crate::engine::Engine;
use crate::engine::container::create::CreateOptions;
use crate::engine::network::NetworkOptions;

/// `run`'s flags, image and command, parsed as `skiff run` parses them.
#[derive(Debug, Parser)]
#[command(no_binary_name = true, disable_help_flag = true)]
struct RunLine {
    #[command(flatten)]
    container: ContainerArgs,
}

/// A service's container as `create_container` takes it.
pub fn create_options(spec: &RunSpec) -> anyhow::Result<CreateOptions> {
    run_line_options(spec, &format!("service {:?}", spec.service))
}

/// A container's `run` line (flags, image, command) as `create_container` takes it;
/// errors name `what`.
pub fn run_line_options(spec: &RunSpec, what: &str) -> anyhow::Result<CreateOptions> {
    let mut argv = spec.flags.clone();
    argv.push(spec.image.clone());
    argv.extend(spec.command.iter().cloned());
    let line = RunLine::try_parse_from(&argv).map_err(|e| {
        let text = e.to_string();
        let first = text
            .lines()
            .next()
            .unwrap_or("invalid value")
            .trim_start_matches("error: ");
        anyhow::anyhow!("{what}: {first}")
    })?;
    let mut opts = line
        .container
        .to_options()
        .map_err(|e| anyhow::anyhow!("{what}: {e:#}"))?;
    if spec.entrypoint.is_some() {
        opts.request.entrypoint = spec.entrypoint.clone();
    }
    opts.health.test = spec.health_test.clone();
    Ok(opts)
}

pub struct EngineBackend<'a> {
    pub engine: &'a Engine,
    pub project: String,
    /// The project directory (build contexts are relative to it).
    pub directory: std::path::PathBuf,
    /// `--build`: build even when the image exists.
    pub always_build: bool,
    /// `--no-build`.
    pub never_build: bool,
    pub quiet_pull: bool,
    /// `--wait-timeout` and the like: how long a dependency may take to be healthy.
    pub timeout: Option<Duration>,
    /// `stop`'s timeout for containers being replaced or removed.
    pub stop_timeout: Option<i64>,
}

/// Where the text secrets and configs of container `name` are written for it to mount.
pub fn files_dir(engine: &Engine, name: &str) -> std::path::PathBuf {
    engine.context().runroot.join("compose-files").join(name)
}

/// A container's ID from its name (what the engine's start and remove take).
pub fn container_id(engine: &Engine, name: &str) -> Result<String, crate::engine::EngineError> {
    engine.container_id(name)
}

impl EngineBackend<'_> {
    fn labels(&self, kind: &str, key: &str, spec: &Value) -> BTreeMap<String, String> {
        let mut labels: BTreeMap<String, String> = match spec.get("labels") {
            Some(Value::Object(m)) => m
                .iter()
                .map(|(k, v)| (k.clone(), scalar(v).unwrap_or_default()))
                .collect(),
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(scalar)
                .map(|l| match l.split_once('=') {
                    Some((k, v)) => (k.to_string(), v.to_string()),
                    None => (l, String::new()),
                })
                .collect(),
            _ => BTreeMap::new(),
        };
        labels.insert("com.docker.compose.project".into(), self.project.clone());
        labels.insert(format!("com.docker.compose.{kind}"), key.to_string());
        labels
    }
}

impl Backend for EngineBackend<'_> {
    fn network(&mut self, name: &str, key: &str, spec: &Value) -> Result<bool, String> {
        if self
            .engine
            .find_network(name)
            .map_err(|e| e.to_string())?
            .is_some()
        {
            return Ok(false);
        }
        if let Some(d) = spec.get("driver").and_then(Value::as_str)
            && d != "bridge"
        {
            return Err(format!("driver {d:?} is not supported (only bridge)"));
        }
        // ipam.config: an IPv4 entry and an IPv6 one (told apart by their subnet)
        let configs: Vec<&Value> = spec
            .pointer("/ipam/config")
            .and_then(Value::as_array)
            .map(|a| a.iter().collect())
            .unwrap_or_default();
        let is_v6 = |c: &&Value| {
            c.get("subnet")
                .and_then(Value::as_str)
                .is_some_and(|s| s.contains(':'))
        };
        let ipam = configs.iter().find(|c| !is_v6(c)).copied();
        let ipam6 = configs.iter().find(|c| is_v6(c)).copied();
        let field = |k: &str| ipam.and_then(|c| c.get(k)).and_then(Value::as_str);
        let field6 = |k: &str| ipam6.and_then(|c| c.get(k)).and_then(Value::as_str);
        let gateway = field("gateway")
            .map(|g| {
                g.parse()
                    .map_err(|_| format!("gateway {g:?} is not an IPv4 address"))
            })
            .transpose()?;
        let gateway6 = field6("gateway")
            .map(|g| {
                g.parse()
                    .map_err(|_| format!("gateway {g:?} is not an IPv6 address"))
            })
            .transpose()?;
        // string maps: driver_opts, ipam.options, ipam.config[0].aux_addresses
        let strings = |v: Option<&Value>| -> std::collections::BTreeMap<String, String> {
            v.and_then(Value::as_object)
                .map(|m| {
                    m.iter()
                        .filter_map(|(k, v)| {
                            crate::compose::service::scalar(v).map(|v| (k.clone(), v))
                        })
                        .collect()
                })
                .unwrap_or_default()
        };
        let aux_addresses = strings(ipam.and_then(|c| c.get("aux_addresses")))
            .into_iter()
            .map(|(k, v)| match v.parse() {
                Ok(ip) => Ok((k, ip)),
                Err(_) => Err(format!("aux_addresses: {v:?} is not an IPv4 address")),
            })
            .collect::<Result<_, _>>()?;
        self.engine
            .create_network(&NetworkOptions {
                name: name.to_string(),
                subnet: field("subnet").map(str::to_string),
                gateway,
                ip_range: field("ip_range").map(str::to_string),
                internal: spec.get("internal").and_then(Value::as_bool) == Some(true),
                labels: self.labels("network", key, spec),
                options: strings(spec.get("driver_opts")),
                aux_addresses,
                ipam_driver: spec
                    .pointer("/ipam/driver")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                ipam_options: strings(spec.pointer("/ipam/options")),
                ipv6: spec.get("enable_ipv6").and_then(Value::as_bool) == Some(true),
                subnet6: field6("subnet").map(str::to_string),
                gateway6,
                ip_range6: field6("ip_range").map(str::to_string),
            })
            .map_err(|e| e.to_string())?;
        Ok(true)
    }

    fn volume(&mut self, name: &str, key: &str, spec: &Value) -> Result<bool, String> {
        if let Some(d) = spec.get("driver").and_then(Value::as_str)
            && d != "local"
        {
            return Err(format!("driver {d:?} is not supported (only local)"));
        }
        // a host directory declared as a volume is bound, not made
        if crate::compose::runspec::bind_device(spec).is_some()
            || self
                .engine
                .volume(name)
                .map_err(|e| e.to_string())?
                .is_some()
        {
            return Ok(false);
        }
        let options = spec
            .get("driver_opts")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .filter_map(|(k, v)| crate::compose::service::scalar(v).map(|v| (k.clone(), v)))
                    .collect()
            })
            .unwrap_or_default();
        self.engine
            .create_volume(name, self.labels("volume", key, spec), options)
            .map_err(|e| e.to_string())?;
        Ok(true)
    }

    fn build(&mut self, spec: &RunSpec, build: &Value) -> Result<(), String> {
        if self.never_build {
            return Ok(());
        }
        if !self.always_build && self.engine.inspect_image(&spec.image).is_ok() {
            return Ok(());
        }
        super::progress::detach();
        super::build::build_service(self.engine, &self.directory, spec, build)
            .map_err(|e| format!("{e:#}"))
    }

    fn create(&mut self, spec: &RunSpec) -> Result<(), String> {
        let mut spec = spec.clone();
        if !spec.files.is_empty() {
            let dir = files_dir(self.engine, &spec.name);
            let _ = std::fs::remove_dir_all(&dir);
            crate::util::fs::ensure_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
            for (i, (target, content)) in spec.files.iter().enumerate() {
                let host = dir.join(i.to_string());
                crate::util::fs::write_atomic(&host, content.as_bytes(), 0o444)
                    .map_err(|e| format!("{}: {e}", host.display()))?;
                spec.flags
                    .extend(["-v".to_string(), format!("{}:{target}:ro", host.display())]);
            }
        }
        let spec = &spec;
        let opts = create_options(spec).map_err(|e| format!("{e:#}"))?;
        // a pull's own lines would be drawn over by compose's display
        let quiet = self.quiet_pull || super::progress::is_tty();
        let display = LayerDisplay::for_run(quiet, &opts.image);
        self.engine
            .create_container(&opts, &display)
            .map(drop)
            .map_err(|e| e.to_string())
    }

    fn start(&mut self, name: &str) -> Result<(), String> {
        container_id(self.engine, name)
            .and_then(|id| self.engine.start_detached(&id))
            .map_err(|e| e.to_string())
    }

    fn restart(&mut self, name: &str) -> Result<(), String> {
        self.engine
            .restart_container(name, self.stop_timeout, None)
            .map_err(|e| e.to_string())
    }

    fn remove(&mut self, name: &str) -> Result<(), String> {
        let _ = self.engine.stop_container(name, self.stop_timeout);
        let _ = std::fs::remove_dir_all(files_dir(self.engine, name));
        container_id(self.engine, name)
            .and_then(|id| self.engine.remove_container(&id, true, false))
            .map_err(|e| e.to_string())
    }

    fn wait_healthy(&mut self, name: &str) -> Result<(), String> {
        let until = self.timeout.map(|t| std::time::Instant::now() + t);
        loop {
            let doc = self
                .engine
                .inspect_container(name)
                .map_err(|e| e.to_string())?;
            let state = &doc["State"];
            match state.pointer("/Health/Status").and_then(Value::as_str) {
                Some("healthy") => return Ok(()),
                Some("unhealthy") => return Err("its health check failed".into()),
                None => return Err("it has no health check".into()),
                _ => {}
            }
            if state["Running"] != Value::Bool(true) {
                return Err(format!(
                    "it exited ({}) before its health check passed",
                    state["ExitCode"]
                ));
            }
            if until.is_some_and(|u| std::time::Instant::now() > u) {
                return Err("timed out waiting for its health check".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn wait_exit(&mut self, name: &str) -> Result<i32, String> {
        self.engine.wait_container(name).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_services_flags_parse_as_runs_do() {
        let spec = RunSpec {
            service: "web".into(),
            name: "app-web-1".into(),
            image: "busybox".into(),
            flags: [
                "--name",
                "app-web-1",
                "-h",
                "www",
                "-e",
                "A=1",
                "--init",
                "--health-interval=2s",
            ]
            .map(String::from)
            .to_vec(),
            command: vec!["sh".into(), "-c".into(), "echo -n hi".into()],
            entrypoint: Some(vec!["/bin/env".into(), "--".into()]),
            health_test: Some(vec!["CMD".into(), "true".into()]),
            ..Default::default()
        };
        let o = create_options(&spec).unwrap();
        assert_eq!(o.name.as_deref(), Some("app-web-1"));
        assert_eq!(o.image, "busybox");
        assert_eq!(o.request.command, ["sh", "-c", "echo -n hi"]);
        assert_eq!(o.request.hostname.as_deref(), Some("www"));
        assert!(o.request.init);
        assert_eq!(o.request.entrypoint, spec.entrypoint);
        assert_eq!(o.health.test, spec.health_test);
        assert_eq!(o.health.interval, Some(2_000_000_000));
        let bad = RunSpec {
            flags: vec!["--memory".into(), "lots".into()],
            ..spec
        };
        let e = create_options(&bad).unwrap_err().to_string();
        assert!(e.starts_with("service \"web\": "), "{e}");
    }
}
