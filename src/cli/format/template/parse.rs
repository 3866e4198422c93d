//! Parsing: splitting text from actions, lexing actions, and building the node tree.

use super::{TemplateError, err};

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
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
pub(crate) struct Pipeline {
    pub(crate) declare: Option<String>,
    pub(crate) commands: Vec<Vec<Operand>>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Operand {
    Dot(Vec<String>),
    Var(String, Vec<String>),
    Func(String),
    Str(String),
    Num(f64),
    Bool(bool),
    Nil,
    Sub(Box<Pipeline>, Vec<String>),
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

pub(crate) enum Item {
    Text(String),
    Action(String),
}

pub(crate) fn split(src: &str) -> Result<Vec<Item>, TemplateError> {
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

pub(crate) enum Stop {
    End,
    Else(Option<Pipeline>),
    Eof,
}

pub(crate) fn parse_block(
    items: &[Item],
    pos: &mut usize,
) -> Result<(Vec<Node>, Stop), TemplateError> {
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
