//! podman's `-t/--time` of `network rm` and `volume rm`.

use clap::Args;

/// podman's `-t/--time` of `network rm` and `volume rm`: with `-f`, the containers that
/// use what is removed are stopped and removed first.
#[derive(Debug, Args)]
pub struct UsersTime {
    /// With -f: the containers using it are stopped (SIGKILL after SECONDS) and removed
    /// first (podman)
    #[arg(
        short,
        long,
        value_name = "SECONDS",
        requires = "force",
        allow_hyphen_values = true
    )]
    pub time: Option<i64>,
}

impl UsersTime {
    /// With `--time`: the containers `users` names stopped and removed.
    pub fn remove_users(
        &self,
        engine: &crate::engine::Engine,
        users: impl FnOnce() -> Result<Vec<String>, crate::engine::EngineError>,
    ) -> Result<(), crate::engine::EngineError> {
        let Some(t) = self.time else {
            return Ok(());
        };
        users()?
            .iter()
            .try_for_each(|c| engine.remove_stopping(c, t, false))
    }
}
