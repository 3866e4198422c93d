//! A loaded project and the engine: its services in order and its containers as they are
//! (found by compose's labels), shared by every command.

use std::collections::BTreeMap;

use crate::compose::loader::Project;
use crate::compose::order::{plan_order, service_names};
use crate::compose::plan::Existing;
use crate::compose::runspec::{RunSpec, check_keys, run_spec};
use crate::engine::Engine;
use crate::engine::container::list::{ContainerFilter, ContainerRow, PsOptions};
use crate::engine::records::Status;

pub const PROJECT: &str = "com.docker.compose.project";
pub const SERVICE: &str = "com.docker.compose.service";
pub const NUMBER: &str = "com.docker.compose.container-number";
pub const ONEOFF: &str = "com.docker.compose.oneoff";
pub const HASH: &str = "com.docker.compose.config-hash";

pub struct Session<'a> {
    pub engine: &'a Engine,
    pub project: Project,
    /// `--profile` (else COMPOSE_PROFILES).
    pub profiles: Vec<String>,
}

/// A change of state as docker compose shows it (stderr; see `progress`).
pub fn say(kind: &str, name: &str, state: &str) {
    super::progress::say(kind, name, state);
}

/// Colours of log prefixes, one per service in turn (compose's cycle).
const COLOURS: [&str; 6] = ["36", "33", "32", "35", "34", "96"];

/// Each container's log prefix (`NAME  | `, names padded to the longest), coloured per
/// service when `colour`.
pub fn prefixes(rows: &[ContainerRow], colour: bool) -> Vec<String> {
    let named: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| {
            let svc = r.config.labels.get(SERVICE).map(String::as_str);
            (r.config.name.as_str(), svc.unwrap_or_default())
        })
        .collect();
    prefixes_of(&named, colour)
}

/// `prefixes` for (container name, service) pairs.
fn prefixes_of(named: &[(&str, &str)], colour: bool) -> Vec<String> {
    let width = named.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
    let mut services: Vec<&str> = Vec::new();
    named
        .iter()
        .map(|(name, svc)| {
            let name = crate::util::text::escape_controls(name, crate::util::text::Keep::Nothing);
            let plain = format!("{name:width$}  | ");
            if !colour {
                return plain;
            }
            let i = services.iter().position(|s| s == svc).unwrap_or_else(|| {
                services.push(svc);
                services.len() - 1
            });
            format!("\x1b[{}m{plain}\x1b[0m", COLOURS[i % COLOURS.len()])
        })
        .collect()
}

/// Whether log prefixes are coloured: stdout a terminal, no `--no-color`, no NO_COLOR.
pub fn colour(no_color: bool) -> bool {
    use std::io::IsTerminal;
    !no_color && std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal()
}

impl Session<'_> {
    fn profiles(&self) -> Vec<String> {
        if !self.profiles.is_empty() {
            return self.profiles.clone();
        }
        self.project
            .var("COMPOSE_PROFILES")
            .map(|p| {
                p.split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// `named` services (all enabled ones when empty) and, unless `no_deps`, what they
    /// depend on, in start order.
    pub fn order(&self, named: &[String], no_deps: bool) -> anyhow::Result<Vec<String>> {
        let (order, skipped) = plan_order(&self.project.doc, named, &self.profiles(), no_deps)?;
        for s in skipped {
            eprintln!("WARN[0000] optional dependency {s:?} is not enabled: skipped");
        }
        Ok(order)
    }

    /// Every service named must exist (the ones a command filters on).
    pub fn check_services(&self, named: &[String]) -> anyhow::Result<()> {
        let all = service_names(&self.project.doc);
        for n in named {
            if !all.contains(n) {
                anyhow::bail!("no such service: {n}");
            }
        }
        Ok(())
    }

    /// The project's containers (of `services` when not empty), running ones only unless
    /// `all`; one-off (`run`) containers only with `oneoff`. In service order, then number.
    pub fn containers(
        &self,
        services: &[String],
        all: bool,
        oneoff: bool,
    ) -> anyhow::Result<Vec<ContainerRow>> {
        let rows = self.engine.list_containers(&PsOptions {
            all,
            last: None,
            filters: vec![ContainerFilter::Label(
                PROJECT.into(),
                Some(self.project.name.clone()),
            )],
        })?;
        let order = service_names(&self.project.doc);
        let mut rows: Vec<ContainerRow> = rows
            .into_iter()
            .filter(|r| {
                let l = &r.config.labels;
                let svc = l.get(SERVICE).map(String::as_str).unwrap_or_default();
                (services.is_empty() || services.iter().any(|s| s == svc))
                    && (oneoff || l.get(ONEOFF).map(String::as_str) != Some("True"))
            })
            .collect();
        rows.sort_by_key(|r| {
            let l = &r.config.labels;
            let svc = l.get(SERVICE).cloned().unwrap_or_default();
            let pos = order.iter().position(|s| *s == svc).unwrap_or(usize::MAX);
            let n: u32 = l.get(NUMBER).and_then(|n| n.parse().ok()).unwrap_or(0);
            (pos, svc, n, r.config.name.clone())
        });
        Ok(rows)
    }

    /// The project's containers as `up`'s plan sees them. One whose image name now means
    /// another image (rebuilt, pulled anew) counts as changed.
    pub fn existing(&self) -> anyhow::Result<Vec<Existing>> {
        let mut images: BTreeMap<String, String> = BTreeMap::new();
        Ok(self
            .containers(&[], true, true)?
            .iter()
            .map(|r| {
                let l = &r.config.labels;
                let get = |k: &str| l.get(k).cloned().unwrap_or_default();
                let now = images.entry(r.config.image.clone()).or_insert_with(|| {
                    self.engine
                        .inspect_image(&r.config.image)
                        .ok()
                        .and_then(|v| v["Id"].as_str().map(str::to_string))
                        .unwrap_or_default()
                });
                let image_changed = !now.is_empty() && *now != r.config.image_id.to_string();
                Existing {
                    name: r.config.name.clone(),
                    service: get(SERVICE),
                    number: get(NUMBER).parse().unwrap_or(0),
                    config_hash: if image_changed {
                        format!("{}+image-changed", get(HASH))
                    } else {
                        get(HASH)
                    },
                    running: matches!(r.state.status, Status::Running | Status::Paused),
                    oneoff: get(ONEOFF) == "True",
                }
            })
            .collect())
    }

    /// The container of replica `number` of `service`, with its configuration hash;
    /// warns once about the keys skiff ignores.
    pub fn run_spec(
        &self,
        service: &str,
        number: u32,
        warned: &mut Vec<String>,
    ) -> anyhow::Result<RunSpec> {
        let spec = &self.project.doc["services"][service];
        let located =
            |e: crate::compose::service::ServiceError| match self.project.locate(&e.path()) {
                Some(at) => anyhow::anyhow!("{at}: {e}"),
                None => anyhow::anyhow!("{e}"),
            };
        if !warned.iter().any(|w| w == service) {
            for k in check_keys(spec, service).map_err(located)? {
                eprintln!(
                    "WARN[0000] service {service:?}: {k} is not supported by skiff and is ignored"
                );
            }
            warned.push(service.to_string());
        }
        let hash = crate::compose::plan::config_hash(spec);
        run_spec(&self.project, service, number, &hash, &|p| {
            std::fs::read_to_string(p)
        })
        .map_err(located)
    }

    /// Names → specs for the containers a plan creates.
    pub fn specs_for(
        &self,
        steps: &[crate::compose::plan::Step],
    ) -> anyhow::Result<BTreeMap<String, RunSpec>> {
        use crate::compose::plan::Step;
        let mut warned = Vec::new();
        let mut out = BTreeMap::new();
        for s in steps {
            if let Step::Create {
                service,
                number,
                name,
                ..
            }
            | Step::Recreate {
                service,
                number,
                name,
                ..
            } = s
            {
                out.insert(name.clone(), self.run_spec(service, *number, &mut warned)?);
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_padded_and_coloured_per_service() {
        let named = [
            ("app-web-1", "web"),
            ("app-web-2", "web"),
            ("app-db-1", "db"),
        ];
        assert_eq!(
            prefixes_of(&named, false),
            ["app-web-1  | ", "app-web-2  | ", "app-db-1   | "]
        );
        let c = prefixes_of(&named, true);
        assert_eq!(c[0], "\x1b[36mapp-web-1  | \x1b[0m");
        assert_eq!(c[1], "\x1b[36mapp-web-2  | \x1b[0m");
        assert_eq!(c[2], "\x1b[33mapp-db-1   | \x1b[0m");
        // a name with control characters cannot reach the terminal raw
        assert!(!prefixes_of(&[("a\x1b]0;x", "s")], false)[0].contains('\x1b'));
    }
}
