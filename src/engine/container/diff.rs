//! `diff`: what a container changed in its filesystem, read from its overlay upper dir and
//! compared with the image's layers: A (added), C (changed), D (deleted), as docker lists
//! them. Mount points skiff made for its own mounts are not the container's changes.

use std::fs;
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};

use crate::engine::{Engine, EngineError};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Added,
    Changed,
    Deleted,
}

impl Change {
    pub fn letter(self) -> char {
        match self {
            Change::Added => 'A',
            Change::Changed => 'C',
            Change::Deleted => 'D',
        }
    }
}

/// Places skiff mounts over; what it had to create there is not the container's doing.
const OWN: &[&str] = &[
    "/proc",
    "/sys",
    "/dev",
    "/etc/hosts",
    "/etc/hostname",
    "/etc/resolv.conf",
];

const OPAQUE_XATTR: &str = "trusted.overlay.opaque";

fn is_whiteout(m: &fs::Metadata) -> bool {
    m.file_type().is_char_device() && std::os::unix::fs::MetadataExt::rdev(m) == 0
}

fn is_opaque(p: &Path) -> bool {
    xattr_is_y(p)
}

fn xattr_is_y(p: &Path) -> bool {
    let mut buf = [0u8; 4];
    matches!(
        rustix::fs::lgetxattr(p, OPAQUE_XATTR, &mut buf),
        Ok(1) if buf[0] == b'y'
    )
}

/// Whether `rel` exists in the image: layers are searched top-down as overlayfs does, a
/// whiteout or a non-directory on the way hides everything beneath, an opaque directory
/// hides the layers below it.
pub fn in_layers(lower_bottom_first: &[PathBuf], rel: &Path) -> bool {
    let parts: Vec<_> = rel.components().collect();
    for layer in lower_bottom_first.iter().rev() {
        let mut here = layer.clone();
        let mut opaque = false;
        for (i, part) in parts.iter().enumerate() {
            here.push(part);
            let Ok(m) = fs::symlink_metadata(&here) else {
                break;
            };
            if is_whiteout(&m) {
                return false;
            }
            if i + 1 == parts.len() {
                return true;
            }
            if !m.is_dir() {
                return false;
            }
            opaque |= is_opaque(&here);
        }
        if opaque {
            return false;
        }
    }
    false
}

impl Engine {
    /// The container's changes, sorted by path.
    pub fn container_changes(&self, input: &str) -> Result<Vec<(Change, String)>, EngineError> {
        let containers = self.containers()?;
        let id = containers.resolve(input)?;
        let config = containers.config(&id)?;
        let root = &config.spec.root;
        let mut out = Vec::new();
        walk(&root.upper, Path::new("/"), &root.lower, &mut out)?;
        out.retain(|(_, p)| {
            !OWN.iter()
                .any(|o| p == o || p.starts_with(&format!("{o}/")))
        });
        // A directory copied up only to hold an excluded mount point did not change.
        let kept: Vec<String> = out.iter().map(|(_, p)| p.clone()).collect();
        out.retain(|(c, p)| {
            *c != Change::Changed
                || !root.upper.join(p.trim_start_matches('/')).is_dir()
                || kept.iter().any(|k| k.starts_with(&format!("{p}/")))
                || !OWN.iter().any(|o| o.starts_with(&format!("{p}/")))
        });
        out.sort_by(|a, b| a.1.cmp(&b.1));
        Ok(out)
    }
}

fn walk(
    upper: &Path,
    at: &Path,
    lower: &[PathBuf],
    out: &mut Vec<(Change, String)>,
) -> Result<(), EngineError> {
    let dir = upper.join(at.strip_prefix("/").unwrap_or(at));
    let Ok(entries) = fs::read_dir(&dir) else {
        return Ok(());
    };
    for e in entries.flatten() {
        let path = at.join(e.file_name());
        let rel = path.strip_prefix("/").unwrap_or(&path);
        let shown = path.display().to_string();
        let Ok(m) = e.metadata() else { continue };
        if is_whiteout(&m) {
            out.push((Change::Deleted, shown));
            continue;
        }
        let existed = in_layers(lower, rel);
        out.push((
            if existed {
                Change::Changed
            } else {
                Change::Added
            },
            shown,
        ));
        if m.is_dir() {
            if existed && is_opaque(&e.path()) {
                deleted_beneath(&e.path(), rel, lower, out);
            }
            walk(upper, &path, lower, out)?;
        }
    }
    Ok(())
}

/// An opaque directory hides what the image had in it: each such entry not in the upper
/// dir is deleted.
fn deleted_beneath(
    upper_dir: &Path,
    rel: &Path,
    lower: &[PathBuf],
    out: &mut Vec<(Change, String)>,
) {
    let mut names = std::collections::BTreeSet::new();
    for layer in lower {
        if let Ok(entries) = fs::read_dir(layer.join(rel)) {
            names.extend(entries.flatten().map(|e| e.file_name()));
        }
    }
    for n in names {
        let child = rel.join(&n);
        if fs::symlink_metadata(upper_dir.join(&n)).is_err() && in_layers(lower, &child) {
            out.push((Change::Deleted, format!("/{}", child.display())));
        }
    }
}
