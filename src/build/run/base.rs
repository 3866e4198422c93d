//! Where a stage starts (an image, pulled when missing, `scratch`, or an earlier stage),
//! the build's epoch, and HEALTHCHECK's config.

use crate::store::layered::Layered;
use std::collections::BTreeMap;

use super::*;

impl Builder<'_> {
    /// The files of a directory build context named `name`, as a read-only view.
    pub(super) fn context_view(&self, name: &str) -> Option<Layered> {
        match self.opts.contexts.get(name)? {
            super::NamedContext::Dir(d) => Some(Layered::new(std::slice::from_ref(d))),
            super::NamedContext::Image(_) => None,
        }
    }

    /// The build's epoch: `--timestamp`, SOURCE_DATE_EPOCH, else the base image's creation
    /// time (scratch: 0) — the same on every machine for the same inputs.
    pub(super) fn epoch_of(&self, base: Option<&str>) -> u64 {
        self.epoch
            .or_else(|| {
                base.and_then(crate::util::time::parse_rfc3339)
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map(|d| d.as_secs())
            })
            .unwrap_or(0)
    }

    pub(super) fn base(
        &self,
        plan: &Plan,
        index: usize,
        done: &BTreeMap<usize, State>,
    ) -> Result<State, BuildError> {
        let stage = &plan.stages[index];
        match &stage.base {
            Base::Stage(b) => {
                let mut st = done
                    .get(b)
                    .cloned()
                    .ok_or_else(|| self.err(&stage.from, "base stage was not built"))?;
                st.args.clear();
                Ok(st)
            }
            Base::Scratch => {
                let platform = self.stage_platform(stage)?;
                Ok(State {
                    config: ImageConfig {
                        architecture: platform.architecture,
                        os: platform.os,
                        variant: platform.variant,
                        rootfs: RootFs {
                            kind: "layers".into(),
                            diff_ids: Vec::new(),
                        },
                        config: Some(RunConfig {
                            env: Some(vec![
                                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
                                    .into(),
                            ]),
                            ..Default::default()
                        }),
                        ..Default::default()
                    },
                    key: hash(&["scratch"]),
                    args: BTreeMap::new(),
                    epoch: self.epoch_of(None),
                    inherited: 0,
                    base_layers: 0,
                })
            }
            Base::Image(name) => {
                let platform = self.stage_platform(stage)?;
                let (id, config) = self.image_for(name, &platform)?;
                let epoch = self.epoch_of(config.created.as_deref());
                Ok(State {
                    inherited: config.history.len(),
                    base_layers: config.rootfs.diff_ids.len(),
                    config,
                    key: hash(&["image", &id.to_string(), &epoch.to_string()]),
                    args: BTreeMap::new(),
                    epoch,
                })
            }
        }
    }

    /// The platform a stage's base is for: its FROM's `--platform`, else the build's.
    fn stage_platform(
        &self,
        stage: &super::super::plan::Stage,
    ) -> Result<crate::oci::Platform, BuildError> {
        match stage.platform.as_deref().filter(|p| !p.is_empty()) {
            Some(p) => crate::oci::Platform::parse(p)
                .map_err(|e| self.err(&stage.from, format!("--platform={p}: {e}"))),
            None => Ok(self.target_platform()),
        }
    }

    /// An image `COPY --from`/`RUN --mount=from` names: for the build's platform.
    pub(super) fn image(&self, name: &str) -> Result<(Digest, ImageConfig), BuildError> {
        self.image_for(name, &self.target_platform())
    }

    /// A base image for `platform`, pulled when missing (or of another platform), or
    /// always with `--pull`.
    fn image_for(
        &self,
        name: &str,
        platform: &crate::oci::Platform,
    ) -> Result<(Digest, ImageConfig), BuildError> {
        let name = match self.opts.contexts.get(name) {
            Some(super::NamedContext::Image(r)) => r.as_str(),
            Some(super::NamedContext::Dir(d)) => {
                return Err(BuildError::Engine(crate::engine::EngineError::Invalid(
                    format!(
                        "build context {name} is a directory ({}): it can be copied or mounted from, not built FROM",
                        d.display()
                    ),
                )));
            }
            None => name,
        };
        let e = self.engine;
        // stages built at once wait for each other here: one pull per image and platform
        let mut pulled = self.pulled.lock().unwrap_or_else(|p| p.into_inner());
        let key = format!("{name} {platform}");
        if let Some(id) = pulled.get(&key) {
            return Ok((id.clone(), e.image_config(id)?));
        }
        // a local image of another platform is as good as missing
        let local = e.find_image(name).and_then(|id| {
            let config = e.image_config(&id)?;
            let have = config.platform();
            match platform.rank(&have) {
                Some(_) => Ok((id, config)),
                None => Err(crate::engine::EngineError::Invalid(format!(
                    "image {name} is {have} in the store, not {platform} (leave out --pull=never to pull it)"
                ))),
            }
        });
        let found = match (local, self.opts.pull) {
            (Ok(found), Pull::Missing | Pull::Never) => found,
            (Err(err), Pull::Never) => return Err(err.into()),
            _ => {
                let id = self.pull(name, platform)?;
                let config = e.image_config(&id)?;
                (id, config)
            }
        };
        pulled.insert(key, found.0.clone());
        Ok(found)
    }

    /// Pulls a base image, trying again `--retry` times `--retry-delay` apart.
    fn pull(&self, name: &str, platform: &crate::oci::Platform) -> Result<Digest, BuildError> {
        let e = self.engine;
        let (retries, delay) = self.opts.pull_retries;
        let mut attempt = 0;
        loop {
            let r = e.pull(
                &crate::engine::image::pull::PullOptions {
                    lazy: true,
                    reference: name.to_string(),
                    platform: Some(platform.clone()),
                    client: e.client_options(self.opts.client.clone()),
                },
                self.progress,
            );
            match r {
                Ok(p) => return Ok(p.image_id),
                Err(err) if attempt >= retries || !err.is_transient() => return Err(err.into()),
                Err(err) => {
                    attempt += 1;
                    self.out.warn(&format!(
                        "pulling {name} failed ({err}); trying again in {delay:?} ({attempt}/{retries})"
                    ));
                    std::thread::sleep(delay);
                }
            }
        }
    }

    pub(super) fn healthcheck(&self, ins: &Instruction) -> Result<serde_json::Value, BuildError> {
        let text = match &ins.args {
            Args::Shell(s) => s.trim().to_string(),
            Args::Exec(v) => serde_json::to_string(v).unwrap_or_default(),
        };
        if text.eq_ignore_ascii_case("NONE") {
            return Ok(serde_json::json!({"Test": ["NONE"]}));
        }
        let rest = text
            .strip_prefix("CMD")
            .or_else(|| text.strip_prefix("cmd"))
            .ok_or_else(|| self.err(ins, "HEALTHCHECK wants CMD … or NONE"))?
            .trim();
        let test = match serde_json::from_str::<Vec<String>>(rest) {
            Ok(v) => std::iter::once("CMD".to_string())
                .chain(v)
                .collect::<Vec<_>>(),
            Err(_) => vec!["CMD-SHELL".into(), rest.to_string()],
        };
        let mut hc = serde_json::json!({"Test": test});
        for (flag, key) in [
            ("interval", "Interval"),
            ("timeout", "Timeout"),
            ("start-period", "StartPeriod"),
            ("start-interval", "StartInterval"),
        ] {
            if let Some(v) = ins.flag(flag).and_then(|f| f.value.as_deref()) {
                let d = crate::util::time::parse_go_duration(v)
                    .ok_or_else(|| self.err(ins, format!("invalid --{flag} {v:?}")))?;
                hc[key] = serde_json::json!(d.as_nanos() as u64);
            }
        }
        if let Some(v) = ins.flag("retries").and_then(|f| f.value.as_deref()) {
            let r: u64 = v
                .parse()
                .map_err(|_| self.err(ins, format!("invalid --retries {v:?}")))?;
            hc["Retries"] = serde_json::json!(r);
        }
        Ok(hc)
    }
}
