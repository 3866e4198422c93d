//! Issue 7: `save` and `load` — docker archives and OCI layouts, round trips between
//! stores, shared layers, compressed and streamed archives, and hostile archives.

use std::path::Path;
use std::process::Command;

use crate::support::images;
use crate::support::registry::Registry;
use crate::support::{Run, TestRoot, run_bounded};

fn id_of(t: &TestRoot, image: &str) -> String {
    t.ok(&["image", "inspect", "-f", "{{.Id}}", image])
        .stdout
        .trim()
        .to_string()
}

fn tar_names(path: &Path) -> Vec<String> {
    let out = Command::new("tar").arg("-tf").arg(path).output().unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_string)
        .collect()
}

fn shell(t: &TestRoot, args: &[&str], wrap: impl FnOnce(&str) -> String) -> Run {
    run_bounded(t.sh(args, wrap), std::time::Duration::from_secs(120))
}

/// A store with busybox, the multilayer image, and a commit on top of busybox (which
/// shares busybox's layer).
fn three_images() -> (Registry, TestRoot, [String; 3]) {
    let reg = Registry::start();
    reg.push("test/busybox", "latest", &images::busybox());
    reg.push("test/multi", "v1", &images::multilayer());
    let t = TestRoot::new();
    let bb = reg.reference("test/busybox", "latest");
    let multi = reg.reference("test/multi", "v1");
    t.ok(&["pull", "-q", &bb]);
    t.ok(&["pull", "-q", &multi]);
    t.ok(&["run", "--name", "c", &bb, "sh", "-c", "echo derived > /d"]);
    t.ok(&["commit", "c", "test/derived:1"]);
    (reg, t, [bb, multi, "test/derived:1".to_string()])
}

#[test]
fn issue7_save_and_load_docker_archive_round_trip() {
    crate::require_root!();
    let (_reg, t, [bb, multi, derived]) = three_images();
    let ids: Vec<String> = [&bb, &multi, &derived]
        .iter()
        .map(|i| id_of(&t, i))
        .collect();
    let file = t.dir.path().join("all.tar");
    t.ok(&["save", "-o", file.to_str().unwrap(), &bb, &multi, &derived]);
    let names = tar_names(&file);
    assert!(names.contains(&"manifest.json".to_string()), "{names:?}");
    assert!(names.contains(&"repositories".to_string()), "{names:?}");
    // busybox's layer is in all three images and written once: busybox + multi's two
    // own layers + derived's one = 4 layer tars
    let layer_tars = names.iter().filter(|n| n.ends_with(".tar")).count();
    assert_eq!(layer_tars, 4, "each distinct layer once: {names:?}");
    let manifest: serde_json::Value = {
        let out = Command::new("tar")
            .args(["-xOf", file.to_str().unwrap(), "manifest.json"])
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    assert_eq!(manifest.as_array().unwrap().len(), 3);
    assert_eq!(manifest[2]["RepoTags"][0], "test/derived:1");

    let t2 = TestRoot::new();
    let r = t2.ok(&["load", "-i", file.to_str().unwrap()]);
    assert!(r.stdout.contains("Loaded image: test/derived:1"), "{r}");
    assert_eq!(r.lines().len(), 3, "{r}");
    for (img, id) in [&bb, &multi, &derived].iter().zip(&ids) {
        assert_eq!(&id_of(&t2, img), id, "{img} keeps its ID");
    }
    let r = t2.ok(&["run", "--rm", &derived, "cat", "/d"]);
    assert_eq!(r.stdout, "derived\n");
    let r = t2.ok(&[
        "run",
        "--rm",
        &multi,
        "sh",
        "-c",
        "cat /etc/sym; ls /opq | tr '\\n' ' '",
    ]);
    assert_eq!(r.stdout, "hardnew ");
    // loading again changes nothing and says so the same way
    let before = t2.store_listing();
    t2.ok(&["load", "-q", "-i", file.to_str().unwrap()]);
    assert_eq!(t2.store_listing(), before);

    // from stdin, gzip-compressed; an image saved by ID has no name
    let gz = t.dir.path().join("bb.tar.gz");
    let r = shell(&t, &["save", &ids[0]], |line| {
        format!("{line} | gzip > {}", gz.display())
    });
    assert_eq!(r.code, 0, "{r}");
    let t3 = TestRoot::new();
    let r = shell(&t3, &["load"], |line| format!("{line} < {}", gz.display()));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(r.stdout.trim(), format!("Loaded image ID: {}", ids[0]));
}

#[test]
fn issue7_save_and_load_oci_archive_and_directory() {
    crate::require_root!();
    let (_reg, t, [bb, multi, derived]) = three_images();
    let oci = t.dir.path().join("all.oci.tar");
    t.ok(&[
        "save",
        "--format",
        "oci-archive",
        "-o",
        oci.to_str().unwrap(),
        &multi,
        &derived,
    ]);
    let names = tar_names(&oci);
    for want in ["oci-layout", "index.json"] {
        assert!(names.contains(&want.to_string()), "{names:?}");
    }
    let t2 = TestRoot::new();
    let r = shell(&t2, &["load"], |line| {
        format!("zstd -q -c {} | {line}", oci.display())
    });
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(id_of(&t2, &multi), id_of(&t, &multi));
    assert_eq!(id_of(&t2, &derived), id_of(&t, &derived));
    assert_eq!(
        t2.ok(&["run", "--rm", &derived, "cat", "/d"]).stdout,
        "derived\n"
    );

    let dir = t.dir.path().join("layout");
    t.ok(&[
        "save",
        "--format",
        "oci-dir",
        "-o",
        dir.to_str().unwrap(),
        &bb,
    ]);
    assert!(dir.join("oci-layout").is_file());
    let index: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("index.json")).unwrap()).unwrap();
    assert_eq!(
        index["manifests"][0]["annotations"]["org.opencontainers.image.ref.name"],
        bb.as_str()
    );
    let t3 = TestRoot::new();
    t3.ok(&["load", "-i", dir.to_str().unwrap()]);
    assert_eq!(id_of(&t3, &bb), id_of(&t, &bb));
}

/// Rewrites a copy of the docker archive `src` with `edit` applied to its members.
fn tampered(src: &Path, dest: &Path, edit: impl Fn(&str, Vec<u8>) -> Option<Vec<u8>>) {
    let mut a = tar::Archive::new(std::fs::File::open(src).unwrap());
    let mut b = tar::Builder::new(std::fs::File::create(dest).unwrap());
    for e in a.entries().unwrap() {
        let mut e = e.unwrap();
        let name = e.path().unwrap().display().to_string();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut e, &mut data).unwrap();
        if let Some(data) = edit(&name, data) {
            let mut h = tar::Header::new_ustar();
            h.set_size(data.len() as u64);
            h.set_mode(0o644);
            h.set_cksum();
            b.append_data(&mut h, &name, &data[..]).unwrap();
        }
    }
    b.finish().unwrap();
}

#[test]
fn issue7_load_refuses_corrupt_and_hostile_archives() {
    crate::require_root!();
    let reg = Registry::start();
    reg.push("test/busybox", "latest", &images::busybox());
    let t = TestRoot::new();
    let bb = reg.reference("test/busybox", "latest");
    t.ok(&["pull", "-q", &bb]);
    let good = t.dir.path().join("good.tar");
    t.ok(&["save", "-o", good.to_str().unwrap(), &bb]);

    let t2 = TestRoot::new();
    t2.ok(&["images"]);
    let before = t2.store_listing();
    let check = |file: &Path, words: &[&str]| {
        t2.fails(&["load", "-i", file.to_str().unwrap()], 125)
            .one_error_line(words);
        assert_eq!(t2.store_listing(), before, "the store is unchanged");
    };
    // truncated
    let data = std::fs::read(&good).unwrap();
    let cut = t.dir.path().join("cut.tar");
    std::fs::write(&cut, &data[..data.len() / 2]).unwrap();
    check(&cut, &["archive"]);
    // not an archive of images
    let other = t.dir.path().join("other.tar");
    tampered(&good, &other, |n, d| (n != "manifest.json").then_some(d));
    check(&other, &["manifest.json"]);
    // a layer whose content does not match the config's diff ID
    let bad_layer = t.dir.path().join("bad-layer.tar");
    tampered(&good, &bad_layer, |n, d| {
        if n.ends_with(".tar") {
            let mut b = tar::Builder::new(Vec::new());
            let mut h = tar::Header::new_ustar();
            h.set_size(4);
            h.set_mode(0o644);
            h.set_cksum();
            b.append_data(&mut h, "evil", &b"evil"[..]).unwrap();
            Some(b.into_inner().unwrap())
        } else {
            Some(d)
        }
    });
    check(&bad_layer, &["content digest", "image config says"]);
    // the manifest points at a layer that is not there
    let missing = t.dir.path().join("missing.tar");
    tampered(&good, &missing, |n, d| (!n.ends_with(".tar")).then_some(d));
    check(&missing, &["has no"]);
    // the manifest escapes the archive with ..
    let escape = t.dir.path().join("escape.tar");
    tampered(&good, &escape, |n, d| {
        if n == "manifest.json" {
            let s = String::from_utf8(d).unwrap();
            let re = s.replacen("\"Layers\":[\"", "\"Layers\":[\"../../../etc/", 1);
            Some(re.into_bytes())
        } else {
            Some(d)
        }
    });
    check(&escape, &["outside the archive"]);
    // a layer member that is a symlink out of the archive
    let linked = t.dir.path().join("linked.tar");
    {
        let mut a = tar::Archive::new(std::fs::File::open(&good).unwrap());
        let mut b = tar::Builder::new(std::fs::File::create(&linked).unwrap());
        for e in a.entries().unwrap() {
            let mut e = e.unwrap();
            let name = e.path().unwrap().display().to_string();
            let mut h = e.header().clone();
            if name.ends_with(".tar") {
                let mut l = tar::Header::new_ustar();
                l.set_entry_type(tar::EntryType::Symlink);
                l.set_size(0);
                b.append_link(&mut l, &name, "../../../../etc/passwd")
                    .unwrap();
            } else {
                let mut data = Vec::new();
                std::io::Read::read_to_end(&mut e, &mut data).unwrap();
                b.append_data(&mut h, &name, &data[..]).unwrap();
            }
        }
        b.finish().unwrap();
    }
    check(&linked, &["outside the archive"]);
    // nothing was left in the store's work area either
    assert_eq!(t2.store_listing(), before);
}
