//! podman's `-l/--latest`: the container created last stands in for the one a command
//! would name. With it, a command's first positional is not a container but what follows
//! one (`exec -l CMD`, `port -l 80`, `top -l -o pid`).

use crate::engine::Engine;
use crate::engine::container::list::PsOptions;

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
