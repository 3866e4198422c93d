//! `--format` handling shared by every listing command: docker's `table …`, `json`, and
//! Go templates, with columns aligned like docker's tabwriter (min width 10, padding 3).

pub mod template;

use std::io::Write;

use serde_json::{Map, Value};
use tabwriter::TabWriter;

pub use template::{Template, TemplateError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Format {
    /// `table [TEMPLATE]`: a header row, then one row per item, aligned.
    Table(String),
    /// One JSON object per line.
    Json,
    /// A raw template, one rendering per item.
    Raw(String),
}

impl Format {
    /// `default_table` is the template used for `table` alone and for no `--format`.
    pub fn parse(opt: Option<&str>, default_table: &str) -> Self {
        let Some(f) = opt.filter(|f| !f.is_empty()) else {
            return Format::Table(default_table.to_string());
        };
        let f = f.replace("\\t", "\t").replace("\\n", "\n");
        if f == "json" {
            return Format::Json;
        }
        match f.strip_prefix("table") {
            Some("") => Format::Table(default_table.to_string()),
            Some(rest) if rest.starts_with(char::is_whitespace) => {
                Format::Table(rest.trim_start().to_string())
            }
            _ => Format::Raw(f),
        }
    }
}

/// JSON text with DEL, C1 controls and bidi overrides (which JSON allows raw) written as
/// `\uXXXX` escapes: the same JSON value, nothing a terminal would obey.
fn terminal_safe_json(text: &str) -> String {
    crate::util::text::escape_controls(text, crate::util::text::Keep::TabNewline).into_owned()
}

/// One compact JSON document (Go's encoding), terminal-safe.
fn json_line(v: &Value) -> String {
    terminal_safe_json(&template::go_json(v))
}

/// Renders `rows` (JSON objects with docker's field names) in `format`. `headers` names the
/// column title of each field; fields not listed get their name upper-cased.
pub fn render(
    format: &Format,
    headers: &[(&str, &str)],
    rows: &[Value],
) -> Result<String, TemplateError> {
    match format {
        Format::Json => Ok(rows.iter().map(|r| json_line(r) + "\n").collect()),
        Format::Raw(t) => {
            let t = Template::parse(t)?;
            let mut out = String::new();
            for r in rows {
                out.push_str(&t.render(r)?);
                out.push('\n');
            }
            Ok(out)
        }
        Format::Table(t) => {
            let tpl = Template::parse(t)?;
            let mut header = Map::new();
            if let Some(Value::Object(first)) = rows.first() {
                for k in first.keys() {
                    header.insert(k.clone(), Value::String(k.to_uppercase()));
                }
            }
            for (field, title) in headers {
                header.insert((*field).to_string(), Value::String((*title).to_string()));
            }
            let mut text = tpl.render_cell(&Value::Object(header))?;
            text.push('\n');
            for r in rows {
                text.push_str(&tpl.render_cell(r)?);
                text.push('\n');
            }
            Ok(align(&text))
        }
    }
}

/// podman's `--noheading`: a table's rendering without its header row.
pub fn drop_header(format: &Format, text: String) -> String {
    match format {
        Format::Table(_) => text
            .split_once('\n')
            .map_or_else(String::new, |(_, rest)| rest.to_string()),
        _ => text,
    }
}

/// Aligns tab-separated cells like Go's tabwriter with docker's settings.
pub fn align(text: &str) -> String {
    align_min(text, 10)
}

/// Like `align`, with Go tabwriter's `minwidth` (padding 3).
pub fn align_min(text: &str, go_minwidth: usize) -> String {
    // Go's tabwriter takes max(width + padding, minwidth); this crate takes
    // max(width, minwidth) + padding: subtract the padding to get the same columns.
    let mut tw = TabWriter::new(Vec::new())
        .minwidth(go_minwidth.saturating_sub(3))
        .padding(3);
    if tw.write_all(text.as_bytes()).is_err() {
        return text.to_string();
    }
    match tw.into_inner() {
        Ok(buf) => String::from_utf8_lossy(&buf).into_owned(),
        Err(_) => text.to_string(),
    }
}

/// Renders one document per `--format` (inspect-style: a template, or indented JSON array).
pub fn render_documents(format: Option<&str>, docs: &[Value]) -> Result<String, TemplateError> {
    match format.filter(|f| !f.is_empty()) {
        None => {
            let s = serde_json::to_string_pretty(&Value::Array(docs.to_vec())).unwrap_or_default();
            Ok(terminal_safe_json(&s) + "\n")
        }
        Some("json") => Ok(docs.iter().map(|d| json_line(d) + "\n").collect()),
        Some(f) => {
            let f = f.replace("\\t", "\t").replace("\\n", "\n");
            let t = Template::parse(&f)?;
            let mut out = String::new();
            for d in docs {
                out.push_str(&t.render(d)?);
                out.push('\n');
            }
            Ok(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_formats() {
        assert_eq!(
            Format::parse(None, "{{.A}}"),
            Format::Table("{{.A}}".into())
        );
        assert_eq!(
            Format::parse(Some("table"), "{{.A}}"),
            Format::Table("{{.A}}".into())
        );
        assert_eq!(
            Format::parse(Some("table {{.B}}\\t{{.C}}"), ""),
            Format::Table("{{.B}}\t{{.C}}".into())
        );
        assert_eq!(Format::parse(Some("json"), ""), Format::Json);
        assert_eq!(
            Format::parse(Some("{{.B}}"), ""),
            Format::Raw("{{.B}}".into())
        );
    }

    #[test]
    fn renders_tables_like_docker() {
        let rows = vec![
            json!({"Repository": "busybox", "Tag": "latest"}),
            json!({"Repository": "a", "Tag": "1"}),
        ];
        let out = render(
            &Format::parse(None, "{{.Repository}}\t{{.Tag}}"),
            &[("Repository", "REPOSITORY")],
            &rows,
        )
        .unwrap();
        assert_eq!(
            out,
            "REPOSITORY   TAG\nbusybox      latest\na            1\n"
        );
        let empty = render(
            &Format::Table("{{.A}}\t{{.B}}\t{{.C}}".into()),
            &[("A", "TAG"), ("B", "IMAGE ID"), ("C", "X")],
            &[],
        )
        .unwrap();
        assert_eq!(empty, "TAG       IMAGE ID   X\n");
        let raw = render(&Format::Raw("{{.Tag}}".into()), &[], &rows).unwrap();
        assert_eq!(raw, "latest\n1\n");
        let js = render(&Format::Json, &[], &rows[..1]).unwrap();
        assert_eq!(js, "{\"Repository\":\"busybox\",\"Tag\":\"latest\"}\n");
    }
}
