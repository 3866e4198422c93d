//! `ps`: containers with what is true now (a dead process never reads as running).

use std::time::SystemTime;

use crate::engine::image::filter::glob_match;
use crate::engine::{Engine, EngineError};
use crate::state::{ContainerConfig, ContainerState, Status};
use crate::util::time::parse_rfc3339;

#[derive(Clone, Debug)]
pub struct ContainerRow {
    pub config: ContainerConfig,
    pub state: ContainerState,
}

impl ContainerRow {
    pub fn created(&self) -> Option<SystemTime> {
        parse_rfc3339(&self.config.created)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContainerFilter {
    Name(String),
    Id(String),
    Status(String),
    Ancestor(String),
    Label(String, Option<String>),
    Exited(i32),
    /// podman's `pod=NAME|ID`.
    Pod(String),
}

impl ContainerFilter {
    pub fn parse(s: &str) -> Result<Self, EngineError> {
        let (k, v) = s.split_once('=').ok_or_else(|| {
            EngineError::Invalid(format!("bad format of filter {s:?} (expected name=value)"))
        })?;
        Ok(match k {
            "name" => ContainerFilter::Name(v.to_string()),
            "id" => ContainerFilter::Id(v.to_string()),
            "status" => {
                const OK: &[&str] = &[
                    "created",
                    "restarting",
                    "running",
                    "removing",
                    "paused",
                    "exited",
                    "dead",
                ];
                if !OK.contains(&v) {
                    return Err(EngineError::Invalid(format!(
                        "invalid filter 'status={v}': use one of {}",
                        OK.join(", ")
                    )));
                }
                ContainerFilter::Status(v.to_string())
            }
            "ancestor" => ContainerFilter::Ancestor(v.to_string()),
            "label" => match v.split_once('=') {
                Some((a, b)) => ContainerFilter::Label(a.to_string(), Some(b.to_string())),
                None => ContainerFilter::Label(v.to_string(), None),
            },
            "exited" => ContainerFilter::Exited(v.parse().map_err(|_| {
                EngineError::Invalid(format!("invalid filter 'exited={v}': not a number"))
            })?),
            "pod" => ContainerFilter::Pod(v.to_string()),
            other => return Err(EngineError::Invalid(format!("invalid filter {other:?}"))),
        })
    }
}

#[derive(Clone, Debug, Default)]
pub struct PsOptions {
    pub all: bool,
    pub last: Option<usize>,
    pub filters: Vec<ContainerFilter>,
}

impl PsOptions {
    /// Every container, whatever its state (`-a` of the lifecycle commands, `system df`).
    pub fn every() -> PsOptions {
        PsOptions {
            all: true,
            ..Default::default()
        }
    }
}

impl Engine {
    pub fn list_containers(&self, opts: &PsOptions) -> Result<Vec<ContainerRow>, EngineError> {
        let containers = self.containers()?;
        let mut rows = Vec::new();
        for id in containers.ids()? {
            // A container being removed or created concurrently may vanish: skip it.
            let Ok(config) = containers.config(&id) else {
                continue;
            };
            let state = containers.observed_state(&id).unwrap_or_default();
            rows.push(ContainerRow { config, state });
        }
        rows.sort_by(|a, b| b.config.created.cmp(&a.config.created));
        let ancestors: Vec<crate::oci::Digest> = {
            let db = self.store()?.images()?;
            opts.filters
                .iter()
                .filter_map(|f| match f {
                    ContainerFilter::Ancestor(a) => self.resolve_image(&db, a).ok().map(|r| r.id),
                    _ => None,
                })
                .collect()
        };
        // pod=NAME|ID: resolved once; a pod that does not exist matches nothing
        let pods: Vec<Option<String>> = opts
            .filters
            .iter()
            .filter_map(|f| match f {
                ContainerFilter::Pod(p) => Some(self.pod(p).ok().map(|p| p.id)),
                _ => None,
            })
            .collect();
        let wants_ancestor = opts
            .filters
            .iter()
            .any(|f| matches!(f, ContainerFilter::Ancestor(_)));
        let implies_all = opts
            .filters
            .iter()
            .any(|f| matches!(f, ContainerFilter::Status(_) | ContainerFilter::Exited(_)));
        rows.retain(|r| {
            let running = matches!(r.state.status, Status::Running | Status::Paused);
            (opts.all || opts.last.is_some() || implies_all || running)
                && opts.filters.iter().all(|f| matches(f, r))
                && (!wants_ancestor || ancestors.contains(&r.config.image_id))
                && pods
                    .iter()
                    .all(|p| p.is_some() && r.config.pod.as_ref() == p.as_ref())
        });
        if let Some(n) = opts.last {
            rows.truncate(n);
        }
        Ok(rows)
    }
}

fn matches(f: &ContainerFilter, r: &ContainerRow) -> bool {
    match f {
        ContainerFilter::Name(n) => {
            r.config.name.contains(n.trim_start_matches('/')) || glob_match(n, &r.config.name)
        }
        ContainerFilter::Id(i) => r.config.id.starts_with(i),
        ContainerFilter::Status(s) => r.state.status.as_str() == s,
        ContainerFilter::Ancestor(_) | ContainerFilter::Pod(_) => true,
        ContainerFilter::Label(k, v) => match (r.config.labels.get(k), v) {
            (Some(have), Some(want)) => have == want,
            (Some(_), None) => true,
            (None, _) => false,
        },
        ContainerFilter::Exited(code) => {
            r.state.status == Status::Exited && r.state.exit_code == *code
        }
    }
}
