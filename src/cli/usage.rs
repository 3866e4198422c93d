//! `system df` and `system prune`: what the store's parts take, and giving back what
//! nothing uses.

use std::io::Write;

use serde_json::{Value, json};

use super::format::{Format, render};
use crate::engine::Engine;
use crate::engine::image::remove::RemoveEvent;
use crate::engine::usage::Usage;
use crate::util::human;

const DF_HEADERS: &[(&str, &str)] = &[
    ("Type", "TYPE"),
    ("TotalCount", "TOTAL"),
    ("Active", "ACTIVE"),
    ("Size", "SIZE"),
    ("Reclaimable", "RECLAIMABLE"),
];

fn row(kind: &str, u: &Usage) -> Value {
    let percent = (u.reclaimable.saturating_mul(100))
        .checked_div(u.size)
        .map(|p| format!(" ({p}%)"))
        .unwrap_or_default();
    json!({
        "Type": kind,
        "TotalCount": u.total.to_string(),
        "Active": u.active.to_string(),
        "Size": human::size(u.size),
        "Reclaimable": format!("{}{percent}", human::size(u.reclaimable)),
    })
}

pub fn df(engine: &Engine, verbose: bool, format: Option<&str>) -> anyhow::Result<i32> {
    let u = engine.disk_usage()?;
    let mut out = std::io::stdout().lock();
    if verbose {
        return df_verbose(engine, &mut out);
    }
    let docs = [
        row("Images", &u.images),
        row("Containers", &u.containers),
        row("Local Volumes", &u.volumes),
        row("Build Cache", &u.build_cache),
    ];
    let f = Format::parse(
        format,
        "{{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}",
    );
    out.write_all(render(&f, DF_HEADERS, &docs)?.as_bytes())?;
    Ok(0)
}

/// `system df -v`: each image, container and volume.
fn df_verbose(engine: &Engine, out: &mut dyn Write) -> anyhow::Result<i32> {
    let images = engine.list_images(&Default::default())?;
    let users = engine.image_users()?;
    let mut text =
        String::from("Images space usage:\n\nREPOSITORY\tTAG\tIMAGE ID\tSIZE\tCONTAINERS\n");
    for i in &images {
        text.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            i.repository.as_deref().unwrap_or("<none>"),
            i.tag.as_deref().unwrap_or("<none>"),
            i.id.short(),
            human::size(i.size),
            users.get(&i.id).map_or(0, Vec::len)
        ));
    }
    out.write_all(super::format::align(&text).as_bytes())?;
    let rows = engine.list_containers(&crate::engine::container::list::PsOptions::every())?;
    let mut text =
        String::from("\nContainers space usage:\n\nCONTAINER ID\tIMAGE\tSIZE\tSTATUS\tNAMES\n");
    for r in &rows {
        text.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\n",
            &r.config.id[..12],
            r.config.image,
            human::size(crate::util::fs::tree_size(&r.config.spec.root.upper)),
            super::container::status_text(r),
            r.config.name
        ));
    }
    out.write_all(super::format::align(&text).as_bytes())?;
    let users = engine.volume_users()?;
    let mut text = String::from("\nLocal Volumes space usage:\n\nVOLUME NAME\tLINKS\tSIZE\n");
    for v in engine.list_volumes()? {
        text.push_str(&format!(
            "{}\t{}\t{}\n",
            v.name,
            users.iter().filter(|(n, _)| *n == v.name).count(),
            human::size(crate::util::fs::tree_size(&v.mountpoint))
        ));
    }
    out.write_all(super::format::align(&text).as_bytes())?;
    Ok(0)
}

pub fn prune(
    engine: &Engine,
    all: bool,
    volumes: bool,
    force: bool,
    filters: &[String],
) -> anyhow::Result<i32> {
    let filter = crate::engine::prune_filter::PruneFilter::parse(filters)?;
    if !force {
        let mut warning = String::from(
            "WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n",
        );
        if volumes {
            warning.push_str("  - all anonymous volumes not used by at least one container\n");
        }
        warning.push_str(if all {
            "  - all images without at least one container associated to them\n"
        } else {
            "  - all dangling images\n"
        });
        warning.push_str("  - unused build cache\n");
        if !super::image::confirm(&warning)? {
            return Ok(0);
        }
    }
    let mut out = std::io::stdout().lock();
    let containers = engine.prune_containers(&filter)?;
    section(&mut out, "Deleted Containers:", &containers)?;
    let networks = engine.prune_networks(&filter)?;
    section(&mut out, "Deleted Networks:", &networks)?;
    if volumes {
        let vols = engine.prune_volumes(false, &filter)?;
        section(&mut out, "Deleted Volumes:", &vols)?;
    }
    let report = engine.prune_images(all, &filter)?;
    let lines: Vec<String> = report
        .events
        .iter()
        .map(|e| match e {
            RemoveEvent::Untagged(n) => format!("untagged: {n}"),
            RemoveEvent::Deleted(id) => format!("deleted: {id}"),
        })
        .collect();
    section(&mut out, "Deleted Images:", &lines)?;
    let cache = engine.prune_build_cache()?;
    writeln!(
        out,
        "Total reclaimed space: {}",
        human::size(report.reclaimed + cache)
    )?;
    Ok(0)
}

fn section(out: &mut dyn Write, title: &str, items: &[String]) -> std::io::Result<()> {
    if items.is_empty() {
        return Ok(());
    }
    writeln!(out, "{title}")?;
    for i in items {
        writeln!(out, "{i}")?;
    }
    writeln!(out)
}
