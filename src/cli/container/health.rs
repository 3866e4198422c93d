//! `healthcheck run`.

use clap::{Args, Subcommand};

use crate::engine::Engine;

#[derive(Debug, Subcommand)]
pub enum HealthcheckCommand {
    /// Run a container's health check now and print the result
    Run(HealthRunArgs),
}

#[derive(Debug, Args)]
pub struct HealthRunArgs {
    #[arg(value_name = "CONTAINER")]
    container: String,
}

/// Prints the status; exit 0 when healthy, 1 otherwise (as podman).
pub fn healthcheck(engine: &Engine, c: HealthcheckCommand) -> anyhow::Result<i32> {
    match c {
        HealthcheckCommand::Run(a) => {
            let status = engine.run_health_check(&a.container)?;
            println!("{status}");
            Ok(if status == "healthy" { 0 } else { 1 })
        }
    }
}
