//! System call filtering: docker's default profile (or the user's, in docker's format),
//! resolved against the container's capabilities and compiled to BPF in the parent, then
//! installed by the child just before it drops privileges.

pub mod bpf;
pub mod default;
pub mod profile;
mod syscalls;

#[cfg(test)]
mod tests;

use crate::oci::seccomp::Seccomp;
pub use bpf::Insn;
pub use profile::ProfileError;

/// The filter for `setting` in a container holding `caps`; `None` when unconfined.
pub fn program(setting: &Seccomp, caps: &[String]) -> Result<Option<Vec<Insn>>, ProfileError> {
    let resolved = match setting {
        Seccomp::Unconfined => return Ok(None),
        Seccomp::Default => profile::resolve(&default::profile(), caps)?,
        Seccomp::Profile(p) => profile::resolve(p, caps)?,
    };
    bpf::compile(&resolved).map(Some).map_err(ProfileError)
}
