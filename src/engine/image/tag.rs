//! `tag SRC DST`.

use crate::engine::{Engine, EngineError};
use crate::oci::{Digest, Reference};
use crate::util::time::now_rfc3339;

impl Engine {
    pub fn tag_image(&self, source: &str, target: &str) -> Result<Reference, EngineError> {
        let target = Reference::parse_tag_target(target, &self.ctx.registries.default_registry)?;
        let store = self.store()?;
        let lock = store.lock()?;
        let mut db = store.images()?;
        let src = self.resolve_image(&db, source)?;
        db.set_name(&target, &src.id);
        if let Some(rec) = db.images.get_mut(&src.id) {
            rec.last_tag_time = Some(now_rfc3339());
            // a named image is no build step's (one a cache brought, once a build uses it)
            rec.intermediate = false;
        }
        store.save_images(&db, &lock)?;
        Ok(target)
    }
}

impl Engine {
    /// `build --annotation`: annotations for the image's manifest; its pushes use OCI
    /// manifests (a Docker manifest cannot carry them).
    pub fn annotate_image(
        &self,
        id: &Digest,
        annotations: &std::collections::BTreeMap<String, String>,
    ) -> Result<(), EngineError> {
        if annotations.is_empty() {
            return Ok(());
        }
        let store = self.store()?;
        let lock = store.lock()?;
        let mut db = store.images()?;
        let r = db
            .images
            .get_mut(id)
            .ok_or_else(|| EngineError::NoSuchImage(id.to_string()))?;
        r.annotations.extend(annotations.clone());
        r.format = Some("oci".into());
        store.save_images(&db, &lock)?;
        Ok(())
    }
}
