//! `-v`, `--mount` and `--tmpfs` into mounts (and volume records), as docker reads them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::engine::EngineError;
use crate::oci::runtime::Mount;
use crate::state::record::MountRecord;
use crate::volume::Volumes;

/// Mount option (skiff's own, never passed to the kernel): fill an empty volume from the
/// image when the container starts.
pub const COPY_UP: &str = "copyup";

fn no_copy((mut m, r): (Mount, MountRecord)) -> (Mount, MountRecord) {
    m.options.retain(|o| o != COPY_UP);
    (m, r)
}

fn bind(
    source: PathBuf,
    destination: &str,
    ro: bool,
    kind: &str,
    name: &str,
    anonymous: bool,
) -> (Mount, MountRecord) {
    let mut options = vec!["rbind".to_string()];
    if ro {
        options.push("ro".into());
    }
    if kind == "volume" {
        // An empty volume gets what the image has at its mount point (docker's copy-up).
        options.push(COPY_UP.into());
    }
    (
        Mount {
            destination: destination.to_string(),
            kind: "bind".into(),
            source: source.clone(),
            options,
            root: None,
        },
        MountRecord {
            kind: kind.to_string(),
            name: name.to_string(),
            source,
            destination: destination.to_string(),
            rw: !ro,
            anonymous,
        },
    )
}

/// Another container's volume or bind mount, shared with this one (never removed with it).
pub fn shared(r: &MountRecord, ro: bool) -> (Mount, MountRecord) {
    no_copy(bind(
        r.source.clone(),
        &r.destination,
        ro,
        &r.kind,
        &r.name,
        false,
    ))
}

/// Bind mounts are private (docker's default, `rprivate`): nothing mounted inside a
/// container reaches the host, nor the other way. Other propagation modes are refused
/// rather than ignored.
fn propagation(mode: &str) -> EngineError {
    EngineError::Invalid(format!(
        "bind propagation {mode:?} is not supported: skiff's bind mounts are always private (rprivate)"
    ))
}

pub(super) fn check_destination(d: &str) -> Result<(), EngineError> {
    if !d.starts_with('/') {
        return Err(EngineError::Invalid(format!(
            "invalid mount destination {d:?}: it must be an absolute path"
        )));
    }
    if d == "/" {
        return Err(EngineError::Invalid(
            "invalid mount destination \"/\": cannot mount over the root".into(),
        ));
    }
    Ok(())
}

/// `-v SRC:DST[:OPTS]`, `-v NAME:DST[:OPTS]` or `-v DST` (anonymous volume). A missing host
/// directory is created, as docker does for `-v`.
pub fn volume_flag(spec: &str, volumes: &Volumes) -> Result<(Mount, MountRecord), EngineError> {
    let parts: Vec<&str> = spec.split(':').collect();
    let (src, dst, opts) = match parts.as_slice() {
        [dst] => (None, *dst, ""),
        [src, dst] => (Some(*src), *dst, ""),
        [src, dst, opts] => (Some(*src), *dst, *opts),
        _ => {
            return Err(EngineError::Invalid(format!(
                "invalid volume specification: {spec:?}"
            )));
        }
    };
    check_destination(dst)?;
    let mut ro = false;
    let mut copy = true;
    for o in opts.split(',').filter(|o| !o.is_empty()) {
        match o {
            "ro" | "readonly" => ro = true,
            "nocopy" => copy = false,
            "rw" | "z" | "Z" | "rprivate" | "private" | "consistent" | "cached" | "delegated" => {}
            "rshared" | "shared" | "rslave" | "slave" => return Err(propagation(o)),
            other => {
                return Err(EngineError::Invalid(format!(
                    "invalid mode {other:?} in volume specification {spec:?}"
                )));
            }
        }
    }
    let made = match src {
        Some(s) if s.starts_with('/') => {
            let p = PathBuf::from(s);
            if !p.exists() {
                std::fs::create_dir_all(&p)
                    .map_err(|e| EngineError::Invalid(format!("creating bind source {s}: {e}")))?;
            }
            bind(p, dst, ro, "bind", "", false)
        }
        Some(s) if s.starts_with('.') || s.starts_with('~') => {
            return Err(EngineError::Invalid(format!(
                "invalid volume specification {spec:?}: a host path must be absolute"
            )));
        }
        Some(name) => {
            let v = volumes.ensure(name, BTreeMap::new(), false)?;
            bind(v.source(), dst, ro, "volume", name, false)
        }
        None => anonymous(dst, volumes)?,
    };
    Ok(if copy { made } else { no_copy(made) })
}

/// An anonymous volume at `dst` (`-v /data`, an image's VOLUME).
pub fn anonymous(dst: &str, volumes: &Volumes) -> Result<(Mount, MountRecord), EngineError> {
    check_destination(dst)?;
    let name = crate::util::random::hex_id();
    let v = volumes.ensure(&name, BTreeMap::new(), true)?;
    Ok(bind(v.mountpoint, dst, false, "volume", &name, true))
}

/// `--mount type=bind|volume|tmpfs,source=…,target=…[,readonly][,tmpfs-size=…][,tmpfs-mode=…]`
pub fn mount_flag(
    spec: &str,
    volumes: &Volumes,
) -> Result<(Mount, Option<MountRecord>), EngineError> {
    let mut kind = "volume".to_string();
    let mut source = None;
    let mut target = None;
    let mut ro = false;
    let mut copy = true;
    let mut tmpfs_opts = Vec::new();
    let mut subpath: Option<String> = None;
    for field in spec.split(',') {
        let (k, v) = field
            .split_once('=')
            .map_or((field, None), |(k, v)| (k, Some(v)));
        match (k, v) {
            ("type", Some(v)) => kind = v.to_string(),
            ("source" | "src", Some(v)) => source = Some(v.to_string()),
            ("target" | "destination" | "dst", Some(v)) => target = Some(v.to_string()),
            ("readonly" | "ro", None) => ro = true,
            ("readonly" | "ro", Some(v)) => ro = matches!(v, "true" | "1"),
            ("tmpfs-size", Some(v)) => {
                let n = crate::util::units::parse_size(v).map_err(EngineError::Invalid)?;
                tmpfs_opts.push(format!("size={n}"));
            }
            ("tmpfs-mode", Some(v)) => tmpfs_opts.push(format!("mode={v}")),
            ("volume-nocopy", v) => copy = !matches!(v, Some("false" | "0")),
            // docker's volume-subpath, podman's subpath: resolved inside the source
            ("volume-subpath" | "subpath", Some(v)) if !v.is_empty() => {
                subpath = Some(v.to_string())
            }
            ("bind-propagation", Some("private" | "rprivate")) | ("consistency", _) => {}
            ("bind-propagation", Some(v)) => return Err(propagation(v)),
            _ => {
                return Err(EngineError::Invalid(format!(
                    "unexpected key {k:?} in --mount {spec:?}"
                )));
            }
        }
    }
    let target = target
        .ok_or_else(|| EngineError::Invalid(format!("--mount {spec:?}: target is required")))?;
    check_destination(&target)?;
    match kind.as_str() {
        "bind" => {
            let s = source.ok_or_else(|| {
                EngineError::Invalid(format!(
                    "--mount {spec:?}: source is required for a bind mount"
                ))
            })?;
            let p = PathBuf::from(&s);
            if !p.is_absolute() || !p.exists() {
                return Err(EngineError::Invalid(format!(
                    "invalid mount config for type \"bind\": bind source path does not exist: {s}"
                )));
            }
            let (m, r) = bind(p, &target, ro, "bind", "", false);
            Ok((in_subpath(m, subpath), Some(r)))
        }
        "volume" => {
            let (m, r) = match source {
                Some(name) => {
                    let v = volumes.ensure(&name, BTreeMap::new(), false)?;
                    bind(v.source(), &target, ro, "volume", &name, false)
                }
                None => anonymous(&target, volumes)?,
            };
            let (m, r) = if copy { (m, r) } else { no_copy((m, r)) };
            Ok((in_subpath(m, subpath), Some(r)))
        }
        "tmpfs" if subpath.is_some() => Err(EngineError::Invalid(format!(
            "--mount {spec:?}: a tmpfs has no subpath"
        ))),
        "tmpfs" => Ok((tmpfs(&target, ro, tmpfs_opts), None)),
        other => Err(EngineError::Invalid(format!(
            "invalid mount type {other:?} in --mount {spec:?}"
        ))),
    }
}

/// A bind of `subpath` inside the mount's source, resolved there when it is mounted
/// (symlinks in the source cannot lead out of it). The copy-up of an empty volume does
/// not apply to a part of it.
fn in_subpath(mut m: Mount, subpath: Option<String>) -> Mount {
    if let Some(sub) = subpath {
        m.root = Some(std::mem::take(&mut m.source));
        m.source = PathBuf::from(sub);
        m.options.retain(|o| o != COPY_UP);
    }
    m
}

/// `--tmpfs /run[:size=64m,mode=1777,…]`
pub fn tmpfs_flag(spec: &str) -> Result<Mount, EngineError> {
    let (dst, opts) = spec.split_once(':').unwrap_or((spec, ""));
    check_destination(dst)?;
    let mut ro = false;
    let mut data = Vec::new();
    for o in opts.split(',').filter(|o| !o.is_empty()) {
        match o.split_once('=') {
            Some(("size", v)) => {
                let n = crate::util::units::parse_size(v).map_err(EngineError::Invalid)?;
                data.push(format!("size={n}"));
            }
            Some(_) => data.push(o.to_string()),
            None if o == "ro" => ro = true,
            None => {}
        }
    }
    Ok(tmpfs(dst, ro, data))
}

fn tmpfs(dst: &str, ro: bool, mut data: Vec<String>) -> Mount {
    if ro {
        data.push("ro".into());
    }
    Mount {
        destination: dst.to_string(),
        kind: "tmpfs".into(),
        source: Path::new("tmpfs").to_path_buf(),
        options: data,
        root: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_volume_flags() {
        let t = tempfile::tempdir().unwrap();
        let vols = Volumes::open(t.path()).unwrap();
        let host = t.path().join("host");
        let (m, r) = volume_flag(&format!("{}:/data:ro", host.display()), &vols).unwrap();
        assert!(host.is_dir(), "-v creates a missing host dir");
        assert_eq!(
            (m.destination.as_str(), r.rw, r.kind.as_str()),
            ("/data", false, "bind")
        );
        assert!(m.options.contains(&"ro".to_string()));
        let (m, r) = volume_flag("cache:/cache", &vols).unwrap();
        assert_eq!(r.name, "cache");
        assert!(m.source.ends_with("volumes/cache/_data") && m.source.is_dir());
        let (_, r) = volume_flag("/anon", &vols).unwrap();
        assert!(r.anonymous && r.name.len() == 64);
        for bad in [
            "/h:/x:rshared",
            "/h:/x:slave",
            "a:b:c:d",
            "x:relative",
            "./rel:/x",
            "name:/x:bogus",
            "name:/",
        ] {
            assert!(volume_flag(bad, &vols).is_err(), "{bad}");
        }
    }

    #[test]
    fn parses_mount_and_tmpfs_flags() {
        let t = tempfile::tempdir().unwrap();
        let vols = Volumes::open(t.path()).unwrap();
        let src = t.path().display().to_string();
        let (m, r) = mount_flag(
            &format!("type=bind,source={src},target=/src,readonly"),
            &vols,
        )
        .unwrap();
        assert_eq!(m.destination, "/src");
        assert!(!r.unwrap().rw);
        assert!(mount_flag("type=bind,source=/no/such/dir,target=/x", &vols).is_err());
        let (m, r) = mount_flag("type=tmpfs,target=/t,tmpfs-size=1m", &vols).unwrap();
        assert!(r.is_none() && m.options.contains(&"size=1048576".to_string()));
        assert!(
            mount_flag("type=volume,source=v1,target=/v", &vols)
                .unwrap()
                .1
                .is_some()
        );
        assert!(mount_flag("type=bogus,target=/x", &vols).is_err());
        for p in ["shared", "rshared", "slave", "rslave"] {
            let spec = format!("type=bind,source={src},target=/x,bind-propagation={p}");
            assert!(mount_flag(&spec, &vols).is_err(), "{p}");
        }
        let spec = format!("type=bind,source={src},target=/x,bind-propagation=rprivate");
        assert!(mount_flag(&spec, &vols).is_ok());
        assert!(mount_flag("source=x", &vols).is_err());
        let m = tmpfs_flag("/run:size=64k,mode=1777").unwrap();
        assert_eq!(
            m.options,
            vec!["size=65536".to_string(), "mode=1777".to_string()]
        );
        assert!(tmpfs_flag("rel").is_err());
    }
}
