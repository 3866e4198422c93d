//! Identifiers: random container IDs, docker-style generated names, and the naming rule.

/// docker's rule for container and volume names: `[a-zA-Z0-9][a-zA-Z0-9_.-]*`.
pub fn valid_name(name: &str) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && b[0].is_ascii_alphanumeric()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || b"_.-".contains(c))
}

/// 64 random hex characters.
pub fn hex_id() -> String {
    let mut buf = [0u8; 32];
    let mut filled = 0;
    while filled < buf.len() {
        match rustix::rand::getrandom(&mut buf[filled..], rustix::rand::GetRandomFlags::empty()) {
            Ok(n) => filled += n,
            Err(rustix::io::Errno::INTR) => {}
            Err(_) => {
                // No getrandom: time and pid still make a unique-enough ID on one host.
                let t = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos());
                let seed = format!("{t}-{}-{filled}", std::process::id());
                return crate::oci::Digest::sha256_of(seed.as_bytes())
                    .hex()
                    .to_string();
            }
        }
    }
    crate::oci::digest::to_hex(&buf)
}

const ADJECTIVES: &[&str] = &[
    "agile", "bold", "brave", "bright", "calm", "clever", "cosmic", "crisp", "daring", "eager",
    "fair", "fierce", "gentle", "glad", "golden", "happy", "humble", "jolly", "keen", "kind",
    "lively", "lucid", "merry", "mighty", "nimble", "noble", "patient", "polite", "proud", "quick",
    "quiet", "rapid", "serene", "sharp", "shiny", "silent", "sleek", "smart", "snowy", "steady",
    "sunny", "swift", "tidy", "vivid", "warm", "wise", "witty", "zesty",
];

const NOUNS: &[&str] = &[
    "albatross",
    "anchor",
    "beacon",
    "breeze",
    "canoe",
    "compass",
    "coral",
    "current",
    "delta",
    "dinghy",
    "dolphin",
    "estuary",
    "ferry",
    "fjord",
    "galley",
    "gull",
    "harbor",
    "heron",
    "horizon",
    "island",
    "jetty",
    "keel",
    "kelp",
    "lagoon",
    "lantern",
    "mast",
    "narwhal",
    "oar",
    "otter",
    "pelican",
    "pier",
    "puffin",
    "raft",
    "reef",
    "rudder",
    "sail",
    "schooner",
    "seal",
    "shoal",
    "sloop",
    "starfish",
    "tide",
    "tern",
    "wave",
    "whale",
    "wharf",
    "yawl",
];

/// `adjective_noun`, from the ID's randomness (docker-style, skiff's own words).
pub fn name_from(id: &str, attempt: usize) -> String {
    let n = u64::from_str_radix(&id[..16.min(id.len())], 16).unwrap_or(0);
    let a = ADJECTIVES[(n % ADJECTIVES.len() as u64) as usize];
    let b = NOUNS[((n / 64) % NOUNS.len() as u64) as usize];
    if attempt == 0 {
        format!("{a}_{b}")
    } else {
        format!("{a}_{b}{attempt}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_names() {
        let a = hex_id();
        assert_eq!(a.len(), 64);
        assert_ne!(a, hex_id());
        let n = name_from(&a, 0);
        assert!(n.contains('_'));
        assert_ne!(name_from(&a, 1), n);
    }
}
