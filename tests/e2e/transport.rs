//! Issue 2: TLS (`--cert-dir`, `--tls-verify`, client certificates), proxies from the
//! environment, disk full, and progress bars in a terminal.

use std::process::Command;

use crate::support::images;
use crate::support::proxy::ConnectProxy;
use crate::support::registry::{Registry, Tls};
use crate::support::{Run, TestRoot};

#[test]
fn issue2_tls_registry_cert_dir_and_tls_verify() {
    let t = TestRoot::new();
    let tls = Tls::generate(t.dir.path(), false);
    let reg = Registry::with_tls(tls.clone());
    reg.push("test/busybox", "latest", &images::busybox());
    let name = reg.reference("test/busybox", "latest");
    // loopback registries are trusted like docker trusts them: TLS without verification
    t.ok(&["pull", "-q", &name]);
    // asked to verify, an unknown CA fails, and there is no fallback to plain http
    let t2 = TestRoot::new();
    t2.fails(&["pull", "--tls-verify", &name], 125)
        .one_error_line(&[&reg.host()]);
    t2.fails(&["pull", "--tls-verify=true", &name], 125);
    // with the CA in --cert-dir it verifies
    let certs = tls.cert_dir(t2.dir.path(), false);
    t2.ok(&[
        "pull",
        "-q",
        "--tls-verify",
        "--cert-dir",
        certs.to_str().unwrap(),
        &name,
    ]);
}

#[test]
fn issue2_client_certificates_from_cert_dir() {
    let t = TestRoot::new();
    let tls = Tls::generate(t.dir.path(), true);
    let reg = Registry::with_tls(tls.clone());
    reg.push("test/busybox", "latest", &images::busybox());
    let name = reg.reference("test/busybox", "latest");
    t.fails(&["pull", &name], 125)
        .one_error_line(&[&reg.host()]);
    let with_client = tls.cert_dir(t.dir.path(), true);
    t.give(&with_client);
    t.ok(&[
        "pull",
        "-q",
        "--tls-verify",
        "--cert-dir",
        with_client.to_str().unwrap(),
        &name,
    ]);
}

#[test]
fn issue2_proxies_from_the_environment_and_no_proxy() {
    let reg = Registry::start();
    reg.push("test/busybox", "latest", &images::busybox());
    let proxy = ConnectProxy::start(reg.port);
    let t = TestRoot::new();
    // a name only the proxy can resolve; plain http allowed for it by configuration
    let host = "registry.skiff.test:5000";
    t.write_config(&format!("insecure-registries = [\"{host}\"]\n"));
    let name = format!("{host}/test/busybox:latest");
    let via_proxy = |no_proxy: &str| {
        let mut c: Command = t.cmd(&["pull", "-q", &name]);
        c.env("HTTPS_PROXY", proxy.url())
            .env("HTTP_PROXY", proxy.url())
            .env("NO_PROXY", no_proxy);
        Run::from(c.output().unwrap())
    };
    let r = via_proxy("localhost");
    assert_eq!(r.code, 0, "{r}");
    assert!(
        proxy.targets().iter().all(|t| t == host),
        "{:?}",
        proxy.targets()
    );
    assert!(!proxy.targets().is_empty());
    let before = proxy.targets().len();
    let r = via_proxy(".skiff.test");
    assert_eq!(
        r.code, 125,
        "NO_PROXY bypasses the proxy, and the name does not resolve: {r}"
    );
    r.one_error_line(&["registry.skiff.test"]);
    assert_eq!(proxy.targets().len(), before);
    // loopback registries never go through a proxy, as with docker
    let mut c = t.cmd(&["pull", "-q", &reg.reference("test/busybox", "latest")]);
    c.env("HTTPS_PROXY", "http://127.0.0.1:9")
        .env("HTTP_PROXY", "http://127.0.0.1:9");
    let r = Run::from(c.output().unwrap());
    assert_eq!(r.code, 0, "{r}");
}

struct Mount(std::path::PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn issue2_disk_full_is_one_clear_error_and_leaves_nothing() {
    crate::require_root!();
    let reg = Registry::start();
    reg.push("test/busybox", "latest", &images::busybox());
    let t = TestRoot::new();
    let small = t.dir.path().join("small");
    std::fs::create_dir(&small).unwrap();
    let ok = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
        .arg(&small)
        .status()
        .unwrap();
    assert!(ok.success(), "mount tmpfs");
    let _mount = Mount(small.clone());
    let root = small.join("root");
    let r = Run::from(
        t.cmd_at(&root, &["pull", &reg.reference("test/busybox", "latest")])
            .output()
            .unwrap(),
    );
    assert_eq!(r.code, 125, "{r}");
    assert_eq!(r.stderr.lines().count(), 1, "{r}");
    assert!(r.stderr.contains("No space left on device"), "{r}");
    assert_eq!(std::fs::read_dir(root.join("layers")).unwrap().count(), 0);
    assert_eq!(
        std::fs::read_dir(root.join("tmp")).unwrap().count(),
        0,
        "work dir removed"
    );
    assert!(!root.join("images.json").exists());
}

#[test]
fn issue2_progress_bars_in_a_terminal() {
    let reg = Registry::start();
    let img = images::multilayer();
    reg.push("test/multi", "latest", &img);
    let t = TestRoot::new();
    // `script` gives skiff a pseudo-terminal as stdout
    let inner = t.cmd(&["pull", &reg.reference("test/multi", "latest")]);
    let line: Vec<String> = std::iter::once(inner.get_program().to_string_lossy().into_owned())
        .chain(inner.get_args().map(|a| a.to_string_lossy().into_owned()))
        .collect();
    let mut c = Command::new("script");
    c.args(["-qfec", &line.join(" "), "/dev/null"]);
    for (k, v) in inner.get_envs() {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    let r = Run::from(c.output().unwrap());
    assert_eq!(r.code, 0, "{r}");
    let short = &img.layers[2].digest()[7..19];
    assert!(r.stdout.contains(short), "{r}");
    assert!(r.stdout.contains("Pull complete"), "{r}");
    assert!(
        r.stdout.contains('\u{1b}'),
        "drawn with terminal escapes: {r}"
    );
    assert!(r.stdout.contains("Status: Downloaded newer image"), "{r}");
}
