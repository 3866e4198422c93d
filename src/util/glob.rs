//! Go's `path.Match` (`*` any run of non-`/`, `?` one non-`/` character, `[…]` classes with
//! ranges and `^`/`!` negation, `\\` escapes), optionally with `**` for any number of path
//! elements (.dockerignore's extension).
//!
//! Patterns come from .dockerignore files of cloned repositories: matching remembers which
//! (pattern rest, name rest) pairs already failed, so `*a*a*a*a…b` takes polynomial time
//! instead of exponential, and patterns or names longer than a path can be never match.

/// Whether `s` matches pattern `p`; `double_star`: `**` spans path elements.
pub fn matches(p: &str, s: &str, double_star: bool) -> bool {
    let p: Vec<char> = p.chars().collect();
    let s: Vec<char> = s.chars().collect();
    glob(&p, &s, double_star)
}

/// Longer patterns and names than a path can be (PATH_MAX) never match.
const MAX_LEN: usize = 4096;

pub fn glob(p: &[char], s: &[char], ds: bool) -> bool {
    if p.len() > MAX_LEN || s.len() > MAX_LEN {
        return false;
    }
    let mut failed = std::collections::HashSet::new();
    go(p, s, ds, &mut failed)
}

/// Every call works on suffixes of the original pattern and name, so their lengths name
/// the state; a state that failed once fails again.
fn go(
    p: &[char],
    s: &[char],
    ds: bool,
    failed: &mut std::collections::HashSet<(usize, usize)>,
) -> bool {
    if failed.contains(&(p.len(), s.len())) {
        return false;
    }
    let hit = step(p, s, ds, failed);
    if !hit {
        failed.insert((p.len(), s.len()));
    }
    hit
}

fn step(
    p: &[char],
    s: &[char],
    ds: bool,
    failed: &mut std::collections::HashSet<(usize, usize)>,
) -> bool {
    let mut glob = |p: &[char], s: &[char], ds: bool| go(p, s, ds, failed);
    if p.is_empty() {
        return s.is_empty();
    }
    match p[0] {
        '*' if ds && p.get(1) == Some(&'*') => {
            // `**/` matches zero or more whole elements; `**` at the end matches the rest
            let rest = if p.get(2) == Some(&'/') {
                &p[3..]
            } else {
                &p[2..]
            };
            if glob(rest, s, ds) {
                return true;
            }
            (0..s.len())
                .any(|i| (s[i] == '/' || p.get(2) != Some(&'/')) && glob(rest, &s[i + 1..], ds))
                || (p.get(2) != Some(&'/') && glob(rest, &s[s.len()..], ds))
        }
        '*' => {
            let mut i = 0;
            loop {
                if glob(&p[1..], &s[i..], ds) {
                    return true;
                }
                if i >= s.len() || s[i] == '/' {
                    return false;
                }
                i += 1;
            }
        }
        '?' => !s.is_empty() && s[0] != '/' && glob(&p[1..], &s[1..], ds),
        '[' => {
            let Some(end) = p.iter().skip(1).position(|c| *c == ']').map(|e| e + 1) else {
                return !s.is_empty() && s[0] == '[' && glob(&p[1..], &s[1..], ds);
            };
            if s.is_empty() || s[0] == '/' {
                return false;
            }
            let class = &p[1..end];
            let (negate, class) = match class.first() {
                Some('^') | Some('!') => (true, &class[1..]),
                _ => (false, class),
            };
            let mut hit = false;
            let mut i = 0;
            while i < class.len() {
                if i + 2 < class.len() && class[i + 1] == '-' {
                    if class[i] <= s[0] && s[0] <= class[i + 2] {
                        hit = true;
                    }
                    i += 3;
                } else {
                    if class[i] == s[0] {
                        hit = true;
                    }
                    i += 1;
                }
            }
            hit != negate && glob(&p[end + 1..], &s[1..], ds)
        }
        '\\' if p.len() > 1 => !s.is_empty() && s[0] == p[1] && glob(&p[2..], &s[1..], ds),
        c => !s.is_empty() && s[0] == c && glob(&p[1..], &s[1..], ds),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 13: a hostile .dockerignore pattern must not take exponential time.
    #[test]
    fn issue13_backtracking_is_bounded() {
        let name = "a".repeat(200);
        let pattern = "*a".repeat(40) + "b";
        assert!(!matches(&pattern, &name, false));
        let pattern = "**/".repeat(30) + &"*a".repeat(30) + "b";
        assert!(!matches(&pattern, &"a/".repeat(100), true));
        assert!(matches(&("*a".repeat(40) + "*"), &name, false));
        assert!(!matches(&"x".repeat(5000), &"x".repeat(5000), false));
    }
}
