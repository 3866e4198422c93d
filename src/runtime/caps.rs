//! Capabilities: applying a set to a process about to exec.
//! The set becomes the bounding set; inheritable and ambient are emptied (CVE-2022-24769),
//! so root keeps exactly the set across exec and other users start with none.

use caps::{CapSet, Capability};

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

/// Limits this process to `keep` for the program it is about to exec.
pub fn apply(keep: &[Capability]) -> Result<(), String> {
    let known = caps::runtime::procfs_all_supported(None).unwrap_or_else(|_| caps::all());
    for cap in known {
        if !keep.contains(&cap) {
            caps::drop(None, CapSet::Bounding, cap)
                .map_err(|e| format!("dropping {cap} from the bounding set: {e}"))?;
        }
    }
    caps::clear(None, CapSet::Inheritable)
        .map_err(|e| format!("clearing inheritable capabilities: {e}"))?;
    caps::clear(None, CapSet::Ambient)
        .map_err(|e| format!("clearing ambient capabilities: {e}"))?;
    Ok(())
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
