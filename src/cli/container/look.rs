//! `top` and `diff`: looking into a container.

use std::io::Write;

use clap::Args;

use crate::engine::Engine;

#[derive(Debug, Args)]
pub struct TopArgs {
    #[arg(value_name = "CONTAINER")]
    container: String,
    /// Options for ps (then the host's ps lists them); default: ps -ef's columns
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "PS OPTIONS"
    )]
    ps_args: Vec<String>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    #[arg(value_name = "CONTAINER")]
    container: String,
}

pub fn top(engine: &Engine, a: TopArgs) -> anyhow::Result<i32> {
    let table = engine.top(&a.container, &a.ps_args)?;
    let mut text = table.titles.join("\t");
    text.push('\n');
    for row in &table.rows {
        text.push_str(&row.join("\t"));
        text.push('\n');
    }
    // docker's top: Go tabwriter with a minimum column width of 20.
    std::io::stdout().write_all(crate::cli::format::align_min(&text, 20).as_bytes())?;
    Ok(0)
}

pub fn diff(engine: &Engine, a: DiffArgs) -> anyhow::Result<i32> {
    let mut out = std::io::stdout().lock();
    for (change, path) in engine.container_changes(&a.container)? {
        writeln!(out, "{} {path}", change.letter())?;
    }
    Ok(0)
}
