//! Variable interpolation in compose files, as the Compose Specification defines it:
//! `$VAR` and `${VAR}`, `${VAR:-default}` / `${VAR-default}` (unset-or-empty / unset),
//! `${VAR:?message}` / `${VAR?message}` (an error), `${VAR:+alternative}` /
//! `${VAR+alternative}`, and `$$` for a literal `$`. Defaults, messages and alternatives
//! may hold interpolations themselves. A variable that is unset and has no default becomes
//! the empty string, with a warning. Pure: the variables come from a lookup.

/// What went wrong, for one string.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InterpolateError {
    /// `${VAR:?message}` and `${VAR?message}` with VAR missing.
    #[error("required variable {name} is missing a value: {message}")]
    Required { name: String, message: String },
    /// A `$` that starts nothing valid (`$1`, `${`, `${A B}`).
    #[error("invalid interpolation format in {text:?}: {why}")]
    Invalid { text: String, why: String },
}

/// The result of one string: its value and the names of unset variables used without a
/// default (each to be warned about).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Interpolated {
    pub value: String,
    pub unset: Vec<String>,
}

fn name_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic()
}

fn name_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric()
}

/// Interpolates `text` with the variables `lookup` knows.
pub fn interpolate(
    text: &str,
    lookup: &dyn Fn(&str) -> Option<String>,
) -> Result<Interpolated, InterpolateError> {
    let mut out = Interpolated::default();
    let chars: Vec<char> = text.chars().collect();
    let invalid = |why: &str| InterpolateError::Invalid {
        text: text.to_string(),
        why: why.to_string(),
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '$' {
            out.value.push(c);
            i += 1;
            continue;
        }
        match chars.get(i + 1) {
            Some('$') => {
                out.value.push('$');
                i += 2;
            }
            Some('{') => {
                // the matching brace, counting nested `${`
                let mut depth = 1;
                let mut j = i + 2;
                while j < chars.len() {
                    match chars[j] {
                        '$' if chars.get(j + 1) == Some(&'{') => {
                            depth += 1;
                            j += 1;
                        }
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                if j >= chars.len() {
                    return Err(invalid("a ${ without its }"));
                }
                let inner: String = chars[i + 2..j].iter().collect();
                braced(&inner, lookup, &mut out, &invalid)?;
                i = j + 1;
            }
            Some(&n) if name_start(n) => {
                let mut j = i + 1;
                while j < chars.len() && name_char(chars[j]) {
                    j += 1;
                }
                let name: String = chars[i + 1..j].iter().collect();
                match lookup(&name) {
                    Some(v) => out.value.push_str(&v),
                    None => out.unset.push(name),
                }
                i = j;
            }
            _ => return Err(invalid("a $ must start a variable, or be written $$")),
        }
    }
    Ok(out)
}

/// `${…}`'s inside: a name, then nothing or one of the operators and its word.
fn braced(
    inner: &str,
    lookup: &dyn Fn(&str) -> Option<String>,
    out: &mut Interpolated,
    invalid: &dyn Fn(&str) -> InterpolateError,
) -> Result<(), InterpolateError> {
    let end = inner
        .char_indices()
        .find(|(_, c)| !name_char(*c))
        .map_or(inner.len(), |(i, _)| i);
    let (name, rest) = inner.split_at(end);
    if !name.starts_with(name_start) {
        return Err(invalid("a variable name must start with a letter or _"));
    }
    let value = lookup(name);
    let set = value.is_some();
    let nonempty = value.as_deref().is_some_and(|v| !v.is_empty());
    // the word after an operator, itself interpolated when used
    let word = |w: &str, out: &mut Interpolated| -> Result<String, InterpolateError> {
        let r = interpolate(w, lookup)?;
        out.unset.extend(r.unset);
        Ok(r.value)
    };
    let (op, w) = if rest.is_empty() {
        ("", "")
    } else if let Some(op) = ["-", "?", "+"]
        .iter()
        .chain([":-", ":?", ":+"].iter())
        .filter(|op| rest.starts_with(**op))
        .max_by_key(|op| op.len())
    {
        (*op, &rest[op.len()..])
    } else {
        return Err(invalid("unknown operator after the variable name"));
    };
    let text = match op {
        "" => match value {
            Some(v) => v,
            None => {
                out.unset.push(name.to_string());
                String::new()
            }
        },
        ":-" if nonempty => value.unwrap_or_default(),
        "-" if set => value.unwrap_or_default(),
        ":-" | "-" => word(w, out)?,
        ":?" if nonempty => value.unwrap_or_default(),
        "?" if set => value.unwrap_or_default(),
        ":?" | "?" => {
            return Err(InterpolateError::Required {
                name: name.to_string(),
                message: word(w, out)?,
            });
        }
        ":+" if nonempty => word(w, out)?,
        "+" if set => word(w, out)?,
        _ => String::new(),
    };
    out.value.push_str(&text);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(name: &str) -> Option<String> {
        match name {
            "SET" => Some("v".into()),
            "EMPTY" => Some(String::new()),
            "NESTED" => Some("n".into()),
            _ => None,
        }
    }

    fn ok(s: &str) -> String {
        interpolate(s, &env).unwrap().value
    }

    #[test]
    fn plain_braced_and_escaped() {
        assert_eq!(ok("a $SET b ${SET} c"), "a v b v c");
        assert_eq!(ok("$$SET and $${SET}"), "$SET and ${SET}");
        assert_eq!(ok("${SET}x$SET-y"), "vxv-y");
        assert_eq!(ok("no variables"), "no variables");
        assert_eq!(ok("ümlaut $SET"), "ümlaut v");
    }

    #[test]
    fn unset_without_default_is_empty_and_reported() {
        let r = interpolate("[$NOPE][${ALSO}]", &env).unwrap();
        assert_eq!(r.value, "[][]");
        assert_eq!(r.unset, ["NOPE", "ALSO"]);
    }

    #[test]
    fn defaults_tell_unset_from_empty() {
        assert_eq!(ok("${NOPE:-d}"), "d");
        assert_eq!(ok("${EMPTY:-d}"), "d");
        assert_eq!(ok("${SET:-d}"), "v");
        assert_eq!(ok("${NOPE-d}"), "d");
        assert_eq!(ok("${EMPTY-d}"), "");
        assert_eq!(ok("${NOPE:-}"), "");
        assert_eq!(ok("${NOPE:-a b:c}"), "a b:c");
    }

    #[test]
    fn alternatives() {
        assert_eq!(ok("${SET:+alt}"), "alt");
        assert_eq!(ok("${EMPTY:+alt}"), "");
        assert_eq!(ok("${EMPTY+alt}"), "alt");
        assert_eq!(ok("${NOPE+alt}"), "");
    }

    #[test]
    fn required_fails_with_its_message() {
        assert_eq!(ok("${SET:?need it}"), "v");
        assert_eq!(ok("${EMPTY?need it}"), "");
        assert_eq!(
            interpolate("${NOPE:?set NOPE first}", &env),
            Err(InterpolateError::Required {
                name: "NOPE".into(),
                message: "set NOPE first".into()
            })
        );
        assert!(matches!(
            interpolate("${EMPTY:?x}", &env),
            Err(InterpolateError::Required { .. })
        ));
        assert!(matches!(
            interpolate("${NOPE?}", &env),
            Err(InterpolateError::Required { .. })
        ));
    }

    #[test]
    fn nested_words_are_interpolated() {
        assert_eq!(ok("${NOPE:-${NESTED}}"), "n");
        assert_eq!(ok("${NOPE:-x${NOPE2:-${SET}}y}"), "xvy");
        assert_eq!(ok("${SET:+[$NESTED]}"), "[n]");
        let r = interpolate("${NOPE:-$ALSO}", &env).unwrap();
        assert_eq!((r.value.as_str(), r.unset), ("", vec!["ALSO".to_string()]));
    }

    #[test]
    fn invalid_forms() {
        for bad in [
            "$1", "a $", "${", "${SET", "${1A}", "${A B}", "${SET:x}", "$ x",
        ] {
            assert!(
                matches!(
                    interpolate(bad, &env),
                    Err(InterpolateError::Invalid { .. })
                ),
                "{bad}"
            );
        }
    }
}
