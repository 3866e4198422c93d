//! Issue 2: the store is crash safe, shared safely between concurrent pulls, and works for
//! a non-root user who owns its root.

use std::os::unix::process::CommandExt;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::support::TestRoot;
use crate::support::fake::{Auth, FakeRegistry, Faults};
use crate::support::images::{self, Spec, TarBuilder};
use crate::support::registry::Registry;

#[test]
fn issue2_kill_9_mid_pull_leaves_nothing_visible_and_next_pull_reuses_layers() {
    let small = TarBuilder::new().file("small", b"done first").finish();
    let img = images::build(Spec {
        tars: vec![small.clone(), images::busybox_tar().to_vec()],
        ..Spec::default()
    });
    let f = FakeRegistry::start(Auth::None);
    f.push("test/app", "latest", &img);
    f.set_faults(Faults {
        stall_blob: Some((img.layers[1].digest(), 200_000)),
        ..Faults::default()
    });
    let t = TestRoot::new();
    let name = format!("{}/test/app:latest", f.host());
    let mut child = t
        .cmd(&["pull", &name])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let small_layer = t.root().join("layers").join(&images::sha256(&small)[7..]);
    let deadline = Instant::now() + Duration::from_secs(20);
    while !(small_layer.join("layer.json").exists()
        && f.log().iter().any(|l| l.ends_with(&img.layers[1].digest())))
    {
        assert!(
            Instant::now() < deadline,
            "pull did not get going: {:?}",
            f.log()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(200));
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    assert!(
        t.ok(&["images", "-aq"]).stdout.is_empty(),
        "no half-pulled image is listed"
    );
    assert_eq!(
        t.ok(&["info", "--format", "{{.Images}}"]).stdout.trim(),
        "0"
    );
    let leftovers = std::fs::read_dir(t.root().join("tmp")).unwrap().count();
    assert_eq!(leftovers, 1, "the killed pull's work dir is still there");

    f.set_faults(Faults::default());
    let r = t.ok(&["pull", &name]);
    let short = &img.layers[0].digest()[7..19];
    assert!(
        r.stdout.contains(&format!("{short}: Already exists")),
        "completed layer reused:\n{r}"
    );
    assert_eq!(
        std::fs::read_dir(t.root().join("tmp")).unwrap().count(),
        0,
        "abandoned work swept"
    );
    assert_eq!(t.ok(&["images", "-q"]).stdout.trim(), &img.id()[7..19]);
}

#[test]
fn issue2_concurrent_pulls_share_the_store() {
    let reg = Registry::start();
    let a = images::busybox();
    let b = images::build(Spec {
        labels: serde_json::json!({"variant": "b"}),
        ..Spec::default()
    });
    reg.push("test/a", "latest", &a);
    reg.push("test/b", "latest", &b);
    let t = TestRoot::new();
    let names = [
        reg.reference("test/a", "latest"),
        reg.reference("test/a", "latest"),
        reg.reference("test/b", "latest"),
    ];
    let children: Vec<_> = names
        .iter()
        .map(|n| {
            t.cmd(&["pull", "-q", n])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let rows = t.ok(&["images", "--format", "{{.Repository}}"]);
    assert_eq!(rows.lines().len(), 2, "{rows}");
    // the shared busybox layer is unpacked once
    let layers = std::fs::read_dir(t.root().join("layers")).unwrap().count();
    assert_eq!(layers, 1);
}

#[test]
fn issue2_store_works_for_a_non_root_owner() {
    crate::rootful_only!("it runs skiff as an ordinary user itself");
    let reg = Registry::start();
    reg.push("test/busybox", "latest", &images::busybox());
    reg.push("test/multi", "latest", &images::multilayer());
    let t = TestRoot::new();
    let nobody = 65534;
    chown_tree(t.dir.path(), nobody);
    let name = reg.reference("test/busybox", "latest");
    let run = |args: &[&str]| {
        let mut c = t.cmd(args);
        c.uid(nobody).gid(nobody);
        crate::support::Run::from(c.output().unwrap())
    };
    let r = run(&["pull", "-q", &name]);
    assert_eq!(r.code, 0, "{r}");
    let r = run(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    assert_eq!(r.stdout.trim(), name, "{r}");
    use std::os::unix::fs::MetadataExt;
    assert_eq!(
        std::fs::metadata(t.root().join("images.json"))
            .unwrap()
            .uid(),
        nobody
    );
    let r = run(&["rmi", &name]);
    assert_eq!(r.code, 0, "{r}");
    // files of other owners need subordinate ids (rootless.rs has the user that has them):
    // without, the pull fails and says how to get them
    let has_ranges = std::fs::read_to_string("/etc/subuid").is_ok_and(|s| {
        s.lines()
            .any(|l| l.starts_with("nobody:") || l.starts_with("65534:"))
    });
    if !has_ranges {
        let r = run(&["pull", "-q", &reg.reference("test/multi", "latest")]);
        assert_eq!(r.code, 125, "{r}");
        assert!(
            r.stderr.contains("not mapped") && r.stderr.contains("/etc/subuid"),
            "{r}"
        );
    }
}

fn chown_tree(p: &std::path::Path, uid: u32) {
    std::os::unix::fs::lchown(p, Some(uid), Some(uid)).unwrap();
    if p.is_dir() && !p.is_symlink() {
        for e in std::fs::read_dir(p).unwrap() {
            chown_tree(&e.unwrap().path(), uid);
        }
    }
}
