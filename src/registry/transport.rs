//! One request to a registry endpoint, done right: https first (plain http only where the
//! registry is insecure), authentication on demand (Bearer token flow or Basic), and
//! retries with backoff on transient failures.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use ureq::http::Response;
use ureq::{Agent, Body};

use super::auth::{Challenge, parse_challenge, token_from_reply};
use super::credentials::{Credentials, basic_header};
use super::error::{RegistryError, error_body_message};
use super::{ClientOptions, tls};
use crate::config::{Endpoint, RegistrySettings};

const RETRIES: u32 = 3;

/// A request's body.
#[derive(Clone, Copy)]
pub enum Payload<'a> {
    Empty,
    Bytes(&'a [u8]),
    /// A stream of `size` bytes: sent once, a second try fails.
    Stream {
        body: &'a dyn OneShot,
        size: u64,
    },
    /// A file of `size` bytes, reopened for each try; `report` hears the bytes sent so far.
    File {
        path: &'a Path,
        size: u64,
        report: &'a (dyn Fn(u64) + Sync),
    },
}

/// A request body that can be taken once.
pub trait OneShot: Sync {
    fn take_body(&self) -> Option<Box<dyn std::io::Read + Send + '_>>;
}

impl<R: std::io::Read + Send> OneShot for Mutex<Option<R>> {
    fn take_body(&self) -> Option<Box<dyn std::io::Read + Send + '_>> {
        let r = self.lock().unwrap_or_else(|p| p.into_inner()).take()?;
        Some(Box::new(r))
    }
}

/// Passes a stream through, reporting how far it got.
pub(super) struct Counting<'a, R> {
    pub inner: R,
    pub done: u64,
    pub report: &'a (dyn Fn(u64) + Sync),
}

impl<R: std::io::Read> std::io::Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.done += n as u64;
        (self.report)(self.done);
        Ok(n)
    }
}

/// One request: method, path under the endpoint, headers, body, and the token scopes it
/// needs (`repository:NAME:pull`, `…:pull,push`).
#[derive(Clone, Copy)]
pub struct Req<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub headers: &'a [(&'a str, String)],
    pub payload: Payload<'a>,
    pub scopes: &'a [String],
}

pub struct Transport {
    settings: RegistrySettings,
    opts: ClientOptions,
    /// By (`scheme://host`, verify): proxies are chosen per scheme.
    agents: Mutex<HashMap<(String, bool), Agent>>,
    schemes: Mutex<HashMap<String, &'static str>>,
    /// Authorization header values by `host|scope`.
    auth: Mutex<HashMap<String, String>>,
}

/// Whether an error is worth another try.
fn transient(e: &ureq::Error) -> bool {
    match e {
        ureq::Error::Io(io) => !matches!(io.kind(), std::io::ErrorKind::ConnectionRefused),
        ureq::Error::Timeout(_) | ureq::Error::Protocol(_) | ureq::Error::BodyStalled => true,
        _ => false,
    }
}

/// Errors that mean "this is not TLS", after which an insecure registry is tried over http.
fn not_tls(e: &ureq::Error) -> bool {
    matches!(
        e,
        ureq::Error::Tls(_)
            | ureq::Error::Rustls(_)
            | ureq::Error::Io(_)
            | ureq::Error::Protocol(_)
    )
}

pub fn backoff(attempt: u32) -> Duration {
    Duration::from_millis(200 << attempt.min(6))
}

impl Transport {
    pub fn new(settings: RegistrySettings, opts: ClientOptions) -> Self {
        Transport {
            settings,
            opts,
            agents: Mutex::new(HashMap::new()),
            schemes: Mutex::new(HashMap::new()),
            auth: Mutex::new(HashMap::new()),
        }
    }

    pub fn settings(&self) -> &RegistrySettings {
        &self.settings
    }

    /// Plain http and unverified TLS are allowed: `--tls-verify` decides when given,
    /// else the registry settings (loopback and configured insecure registries).
    fn insecure(&self, host: &str) -> bool {
        match self.opts.tls_verify {
            Some(verify) => !verify,
            None => self.settings.is_insecure(host),
        }
    }

    fn agent(&self, scheme: &'static str, host: &str) -> Result<Agent, RegistryError> {
        let verify = !self.insecure(host);
        let key = (format!("{scheme}://{host}"), verify);
        let mut agents = self.agents.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(a) = agents.get(&key) {
            return Ok(a.clone());
        }
        let a = match self.opts.connect_timeout {
            Some(t) => tls::agent_with(scheme, host, verify, self.opts.cert_dir.as_deref(), t)?,
            None => tls::agent_for(scheme, host, verify, self.opts.cert_dir.as_deref())?,
        };
        agents.insert(key, a.clone());
        Ok(a)
    }

    fn unreachable(host: &str, e: &ureq::Error) -> RegistryError {
        let message = match e {
            ureq::Error::HostNotFound => "no such host".to_string(),
            ureq::Error::ConnectionFailed => "connection refused".to_string(),
            other => other.to_string(),
        };
        RegistryError::Unreachable {
            registry: host.to_string(),
            message,
        }
    }

    fn credentials(
        &self,
        registry: &str,
        repository: &str,
    ) -> Result<Option<Credentials>, RegistryError> {
        if let Some(c) = &self.opts.credentials {
            return Ok(Some(c.clone()));
        }
        Ok(super::credentials::lookup(
            &self.opts.auth_files,
            registry,
            repository,
        )?)
    }

    /// Sends a request to `ep` and returns the response whatever its status, except that a
    /// 401 after authenticating becomes `Unauthorized`. `registry` is the logical registry
    /// (credentials are looked up under it), `scope` the token scope.
    pub fn send(
        &self,
        ep: &Endpoint,
        registry: &str,
        repository: &str,
        req: &Req<'_>,
    ) -> Result<Response<Body>, RegistryError> {
        let auth_key = format!("{}|{}", ep.host, req.scopes.join(" "));
        let mut authed = false;
        loop {
            let auth = self
                .auth
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .get(&auth_key)
                .cloned();
            let resp = self.send_with_retries(ep, req, auth.as_deref())?;
            if resp.status().as_u16() != 401 {
                return Ok(resp);
            }
            let challenge = resp
                .headers()
                .get("www-authenticate")
                .and_then(|v| v.to_str().ok())
                .and_then(parse_challenge);
            let body = read_small(resp);
            if authed {
                return Err(RegistryError::Unauthorized {
                    registry: registry.to_string(),
                    message: format!(
                        "access to {repository} denied ({}): the repository may not exist or may require 'skiff login'",
                        error_body_message(&body)
                    ),
                });
            }
            let creds = self.credentials(registry, repository)?;
            let value = match challenge {
                Some(Challenge::Bearer { realm, service, .. }) => {
                    let token = self.fetch_token(
                        registry,
                        &realm,
                        service.as_deref(),
                        req.scopes,
                        creds.as_ref(),
                    )?;
                    format!("Bearer {token}")
                }
                Some(Challenge::Basic) => match &creds {
                    Some(c) => basic_header(c),
                    None => {
                        return Err(RegistryError::Unauthorized {
                            registry: registry.to_string(),
                            message: "authentication required: no credentials (use --creds or 'skiff login')".into(),
                        });
                    }
                },
                None => {
                    return Err(RegistryError::Unauthorized {
                        registry: registry.to_string(),
                        message: format!("authentication required: {}", error_body_message(&body)),
                    });
                }
            };
            self.auth
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert(auth_key.clone(), value);
            authed = true;
        }
    }

    fn fetch_token(
        &self,
        registry: &str,
        realm: &str,
        service: Option<&str>,
        scopes: &[String],
        creds: Option<&Credentials>,
    ) -> Result<String, RegistryError> {
        let (scheme, rest) = realm.split_once("://").unwrap_or(("https", realm));
        let scheme = if scheme == "http" { "http" } else { "https" };
        let host = rest.split('/').next().unwrap_or(rest).to_string();
        let agent = self.agent(scheme, &host)?;
        let resp = retrying(&host, realm, || {
            let mut req = agent.get(realm);
            for scope in scopes {
                req = req.query("scope", scope);
            }
            if let Some(s) = service {
                req = req.query("service", s);
            }
            if let Some(c) = creds {
                req = req.header("Authorization", basic_header(c));
            }
            req.call()
        })?;
        let status = resp.status().as_u16();
        let body = read_small(resp);
        match status {
            200 => token_from_reply(&body).ok_or_else(|| {
                RegistryError::Protocol(format!("token server {realm} sent no token"))
            }),
            401 | 403 => Err(RegistryError::Unauthorized {
                registry: registry.to_string(),
                message: match creds {
                    Some(_) => "incorrect username or password".to_string(),
                    None => format!(
                        "token server refused anonymous access: {}",
                        error_body_message(&body)
                    ),
                },
            }),
            s => Err(RegistryError::Status {
                registry: host,
                status: s,
                message: error_body_message(&body),
            }),
        }
    }

    fn send_with_retries(
        &self,
        ep: &Endpoint,
        req: &Req<'_>,
        auth: Option<&str>,
    ) -> Result<Response<Body>, RegistryError> {
        retrying(&ep.host, req.path, || self.send_once(ep, req, auth))
    }

    /// One try, choosing the scheme: the configured one, the one that worked before, or https
    /// with a fallback to http for insecure registries.
    fn send_once(
        &self,
        ep: &Endpoint,
        r: &Req<'_>,
        auth: Option<&str>,
    ) -> Result<Response<Body>, ureq::Error> {
        let known = ep
            .scheme
            .as_deref()
            .map(|s| if s == "http" { "http" } else { "https" })
            .or_else(|| {
                self.schemes
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .get(&ep.host)
                    .copied()
            });
        let call = |scheme: &'static str| {
            let agent = self
                .agent(scheme, &ep.host)
                .map_err(|e| ureq::Error::Other(Box::new(e)))?;
            let url = format!("{scheme}://{}{}{}", ep.host, ep.path_prefix, r.path);
            let mut req = ureq::http::Request::builder().method(r.method).uri(&url);
            for (k, v) in r.headers {
                req = req.header(*k, v.as_str());
            }
            if let Some(a) = auth {
                req = req.header("Authorization", a);
            }
            match r.payload {
                Payload::Empty if matches!(r.method, "POST" | "PUT" | "PATCH") => agent.run(
                    req.header("Content-Length", "0")
                        .body(())
                        .map_err(ureq::Error::Http)?,
                ),
                Payload::Empty => agent.run(req.body(()).map_err(ureq::Error::Http)?),
                Payload::Bytes(b) => agent.run(req.body(b).map_err(ureq::Error::Http)?),
                Payload::Stream { body, size } => {
                    let Some(mut body) = body.take_body() else {
                        // not an I/O error: those are retried
                        return Err(ureq::Error::Other(
                            "a streamed upload cannot be retried".into(),
                        ));
                    };
                    let req = req.header("Content-Length", size.to_string());
                    let body = ureq::SendBody::from_reader(&mut body);
                    agent.run(req.body(body).map_err(ureq::Error::Http)?)
                }
                Payload::File { path, size, report } => {
                    let mut body = Counting {
                        inner: std::io::BufReader::with_capacity(
                            1 << 20,
                            std::fs::File::open(path)?,
                        ),
                        done: 0,
                        report,
                    };
                    let req = req.header("Content-Length", size.to_string());
                    let body = ureq::SendBody::from_reader(&mut body);
                    agent.run(req.body(body).map_err(ureq::Error::Http)?)
                }
            }
        };
        if let Some(s) = known {
            return call(s);
        }
        match call("https") {
            Ok(r) => {
                self.remember(&ep.host, "https");
                Ok(r)
            }
            Err(e) if self.insecure(&ep.host) && not_tls(&e) => {
                log::debug!("{}: https failed ({e}), trying http", ep.host);
                let r = call("http")?;
                self.remember(&ep.host, "http");
                Ok(r)
            }
            Err(e) => Err(e),
        }
    }

    fn remember(&self, host: &str, scheme: &'static str) {
        self.schemes
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(host.to_string(), scheme);
    }
}

/// Calls `send` until it gives an answer worth returning: transient network errors and
/// 5xx/429 answers (honouring Retry-After) are retried with backoff, `RETRIES` times.
fn retrying(
    host: &str,
    what: &str,
    mut send: impl FnMut() -> Result<Response<Body>, ureq::Error>,
) -> Result<Response<Body>, RegistryError> {
    let mut attempt = 0;
    loop {
        let wait = match send() {
            Ok(resp) => {
                let s = resp.status().as_u16();
                if !(s >= 500 || s == 429) || attempt >= RETRIES {
                    return Ok(resp);
                }
                let wait = retry_after(&resp).unwrap_or_else(|| backoff(attempt));
                log::debug!("{host} {what}: {s}, retrying in {wait:?}");
                wait
            }
            Err(e) if transient(&e) && attempt < RETRIES => {
                log::debug!("{host} {what}: {e}, retrying");
                backoff(attempt)
            }
            Err(e) => return Err(Transport::unreachable(host, &e)),
        };
        std::thread::sleep(wait);
        attempt += 1;
    }
}

fn retry_after(resp: &Response<Body>) -> Option<Duration> {
    let secs: u64 = resp
        .headers()
        .get("retry-after")?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(Duration::from_secs(secs.min(10)))
}

/// Reads at most 64 KiB of a (usually error) body.
pub fn read_small(mut resp: Response<Body>) -> Vec<u8> {
    resp.body_mut()
        .with_config()
        .limit(64 << 10)
        .read_to_vec()
        .unwrap_or_default()
}
