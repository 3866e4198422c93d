//! A bridge network's driver options (`network create -o KEY=VALUE`, docker's names and
//! podman's short ones): checked once when the network is made, read from its record
//! wherever they apply (bridge name, MTU, masquerade, traffic between its containers, the
//! host address its ports are published on).

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

pub const BRIDGE_NAME: &str = "com.docker.network.bridge.name";
const MTU: &str = "com.docker.network.driver.mtu";
const MASQUERADE: &str = "com.docker.network.bridge.enable_ip_masquerade";
const ICC: &str = "com.docker.network.bridge.enable_icc";
const HOST_BINDING: &str = "com.docker.network.bridge.host_binding_ipv4";

/// The options skiff knows, docker's full names first.
const KNOWN: &[&str] = &[BRIDGE_NAME, MTU, MASQUERADE, ICC, HOST_BINDING, "mtu"];

/// What the options ask for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BridgeOptions {
    pub bridge_name: Option<String>,
    pub mtu: Option<u32>,
    pub masquerade: bool,
    /// Containers of the network may talk to each other (false: only to the gateway and
    /// beyond).
    pub icc: bool,
    /// Where a published port with no host address listens.
    pub host_binding: Option<Ipv4Addr>,
}

impl Default for BridgeOptions {
    /// No options: masquerade and traffic between containers on, the rest unset.
    fn default() -> Self {
        BridgeOptions {
            bridge_name: None,
            mtu: None,
            masquerade: true,
            icc: true,
            host_binding: None,
        }
    }
}

/// Reads and checks `options`; an unknown key or a bad value is an error naming it.
pub fn parse(options: &BTreeMap<String, String>) -> Result<BridgeOptions, String> {
    let mut o = BridgeOptions::default();
    for (k, v) in options {
        let bad = |why: &str| format!("invalid network option {k}={v:?}: {why}");
        let boolean = || match v.as_str() {
            "true" | "1" => Ok(true),
            "false" | "0" => Ok(false),
            _ => Err(bad("expected true or false")),
        };
        match k.as_str() {
            BRIDGE_NAME => {
                let ok = !v.is_empty()
                    && v.len() <= 15
                    && v.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"_.-".contains(&b));
                if !ok {
                    return Err(bad("an interface name: up to 15 of [A-Za-z0-9_.-]"));
                }
                o.bridge_name = Some(v.clone());
            }
            MTU | "mtu" => match v.parse::<u32>() {
                Ok(m @ 68..=65535) => o.mtu = Some(m),
                _ => return Err(bad("an MTU from 68 to 65535")),
            },
            MASQUERADE => o.masquerade = boolean()?,
            ICC => o.icc = boolean()?,
            HOST_BINDING => {
                o.host_binding = Some(v.parse().map_err(|_| bad("an IPv4 address"))?);
            }
            _ => {
                return Err(format!(
                    "unknown network option {k:?}: known are {}",
                    KNOWN.join(", ")
                ));
            }
        }
    }
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn defaults_and_each_option() {
        let d = parse(&BTreeMap::new()).unwrap();
        assert!(d.masquerade && d.icc && d.mtu.is_none() && d.bridge_name.is_none());
        let o = parse(&opts(&[
            (BRIDGE_NAME, "br-app"),
            ("mtu", "1400"),
            (MASQUERADE, "false"),
            (ICC, "false"),
            (HOST_BINDING, "127.0.0.1"),
        ]))
        .unwrap();
        assert_eq!(o.bridge_name.as_deref(), Some("br-app"));
        assert_eq!(o.mtu, Some(1400));
        assert!(!o.masquerade && !o.icc);
        assert_eq!(o.host_binding, Some(Ipv4Addr::LOCALHOST));
        assert_eq!(parse(&opts(&[(MTU, "9000")])).unwrap().mtu, Some(9000));
    }

    #[test]
    fn bad_keys_and_values_are_named() {
        for (k, v) in [
            (BRIDGE_NAME, "a-name-far-too-long"),
            (BRIDGE_NAME, "bad/name"),
            ("mtu", "10"),
            (ICC, "maybe"),
            (HOST_BINDING, "::1"),
            ("com.docker.network.bridge.nope", "1"),
        ] {
            let e = parse(&opts(&[(k, v)])).unwrap_err();
            assert!(e.contains(k), "{e}");
        }
    }
}
