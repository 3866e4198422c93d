//! Ports as docker spells them: `-p [ip:][hostPort:]containerPort[/proto]`, the image
//! config's `ExposedPorts` keys (`80/tcp`), and the published mappings as `ps` shows them
//! (`0.0.0.0:8080->80/tcp`). Plain data, shared by the state records and the network.

use std::net::IpAddr;

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Proto {
    Tcp,
    Udp,
}

impl Proto {
    pub fn as_str(self) -> &'static str {
        match self {
            Proto::Tcp => "tcp",
            Proto::Udp => "udp",
        }
    }
}

/// One requested publication (a range is expanded into one request per container port).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortRequest {
    pub proto: Proto,
    /// The host address it is published on (IPv4 or IPv6); `None`: every one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_ip: Option<IpAddr>,
    /// Host ports to choose from (first, last); `None`: any free port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_ports: Option<(u16, u16)>,
    pub container_port: u16,
}

/// A publication in force: what `port` and `ps` show.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortMapping {
    pub proto: Proto,
    pub host_ip: IpAddr,
    pub host_port: u16,
    pub container_port: u16,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PortError {
    #[error("invalid port specification {0:?}: want [ip:][hostPort:]containerPort[/tcp|udp]")]
    Invalid(String),
    #[error("invalid port range {0:?}: host and container ranges differ in length")]
    RangeMismatch(String),
}

fn range(s: &str, whole: &str) -> Result<(u16, u16), PortError> {
    let bad = || PortError::Invalid(whole.to_string());
    let num = |p: &str| p.parse::<u16>().ok().filter(|n| *n > 0).ok_or_else(bad);
    match s.split_once('-') {
        Some((a, b)) => {
            let (a, b) = (num(a)?, num(b)?);
            if a > b {
                return Err(bad());
            }
            Ok((a, b))
        }
        None => num(s).map(|n| (n, n)),
    }
}

/// A host address as it goes before `:port`: IPv6 ones in brackets.
pub fn host_text(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => format!("[{v6}]"),
    }
}

/// Parses one `-p` value.
pub fn parse_publish(s: &str) -> Result<Vec<PortRequest>, PortError> {
    let bad = || PortError::Invalid(s.to_string());
    let (rest, proto) = match s.rsplit_once('/') {
        Some((r, "tcp")) => (r, Proto::Tcp),
        Some((r, "udp")) => (r, Proto::Udp),
        Some(_) => return Err(bad()),
        None => (s, Proto::Tcp),
    };
    // `[v6]:host:container` (docker's form for an IPv6 host address)
    let (ip, rest) = match rest.strip_prefix('[') {
        Some(r) => {
            let (ip, after) = r.split_once(']').ok_or_else(bad)?;
            (Some(ip), after.strip_prefix(':').ok_or_else(bad)?)
        }
        None => (None, rest),
    };
    let parts: Vec<&str> = rest.split(':').collect();
    let (ip, host, container) = match (ip, parts.as_slice()) {
        (None, [c]) => ("", "", *c),
        (None, [h, c]) => ("", *h, *c),
        (None, [i, h, c]) => (*i, *h, *c),
        (Some(i), [h, c]) => (i, *h, *c),
        _ => return Err(bad()),
    };
    let host_ip = match ip {
        "" | "0.0.0.0" => None,
        i => match i.parse::<IpAddr>().map_err(|_| bad())? {
            IpAddr::V6(v6) if v6.is_unspecified() => None,
            a => Some(a),
        },
    };
    let (c0, c1) = range(container, s)?;
    let host = if host.is_empty() {
        None
    } else {
        Some(range(host, s)?)
    };
    let count = c1 - c0;
    match host {
        // 8000-8010:80 — one free port out of the range.
        Some(h) if count == 0 => Ok(vec![PortRequest {
            proto,
            host_ip,
            host_ports: Some(h),
            container_port: c0,
        }]),
        Some((h0, h1)) if h1 - h0 != count => Err(PortError::RangeMismatch(s.to_string())),
        _ => Ok((0..=count)
            .map(|i| PortRequest {
                proto,
                host_ip,
                host_ports: host.map(|(h0, _)| (h0 + i, h0 + i)),
                container_port: c0 + i,
            })
            .collect()),
    }
}

/// An image's `ExposedPorts` key (`80/tcp`, `53/udp`, `8080`).
pub fn parse_exposed(s: &str) -> Option<(u16, Proto)> {
    let (port, proto) = s.split_once('/').unwrap_or((s, "tcp"));
    let proto = match proto {
        "tcp" => Proto::Tcp,
        "udp" => Proto::Udp,
        _ => return None,
    };
    Some((port.parse().ok().filter(|p| *p > 0)?, proto))
}

/// `ps`'s PORTS: `0.0.0.0:8080->80/tcp`, with runs of consecutive ports joined
/// (`0.0.0.0:8000-8002->80-82/tcp`), and exposed ports that are not published (`443/tcp`).
pub fn summary(maps: &[PortMapping], exposed: &[String]) -> String {
    let mut m = maps.to_vec();
    m.sort_by_key(|p| (p.proto, p.host_ip, p.container_port, p.host_port));
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < m.len() {
        let mut j = i;
        while j + 1 < m.len()
            && m[j + 1].proto == m[i].proto
            && m[j + 1].host_ip == m[i].host_ip
            && m[j + 1].container_port == m[j].container_port + 1
            && m[j + 1].host_port == m[j].host_port + 1
        {
            j += 1;
        }
        let (a, b) = (&m[i], &m[j]);
        let span = |x: u16, y: u16| {
            if x == y {
                x.to_string()
            } else {
                format!("{x}-{y}")
            }
        };
        out.push(format!(
            "{}:{}->{}/{}",
            host_text(a.host_ip),
            span(a.host_port, b.host_port),
            span(a.container_port, b.container_port),
            a.proto.as_str()
        ));
        i = j + 1;
    }
    for e in exposed {
        if let Some((port, proto)) = parse_exposed(e)
            && !maps
                .iter()
                .any(|p| p.container_port == port && p.proto == proto)
        {
            out.push(format!("{port}/{}", proto.as_str()));
        }
    }
    out.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn req(host: Option<(u16, u16)>, c: u16) -> PortRequest {
        PortRequest {
            proto: Proto::Tcp,
            host_ip: None,
            host_ports: host,
            container_port: c,
        }
    }

    #[test]
    fn publish_flags_parse_like_docker() {
        assert_eq!(
            parse_publish("8080:80").unwrap(),
            [req(Some((8080, 8080)), 80)]
        );
        assert_eq!(parse_publish("80").unwrap(), [req(None, 80)]);
        let u = parse_publish("127.0.0.1::53/udp").unwrap();
        assert_eq!(u[0].proto, Proto::Udp);
        assert_eq!(u[0].host_ip, Some(std::net::Ipv4Addr::LOCALHOST.into()));
        assert_eq!(u[0].host_ports, None);
        // docker's bracketed IPv6 host address
        let v6 = parse_publish("[fd00::1]:8443:443").unwrap();
        assert_eq!(v6[0].host_ip, Some("fd00::1".parse().unwrap()));
        assert_eq!(v6[0].host_ports, Some((8443, 8443)));
        assert_eq!(parse_publish("[::]:80:80").unwrap()[0].host_ip, None);
        for bad in ["[fd00::1]:80", "[zz]:1:2", "[fd00::1:1:2", "fd00::1:80:80"] {
            assert!(parse_publish(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse_publish("8000-8002:80-82").unwrap(),
            [
                req(Some((8000, 8000)), 80),
                req(Some((8001, 8001)), 81),
                req(Some((8002, 8002)), 82)
            ]
        );
        assert_eq!(
            parse_publish("8000-8010:80").unwrap(),
            [req(Some((8000, 8010)), 80)]
        );
        assert_eq!(parse_publish("80-81").unwrap().len(), 2);
        for bad in [
            "",
            "abc",
            "80/sctp",
            "0:80",
            "70000:80",
            "a.b.c.d:80:80",
            "1:2:3:4",
            "90-80",
        ] {
            assert!(parse_publish(bad).is_err(), "{bad:?}");
        }
        assert!(matches!(
            parse_publish("8000-8001:80-85"),
            Err(PortError::RangeMismatch(_))
        ));
        assert_eq!(parse_exposed("53/udp"), Some((53, Proto::Udp)));
        assert_eq!(parse_exposed("80"), Some((80, Proto::Tcp)));
        assert_eq!(parse_exposed("x/tcp"), None);
    }

    #[test]
    fn summaries_join_runs() {
        let m = |h: u16, c: u16| PortMapping {
            proto: Proto::Tcp,
            host_ip: std::net::Ipv4Addr::UNSPECIFIED.into(),
            host_port: h,
            container_port: c,
        };
        let s = summary(
            &[m(8001, 81), m(8000, 80), m(8002, 82), m(9000, 443)],
            &["80/tcp".into(), "53/udp".into()],
        );
        assert_eq!(
            s,
            "0.0.0.0:8000-8002->80-82/tcp, 0.0.0.0:9000->443/tcp, 53/udp"
        );
        assert_eq!(summary(&[], &[]), "");
    }
}
