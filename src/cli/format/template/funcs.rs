//! The functions templates can call: Go's builtins and the ones docker adds.

use serde_json::Value;

use super::exec::truthy;
use super::{TemplateError, display, err, go_json};

fn cmp(a: &Value, b: &Value) -> Result<std::cmp::Ordering, TemplateError> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x
            .as_f64()
            .zip(y.as_f64())
            .and_then(|(x, y)| x.partial_cmp(&y))
            .ok_or_else(|| TemplateError("incomparable numbers".into())),
        (Value::String(x), Value::String(y)) => Ok(x.cmp(y)),
        _ => err("incompatible types for comparison"),
    }
}

fn as_str(v: &Value) -> String {
    display(v)
}

pub(crate) fn call(name: &str, args: Vec<Value>) -> Result<Value, TemplateError> {
    let want = |n: usize| -> Result<(), TemplateError> {
        if args.len() != n {
            return err(format!(
                "wrong number of args for {name}: want {n} got {}",
                args.len()
            ));
        }
        Ok(())
    };
    Ok(match name {
        "json" => {
            want(1)?;
            Value::String(go_json(&args[0]))
        }
        "join" => {
            want(2)?;
            let items: Vec<String> = match &args[0] {
                Value::Array(a) => a.iter().map(as_str).collect(),
                Value::Null => Vec::new(),
                other => vec![as_str(other)],
            };
            Value::String(items.join(&as_str(&args[1])))
        }
        "split" => {
            want(2)?;
            let s = as_str(&args[0]);
            let sep = as_str(&args[1]);
            Value::Array(
                s.split(sep.as_str())
                    .map(|x| Value::String(x.into()))
                    .collect(),
            )
        }
        "lower" => {
            want(1)?;
            Value::String(as_str(&args[0]).to_lowercase())
        }
        "upper" => {
            want(1)?;
            Value::String(as_str(&args[0]).to_uppercase())
        }
        "title" => {
            want(1)?;
            let s = as_str(&args[0]);
            let mut out = String::new();
            let mut start = true;
            for c in s.chars() {
                if start {
                    out.extend(c.to_uppercase());
                } else {
                    out.push(c);
                }
                start = c.is_whitespace();
            }
            Value::String(out)
        }
        "pad" => {
            want(3)?;
            let n = |v: &Value| v.as_u64().unwrap_or(0) as usize;
            Value::String(format!(
                "{}{}{}",
                " ".repeat(n(&args[1])),
                as_str(&args[0]),
                " ".repeat(n(&args[2]))
            ))
        }
        "truncate" => {
            want(2)?;
            let s = as_str(&args[0]);
            let n = args[1].as_u64().unwrap_or(0) as usize;
            Value::String(s.chars().take(n).collect())
        }
        "len" => {
            want(1)?;
            Value::from(match &args[0] {
                Value::Array(a) => a.len(),
                Value::Object(o) => o.len(),
                Value::String(s) => s.len(),
                Value::Null => 0,
                _ => return err("len of non-collection"),
            })
        }
        "index" => {
            if args.is_empty() {
                return err("index needs a collection");
            }
            let mut cur = args[0].clone();
            for k in &args[1..] {
                cur = match (&cur, k) {
                    (Value::Object(o), key) => o.get(&as_str(key)).cloned().unwrap_or(Value::Null),
                    (Value::Array(a), Value::Number(i)) => {
                        let i = i.as_u64().unwrap_or(u64::MAX) as usize;
                        a.get(i)
                            .cloned()
                            .ok_or_else(|| TemplateError(format!("index out of range: {i}")))?
                    }
                    (Value::Null, _) => Value::Null,
                    _ => return err("can't index item"),
                };
            }
            cur
        }
        "print" => Value::String(go_print(&args)),
        "println" => Value::String(format!(
            "{}\n",
            args.iter().map(display).collect::<Vec<_>>().join(" ")
        )),
        "printf" => {
            if args.is_empty() {
                return err("printf needs a format");
            }
            Value::String(printf(&as_str(&args[0]), &args[1..]))
        }
        "eq" => {
            if args.len() < 2 {
                return err("eq needs two arguments");
            }
            Value::Bool(args[1..].iter().any(|b| loose_eq(&args[0], b)))
        }
        "ne" => {
            want(2)?;
            Value::Bool(!loose_eq(&args[0], &args[1]))
        }
        "lt" | "le" | "gt" | "ge" => {
            want(2)?;
            let o = cmp(&args[0], &args[1])?;
            Value::Bool(match name {
                "lt" => o.is_lt(),
                "le" => o.is_le(),
                "gt" => o.is_gt(),
                _ => o.is_ge(),
            })
        }
        "and" => args
            .iter()
            .find(|a| !truthy(a))
            .or(args.last())
            .cloned()
            .unwrap_or(Value::Null),
        "or" => args
            .iter()
            .find(|a| truthy(a))
            .or(args.last())
            .cloned()
            .unwrap_or(Value::Null),
        "not" => {
            want(1)?;
            Value::Bool(!truthy(&args[0]))
        }
        other => return err(format!("function {other:?} not defined")),
    })
}

fn loose_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

/// `fmt.Sprint`: spaces between operands when neither side is a string.
fn go_print(args: &[Value]) -> String {
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 && !a.is_string() && !args[i - 1].is_string() {
            out.push(' ');
        }
        out.push_str(&display(a));
    }
    out
}

/// A `fmt.Sprintf` subset: `%s %v %d %q %t %f %x %%` with width, `-` and precision.
fn printf(fmt: &str, args: &[Value]) -> String {
    let mut out = String::new();
    let mut it = fmt.chars().peekable();
    let mut next = args.iter();
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = String::new();
        while let Some(&d) = it.peek() {
            if d.is_ascii_digit() || d == '-' || d == '.' {
                spec.push(d);
                it.next();
            } else {
                break;
            }
        }
        let Some(verb) = it.next() else { break };
        if verb == '%' {
            out.push('%');
            continue;
        }
        let Some(arg) = next.next() else {
            out.push_str(&format!("%!{verb}(MISSING)"));
            continue;
        };
        let left = spec.starts_with('-');
        let spec = spec.trim_start_matches('-');
        let (width, prec): (usize, Option<usize>) = match spec.split_once('.') {
            Some((w, p)) => (w.parse().unwrap_or(0), p.parse::<usize>().ok()),
            None => (spec.parse().unwrap_or(0), None),
        };
        let body = match verb {
            'd' => arg
                .as_f64()
                .map_or_else(|| display(arg), |f| (f as i64).to_string()),
            'f' => arg
                .as_f64()
                .map_or_else(|| display(arg), |f| format!("{f:.*}", prec.unwrap_or(6))),
            'q' => serde_json::to_string(&as_str(arg)).unwrap_or_default(),
            'x' => arg.as_u64().map_or_else(
                || as_str(arg).bytes().map(|b| format!("{b:02x}")).collect(),
                |n| format!("{n:x}"),
            ),
            _ => {
                let s = display(arg);
                match prec {
                    Some(p) if verb == 's' => s.chars().take(p).collect(),
                    _ => s,
                }
            }
        };
        let pad = width.saturating_sub(body.chars().count());
        if left {
            out.push_str(&body);
            out.push_str(&" ".repeat(pad));
        } else {
            out.push_str(&" ".repeat(pad));
            out.push_str(&body);
        }
    }
    out
}
