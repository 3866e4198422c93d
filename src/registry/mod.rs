//! L1: the registry client (OCI distribution spec over ureq + rustls).
//!
//! Owns: endpoints (mirrors first), schemes, TLS, authentication, retries, and fetching
//! manifests and blobs with their digests verified. Never: writes to the store.

pub mod auth;
pub mod blob;
pub mod credentials;
pub mod download;
pub mod error;
pub mod proxy;
pub mod push;
pub mod search;
pub mod tls;
mod transport;

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use ureq::BodyReader;

pub use blob::BlobReader;
pub use credentials::Credentials;
pub use error::RegistryError;

use crate::config::{Endpoint, RegistrySettings};
use crate::oci::manifest::{ACCEPT_MANIFESTS, Descriptor, MAX_MANIFEST_SIZE};
use crate::oci::{Digest, Reference};
use error::error_body_message;
use transport::{Payload, Req, Transport, read_small};

/// Per-invocation options (podman's `--tls-verify`, `--cert-dir`, `--authfile`, `--creds`).
#[derive(Clone, Debug, Default)]
pub struct ClientOptions {
    pub tls_verify: Option<bool>,
    pub cert_dir: Option<PathBuf>,
    /// Credential files, most specific first.
    pub auth_files: Vec<PathBuf>,
    pub credentials: Option<Credentials>,
    /// Shorter than the default 30 s for registries that are only worth a quick try.
    pub connect_timeout: Option<std::time::Duration>,
}

pub struct Client {
    transport: Transport,
}

/// A manifest as the registry served it.
pub struct FetchedManifest {
    pub bytes: Vec<u8>,
    pub content_type: Option<String>,
    pub digest: Digest,
}

impl Client {
    pub fn new(settings: RegistrySettings, opts: ClientOptions) -> Self {
        Client {
            transport: Transport::new(settings, opts),
        }
    }

    /// The repository `r` names, reached through its mirrors and then its registry.
    pub fn repo(&self, r: &Reference) -> Repo<'_> {
        Repo {
            client: self,
            registry: r.domain().to_string(),
            path: r.path().to_string(),
            endpoints: self.transport.settings().endpoints(r.domain()),
            preferred: AtomicUsize::new(0),
        }
    }
}

pub struct Repo<'a> {
    client: &'a Client,
    registry: String,
    path: String,
    endpoints: Vec<Endpoint>,
    /// The endpoint that served the manifest: blobs come from it first.
    preferred: AtomicUsize,
}

impl<'a> Repo<'a> {
    pub fn registry(&self) -> &str {
        &self.registry
    }

    fn send(
        &self,
        ep: &Endpoint,
        method: &str,
        path: &str,
        headers: &[(&str, String)],
    ) -> Result<ureq::http::Response<ureq::Body>, RegistryError> {
        let scopes = [format!("repository:{}:pull", self.path)];
        let req = Req {
            method,
            path,
            headers,
            payload: Payload::Empty,
            scopes: &scopes,
        };
        self.client
            .transport
            .send(ep, &self.registry, &self.path, &req)
    }

    /// The registry itself, not a mirror (logins, catalogs, pushes).
    fn origin(&self) -> Result<&Endpoint, RegistryError> {
        self.endpoints
            .last()
            .ok_or_else(|| RegistryError::Protocol(format!("no endpoint for {}", self.registry)))
    }

    /// `GET /v2/` at the registry itself (not a mirror) with the client's credentials:
    /// what `login` checks them with.
    pub fn check_access(&self) -> Result<(), RegistryError> {
        let ep = self.origin()?;
        let resp = self.send(ep, "GET", "/v2/", &[])?;
        match resp.status().as_u16() {
            200 => Ok(()),
            s => Err(RegistryError::Status {
                registry: self.registry.clone(),
                status: s,
                message: "GET /v2/".into(),
            }),
        }
    }

    /// `GET` of a small JSON document at the registry itself (catalog, tag lists).
    pub fn get_json(&self, path: &str) -> Result<serde_json::Value, RegistryError> {
        let ep = self.origin()?;
        let resp = self.send(ep, "GET", path, &[])?;
        let status = resp.status().as_u16();
        let body = read_small(resp);
        if status != 200 {
            return Err(RegistryError::Status {
                registry: self.registry.clone(),
                status,
                message: format!("GET {path}: {}", error::error_body_message(&body)),
            });
        }
        serde_json::from_slice(&body)
            .map_err(|e| RegistryError::Protocol(format!("GET {path}: {e}")))
    }

    /// The repository's tags (`/v2/NAME/tags/list`).
    pub fn tags(&self) -> Result<Vec<String>, RegistryError> {
        let doc = self.get_json(&format!("/v2/{}/tags/list", self.path))?;
        Ok(doc["tags"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|t| t.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default())
    }

    /// The registry's repositories (`/v2/_catalog`).
    pub fn catalog(&self) -> Result<Vec<String>, RegistryError> {
        const PAGE: usize = 1000;
        let mut all: Vec<String> = Vec::new();
        loop {
            let path = match all.last() {
                Some(last) => format!("/v2/_catalog?n={PAGE}&last={last}"),
                None => format!("/v2/_catalog?n={PAGE}"),
            };
            let doc = self.get_json(&path)?;
            let page: Vec<String> = doc["repositories"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|t| t.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            let done = page.len() < PAGE;
            all.extend(page);
            if done {
                return Ok(all);
            }
        }
    }

    /// Endpoint indexes in the order to try them.
    fn order(&self) -> Vec<usize> {
        let first = self.preferred.load(Ordering::Relaxed);
        std::iter::once(first)
            .chain((0..self.endpoints.len()).filter(|&i| i != first))
            .filter(|&i| i < self.endpoints.len())
            .collect()
    }

    /// Tries each endpoint in order; mirror failures fall through to the next endpoint,
    /// the registry's own error is returned.
    fn each_endpoint<T>(
        &self,
        mut f: impl FnMut(usize, &Endpoint) -> Result<T, RegistryError>,
    ) -> Result<T, RegistryError> {
        let order = self.order();
        let mut last = None;
        for (n, i) in order.iter().enumerate() {
            let ep = &self.endpoints[*i];
            match f(*i, ep) {
                Ok(v) => return Ok(v),
                Err(e) if n + 1 < order.len() => {
                    log::debug!("{}: {e}; trying the next endpoint", ep.host);
                    last = Some(e);
                }
                Err(e) => return Err(e),
            }
        }
        Err(last.unwrap_or_else(|| RegistryError::Protocol("no registry endpoint".into())))
    }

    /// Fetches a manifest by tag or digest; a digest reference is verified.
    pub fn manifest(&self, reference: &str) -> Result<FetchedManifest, RegistryError> {
        let path = format!("/v2/{}/manifests/{reference}", self.path);
        let shown = format!("{}/{}:{reference}", self.registry, self.path);
        self.each_endpoint(|i, ep| {
            let mut resp = self.send(
                ep,
                "GET",
                &path,
                &[("Accept", ACCEPT_MANIFESTS.to_string())],
            )?;
            let status = resp.status().as_u16();
            if status != 200 {
                return Err(self.status_error(&shown, "manifest", status, read_small(resp)));
            }
            let content_type = resp
                .headers()
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .map(str::to_string);
            let bytes = resp
                .body_mut()
                .with_config()
                .limit(MAX_MANIFEST_SIZE)
                .read_to_vec()
                .map_err(|e| RegistryError::Protocol(format!("reading manifest {shown}: {e}")))?;
            let digest = Digest::sha256_of(&bytes);
            if let Ok(want) = Digest::parse(reference)
                && !want.matches(&bytes)
            {
                return Err(RegistryError::DigestMismatch {
                    what: format!("manifest {shown}"),
                    registry: ep.host.clone(),
                    expected: want.to_string(),
                    actual: digest.to_string(),
                });
            }
            self.preferred.store(i, Ordering::Relaxed);
            Ok(FetchedManifest {
                bytes,
                content_type,
                digest,
            })
        })
    }

    fn status_error(&self, shown: &str, what: &str, status: u16, body: Vec<u8>) -> RegistryError {
        let message = error_body_message(&body);
        match status {
            404 => RegistryError::NotFound {
                what: format!("{what} for {shown}"),
                message: if message.is_empty() {
                    "not found".into()
                } else {
                    message
                },
            },
            _ => RegistryError::Status {
                registry: self.registry.clone(),
                status,
                message,
            },
        }
    }

    /// Fetches a small blob (a config) into memory, verified against its descriptor.
    pub fn blob_bytes(&self, desc: &Descriptor, limit: u64) -> Result<Vec<u8>, RegistryError> {
        if desc.size > limit {
            return Err(RegistryError::Protocol(format!(
                "blob {} is {} bytes, more than the {limit} allowed",
                desc.digest, desc.size
            )));
        }
        let mut r = self.blob(desc)?;
        let mut data = Vec::with_capacity(desc.size as usize);
        std::io::Read::read_to_end(&mut r, &mut data)
            .map_err(|e| RegistryError::Protocol(format!("reading blob {}: {e}", desc.digest)))?;
        let actual = Digest::sha256_of(&data);
        if data.len() as u64 != desc.size || !desc.digest.matches(&data) {
            return Err(RegistryError::DigestMismatch {
                what: format!("blob of {}/{}", self.registry, self.path),
                registry: self.registry.clone(),
                expected: desc.digest.to_string(),
                actual: actual.to_string(),
            });
        }
        Ok(data)
    }

    /// Starts streaming a blob; the reader resumes after connection failures. It yields
    /// exactly `desc.size` bytes; verifying the digest is the caller's job.
    pub fn blob(&'a self, desc: &Descriptor) -> Result<BlobReader<'a>, RegistryError> {
        let (body, _) = self.open_blob_at(desc, 0)?;
        Ok(BlobReader::new(self, desc, body))
    }

    /// GETs a blob from `offset`; returns the body and the offset it actually starts at
    /// (0 when the server ignored the Range header).
    pub(crate) fn open_blob_at(
        &self,
        desc: &Descriptor,
        offset: u64,
    ) -> Result<(BodyReader<'static>, u64), RegistryError> {
        let path = format!("/v2/{}/blobs/{}", self.path, desc.digest);
        let shown = format!("{}/{}@{}", self.registry, self.path, desc.digest);
        self.each_endpoint(|_, ep| {
            let mut headers = Vec::new();
            if offset > 0 {
                headers.push(("Range", format!("bytes={offset}-")));
            }
            let resp = self.send(ep, "GET", &path, &headers)?;
            let status = resp.status().as_u16();
            let start = match status {
                200 => 0,
                206 => offset,
                _ => return Err(self.status_error(&shown, "blob", status, read_small(resp))),
            };
            Ok((resp.into_body().into_reader(), start))
        })
    }
}
