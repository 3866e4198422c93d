//! Issue 7 (in progress): containers and images as archives — export and import so far.

use crate::run::busybox_store;

#[test]
fn issue7_export_a_container_and_import_it_as_an_image() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.ok(&[
        "run",
        "--name",
        "e1",
        &img,
        "sh",
        "-c",
        "echo data > /exported; rm /etc/group",
    ]);
    let tar = t.dir.path().join("e1.tar");
    t.ok(&["export", "-o", tar.to_str().unwrap(), "e1"]);
    let list = std::process::Command::new("tar")
        .arg("-tf")
        .arg(&tar)
        .output()
        .unwrap();
    let names = String::from_utf8_lossy(&list.stdout).into_owned();
    assert!(names.lines().any(|l| l == "exported"), "{names}");
    assert!(names.lines().any(|l| l == "bin/busybox"), "{names}");
    assert!(
        !names.lines().any(|l| l == "etc/group"),
        "deleted files are not there: {names}"
    );
    assert!(!names.contains(".wh."), "{names}");
    // the seeds' `cat x.tar | docker import - name:tag`
    let c = t.sh(
        &[
            "import",
            "-c",
            "CMD [\"cat\", \"/exported\"]",
            "-m",
            "imported",
            "-",
            "test/imported:v1",
        ],
        |line| format!("cat {} | {line}", tar.display()),
    );
    let r = crate::support::run_bounded(c, std::time::Duration::from_secs(60));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stdout.trim().starts_with("sha256:"), "{r}");
    assert_eq!(t.ok(&["run", "--rm", "test/imported:v1"]).stdout, "data\n");
    let r = t.ok(&[
        "history",
        "--format",
        "{{.CreatedBy}}|{{.Comment}}",
        "test/imported:v1",
    ]);
    assert_eq!(r.stdout.trim(), "import|imported");
    // compressed archives too, and the export of a running container
    let gz = t.dir.path().join("e1.tar.gz");
    let ok = std::process::Command::new("sh")
        .args([
            "-c",
            &format!("gzip -c {} > {}", tar.display(), gz.display()),
        ])
        .status()
        .unwrap();
    assert!(ok.success());
    t.ok(&["import", gz.to_str().unwrap(), "test/imported:gz"]);
    let r = t.ok(&["run", "--rm", "test/imported:gz", "cat", "/exported"]);
    assert_eq!(r.stdout, "data\n");
    // for another platform (docker's --platform, podman's --arch/--os/--variant), -q
    t.ok(&[
        "import",
        "-q",
        "--platform",
        "linux/arm64",
        gz.to_str().unwrap(),
        "test/arm",
    ]);
    t.ok(&[
        "import",
        "--arch",
        "arm",
        "--variant",
        "v7",
        gz.to_str().unwrap(),
        "test/armv7",
    ]);
    let r = t.ok(&[
        "image",
        "inspect",
        "-f",
        "{{.Os}}/{{.Architecture}}",
        "test/arm",
    ]);
    assert_eq!(r.stdout.trim(), "linux/arm64");
    let r = t.ok(&[
        "image",
        "inspect",
        "-f",
        "{{.Architecture}}/{{.Variant}}",
        "test/armv7",
    ]);
    assert_eq!(r.stdout.trim(), "arm/v7");
    t.ok(&[
        "run",
        "-d",
        "--name",
        "live",
        &img,
        "sh",
        "-c",
        "echo live > /l; sleep 60",
    ]);
    let live = t.dir.path().join("live.tar");
    let cat = ["exec", "live", "sh", "-c", "cat /l 2>/dev/null; true"];
    crate::detached::eventually(&t, &cat, |s| s.trim() == "live");
    t.ok(&["export", "--output", live.to_str().unwrap(), "live"]);
    let list = std::process::Command::new("tar")
        .arg("-tf")
        .arg(&live)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&list.stdout)
            .lines()
            .any(|l| l == "l")
    );
    t.ok(&["rm", "-f", "live"]);
    // bad input: one line, nothing made
    let junk = t.dir.path().join("junk");
    std::fs::write(
        &junk,
        "not a tar at all, just text that goes on for a while\n".repeat(20),
    )
    .unwrap();
    t.fails(&["import", junk.to_str().unwrap(), "test/junk"], 125)
        .one_error_line(&["not a tar"]);
    t.fails(&["export", "-o", tar.to_str().unwrap(), "nosuch"], 125);
    let r = t.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    assert!(!r.stdout.contains("test/junk"), "{r}");
}

#[test]
fn issue7_login_checks_stores_and_logout_forgets() {
    use crate::support::images;
    use crate::support::registry::Registry;
    use std::os::unix::fs::PermissionsExt;
    let reg = Registry::with_basic_auth("alice", "s3cret");
    reg.push("private/busybox", "latest", &images::busybox());
    let name = reg.reference("private/busybox", "latest");
    let t = crate::support::TestRoot::new();
    let host = reg.host();
    let auth = t.dir.path().join("config/skiff/auth.json");
    // wrong password: refused, nothing stored
    t.fails(&["login", "-u", "alice", "-p", "wrong", &host], 125)
        .one_error_line(&["incorrect username or password"]);
    assert!(!auth.exists());
    // right one, from stdin: stored 0600 in podman's format, and pulls use it
    let c = t.sh(
        &["login", "-u", "alice", "--password-stdin", &host],
        |line| format!("echo s3cret | {line}"),
    );
    let r = crate::support::run_bounded(c, std::time::Duration::from_secs(60));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(r.stdout.trim(), "Login Succeeded!");
    let mode = std::fs::metadata(&auth).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&auth).unwrap()).unwrap();
    assert!(doc["auths"][host.as_str()]["auth"].is_string(), "{doc}");
    t.ok(&["pull", "-q", &name]);
    // --authfile elsewhere, then logout forgets
    let other = t.dir.path().join("other-auth.json");
    t.ok(&[
        "login",
        "--authfile",
        other.to_str().unwrap(),
        "-u",
        "alice",
        "-p",
        "s3cret",
        &host,
    ]);
    assert!(other.exists());
    let r = t.ok(&["logout", &host]);
    assert_eq!(
        r.stdout.trim(),
        format!("Removed login credentials for {host}")
    );
    t.ok(&["rmi", "-f", &name]);
    t.fails(&["pull", "-q", &name], 125);
    t.fails(&["logout", &host], 125)
        .one_error_line(&["not logged into"]);
    t.ok(&["logout", "--all", "--authfile", other.to_str().unwrap()]);
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&other).unwrap()).unwrap();
    assert_eq!(doc["auths"], serde_json::json!({}));
}

#[test]
fn issue7_search_a_registrys_catalog_and_tags() {
    use crate::support::images;
    use crate::support::registry::Registry;
    let reg = Registry::start();
    reg.push("team/web", "v1", &images::busybox());
    reg.push("team/web", "v2", &images::busybox());
    reg.push("team/db", "latest", &images::busybox());
    reg.push("other/tool", "latest", &images::busybox());
    let t = crate::support::TestRoot::new();
    let host = reg.host();
    let r = t.ok(&["search", "--format", "{{.Name}}", &format!("{host}/team")]);
    assert_eq!(
        r.lines(),
        [format!("{host}/team/db"), format!("{host}/team/web")]
    );
    // --filter (a registry's catalog has no stars, nothing official)
    let f = |filter: &str| {
        t.ok(&[
            "search",
            "--filter",
            filter,
            "--format",
            "{{.Name}}",
            &format!("{host}/team"),
        ])
        .lines()
        .len()
    };
    assert_eq!(
        (f("stars=1"), f("is-official=false"), f("is-automated=0")),
        (0, 2, 2)
    );
    let compat = t.ok(&["search", "--compatible", &format!("{host}/team")]);
    assert!(
        compat.stdout.starts_with("NAME"),
        "docker's columns: {compat}"
    );
    t.fails(
        &["search", "--filter", "bogus=1", &format!("{host}/team")],
        125,
    )
    .one_error_line(&["invalid filter"]);
    let r = t.ok(&["search", &format!("{host}/tool")]);
    assert_eq!(r.lines()[0].split_whitespace().next(), Some("NAME"), "{r}");
    assert!(
        r.lines()[1].starts_with(&format!("{host}/other/tool")),
        "{r}"
    );
    let r = t.ok(&[
        "search",
        "--limit",
        "1",
        "--format",
        "{{.Name}}",
        &format!("{host}/"),
    ]);
    assert_eq!(r.lines().len(), 1);
    let r = t.ok(&["search", "--list-tags", &format!("{host}/team/web")]);
    assert_eq!(
        r.lines()[1..],
        [
            format!("{host}/team/web   v1"),
            format!("{host}/team/web   v2")
        ]
    );
    t.fails(
        &["search", "--list-tags", &format!("{host}/team/web:v1")],
        125,
    )
    .one_error_line(&["--list-tags"]);
}

#[test]
fn issue7_docker_credential_helpers_supply_credentials() {
    use crate::support::images;
    use crate::support::registry::Registry;
    use std::os::unix::fs::PermissionsExt;
    let reg = Registry::with_basic_auth("carol", "pw9");
    reg.push("private/busybox", "latest", &images::busybox());
    let name = reg.reference("private/busybox", "latest");
    let t = crate::support::TestRoot::new();
    let host = reg.host();
    let bin = t.dir.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let helper = bin.join("docker-credential-skifftest");
    std::fs::write(
        &helper,
        format!(
            "#!/bin/sh\nread server\n[ \"$1\" = get ] && [ \"$server\" = \"{host}\" ] && \
             {{ echo '{{\"ServerURL\":\"{host}\",\"Username\":\"carol\",\"Secret\":\"pw9\"}}'; exit 0; }}\n\
             echo 'credentials not found in native keychain'; exit 1\n"
        ),
    )
    .unwrap();
    std::fs::set_permissions(&helper, std::fs::Permissions::from_mode(0o755)).unwrap();
    let docker = t.dir.path().join(".docker");
    std::fs::create_dir_all(&docker).unwrap();
    let with_path = |args: &[&str]| {
        let c = t.sh(args, |line| format!("PATH={}:$PATH {line}", bin.display()));
        crate::support::run_bounded(c, std::time::Duration::from_secs(60))
    };
    // a helper that is not installed: no credentials, a clear refusal
    std::fs::write(
        docker.join("config.json"),
        r#"{"auths":{},"credsStore":"missing"}"#,
    )
    .unwrap();
    let r = with_path(&["pull", "-q", &name]);
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["authentication required"]);
    // credHelpers for this registry
    std::fs::write(
        docker.join("config.json"),
        format!(r#"{{"auths":{{}},"credHelpers":{{"{host}":"skifftest"}}}}"#),
    )
    .unwrap();
    let r = with_path(&["pull", "-q", &name]);
    assert_eq!(r.code, 0, "{r}");
}
