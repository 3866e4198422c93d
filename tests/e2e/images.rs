//! Issue 2: images, tag, rmi, history, inspect, image prune.

use serde_json::json;

use crate::support::TestRoot;
use crate::support::images::{self, Spec};
use crate::support::registry::Registry;

/// A store holding busybox (created 2024-01-02) as REG/test/busybox:latest and a labelled
/// image (created 2024-03-01) as REG/test/labelled:v1.
fn two_images() -> (Registry, TestRoot, images::Image, images::Image) {
    let reg = Registry::start();
    let a = images::busybox();
    let b = images::build(Spec {
        labels: json!({"team": "blue", "tier": "web"}),
        created: "2024-03-01T00:00:00Z",
        ..Spec::default()
    });
    reg.push("test/busybox", "latest", &a);
    reg.push("test/labelled", "v1", &b);
    let t = TestRoot::new();
    t.ok(&["pull", "-q", &reg.reference("test/busybox", "latest")]);
    t.ok(&["pull", "-q", &reg.reference("test/labelled", "v1")]);
    (reg, t, a, b)
}

#[test]
fn issue2_images_formats_quiet_and_no_trunc() {
    let (reg, t, a, b) = two_images();
    let h = reg.host();
    let q = t.ok(&["images", "-q"]);
    assert_eq!(
        q.lines(),
        vec![&b.id()[7..19], &a.id()[7..19]],
        "newest first"
    );
    let full = t.ok(&["images", "-q", "--no-trunc"]);
    assert_eq!(full.lines(), vec![b.id().as_str(), a.id().as_str()]);
    let tpl = t.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    assert_eq!(
        tpl.lines(),
        vec![
            format!("{h}/test/labelled:v1"),
            format!("{h}/test/busybox:latest")
        ]
    );
    let table = t.ok(&["images", "--format", "table {{.Tag}}\\t{{.ID}}"]);
    assert_eq!(table.lines()[0], "TAG       IMAGE ID");
    assert_eq!(table.lines()[1], format!("v1        {}", &b.id()[7..19]));
    let js = t.ok(&["images", "--format", "json"]);
    let first: serde_json::Value = serde_json::from_str(js.lines()[0]).unwrap();
    assert_eq!(first["Repository"], format!("{h}/test/labelled"));
    assert_eq!(first["Tag"], "v1");
    assert_eq!(first["ID"], &b.id()[7..19]);
    assert!(first["Size"].as_str().unwrap().ends_with("MB"), "{first}");
    assert!(first["CreatedSince"].as_str().unwrap().ends_with(" ago"));
    assert_eq!(first["CreatedAt"], "2024-03-01 00:00:00 +0000 UTC");
    let digests = t.ok(&["images", "--digests"]);
    assert!(digests.lines()[0].starts_with("REPOSITORY"));
    assert!(digests.lines()[0].contains("DIGEST"));
    assert!(digests.stdout.contains(&a.manifest.digest()), "{digests}");
    let bad = t.fails(&["images", "--format", "{{.Nope}}"], 125);
    bad.one_error_line(&["Nope"]);
}

#[test]
fn issue2_images_filters() {
    let (reg, t, a, b) = two_images();
    let h = reg.host();
    let ids = |args: &[&str]| {
        let mut v = vec!["images", "-q"];
        v.extend_from_slice(args);
        t.ok(&v)
            .lines()
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    };
    let (a_id, b_id) = (a.id()[7..19].to_string(), b.id()[7..19].to_string());
    assert_eq!(ids(&["--filter", "label=team=blue"]), vec![b_id.clone()]);
    assert_eq!(ids(&["--filter", "label=tier"]), vec![b_id.clone()]);
    assert_eq!(ids(&["--filter", "label=team=red"]), Vec::<String>::new());
    assert_eq!(
        ids(&["--filter", &format!("reference={h}/test/busy*")]),
        vec![a_id.clone()]
    );
    assert_eq!(
        ids(&["--filter", &format!("reference={h}/test/*:v1")]),
        vec![b_id.clone()]
    );
    assert_eq!(ids(&[&format!("{h}/test/busybox")]), vec![a_id.clone()]);
    assert_eq!(
        ids(&["--filter", &format!("before={h}/test/labelled:v1")]),
        vec![a_id.clone()]
    );
    assert_eq!(
        ids(&["--filter", &format!("since={}", a_id)]),
        vec![b_id.clone()]
    );
    assert_eq!(ids(&["--filter", "dangling=true"]), Vec::<String>::new());
    assert_eq!(ids(&["--filter", "dangling=false"]).len(), 2);
    t.fails(&["images", "--filter", "color=red"], 125)
        .one_error_line(&["color"]);
    t.fails(&["images", "--filter", "dangling=maybe"], 125)
        .one_error_line(&["dangling"]);
}

#[test]
fn issue2_tag_rmi_untag_versus_delete() {
    let (reg, t, a, _b) = two_images();
    let src = reg.reference("test/busybox", "latest");
    t.ok(&["tag", &src, "myapp:1"]);
    t.ok(&["tag", &a.id()[7..19], "myapp:2"]);
    t.ok(&["tag", "myapp:1", "other/name"]);
    let names = t.ok(&["image", "inspect", "-f", "{{json .RepoTags}}", &src]);
    assert_eq!(
        names.stdout.trim(),
        format!("[\"{src}\",\"myapp:1\",\"myapp:2\",\"other/name:latest\"]")
    );
    // removing one name only untags
    let r = t.ok(&["rmi", "myapp:1"]);
    assert_eq!(r.stdout, "Untagged: myapp:1\n");
    // by ID while names span several repositories: refused without -f
    let r = t.fails(&["rmi", &a.id()[7..19]], 125);
    r.one_error_line(&["must be forced", &a.id()[7..19]]);
    let layers_before = std::fs::read_dir(t.root().join("layers")).unwrap().count();
    let r = t.ok(&["rmi", "-f", &a.id()[7..19]]);
    assert!(r.stdout.contains("Untagged: myapp:2\n"), "{r}");
    assert!(
        r.stdout.contains(&format!(
            "Untagged: {}/test/busybox@{}",
            reg.host(),
            a.manifest.digest()
        )),
        "{r}"
    );
    assert!(r.stdout.ends_with(&format!("Deleted: {}\n", a.id())), "{r}");
    // the other image shares the busybox layer: it stays
    assert_eq!(
        std::fs::read_dir(t.root().join("layers")).unwrap().count(),
        layers_before
    );
    let labelled = reg.reference("test/labelled", "v1");
    let r = t.ok(&["image", "rm", &labelled]);
    assert!(r.stdout.contains("Deleted: "), "{r}");
    assert_eq!(
        std::fs::read_dir(t.root().join("layers")).unwrap().count(),
        0,
        "last user gone: layer freed"
    );
    assert_eq!(
        std::fs::read_dir(t.root().join("blobs/sha256"))
            .unwrap()
            .count(),
        0
    );
}

#[test]
fn issue2_rmi_reports_missing_images_and_continues() {
    let (reg, t, _a, _b) = two_images();
    let r = t.run(&["rmi", "nosuch:tag", &reg.reference("test/labelled", "v1")]);
    assert_eq!(r.code, 125, "{r}");
    assert!(r.stderr.contains("No such image: nosuch:tag"), "{r}");
    assert!(r.stdout.contains("Untagged:"), "{r}");
    t.fails(&["tag", "nosuch", "x"], 125)
        .one_error_line(&["No such image: nosuch"]);
    t.fails(
        &["tag", &reg.reference("test/busybox", "latest"), "Bad:Name"],
        125,
    )
    .one_error_line(&["Bad"]);
}

#[test]
fn issue2_history_and_inspect() {
    let (reg, t, a, _b) = two_images();
    let name = reg.reference("test/busybox", "latest");
    let h = t.ok(&["history", &name]);
    let lines = h.lines();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["IMAGE", "CREATED", "CREATED", "BY", "SIZE", "COMMENT"]
    );
    assert!(lines[1].starts_with(&a.id()[7..19]), "{h}");
    assert!(
        lines[1].contains("CMD [\"sh\"]") && lines[1].contains(" 0B"),
        "{h}"
    );
    assert!(
        lines[2].starts_with("<missing>") && lines[2].contains("MB"),
        "{h}"
    );
    let q = t.ok(&["history", "-q", &name]);
    assert_eq!(q.lines(), vec![&a.id()[7..19], "<missing>"]);
    let raw = t.ok(&["history", "-H=false", "--format", "{{.Size}}", &name]);
    assert_eq!(raw.lines()[0], "0");
    assert!(raw.lines()[1].parse::<u64>().unwrap() > 1_000_000);

    let doc = t.ok(&["inspect", &name]);
    let v: serde_json::Value = serde_json::from_str(&doc.stdout).unwrap();
    let img = &v[0];
    assert_eq!(img["Id"], a.id());
    assert_eq!(img["RepoTags"], json!([name]));
    assert_eq!(img["Os"], "linux");
    assert_eq!(img["Created"], "2024-01-02T03:04:05Z");
    assert_eq!(img["Config"]["Cmd"], json!(["sh"]));
    assert_eq!(img["RootFS"]["Layers"], json!([images::sha256(&a.tars[0])]));
    assert!(img["Size"].as_u64().unwrap() > 1_000_000);
    let f = t.ok(&[
        "image",
        "inspect",
        "--format",
        "{{.Os}}/{{.Architecture}} {{json .Config.Env}}",
        &a.id()[7..19],
    ]);
    assert_eq!(f.stdout, "linux/amd64 [\"PATH=/bin\"]\n");
    let r = t.run(&["inspect", "nosuch", &name]);
    assert_eq!(r.code, 125);
    assert!(r.stderr.contains("No such object: nosuch"), "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
}

#[test]
fn issue2_prune_dangling_and_all() {
    let reg = Registry::start();
    let old = images::busybox();
    let new = images::build(Spec {
        created: "2025-01-01T00:00:00Z",
        ..Spec::default()
    });
    reg.push("test/app", "latest", &old);
    let t = TestRoot::new();
    let name = reg.reference("test/app", "latest");
    t.ok(&["pull", "-q", &name]);
    reg.push("test/app", "latest", &new);
    t.ok(&["pull", "-q", &name]);
    // the old image lost its tag: dangling, shown as <none>
    let rows = t.ok(&["images", "--format", "{{.Tag}} {{.ID}}"]);
    assert!(
        rows.stdout
            .contains(&format!("<none> {}", &old.id()[7..19])),
        "{rows}"
    );
    let dangling = t.ok(&["images", "-q", "--filter", "dangling=true"]);
    assert_eq!(dangling.stdout.trim(), &old.id()[7..19]);
    let p = t.ok(&["image", "prune", "-f"]);
    assert!(p.stdout.starts_with("Deleted Images:\n"), "{p}");
    assert!(p.stdout.contains(&format!("deleted: {}", old.id())), "{p}");
    assert!(
        p.stdout.contains("Total reclaimed space: 0B"),
        "layer still used: {p}"
    );
    assert_eq!(t.ok(&["images", "-q"]).stdout.trim(), &new.id()[7..19]);
    // without -f it asks; "no" (stdin closed) changes nothing
    let r = t.ok(&["image", "prune", "-a"]);
    assert!(r.stdout.contains("Are you sure"), "{r}");
    assert_eq!(t.ok(&["images", "-q"]).lines().len(), 1);
    let p = t.ok(&["image", "prune", "-a", "-f"]);
    assert!(
        p.stdout.trim_end().ends_with("MB"),
        "the busybox layer is freed: {p}"
    );
    assert!(t.ok(&["images", "-q"]).stdout.is_empty());
}
