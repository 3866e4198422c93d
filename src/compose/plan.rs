//! What `compose up` will do, as plain data: from the project (services in start order,
//! replicas, networks, volumes) and the project's containers as they are (found by
//! compose's labels), the networks and volumes to make, then per service and replica
//! whether to create, recreate (its configuration hash changed, or `--force-recreate`),
//! start or leave a container, which replicas to remove when scaled down, and the
//! orphans (containers of services no longer in the files). An executor applies it
//! through the engine; this module only decides.

use serde_json::Value;
use sha2::{Digest, Sha256};

/// A container of the project as it is now (from its labels and state).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Existing {
    pub name: String,
    /// `com.docker.compose.service`
    pub service: String,
    /// `com.docker.compose.container-number`
    pub number: u32,
    /// `com.docker.compose.config-hash`
    pub config_hash: String,
    pub running: bool,
    /// `com.docker.compose.oneoff=True` (`compose run`): never touched by `up`.
    pub oneoff: bool,
}

/// `up`'s flags that change the plan.
#[derive(Debug, Clone, Copy, Default)]
pub struct UpFlags {
    pub force_recreate: bool,
    pub no_recreate: bool,
    pub remove_orphans: bool,
    pub no_start: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A network of the project (`PROJECT_NAME`, or its `name:`), unless external.
    Network {
        name: String,
        key: String,
    },
    /// A volume of the project, unless external.
    Volume {
        name: String,
        key: String,
    },
    Create {
        service: String,
        number: u32,
        name: String,
        config_hash: String,
    },
    /// Remove `old`, then create its replacement.
    Recreate {
        service: String,
        number: u32,
        old: String,
        name: String,
        config_hash: String,
    },
    Start {
        service: String,
        name: String,
    },
    /// Unchanged and running.
    Keep {
        service: String,
        name: String,
    },
    /// A replica beyond the wanted count, or an orphan with `--remove-orphans`.
    Remove {
        name: String,
    },
    /// An orphan left alone (compose warns about it).
    Orphan {
        name: String,
    },
}

/// The hash `up` compares to decide whether a service's containers are current: over its
/// interpolated configuration as written, less how many replicas it has (scaling adds or
/// removes containers, it does not replace them).
pub fn config_hash(service: &Value) -> String {
    let mut s = service.clone();
    if let Some(m) = s.as_object_mut() {
        m.remove("scale");
    }
    if let Some(Value::Object(d)) = s.get_mut("deploy") {
        d.remove("replicas");
    }
    let text = serde_json::to_string(&s).unwrap_or_default();
    crate::oci::digest::to_hex(&Sha256::digest(text.as_bytes()))
}

/// How many replicas of a service: `deploy.replicas`, else `scale`, else 1.
pub fn replicas(service: &Value) -> u32 {
    let n = |v: Option<&Value>| {
        v.and_then(Value::as_u64)
            .map(|n| n.min(u64::from(u32::MAX)) as u32)
    };
    n(service.pointer("/deploy/replicas"))
        .or_else(|| n(service.get("scale")))
        .unwrap_or(1)
}

/// A replica's container name: `container_name` for a single one, else
/// `PROJECT-SERVICE-N` (compose v2's).
pub fn container_name(project: &str, service: &str, spec: &Value, number: u32) -> String {
    match spec.get("container_name").and_then(Value::as_str) {
        Some(n) if replicas(spec) <= 1 => n.to_string(),
        _ => format!("{project}-{service}-{number}"),
    }
}

/// The name of a top-level network or volume `key`: its `name:`, else `PROJECT_KEY`;
/// `None` when it is external (it must exist already).
pub(super) fn resource_name(project: &str, key: &str, spec: &Value) -> Option<String> {
    if spec.get("external").and_then(Value::as_bool) == Some(true) {
        return None;
    }
    Some(match spec.get("name").and_then(Value::as_str) {
        Some(n) => n.to_string(),
        None => format!("{project}_{key}"),
    })
}

/// The plan for `up` of `services` (in start order) of `doc`, the project `project`,
/// whose containers are `existing`.
pub fn plan_up(
    project: &str,
    doc: &Value,
    services: &[String],
    existing: &[Existing],
    flags: UpFlags,
) -> Vec<Step> {
    let mut steps = Vec::new();
    // networks: the declared ones, and `default` unless a service says otherwise
    let declared = doc.get("networks").and_then(Value::as_object);
    let mut keys: Vec<String> = declared
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    let uses_default = services.iter().any(|s| {
        let spec = &doc["services"][s];
        spec.get("networks").is_none() && spec.get("network_mode").is_none()
    });
    if uses_default && !keys.iter().any(|k| k == "default") {
        keys.insert(0, "default".into());
    }
    for key in keys {
        let spec = declared
            .and_then(|m| m.get(&key))
            .cloned()
            .unwrap_or(Value::Null);
        if let Some(name) = resource_name(project, &key, &spec) {
            steps.push(Step::Network { name, key });
        }
    }
    if let Some(vols) = doc.get("volumes").and_then(Value::as_object) {
        for (key, spec) in vols {
            if let Some(name) = resource_name(project, key, spec) {
                steps.push(Step::Volume {
                    name,
                    key: key.clone(),
                });
            }
        }
    }
    let all: Vec<String> = doc
        .get("services")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    for service in services {
        let spec = &doc["services"][service];
        let hash = config_hash(spec);
        let wanted = replicas(spec);
        for number in 1..=wanted {
            let name = container_name(project, service, spec, number);
            let have = existing
                .iter()
                .find(|e| !e.oneoff && e.service == *service && e.number == number);
            steps.push(match have {
                None => Step::Create {
                    service: service.clone(),
                    number,
                    name,
                    config_hash: hash.clone(),
                },
                Some(e)
                    if !flags.no_recreate && (flags.force_recreate || e.config_hash != hash) =>
                {
                    Step::Recreate {
                        service: service.clone(),
                        number,
                        old: e.name.clone(),
                        name,
                        config_hash: hash.clone(),
                    }
                }
                Some(e) if !e.running && !flags.no_start => Step::Start {
                    service: service.clone(),
                    name: e.name.clone(),
                },
                Some(e) => Step::Keep {
                    service: service.clone(),
                    name: e.name.clone(),
                },
            });
        }
        for e in existing
            .iter()
            .filter(|e| !e.oneoff && e.service == *service && e.number > wanted)
        {
            steps.push(Step::Remove {
                name: e.name.clone(),
            });
        }
    }
    for e in existing
        .iter()
        .filter(|e| !e.oneoff && !all.contains(&e.service))
    {
        steps.push(if flags.remove_orphans {
            Step::Remove {
                name: e.name.clone(),
            }
        } else {
            Step::Orphan {
                name: e.name.clone(),
            }
        });
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn existing(name: &str, service: &str, number: u32, hash: &str, running: bool) -> Existing {
        Existing {
            name: name.into(),
            service: service.into(),
            number,
            config_hash: hash.into(),
            running,
            oneoff: false,
        }
    }

    fn doc() -> Value {
        json!({
            "services": {
                "db": {"image": "busybox", "networks": ["back"]},
                "web": {"image": "busybox", "deploy": {"replicas": 2}},
                "solo": {"image": "busybox", "container_name": "the-solo"}
            },
            "networks": {"back": {}, "ext": {"external": true}, "named": {"name": "shared-net"}},
            "volumes": {"data": {}, "old": {"external": true}}
        })
    }

    fn order() -> Vec<String> {
        ["db", "web", "solo"].map(String::from).to_vec()
    }

    #[test]
    fn a_fresh_project_makes_everything_in_order() {
        let d = doc();
        let steps = plan_up("app", &d, &order(), &[], UpFlags::default());
        let hash = |s: &str| config_hash(&d["services"][s]);
        assert_eq!(
            steps,
            vec![
                Step::Network {
                    name: "app_default".into(),
                    key: "default".into()
                },
                Step::Network {
                    name: "app_back".into(),
                    key: "back".into()
                },
                Step::Network {
                    name: "shared-net".into(),
                    key: "named".into()
                },
                Step::Volume {
                    name: "app_data".into(),
                    key: "data".into()
                },
                Step::Create {
                    service: "db".into(),
                    number: 1,
                    name: "app-db-1".into(),
                    config_hash: hash("db")
                },
                Step::Create {
                    service: "web".into(),
                    number: 1,
                    name: "app-web-1".into(),
                    config_hash: hash("web")
                },
                Step::Create {
                    service: "web".into(),
                    number: 2,
                    name: "app-web-2".into(),
                    config_hash: hash("web")
                },
                Step::Create {
                    service: "solo".into(),
                    number: 1,
                    name: "the-solo".into(),
                    config_hash: hash("solo")
                },
            ]
        );
    }

    #[test]
    fn a_second_up_keeps_starts_recreates_scales_and_reports_orphans() {
        let d = doc();
        let h = |s: &str| config_hash(&d["services"][s]);
        let now = vec![
            existing("app-db-1", "db", 1, &h("db"), true),
            existing("app-web-1", "web", 1, "stale", true),
            existing("app-web-2", "web", 2, &h("web"), false),
            existing("app-web-3", "web", 3, &h("web"), true),
            existing("the-solo", "solo", 1, &h("solo"), true),
            existing("app-gone-1", "gone", 1, "x", true),
            Existing {
                oneoff: true,
                ..existing("app-db-run-1", "db", 1, "x", true)
            },
        ];
        let steps = plan_up("app", &d, &order(), &now, UpFlags::default());
        let containers: Vec<&Step> = steps
            .iter()
            .filter(|s| !matches!(s, Step::Network { .. } | Step::Volume { .. }))
            .collect();
        assert_eq!(
            containers,
            vec![
                &Step::Keep {
                    service: "db".into(),
                    name: "app-db-1".into()
                },
                &Step::Recreate {
                    service: "web".into(),
                    number: 1,
                    old: "app-web-1".into(),
                    name: "app-web-1".into(),
                    config_hash: h("web")
                },
                &Step::Start {
                    service: "web".into(),
                    name: "app-web-2".into()
                },
                &Step::Remove {
                    name: "app-web-3".into()
                },
                &Step::Keep {
                    service: "solo".into(),
                    name: "the-solo".into()
                },
                &Step::Orphan {
                    name: "app-gone-1".into()
                },
            ]
        );
        // the flags: everything recreated, or nothing; orphans removed; nothing started
        let forced = plan_up(
            "app",
            &d,
            &order(),
            &now,
            UpFlags {
                force_recreate: true,
                remove_orphans: true,
                ..Default::default()
            },
        );
        assert_eq!(
            forced
                .iter()
                .filter(|s| matches!(s, Step::Recreate { .. }))
                .count(),
            4
        );
        assert!(forced.contains(&Step::Remove {
            name: "app-gone-1".into()
        }));
        let kept = plan_up(
            "app",
            &d,
            &order(),
            &now,
            UpFlags {
                no_recreate: true,
                no_start: true,
                ..Default::default()
            },
        );
        assert!(
            !kept
                .iter()
                .any(|s| matches!(s, Step::Recreate { .. } | Step::Start { .. }))
        );
        // a no-op up of an unchanged, running project changes nothing
        let running: Vec<Existing> = now[..5]
            .iter()
            .filter(|e| e.number <= 2)
            .map(|e| Existing {
                running: true,
                config_hash: h(&e.service),
                ..e.clone()
            })
            .collect();
        let noop = plan_up("app", &d, &order(), &running, UpFlags::default());
        assert!(
            noop.iter().all(|s| matches!(
                s,
                Step::Keep { .. } | Step::Network { .. } | Step::Volume { .. }
            )),
            "{noop:?}"
        );
    }

    #[test]
    fn replicas_names_and_hashes() {
        assert_eq!(replicas(&json!({"scale": 3})), 3);
        assert_eq!(replicas(&json!({"deploy": {"replicas": 0}, "scale": 3})), 0);
        assert_eq!(replicas(&json!({})), 1);
        assert_eq!(
            container_name("p", "s", &json!({"container_name": "c", "scale": 2}), 2),
            "p-s-2"
        );
        assert_ne!(
            config_hash(&json!({"image": "a"})),
            config_hash(&json!({"image": "b"}))
        );
        assert_eq!(config_hash(&json!({"image": "a"})).len(), 64);
    }
}
