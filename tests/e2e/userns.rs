//! Issue 14: root's containers in user namespaces of their own (`--userns=auto`,
//! `--uidmap`/`--gidmap`, `--subuidname`): the process runs as an unprivileged host id,
//! the image's files keep their owners inside (fuse-overlayfs shows them through the
//! maps), and what the container writes lands with container-side owners — so commit and
//! cp need no shifting.

use crate::run::busybox_store;

/// The host uid of a running container's first process.
fn host_uid(t: &crate::support::TestRoot, name: &str) -> u32 {
    let pid = t.ok(&["inspect", "-f", "{{.State.Pid}}", name]);
    let status = std::fs::read_to_string(format!("/proc/{}/status", pid.stdout.trim())).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|u| u.parse().ok())
        .unwrap()
}

/// fuse-overlayfs processes serving this store.
fn shifters(t: &crate::support::TestRoot) -> usize {
    crate::support::pgrep(&format!("fuse-overlayfs .*{}/", t.root().display()))
}

#[test]
fn issue14_root_containers_in_user_namespaces_of_their_own() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    // auto: a range of its own, root inside, the image's owners as they are
    let r = t.ok(&[
        "run",
        "--rm",
        "--userns=auto",
        &img,
        "sh",
        "-c",
        "id -u; stat -c %u:%g /bin/busybox; cat /proc/self/uid_map; touch /new && stat -c %u /new",
    ]);
    let lines = r.lines();
    assert_eq!(lines[0], "0", "{r}");
    assert_eq!(lines[1], "0:0", "{r}");
    let map: Vec<u64> = lines[2]
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    assert_eq!(map[0], 0);
    assert!(map[1] >= 100_000, "not the host's root: {r}");
    assert_eq!(map[2], 65536, "{r}");
    assert_eq!(lines[3], "0");
    // two at once get ranges that do not touch
    t.ok(&[
        "run",
        "-d",
        "--name",
        "a1",
        "--userns=auto",
        &img,
        "sleep",
        "60",
    ]);
    t.ok(&[
        "run",
        "-d",
        "--name",
        "a2",
        "--userns=auto:size=2000",
        &img,
        "sleep",
        "60",
    ]);
    let (u1, u2) = (host_uid(&t, "a1"), host_uid(&t, "a2"));
    let r = t.ok(&[
        "inspect",
        "-f",
        "{{.HostConfig.UsernsMode}} {{index .HostConfig.IDMappings.UidMap 0}}",
        "a2",
    ]);
    assert!(
        r.stdout.starts_with("auto 0:") && r.stdout.trim().ends_with(":2000"),
        "{r}"
    );
    assert!(u1 >= 100_000 && u2 >= 100_000, "{u1} {u2}");
    assert!(u1.abs_diff(u2) >= 2000, "ranges overlap: {u1} {u2}");
    assert_eq!(shifters(&t), 2);
    let r = t.ok(&["exec", "a2", "sh", "-c", "id -u; cat /proc/self/uid_map"]);
    assert_eq!(r.lines()[0], "0");
    assert!(r.lines()[1].ends_with(" 2000"), "{r}");
    t.ok(&["rm", "-f", "a1", "a2"]);
    assert_eq!(shifters(&t), 0, "fuse-overlayfs ends with its container");
    // --uidmap: exactly that range; a file made inside keeps container-side owners in a
    // commit and in cp, and a fresh volume is the container root's
    t.ok(&[
        "run",
        "--name",
        "m",
        "--uidmap",
        "0:300000:70000",
        "-v",
        "data:/data",
        &img,
        "sh",
        "-c",
        "echo x > /made && chown 1000:2 /made && touch /data/v && stat -c %u /data/v",
    ]);
    let r = t.ok(&["inspect", "-f", "{{.State.ExitCode}}", "m"]);
    assert_eq!(r.stdout.trim(), "0");
    t.ok(&["commit", "m", "localhost/mapped:1"]);
    let r = t.ok(&[
        "run",
        "--rm",
        "localhost/mapped:1",
        "stat",
        "-c",
        "%u:%g",
        "/made",
    ]);
    assert_eq!(
        r.stdout.trim(),
        "1000:2",
        "committed owners are the container's"
    );
    let out = t.dir.path().join("made.tar");
    t.ok(&["cp", "m:/made", &format!("{}", out.display())]);
    let volume = t.ok(&["volume", "inspect", "-f", "{{.Mountpoint}}", "data"]);
    use std::os::unix::fs::MetadataExt;
    let owner = std::fs::metadata(std::path::Path::new(volume.stdout.trim()).join("v"))
        .unwrap()
        .uid();
    assert_eq!(
        owner, 300000,
        "the volume's file is the container root's on the host"
    );
    t.ok(&["rm", "m"]);
    // --subuidname needs the name's ranges
    let r = t.run(&[
        "run",
        "--rm",
        "--subuidname",
        "no-such-user-xyz",
        &img,
        "true",
    ]);
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["no-such-user-xyz", "/etc/subuid"]);
    // what root cannot have, and bad maps: one line each, nothing left
    let before = t.ok(&["ps", "-aq"]).stdout;
    for (args, words) in [
        (vec!["--userns=keep-id"], vec!["keep-id", "ordinary user"]),
        (vec!["--userns=sideways"], vec!["sideways"]),
        (
            vec!["--uidmap", "0:1"],
            vec!["0:1", "CONTAINER_ID:HOST_ID:SIZE"],
        ),
        (
            vec!["--uidmap", "0:100:10", "--uidmap", "5:200:10"],
            vec!["overlap"],
        ),
        (
            vec!["--userns=auto", "--uidmap", "0:1:1"],
            vec!["cannot be combined"],
        ),
    ] {
        let mut a = vec!["run", "--rm"];
        a.extend(&args);
        a.extend([img.as_str(), "true"]);
        let r = t.run(&a);
        assert_eq!(r.code, 125, "{args:?}: {r}");
        r.one_error_line(&words);
    }
    assert_eq!(t.ok(&["ps", "-aq"]).stdout, before);
}
