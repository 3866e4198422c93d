//! Issue 3: create/start/ps/inspect/rename/wait/rm/prune, limits, volumes, hostile images,
//! and the cgroup v2 path.

use crate::run::busybox_store;
use crate::support::fake::{Auth, FakeRegistry};
use crate::support::images::{self, Spec, TarBuilder};
use crate::support::{Run, TestRoot};

fn cgroups_named(id: &str) -> Vec<String> {
    let mut found = Vec::new();
    for root in ["/sys/fs/cgroup"] {
        let Ok(rd) = std::fs::read_dir(root) else {
            continue;
        };
        for h in rd.flatten() {
            let p = h.path().join(format!("skiff-{id}"));
            if p.exists() {
                found.push(p.display().to_string());
            }
        }
    }
    found
}

#[test]
fn issue3_lifecycle_create_start_ps_inspect_rename_wait_rm() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let id = t
        .ok(&[
            "create",
            "--name",
            "job",
            "-l",
            "team=blue",
            &img,
            "sh",
            "-c",
            "echo working; exit 4",
        ])
        .stdout
        .trim()
        .to_string();
    assert_eq!(id.len(), 64);
    let ps = t.ok(&["ps", "-a"]);
    let row = ps.lines()[1].to_string();
    assert!(row.starts_with(&id[..12]), "{ps}");
    assert!(
        row.contains("\"sh -c echo working;…\"") && row.contains("Created") && row.ends_with("job"),
        "{ps}"
    );
    assert!(
        t.ok(&["ps", "-q"]).stdout.is_empty(),
        "not running: hidden without -a"
    );
    let r = t.run(&["start", "-a", "job"]);
    assert_eq!((r.code, r.stdout.as_str()), (4, "working\n"), "{r}");
    let st = t.ok(&["ps", "-a", "--format", "{{.Status}}|{{.Names}}|{{.Labels}}"]);
    assert!(
        st.stdout.starts_with("Exited (4) ") && st.stdout.trim_end().ends_with("ago|job|team=blue"),
        "{st}"
    );
    let i = t.ok(&["inspect", "--format", "{{.State.Status}} {{.State.ExitCode}} {{.Name}} {{.Config.Image}} {{json .Config.Cmd}} {{.State.Running}}", "job"]);
    assert_eq!(
        i.stdout.trim(),
        format!("exited 4 /job {img} [\"sh\",\"-c\",\"echo working; exit 4\"] false")
    );
    let doc: serde_json::Value =
        serde_json::from_str(&t.ok(&["container", "inspect", &id[..8]]).stdout).unwrap();
    assert_eq!(doc[0]["Id"], id);
    assert_eq!(doc[0]["HostConfig"]["NetworkMode"], "none");
    assert!(
        doc[0]["State"]["FinishedAt"]
            .as_str()
            .unwrap()
            .ends_with('Z')
    );
    t.ok(&["rename", "job", "job2"]);
    t.fails(&["inspect", "--type", "container", "job"], 125);
    // start (detached) then wait
    let s = t.ok(&["start", "job2"]);
    assert_eq!(s.stdout, "job2\n");
    assert_eq!(t.ok(&["wait", "job2"]).stdout, "4\n");
    t.ok(&["rm", "job2"]);
    assert!(t.ok(&["ps", "-aq"]).stdout.is_empty());
    assert!(cgroups_named(&id).is_empty());
    t.fails(&["rm", "job2"], 125)
        .one_error_line(&["No such container: job2"]);
}

#[test]
fn issue3_rm_of_running_containers_and_prune() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.ok(&["create", "--name", "sleeper", &img, "sleep", "100"]);
    t.ok(&["start", "sleeper"]);
    let st = t.ok(&["ps", "--format", "{{.Names}} {{.Status}}"]);
    assert!(st.stdout.starts_with("sleeper Up "), "{st}");
    let id = t
        .ok(&["inspect", "-f", "{{.Id}}", "sleeper"])
        .stdout
        .trim()
        .to_string();
    // (an ordinary user's on cgroup v1 has none)
    assert_eq!(
        !cgroups_named(&id).is_empty(),
        !crate::support::as_user(),
        "a running container has its cgroups"
    );
    t.fails(&["rm", "sleeper"], 125)
        .one_error_line(&["running", "force"]);
    t.ok(&["rm", "-f", "sleeper"]);
    assert!(t.ok(&["ps", "-aq"]).stdout.is_empty());
    assert!(
        cgroups_named(&id).is_empty(),
        "cgroups removed with the container"
    );
    for n in ["a", "b"] {
        t.ok(&["run", "--name", n, &img, "true"]);
    }
    let p = t.ok(&["container", "prune", "-f"]);
    assert!(p.stdout.starts_with("Deleted Containers:\n"), "{p}");
    assert!(t.ok(&["ps", "-aq"]).stdout.is_empty());
    t.ok(&["create", "--name", "c1", &img, "true"]);
    t.ok(&["create", "--name", "c2", &img, "true"]);
    assert_eq!(t.ok(&["rm", "-a"]).lines().len(), 2);
}

#[test]
fn issue3_ps_filters_and_formats() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.ok(&["run", "--name", "ok0", "-l", "app=web", &img, "true"]);
    t.run(&["run", "--name", "bad3", &img, "sh", "-c", "exit 3"]);
    t.ok(&["create", "--name", "fresh", &img, "true"]);
    let names = |args: &[&str]| {
        let mut v = vec!["ps", "-a", "--format", "{{.Names}}"];
        v.extend_from_slice(args);
        let mut n: Vec<String> = t.ok(&v).lines().iter().map(|s| s.to_string()).collect();
        n.sort();
        n
    };
    assert_eq!(names(&["--filter", "status=exited"]), ["bad3", "ok0"]);
    assert_eq!(names(&["--filter", "status=created"]), ["fresh"]);
    assert_eq!(names(&["--filter", "exited=3"]), ["bad3"]);
    assert_eq!(names(&["--filter", "label=app=web"]), ["ok0"]);
    assert_eq!(names(&["--filter", "name=ok"]), ["ok0"]);
    assert_eq!(names(&["--filter", &format!("ancestor={img}")]).len(), 3);
    assert_eq!(
        t.ok(&["ps", "-n", "1", "--format", "{{.Names}}"]).stdout,
        "fresh\n",
        "newest first"
    );
    assert_eq!(
        t.ok(&["ps", "-l", "-q", "--no-trunc"]).stdout.trim().len(),
        64
    );
    let js = t.ok(&["ps", "-a", "--format", "json"]);
    let first: serde_json::Value = serde_json::from_str(js.lines()[0]).unwrap();
    assert_eq!(first["Names"], "fresh");
    assert_eq!(first["State"], "created");
    let sized = t.ok(&["ps", "-a", "-s"]);
    assert!(
        sized.lines()[0].ends_with("SIZE") && sized.stdout.contains("(virtual "),
        "{sized}"
    );
    t.fails(&["ps", "--filter", "status=sleepy"], 125)
        .one_error_line(&["sleepy"]);
}

#[test]
fn issue3_rm_leaves_nothing_and_limits_hold() {
    crate::rootful_only!("limits need a cgroup (rootless limits: rootless.rs)");
    let (_reg, t, img) = busybox_store();
    let r = t.run(&[
        "run",
        "--name",
        "hog",
        "-m",
        "16m",
        "--memory-swap",
        "-1",
        &img,
        "sh",
        "-c",
        "x=a; while true; do x=$x$x; done",
    ]);
    assert_eq!(r.code, 137, "{r}");
    assert_eq!(
        t.ok(&[
            "inspect",
            "-f",
            "{{.State.OOMKilled}} {{.State.ExitCode}}",
            "hog"
        ])
        .stdout
        .trim(),
        "true 137"
    );
    let r = t.run(&[
        "run",
        "--rm",
        "--pids-limit",
        "10",
        &img,
        "sh",
        "-c",
        "for i in $(seq 30); do sleep 3 & done; wait",
    ]);
    assert!(
        r.stderr.contains("can't fork") || r.stderr.contains("Resource temporarily unavailable"),
        "{r}"
    );
    let r = t.ok(&["run", "--rm", "--cpus", "0.5", "--cpu-shares", "512", "--cpuset-cpus", "0", &img, "sh", "-c",
        "cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us 2>/dev/null || cat /sys/fs/cgroup/cpu.max 2>/dev/null || echo none; cat /proc/self/status | grep Cpus_allowed_list"]);
    assert!(r.stdout.contains("Cpus_allowed_list:\t0"), "{r}");
    assert!(
        r.stdout.starts_with("50000\n") || r.stdout.starts_with("50000 100000\n"),
        "the container sees its own limits under /sys/fs/cgroup: {r}"
    );
    let r = t.ok(&["run", "--rm", "-m", "64m", &img, "sh", "-c",
        "cat /sys/fs/cgroup/memory/memory.limit_in_bytes 2>/dev/null || cat /sys/fs/cgroup/memory.max; \
         touch /sys/fs/cgroup/x 2>&1 | grep -c Read-only"]);
    assert_eq!(r.lines(), vec!["67108864", "1"], "{r}");
    t.ok(&["rm", "hog"]);
    assert_eq!(
        std::fs::read_dir(t.root().join("containers"))
            .unwrap()
            .count(),
        0
    );
    let autoremove = std::fs::read_dir(t.root().join("autoremove"))
        .unwrap()
        .count();
    assert_eq!(autoremove, 0);
}

#[test]
fn issue3_volumes_persist_and_bind_mounts() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.ok(&[
        "run",
        "--rm",
        "-v",
        "data:/data",
        &img,
        "sh",
        "-c",
        "echo kept > /data/f",
    ]);
    assert_eq!(
        t.ok(&["run", "--rm", "-v", "data:/d:ro", &img, "cat", "/d/f"])
            .stdout,
        "kept\n"
    );
    let r = t.run(&[
        "run",
        "--rm",
        "-v",
        "data:/d:ro",
        &img,
        "sh",
        "-c",
        "echo x > /d/g",
    ]);
    assert_ne!(r.code, 0, "read-only volume");
    let host = t.dir.path().join("host");
    std::fs::create_dir(&host).unwrap();
    std::fs::write(host.join("in"), "from host").unwrap();
    t.give(&host);
    let spec = format!("{}:/h", host.display());
    assert_eq!(
        t.ok(&[
            "run",
            "--rm",
            "-v",
            &spec,
            &img,
            "sh",
            "-c",
            "cat /h/in; echo back > /h/out"
        ])
        .stdout,
        "from host"
    );
    assert_eq!(std::fs::read_to_string(host.join("out")).unwrap(), "back\n");
    let m = format!("type=bind,source={},target=/m,readonly", host.display());
    assert_eq!(
        t.ok(&["run", "--rm", "--mount", &m, &img, "cat", "/m/in"])
            .stdout,
        "from host"
    );
    assert_eq!(t.ok(&["volume", "ls", "-q"]).stdout, "data\n");
    let vi = t.ok(&["volume", "inspect", "-f", "{{.Name}} {{.Driver}}", "data"]);
    assert_eq!(vi.stdout, "data local\n");
    t.ok(&["create", "--name", "user", "-v", "data:/data", &img, "true"]);
    t.fails(&["volume", "rm", "data"], 125)
        .one_error_line(&["in use"]);
    t.ok(&["rm", "user"]);
    t.ok(&["volume", "rm", "data"]);
    // anonymous volumes go with rm -v
    t.ok(&["run", "--name", "anon", "-v", "/scratch", &img, "true"]);
    assert_eq!(t.ok(&["volume", "ls", "-q"]).lines().len(), 1);
    t.ok(&["rm", "-v", "anon"]);
    assert!(t.ok(&["volume", "ls", "-q"]).stdout.is_empty());
    t.ok(&["volume", "create", "--label", "x=y", "made"]);
    assert_eq!(t.ok(&["volume", "prune", "-f", "-a"]).lines()[1], "made");
}

#[test]
fn issue3_image_volumes_are_copied_up_and_shared_with_volumes_from() {
    crate::require_root!();
    let reg = crate::support::registry::Registry::start();
    let mut seed = TarBuilder::new();
    seed.dir("seed/")
        .file("seed/a", b"from the image")
        .symlink("seed/link", "/etc/passwd");
    seed.entry("seed/owned", tar::EntryType::Regular, b"x", "", 0o640, 1000);
    let img = images::build(Spec {
        tars: vec![images::busybox_tar().to_vec(), seed.finish()],
        config: serde_json::json!({"Volumes": {"/seed": {}}}),
        ..Spec::default()
    });
    reg.push("test/vol", "1", &img);
    let t = TestRoot::new();
    let img = reg.reference("test/vol", "1");
    t.ok(&["pull", "-q", &img]);
    // the image's VOLUME: an anonymous volume that starts with the image's files
    let r = t.ok(&[
        "run",
        "--name",
        "src",
        &img,
        "sh",
        "-c",
        "cat /seed/a; echo; readlink /seed/link; stat -c '%u %a' /seed/owned; echo new > /seed/b",
    ]);
    assert_eq!(r.lines(), vec!["from the image", "/etc/passwd", "1000 640"]);
    // --volumes-from shares it (and its later contents), read-only on request
    let r = t.ok(&[
        "run",
        "--rm",
        "--volumes-from",
        "src:ro",
        &img,
        "sh",
        "-c",
        "cat /seed/b; touch /seed/c 2>&1 | grep -c Read-only",
    ]);
    assert_eq!(r.lines(), vec!["new", "1"]);
    // rm -v of the second user keeps the volume the first still owns
    t.ok(&[
        "create",
        "--name",
        "user",
        "--volumes-from",
        "src",
        &img,
        "true",
    ]);
    t.ok(&["rm", "-v", "user"]);
    assert_eq!(t.ok(&["volume", "ls", "-q"]).lines().len(), 1);
    // a named volume is filled once, when it is first mounted empty; nocopy skips that
    t.ok(&[
        "run",
        "--rm",
        "-v",
        "named:/seed",
        &img,
        "sh",
        "-c",
        "rm /seed/a",
    ]);
    let r = t.ok(&["run", "--rm", "-v", "named:/seed", &img, "ls", "/seed"]);
    assert_eq!(r.lines(), vec!["link", "owned"], "not copied again: {r}");
    let r = t.ok(&[
        "run",
        "--rm",
        "-v",
        "empty:/seed:nocopy",
        &img,
        "ls",
        "/seed",
    ]);
    assert!(r.stdout.is_empty(), "{r}");
    t.fails(
        &["run", "--rm", "--volumes-from", "nosuch", &img, "true"],
        125,
    )
    .one_error_line(&["nosuch"]);
    t.ok(&["rm", "-v", "src"]);
    let left = t.ok(&["volume", "ls", "-q"]).stdout;
    assert_eq!(
        left, "empty\nnamed\n",
        "the anonymous volume went with its owner"
    );
}

#[test]
fn issue3_symlinked_etc_and_dev_never_lead_outside_the_rootfs() {
    crate::require_root!();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("hosts-victim");
    let devdir = outside.path().join("dev-victim");
    let tar = TarBuilder::new()
        .dir("etc/")
        .symlink("etc/hosts", &target.display().to_string())
        .symlink("etc/resolv.conf", "../../../../../../../../etc/passwd")
        .symlink("dev", &devdir.display().to_string())
        .symlink("proc", "/")
        .finish();
    let img = images::build(Spec {
        tars: vec![images::busybox_tar().to_vec(), tar],
        ..Spec::default()
    });
    let f = FakeRegistry::start(Auth::None);
    f.push("evil/links", "latest", &img);
    let t = TestRoot::new();
    let name = format!("{}/evil/links:latest", f.host());
    t.ok(&["pull", "-q", &name]);
    let passwd_before = std::fs::read("/etc/passwd").unwrap();
    let r = t.ok(&[
        "run",
        "--rm",
        &name,
        "sh",
        "-c",
        "grep -c localhost /etc/hosts; ls /dev/null; cat /proc/self/status | head -1",
    ]);
    assert_eq!(r.lines()[0], "2", "{r}");
    assert!(
        !target.exists(),
        "nothing created at the symlink's host target"
    );
    assert!(!devdir.exists());
    assert_eq!(
        std::fs::read("/etc/passwd").unwrap(),
        passwd_before,
        "host file untouched"
    );
}

#[test]
fn issue3_no_host_fd_or_cwd_leaks() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let mut c = t.cmd(&[
        "run",
        "--rm",
        &img,
        "sh",
        "-c",
        "ls /proc/self/fd | tr '\\n' ' '; pwd",
    ]);
    // an fd the CLI inherits without CLOEXEC, and a host working directory
    let held = std::fs::File::open("/etc/hostname").unwrap();
    let fd = std::os::fd::AsRawFd::as_raw_fd(&held);
    // SAFETY: clears FD_CLOEXEC on an fd we own, so the child inherits it.
    unsafe { libc::fcntl(fd, libc::F_SETFD, 0) };
    c.current_dir(t.dir.path());
    let r = Run::from(c.output().unwrap());
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(r.stdout, "0 1 2 3 /\n", "{r}");
    drop(held);
}

#[test]
fn issue3_cgroup_v2_code_path() {
    crate::rootful_only!("it mounts a cgroup2 hierarchy of its own");
    let (_reg, t, img) = busybox_store();
    // a private cgroup2 mount in a private mount namespace, used as the hierarchy
    let mnt = t.dir.path().join("cg2");
    std::fs::create_dir(&mnt).unwrap();
    let r = on_private_cgroup2(
        &t,
        &mnt,
        &[
            "run",
            "--rm",
            &img,
            "sh",
            "-c",
            "cat /proc/self/cgroup | grep '^0::'; mknod /mem c 1 1; \
             head -c1 /mem >/dev/null 2>&1 && echo mem-readable || echo mem-refused; \
             echo > /dev/null && echo null-ok",
        ],
        "; rc=$?; ls {m} | grep -c skiff-; exit $rc",
    );
    assert_eq!(r.code, 0, "the run's own status: {r}");
    let l = r.lines();
    assert_eq!(
        l[0], "0::/",
        "the container sees its own cgroup namespace: {r}"
    );
    assert_eq!(l[1], "mem-refused", "the eBPF device filter holds: {r}");
    assert_eq!(l[2], "null-ok", "allowed devices work: {r}");
    assert_eq!(l[3], "0", "the container's v2 cgroup was removed: {r}");
    // limits need controllers that this hybrid host keeps on v1: a clear error, nothing left
    let r = on_private_cgroup2(&t, &mnt, &["run", "--rm", "-m", "32m", &img, "true"], "");
    let controllers =
        std::fs::read_to_string("/sys/fs/cgroup/unified/cgroup.controllers").unwrap_or_default();
    if controllers.contains("memory") {
        assert_eq!(r.code, 0, "{r}");
    } else {
        assert_eq!(r.code, 125, "{r}");
        r.one_error_line(&["memory"]);
    }
    // pause / unpause through the v2 freezer (cgroup.freeze), under a detached monitor
    let skiff = t.skiff_line();
    let tail = format!(
        " >/dev/null; S='{skiff}'; $S pause fz >/dev/null && $S inspect -f '{{{{.State.Status}}}}' fz; \
         grep -c 'frozen 1' {{m}}/skiff-*/cgroup.events; \
         $S unpause fz >/dev/null && $S inspect -f '{{{{.State.Status}}}}' fz; $S rm -f fz >/dev/null"
    );
    let r = on_private_cgroup2(
        &t,
        &mnt,
        &["run", "-d", "--name", "fz", &img, "sleep", "30"],
        &tail,
    );
    assert_eq!(r.lines(), vec!["paused", "1", "running"], "{r}");
    // systemd mode: the container's own cgroup2 tree is writable (systemd makes units
    // there); otherwise read-only
    let r = on_private_cgroup2(
        &t,
        &mnt,
        &[
            "run",
            "--rm",
            "--systemd",
            "always",
            &img,
            "sh",
            "-c",
            "mkdir /sys/fs/cgroup/unit && rmdir /sys/fs/cgroup/unit && echo cg-writable",
        ],
        &format!(
            "; S='{skiff}'; $S run --rm {img} sh -c 'mkdir /sys/fs/cgroup/unit 2>/dev/null || echo cg-read-only'"
        ),
    );
    assert_eq!(r.lines(), vec!["cg-writable", "cg-read-only"], "{r}");
}

/// Runs `skiff ARGS` (then the shell snippet `tail`, where `{m}` is the mount point) in a
/// private mount namespace with a fresh cgroup2 mount at `mnt` that skiff is told to use.
fn on_private_cgroup2(t: &TestRoot, mnt: &std::path::Path, args: &[&str], tail: &str) -> Run {
    let m = mnt.display().to_string();
    let c = t.sh(args, |line| {
        let script = format!(
            "mount -t cgroup2 none {m} && SKIFF_CGROUP2_MOUNT={m} {line}{}",
            tail.replace("{m}", &m)
        );
        // inside double quotes for the outer shell: nothing of it expands there
        let quoted = script
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('$', "\\$")
            .replace('`', "\\`");
        format!("unshare -m --propagation private sh -c \"{quoted}\"")
    });
    crate::support::run_bounded(c, std::time::Duration::from_secs(120))
}

#[test]
fn issue3_images_that_containers_use_are_kept() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.ok(&["create", "--name", "c1", &img, "sh", "-c", "echo alive"]);
    t.fails(&["rmi", &img], 125)
        .one_error_line(&["conflict", "is using its referenced image"]);
    let id = t.ok(&["images", "-q"]).stdout.trim().to_string();
    t.fails(&["rmi", &id], 125)
        .one_error_line(&["must be forced", "stopped container"]);
    assert_eq!(
        t.ok(&["image", "prune", "-af"]).stdout,
        "Total reclaimed space: 0B\n"
    );
    // -f takes the names; the image stays (dangling) and the container still runs
    let r = t.ok(&["rmi", "-f", &img]);
    assert!(r.stdout.starts_with("Untagged: "), "{r}");
    assert_eq!(t.ok(&["images", "-q"]).stdout.trim(), id);
    assert_eq!(t.ok(&["start", "-a", "c1"]).stdout, "alive\n");
    let r = t.run(&["rmi", "-a"]);
    assert_eq!(r.code, 125, "{r}");
    t.ok(&["rm", "c1"]);
    let r = t.ok(&["rmi", "-a"]);
    assert!(r.stdout.contains("Deleted: sha256:"), "{r}");
    assert!(t.ok(&["images", "-q"]).stdout.is_empty());
}

#[test]
fn issue3_top_and_diff() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.ok(&["create", "--name", "fresh", &img, "true"]);
    t.ok(&["start", "-a", "fresh"]);
    assert_eq!(
        t.ok(&["diff", "fresh"]).stdout,
        "",
        "skiff's own mount points are not changes"
    );
    let mut child = t
        .cmd(&[
            "run",
            "--name",
            "busy",
            &img,
            "sh",
            "-c",
            "mkdir /newdir; echo x > /etc/passwd; rm /bin/ls; echo ready; exec sleep 30",
        ])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut buf = [0u8; 6];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut buf).unwrap();
    let r = t.ok(&["top", "busy"]);
    let l = r.lines();
    assert!(l[0].starts_with("UID ") && l[0].ends_with("CMD"), "{r}");
    assert_eq!(l.len(), 2, "{r}");
    assert!(
        l[1].starts_with("root ") && l[1].ends_with(" sleep 30"),
        "{r}"
    );
    let r = t.ok(&["container", "top", "busy", "-o", "pid,comm"]);
    assert_eq!(r.lines().len(), 2, "{r}");
    assert!(r.lines()[1].ends_with("sleep"), "{r}");
    assert_eq!(
        t.ok(&["diff", "busy"]).lines(),
        vec![
            "C /bin",
            "D /bin/ls",
            "C /etc",
            "C /etc/passwd",
            "A /newdir"
        ]
    );
    t.ok(&["rm", "-f", "busy"]);
    let _ = child.wait();
    t.fails(&["top", "fresh"], 125)
        .one_error_line(&["is not running"]);
    t.fails(&["diff", "nosuch"], 125)
        .one_error_line(&["No such container"]);
}

/// `--cgroups` (podman's): `disabled` runs the container in no cgroup of its own — in the
/// caller's — refuses limits with it, and cannot be paused; `split` is refused; `enabled`
/// and `no-conmon` are the default.
#[test]
fn issue14_cgroups_modes() {
    crate::rootful_only!("root's containers are the ones with cgroups to turn off");
    let (_reg, t, img) = busybox_store();
    // what the host says of a detached container's cgroup
    let cgroup_of = |name: &str| {
        let pid = t.ok(&["inspect", "-f", "{{.State.Pid}}", name]).stdout;
        std::fs::read_to_string(format!("/proc/{}/cgroup", pid.trim())).unwrap()
    };
    t.ok(&[
        "run",
        "-d",
        "--name",
        "own",
        "--cgroups",
        "no-conmon",
        &img,
        "sleep",
        "60",
    ]);
    assert!(cgroup_of("own").contains("skiff-"), "{}", cgroup_of("own"));
    t.ok(&["rm", "-f", "own"]);
    for bad in [
        &["--cgroups=disabled", "-m", "64m"][..],
        &["--cgroups=split"],
    ] {
        let mut args = vec!["run", "--rm"];
        args.extend_from_slice(bad);
        args.extend_from_slice(&[&img, "true"]);
        let r = t.run(&args);
        assert_eq!(r.code, 125, "{bad:?}: {r}");
        assert_eq!(r.stderr.lines().count(), 1, "{r}");
    }
    t.ok(&[
        "run",
        "-d",
        "--name",
        "free",
        "--cgroups=disabled",
        &img,
        "sleep",
        "60",
    ]);
    assert!(
        !cgroup_of("free").contains("skiff-"),
        "{}",
        cgroup_of("free")
    );
    let r = t.run(&["pause", "free"]);
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["no cgroup"]);
    assert_eq!(t.ok(&["exec", "free", "echo", "in"]).stdout, "in\n");
    t.ok(&["stop", "-t", "1", "free"]);
    t.ok(&["rm", "free"]);
}
