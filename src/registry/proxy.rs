//! Proxy choice as docker (Go's net/http) makes it: `HTTPS_PROXY` for https, `HTTP_PROXY` for
//! http (`ALL_PROXY` when those are unset), never for localhost or loopback addresses, and
//! not for hosts matching `NO_PROXY` (names, `.domain` suffixes, IPs, CIDRs, `*`).

use std::net::IpAddr;

use crate::util::net::{cidr_contains, is_loopback, split_host_port};

/// The proxy URL to use for `scheme://host_port`, from the process environment.
pub fn proxy_for(scheme: &str, host_port: &str) -> Option<String> {
    proxy_with(scheme, host_port, |k| {
        std::env::var(k).ok().filter(|v| !v.is_empty())
    })
}

fn proxy_with(
    scheme: &str,
    host_port: &str,
    env: impl Fn(&str) -> Option<String>,
) -> Option<String> {
    if is_loopback(host_port) {
        return None;
    }
    let (host, port) = split_host_port(host_port);
    let pick = |names: &[&str]| names.iter().find_map(|n| env(n));
    let proxy = match scheme {
        "https" => pick(&["HTTPS_PROXY", "https_proxy"]),
        _ => pick(&["HTTP_PROXY", "http_proxy"]),
    }
    .or_else(|| pick(&["ALL_PROXY", "all_proxy"]))?;
    let no_proxy = pick(&["NO_PROXY", "no_proxy"]).unwrap_or_default();
    if no_proxy
        .split(',')
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .any(|e| bypasses(e, host, port))
    {
        return None;
    }
    Some(proxy)
}

fn bypasses(entry: &str, host: &str, port: Option<&str>) -> bool {
    if entry == "*" {
        return true;
    }
    if entry.contains('/') {
        return host
            .parse::<IpAddr>()
            .is_ok_and(|ip| cidr_contains(entry, ip));
    }
    let (ehost, eport) = split_host_port(entry);
    if eport.is_some() && eport != port {
        return false;
    }
    let ehost = ehost.trim_start_matches('*');
    let bare = ehost.trim_start_matches('.');
    host.eq_ignore_ascii_case(bare)
        || (host.len() > bare.len()
            && host
                .to_ascii_lowercase()
                .ends_with(&format!(".{}", bare.to_ascii_lowercase())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            vars.iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn picks_by_scheme_and_skips_loopback() {
        let e = [
            ("HTTPS_PROXY", "http://s:3128"),
            ("HTTP_PROXY", "http://p:3128"),
        ];
        assert_eq!(
            proxy_with("https", "reg.io", env(&e)).as_deref(),
            Some("http://s:3128")
        );
        assert_eq!(
            proxy_with("http", "reg.io:5000", env(&e)).as_deref(),
            Some("http://p:3128")
        );
        assert_eq!(proxy_with("http", "127.0.0.1:5000", env(&e)), None);
        assert_eq!(proxy_with("https", "localhost:5000", env(&e)), None);
        assert_eq!(proxy_with("https", "[::1]:5000", env(&e)), None);
        let all = [("ALL_PROXY", "socks5://a:1080")];
        assert_eq!(
            proxy_with("https", "reg.io", env(&all)).as_deref(),
            Some("socks5://a:1080")
        );
        assert_eq!(proxy_with("https", "reg.io", env(&[])), None);
    }

    #[test]
    fn honours_no_proxy() {
        let e = |np: &'static str| vec![("HTTPS_PROXY", "http://s:1"), ("NO_PROXY", np)];
        let go = |np: &'static str, host: &str| proxy_with("https", host, env(&e(np))).is_some();
        assert!(!go("reg.io", "reg.io"));
        assert!(!go("reg.io", "a.reg.io:443"));
        assert!(!go(".reg.io", "a.reg.io"));
        assert!(go(".reg.io", "other.io"));
        assert!(!go("10.0.0.0/8", "10.1.2.3:5000"));
        assert!(go("10.0.0.0/8", "11.1.2.3"));
        assert!(!go("reg.io:5000", "reg.io:5000"));
        assert!(go("reg.io:5000", "reg.io:6000"));
        assert!(!go("*", "anything"));
        assert!(go("xreg.io", "reg.io"));
    }
}
