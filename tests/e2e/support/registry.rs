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
}

impl Registry {
    pub fn start() -> Self {
        Self::start_with(None)
    }

    /// A registry that wants `user`/`password` (Basic auth via htpasswd).
    pub fn with_basic_auth(user: &str, password: &str) -> Self {
        Self::start_with(Some((user.to_string(), password.to_string())))
    }

    fn start_with(auth: Option<(String, String)>) -> Self {
        let dir = tempfile::Builder::new()
            .prefix("skiff-registry-")
            .tempdir()
            .expect("registry dir");
        let mut last_err = String::new();
        for _ in 0..5 {
            let port = super::free_port();
            let mut config = format!(
                "version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\n\
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
            let cfg = dir.path().join("config.yml");
            std::fs::write(&cfg, config).expect("registry config");
            let mut child = Command::new("docker-registry")
                .arg("serve")
                .arg(&cfg)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
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
                    };
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            let _ = child.kill();
            let _ = child.wait();
        }
        panic!("could not start docker-registry: {last_err}");
    }

    pub fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn agent() -> ureq::Agent {
        ureq::Agent::config_builder()
            .http_status_as_error(false)
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
        let agent = Self::agent();
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
            .with_auth(Self::agent().put(self.url(&format!("/v2/{repo}/manifests/{reference}"))))
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
