//! Issue 3: `run` — isolation seen from inside the container, exit codes, signals, stdio,
//! flags, bad input.

use std::io::Write;
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::support::TestRoot;
use crate::support::images;
use crate::support::registry::Registry;

/// A store with the test busybox image pulled; returns its name.
pub fn busybox_store() -> (Registry, TestRoot, String) {
    let reg = Registry::start();
    reg.push("test/busybox", "latest", &images::busybox());
    let t = TestRoot::new();
    let name = reg.reference("test/busybox", "latest");
    t.ok(&["pull", "-q", &name]);
    (reg, t, name)
}

#[test]
fn issue3_isolation_seen_from_inside() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let script = "echo pid=$$; hostname; ls -d /proc/[0-9]* | sed 's|/proc/||' | sort -n | tail -1; \
        grep -E '^(CapEff|CapBnd|CapInh|CapAmb)' /proc/self/status; \
        wc -c < /proc/timer_list; wc -c < /proc/keys; \
        touch /sys/x 2>&1 | grep -c 'Read-only'; (echo 1 > /proc/sys/kernel/panic) 2>&1 | grep -c 'Read-only'; \
        cat /proc/1/cgroup >/dev/null && echo cgroup-ok; ls /dev | tr '\\n' ' '; echo; \
        ls /proc/self/fd | tr '\\n' ' '; echo; pwd; cat /etc/hostname; grep -c localhost /etc/hosts; \
        grep -E '^Seccomp' /proc/self/status";
    let r = t.ok(&["run", "--rm", "-h", "box1", &img, "sh", "-c", script]);
    let l = r.lines();
    assert_eq!(l[0], "pid=1", "{r}");
    assert_eq!(l[1], "box1");
    assert!(
        l[2].parse::<u32>().unwrap() < 10,
        "a new PID namespace: only the container's few processes: {r}"
    );
    assert_eq!(l[3], "CapInh:\t0000000000000000");
    assert_eq!(l[4], "CapEff:\t00000000a80425fb", "docker's default set");
    assert_eq!(l[5], "CapBnd:\t00000000a80425fb");
    assert_eq!(l[6], "CapAmb:\t0000000000000000");
    assert_eq!(l[7].trim(), "0", "masked /proc/timer_list reads empty: {r}");
    assert_eq!(l[8].trim(), "0", "masked /proc/keys reads empty: {r}");
    assert_eq!(l[9], "1", "/sys is read-only: {r}");
    assert_eq!(l[10], "1", "/proc/sys is read-only: {r}");
    assert_eq!(l[11], "cgroup-ok");
    for dev in [
        "null", "zero", "full", "random", "urandom", "tty", "pts", "shm", "mqueue", "ptmx", "fd",
    ] {
        assert!(
            l[12].split(' ').any(|d| d == dev),
            "/dev/{dev} missing: {}",
            l[12]
        );
    }
    assert_eq!(
        l[13].trim(),
        "0 1 2 3",
        "only stdio (and ls's own dir fd): {r}"
    );
    assert_eq!(l[14], "/");
    assert_eq!(l[15], "box1");
    assert!(l[16].parse::<u32>().unwrap() >= 1);
    assert_eq!(l[17], "Seccomp:\t2", "filtered by the default profile: {r}");
    assert_eq!(l[18], "Seccomp_filters:\t1", "{r}");
}

#[test]
fn issue3_seccomp_profiles() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let profile = t.dir.path().join("no-mkdir.json");
    std::fs::write(
        &profile,
        r#"{"defaultAction": "SCMP_ACT_ALLOW",
            "syscalls": [{"names": ["mkdir", "mkdirat"], "action": "SCMP_ACT_ERRNO", "errnoRet": 13}]}"#,
    )
    .unwrap();
    let opt = format!("seccomp={}", profile.display());
    // root, with every capability it needs, is still refused by the filter
    let r = t.run(&[
        "run",
        "--rm",
        "--security-opt",
        &opt,
        &img,
        "sh",
        "-c",
        "mkdir /x",
    ]);
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("Permission denied"), "{r}");
    // the profile was read at create time: deleting the file later changes nothing
    t.ok(&[
        "create",
        "--name",
        "kept",
        "--security-opt",
        &opt,
        &img,
        "sh",
        "-c",
        "mkdir /y",
    ]);
    std::fs::remove_file(&profile).unwrap();
    let r = t.run(&["start", "-a", "kept"]);
    assert_eq!(r.code, 1, "{r}");
    for unconfined in [
        vec!["--security-opt", "seccomp=unconfined"],
        vec!["--privileged"],
    ] {
        let mut args = vec!["run", "--rm"];
        args.extend(&unconfined);
        args.extend([img.as_str(), "sh", "-c", "grep ^Seccomp: /proc/self/status"]);
        assert_eq!(t.ok(&args).stdout, "Seccomp:\t0\n", "{unconfined:?}");
    }
    // with CAP_SYS_ADMIN the default profile lets mount(2) through, as docker's does
    let r = t.ok(&[
        "run",
        "--rm",
        "--cap-add",
        "SYS_ADMIN",
        &img,
        "sh",
        "-c",
        "mkdir /m && mount -t tmpfs none /m && grep -c ' /m ' /proc/mounts",
    ]);
    assert_eq!(r.stdout, "1\n");
    // a broken profile is one line and exit 125, and leaves no container
    std::fs::write(&profile, "{not json").unwrap();
    let r = t.fails(&["run", "--rm", "--security-opt", &opt, &img, "true"], 125);
    r.one_error_line(&["seccomp profile", "no-mkdir.json"]);
    std::fs::write(&profile, r#"{"defaultAction": "SCMP_ACT_NOTIFY"}"#).unwrap();
    let r = t.fails(&["run", "--rm", "--security-opt", &opt, &img, "true"], 125);
    r.one_error_line(&["SCMP_ACT_NOTIFY"]);
    assert_eq!(
        t.ok(&["ps", "-aq"]).lines(),
        vec![t.ok(&["ps", "-aq", "-l"]).stdout.trim()]
    );
}

#[test]
fn issue3_exit_codes_like_docker() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    assert_eq!(t.run(&["run", "--rm", &img, "sh", "-c", "exit 3"]).code, 3);
    assert_eq!(
        t.run(&[
            "run",
            "--rm",
            &img,
            "sh",
            "-c",
            "kill -9 $$ & sleep 1; exit 0"
        ])
        .code,
        0,
        "PID 1 ignores its own SIGKILL"
    );
    let r = t.run(&[
        "run",
        "--rm",
        &img,
        "sh",
        "-c",
        "sleep 5 & kill -9 $!; wait $!",
    ]);
    assert_eq!(r.code, 137, "{r}");
    let r = t.run(&["run", "--rm", &img, "nosuchcmd"]);
    assert_eq!(r.code, 127, "{r}");
    r.one_error_line(&["nosuchcmd", "not found"]);
    let r = t.run(&["run", "--rm", &img, "/etc/passwd"]);
    assert_eq!(r.code, 126, "{r}");
    r.one_error_line(&["permission denied"]);
    let r = t.run(&["run", "--rm", &img, "/no/such/file"]);
    assert_eq!(r.code, 127, "{r}");
    assert!(
        t.ok(&["ps", "-aq"]).stdout.is_empty(),
        "--rm removed the failed containers too"
    );
}

#[test]
fn issue3_signals_reach_the_container() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    for (sig, name, init) in [
        (libc::SIGTERM, "TERM", false),
        (libc::SIGINT, "INT", false),
        (libc::SIGHUP, "HUP", false),
        (libc::SIGUSR1, "USR1", false),
        (libc::SIGTERM, "TERM", true),
        (libc::SIGUSR2, "USR2", true),
    ] {
        let script = format!(
            "trap 'echo got {name}; exit 7' {name}; echo ready; while true; do sleep 0.05; done"
        );
        let mut args = vec!["run", "--rm"];
        if init {
            args.push("--init"); // through the reaper, which passes it on
        }
        args.extend([img.as_str(), "sh", "-c", &script]);
        let mut child = t
            .cmd(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut out = child.stdout.take().unwrap();
        let mut buf = [0u8; 6];
        std::io::Read::read_exact(&mut out, &mut buf).unwrap();
        assert_eq!(&buf, b"ready\n");
        // SAFETY: kill on our own child's pid.
        unsafe { libc::kill(child.id() as i32, sig) };
        let status = child.wait().unwrap();
        let mut rest = String::new();
        std::io::Read::read_to_string(&mut out, &mut rest).unwrap();
        assert_eq!(status.code(), Some(7), "{name}: {rest}");
        assert_eq!(rest, format!("got {name}\n"));
    }
    // what skiff's starter ignored (a shell's background job: SIGINT, SIGQUIT) is not
    // ignored in the container
    let mut cmd = t.cmd(&["run", "--rm", &img, "cat", "/proc/self/status"]);
    // SAFETY: signal(2) between fork and exec touches only the child's dispositions.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut cmd, || {
            libc::signal(libc::SIGINT, libc::SIG_IGN);
            libc::signal(libc::SIGQUIT, libc::SIG_IGN);
            Ok(())
        });
    }
    let out = cmd.output().unwrap();
    let status = String::from_utf8_lossy(&out.stdout);
    assert!(
        status.contains("\nSigIgn:\t0000000000000000\n"),
        "{status}{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn issue3_init_reaps_orphans_and_hides_itself() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let script = "echo $$; cat /proc/1/comm; tr '\\0' ' ' < /proc/1/cmdline; echo; \
        readlink /proc/1/exe || echo hidden; ls /proc/1/fd | tr '\\n' ' '; echo; \
        (sleep 0.1 &); sleep 0.5; cat /proc/[0-9]*/stat | grep -c ') Z '; exit 9";
    let r = t.run(&["run", "--rm", "--init", &img, "sh", "-c", script]);
    assert_eq!(r.code, 9, "the command's status passes through: {r}");
    let l = r.lines();
    assert_ne!(l[0], "1", "the command is not PID 1: {r}");
    assert_eq!(l[1], "init");
    assert_eq!(l[2].trim(), "/sbin/init", "no host command line shown: {r}");
    assert_eq!(l[3], "hidden", "/proc/1/exe is not reachable: {r}");
    // (an ordinary user's container root cannot list the fds of the non-dumpable init,
    // whose /proc entries belong to the host's root)
    if !crate::support::as_user() {
        assert_eq!(l[4].trim(), "0 1 2", "it holds nothing but stdio: {r}");
    }
    assert_eq!(l[5], "0", "the orphaned sleep was reaped: {r}");
    // failures to exec still give docker's codes
    assert_eq!(t.run(&["run", "--rm", "--init", &img, "nosuch"]).code, 127);
}

#[test]
fn issue3_tty_and_stdin() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    // -t through a real pty (script gives skiff one as its terminal)
    let inner_args = [
        "run",
        "--rm",
        "-t",
        &img,
        "sh",
        "-c",
        "[ -t 0 ] && [ -t 1 ] && echo is-a-tty; echo TERM=$TERM; stty size; tty; \
         echo via-console > /dev/console",
    ];
    let c = t.sh(&inner_args, |line| {
        format!("script -qfec \"stty rows 33 cols 77; {line}\" /dev/null")
    });
    let r = crate::support::run_bounded(c, std::time::Duration::from_secs(60));
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stdout.contains("is-a-tty"), "{r}");
    assert!(r.stdout.contains("TERM=xterm"), "{r}");
    assert!(
        r.stdout.contains("33 77"),
        "window size reaches the container: {r}"
    );
    assert!(
        r.stdout.contains("via-console"),
        "/dev/console is the terminal: {r}"
    );
    // -i forwards stdin; without it the container reads nothing
    let mut child = t
        .cmd(&["run", "--rm", "-i", &img, "sh", "-c", "read x; echo got:$x"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"hello\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "got:hello\n");
    let mut child = t
        .cmd(&["run", "--rm", &img, "cat"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(b"ignored\n");
    assert_eq!(child.wait_with_output().unwrap().stdout, b"");
}

#[test]
fn issue3_run_flags() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let envfile = t.dir.path().join("env");
    std::fs::write(&envfile, "# comment\nFROM_FILE=yes\n\nB=file\n").unwrap();
    let r = t.ok(&[
        "run",
        "--rm",
        "-e",
        "A=1",
        "-e",
        "B=flag",
        "--env-file",
        envfile.to_str().unwrap(),
        "-w",
        "/tmp/work",
        "-u",
        "nobody",
        "--hostname",
        "h1",
        &img,
        "sh",
        "-c",
        "echo $A $B $FROM_FILE $HOME; pwd; id -u; id -g; hostname",
    ]);
    assert_eq!(
        r.lines(),
        vec!["1 flag yes /", "/tmp/work", "65534", "65534", "h1"],
        "{r}"
    );
    let r = t.ok(&[
        "run",
        "--rm",
        "-u",
        "1234:5678",
        &img,
        "sh",
        "-c",
        "id -u; id -g; grep CapEff /proc/self/status",
    ]);
    assert_eq!(
        r.lines(),
        vec!["1234", "5678", "CapEff:\t0000000000000000"],
        "a non-root user has no capabilities"
    );
    let r = t.ok(&[
        "run",
        "--rm",
        "--entrypoint",
        "echo",
        &img,
        "from",
        "entrypoint",
    ]);
    assert_eq!(r.stdout, "from entrypoint\n");
    let r = t.ok(&["run", "--rm", &img]);
    assert_eq!(r.code, 0, "the image's Cmd (sh) runs and ends on EOF");
    let r = t.ok(&[
        "run", "--rm", "--cap-drop", "all", "--cap-add", "chown", "--security-opt", "no-new-privileges", "--ulimit", "nofile=100:200",
        "--read-only", "--tmpfs", "/scratch:size=1m", "--shm-size", "2m", "--sysctl", "net.ipv4.ip_forward=1",
        "--device", "/dev/null:/dev/mynull", &img, "sh", "-c",
        "grep -E '^(CapEff|NoNewPrivs)' /proc/self/status; ulimit -n; ulimit -Hn; touch /x 2>&1 | grep -c Read-only; \
         echo ok > /scratch/f && cat /scratch/f; df -k /dev/shm | tail -1 | awk '{print $2}'; cat /proc/sys/net/ipv4/ip_forward; \
         [ -c /dev/mynull ] && echo dev-ok",
    ]);
    assert_eq!(
        r.lines(),
        vec![
            "CapEff:\t0000000000000001",
            "NoNewPrivs:\t1",
            "100",
            "200",
            "1",
            "ok",
            "2048",
            "1",
            "dev-ok"
        ],
        "{r}"
    );
    // (an ordinary user's container gets the host's nodes bound, but the kernel still
    // refuses it /dev/kmsg's log)
    let open_kmsg = if crate::support::as_user() {
        ""
    } else {
        "head -c0 /dev/kmsg &&"
    };
    let r = t.ok(&[
        "run",
        "--rm",
        "--privileged",
        &img,
        "sh",
        "-c",
        &format!(
            "grep CapEff /proc/self/status; grep -c ' /proc/timer_list ' /proc/mounts; \
             [ -c /dev/kmsg ] && {open_kmsg} echo host-devices"
        ),
    ]);
    assert!(
        r.lines()[0].ends_with("ffffffffff") || r.lines()[0].contains("000001ff"),
        "{r}"
    );
    assert_eq!(r.lines()[1], "0", "nothing masked: {r}");
    if std::path::Path::new("/dev/kmsg").exists() {
        assert_eq!(
            r.lines()[2],
            "host-devices",
            "--privileged sees the host's devices: {r}"
        );
    }
    let r = t.ok(&[
        "run",
        "--rm",
        "--network",
        "host",
        &img,
        "cat",
        "/proc/net/dev",
    ]);
    assert!(
        r.stdout.lines().count() > 3,
        "host network: the host's interfaces: {r}"
    );
    let r = t.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        &img,
        "cat",
        "/proc/net/dev",
    ]);
    assert_eq!(r.stdout.lines().count(), 3, "own namespace: only lo: {r}");
}

#[test]
fn issue3_bad_input_is_one_line_and_leaves_no_container() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let cases: &[(&[&str], &str)] = &[
        (&["--memory", "10q"], "10q"),
        (&["--cpus", "-1"], "--cpus"),
        (&["--cpus", "abc"], "--cpus"),
        (
            &["--mount", "type=bind,source=/no/such/dir,target=/x"],
            "/no/such/dir",
        ),
        (&["--ulimit", "nofile=x"], "ulimit"),
        (&["--cap-add", "fly"], "fly"),
        (&["--device", "/no/such/dev"], "/no/such/dev"),
        (&["--stop-signal", "NOPE"], "NOPE"),
        (&["--network", "nosuchnet"], "nosuchnet"),
        (&["--name", "bad name!"], "bad name!"),
        (&["-v", "relative:/x:zz"], "zz"),
        (&["-w", "relative"], "relative"),
    ];
    for (flags, word) in cases {
        let mut args = vec!["run", "--rm"];
        args.extend_from_slice(flags);
        args.extend_from_slice(&[&img, "true"]);
        t.fails(&args, 125).one_error_line(&[word]);
    }
    t.fails(&["run", "--pull", "never", "nosuch/image", "true"], 125)
        .one_error_line(&["No such image"]);
    let r = t.run(&["run", "-u", "nosuchuser", &img, "true"]);
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["nosuchuser"]);
    // docker leaves a container that failed to start in "created"; nothing half-made
    let ps = t.ok(&["ps", "-a", "--format", "{{.Status}}"]);
    assert_eq!(ps.stdout.trim(), "Created", "{ps}");
    let dirs = std::fs::read_dir(t.root().join("containers"))
        .unwrap()
        .count();
    assert_eq!(dirs, 1);
}

#[test]
fn issue3_names_are_unique_even_when_racing() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.ok(&["create", "--name", "x", &img, "true"]);
    t.fails(&["create", "--name", "x", &img, "true"], 125)
        .one_error_line(&["\"x\"", "already in use"]);
    let children: Vec<_> = (0..6)
        .map(|_| {
            t.cmd(&["create", "--name", "racer", &img, "true"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    let ok = children
        .into_iter()
        .filter(|_| true)
        .map(|c| c.wait_with_output().unwrap().status.success())
        .filter(|s| *s)
        .count();
    assert_eq!(ok, 1, "exactly one of the racing creates gets the name");
    assert_eq!(
        t.ok(&["ps", "-aq", "--filter", "name=racer"]).lines().len(),
        1
    );
    // --replace takes the name over
    t.ok(&["create", "--replace", "--name", "x", &img, "echo", "new"]);
    assert_eq!(t.ok(&["start", "-a", "x"]).stdout, "new\n");
}

#[test]
fn issue3_killed_cli_is_never_shown_as_up_and_rm_leftovers_are_swept() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    for rm in [false, true] {
        let name = if rm { "gone" } else { "stays" };
        let mut args = vec!["run", "--name", name];
        if rm {
            args.push("--rm");
        }
        args.extend_from_slice(&[&img, "sh", "-c", "echo up; sleep 100"]);
        let mut child = t.cmd(&args).stdout(Stdio::piped()).spawn().unwrap();
        let mut buf = [0u8; 3];
        std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut buf).unwrap();
        child.kill().unwrap(); // SIGKILL to the CLI: the container dies with it
        child.wait().unwrap();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let st = t.ok(&[
                "ps",
                "-a",
                "--filter",
                &format!("name={name}"),
                "--format",
                "{{.Status}}",
            ]);
            if rm && st.stdout.trim().is_empty() {
                break;
            }
            if !rm && st.stdout.starts_with("Exited (") {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "{name}: expected {} within 10 s, ps shows: {st}",
                if rm { "no container" } else { "Exited (…)" }
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    assert_eq!(
        std::fs::read_dir(t.root().join("containers"))
            .unwrap()
            .count(),
        1
    );
}

#[test]
fn issue15_pid_and_ipc_host_private_and_none() {
    let (_reg, t, img) = busybox_store();
    let host_init = std::fs::read_to_string("/proc/1/comm").unwrap();
    // a file in the host's /dev/shm, readable by anyone
    let shm = std::path::PathBuf::from(format!(
        "/dev/shm/skiff-e2e-{}",
        crate::support::random_name()
    ));
    std::fs::write(&shm, "from-host-shm\n").unwrap();
    let _gone = Cleanup(shm.clone());
    let r = t.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        "--pid",
        "host",
        "--ipc",
        "host",
        &img,
        "sh",
        "-c",
        &format!(
            "cat /proc/1/comm; [ $$ != 1 ] && echo not-pid-1; cat {}",
            shm.display()
        ),
    ]);
    assert_eq!(
        r.lines(),
        [host_init.trim(), "not-pid-1", "from-host-shm"],
        "{r}"
    );
    // private (the default): its own processes and /dev/shm; none: no /dev/shm mount
    let r = t.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        "--ipc",
        "private",
        &img,
        "sh",
        "-c",
        &format!(
            "echo $$; cat {} 2>/dev/null || echo no-host-shm; grep -c ' /dev/shm ' /proc/mounts",
            shm.display()
        ),
    ]);
    assert_eq!(r.lines(), ["1", "no-host-shm", "1"], "{r}");
    let r = t.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        "--ipc",
        "none",
        &img,
        "sh",
        "-c",
        "grep -c ' /dev/shm ' /proc/mounts || true",
    ]);
    assert_eq!(r.lines(), ["0"], "{r}");
    let id = t
        .ok(&["create", "--pid", "host", "--ipc", "host", &img, "true"])
        .stdout;
    let r = t.ok(&[
        "inspect",
        "-f",
        "{{.HostConfig.PidMode}} {{.HostConfig.IpcMode}}",
        id.trim(),
    ]);
    assert_eq!(r.stdout, "host host\n");
    t.ok(&["rm", id.trim()]);
    for (flag, v) in [
        ("--pid", "bogus"),
        ("--ipc", "bogus"),
        ("--pid", "container:"),
    ] {
        let r = t.run(&["run", "--rm", flag, v, &img, "true"]);
        assert_eq!(r.code, 125, "{r}");
        r.one_error_line(&[flag]);
    }
    for flag in ["--pid", "--ipc"] {
        let r = t.run(&["run", "--rm", flag, "container:nosuch", &img, "true"]);
        assert_eq!(r.code, 125, "{r}");
        r.one_error_line(&["nosuch"]);
    }
}

/// Removes a host file when the test ends, however it ends.
struct Cleanup(std::path::PathBuf);

impl Drop for Cleanup {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}
