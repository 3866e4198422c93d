//! Evaluation of the node tree over a JSON value: fields, variables, pipelines, control flow.

use serde_json::Value;

use super::funcs::call;
use super::{Node, Operand, Pipeline, TemplateError, display, err};

// ---------- evaluation ----------

pub(crate) struct Scope<'a> {
    pub(crate) vars: Vec<(String, Value)>,
    pub(crate) root: &'a Value,
    /// What printed values may keep of tabs and newlines (other controls are escaped).
    pub(crate) keep: crate::util::text::Keep,
}

pub(crate) fn exec(
    nodes: &[Node],
    dot: &Value,
    scope: &mut Scope<'_>,
    out: &mut String,
) -> Result<(), TemplateError> {
    for n in nodes {
        match n {
            Node::Text(t) => out.push_str(t),
            Node::Action(p) => {
                let v = eval_pipeline(p, dot, scope)?;
                if p.declare.is_none() {
                    out.push_str(&crate::util::text::escape_controls(
                        &display(&v),
                        scope.keep,
                    ));
                }
            }
            Node::If(branches, otherwise) => {
                let mut done = false;
                for (cond, body) in branches {
                    if truthy(&eval_pipeline(cond, dot, scope)?) {
                        exec(body, dot, scope, out)?;
                        done = true;
                        break;
                    }
                }
                if !done {
                    exec(otherwise, dot, scope, out)?;
                }
            }
            Node::With(p, body, otherwise) => {
                let v = eval_pipeline(p, dot, scope)?;
                if truthy(&v) {
                    exec(body, &v, scope, out)?;
                } else {
                    exec(otherwise, dot, scope, out)?;
                }
            }
            Node::Range(vars, p, body, otherwise) => {
                let v = eval_pipeline(p, dot, scope)?;
                let items: Vec<(Value, Value)> = match &v {
                    Value::Array(a) => a
                        .iter()
                        .enumerate()
                        .map(|(i, x)| (Value::from(i), x.clone()))
                        .collect(),
                    Value::Object(o) => o
                        .iter()
                        .map(|(k, x)| (Value::from(k.clone()), x.clone()))
                        .collect(),
                    Value::Null => Vec::new(),
                    other => return err(format!("range can't iterate over {}", display(other))),
                };
                if items.is_empty() {
                    exec(otherwise, dot, scope, out)?;
                }
                for (k, x) in items {
                    let mark = scope.vars.len();
                    match vars {
                        Some((a, Some(b))) => {
                            scope.vars.push((a.clone(), k));
                            scope.vars.push((b.clone(), x.clone()));
                        }
                        Some((a, None)) => scope.vars.push((a.clone(), x.clone())),
                        None => {}
                    }
                    exec(body, &x, scope, out)?;
                    scope.vars.truncate(mark);
                }
            }
        }
    }
    Ok(())
}

fn field(v: &Value, path: &[String], top: bool) -> Result<Value, TemplateError> {
    let mut cur = v.clone();
    for (i, name) in path.iter().enumerate() {
        cur = match &cur {
            Value::Object(o) => match o.get(name) {
                Some(x) => x.clone(),
                None if top && i == 0 => return err(format!("can't evaluate field {name}")),
                None => Value::Null,
            },
            Value::Null => Value::Null,
            other => return err(format!("can't evaluate field {name} in {}", display(other))),
        };
    }
    Ok(cur)
}

fn eval_pipeline(p: &Pipeline, dot: &Value, scope: &mut Scope<'_>) -> Result<Value, TemplateError> {
    let mut piped: Option<Value> = None;
    for cmd in &p.commands {
        piped = Some(eval_command(cmd, dot, scope, piped)?);
    }
    let v = piped.unwrap_or(Value::Null);
    if let Some(name) = &p.declare {
        scope.vars.push((name.clone(), v.clone()));
    }
    Ok(v)
}

fn eval_operand(op: &Operand, dot: &Value, scope: &mut Scope<'_>) -> Result<Value, TemplateError> {
    match op {
        Operand::Dot(path) => field(dot, path, std::ptr::eq(dot, scope.root)),
        Operand::Var(name, path) => {
            let v = scope
                .vars
                .iter()
                .rev()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| TemplateError(format!("undefined variable ${name}")))?;
            field(&v, path, false)
        }
        Operand::Str(s) => Ok(Value::String(s.clone())),
        Operand::Num(n) => Ok(num(*n)),
        Operand::Bool(b) => Ok(Value::Bool(*b)),
        Operand::Nil => Ok(Value::Null),
        Operand::Sub(p, path) => {
            let v = eval_pipeline(p, dot, scope)?;
            field(&v, path, false)
        }
        Operand::Func(f) => call(f, Vec::new()),
    }
}

fn eval_command(
    cmd: &[Operand],
    dot: &Value,
    scope: &mut Scope<'_>,
    piped: Option<Value>,
) -> Result<Value, TemplateError> {
    match &cmd[0] {
        Operand::Func(name) => {
            let mut args = Vec::new();
            for op in &cmd[1..] {
                args.push(eval_operand(op, dot, scope)?);
            }
            args.extend(piped);
            call(name, args)
        }
        op => {
            if cmd.len() > 1 || piped.is_some() {
                return err("can't give argument to non-function");
            }
            eval_operand(op, dot, scope)
        }
    }
}

pub(crate) fn num(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        Value::from(n as i64)
    } else {
        serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
    }
}

pub(crate) fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}
