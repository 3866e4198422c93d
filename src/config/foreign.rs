//! The other ecosystems' config files, read as skiff settings beneath skiff's own
//! config.toml (which wins key by key): docker's `daemon.json`, and the containers
//! ecosystem's `registries.conf` (with its `registries.conf.d` drop-ins) and
//! `containers.conf`. Keys skiff has no use for are ignored; a file that does not parse is
//! an error naming it, as it is for docker and podman.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;

use super::file::{AddressPool, ContainersTable, FileConfig, NetworkTable, RegistryTable};

/// Where the files are, in the order they are read (later ones win).
#[derive(Debug, Default)]
pub struct Sources {
    pub daemon_json: Vec<PathBuf>,
    pub registries: Vec<PathBuf>,
    pub containers: Vec<PathBuf>,
}

impl Sources {
    /// The usual places — root's in /etc (and /usr/share), an ordinary user's in
    /// `config_home` — unless `system` is false (`SKIFF_CONFIG` names skiff's only file);
    /// the variables that name one file (`SKIFF_DAEMON_JSON`, podman's
    /// `CONTAINERS_REGISTRIES_CONF` and `CONTAINERS_CONF`) always count.
    pub fn find(
        config_home: &Path,
        rootless: bool,
        system: bool,
        var: &dyn Fn(&str) -> Option<PathBuf>,
    ) -> Sources {
        let daemon_json = match var("SKIFF_DAEMON_JSON") {
            Some(p) => vec![p],
            None if !system => Vec::new(),
            None if rootless => vec![config_home.join("docker/daemon.json")],
            None => vec![PathBuf::from("/etc/docker/daemon.json")],
        };
        let registries = match var("CONTAINERS_REGISTRIES_CONF") {
            Some(p) => vec![p],
            None if !system => Vec::new(),
            None => {
                // the user's file replaces the system's; drop-ins of both apply
                let user = config_home.join("containers/registries.conf");
                let main = if rootless && user.exists() {
                    user
                } else {
                    PathBuf::from("/etc/containers/registries.conf")
                };
                let mut v = vec![main];
                v.extend(drop_ins(Path::new("/etc/containers/registries.conf.d")));
                if rootless {
                    v.extend(drop_ins(&config_home.join("containers/registries.conf.d")));
                }
                v
            }
        };
        let containers = match var("CONTAINERS_CONF") {
            Some(p) => vec![p],
            None if !system => Vec::new(),
            None => {
                let mut v = vec![
                    PathBuf::from("/usr/share/containers/containers.conf"),
                    PathBuf::from("/etc/containers/containers.conf"),
                ];
                if rootless {
                    v.push(config_home.join("containers/containers.conf"));
                }
                v
            }
        };
        Sources {
            daemon_json,
            registries,
            containers,
        }
    }

    /// Every file that exists, read into one config; and the files read.
    pub fn load(&self) -> Result<(FileConfig, Vec<PathBuf>), String> {
        let mut config = FileConfig::default();
        let mut read = Vec::new();
        let kinds: [(&[PathBuf], Parser); 3] = [
            (&self.daemon_json, daemon_json),
            (&self.registries, registries_conf),
            (&self.containers, containers_conf),
        ];
        for (paths, parse) in kinds {
            for p in paths {
                let text = match std::fs::read_to_string(p) {
                    Ok(t) => t,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                    Err(e) => return Err(format!("reading {}: {e}", p.display())),
                };
                let c = parse(&text).map_err(|e| format!("{}: {e}", p.display()))?;
                config = config.merge(c);
                read.push(p.clone());
            }
        }
        Ok((config, read))
    }
}

/// One kind of file, read into skiff's settings.
type Parser = fn(&str) -> Result<FileConfig, String>;

/// `DIR/*.conf`, sorted.
fn drop_ins(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "conf"))
        .collect();
    v.sort();
    v
}

/// docker's `/etc/docker/daemon.json`.
pub fn daemon_json(text: &str) -> Result<FileConfig, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let o = v.as_object().ok_or("not a JSON object")?;
    let strings = |k: &str| -> Result<Option<Vec<String>>, String> {
        match o.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Array(a)) => a
                .iter()
                .map(|x| {
                    x.as_str()
                        .map(str::to_string)
                        .ok_or_else(|| format!("{k}: a list of strings"))
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Some),
            Some(_) => Err(format!("{k}: a list of strings")),
        }
    };
    let number = |k: &str| -> Result<Option<u64>, String> {
        match o.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(x) => x.as_u64().map(Some).ok_or_else(|| format!("{k}: a number")),
        }
    };
    if o.get("live-restore").and_then(Value::as_bool) == Some(true) {
        log::info!(
            "daemon.json: live-restore is ignored: skiff has no daemon, containers outlive every command"
        );
    }
    let pools = match o.get("default-address-pools") {
        None | Some(Value::Null) => None,
        Some(p) => Some(
            serde_json::from_value::<Vec<AddressPool>>(p.clone())
                .map_err(|e| format!("default-address-pools: {e}"))?,
        ),
    };
    let default_subnet = match o.get("bip").and_then(Value::as_str) {
        Some(b) => Some(network_of(b).ok_or_else(|| format!("bip: {b:?} is not IPv4/prefix"))?),
        None => None,
    };
    let log_opts = match o.get("log-opts") {
        None | Some(Value::Null) => None,
        Some(Value::Object(m)) => Some(
            m.iter()
                .map(|(k, v)| match v {
                    Value::String(s) => Ok((k.clone(), s.clone())),
                    _ => Err(format!("log-opts: {k} must be a string")),
                })
                .collect::<Result<BTreeMap<_, _>, _>>()?,
        ),
        Some(_) => return Err("log-opts: an object".into()),
    };
    let ulimits = match o.get("default-ulimits") {
        None | Some(Value::Null) => None,
        Some(Value::Object(m)) => Some(
            m.iter()
                .map(|(name, u)| {
                    let n = |k: &str| u.get(k).and_then(Value::as_i64);
                    match (n("Soft"), n("Hard")) {
                        (Some(s), Some(h)) => Ok(format!("{name}={s}:{h}")),
                        _ => Err(format!("default-ulimits: {name} needs Soft and Hard")),
                    }
                })
                .collect::<Result<Vec<_>, _>>()?,
        ),
        Some(_) => return Err("default-ulimits: an object".into()),
    };
    Ok(FileConfig {
        registry_mirrors: strings("registry-mirrors")?,
        insecure_registries: strings("insecure-registries")?,
        max_concurrent_downloads: number("max-concurrent-downloads")?.map(|n| n as usize),
        network: Some(NetworkTable {
            dns: strings("dns")?,
            dns_search: strings("dns-search")?,
            dns_options: strings("dns-opts")?,
            mtu: number("mtu")?.map(|m| m as u32),
            default_address_pools: pools,
            default_subnet,
            ipv6: match o.get("ipv6") {
                None | Some(Value::Null) => None,
                Some(Value::Bool(b)) => Some(*b),
                Some(_) => return Err("ipv6: true or false".into()),
            },
            default_subnet6: o
                .get("fixed-cidr-v6")
                .and_then(Value::as_str)
                .map(str::to_string),
            ..Default::default()
        }),
        containers: Some(ContainersTable {
            log_driver: o
                .get("log-driver")
                .and_then(Value::as_str)
                .map(str::to_string),
            log_opts,
            ulimits,
            ..Default::default()
        }),
        ..Default::default()
    })
}

/// `a.b.c.d/len` → the network's `base/len`.
fn network_of(cidr: &str) -> Option<String> {
    let (ip, len) = cidr.split_once('/')?;
    let ip: Ipv4Addr = ip.parse().ok()?;
    let len: u32 = len.parse().ok().filter(|l| *l <= 32)?;
    let mask = if len == 0 { 0 } else { u32::MAX << (32 - len) };
    Some(format!("{}/{len}", Ipv4Addr::from(u32::from(ip) & mask)))
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
struct RegistriesConf {
    #[serde(default)]
    unqualified_search_registries: Option<Vec<String>>,
    #[serde(default)]
    short_name_mode: Option<String>,
    #[serde(default)]
    registry: Vec<RegistryEntry>,
    #[serde(default)]
    aliases: Option<BTreeMap<String, String>>,
}

#[derive(Deserialize, Default)]
struct RegistryEntry {
    #[serde(default)]
    prefix: Option<String>,
    #[serde(default)]
    location: Option<String>,
    #[serde(default)]
    insecure: Option<bool>,
    #[serde(default)]
    blocked: Option<bool>,
    #[serde(default)]
    mirror: Vec<MirrorEntry>,
}

#[derive(Deserialize, Default)]
struct MirrorEntry {
    location: String,
    #[serde(default)]
    insecure: Option<bool>,
}

/// The registry part of a registries.conf prefix or location (`host[:port]`).
fn host_of(s: &str) -> &str {
    s.split('/').next().unwrap_or(s)
}

/// The containers ecosystem's `registries.conf` (version 2) or one of its drop-ins.
pub fn registries_conf(text: &str) -> Result<FileConfig, String> {
    let r: RegistriesConf = toml::from_str(text).map_err(|e| e.message().to_string())?;
    if let Some(m) = &r.short_name_mode
        && !matches!(m.as_str(), "enforcing" | "permissive" | "disabled")
    {
        return Err(format!(
            "short-name-mode {m:?}: enforcing, permissive or disabled"
        ));
    }
    let mut registries = BTreeMap::new();
    let mut insecure = Vec::new();
    for e in &r.registry {
        let Some(name) = e.prefix.as_deref().or(e.location.as_deref()) else {
            return Err("a [[registry]] needs a prefix or a location".into());
        };
        // a wildcard prefix (*.example.com) or a repository path: only whole registries
        if name.starts_with('*') || name.contains('/') {
            log::info!("registries.conf: {name}: only whole registries are configured by skiff");
            continue;
        }
        let location = e
            .location
            .as_deref()
            .map(host_of)
            .filter(|l| *l != name)
            .map(str::to_string);
        for m in e.mirror.iter().filter(|m| m.insecure == Some(true)) {
            insecure.push(host_of(&m.location).to_string());
        }
        registries.insert(
            name.to_string(),
            RegistryTable {
                mirrors: (!e.mirror.is_empty())
                    .then(|| e.mirror.iter().map(|m| m.location.clone()).collect()),
                insecure: e.insecure,
                blocked: e.blocked,
                location,
            },
        );
    }
    Ok(FileConfig {
        default_registry: r
            .unqualified_search_registries
            .as_ref()
            .and_then(|v| v.first().cloned()),
        insecure_registries: (!insecure.is_empty()).then_some(insecure),
        registries: (!registries.is_empty()).then_some(registries),
        aliases: r.aliases,
        ..Default::default()
    })
}

#[derive(Deserialize, Default)]
struct ContainersConf {
    #[serde(default)]
    containers: ContainersSection,
    #[serde(default)]
    engine: EngineSection,
    #[serde(default)]
    network: NetworkSection,
}

#[derive(Deserialize, Default)]
struct ContainersSection {
    default_ulimits: Option<Vec<String>>,
    env: Option<Vec<String>>,
    dns_servers: Option<Vec<String>>,
    dns_searches: Option<Vec<String>>,
    dns_options: Option<Vec<String>>,
    log_driver: Option<String>,
    pids_limit: Option<i64>,
}

#[derive(Deserialize, Default)]
struct EngineSection {
    events_logger: Option<String>,
    cdi_spec_dirs: Option<Vec<PathBuf>>,
}

#[derive(Deserialize, Default)]
struct NetworkSection {
    default_subnet: Option<String>,
    default_subnet_pools: Option<Vec<AddressPool>>,
}

/// The containers ecosystem's `containers.conf`.
pub fn containers_conf(text: &str) -> Result<FileConfig, String> {
    let c: ContainersConf = toml::from_str(text).map_err(|e| e.message().to_string())?;
    let set = |v: &Option<Vec<String>>| v.clone().filter(|v| !v.is_empty());
    Ok(FileConfig {
        network: Some(NetworkTable {
            dns: set(&c.containers.dns_servers),
            dns_search: set(&c.containers.dns_searches),
            dns_options: set(&c.containers.dns_options),
            default_subnet: c.network.default_subnet,
            default_address_pools: c.network.default_subnet_pools,
            ..Default::default()
        }),
        containers: Some(ContainersTable {
            log_driver: c.containers.log_driver,
            ulimits: set(&c.containers.default_ulimits),
            env: set(&c.containers.env),
            pids_limit: c.containers.pids_limit,
            ..Default::default()
        }),
        events_logger: c.engine.events_logger,
        cdi_spec_dirs: c.engine.cdi_spec_dirs,
        ..Default::default()
    })
}

#[cfg(test)]
mod tests;
