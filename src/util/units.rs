//! Values users write on the command line: sizes (`512m`, `1.5g`), CPU counts, signals.

/// docker's RAMInBytes grammar: `^\d+(\.\d+)? ?[kmgtp]?i?b?$`, any case, binary units
/// (`512m`, `1.5GiB`, `64 k`, `100b`). No sign, exponent, NaN or infinity; a value that
/// does not fit in an i64 is refused rather than wrapped or saturated.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let bad =
        || format!("invalid size: {s:?} (use a number with an optional unit b, k, m, g, t, p)");
    let t = s.trim().to_ascii_lowercase();
    let b = t.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let int_len = digits(0);
    if int_len == 0 {
        return Err(bad());
    }
    let mut i = int_len;
    let mut frac = "";
    if b.get(i) == Some(&b'.') {
        let n = digits(i + 1);
        if n == 0 {
            return Err(bad());
        }
        frac = &t[i + 1..i + 1 + n];
        i += 1 + n;
    }
    let (int, mut rest) = (&t[..int_len], &t[i..]);
    rest = rest.strip_prefix(' ').unwrap_or(rest);
    let mult: u128 = match rest.chars().next() {
        Some('k') => 1 << 10,
        Some('m') => 1 << 20,
        Some('g') => 1 << 30,
        Some('t') => 1 << 40,
        Some('p') => 1 << 50,
        _ => 1,
    };
    if mult > 1 {
        rest = &rest[1..];
    }
    rest = rest.strip_prefix('i').unwrap_or(rest);
    rest = rest.strip_prefix('b').unwrap_or(rest);
    if !rest.is_empty() || int.len() > 20 {
        return Err(bad());
    }
    let int: u128 = int.parse().map_err(|_| bad())?;
    // exact: the fraction to 18 digits, in integer arithmetic
    let frac = &frac[..frac.len().min(18)];
    let frac_part = match frac.parse::<u128>() {
        Ok(f) => f * mult / 10u128.pow(frac.len() as u32),
        Err(_) => 0,
    };
    let total = int * mult + frac_part;
    if total > i64::MAX as u128 {
        return Err(format!("invalid size: {s:?} is too large"));
    }
    Ok(total as u64)
}

/// A size, or `-1` for "no limit" (None).
pub fn parse_limit(s: &str) -> Result<Option<u64>, String> {
    if s.trim() == "-1" {
        return Ok(None);
    }
    parse_size(s).map(Some)
}

/// A plain decimal number (`1`, `0.25`): no sign, exponent, NaN or infinity.
pub fn parse_decimal(s: &str) -> Option<f64> {
    let t = s.trim();
    let (int, frac) = t.split_once('.').unwrap_or((t, "0"));
    let ok = |p: &str| !p.is_empty() && p.len() <= 18 && p.bytes().all(|b| b.is_ascii_digit());
    if !ok(int) || !ok(frac) {
        return None;
    }
    t.parse().ok().filter(|v: &f64| v.is_finite())
}

/// `--cpus 1.5` → (quota, period) in microseconds per 100 ms period.
pub fn parse_cpus(s: &str) -> Result<(i64, u64), String> {
    let v =
        parse_decimal(s).ok_or_else(|| format!("invalid value {s:?} for --cpus: not a number"))?;
    if v <= 0.0 {
        return Err(format!(
            "invalid value {s:?} for --cpus: must be a positive number"
        ));
    }
    let ncpu = std::thread::available_parallelism().map_or(1, |n| n.get()) as f64;
    if v > ncpu {
        return Err(format!(
            "range of CPUs is from 0.01 to {ncpu}, as there are only {ncpu} CPUs available"
        ));
    }
    let quota = (v * 100_000.0).round() as i64;
    if quota < 1000 {
        return Err(format!(
            "invalid value {s:?} for --cpus: the minimum is 0.01"
        ));
    }
    Ok((quota, 100_000))
}

/// A cpuset list (`0-3,5`): ascending ranges of numbers, each below `limit`, normalised
/// (no spaces).
pub fn parse_cpuset(s: &str, what: &str, limit: u32) -> Result<String, String> {
    let bad = |why: &str| format!("invalid value {s:?} for {what}: {why}");
    if s.trim().is_empty() {
        return Err(bad("empty list"));
    }
    let num = |p: &str| -> Result<u32, String> {
        if p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad(&format!("{p:?} is not a number")));
        }
        let n: u32 = p
            .parse()
            .map_err(|_| bad(&format!("{p:?} is not a number")))?;
        if n >= limit {
            return Err(bad(&format!(
                "{n} is not available (0-{})",
                limit.saturating_sub(1)
            )));
        }
        Ok(n)
    };
    let mut parts = Vec::new();
    for part in s.trim().split(',') {
        match part.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (num(a.trim())?, num(b.trim())?);
                if a > b {
                    return Err(bad(&format!("range {a}-{b} is reversed")));
                }
                parts.push(format!("{a}-{b}"));
            }
            None => parts.push(num(part.trim())?.to_string()),
        }
    }
    Ok(parts.join(","))
}

/// How many CPUs (or memory nodes) a sysfs list such as `/sys/devices/system/cpu/online`
/// (`0-3,6`) covers: one more than its highest number (1 when it cannot be read).
pub fn online(path: &str) -> u32 {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| {
            t.trim()
                .split([',', '-'])
                .filter_map(|n| n.parse::<u32>().ok())
                .max()
        })
        .map_or(1, |n| n + 1)
}

/// A whole number in `range` (flags such as `--cpu-period`, `--blkio-weight`).
pub fn parse_int_in(
    s: &str,
    what: &str,
    range: std::ops::RangeInclusive<i64>,
) -> Result<i64, String> {
    let t = s.trim();
    let digits = t.strip_prefix('-').unwrap_or(t);
    let whole =
        !digits.is_empty() && digits.len() <= 18 && digits.bytes().all(|b| b.is_ascii_digit());
    match whole.then(|| t.parse::<i64>().ok()).flatten() {
        Some(v) if range.contains(&v) => Ok(v),
        Some(_) => Err(format!(
            "invalid value {s:?} for {what}: must be between {} and {}",
            range.start(),
            range.end()
        )),
        None => Err(format!(
            "invalid value {s:?} for {what}: not a whole number"
        )),
    }
}

/// A signal by name (`TERM`, `SIGKILL`, `sigusr1`) or number.
pub fn parse_signal(s: &str) -> Result<i32, String> {
    if let Ok(n) = s.parse::<i32>() {
        return if (1..=64).contains(&n) {
            Ok(n)
        } else {
            Err(format!("invalid signal: {s}"))
        };
    }
    let up = s.to_ascii_uppercase();
    let name = up.strip_prefix("SIG").unwrap_or(&up);
    let n = match name {
        "HUP" => 1,
        "INT" => 2,
        "QUIT" => 3,
        "ILL" => 4,
        "TRAP" => 5,
        "ABRT" | "IOT" => 6,
        "BUS" => 7,
        "FPE" => 8,
        "KILL" => 9,
        "USR1" => 10,
        "SEGV" => 11,
        "USR2" => 12,
        "PIPE" => 13,
        "ALRM" => 14,
        "TERM" => 15,
        "STKFLT" => 16,
        "CHLD" => 17,
        "CONT" => 18,
        "STOP" => 19,
        "TSTP" => 20,
        "TTIN" => 21,
        "TTOU" => 22,
        "URG" => 23,
        "XCPU" => 24,
        "XFSZ" => 25,
        "VTALRM" => 26,
        "PROF" => 27,
        "WINCH" => 28,
        "IO" | "POLL" => 29,
        "PWR" => 30,
        "SYS" => 31,
        _ => {
            if let Some(rest) = name.strip_prefix("RTMIN+") {
                return rest
                    .parse::<i32>()
                    .ok()
                    .filter(|n| *n <= 30)
                    .map(|n| 34 + n)
                    .ok_or_else(|| format!("invalid signal: {s}"));
            }
            return Err(format!("invalid signal: {s}"));
        }
    };
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("512m"), Ok(512 << 20));
        assert_eq!(parse_size("1g"), Ok(1 << 30));
        assert_eq!(parse_size("1.5GB"), Ok(3 << 29));
        assert_eq!(parse_size("100"), Ok(100));
        assert_eq!(parse_size("64k"), Ok(64 << 10));
        assert_eq!(parse_limit("-1"), Ok(None));
        assert_eq!(parse_limit("2g"), Ok(Some(2 << 30)));
        assert!(parse_size("10q").is_err());
        assert!(parse_size("").is_err());
        assert!(parse_size("m").is_err());
        assert!(parse_size("-5m").is_err());
    }

    /// Issue 13: docker's grammar, nothing beyond it, and no silent overflow.
    #[test]
    fn issue13_sizes_at_the_edges() {
        for (ok, want) in [
            ("1.5GiB", 3u64 << 29),
            ("64 k", 64 << 10),
            ("100b", 100),
            ("1KB", 1024),
            ("1ki", 1024),
            ("0.5k", 512),
            ("1.99999999999999999999k", 2047),
            ("9223372036854775807", i64::MAX as u64),
        ] {
            assert_eq!(parse_size(ok), Ok(want), "{ok}");
        }
        for bad in [
            "1e99",
            "1E3",
            "inf",
            "NaN",
            "-1",
            "-0",
            "+5",
            "0x10",
            "1..5",
            ".5",
            "5.",
            "1 2",
            "1kk",
            "1gbb",
            "1  g",
            "1g b",
            "9223372036854775808",
            "8589934592g",
            "99999999999999999999999p",
            "١",
            "1\u{0}",
        ] {
            assert!(parse_size(bad).is_err(), "{bad:?}");
        }
        assert!(parse_limit("-2").is_err());
    }

    #[test]
    fn issue13_numbers_at_the_edges() {
        assert_eq!(parse_decimal("0.25"), Some(0.25));
        for bad in [
            "1e3", "NaN", "inf", "-1", "+1", "", ".5", "1.", "0x1", "1,5",
        ] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
        assert!(parse_cpus("0.001").is_err());
        assert!(parse_cpus("1e-1").is_err());
        assert_eq!(
            parse_cpuset("0-1, 3", "--cpuset-cpus", 8),
            Ok("0-1,3".into())
        );
        for bad in ["", "1-0", "a", "-1", "0-", "99999999", "8", "0,,1"] {
            assert!(parse_cpuset(bad, "--cpuset-cpus", 8).is_err(), "{bad}");
        }
        assert_eq!(parse_int_in("1000", "x", 1000..=1_000_000), Ok(1000));
        assert_eq!(parse_int_in("-1", "x", -1..=5), Ok(-1));
        for bad in ["999", "1e3", "1.0", "", "-", "99999999999999999999", "+5"] {
            assert!(parse_int_in(bad, "x", 1000..=1_000_000).is_err(), "{bad}");
        }
    }

    #[test]
    fn cpus_and_signals() {
        assert_eq!(parse_cpus("0.5"), Ok((50_000, 100_000)));
        assert!(parse_cpus("-1").is_err());
        assert!(parse_cpus("abc").is_err());
        assert!(parse_cpus("100000").is_err());
        assert_eq!(parse_signal("SIGTERM"), Ok(15));
        assert_eq!(parse_signal("kill"), Ok(9));
        assert_eq!(parse_signal("10"), Ok(10));
        assert_eq!(parse_signal("RTMIN+2"), Ok(36));
        assert!(parse_signal("NOPE").is_err());
        assert!(parse_signal("99").is_err());
    }
}
