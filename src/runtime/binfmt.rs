//! Whether this machine runs another architecture's programs: through a binfmt_misc
//! handler (qemu-user-static registers them) with the F flag — the interpreter opened when
//! it was registered, so it works inside any container's root.

use std::path::Path;

/// Where the kernel lists its handlers.
pub const BINFMT_DIR: &str = "/proc/sys/fs/binfmt_misc";

/// qemu's name for an OCI architecture.
fn qemu_arch(arch: &str) -> &str {
    match arch {
        "amd64" => "x86_64",
        "arm64" => "aarch64",
        "386" => "i386",
        "mips64le" => "mips64el",
        "mipsle" => "mipsel",
        "loong64" => "loongarch64",
        other => other,
    }
}

/// Ok when `arch` programs run here: the host's own architecture (and 32-bit x86 on an
/// x86-64 host), or an enabled handler in `dir` whose interpreter is qemu's for it and
/// that was registered with the F (fix binary) flag. Else why not, naming the package.
pub fn check(arch: &str, host: &str, dir: &Path) -> Result<(), String> {
    if arch.is_empty() || arch == host || (host == "amd64" && arch == "386") {
        return Ok(());
    }
    let q = qemu_arch(arch);
    let install = "install qemu-user-static (its handlers are registered once binfmt_misc is mounted: mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc)";
    if !dir.join("register").exists() {
        return Err(format!(
            "running linux/{arch} programs on this linux/{host} machine needs binfmt_misc, which is not mounted: {install}"
        ));
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Err(format!("reading {}: {install}", dir.display()));
    };
    let mut without_f = None;
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name == "register" || name == "status" {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(e.path()) else {
            continue;
        };
        let enabled = text.lines().next() == Some("enabled");
        let interpreter = text
            .lines()
            .find_map(|l| l.strip_prefix("interpreter "))
            .unwrap_or("");
        let file = interpreter.rsplit('/').next().unwrap_or("");
        let for_arch = file == format!("qemu-{q}")
            || file == format!("qemu-{q}-static")
            || file.starts_with(&format!("{q}-binfmt"))
            || name == format!("qemu-{q}");
        if !enabled || !for_arch {
            continue;
        }
        let flags = text
            .lines()
            .find_map(|l| l.strip_prefix("flags: "))
            .unwrap_or("");
        if flags.contains('F') {
            return Ok(());
        }
        without_f = Some(name);
    }
    match without_f {
        Some(h) => Err(format!(
            "the binfmt_misc handler {h} for linux/{arch} programs was registered without the F flag, so containers cannot use it: register it again with F (qemu-user-static's own files have it)"
        )),
        None => Err(format!(
            "running linux/{arch} programs on this linux/{host} machine needs a binfmt_misc handler for {q}, and none is registered: {install}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handlers_are_found_by_their_interpreter_and_need_the_f_flag() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path();
        assert!(check("amd64", "amd64", dir).is_ok());
        assert!(check("386", "amd64", dir).is_ok());
        let e = check("arm64", "amd64", dir).unwrap_err();
        assert!(
            e.contains("not mounted") && e.contains("qemu-user-static"),
            "{e}"
        );
        std::fs::write(dir.join("register"), "").unwrap();
        std::fs::write(dir.join("status"), "enabled\n").unwrap();
        let e = check("arm64", "amd64", dir).unwrap_err();
        assert!(e.contains("for aarch64, and none is registered"), "{e}");
        std::fs::write(
            dir.join("qemu-aarch64"),
            "enabled\ninterpreter /usr/libexec/qemu-binfmt/aarch64-binfmt-P\nflags: PO\noffset 0\n",
        )
        .unwrap();
        let e = check("arm64", "amd64", dir).unwrap_err();
        assert!(e.contains("without the F flag"), "{e}");
        std::fs::write(
            dir.join("qemu-aarch64"),
            "enabled\ninterpreter /usr/libexec/qemu-binfmt/aarch64-binfmt-P\nflags: POF\noffset 0\n",
        )
        .unwrap();
        assert!(check("arm64", "amd64", dir).is_ok());
        // another name, the static interpreter
        std::fs::write(
            dir.join("s390x"),
            "enabled\ninterpreter /usr/bin/qemu-s390x-static\nflags: F\n",
        )
        .unwrap();
        assert!(check("s390x", "amd64", dir).is_ok());
        // disabled handlers do not count
        std::fs::write(
            dir.join("riscv"),
            "disabled\ninterpreter /usr/bin/qemu-riscv64-static\nflags: F\n",
        )
        .unwrap();
        assert!(check("riscv64", "amd64", dir).is_err());
    }
}
