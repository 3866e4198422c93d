//! Which files make a compose project and what it is called: the default file names
//! searched in a directory and its parents, the override file beside them, the project
//! name normalised as compose does, and `.env` files. Pure over the paths and text given.

use std::path::{Path, PathBuf};

/// The file names compose looks for, in its order of preference.
pub const DEFAULT_FILES: [&str; 4] = [
    "compose.yaml",
    "compose.yml",
    "docker-compose.yaml",
    "docker-compose.yml",
];

/// The override file picked up beside each default file name.
fn override_of(name: &str) -> String {
    let (stem, ext) = name.rsplit_once('.').unwrap_or((name, "yaml"));
    format!("{stem}.override.{ext}")
}

/// The compose files of the nearest directory from `dir` up that has one: the preferred
/// default file, then its override file when there is one. `exists` tells whether a
/// path is a file (the caller's filesystem; a test's set).
pub fn find_files(dir: &Path, exists: &dyn Fn(&Path) -> bool) -> Option<Vec<PathBuf>> {
    let mut at = Some(dir);
    while let Some(d) = at {
        if let Some(name) = DEFAULT_FILES.iter().find(|n| exists(&d.join(n))) {
            let mut files = vec![d.join(name)];
            let over = d.join(override_of(name));
            if exists(&over) {
                files.push(over);
            }
            return Some(files);
        }
        at = d.parent();
    }
    None
}

/// A project name as compose makes it from a directory name (or checks one given):
/// lower case, only `a-z`, `0-9`, `_` and `-`, starting with a letter or digit.
pub fn normalize_name(raw: &str) -> String {
    let kept: String = raw
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_' || *c == '-')
        .collect();
    kept.trim_start_matches(['_', '-']).to_string()
}

/// Whether `name` is a valid project name as given (`-p`, `name:`): compose refuses one
/// that normalising would change.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty() && normalize_name(name) == name
}

/// One problem in a `.env` file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {why}")]
pub struct EnvFileError {
    pub line: usize,
    pub why: String,
}

/// The variables of a `.env` file: `KEY=VALUE` lines (an optional `export ` before),
/// blank lines and `#` comments; a value in single quotes is taken as written, one in
/// double quotes understands `\n`, `\t`, `\\` and `\"`, an unquoted one is trimmed and
/// ends at ` #`. A line with only a name sets nothing.
pub fn parse_env_file(text: &str) -> Result<Vec<(String, String)>, EnvFileError> {
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line).trim_start();
        let err = |why: &str| EnvFileError {
            line: n + 1,
            why: why.to_string(),
        };
        let Some((key, value)) = line.split_once('=') else {
            if line.chars().all(|c| c == '_' || c.is_ascii_alphanumeric()) {
                continue;
            }
            return Err(err("expected KEY=VALUE"));
        };
        let key = key.trim();
        if key.is_empty() || key.chars().any(|c| c.is_whitespace()) {
            return Err(err("a variable name cannot be empty or hold spaces"));
        }
        let value = value.trim_start();
        let value = if let Some(rest) = value.strip_prefix('\'') {
            rest.split_once('\'')
                .ok_or_else(|| err("a ' without its closing '"))?
                .0
                .to_string()
        } else if let Some(rest) = value.strip_prefix('"') {
            let mut v = String::new();
            let mut chars = rest.chars();
            loop {
                match chars.next() {
                    None => return Err(err("a \" without its closing \"")),
                    Some('"') => break,
                    Some('\\') => match chars.next() {
                        Some('n') => v.push('\n'),
                        Some('t') => v.push('\t'),
                        Some('r') => v.push('\r'),
                        Some(c) => v.push(c),
                        None => return Err(err("a \" without its closing \"")),
                    },
                    Some(c) => v.push(c),
                }
            }
            v
        } else {
            let end = value.find(" #").unwrap_or(value.len());
            value[..end].trim_end().to_string()
        };
        out.push((key.to_string(), value));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_directory_with_a_file_wins_with_its_override() {
        let have = |p: &Path| {
            [
                "/w/app/compose.yml",
                "/w/app/compose.override.yml",
                "/w/app/docker-compose.yml",
                "/w/compose.yaml",
            ]
            .iter()
            .any(|f| Path::new(f) == p)
        };
        assert_eq!(
            find_files(Path::new("/w/app/sub/deeper"), &have),
            Some(vec![
                PathBuf::from("/w/app/compose.yml"),
                PathBuf::from("/w/app/compose.override.yml")
            ])
        );
        assert_eq!(
            find_files(Path::new("/w/other"), &have),
            Some(vec![PathBuf::from("/w/compose.yaml")])
        );
        assert_eq!(find_files(Path::new("/elsewhere"), &have), None);
        assert_eq!(
            override_of("docker-compose.yaml"),
            "docker-compose.override.yaml"
        );
    }

    #[test]
    fn project_names_are_normalised_like_compose() {
        assert_eq!(normalize_name("My App.v2"), "myappv2");
        assert_eq!(normalize_name("_-web_1"), "web_1");
        assert_eq!(normalize_name("Über"), "ber");
        assert!(valid_name("web_1-x"));
        assert!(!valid_name("Web"));
        assert!(!valid_name("-web"));
        assert!(!valid_name(""));
    }

    #[test]
    fn env_files_parse_quotes_comments_and_export() {
        let text = "# comment\n\nA=1\nexport B = two words \nC='single $X # kept'\nD=\"line\\nnext \\\"q\\\"\"\nE=val # comment\nF=\nONLYNAME\n";
        assert_eq!(
            parse_env_file(text).unwrap(),
            [
                ("A", "1"),
                ("B", "two words"),
                ("C", "single $X # kept"),
                ("D", "line\nnext \"q\""),
                ("E", "val"),
                ("F", ""),
            ]
            .map(|(k, v)| (k.to_string(), v.to_string()))
        );
        assert_eq!(parse_env_file("A='open\n").unwrap_err().line, 1);
        assert_eq!(parse_env_file("ok=1\nnot valid\n").unwrap_err().line, 2);
        assert_eq!(parse_env_file("=x\n").unwrap_err().line, 1);
    }
}
