//! The final image's last touches, after its stage is built: `--label`, `--env` and
//! `--unsetenv`, `--squash`/`--squash-all`/`--layers=false` (the layers merged into one),
//! `--cache-to type=inline` (the cache keys of its layers in a label), `--omit-history`.

use super::*;

impl Builder<'_> {
    pub(super) fn finish(&self, st: &mut State) -> Result<(), BuildError> {
        let mut rc = run_config(&st.config);
        if !self.opts.labels.is_empty() {
            rc.labels
                .get_or_insert_with(Default::default)
                .extend(self.opts.labels.clone());
        }
        if !self.opts.env.is_empty() || !self.opts.unsetenv.is_empty() {
            let mut env = rc.env.take().unwrap_or_default();
            for e in &self.opts.env {
                let key = e.split('=').next().unwrap_or(e);
                env.retain(|x| x.split('=').next() != Some(key));
                env.push(e.clone());
            }
            env.retain(|x| {
                let key = x.split('=').next().unwrap_or(x);
                !self.opts.unsetenv.iter().any(|u| u == key)
            });
            rc.env = Some(env);
        }
        st.config.config = Some(rc);
        let squash = match (self.opts.squash, self.opts.no_layers) {
            (Squash::None, true) => Squash::New,
            (s, _) => s,
        };
        let keep = match squash {
            Squash::None => None,
            Squash::New => Some(st.base_layers),
            Squash::All => Some(0),
        };
        if let Some(keep) = keep {
            let diff_ids = st.config.rootfs.diff_ids.clone();
            let keep = keep.min(diff_ids.len());
            if diff_ids.len() > keep {
                let layer = self.engine.squash_layers(
                    &diff_ids[..keep],
                    &diff_ids[keep..],
                    self.pack(st),
                )?;
                st.config.rootfs.diff_ids.truncate(keep);
                st.config.rootfs.diff_ids.push(layer);
                // the history says which entries made the layers: one entry for the new one
                let from = if keep == 0 { 0 } else { st.inherited };
                for h in st.config.history.iter_mut().skip(from) {
                    h.empty_layer = true;
                }
                let what = if keep == 0 {
                    "--squash-all"
                } else {
                    "--squash"
                };
                self.history(st, format!("skiff build {what}"), false);
            }
        }
        if self.opts.inline_cache {
            let steps = self.cache_record().steps;
            let label =
                crate::engine::image::remotecache::inline_label(&steps, &st.config.rootfs.diff_ids);
            let mut rc = run_config(&st.config);
            rc.labels
                .get_or_insert_with(Default::default)
                .insert(crate::engine::image::remotecache::LABEL.to_string(), label);
            st.config.config = Some(rc);
        }
        if self.opts.omit_history {
            st.config.history.clear();
        }
        Ok(())
    }
}
