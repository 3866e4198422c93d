//! A service's life cycle as `run` flags: its health check (and a `CMD` list test), its
//! restart policy, its stop grace period.

use serde_json::Value;

use super::text;
use crate::compose::service::{ServiceError, error, words};

/// `healthcheck`: flags, and the test when it is a `CMD` list.
pub(super) fn healthcheck(
    spec: &Value,
    service: &str,
    flags: &mut Vec<String>,
) -> Result<Option<Vec<String>>, ServiceError> {
    let Some(h) = spec.get("healthcheck").filter(|h| !h.is_null()) else {
        return Ok(None);
    };
    if h.get("disable").and_then(Value::as_bool) == Some(true) {
        flags.push("--no-healthcheck".into());
        return Ok(None);
    }
    for (key, f) in [
        ("interval", "--health-interval"),
        ("timeout", "--health-timeout"),
        ("start_period", "--health-start-period"),
        ("start_interval", "--health-start-interval"),
        ("retries", "--health-retries"),
    ] {
        if let Some(v) = text(h, service, key)? {
            flags.push(format!("{f}={v}"));
        }
    }
    let test = match h.get("test") {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) => vec!["CMD-SHELL".to_string(), s.clone()],
        Some(_) => words(h, service, "test")?.unwrap_or_default(),
    };
    match test.first().map(String::as_str) {
        Some("NONE") => {
            flags.push("--no-healthcheck".into());
            Ok(None)
        }
        Some("CMD-SHELL") if test.len() == 2 => {
            flags.push(format!("--health-cmd={}", test[1]));
            Ok(None)
        }
        Some("CMD" | "CMD-SHELL") if test.len() > 1 => Ok(Some(test)),
        _ => Err(error(
            service,
            "healthcheck.test",
            "must be a string, [\"CMD\", …], [\"CMD-SHELL\", COMMAND] or [\"NONE\"]",
        )),
    }
}

/// `restart`, or `deploy.restart_policy`.
pub(super) fn restart(spec: &Value, service: &str) -> Result<Option<String>, ServiceError> {
    if let Some(r) = text(spec, service, "restart")? {
        return Ok(Some(r));
    }
    let Some(p) = spec.pointer("/deploy/restart_policy") else {
        return Ok(None);
    };
    let max = p.get("max_attempts").and_then(Value::as_u64);
    Ok(Some(match p.get("condition").and_then(Value::as_str) {
        Some("none") => "no".into(),
        Some("on-failure") => match max {
            Some(n) => format!("on-failure:{n}"),
            None => "on-failure".into(),
        },
        Some("any") | None => "always".into(),
        Some(other) => {
            return Err(error(
                service,
                "deploy.restart_policy.condition",
                format!("{other:?}: use none, on-failure or any"),
            ));
        }
    }))
}

/// `stop_grace_period` (a duration) in whole seconds, rounded up.
pub(super) fn grace_seconds(v: &str, service: &str) -> Result<u64, ServiceError> {
    let d = crate::util::time::parse_go_duration(v).ok_or_else(|| {
        error(
            service,
            "stop_grace_period",
            format!("invalid duration {v:?}"),
        )
    })?;
    Ok(d.as_secs() + u64::from(d.subsec_nanos() > 0))
}
