//! Sizes and durations worded exactly as the docker CLI words them.

use std::time::Duration;

/// docker's `HumanSizeWithPrecision(size, 3)`: decimal units, three significant digits.
pub fn size(bytes: u64) -> String {
    const UNITS: [&str; 9] = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
    scaled(bytes as f64, 1000.0, &UNITS)
}

/// docker's `BytesSize`: binary units (`23.4GiB`), as `info` shows memory.
pub fn binary_size(bytes: u64) -> String {
    const UNITS: [&str; 9] = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"];
    scaled(bytes as f64, 1024.0, &UNITS)
}

fn scaled(mut value: f64, base: f64, units: &[&str]) -> String {
    let mut i = 0;
    while value >= base && i + 1 < units.len() {
        value /= base;
        i += 1;
    }
    format!("{}{}", go_g(value, 3), units[i])
}

/// Go's `%.*g` for non-negative values: `precision` significant digits, trailing zeros
/// dropped, exponent form when the exponent is < -4 or >= precision.
fn go_g(value: f64, precision: usize) -> String {
    if value == 0.0 {
        return "0".to_string();
    }
    let sci = format!("{:.*e}", precision - 1, value);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if exp < -4 || exp >= precision as i32 {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", trim_zeros(mantissa), exp.abs())
    } else {
        let decimals = (precision as i32 - 1 - exp).max(0) as usize;
        trim_zeros(&format!("{value:.decimals$}")).to_string()
    }
}

fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// docker's `Ellipsis`: at most `max` characters, the last one `…` when cut.
pub fn ellipsis(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// docker's `HumanDuration`: "Less than a second", "About a minute", "3 weeks", …
pub fn duration(d: Duration) -> String {
    let secs = d.as_secs_f64();
    let seconds = secs as u64;
    let minutes = (secs / 60.0) as u64;
    let hours = (secs / 3600.0 + 0.5) as u64;
    match () {
        _ if seconds < 1 => "Less than a second".to_string(),
        _ if seconds == 1 => "1 second".to_string(),
        _ if seconds < 60 => format!("{seconds} seconds"),
        _ if minutes == 1 => "About a minute".to_string(),
        _ if minutes < 60 => format!("{minutes} minutes"),
        _ if hours == 1 => "About an hour".to_string(),
        _ if hours < 48 => format!("{hours} hours"),
        _ if hours < 24 * 7 * 2 => format!("{} days", hours / 24),
        _ if hours < 24 * 30 * 2 => format!("{} weeks", hours / 24 / 7),
        _ if hours < 24 * 365 * 2 => format!("{} months", hours / 24 / 30),
        _ => format!("{} years", (secs / 3600.0) as u64 / 24 / 365),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_match_docker() {
        assert_eq!(size(0), "0B");
        assert_eq!(size(999), "999B");
        assert_eq!(size(1000), "1kB");
        assert_eq!(size(4_261_550), "4.26MB");
        assert_eq!(size(1_500_000), "1.5MB");
        assert_eq!(size(123_456_789), "123MB");
        assert_eq!(size(999_600), "1e+03kB");
        assert_eq!(binary_size(25_125_000_000), "23.4GiB");
    }

    #[test]
    fn ellipsis_like_docker() {
        assert_eq!(ellipsis("short", 20), "short");
        assert_eq!(
            ellipsis("sh -c 'while true; do sleep 1; done'", 20),
            "sh -c 'while true; …"
        );
    }

    #[test]
    fn durations_match_docker() {
        let s = Duration::from_secs;
        assert_eq!(duration(Duration::from_millis(300)), "Less than a second");
        assert_eq!(duration(s(1)), "1 second");
        assert_eq!(duration(s(59)), "59 seconds");
        assert_eq!(duration(s(60)), "About a minute");
        assert_eq!(duration(s(59 * 60)), "59 minutes");
        assert_eq!(duration(s(3600)), "About an hour");
        assert_eq!(duration(s(47 * 3600)), "47 hours");
        assert_eq!(duration(s(3 * 86400)), "3 days");
        assert_eq!(duration(s(20 * 86400)), "2 weeks");
        assert_eq!(duration(s(90 * 86400)), "3 months");
        assert_eq!(duration(s(800 * 86400)), "2 years");
    }
}
