//! HTTP agents: rustls with the system's CA bundle plus any per-registry certificates
//! (`--cert-dir`, or /etc/containers/certs.d/HOST and /etc/docker/certs.d/HOST as docker and
//! podman read them: `*.crt` CAs, `client.cert` + `client.key`), proxies from the environment.

use std::path::{Path, PathBuf};
use std::time::Duration;

use ureq::Agent;
use ureq::tls::{Certificate, ClientCert, PemItem, PrivateKey, RootCerts, TlsConfig, TlsProvider};

const SYSTEM_BUNDLES: &[&str] = &[
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/pki/tls/certs/ca-bundle.crt",
    "/etc/ssl/cert.pem",
    "/etc/ssl/ca-bundle.pem",
];

#[derive(Debug, thiserror::Error)]
#[error("certificates in {path}: {message}")]
pub struct TlsSetupError {
    path: String,
    message: String,
}

/// Builds an agent for `scheme://host`. `verify == false` skips certificate checks (insecure
/// registries, `--tls-verify=false`); then no CA bundle is loaded at all.
pub fn agent_for(
    scheme: &str,
    host: &str,
    verify: bool,
    cert_dir: Option<&Path>,
) -> Result<Agent, TlsSetupError> {
    agent_with(scheme, host, verify, cert_dir, CONNECT_TIMEOUT)
}

const CONNECT_TIMEOUT: Duration = Duration::from_secs(30);

/// [`agent_for`] with its own connect timeout.
pub fn agent_with(
    scheme: &str,
    host: &str,
    verify: bool,
    cert_dir: Option<&Path>,
    connect_timeout: Duration,
) -> Result<Agent, TlsSetupError> {
    let mut tls = TlsConfig::builder()
        .provider(TlsProvider::Rustls)
        .disable_verification(!verify);
    let dirs: Vec<PathBuf> = match cert_dir {
        Some(d) => vec![d.to_path_buf()],
        None => vec![
            Path::new("/etc/containers/certs.d").join(host),
            Path::new("/etc/docker/certs.d").join(host),
        ],
    };
    let mut extra_roots = Vec::new();
    for dir in &dirs {
        let (roots, client) = load_cert_dir(dir)?;
        extra_roots.extend(roots);
        if let Some(c) = client {
            tls = tls.client_cert(Some(c));
        }
    }
    if verify {
        let mut roots = system_roots()?;
        let use_webpki = roots.is_empty();
        roots.extend(extra_roots);
        if !use_webpki || !roots.is_empty() {
            tls = tls.root_certs(RootCerts::new_with_certs(&roots));
        }
    }
    let config = Agent::config_builder()
        .http_status_as_error(false)
        .tls_config(tls.build())
        .proxy(
            super::proxy::proxy_for(scheme, host).and_then(|p| match ureq::Proxy::new(&p) {
                Ok(proxy) => Some(proxy),
                Err(e) => {
                    log::warn!("ignoring proxy {p}: {e}");
                    None
                }
            }),
        )
        .user_agent(concat!("skiff/", env!("CARGO_PKG_VERSION")))
        .timeout_connect(Some(connect_timeout))
        .timeout_recv_response(Some(Duration::from_secs(120)))
        .max_redirects(10)
        .build();
    Ok(config.into())
}

fn system_roots() -> Result<Vec<Certificate<'static>>, TlsSetupError> {
    let from_env = std::env::var_os("SSL_CERT_FILE").map(PathBuf::from);
    let candidates = from_env
        .into_iter()
        .chain(SYSTEM_BUNDLES.iter().map(PathBuf::from));
    for path in candidates {
        if let Ok(pem) = std::fs::read(&path) {
            return parse_certs(&pem, &path);
        }
    }
    Ok(Vec::new())
}

fn parse_certs(pem: &[u8], path: &Path) -> Result<Vec<Certificate<'static>>, TlsSetupError> {
    let mut out = Vec::new();
    for item in ureq::tls::parse_pem(pem) {
        match item {
            Ok(PemItem::Certificate(c)) => out.push(c),
            Ok(_) => {}
            Err(e) => {
                return Err(TlsSetupError {
                    path: path.display().to_string(),
                    message: e.to_string(),
                });
            }
        }
    }
    Ok(out)
}

type CertDirContents = (Vec<Certificate<'static>>, Option<ClientCert>);

fn load_cert_dir(dir: &Path) -> Result<CertDirContents, TlsSetupError> {
    let err = |message: String| TlsSetupError {
        path: dir.display().to_string(),
        message,
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok((Vec::new(), None));
    };
    let mut roots = Vec::new();
    let mut client = None;
    let mut names: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    names.sort();
    for p in &names {
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
        match ext {
            "crt" => {
                let pem = std::fs::read(p).map_err(|e| err(e.to_string()))?;
                roots.extend(parse_certs(&pem, p)?);
            }
            "cert" => {
                let key_path = p.with_extension("key");
                let cert_pem = std::fs::read(p).map_err(|e| err(e.to_string()))?;
                let key_pem = std::fs::read(&key_path)
                    .map_err(|e| err(format!("{} has no matching .key: {e}", p.display())))?;
                let chain = parse_certs(&cert_pem, p)?;
                let key = PrivateKey::from_pem(&key_pem).map_err(|e| err(e.to_string()))?;
                client = Some(ClientCert::new_with_certs(&chain, key));
            }
            _ => {}
        }
    }
    Ok((roots, client))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_cert_dirs_are_fine_and_agents_build() {
        assert!(agent_for("https", "example.invalid:5000", false, None).is_ok());
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("ca.crt"),
            b"-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n",
        )
        .unwrap();
        assert!(agent_for("https", "x", true, Some(dir.path())).is_err());
    }
}
