//! A real registry (Debian's `docker-registry`, distribution 2.x) on a free loopback port,
//! with its own storage dir, optionally behind htpasswd Basic auth. Killed on drop.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine as _;

use super::images::{Blob, Image};

pub struct Registry {
    pub port: u16,
    child: Child,
    _dir: tempfile::TempDir,
    auth: Option<(String, String)>,
    tls: Option<Tls>,
}

/// Certificates for a TLS registry: a CA, a server certificate for 127.0.0.1/localhost, and
/// a client certificate the registry demands when `require_client_cert` is set.
#[derive(Clone, Debug)]
pub struct Tls {
    pub dir: std::path::PathBuf,
    pub require_client_cert: bool,
}

impl Tls {
    /// Makes a CA, server and client certificates with openssl in `dir`.
    pub fn generate(dir: &std::path::Path, require_client_cert: bool) -> Self {
        let run = |args: &[&str]| {
            let out = Command::new("openssl")
                .args(args)
                .current_dir(dir)
                .output()
                .expect("openssl");
            assert!(
                out.status.success(),
                "openssl {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        };
        let ec = [
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
        ];
        let mut ca = vec![
            "req",
            "-x509",
            "-days",
            "2",
            "-subj",
            "/CN=skiff-test-ca",
            "-keyout",
            "ca.key",
            "-out",
            "ca.crt",
        ];
        ca.extend(ec);
        run(&ca);
        std::fs::write(
            dir.join("server.ext"),
            "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n",
        )
        .unwrap();
        std::fs::write(dir.join("client.ext"), "extendedKeyUsage=clientAuth\n").unwrap();
        for (name, cn) in [("server", "127.0.0.1"), ("client", "skiff-client")] {
            let subj = format!("/CN={cn}");
            let (key, csr) = (format!("{name}.key"), format!("{name}.csr"));
            let mut req = vec!["req", "-subj", &subj, "-keyout", &key, "-out", &csr];
            req.extend(ec);
            run(&req);
            let (crt, ext) = (format!("{name}.crt"), format!("{name}.ext"));
            run(&[
                "x509",
                "-req",
                "-days",
                "2",
                "-in",
                &csr,
                "-CA",
                "ca.crt",
                "-CAkey",
                "ca.key",
                "-CAcreateserial",
                "-out",
                &crt,
                "-extfile",
                &ext,
            ]);
        }
        Tls {
            dir: dir.to_path_buf(),
            require_client_cert,
        }
    }

    /// A `--cert-dir` with the CA, and the client certificate when `with_client` is set.
    pub fn cert_dir(&self, parent: &std::path::Path, with_client: bool) -> std::path::PathBuf {
        let d = parent.join(if with_client {
            "certs-client"
        } else {
            "certs-ca"
        });
        std::fs::create_dir_all(&d).unwrap();
        std::fs::copy(self.dir.join("ca.crt"), d.join("ca.crt")).unwrap();
        if with_client {
            std::fs::copy(self.dir.join("client.crt"), d.join("client.cert")).unwrap();
            std::fs::copy(self.dir.join("client.key"), d.join("client.key")).unwrap();
        }
        d
    }
}

impl Registry {
    pub fn start() -> Self {
        Self::start_with(None, None)
    }

    /// A registry that wants `user`/`password` (Basic auth via htpasswd).
    pub fn with_basic_auth(user: &str, password: &str) -> Self {
        Self::start_with(Some((user.to_string(), password.to_string())), None)
    }

    /// A registry serving HTTPS only.
    pub fn with_tls(tls: Tls) -> Self {
        Self::start_with(None, Some(tls))
    }

    fn start_with(auth: Option<(String, String)>, tls: Option<Tls>) -> Self {
        let dir = tempfile::Builder::new()
            .prefix("skiff-registry-")
            .tempdir()
            .expect("registry dir");
        let mut last_err = String::new();
        for _ in 0..5 {
            let port = super::free_port();
            let mut config = format!(
                "version: 0.1\nlog:\n  level: info\n  accesslog:\n    disabled: false\n\
                 storage:\n  filesystem:\n    rootdirectory: {}\n  delete:\n    enabled: true\n\
                 http:\n  addr: 127.0.0.1:{port}\n",
                dir.path().join("data").display()
            );
            if let Some((user, pw)) = &auth {
                let hash = bcrypt::hash(pw, 4).expect("bcrypt");
                let htpasswd = dir.path().join("htpasswd");
                std::fs::write(&htpasswd, format!("{user}:{hash}\n")).expect("htpasswd");
                config.push_str(&format!(
                    "auth:\n  htpasswd:\n    realm: skiff-test\n    path: {}\n",
                    htpasswd.display()
                ));
            }
            if let Some(t) = &tls {
                config.push_str(&format!(
                    "  tls:\n    certificate: {}\n    key: {}\n",
                    t.dir.join("server.crt").display(),
                    t.dir.join("server.key").display()
                ));
                if t.require_client_cert {
                    config.push_str(&format!(
                        "    clientcas:\n      - {}\n",
                        t.dir.join("ca.crt").display()
                    ));
                }
            }
            let cfg = dir.path().join("config.yml");
            std::fs::write(&cfg, config).expect("registry config");
            let mut child = Command::new("docker-registry")
                .arg("serve")
                .arg(&cfg)
                .stdout(Stdio::null())
                .stderr(std::fs::File::create(dir.path().join("registry.log")).expect("log"))
                .spawn()
                .expect("docker-registry (apt-get install docker-registry)");
            let deadline = Instant::now() + Duration::from_secs(15);
            while Instant::now() < deadline {
                if let Ok(Some(status)) = child.try_wait() {
                    last_err = format!("docker-registry exited: {status}");
                    break;
                }
                if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                    return Registry {
                        port,
                        child,
                        _dir: dir,
                        auth,
                        tls,
                    };
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        panic!("could not start docker-registry: {last_err}");
    }

    /// The registry's access log so far: one line per request, with its status.
    pub fn access_log(&self) -> String {
        std::fs::read_to_string(self._dir.path().join("registry.log")).unwrap_or_default()
    }

    pub fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    fn url(&self, path: &str) -> String {
        let scheme = if self.tls.is_some() { "https" } else { "http" };
        format!("{scheme}://127.0.0.1:{}{path}", self.port)
    }

    fn agent(&self) -> ureq::Agent {
        use ureq::tls::{Certificate, ClientCert, PrivateKey, TlsConfig};
        let mut tls = TlsConfig::builder().disable_verification(true);
        if let Some(t) = &self.tls {
            let cert = std::fs::read(t.dir.join("client.crt")).unwrap();
            let key = std::fs::read(t.dir.join("client.key")).unwrap();
            let chain = vec![Certificate::from_pem(&cert).unwrap()];
            tls = tls.client_cert(Some(ClientCert::new_with_certs(
                &chain,
                PrivateKey::from_pem(&key).unwrap(),
            )));
        }
        ureq::Agent::config_builder()
            .http_status_as_error(false)
            .tls_config(tls.build())
            .proxy(None)
            .build()
            .into()
    }

    fn with_auth<B>(&self, req: ureq::RequestBuilder<B>) -> ureq::RequestBuilder<B> {
        match &self.auth {
            Some((u, p)) => {
                let v = base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"));
                req.header("Authorization", format!("Basic {v}"))
            }
            None => req,
        }
    }

    pub fn push_blob(&self, repo: &str, blob: &Blob) {
        let agent = self.agent();
        let head = self
            .with_auth(agent.head(self.url(&format!("/v2/{repo}/blobs/{}", blob.digest()))))
            .call()
            .expect("HEAD blob");
        if head.status() == 200 {
            return;
        }
        let start = self
            .with_auth(agent.post(self.url(&format!("/v2/{repo}/blobs/uploads/"))))
            .send_empty()
            .expect("start upload");
        assert_eq!(start.status(), 202, "start upload");
        let location = start
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .expect("location")
            .to_string();
        let sep = if location.contains('?') { '&' } else { '?' };
        let url = if location.starts_with("http") {
            format!("{location}{sep}digest={}", blob.digest())
        } else {
            self.url(&format!("{location}{sep}digest={}", blob.digest()))
        };
        let put = self
            .with_auth(agent.put(url))
            .header("Content-Type", "application/octet-stream")
            .send(&blob.data[..])
            .expect("upload blob");
        assert_eq!(put.status(), 201, "upload blob {}", blob.digest());
    }

    pub fn push_manifest(&self, repo: &str, reference: &str, manifest: &Blob) {
        let put = self
            .with_auth(
                self.agent()
                    .put(self.url(&format!("/v2/{repo}/manifests/{reference}"))),
            )
            .header("Content-Type", manifest.media_type.as_str())
            .send(&manifest.data[..])
            .expect("put manifest");
        assert_eq!(put.status(), 201, "put manifest {repo}:{reference}");
    }

    pub fn push(&self, repo: &str, tag: &str, img: &Image) {
        for b in img.blobs() {
            self.push_blob(repo, &b);
        }
        self.push_manifest(repo, tag, &img.manifest);
    }

    /// The manifest `repo:reference` as the registry serves it.
    pub fn manifest(&self, repo: &str, reference: &str) -> serde_json::Value {
        let accept = "application/vnd.oci.image.manifest.v1+json, \
                      application/vnd.docker.distribution.manifest.v2+json";
        let mut resp = self
            .with_auth(
                self.agent()
                    .get(self.url(&format!("/v2/{repo}/manifests/{reference}"))),
            )
            .header("Accept", accept)
            .call()
            .expect("get manifest");
        assert_eq!(resp.status(), 200, "manifest {repo}:{reference}");
        serde_json::from_slice(&resp.body_mut().read_to_vec().unwrap()).unwrap()
    }

    /// The registry's reference for `repo:tag`, e.g. `127.0.0.1:5000/test/busybox:latest`.
    pub fn reference(&self, repo: &str, tag: &str) -> String {
        format!("{}/{repo}:{tag}", self.host())
    }
}

impl Drop for Registry {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
