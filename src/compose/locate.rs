//! Where a key is written in a compose file, for error messages (`file:line:`): the
//! document is a plain value tree without positions, so the key path is looked up again
//! in the file's text, following block-style indentation (`services:` → `  web:` →
//! `    ports:`). Keys written in flow style, or that come from an anchor or another file,
//! are not found, and the message goes without a line.

/// The 1-based line of `path` (mapping keys from the top) in `text`.
pub fn line_of(text: &str, path: &[&str]) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let mut from = 0;
    // the indentation of the enclosing key's line (-1 at the top level)
    let mut parent_indent: isize = -1;
    let mut found = None;
    for key in path {
        let mut hit = None;
        let mut child_indent: Option<usize> = None;
        for (i, line) in lines.iter().enumerate().skip(from) {
            let trimmed = line.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with("---") {
                continue;
            }
            let indent = line.len() - trimmed.len();
            if indent as isize <= parent_indent {
                break; // the enclosing block ended
            }
            // the first key of the block sets its indentation
            let want = *child_indent.get_or_insert(indent);
            if indent != want {
                continue;
            }
            if key_of(trimmed) == Some(*key) {
                hit = Some((i, indent));
                break;
            }
        }
        let (i, indent) = hit?;
        found = Some(i + 1);
        parent_indent = indent as isize;
        from = i + 1;
    }
    found
}

/// The key a block mapping line starts with (`key:`, `"key":`, `'key':`).
fn key_of(line: &str) -> Option<&str> {
    let (raw, _) = line.split_once(':')?;
    let raw = raw.trim();
    let unquoted = raw
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .or_else(|| raw.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')))
        .unwrap_or(raw);
    Some(unquoted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_keys_are_found_by_their_path() {
        let text = "name: x\n# a comment\nservices:\n  db:\n    image: busybox\n    ports: 80\n  web:\n\n    image: busybox\n    \"ports\": 80\n    healthcheck:\n      test: x\nvolumes:\n  ports: {}\n";
        assert_eq!(line_of(text, &["services", "db", "ports"]), Some(6));
        assert_eq!(line_of(text, &["services", "web", "ports"]), Some(10));
        assert_eq!(
            line_of(text, &["services", "web", "healthcheck", "test"]),
            Some(12)
        );
        assert_eq!(line_of(text, &["volumes", "ports"]), Some(14));
        assert_eq!(line_of(text, &["services", "web"]), Some(7));
        // not under that service, or not there at all
        assert_eq!(line_of(text, &["services", "db", "healthcheck"]), None);
        assert_eq!(line_of(text, &["services", "nope", "image"]), None);
        assert_eq!(
            line_of("services: {web: {ports: 80}}\n", &["services", "web"]),
            None
        );
    }
}
