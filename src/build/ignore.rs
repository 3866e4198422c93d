//! `.dockerignore` / `.containerignore` with docker's rules: one pattern per line, `#`
//! comments, a leading `/` and `./` ignored, paths cleaned, `*` and `?` within one path
//! element, `[…]` classes, `**` across elements, `!` for exceptions; the last pattern that
//! matches a path — or one of its parent directories — decides.

#[derive(Clone, Debug, Default)]
pub struct Ignore {
    patterns: Vec<(Vec<char>, bool)>,
}

fn clean(p: &str) -> String {
    crate::util::fs::clean_path(p, true).unwrap_or_default()
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

/// `.dockerignore`'s matching: Go's filepath.Match plus `**`.
pub fn glob(p: &[char], s: &[char]) -> bool {
    crate::util::glob::glob(p, s, true)
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
