//! `tag SRC DST`.

use crate::engine::{Engine, EngineError};
use crate::oci::Reference;
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
