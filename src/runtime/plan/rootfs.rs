//! The overlay rootfs as a plan: lower dirs top first (each once), passed relative to their
//! common parent — the executor changes there first — to keep the option string within a
//! page; an image without layers gets an empty lower dir; rootless, overlay keeps its
//! whiteout and opaque markers in `user.` xattrs (`userxattr`, kernel 5.11), as the layers
//! were unpacked.

use std::path::{Path, PathBuf};

use crate::oci::runtime::Root;
use crate::sys::kernel::{Kernel, MountCall, MsFlags};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RootfsPlan {
    /// Where the relative lower dirs are resolved from.
    pub chdir: Option<PathBuf>,
    /// A lower dir to make first (an image without layers).
    pub make_empty: Option<PathBuf>,
    pub target: PathBuf,
    pub data: String,
    /// `--rootfs DIR`: this directory bound instead (no overlay).
    pub bind: Option<PathBuf>,
}

/// The mount for `root`.
pub fn rootfs(root: &Root, rootless: bool) -> Result<RootfsPlan, String> {
    if root.bind {
        let dir = root.lower.first().ok_or("--rootfs without a directory")?;
        return Ok(RootfsPlan {
            chdir: None,
            make_empty: None,
            target: root.mountpoint.clone(),
            data: String::new(),
            bind: Some(dir.clone()),
        });
    }
    let base = root
        .lower
        .first()
        .and_then(|p| p.parent())
        .and_then(|p| p.parent())
        .map(Path::to_path_buf);
    let mut lower = Vec::new();
    for l in super::super::mounts::top_first_unique(&root.lower) {
        let rel = base
            .as_ref()
            .and_then(|b| l.strip_prefix(b).ok())
            .map_or_else(|| l.display().to_string(), |r| r.display().to_string());
        if rel.contains([',', ':']) {
            return Err(format!(
                "layer path {rel} cannot be used in an overlay mount"
            ));
        }
        lower.push(rel);
    }
    let mut make_empty = None;
    if lower.is_empty() {
        let empty = root.work.with_file_name("empty");
        lower.push(empty.display().to_string());
        make_empty = Some(empty);
    }
    let data = format!(
        "lowerdir={},upperdir={},workdir={}{}",
        lower.join(":"),
        root.upper.display(),
        root.work.display(),
        if rootless { ",userxattr" } else { "" }
    );
    if data.len() >= 4000 {
        return Err(format!(
            "the image has too many layers ({}) for one overlay mount",
            root.lower.len()
        ));
    }
    Ok(RootfsPlan {
        chdir: base,
        make_empty,
        target: root.mountpoint.clone(),
        data,
        bind: None,
    })
}

/// Mounts the planned rootfs.
pub fn apply(p: &RootfsPlan, k: &mut dyn Kernel) -> Result<(), String> {
    if let Some(dir) = &p.bind {
        return k
            .mount(&MountCall {
                source: Some(dir),
                target: &p.target,
                fstype: None,
                flags: MsFlags::MS_BIND | MsFlags::MS_REC,
                data: None,
                at: "/",
            })
            .map_err(|e| format!("binding the rootfs {}: {e}", dir.display()));
    }
    if let Some(base) = &p.chdir {
        std::env::set_current_dir(base).map_err(|e| format!("chdir {}: {e}", base.display()))?;
    }
    if let Some(empty) = &p.make_empty {
        std::fs::create_dir_all(empty).map_err(|e| format!("creating {}: {e}", empty.display()))?;
    }
    k.mount(&MountCall {
        source: Some(Path::new("overlay")),
        target: &p.target,
        fstype: Some("overlay"),
        flags: MsFlags::empty(),
        data: Some(&p.data),
        at: "/",
    })
    .map_err(|e| format!("mounting the overlay rootfs: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sys::kernel::Recording;

    fn root(lower: &[&str]) -> Root {
        Root {
            lower: lower.iter().map(PathBuf::from).collect(),
            upper: "/s/containers/c/upper".into(),
            work: "/s/containers/c/work".into(),
            mountpoint: "/s/containers/c/merged".into(),
            readonly: false,
            bind: false,
        }
    }

    #[test]
    fn issue16_a_rootfs_directory_is_bound_not_overlaid() {
        let mut r = root(&["/srv/rootfs"]);
        r.bind = true;
        let p = rootfs(&r, false).unwrap();
        assert_eq!(p.bind.as_deref(), Some(Path::new("/srv/rootfs")));
        let mut k = Recording::default();
        apply(&p, &mut k).unwrap();
        assert_eq!(k.calls.len(), 1, "{:?}", k.calls);
        assert!(k.calls[0].contains("/srv/rootfs"), "{:?}", k.calls);
        assert!(!k.calls[0].contains("overlay"), "{:?}", k.calls);
    }

    #[test]
    fn issue14_overlay_rootfs_plans() {
        let p = rootfs(
            &root(&["/s/layers/a/diff", "/s/layers/b/diff", "/s/layers/a/diff"]),
            false,
        )
        .unwrap();
        assert_eq!(p.chdir.as_deref(), Some(Path::new("/s/layers")));
        assert_eq!(
            p.data,
            "lowerdir=a/diff:b/diff,upperdir=/s/containers/c/upper,workdir=/s/containers/c/work"
        );
        assert!(p.make_empty.is_none());
        // rootless: markers in user xattrs
        let p = rootfs(&root(&["/s/layers/a/diff"]), true).unwrap();
        assert!(p.data.ends_with(",userxattr"), "{}", p.data);
        // no layers: an empty lower dir is made beside the upper one
        let p = rootfs(&root(&[]), false).unwrap();
        assert_eq!(
            p.make_empty.as_deref(),
            Some(Path::new("/s/containers/c/empty"))
        );
        assert!(p.data.starts_with("lowerdir=/s/containers/c/empty,"));
        // what overlay cannot take, and too many layers for a page
        assert!(rootfs(&root(&["/s/layers/a:b/diff"]), false).is_err());
        let many: Vec<String> = (0..200)
            .map(|i| format!("/s/layers/{i:064}/diff"))
            .collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        assert!(
            rootfs(&root(&many), false)
                .unwrap_err()
                .contains("too many layers")
        );
        // through the recording kernel: one overlay mount at /
        let t = tempfile::tempdir().unwrap();
        let mut r = root(&[]);
        r.work = t.path().join("work");
        let p = rootfs(&r, false).unwrap();
        let mut k = Recording::default();
        apply(&p, &mut k).unwrap();
        assert!(t.path().join("empty").is_dir());
        assert_eq!(k.calls.len(), 1);
        assert!(
            k.calls[0].starts_with("mount overlay / overlay - lowerdir="),
            "{:?}",
            k.calls
        );
    }
}
