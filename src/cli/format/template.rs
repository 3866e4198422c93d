//! The part of Go's text/template that docker's `--format` users rely on, evaluated over
//! JSON values: fields (`.A.B`), variables, pipelines, parentheses, `if`/`else if`/`else`,
//! `range` (with `$i, $v :=`), `with`, comments, `{{-`/`-}}` trimming, and the functions
//! docker adds (`json`, `join`, `split`, `lower`, `upper`, `title`, `pad`, `truncate`,
//! `println`) plus Go's builtins (`index`, `len`, `printf`, `print`, `eq`, `ne`, `lt`,
//! `le`, `gt`, `ge`, `and`, `or`, `not`).

use serde_json::Value;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("template: {0}")]
pub struct TemplateError(pub String);

fn err<T>(msg: impl Into<String>) -> Result<T, TemplateError> {
    Err(TemplateError(msg.into()))
}

#[derive(Debug, Clone, PartialEq)]
enum Node {
    Text(String),
    Action(Pipeline),
    If(Vec<(Pipeline, Vec<Node>)>, Vec<Node>),
    Range(
        Option<(String, Option<String>)>,
        Pipeline,
        Vec<Node>,
        Vec<Node>,
    ),
    With(Pipeline, Vec<Node>, Vec<Node>),
}

#[derive(Debug, Clone, PartialEq)]
struct Pipeline {
    declare: Option<String>,
    commands: Vec<Vec<Operand>>,
}

#[derive(Debug, Clone, PartialEq)]
enum Operand {
    Dot(Vec<String>),
    Var(String, Vec<String>),
    Func(String),
    Str(String),
    Num(f64),
    Bool(bool),
    Nil,
    Sub(Box<Pipeline>, Vec<String>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    nodes: Vec<Node>,
}

// ---------- lexing actions ----------

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Field(Vec<String>),
    Var(String, Vec<String>),
    Ident(String),
    Str(String),
    Num(f64),
    Pipe,
    Open,
    Close(Vec<String>),
    Declare,
    Comma,
}

fn lex(src: &str) -> Result<Vec<Tok>, TemplateError> {
    let c: Vec<char> = src.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    let fields = |c: &[char], i: &mut usize| -> Vec<String> {
        let mut v = Vec::new();
        while *i < c.len()
            && c[*i] == '.'
            && c.get(*i + 1)
                .is_some_and(|x| x.is_alphanumeric() || *x == '_')
        {
            *i += 1;
            let s = *i;
            while *i < c.len() && (c[*i].is_alphanumeric() || c[*i] == '_') {
                *i += 1;
            }
            v.push(c[s..*i].iter().collect());
        }
        v
    };
    while i < c.len() {
        match c[i] {
            ' ' | '\t' | '\n' | '\r' => i += 1,
            '|' => {
                out.push(Tok::Pipe);
                i += 1;
            }
            '(' => {
                out.push(Tok::Open);
                i += 1;
            }
            ')' => {
                i += 1;
                out.push(Tok::Close(fields(&c, &mut i)));
            }
            ',' => {
                out.push(Tok::Comma);
                i += 1;
            }
            ':' if c.get(i + 1) == Some(&'=') => {
                out.push(Tok::Declare);
                i += 2;
            }
            '.' => {
                let f = fields(&c, &mut i);
                if f.is_empty() {
                    i += 1;
                }
                out.push(Tok::Field(f));
            }
            '$' => {
                i += 1;
                let s = i;
                while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                    i += 1;
                }
                let name: String = c[s..i].iter().collect();
                out.push(Tok::Var(name, fields(&c, &mut i)));
            }
            '"' => {
                i += 1;
                let mut s = String::new();
                loop {
                    match c.get(i) {
                        None => return err("unterminated quoted string"),
                        Some('"') => break,
                        Some('\\') => {
                            i += 1;
                            match c.get(i) {
                                Some('n') => s.push('\n'),
                                Some('t') => s.push('\t'),
                                Some('r') => s.push('\r'),
                                Some(&x) => s.push(x),
                                None => return err("unterminated quoted string"),
                            }
                        }
                        Some(&x) => s.push(x),
                    }
                    i += 1;
                }
                i += 1;
                out.push(Tok::Str(s));
            }
            '`' => {
                let s = i + 1;
                let Some(len) = c[s..].iter().position(|&x| x == '`') else {
                    return err("unterminated raw string");
                };
                out.push(Tok::Str(c[s..s + len].iter().collect()));
                i = s + len + 1;
            }
            x if x.is_ascii_digit()
                || (x == '-' && c.get(i + 1).is_some_and(|d| d.is_ascii_digit())) =>
            {
                let s = i;
                i += 1;
                while i < c.len() && (c[i].is_ascii_digit() || c[i] == '.') {
                    i += 1;
                }
                let text: String = c[s..i].iter().collect();
                let n = text
                    .parse()
                    .map_err(|_| TemplateError(format!("bad number {text}")))?;
                out.push(Tok::Num(n));
            }
            x if x.is_alphabetic() || x == '_' => {
                let s = i;
                while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                    i += 1;
                }
                out.push(Tok::Ident(c[s..i].iter().collect()));
            }
            x => return err(format!("unexpected {x:?} in action")),
        }
    }
    Ok(out)
}

fn parse_pipeline(toks: &[Tok]) -> Result<Pipeline, TemplateError> {
    let (declare, toks) = match toks {
        [Tok::Var(name, f), Tok::Declare, rest @ ..] if f.is_empty() => (Some(name.clone()), rest),
        _ => (None, toks),
    };
    let mut commands = Vec::new();
    let mut cmd = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let op = match &toks[i] {
            Tok::Pipe => {
                if cmd.is_empty() {
                    return err("missing command before '|'");
                }
                commands.push(std::mem::take(&mut cmd));
                i += 1;
                continue;
            }
            Tok::Field(f) => Operand::Dot(f.clone()),
            Tok::Var(n, f) => Operand::Var(n.clone(), f.clone()),
            Tok::Str(s) => Operand::Str(s.clone()),
            Tok::Num(n) => Operand::Num(*n),
            Tok::Ident(id) => match id.as_str() {
                "true" => Operand::Bool(true),
                "false" => Operand::Bool(false),
                "nil" => Operand::Nil,
                _ => Operand::Func(id.clone()),
            },
            Tok::Open => {
                let mut depth = 1;
                let mut j = i + 1;
                while j < toks.len() {
                    match toks[j] {
                        Tok::Open => depth += 1,
                        Tok::Close(_) => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                let Some(Tok::Close(fields)) = toks.get(j) else {
                    return err("unclosed '('");
                };
                let inner = parse_pipeline(&toks[i + 1..j])?;
                i = j;
                Operand::Sub(Box::new(inner), fields.clone())
            }
            Tok::Close(_) => return err("unexpected ')'"),
            Tok::Declare | Tok::Comma => return err("unexpected ':=' or ','"),
        };
        cmd.push(op);
        i += 1;
    }
    if cmd.is_empty() {
        return err("missing value for command");
    }
    commands.push(cmd);
    Ok(Pipeline { declare, commands })
}

// ---------- parsing the template ----------

enum Item {
    Text(String),
    Action(String),
}

fn split(src: &str) -> Result<Vec<Item>, TemplateError> {
    let mut items = Vec::new();
    let mut rest = src;
    let mut trim_next = false;
    while let Some(start) = rest.find("{{") {
        let mut text = rest[..start].to_string();
        if trim_next {
            text = text.trim_start().to_string();
        }
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            return err("unclosed action");
        };
        let mut body = &after[..end];
        if let Some(b) = body
            .strip_prefix("- ")
            .or_else(|| body.strip_prefix("-\t"))
            .or_else(|| body.strip_prefix("-\n"))
        {
            text = text.trim_end().to_string();
            body = b;
        }
        trim_next = false;
        if let Some(b) = body
            .strip_suffix(" -")
            .or_else(|| body.strip_suffix("\t-"))
            .or_else(|| body.strip_suffix("\n-"))
        {
            trim_next = true;
            body = b;
        }
        if !text.is_empty() {
            items.push(Item::Text(text));
        }
        items.push(Item::Action(body.trim().to_string()));
        rest = &after[end + 2..];
    }
    let text = if trim_next { rest.trim_start() } else { rest };
    if !text.is_empty() {
        items.push(Item::Text(text.to_string()));
    }
    Ok(items)
}

enum Stop {
    End,
    Else(Option<Pipeline>),
    Eof,
}

fn parse_block(items: &[Item], pos: &mut usize) -> Result<(Vec<Node>, Stop), TemplateError> {
    let mut nodes = Vec::new();
    while *pos < items.len() {
        let item = &items[*pos];
        *pos += 1;
        let body = match item {
            Item::Text(t) => {
                nodes.push(Node::Text(t.clone()));
                continue;
            }
            Item::Action(b) => b.as_str(),
        };
        if body.starts_with("/*") {
            continue;
        }
        let toks = lex(body)?;
        match toks.first() {
            Some(Tok::Ident(k)) if k == "end" => return Ok((nodes, Stop::End)),
            Some(Tok::Ident(k)) if k == "else" => {
                let cond = match toks.get(1) {
                    Some(Tok::Ident(i)) if i == "if" => Some(parse_pipeline(&toks[2..])?),
                    None => None,
                    _ => return err("unexpected tokens after else"),
                };
                return Ok((nodes, Stop::Else(cond)));
            }
            Some(Tok::Ident(k)) if k == "if" => {
                let mut branches = vec![(parse_pipeline(&toks[1..])?, Vec::new())];
                let mut otherwise = Vec::new();
                loop {
                    let (body, stop) = parse_block(items, pos)?;
                    let last = branches.len() - 1;
                    branches[last].1 = body;
                    match stop {
                        Stop::End => break,
                        Stop::Else(Some(c)) => branches.push((c, Vec::new())),
                        Stop::Else(None) => {
                            let (body, stop) = parse_block(items, pos)?;
                            if !matches!(stop, Stop::End) {
                                return err("missing {{end}} after {{else}}");
                            }
                            otherwise = body;
                            break;
                        }
                        Stop::Eof => return err("unexpected EOF: missing {{end}}"),
                    }
                }
                nodes.push(Node::If(branches, otherwise));
            }
            Some(Tok::Ident(k)) if k == "range" || k == "with" => {
                let is_range = k == "range";
                let mut rest = &toks[1..];
                let mut vars = None;
                if is_range {
                    match rest {
                        [
                            Tok::Var(a, _),
                            Tok::Comma,
                            Tok::Var(b, _),
                            Tok::Declare,
                            r @ ..,
                        ] => {
                            vars = Some((a.clone(), Some(b.clone())));
                            rest = r;
                        }
                        [Tok::Var(a, _), Tok::Declare, r @ ..] => {
                            vars = Some((a.clone(), None));
                            rest = r;
                        }
                        _ => {}
                    }
                }
                let pipe = parse_pipeline(rest)?;
                let (body, stop) = parse_block(items, pos)?;
                let otherwise = match stop {
                    Stop::End => Vec::new(),
                    Stop::Else(None) => {
                        let (b, s) = parse_block(items, pos)?;
                        if !matches!(s, Stop::End) {
                            return err("missing {{end}} after {{else}}");
                        }
                        b
                    }
                    Stop::Else(Some(_)) => return err("{{else if}} is only valid in {{if}}"),
                    Stop::Eof => return err("unexpected EOF: missing {{end}}"),
                };
                nodes.push(if is_range {
                    Node::Range(vars, pipe, body, otherwise)
                } else {
                    Node::With(pipe, body, otherwise)
                });
            }
            _ => nodes.push(Node::Action(parse_pipeline(&toks)?)),
        }
    }
    Ok((nodes, Stop::Eof))
}

impl Template {
    pub fn parse(src: &str) -> Result<Self, TemplateError> {
        let items = split(src)?;
        let mut pos = 0;
        let (nodes, stop) = parse_block(&items, &mut pos)?;
        match stop {
            Stop::Eof => Ok(Template { nodes }),
            Stop::End => err("unexpected {{end}}"),
            Stop::Else(_) => err("unexpected {{else}}"),
        }
    }

    pub fn render(&self, data: &Value) -> Result<String, TemplateError> {
        let mut out = String::new();
        let mut scope = Scope {
            vars: vec![("".to_string(), data.clone())],
            root: data,
        };
        exec(&self.nodes, data, &mut scope, &mut out)?;
        Ok(out)
    }
}

// ---------- evaluation ----------

struct Scope<'a> {
    vars: Vec<(String, Value)>,
    root: &'a Value,
}

fn exec(
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
                    out.push_str(&display(&v));
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

fn num(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        Value::from(n as i64)
    } else {
        serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
    }
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
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

fn call(name: &str, args: Vec<Value>) -> Result<Value, TemplateError> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn r(t: &str, v: &Value) -> String {
        Template::parse(t).unwrap().render(v).unwrap()
    }

    #[test]
    fn fields_and_text() {
        let v = json!({"Repository": "busybox", "Tag": "latest", "Config": {"Env": ["A=1", "B=2"], "Labels": {"a.b": "c"}}});
        assert_eq!(r("{{.Repository}}:{{.Tag}}", &v), "busybox:latest");
        assert_eq!(r("{{.Config.Env}}", &v), "[A=1 B=2]");
        assert_eq!(r("{{json .Config.Env}}", &v), r#"["A=1","B=2"]"#);
        assert_eq!(r(r#"{{index .Config.Labels "a.b"}}"#, &v), "c");
        assert_eq!(r("{{.Config.Missing}}", &v), "<no value>");
        assert!(Template::parse("{{.Nope}}").unwrap().render(&v).is_err());
    }

    #[test]
    fn control_flow_and_vars() {
        let v = json!({"Names": ["a", "b"], "Labels": {"x": "1", "y": "2"}, "N": 3, "E": []});
        assert_eq!(r("{{range .Names}}[{{.}}]{{end}}", &v), "[a][b]");
        assert_eq!(
            r("{{range $i, $n := .Names}}{{$i}}={{$n}} {{end}}", &v),
            "0=a 1=b "
        );
        assert_eq!(
            r("{{range $k, $v := .Labels}}{{$k}}:{{$v}},{{end}}", &v),
            "x:1,y:2,"
        );
        assert_eq!(r("{{range .E}}x{{else}}empty{{end}}", &v), "empty");
        assert_eq!(
            r(
                "{{if gt .N 2}}big{{else if eq .N 2}}two{{else}}small{{end}}",
                &v
            ),
            "big"
        );
        assert_eq!(r("{{with .Labels}}{{.x}}{{end}}", &v), "1");
        assert_eq!(r("{{$x := .N}}{{$x}}", &v), "3");
        assert_eq!(r("{{range .Names}}{{$.N}}{{end}}", &v), "33");
        assert_eq!(r("a {{- /* c */ -}} b", &v), "ab");
        assert_eq!(r("{{if and .N (not .E)}}yes{{end}}", &v), "yes");
    }

    #[test]
    fn docker_functions() {
        let v = json!({"S": "Hello World", "L": ["x", "y"], "ID": "0123456789abcdef"});
        assert_eq!(
            r("{{lower .S}}|{{upper .S}}|{{title \"a b\"}}", &v),
            "hello world|HELLO WORLD|A B"
        );
        assert_eq!(r("{{join .L \",\"}}", &v), "x,y");
        assert_eq!(r("{{split \"a:b\" \":\"}}", &v), "[a b]");
        assert_eq!(r("{{truncate .ID 4}}", &v), "0123");
        assert_eq!(r("{{.S | lower}}", &v), "hello world");
        assert_eq!(r("{{pad .L 1 1}}", &v), " [x y] ");
        assert_eq!(r("{{len .L}}", &v), "2");
        assert_eq!(r("{{printf \"%-5s|%3d\" \"ab\" 7}}", &v), "ab   |  7");
        assert_eq!(r("{{println .L}}", &v), "[x y]\n");
        assert_eq!(
            r("{{json .}}", &json!({"a": "<&>"})),
            r#"{"a":"\u003c\u0026\u003e"}"#
        );
        assert_eq!(r("{{(index .L 1)}}", &v), "y");
    }

    #[test]
    fn parse_errors() {
        for bad in [
            "{{if .A}}x",
            "{{end}}",
            "{{.A",
            "{{nosuchfn .A}}x",
            "{{\"open}}",
        ] {
            let res = Template::parse(bad).and_then(|t| t.render(&json!({"A": 1})));
            assert!(res.is_err(), "{bad}");
        }
    }
}
