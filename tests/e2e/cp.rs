//! Issue 7: `cp` between the host and containers, running and stopped: docker's path rules,
//! tar streams, owners, and containers that plant symlinks pointing at the host.

use std::path::Path;

use crate::run::busybox_store;
use crate::support::{Run, TestRoot, run_bounded};

fn shell(t: &TestRoot, args: &[&str], wrap: impl FnOnce(&str) -> String) -> Run {
    run_bounded(t.sh(args, wrap), std::time::Duration::from_secs(60))
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The path rules, checked against one container (running or stopped).
fn path_rules(t: &TestRoot, c: &str) {
    let host = t.dir.path().join(format!("host-{c}"));
    std::fs::create_dir_all(host.join("tree/sub")).unwrap();
    std::fs::write(host.join("tree/a"), "a\n").unwrap();
    std::fs::write(host.join("tree/sub/b"), "b\n").unwrap();
    t.give(&host);
    let h = |p: &str| host.join(p).display().to_string();
    let at = |p: &str| format!("{c}:{p}");
    // a directory into an existing directory, then its contents with /. (to a new one)
    t.ok(&["exec", c, "sh", "-c", "mkdir -p /srv"]);
    t.ok(&["cp", &h("tree"), &at("/srv")]);
    t.ok(&["cp", &format!("{}/.", h("tree")), &at("/opt")]);
    // a file to a new name, into an existing dir, and into missing parents
    t.ok(&["cp", &h("tree/a"), &at("/renamed")]);
    t.ok(&["cp", &h("tree/a"), &at("/etc/")]);
    t.ok(&["cp", &h("tree/sub/b"), &at("/new/parents/b")]);
    let r = t.ok(&[
        "exec",
        c,
        "sh",
        "-c",
        "cat /srv/tree/a /srv/tree/sub/b /opt/a /opt/sub/b /renamed /etc/a /new/parents/b; stat -c %u:%g /srv/tree/a",
    ]);
    assert_eq!(r.stdout, "a\nb\na\nb\na\na\nb\n0:0\n", "{r}");
    // and back out: a dir, its contents, a file to a new name
    let out = host.join("out");
    std::fs::create_dir_all(&out).unwrap();
    t.give(&out);
    t.ok(&["cp", &at("/srv/tree"), out.to_str().unwrap()]);
    assert_eq!(read(&out.join("tree/sub/b")), "b\n");
    t.ok(&["cp", &at("/srv/tree/."), out.join("flat").to_str().unwrap()]);
    assert_eq!(read(&out.join("flat/a")), "a\n");
    t.ok(&[
        "cp",
        &at("/renamed"),
        out.join("x/y/file").to_str().unwrap(),
    ]);
    assert_eq!(read(&out.join("x/y/file")), "a\n");
    // errors: one line, non-zero
    t.fails(&["cp", &at("/nonexistent"), out.to_str().unwrap()], 125)
        .one_error_line(&["Could not find the file /nonexistent"]);
    t.fails(&["cp", &h("nope"), &at("/x")], 125)
        .one_error_line(&["no such file"]);
    t.fails(&["cp", &h("tree"), &at("/renamed")], 125)
        .one_error_line(&["cannot copy a directory to a file"]);
    t.fails(&["cp", &h("tree/a"), &at("/missing/dir/")], 125)
        .one_error_line(&["does not exist"]);
    t.fails(&["cp", &h("tree/a"), &h("elsewhere")], 125)
        .one_error_line(&["at least one container"]);
    t.fails(&["cp", &at("/renamed"), &at("/again")], 125)
        .one_error_line(&["between containers"]);
    let r = shell(t, &["cp", "-", &at("/renamed")], |l| format!("true | {l}"));
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["must be a directory"]);
    // tar streams both ways
    let r = shell(t, &["cp", &at("/srv/tree"), "-"], |l| {
        format!("{l} | tar -tf - | sort")
    });
    assert_eq!(
        r.lines(),
        ["tree/", "tree/a", "tree/sub/", "tree/sub/b"],
        "{r}"
    );
    let r = shell(t, &["cp", "-", &at("/srv")], |l| {
        format!("tar -C {} -cf - sub | {l}", h("tree"))
    });
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(t.ok(&["exec", c, "cat", "/srv/sub/b"]).stdout, "b\n");
}

#[test]
fn issue7_cp_follows_dockers_path_rules_running_and_stopped() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.ok(&["run", "-d", "--name", "live", &img, "sleep", "300"]);
    path_rules(&t, "live");
    // a stopped container: written into its writable layer, seen when it runs again
    t.ok(&["create", "--name", "idle", &img, "sleep", "300"]);
    let f = t.dir.path().join("note");
    std::fs::write(&f, "stopped\n").unwrap();
    t.ok(&["cp", f.to_str().unwrap(), "idle:/root/note"]);
    let back = t.dir.path().join("back");
    t.ok(&["cp", "idle:/root/note", back.to_str().unwrap()]);
    assert_eq!(read(&back), "stopped\n");
    t.ok(&["start", "idle"]);
    path_rules(&t, "idle");
    // -a keeps owners, plain cp gives them to root (in) and the caller (out)
    t.ok(&[
        "exec",
        "live",
        "sh",
        "-c",
        "echo o > /owned; chown 1234:5678 /owned",
    ]);
    let plain = t.dir.path().join("plain");
    t.ok(&["cp", "live:/owned", plain.to_str().unwrap()]);
    let kept = t.dir.path().join("kept");
    t.ok(&["cp", "-a", "live:/owned", kept.to_str().unwrap()]);
    use std::os::unix::fs::MetadataExt;
    let caller = if crate::support::as_user() {
        crate::support::as_user::NOBODY
    } else {
        0
    };
    assert_eq!(std::fs::metadata(&plain).unwrap().uid(), caller);
    // (an ordinary user's copy keeps them as its namespace maps them: 1234 is subuid 1233)
    let kept_ids = if crate::support::as_user() {
        (300000 + 1233, 300000 + 5677)
    } else {
        (1234, 5678)
    };
    let m = std::fs::metadata(&kept).unwrap();
    assert_eq!((m.uid(), m.gid()), kept_ids);
    t.ok(&["rm", "-f", "live", "idle"]);
}

#[test]
fn issue7_cp_never_leaves_the_container_through_planted_symlinks() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    // host-side targets the container's links point at, by absolute path
    let victim = t.dir.path().join("victim");
    std::fs::create_dir_all(&victim).unwrap();
    std::fs::write(victim.join("secret"), "host secret\n").unwrap();
    let v = victim.display().to_string();
    // (an ordinary user's container may not make device nodes)
    let mknod = if crate::support::as_user() {
        ""
    } else {
        "; mknod /d/nul c 1 3"
    };
    let plant = format!(
        "mkdir -p {v}; ln -s {v} /todir; ln -s {v}/secret /tofile; ln -s / /rootlink; mkdir /d; ln -s {v} /d/inner{mknod}"
    );
    let evil = t.dir.path().join("evil");
    std::fs::write(&evil, "evil\n").unwrap();
    let e = evil.to_str().unwrap();
    for (name, detached) in [("stopped", false), ("running", true)] {
        let script = format!("{plant}; sleep 300");
        if detached {
            t.ok(&["run", "-d", "--name", name, &img, "sh", "-c", &script]);
            // (the script may not have run yet: ls must not fail meanwhile)
            let ls = ["exec", name, "sh", "-c", "ls /d 2>/dev/null; true"];
            crate::detached::eventually(&t, &ls, |s| s.contains("inner"));
        } else {
            t.ok(&["create", "--name", name, &img, "sh", "-c", &plant]);
            t.ok(&["start", "-a", name]);
        }
        let at = |p: &str| format!("{name}:{p}");
        // writes through the links land inside the container
        t.ok(&["cp", e, &at("/todir/")]);
        t.ok(&["cp", e, &at("/rootlink/rootfile")]);
        t.ok(&["cp", e, &at("/d/inner/deep")]);
        assert!(
            !victim.join("evil").exists(),
            "{name}: wrote through /todir onto the host"
        );
        assert!(
            !victim.join("deep").exists(),
            "{name}: wrote through /d/inner onto the host"
        );
        assert_eq!(read(&victim.join("secret")), "host secret\n");
        // reads through them never reach the host's file
        let got = t.dir.path().join(format!("got-{name}"));
        let r = t.run(&["cp", "-L", &at("/tofile"), got.to_str().unwrap()]);
        assert!(
            !got.exists() || read(&got) != "host secret\n",
            "{name}: read the host's secret through /tofile: {r}"
        );
        // a directory holding a link is copied with the link as a link
        let out = t.dir.path().join(format!("out-{name}"));
        t.ok(&["cp", &at("/d"), out.to_str().unwrap()]);
        let link = std::fs::symlink_metadata(out.join("inner")).unwrap();
        assert!(link.file_type().is_symlink());
        assert!(
            !out.join("nul").exists(),
            "{name}: a container's device node is not recreated on the host"
        );
        // a tar stream with .. entries is refused
        let r = shell(&t, &["cp", "-", &at("/")], |l| {
            format!("printf 'x' > {v}/x; tar -C {v} -cPf - ../victim/x | {l}")
        });
        assert_ne!(r.code, 0, "{r}");
        if detached {
            let r = t.ok(&[
                "exec",
                name,
                "sh",
                "-c",
                &format!("cat {v}/evil /rootfile {v}/deep"),
            ]);
            assert_eq!(r.stdout, "evil\nevil\nevil\n", "{r}");
        }
        t.ok(&["rm", "-f", name]);
    }
}
