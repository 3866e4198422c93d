//! The executor of `up`'s plan: networks and volumes first, then every container created
//! (or recreated), then started service by service in dependency order, each waiting for
//! the conditions of its `depends_on` (started, healthy, completed successfully). What it
//! does goes through a `Backend` (the engine, in the CLI; a recording fake in the tests)
//! and every step is reported the way docker compose prints it (` Container app-web-1
//! Started`). It stops at the first failure, naming what failed.

use std::collections::BTreeMap;

use serde_json::Value;

use super::order::dependencies;
use super::plan::Step;
use super::runspec::RunSpec;

/// What the executor needs done; each call is one engine operation.
pub trait Backend {
    /// Makes network `name` (the project's `key`) unless it exists; true when made.
    fn network(&mut self, name: &str, key: &str, spec: &Value) -> Result<bool, String>;
    /// Makes volume `name` unless it exists; true when made.
    fn volume(&mut self, name: &str, key: &str, spec: &Value) -> Result<bool, String>;
    /// Builds the image of a service that has `build` (when it is missing, or always with
    /// `--build`).
    fn build(&mut self, spec: &RunSpec, build: &Value) -> Result<(), String>;
    fn create(&mut self, spec: &RunSpec) -> Result<(), String>;
    fn start(&mut self, name: &str) -> Result<(), String>;
    /// Stops and starts a running container again.
    fn restart(&mut self, name: &str) -> Result<(), String>;
    /// Stops (if running) and removes a container.
    fn remove(&mut self, name: &str) -> Result<(), String>;
    /// Waits until the container's health check passes; an error when it fails or the
    /// container ends first.
    fn wait_healthy(&mut self, name: &str) -> Result<(), String>;
    /// Waits for the container to end; its exit code.
    fn wait_exit(&mut self, name: &str) -> Result<i32, String>;
}

/// One line of progress: kind (`Network`, `Volume`, `Container`), name and state.
pub type Say<'a> = &'a mut dyn FnMut(&str, &str, &str);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApplyError {
    #[error("{0}")]
    Step(String),
    #[error("dependency failed to start: container {container} is unhealthy: {why}")]
    Unhealthy { container: String, why: String },
    #[error("service {service:?} didn't complete successfully: exit {code}")]
    NotCompleted { service: String, code: i32 },
}

/// Applies `steps` for `doc`; `specs` holds the container of every Create/Recreate step
/// by name. `start` false: create only (`compose create`, `up --no-start`).
pub fn apply_up(
    doc: &Value,
    steps: &[Step],
    specs: &BTreeMap<String, RunSpec>,
    start: bool,
    b: &mut dyn Backend,
    say: Say,
) -> Result<(), ApplyError> {
    let fail = |what: &str, name: &str, e: String| ApplyError::Step(format!("{what} {name}: {e}"));
    // networks and volumes
    for s in steps {
        match s {
            Step::Network { name, key } => {
                let spec = doc
                    .pointer(&format!("/networks/{key}"))
                    .unwrap_or(&Value::Null);
                if b.network(name, key, spec)
                    .map_err(|e| fail("network", name, e))?
                {
                    say("Network", name, "Creating");
                    say("Network", name, "Created");
                }
            }
            Step::Volume { name, key } => {
                let spec = doc
                    .pointer(&format!("/volumes/{key}"))
                    .unwrap_or(&Value::Null);
                if b.volume(name, key, spec)
                    .map_err(|e| fail("volume", name, e))?
                {
                    say("Volume", name, "Creating");
                    say("Volume", name, "Created");
                }
            }
            _ => {}
        }
    }
    // scaled-down replicas and orphans go first (their names may be reused)
    for s in steps {
        match s {
            Step::Remove { name } => {
                say("Container", name, "Stopping");
                b.remove(name).map_err(|e| fail("removing", name, e))?;
                say("Container", name, "Removed");
            }
            Step::Orphan { name } => say("Container", name, "Orphan"),
            _ => {}
        }
    }
    // images to build: once per service
    let mut built = Vec::new();
    for s in steps {
        if let Step::Create { service, name, .. } | Step::Recreate { service, name, .. } = s
            && let Some(build) = doc["services"][service.as_str()].get("build")
            && !built.contains(service)
            && let Some(spec) = specs.get(name)
        {
            b.build(spec, build)
                .map_err(|e| fail("building", service, e))?;
            built.push(service.clone());
        }
    }
    // every container made
    let mut to_start: Vec<(&str, &str)> = Vec::new(); // (service, name)
    for s in steps {
        match s {
            Step::Create { service, name, .. } => {
                let spec = specs
                    .get(name)
                    .ok_or_else(|| fail("creating", name, "no container description".into()))?;
                say("Container", name, "Creating");
                b.create(spec).map_err(|e| fail("creating", name, e))?;
                say("Container", name, "Created");
                to_start.push((service, name));
            }
            Step::Recreate {
                service, old, name, ..
            } => {
                let spec = specs
                    .get(name)
                    .ok_or_else(|| fail("creating", name, "no container description".into()))?;
                say("Container", old, "Recreate");
                b.remove(old).map_err(|e| fail("removing", old, e))?;
                b.create(spec).map_err(|e| fail("creating", name, e))?;
                say("Container", name, "Recreated");
                to_start.push((service, name));
            }
            Step::Start { service, name } => to_start.push((service, name)),
            Step::Keep { name, .. } => say("Container", name, "Running"),
            _ => {}
        }
    }
    if !start {
        return Ok(());
    }
    // started in order, each after its dependencies' conditions hold
    let mut checked: Vec<String> = Vec::new();
    for (service, name) in &to_start {
        {
            let deps = dependencies(doc, service).map_err(|e| ApplyError::Step(e.to_string()))?;
            for d in deps {
                if checked.contains(&format!("{}:{}", d.service, d.condition)) {
                    continue;
                }
                for dep in containers_of(steps, &d.service) {
                    match d.condition.as_str() {
                        "service_healthy" => {
                            say("Container", &dep, "Waiting");
                            b.wait_healthy(&dep).map_err(|why| ApplyError::Unhealthy {
                                container: dep.clone(),
                                why,
                            })?;
                            say("Container", &dep, "Healthy");
                        }
                        "service_completed_successfully" => {
                            say("Container", &dep, "Waiting");
                            let code = b
                                .wait_exit(&dep)
                                .map_err(|e| fail("waiting for", &dep, e))?;
                            if code != 0 {
                                return Err(ApplyError::NotCompleted {
                                    service: d.service.clone(),
                                    code,
                                });
                            }
                            say("Container", &dep, "Exited");
                        }
                        _ => {}
                    }
                }
                checked.push(format!("{}:{}", d.service, d.condition));
            }
        }
        say("Container", name, "Starting");
        b.start(name).map_err(|e| fail("starting", name, e))?;
        say("Container", name, "Started");
    }
    // `depends_on: {X: {restart: true}}`: kept containers whose dependency was replaced
    let replaced: Vec<&str> = steps
        .iter()
        .filter_map(|s| match s {
            Step::Recreate { service, .. } => Some(service.as_str()),
            _ => None,
        })
        .collect();
    for s in steps {
        let Step::Keep { service, name } = s else {
            continue;
        };
        let deps = dependencies(doc, service).map_err(|e| ApplyError::Step(e.to_string()))?;
        if deps
            .iter()
            .any(|d| d.restart && replaced.contains(&d.service.as_str()))
        {
            say("Container", name, "Restarting");
            b.restart(name).map_err(|e| fail("restarting", name, e))?;
            say("Container", name, "Started");
        }
    }
    Ok(())
}

/// The containers of `service` in the plan (created, recreated, started or kept).
fn containers_of(steps: &[Step], service: &str) -> Vec<String> {
    steps
        .iter()
        .filter_map(|s| match s {
            Step::Create {
                service: sv, name, ..
            }
            | Step::Recreate {
                service: sv, name, ..
            }
            | Step::Start { service: sv, name }
            | Step::Keep { service: sv, name }
                if sv == service =>
            {
                Some(name.clone())
            }
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compose::plan::{UpFlags, plan_up};
    use serde_json::json;

    /// Records every call; health and exit codes as set up.
    #[derive(Default)]
    struct Fake {
        calls: Vec<String>,
        existing_networks: Vec<String>,
        unhealthy: Vec<String>,
        exit_codes: BTreeMap<String, i32>,
        fail_create: Option<String>,
    }

    impl Backend for Fake {
        fn network(&mut self, name: &str, _: &str, _: &Value) -> Result<bool, String> {
            self.calls.push(format!("network {name}"));
            Ok(!self.existing_networks.iter().any(|n| n == name))
        }
        fn volume(&mut self, name: &str, _: &str, _: &Value) -> Result<bool, String> {
            self.calls.push(format!("volume {name}"));
            Ok(true)
        }
        fn build(&mut self, spec: &RunSpec, _: &Value) -> Result<(), String> {
            self.calls.push(format!("build {}", spec.image));
            Ok(())
        }
        fn create(&mut self, spec: &RunSpec) -> Result<(), String> {
            self.calls.push(format!("create {}", spec.name));
            match &self.fail_create {
                Some(n) if *n == spec.name => Err("no such image".into()),
                _ => Ok(()),
            }
        }
        fn start(&mut self, name: &str) -> Result<(), String> {
            self.calls.push(format!("start {name}"));
            Ok(())
        }
        fn restart(&mut self, name: &str) -> Result<(), String> {
            self.calls.push(format!("restart {name}"));
            Ok(())
        }
        fn remove(&mut self, name: &str) -> Result<(), String> {
            self.calls.push(format!("remove {name}"));
            Ok(())
        }
        fn wait_healthy(&mut self, name: &str) -> Result<(), String> {
            self.calls.push(format!("healthy? {name}"));
            if self.unhealthy.iter().any(|n| n == name) {
                return Err("health check failed 3 times".into());
            }
            Ok(())
        }
        fn wait_exit(&mut self, name: &str) -> Result<i32, String> {
            self.calls.push(format!("wait {name}"));
            Ok(self.exit_codes.get(name).copied().unwrap_or(0))
        }
    }

    fn doc() -> Value {
        json!({"services": {
            "db": {"image": "busybox", "healthcheck": {"test": "true"}},
            "init": {"image": "busybox"},
            "web": {"build": ".", "depends_on": {
                "db": {"condition": "service_healthy"},
                "init": {"condition": "service_completed_successfully"}}}
        }, "volumes": {"data": null}})
    }

    fn run(fake: &mut Fake, d: &Value) -> (Result<(), ApplyError>, Vec<String>) {
        let order: Vec<String> = ["db", "init", "web"].map(String::from).to_vec();
        let steps = plan_up("app", d, &order, &[], UpFlags::default());
        let specs = steps
            .iter()
            .filter_map(|s| match s {
                Step::Create { service, name, .. } => Some((
                    name.clone(),
                    RunSpec {
                        service: service.clone(),
                        name: name.clone(),
                        image: format!("img-{service}"),
                        ..Default::default()
                    },
                )),
                _ => None,
            })
            .collect();
        let mut said = Vec::new();
        let r = apply_up(d, &steps, &specs, true, fake, &mut |k, n, s| {
            said.push(format!("{k} {n}  {s}"))
        });
        (r, said)
    }

    #[test]
    fn resources_then_containers_then_starts_after_conditions() {
        let mut fake = Fake {
            existing_networks: vec!["app_default".into()],
            ..Default::default()
        };
        let (r, said) = run(&mut fake, &doc());
        r.unwrap();
        assert_eq!(
            fake.calls,
            [
                "network app_default",
                "volume app_data",
                "build img-web",
                "create app-db-1",
                "create app-init-1",
                "create app-web-1",
                "start app-db-1",
                "start app-init-1",
                "healthy? app-db-1",
                "wait app-init-1",
                "start app-web-1",
            ]
        );
        // an existing network is not reported
        assert_eq!(said[0], "Volume app_data  Creating");
        assert_eq!(said[1], "Volume app_data  Created");
        assert!(said.contains(&"Container app-db-1  Healthy".to_string()));
        assert_eq!(said.last().unwrap(), "Container app-web-1  Started");
    }

    #[test]
    fn a_failed_condition_stops_before_the_dependent_starts() {
        let mut fake = Fake {
            unhealthy: vec!["app-db-1".into()],
            ..Default::default()
        };
        let (r, _) = run(&mut fake, &doc());
        assert_eq!(
            r.unwrap_err().to_string(),
            "dependency failed to start: container app-db-1 is unhealthy: health check failed 3 times"
        );
        assert!(!fake.calls.contains(&"start app-web-1".to_string()));
        let mut fake = Fake::default();
        fake.exit_codes.insert("app-init-1".into(), 3);
        let (r, _) = run(&mut fake, &doc());
        assert_eq!(
            r.unwrap_err().to_string(),
            "service \"init\" didn't complete successfully: exit 3"
        );
        assert!(!fake.calls.contains(&"start app-web-1".to_string()));
    }

    #[test]
    fn a_failed_create_names_the_container_and_starts_nothing() {
        let mut fake = Fake {
            fail_create: Some("app-init-1".into()),
            ..Default::default()
        };
        let (r, _) = run(&mut fake, &doc());
        assert_eq!(
            r.unwrap_err().to_string(),
            "creating app-init-1: no such image"
        );
        assert!(!fake.calls.iter().any(|c| c.starts_with("start")));
    }

    #[test]
    fn a_replaced_dependency_restarts_dependents_that_ask() {
        let d = json!({"services": {
            "db": {"image": "busybox"},
            "web": {"image": "busybox", "depends_on": {"db": {"condition": "service_started", "restart": true}}},
            "other": {"image": "busybox", "depends_on": ["db"]}
        }});
        let existing: Vec<crate::compose::plan::Existing> = ["db", "web", "other"]
            .iter()
            .map(|s| crate::compose::plan::Existing {
                name: format!("app-{s}-1"),
                service: s.to_string(),
                number: 1,
                config_hash: if *s == "db" {
                    "old".into()
                } else {
                    crate::compose::plan::config_hash(&d["services"][*s])
                },
                running: true,
                oneoff: false,
            })
            .collect();
        let order: Vec<String> = ["db", "web", "other"].map(String::from).to_vec();
        let steps = plan_up("app", &d, &order, &existing, UpFlags::default());
        let specs = BTreeMap::from([(
            "app-db-1".to_string(),
            RunSpec {
                service: "db".into(),
                name: "app-db-1".into(),
                ..Default::default()
            },
        )]);
        let mut fake = Fake::default();
        apply_up(&d, &steps, &specs, true, &mut fake, &mut |_, _, _| {}).unwrap();
        assert_eq!(
            fake.calls,
            [
                "network app_default",
                "remove app-db-1",
                "create app-db-1",
                "start app-db-1",
                "restart app-web-1"
            ]
        );
    }
}
