//! `search`: Docker Hub's search API for docker.io, the catalog (filtered by the term) of
//! any other registry, or a repository's tags (`--list-tags`).

use crate::engine::{Engine, EngineError};
use crate::oci::Reference;
pub use crate::registry::search::Found;
use crate::registry::{Client, ClientOptions};

/// A row of `search` output.
#[derive(Clone, Debug, Default)]
pub struct SearchRow {
    /// The registry searched.
    pub index: String,
    pub found: Found,
    /// With `--list-tags`.
    pub tag: Option<String>,
}

/// `host[:port]/term` → (host, term) when the first part names a registry.
fn split_registry(term: &str) -> Option<(&str, &str)> {
    let (first, rest) = term.split_once('/')?;
    (first.contains(['.', ':']) || first == "localhost").then_some((first, rest))
}

impl Engine {
    pub fn search(
        &self,
        term: &str,
        limit: usize,
        list_tags: bool,
        opts: &ClientOptions,
    ) -> Result<Vec<SearchRow>, EngineError> {
        let default = self.context().registries.default_registry.clone();
        let client = Client::new(
            self.context().registries.clone(),
            self.client_options(opts.clone()),
        );
        if list_tags {
            let r = Reference::parse(term, &default)?;
            if r.tag().is_some() || r.digest().is_some() {
                return Err(EngineError::Invalid(format!(
                    "--list-tags wants a repository without a tag or digest, not {term:?}"
                )));
            }
            let tags = client.repo(&r).tags()?;
            let name = format!("{}/{}", r.domain(), r.path());
            return Ok(tags
                .into_iter()
                .take(limit)
                .map(|t| SearchRow {
                    index: r.domain().to_string(),
                    found: Found {
                        name: name.clone(),
                        ..Default::default()
                    },
                    tag: Some(t),
                })
                .collect());
        }
        let (registry, what) = split_registry(term).unwrap_or((default.as_str(), term));
        if registry == "docker.io" {
            let found = crate::registry::search::hub(what, limit)?;
            return Ok(found
                .into_iter()
                .map(|f| SearchRow {
                    index: "docker.io".into(),
                    found: Found {
                        name: format!("docker.io/{}", f.name),
                        ..f
                    },
                    tag: None,
                })
                .collect());
        }
        let probe = Reference::parse(&format!("{registry}/catalog"), &default)?;
        let repos = client.repo(&probe).catalog()?;
        let needle = what.to_lowercase();
        Ok(repos
            .into_iter()
            .filter(|r| r.to_lowercase().contains(&needle))
            .take(limit)
            .map(|r| SearchRow {
                index: registry.to_string(),
                found: Found {
                    name: format!("{registry}/{r}"),
                    ..Default::default()
                },
                tag: None,
            })
            .collect())
    }
}
