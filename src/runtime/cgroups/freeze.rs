//! Pausing a container: the cgroup freezer (v1 `freezer.state`, v2 `cgroup.freeze`).

use std::fs;
use std::path::Path;
use std::time::Duration;

use super::{Cgroup, CgroupError, io_err};

impl Cgroup {
    /// Freezes or thaws every process in the cgroup and waits until the kernel says so.
    pub fn freeze(&self, frozen: bool) -> Result<(), CgroupError> {
        // (control file, value to write, file to read back, what it says once settled)
        let (file, value, check, settled) = match (self.version, frozen) {
            (2, true) => ("cgroup.freeze", "1", "cgroup.events", "frozen 1"),
            (2, false) => ("cgroup.freeze", "0", "cgroup.events", "frozen 0"),
            (_, true) => ("freezer.state", "FROZEN", "freezer.state", "FROZEN"),
            (_, false) => ("freezer.state", "THAWED", "freezer.state", "THAWED"),
        };
        let done = |d: &Path| {
            fs::read_to_string(d.join(check)).is_ok_and(|t| t.lines().any(|l| l.trim() == settled))
        };
        if self.dirs.is_empty() {
            return Err(CgroupError::Unsupported(
                "the container has no cgroup of its own (--cgroups=disabled, or rootless without delegation): it cannot be paused".into(),
            ));
        }
        let dir = self
            .dirs
            .iter()
            .find(|d| d.join(file).exists())
            .ok_or_else(|| CgroupError::Unsupported("no freezer for this container".into()))?;
        let f = dir.join(file);
        fs::write(&f, value).map_err(io_err(&f))?;
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        while !done(dir) {
            if std::time::Instant::now() > deadline {
                return Err(CgroupError::Unsupported(format!(
                    "the freezer did not settle in {}",
                    dir.display()
                )));
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        Ok(())
    }
}
