//! `update`: new cgroup limits and restart policy for existing containers.

use clap::Args;

use super::limits::LimitArgs;
use crate::engine::Engine;

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[command(flatten)]
    limits: LimitArgs,
    /// Restart policy to apply when the container exits
    #[arg(long, value_name = "POLICY")]
    restart: Option<String>,
    #[arg(required = true, value_name = "CONTAINER")]
    containers: Vec<String>,
}

pub fn update(engine: &Engine, a: UpdateArgs) -> anyhow::Result<i32> {
    let resources = a.limits.resources()?;
    let restart = a
        .restart
        .as_deref()
        .map(|r| super::args::restart_policy(r, false))
        .transpose()?;
    if resources == Default::default() && restart.is_none() {
        anyhow::bail!("you must provide one or more flags when using this command");
    }
    Ok(super::control::each(&a.containers, false, |c| {
        engine.update_container(c, &resources, restart.clone())?;
        Ok(())
    }))
}
