//! `build --platform A,B` (and podman's `--arch/--os/--variant`, `--manifest`): one build
//! per platform, the images gathered into a manifest list under each `-t` name (and
//! `--manifest`'s), pushed as a list with `--push`.

use anyhow::bail;
use clap::Args;

use super::platform::PlatformParts;
use crate::engine::Engine;
use crate::engine::image::lists::EntryOptions;
use crate::engine::image::output::Output;
use crate::oci::{Digest, Platform};

#[derive(Debug, Args)]
pub struct PlatformArgs {
    /// Build for these platforms, OS/ARCH[/VARIANT] (comma-separated or repeated);
    /// several make a manifest list. Another architecture's RUN steps need qemu-user-static
    #[arg(long, value_name = "OS/ARCH", value_delimiter = ',')]
    platform: Vec<String>,
    #[command(flatten)]
    parts: PlatformParts,
    /// Also add the image(s) to this manifest list (made when missing)
    #[arg(long, value_name = "LIST")]
    manifest: Option<String>,
}

impl PlatformArgs {
    /// The platforms to build for: `[None]` (the host's) when none is asked for.
    pub fn platforms(&self) -> anyhow::Result<Vec<Option<Platform>>> {
        if self.platform.is_empty() {
            return Ok(vec![self.parts.platform(None)?]);
        }
        let mut out: Vec<Option<Platform>> = Vec::new();
        for p in &self.platform {
            let p = self.parts.platform(Some(p))?;
            if !out.contains(&p) {
                out.push(p);
            }
        }
        Ok(out)
    }

    /// What a build of several platforms cannot do (checked before it starts).
    pub fn check(
        &self,
        platforms: &[Option<Platform>],
        outputs: &[Output],
        caches_to: bool,
    ) -> anyhow::Result<()> {
        if platforms.len() < 2 {
            return Ok(());
        }
        if outputs
            .iter()
            .any(|o| !matches!(o, Output::Image { names, .. } if names.is_empty()))
        {
            bail!(
                "--output with several platforms: only a push of the manifest list (--push, type=image,push=true or type=registry without name=) is supported"
            );
        }
        if caches_to {
            bail!(
                "--cache-to with several platforms is not supported: export one platform's cache at a time"
            );
        }
        Ok(())
    }

    /// After the builds: the lists named by `-t` (replaced) and `--manifest` (added to).
    pub fn record(
        &self,
        engine: &Engine,
        tags: &[String],
        ids: &[Digest],
        multi: bool,
    ) -> anyhow::Result<()> {
        if multi {
            for t in tags {
                engine.manifest_set(t, ids)?;
            }
        }
        if let Some(list) = &self.manifest {
            let quiet = super::progress::LayerDisplay::new(true, true);
            let client = crate::registry::ClientOptions::default();
            engine.manifest_create(list, &[], true, &EntryOptions::default(), &client, &quiet)?;
            for id in ids {
                engine.manifest_add(
                    list,
                    &id.to_string(),
                    &EntryOptions::default(),
                    &client,
                    &quiet,
                )?;
            }
        }
        Ok(())
    }
}
