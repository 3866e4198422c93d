//! A container's own id maps at create (`--userns`, `--uidmap`, …): planned by
//! `config::idmap`, with `auto` ranges handed out here — under `containers/userns.lock`,
//! held until the container's record is written, so two creates never take one range.

use std::path::PathBuf;

use crate::config::idmap::{self, Planned, UsernsRequest};
use crate::engine::{Engine, EngineError};
use crate::oci::runtime::IdMaps;
use crate::util::lock::FileLock;

/// The maps, the user keep-id runs as, and the lock an `auto` range is held under.
pub(super) struct Chosen {
    pub maps: Option<IdMaps>,
    pub user: Option<String>,
    pub _lock: Option<FileLock>,
}

/// `--userns=auto` without a size, rootless: the image's highest owner + 1, at least this.
const AUTO_MIN: u32 = 1024;
/// `--userns=auto` without a size, as root.
const AUTO_ROOT: u32 = 65536;

impl Engine {
    pub(super) fn choose_idmap(
        &self,
        req: &UsernsRequest,
        layers: &[PathBuf],
    ) -> Result<Chosen, EngineError> {
        let none = Chosen {
            maps: None,
            user: None,
            _lock: None,
        };
        if req.is_default() {
            return Ok(none);
        }
        let rootless = self.context().rootless;
        let native = idmap::native(rootless);
        let read = |f: &str| std::fs::read_to_string(f).unwrap_or_default();
        match idmap::plan(req, &native, &read).map_err(EngineError::Invalid)? {
            Planned::Shared => Ok(none),
            Planned::Maps { uid, gid, user } => Ok(Chosen {
                maps: Some(IdMaps {
                    uid,
                    gid,
                    mode: match req.mode.split(':').next() {
                        Some(m @ ("keep-id" | "nomap")) => m.to_string(),
                        _ => "private".into(),
                    },
                }),
                user,
                _lock: None,
            }),
            Planned::Auto { size } => {
                let size = match size {
                    Some(s) => s,
                    None if rootless => highest_owner(layers, &native)
                        .saturating_add(1)
                        .max(AUTO_MIN),
                    None => AUTO_ROOT,
                };
                let containers = self.containers()?;
                let lock =
                    FileLock::exclusive(&self.context().root.join("containers/userns.lock"))?;
                let (mut used_u, mut used_g) = (Vec::new(), Vec::new());
                for id in containers.ids()? {
                    if let Ok((c, _)) = self.load_container(&id)
                        && let Some(m) = &c.spec.linux.idmap
                    {
                        used_u.extend(idmap::taken(&m.uid));
                        used_g.extend(idmap::taken(&m.gid));
                    }
                }
                let pool = |file: &str, total: u64| -> Vec<(u32, u32)> {
                    if rootless {
                        // the user's own ranges: every id of its namespace but its own
                        return vec![(1, total.saturating_sub(1).min(u64::from(u32::MAX)) as u32)];
                    }
                    let named = idmap_ranges(&read(file));
                    if named.is_empty() {
                        vec![idmap::ROOT_AUTO_POOL]
                    } else {
                        named
                    }
                };
                let take = |file: &str, total: u64, used: &[(u32, u32)]| {
                    idmap::allocate(&pool(file, total), used, size).ok_or_else(|| {
                        EngineError::Invalid(format!(
                            "--userns=auto: no free range of {size} ids left in {} (remove containers, or ask for less with auto:size=N)",
                            if rootless { "your subordinate ids" } else { file }
                        ))
                    })
                };
                let u = take("/etc/subuid", native.uids, &used_u)?;
                let g = take("/etc/subgid", native.gids, &used_g)?;
                Ok(Chosen {
                    maps: Some(IdMaps {
                        uid: idmap::block(u, size),
                        gid: idmap::block(g, size),
                        mode: "auto".into(),
                    }),
                    user: None,
                    _lock: Some(lock),
                })
            }
        }
    }
}

impl Engine {
    /// Fresh (empty) volumes of a container with maps of its own become its root's, as
    /// podman does, so that it can write there; volumes with content keep their owners.
    pub(super) fn give_volumes(
        &self,
        maps: &IdMaps,
        mounts: &[crate::state::record::MountRecord],
    ) -> Result<(), EngineError> {
        let root_of = |m: &[crate::oci::runtime::IdMapping]| {
            m.iter().find(|m| m.container_id == 0).map(|m| m.host_id)
        };
        let (Some(uid), Some(gid)) = (root_of(&maps.uid), root_of(&maps.gid)) else {
            return Ok(());
        };
        let fresh: Vec<PathBuf> = mounts
            .iter()
            .filter(|m| m.kind == "volume")
            .map(|m| m.source.clone())
            .filter(|p| std::fs::read_dir(p).is_ok_and(|mut d| d.next().is_none()))
            .collect();
        if fresh.is_empty() {
            return Ok(());
        }
        let chown = move || {
            fresh.iter().try_for_each(|p| {
                std::os::unix::fs::lchown(p, Some(uid), Some(gid))
                    .map_err(|e| format!("giving volume {} to the container: {e}", p.display()))
            })
        };
        if self.context().rootless && crate::sys::in_initial_userns() {
            // native ids are those of the rootless namespace: chown there
            crate::sys::userns::in_child(&crate::config::userns::caller_maps(), chown)
        } else {
            chown()
        }
        .map_err(EngineError::Other)
    }
}

/// The `containers` user's ranges in a subuid/subgid file (podman's pool for root's
/// `--userns=auto`).
fn idmap_ranges(text: &str) -> Vec<(u32, u32)> {
    crate::config::userns::sub_ranges(text, "containers", u32::MAX)
}

/// The highest owner (uid or gid, as a native id) of any file in `layers`.
fn highest_owner(layers: &[PathBuf], native: &idmap::Native) -> u32 {
    use std::os::unix::fs::MetadataExt;
    let to_native = |host: u32, ranges: &[(u32, u32, u32)]| {
        ranges
            .iter()
            .find(|&&(s, _, n)| host >= s && u64::from(host) < u64::from(s) + u64::from(n))
            .map_or(0, |&(s, ns, _)| ns + (host - s))
    };
    let mut top = 0;
    crate::util::fs::walk(layers, &mut |_, m| {
        top = top
            .max(to_native(m.uid(), &native.host_uids))
            .max(to_native(m.gid(), &native.host_gids));
    });
    top
}
