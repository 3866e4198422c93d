//! The part of Go's text/template that docker's `--format` users rely on, evaluated over
//! JSON values: fields (`.A.B`), variables, pipelines, parentheses, `if`/`else if`/`else`,
//! `range` (with `$i, $v :=`), `with`, comments, `{{-`/`-}}` trimming, and the functions
//! docker adds (`json`, `join`, `split`, `lower`, `upper`, `title`, `pad`, `truncate`,
//! `println`) plus Go's builtins (`index`, `len`, `printf`, `print`, `eq`, `ne`, `lt`,
//! `le`, `gt`, `ge`, `and`, `or`, `not`).

mod exec;
mod funcs;
mod parse;
#[cfg(test)]
mod tests;

use serde_json::Value;

use crate::util::text::Keep;

pub(crate) use parse::{Node, Operand, Pipeline};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("template: {0}")]
pub struct TemplateError(pub String);

pub(crate) fn err<T>(msg: impl Into<String>) -> Result<T, TemplateError> {
    Err(TemplateError(msg.into()))
}

#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    nodes: Vec<Node>,
}

impl Template {
    pub fn parse(src: &str) -> Result<Self, TemplateError> {
        let items = parse::split(src)?;
        let mut pos = 0;
        let (nodes, stop) = parse::parse_block(&items, &mut pos)?;
        match stop {
            parse::Stop::Eof => Ok(Template { nodes }),
            parse::Stop::End => err("unexpected {{end}}"),
            parse::Stop::Else(_) => err("unexpected {{else}}"),
        }
    }

    /// The template's output; control characters in the values it prints are escaped
    /// (they come from images and registries), tabs and newlines kept.
    pub fn render(&self, data: &Value) -> Result<String, TemplateError> {
        self.render_as(data, Keep::TabNewline)
    }

    /// One row of a table: values may not break the row or its columns either.
    pub fn render_cell(&self, data: &Value) -> Result<String, TemplateError> {
        self.render_as(data, Keep::Nothing)
    }

    fn render_as(&self, data: &Value, keep: Keep) -> Result<String, TemplateError> {
        let mut out = String::new();
        let mut scope = exec::Scope {
            vars: vec![("".to_string(), data.clone())],
            root: data,
            keep,
        };
        exec::exec(&self.nodes, data, &mut scope, &mut out)?;
        Ok(out)
    }
}

/// Go's `%v` of a value.
pub fn display(v: &Value) -> String {
    match v {
        Value::Null => "<no value>".to_string(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(a) => format!("[{}]", a.iter().map(display).collect::<Vec<_>>().join(" ")),
        Value::Object(o) => format!(
            "map[{}]",
            o.iter()
                .map(|(k, v)| format!("{k}:{}", display(v)))
                .collect::<Vec<_>>()
                .join(" ")
        ),
    }
}

/// Go's `json.Marshal`: compact, with `<`, `>` and `&` escaped.
pub fn go_json(v: &Value) -> String {
    serde_json::to_string(v)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}
