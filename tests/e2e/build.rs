//! Issue 6 (in progress): images from changes — `commit` so far.

use crate::run::busybox_store;

#[test]
fn issue6_commit_makes_an_image_from_a_containers_changes() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.ok(&[
        "run",
        "--name",
        "c1",
        &img,
        "sh",
        "-c",
        "echo hello > /greeting; rm /etc/group; mkdir -p /d; touch /d/x",
    ]);
    let id = t
        .ok(&[
            "commit",
            "-m",
            "greeting added",
            "-a",
            "Jane <j@example.com>",
            "-c",
            "CMD [\"cat\", \"/greeting\"]",
            "-c",
            "ENV X=1",
            "-c",
            "EXPOSE 8080",
            "c1",
            "test/committed:v1",
        ])
        .stdout
        .trim()
        .to_string();
    assert!(id.starts_with("sha256:") && id.len() == 71, "{id}");
    let r = t.ok(&["run", "--rm", "test/committed:v1"]);
    assert_eq!(r.stdout, "hello\n");
    let r = t.ok(&[
        "run",
        "--rm",
        "test/committed:v1",
        "sh",
        "-c",
        "ls /etc/group 2>/dev/null || echo deleted; echo $X; ls /d",
    ]);
    assert_eq!(r.lines(), ["deleted", "1", "x"], "{r}");
    let r = t.ok(&[
        "image",
        "inspect",
        "-f",
        "{{.Id}} {{.Author}} {{json .Config.ExposedPorts}} {{len .RootFS.Layers}}",
        "test/committed:v1",
    ]);
    assert_eq!(
        r.stdout.trim(),
        format!("{id} Jane <j@example.com> {{\"8080/tcp\":{{}}}} 2")
    );
    let r = t.ok(&[
        "history",
        "--no-trunc",
        "--format",
        "{{.Comment}}",
        "test/committed:v1",
    ]);
    assert_eq!(r.lines()[0], "greeting added", "{r}");
    // a running container is frozen while read, and keeps running
    t.ok(&[
        "run",
        "-d",
        "--name",
        "c2",
        &img,
        "sh",
        "-c",
        "echo x > /y; sleep 60",
    ]);
    t.ok(&["commit", "c2", "test/committed:v2"]);
    let r = t.ok(&["ps", "--format", "{{.Names}} {{.State}}"]);
    assert_eq!(r.stdout.trim(), "c2 running");
    t.ok(&["rm", "-f", "c2"]);
    // bad input: one line, exit 125, no image
    t.fails(&["commit", "-c", "RUN make", "c1", "test/bad"], 125)
        .one_error_line(&["RUN"]);
    t.fails(&["commit", "nosuch", "test/bad"], 125);
    let r = t.ok(&["images", "--format", "{{.Repository}}:{{.Tag}}"]);
    assert!(!r.stdout.contains("test/bad"), "{r}");
}
