//! Finding and executing the container's command, with docker's exit codes for failures:
//! 127 when it does not exist, 126 when it cannot be executed.

use std::ffi::CString;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

pub const EXIT_NOT_FOUND: i32 = 127;
pub const EXIT_CANNOT_EXECUTE: i32 = 126;
pub const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// Resolves `cmd` like execvp with the container's `PATH` (already inside its root).
pub fn find(cmd: &str, path_env: Option<&str>) -> Result<PathBuf, (i32, String)> {
    if cmd.is_empty() {
        return Err((EXIT_NOT_FOUND, "exec: no command specified".into()));
    }
    if cmd.contains('/') {
        let p = Path::new(cmd);
        return match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => Err((
                EXIT_CANNOT_EXECUTE,
                format!("exec: \"{cmd}\": is a directory"),
            )),
            Ok(_) => Ok(p.to_path_buf()),
            Err(_) => Err((
                EXIT_NOT_FOUND,
                format!("exec: \"{cmd}\": stat {cmd}: no such file or directory"),
            )),
        };
    }
    let mut denied = None;
    for dir in path_env.unwrap_or(DEFAULT_PATH).split(':') {
        let dir = if dir.is_empty() { "." } else { dir };
        let candidate = Path::new(dir).join(cmd);
        if let Ok(m) = std::fs::metadata(&candidate) {
            if m.is_file() && m.permissions().mode() & 0o111 != 0 {
                return Ok(candidate);
            }
            if m.is_file() {
                denied.get_or_insert(candidate);
            }
        }
    }
    match denied {
        Some(p) => Err((
            EXIT_CANNOT_EXECUTE,
            format!("exec: \"{}\": permission denied", p.display()),
        )),
        None => Err((
            EXIT_NOT_FOUND,
            format!("exec: \"{cmd}\": executable file not found in $PATH"),
        )),
    }
}

/// Replaces the process; returns only on failure, with the exit code and message to report.
pub fn exec(path: &Path, args: &[String], env: &[String]) -> (i32, String) {
    let to_c = |s: &str| CString::new(s).map_err(|_| format!("argument {s:?} contains a NUL byte"));
    let prepared = (|| -> Result<(CString, Vec<CString>, Vec<CString>), String> {
        let p = to_c(&path.to_string_lossy())?;
        let a = args
            .iter()
            .map(|s| to_c(s))
            .collect::<Result<Vec<_>, _>>()?;
        let e = env.iter().map(|s| to_c(s)).collect::<Result<Vec<_>, _>>()?;
        Ok((p, a, e))
    })();
    let (p, a, e) = match prepared {
        Ok(v) => v,
        Err(m) => return (crate::runtime::EXIT_ENGINE, m),
    };
    let err = crate::sys::process::execve(&p, &a, &e);
    let code = match err.kind() {
        std::io::ErrorKind::NotFound => EXIT_NOT_FOUND,
        _ => EXIT_CANNOT_EXECUTE,
    };
    let text = err.to_string();
    let desc = text.split(" (os error").next().unwrap_or(&text);
    (
        code,
        format!("exec: \"{}\": {}", path.display(), desc.to_lowercase()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_commands_like_execvp() {
        let d = tempfile::tempdir().unwrap();
        let bin = d.path().join("bin");
        std::fs::create_dir(&bin).unwrap();
        std::fs::write(bin.join("tool"), b"#!/bin/sh\n").unwrap();
        std::fs::set_permissions(bin.join("tool"), std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::write(bin.join("data"), b"x").unwrap();
        let path = bin.display().to_string();
        assert_eq!(find("tool", Some(&path)).unwrap(), bin.join("tool"));
        assert_eq!(find("nope", Some(&path)).unwrap_err().0, EXIT_NOT_FOUND);
        assert_eq!(
            find("data", Some(&path)).unwrap_err().0,
            EXIT_CANNOT_EXECUTE
        );
        assert_eq!(find(&path, None).unwrap_err().0, EXIT_CANNOT_EXECUTE);
        assert_eq!(find("/no/such", None).unwrap_err().0, EXIT_NOT_FOUND);
        assert_eq!(find("", None).unwrap_err().0, EXIT_NOT_FOUND);
    }
}
