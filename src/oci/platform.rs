//! Platforms (`linux/amd64`, `linux/arm64/v8`): parsing, the host's own, and choosing one
//! manifest from an index.

use std::fmt;

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Platform {
    #[serde(default)]
    pub architecture: String,
    #[serde(default)]
    pub os: String,
    #[serde(
        rename = "os.version",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub os_version: Option<String>,
    #[serde(
        rename = "os.features",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub os_features: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub variant: Option<String>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("invalid platform {0:?}: expected OS/ARCH[/VARIANT], e.g. linux/amd64")]
pub struct PlatformError(String);

impl Platform {
    /// The platform this binary runs on.
    pub fn host() -> Self {
        let (arch, variant) = normalize_arch(std::env::consts::ARCH, None);
        Platform {
            architecture: arch,
            os: "linux".to_string(),
            variant,
            ..Default::default()
        }
    }

    /// Parses `os/arch[/variant]`; `arch` alone means linux.
    pub fn parse(s: &str) -> Result<Self, PlatformError> {
        let parts: Vec<&str> = s.split('/').collect();
        let bad = || PlatformError(s.to_string());
        let (os, arch, variant) = match parts.as_slice() {
            [arch] => ("linux", *arch, None),
            [os, arch] => (*os, *arch, None),
            [os, arch, variant] => (*os, *arch, Some(*variant)),
            _ => return Err(bad()),
        };
        let ok = |x: &str| {
            !x.is_empty()
                && x.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        };
        if !ok(os) || !ok(arch) || variant.is_some_and(|v| !ok(v)) {
            return Err(bad());
        }
        let (architecture, variant) = normalize_arch(&arch.to_lowercase(), variant);
        Ok(Platform {
            architecture,
            os: os.to_lowercase(),
            variant,
            ..Default::default()
        })
    }

    /// Whether an index entry for `candidate` can run as `self`; `None` when it cannot,
    /// else a rank where higher is a better match.
    pub fn rank(&self, candidate: &Platform) -> Option<u8> {
        if candidate.os != self.os {
            return None;
        }
        let (arch, variant) = normalize_arch(&candidate.architecture, candidate.variant.as_deref());
        if arch != self.architecture {
            return None;
        }
        match (&self.variant, &variant) {
            (a, b) if a == b => Some(2),
            // No variant asked for: take any, preferring the baseline.
            (None, _) => Some(1),
            // A variant asked for: an entry without one is the generic build.
            (Some(_), None) => Some(0),
            _ => None,
        }
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.os, self.architecture)?;
        if let Some(v) = &self.variant {
            write!(f, "/{v}")?;
        }
        Ok(())
    }
}

/// Maps architecture aliases to OCI names and fills in/normalises the default variants.
fn normalize_arch(arch: &str, variant: Option<&str>) -> (String, Option<String>) {
    let variant = variant.map(str::to_lowercase);
    let (arch, variant) = match arch {
        "x86_64" | "x86-64" | "amd64" => ("amd64", variant.filter(|v| v != "v1")),
        "aarch64" | "arm64" => ("arm64", variant.filter(|v| v != "v8" && v != "8")),
        "armhf" => ("arm", Some("v7".to_string())),
        "armel" => ("arm", Some("v6".to_string())),
        "arm" => (
            "arm",
            Some(match variant.as_deref() {
                None | Some("7") | Some("v7") => "v7".to_string(),
                Some("6") => "v6".to_string(),
                Some("5") => "v5".to_string(),
                Some(other) => other.to_string(),
            }),
        ),
        "i386" | "i486" | "i586" | "i686" | "x86" => ("386", variant),
        "powerpc64" | "ppc64le" => ("ppc64le", variant),
        "riscv64gc" | "riscv64" => ("riscv64", variant),
        other => (other, variant),
    };
    (arch.to_string(), variant)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_platforms() {
        let p = Platform::parse("linux/arm64/v8").unwrap();
        assert_eq!(
            (p.os.as_str(), p.architecture.as_str(), p.variant),
            ("linux", "arm64", None)
        );
        assert_eq!(
            Platform::parse("linux/arm").unwrap().to_string(),
            "linux/arm/v7"
        );
        assert_eq!(
            Platform::parse("x86_64").unwrap().to_string(),
            "linux/amd64"
        );
        assert!(Platform::parse("linux/").is_err());
        assert!(Platform::parse("a/b/c/d").is_err());
    }

    #[test]
    fn ranks_candidates() {
        let want = Platform::parse("linux/amd64").unwrap();
        let amd = Platform::parse("linux/amd64").unwrap();
        let arm = Platform::parse("linux/arm64").unwrap();
        let win = Platform::parse("windows/amd64").unwrap();
        let v3 = Platform {
            variant: Some("v3".into()),
            ..amd.clone()
        };
        assert_eq!(want.rank(&amd), Some(2));
        assert_eq!(want.rank(&v3), Some(1));
        assert_eq!(want.rank(&arm), None);
        assert_eq!(want.rank(&win), None);
        let arm7 = Platform::parse("linux/arm/v7").unwrap();
        let arm6 = Platform::parse("linux/arm/v6").unwrap();
        assert_eq!(arm7.rank(&arm6), None);
        assert_eq!(arm7.rank(&arm7), Some(2));
    }
}
