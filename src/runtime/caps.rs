//! Capability names as docker takes them; the set is applied by the process plan
//! (`plan::process`, `sys::creds::limit_capabilities`).

use caps::Capability;

/// Parses names with or without `CAP_`, case-insensitively; `ALL` is every capability.
pub fn parse(names: &[String]) -> Result<Vec<Capability>, String> {
    let mut out = Vec::new();
    for n in names {
        let upper = n.to_uppercase();
        if upper == "ALL" || upper == "CAP_ALL" {
            out.extend(caps::all());
            continue;
        }
        let full = if upper.starts_with("CAP_") {
            upper
        } else {
            format!("CAP_{upper}")
        };
        let cap: Capability = full
            .parse()
            .map_err(|_| format!("unknown capability {n:?}"))?;
        out.push(cap);
    }
    out.sort_by_key(|c| c.index());
    out.dedup();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_docker_style_names() {
        let v = parse(&["net_admin".into(), "CAP_CHOWN".into(), "chown".into()]).unwrap();
        assert_eq!(v, vec![Capability::CAP_CHOWN, Capability::CAP_NET_ADMIN]);
        assert!(parse(&["ALL".into()]).unwrap().len() > 30);
        assert!(parse(&["fly".into()]).is_err());
    }
}
