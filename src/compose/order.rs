//! Which services a command acts on and in what order: `depends_on` (list form, or map
//! form with `condition`, `required` and `restart`) read from the document, profiles applied (a
//! service with profiles runs only when one of them is active or it is named), the
//! services named on the command line pulled in with what they depend on, and a start
//! order where every service comes after its dependencies. Undefined dependencies and
//! cycles are errors, as in compose.

use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OrderError {
    #[error(
        "service {service:?} depends on undefined service {missing:?}: invalid compose project"
    )]
    Undefined { service: String, missing: String },
    #[error("no such service: {0}")]
    NoSuchService(String),
    #[error("dependency cycle detected: {}", .0.join(" -> "))]
    Cycle(Vec<String>),
    #[error("service {service:?}: depends_on must be a list of names or a mapping")]
    Malformed { service: String },
}

/// How a service waits for one it depends on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dependency {
    pub service: String,
    /// `service_started` (the default), `service_healthy` or
    /// `service_completed_successfully`.
    pub condition: String,
    /// `required: false`: a missing or disabled dependency is skipped with a warning.
    pub required: bool,
    /// `restart: true`: restarted when `up` replaces the dependency.
    pub restart: bool,
}

/// `service`'s `depends_on`.
pub fn dependencies(doc: &Value, service: &str) -> Result<Vec<Dependency>, OrderError> {
    let malformed = || OrderError::Malformed {
        service: service.to_string(),
    };
    let started = |name: &str| Dependency {
        service: name.to_string(),
        condition: "service_started".into(),
        required: true,
        restart: false,
    };
    let spec = &doc["services"][service];
    let mut deps: Vec<Dependency> = match spec.get("depends_on") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().map(started).ok_or_else(malformed))
            .collect::<Result<_, _>>()?,
        Some(Value::Object(m)) => m
            .iter()
            .map(|(name, spec)| {
                let mut d = started(name);
                if let Some(c) = spec.get("condition") {
                    d.condition = c.as_str().ok_or_else(malformed)?.to_string();
                }
                if let Some(r) = spec.get("required") {
                    d.required = r.as_bool().ok_or_else(malformed)?;
                }
                if let Some(r) = spec.get("restart") {
                    d.restart = r.as_bool().ok_or_else(malformed)?;
                }
                Ok(d)
            })
            .collect::<Result<_, _>>()?,
        Some(_) => return Err(malformed()),
    };
    // compose's implicit dependencies: the services whose namespaces, volumes or name
    // this one uses start first
    for name in implicit(spec) {
        if !deps.iter().any(|d| d.service == name) {
            deps.push(started(&name));
        }
    }
    Ok(deps)
}

/// The services `spec` names in `network_mode`, `pid`, `ipc` (`service:NAME`), `links`
/// (`NAME[:ALIAS]`) and `volumes_from` (`NAME[:MODE]`, not `container:NAME`).
fn implicit(spec: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for key in ["network_mode", "pid", "ipc"] {
        if let Some(name) = spec
            .get(key)
            .and_then(Value::as_str)
            .and_then(|m| m.strip_prefix("service:"))
        {
            out.push(name.to_string());
        }
    }
    for key in ["links", "volumes_from"] {
        for v in spec
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(v) = v.as_str()
                && !v.starts_with("container:")
            {
                out.push(v.split(':').next().unwrap_or(v).to_string());
            }
        }
    }
    out
}

/// The services in the document, in its order.
pub fn service_names(doc: &Value) -> Vec<String> {
    doc.get("services")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

/// Whether `service` is enabled with `profiles` active.
fn enabled(doc: &Value, service: &str, profiles: &[String]) -> bool {
    match doc["services"][service]
        .get("profiles")
        .and_then(Value::as_array)
    {
        Some(p) if !p.is_empty() => p
            .iter()
            .filter_map(Value::as_str)
            .any(|x| x == "*" || profiles.iter().any(|a| a == x || a == "*")),
        _ => true,
    }
}

/// The services to act on — `named` (all enabled ones when empty) and, unless
/// `no_deps`, everything they depend on — each after its dependencies. A named service
/// is enabled whatever its profiles. Returns also the optional dependencies that were
/// left out (for a warning).
pub fn plan_order(
    doc: &Value,
    named: &[String],
    profiles: &[String],
    no_deps: bool,
) -> Result<(Vec<String>, Vec<String>), OrderError> {
    let all = service_names(doc);
    for n in named {
        if !all.contains(n) {
            return Err(OrderError::NoSuchService(n.clone()));
        }
    }
    // every service's dependencies must exist (compose checks the whole project)
    for s in &all {
        for d in dependencies(doc, s)? {
            if d.required && !all.contains(&d.service) {
                return Err(OrderError::Undefined {
                    service: s.clone(),
                    missing: d.service,
                });
            }
        }
    }
    let roots: Vec<String> = if named.is_empty() {
        all.iter()
            .filter(|s| enabled(doc, s, profiles))
            .cloned()
            .collect()
    } else {
        named.to_vec()
    };
    let mut order = Vec::new();
    let mut skipped = Vec::new();
    let mut path = Vec::new();
    for r in &roots {
        visit(
            doc,
            r,
            profiles,
            no_deps,
            &all,
            &mut path,
            &mut order,
            &mut skipped,
        )?;
    }
    Ok((order, skipped))
}

#[allow(clippy::too_many_arguments)]
fn visit(
    doc: &Value,
    s: &str,
    profiles: &[String],
    no_deps: bool,
    all: &[String],
    path: &mut Vec<String>,
    order: &mut Vec<String>,
    skipped: &mut Vec<String>,
) -> Result<(), OrderError> {
    if order.iter().any(|o| o == s) {
        return Ok(());
    }
    if let Some(at) = path.iter().position(|p| p == s) {
        let mut cycle = path[at..].to_vec();
        cycle.push(s.to_string());
        return Err(OrderError::Cycle(cycle));
    }
    path.push(s.to_string());
    if !no_deps {
        for d in dependencies(doc, s)? {
            let there = all.contains(&d.service);
            if !d.required && (!there || !enabled(doc, &d.service, profiles)) {
                if !skipped.contains(&d.service) {
                    skipped.push(d.service);
                }
                continue;
            }
            visit(
                doc, &d.service, profiles, no_deps, all, path, order, skipped,
            )?;
        }
    }
    path.pop();
    order.push(s.to_string());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn namespaces_links_and_volumes_from_are_implicit_dependencies() {
        let doc = json!({"services": {
            "a": {"network_mode": "service:n", "pid": "service:p", "ipc": "host",
                  "links": ["l:alias"], "volumes_from": ["v:ro", "container:c"],
                  "depends_on": ["l"]},
        }});
        let names: Vec<String> = dependencies(&doc, "a")
            .unwrap()
            .into_iter()
            .map(|d| d.service)
            .collect();
        assert_eq!(names, ["l", "n", "p", "v"]);
    }

    #[test]
    fn dependencies_come_first_in_both_forms() {
        let doc = json!({"services": {
            "web": {"depends_on": {"db": {"condition": "service_healthy"}, "cache": {}}},
            "db": {"depends_on": ["init"]},
            "cache": {},
            "init": {},
            "tool": {"profiles": ["debug"], "depends_on": ["db"]}
        }});
        let (order, skipped) = plan_order(&doc, &[], &[], false).unwrap();
        assert_eq!(order, names(&["init", "db", "cache", "web"]));
        assert!(skipped.is_empty());
        assert_eq!(
            dependencies(&doc, "web").unwrap()[0],
            Dependency {
                service: "db".into(),
                condition: "service_healthy".into(),
                required: true,
                restart: false
            }
        );
        // a profile turns a service on; naming it does too
        let (order, _) = plan_order(&doc, &[], &names(&["debug"]), false).unwrap();
        assert!(order.ends_with(&names(&["tool"])), "{order:?}");
        let (order, _) = plan_order(&doc, &names(&["tool"]), &[], false).unwrap();
        assert_eq!(order, names(&["init", "db", "tool"]));
        let (order, _) = plan_order(&doc, &names(&["web"]), &[], true).unwrap();
        assert_eq!(order, names(&["web"]));
    }

    #[test]
    fn undefined_cycles_unknown_and_optional() {
        let doc = json!({"services": {"a": {"depends_on": ["nope"]}}});
        assert_eq!(
            plan_order(&doc, &[], &[], false),
            Err(OrderError::Undefined {
                service: "a".into(),
                missing: "nope".into()
            })
        );
        let doc = json!({"services": {"a": {"depends_on": ["b"]}, "b": {"depends_on": ["c"]}, "c": {"depends_on": ["a"]}}});
        assert_eq!(
            plan_order(&doc, &[], &[], false),
            Err(OrderError::Cycle(names(&["a", "b", "c", "a"])))
        );
        let doc = json!({"services": {"a": {"depends_on": {"gone": {"required": false}, "off": {"required": false}}}, "off": {"profiles": ["x"]}}});
        let (order, skipped) = plan_order(&doc, &[], &[], false).unwrap();
        assert_eq!((order, skipped), (names(&["a"]), names(&["gone", "off"])));
        assert_eq!(
            plan_order(&doc, &names(&["zzz"]), &[], false),
            Err(OrderError::NoSuchService("zzz".into()))
        );
        let doc = json!({"services": {"a": {"depends_on": 3}}});
        assert!(matches!(
            plan_order(&doc, &[], &[], false),
            Err(OrderError::Malformed { .. })
        ));
    }
}
