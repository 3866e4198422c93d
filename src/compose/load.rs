//! Compose files to one document: each file parsed as YAML (anchors and `<<` merge keys
//! resolved, within serde-saphyr's budgets against alias bombs and deep nesting),
//! interpolated, and merged onto the ones before it with compose's rules. The document
//! stays a plain value tree here; the typed model is read from it.

use serde_json::{Map, Value};

use super::interpolate::{InterpolateError, interpolate};

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{file}: {message}")]
    Yaml { file: String, message: String },
    #[error("{file}: the top level must be a mapping")]
    NotAMapping { file: String },
    #[error("{file}: {path}: {source}")]
    Interpolate {
        file: String,
        path: String,
        source: InterpolateError,
    },
}

/// How many events aliases may replay in one file: real compose files reuse an anchor a
/// handful of times; an alias bomb is stopped long before it costs anything.
const MAX_REPLAYED_EVENTS: usize = 100_000;

/// One file's text as a value tree.
pub fn parse(file: &str, text: &str) -> Result<Value, LoadError> {
    let mut options = serde_saphyr::Options::default();
    options.alias_limits.max_total_replayed_events = MAX_REPLAYED_EVENTS;
    // YAML 1.2 as compose reads it: `y`, `yes`, `on` are strings, not booleans
    options.strict_booleans = true;
    let v: Value =
        serde_saphyr::from_str_with_options(text, options).map_err(|e| LoadError::Yaml {
            file: file.to_string(),
            message: e
                .to_string()
                .lines()
                .next()
                .unwrap_or("invalid YAML")
                .to_string(),
        })?;
    match v {
        Value::Object(_) => Ok(v),
        // an empty file is an empty project
        Value::Null => Ok(Value::Object(Map::new())),
        _ => Err(LoadError::NotAMapping {
            file: file.to_string(),
        }),
    }
}

/// Interpolates every string value (not the keys) of `v`; the names of unset variables
/// used without a default are added to `unset` (once each).
pub fn interpolate_tree(
    file: &str,
    v: &mut Value,
    lookup: &dyn Fn(&str) -> Option<String>,
    unset: &mut Vec<String>,
) -> Result<(), LoadError> {
    walk(file, v, &mut Vec::new(), lookup, unset)
}

fn walk(
    file: &str,
    v: &mut Value,
    path: &mut Vec<String>,
    lookup: &dyn Fn(&str) -> Option<String>,
    unset: &mut Vec<String>,
) -> Result<(), LoadError> {
    match v {
        Value::String(s) => {
            let r = interpolate(s, lookup).map_err(|source| LoadError::Interpolate {
                file: file.to_string(),
                path: path.join("."),
                source,
            })?;
            for n in r.unset {
                if !unset.contains(&n) {
                    unset.push(n);
                }
            }
            *s = r.value;
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                path.push(i.to_string());
                walk(file, item, path, lookup, unset)?;
                path.pop();
            }
        }
        Value::Object(m) => {
            for (k, item) in m.iter_mut() {
                path.push(k.clone());
                walk(file, item, path, lookup, unset)?;
                path.pop();
            }
        }
        _ => {}
    }
    Ok(())
}

/// Keys whose list a later file replaces rather than extends.
const REPLACED: [&str; 3] = ["command", "entrypoint", "test"];

/// Merges `over` onto `base` as compose merges files: mappings key by key, a later scalar
/// wins, lists are extended with the items not already there (`command`, `entrypoint`
/// and a health check's `test` are replaced).
pub fn merge(base: &mut Value, over: Value) {
    merge_at(base, over, "");
}

fn merge_at(base: &mut Value, over: Value, key: &str) {
    match (base, over) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(&k) {
                    Some(existing) => merge_at(existing, v, &k),
                    None => {
                        b.insert(k, v);
                    }
                }
            }
        }
        (Value::Array(b), Value::Array(o)) if !REPLACED.contains(&key) => {
            for item in o {
                if !b.contains(&item) {
                    b.push(item);
                }
            }
        }
        (b, o) => *b = o,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn anchors_and_merge_keys_resolve() {
        let text = "x-common: &common\n  restart: always\n  environment:\n    A: \"1\"\nservices:\n  web:\n    <<: *common\n    image: busybox\n";
        let v = parse("compose.yaml", text).unwrap();
        assert_eq!(v["services"]["web"]["restart"], "always");
        assert_eq!(v["services"]["web"]["environment"]["A"], "1");
        assert_eq!(v["services"]["web"]["image"], "busybox");
        assert_eq!(parse("e.yaml", "").unwrap(), json!({}));
        // YAML 1.2's booleans only
        let v = parse("c.yaml", "a: y\nb: on\nc: true\nd: 755\n").unwrap();
        assert_eq!(v, json!({"a": "y", "b": "on", "c": true, "d": 755}));
    }

    #[test]
    fn bad_yaml_and_alias_bombs_are_refused() {
        let e = parse("c.yaml", "services: [unclosed\n").unwrap_err();
        assert!(e.to_string().starts_with("c.yaml: "), "{e}");
        assert!(matches!(
            parse("c.yaml", "- a\n- b\n"),
            Err(LoadError::NotAMapping { .. })
        ));
        // a billion laughs: nine levels of nine aliases
        let mut bomb = String::from(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
        );
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
        for w in names.windows(2) {
            let refs = vec![format!("*{}", w[0]); 9].join(",");
            bomb.push_str(&format!("{n}: &{n} [{refs}]\n", n = w[1]));
        }
        assert!(parse("bomb.yaml", &bomb).is_err());
    }

    #[test]
    fn strings_are_interpolated_with_their_path_in_errors() {
        let mut v = json!({"services": {"web": {"image": "busybox:${TAG:-1}", "ports": ["${PORT}:80"], "x": 3}}});
        let lookup = |n: &str| (n == "TAG").then(|| "2".to_string());
        let mut unset = Vec::new();
        interpolate_tree("c.yaml", &mut v, &lookup, &mut unset).unwrap();
        assert_eq!(v["services"]["web"]["image"], "busybox:2");
        assert_eq!(v["services"]["web"]["ports"][0], ":80");
        assert_eq!(unset, ["PORT"]);
        let mut bad = json!({"services": {"db": {"environment": ["P=${PASS:?set PASS}"]}}});
        let e = interpolate_tree("c.yaml", &mut bad, &lookup, &mut unset).unwrap_err();
        assert_eq!(
            e.to_string(),
            "c.yaml: services.db.environment.0: required variable PASS is missing a value: set PASS"
        );
    }

    #[test]
    fn later_files_merge_like_compose() {
        let mut base = json!({"services": {"web": {
            "image": "a", "ports": ["80:80"], "command": ["x", "y"],
            "environment": {"A": "1"}, "healthcheck": {"test": ["CMD", "a"]}}}});
        merge(
            &mut base,
            json!({"services": {"web": {
                "image": "b", "ports": ["80:80", "81:81"], "command": ["z"],
                "environment": {"B": "2"}, "healthcheck": {"test": ["CMD", "b"]}},
                "db": {"image": "d"}}}),
        );
        assert_eq!(
            base,
            json!({"services": {"web": {
                "image": "b", "ports": ["80:80", "81:81"], "command": ["z"],
                "environment": {"A": "1", "B": "2"}, "healthcheck": {"test": ["CMD", "b"]}},
                "db": {"image": "d"}}})
        );
    }
}
