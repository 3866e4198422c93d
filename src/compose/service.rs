//! A service's keys that come in several forms, each read into one: `command` and
//! `entrypoint` (a list, or a string split as a shell splits words — no expansion),
//! `environment` and `labels` (a mapping, or a list of `KEY=VALUE`; a key without a value
//! takes it from the environment for `environment`), and `ports` (short strings and
//! numbers as `-p` takes them, or the long syntax). Errors name the service and key.

use serde_json::Value;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("service {service:?}: {key}: {why}")]
pub struct ServiceError {
    pub service: String,
    pub key: String,
    pub why: String,
}

impl ServiceError {
    /// The key's path in a compose file: `services`, the service, then the key's names up
    /// to the first list index (`ports.0` → `ports`).
    pub fn path(&self) -> Vec<&str> {
        let mut p = vec!["services", self.service.as_str()];
        p.extend(
            self.key
                .split('.')
                .take_while(|k| !k.is_empty() && !k.bytes().all(|b| b.is_ascii_digit())),
        );
        p
    }
}

pub(super) fn error(service: &str, key: &str, why: impl Into<String>) -> ServiceError {
    ServiceError {
        service: service.to_string(),
        key: key.to_string(),
        why: why.into(),
    }
}

/// A scalar as compose reads it into a string (numbers and booleans as written).
pub fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Words as a shell splits them: blanks separate, single quotes keep everything, double
/// quotes keep all but `\"`, `\\`, `\$` and `` \` ``, a backslash outside quotes keeps
/// the next character.
pub fn split_words(s: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\n' => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(x) => cur.push(x),
                        None => return Err("a ' without its closing '".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(x @ ('"' | '\\' | '$' | '`')) => cur.push(x),
                            Some(x) => {
                                cur.push('\\');
                                cur.push(x);
                            }
                            None => return Err("a \" without its closing \"".into()),
                        },
                        Some(x) => cur.push(x),
                        None => return Err("a \" without its closing \"".into()),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(x) = chars.next() {
                    cur.push(x);
                }
            }
            x => {
                in_word = true;
                cur.push(x);
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    Ok(words)
}

/// `command` or `entrypoint` (`key`) of `service`: `None` when not set.
pub fn words(spec: &Value, service: &str, key: &str) -> Result<Option<Vec<String>>, ServiceError> {
    match spec.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => split_words(s)
            .map(Some)
            .map_err(|why| error(service, key, why)),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| scalar(v).ok_or_else(|| error(service, key, "list items must be strings")))
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        Some(_) => Err(error(service, key, "must be a string or a list")),
    }
}

/// `environment` or `labels` (`key`) of `service` as `(KEY, VALUE)` pairs in order; a
/// `VALUE` of `None` is a bare key (for `environment`: taken from the environment when
/// set there, else left out).
pub fn pairs(
    spec: &Value,
    service: &str,
    key: &str,
) -> Result<Vec<(String, Option<String>)>, ServiceError> {
    match spec.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Object(m)) => m
            .iter()
            .map(|(k, v)| match v {
                Value::Null => Ok((k.clone(), None)),
                v => scalar(v).map(|s| (k.clone(), Some(s))).ok_or_else(|| {
                    error(
                        service,
                        key,
                        format!("{k}: must be a string, number or boolean"),
                    )
                }),
            })
            .collect(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| {
                let s = scalar(v)
                    .ok_or_else(|| error(service, key, "list items must be KEY=VALUE strings"))?;
                Ok(match s.split_once('=') {
                    Some((k, v)) => (k.to_string(), Some(v.to_string())),
                    None => (s, None),
                })
            })
            .collect(),
        Some(_) => Err(error(service, key, "must be a mapping or a list")),
    }
}

/// `ports` of `service` as `-p` values (`[IP:][HOST:]CONTAINER[/PROTO]`, ranges as
/// written): short strings and numbers as they are, the long syntax (`target`,
/// `published`, `host_ip`, `protocol`) put into that form.
pub fn ports(spec: &Value, service: &str) -> Result<Vec<String>, ServiceError> {
    let items = match spec.get("ports") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(error(service, "ports", "must be a list")),
    };
    items
        .iter()
        .enumerate()
        .map(|(i, p)| match p {
            Value::String(s) => Ok(s.clone()),
            Value::Number(n) => Ok(n.to_string()),
            Value::Object(m) => {
                let field = |k: &str| m.get(k).and_then(scalar);
                let target = field("target").ok_or_else(|| {
                    error(
                        service,
                        &format!("ports.{i}"),
                        "the long syntax needs a target",
                    )
                })?;
                let mut out = String::new();
                if let Some(ip) = field("host_ip") {
                    out.push_str(&format!("{ip}:"));
                    out.push_str(
                        &field("published")
                            .map(|p| format!("{p}:"))
                            .unwrap_or_else(|| ":".into()),
                    );
                } else if let Some(p) = field("published") {
                    out.push_str(&format!("{p}:"));
                }
                out.push_str(&target);
                if let Some(proto) = field("protocol") {
                    out.push_str(&format!("/{proto}"));
                }
                Ok(out)
            }
            _ => Err(error(
                service,
                &format!("ports.{i}"),
                "must be a string, a number or a mapping",
            )),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn commands_split_like_a_shell_or_stay_lists() {
        let spec = json!({"command": "sh -c 'echo \"a b\"; exit 3' x\\ y \"q\\\"d\" ''", "entrypoint": ["/bin/run", 1, true]});
        assert_eq!(
            words(&spec, "web", "command").unwrap().unwrap(),
            ["sh", "-c", "echo \"a b\"; exit 3", "x y", "q\"d", ""]
        );
        assert_eq!(
            words(&spec, "web", "entrypoint").unwrap().unwrap(),
            ["/bin/run", "1", "true"]
        );
        assert_eq!(words(&json!({}), "web", "command").unwrap(), None);
        assert_eq!(
            words(&json!({"command": ""}), "web", "command").unwrap(),
            Some(vec![])
        );
        let e = words(&json!({"command": "echo 'open"}), "web", "command").unwrap_err();
        assert_eq!(
            e.to_string(),
            "service \"web\": command: a ' without its closing '"
        );
        assert!(words(&json!({"command": {"a": 1}}), "web", "command").is_err());
    }

    #[test]
    fn environment_and_labels_in_both_forms() {
        let map = json!({"environment": {"A": "1", "N": 2, "B": true, "BARE": null}});
        assert_eq!(
            pairs(&map, "s", "environment").unwrap(),
            [
                ("A".into(), Some("1".into())),
                ("N".into(), Some("2".into())),
                ("B".into(), Some("true".into())),
                ("BARE".into(), None)
            ]
        );
        let list = json!({"labels": ["a=b=c", "bare", "e="]});
        assert_eq!(
            pairs(&list, "s", "labels").unwrap(),
            [
                ("a".into(), Some("b=c".into())),
                ("bare".into(), None),
                ("e".into(), Some(String::new()))
            ]
        );
        let e = pairs(&json!({"environment": {"X": [1]}}), "s", "environment").unwrap_err();
        assert_eq!(e.key, "environment");
        assert!(pairs(&json!({"labels": "a=b"}), "s", "labels").is_err());
    }

    #[test]
    fn ports_short_numbers_and_long_syntax() {
        let spec = json!({"ports": [
            "8080:80", 9000, "127.0.0.1:5353:53/udp", "8000-8002:8000-8002",
            {"target": 80, "published": "8081", "host_ip": "127.0.0.1", "protocol": "tcp"},
            {"target": 443},
            {"target": 53, "host_ip": "127.0.0.1", "protocol": "udp"}
        ]});
        assert_eq!(
            ports(&spec, "web").unwrap(),
            [
                "8080:80",
                "9000",
                "127.0.0.1:5353:53/udp",
                "8000-8002:8000-8002",
                "127.0.0.1:8081:80/tcp",
                "443",
                "127.0.0.1::53/udp"
            ]
        );
        // every one is a `-p` value skiff takes
        for p in ports(&spec, "web").unwrap() {
            assert!(crate::oci::ports::parse_publish(&p).is_ok(), "{p}");
        }
        let e = ports(&json!({"ports": [{"published": 80}]}), "web").unwrap_err();
        assert_eq!(e.key, "ports.0");
        assert!(ports(&json!({"ports": "80:80"}), "web").is_err());
        assert!(ports(&json!({"ports": [[80]]}), "web").is_err());
    }
}
