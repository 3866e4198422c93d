//! The write side of the distribution spec, for `push`: blob existence checks (`HEAD`),
//! cross-repository mounts, monolithic uploads (`POST` then `PUT ?digest=`), and manifests.
//! Every request asks for a `pull,push` token scope (plus `pull` on a mount's source).

use std::path::Path;

use super::error::error_body_message;
use super::transport::{Counting, Payload, Req, read_small};
use super::{RegistryError, Repo};
use crate::oci::Digest;
use crate::oci::manifest::Descriptor;

impl Repo<'_> {
    fn push_scopes(&self, mount_from: Option<&str>) -> Vec<String> {
        let mut s = vec![format!("repository:{}:pull,push", self.path)];
        if let Some(from) = mount_from {
            s.push(format!("repository:{from}:pull"));
        }
        s
    }

    fn push_send(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, String)],
        payload: Payload<'_>,
        mount_from: Option<&str>,
    ) -> Result<ureq::http::Response<ureq::Body>, RegistryError> {
        let ep = self.origin()?;
        let scopes = self.push_scopes(mount_from);
        let req = Req {
            method,
            path,
            headers,
            payload,
            scopes: &scopes,
        };
        self.client
            .transport
            .send(ep, &self.registry, &self.path, &req)
    }

    fn refused(&self, what: &str, status: u16, body: &[u8]) -> RegistryError {
        let message = error_body_message(body);
        match status {
            401 | 403 => RegistryError::Unauthorized {
                registry: self.registry.clone(),
                message: format!(
                    "{what}: push to {} denied ({message}): log in with 'skiff login' or check the repository's permissions",
                    self.path
                ),
            },
            _ => RegistryError::Status {
                registry: self.registry.clone(),
                status,
                message: format!("{what}: {message}"),
            },
        }
    }

    /// Whether the repository has the blob (`HEAD`).
    pub fn has_blob(&self, digest: &Digest) -> Result<bool, RegistryError> {
        let path = format!("/v2/{}/blobs/{digest}", self.path);
        let resp = self.push_send("HEAD", &path, &[], Payload::Empty, None)?;
        match resp.status().as_u16() {
            200 => Ok(true),
            404 => Ok(false),
            s => Err(self.refused("checking a blob", s, &read_small(resp))),
        }
    }

    /// Tries to mount `digest` from repository `from`; on a refusal the registry may have
    /// opened an upload instead, whose location is returned.
    pub fn mount_blob(
        &self,
        digest: &Digest,
        from: &str,
    ) -> Result<Result<(), String>, RegistryError> {
        let path = format!(
            "/v2/{}/blobs/uploads/?mount={digest}&from={}",
            self.path,
            query_escape(from)
        );
        let resp = self.push_send("POST", &path, &[], Payload::Empty, Some(from))?;
        match resp.status().as_u16() {
            201 => Ok(Ok(())),
            202 => Ok(Err(self.location(&resp)?)),
            s => Err(self.refused("mounting a blob", s, &read_small(resp))),
        }
    }

    /// Uploads the blob in `file` (monolithic: `POST` for a location, then one `PUT`).
    /// `location` is an upload already opened (by a refused mount).
    pub fn upload_blob(
        &self,
        digest: &Digest,
        file: &Path,
        size: u64,
        location: Option<String>,
        report: &(dyn Fn(u64) + Sync),
    ) -> Result<(), RegistryError> {
        let payload = Payload::File {
            path: file,
            size,
            report,
        };
        self.put_blob(digest, location, payload)
    }

    /// Uploads a small blob held in memory.
    pub fn upload_bytes(&self, digest: &Digest, data: &[u8]) -> Result<(), RegistryError> {
        self.put_blob(digest, None, Payload::Bytes(data))
    }

    /// Copies a blob from `source` (another registry) as it streams in: the bytes and the
    /// digest stay the original's (the registry checks them).
    pub fn copy_blob_from(
        &self,
        source: &Repo<'_>,
        desc: &Descriptor,
        location: Option<String>,
        report: &(dyn Fn(u64) + Sync),
    ) -> Result<(), RegistryError> {
        let reader = source.blob(desc)?;
        let counted = Counting {
            inner: reader,
            done: 0,
            report,
        };
        let body = std::sync::Mutex::new(Some(counted));
        let payload = Payload::Stream {
            body: &body,
            size: desc.size,
        };
        self.put_blob(&desc.digest, location, payload)
    }

    fn put_blob(
        &self,
        digest: &Digest,
        location: Option<String>,
        payload: Payload<'_>,
    ) -> Result<(), RegistryError> {
        let location = match location {
            Some(l) => l,
            None => {
                let path = format!("/v2/{}/blobs/uploads/", self.path);
                let resp = self.push_send("POST", &path, &[], Payload::Empty, None)?;
                match resp.status().as_u16() {
                    202 => self.location(&resp)?,
                    s => return Err(self.refused("starting an upload", s, &read_small(resp))),
                }
            }
        };
        let sep = if location.contains('?') { '&' } else { '?' };
        let put = format!("{location}{sep}digest={digest}");
        let headers = [("Content-Type", "application/octet-stream".to_string())];
        let resp = self.push_send("PUT", &put, &headers, payload, None)?;
        match resp.status().as_u16() {
            201 | 204 => Ok(()),
            s => Err(self.refused("uploading a blob", s, &read_small(resp))),
        }
    }

    /// Stores a manifest under `reference` (a tag or its digest).
    pub fn put_manifest(
        &self,
        reference: &str,
        media_type: &str,
        bytes: &[u8],
    ) -> Result<(), RegistryError> {
        let path = format!("/v2/{}/manifests/{reference}", self.path);
        let headers = [("Content-Type", media_type.to_string())];
        let resp = self.push_send("PUT", &path, &headers, Payload::Bytes(bytes), None)?;
        match resp.status().as_u16() {
            200..=202 => Ok(()),
            s => Err(self.refused("writing the manifest", s, &read_small(resp))),
        }
    }

    /// An upload location as a path under the endpoint (absolute URLs on the same host
    /// are accepted).
    fn location(&self, resp: &ureq::http::Response<ureq::Body>) -> Result<String, RegistryError> {
        let raw = resp
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .ok_or_else(|| RegistryError::Protocol("upload answer without a Location".into()))?;
        let ep = self.origin()?;
        let path = match raw.split_once("://") {
            Some((_, rest)) => {
                let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
                if host != ep.host {
                    return Err(RegistryError::Protocol(format!(
                        "upload location on another host ({host}) is not supported"
                    )));
                }
                path
            }
            None => raw,
        };
        let path = path.strip_prefix(ep.path_prefix.as_str()).unwrap_or(path);
        Ok(if path.starts_with('/') {
            path.to_string()
        } else {
            format!("/{path}")
        })
    }
}

fn query_escape(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
