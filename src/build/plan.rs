//! A Dockerfile as stages: the ARGs before the first FROM (usable in FROM lines), each
//! stage's base (an image, `scratch`, or an earlier stage) and name, and which stages a
//! target needs (its base chain and every stage it copies from), in build order.

use std::collections::BTreeMap;

use super::dockerfile::expand::Expander;
use super::dockerfile::{Args, Dockerfile, Instruction};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Base {
    Scratch,
    Image(String),
    /// An earlier stage, by index.
    Stage(usize),
}

#[derive(Clone, Debug)]
pub struct Stage {
    pub index: usize,
    pub name: Option<String>,
    pub base: Base,
    pub platform: Option<String>,
    /// The FROM line.
    pub from: Instruction,
    pub instructions: Vec<Instruction>,
}

#[derive(Clone, Debug)]
pub struct Plan {
    /// ARGs declared before the first FROM, with their values (defaults or --build-arg).
    pub global_args: BTreeMap<String, Option<String>>,
    pub stages: Vec<Stage>,
    /// Indexes of the stages to build, dependencies first; the last is the target.
    pub order: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanError {
    pub line: usize,
    pub message: String,
}

fn text(args: &Args) -> String {
    match args {
        Args::Shell(s) => s.clone(),
        Args::Exec(v) => v.join(" "),
    }
}

impl Plan {
    /// `build_args`: `--build-arg` values; `target`: `--target` (default: the last stage).
    pub fn new(
        df: &Dockerfile,
        build_args: &BTreeMap<String, String>,
        target: Option<&str>,
    ) -> Result<Plan, PlanError> {
        let mut global_args = BTreeMap::new();
        let mut stages: Vec<Stage> = Vec::new();
        for ins in &df.instructions {
            match ins.keyword.as_str() {
                "FROM" => {
                    let lookup = |k: &str| {
                        build_args
                            .get(k)
                            .cloned()
                            .or_else(|| global_args.get(k).cloned().flatten())
                    };
                    let x = Expander {
                        escape: df.escape,
                        lookup: &lookup,
                    };
                    let err = |m: String| PlanError {
                        line: ins.line,
                        message: m,
                    };
                    let words = x.words(&text(&ins.args)).map_err(|e| err(e.0))?;
                    let (image, name) = match words.as_slice() {
                        [i] => (i.clone(), None),
                        [i, a, n] if a.eq_ignore_ascii_case("as") => {
                            (i.clone(), Some(n.to_lowercase()))
                        }
                        _ => return Err(err("FROM wants IMAGE [AS NAME]".into())),
                    };
                    if image.is_empty() {
                        return Err(err("FROM names no image (an ARG without a value?)".into()));
                    }
                    if let Some(n) = &name
                        && stages.iter().any(|s| s.name.as_deref() == Some(n))
                    {
                        return Err(err(format!("duplicate stage name {n:?}")));
                    }
                    let lower = image.to_lowercase();
                    let base = if lower == "scratch" {
                        Base::Scratch
                    } else if let Some(s) = stages
                        .iter()
                        .find(|s| s.name.as_deref() == Some(lower.as_str()))
                    {
                        Base::Stage(s.index)
                    } else {
                        Base::Image(image)
                    };
                    let platform = ins
                        .flag("platform")
                        .and_then(|f| f.value.as_deref())
                        .map(|p| x.word(p))
                        .transpose()
                        .map_err(|e| err(e.0))?;
                    stages.push(Stage {
                        index: stages.len(),
                        name,
                        base,
                        platform,
                        from: ins.clone(),
                        instructions: Vec::new(),
                    });
                }
                _ if stages.is_empty() => {
                    if ins.keyword != "ARG" {
                        return Err(PlanError {
                            line: ins.line,
                            message: format!(
                                "{} before the first FROM: only ARG may come before it",
                                ins.keyword
                            ),
                        });
                    }
                    let t = text(&ins.args);
                    for word in t.split_whitespace() {
                        let (k, v) = match word.split_once('=') {
                            Some((k, v)) => (k.to_string(), Some(v.trim_matches('"').to_string())),
                            None => (word.to_string(), None),
                        };
                        let v = build_args.get(&k).cloned().or(v);
                        global_args.insert(k, v);
                    }
                }
                _ => {
                    if let Some(s) = stages.last_mut() {
                        s.instructions.push(ins.clone());
                    }
                }
            }
        }
        if stages.is_empty() {
            return Err(PlanError {
                line: 1,
                message: "no FROM instruction: nothing to build".into(),
            });
        }
        let target_index = match target {
            None => stages.len() - 1,
            Some(t) => stages
                .iter()
                .find(|s| s.name.as_deref() == Some(t.to_lowercase().as_str()))
                .map(|s| s.index)
                .ok_or_else(|| PlanError {
                    line: 1,
                    message: format!("target stage {t:?} could not be found"),
                })?,
        };
        let mut order = Vec::new();
        visit(&stages, target_index, &mut order, &mut Vec::new())?;
        Ok(Plan {
            global_args,
            stages,
            order,
        })
    }

    /// The images the stages to build start from, each once (not `scratch` or stages).
    pub fn base_images(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for &i in &self.order {
            if let Base::Image(name) = &self.stages[i].base
                && !out.contains(name)
            {
                out.push(name.clone());
            }
        }
        out
    }

    /// The stages stage `i` needs built before it.
    pub fn needs(&self, i: usize) -> Vec<usize> {
        needs(&self.stages, i)
    }

    /// A stage by `--from` value: a name or an index.
    pub fn stage_named(stages: &[Stage], before: usize, name: &str) -> Option<usize> {
        let lower = name.to_lowercase();
        stages[..before]
            .iter()
            .find(|s| s.name.as_deref() == Some(lower.as_str()))
            .map(|s| s.index)
            .or_else(|| name.parse::<usize>().ok().filter(|i| *i < before))
    }
}

/// The stages stage `i` needs built first: its base, and those it copies or mounts from.
fn needs(stages: &[Stage], i: usize) -> Vec<usize> {
    let s = &stages[i];
    let mut out = Vec::new();
    if let Base::Stage(b) = s.base {
        out.push(b);
    }
    for ins in &s.instructions {
        let mut froms: Vec<&str> = Vec::new();
        if matches!(ins.keyword.as_str(), "COPY" | "ADD")
            && let Some(from) = ins.flag("from").and_then(|f| f.value.as_deref())
        {
            froms.push(from);
        }
        if ins.keyword == "RUN" {
            for m in ins.flag_values("mount") {
                froms.extend(m.split(',').filter_map(|f| f.strip_prefix("from=")));
            }
        }
        out.extend(
            froms
                .into_iter()
                .filter_map(|from| Plan::stage_named(stages, i, from)),
        );
    }
    out
}

/// Depth-first: a stage after everything it needs.
fn visit(
    stages: &[Stage],
    i: usize,
    order: &mut Vec<usize>,
    path: &mut Vec<usize>,
) -> Result<(), PlanError> {
    if order.contains(&i) {
        return Ok(());
    }
    if path.contains(&i) {
        return Err(PlanError {
            line: stages[i].from.line,
            message: "stages depend on each other in a circle".into(),
        });
    }
    path.push(i);
    for dep in needs(stages, i) {
        visit(stages, dep, order, path)?;
    }
    path.pop();
    order.push(i);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::dockerfile::parse;

    fn plan(text: &str, target: Option<&str>) -> Result<Plan, PlanError> {
        let df = parse(text, "Dockerfile").unwrap();
        let args = BTreeMap::from([("TAG".to_string(), "1.36".to_string())]);
        Plan::new(&df, &args, target)
    }

    #[test]
    fn stages_bases_and_targets() {
        let text = "ARG TAG=latest\nARG BASE=busybox\n\
                    FROM $BASE:$TAG AS build\nRUN make\n\
                    FROM scratch AS tools\nCOPY x /x\n\
                    FROM build AS test\nRUN test\n\
                    FROM alpine AS final\nCOPY --from=build /out /out\nCOPY --from=1 /x /x\n\
                    FROM scratch AS mounted\nRUN --mount=type=bind,from=test,target=/t true\n";
        let p = plan(text, None).unwrap();
        assert_eq!(p.stages.len(), 5);
        assert_eq!(p.stages[0].base, Base::Image("busybox:1.36".into()));
        assert_eq!(p.stages[1].base, Base::Scratch);
        assert_eq!(p.stages[2].base, Base::Stage(0));
        assert_eq!(p.order, [0, 2, 4], "RUN --mount from= needs its stage");
        let p = plan(text, Some("final")).unwrap();
        assert_eq!(p.order, [0, 1, 3], "test is not needed by final");
        let p = plan(text, Some("test")).unwrap();
        assert_eq!(p.order, [0, 2]);
        assert_eq!(p.global_args["BASE"].as_deref(), Some("busybox"));
        assert!(
            plan(text, Some("nope"))
                .unwrap_err()
                .message
                .contains("nope")
        );
        let e = plan("RUN x\nFROM a\n", None).unwrap_err();
        assert_eq!(e.line, 1);
        assert!(plan("FROM a AS x\nFROM b AS x\n", None).is_err());
        assert!(plan("ARG X\nFROM $X\n", None).is_err(), "empty image name");
    }
}
