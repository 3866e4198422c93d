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
    /// (key, value or any, must have it).
    pub labels: Vec<(String, Option<String>, bool)>,
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
                    .push(label(l, false).ok_or_else(|| bad("label!=KEY[=VALUE]"))?);
            } else if let Some(l) = g.strip_prefix("label=") {
                f.labels
                    .push(label(l, true).ok_or_else(|| bad("label=KEY[=VALUE]"))?);
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
        self.labels.iter().all(|(k, v, want)| {
            let has = labels
                .get(k)
                .is_some_and(|have| v.as_ref().is_none_or(|v| v == have));
            has == *want
        })
    }
}

fn label(s: &str, want: bool) -> Option<(String, Option<String>, bool)> {
    let (k, v) = match s.split_once('=') {
        Some((k, v)) => (k, Some(v.to_string())),
        None => (s, None),
    };
    (!k.is_empty()).then(|| (k.to_string(), v, want))
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
