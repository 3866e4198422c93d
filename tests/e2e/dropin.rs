//! Issue 16: skiff as a drop-in for docker and podman scripts — the walk-through's fixes and
//! podman's extensions to the CLI.

use crate::run::busybox_store;

/// On the default network a container's own name resolves to its address (docker's
/// bridge), and `--link NAME:ALIAS` gives docker's link variables.
#[test]
fn issue16_default_network_hosts_and_link_variables() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.write_config(if crate::support::as_user() {
        "[network]\ndefault-network = \"skiff\"\n"
    } else {
        "[network]\n"
    });
    let r = crate::network::in_netns(
        &t,
        &img,
        "$S run -d --name db --expose 5432 -e PGDATA=/pg $I sleep 60 >/dev/null || exit 9
         ip=$($S inspect -f '{{.NetworkSettings.IPAddress}}' db)
         echo \"db=$ip\"
         $S run --rm --name web --hostname h1 --link db:data $I sh -c 'grep -w h1 /etc/hosts | cut -f1; hostname -i; echo $DATA_NAME; echo $DATA_PORT; echo $DATA_PORT_5432_TCP_ADDR:$DATA_PORT_5432_TCP_PORT/$DATA_PORT_5432_TCP_PROTO; echo $DATA_ENV_PGDATA; env | grep -c ^DATA_ENV_PATH='
         $S run -d --name again --hostname h2 $I sleep 60 >/dev/null
         $S restart -t 0 again >/dev/null
         $S exec again sh -c 'grep -cw h2 /etc/hosts; grep -w h2 /etc/hosts | cut -f1'
         $S inspect -f '{{.NetworkSettings.IPAddress}}' again
         $S rm -f db again >/dev/null",
    );
    assert_eq!(r.code, 0, "{r}");
    let lines: Vec<&str> = r.stdout.lines().collect();
    let ip = lines[0].strip_prefix("db=").expect("db's address");
    assert!(ip.starts_with("10.") || ip.starts_with("172."), "{r}");
    // the linking container's own line and address
    assert_eq!(lines[1], lines[2], "hostname -> its address:\n{r}");
    assert!(!lines[1].starts_with("127."), "{r}");
    assert_eq!(lines[3], "/web/data", "{r}");
    assert_eq!(lines[4], format!("tcp://{ip}:5432"), "{r}");
    assert_eq!(lines[5], format!("{ip}:5432/tcp"), "{r}");
    assert_eq!(lines[6], "/pg", "{r}");
    assert_eq!(lines[7], "0", "PATH is not passed on:\n{r}");
    // after a restart: one line for its name, with the address it has now
    assert_eq!(lines[8], "1", "{r}");
    assert_eq!(lines[9], lines[10], "{r}");
}

/// `commit -m` and `import -m` fill `.Comment`; `build --label KEY` takes an empty value;
/// `Successfully tagged` names the tag in full; `push -q` says what it pushed.
#[test]
fn issue16_image_messages_labels_and_quiet_push() {
    crate::require_root!();
    let (reg, t, img) = busybox_store();
    t.ok(&["create", "--name", "c", &img, "true"]);
    t.ok(&["commit", "-m", "first commit", "c", "test/committed"]);
    let r = t.ok(&["inspect", "-f", "{{.Comment}}", "test/committed"]);
    assert_eq!(r.stdout.trim(), "first commit");
    let r = t.ok(&["image", "inspect", "-f", "{{.Comment}}", &img]);
    assert_eq!(r.stdout.trim(), "", "a pulled image has none");
    let tar = t.dir.path().join("fs.tar");
    t.ok(&["export", "-o", tar.to_str().unwrap(), "c"]);
    t.ok(&[
        "import",
        "-m",
        "imported",
        tar.to_str().unwrap(),
        "test/imported",
    ]);
    let r = t.ok(&["inspect", "-f", "{{.Comment}}", "test/imported"]);
    assert_eq!(r.stdout.trim(), "imported");
    let ctx = t.dir.path().join("ctx");
    std::fs::create_dir_all(&ctx).unwrap();
    std::fs::write(ctx.join("Dockerfile"), format!("FROM {img}\nRUN true\n")).unwrap();
    let r = t.ok(&[
        "build",
        "--label",
        "bare",
        "--label",
        "k=v",
        "-t",
        "test/labelled",
        ctx.to_str().unwrap(),
    ]);
    assert!(
        r.stdout
            .contains("Successfully tagged test/labelled:latest"),
        "{r}"
    );
    let r = t.ok(&["inspect", "-f", "{{json .Config.Labels}}", "test/labelled"]);
    assert_eq!(r.stdout.trim(), r#"{"bare":"","k":"v"}"#);
    let dest = reg.reference("test/pushed", "1");
    t.ok(&["tag", "test/labelled", &dest]);
    let r = t.ok(&["push", "-q", &dest]);
    assert_eq!(r.stdout.trim(), dest);
}

/// A container whose watcher died is recorded as exited once, by the first to notice: its
/// end time does not move on every look.
#[test]
fn issue16_an_unwatched_death_keeps_its_end_time() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let id = t
        .ok(&["run", "-d", &img, "sleep", "60"])
        .stdout
        .trim()
        .to_string();
    let state = t.root().join("containers").join(&id).join("state.json");
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    let pid = doc["pid"].as_i64().unwrap() as i32;
    let watcher = doc["watcher"]["pid"].as_i64().unwrap() as i32;
    assert!(pid > 1 && watcher > 1, "{doc}");
    // the watcher first, so that nobody records the end
    for p in [watcher, pid] {
        let _ = std::process::Command::new("kill")
            .args(["-9", &p.to_string()])
            .status();
    }
    let gone = (0..50).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        !std::path::Path::new(&format!("/proc/{pid}")).exists()
    });
    assert!(gone, "the container's process ended");
    let look = || {
        t.ok(&[
            "inspect",
            "-f",
            "{{.State.Status}} {{.State.ExitCode}} {{.State.FinishedAt}}",
            &id,
        ])
        .stdout
        .trim()
        .to_string()
    };
    let first = look();
    assert!(first.starts_with("exited 255 "), "{first}");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert_eq!(look(), first, "the end is recorded once");
    let r = t.ok(&["ps", "-a", "--format", "{{.Status}}"]);
    assert!(r.stdout.contains("Exited (255)"), "{r}");
    t.ok(&["rm", &id]);
}
