//! Issue 16: skiff as a drop-in for docker and podman scripts — the walk-through's fixes and
//! podman's extensions to the CLI.

use crate::run::busybox_store;

/// `run --rm FLAGS IMAGE true` is refused: exit 125, one error line naming `names`.
fn refused(t: &crate::support::TestRoot, img: &str, flags: &[&str], names: &[&str]) {
    let mut args = vec!["run", "--rm"];
    args.extend_from_slice(flags);
    args.extend([img, "true"]);
    t.fails(&args, 125).one_error_line(names);
}

/// Containers of `t` on the default bridge (`skiff`): root's default; an ordinary user's
/// default is pasta, so named in the config. Only inside `in_netns`.
fn bridged(t: &crate::support::TestRoot) {
    t.write_config(if crate::support::as_user() {
        "[network]\ndefault-network = \"skiff\"\n"
    } else {
        "[network]\n"
    });
}

/// On the default network a container's own name resolves to its address (docker's
/// bridge), and `--link NAME:ALIAS` gives docker's link variables.
#[test]
fn issue16_default_network_hosts_and_link_variables() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    bridged(&t);
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

/// A script written for podman runs unchanged (`podman` is skiff here): set-up and
/// tear-down with `rm -t 0 --all --force --ignore`, `exists`, `-a` on the lifecycle
/// commands, `ps --noheading/--external/--sort`, podman's field names, `--noout`,
/// podman's log levels — and one in docker's style beside it.
#[test]
fn issue16_podman_and_docker_style_scripts_run_unchanged() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let script = format!(
        r#"I={img}
podman rm -t 0 --all --force --ignore
podman run -d --name web $I sleep 60 >/dev/null
podman run -d --name worker $I sleep 60 >/dev/null
podman create --name idle $I sleep 60 >/dev/null
podman container exists web && echo "web exists"
podman container exists nope; echo "nope: $?"
podman image exists $I && echo "image exists"
podman image exists nope/none:1; echo "no image: $?"
podman volume create data >/dev/null
podman volume exists data && echo "volume exists"
podman network exists bridge && echo "bridge exists"
podman network exists nonet; echo "no network: $?"
podman ps --noheading --external --sort names --format '{{{{.Names}}}} {{{{.State}}}} {{{{.ExitCode}}}} {{{{.Pod}}}}|'
echo "paused $(podman pause -a | wc -l)"
podman ps --noheading --sort names --format '{{{{.Names}}}} {{{{upper .State}}}}'
echo "unpaused $(podman unpause -a | wc -l)"
echo "stopped $(podman stop -a -t 0 | wc -l)"
echo "started $(podman start --all | wc -l)"
echo "killed $(podman kill -a | wc -l)"
podman stop --ignore nope; echo "stop ignore: $?"
podman --noout run --rm $I echo hidden
echo "$(podman --log-level trace ps -a --noheading --sort names --format '{{{{.Names}}}}' | tr '\n' ' ')"
podman ps -a --sort names --format '{{{{.Names}}}} {{{{.Exited}}}} {{{{.ExitCode}}}}'
echo "removed $(podman rm -t 0 --all --force --ignore | wc -l)"
podman rm --ignore nope; echo "rm ignore: $?"
podman volume rm -a
echo "left $(podman ps -a --noheading | wc -l)"
docker run -d --name d1 -p 127.0.0.1::80 $I sleep 60 >/dev/null
docker ps --format 'table {{{{.Names}}}}\t{{{{.Status}}}}' | head -1 | tr -s ' '
docker stop -t 0 d1
docker rm -f d1
docker images --format '{{{{.Repository}}}}:{{{{.Tag}}}}' | grep -c busybox
"#
    );
    let c = t.sh(&[], |skiff| {
        format!("podman() {{ {skiff} \"$@\"; }}\ndocker() {{ {skiff} \"$@\"; }}\n{script}")
    });
    let r = crate::support::run_bounded(c, std::time::Duration::from_secs(120));
    let want = "web exists
nope: 1
image exists
no image: 1
volume exists
bridge exists
no network: 1
web running 0 |
worker running 0 |
paused 2
web PAUSED
worker PAUSED
unpaused 2
stopped 2
started 3
killed 3
stop ignore: 0
idle web worker 
idle true 137
web true 137
worker true 137
removed 3
rm ignore: 0
data
left 0
NAMES STATUS
d1
d1
1
";
    // an ordinary user on this cgroup-v1 host has no cgroups: pause says it cannot
    let want = if crate::support::as_user() {
        assert!(r.stderr.contains("cannot be paused"), "{r}");
        want.replace(
            "paused 2\nweb PAUSED\nworker PAUSED\nunpaused 2",
            "paused 0\nweb RUNNING\nworker RUNNING\nunpaused 0",
        )
    } else {
        want.to_string()
    };
    assert_eq!(r.stdout, want, "{r}");
    assert_eq!(r.code, 0, "{r}");
}

/// docker's `run` flags beyond the core set, each with its effect: `--uts host`,
/// `--group-add`, `--oom-score-adj`, `--cidfile`, `--label-file`, `--annotation`, and the
/// single-answer ones (`--runtime`, `--volume-driver`, `--storage-opt`).
#[test]
fn issue16_more_run_flags_have_their_effect() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname").unwrap();
    let r = t.ok(&[
        "run",
        "--rm",
        "--uts",
        "host",
        &img,
        "cat",
        "/proc/sys/kernel/hostname",
    ]);
    assert_eq!(r.stdout.trim(), host.trim(), "the host's name");
    let r = t.ok(&[
        "run",
        "--rm",
        "--uts",
        "private",
        "--hostname",
        "own",
        &img,
        "cat",
        "/proc/sys/kernel/hostname",
    ]);
    assert_eq!(r.stdout.trim(), "own");
    let r = t.ok(&[
        "run",
        "--rm",
        "--group-add",
        "1234",
        "--group-add",
        "4321",
        "--oom-score-adj",
        "500",
        &img,
        "sh",
        "-c",
        "id -G; cat /proc/self/oom_score_adj",
    ]);
    let lines: Vec<&str> = r.stdout.lines().collect();
    let groups: Vec<&str> = lines[0].split_whitespace().collect();
    assert!(groups.contains(&"1234") && groups.contains(&"4321"), "{r}");
    assert_eq!(lines[1], "500", "{r}");
    // the cgroup namespace: its own (paths from its cgroup's root), or the host's
    let own = t.ok(&["run", "--rm", &img, "cat", "/proc/self/cgroup"]);
    let host = t.ok(&[
        "run",
        "--rm",
        "--cgroupns",
        "host",
        &img,
        "cat",
        "/proc/self/cgroup",
    ]);
    if !crate::support::as_user() {
        assert!(!own.stdout.contains("skiff-"), "{own}");
        assert!(host.stdout.contains("skiff-"), "the host's paths: {host}");
    }
    let r = t.run(&["run", "--rm", "--group-add", "nosuchgroup", &img, "true"]);
    assert_ne!(r.code, 0, "{r}");
    assert!(r.stderr.contains("nosuchgroup"), "{r}");
    // the ID file, written once
    let cid = t.dir.path().join("cid");
    let labels = t.dir.path().join("labels");
    std::fs::write(&labels, "# comment\ntier=web\nowner=ops\n").unwrap();
    let c = cid.to_str().unwrap();
    let id = t.ok(&[
        "create",
        "--cidfile",
        c,
        "--label-file",
        labels.to_str().unwrap(),
        "--label",
        "owner=dev",
        "--annotation",
        "com.example/note=hi",
        "--runtime",
        "skiff",
        "--volume-driver",
        "local",
        &img,
        "true",
    ]);
    assert_eq!(std::fs::read_to_string(&cid).unwrap(), id.stdout.trim());
    let r = t.ok(&[
        "inspect",
        "-f",
        "{{json .Config.Labels}} {{json .HostConfig.Annotations}} {{.HostConfig.OomScoreAdj}}",
        id.stdout.trim(),
    ]);
    assert_eq!(
        r.stdout.trim(),
        r#"{"owner":"dev","tier":"web"} {"com.example/note":"hi"} 0"#
    );
    let r = t.run(&["create", "--cidfile", c, &img, "true"]);
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["Container ID file found"]);
    for bad in [
        vec!["--runtime", "runc"],
        vec!["--volume-driver", "nfs"],
        vec!["--storage-opt", "size=1G"],
        vec!["--uts", "sideways"],
        vec!["--cgroupns", "sideways"],
    ] {
        let mut args = vec!["run", "--rm"];
        args.extend(bad.iter().copied());
        args.extend([img.as_str(), "true"]);
        let r = t.run(&args);
        assert_eq!(r.code, 125, "{bad:?}: {r}");
        r.one_error_line(&[bad[0]]);
    }
}

/// `system df [-v]` counts what the store holds and what nothing uses; `system prune`
/// gives it back (`-a` all unused images, `--volumes` unused anonymous volumes); `network
/// ls` lists `host` and `none` beside the bridges, as docker does.
#[test]
fn issue16_system_df_prune_and_builtin_networks() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.ok(&["run", "--name", "c1", &img, "sh", "-c", "echo hello > /f"]);
    t.ok(&["run", "--name", "c2", "-v", "/data", &img, "true"]);
    t.ok(&["volume", "create", "named"]);
    let df = |t: &crate::support::TestRoot| {
        t.ok(&[
            "system",
            "df",
            "--format",
            "{{.Type}} {{.TotalCount}} {{.Active}}",
        ])
        .stdout
    };
    assert_eq!(
        df(&t),
        "Images 1 1\nContainers 2 0\nLocal Volumes 2 1\nBuild Cache 0 0\n",
        "a volume a container (even a stopped one) refers to is active, as docker counts"
    );
    let r = t.ok(&["system", "df"]);
    assert!(r.stdout.starts_with("TYPE "), "{r}");
    assert!(
        r.stdout.contains("(100%)"),
        "stopped containers are reclaimable: {r}"
    );
    let r = t.ok(&["system", "df", "-v"]);
    for want in [
        "Images space usage:",
        "Containers space usage:",
        "c1",
        "named",
    ] {
        assert!(r.stdout.contains(want), "{want}: {r}");
    }
    let r = t.ok(&["system", "prune", "-f"]);
    assert!(r.stdout.starts_with("Deleted Containers:\n"), "{r}");
    assert!(r.stdout.contains("Total reclaimed space:"), "{r}");
    assert_eq!(
        df(&t),
        "Images 1 0\nContainers 0 0\nLocal Volumes 2 0\nBuild Cache 0 0\n",
        "the tagged image stays without -a"
    );
    let r = t.ok(&["system", "prune", "-a", "-f", "--volumes"]);
    assert!(r.stdout.contains("Deleted Volumes:"), "{r}");
    assert!(r.stdout.contains("Deleted Images:"), "{r}");
    assert_eq!(
        df(&t),
        "Images 0 0\nContainers 0 0\nLocal Volumes 1 0\nBuild Cache 0 0\n",
        "named volumes stay (docker 23's --volumes)"
    );
    let r = t.ok(&["network", "ls", "--format", "{{.Name}} {{.Driver}}"]);
    assert!(r.stdout.contains("host host\nnone null\n"), "{r}");
    // without -f it asks, and a "no" keeps everything
    let r = t.sh(&["system", "prune"], |s| format!("echo n | {s}"));
    let r = crate::support::run_bounded(r, std::time::Duration::from_secs(30));
    assert_eq!(r.code, 0, "{r}");
    assert!(!r.stdout.contains("Deleted"), "{r}");
}

/// `update` changes a running container's cgroup limits at once (seen from inside) and
/// keeps them, with a new restart policy, for its next starts.
#[test]
fn issue16_update_changes_limits_and_restart_policy() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = t.run(&["update", "u"]);
    assert_eq!(r.code, 125, "{r}");
    if crate::support::as_user() {
        // no cgroups for an ordinary user on this cgroup-v1 host: the limit is refused
        // with the reason, the restart policy still changes
        t.ok(&["run", "-d", "--name", "u", &img, "sleep", "60"]);
        let r = t.run(&["update", "-m", "128m", "u"]);
        assert_eq!(r.code, 125, "{r}");
        r.one_error_line(&["no cgroup"]);
        t.ok(&["update", "--restart", "always", "u"]);
        let r = t.ok(&["inspect", "-f", "{{.HostConfig.RestartPolicy.Name}}", "u"]);
        assert_eq!(r.stdout.trim(), "always");
        t.ok(&["rm", "-f", "u"]);
        return;
    }
    t.ok(&["run", "-d", "--name", "u", "-m", "64m", &img, "sleep", "60"]);
    let limits = "cat /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/pids/pids.max 2>/dev/null || cat /sys/fs/cgroup/memory.max /sys/fs/cgroup/pids.max";
    let r = t.ok(&["exec", "u", "sh", "-c", limits]);
    assert_eq!(r.stdout.lines().next(), Some("67108864"), "{r}");
    let r = t.ok(&[
        "update",
        "-m",
        "128m",
        "--pids-limit",
        "50",
        "--restart",
        "on-failure:3",
        "u",
    ]);
    assert_eq!(r.stdout.trim(), "u");
    let r = t.ok(&["exec", "u", "sh", "-c", limits]);
    assert_eq!(r.stdout, "134217728\n50\n", "{r}");
    let r = t.ok(&[
        "inspect",
        "-f",
        "{{.HostConfig.Memory}} {{.HostConfig.PidsLimit}} {{.HostConfig.RestartPolicy.Name}}:{{.HostConfig.RestartPolicy.MaximumRetryCount}}",
        "u",
    ]);
    assert_eq!(r.stdout.trim(), "134217728 50 on-failure:3");
    // kept for the next start
    t.ok(&["stop", "-t", "0", "u"]);
    t.ok(&["start", "u"]);
    let r = t.ok(&["exec", "u", "sh", "-c", limits]);
    assert_eq!(r.stdout, "134217728\n50\n", "{r}");
    let r = t.run(&["update", "--restart", "sometimes", "u"]);
    assert_eq!(r.code, 125, "{r}");
    t.ok(&["rm", "-f", "u"]);
    // --rm containers keep no restart policy
    t.ok(&["run", "-d", "--rm", "--name", "gone", &img, "sleep", "60"]);
    let r = t.run(&["update", "--restart", "always", "gone"]);
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["AutoRemove"]);
    t.ok(&["rm", "-f", "gone"]);
}

/// podman's `wait --condition`/`--interval`/`--ignore`.
#[test]
fn issue16_wait_for_a_condition() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.ok(&[
        "run",
        "-d",
        "--name",
        "w",
        &img,
        "sh",
        "-c",
        "sleep 1; exit 3",
    ]);
    let r = t.ok(&["wait", "--condition", "running", "-i", "50ms", "w"]);
    assert_eq!(r.stdout.trim(), "-1", "not ended: {r}");
    let r = t.ok(&[
        "wait",
        "--condition",
        "exited",
        "--condition",
        "stopped",
        "w",
    ]);
    assert_eq!(r.stdout.trim(), "3");
    let r = t.run(&["wait", "--condition", "bogus", "w"]);
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["bogus"]);
    let r = t.ok(&["wait", "--ignore", "--condition", "running", "nope"]);
    assert_eq!(r.stdout.trim(), "-1");
    t.ok(&["rm", "w"]);
}

/// `--memory-swappiness` and `--oom-kill-disable` reach the container's (v1) memory cgroup.
#[test]
fn issue16_memory_swappiness_and_oom_kill_disable() {
    crate::rootful_only!("an ordinary user has no cgroups on this cgroup-v1 host");
    let (_reg, t, img) = busybox_store();
    let r = t.ok(&[
        "run", "--rm", "-m", "64m", "--memory-swappiness", "10", "--oom-kill-disable", &img,
        "sh", "-c",
        "if [ -d /sys/fs/cgroup/memory ]; then cat /sys/fs/cgroup/memory/memory.swappiness; grep oom_kill_disable /sys/fs/cgroup/memory/memory.oom_control; else echo v2; fi",
    ]);
    if r.stdout.trim() != "v2" {
        assert_eq!(r.stdout, "10\noom_kill_disable 1\n", "{r}");
    }
    let r = t.run(&["run", "--rm", "--memory-swappiness", "101", &img, "true"]);
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["--memory-swappiness"]);
}

/// `--mac-address` (and `--network name=N,mac-address=M`) sets the container's interface.
#[test]
fn issue16_mac_address() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    bridged(&t);
    let r = crate::network::in_netns(
        &t,
        &img,
        "$S run --rm --mac-address 02:42:AC:11:99:01 $I cat /sys/class/net/eth0/address
         $S run -d --name m --mac-address 02:42:ac:11:99:02 $I sleep 60 >/dev/null
         $S inspect -f '{{.NetworkSettings.MacAddress}}' m
         $S rm -f m >/dev/null
         $S run --rm --network name=skiff,mac-address=02:42:ac:11:99:03 $I cat /sys/class/net/eth0/address
         $S run --rm --mac-address 01:00:5e:00:00:01 $I true 2>&1; echo \"multicast: $?\"",
    );
    assert_eq!(
        r.lines(),
        [
            "02:42:ac:11:99:01",
            "02:42:ac:11:99:02",
            "02:42:ac:11:99:03",
            "Error: invalid --mac-address \"01:00:5e:00:00:01\": want a unicast MAC like 02:42:ac:11:00:02",
            "multicast: 125"
        ],
        "{r}"
    );
}

/// `--health-start-interval`: checks come that often during the start period (the
/// interval, an hour here, would allow none).
#[test]
fn issue16_health_start_interval() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.ok(&[
        "run",
        "-d",
        "--name",
        "hc",
        "--health-cmd",
        "echo x >> /hits",
        "--health-interval",
        "1h",
        "--health-start-period",
        "1m",
        "--health-start-interval",
        "200ms",
        &img,
        "sleep",
        "60",
    ]);
    let hits = (0..100).find_map(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        let r = t.run(&["exec", "hc", "sh", "-c", "wc -l < /hits"]);
        let n: usize = r.stdout.trim().parse().unwrap_or(0);
        (n >= 3).then_some(n)
    });
    assert!(hits.is_some(), "at least 3 checks within 10 s");
    let r = t.ok(&[
        "inspect",
        "-f",
        "{{.State.Health.Status}} {{.Config.Healthcheck.StartInterval}}",
        "hc",
    ]);
    assert_eq!(r.stdout.trim(), "healthy 200000000");
    t.ok(&["rm", "-f", "hc"]);
}

/// The commands docker also has under other names: `container export|commit|update`,
/// `system events`.
#[test]
fn issue16_command_aliases() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.ok(&["create", "--name", "c", &img, "true"]);
    let tar = t.dir.path().join("c.tar");
    t.ok(&["container", "export", "-o", tar.to_str().unwrap(), "c"]);
    assert!(std::fs::metadata(&tar).unwrap().len() > 1024);
    t.ok(&["container", "commit", "c", "test/via-container"]);
    t.ok(&["image", "exists", "test/via-container"]);
    t.ok(&["container", "update", "--restart", "always", "c"]);
    let r = t.ok(&[
        "system",
        "events",
        "--since",
        "5m",
        "--until",
        "0s",
        "--filter",
        "container=c",
        "--format",
        "{{.Action}}",
    ]);
    assert!(r.stdout.lines().any(|l| l == "create"), "{r}");
}

/// `run -it` and `start -ai` detach with ctrl-p ctrl-q (or `--detach-keys`) and leave the
/// container running; `-a` picks the streams; `--sig-proxy=false` lets a signal stop only
/// the client.
#[test]
fn issue16_detach_keys_attach_streams_and_sig_proxy() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    use crate::detached::{status, through_pty};
    let none = ["--network", "none"];
    // run -it: typed input reaches the shell, then ctrl-p ctrl-q detaches
    let r = through_pty(
        &t,
        &["run", "-it", "--name", "s1", none[0], none[1], &img, "sh"],
        &["echo hel\"\"lo\\n", "\\020\\021"],
    );
    assert!(r.stdout.contains("hello"), "{r}");
    assert!(r.stdout.contains("rc=0"), "{r}");
    assert_eq!(status(&t, "s1"), "running 0");
    // start -ai of a running one attaches; its status comes back
    let r = through_pty(&t, &["start", "-ai", "s1"], &["exit 5\\n"]);
    assert!(r.stdout.contains("rc=5"), "{r}");
    assert_eq!(status(&t, "s1"), "exited 5");
    // start -ai with keys of its own
    let r = through_pty(
        &t,
        &["start", "-ai", "--detach-keys", "ctrl-x,q", "s1"],
        &["echo ag\"\"ain\\n", "\\030q"],
    );
    assert!(r.stdout.contains("again"), "{r}");
    assert!(r.stdout.contains("rc=0"), "{r}");
    assert_eq!(status(&t, "s1"), "running 0");
    t.ok(&["rm", "-f", "s1"]);
    // the first output is not lost, the window size is ours, --rm is done when we return
    let args = [
        "run",
        "--rm",
        "-it",
        none[0],
        none[1],
        &img,
        "sh",
        "-c",
        "echo first; stty size",
    ];
    let c = t.sh(&args, |line| {
        format!("sleep 3 | script -qfec \"stty rows 33 cols 77; {line}; echo rc=\\$?\" /dev/null")
    });
    let r = crate::support::run_bounded(c, std::time::Duration::from_secs(60));
    assert!(r.stdout.contains("first"), "{r}");
    assert!(r.stdout.contains("33 77"), "{r}");
    assert!(r.stdout.contains("rc=0"), "{r}");
    assert_eq!(t.ok(&["ps", "-aq"]).stdout, "", "--rm removed it");
    // -a: only the streams named
    let script = "echo out; echo err >&2; exit 3";
    let r = t.run(&[
        "run", "--rm", "-a", "stdout", none[0], none[1], &img, "sh", "-c", script,
    ]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (3, "out\n", "")
    );
    let r = t.run(&[
        "run", "--rm", "-a", "STDERR", none[0], none[1], &img, "sh", "-c", script,
    ]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (3, "", "err\n")
    );
    refused(&t, &img, &["-a", "tty"], &["--attach"]);
    t.fails(&["run", "-d", "-a", "stdout", &img, "true"], 125);
    assert_eq!(t.ok(&["ps", "-aq"]).stdout, "", "bad input left nothing");
    // --sig-proxy=false: SIGINT ends the client, the container runs on
    let mut cmd = t.cmd(&[
        "run",
        "--sig-proxy=false",
        "--name",
        "sp",
        none[0],
        none[1],
        &img,
        "sleep",
        "60",
    ]);
    // SIGINT at its default action in the client, whatever started these tests (a shell's
    // background job has it ignored, and would pass that on)
    // SAFETY: signal(2) between fork and exec touches only the child's dispositions.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut cmd, || {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut client = crate::support::Reaped(cmd.spawn().unwrap());
    crate::detached::eventually(&t, &["inspect", "-f", "{{.State.Status}}", "sp"], |s| {
        s == "running\n"
    });
    let pid = client.0.id() as i32;
    unsafe { libc::kill(pid, libc::SIGINT) };
    let st = client.0.wait().unwrap();
    assert!(!st.success(), "{st:?}");
    assert_eq!(status(&t, "sp"), "running 0");
    t.ok(&["rm", "-f", "sp"]);
}

/// The first block device this machine has a node for (`/dev/NAME`), with its numbers.
pub(crate) fn a_block_device() -> (String, String) {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let mut names: Vec<String> = std::fs::read_dir("/sys/block")
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for n in names {
        let path = format!("/dev/{n}");
        if let Ok(m) = std::fs::metadata(&path)
            && m.file_type().is_block_device()
        {
            let rdev = m.rdev();
            let (major, minor) = (libc::major(rdev), libc::minor(rdev));
            return (path, format!("{major}:{minor}"));
        }
    }
    panic!("no block device node under /dev");
}

/// `--device-read-bps/-write-bps/-read-iops/-write-iops`, `--blkio-weight-device`,
/// `--device-cgroup-rule` and `--cpu-rt-period/-runtime` reach the container's cgroup
/// (cgroup v1 here; the v2 forms are unit-tested), show in `inspect`, and `update` changes
/// a throttle of a running container.
#[test]
fn issue16_device_limits_rules_and_realtime() {
    crate::rootful_only!("an ordinary user has no cgroup v1 of its own to limit");
    let (_reg, t, img) = busybox_store();
    let (dev, numbers) = a_block_device();
    let none = ["--network", "none"];
    t.ok(&[
        "run",
        "-d",
        "--name",
        "thr",
        none[0],
        none[1],
        "--device-read-bps",
        &format!("{dev}:1mb"),
        "--device-write-iops",
        &format!("{dev}:50"),
        &img,
        "sleep",
        "60",
    ]);
    let blkio = |file: &str| {
        t.ok(&[
            "exec",
            "thr",
            "cat",
            &format!("/sys/fs/cgroup/blkio/{file}"),
        ])
        .stdout
    };
    if std::path::Path::new("/sys/fs/cgroup/blkio").exists() {
        assert_eq!(
            blkio("blkio.throttle.read_bps_device"),
            format!("{numbers} 1048576\n")
        );
        assert_eq!(
            blkio("blkio.throttle.write_iops_device"),
            format!("{numbers} 50\n")
        );
        t.ok(&["update", "--device-read-bps", &format!("{dev}:2mb"), "thr"]);
        assert_eq!(
            blkio("blkio.throttle.read_bps_device"),
            format!("{numbers} 2097152\n")
        );
    }
    let r = t.ok(&[
        "inspect",
        "-f",
        "{{json .HostConfig.BlkioDeviceReadBps}} {{json .HostConfig.BlkioDeviceWriteIOps}}",
        "thr",
    ]);
    assert_eq!(
        r.stdout.trim(),
        format!("[{{\"Path\":\"{dev}\",\"Rate\":2097152}}] [{{\"Path\":\"{dev}\",\"Rate\":50}}]")
    );
    t.ok(&["rm", "-f", "thr"]);
    // a rule lets the container open a device node it made; without it, no
    let (major, minor) = numbers.split_once(':').unwrap();
    let probe = format!("mknod /tmp/b b {major} {minor} && cat /tmp/b >/dev/null && echo opened");
    let r = t.run(&["run", "--rm", none[0], none[1], &img, "sh", "-c", &probe]);
    assert!(!r.stdout.contains("opened"), "{r}");
    let rule = format!("b {major}:* r");
    let r = t.run(&[
        "run",
        "--rm",
        none[0],
        none[1],
        "--device-cgroup-rule",
        &rule,
        &img,
        "sh",
        "-c",
        &probe,
    ]);
    assert_eq!(r.stdout, "opened\n", "{r}");
    // real-time CPU time, where this kernel and our own cgroup have some to give
    let own_rt = std::fs::read_to_string("/proc/self/cgroup")
        .unwrap()
        .lines()
        .find_map(|l| {
            let (_, rest) = l.split_once(':')?;
            let (ctrls, path) = rest.split_once(':')?;
            ctrls
                .split(',')
                .any(|c| c == "cpu")
                .then(|| path.to_string())
        })
        .and_then(|p| {
            std::fs::read_to_string(format!("/sys/fs/cgroup/cpu{p}/cpu.rt_runtime_us")).ok()
        })
        .and_then(|v| v.trim().parse::<i64>().ok());
    let rt = [
        "run",
        "--rm",
        none[0],
        none[1],
        "--cpu-rt-period",
        "1000000",
        "--cpu-rt-runtime",
        "10000",
        &img,
        "cat",
        "/sys/fs/cgroup/cpu/cpu.rt_runtime_us",
    ];
    match own_rt {
        Some(v) if v >= 10000 => assert_eq!(t.ok(&rt).stdout, "10000\n"),
        _ => {
            t.fails(&rt, 125).one_error_line(&["rt"]);
        }
    }
    // bad input: one line, nothing created
    refused(
        &t,
        &img,
        &["--device-read-bps", "/dev/null:1mb"],
        &["not a block device"],
    );
    refused(
        &t,
        &img,
        &["--device-cgroup-rule", "x 1:3 r"],
        &["device cgroup rule"],
    );
    refused(
        &t,
        &img,
        &["--blkio-weight-device", &format!("{dev}:5")],
        &["--blkio-weight-device"],
    );
    refused(&t, &img, &["--cpu-rt-period", "10"], &["--cpu-rt-period"]);
    assert_eq!(t.ok(&["ps", "-aq"]).stdout, "");
}

/// `--pid container:NAME` and `--ipc container:NAME`: the other container's processes, IPC
/// namespace and /dev/shm; it must be running.
#[test]
fn issue16_pid_and_ipc_of_another_container() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let none = ["--network", "none"];
    t.ok(&[
        "run",
        "-d",
        "--name",
        "holder",
        none[0],
        none[1],
        "--ipc",
        "shareable",
        &img,
        "sh",
        "-c",
        "echo shared > /dev/shm/f; exec sleep 60",
    ]);
    crate::detached::eventually(&t, &["exec", "holder", "cat", "/dev/shm/f"], |s| {
        s == "shared\n"
    });
    let ns = "ls -l /proc/self/ns/ipc | awk '{print $NF}'";
    let ipc = t.ok(&["exec", "holder", "sh", "-c", ns]).stdout;
    let script = format!(
        "cat /dev/shm/f; {ns}; [ $$ != 1 ] && echo not-pid-1; \
         cat /proc/1/cmdline | tr '\\0' ' '; echo; echo mine > /dev/shm/g"
    );
    let r = t.ok(&[
        "run",
        "--rm",
        none[0],
        none[1],
        "--pid",
        "container:holder",
        "--ipc",
        "container:holder",
        &img,
        "sh",
        "-c",
        &script,
    ]);
    assert_eq!(
        r.lines(),
        ["shared", ipc.trim(), "not-pid-1", "sleep 60 "],
        "{r}"
    );
    // what it wrote is in the holder's /dev/shm
    assert_eq!(
        t.ok(&["exec", "holder", "cat", "/dev/shm/g"]).stdout,
        "mine\n"
    );
    let r = t.ok(&[
        "create",
        "--name",
        "joiner",
        "--pid",
        "container:holder",
        &img,
        "true",
    ]);
    assert!(!r.stdout.is_empty());
    let holder_id = t.ok(&["inspect", "-f", "{{.Id}}", "holder"]).stdout;
    assert_eq!(
        t.ok(&["inspect", "-f", "{{.HostConfig.PidMode}}", "joiner"])
            .stdout,
        format!("container:{holder_id}")
    );
    t.ok(&["stop", "-t", "0", "holder"]);
    t.fails(&["start", "joiner"], 125)
        .one_error_line(&["non running"]);
    // rm --depend: the containers that joined it (and theirs) go first
    t.ok(&["start", "holder"]);
    let mut ids = Vec::new();
    for (name, flag, of) in [
        ("j1", "--network", "container:holder"),
        ("j2", "--ipc", "container:j1"),
    ] {
        let r = t.ok(&["run", "-d", "--name", name, flag, of, &img, "sleep", "60"]);
        ids.push(r.stdout.trim().to_string());
    }
    let (j1_id, j2_id) = (&ids[0], &ids[1]);
    let r = t.ok(&["rm", "-f", "--depend", "holder"]);
    let lines = r.lines();
    assert_eq!(lines.len(), 4, "{r}");
    assert_eq!(lines[3], "holder", "{r}");
    let j1 = lines
        .iter()
        .position(|l| l.starts_with(&j1_id[..12]))
        .unwrap();
    let j2 = lines
        .iter()
        .position(|l| l.starts_with(&j2_id[..12]))
        .unwrap();
    assert!(j2 < j1, "{r}");
    assert_eq!(t.ok(&["ps", "-aq"]).stdout, "");
}

/// `network create -o` (bridge name, MTU, masquerade, icc, host binding), `--aux-address`,
/// `--ipam-driver/--ipam-opt`, podman's `--interface-name` and `--ignore`.
#[test]
fn issue16_network_create_options() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let user = crate::support::as_user();
    // the masquerade rule (root's nftables; an ordinary user's bridge has none to check)
    let masq = if user {
        "echo masq: 0"
    } else {
        "echo masq: $(nft list ruleset | grep -c 'ip saddr 10.93.0.0/24 ip daddr != 10.93.0.0/24 masquerade')"
    };
    let r = crate::network::in_netns(
        &t,
        &img,
        &format!(
            "$S network create --subnet 10.93.0.0/24 --aux-address gw2=10.93.0.2 --ipam-driver default --ipam-opt k=v \
               -o com.docker.network.bridge.name=br-opts -o mtu=1400 -o com.docker.network.bridge.enable_icc=false \
               -o com.docker.network.bridge.enable_ip_masquerade=false -o com.docker.network.bridge.host_binding_ipv4=127.0.0.1 \
               opts >/dev/null || exit 9
             $S network create --ignore --subnet 10.94.0.0/24 opts >/dev/null && echo ignored-existing
             $S network inspect -f '{{{{index .Options \"com.docker.network.bridge.name\"}}}} {{{{index .Options \"mtu\"}}}} {{{{json .IPAM.Config}}}} {{{{json .IPAM.Options}}}}' opts
             $S run -d --name a --network opts -p 8091:80 $I sh -c 'mkdir /w; echo hi > /w/index.html; exec httpd -f -p 80 -h /w' >/dev/null || exit 9
             $S run -d --name b --network opts $I sleep 60 >/dev/null || exit 9
             a=$($S inspect -f '{{{{.NetworkSettings.Networks.opts.IPAddress}}}}' a)
             echo a=$a
             $S exec b sh -c \"cat /sys/class/net/eth0/mtu; ping -c1 -W2 $a >/dev/null 2>&1 || echo icc-blocked; ping -c1 -W2 10.93.0.1 >/dev/null && echo gateway-ok\"
             $S port a
             {masq}
             $S rm -f a b >/dev/null
             $S network rm opts >/dev/null
             $S network create --interface-name br-iface --subnet 10.92.0.0/24 named >/dev/null || exit 9
             $S network inspect -f '{{{{index .Options \"com.docker.network.bridge.name\"}}}}' named
             $S network create -o com.docker.network.bridge.name=br-iface --subnet 10.91.0.0/24 again 2>&1; echo rc=$?
             $S network create -o nope=1 bad 2>&1; echo rc=$?
             $S network create --subnet 10.90.0.0/24 --aux-address x=10.1.1.1 bad 2>&1; echo rc=$?
             $S network create --ipam-driver dhcp bad 2>&1; echo rc=$?
             $S network rm named >/dev/null"
        ),
    );
    assert_eq!(r.code, 0, "{r}");
    let lines = r.lines();
    assert_eq!(
        lines[..9],
        [
            "ignored-existing",
            "br-opts 1400 [{\"Subnet\":\"10.93.0.0/24\",\"Gateway\":\"10.93.0.1\",\"IPRange\":null,\"AuxiliaryAddresses\":{\"gw2\":\"10.93.0.2\"}}] {\"k\":\"v\"}",
            "a=10.93.0.3",
            "1400",
            "icc-blocked",
            "gateway-ok",
            "80/tcp -> 127.0.0.1:8091",
            "masq: 0",
            "br-iface",
        ],
        "{r}"
    );
    assert!(
        lines[9].contains("br-iface") && lines[9].contains("in use"),
        "{r}"
    );
    assert_eq!(lines[10], "rc=125", "{r}");
    assert!(lines[11].contains("nope"), "{r}");
    assert!(lines[13].contains("10.1.1.1"), "{r}");
    assert!(lines[15].contains("dhcp"), "{r}");
    assert_eq!(
        [lines[12], lines[14], lines[16]],
        ["rc=125", "rc=125", "rc=125"],
        "{r}"
    );
}

/// docker's daemon.json and the containers ecosystem's registries.conf and containers.conf
/// are read beneath skiff's config.toml; podman's global flags.
#[test]
fn issue16_docker_and_containers_config_files() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let conf = t.dir.path().join("config");
    std::fs::create_dir_all(&conf).unwrap();
    let (registry, repo) = img.split_once('/').unwrap();
    let repo = repo.trim_end_matches(":latest");
    std::fs::write(
        conf.join("daemon.json"),
        r#"{"dns": ["10.0.0.53"], "dns-search": ["corp.example"],
            "default-ulimits": {"nofile": {"Name": "nofile", "Soft": 1111, "Hard": 2222}},
            "log-driver": "k8s-file", "live-restore": true, "storage-driver": "overlay2",
            "default-address-pools": [{"base": "10.201.0.0/16", "size": 24}]}"#,
    )
    .unwrap();
    std::fs::write(
        conf.join("containers.conf"),
        "[containers]\nenv = [\"FROM_CONF=1\", \"PATH=/nowhere\"]\npids_limit = 77\n\
         [engine]\nevents_logger = \"none\"\n",
    )
    .unwrap();
    std::fs::write(
        conf.join("registries.conf"),
        format!(
            "unqualified-search-registries = [\"{registry}\"]\n\
             [[registry]]\nlocation = \"blocked.example\"\nblocked = true\n\
             [aliases]\n\"tiny\" = \"{registry}/{repo}\"\n"
        ),
    )
    .unwrap();
    t.give(&conf);
    let none = ["--network", "none"];
    let r = t.ok(&[
        "run",
        "--rm",
        "--name",
        "c1",
        none[0],
        none[1],
        &img,
        "sh",
        "-c",
        "grep -v '^#' /etc/resolv.conf; ulimit -n; ulimit -Hn; echo $FROM_CONF; echo $PATH; \
         cat /sys/fs/cgroup/pids/pids.max 2>/dev/null || cat /sys/fs/cgroup/pids.max 2>/dev/null || echo no-cgroup",
    ]);
    let lines = r.lines();
    assert!(lines.contains(&"nameserver 10.0.0.53"), "{r}");
    assert!(lines.contains(&"search corp.example"), "{r}");
    let tail = &lines[lines.len() - 5..];
    assert_eq!(tail[..4], ["1111", "2222", "1", "/bin"], "{r}");
    if !crate::support::as_user() {
        assert_eq!(tail[4], "77", "{r}");
    }
    // flags win over the files
    let r = t.ok(&[
        "run",
        "--rm",
        none[0],
        none[1],
        "--ulimit",
        "nofile=100:200",
        "--dns",
        "10.9.9.9",
        "-e",
        "FROM_CONF=2",
        &img,
        "sh",
        "-c",
        "ulimit -n; grep -c 10.9.9.9 /etc/resolv.conf; echo $FROM_CONF",
    ]);
    assert_eq!(r.lines(), ["100", "1", "2"], "{r}");
    t.ok(&["create", "--name", "logged", &img, "true"]);
    assert_eq!(
        t.ok(&["inspect", "-f", "{{.HostConfig.LogConfig.Type}}", "logged"])
            .stdout,
        "k8s-file\n"
    );
    t.ok(&["rm", "logged"]);
    // events_logger = none: nothing recorded
    assert_eq!(
        t.ok(&["events", "--since", "1h", "--stream=false"]).stdout,
        ""
    );
    // a network without --subnet comes from the configured pool
    t.ok(&["network", "create", "pooled"]);
    assert_eq!(
        t.ok(&[
            "network",
            "inspect",
            "-f",
            "{{(index .IPAM.Config 0).Subnet}}",
            "pooled"
        ])
        .stdout,
        "10.201.0.0/24\n"
    );
    t.ok(&["network", "rm", "pooled"]);
    // registries.conf: a short name from the search registry, an alias, a blocked registry
    let short = format!("{repo}:latest");
    t.ok(&["rmi", &img]);
    t.ok(&["pull", "-q", &short]);
    t.ok(&["rmi", &img]);
    let r = t.ok(&["pull", "tiny"]);
    assert!(r.stdout.contains(repo), "{r}");
    t.ok(&["image", "exists", &img]);
    t.fails(&["pull", "blocked.example/x"], 125)
        .one_error_line(&["blocked"]);
    // skiff's own config.toml wins over them
    t.write_config("[network]\ndefault-network = \"none\"\ndns = [\"10.7.7.7\"]\n");
    let r = t.ok(&[
        "run",
        "--rm",
        none[0],
        none[1],
        &img,
        "cat",
        "/etc/resolv.conf",
    ]);
    assert!(r.stdout.contains("nameserver 10.7.7.7"), "{r}");
    // a broken file is one error naming it
    std::fs::write(conf.join("daemon.json"), "{").unwrap();
    t.fails(&["ps"], 125).one_error_line(&["daemon.json"]);
    std::fs::write(conf.join("daemon.json"), "{}").unwrap();
    // podman's global flags
    t.fails(&["--url", "tcp://x:1", "ps"], 125)
        .one_error_line(&["no service"]);
    t.fails(&["--storage-driver", "vfs", "ps"], 125)
        .one_error_line(&["vfs"]);
    t.ok(&[
        "--cgroup-manager",
        "systemd",
        "--storage-driver",
        "overlay",
        "ps",
    ]);
    std::fs::write(conf.join("containers.conf"), "").unwrap();
    t.ok(&[
        "--events-backend",
        "none",
        "run",
        "--rm",
        none[0],
        none[1],
        &img,
        "true",
    ]);
    assert_eq!(
        t.ok(&["events", "--since", "1h", "--stream=false"]).stdout,
        ""
    );
    t.ok(&["run", "--rm", none[0], none[1], &img, "true"]);
    assert!(
        t.ok(&["events", "--since", "1h", "--stream=false"])
            .stdout
            .contains("start")
    );
}

/// `info` and `version` answer podman's field paths and keys beside docker's, with honest
/// container counts.
#[test]
fn issue16_info_and_version_answer_podman_and_docker_fields() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let none = ["--network", "none"];
    t.ok(&[
        "run", "-d", "--name", "up", none[0], none[1], &img, "sleep", "60",
    ]);
    t.ok(&["create", "--name", "made", &img, "true"]);
    let r = t.ok(&[
        "info",
        "--format",
        "{{.Host.Arch}}|{{.Host.OCIRuntime.Name}}|{{.Store.GraphRoot}}|{{.Version.Version}}|\
         {{.Host.OS}}|{{.Store.ContainerStore.Number}}|{{.Store.ContainerStore.Running}}|\
         {{.Containers}}|{{.ContainersRunning}}|{{.ContainersStopped}}|{{.Store.ImageStore.Number}}|\
         {{.Host.Kernel}}|{{.Host.Rootless}}|{{.Host.EventLogger}}",
    ]);
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap();
    let version = t.ok(&["version", "--format", "{{.Client.Version}}"]).stdout;
    let rootless = crate::support::as_user();
    assert_eq!(
        r.stdout.trim(),
        format!(
            "amd64|skiff|{}|{}|linux|2|1|2|1|1|1|{}|{rootless}|file",
            t.root().display(),
            version.trim(),
            kernel.trim()
        )
    );
    let js = t.ok(&["info", "--format", "json"]).stdout;
    let doc: serde_json::Value = serde_json::from_str(&js).unwrap();
    for (ptr, want) in [
        ("/host/arch", serde_json::json!("amd64")),
        ("/host/os", serde_json::json!("linux")),
        ("/store/containerStore/number", serde_json::json!(2)),
        ("/store/graphDriverName", serde_json::json!("overlay")),
        ("/Containers", serde_json::json!(2)),
        ("/Driver", serde_json::json!("overlay")),
    ] {
        assert_eq!(doc.pointer(ptr), Some(&want), "{ptr}: {js}");
    }
    let human = t.ok(&["info"]).stdout;
    assert!(human.contains(" Containers: 2\n  Running: 1\n"), "{human}");
    // version: docker's {{.Server.Version}} and podman's field names
    let v = t.ok(&[
        "version",
        "--format",
        "{{.Server.Version}} {{.Client.APIVersion}} {{.Client.OsArch}}",
    ]);
    assert_eq!(v.stdout, format!("{0} {0} linux/amd64\n", version.trim()));
    t.ok(&["rm", "-f", "up", "made"]);
}

/// CDI devices (`--device VENDOR/CLASS=NAME|all`, `--gpus` through NVIDIA's spec): the
/// spec's device nodes (allowed in the container's cgroup), variables and mounts.
#[test]
fn issue16_cdi_devices_and_gpus() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let conf = t.dir.path().join("config");
    let cdi = conf.join("cdi");
    std::fs::create_dir_all(&cdi).unwrap();
    let info = t.dir.path().join("acc-info");
    std::fs::write(&info, "accelerator 0\n").unwrap();
    std::fs::write(
        cdi.join("acc.yaml"),
        format!(
            "cdiVersion: \"0.6.0\"\nkind: vendor.example/acc\n\
             containerEdits:\n  env: [ACC_DRIVER=7]\n\
             devices:\n\
             - name: a0\n  containerEdits:\n    env: [ACC_VISIBLE=a0]\n    deviceNodes:\n      - path: /dev/acc0\n        hostPath: /dev/loop0\n    mounts:\n      - hostPath: {}\n        containerPath: /etc/acc/info\n        options: [ro, bind]\n\
             - name: a1\n  containerEdits:\n    deviceNodes:\n      - path: /dev/acc1\n        hostPath: /dev/null\n",
            info.display()
        ),
    )
    .unwrap();
    std::fs::write(
        conf.join("containers.conf"),
        format!("[engine]\ncdi_spec_dirs = [\"{}\"]\n", cdi.display()),
    )
    .unwrap();
    t.give(&conf);
    t.give(&info);
    let none = ["--network", "none"];
    let user = crate::support::as_user();
    let script = "[ -b /dev/acc0 ] && echo block-node; echo $ACC_DRIVER $ACC_VISIBLE; cat /etc/acc/info; \
                  (echo x >> /etc/acc/info) 2>/dev/null || echo read-only; \
                  cat /dev/acc0 >/dev/null 2>&1 && echo readable; ls /dev/acc1 2>/dev/null || echo one-only";
    let with = |device: &str, script: &str| {
        t.ok(&[
            "run", "--rm", none[0], none[1], "--device", device, &img, "sh", "-c", script,
        ])
    };
    let r = with("vendor.example/acc=a0", script);
    let mut want = vec![
        "block-node",
        "7 a0",
        "accelerator 0",
        "read-only",
        "readable",
        "one-only",
    ];
    if user {
        // the host's /dev/loop0 is root's alone (mode 0600)
        want.retain(|l| *l != "readable");
    }
    assert_eq!(r.lines(), want, "{r}");
    let r = with("vendor.example/acc=all", "ls /dev/acc0 /dev/acc1");
    assert_eq!(r.lines(), ["/dev/acc0", "/dev/acc1"], "{r}");
    // without a spec that names them: one clear error, nothing created
    refused(&t, &img, &["--gpus", "all"], &["nvidia.com/gpu=all"]);
    refused(
        &t,
        &img,
        &["--device", "vendor.example/acc=zz"],
        &["vendor.example/acc=zz"],
    );
    refused(&t, &img, &["--gpus", "2"], &["--gpus"]);
    assert_eq!(t.ok(&["ps", "-aq"]).stdout, "");
}

/// `restart --signal`, `stop --timeout` (docker's spelling), `network rm -f` of a missing
/// network.
#[test]
fn issue16_restart_signal_and_quiet_network_rm() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.ok(&[
        "run",
        "-d",
        "--name",
        "r",
        "--network",
        "none",
        &img,
        "sh",
        "-c",
        "trap 'echo got-usr1; exit 0' USR1; echo up; while true; do sleep 0.1; done",
    ]);
    crate::detached::eventually(&t, &["logs", "r"], |s| s.contains("up"));
    t.ok(&["restart", "--signal", "USR1", "--timeout", "5", "r"]);
    crate::detached::eventually(&t, &["logs", "r"], |s| s.matches("up").count() == 2);
    assert!(t.ok(&["logs", "r"]).stdout.contains("got-usr1"));
    t.ok(&["stop", "--timeout", "0", "r"]);
    t.ok(&["rm", "r"]);
    t.ok(&["network", "rm", "-f", "no-such-network"]);
    t.fails(&["network", "rm", "no-such-network"], 125);
}

/// The prune commands take docker's `--filter until=…` and `label=…`/`label!=…`.
#[test]
fn issue16_prune_filters() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    for (name, label) in [("ci1", "env=ci"), ("keep1", "keep=1")] {
        t.ok(&["create", "--name", name, "--label", label, &img, "true"]);
    }
    t.ok(&["container", "prune", "-f", "--filter", "label=env=ci"]);
    let names = |t: &crate::support::TestRoot| t.ok(&["ps", "-a", "--format", "{{.Names}}"]).stdout;
    assert_eq!(names(&t), "keep1\n");
    // until=1h: only what is older than an hour — nothing here
    t.ok(&["container", "prune", "-f", "--filter", "until=1h"]);
    assert_eq!(names(&t), "keep1\n");
    t.ok(&["container", "prune", "-f", "--filter", "label!=env"]);
    assert_eq!(names(&t), "");
    t.ok(&["volume", "create", "--label", "env=ci", "v1"]);
    t.ok(&["volume", "create", "v2"]);
    t.ok(&["volume", "prune", "-af", "--filter", "label=env=ci"]);
    assert_eq!(t.ok(&["volume", "ls", "-q"]).stdout, "v2\n");
    // ls --filter: dangling (no container uses it), name, label
    t.ok(&["volume", "create", "--label", "app=x", "v3"]);
    t.ok(&["create", "--name", "user", "-v", "v3:/d", &img, "true"]);
    let vols = |f: &str| t.ok(&["volume", "ls", "-q", "--filter", f]).stdout;
    assert_eq!(vols("dangling=true"), "v2\n");
    assert_eq!(vols("dangling=false"), "v3\n");
    assert_eq!(vols("label=app"), "v3\n");
    assert_eq!(vols("name=2"), "v2\n");
    t.fails(&["volume", "ls", "--filter", "size=1"], 125)
        .one_error_line(&["size=1"]);
    t.ok(&["rm", "user"]);
    t.ok(&["network", "create", "--label", "env=ci", "n1"]);
    t.ok(&["network", "create", "n2"]);
    t.ok(&["network", "prune", "-f", "--filter", "label!=env=ci"]);
    let nets = t.ok(&["network", "ls", "--format", "{{.Name}}"]).stdout;
    assert!(nets.contains("n1") && !nets.contains("n2"), "{nets}");
    let nets = |f: &str| {
        t.ok(&["network", "ls", "--format", "{{.Name}}", "--filter", f])
            .stdout
    };
    assert_eq!(nets("label=env=ci"), "n1\n");
    assert_eq!(nets("type=custom"), "n1\n");
    assert_eq!(nets("name=no"), "none\n");
    assert_eq!(nets("dangling=true"), "n1\n");
    // images: no label matches; the test image is older than an hour
    t.ok(&["image", "prune", "-af", "--filter", "label=nope"]);
    t.ok(&["image", "exists", &img]);
    t.ok(&["system", "prune", "-af", "--filter", "until=1h"]);
    assert_eq!(t.run(&["image", "exists", &img]).code, 1);
    t.fails(
        &["image", "prune", "-af", "--filter", "dangling=maybe"],
        125,
    )
    .one_error_line(&["dangling=maybe"]);
}

/// `exec -it` detaches with ctrl-p ctrl-q (or `--detach-keys`) as docker's does: the
/// client ends with 0 and the command goes on running in the container.
#[test]
fn issue16_exec_detaches_and_the_command_goes_on() {
    crate::rootful_only!("an ordinary user's detached exec session still ends with its client");
    let (_reg, t, img) = busybox_store();
    use crate::detached::through_pty;
    t.ok(&[
        "run",
        "-d",
        "--name",
        "ex",
        "--network",
        "none",
        &img,
        "sleep",
        "60",
    ]);
    let r = through_pty(
        &t,
        &["exec", "-it", "ex", "sh"],
        &["echo ex\"\"ec-in\\n", "\\020\\021"],
    );
    assert!(r.stdout.contains("exec-in"), "{r}");
    assert!(r.stdout.contains("rc=0"), "{r}");
    let r = through_pty(
        &t,
        &["exec", "-it", "--detach-keys", "ctrl-x,q", "ex", "sh"],
        &["echo ag\"\"ain\\n", "\\030q"],
    );
    assert!(
        r.stdout.contains("again") && r.stdout.contains("rc=0"),
        "{r}"
    );
    // both shells still run (the interactive ones: `sh` with no arguments, in whatever
    // state a loaded machine catches them); without -i the keys mean nothing and the
    // command's status comes back
    let ps = t.ok(&["exec", "ex", "ps", "-o", "stat,args"]);
    let shells = ps
        .stdout
        .lines()
        .filter(|l| l.trim_end().ends_with(" sh") && !l.trim_start().starts_with('Z'))
        .count();
    assert_eq!(shells, 2, "the two detached shells: {ps}");
    let r = through_pty(&t, &["exec", "-t", "ex", "sh", "-c", "exit 4"], &[]);
    assert!(r.stdout.contains("rc=4"), "{r}");
    t.ok(&["rm", "-f", "ex"]);
}
