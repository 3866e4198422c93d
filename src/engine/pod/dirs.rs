//! A pod's own directories — what `kube play` makes of a ConfigMap, a Secret or an
//! emptyDir volume: `pods/dirs/<pod id>/<volume>/`, made fresh for the pod, its files
//! written through the directory's descriptor (a name from YAML resolves inside it and a
//! symlink is never followed), and removed with the pod.

use std::path::{Path, PathBuf};

use crate::engine::{Engine, EngineError};
use crate::sys::rooted::{RootDir, is_plain_name};

/// One file of a pod directory: a path inside it, the bytes and the mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PodFile {
    pub path: String,
    pub data: Vec<u8>,
    pub mode: u32,
}

impl Engine {
    fn pod_dirs_root(&self, pod_id: &str) -> PathBuf {
        self.context().root.join("pods").join("dirs").join(pod_id)
    }

    /// Makes directory `volume` of pod `pod_id` (mode `mode`) with `files` in it; its host
    /// path, for a bind mount.
    pub fn make_pod_dir(
        &self,
        pod_id: &str,
        volume: &str,
        files: &[PodFile],
        mode: u32,
    ) -> Result<PathBuf, EngineError> {
        let pod = self.pod(pod_id)?;
        if !is_plain_name(volume.as_ref()) {
            return Err(EngineError::Invalid(format!(
                "invalid volume name {volume:?}"
            )));
        }
        let base = self.pod_dirs_root(&pod.id);
        crate::util::fs::ensure_dir(&base)?;
        let dir = base.join(volume);
        // a directory left by an earlier attempt is replaced, never written into
        match std::fs::remove_dir_all(&dir) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
        std::fs::create_dir(&dir)?;
        let root = RootDir::open(&dir)?;
        for f in files {
            root.write_new(Path::new(&f.path), &f.data, f.mode)
                .map_err(|e| EngineError::Invalid(format!("{volume}/{}: {e}", f.path)))?;
        }
        std::fs::set_permissions(&dir, std::os::unix::fs::PermissionsExt::from_mode(mode))?;
        Ok(dir)
    }

    /// The files of a pod directory (`kube generate` of what kube play made): their paths
    /// inside it, bytes and modes. Only a directory beneath `pods/dirs` is read, and no
    /// symlink is followed.
    pub fn pod_dir_files(&self, dir: &Path) -> Result<Vec<PodFile>, EngineError> {
        let base = self.context().root.join("pods").join("dirs");
        let inside = dir.strip_prefix(&base).is_ok_and(|rel| {
            rel.components().count() == 2 && !rel.to_string_lossy().contains("..")
        });
        if !inside {
            return Err(EngineError::Invalid(format!(
                "{} is not a pod's directory",
                dir.display()
            )));
        }
        let mut out = Vec::new();
        let mut pending = vec![PathBuf::new()];
        while let Some(rel) = pending.pop() {
            for e in std::fs::read_dir(dir.join(&rel))? {
                let e = e?;
                let meta = e.metadata()?;
                let name = rel.join(e.file_name());
                if meta.is_dir() {
                    pending.push(name);
                } else if meta.is_file() {
                    use std::os::unix::fs::PermissionsExt;
                    out.push(PodFile {
                        path: name.to_string_lossy().into_owned(),
                        data: std::fs::read(dir.join(&name))?,
                        mode: meta.permissions().mode() & 0o7777,
                    });
                }
            }
        }
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    }

    /// Removes every directory of pod `pod_id`.
    pub(crate) fn remove_pod_dirs(&self, pod_id: &str) {
        let _ = std::fs::remove_dir_all(self.pod_dirs_root(pod_id));
    }
}
