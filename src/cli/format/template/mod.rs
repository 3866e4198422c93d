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
        check_nesting(&items)?;
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

/// Blocks and parentheses nested deeper than this are refused: parsing and evaluation
/// recurse, and a template must not be able to exhaust the stack.
const MAX_DEPTH: usize = 100;

fn check_nesting(items: &[parse::Item]) -> Result<(), TemplateError> {
    let mut blocks = 0usize;
    for item in items {
        let parse::Item::Action(a) = item else {
            continue;
        };
        let a = a.trim();
        let word = a.split_whitespace().next().unwrap_or("");
        match word {
            "if" | "range" | "with" | "block" | "define" => blocks += 1,
            "end" => blocks = blocks.saturating_sub(1),
            _ => {}
        }
        let mut parens = 0usize;
        let mut deepest = 0usize;
        for c in a.chars() {
            match c {
                '(' => {
                    parens += 1;
                    deepest = deepest.max(parens);
                }
                ')' => parens = parens.saturating_sub(1),
                _ => {}
            }
        }
        if blocks > MAX_DEPTH || deepest > MAX_DEPTH {
            return err(format!("template nested deeper than {MAX_DEPTH} levels"));
        }
    }
    Ok(())
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
