//! Issue 4: detached containers under their monitor — run -d, logs, stop/kill/restart,
//! pause, restart policies, events.

use std::time::{Duration, Instant};

use crate::run::busybox_store;
use crate::support::TestRoot;

/// Polls `skiff ARGS` until its stdout satisfies `ok` (10 s at most).
pub fn eventually(t: &TestRoot, args: &[&str], ok: impl Fn(&str) -> bool) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        // failing is "not yet" too: what it looks at may not exist yet
        let r = t.run(args);
        if r.code == 0 && ok(&r.stdout) {
            return r.stdout;
        }
        assert!(
            Instant::now() < deadline,
            "skiff {args:?} never got there: {r}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

pub(crate) fn status(t: &TestRoot, name: &str) -> String {
    t.ok(&[
        "inspect",
        "-f",
        "{{.State.Status}} {{.State.ExitCode}}",
        name,
    ])
    .stdout
    .trim()
    .to_string()
}

#[test]
fn issue4_run_d_logs_and_the_monitor() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = t.ok(&[
        "run",
        "-d",
        "--name",
        "chatty",
        &img,
        "sh",
        "-c",
        "echo out1; echo err1 >&2; echo out2; sleep 0.3; printf 'no newline'",
    ]);
    let id = r.stdout.trim();
    assert_eq!(id.len(), 64, "run -d prints the full ID: {r}");
    assert!(id.bytes().all(|b| b.is_ascii_hexdigit()));
    eventually(&t, &["ps", "-a", "--format", "{{.Status}}"], |s| {
        s.starts_with("Exited (0)")
    });
    let logs = t.ok(&["logs", "chatty"]);
    assert_eq!(
        logs.stdout, "out1\nout2\nno newline",
        "stdout apart: {logs}"
    );
    assert_eq!(logs.stderr, "err1\n", "stderr apart: {logs}");
    assert_eq!(
        t.ok(&["logs", "--tail", "1", "chatty"]).stdout,
        "no newline"
    );
    let stamped = t.ok(&["logs", "-t", "chatty"]).stdout;
    let first = stamped.lines().next().unwrap();
    let (ts, text) = first.split_once(' ').unwrap();
    assert_eq!(text, "out1");
    assert!(ts.ends_with('Z') && ts.len() == 30, "RFC3339Nano: {ts}");
    assert_eq!(
        t.ok(&["logs", "--since", "1h", "--until", "2000-01-01", "chatty"])
            .stdout,
        ""
    );
    // the log format is docker's json-file
    let raw =
        std::fs::read_to_string(t.root().join("containers").join(id).join("ctr.log")).unwrap();
    let line: serde_json::Value = serde_json::from_str(raw.lines().next().unwrap()).unwrap();
    assert_eq!(line["log"], "out1\n");
    assert_eq!(line["stream"], "stdout");
    // a foreground run keeps its log too (its output passes through skiff), unless passthrough
    let r = t.run(&[
        "run",
        "--name",
        "fg",
        &img,
        "sh",
        "-c",
        "echo fg-out; echo fg-err >&2; exit 3",
    ]);
    assert_eq!(
        (r.code, r.stdout.as_str(), r.stderr.as_str()),
        (3, "fg-out\n", "fg-err\n")
    );
    let l = t.ok(&["logs", "fg"]);
    assert_eq!(
        (l.stdout.as_str(), l.stderr.as_str()),
        ("fg-out\n", "fg-err\n")
    );
    t.ok(&[
        "run",
        "--name",
        "direct",
        "--log-driver",
        "passthrough",
        &img,
        "true",
    ]);
    t.fails(&["logs", "direct"], 125)
        .one_error_line(&["does not support reading"]);
    // errors before exec are reported by run -d itself, with docker's codes
    let r = t.run(&["run", "-d", "--name", "bad", &img, "nosuch"]);
    assert_eq!(r.code, 127, "{r}");
    r.one_error_line(&["nosuch"]);
    // logs -f follows until the container stops
    t.ok(&[
        "run",
        "-d",
        "--name",
        "ticker",
        &img,
        "sh",
        "-c",
        "for i in 1 2 3 4 5; do echo tick $i; sleep 0.1; done",
    ]);
    let f = t.ok(&["logs", "-f", "ticker"]);
    assert_eq!(f.lines().len(), 5, "{f}");
    // k8s-file logs with rotation
    t.ok(&[
        "run",
        "-d",
        "--name",
        "rot",
        "--log-driver",
        "k8s-file",
        "--log-opt",
        "max-size=300",
        "--log-opt",
        "max-file=2",
        &img,
        "sh",
        "-c",
        "for i in $(seq 100); do echo line $i; done",
    ]);
    eventually(
        &t,
        &[
            "ps",
            "-a",
            "--filter",
            "name=rot",
            "--format",
            "{{.Status}}",
        ],
        |s| s.starts_with("Exited"),
    );
    let rot = t.ok(&["logs", "rot"]).stdout;
    assert!(rot.ends_with("line 100\n"), "{rot}");
    assert!(!rot.contains("line 1\n"), "rotated away: {rot}");
    let dir = t.root().join("containers");
    let n_logs =
        std::fs::read_dir(dir.join(t.ok(&["inspect", "-f", "{{.Id}}", "rot"]).stdout.trim()))
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("ctr.log"))
            .count();
    assert_eq!(n_logs, 2);
    t.fails(&["run", "-d", "--log-opt", "max-file=0", &img, "true"], 125)
        .one_error_line(&["max-file"]);
    // journald where it runs (a round trip through journalctl), a clear error elsewhere
    if std::path::Path::new("/run/systemd/journal/socket").exists() {
        t.ok(&[
            "run",
            "--name",
            "jd",
            "--log-driver",
            "journald",
            &img,
            "sh",
            "-c",
            "echo to-journal",
        ]);
        eventually(&t, &["logs", "jd"], |s| s == "to-journal\n");
    } else {
        t.fails(&["run", "--log-driver", "journald", &img, "true"], 125)
            .one_error_line(&["journald is not running"]);
    }
}

#[test]
fn issue4_stop_kill_pause_restart() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    // a container that ignores SIGTERM is killed after the timeout
    t.ok(&[
        "run",
        "-d",
        "--name",
        "stubborn",
        &img,
        "sh",
        "-c",
        "trap '' TERM; while true; do sleep 0.05; done",
    ]);
    let started = Instant::now();
    t.ok(&["stop", "-t", "1", "stubborn"]);
    let took = started.elapsed();
    assert!(
        took >= Duration::from_millis(900),
        "waited for the timeout: {took:?}"
    );
    assert_eq!(status(&t, "stubborn"), "exited 137");
    // one that handles it exits with its own status
    t.ok(&[
        "run",
        "-d",
        "--name",
        "polite",
        &img,
        "sh",
        "-c",
        "trap 'exit 3' TERM; while true; do sleep 0.05; done",
    ]);
    t.ok(&["stop", "polite"]);
    assert_eq!(status(&t, "polite"), "exited 3");
    t.ok(&["stop", "polite"]); // stopping a stopped container is fine
    // start again: same writable layer
    t.ok(&[
        "run",
        "-d",
        "--name",
        "keeper",
        &img,
        "sh",
        "-c",
        "echo run >> /count; cat /count | wc -l; sleep 30",
    ]);
    t.ok(&["restart", "-t", "0", "keeper"]);
    eventually(&t, &["logs", "keeper"], |s| s.contains("2\n"));
    // pause freezes it (ps shows it), unpause thaws it; an ordinary user's container
    // without a delegated cgroup has no freezer: refused, saying why
    let freezer = !crate::support::as_user();
    if freezer {
        t.ok(&["pause", "keeper"]);
        let ps = t
            .ok(&["ps", "--filter", "name=keeper", "--format", "{{.Status}}"])
            .stdout;
        assert!(ps.trim().ends_with("(Paused)"), "{ps}");
        assert_eq!(status(&t, "keeper"), "paused 0");
        t.fails(&["pause", "keeper"], 125);
        t.ok(&["unpause", "keeper"]);
    } else {
        t.fails(&["pause", "keeper"], 125)
            .one_error_line(&["no cgroup of its own", "cannot be paused"]);
    }
    assert_eq!(status(&t, "keeper"), "running 0");
    t.ok(&["kill", "keeper"]);
    assert_eq!(status(&t, "keeper"), "exited 137");
    t.fails(&["kill", "keeper"], 125)
        .one_error_line(&["not running"]);
    t.ok(&["start", "keeper"]);
    if freezer {
        t.ok(&["pause", "keeper"]);
    }
    t.ok(&["rm", "-f", "keeper"]); // even paused
    // the event log saw it all
    let ev = std::fs::read_to_string(t.root().join("events.log")).unwrap();
    let actions: Vec<String> = ev
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["Actor"]["Attributes"]["name"] == "keeper")
        .map(|v| v["Action"].as_str().unwrap().to_string())
        .collect();
    for want in [
        "create", "start", "kill", "die", "stop", "restart", "pause", "unpause", "destroy",
    ] {
        if !freezer && want.contains("pause") {
            continue;
        }
        assert!(actions.iter().any(|a| a == want), "{want} in {actions:?}");
    }
}

#[test]
fn issue4_restart_policies() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.ok(&[
        "run",
        "-d",
        "--name",
        "flaky",
        "--restart",
        "on-failure:2",
        &img,
        "sh",
        "-c",
        "echo try; exit 1",
    ]);
    eventually(
        &t,
        &[
            "inspect",
            "-f",
            "{{.State.Status}} {{.RestartCount}}",
            "flaky",
        ],
        |s| s.trim() == "exited 2",
    );
    assert_eq!(
        t.ok(&["logs", "flaky"]).stdout,
        "try\ntry\ntry\n",
        "first run and two restarts"
    );
    assert_eq!(
        t.ok(&[
            "inspect",
            "-f",
            "{{.HostConfig.RestartPolicy.Name}}:{{.HostConfig.RestartPolicy.MaximumRetryCount}}",
            "flaky"
        ])
        .stdout,
        "on-failure:2\n"
    );
    // always restarts even a clean exit, until stop
    t.ok(&[
        "run",
        "-d",
        "--name",
        "again",
        "--restart",
        "always",
        &img,
        "sh",
        "-c",
        "echo up; sleep 0.2",
    ]);
    eventually(&t, &["inspect", "-f", "{{.RestartCount}}", "again"], |s| {
        s.trim().parse::<u32>().unwrap_or(0) >= 1
    });
    t.ok(&["stop", "again"]);
    let n = t
        .ok(&["inspect", "-f", "{{.RestartCount}}", "again"])
        .stdout;
    std::thread::sleep(Duration::from_millis(800));
    assert_eq!(
        t.ok(&["inspect", "-f", "{{.RestartCount}}", "again"])
            .stdout,
        n,
        "stop ends it"
    );
    assert!(
        status(&t, "again").starts_with("exited"),
        "{}",
        status(&t, "again")
    );
    t.fails(&["run", "--rm", "--restart", "always", &img, "true"], 125)
        .one_error_line(&["--restart and --rm"]);
    t.fails(&["run", "--restart", "sometimes", &img, "true"], 125)
        .one_error_line(&["restart policy"]);
}

/// Runs `skiff ARGS` under `script` (a real pty), feeding `input` with pauses between parts.
pub(crate) fn through_pty(t: &TestRoot, args: &[&str], input: &[&str]) -> crate::support::Run {
    let mut feed = String::from("sleep 0.5");
    for part in input {
        feed.push_str(&format!("; printf '{part}'; sleep 0.5"));
    }
    let c = t.sh(args, |line| {
        format!("({feed}) | script -qfec \"{line}; echo rc=\\$?\" /dev/null")
    });
    crate::support::run_bounded(c, Duration::from_secs(60))
}

#[test]
fn issue4_exec_joins_the_container() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.ok(&[
        "run",
        "-d",
        "--name",
        "box",
        "-e",
        "FOO=bar",
        "-w",
        "/tmp",
        "--cap-drop",
        "NET_RAW",
        &img,
        "sleep",
        "60",
    ]);
    let init_caps = t
        .ok(&["exec", "box", "sh", "-c", "grep CapEff /proc/1/status"])
        .stdout;
    let r = t.ok(&["exec", "box", "sh", "-c",
        "echo $FOO $(pwd); grep -E '^(CapEff|Seccomp):' /proc/self/status; hostname; ls /proc | grep -c '^[0-9]'"]);
    let l = r.lines();
    assert_eq!(l[0], "bar /tmp", "the container's env and workdir: {r}");
    assert_eq!(
        format!("{}\n", l[1]),
        init_caps,
        "the init's capabilities: {r}"
    );
    assert_eq!(l[2], "Seccomp:\t2");
    assert_eq!(l[3].len(), 12, "the container's hostname: {r}");
    assert!(
        l[4].parse::<u32>().unwrap() <= 4,
        "the container's PID namespace: {r}"
    );
    let r = t.run(&[
        "exec",
        "-u",
        "65534",
        "-w",
        "/",
        "-e",
        "FOO=baz",
        "box",
        "sh",
        "-c",
        "echo $FOO $(pwd) $(id -u); exit 7",
    ]);
    assert_eq!(r.code, 7, "{r}");
    assert_eq!(r.stdout, "baz / 65534\n");
    assert_eq!(t.run(&["exec", "box", "nosuch"]).code, 127);
    let r = t.run(&[
        "exec",
        "--privileged",
        "box",
        "sh",
        "-c",
        "grep -E '^Seccomp:' /proc/self/status",
    ]);
    assert_eq!(r.stdout, "Seccomp:\t0\n", "{r}");
    // -i feeds stdin; -d returns at once and the command runs on
    let mut child = t
        .cmd(&["exec", "-i", "box", "sh", "-c", "read x; echo got:$x"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), b"hello\n").unwrap();
    assert_eq!(
        String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap(),
        "got:hello\n"
    );
    t.ok(&[
        "exec",
        "-d",
        "box",
        "sh",
        "-c",
        "sleep 0.3; echo done > /tmp/flag",
    ]);
    eventually(&t, &["exec", "box", "cat", "/tmp/flag"], |s| s == "done\n");
    // -it through a real pty
    let r = through_pty(&t, &["exec", "-it", "box", "sh"], &["tty; exit 3\\n"]);
    assert!(r.stdout.contains("/dev/pts/"), "{r}");
    assert!(r.stdout.contains("rc=3"), "{r}");
    t.ok(&["stop", "-t", "0", "box"]);
    t.fails(&["exec", "box", "true"], 125)
        .one_error_line(&["not running"]);
}

#[test]
fn issue4_attach_and_detach_keys() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.ok(&["run", "-d", "-it", "--name", "shell", &img, "sh"]);
    // type a command, then ctrl-p ctrl-q: detached, still running
    let r = through_pty(
        &t,
        &["attach", "shell"],
        &["echo hel\"\"lo\\n", "\\020\\021"],
    );
    assert!(r.stdout.contains("hello"), "{r}");
    assert!(r.stdout.contains("rc=0"), "{r}");
    assert!(status(&t, "shell").starts_with("running"));
    // the output went to the log as well
    assert!(t.ok(&["logs", "shell"]).stdout.contains("hello"));
    // custom keys; then the container's own exit status comes back through attach
    let r = through_pty(
        &t,
        &["attach", "--detach-keys", "ctrl-x,q", "shell"],
        &["exit 4\\n"],
    );
    assert!(r.stdout.contains("rc=4"), "{r}");
    assert_eq!(status(&t, "shell"), "exited 4");
    t.fails(&["attach", "shell"], 125)
        .one_error_line(&["start it first"]);
}

#[test]
fn issue4_events_and_stats() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    // live events: a follower sees a container come and go
    let mut follower = crate::support::Reaped(
        t.cmd(&[
            "events",
            "--filter",
            "container=evt",
            "--format",
            "{{.Action}} {{.Actor.Attributes.name}}",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap(),
    );
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(
        t.run(&["run", "--rm", "--name", "evt", &img, "sh", "-c", "exit 2"])
            .code,
        2
    );
    std::thread::sleep(Duration::from_millis(300));
    let _ = follower.0.kill();
    let mut out = String::new();
    std::io::Read::read_to_string(follower.0.stdout.as_mut().unwrap(), &mut out).unwrap();
    assert_eq!(out, "create evt\nstart evt\ndie evt\ndestroy evt\n");
    // past events with --since/--until and filters
    let r = t.ok(&[
        "events",
        "--since",
        "1h",
        "--until",
        "0s",
        "--filter",
        "event=die",
        "--format",
        "{{.Actor.Attributes.exitCode}}",
    ]);
    assert_eq!(r.stdout, "2\n");
    let r = t.ok(&[
        "events", "--since", "1h", "--until", "0s", "--format", "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(r.lines()[0]).unwrap();
    assert_eq!(v["Type"], "container");
    assert_eq!(v["Action"], "create");
    t.fails(&["events", "--filter", "bogus=1", "--until", "0s"], 125);
    // stats: a busy container shows CPU, its memory limit and PIDs (an ordinary user
    // without a delegated cgroup may set no limit: its figures come from the processes)
    let limited = !crate::support::as_user();
    let limit: &[&str] = if limited { &["-m", "64m"] } else { &[] };
    let mut run = vec!["run", "-d", "--name", "busy"];
    run.extend(limit);
    run.extend([img.as_str(), "sh", "-c", "while true; do :; done"]);
    t.ok(&run);
    let r = t.ok(&[
        "stats",
        "--no-stream",
        "--format",
        "{{.Name}}|{{.CPUPerc}}|{{.MemUsage}}|{{.PIDs}}",
        "busy",
    ]);
    let f: Vec<&str> = r.stdout.trim().split('|').collect();
    assert_eq!(f[0], "busy");
    let cpu: f64 = f[1].trim_end_matches('%').parse().unwrap();
    assert!(cpu > 20.0, "a spinning container uses CPU: {r}");
    if limited {
        assert!(f[2].ends_with("/ 64MiB"), "{r}");
    } else {
        assert!(!f[2].starts_with("0B"), "the processes' memory: {r}");
    }
    assert_eq!(f[3], "1");
    let table = t.ok(&["stats", "--no-stream"]).stdout;
    assert!(table.starts_with("CONTAINER ID   NAME"), "{table}");
    t.ok(&["rm", "-f", "busy"]);
}

#[test]
fn issue4_health_checks() {
    crate::require_root!();
    let (reg, t, img) = busybox_store();
    // unhealthy while the file is missing, healthy once it is there
    t.ok(&[
        "run",
        "-d",
        "--name",
        "svc",
        "--health-cmd",
        "test -f /tmp/ready",
        "--health-interval",
        "200ms",
        "--health-retries",
        "2",
        &img,
        "sh",
        "-c",
        "sleep 1.2; touch /tmp/ready; sleep 60",
    ]);
    let ps = |t: &TestRoot| {
        t.ok(&["ps", "--filter", "name=svc", "--format", "{{.Status}}"])
            .stdout
    };
    assert!(
        ps(&t).trim_end().ends_with("(health: starting)"),
        "{}",
        ps(&t)
    );
    eventually(
        &t,
        &["ps", "--filter", "name=svc", "--format", "{{.Status}}"],
        |s| s.trim_end().ends_with("(unhealthy)"),
    );
    eventually(
        &t,
        &["ps", "--filter", "name=svc", "--format", "{{.Status}}"],
        |s| s.trim_end().ends_with("(healthy)"),
    );
    let h: serde_json::Value = serde_json::from_str(
        &t.ok(&["inspect", "-f", "{{json .State.Health}}", "svc"])
            .stdout,
    )
    .unwrap();
    assert_eq!(h["Status"], "healthy");
    assert_eq!(h["FailingStreak"], 0);
    let log = h["Log"].as_array().unwrap();
    assert!(
        log.len() <= 5 && log.last().unwrap()["ExitCode"] == 0,
        "{h}"
    );
    assert_eq!(t.ok(&["healthcheck", "run", "svc"]).stdout, "healthy\n");
    let ev = t
        .ok(&[
            "events",
            "--since",
            "1m",
            "--until",
            "0s",
            "--filter",
            "container=svc",
            "--format",
            "{{.Action}}",
        ])
        .stdout;
    assert!(
        ev.contains("health_status: unhealthy\nhealth_status: healthy\n"),
        "{ev}"
    );
    // HEALTHCHECK from the image, and --no-healthcheck to turn it off
    let with_check = crate::support::images::build(crate::support::images::Spec {
        config: serde_json::json!({"Healthcheck": {"Test": ["CMD", "false"], "Interval": 100_000_000u64, "Retries": 1}}),
        ..Default::default()
    });
    reg.push("test/hc", "1", &with_check);
    let hc = reg.reference("test/hc", "1");
    t.ok(&["run", "-d", "--name", "sick", &hc, "sleep", "60"]);
    eventually(
        &t,
        &["inspect", "-f", "{{.State.Health.Status}}", "sick"],
        |s| s.trim() == "unhealthy",
    );
    let r = t.run(&["healthcheck", "run", "sick"]);
    assert_eq!((r.code, r.stdout.as_str()), (1, "unhealthy\n"), "{r}");
    t.ok(&[
        "run",
        "-d",
        "--name",
        "plain",
        "--no-healthcheck",
        &hc,
        "sleep",
        "60",
    ]);
    assert_eq!(
        t.ok(&["inspect", "-f", "{{json .State.Health}}", "plain"])
            .stdout,
        "null\n"
    );
    t.fails(&["healthcheck", "run", "plain"], 125)
        .one_error_line(&["no health check"]);
}

#[test]
fn issue4_systemd_notify_units_and_boot_restarts() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    // --sdnotify=conmon (the default): READY=1 once the container runs, with skiff's PID
    let sock_path = t.dir.path().join("notify.sock");
    let sock = std::os::unix::net::UnixDatagram::bind(&sock_path).unwrap();
    t.give(&sock_path);
    sock.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let child = t
        .cmd(&["run", "--rm", &img, "sh", "-c", "sleep 0.3"])
        .env("NOTIFY_SOCKET", &sock_path)
        .spawn()
        .unwrap();
    let mut buf = [0u8; 256];
    let n = sock.recv(&mut buf).unwrap();
    let msg = String::from_utf8_lossy(&buf[..n]).into_owned();
    assert_eq!(msg, format!("READY=1\nMAINPID={}", child.id()), "{msg}");
    assert!(crate::support::Reaped(child).0.wait().unwrap().success());
    // --sdnotify=container: the container gets the socket and speaks for itself
    let r = t
        .cmd(&[
            "run",
            "--rm",
            "--sdnotify=container",
            &img,
            "sh",
            "-c",
            "echo $NOTIFY_SOCKET; test -S $NOTIFY_SOCKET && echo socket",
        ])
        .env("NOTIFY_SOCKET", &sock_path)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&r.stdout),
        "/run/notify/notify.sock\nsocket\n"
    );
    let n = sock.recv(&mut buf).unwrap();
    assert!(
        String::from_utf8_lossy(&buf[..n]).starts_with("MAINPID="),
        "skiff only names its PID"
    );
    // generate systemd: a unit systemd accepts
    t.ok(&["create", "--name", "web", "-e", "A=1", &img, "sleep", "60"]);
    for args in [
        vec!["generate", "systemd", "--name", "web"],
        vec!["generate", "systemd", "--new", "--name", "web"],
    ] {
        let unit = t.ok(&args).stdout;
        for want in [
            "[Unit]",
            "[Service]",
            "Type=notify",
            "[Install]",
            "ExecStop=",
        ] {
            assert!(unit.contains(want), "{want}: {unit}");
        }
        let start = unit.lines().find(|l| l.starts_with("ExecStart=")).unwrap();
        if args.contains(&"--new") {
            assert!(
                start.contains(" run --rm --replace --sdnotify=conmon -e A=1 --name web "),
                "{start}"
            );
        } else {
            assert!(start.ends_with(" start web"), "{start}");
        }
        let file = t.dir.path().join("container-web.service");
        std::fs::write(&file, &unit).unwrap();
        if let Ok(v) = std::process::Command::new("systemd-analyze")
            .arg("verify")
            .arg(&file)
            .output()
        {
            assert!(
                v.status.success(),
                "systemd-analyze verify: {}",
                String::from_utf8_lossy(&v.stderr)
            );
        }
    }
    // start --all-restartable brings back "always" and unstopped "unless-stopped" ones
    t.ok(&[
        "create",
        "--name",
        "a1",
        "--restart",
        "always",
        &img,
        "sleep",
        "60",
    ]);
    t.ok(&[
        "create",
        "--name",
        "u1",
        "--restart",
        "unless-stopped",
        &img,
        "sleep",
        "60",
    ]);
    t.ok(&[
        "run",
        "-d",
        "--name",
        "u2",
        "--restart",
        "unless-stopped",
        &img,
        "sleep",
        "60",
    ]);
    t.ok(&["stop", "-t", "0", "u2"]);
    let r = t.ok(&["start", "--all-restartable"]);
    let mut started = r.lines();
    started.sort();
    assert_eq!(started, vec!["a1", "u1"]);
    assert!(status(&t, "u2").starts_with("exited"));
}

#[test]
fn issue4_robust_without_a_daemon() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    // a killed monitor takes its container along, and nothing lies about it
    let id = t
        .ok(&["run", "-d", "--name", "orphan", &img, "sleep", "60"])
        .stdout
        .trim()
        .to_string();
    let monitor = std::process::Command::new("pgrep")
        .args(["-f", &format!("__monitor {id}")])
        .output()
        .unwrap();
    let pid: i32 = String::from_utf8_lossy(&monitor.stdout)
        .trim()
        .parse()
        .unwrap();
    // SAFETY: SIGKILL to the monitor process found above.
    unsafe { libc::kill(pid, libc::SIGKILL) };
    eventually(
        &t,
        &[
            "ps",
            "-a",
            "--filter",
            "name=orphan",
            "--format",
            "{{.Status}}",
        ],
        |s| s.starts_with("Exited ("),
    );
    t.ok(&["stop", "orphan"]);
    t.ok(&["rm", "-f", "orphan"]);
    // many at once: 200 detached containers, each with its own monitor
    let n = 200;
    std::thread::scope(|s| {
        for k in 0..4 {
            let (t, img) = (&t, &img);
            s.spawn(move || {
                for i in (k..n).step_by(4) {
                    t.ok(&[
                        "run",
                        "-d",
                        "--name",
                        &format!("many{i}"),
                        img,
                        "sleep",
                        "120",
                    ]);
                }
            });
        }
    });
    assert_eq!(t.ok(&["ps", "-q"]).lines().len(), n);
    // concurrent stop, rm -f, exec and logs -f on one container agree on its end
    t.ok(&[
        "run",
        "-d",
        "--name",
        "contested",
        &img,
        "sh",
        "-c",
        "trap 'exit 0' TERM; while true; do echo x; sleep 0.1; done",
    ]);
    std::thread::scope(|s| {
        let t = &t;
        let follower = s.spawn(move || t.run(&["logs", "-f", "contested"]));
        let stops: Vec<_> = (0..3)
            .map(|_| s.spawn(move || t.run(&["stop", "contested"])))
            .collect();
        let exec = s.spawn(move || t.run(&["exec", "contested", "true"]));
        let rm = s.spawn(move || {
            std::thread::sleep(Duration::from_millis(200));
            t.run(&["rm", "-f", "contested"])
        });
        for h in stops {
            let r = h.join().unwrap();
            assert!(r.code == 0 || r.stderr.contains("No such container"), "{r}");
        }
        // done, refused (not running any more), or killed with the container by rm -f
        let e = exec.join().unwrap();
        assert!(matches!(e.code, 0 | 125 | 137), "{e}");
        assert_eq!(rm.join().unwrap().code, 0);
        let f = follower.join().unwrap();
        assert!(f.stdout.starts_with("x\n"), "{f}");
    });
    assert!(t.run(&["inspect", "contested"]).code != 0, "removed");
    let r = t.ok(&["rm", "-af"]);
    assert_eq!(r.lines().len(), n);
    assert!(t.ok(&["ps", "-aq"]).stdout.is_empty());
}
