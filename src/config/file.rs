//! The TOML configuration files: /etc/skiff/config.toml, then the user's
//! `$XDG_CONFIG_HOME/skiff/config.toml` overriding it key by key (or only `$SKIFF_CONFIG`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct FileConfig {
    /// Registry for short names such as `busybox` (default docker.io).
    pub default_registry: Option<String>,
    /// Mirrors for Docker Hub, tried in order before it (docker's `registry-mirrors`).
    pub registry_mirrors: Option<Vec<String>>,
    /// Registries reachable over plain HTTP or with unverified TLS: `host[:port]` or a CIDR.
    pub insecure_registries: Option<Vec<String>>,
    /// Layers fetched in parallel during a pull (default 3).
    pub max_concurrent_downloads: Option<usize>,
    /// Per-registry settings, keyed by `host[:port]`.
    pub registries: Option<BTreeMap<String, RegistryTable>>,
    /// Container networking (`[network]`).
    pub network: Option<NetworkTable>,
    /// Container filesystems (`[storage]`).
    pub storage: Option<StorageTable>,
    /// Defaults for new containers (`[containers]`).
    pub containers: Option<ContainersTable>,
    /// Short names and what they stand for (`busybox` = `quay.io/x/busybox`), as
    /// registries.conf's `[aliases]`.
    pub aliases: Option<BTreeMap<String, String>>,
    /// Where events go: `file` (the default), `journald` (also the file) or `none`.
    pub events_logger: Option<String>,
    /// Where CDI device specs are (default /etc/cdi, /var/run/cdi).
    pub cdi_spec_dirs: Option<Vec<PathBuf>>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ContainersTable {
    /// Log driver of containers created without `--log-driver`.
    pub log_driver: Option<String>,
    /// Its options (`max-size`, `max-file`, …) when none are given.
    pub log_opts: Option<BTreeMap<String, String>>,
    /// `NAME=SOFT[:HARD]` limits every container gets unless `--ulimit` sets the same one.
    pub ulimits: Option<Vec<String>>,
    /// `KEY=VALUE` variables beneath the image's and `--env`.
    pub env: Option<Vec<String>>,
    /// Process limit of containers created without `--pids-limit`.
    pub pids_limit: Option<i64>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct StorageTable {
    /// `fuse-overlayfs` (or its path): an ordinary user's containers get their rootfs
    /// from it rather than from the kernel's overlayfs (the default on kernels before
    /// 5.11, which cannot mount overlayfs in a user namespace).
    pub mount_program: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct NetworkTable {
    /// The network of a container run without `--network`: `skiff` (the default bridge
    /// network), `none`, `host`, or a user network's name.
    pub default_network: Option<String>,
    /// The default network's subnet (default: the first of 10.88.0.0/16, 10.87.0.0/16, …
    /// that no host route overlaps).
    pub default_subnet: Option<String>,
    /// `nftables` or `iptables` (default: nftables when `nft` is installed).
    pub firewall_driver: Option<String>,
    /// Name servers of every container not given `--dns` (docker's daemon.json `dns`);
    /// without, the host's (or, when those are loopback addresses a container cannot
    /// reach, public ones).
    pub dns: Option<Vec<String>>,
    /// Search domains and resolver options of containers not given their own.
    pub dns_search: Option<Vec<String>>,
    pub dns_options: Option<Vec<String>>,
    /// MTU of the bridges skiff makes (default: the host uplink's).
    pub mtu: Option<u32>,
    /// IPv6 on the default network too (docker's daemon.json `ipv6`): dual stack, with
    /// `default-subnet6` (docker's `fixed-cidr-v6`) or a unique local /64.
    pub ipv6: Option<bool>,
    pub default_subnet6: Option<String>,
    /// Where user networks without `--subnet` get theirs: each pool's base split into
    /// subnets of `size` bits (docker's `default-address-pools`).
    pub default_address_pools: Option<Vec<AddressPool>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddressPool {
    pub base: String,
    pub size: u8,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct RegistryTable {
    pub mirrors: Option<Vec<String>>,
    pub insecure: Option<bool>,
    /// Pulls and pushes refused (registries.conf `blocked`).
    pub blocked: Option<bool>,
    /// The host really reached for this registry's name (registries.conf `location`).
    pub location: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("reading config {path}: {error}")]
    Read {
        path: PathBuf,
        error: std::io::Error,
    },
    #[error("config {path}: {message}")]
    Parse { path: PathBuf, message: String },
    /// docker's or the containers ecosystem's file (named in the message) is unreadable.
    #[error("{0}")]
    Foreign(String),
    /// An ordinary user's per-login runtime dir is missing or not theirs.
    #[error("{0}")]
    RuntimeDir(String),
}

impl FileConfig {
    /// Parses one file; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Option<Self>, ConfigError> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(error) => {
                return Err(ConfigError::Read {
                    path: path.to_path_buf(),
                    error,
                });
            }
        };
        toml::from_str(&text)
            .map(Some)
            .map_err(|e| ConfigError::Parse {
                path: path.to_path_buf(),
                message: e.message().to_string(),
            })
    }

    /// `other` wins wherever it sets a key; per-registry tables merge by host.
    pub fn merge(mut self, other: FileConfig) -> Self {
        self.default_registry = other.default_registry.or(self.default_registry);
        self.registry_mirrors = other.registry_mirrors.or(self.registry_mirrors);
        self.insecure_registries = other.insecure_registries.or(self.insecure_registries);
        self.max_concurrent_downloads = other
            .max_concurrent_downloads
            .or(self.max_concurrent_downloads);
        if let Some(theirs) = other.network {
            let mine = self.network.get_or_insert_with(NetworkTable::default);
            mine.default_network = theirs.default_network.or(mine.default_network.take());
            mine.default_subnet = theirs.default_subnet.or(mine.default_subnet.take());
            mine.firewall_driver = theirs.firewall_driver.or(mine.firewall_driver.take());
            mine.dns = theirs.dns.or(mine.dns.take());
            mine.dns_search = theirs.dns_search.or(mine.dns_search.take());
            mine.dns_options = theirs.dns_options.or(mine.dns_options.take());
            mine.mtu = theirs.mtu.or(mine.mtu);
            mine.ipv6 = theirs.ipv6.or(mine.ipv6);
            mine.default_subnet6 = theirs.default_subnet6.or(mine.default_subnet6.take());
            mine.default_address_pools = theirs
                .default_address_pools
                .or(mine.default_address_pools.take());
        }
        if let Some(theirs) = other.containers {
            let mine = self.containers.get_or_insert_with(ContainersTable::default);
            mine.log_driver = theirs.log_driver.or(mine.log_driver.take());
            mine.log_opts = theirs.log_opts.or(mine.log_opts.take());
            mine.ulimits = theirs.ulimits.or(mine.ulimits.take());
            mine.env = theirs.env.or(mine.env.take());
            mine.pids_limit = theirs.pids_limit.or(mine.pids_limit);
        }
        if let Some(theirs) = other.aliases {
            self.aliases
                .get_or_insert_with(BTreeMap::new)
                .extend(theirs);
        }
        self.events_logger = other.events_logger.or(self.events_logger);
        self.cdi_spec_dirs = other.cdi_spec_dirs.or(self.cdi_spec_dirs);
        if let Some(theirs) = other.storage {
            let mine = self.storage.get_or_insert_with(StorageTable::default);
            mine.mount_program = theirs.mount_program.or(mine.mount_program.take());
        }
        if let Some(theirs) = other.registries {
            let mine = self.registries.get_or_insert_with(BTreeMap::new);
            for (host, t) in theirs {
                let entry = mine.entry(host).or_default();
                entry.mirrors = t.mirrors.or(entry.mirrors.take());
                entry.insecure = t.insecure.or(entry.insecure);
                entry.blocked = t.blocked.or(entry.blocked);
                entry.location = t.location.or(entry.location.take());
            }
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_merges() {
        let dir = tempfile::tempdir().unwrap();
        let sys = dir.path().join("sys.toml");
        std::fs::write(
            &sys,
            "registry-mirrors = [\"http://m1\"]\nmax-concurrent-downloads = 5\n\
             [registries.\"quay.io\"]\nmirrors = [\"q1\"]\n",
        )
        .unwrap();
        let user = dir.path().join("user.toml");
        std::fs::write(
            &user,
            "registry-mirrors = [\"http://m2\"]\n[registries.\"quay.io\"]\ninsecure = true\n",
        )
        .unwrap();
        let merged = FileConfig::load(&sys)
            .unwrap()
            .unwrap()
            .merge(FileConfig::load(&user).unwrap().unwrap());
        assert_eq!(merged.registry_mirrors.unwrap(), ["http://m2"]);
        assert_eq!(merged.max_concurrent_downloads, Some(5));
        let q = &merged.registries.unwrap()["quay.io"];
        assert_eq!(q.mirrors.as_deref().unwrap(), ["q1"]);
        assert_eq!(q.insecure, Some(true));
        assert!(
            FileConfig::load(&dir.path().join("missing"))
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn names_the_file_and_key_on_errors() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("bad.toml");
        std::fs::write(&p, "registry-mirorrs = []\n").unwrap();
        let e = FileConfig::load(&p).unwrap_err().to_string();
        assert!(
            e.contains("bad.toml") && e.contains("registry-mirorrs"),
            "{e}"
        );
    }
}
