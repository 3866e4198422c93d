//! Which registries may use plain HTTP, and where their mirrors are.

use std::net::IpAddr;

use super::file::FileConfig;
use crate::oci::reference::DOCKER_HUB;
use crate::util::net::{cidr_contains, is_loopback, split_host_port};

/// A place to fetch from: a scheme (when fixed by configuration) and `host[:port]`,
/// optionally with a path prefix (mirrors such as `https://m.example/dockerhub`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint {
    pub host: String,
    pub scheme: Option<String>,
    pub path_prefix: String,
    pub mirror: bool,
}

impl Endpoint {
    /// Parses `host[:port]` or `http(s)://host[:port][/prefix]`.
    pub fn parse(s: &str, mirror: bool) -> Option<Self> {
        let (scheme, rest) = match s.split_once("://") {
            Some((sch, rest)) if sch == "http" || sch == "https" => (Some(sch.to_string()), rest),
            Some(_) => return None,
            None => (None, s),
        };
        let (host, prefix) = match rest.split_once('/') {
            Some((h, p)) => (h, p.trim_end_matches('/')),
            None => (rest, ""),
        };
        if host.is_empty() {
            return None;
        }
        Some(Endpoint {
            host: host.to_string(),
            scheme,
            path_prefix: if prefix.is_empty() {
                String::new()
            } else {
                format!("/{prefix}")
            },
            mirror,
        })
    }
}

#[derive(Clone, Debug)]
pub struct RegistrySettings {
    pub default_registry: String,
    pub max_concurrent_downloads: usize,
    config: FileConfig,
}

impl RegistrySettings {
    pub fn from_config(config: FileConfig) -> Self {
        RegistrySettings {
            default_registry: config
                .default_registry
                .clone()
                .unwrap_or_else(|| DOCKER_HUB.to_string()),
            max_concurrent_downloads: config.max_concurrent_downloads.unwrap_or(3).clamp(1, 32),
            config,
        }
    }

    /// Mirrors first, then the registry itself. Docker Hub is reached at registry-1.docker.io.
    pub fn endpoints(&self, registry: &str) -> Vec<Endpoint> {
        let mut out = Vec::new();
        let mut mirrors: Vec<String> = self
            .config
            .registries
            .as_ref()
            .and_then(|r| r.get(registry))
            .and_then(|t| t.mirrors.clone())
            .unwrap_or_default();
        if registry == DOCKER_HUB {
            mirrors.extend(self.config.registry_mirrors.clone().unwrap_or_default());
        }
        out.extend(mirrors.iter().filter_map(|m| Endpoint::parse(m, true)));
        let located = self
            .config
            .registries
            .as_ref()
            .and_then(|r| r.get(registry))
            .and_then(|t| t.location.clone());
        let origin = match &located {
            Some(l) => l.as_str(),
            None if registry == DOCKER_HUB => "registry-1.docker.io",
            None => registry,
        };
        out.push(Endpoint {
            host: origin.to_string(),
            scheme: None,
            path_prefix: String::new(),
            mirror: false,
        });
        out
    }

    /// Plain HTTP (and unverified TLS) is allowed for loopback registries, as docker does,
    /// and for those configured as insecure.
    pub fn is_insecure(&self, host: &str) -> bool {
        if is_loopback(host) {
            return true;
        }
        let (bare, _) = split_host_port(host);
        let per_registry = self
            .config
            .registries
            .as_ref()
            .and_then(|r| r.get(host).or_else(|| r.get(bare)))
            .and_then(|t| t.insecure);
        if let Some(v) = per_registry {
            return v;
        }
        let ip = bare.parse::<IpAddr>().ok();
        self.config
            .insecure_registries
            .iter()
            .flatten()
            .any(|entry| {
                entry == host || entry == bare || ip.is_some_and(|ip| cidr_contains(entry, ip))
            })
    }

    /// registries.conf's `blocked`: nothing is pulled from or pushed to it.
    pub fn is_blocked(&self, registry: &str) -> bool {
        self.config
            .registries
            .as_ref()
            .and_then(|r| r.get(registry))
            .and_then(|t| t.blocked)
            == Some(true)
    }

    /// A short name (`tool`, `tool:1`, `tool@sha256:…`) that an alias stands for
    /// (registries.conf's `[aliases]`), with its tag or digest kept; `None` for a name
    /// that names its registry or has no alias.
    pub fn expand_alias(&self, input: &str) -> Option<String> {
        let aliases = self.config.aliases.as_ref()?;
        let first = input.split('/').next().unwrap_or(input);
        if input.contains('/') && (first.contains(['.', ':']) || first == "localhost") {
            return None;
        }
        let cut = input
            .find('@')
            .or_else(|| {
                let last = input.rfind('/').map_or(0, |i| i + 1);
                input[last..].find(':').map(|i| last + i)
            })
            .unwrap_or(input.len());
        let (name, rest) = input.split_at(cut);
        aliases.get(name).map(|a| format!("{a}{rest}"))
    }

    pub fn insecure_list(&self) -> Vec<String> {
        let mut v = vec!["127.0.0.0/8".to_string(), "::1/128".to_string()];
        v.extend(self.config.insecure_registries.clone().unwrap_or_default());
        v
    }

    pub fn docker_hub_mirrors(&self) -> Vec<String> {
        self.config.registry_mirrors.clone().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(toml: &str) -> RegistrySettings {
        RegistrySettings::from_config(toml::from_str(toml).unwrap())
    }

    #[test]
    fn loopback_is_insecure_by_default() {
        let s = settings("");
        assert!(s.is_insecure("localhost:5000"));
        assert!(s.is_insecure("127.0.0.1:5002"));
        assert!(s.is_insecure("127.3.4.5"));
        assert!(s.is_insecure("[::1]:5000"));
        assert!(!s.is_insecure("registry.example.com"));
        assert!(!s.is_insecure("10.1.2.3:5000"));
    }

    #[test]
    fn configured_insecure_registries() {
        let s = settings(
            "insecure-registries = [\"reg.local:5000\", \"10.0.0.0/8\"]\n\
             [registries.\"secure.local\"]\ninsecure = false\n",
        );
        assert!(s.is_insecure("reg.local:5000"));
        assert!(!s.is_insecure("reg.local:6000"));
        assert!(s.is_insecure("10.9.8.7:443"));
        assert!(!s.is_insecure("secure.local"));
    }

    #[test]
    fn aliases_blocked_and_located_registries() {
        let s = settings(
            "[aliases]\n\"tool\" = \"quay.io/acme/tool\"\n\"team/app\" = \"reg.lan/team/app\"\n\
             [registries.\"evil.example\"]\nblocked = true\n\
             [registries.\"reg.lan\"]\nlocation = \"backend.lan:5000\"\n",
        );
        assert_eq!(s.expand_alias("tool").as_deref(), Some("quay.io/acme/tool"));
        assert_eq!(
            s.expand_alias("tool:2").as_deref(),
            Some("quay.io/acme/tool:2")
        );
        assert_eq!(
            s.expand_alias("tool@sha256:abc").as_deref(),
            Some("quay.io/acme/tool@sha256:abc")
        );
        assert_eq!(
            s.expand_alias("team/app:1").as_deref(),
            Some("reg.lan/team/app:1")
        );
        assert_eq!(s.expand_alias("other"), None);
        assert_eq!(s.expand_alias("docker.io/tool"), None);
        assert!(s.is_blocked("evil.example") && !s.is_blocked("quay.io"));
        assert_eq!(s.endpoints("reg.lan")[0].host, "backend.lan:5000");
    }

    #[test]
    fn mirrors_come_first() {
        let s = settings(
            "registry-mirrors = [\"http://127.0.0.1:6000/hub/\"]\n\
             [registries.\"quay.io\"]\nmirrors = [\"qm:5000\"]\n",
        );
        let hub = s.endpoints("docker.io");
        assert_eq!(hub.len(), 2);
        assert_eq!(hub[0].host, "127.0.0.1:6000");
        assert_eq!(hub[0].scheme.as_deref(), Some("http"));
        assert_eq!(hub[0].path_prefix, "/hub");
        assert_eq!(hub[1].host, "registry-1.docker.io");
        let quay = s.endpoints("quay.io");
        assert_eq!(quay[0].host, "qm:5000");
        assert!(quay[0].mirror && !quay[1].mirror);
        assert_eq!(s.endpoints("x.io").len(), 1);
    }
}
