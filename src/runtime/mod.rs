//! L1: running a container from a `RuntimeSpec`: namespaces, cgroups, the rootfs, privileges,
//! exec, and supervising the process. Never reads the image store or talks to registries.

pub mod binfmt;
pub mod caps;
pub mod cgroupfs;
pub mod cgroups;
pub mod copyup;
pub mod devnodes;
pub mod exec;
pub mod init;
pub mod launch;
pub mod mounts;
pub mod plan;
pub mod pty;
pub mod reaper;
pub mod rootview;
pub mod seccomp;
pub mod shifted;
pub mod sync;
pub mod user;

/// skiff itself failed (docker's 125).
pub const EXIT_ENGINE: i32 = 125;
