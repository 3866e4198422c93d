//! `--filter` of the prune commands, docker's grammar: `until=TIME` (RFC 3339, unix
//! seconds or a duration like `24h`: only what was created before it), `label=KEY`,
//! `label=KEY=VALUE`, and `label!=…` for what lacks that label.

use std::collections::BTreeMap;
use std::time::SystemTime;

use crate::engine::EngineError;

/// What a prune may remove, beyond what it removes anyway (unused, stopped, …).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PruneFilter {
    pub until: Option<SystemTime>,
    pub labels: Vec<LabelTest>,
}

/// `label=KEY[=VALUE]` (must have it) or `label!=KEY[=VALUE]` (must not).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelTest {
    key: String,
    value: Option<String>,
    want: bool,
}

impl LabelTest {
    /// `KEY[=VALUE]` of a `label=` (`want`) or `label!=` filter.
    pub fn parse(s: &str, want: bool) -> Option<LabelTest> {
        let (k, v) = match s.split_once('=') {
            Some((k, v)) => (k, Some(v.to_string())),
            None => (s, None),
        };
        (!k.is_empty()).then(|| LabelTest {
            key: k.to_string(),
            value: v,
            want,
        })
    }

    pub fn admits(&self, labels: &BTreeMap<String, String>) -> bool {
        let has = labels
            .get(&self.key)
            .is_some_and(|have| self.value.as_ref().is_none_or(|v| v == have));
        has == self.want
    }
}

impl PruneFilter {
    pub fn parse(given: &[String]) -> Result<PruneFilter, EngineError> {
        let mut f = PruneFilter::default();
        for g in given {
            let bad = |why: &str| EngineError::Invalid(format!("invalid filter {g:?}: {why}"));
            if let Some(t) = g.strip_prefix("until=") {
                f.until = Some(
                    crate::util::time::parse_time_or_duration(t)
                        .ok_or_else(|| bad("a time (RFC 3339, unix seconds) or a duration"))?,
                );
            } else if let Some(l) = g.strip_prefix("label!=") {
                f.labels
                    .push(LabelTest::parse(l, false).ok_or_else(|| bad("label!=KEY[=VALUE]"))?);
            } else if let Some(l) = g.strip_prefix("label=") {
                f.labels
                    .push(LabelTest::parse(l, true).ok_or_else(|| bad("label=KEY[=VALUE]"))?);
            } else {
                return Err(bad("the prune filters are until and label"));
            }
        }
        Ok(f)
    }

    /// Whether something created at `created` (RFC 3339; unknown counts as old) with
    /// `labels` passes.
    pub fn admits(&self, created: Option<&str>, labels: &BTreeMap<String, String>) -> bool {
        if let Some(until) = self.until {
            let when = created.and_then(crate::util::time::parse_rfc3339);
            if when.is_some_and(|w| w >= until) {
                return false;
            }
        }
        self.labels.iter().all(|t| t.admits(labels))
    }
}

/// `ls --filter` of volumes and networks, read: the `KEY=VALUE` pairs of the keys a
/// listing knows, and the label tests.
pub struct ListFilter {
    pub plain: Vec<(String, String)>,
    pub labels: Vec<LabelTest>,
}

/// `ls --filter` of volumes and networks: `KEY=VALUE` pairs, checked against the names
/// `known`; `label`/`label!` values become label tests.
pub fn list_filters(given: &[String], known: &[&str]) -> Result<ListFilter, EngineError> {
    let mut plain = Vec::new();
    let mut labels = Vec::new();
    for g in given {
        let bad = || {
            EngineError::Invalid(format!(
                "invalid filter {g:?}: use {}label= or label!=",
                known.iter().map(|k| format!("{k}=, ")).collect::<String>()
            ))
        };
        let (k, v) = g.split_once('=').ok_or_else(bad)?;
        match k {
            "label" => labels.push(LabelTest::parse(v, true).ok_or_else(bad)?),
            "label!" => labels.push(LabelTest::parse(v, false).ok_or_else(bad)?),
            k if known.contains(&k) => plain.push((k.to_string(), v.to_string())),
            _ => return Err(bad()),
        }
    }
    Ok(ListFilter { plain, labels })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn until_and_labels_like_docker() {
        let f = PruneFilter::parse(&["until=2026-01-01T00:00:00Z".into(), "label=keep!=x".into()]);
        assert!(f.is_ok());
        let labels = |pairs: &[(&str, &str)]| -> BTreeMap<String, String> {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        let f = PruneFilter::parse(&["until=2026-01-01T00:00:00Z".into()]).unwrap();
        assert!(f.admits(Some("2025-12-31T23:00:00Z"), &labels(&[])));
        assert!(!f.admits(Some("2026-01-02T00:00:00Z"), &labels(&[])));
        assert!(f.admits(None, &labels(&[])), "unknown age counts as old");
        let f = PruneFilter::parse(&["label=env=ci".into(), "label!=keep".into()]).unwrap();
        assert!(f.admits(None, &labels(&[("env", "ci")])));
        assert!(!f.admits(None, &labels(&[("env", "prod")])));
        assert!(!f.admits(None, &labels(&[("env", "ci"), ("keep", "")])));
        let any = PruneFilter::parse(&["label=env".into()]).unwrap();
        assert!(any.admits(None, &labels(&[("env", "x")])) && !any.admits(None, &labels(&[])));
        for bad in ["until=soon", "label=", "dangling=true", "nope"] {
            assert!(PruneFilter::parse(&[bad.into()]).is_err(), "{bad}");
        }
    }
}
