//! The image a container is created from: the one the store has, or pulled (when
//! missing, always, or when the store has the name for another platform than
//! `--platform`), and refused before anything starts when this machine cannot run its
//! architecture (no binfmt_misc handler for it).

use super::create::{CreateOptions, PullPolicy};
use crate::engine::progress::PullProgress;
use crate::engine::{Engine, EngineError};
use crate::oci::image::ImageConfig;

impl Engine {
    pub(super) fn image_for_run(
        &self,
        opts: &CreateOptions,
        progress: &dyn PullProgress,
    ) -> Result<(crate::oci::Digest, ImageConfig), EngineError> {
        let store = self.store()?;
        let mut local = self.resolve_image(&store.images()?, &opts.image);
        // `--platform` another than the local image's: that platform's is pulled
        if let (Ok(r), Some(want)) = (&local, &opts.platform)
            && let Ok(have) = self.image_config(&r.id).map(|c| c.platform())
            && want.rank(&have).is_none()
        {
            local = Err(EngineError::NoSuchImage(format!(
                "{} for {want} (the store has {have})",
                opts.image
            )));
        }
        let id = match (local, opts.pull) {
            (Ok(r), PullPolicy::Missing | PullPolicy::Never) => r.id,
            (Err(EngineError::NoSuchImage(_)), PullPolicy::Never) => {
                return Err(EngineError::NoSuchImage(opts.image.clone()));
            }
            (Err(EngineError::NoSuchImage(_)), _) | (Ok(_), PullPolicy::Always) => {
                let pulled = self.pull(
                    &crate::engine::image::pull::PullOptions {
                        lazy: false,
                        reference: opts.image.clone(),
                        platform: opts.platform.clone(),
                        client: opts.client.clone(),
                    },
                    progress,
                )?;
                pulled.image_id
            }
            (Err(e), _) => return Err(e),
        };
        let config = ImageConfig::parse(&store.read_blob(&id)?)
            .map_err(|e| EngineError::Store(format!("image {id}: malformed config: {e}")))?;
        // another architecture's programs run through qemu, or not at all: say so now
        crate::runtime::binfmt::check(
            &config.architecture,
            &crate::oci::Platform::host().architecture,
            std::path::Path::new(crate::runtime::binfmt::BINFMT_DIR),
        )
        .map_err(|why| EngineError::Start {
            exit: 125,
            message: format!("image {}: {why}", opts.image),
        })?;
        Ok((id, config))
    }
}
