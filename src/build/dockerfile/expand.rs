//! docker's word rules for ADD, COPY, ENV, EXPOSE, FROM, LABEL, STOPSIGNAL, USER, VOLUME,
//! WORKDIR and ONBUILD arguments: `$VAR`, `${VAR}`, `${VAR:-word}`, `${VAR-word}`,
//! `${VAR:+word}`, `${VAR+word}`, `${VAR:?message}`; single quotes keep everything literal,
//! double quotes allow substitution; the escape character makes the next character
//! literal (inside double quotes only before `"`, `$` and itself). Quotes are removed.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpandError(pub String);

impl fmt::Display for ExpandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ExpandError {}

/// Variables in force and the escape character.
pub struct Expander<'a> {
    pub escape: char,
    pub lookup: &'a dyn Fn(&str) -> Option<String>,
}

struct Scan {
    chars: Vec<char>,
    at: usize,
}

impl Scan {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }
    fn next(&mut self) -> Option<char> {
        let c = self.peek();
        self.at += 1;
        c
    }
}

impl Expander<'_> {
    /// One word: substitution and quote removal, whitespace kept.
    pub fn word(&self, s: &str) -> Result<String, ExpandError> {
        let words = self.process(s, false)?;
        Ok(words.into_iter().next().unwrap_or_default())
    }

    /// Words split at unquoted whitespace (also inside unquoted substitutions).
    pub fn words(&self, s: &str) -> Result<Vec<String>, ExpandError> {
        self.process(s, true)
    }

    fn process(&self, s: &str, split: bool) -> Result<Vec<String>, ExpandError> {
        let mut sc = Scan {
            chars: s.chars().collect(),
            at: 0,
        };
        let mut words = Vec::new();
        let mut cur = String::new();
        let mut started = false;
        while let Some(c) = sc.next() {
            match c {
                '\'' => {
                    started = true;
                    loop {
                        match sc.next() {
                            Some('\'') => break,
                            Some(x) => cur.push(x),
                            None => {
                                return Err(ExpandError(format!(
                                    "unterminated single quote in {s:?}"
                                )));
                            }
                        }
                    }
                }
                '"' => {
                    started = true;
                    loop {
                        match sc.next() {
                            Some('"') => break,
                            Some('$') => cur.push_str(&self.variable(&mut sc, s)?),
                            Some(x) if x == self.escape => match sc.peek() {
                                Some(n) if n == '"' || n == '$' || n == self.escape => {
                                    sc.next();
                                    cur.push(n);
                                }
                                _ => cur.push(x),
                            },
                            Some(x) => cur.push(x),
                            None => {
                                return Err(ExpandError(format!(
                                    "unterminated double quote in {s:?}"
                                )));
                            }
                        }
                    }
                }
                '$' => {
                    let v = self.variable(&mut sc, s)?;
                    if split {
                        // An unquoted substitution is split like the rest.
                        let mut parts = v.split(char::is_whitespace).peekable();
                        let leading_space = v.starts_with(char::is_whitespace);
                        if leading_space && started {
                            words.push(std::mem::take(&mut cur));
                            started = false;
                        }
                        while let Some(p) = parts.next() {
                            if !p.is_empty() {
                                cur.push_str(p);
                                started = true;
                            }
                            if parts.peek().is_some() && started {
                                words.push(std::mem::take(&mut cur));
                                started = false;
                            }
                        }
                    } else {
                        cur.push_str(&v);
                        started = true;
                    }
                }
                x if x == self.escape => {
                    started = true;
                    match sc.next() {
                        Some(n) => cur.push(n),
                        None => cur.push(x),
                    }
                }
                x if split && x.is_whitespace() => {
                    if started {
                        words.push(std::mem::take(&mut cur));
                        started = false;
                    }
                }
                x => {
                    started = true;
                    cur.push(x);
                }
            }
        }
        if started || (!split && words.is_empty()) {
            words.push(cur);
        }
        Ok(words)
    }

    /// After a `$`: the substitution's value.
    fn variable(&self, sc: &mut Scan, whole: &str) -> Result<String, ExpandError> {
        let name_char = |c: char| c.is_ascii_alphanumeric() || c == '_';
        match sc.peek() {
            Some('{') => {
                sc.next();
                let mut name = String::new();
                while let Some(c) = sc.peek().filter(|c| name_char(*c)) {
                    name.push(c);
                    sc.next();
                }
                if name.is_empty() {
                    return Err(ExpandError(format!("bad substitution in {whole:?}")));
                }
                let value = (self.lookup)(&name);
                match sc.next() {
                    Some('}') => Ok(value.unwrap_or_default()),
                    Some(op @ (':' | '-' | '+' | '?')) => {
                        let colon = op == ':';
                        let op = if colon {
                            sc.next().ok_or_else(|| {
                                ExpandError(format!("bad substitution in {whole:?}"))
                            })?
                        } else {
                            op
                        };
                        // The word up to the matching brace, itself expanded.
                        let mut depth = 0;
                        let mut raw = String::new();
                        loop {
                            match sc.next() {
                                Some('}') if depth == 0 => break,
                                Some(c) => {
                                    if c == '{' {
                                        depth += 1;
                                        // each level is expanded by a recursive call
                                        if depth > 64 {
                                            return Err(ExpandError(format!(
                                                "substitutions nested too deeply in {whole:?}"
                                            )));
                                        }
                                    } else if c == '}' {
                                        depth -= 1;
                                    }
                                    raw.push(c);
                                }
                                None => {
                                    return Err(ExpandError(format!("missing '}}' in {whole:?}")));
                                }
                            }
                        }
                        let set = match &value {
                            Some(v) => !colon || !v.is_empty(),
                            None => false,
                        };
                        match op {
                            '-' => {
                                if set {
                                    Ok(value.unwrap_or_default())
                                } else {
                                    self.word(&raw)
                                }
                            }
                            '+' => {
                                if set {
                                    self.word(&raw)
                                } else {
                                    Ok(String::new())
                                }
                            }
                            '?' => {
                                if set {
                                    Ok(value.unwrap_or_default())
                                } else {
                                    let msg = self.word(&raw)?;
                                    Err(ExpandError(format!(
                                        "{name}: {}",
                                        if msg.is_empty() {
                                            "is not allowed to be empty"
                                        } else {
                                            &msg
                                        }
                                    )))
                                }
                            }
                            other => Err(ExpandError(format!(
                                "unsupported modifier ({other}) in substitution {whole:?}"
                            ))),
                        }
                    }
                    _ => Err(ExpandError(format!("bad substitution in {whole:?}"))),
                }
            }
            Some(c) if c.is_ascii_alphabetic() || c == '_' => {
                let mut name = String::new();
                while let Some(c) = sc.peek().filter(|c| name_char(*c)) {
                    name.push(c);
                    sc.next();
                }
                Ok((self.lookup)(&name).unwrap_or_default())
            }
            _ => Ok("$".into()),
        }
    }
}

/// `key=value key2="v 2"` (ENV, LABEL, ARG) or the legacy `key value with spaces`.
pub fn name_values(
    x: &Expander<'_>,
    s: &str,
    keyword: &str,
) -> Result<Vec<(String, String)>, ExpandError> {
    let first = s.split_whitespace().next().unwrap_or("");
    if !first.contains('=') {
        // ENV key value: the rest of the line is the value.
        let (k, v) = s
            .trim()
            .split_once(char::is_whitespace)
            .ok_or_else(|| ExpandError(format!("{keyword} names a key without a value: {s:?}")))?;
        return Ok(vec![(k.to_string(), x.word(v.trim_start())?)]);
    }
    // Split first (quotes kept), then expand each value on its own.
    let mut out = Vec::new();
    for token in split_keep_quotes(s, x.escape) {
        let (k, v) = token
            .split_once('=')
            .ok_or_else(|| ExpandError(format!("{keyword}: {token:?} is not KEY=VALUE")))?;
        out.push((x.word(k)?, x.word(v)?));
    }
    Ok(out)
}

/// Splits at unquoted whitespace, leaving quotes and escapes in place.
fn split_keep_quotes(s: &str, escape: char) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quote: Option<char> = None;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (_, e) if e == escape && quote != Some('\'') => {
                cur.push(e);
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
            }
            (None, '"' | '\'') => {
                quote = Some(c);
                cur.push(c);
            }
            (Some(q), x) if x == q => {
                quote = None;
                cur.push(c);
            }
            (None, w) if w.is_whitespace() => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            _ => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(k: &str) -> Option<String> {
        match k {
            "A" => Some("apple".into()),
            "E" => Some(String::new()),
            "S" => Some("two words".into()),
            _ => None,
        }
    }

    fn x() -> Expander<'static> {
        Expander {
            escape: '\\',
            lookup: &env,
        }
    }

    #[test]
    fn substitutions_like_docker() {
        let x = x();
        for (input, want) in [
            ("$A", "apple"),
            ("${A}pie", "applepie"),
            ("$Apie", ""),
            ("${N:-dflt}", "dflt"),
            ("${E:-dflt}", "dflt"),
            ("${E-dflt}", ""),
            ("${N-dflt}", "dflt"),
            ("${A:+alt}", "alt"),
            ("${E:+alt}", ""),
            ("${E+alt}", "alt"),
            ("${N:-${A}}", "apple"),
            ("'$A'", "$A"),
            ("\"$A b\"", "apple b"),
            ("\\$A", "$A"),
            ("\"\\$A \\\" \\x\"", "$A \" \\x"),
            ("a$", "a$"),
            ("$1", "$1"),
            ("/usr/$A/bin", "/usr/apple/bin"),
        ] {
            assert_eq!(x.word(input).unwrap(), want, "{input}");
        }
        assert!(
            x.word("${N:?must be set}")
                .unwrap_err()
                .0
                .contains("must be set")
        );
        assert!(x.word("${A").is_err());
        assert!(x.word("\"open").is_err());
        assert!(x.word("${A%%x}").is_err());
    }

    #[test]
    fn words_split_outside_quotes() {
        let x = x();
        assert_eq!(
            x.words("80 443/udp  $A").unwrap(),
            ["80", "443/udp", "apple"]
        );
        assert_eq!(x.words("\"a b\" c").unwrap(), ["a b", "c"]);
        assert_eq!(x.words("x$S y").unwrap(), ["xtwo", "words", "y"]);
        assert_eq!(x.words("\"$S\"").unwrap(), ["two words"]);
        assert_eq!(x.words("''").unwrap(), [""]);
        assert!(x.words("").unwrap().is_empty());
    }

    #[test]
    fn env_and_label_pairs() {
        let x = x();
        assert_eq!(
            name_values(&x, "PATH /usr/bin:$A  and more", "ENV").unwrap(),
            [("PATH".to_string(), "/usr/bin:apple  and more".to_string())]
        );
        assert_eq!(
            name_values(&x, "a=1 b=\"two $A\" c='$A' d=x\\ y", "ENV").unwrap(),
            [
                ("a".to_string(), "1".to_string()),
                ("b".to_string(), "two apple".to_string()),
                ("c".to_string(), "$A".to_string()),
                ("d".to_string(), "x y".to_string()),
            ]
        );
        assert!(name_values(&x, "lonely", "ENV").is_err());
        assert!(name_values(&x, "a=1 b", "LABEL").is_err());
    }
}
