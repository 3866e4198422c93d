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
    /// Docker's output (podman; skiff's is docker's already)
    #[arg(long)]
    compatible: bool,
    /// Filter: stars=N (at least), is-official=true|false, is-automated=true|false
    #[arg(short, long = "filter", value_name = "FILTER")]
    filter: Vec<String>,
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

/// `--filter`s as one test of a result.
fn filters(
    given: &[String],
) -> anyhow::Result<impl Fn(&crate::engine::image::search::Found) -> bool> {
    let (mut stars, mut official, mut automated) = (0u64, None, None);
    for f in given {
        let bad = || {
            anyhow::anyhow!("invalid filter {f:?}: stars=N, is-official=BOOL or is-automated=BOOL")
        };
        let (k, v) = f.split_once('=').ok_or_else(bad)?;
        let flag = || match v {
            "true" | "1" => Ok(true),
            "false" | "0" => Ok(false),
            _ => Err(bad()),
        };
        match k {
            "stars" => stars = v.parse().map_err(|_| bad())?,
            "is-official" => official = Some(flag()?),
            "is-automated" => automated = Some(flag()?),
            _ => return Err(bad()),
        }
    }
    Ok(move |f: &crate::engine::image::search::Found| {
        f.stars >= stars
            && official.is_none_or(|o| o == f.official)
            && automated.is_none_or(|o| o == f.automated)
    })
}

pub fn search(engine: &Engine, a: SearchArgs) -> anyhow::Result<i32> {
    let opts = crate::cli::image::client_options(&a.registry)?;
    let _ = a.compatible;
    let keep = filters(&a.filter)?;
    let mut rows = engine.search(&a.term, a.limit, a.list_tags, &opts)?;
    rows.retain(|r| keep(&r.found));
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
