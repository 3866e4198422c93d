//! Network records: `ROOT/networks/<name>.json` (what the network is) beside
//! `ROOT/networks/<name>/` (its address leases). Created with O_EXCL, so two `network
//! create`s of one name cannot both win.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::net::{Ipv4Addr, Ipv6Addr};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::ipam::{Ipam, Subnet, Subnet6};

/// A network's IPv6 side (`--ipv6`): dual stack beside its IPv4 subnet.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct V6Config {
    pub subnet: String,
    pub gateway: Ipv6Addr,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_range: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct NetworkRecord {
    pub name: String,
    pub id: String,
    pub driver: String,
    pub subnet: String,
    pub gateway: Ipv4Addr,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_range: Option<String>,
    #[serde(default)]
    pub internal: bool,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
    pub created: String,
    /// The bridge device on the host.
    pub bridge: String,
    /// Driver options as given (`-o`, docker's `Options`; see `network::options`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub options: BTreeMap<String, String>,
    /// `--aux-address NAME=IP`: addresses never handed to a container.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub aux_addresses: BTreeMap<String, Ipv4Addr>,
    /// `--ipam-opt KEY=VALUE` as given.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ipam_options: BTreeMap<String, String>,
    /// `--ipv6`: its IPv6 subnet and gateway.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipv6: Option<V6Config>,
}

impl NetworkRecord {
    /// The driver options; a record's were checked when it was made (an unreadable one
    /// counts as none given).
    pub fn bridge_options(&self) -> super::options::BridgeOptions {
        super::options::parse(&self.options).unwrap_or_default()
    }

    /// docker's `Options` of the network: those given, and the bridge's name always.
    pub fn docker_options(&self) -> BTreeMap<String, String> {
        let mut o = self.options.clone();
        o.insert(super::options::BRIDGE_NAME.to_string(), self.bridge.clone());
        o
    }
}

#[derive(Debug, thiserror::Error)]
pub enum NetworkError {
    #[error("network with name {0} already exists")]
    Exists(String),
    #[error("network {0} not found")]
    NotFound(String),
    #[error(transparent)]
    Ipam(#[from] super::ipam::IpamError),
    #[error("{0}")]
    Io(#[from] io::Error),
}

pub struct Networks {
    dir: PathBuf,
}

impl Networks {
    pub fn open(store_root: &Path) -> io::Result<Networks> {
        let dir = store_root.join("networks");
        fs::create_dir_all(&dir)?;
        Ok(Networks { dir })
    }

    fn record_path(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.json"))
    }

    pub fn create(&self, rec: &NetworkRecord) -> Result<(), NetworkError> {
        let data = serde_json::to_vec_pretty(rec).map_err(io::Error::other)?;
        let tmp = self
            .dir
            .join(format!(".{}.tmp-{}", rec.name, std::process::id()));
        fs::write(&tmp, &data)?;
        // link(2) fails when the name exists: the first creator wins, atomically.
        let made = fs::hard_link(&tmp, self.record_path(&rec.name));
        let _ = fs::remove_file(&tmp);
        match made {
            Ok(()) => {
                fs::create_dir_all(self.dir.join(&rec.name))?;
                Ok(())
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                Err(NetworkError::Exists(rec.name.clone()))
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Rewrites an existing record (temp file renamed over it).
    pub fn update(&self, rec: &NetworkRecord) -> Result<(), NetworkError> {
        self.get(&rec.name)?;
        crate::util::fs::write_json_atomic(&self.record_path(&rec.name), rec)?;
        Ok(())
    }

    pub fn get(&self, name: &str) -> Result<NetworkRecord, NetworkError> {
        match fs::read(self.record_path(name)) {
            Ok(b) => serde_json::from_slice(&b).map_err(|e| io::Error::other(e).into()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                Err(NetworkError::NotFound(name.to_string()))
            }
            Err(e) => Err(e.into()),
        }
    }

    pub fn list(&self) -> Vec<NetworkRecord> {
        let mut out: Vec<NetworkRecord> = fs::read_dir(&self.dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                let n = e.file_name().to_str()?.strip_suffix(".json")?.to_string();
                (!n.starts_with('.')).then(|| self.get(&n).ok()).flatten()
            })
            .collect();
        out.sort_by(|a, b| a.name.cmp(&b.name));
        out
    }

    pub fn remove(&self, name: &str) -> Result<(), NetworkError> {
        fs::remove_file(self.record_path(name)).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => NetworkError::NotFound(name.to_string()),
            _ => e.into(),
        })?;
        let _ = fs::remove_dir_all(self.dir.join(name));
        Ok(())
    }

    /// `ROOT/networks`.
    pub fn dir_path(&self) -> &Path {
        &self.dir
    }

    /// The network's own directory (leases, locks).
    pub fn dir_of(&self, name: &str) -> Result<PathBuf, NetworkError> {
        let d = self.dir.join(name);
        if d.is_dir() {
            Ok(d)
        } else {
            Err(NetworkError::NotFound(name.to_string()))
        }
    }

    pub fn ipam(&self, rec: &NetworkRecord) -> Result<Ipam, NetworkError> {
        let subnet = Subnet::parse(&rec.subnet)?;
        let range = rec.ip_range.as_deref().map(Subnet::parse).transpose()?;
        Ok(
            Ipam::new(&self.dir.join(&rec.name), subnet, rec.gateway, range)
                .reserving(rec.aux_addresses.values().copied().collect()),
        )
    }

    /// The IPv6 allocations of a dual-stack network (`None` for an IPv4-only one).
    pub fn ipam6(&self, rec: &NetworkRecord) -> Result<Option<Ipam<Ipv6Addr>>, NetworkError> {
        let Some(v6) = &rec.ipv6 else {
            return Ok(None);
        };
        let subnet = Subnet6::parse(&v6.subnet)?;
        let range = v6.ip_range.as_deref().map(Subnet6::parse).transpose()?;
        Ok(Some(Ipam::new(
            &self.dir.join(&rec.name),
            subnet,
            v6.gateway,
            range,
        )))
    }
}

/// IPv4 routes of the host (`/proc/net/route`): destination and mask.
pub fn host_routes() -> Vec<(u32, u32)> {
    fs::read_to_string("/proc/net/route")
        .unwrap_or_default()
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            let dst = u32::from_str_radix(f.get(1)?, 16).ok()?;
            let mask = u32::from_str_radix(f.get(7)?, 16).ok()?;
            Some((u32::from_be(dst), u32::from_be(mask)))
        })
        .filter(|(_, mask)| *mask != 0)
        .collect()
}

/// The first of `candidates` that overlaps no route of the host and no existing network.
/// The subnets of `size` bits a pool's `base` splits into, in order (at most 4096).
pub fn pool_subnets(base: &str, size: u8) -> Result<Vec<String>, super::ipam::IpamError> {
    let b = Subnet::parse(base)?;
    if size < b.prefix || size > 30 {
        return Err(super::ipam::IpamError::BadSubnet(format!(
            "{base} split into /{size}"
        )));
    }
    let count = 1u64 << (size - b.prefix);
    let step = 1u64 << (32 - size);
    Ok((0..count.min(4096))
        .map(|i| {
            let ip = Ipv4Addr::from((u64::from(u32::from(b.base)) + i * step) as u32);
            format!("{ip}/{size}")
        })
        .collect())
}

pub fn free_subnet(candidates: &[&str], taken: &[Subnet], routes: &[(u32, u32)]) -> Option<Subnet> {
    candidates
        .iter()
        .filter_map(|c| Subnet::parse(c).ok())
        .find(|s| {
            let (base, mask) = (u32::from(s.base), u32::MAX << (32 - s.prefix));
            let overlaps = |b: u32, m: u32| {
                let common = mask & m;
                base & common == b & common
            };
            !routes.iter().any(|(b, m)| overlaps(*b, *m))
                && !taken
                    .iter()
                    .any(|t| overlaps(u32::from(t.base), u32::MAX << (32 - t.prefix)))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(name: &str) -> NetworkRecord {
        NetworkRecord {
            name: name.into(),
            id: "a".repeat(64),
            driver: "bridge".into(),
            subnet: "10.99.0.0/24".into(),
            gateway: "10.99.0.1".parse().unwrap(),
            ip_range: None,
            internal: false,
            labels: BTreeMap::new(),
            created: "2026-01-01T00:00:00Z".into(),
            bridge: "skbr0".into(),
            options: BTreeMap::new(),
            aux_addresses: BTreeMap::new(),
            ipam_options: BTreeMap::new(),
            ipv6: None,
        }
    }

    #[test]
    fn records_are_unique_and_listed() {
        let t = tempfile::tempdir().unwrap();
        let n = Networks::open(t.path()).unwrap();
        n.create(&rec("front")).unwrap();
        assert!(matches!(
            n.create(&rec("front")),
            Err(NetworkError::Exists(_))
        ));
        n.create(&rec("back")).unwrap();
        let names: Vec<String> = n.list().into_iter().map(|r| r.name).collect();
        assert_eq!(names, ["back", "front"]);
        let ip = n
            .ipam(&n.get("front").unwrap())
            .unwrap()
            .allocate("c1", None, &|_| true)
            .unwrap();
        assert_eq!(ip.to_string(), "10.99.0.2");
        n.remove("front").unwrap();
        assert!(matches!(n.get("front"), Err(NetworkError::NotFound(_))));
        assert!(
            !t.path().join("networks/front").exists(),
            "its leases went too"
        );
    }

    #[test]
    fn pools_split_into_subnets() {
        assert_eq!(
            pool_subnets("10.200.0.0/22", 24).unwrap(),
            [
                "10.200.0.0/24",
                "10.200.1.0/24",
                "10.200.2.0/24",
                "10.200.3.0/24"
            ]
        );
        assert!(pool_subnets("10.200.0.0/24", 16).is_err());
        assert!(pool_subnets("nope", 24).is_err());
    }

    #[test]
    fn free_subnets_avoid_routes_and_other_networks() {
        let routes = [(u32::from(Ipv4Addr::new(10, 88, 0, 0)), 0xffff_0000u32)];
        let taken = [Subnet::parse("10.89.0.0/16").unwrap()];
        let got = free_subnet(
            &["10.88.0.0/16", "10.89.0.0/16", "10.90.0.0/16"],
            &taken,
            &routes,
        );
        assert_eq!(got.unwrap().to_string(), "10.90.0.0/16");
        let wide = [(u32::from(Ipv4Addr::new(10, 0, 0, 0)), 0xff00_0000u32)];
        assert!(free_subnet(&["10.88.0.0/16"], &[], &wide).is_none());
    }
}
