//! File-based IPAM: a network's address allocations are files `leases/<ip>` (holding the
//! container's ID) in its directory, made with O_EXCL under the network's lock, so that
//! concurrent `run`s never get the same address, and freed when the container stops. A
//! lease whose container is gone (it died unwatched) is taken back on the next allocation.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};

use crate::util::lock::FileLock;

#[derive(Debug, thiserror::Error)]
pub enum IpamError {
    #[error("invalid subnet {0:?}: want an IPv4 CIDR like 10.88.0.0/16")]
    BadSubnet(String),
    #[error("{0} is not in the network's range {1}")]
    OutOfRange(Ipv4Addr, String),
    #[error("address {0} is already in use")]
    InUse(Ipv4Addr),
    #[error("no free address left in {0}")]
    Exhausted(String),
    #[error("address {0} is reserved on this network (--aux-address)")]
    Reserved(Ipv4Addr),
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// An IPv4 subnet: its first address and prefix length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Subnet {
    pub base: Ipv4Addr,
    pub prefix: u8,
}

impl Subnet {
    pub fn parse(s: &str) -> Result<Subnet, IpamError> {
        let bad = || IpamError::BadSubnet(s.to_string());
        let (ip, len) = s.split_once('/').ok_or_else(bad)?;
        let ip: Ipv4Addr = ip.parse().map_err(|_| bad())?;
        let prefix: u8 = len.parse().map_err(|_| bad())?;
        if !(8..=30).contains(&prefix) {
            return Err(bad());
        }
        let mask = u32::MAX << (32 - prefix);
        Ok(Subnet {
            base: Ipv4Addr::from(u32::from(ip) & mask),
            prefix,
        })
    }

    fn mask(&self) -> u32 {
        u32::MAX << (32 - self.prefix)
    }

    pub fn contains(&self, ip: Ipv4Addr) -> bool {
        u32::from(ip) & self.mask() == u32::from(self.base)
    }

    /// The conventional gateway: the first host address.
    pub fn first_host(&self) -> Ipv4Addr {
        Ipv4Addr::from(u32::from(self.base) + 1)
    }

    fn broadcast(&self) -> u32 {
        u32::from(self.base) | !self.mask()
    }
}

impl std::fmt::Display for Subnet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.base, self.prefix)
    }
}

/// One network's allocations.
pub struct Ipam {
    dir: PathBuf,
    subnet: Subnet,
    gateway: Ipv4Addr,
    /// Where automatic allocations come from (`--ip-range`; default the whole subnet).
    range: Subnet,
    reserved: Vec<Ipv4Addr>,
}

impl Ipam {
    pub fn new(dir: &Path, subnet: Subnet, gateway: Ipv4Addr, range: Option<Subnet>) -> Ipam {
        Ipam {
            dir: dir.to_path_buf(),
            subnet,
            gateway,
            range: range.unwrap_or(subnet),
            reserved: Vec::new(),
        }
    }

    /// The same, never handing out `reserved` (`--aux-address`).
    pub fn reserving(mut self, reserved: Vec<Ipv4Addr>) -> Ipam {
        self.reserved = reserved;
        self
    }

    fn leases(&self) -> PathBuf {
        self.dir.join("leases")
    }

    fn lease(&self, ip: Ipv4Addr) -> PathBuf {
        self.leases().join(ip.to_string())
    }

    /// An address for container `id`: `want` if given (and free), else the first free one
    /// in the range. `alive` says whether a lease holder still needs its address.
    pub fn allocate(
        &self,
        id: &str,
        want: Option<Ipv4Addr>,
        alive: &dyn Fn(&str) -> bool,
    ) -> Result<Ipv4Addr, IpamError> {
        fs::create_dir_all(self.leases())?;
        let _lock = FileLock::exclusive(&self.dir.join("ipam.lock"))?;
        let free = |ip: Ipv4Addr| -> Result<bool, IpamError> {
            match fs::read_to_string(self.lease(ip)) {
                Ok(holder) if holder == id || !alive(&holder) => {
                    fs::remove_file(self.lease(ip))?;
                    Ok(true)
                }
                Ok(_) => Ok(false),
                Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(true),
                Err(e) => Err(e.into()),
            }
        };
        let ip = match want {
            Some(ip) => {
                let usable = self.subnet.contains(ip)
                    && ip != self.gateway
                    && u32::from(ip) != u32::from(self.subnet.base)
                    && u32::from(ip) != self.subnet.broadcast();
                if !usable {
                    return Err(IpamError::OutOfRange(ip, self.subnet.to_string()));
                }
                if self.reserved.contains(&ip) {
                    return Err(IpamError::Reserved(ip));
                }
                if !free(ip)? {
                    return Err(IpamError::InUse(ip));
                }
                ip
            }
            None => {
                let first = u32::from(self.range.base).max(u32::from(self.subnet.base) + 1);
                let last = self.range.broadcast().min(self.subnet.broadcast() - 1);
                let mut found = None;
                for n in first..=last {
                    let ip = Ipv4Addr::from(n);
                    if ip != self.gateway && !self.reserved.contains(&ip) && free(ip)? {
                        found = Some(ip);
                        break;
                    }
                }
                found.ok_or_else(|| IpamError::Exhausted(self.range.to_string()))?
            }
        };
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(self.lease(ip))?;
        f.write_all(id.as_bytes())?;
        Ok(ip)
    }

    /// Frees every address container `id` holds.
    pub fn release(&self, id: &str) -> Result<(), IpamError> {
        let _lock = FileLock::exclusive(&self.dir.join("ipam.lock"))?;
        let Ok(entries) = fs::read_dir(self.leases()) else {
            return Ok(());
        };
        for e in entries.flatten() {
            if fs::read_to_string(e.path()).is_ok_and(|h| h == id) {
                fs::remove_file(e.path())?;
            }
        }
        Ok(())
    }

    /// (address, holder) of every lease.
    pub fn leased(&self) -> Vec<(Ipv4Addr, String)> {
        let mut out: Vec<(Ipv4Addr, String)> = fs::read_dir(self.leases())
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                let ip = e.file_name().to_str()?.parse().ok()?;
                Some((ip, fs::read_to_string(e.path()).ok()?))
            })
            .collect();
        out.sort();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn net(dir: &Path) -> Ipam {
        let s = Subnet::parse("10.89.3.0/24").unwrap();
        Ipam::new(dir, s, s.first_host(), None)
    }

    #[test]
    fn subnets_parse_and_contain() {
        let s = Subnet::parse("10.89.3.77/24").unwrap();
        assert_eq!(s.to_string(), "10.89.3.0/24");
        assert!(s.contains("10.89.3.200".parse().unwrap()));
        assert!(!s.contains("10.89.4.1".parse().unwrap()));
        assert_eq!(s.first_host().to_string(), "10.89.3.1");
        for bad in ["10.0.0.0", "10.0.0.0/33", "10.0.0.0/4", "x/16", "::1/64"] {
            assert!(Subnet::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn addresses_are_handed_out_once_and_come_back() {
        let t = tempfile::tempdir().unwrap();
        let ipam = net(t.path());
        let live = |_: &str| true;
        let a = ipam.allocate("a", None, &live).unwrap();
        let b = ipam.allocate("b", None, &live).unwrap();
        assert_eq!(
            (a.to_string(), b.to_string()),
            ("10.89.3.2".into(), "10.89.3.3".into())
        );
        let want = "10.89.3.50".parse().unwrap();
        assert_eq!(ipam.allocate("c", Some(want), &live).unwrap(), want);
        assert!(matches!(
            ipam.allocate("d", Some(want), &live),
            Err(IpamError::InUse(_))
        ));
        assert!(matches!(
            ipam.allocate("d", Some("10.89.3.1".parse().unwrap()), &live),
            Err(IpamError::OutOfRange(..))
        ));
        ipam.release("a").unwrap();
        assert_eq!(
            ipam.allocate("e", None, &live).unwrap(),
            a,
            "a's address is free again"
        );
        // a holder that is gone gives its address up
        let only_e = |h: &str| h == "e";
        assert_eq!(ipam.allocate("f", None, &only_e).unwrap(), b);
        assert_eq!(ipam.leased().len(), 3);
    }

    #[test]
    fn reserved_addresses_are_never_handed_out() {
        let t = tempfile::tempdir().unwrap();
        let s = Subnet::parse("10.91.0.0/29").unwrap();
        let aux: Vec<Ipv4Addr> = vec!["10.91.0.2".parse().unwrap(), "10.91.0.4".parse().unwrap()];
        let ipam = Ipam::new(t.path(), s, s.first_host(), None).reserving(aux.clone());
        let live = |_: &str| true;
        let got: Vec<String> = ["a", "b", "c"]
            .iter()
            .map(|id| ipam.allocate(id, None, &live).unwrap().to_string())
            .collect();
        assert_eq!(got, ["10.91.0.3", "10.91.0.5", "10.91.0.6"]);
        assert!(matches!(
            ipam.allocate("d", Some(aux[0]), &live),
            Err(IpamError::Reserved(_))
        ));
    }

    #[test]
    fn ranges_and_exhaustion() {
        let t = tempfile::tempdir().unwrap();
        let s = Subnet::parse("10.90.0.0/16").unwrap();
        let ipam = Ipam::new(
            t.path(),
            s,
            s.first_host(),
            Some(Subnet::parse("10.90.5.0/30").unwrap()),
        );
        let live = |_: &str| true;
        let got: Vec<String> = (0..4)
            .map(|i| {
                ipam.allocate(&format!("c{i}"), None, &live)
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(got, ["10.90.5.0", "10.90.5.1", "10.90.5.2", "10.90.5.3"]);
        assert!(matches!(
            ipam.allocate("x", None, &live),
            Err(IpamError::Exhausted(_))
        ));
    }

    #[test]
    fn concurrent_allocations_never_collide() {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().to_path_buf();
        let handles: Vec<_> = (0..8)
            .map(|k| {
                let dir = dir.clone();
                std::thread::spawn(move || {
                    (0..20)
                        .map(|i| {
                            net(&dir)
                                .allocate(&format!("t{k}-{i}"), None, &|_| true)
                                .unwrap()
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut all: Vec<Ipv4Addr> = handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect();
        let n = all.len();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), n, "every address handed out once");
    }
}
