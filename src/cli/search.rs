//! `search`.

use std::io::Write;

use clap::Args;
use serde_json::json;

use crate::cli::RegistryArgs;
use crate::cli::format::{Format, render};
use crate::engine::Engine;
use crate::util::human;

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// At most this many results
    #[arg(long, default_value_t = 25)]
    limit: usize,
    /// Format output with a Go template (.Index, .Name, .Description, .Stars, .Official,
    /// .Automated, .Tag), or 'json'
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,
    /// List the tags of the repository TERM names
    #[arg(long)]
    list_tags: bool,
    /// Do not truncate descriptions
    #[arg(long)]
    no_trunc: bool,
    #[command(flatten)]
    registry: RegistryArgs,
    /// What to look for (HOST/TERM searches that registry's catalog)
    #[arg(value_name = "TERM")]
    term: String,
}

const HEADERS: &[(&str, &str)] = &[
    ("Index", "INDEX"),
    ("Name", "NAME"),
    ("Description", "DESCRIPTION"),
    ("Stars", "STARS"),
    ("Official", "OFFICIAL"),
    ("Automated", "AUTOMATED"),
    ("Tag", "TAG"),
];

pub fn search(engine: &Engine, a: SearchArgs) -> anyhow::Result<i32> {
    let opts = crate::cli::image::client_options(&a.registry)?;
    let rows = engine.search(&a.term, a.limit, a.list_tags, &opts)?;
    let docs: Vec<serde_json::Value> = rows
        .iter()
        .map(|r| {
            let d = r.found.description.replace(['\n', '\t'], " ");
            json!({
                "Index": r.index,
                "Name": r.found.name,
                "Description": if a.no_trunc { d } else { human::ellipsis(&d, 45) },
                "Stars": r.found.stars,
                "Official": if r.found.official { "[OK]" } else { "" },
                "Automated": if r.found.automated { "[OK]" } else { "" },
                "Tag": r.tag.clone().unwrap_or_default(),
            })
        })
        .collect();
    let default = if a.list_tags {
        "{{.Name}}\t{{.Tag}}"
    } else {
        "{{.Name}}\t{{.Description}}\t{{.Stars}}\t{{.Official}}"
    };
    let format = Format::parse(a.format.as_deref(), default);
    std::io::stdout().write_all(render(&format, HEADERS, &docs)?.as_bytes())?;
    Ok(0)
}
