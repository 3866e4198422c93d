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
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    glob_at(&p, &n)
}

fn glob_at(p: &[char], n: &[char]) -> bool {
    match p.first() {
        None => n.is_empty(),
        Some('*') => (0..=n.len())
            .take_while(|&i| i == 0 || n[i - 1] != '/')
            .any(|i| glob_at(&p[1..], &n[i..])),
        Some('?') => !n.is_empty() && n[0] != '/' && glob_at(&p[1..], &n[1..]),
        Some('[') => {
            let Some(end) = p.iter().skip(1).position(|&c| c == ']').map(|i| i + 1) else {
                return false;
            };
            let Some(&c) = n.first() else { return false };
            let class = &p[1..end];
            let (negate, class) = match class.first() {
                Some('^') | Some('!') => (true, &class[1..]),
                _ => (false, class),
            };
            let mut hit = false;
            let mut i = 0;
            while i < class.len() {
                if i + 2 < class.len() && class[i + 1] == '-' {
                    hit |= class[i] <= c && c <= class[i + 2];
                    i += 3;
                } else {
                    hit |= class[i] == c;
                    i += 1;
                }
            }
            hit != negate && c != '/' && glob_at(&p[end + 1..], &n[1..])
        }
        Some('\\') if p.len() > 1 => !n.is_empty() && n[0] == p[1] && glob_at(&p[2..], &n[1..]),
        Some(&c) => !n.is_empty() && n[0] == c && glob_at(&p[1..], &n[1..]),
    }
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
