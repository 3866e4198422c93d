//! Issue 7: what skiff writes, podman and skopeo read, and the other way round. Each test
//! gives podman its own temporary store (vfs driver, no events) so the host's is never
//! touched. Skipped, with a note on stderr, where podman or skopeo is not installed (CI
//! installs both).

use std::path::Path;
use std::process::Command;

use crate::support::images;
use crate::support::registry::Registry;
use crate::support::{Run, TestRoot, run_bounded};

pub fn have(tool: &str) -> bool {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("skipped: {tool} is not installed");
    }
    found
}

pub fn tool(args: &[&str]) -> Run {
    let mut c = Command::new(args[0]);
    c.args(&args[1..]);
    run_bounded(c, std::time::Duration::from_secs(120))
}

/// podman with a store under `dir`.
pub fn podman(dir: &Path, args: &[&str]) -> Run {
    let root = dir.join("podman-root");
    let runroot = dir.join("podman-run");
    let mut all = vec![
        "podman",
        "--root",
        root.to_str().unwrap(),
        "--runroot",
        runroot.to_str().unwrap(),
        "--storage-driver",
        "vfs",
        "--events-backend",
        "none",
        "--cgroup-manager",
        "cgroupfs",
    ];
    all.extend_from_slice(args);
    let r = tool(&all);
    assert_eq!(r.code, 0, "podman {args:?}:\n{r}");
    r
}

fn id_of(t: &TestRoot, image: &str) -> String {
    t.ok(&["image", "inspect", "-f", "{{.Id}}", image])
        .stdout
        .trim()
        .to_string()
}

/// A store holding the multilayer image, pulled from a test registry.
pub fn multilayer_store() -> (Registry, TestRoot, String) {
    let reg = Registry::start();
    reg.push("test/multi", "v1", &images::multilayer());
    let t = TestRoot::new();
    let multi = reg.reference("test/multi", "v1");
    t.ok(&["pull", "-q", &multi]);
    (reg, t, multi)
}

#[test]
fn issue7_podman_loads_skiff_archives_and_skiff_loads_podmans() {
    crate::require_root!();
    if !have("podman") {
        return;
    }
    let (_reg, t, multi) = multilayer_store();
    let id = id_of(&t, &multi);
    let dir = t.dir.path();
    for format in ["docker-archive", "oci-archive"] {
        let file = dir.join(format!("skiff-{format}.tar"));
        t.ok(&[
            "save",
            "--format",
            format,
            "-o",
            file.to_str().unwrap(),
            &multi,
        ]);
        let pdir = dir.join(format!("p-{format}"));
        podman(&pdir, &["load", "-q", "-i", file.to_str().unwrap()]);
        let r = podman(&pdir, &["images", "-q", "--no-trunc"]);
        assert_eq!(
            r.stdout.trim(),
            id,
            "podman loaded the same image from {format}"
        );
        // and back: what podman saves, skiff loads, to the same image
        let back = dir.join(format!("podman-{format}.tar"));
        podman(
            &pdir,
            &[
                "save",
                "--format",
                format,
                "-o",
                back.to_str().unwrap(),
                &id[7..19],
            ],
        );
        let t2 = TestRoot::new();
        let r = t2.ok(&["load", "-i", back.to_str().unwrap()]);
        assert!(r.stdout.contains("Loaded image"), "{r}");
        let r = t2.ok(&["images", "-q", "--no-trunc"]);
        assert_eq!(r.stdout.trim(), id, "skiff loaded podman's {format}");
        let r = t2.ok(&["run", "--rm", &id, "cat", "/etc/sym"]);
        assert_eq!(r.stdout, "hard");
    }
}

#[test]
fn issue7_skopeo_reads_skiffs_oci_layout_and_archives() {
    crate::require_root!();
    if !have("skopeo") {
        return;
    }
    let (_reg, t, multi) = multilayer_store();
    let id = id_of(&t, &multi);
    let dir = t.dir.path();
    let layout = dir.join("layout");
    t.ok(&[
        "save",
        "--format",
        "oci-dir",
        "-o",
        layout.to_str().unwrap(),
        &multi,
    ]);
    let docker = dir.join("d.tar");
    t.ok(&["save", "-o", docker.to_str().unwrap(), &multi]);
    for src in [
        format!("oci:{}", layout.display()),
        format!("docker-archive:{}", docker.display()),
    ] {
        let r = tool(&["skopeo", "inspect", "--config", &src]);
        assert_eq!(r.code, 0, "skopeo inspect {src}:\n{r}");
        let config: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
        assert_eq!(
            config["rootfs"]["diff_ids"].as_array().unwrap().len(),
            3,
            "{src}"
        );
        let raw = tool(&["skopeo", "inspect", "--raw", "--config", &src]);
        assert_eq!(
            crate::support::images::sha256(raw.stdout.as_bytes()),
            id,
            "{src}: the config is byte for byte the image's"
        );
    }
    // skopeo copies skiff's layout into a layout of its own (reading every blob)
    let copy = dir.join("copy");
    let r = tool(&[
        "skopeo",
        "copy",
        &format!("oci:{}", layout.display()),
        &format!("oci:{}:x", copy.display()),
    ]);
    assert_eq!(r.code, 0, "{r}");
}

#[test]
fn issue7_skopeo_copies_what_skiff_pushed() {
    crate::require_root!();
    if !have("skopeo") {
        return;
    }
    let (_reg, t, multi) = multilayer_store();
    let id = id_of(&t, &multi);
    let reg2 = Registry::start();
    let dir = t.dir.path();
    for (repo, extra) in [("v2s2/app", vec![]), ("oci/app", vec!["--format", "oci"])] {
        let dest = reg2.reference(repo, "1");
        let mut args = vec!["push", "-q"];
        args.extend(extra);
        args.extend([multi.as_str(), dest.as_str()]);
        t.ok(&args);
        let layout = dir.join(repo.replace('/', "-"));
        let r = tool(&[
            "skopeo",
            "copy",
            "--src-tls-verify=false",
            &format!("docker://{dest}"),
            &format!("dir:{}", layout.display()),
        ]);
        assert_eq!(r.code, 0, "skopeo copy of {dest}:\n{r}");
        // (dir: keeps manifest and config as they are; oci: would convert a docker config)
        let raw = tool(&[
            "skopeo",
            "inspect",
            "--raw",
            "--config",
            &format!("dir:{}", layout.display()),
        ]);
        assert_eq!(images::sha256(raw.stdout.as_bytes()), id, "{repo}");
    }
}
