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
    /// Build for every platform all the base images are available for
    #[arg(long, conflicts_with = "platform")]
    all_platforms: bool,
    /// An annotation on the image's manifest, KEY=VALUE (its pushes are then OCI)
    #[arg(long, value_name = "KEY=VALUE")]
    annotation: Vec<String>,
    /// With --logfile and several platforms: one log per platform, FILE_OS_ARCH
    #[arg(long, requires = "logfile")]
    logsplit: bool,
}

impl PlatformArgs {
    /// `--logsplit`: where platform `p`'s build log goes (`FILE_OS_ARCH`).
    pub fn split_log(
        &self,
        logfile: &std::path::Path,
        p: &Option<Platform>,
    ) -> Option<std::path::PathBuf> {
        let p = p.as_ref().filter(|_| self.logsplit)?;
        let mut name = logfile.as_os_str().to_owned();
        name.push(format!("_{}_{}", p.os, p.architecture));
        Some(name.into())
    }

    /// The platforms to build for: `[None]` (the host's) when none is asked for;
    /// `--all-platforms`: those every image in `bases` is available for.
    pub fn platforms(
        &self,
        engine: &Engine,
        bases: impl FnOnce() -> anyhow::Result<Vec<String>>,
        client: &crate::registry::ClientOptions,
    ) -> anyhow::Result<Vec<Option<Platform>>> {
        if self.all_platforms {
            let mut common: Option<Vec<Platform>> = None;
            for b in bases()? {
                let have = engine.image_platforms(&b, client)?;
                common = Some(match common {
                    None => have,
                    Some(c) => c
                        .into_iter()
                        .filter(|p| have.iter().any(|h| p.rank(h).is_some()))
                        .collect(),
                });
            }
            let all = common.unwrap_or_default();
            if all.is_empty() {
                bail!(
                    "--all-platforms: the base images have no platform in common (or there is no base image: give --platform)"
                );
            }
            return Ok(all.into_iter().map(Some).collect());
        }
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
        let annotations = self
            .annotation
            .iter()
            .map(|a| match a.split_once('=') {
                Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
                _ => bail!("invalid --annotation {a:?}: want KEY=VALUE"),
            })
            .collect::<anyhow::Result<std::collections::BTreeMap<_, _>>>()?;
        for id in ids {
            engine.annotate_image(id, &annotations)?;
        }
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
