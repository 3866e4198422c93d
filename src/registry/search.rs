//! Docker Hub's search API (`index.docker.io/v1/search`); private registries are searched
//! through their catalog (`Repo::catalog`).

use super::RegistryError;

/// One result.
#[derive(Clone, Debug, Default)]
pub struct Found {
    pub name: String,
    pub description: String,
    pub stars: u64,
    pub official: bool,
    pub automated: bool,
}

/// Searches Docker Hub.
pub fn hub(term: &str, limit: usize) -> Result<Vec<Found>, RegistryError> {
    let host = "index.docker.io";
    let agent = super::tls::agent_for("https", host, true, None)?;
    let resp = agent
        .get(&format!("https://{host}/v1/search"))
        .query("q", term)
        .query("n", limit.to_string())
        .call()
        .map_err(|e| RegistryError::Unreachable {
            registry: host.into(),
            message: e.to_string(),
        })?;
    let status = resp.status().as_u16();
    let body = super::transport::read_small(resp);
    if status != 200 {
        return Err(RegistryError::Status {
            registry: host.into(),
            status,
            message: super::error::error_body_message(&body),
        });
    }
    let doc: serde_json::Value = serde_json::from_slice(&body)
        .map_err(|e| RegistryError::Protocol(format!("search results: {e}")))?;
    Ok(doc["results"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|r| Found {
                    name: r["name"].as_str().unwrap_or_default().to_string(),
                    description: r["description"].as_str().unwrap_or_default().to_string(),
                    stars: r["star_count"].as_u64().unwrap_or(0),
                    official: r["is_official"].as_bool().unwrap_or(false),
                    automated: r["is_automated"].as_bool().unwrap_or(false),
                })
                .collect()
        })
        .unwrap_or_default())
}
