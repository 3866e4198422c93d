//! File-based IPAM: a network's address allocations are files `leases/<ip>` (holding the
//! container's ID) in its directory, made with O_EXCL under the network's lock, so that
//! concurrent `run`s never get the same address, and freed when the container stops. A
//! lease whose container is gone (it died unwatched) is taken back on the next allocation.
//! IPv4 and IPv6 leases share the directory (their names never clash).

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::{Path, PathBuf};

use crate::util::lock::FileLock;

#[derive(Debug, thiserror::Error)]
pub enum IpamError {
    #[error("invalid subnet {0:?}: want a CIDR like 10.88.0.0/16 or fd00:1::/64")]
    BadSubnet(String),
    #[error("{0} is not in the network's range {1}")]
    OutOfRange(IpAddr, String),
    #[error("address {0} is already in use")]
    InUse(IpAddr),
    #[error("no free address left in {0}")]
    Exhausted(String),
    #[error("address {0} is reserved on this network (--aux-address)")]
    Reserved(IpAddr),
    #[error("network {0} has no IPv6 subnet (create it with --ipv6) for --ip6")]
    NoIpv6(String),
    #[error("{0}")]
    Io(#[from] io::Error),
}

/// An address family's addresses as numbers.
pub trait Family:
    Copy + Eq + Ord + std::fmt::Display + std::str::FromStr + Into<IpAddr> + std::fmt::Debug
{
    const BITS: u8;
    /// Prefix lengths a network may have.
    const PREFIXES: std::ops::RangeInclusive<u8>;
    fn to_bits(self) -> u128;
    fn from_bits(n: u128) -> Self;
}

impl Family for Ipv4Addr {
    const BITS: u8 = 32;
    const PREFIXES: std::ops::RangeInclusive<u8> = 8..=30;
    fn to_bits(self) -> u128 {
        u128::from(u32::from(self))
    }
    fn from_bits(n: u128) -> Self {
        Ipv4Addr::from(n as u32)
    }
}

impl Family for Ipv6Addr {
    const BITS: u8 = 128;
    const PREFIXES: std::ops::RangeInclusive<u8> = 16..=126;
    fn to_bits(self) -> u128 {
        u128::from(self)
    }
    fn from_bits(n: u128) -> Self {
        Ipv6Addr::from(n)
    }
}

/// A subnet: its first address and prefix length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cidr<A> {
    pub base: A,
    pub prefix: u8,
}

/// An IPv4 subnet.
pub type Subnet = Cidr<Ipv4Addr>;
/// An IPv6 subnet.
pub type Subnet6 = Cidr<Ipv6Addr>;

impl<A: Family> Cidr<A> {
    pub fn parse(s: &str) -> Result<Cidr<A>, IpamError> {
        let bad = || IpamError::BadSubnet(s.to_string());
        let (ip, len) = s.split_once('/').ok_or_else(bad)?;
        let ip: A = ip.parse().map_err(|_| bad())?;
        let prefix: u8 = len.parse().map_err(|_| bad())?;
        if !A::PREFIXES.contains(&prefix) {
            return Err(bad());
        }
        let mask = mask_of::<A>(prefix);
        Ok(Cidr {
            base: A::from_bits(ip.to_bits() & mask),
            prefix,
        })
    }

    fn mask(&self) -> u128 {
        mask_of::<A>(self.prefix)
    }

    pub fn contains(&self, ip: A) -> bool {
        ip.to_bits() & self.mask() == self.base.to_bits()
    }

    /// Whether the two share any address.
    pub fn overlaps(&self, other: &Cidr<A>) -> bool {
        let common = self.mask() & other.mask();
        self.base.to_bits() & common == other.base.to_bits() & common
    }

    /// The conventional gateway: the first host address.
    pub fn first_host(&self) -> A {
        A::from_bits(self.base.to_bits() + 1)
    }

    /// The last address (IPv4's broadcast).
    fn last(&self) -> u128 {
        self.base.to_bits() | (!self.mask() & bits_mask::<A>())
    }
}

/// All of a family's bits set.
fn bits_mask<A: Family>() -> u128 {
    u128::MAX >> (128 - u32::from(A::BITS))
}

fn mask_of<A: Family>(prefix: u8) -> u128 {
    let host_bits = u32::from(A::BITS.saturating_sub(prefix));
    let host = 1u128.checked_shl(host_bits).map_or(u128::MAX, |v| v - 1);
    bits_mask::<A>() & !host
}

impl<A: Family> std::fmt::Display for Cidr<A> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.base, self.prefix)
    }
}

/// One network's allocations of one family.
pub struct Ipam<A = Ipv4Addr> {
    dir: PathBuf,
    subnet: Cidr<A>,
    gateway: A,
    /// Where automatic allocations come from (`--ip-range`; default the whole subnet).
    range: Cidr<A>,
    reserved: Vec<A>,
}

/// How many addresses an automatic allocation looks at before giving up (an IPv6 subnet
/// is too large to walk).
const SEARCH_LIMIT: u128 = 1 << 20;

impl<A: Family> Ipam<A> {
    pub fn new(dir: &Path, subnet: Cidr<A>, gateway: A, range: Option<Cidr<A>>) -> Ipam<A> {
        Ipam {
            dir: dir.to_path_buf(),
            subnet,
            gateway,
            range: range.unwrap_or(subnet),
            reserved: Vec::new(),
        }
    }

    /// The same, never handing out `reserved` (`--aux-address`).
    pub fn reserving(mut self, reserved: Vec<A>) -> Ipam<A> {
        self.reserved = reserved;
        self
    }

    fn leases(&self) -> PathBuf {
        self.dir.join("leases")
    }

    fn lease(&self, ip: A) -> PathBuf {
        self.leases().join(ip.to_string())
    }

    /// An address for container `id`: `want` if given (and free), else the first free one
    /// in the range. `alive` says whether a lease holder still needs its address.
    pub fn allocate(
        &self,
        id: &str,
        want: Option<A>,
        alive: &dyn Fn(&str) -> bool,
    ) -> Result<A, IpamError> {
        fs::create_dir_all(self.leases())?;
        let _lock = FileLock::exclusive(&self.dir.join("ipam.lock"))?;
        let free = |ip: A| -> Result<bool, IpamError> {
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
        let base = self.subnet.base.to_bits();
        let ip = match want {
            Some(ip) => {
                let n = ip.to_bits();
                let usable = self.subnet.contains(ip)
                    && ip != self.gateway
                    && n != base
                    && (A::BITS > 32 || n != self.subnet.last());
                if !usable {
                    return Err(IpamError::OutOfRange(ip.into(), self.subnet.to_string()));
                }
                if self.reserved.contains(&ip) {
                    return Err(IpamError::Reserved(ip.into()));
                }
                if !free(ip)? {
                    return Err(IpamError::InUse(ip.into()));
                }
                ip
            }
            None => {
                let first = self.range.base.to_bits().max(base + 1);
                let last = self.range.last().min(self.subnet.last() - 1);
                let last = last.min(first.saturating_add(SEARCH_LIMIT));
                let mut found = None;
                for n in first..=last {
                    let ip = A::from_bits(n);
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

    /// Frees every address container `id` holds (of both families).
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

    /// (address, holder) of every lease of this family.
    pub fn leased(&self) -> Vec<(A, String)> {
        let mut out: Vec<(A, String)> = fs::read_dir(self.leases())
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
        let s6 = Subnet6::parse("fd00:1:2:3::77/64").unwrap();
        assert_eq!(s6.to_string(), "fd00:1:2:3::/64");
        assert!(s6.contains("fd00:1:2:3::ffff".parse().unwrap()));
        assert!(!s6.contains("fd00:1:2:4::1".parse().unwrap()));
        assert_eq!(s6.first_host().to_string(), "fd00:1:2:3::1");
        assert!(s6.overlaps(&Subnet6::parse("fd00:1::/32").unwrap()));
        assert!(!s6.overlaps(&Subnet6::parse("fd00:2::/32").unwrap()));
        for bad in ["fd00::/8", "fd00::/128", "10.0.0.0/24", "fd00::"] {
            assert!(Subnet6::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn issue16_v6_addresses_share_the_lease_directory() {
        let t = tempfile::tempdir().unwrap();
        let s6 = Subnet6::parse("fd00:9::/64").unwrap();
        let v6 = Ipam::new(t.path(), s6, s6.first_host(), None);
        let v4 = net(t.path());
        let live = |_: &str| true;
        let a4 = v4.allocate("a", None, &live).unwrap();
        let a6 = v6.allocate("a", None, &live).unwrap();
        let b6 = v6.allocate("b", None, &live).unwrap();
        assert_eq!(
            (a4.to_string(), a6.to_string(), b6.to_string()),
            ("10.89.3.2".into(), "fd00:9::2".into(), "fd00:9::3".into())
        );
        let want: Ipv6Addr = "fd00:9::abcd".parse().unwrap();
        assert_eq!(v6.allocate("c", Some(want), &live).unwrap(), want);
        assert!(matches!(
            v6.allocate("d", Some(want), &live),
            Err(IpamError::InUse(_))
        ));
        assert!(matches!(
            v6.allocate("d", Some("fd00:8::1".parse().unwrap()), &live),
            Err(IpamError::OutOfRange(..))
        ));
        assert_eq!(v4.leased().len(), 1, "each family sees its own");
        assert_eq!(v6.leased().len(), 3);
        v6.release("a").unwrap();
        assert!(
            v4.leased().is_empty() && v6.leased().len() == 2,
            "both of a's went"
        );
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
