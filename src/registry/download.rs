//! Plain HTTP(S) downloads (`ADD https://…`): the same TLS roots and proxies as registry
//! traffic, the body streamed to a file with its sha256.

use std::io::Write;
use std::path::Path;

use super::RegistryError;
use crate::oci::Digest;
use crate::oci::digest::{Algorithm, HashingReader};

/// What a download brought.
pub struct Downloaded {
    pub digest: Digest,
    pub size: u64,
    /// The `Last-Modified` header, as sent.
    pub last_modified: Option<String>,
}

/// Fetches `url` into `dest`.
pub fn download(url: &str, dest: &Path) -> Result<Downloaded, RegistryError> {
    let parsed: ureq::http::Uri = url
        .parse()
        .map_err(|e| RegistryError::Protocol(format!("invalid URL {url:?}: {e}")))?;
    let scheme = parsed.scheme_str().unwrap_or("https").to_string();
    let host = parsed
        .authority()
        .map(|a| a.as_str().to_string())
        .unwrap_or_default();
    let agent = super::tls::agent_for(&scheme, &host, true, None)?;
    let unreachable = |e: ureq::Error| RegistryError::Unreachable {
        registry: host.clone(),
        message: e.to_string(),
    };
    let resp = agent.get(url).call().map_err(unreachable)?;
    let status = resp.status().as_u16();
    if status != 200 {
        return Err(RegistryError::Status {
            registry: host.clone(),
            status,
            message: format!("GET {url}"),
        });
    }
    let last_modified = resp
        .headers()
        .get("last-modified")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let io = |e: std::io::Error| RegistryError::Protocol(format!("downloading {url}: {e}"));
    let mut body = HashingReader::new(resp.into_body().into_reader(), Algorithm::Sha256);
    let mut f = std::fs::File::create(dest).map_err(io)?;
    std::io::copy(&mut body, &mut f).map_err(io)?;
    f.flush().map_err(io)?;
    let (digest, size) = body.finish().map_err(io)?;
    Ok(Downloaded {
        digest,
        size,
        last_modified,
    })
}
