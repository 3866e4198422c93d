//! Host names, ports and address ranges as registries and proxies are written.

use std::net::IpAddr;

/// `host:port` → (`host`, Some(`port`)); `[v6]:port` → (`v6`, Some(`port`)); no port → None.
pub fn split_host_port(hp: &str) -> (&str, Option<&str>) {
    if let Some(rest) = hp.strip_prefix('[') {
        return match rest.split_once(']') {
            Some((h, p)) => (h, p.strip_prefix(':')),
            None => (hp, None),
        };
    }
    match hp.rsplit_once(':') {
        Some((h, p)) if p.bytes().all(|b| b.is_ascii_digit()) && !h.contains(':') => (h, Some(p)),
        _ => (hp, None),
    }
}

/// `localhost` or a loopback address (the host part of `host[:port]`).
pub fn is_loopback(host_port: &str) -> bool {
    let (host, _) = split_host_port(host_port);
    host == "localhost" || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// Whether `ip` is inside `cidr` (`10.0.0.0/8`, `fd00::/8`); false for anything malformed.
pub fn cidr_contains(cidr: &str, ip: IpAddr) -> bool {
    let Some((net, bits)) = cidr.split_once('/') else {
        return false;
    };
    let (Ok(net), Ok(bits)) = (net.parse::<IpAddr>(), bits.parse::<u32>()) else {
        return false;
    };
    match (net, ip) {
        (IpAddr::V4(n), IpAddr::V4(i)) if bits <= 32 => {
            let mask = u32::MAX.checked_shl(32 - bits).unwrap_or(0);
            u32::from(n) & mask == u32::from(i) & mask
        }
        (IpAddr::V6(n), IpAddr::V6(i)) if bits <= 128 => {
            let mask = u128::MAX.checked_shl(128 - bits).unwrap_or(0);
            u128::from(n) & mask == u128::from(i) & mask
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_hosts() {
        assert_eq!(split_host_port("reg:5000"), ("reg", Some("5000")));
        assert_eq!(split_host_port("reg"), ("reg", None));
        assert_eq!(split_host_port("[::1]:5000"), ("::1", Some("5000")));
        assert_eq!(split_host_port("[::1]"), ("::1", None));
        assert!(is_loopback("127.9.9.9:1") && is_loopback("localhost") && is_loopback("[::1]:2"));
        assert!(!is_loopback("10.0.0.1:5000"));
    }

    #[test]
    fn cidrs() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert!(cidr_contains("10.0.0.0/8", ip("10.2.3.4")));
        assert!(!cidr_contains("10.0.0.0/8", ip("11.2.3.4")));
        assert!(cidr_contains("0.0.0.0/0", ip("1.2.3.4")));
        assert!(cidr_contains("fd00::/8", ip("fd12::1")));
        assert!(!cidr_contains("10.0.0.0/8", ip("fd12::1")));
        assert!(!cidr_contains("10.0.0.0/33", ip("10.0.0.1")));
        assert!(!cidr_contains("nonsense", ip("10.0.0.1")));
    }
}
