//! Timestamps as docker writes and reads them (RFC 3339, nanoseconds, UTC).

use std::time::{Duration, SystemTime};

use jiff::Timestamp;

/// Now, as RFC 3339 with nanoseconds: `2024-05-01T10:11:12.123456789Z`.
pub fn now_rfc3339() -> String {
    format_rfc3339(SystemTime::now())
}

pub fn format_rfc3339(t: SystemTime) -> String {
    match Timestamp::try_from(t) {
        Ok(ts) => format!("{ts:.9}"),
        Err(_) => "0001-01-01T00:00:00Z".to_string(),
    }
}

/// Parses an RFC 3339 timestamp; `None` when absent or malformed.
pub fn parse_rfc3339(s: &str) -> Option<SystemTime> {
    let ts: Timestamp = s.parse().ok()?;
    Some(SystemTime::from(ts))
}

/// An HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`, as in `Last-Modified`).
pub fn parse_http_date(s: &str) -> Option<SystemTime> {
    let z = jiff::fmt::rfc2822::parse(s).ok()?;
    Some(SystemTime::from(z.timestamp()))
}

/// How long ago `t` was, clamped at zero for clocks that disagree.
/// Seconds since the Unix epoch (podman's numeric times); 0 for none or before it.
pub fn unix_seconds(t: Option<SystemTime>) -> u64 {
    t.and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs())
}

pub fn since(t: SystemTime) -> Duration {
    SystemTime::now().duration_since(t).unwrap_or_default()
}

/// Parses docker's `--filter until=`/`since=`-style times: RFC 3339, a date, unix seconds,
/// or a Go duration (`10m`, `1h30m`) meaning that long ago.
pub fn parse_time_or_duration(s: &str) -> Option<SystemTime> {
    if let Some(t) = parse_rfc3339(s) {
        return Some(t);
    }
    if let Ok(date) = s.parse::<jiff::civil::Date>() {
        let ts = date.to_zoned(jiff::tz::TimeZone::UTC).ok()?.timestamp();
        return Some(SystemTime::from(ts));
    }
    if let Some(secs) = crate::util::units::parse_decimal(s) {
        return SystemTime::UNIX_EPOCH.checked_add(Duration::try_from_secs_f64(secs).ok()?);
    }
    let d = parse_go_duration(s)?;
    SystemTime::now().checked_sub(d)
}

/// `1h30m`, `90s`, `250ms`, `2.5h`.
pub fn parse_go_duration(s: &str) -> Option<Duration> {
    let mut total = 0f64;
    let mut rest = s;
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let num_end = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        let value = crate::util::units::parse_decimal(&rest[..num_end])?;
        rest = &rest[num_end..];
        let unit_end = rest
            .find(|c: char| c.is_ascii_digit() || c == '.')
            .unwrap_or(rest.len());
        let scale = match &rest[..unit_end] {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        total += value * scale;
        rest = &rest[unit_end..];
    }
    // Go's limit (an i64 of nanoseconds, about 292 years); beyond it is no duration
    if total > i64::MAX as f64 / 1e9 {
        return None;
    }
    Duration::try_from_secs_f64(total).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_rfc3339() {
        let s = now_rfc3339();
        assert!(s.ends_with('Z'));
        let t = parse_rfc3339(&s).unwrap();
        assert_eq!(format_rfc3339(t), s);
        assert!(parse_rfc3339("yesterday").is_none());
    }

    #[test]
    fn parses_durations_and_times() {
        assert_eq!(parse_go_duration("1h30m"), Some(Duration::from_secs(5400)));
        assert_eq!(parse_go_duration("250ms"), Some(Duration::from_millis(250)));
        // issue 13: nothing that would overflow or is no number
        for bad in [
            "99999999999999999999h",
            "1e9h",
            "infs",
            "NaNs",
            "-1s",
            "1.s",
            ".5s",
        ] {
            assert_eq!(parse_go_duration(bad), None, "{bad}");
        }
        assert!(parse_go_duration("5x").is_none());
        assert!(parse_time_or_duration("2024-01-02").is_some());
        assert!(parse_time_or_duration("10m").is_some());
        assert!(parse_time_or_duration("1700000000").is_some());
    }
}
