//! `.dockerignore` / `.containerignore` with docker's rules: one pattern per line, `#`
//! comments, a leading `/` and `./` ignored, paths cleaned, `*` and `?` within one path
//! element, `[…]` classes, `**` across elements, `!` for exceptions; the last pattern that
//! matches a path — or one of its parent directories — decides.

#[derive(Clone, Debug, Default)]
pub struct Ignore {
    patterns: Vec<(Vec<char>, bool)>,
}

fn clean(p: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for x in p.split('/') {
        match x {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            x => parts.push(x),
        }
    }
    parts.join("/")
}

impl Ignore {
    pub fn parse(text: &str) -> Ignore {
        let mut patterns = Vec::new();
        for line in text.lines() {
            let l = line.trim();
            if l.is_empty() || l.starts_with('#') {
                continue;
            }
            let (l, exception) = match l.strip_prefix('!') {
                Some(rest) => (rest.trim(), true),
                None => (l, false),
            };
            let c = clean(l);
            if c.is_empty() {
                continue;
            }
            patterns.push((c.chars().collect(), exception));
        }
        Ignore { patterns }
    }

    /// Whether `path` (relative to the context, `/`-separated) is excluded.
    pub fn excluded(&self, path: &str) -> bool {
        let path = clean(path);
        let mut out = false;
        for (p, exception) in &self.patterns {
            let mut hit = glob(p, &path.chars().collect::<Vec<_>>());
            if !hit && !exception {
                // a pattern naming a directory excludes what is inside it
                let mut prefix = String::new();
                for part in path.split('/') {
                    if !prefix.is_empty() {
                        prefix.push('/');
                    }
                    prefix.push_str(part);
                    if prefix.len() < path.len() && glob(p, &prefix.chars().collect::<Vec<_>>()) {
                        hit = true;
                        break;
                    }
                }
            }
            if hit {
                out = !exception;
            }
        }
        out
    }

    /// Whether some exception might re-include something under the excluded directory
    /// `dir` (then its contents must be looked at one by one).
    pub fn has_exceptions_under(&self, dir: &str) -> bool {
        let dir = clean(dir);
        self.patterns.iter().any(|(p, e)| {
            *e && {
                let s: String = p.iter().collect();
                s.starts_with(&format!("{dir}/")) || s.contains('*')
            }
        })
    }
}

/// Go's filepath.Match plus `**` (any number of path elements).
pub fn glob(p: &[char], s: &[char]) -> bool {
    if p.is_empty() {
        return s.is_empty();
    }
    match p[0] {
        '*' if p.get(1) == Some(&'*') => {
            // `**/` matches zero or more whole elements; `**` at the end matches the rest
            let rest = if p.get(2) == Some(&'/') {
                &p[3..]
            } else {
                &p[2..]
            };
            if glob(rest, s) {
                return true;
            }
            (0..s.len()).any(|i| (s[i] == '/' || p.get(2) != Some(&'/')) && glob(rest, &s[i + 1..]))
                || (p.get(2) != Some(&'/') && glob(rest, &s[s.len()..]))
        }
        '*' => {
            let mut i = 0;
            loop {
                if glob(&p[1..], &s[i..]) {
                    return true;
                }
                if i >= s.len() || s[i] == '/' {
                    return false;
                }
                i += 1;
            }
        }
        '?' => !s.is_empty() && s[0] != '/' && glob(&p[1..], &s[1..]),
        '[' => {
            let Some(end) = p.iter().skip(1).position(|c| *c == ']').map(|e| e + 1) else {
                return !s.is_empty() && s[0] == '[' && glob(&p[1..], &s[1..]);
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
            hit != negate && glob(&p[end + 1..], &s[1..])
        }
        '\\' if p.len() > 1 => !s.is_empty() && s[0] == p[1] && glob(&p[2..], &s[1..]),
        c => !s.is_empty() && s[0] == c && glob(&p[1..], &s[1..]),
    }
}

/// Whether a source path has glob characters.
pub fn has_glob(s: &str) -> bool {
    s.contains(['*', '?', '['])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(p: &str, s: &str) -> bool {
        glob(
            &p.chars().collect::<Vec<_>>(),
            &s.chars().collect::<Vec<_>>(),
        )
    }

    #[test]
    fn globbing() {
        assert!(g("*.txt", "a.txt"));
        assert!(!g("*.txt", "d/a.txt"));
        assert!(g("d/*.txt", "d/a.txt"));
        assert!(g("**/*.txt", "a.txt"));
        assert!(g("**/*.txt", "x/y/a.txt"));
        assert!(g("x/**", "x/y/z"));
        assert!(g("a?c", "abc"));
        assert!(!g("a?c", "a/c"));
        assert!(g("[a-c]x", "bx"));
        assert!(!g("[^a-c]x", "bx"));
        assert!(g("**", "anything/at/all"));
    }

    #[test]
    fn dockerignore_rules() {
        let i = Ignore::parse(
            "# comment\n/node_modules\n*.log\n!keep.log\n**/secret\ndocs/\n!docs/README.md\n./tmp/*\n",
        );
        for (path, want) in [
            ("node_modules", true),
            ("node_modules/x/y.js", true),
            ("a.log", true),
            ("keep.log", false),
            ("sub/a.log", false),
            ("x/y/secret", true),
            ("secret", true),
            ("docs/guide.md", true),
            ("docs/README.md", false),
            ("tmp/a", true),
            ("tmp", false),
            ("src/main.rs", false),
        ] {
            assert_eq!(i.excluded(path), want, "{path}");
        }
        assert!(i.has_exceptions_under("docs"));
    }
}
