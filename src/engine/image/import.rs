//! `import`: a filesystem tar (plain, gzip or zstd) as a one-layer image.

use std::fs;
use std::io::{self, BufWriter, Read};

use crate::engine::{Engine, EngineError};
use crate::oci::image::{History, ImageConfig, RootFs, RunConfig};
use crate::oci::{Digest, Reference};
use crate::util::time::now_rfc3339;

impl Engine {
    /// Imports the tar read from `input`; `edit` applies `-c` instructions to the config.
    pub fn import_image(
        &self,
        input: &mut dyn Read,
        reference: Option<&str>,
        message: Option<&str>,
        platform: Option<&crate::oci::Platform>,
        edit: &dyn Fn(&mut RunConfig) -> Result<(), String>,
    ) -> Result<Digest, EngineError> {
        let reference = reference
            .map(|r| Reference::parse_tag_target(r, &self.context().registries.default_registry))
            .transpose()
            .map_err(|e| EngineError::Invalid(e.to_string()))?;
        let work = self.store()?.work_dir()?;
        let tar_path = work.path().join("import.tar");
        {
            let mut plain = crate::store::unpack::decompress::decompressed(input)
                .map_err(|e| EngineError::Invalid(format!("reading the archive: {e}")))?;
            let mut f = BufWriter::new(fs::File::create(&tar_path)?);
            io::copy(&mut plain, &mut f)
                .map_err(|e| EngineError::Invalid(format!("reading the archive: {e}")))?;
            io::Write::flush(&mut f)?;
        }
        // a quick look: it must be a tar
        {
            let mut head = [0u8; 512];
            let n = fs::File::open(&tar_path)?.read(&mut head)?;
            if n < 512 || &head[257..262] != b"ustar" {
                return Err(EngineError::Invalid(
                    "the archive is not a tar (plain, gzip or zstd)".into(),
                ));
            }
        }
        let layer = self.layer_from_tar(&tar_path)?;
        let mut run = RunConfig::default();
        edit(&mut run).map_err(EngineError::Invalid)?;
        let now = now_rfc3339();
        // the image says what the files are for (`--platform`), else this host
        let platform = platform.cloned().unwrap_or_else(crate::oci::Platform::host);
        let config = ImageConfig {
            architecture: platform.architecture,
            os: platform.os,
            variant: platform.variant,
            created: Some(now.clone()),
            comment: message.map(str::to_string),
            config: Some(run),
            rootfs: RootFs {
                kind: "layers".into(),
                diff_ids: vec![layer],
            },
            history: vec![History {
                created: Some(now),
                created_by: Some("import".into()),
                comment: message.map(str::to_string),
                ..Default::default()
            }],
            ..Default::default()
        };
        self.save_image(&config, reference.as_ref(), false)
    }
}
