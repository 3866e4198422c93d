//! Image references with Docker's normalisation rules.
//!
//! `busybox` → `docker.io/library/busybox:latest`, `user/app`, `host:5000/ns/app:tag`,
//! `name@sha256:…` and `name:tag@digest`. Validation follows the distribution reference
//! grammar; every error names the part that is wrong.

use std::fmt;

use super::digest::{Digest, DigestError};

pub const DOCKER_HUB: &str = "docker.io";
const LEGACY_HUB: &str = "index.docker.io";
const MAX_NAME_LEN: usize = 255;
const MAX_TAG_LEN: usize = 128;

#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Reference {
    domain: String,
    path: String,
    tag: Option<String>,
    digest: Option<Digest>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ReferenceError {
    #[error("invalid reference format: empty reference")]
    Empty,
    #[error("invalid reference format: repository name {0:?} must be lowercase")]
    Uppercase(String),
    #[error("invalid repository name {0:?}: cannot specify 64-byte hexadecimal strings as a name")]
    HexName(String),
    #[error(
        "invalid reference format: repository name component {component:?} in {reference:?} \
         must be lower-case letters and digits separated by '.', '_', '__' or '-'"
    )]
    Component {
        reference: String,
        component: String,
    },
    #[error("invalid reference format: registry host {domain:?} in {reference:?} is not valid")]
    Domain { reference: String, domain: String },
    #[error(
        "invalid reference format: tag {tag:?} in {reference:?} may contain only letters, \
         digits, '_', '.' and '-', and must not start with '.' or '-'"
    )]
    Tag { reference: String, tag: String },
    #[error("invalid reference format: tag in {reference:?} is longer than 128 characters")]
    TagTooLong { reference: String },
    #[error("invalid reference format: repository name in {0:?} is longer than 255 characters")]
    NameTooLong(String),
    #[error("invalid reference format: {0}")]
    Digest(#[from] DigestError),
    #[error("invalid reference format: {0:?} must not contain a digest here")]
    UnexpectedDigest(String),
}

impl Reference {
    /// Parses a user-given reference, filling in `default_domain` for short names
    /// (`docker.io` unless configured otherwise) and `library/` for Docker Hub.
    pub fn parse(input: &str, default_domain: &str) -> Result<Self, ReferenceError> {
        if input.is_empty() {
            return Err(ReferenceError::Empty);
        }
        if input.len() == 64 && input.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(ReferenceError::HexName(input.to_string()));
        }
        let (rest, digest) = match input.split_once('@') {
            Some((name, d)) => (name, Some(Digest::parse(d)?)),
            None => (input, None),
        };
        let last_slash = rest.rfind('/').map_or(0, |i| i + 1);
        let (name, tag) = match rest[last_slash..].rfind(':') {
            Some(i) => (&rest[..last_slash + i], Some(&rest[last_slash + i + 1..])),
            None => (rest, None),
        };
        let (domain, mut path) = split_domain(name, default_domain);
        if domain == DOCKER_HUB && !path.contains('/') {
            path = format!("library/{path}");
        }
        if path.chars().any(|c| c.is_ascii_uppercase()) {
            return Err(ReferenceError::Uppercase(name.to_string()));
        }
        if !valid_domain(&domain) {
            return Err(ReferenceError::Domain {
                reference: input.to_string(),
                domain,
            });
        }
        for component in path.split('/') {
            if !valid_component(component) {
                return Err(ReferenceError::Component {
                    reference: input.to_string(),
                    component: component.to_string(),
                });
            }
        }
        if domain.len() + 1 + path.len() > MAX_NAME_LEN {
            return Err(ReferenceError::NameTooLong(input.to_string()));
        }
        if let Some(t) = tag {
            if t.len() > MAX_TAG_LEN {
                return Err(ReferenceError::TagTooLong {
                    reference: input.to_string(),
                });
            }
            if !valid_tag(t) {
                return Err(ReferenceError::Tag {
                    reference: input.to_string(),
                    tag: t.to_string(),
                });
            }
        }
        Ok(Reference {
            domain,
            path,
            tag: tag.map(str::to_string),
            digest,
        })
    }

    /// Parses a reference that names a repository and tag only (the target of `tag`).
    pub fn parse_tag_target(input: &str, default_domain: &str) -> Result<Self, ReferenceError> {
        let r = Self::parse(input, default_domain)?;
        if r.digest.is_some() {
            return Err(ReferenceError::UnexpectedDigest(input.to_string()));
        }
        Ok(r.with_default_tag())
    }

    /// Adds the `latest` tag when the reference has neither tag nor digest.
    pub fn with_default_tag(mut self) -> Self {
        if self.tag.is_none() && self.digest.is_none() {
            self.tag = Some("latest".to_string());
        }
        self
    }

    pub fn domain(&self) -> &str {
        &self.domain
    }

    /// The repository path inside the registry, e.g. `library/busybox`.
    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn tag(&self) -> Option<&str> {
        self.tag.as_deref()
    }

    pub fn digest(&self) -> Option<&Digest> {
        self.digest.as_ref()
    }

    /// `docker.io/library/busybox`
    pub fn name(&self) -> String {
        format!("{}/{}", self.domain, self.path)
    }

    /// The name as docker shows it: `busybox`, `user/app`, `host:5000/app`.
    pub fn familiar_name(&self) -> String {
        if self.domain == DOCKER_HUB {
            match self.path.strip_prefix("library/") {
                Some(short) if !short.contains('/') => short.to_string(),
                _ => self.path.clone(),
            }
        } else {
            self.name()
        }
    }

    /// `busybox:latest`, `busybox@sha256:…` as docker prints references.
    pub fn familiar(&self) -> String {
        self.render(self.familiar_name())
    }

    /// The same repository with another tag and no digest.
    pub fn with_tag(&self, tag: &str) -> Self {
        Reference {
            tag: Some(tag.to_string()),
            digest: None,
            ..self.clone()
        }
    }

    /// The same repository pinned to `digest`, without a tag.
    pub fn with_digest(&self, digest: Digest) -> Self {
        Reference {
            tag: None,
            digest: Some(digest),
            ..self.clone()
        }
    }

    /// What to ask the registry for: the digest when pinned, else the tag (or `latest`).
    pub fn registry_reference(&self) -> String {
        match (&self.digest, &self.tag) {
            (Some(d), _) => d.to_string(),
            (None, Some(t)) => t.clone(),
            (None, None) => "latest".to_string(),
        }
    }

    fn render(&self, name: String) -> String {
        let mut s = name;
        if let Some(t) = &self.tag {
            s.push(':');
            s.push_str(t);
        }
        if let Some(d) = &self.digest {
            s.push('@');
            s.push_str(&d.to_string());
        }
        s
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(self.name()))
    }
}

impl fmt::Debug for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// Docker's rule: the first component is a registry host when it contains '.' or ':',
/// is `localhost`, or has upper-case letters.
fn split_domain(name: &str, default_domain: &str) -> (String, String) {
    match name.split_once('/') {
        Some((first, rest))
            if first.contains(['.', ':'])
                || first == "localhost"
                || first.chars().any(|c| c.is_ascii_uppercase()) =>
        {
            let domain = if first == LEGACY_HUB {
                DOCKER_HUB
            } else {
                first
            };
            (domain.to_string(), rest.to_string())
        }
        _ => (default_domain.to_string(), name.to_string()),
    }
}

fn valid_domain(domain: &str) -> bool {
    let (host, port) = if let Some(rest) = domain.strip_prefix('[') {
        // [IPv6]:port
        let Some((addr, after)) = rest.split_once(']') else {
            return false;
        };
        if addr.parse::<std::net::Ipv6Addr>().is_err() {
            return false;
        }
        match after.strip_prefix(':') {
            Some(p) => ("", Some(p)),
            None if after.is_empty() => ("", None),
            None => return false,
        }
    } else {
        match domain.rsplit_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (domain, None),
        }
    };
    if let Some(p) = port
        && (p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    if domain.starts_with('[') {
        return true;
    }
    !host.is_empty()
        && host.split('.').all(|c| {
            !c.is_empty()
                && c.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !c.starts_with('-')
                && !c.ends_with('-')
        })
}

/// `[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*`
fn valid_component(c: &str) -> bool {
    let b = c.as_bytes();
    let alnum = |x: u8| x.is_ascii_lowercase() || x.is_ascii_digit();
    if b.is_empty() || !alnum(b[0]) || !alnum(b[b.len() - 1]) {
        return false;
    }
    let mut i = 0;
    while i < b.len() {
        if alnum(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && !alnum(b[i]) {
            i += 1;
        }
        let sep = &c[start..i];
        let ok = sep == "." || sep == "_" || sep == "__" || sep.bytes().all(|x| x == b'-');
        if !ok {
            return false;
        }
    }
    true
}

/// `[\w][\w.-]{0,127}`
fn valid_tag(t: &str) -> bool {
    let word = |x: u8| x.is_ascii_alphanumeric() || x == b'_';
    let b = t.as_bytes();
    !b.is_empty() && word(b[0]) && b.iter().all(|&x| word(x) || x == b'.' || x == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Reference {
        Reference::parse(s, DOCKER_HUB).unwrap()
    }

    #[test]
    fn normalises_like_docker() {
        assert_eq!(
            p("busybox").with_default_tag().to_string(),
            "docker.io/library/busybox:latest"
        );
        assert_eq!(p("user/app").to_string(), "docker.io/user/app");
        assert_eq!(
            p("host:5000/ns/app:tag").to_string(),
            "host:5000/ns/app:tag"
        );
        assert_eq!(p("localhost/app").domain(), "localhost");
        assert_eq!(
            p("index.docker.io/library/x").to_string(),
            "docker.io/library/x"
        );
        assert_eq!(p("docker.io/busybox").path(), "library/busybox");
        assert_eq!(p("127.0.0.1:5000/a/b/c").path(), "a/b/c");
        assert_eq!(p("[::1]:5000/app").domain(), "[::1]:5000");
        let d = format!("sha256:{}", "a".repeat(64));
        let r = p(&format!("busybox:1.36@{d}"));
        assert_eq!(r.tag(), Some("1.36"));
        assert_eq!(r.digest().unwrap().to_string(), d);
        assert_eq!(r.registry_reference(), d);
        assert_eq!(p(&format!("busybox@{d}")).with_default_tag().tag(), None);
    }

    #[test]
    fn familiar_names() {
        assert_eq!(p("busybox:1").familiar(), "busybox:1");
        assert_eq!(p("user/app").familiar_name(), "user/app");
        assert_eq!(p("docker.io/library/a/b").familiar_name(), "library/a/b");
        assert_eq!(p("quay.io/x/y:z").familiar(), "quay.io/x/y:z");
    }

    #[test]
    fn default_domain_is_configurable() {
        let r = Reference::parse("app", "registry.local:5000").unwrap();
        assert_eq!(r.to_string(), "registry.local:5000/app");
    }

    #[test]
    fn rejects_bad_references() {
        use ReferenceError::*;
        let e = |s: &str| Reference::parse(s, DOCKER_HUB).unwrap_err();
        assert_eq!(e(""), Empty);
        assert!(matches!(e("BusyBox"), Uppercase(_)));
        assert!(matches!(e("docker.io/User/app"), Uppercase(_)));
        assert!(matches!(e("a..b"), Component { .. }));
        assert!(matches!(e("-ab"), Component { .. }));
        assert!(matches!(e("a/"), Component { .. }));
        assert!(matches!(e("busybox:-x"), Tag { .. }));
        assert!(matches!(e("busybox:a+b"), Tag { .. }));
        assert!(matches!(
            e(&format!("busybox:{}", "t".repeat(129))),
            TagTooLong { .. }
        ));
        assert!(p(&format!("busybox:{}", "t".repeat(128))).tag().is_some());
        assert!(matches!(e("busybox@sha256:abc"), Digest(_)));
        assert!(matches!(e(&"a".repeat(64)), HexName(_)));
        assert!(matches!(e("my_host.com:x/app"), Domain { .. }));
        assert!(matches!(e(&"a".repeat(300)), NameTooLong(_)));
    }

    #[test]
    fn components_follow_the_grammar() {
        for ok in ["a", "a.b", "a_b", "a__b", "a---b", "0x"] {
            assert!(valid_component(ok), "{ok}");
        }
        for bad in ["", "a___b", "a._b", "_a", "a-", "A"] {
            assert!(!valid_component(bad), "{bad}");
        }
    }
}
