//! `export`: a container's filesystem — its image's layers under its writable layer — as
//! one flat tar, read straight from the layer directories (nothing is mounted; symlinks
//! are never followed, files are opened with O_NOFOLLOW).

use std::io::Write;

use crate::engine::{Engine, EngineError};
use crate::store::layered::Layered;
use crate::store::pack::{PackOptions, pack_merged};

impl Engine {
    pub fn export_container(
        &self,
        container: &str,
        out: &mut dyn Write,
    ) -> Result<(), EngineError> {
        let id = self.containers()?.resolve(container)?;
        let (c, _) = self.load_container(&id)?;
        let mut dirs = c.spec.root.lower.clone();
        dirs.push(c.spec.root.upper.clone());
        let view = Layered::new(&dirs);
        pack_merged(&view, out, PackOptions::default())
            .map_err(|e| EngineError::Other(format!("exporting {}: {e}", c.name)))?;
        Ok(())
    }
}
