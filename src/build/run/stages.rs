//! The stages a build needs, in dependency order — those that do not need each other
//! built at the same time, up to `--jobs` at once (default: one per core). Steps keep the
//! numbers the plan's order gives them, whatever order they run in.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::mpsc;

use super::*;

impl Builder<'_> {
    pub(super) fn stages(&self, plan: &Plan) -> Result<BTreeMap<usize, State>, BuildError> {
        let mut first = BTreeMap::new();
        let mut total = 0;
        for &i in &plan.order {
            first.insert(i, total);
            total += plan.stages[i].instructions.len() + 1;
        }
        let jobs = match self.opts.jobs {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        };
        let mut done: BTreeMap<usize, State> = BTreeMap::new();
        let mut started = BTreeSet::new();
        let mut failed: Option<BuildError> = None;
        std::thread::scope(|scope| {
            let (tx, rx) = mpsc::channel();
            let mut running = 0;
            loop {
                // after a failure nothing new starts; what runs is waited for
                for &i in plan.order.iter().filter(|_| failed.is_none()) {
                    if running >= jobs {
                        break;
                    }
                    if started.contains(&i) || !plan.needs(i).iter().all(|d| done.contains_key(d)) {
                        continue;
                    }
                    started.insert(i);
                    running += 1;
                    let snapshot = done.clone();
                    let tx = tx.clone();
                    let n = first.get(&i).copied().unwrap_or(0);
                    scope.spawn(move || {
                        let r = self.stage(plan, i, &snapshot, n, total);
                        let _ = tx.send((i, r));
                    });
                }
                if running == 0 {
                    break;
                }
                let Ok((i, r)) = rx.recv() else {
                    break;
                };
                running -= 1;
                match r {
                    Ok(st) => {
                        done.insert(i, st);
                    }
                    Err(e) => {
                        failed.get_or_insert(e);
                    }
                }
            }
        });
        match failed {
            Some(e) => Err(e),
            None => Ok(done),
        }
    }

    /// One stage from its base, its base image's ONBUILD triggers first; `n`: the number
    /// of the step before its first.
    fn stage(
        &self,
        plan: &Plan,
        i: usize,
        done: &BTreeMap<usize, State>,
        mut n: usize,
        total: usize,
    ) -> Result<State, BuildError> {
        let stage = &plan.stages[i];
        let at = Here {
            plan,
            stage: stage.index,
            done,
            uncached: self.opts.no_cache_stages.iter().any(|s| {
                stage.name.as_deref() == Some(s.to_lowercase().as_str())
                    || *s == stage.index.to_string()
            }),
        };
        n += 1;
        self.out.step(n, total, &stage.from.text);
        let t0 = std::time::Instant::now();
        let mut st = self.base(plan, stage.index, done)?;
        let triggers = run_config(&st.config).on_build.unwrap_or_default();
        if !triggers.is_empty() {
            let mut rc = run_config(&st.config);
            rc.on_build = None;
            st.config.config = Some(rc);
            for t in triggers {
                let d = parse(&t, "ONBUILD").map_err(|e| self.err(&stage.from, e.message))?;
                for ins in &d.instructions {
                    self.step(&at, &mut st, ins)?;
                }
            }
        }
        self.out.done(n, total, t0.elapsed(), false);
        for ins in &stage.instructions {
            n += 1;
            self.out.step(n, total, &ins.text);
            let t0 = std::time::Instant::now();
            CACHE_HIT.set(false);
            self.step(&at, &mut st, ins)?;
            self.out.done(n, total, t0.elapsed(), CACHE_HIT.get());
        }
        Ok(st)
    }
}
