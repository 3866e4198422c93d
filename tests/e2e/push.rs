//! Issue 7: `push` — round trips through the test registry, skipped and mounted blobs,
//! unchanged images keeping their manifest digest, formats, auth, and failures that leave
//! the store as it was.

use crate::interop::multilayer_store;
use crate::support::images;
use crate::support::registry::Registry;
use crate::support::{TestRoot, free_port};

fn id_of(t: &TestRoot, image: &str) -> String {
    t.ok(&["image", "inspect", "-f", "{{.Id}}", image])
        .stdout
        .trim()
        .to_string()
}

/// The `TAG: digest: D size: N` line's digest.
fn pushed_digest(out: &str) -> String {
    out.lines()
        .find_map(|l| l.split(": digest: ").nth(1))
        .and_then(|r| r.split_whitespace().next())
        .unwrap_or_else(|| panic!("no digest line in:\n{out}"))
        .to_string()
}

#[test]
fn issue7_push_round_trip_mount_and_unchanged_digest() {
    crate::require_root!();
    let (reg, t, multi) = multilayer_store();
    let original = images::multilayer().manifest.digest();
    let id = id_of(&t, &multi);
    // same registry, other repository: every blob is mounted, the manifest is the same
    let copy = reg.reference("other/copy", "v1");
    let r = t.ok(&["push", &multi, &copy]);
    assert!(
        r.stdout.starts_with(&format!(
            "The push refers to repository [{}/other/copy]",
            reg.host()
        )),
        "{r}"
    );
    assert_eq!(
        r.stdout.matches("Mounted from test/multi").count(),
        3,
        "{r}"
    );
    assert_eq!(
        pushed_digest(&r.stdout),
        original,
        "an unchanged image keeps its digest"
    );
    let log = reg.access_log();
    let mounts = log
        .lines()
        .filter(|l| {
            l.contains("uri=\"/v2/other/copy/blobs/uploads/?mount=")
                && l.contains("from=test%2Fmulti")
                && l.contains("http.response.status=201")
        })
        .count();
    assert_eq!(
        mounts, 4,
        "the registry mounted 3 layers and the config:\n{log}"
    );
    assert!(
        !log.lines().any(|l| l.contains("http.request.method=PUT")
            && l.contains("/v2/other/copy/blobs/uploads/")),
        "nothing was uploaded:\n{log}"
    );

    // another registry: the original blobs are copied from the one the image came from
    let reg2 = Registry::start();
    let copied = reg2.reference("team/copied", "1");
    let r = t.ok(&["push", &multi, &copied]);
    assert_eq!(r.stdout.matches(": Pushed").count(), 3, "{r}");
    assert_eq!(
        pushed_digest(&r.stdout),
        original,
        "copied blobs keep the digest"
    );
    let r = t.ok(&["image", "inspect", "-f", "{{json .RepoDigests}}", &multi]);
    assert!(
        r.stdout
            .contains(&format!("{}/team/copied@{original}", reg2.host())),
        "{r}"
    );
    // the origins gone: the layers are rebuilt from the store (tar-split), compressed, sent
    drop(reg);
    drop(reg2);
    let reg3 = Registry::start();
    let dest = reg3.reference("team/app", "1");
    let r = t.ok(&["push", &multi, &dest]);
    assert_eq!(r.stdout.matches(": Pushed").count(), 3, "{r}");
    let digest = pushed_digest(&r.stdout);
    assert_ne!(digest, original, "recompressed layers make a new manifest");
    // pushed again: nothing to send, nothing recompressed
    let r = t.ok(&["push", &multi, &dest]);
    assert_eq!(r.stdout.matches("Layer already exists").count(), 3, "{r}");
    assert_eq!(pushed_digest(&r.stdout), digest);
    // removed locally and pulled back: the same image
    t.ok(&["rmi", "-f", &multi]);
    let fresh = TestRoot::new();
    fresh.ok(&["pull", "-q", &dest]);
    assert_eq!(id_of(&fresh, &dest), id);
    let r = fresh.ok(&["run", "--rm", &dest, "sh", "-c", "cat /etc/sym; ls /opq"]);
    assert_eq!(r.stdout, "hardnew\n");

    // OCI with zstd layers; docker's -q (the reference pushed, nothing else)
    let zs = reg3.reference("team/zs", "1");
    let r = fresh.ok(&[
        "push",
        "-q",
        "--format",
        "oci",
        "--compression-format",
        "zstd",
        &dest,
        &zs,
    ]);
    assert_eq!(
        r.stdout,
        format!("{zs}\n"),
        "docker's -q says what it pushed"
    );
    let m = reg3.manifest("team/zs", "1");
    assert_eq!(m["mediaType"], "application/vnd.oci.image.manifest.v1+json");
    for l in m["layers"].as_array().unwrap() {
        assert_eq!(
            l["mediaType"], "application/vnd.oci.image.layer.v1.tar+zstd",
            "{m}"
        );
    }
    let again = TestRoot::new();
    again.ok(&["pull", "-q", &zs]);
    assert_eq!(id_of(&again, &zs), id);
    // zstd does not fit a docker manifest
    fresh
        .fails(
            &[
                "push",
                "--format",
                "v2s2",
                "--compression-format",
                "zstd",
                &dest,
                &zs,
            ],
            125,
        )
        .one_error_line(&["--format oci"]);
}

#[test]
fn issue7_push_needs_permission_and_failures_change_nothing() {
    crate::require_root!();
    let open = Registry::start();
    open.push("test/busybox", "latest", &images::busybox());
    let t = TestRoot::new();
    let bb = open.reference("test/busybox", "latest");
    t.ok(&["pull", "-q", &bb]);
    let private = Registry::with_basic_auth("alice", "s3cret");
    let dest = private.reference("alice/bb", "1");
    let before = t.store_listing();
    t.fails(&["push", &bb, &dest], 125)
        .one_error_line(&["authentication required"]);
    t.fails(&["push", &bb, &dest, "--creds", "alice:wrong"], 125);
    // nothing listening there
    let nowhere = format!("127.0.0.1:{}/x/y:1", free_port());
    t.fails(&["push", &bb, &nowhere], 125)
        .one_error_line(&["cannot reach registry"]);
    t.fails(&["push", "nosuch/image:1", &dest], 125)
        .one_error_line(&["No such image"]);
    assert_eq!(
        t.store_listing(),
        before,
        "failed pushes leave the store untouched"
    );
    t.ok(&[
        "login",
        "--username",
        "alice",
        "-p",
        "s3cret",
        &private.host(),
    ]);
    let again = t.ok(&[
        "login",
        "-v",
        "-u",
        "alice",
        "-p",
        "s3cret",
        &private.host(),
    ]);
    assert!(
        again.stdout.starts_with("Used: /") && again.stdout.ends_with("Login Succeeded!\n"),
        "{again}"
    );
    let who = t.ok(&["login", "--get-login", &private.host()]);
    assert_eq!(who.stdout.trim(), "alice", "{who}");
    t.fails(&["login", "--get-login", "127.0.0.1:1"], 125)
        .one_error_line(&["not logged into 127.0.0.1:1"]);
    let r = t.ok(&["push", &bb, &dest]);
    assert!(r.stdout.contains(": Pushed"), "{r}");
    let other = TestRoot::new();
    other.ok(&["pull", "-q", "--creds", "alice:s3cret", &dest]);
    assert_eq!(id_of(&other, &dest), id_of(&t, &bb));
    // every tag of a repository
    let repo = format!("{}/alice/many", private.host());
    t.ok(&["tag", &bb, &format!("{repo}:a")]);
    t.ok(&["tag", &bb, &format!("{repo}:b")]);
    let r = t.ok(&["push", "--all-tags", &repo]);
    assert!(
        r.stdout.contains("a: digest: ") && r.stdout.contains("b: digest: "),
        "{r}"
    );
    t.fails(&["push", "-a", &format!("{repo}:a")], 125)
        .one_error_line(&["--all-tags"]);
    // and pulled back, every tag (docker's pull -a)
    let back = TestRoot::new();
    let r = back.ok(&["pull", "--all-tags", "--creds", "alice:s3cret", &repo]);
    assert_eq!(r.stdout.lines().last(), Some(repo.as_str()), "{r}");
    for tag in ["a", "b"] {
        assert_eq!(id_of(&back, &format!("{repo}:{tag}")), id_of(&t, &bb));
    }
    back.fails(
        &[
            "pull",
            "-a",
            "--creds",
            "alice:s3cret",
            &format!("{repo}:a"),
        ],
        125,
    )
    .one_error_line(&["without a tag"]);
}

#[test]
fn issue7_push_with_a_token_server_and_a_failed_upload() {
    crate::require_root!();
    use crate::support::fake::{Auth, FakeRegistry, Faults};
    let (_reg, t, multi) = multilayer_store();
    let fake = FakeRegistry::start(Auth::Bearer(Some(("bob".into(), "pw".into()))));
    fake.set_faults(Faults {
        upload_500s: 1,
        ..Faults::default()
    });
    let dest = format!("{}/bob/app:1", fake.host());
    // the origin is gone, so every layer is compressed and uploaded
    drop(_reg);
    t.fails(&["push", &multi, &dest], 125)
        .one_error_line(&["refused anonymous access"]);
    t.fails(&["push", "--creds", "bob:nope", &multi, &dest], 125)
        .one_error_line(&["incorrect username or password"]);
    let r = t.ok(&["push", "--creds", "bob:pw", &multi, &dest]);
    assert_eq!(r.stdout.matches(": Pushed").count(), 3, "{r}");
    let log = fake.log();
    assert!(
        log.iter()
            .any(|l| l.starts_with("TOKEN") && l.contains("bob%2Fapp%3Apull%2Cpush")),
        "a push token was asked for: {log:?}"
    );
    // the upload answered 500 (retried: its session is gone, 404) was started over
    let puts = log
        .iter()
        .filter(|l| l.starts_with("PUT /v2/bob/app/blobs/uploads/"))
        .count();
    assert_eq!(puts, 6, "3 layers + config + the failed one twice: {log:?}");
    let fresh = TestRoot::new();
    fresh.ok(&["pull", "-q", "--creds", "bob:pw", &dest]);
    assert_eq!(id_of(&fresh, &dest), id_of(&t, &multi));
}
