//! User and group ids as `--user`, an image's `User`, `exec -u` and `--chown` give them.
//!
//! The kernel's ids are 0 ..= 4294967294: 4294967295 (`(uid_t)-1`) is the "leave it
//! unchanged" value of setresuid(2) and chown(2), so an image asking for it would keep
//! running as root. Only plain decimal numbers in that range are ids; anything that looks
//! like a number but is not one (`-1`, `+5`, `0x10`, `99999999999`) is refused, never
//! looked up as a name.

/// The largest valid id.
pub const MAX_ID: u32 = u32::MAX - 1;

/// A decimal id in 0 ..= [`MAX_ID`], or None.
pub fn parse_id(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 10 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse::<u64>()
        .ok()
        .filter(|n| *n <= u64::from(MAX_ID))
        .map(|n| n as u32)
}

/// Whether `s` is meant as a number (and so must be a valid id, not a name).
fn numeric(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+')
}

/// One part of a user spec: an id in range, or a name.
fn check_part(spec: &str, part: &str, what: &str) -> Result<(), String> {
    if part.is_empty() {
        return Err(format!("invalid user {spec:?}: the {what} part is empty"));
    }
    if numeric(part) && parse_id(part).is_none() {
        return Err(format!(
            "invalid user {spec:?}: {part:?} is not a valid {what} id (0 to {MAX_ID})"
        ));
    }
    if part.chars().any(|c| c.is_control() || c == '/') {
        return Err(format!(
            "invalid user {spec:?}: bad character in the {what} name"
        ));
    }
    Ok(())
}

/// Checks `user[:group]` (empty: the image's default) before anything is created.
pub fn check_user(spec: &str) -> Result<(), String> {
    if spec.is_empty() {
        return Ok(());
    }
    let (user, group) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (spec, None),
    };
    check_part(spec, user, "user")?;
    if let Some(g) = group {
        check_part(spec, g, "group")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_at_the_edges() {
        assert_eq!(parse_id("0"), Some(0));
        assert_eq!(parse_id("4294967294"), Some(MAX_ID));
        for bad in [
            "4294967295",
            "4294967296",
            "18446744073709551616",
            "-1",
            "+5",
            "0x10",
            " 1",
            "1 ",
            "",
            "1e3",
            "٣",
        ] {
            assert_eq!(parse_id(bad), None, "{bad}");
        }
    }

    #[test]
    fn user_specs() {
        for ok in [
            "",
            "0",
            "app",
            "1000:1000",
            "app:staff",
            "4294967294:0",
            "_x-y.z",
        ] {
            assert!(check_user(ok).is_ok(), "{ok}");
        }
        for bad in [
            "4294967295",
            "0:4294967295",
            "-1",
            "1000:-1",
            "+0",
            "0x0",
            ":",
            ":0",
            "0:",
            "99999999999",
            "a/b",
            "a\u{1b}b",
        ] {
            assert!(check_user(bad).is_err(), "{bad:?}");
        }
    }
}
