//! podman's `--arch`, `--os` and `--variant` (pull, run, create, import): a platform given
//! in parts, or docker's `--platform` whole.

use clap::Args;

use crate::oci::Platform;

/// podman's `--arch`, `--os`, `--variant`: a platform in parts.
#[derive(Debug, Args, Default)]
pub struct PlatformParts {
    /// The architecture of the image to use (podman; as in --platform)
    #[arg(long, value_name = "ARCH")]
    pub arch: Option<String>,
    /// The OS of the image to use (podman; as in --platform)
    #[arg(long, value_name = "OS")]
    pub os: Option<String>,
    /// The architecture variant of the image to use (podman; as in --platform)
    #[arg(long, value_name = "VARIANT")]
    pub variant: Option<String>,
}

impl PlatformParts {
    /// `--platform`, or the one the parts make (the host's for what they leave out).
    pub fn platform(&self, given: Option<&str>) -> anyhow::Result<Option<Platform>> {
        if self.arch.is_none() && self.os.is_none() && self.variant.is_none() {
            return given.map(Platform::parse).transpose().map_err(Into::into);
        }
        if given.is_some() {
            anyhow::bail!("--platform cannot be combined with --arch, --os or --variant");
        }
        let host = Platform::host();
        let mut text = format!(
            "{}/{}",
            self.os.as_deref().unwrap_or(&host.os),
            self.arch.as_deref().unwrap_or(&host.architecture)
        );
        // the host's variant only goes with the host's architecture
        let host_variant = host.variant.as_deref().filter(|_| self.arch.is_none());
        if let Some(v) = self.variant.as_deref().or(host_variant) {
            text.push('/');
            text.push_str(v);
        }
        Ok(Some(Platform::parse(&text)?))
    }
}

#[cfg(test)]
mod tests {
    use super::PlatformParts;

    #[test]
    fn issue16_platform_parts() {
        let p =
            |os: Option<&str>, arch: Option<&str>, variant: Option<&str>, given: Option<&str>| {
                PlatformParts {
                    os: os.map(Into::into),
                    arch: arch.map(Into::into),
                    variant: variant.map(Into::into),
                }
                .platform(given)
                .map(|p| p.map(|p| p.to_string()))
            };
        let arm = p(None, Some("arm"), Some("v7"), None).unwrap();
        assert_eq!(arm.as_deref(), Some("linux/arm/v7"));
        let amd = p(Some("linux"), Some("amd64"), None, None).unwrap();
        assert_eq!(amd.as_deref(), Some("linux/amd64"));
        let given = p(None, None, None, Some("linux/arm64")).unwrap();
        assert_eq!(given.as_deref(), Some("linux/arm64"));
        assert_eq!(p(None, None, None, None).unwrap(), None);
        assert!(p(None, Some("arm64"), None, Some("linux/arm64")).is_err());
        assert!(p(None, Some("bad arch"), None, None).is_err());
    }
}
