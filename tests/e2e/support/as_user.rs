//! The suites rerun as an ordinary user (issue 14): with `SKIFF_E2E_AS_USER=1` in a root
//! test process, every `TestRoot` command runs skiff as `nobody` through `setpriv`, inside a
//! mount namespace of its own whose /etc is a private copy giving nobody subordinate ranges
//! and whose /dev/net/tun and /dev/fuse are nodes it may open (as distributions' udev rules
//! make them). The host's user database and devices are untouched. Each test's dir is
//! handed to nobody, so the store, runtime dir and files skiff writes are the user's own.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

pub const NOBODY: u32 = 65534;

/// The rig shared by this test process: `etc/`, `tun`, `fuse` and the `enter` script.
fn rig() -> &'static Path {
    static RIG: OnceLock<PathBuf> = OnceLock::new();
    RIG.get_or_init(|| {
        remove_stale();
        let d = std::env::temp_dir().join(format!("skiff-e2e-user-{}", std::process::id()));
        let sh = format!(
            r#"set -e; rm -rf {d}; mkdir -p {d}; chmod 755 {d}; cp -a /etc {d}/etc
            echo nobody:300000:65536 > {d}/etc/subuid; echo nobody:300000:65536 > {d}/etc/subgid
            mknod -m 0666 {d}/tun c 10 200; mknod -m 0666 {d}/fuse c 10 229
            cat > {d}/enter <<'END'
#!/bin/sh
d=$(dirname "$0")
mount --bind "$d/etc" /etc && mount --bind "$d/tun" /dev/net/tun && mount --bind "$d/fuse" /dev/fuse || exit 125
exec setpriv --reuid {NOBODY} --regid {NOBODY} --clear-groups -- "$@"
END
            chmod 755 {d}/enter"#,
            d = d.display()
        );
        let mut c = Command::new("sh");
        c.args(["-c", &sh]);
        let r = super::run_bounded(c, std::time::Duration::from_secs(60));
        assert_eq!(r.code, 0, "the ordinary user's rig:\n{r}");
        d
    })
}

/// Rigs of test processes that are gone.
fn remove_stale() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix("skiff-e2e-user-") else {
            continue;
        };
        if !Path::new("/proc").join(pid).exists() {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

/// `PROGRAM` run as the ordinary user (add its arguments).
pub fn command(program: &str) -> Command {
    let mut c = Command::new("unshare");
    c.arg("-m").arg(rig().join("enter")).arg(program);
    c
}

/// Gives a test's dir to the user, with a runtime dir only it may enter.
pub fn hand_over_root(dir: &Path) {
    let sh = format!(
        "set -e; mkdir -p {d}/xdg-run; chmod 700 {d}/xdg-run; chmod 755 {d}; chown -R {NOBODY}:{NOBODY} {d}",
        d = dir.display()
    );
    let mut c = Command::new("sh");
    c.args(["-c", &sh]);
    let r = super::run_bounded(c, std::time::Duration::from_secs(30));
    assert_eq!(r.code, 0, "handing {} to the user:\n{r}", dir.display());
}

/// Gives what a test made to the user.
pub fn hand_over(path: &Path) {
    let sh = format!("chown -R {NOBODY}:{NOBODY} '{}'", path.display());
    let mut c = Command::new("sh");
    c.args(["-c", &sh]);
    let r = super::run_bounded(c, std::time::Duration::from_secs(30));
    assert_eq!(r.code, 0, "handing {} to the user:\n{r}", path.display());
}
