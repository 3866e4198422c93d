//! `--filter` for images: `dangling=`, `reference=`, `before=`, `since=`, `label=`.

use std::time::SystemTime;

use crate::engine::EngineError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImageFilter {
    Dangling(bool),
    /// A glob over the familiar name (`busybox`, `*/app`, `busybox:1.*`).
    Reference(String),
    Before(String),
    Since(String),
    Label(String, Option<String>),
    Until(String),
}

impl ImageFilter {
    pub fn parse(s: &str) -> Result<Self, EngineError> {
        let (key, value) = s.split_once('=').ok_or_else(|| {
            EngineError::Invalid(format!("bad format of filter {s:?} (expected name=value)"))
        })?;
        Ok(match key {
            "dangling" => match value {
                "true" | "1" => ImageFilter::Dangling(true),
                "false" | "0" => ImageFilter::Dangling(false),
                _ => {
                    return Err(EngineError::Invalid(format!(
                        "invalid filter 'dangling={value}': use true or false"
                    )));
                }
            },
            "reference" => ImageFilter::Reference(value.to_string()),
            "before" => ImageFilter::Before(value.to_string()),
            "since" => ImageFilter::Since(value.to_string()),
            "until" => ImageFilter::Until(value.to_string()),
            "label" => match value.split_once('=') {
                Some((k, v)) => ImageFilter::Label(k.to_string(), Some(v.to_string())),
                None => ImageFilter::Label(value.to_string(), None),
            },
            other => return Err(EngineError::Invalid(format!("invalid filter {other:?}"))),
        })
    }
}

/// Go's `path.Match`: `*` is any run of non-`/`, `?` one non-`/` char, `[...]` a class.
pub fn glob_match(pattern: &str, name: &str) -> bool {
    crate::util::glob::matches(pattern, name, false)
}

/// Parses `until=` values (timestamps or durations) into a point in time.
pub fn parse_until(v: &str) -> Result<SystemTime, EngineError> {
    crate::util::time::parse_time_or_duration(v).ok_or_else(|| {
        EngineError::Invalid(format!(
            "invalid filter 'until={v}': not a time or duration"
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_filters() {
        assert_eq!(
            ImageFilter::parse("dangling=true").unwrap(),
            ImageFilter::Dangling(true)
        );
        assert_eq!(
            ImageFilter::parse("label=a=b").unwrap(),
            ImageFilter::Label("a".into(), Some("b".into()))
        );
        assert!(ImageFilter::parse("dangling=maybe").is_err());
        assert!(ImageFilter::parse("color=red").is_err());
        assert!(ImageFilter::parse("nonsense").is_err());
    }

    #[test]
    fn globs_like_go() {
        assert!(glob_match("busy*", "busybox"));
        assert!(glob_match("*", "busybox"));
        assert!(!glob_match("*", "user/app"));
        assert!(glob_match("*/app", "user/app"));
        assert!(glob_match("busybox:1.?", "busybox:1.3"));
        assert!(glob_match("b[a-u]sybox", "busybox"));
        assert!(!glob_match("b[!u]sybox", "busybox"));
        assert!(!glob_match("busybox", "busybox2"));
    }
}
