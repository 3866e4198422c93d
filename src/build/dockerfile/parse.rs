//! Dockerfile text to instructions: parser directives (`# syntax=`, `# escape=`), comments,
//! line continuations, keywords (any case), leading `--flag[=value]`s, JSON (exec) or shell
//! form, and here-documents (`<<EOF`, `<<-EOF`, `<<"EOF"`). Nothing is expanded here: that
//! depends on the ARG and ENV values at each step (`expand`).

use std::fmt;

/// A Dockerfile as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dockerfile {
    pub escape: char,
    pub syntax: Option<String>,
    pub instructions: Vec<Instruction>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instruction {
    /// 1-based line of the keyword.
    pub line: usize,
    /// The keyword, upper case.
    pub keyword: String,
    pub flags: Vec<Flag>,
    pub args: Args,
    pub heredocs: Vec<Heredoc>,
    /// The instruction as written, continuations joined (for history and progress).
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flag {
    pub name: String,
    /// `--link` has none; `--from=x` has `x`.
    pub value: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Args {
    /// `["a", "b"]`.
    Exec(Vec<String>),
    /// Everything after the keyword and its flags.
    Shell(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heredoc {
    pub name: String,
    /// The lines up to the terminator, each ending in a newline (leading tabs gone with
    /// `<<-`).
    pub content: String,
    /// Unquoted delimiter: `$VAR`s in the content are expanded (by the shell, for RUN).
    pub expand: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

pub const KEYWORDS: &[&str] = &[
    "ADD",
    "ARG",
    "CMD",
    "COPY",
    "ENTRYPOINT",
    "ENV",
    "EXPOSE",
    "FROM",
    "HEALTHCHECK",
    "LABEL",
    "MAINTAINER",
    "ONBUILD",
    "RUN",
    "SHELL",
    "STOPSIGNAL",
    "USER",
    "VOLUME",
    "WORKDIR",
];

/// Keywords whose arguments may start with `--flags`.
const FLAGGED: &[&str] = &["ADD", "COPY", "FROM", "RUN", "HEALTHCHECK"];
/// The flags each keyword knows.
fn known_flags(keyword: &str) -> &'static [&'static str] {
    match keyword {
        "ADD" => &["from", "chown", "chmod", "link", "checksum", "keep-git-dir"],
        "COPY" => &["from", "chown", "chmod", "link"],
        "FROM" => &["platform"],
        "RUN" => &["mount", "network", "security"],
        "HEALTHCHECK" => &[
            "interval",
            "timeout",
            "start-period",
            "start-interval",
            "retries",
        ],
        _ => &[],
    }
}

/// Keywords that take here-documents.
const HEREDOCS: &[&str] = &["ADD", "COPY", "RUN"];

fn is_comment(line: &str) -> bool {
    line.trim_start().starts_with('#')
}

/// `# name=value` at the top of the file.
fn directive(line: &str) -> Option<(String, String)> {
    let rest = line.strip_prefix('#')?.trim();
    let (name, value) = rest.split_once('=')?;
    let name = name.trim().to_ascii_lowercase();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some((name, value.trim().to_string()))
}

/// `line` ends with the escape character (trailing whitespace allowed): the text before it.
fn continued(line: &str, escape: char) -> Option<&str> {
    line.trim_end().strip_suffix(escape)
}

pub fn parse(text: &str, file: &str) -> Result<Dockerfile, ParseError> {
    let err = |line: usize, message: String| ParseError {
        file: file.to_string(),
        line,
        message,
    };
    let lines: Vec<&str> = text.lines().collect();
    let mut escape = '\\';
    let mut syntax = None;
    let mut i = 0;
    // Directives: only before anything else; an unknown one is a comment and ends them.
    while i < lines.len() {
        match directive(lines[i]) {
            Some((name, value)) if name == "escape" => {
                escape = match value.as_str() {
                    "\\" => '\\',
                    "`" => '`',
                    _ => {
                        return Err(err(
                            i + 1,
                            format!("invalid escape token {value:?}: use \\ or `"),
                        ));
                    }
                };
            }
            Some((name, value)) if name == "syntax" => syntax = Some(value),
            Some((name, _)) if name == "check" => {}
            _ => break,
        }
        i += 1;
    }
    let mut instructions = Vec::new();
    while i < lines.len() {
        let first = lines[i];
        if first.trim().is_empty() || is_comment(first) {
            i += 1;
            continue;
        }
        let start = i + 1;
        // Join continuation lines; comment and empty lines inside are dropped.
        let mut joined = String::new();
        let mut cur = first;
        loop {
            match continued(cur, escape) {
                Some(head) => {
                    joined.push_str(head);
                    i += 1;
                    while i < lines.len() && (is_comment(lines[i]) || lines[i].trim().is_empty()) {
                        i += 1;
                    }
                    if i >= lines.len() {
                        break;
                    }
                    cur = lines[i];
                }
                None => {
                    joined.push_str(cur);
                    i += 1;
                    break;
                }
            }
        }
        let trimmed = joined.trim();
        let (word, rest) = trimmed
            .split_once(char::is_whitespace)
            .map(|(w, r)| (w, r.trim_start()))
            .unwrap_or((trimmed, ""));
        let keyword = word.to_ascii_uppercase();
        if !KEYWORDS.contains(&keyword.as_str()) {
            return Err(err(start, format!("unknown instruction: {word}")));
        }
        let (flags, rest) = if FLAGGED.contains(&keyword.as_str()) {
            split_flags(rest)
        } else {
            (Vec::new(), rest)
        };
        if let Some(f) = flags
            .iter()
            .find(|f| !known_flags(&keyword).contains(&f.name.as_str()))
        {
            return Err(err(
                start,
                format!("unknown flag for {keyword}: --{}", f.name),
            ));
        }
        let mut heredocs = Vec::new();
        if HEREDOCS.contains(&keyword.as_str()) {
            for (name, strip, expand) in heredoc_markers(rest) {
                let mut content = String::new();
                let mut closed = false;
                while i < lines.len() {
                    let l = lines[i];
                    i += 1;
                    let l = if strip { l.trim_start_matches('\t') } else { l };
                    if l == name {
                        closed = true;
                        break;
                    }
                    content.push_str(l);
                    content.push('\n');
                }
                if !closed {
                    return Err(err(
                        start,
                        format!(
                            "unterminated here-document: no line {name:?} before the end of the file"
                        ),
                    ));
                }
                heredocs.push(Heredoc {
                    name,
                    content,
                    expand,
                });
            }
        }
        let args = match exec_form(rest) {
            Some(v) => Args::Exec(v),
            None => Args::Shell(rest.to_string()),
        };
        if rest.is_empty() && keyword != "HEALTHCHECK" {
            return Err(err(
                start,
                format!("{keyword} requires at least one argument"),
            ));
        }
        instructions.push(Instruction {
            line: start,
            keyword,
            flags,
            args,
            heredocs,
            text: trimmed.to_string(),
        });
    }
    Ok(Dockerfile {
        escape,
        syntax,
        instructions,
    })
}

/// Leading `--name[=value]` words.
fn split_flags(mut rest: &str) -> (Vec<Flag>, &str) {
    let mut flags = Vec::new();
    while let Some(f) = rest.strip_prefix("--") {
        let end = f.find(char::is_whitespace).unwrap_or(f.len());
        let word = &f[..end];
        if word.is_empty() {
            break;
        }
        let (name, value) = match word.split_once('=') {
            Some((n, v)) => (n.to_string(), Some(v.to_string())),
            None => (word.to_string(), None),
        };
        flags.push(Flag { name, value });
        rest = f[end..].trim_start();
    }
    (flags, rest)
}

/// `["a", "b"]` as a list of strings (anything else: shell form).
fn exec_form(rest: &str) -> Option<Vec<String>> {
    if !rest.starts_with('[') {
        return None;
    }
    serde_json::from_str::<Vec<String>>(rest).ok()
}

/// Here-document markers in the instruction's words: (delimiter, strip tabs, expand).
fn heredoc_markers(rest: &str) -> Vec<(String, bool, bool)> {
    let mut out = Vec::new();
    for word in rest.split_whitespace() {
        let Some(mut m) = word.strip_prefix("<<") else {
            continue;
        };
        let strip = m.starts_with('-');
        if strip {
            m = &m[1..];
        }
        let quoted = (m.starts_with('"') && m.ends_with('"') && m.len() >= 2)
            || (m.starts_with('\'') && m.ends_with('\'') && m.len() >= 2);
        let name = if quoted { &m[1..m.len() - 1] } else { m };
        // What follows the name (`<<EOF>file`) is not part of it.
        let name: String = name
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-' || *c == '.')
            .collect();
        if !name.is_empty() {
            out.push((name, strip, !quoted));
        }
    }
    out
}

impl Instruction {
    pub fn flag(&self, name: &str) -> Option<&Flag> {
        self.flags.iter().find(|f| f.name == name)
    }

    /// Every value of a repeatable flag (`--mount`).
    pub fn flag_values(&self, name: &str) -> Vec<&str> {
        self.flags
            .iter()
            .filter(|f| f.name == name)
            .filter_map(|f| f.value.as_deref())
            .collect()
    }
}

#[cfg(test)]
mod tests;
