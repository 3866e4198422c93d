//! podman's ways of naming containers other than by name: `-l/--latest` (the container
//! created last; with it, a command's first positional is not a container but what
//! follows one: `exec -l CMD`, `port -l 80`, `top -l -o pid`), `--cidfile` and `--filter`.

use crate::engine::Engine;
use crate::engine::container::list::{ContainerFilter, ContainerRow, PsOptions};

/// The IDs that `--cidfile` files hold.
pub fn from_cidfiles(files: &[std::path::PathBuf]) -> anyhow::Result<Vec<String>> {
    files
        .iter()
        .map(|f| {
            std::fs::read_to_string(f)
                .map(|id| id.trim().to_string())
                .map_err(|e| anyhow::anyhow!("reading --cidfile {}: {e}", f.display()))
        })
        .collect()
}

/// Every container (whatever its state) that passes the `--filter`s (as `ps --filter`).
pub fn filtered(engine: &Engine, filters: &[String]) -> anyhow::Result<Vec<ContainerRow>> {
    let filters = filters
        .iter()
        .map(|f| ContainerFilter::parse(f))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(engine.list_containers(&PsOptions {
        all: true,
        last: None,
        filters,
    })?)
}

/// The ID of the container created last.
pub fn latest_id(engine: &Engine) -> anyhow::Result<String> {
    engine
        .list_containers(&PsOptions::every())?
        .into_iter()
        .next()
        .map(|r| r.config.id)
        .ok_or_else(|| anyhow::anyhow!("no containers to operate on (--latest): no such container"))
}

/// The container a one-container command acts on: `first`, or with `latest` the latest
/// container, `first` then being the first of `rest`.
pub fn one(
    engine: &Engine,
    latest: bool,
    first: Option<String>,
    rest: &mut Vec<String>,
) -> anyhow::Result<String> {
    if !latest {
        return first.ok_or_else(|| anyhow::anyhow!("requires a container (or --latest)"));
    }
    if let Some(f) = first {
        rest.insert(0, f);
    }
    latest_id(engine)
}

/// The containers named, or with `latest` the latest one alone.
pub fn named_or_latest(
    engine: &Engine,
    latest: bool,
    names: Vec<String>,
) -> anyhow::Result<Vec<String>> {
    if !latest {
        return Ok(names);
    }
    if !names.is_empty() {
        anyhow::bail!("--latest and containers cannot be given together");
    }
    Ok(vec![latest_id(engine)?])
}
