//! The build args a Dockerfile gets without declaring them with a value (the platform
//! ARGs, the proxy variables), and what a build reads before it starts: where the
//! Dockerfile is, and which images its stages start from.

use std::path::{Path, PathBuf};

use super::super::dockerfile::parse;
use super::super::plan::Plan;
use super::BuildError;
use super::BuildOptions;

/// The automatic platform ARGs: TARGET* of the platform built for, BUILD* of the host.
pub(super) fn predefined_for(k: &str, target: &crate::oci::Platform) -> Option<String> {
    let host = crate::oci::Platform::host();
    let (which, p) = match k.strip_prefix("TARGET") {
        Some(rest) => (rest, target),
        None => (k.strip_prefix("BUILD")?, &host),
    };
    match which {
        "PLATFORM" => Some(p.to_string()),
        "OS" => Some(p.os.clone()),
        "ARCH" => Some(p.architecture.clone()),
        "VARIANT" => Some(p.variant.clone().unwrap_or_default()),
        _ => None,
    }
}

fn predefined(k: &str) -> Option<String> {
    predefined_for(k, &crate::oci::Platform::host())
}

pub(super) const PLATFORM_ARGS: &[&str] = &[
    "TARGETPLATFORM",
    "TARGETOS",
    "TARGETARCH",
    "TARGETVARIANT",
    "BUILDPLATFORM",
    "BUILDOS",
    "BUILDARCH",
    "BUILDVARIANT",
];

pub(super) const PROXY_ARGS: &[&str] = &[
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "FTP_PROXY",
    "ftp_proxy",
    "NO_PROXY",
    "no_proxy",
    "ALL_PROXY",
    "all_proxy",
];

/// The images a build of `opts` starts its stages from (for `--all-platforms`).
pub fn base_images(opts: &BuildOptions) -> Result<Vec<String>, BuildError> {
    let (text, file) = &opts.dockerfile;
    let at = |line: usize, message: String| BuildError::At {
        file: file.clone(),
        line,
        message,
    };
    let df = parse(text, file).map_err(|e| at(e.line, e.message))?;
    let plan = Plan::new(&df, &opts.build_args, opts.target.as_deref())
        .map_err(|e| at(e.line, e.message))?;
    Ok(plan.base_images())
}

/// Finds the Dockerfile: `-f` (relative to the current directory), else `Dockerfile` or
/// `Containerfile` in the context.
pub fn find_dockerfile(context: &Path, given: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(f) = given {
        return Ok(f.to_path_buf());
    }
    for n in ["Dockerfile", "Containerfile", "dockerfile", "containerfile"] {
        let p = context.join(n);
        if p.is_file() {
            return Ok(p);
        }
    }
    Err(format!(
        "no Dockerfile or Containerfile in {}: give one with -f",
        context.display()
    ))
}

/// The build args docker passes without an ARG line (proxies).
pub fn is_predefined(name: &str) -> bool {
    PROXY_ARGS.contains(&name) || predefined(name).is_some()
}
