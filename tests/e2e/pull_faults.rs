//! Issue 2: pulls against a fake registry that misbehaves on purpose.

use crate::support::TestRoot;
use crate::support::fake::{Auth, FakeRegistry, Faults};
use crate::support::images::{self, Spec, TarBuilder};

fn name(f: &FakeRegistry, repo: &str) -> String {
    format!("{}/{repo}:latest", f.host())
}

#[test]
fn issue2_bearer_token_flow_anonymous_and_with_credentials() {
    let f = FakeRegistry::start(Auth::Bearer(None));
    f.push("test/busybox", "latest", &images::busybox());
    let t = TestRoot::new();
    t.ok(&["pull", "-q", &name(&f, "test/busybox")]);
    let log = f.log();
    assert!(log.iter().any(|l| l == "GET /token"), "{log:?}");
    // one token serves the manifest, config and layer requests
    assert_eq!(
        log.iter().filter(|l| *l == "GET /token").count(),
        1,
        "{log:?}"
    );

    let g = FakeRegistry::start(Auth::Bearer(Some(("bob".into(), "pw".into()))));
    g.push("test/busybox", "latest", &images::busybox());
    let t = TestRoot::new();
    t.fails(&["pull", &name(&g, "test/busybox")], 125)
        .one_error_line(&[&g.host()]);
    t.fails(
        &["pull", "--creds", "bob:nope", &name(&g, "test/busybox")],
        125,
    )
    .one_error_line(&["incorrect username or password"]);
    t.ok(&["pull", "-q", "--creds", "bob:pw", &name(&g, "test/busybox")]);
}

#[test]
fn issue2_transient_503s_are_retried() {
    let f = FakeRegistry::start(Auth::None);
    f.push("test/busybox", "latest", &images::busybox());
    f.set_faults(Faults {
        blob_503s: 2,
        ..Faults::default()
    });
    let t = TestRoot::new();
    t.ok(&["pull", "-q", &name(&f, "test/busybox")]);
}

#[test]
fn issue2_dropped_connections_resume_with_range() {
    let img = images::busybox();
    let layer = img.layers[0].digest();
    for ignore_range in [false, true] {
        let f = FakeRegistry::start(Auth::None);
        f.push("test/busybox", "latest", &img);
        f.set_faults(Faults {
            drop_blob: Some((layer.clone(), 300_000, 2)),
            ignore_range,
            ..Faults::default()
        });
        let t = TestRoot::new();
        t.ok(&["pull", "-q", &name(&f, "test/busybox")]);
        let gets = f.log().iter().filter(|l| l.ends_with(&layer)).count();
        assert_eq!(gets, 3, "two drops, then a successful resume");
    }
}

#[test]
fn issue2_corrupt_blob_fails_and_leaves_store_unchanged() {
    let f = FakeRegistry::start(Auth::None);
    let img = images::busybox();
    f.push("test/busybox", "latest", &img);
    let t = TestRoot::new();
    t.ok(&["images"]); // creates the empty store
    let before = t.store_listing();
    f.set_faults(Faults {
        corrupt_blob: Some(img.layers[0].digest()),
        ..Faults::default()
    });
    let r = t.fails(&["pull", &name(&f, "test/busybox")], 125);
    assert!(
        r.stderr.contains("does not match") || r.stderr.contains("layer"),
        "{r}"
    );
    assert_eq!(r.stderr.lines().count(), 1, "{r}");
    assert_eq!(t.store_listing(), before);
    assert!(t.ok(&["images", "-q"]).stdout.is_empty());
}

#[test]
fn issue2_config_with_wrong_diff_id_is_refused() {
    let f = FakeRegistry::start(Auth::None);
    let mut img = images::busybox();
    // claim the layer uncompresses to something else
    let mut config: serde_json::Value = serde_json::from_slice(&img.config.data).unwrap();
    config["rootfs"]["diff_ids"][0] = serde_json::json!(images::sha256(b"other"));
    img.config.data = serde_json::to_vec(&config).unwrap();
    let mut manifest: serde_json::Value = serde_json::from_slice(&img.manifest.data).unwrap();
    manifest["config"] = img.config.descriptor();
    img.manifest.data = serde_json::to_vec(&manifest).unwrap();
    f.push("test/bad", "latest", &img);
    let t = TestRoot::new();
    t.fails(&["pull", &name(&f, "test/bad")], 125)
        .one_error_line(&["uncompressed"]);
    assert!(t.ok(&["images", "-q"]).stdout.is_empty());
}

#[test]
fn issue2_schema1_is_refused_clearly() {
    let f = FakeRegistry::start(Auth::None);
    let v1 = br#"{"schemaVersion":1,"name":"old/app","tag":"latest","fsLayers":[],"history":[]}"#;
    f.add_raw_manifest(
        "old/app",
        "latest",
        "application/vnd.docker.distribution.manifest.v1+prettyjws",
        v1,
    );
    let t = TestRoot::new();
    t.fails(&["pull", &name(&f, "old/app")], 125)
        .one_error_line(&["schema 1"]);
}

#[test]
fn issue2_unknown_images_hosts_and_tags() {
    let f = FakeRegistry::start(Auth::None);
    f.push("test/busybox", "latest", &images::busybox());
    let t = TestRoot::new();
    t.fails(&["pull", &format!("{}/test/busybox:nope", f.host())], 125)
        .one_error_line(&["not found", "manifest unknown"]);
    t.fails(&["pull", &format!("{}/no/such", f.host())], 125)
        .one_error_line(&["not found"]);
    let closed = crate::support::free_port();
    t.fails(&["pull", &format!("127.0.0.1:{closed}/x/y")], 125)
        .one_error_line(&["cannot reach registry", &closed.to_string()]);
    t.fails(&["pull", "registry.invalid/x/y"], 125)
        .one_error_line(&["registry.invalid"]);
}

#[test]
fn issue2_hostile_layers_never_write_outside() {
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("victim");
    let f = FakeRegistry::start(Auth::None);
    // `..` traversal: the whole layer is refused
    let dotdot = TarBuilder::new()
        .file("ok", b"1")
        .file(
            &format!("../../../../../../../../..{}", victim.display()),
            b"pwned",
        )
        .finish();
    f.push(
        "evil/dotdot",
        "latest",
        &images::build(Spec {
            tars: vec![dotdot],
            ..Spec::default()
        }),
    );
    // a symlink to the outside dir, then a file written "through" it: contained
    let through = TarBuilder::new()
        .symlink("escape", &outside.path().display().to_string())
        .file("escape/planted", b"pwned")
        .finish();
    f.push(
        "evil/symlink",
        "latest",
        &images::build(Spec {
            tars: vec![through],
            ..Spec::default()
        }),
    );
    // a hard link to a host file: refused
    let hard = TarBuilder::new().hardlink("passwd", "/etc/passwd").finish();
    f.push(
        "evil/hardlink",
        "latest",
        &images::build(Spec {
            tars: vec![hard],
            ..Spec::default()
        }),
    );

    let t = TestRoot::new();
    t.fails(&["pull", &name(&f, "evil/dotdot")], 125)
        .one_error_line(&["outside the layer"]);
    t.fails(&["pull", &name(&f, "evil/hardlink")], 125)
        .one_error_line(&["hard link"]);
    t.ok(&["pull", "-q", &name(&f, "evil/symlink")]);
    assert!(!victim.exists());
    assert!(
        std::fs::read_dir(outside.path()).unwrap().next().is_none(),
        "nothing outside"
    );
    let dirs = crate::pull::layer_dirs(&t, &name(&f, "evil/symlink"));
    let contained = dirs[0]
        .join(outside.path().strip_prefix("/").unwrap())
        .join("planted");
    assert_eq!(std::fs::read(contained).unwrap(), b"pwned");
    let rows = t.ok(&["images", "--format", "{{.Repository}}"]);
    assert_eq!(rows.stdout.trim(), format!("{}/evil/symlink", f.host()));
}
