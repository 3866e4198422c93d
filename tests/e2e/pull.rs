//! Issue 2: `pull` from a real registry (Debian's docker-registry).

use crate::support::TestRoot;
use crate::support::images::{self, Compression, Spec};
use crate::support::registry::Registry;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::PathBuf;

/// The unpacked layer dirs of an image, bottom first.
pub fn layer_dirs(t: &TestRoot, image: &str) -> Vec<PathBuf> {
    let out = t.ok(&[
        "image",
        "inspect",
        "--format",
        "{{.GraphDriver.Data.LowerDir}}",
        image,
    ]);
    let mut dirs: Vec<PathBuf> = out.stdout.trim().split(':').map(PathBuf::from).collect();
    dirs.reverse();
    dirs
}

#[test]
fn issue2_pull_one_layer_image_and_list_it() {
    let reg = Registry::start();
    let img = images::busybox();
    reg.push("test/busybox", "latest", &img);
    let t = TestRoot::new();
    let r = t.ok(&["pull", &format!("{}/test/busybox", reg.host())]);
    let lines = r.lines();
    assert_eq!(lines[0], "Using default tag: latest", "{r}");
    assert_eq!(lines[1], "latest: Pulling from test/busybox", "{r}");
    let short = &img.layers[0].digest()[7..19];
    assert!(
        lines.contains(&format!("{short}: Pulling fs layer").as_str()),
        "{r}"
    );
    assert!(
        lines.contains(&format!("{short}: Pull complete").as_str()),
        "{r}"
    );
    assert!(
        r.stdout
            .contains(&format!("Digest: {}", img.manifest.digest())),
        "{r}"
    );
    let full = format!("{}/test/busybox:latest", reg.host());
    assert!(
        r.stdout
            .contains(&format!("Status: Downloaded newer image for {full}")),
        "{r}"
    );
    assert_eq!(lines.last().copied(), Some(full.as_str()));

    let images = t.ok(&["images"]);
    let rows = images.lines();
    assert_eq!(rows.len(), 2, "{images}");
    assert!(rows[0].starts_with("REPOSITORY"), "{images}");
    let cols: Vec<&str> = rows[1].split_whitespace().collect();
    assert_eq!(cols[0], format!("{}/test/busybox", reg.host()));
    assert_eq!(cols[1], "latest");
    assert_eq!(cols[2], &img.id()[7..19]);
    // the image's files are really there, executable, with the applet symlinks
    let dirs = layer_dirs(&t, &full);
    assert_eq!(dirs.len(), 1);
    let bb = std::fs::metadata(dirs[0].join("bin/busybox")).unwrap();
    assert_eq!(bb.len(), std::fs::metadata("/bin/busybox").unwrap().len());
    assert_eq!(bb.permissions().mode() & 0o777, 0o755);
    assert_eq!(
        std::fs::read_link(dirs[0].join("bin/sh")).unwrap(),
        PathBuf::from("busybox")
    );
}

#[test]
fn issue2_second_pull_is_up_to_date_and_quiet_prints_the_name() {
    let reg = Registry::start();
    reg.push("test/busybox", "1.0", &images::busybox());
    let t = TestRoot::new();
    let name = reg.reference("test/busybox", "1.0");
    t.ok(&["pull", "-q", &name]);
    let again = t.ok(&["pull", &name]);
    assert!(again.stdout.contains("Already exists"), "{again}");
    assert!(
        again.stdout.contains("Status: Image is up to date for"),
        "{again}"
    );
    let q = t.ok(&["pull", "--quiet", &name]);
    assert_eq!(q.stdout, format!("{name}\n"));
}

#[test]
fn issue2_multilayer_whiteouts_hardlinks_symlinks_owners() {
    let reg = Registry::start();
    let img = images::multilayer();
    reg.push("test/multi", "latest", &img);
    let t = TestRoot::new();
    let name = reg.reference("test/multi", "latest");
    t.ok(&["pull", &name]);
    let dirs = layer_dirs(&t, &name);
    assert_eq!(dirs.len(), 3);
    let top = &dirs[2];
    // whiteout of data/gone: an overlay whiteout; an ordinary user unpacks in its user
    // namespace (container id 1000 is its subuid 300000 + 999) and marks opaque
    // directories with the user. xattr its overlay mounts read
    let wh = std::fs::symlink_metadata(top.join("data/gone"));
    if crate::support::is_root() {
        let (opaque, uid) = if crate::support::as_user() {
            ("user.overlay.opaque", 300999)
        } else {
            ("trusted.overlay.opaque", 1000)
        };
        let wh = wh.expect("whiteout");
        assert!(wh.file_type().is_char_device() && wh.rdev() == 0);
        let mut buf = [0u8; 2];
        let n = rustix_getxattr(&top.join("opq"), opaque, &mut buf);
        assert_eq!(&buf[..n], b"y");
        let owned = std::fs::metadata(top.join("home/owned")).unwrap();
        assert_eq!((owned.uid(), owned.mode() & 0o7777), (uid, 0o600));
        let home = std::fs::metadata(top.join("home")).unwrap();
        assert_eq!((home.uid(), home.mode() & 0o7777), (uid, 0o700));
    }
    assert_eq!(
        std::fs::metadata(top.join("bin/suid")).unwrap().mode() & 0o7777,
        0o4755
    );
    let h1 = std::fs::metadata(top.join("etc/h1")).unwrap();
    let h2 = std::fs::metadata(top.join("etc/h2")).unwrap();
    assert_eq!(h1.ino(), h2.ino());
    assert_eq!(
        std::fs::read_link(top.join("etc/sym")).unwrap(),
        PathBuf::from("h1")
    );
    assert_eq!(std::fs::read(top.join("opq/new")).unwrap(), b"new");
    assert_eq!(h1.mtime(), 1_700_000_000);
    // the lower layer is untouched
    assert_eq!(std::fs::read(dirs[1].join("data/gone")).unwrap(), b"gone");
}

fn rustix_getxattr(p: &std::path::Path, name: &str, buf: &mut [u8]) -> usize {
    let c = std::ffi::CString::new(p.as_os_str().as_encoded_bytes()).unwrap();
    let n = std::ffi::CString::new(name).unwrap();
    // SAFETY: valid NUL-terminated strings and a buffer of the given length.
    let r = unsafe { libc::getxattr(c.as_ptr(), n.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    assert!(r >= 0, "getxattr {name} on {}", p.display());
    r as usize
}

#[test]
fn issue2_zstd_and_uncompressed_layers() {
    let reg = Registry::start();
    let z = images::build(Spec {
        compression: Compression::Zstd,
        oci: true,
        ..Spec::default()
    });
    let plain = images::build(Spec {
        compression: Compression::None,
        oci: true,
        created: "2024-02-02T00:00:00Z",
        ..Spec::default()
    });
    reg.push("test/zstd", "latest", &z);
    reg.push("test/plain", "latest", &plain);
    let t = TestRoot::new();
    for name in [
        reg.reference("test/zstd", "latest"),
        reg.reference("test/plain", "latest"),
    ] {
        t.ok(&["pull", "-q", &name]);
        let dirs = layer_dirs(&t, &name);
        assert!(dirs[0].join("bin/busybox").is_file(), "{name}");
    }
    // same uncompressed layer, fetched as zstd and as plain tar: unpacked once
    assert_eq!(
        layer_dirs(&t, &reg.reference("test/zstd", "latest")),
        layer_dirs(&t, &reg.reference("test/plain", "latest"))
    );
}

#[test]
fn issue2_index_picks_the_platform() {
    let reg = Registry::start();
    let (index, amd, arm) = images::two_platform_index();
    for img in [&amd, &arm] {
        for b in img.blobs() {
            reg.push_blob("test/multiarch", &b);
        }
        reg.push_manifest("test/multiarch", &img.manifest.digest(), &img.manifest);
    }
    reg.push_manifest("test/multiarch", "latest", &index);
    let name = reg.reference("test/multiarch", "latest");

    let t = TestRoot::new();
    let r = t.ok(&["pull", &name]);
    assert!(
        r.stdout.contains(&format!("Digest: {}", index.digest())),
        "{r}"
    );
    let arch = t.ok(&["image", "inspect", "-f", "{{.Architecture}} {{.Id}}", &name]);
    assert_eq!(arch.stdout.trim(), format!("amd64 {}", amd.id()));

    let t2 = TestRoot::new();
    t2.ok(&["pull", "--platform", "linux/arm64", &name]);
    let arch = t2.ok(&[
        "image",
        "inspect",
        "-f",
        "{{.Architecture}} {{index .Config.Labels \"platform\"}}",
        &name,
    ]);
    assert_eq!(arch.stdout.trim(), "arm64 arm64");

    let t3 = TestRoot::new();
    let bad = t3.fails(&["pull", "--platform", "linux/s390x", &name], 125);
    bad.one_error_line(&["linux/s390x", "linux/arm64", "linux/amd64"]);
    assert!(t3.ok(&["images", "-q"]).stdout.is_empty());
}

#[test]
fn issue2_pull_by_digest_records_repo_digest() {
    let reg = Registry::start();
    let img = images::busybox();
    reg.push("test/busybox", "latest", &img);
    let t = TestRoot::new();
    let by_digest = format!("{}/test/busybox@{}", reg.host(), img.manifest.digest());
    let r = t.ok(&["pull", &by_digest]);
    assert_eq!(r.lines().last().copied(), Some(by_digest.as_str()), "{r}");
    let rows = t.ok(&[
        "images",
        "--digests",
        "--format",
        "{{.Repository}} {{.Tag}} {{.Digest}}",
    ]);
    assert_eq!(
        rows.stdout.trim(),
        format!(
            "{}/test/busybox <none> {}",
            reg.host(),
            img.manifest.digest()
        )
    );
    let d = t.ok(&[
        "inspect",
        "--format",
        "{{json .RepoDigests}} {{json .RepoTags}}",
        &by_digest,
    ]);
    assert_eq!(d.stdout.trim(), format!("[\"{by_digest}\"] []"));
    // a digest that does not exist is "not found"
    let missing = format!("{}/test/busybox@sha256:{}", reg.host(), "0".repeat(64));
    t.fails(&["pull", &missing], 125)
        .one_error_line(&["not found"]);
}

#[test]
fn issue2_basic_auth_with_creds_and_auth_files() {
    let reg = Registry::with_basic_auth("alice", "s3cret");
    reg.push("private/busybox", "latest", &images::busybox());
    let name = reg.reference("private/busybox", "latest");
    let t = TestRoot::new();
    t.fails(&["pull", &name], 125)
        .one_error_line(&["authentication required"]);
    t.fails(&["pull", "--creds", "alice:wrong", &name], 125)
        .one_error_line(&[&reg.host()]);
    assert!(t.ok(&["images", "-q"]).stdout.is_empty());
    t.ok(&["pull", "-q", "--creds", "alice:s3cret", &name]);

    // podman-style auth file given with --authfile
    use base64::Engine as _;
    let auth = base64::engine::general_purpose::STANDARD.encode("alice:s3cret");
    let file = t.dir.path().join("auth.json");
    std::fs::write(
        &file,
        format!(r#"{{"auths":{{"{}":{{"auth":"{auth}"}}}}}}"#, reg.host()),
    )
    .unwrap();
    let t2 = TestRoot::new();
    t2.ok(&["pull", "-q", "--authfile", file.to_str().unwrap(), &name]);
    // docker's ~/.docker/config.json is read without any flag
    let t3 = TestRoot::new();
    std::fs::create_dir_all(t3.dir.path().join(".docker")).unwrap();
    std::fs::write(
        t3.dir.path().join(".docker/config.json"),
        format!(
            r#"{{"auths":{{"http://{}/v1/":{{"auth":"{auth}"}}}}}}"#,
            reg.host()
        ),
    )
    .unwrap();
    t3.ok(&["pull", "-q", &name]);
    // and podman's $XDG_RUNTIME_DIR/containers/auth.json
    let t4 = TestRoot::new();
    std::fs::create_dir_all(t4.dir.path().join("xdg-run/containers")).unwrap();
    std::fs::copy(&file, t4.dir.path().join("xdg-run/containers/auth.json")).unwrap();
    t4.ok(&["pull", "-q", &name]);
    // and skiff's own $XDG_CONFIG_HOME/skiff/auth.json, which wins over the others
    let t5 = TestRoot::new();
    std::fs::create_dir_all(t5.dir.path().join("config/skiff")).unwrap();
    std::fs::copy(&file, t5.dir.path().join("config/skiff/auth.json")).unwrap();
    std::fs::create_dir_all(t5.dir.path().join(".docker")).unwrap();
    let wrong = base64::engine::general_purpose::STANDARD.encode("alice:wrong");
    std::fs::write(
        t5.dir.path().join(".docker/config.json"),
        format!(r#"{{"auths":{{"{}":{{"auth":"{wrong}"}}}}}}"#, reg.host()),
    )
    .unwrap();
    t5.ok(&["pull", "-q", &name]);
}

#[test]
fn issue2_localhost_name_resolves_through_etc_hosts() {
    let reg = Registry::start();
    reg.push("test/busybox", "latest", &images::busybox());
    let t = TestRoot::new();
    let name = format!("localhost:{}/test/busybox", reg.port);
    t.ok(&["pull", "-q", &name]);
    let rows = t.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    assert_eq!(rows.stdout.trim(), format!("{name}:latest"));
}

#[test]
fn issue2_mirrors_are_tried_before_docker_hub() {
    // Docker Hub is unreachable here: the image can only come from the mirror.
    let mirror = Registry::start();
    let img = images::busybox();
    mirror.push("library/busybox", "latest", &img);
    let t = TestRoot::new();
    t.write_config(&format!(
        "registry-mirrors = [\"http://{}\"]\n",
        mirror.host()
    ));
    let r = t.ok(&["pull", "busybox"]);
    assert!(
        r.stdout.contains("latest: Pulling from library/busybox"),
        "{r}"
    );
    assert_eq!(
        r.lines().last().copied(),
        Some("docker.io/library/busybox:latest")
    );
    let rows = t.ok(&["images", "--format", "{{.Repository}}:{{.Tag}} {{.ID}}"]);
    assert_eq!(
        rows.stdout.trim(),
        format!("busybox:latest {}", &img.id()[7..19])
    );
    let info = t.ok(&["info", "--format", "{{json .RegistryConfig.Mirrors}}"]);
    assert_eq!(
        info.stdout.trim(),
        format!("[\"http://{}\"]", mirror.host())
    );
}
