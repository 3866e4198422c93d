//! After a container's process ended: its cgroup, network and rootfs let go, its exit
//! recorded once — or, with `--rm`, the container removed (and with `--rmi` its image).

use crate::engine::{Engine, EngineError};
use crate::runtime::cgroups::Cgroup;
use crate::state::{ContainerConfig, Status};
use crate::util::time::now_rfc3339;

impl Engine {
    /// After the process ended: its cgroup goes, its exit is recorded (or, with `--rm`, the
    /// container is removed).
    pub fn container_ended(
        &self,
        config: &ContainerConfig,
        cgroup: &Cgroup,
        code: i32,
    ) -> Result<(), EngineError> {
        let oom = cgroup.oom_killed();
        cgroup.remove();
        self.network_ended(config);
        self.rootfs_ended(config);
        if oom {
            self.event(config, "oom", &[]);
        }
        self.event(config, "die", &[("exitCode", code.to_string())]);
        let recorded = self.record_end(config, code, oom);
        self.pod_member_ended(config);
        recorded
    }

    fn record_end(
        &self,
        config: &ContainerConfig,
        code: i32,
        oom: bool,
    ) -> Result<(), EngineError> {
        if config.auto_remove {
            self.remove_container(&config.id, true, true)?;
            if config.rmi {
                // unless another container uses it (then it stays, as with podman)
                let _ = self.remove_images(std::slice::from_ref(&config.image), false, false);
            }
            return Ok(());
        }
        let containers = self.containers()?;
        // Removed meanwhile (`rm -f`): nothing left to record.
        let Ok(lock) = containers.lock(&config.id) else {
            return Ok(());
        };
        let Ok(mut state) = containers.state(&config.id) else {
            return Ok(());
        };
        state.status = Status::Exited;
        state.ip_address.clear();
        state.networks.clear();
        state.networks6.clear();
        state.interfaces.clear();
        state.ports.clear();
        state.exit_code = code;
        state.oom_killed = oom;
        state.pid = 0;
        state.finished_at = Some(now_rfc3339());
        state.cgroup = Vec::new();
        containers.save_state(&config.id, &state, &lock)?;
        Ok(())
    }
}
