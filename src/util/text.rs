//! Untrusted text on its way to a terminal.
//!
//! Strings from registries, images and archives (error bodies, labels, history, names in
//! tar members) may carry escape sequences that retitle a window, clear the screen or hide
//! text. Before such text is printed, control characters become visible `\uXXXX` escapes
//! (the JSON form, so escaped JSON text stays valid JSON meaning the same).

use std::borrow::Cow;
use std::fmt::Write;

/// Which of tab and newline may stay as they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// A table cell or an error line: one line, no tabs.
    Nothing,
    /// Text meant to span lines (a template's output): tab and newline stay.
    TabNewline,
}

/// Whether `c` must not reach a terminal raw: C0 controls, DEL, C1 controls, and the
/// bidirectional overrides that reorder what is shown.
fn is_hostile(c: char, keep: Keep) -> bool {
    match c {
        '\t' | '\n' => keep == Keep::Nothing,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => true,
        _ => false,
    }
}

/// `s` with every hostile character written as `\uXXXX`.
pub fn escape_controls(s: &str, keep: Keep) -> Cow<'_, str> {
    if !s.chars().any(|c| is_hostile(c, keep)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_hostile(c, keep) {
            let _ = write!(out, "\\u{:04x}", c as u32);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_a_terminal_would_obey() {
        let title = "\u{1b}]0;owned\u{7}name";
        assert_eq!(
            escape_controls(title, Keep::Nothing),
            "\\u001b]0;owned\\u0007name"
        );
        assert_eq!(
            escape_controls("a\tb\nc", Keep::Nothing),
            "a\\u0009b\\u000ac"
        );
        assert_eq!(escape_controls("a\tb\nc", Keep::TabNewline), "a\tb\nc");
        assert_eq!(
            escape_controls("\u{9b}2J\u{7f}", Keep::TabNewline),
            "\\u009b2J\\u007f"
        );
        assert_eq!(
            escape_controls("abc\u{202e}def", Keep::Nothing),
            "abc\\u202edef"
        );
        assert!(matches!(
            escape_controls("plain ünïcode ✓", Keep::Nothing),
            Cow::Borrowed(_)
        ));
        // escaped JSON text is still the same JSON value
        let json = serde_json::to_string("x\u{7f}\u{85}y").unwrap();
        let escaped = escape_controls(&json, Keep::TabNewline);
        let back: String = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back, "x\u{7f}\u{85}y");
    }
}
