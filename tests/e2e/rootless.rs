//! Issue 14 (rootless), what exists so far: `skiff unshare` in the caller's user namespace.
//! Runs as `nobody` through setpriv, inside a mount namespace whose /etc is a private copy
//! (with the subordinate ranges the test wants), so the host's user database is untouched.

use crate::support::TestRoot;

/// `skiff unshare CMD` as nobody, with /etc/subuid and /etc/subgid holding `ranges`.
fn unshare_as_nobody(t: &TestRoot, ranges: &str, script: &str) -> crate::support::Run {
    let home = t.dir.path().join("nobody");
    std::fs::create_dir_all(&home).unwrap();
    let etc = t.dir.path().join("etc");
    let skiff = t.cmd(&[]).get_program().to_string_lossy().into_owned();
    let sh = format!(
        "set -e; cp -a /etc {etc}; printf '{ranges}' > {etc}/subuid; printf '{ranges}' > {etc}/subgid
         mount --bind {etc} /etc
         chmod 755 {dir}; chown 65534:65534 {home}
         setpriv --reuid 65534 --regid 65534 --clear-groups env -i PATH=/usr/bin:/bin HOME={home} XDG_RUNTIME_DIR={home} {skiff} unshare sh -c '{script}'",
        etc = etc.display(),
        dir = t.dir.path().display(),
        home = home.display(),
    );
    let mut c = std::process::Command::new("unshare");
    c.args(["-m", "sh", "-c", &sh]);
    crate::support::run_bounded(c, std::time::Duration::from_secs(60))
}

#[test]
fn issue14_unshare_enters_the_rootless_user_namespace() {
    crate::require_root!();
    let t = TestRoot::new();
    // with ranges: 0 is the caller, 1.. the subordinate ids (through newuidmap/newgidmap)
    let r = unshare_as_nobody(
        &t,
        "nobody:300000:65536\\n",
        "id -u; cat /proc/self/uid_map /proc/self/gid_map | tr -s \" \" | sed \"s/^ //\"; touch $HOME/f; chown 1000:1000 $HOME/f; echo $SKIFF_ROOT",
    );
    assert_eq!(r.code, 0, "{r}");
    let home = t.dir.path().join("nobody");
    assert_eq!(
        r.lines(),
        [
            "0",
            "0 65534 1",
            "1 300000 65536",
            "0 65534 1",
            "1 300000 65536",
            &format!("{}/.local/share/skiff", home.display()),
        ],
        "{r}"
    );
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(home.join("f")).unwrap();
    assert_eq!(
        (m.uid(), m.gid()),
        (300999, 300999),
        "id 1000 inside is 300000+999 outside"
    );
    // without ranges: a warning naming the fix, and one's own id alone
    let r = unshare_as_nobody(
        &t,
        "",
        "cat /proc/self/uid_map | tr -s \" \" | sed \"s/^ //\"",
    );
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(r.lines(), ["0 65534 1"], "{r}");
    assert!(r.stderr.contains("usermod --add-subuids"), "{r}");
    // its status is the command's
    let r = unshare_as_nobody(&t, "", "exit 7");
    assert_eq!(r.code, 7, "{r}");
    // an ordinary user without a runtime dir of their own is told how to get one
    for xdg in ["", "XDG_RUNTIME_DIR=/tmp"] {
        let sh = format!(
            "setpriv --reuid 65534 --regid 65534 --clear-groups env -i PATH=/usr/bin:/bin HOME={} {xdg} {} images",
            home.display(),
            t.cmd(&[]).get_program().to_string_lossy()
        );
        let mut c = std::process::Command::new("sh");
        c.args(["-c", &sh]);
        let r = crate::support::run_bounded(c, std::time::Duration::from_secs(30));
        assert_eq!(r.code, 125, "{xdg}: {r}");
        r.one_error_line(&["XDG_RUNTIME_DIR", "--runroot"]);
    }
    // as root there is nothing to enter
    let r = t.run(&["unshare", "true"]);
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["rootless"]);
}
