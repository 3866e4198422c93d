//! Values users write on the command line: sizes (`512m`, `1.5g`), CPU counts, signals.

/// docker's RAMInBytes: a number with an optional binary unit (b, k, m, g, t, p; an
/// optional trailing `b`, any case). `-1` means unlimited where the caller allows it.
pub fn parse_size(s: &str) -> Result<i64, String> {
    let bad = || format!("invalid size: {s:?} (use a number with an optional unit b, k, m, g)");
    let t = s.trim().to_ascii_lowercase();
    if t == "-1" {
        return Ok(-1);
    }
    let t = t
        .strip_suffix('b')
        .filter(|r| !r.is_empty() && r.ends_with(|c: char| c.is_ascii_alphabetic()))
        .unwrap_or(&t);
    let (num, mult) = match t.chars().last() {
        Some('k') => (&t[..t.len() - 1], 1i64 << 10),
        Some('m') => (&t[..t.len() - 1], 1 << 20),
        Some('g') => (&t[..t.len() - 1], 1 << 30),
        Some('t') => (&t[..t.len() - 1], 1 << 40),
        Some('p') => (&t[..t.len() - 1], 1 << 50),
        Some('b') => (&t[..t.len() - 1], 1),
        Some(c) if c.is_ascii_digit() => (t, 1),
        _ => return Err(bad()),
    };
    let v: f64 = num.parse().map_err(|_| bad())?;
    if !v.is_finite() || v < 0.0 {
        return Err(bad());
    }
    Ok((v * mult as f64) as i64)
}

/// `--cpus 1.5` → (quota, period) in microseconds per 100 ms period.
pub fn parse_cpus(s: &str) -> Result<(i64, u64), String> {
    let v: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("invalid value {s:?} for --cpus: not a number"))?;
    if !v.is_finite() || v <= 0.0 {
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
    Ok(((v * 100_000.0).round() as i64, 100_000))
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
        assert_eq!(parse_size("-1"), Ok(-1));
        assert!(parse_size("10q").is_err());
        assert!(parse_size("").is_err());
        assert!(parse_size("m").is_err());
        assert!(parse_size("-5m").is_err());
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
