//! Issue 13: what a hostile Dockerfile, image, registry or flag value must never achieve.

use crate::build::write;
use crate::run::busybox_store;

/// A host directory with a secret in it, and the marker paths a build must never create.
struct Host {
    dir: std::path::PathBuf,
}

impl Host {
    fn new(t: &crate::support::TestRoot) -> Host {
        let dir = t.dir.path().join("host");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("secret"), "HOST-SECRET-13\n").unwrap();
        Host { dir }
    }
    /// The host directory as a path inside a container that sees the host's `/` at `at`.
    fn via(&self, at: &str) -> String {
        format!("{at}{}", self.dir.display())
    }
    fn assert_untouched(&self) {
        let mut names: Vec<String> = std::fs::read_dir(&self.dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, ["secret"], "a build wrote into the host");
        assert_eq!(
            std::fs::read_to_string(self.dir.join("secret")).unwrap(),
            "HOST-SECRET-13\n"
        );
    }
}

/// Every mount source kind of `RUN --mount` and every `COPY --from` through symlinks that
/// point out of their root (`/`, `../..`, a symlinked parent, a symlink to a symlink):
/// the host's files are neither read nor written, and the steps see their own roots.
#[test]
fn issue13_build_mounts_and_copies_stay_inside_their_roots() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let host = Host::new(&t);
    let ctx = t.dir.path().join("ctx");
    write(&ctx, &[("data/d.txt", "context file\n")]);
    // a hostile context (as from a cloned repository): links out of it
    std::os::unix::fs::symlink("/", ctx.join("ctxroot")).unwrap();
    std::os::unix::fs::symlink("../../../../../../..", ctx.join("ctxup")).unwrap();
    let inner = host.via("/x");
    let steps = [
        // from a stage: the link itself, a link to a link, a relative climb, a parent link
        "--mount=type=bind,from=evil,source=/rootdir,target=/x,rw".to_string(),
        "--mount=type=bind,from=evil,source=/hop,target=/x,rw".to_string(),
        "--mount=type=bind,from=evil,source=/up,target=/x,rw".to_string(),
        "--mount=type=bind,from=evil,source=/rootdir/,target=/x".to_string(),
        // from an image that carries the same links
        "--mount=type=bind,from=test/evil,source=/rootdir,target=/x,rw".to_string(),
        // from the context
        "--mount=type=bind,source=ctxroot,target=/x,rw".to_string(),
        // a cache whose source is a link planted by an earlier step, and hostile ids
        "--mount=type=cache,id=c13,source=planted,target=/x".to_string(),
        format!(
            "--mount=type=cache,id=../../../../..{},target=/x",
            host.dir.display()
        ),
        "--mount=type=cache,id=/,target=/x".to_string(),
        "--mount=type=cache,from=evil,source=/rootdir,target=/x".to_string(),
    ];
    let attempt = format!(
        "sh -c 'cat {inner}/secret >> /seen 2>/dev/null; echo pwned > {inner}/pwned 2>/dev/null; \
         mkdir {inner}/dir 2>/dev/null; ls /x >> /listing 2>/dev/null; true'"
    );
    let mut dockerfile = format!(
        "FROM {img} AS evil\n\
         RUN ln -s / /rootdir && ln -s rootdir /hop && ln -s ../../../../../.. /up \
         && mkdir /d && ln -s / /d/parent\n\
         FROM {img}\n\
         RUN --mount=type=cache,id=c13,target=/c ln -sfn / /c/planted\n"
    );
    for s in &steps {
        dockerfile.push_str(&format!("RUN {s} {attempt}\n"));
    }
    dockerfile.push_str(&format!(
        "COPY --from=evil /rootdir{d}/secret /copied-1\n",
        d = host.dir.display()
    ));
    write(&ctx, &[("Dockerfile", &dockerfile)]);
    // the image version of the evil stage
    let evil = t.dir.path().join("evil");
    write(
        &evil,
        &[("Dockerfile", &format!("FROM {img}\nRUN ln -s / /rootdir\n"))],
    );
    t.ok(&["build", "-q", "-t", "test/evil", evil.to_str().unwrap()]);
    // COPY through a link fails as "not found": the stage has no such file
    let r = t.run(&["build", "-q", "-t", "test/escape", ctx.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("not found"), "{r}");
    host.assert_untouched();
    // without the COPY, every step runs and sees only its own root
    let dockerfile = dockerfile
        .lines()
        .filter(|l| !l.starts_with("COPY"))
        .collect::<Vec<_>>()
        .join("\n");
    write(&ctx, &[("Dockerfile", &format!("{dockerfile}\n"))]);
    t.ok(&["build", "-q", "-t", "test/escape", ctx.to_str().unwrap()]);
    host.assert_untouched();
    // a context link that climbs out of the context is refused, in one line
    for source in ["ctxup", "/ctxroot/..", "../.."] {
        let df =
            format!("FROM {img}\nRUN --mount=type=bind,source={source},target=/x,rw {attempt}\n");
        write(&ctx, &[("Dockerfile", &df)]);
        let r = t.run(&["build", "-q", ctx.to_str().unwrap()]);
        assert_eq!(r.code, 1, "{r}");
        assert!(r.stderr.contains("outside the build context"), "{r}");
        host.assert_untouched();
    }
    let r = t.ok(&[
        "run",
        "--rm",
        "test/escape",
        "sh",
        "-c",
        "cat /seen 2>/dev/null; echo end",
    ]);
    assert_eq!(r.stdout, "end\n", "a step read the host's secret: {r}");
    // what the steps saw at /x: the stage's, the context's and the cache's own roots
    let r = t.ok(&["run", "--rm", "test/escape", "cat", "/listing"]);
    for own in ["rootdir", "ctxroot", "planted"] {
        assert!(r.lines().contains(&own), "{own} not seen: {r}");
    }
    // the same script does reach the host when the host's root is what is mounted: the
    // checks above can see an escape
    let control = t.dir.path().join("control");
    std::fs::create_dir_all(&control).unwrap();
    let r = t.ok(&[
        "run",
        "--rm",
        "-v",
        "/:/x",
        &img,
        "sh",
        "-c",
        &format!("cat {inner}/secret"),
    ]);
    assert_eq!(r.stdout, "HOST-SECRET-13\n");
    // the context is unchanged by an `rw` bind, the cache holds what was written into it
    let mut names: Vec<String> = std::fs::read_dir(&ctx)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["Dockerfile", "ctxroot", "ctxup", "data"],
        "an rw bind wrote into the context"
    );
    assert!(!t.root().join("pwned").exists());
    assert!(!std::path::Path::new("/pwned").exists());
}

/// What the roots allow still works: files and directories bound from the context, a stage
/// and a cache subdirectory; `rw` context binds write into a copy; bad targets and
/// unsupported types are refused in one line.
#[test]
fn issue13_build_mount_sources_of_every_kind_still_work() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let ctx = t.dir.path().join("ctx");
    write(
        &ctx,
        &[
            ("data/d.txt", "context file\n"),
            (
                "Dockerfile",
                &format!(
                    "FROM {img} AS s\n\
                     RUN echo staged > /f && ln -s f /f-link\n\
                     FROM {img}\n\
                     RUN --mount=type=bind,source=data/d.txt,target=/c.txt cp /c.txt /from-context\n\
                     RUN --mount=type=bind,from=s,source=/f-link,target=/s.txt cp /s.txt /from-stage\n\
                     RUN --mount=type=bind,source=data,target=/d,rw sh -c 'echo scratch > /d/new; cp /d/d.txt /from-rw'\n\
                     RUN --mount=type=cache,id=k13,source=sub/dir,target=/k sh -c 'echo cached > /k/x'\n\
                     RUN --mount=type=cache,id=k13,target=/k cp /k/sub/dir/x /from-cache\n"
                ),
            ),
        ],
    );
    t.ok(&["build", "-q", "-t", "test/kinds", ctx.to_str().unwrap()]);
    let r = t.ok(&[
        "run",
        "--rm",
        "test/kinds",
        "cat",
        "/from-context",
        "/from-stage",
        "/from-rw",
        "/from-cache",
    ]);
    assert_eq!(
        r.lines(),
        ["context file", "staged", "context file", "cached"],
        "{r}"
    );
    assert!(
        !ctx.join("data/new").exists(),
        "an rw bind wrote into the context"
    );
    for (mount, word) in [
        (
            "type=bind,source=data,target=/",
            "cannot mount over the root",
        ),
        ("type=bind,source=data,target=relative", "absolute path"),
        ("type=ssh", "no ssh agent \"default\" given with --ssh"),
        ("type=nfs", "unknown mount type"),
        ("type=bind,source=data", "needs a target"),
    ] {
        write(
            &ctx,
            &[(
                "Dockerfile",
                &format!("FROM {img}\nRUN --mount={mount} true\n"),
            )],
        );
        let r = t.run(&["build", "-q", ctx.to_str().unwrap()]);
        assert_eq!(r.code, 1, "{mount}: {r}");
        assert!(r.stderr.contains(word), "{mount}: {r}");
        assert_eq!(r.stderr.lines().count(), 1, "{mount}: {r}");
    }
}

/// COPY and ADD write only into the new layer: sources that are links out of their root,
/// and a later source below an earlier one's symlink, never reach the host.
#[test]
fn issue13_copy_and_add_never_write_through_symlinks() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let host = Host::new(&t);
    let ctx = t.dir.path().join("ctx");
    // a/sub is a link to the host dir, b/sub/pwned would land below it
    write(&ctx, &[("b/sub/pwned", "x\n")]);
    std::fs::create_dir_all(ctx.join("a")).unwrap();
    std::os::unix::fs::symlink(&host.dir, ctx.join("a/sub")).unwrap();
    write(
        &ctx,
        &[("Dockerfile", &format!("FROM {img}\nCOPY a/ b/ /dst/\n"))],
    );
    // (b/sub replaces the link a/sub in the new layer, as a directory)
    let r = t.ok(&["build", "-q", "-t", "test/copied", ctx.to_str().unwrap()]);
    host.assert_untouched();
    let r2 = t.ok(&[
        "run",
        "--rm",
        "test/copied",
        "sh",
        "-c",
        "test -d /dst/sub && cat /dst/sub/pwned",
    ]);
    assert_eq!(r2.stdout, "x\n", "{r}");
    // an ADDed archive with the same shape: `link` to the host, then `link/pwned`
    let src = t.dir.path().join("tarsrc");
    write(&src, &[("sub/pwned", "x\n")]);
    std::os::unix::fs::symlink(&host.dir, src.join("link")).unwrap();
    let tar = ctx.join("evil.tar");
    let tar_ok = |args: &[&str]| {
        let ok = std::process::Command::new("tar")
            .args(args)
            .arg(&tar)
            .arg("-C")
            .arg(&src)
            .args(["--transform", "s,^sub,link,", "link", "sub/pwned"])
            .status()
            .unwrap();
        assert!(ok.success());
    };
    tar_ok(&["-cf"]);
    write(
        &ctx,
        &[(
            "Dockerfile",
            &format!("FROM {img}\nADD evil.tar /dst/\nCOPY b/ /dst/\n"),
        )],
    );
    let _ = t.run(&["build", "-q", ctx.to_str().unwrap()]);
    host.assert_untouched();
}

/// A build mount with a propagation mode other than private is refused in one line.
#[test]
fn issue13_build_mount_propagation_is_private_or_refused() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let ctx = t.dir.path().join("ctx");
    write(
        &ctx,
        &[
            ("d/f", "f\n"),
            (
                "Dockerfile",
                &format!(
                    "FROM {img}\nRUN --mount=type=bind,source=d,target=/d,bind-propagation=rshared cat /d/f\n"
                ),
            ),
        ],
    );
    let r = t.run(&["build", "-q", ctx.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{r}");
    assert!(
        r.stderr
            .contains("bind-propagation=rshared is not supported"),
        "{r}"
    );
    let r = t.run(&["run", "--rm", "-v", "/tmp:/t:rshared", &img, "true"]);
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["propagation", "rshared"]);
}

/// Ids at the edge of the range: 4294967295 is setuid's "no change" and would leave the
/// command running as root. Refused from every source (image config, -u, exec -u), with
/// one line and 125, and nothing created; the largest valid id really is the one used.
#[test]
fn issue13_user_ids_at_the_edges_never_mean_root() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let ctx = t.dir.path().join("ctx");
    write(
        &ctx,
        &[(
            "Dockerfile",
            &format!("FROM {img}\nUSER 4294967295\nCMD [\"id\", \"-u\"]\n"),
        )],
    );
    t.ok(&["build", "-q", "-t", "test/minus-one", ctx.to_str().unwrap()]);
    let r = t.run(&["run", "--rm", "test/minus-one"]);
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["4294967295"]);
    for bad in [
        "4294967295",
        "0:4294967295",
        "-1",
        "+0",
        "0x0",
        "1000:",
        ":0",
        "99999999999",
    ] {
        let user = format!("--user={bad}");
        let r = t.run(&["run", "--rm", &user, &img, "id"]);
        assert_eq!(r.code, 125, "-u {bad}: {r}");
        r.one_error_line(&["invalid user"]);
        let r = t.run(&["create", "--name", "never", &user, &img, "id"]);
        assert_eq!(r.code, 125, "{r}");
    }
    assert_eq!(
        t.ok(&["ps", "-aq"]).stdout,
        "",
        "a refused container was created"
    );
    // the largest valid ids are used as given, and really are the process's
    let args = [
        "run",
        "--rm",
        "-u",
        "4294967294:4294967294",
        &img,
        "sh",
        "-c",
        "id -u; id -g",
    ];
    if crate::support::as_user() {
        // an ordinary user's container maps 65537 ids: refused, saying so
        let r = t.run(&args);
        assert_eq!(r.code, 125, "{r}");
        r.one_error_line(&["4294967294", "not mapped"]);
    } else {
        let r = t.ok(&args);
        assert_eq!(r.lines(), ["4294967294", "4294967294"]);
    }
    t.ok(&["run", "-d", "--name", "box", &img, "sleep", "60"]);
    for bad in ["4294967295", "-1", "0:4294967295"] {
        let r = t.run(&["exec", &format!("--user={bad}"), "box", "id"]);
        assert_eq!(r.code, 125, "exec -u {bad}: {r}");
        r.one_error_line(&["invalid user"]);
    }
    assert_eq!(
        t.ok(&["exec", "-u", "1234", "box", "id", "-u"]).stdout,
        "1234\n"
    );
    t.ok(&["rm", "-f", "box"]);
}

/// What a terminal would obey (ESC sequences, BEL, C1 CSI, DEL, bidi overrides).
const HOSTILE: &str = "a\u{1b}]0;owned\u{7}b\u{1b}[2J\u{9b}31m\u{7f}\u{202e}c";

fn assert_no_raw_controls(r: &crate::support::Run) {
    for (what, text) in [("stdout", &r.stdout), ("stderr", &r.stderr)] {
        let bad: Vec<char> = text
            .chars()
            .filter(|c| {
                (c.is_control() && *c != '\n' && *c != '\t')
                    || ('\u{202a}'..='\u{202e}').contains(c)
            })
            .collect();
        assert!(bad.is_empty(), "raw {bad:?} on {what}: {r}");
    }
}

/// Escape sequences from a registry's error answers and from image labels, history and
/// container labels reach the terminal escaped; JSON output stays exact JSON.
#[test]
fn issue13_registry_and_image_text_is_escaped_before_the_terminal() {
    crate::require_root!();
    use crate::support::fake::{Auth, FakeRegistry, Faults};
    use crate::support::images::{self, Spec};
    let f = FakeRegistry::start(Auth::None);
    let img = images::build(Spec {
        labels: serde_json::json!({ "evil": HOSTILE }),
        ..Spec::default()
    });
    f.push("evil/text", "latest", &img);
    let t = crate::support::TestRoot::new();
    let name = format!("{}/evil/text:latest", f.host());
    t.ok(&["pull", "-q", &name]);
    // a template shows the label, escaped
    let r = t.ok(&["inspect", "-f", "{{index .Config.Labels \"evil\"}}", &name]);
    assert_no_raw_controls(&r);
    assert!(r.stdout.contains("a\\u001b]0;owned\\u0007b"), "{r}");
    // JSON: the same value, exactly
    let r = t.ok(&["image", "inspect", &name]);
    assert_no_raw_controls(&r);
    let doc: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(doc[0]["Config"]["Labels"]["evil"], HOSTILE);
    let r = t.ok(&["images", "--format", "json"]);
    assert!(r.stdout.lines().count() == 1, "{r}");
    // a container's labels in ps's table, and history rows of a build
    t.ok(&[
        "create",
        "--name",
        "c1",
        "-l",
        &format!("x={HOSTILE}"),
        &name,
        "true",
    ]);
    let r = t.ok(&["ps", "-a", "--format", "table {{.Names}}\t{{.Labels}}"]);
    assert_no_raw_controls(&r);
    assert!(r.stdout.contains("\\u009b31m"), "{r}");
    let ctx = t.dir.path().join("ctx");
    write(
        &ctx,
        &[(
            "Dockerfile",
            &format!("FROM {name}\nRUN echo '{HOSTILE}' > /dev/null\nLABEL more=\"{HOSTILE}\"\n"),
        )],
    );
    t.ok(&["build", "-q", "-t", "test/text", ctx.to_str().unwrap()]);
    for args in [
        &["history", "test/text"][..],
        &["history", "--no-trunc", "test/text"],
        &["images"],
        &["images", "--format", "{{.Repository}} {{.ID}}"],
    ] {
        let r = t.ok(args);
        assert_no_raw_controls(&r);
    }
    assert!(
        t.ok(&["history", "--no-trunc", "test/text"])
            .stdout
            .contains("\\u001b[2J"),
        "history lost the text instead of escaping it"
    );
    // a registry's error answer
    f.set_faults(Faults {
        error_message: Some(HOSTILE.to_string()),
        ..Faults::default()
    });
    let missing = format!("{}/evil/text:nope", f.host());
    let r = t.run(&["pull", &missing]);
    assert_eq!(r.code, 125, "{r}");
    assert_no_raw_controls(&r);
    assert!(r.stderr.contains("\\u001b]0;owned"), "{r}");
    r.one_error_line(&["nope"]);
}

/// Every size and number flag takes docker's grammar only: exponents, NaN, infinity,
/// negative and overflowing values are one line and 125, and nothing is created.
#[test]
fn issue13_limit_and_number_flags_refuse_what_docker_refuses() {
    crate::rootful_only!("limits need a cgroup (rootless limits: rootless.rs)");
    let (_reg, t, img) = busybox_store();
    let cases: &[(&str, &str)] = &[
        ("--shm-size", "1e99"),
        ("--shm-size", "inf"),
        ("--shm-size", "-1"),
        ("--shm-size", "0"),
        ("--shm-size", "99999999999999p"),
        ("-m", "1e9"),
        ("-m", "NaN"),
        ("-m", "1m"),
        ("-m", "-5"),
        ("--memory-swap", "1e3"),
        ("--memory-reservation", "0x10"),
        ("--kernel-memory", "1e3"),
        ("--cpus", "1e-1"),
        ("--cpus", "NaN"),
        ("--cpus", "0.001"),
        ("--cpu-shares", "1e3"),
        ("--cpu-shares", "999999"),
        ("--cpu-period", "999"),
        ("--cpu-period", "1e6"),
        ("--cpu-quota", "999"),
        ("--cpu-quota", "-2"),
        ("--cpuset-cpus", "0-999999"),
        ("--cpuset-cpus", "1-0"),
        ("--cpuset-cpus", "x"),
        ("--cpuset-mems", "99"),
        ("--pids-limit", "1e3"),
        ("--pids-limit", "-5"),
        ("--pids-limit", "99999999999999999999"),
        ("--ulimit", "nofile=1e3"),
        ("--ulimit", "nofile=+5"),
        ("--ulimit", "nofile=99999999999999999999"),
        ("--blkio-weight", "5"),
        ("--blkio-weight", "1001"),
        ("--tmpfs", "/t:size=1e9"),
        ("--tmpfs", "/t:size=-1"),
        ("--mount", "type=tmpfs,target=/t,tmpfs-size=inf"),
        ("--log-opt", "max-size=1e9"),
        ("--stop-timeout", "-2"),
        ("--stop-timeout", "1e3"),
        ("--health-interval", "99999999999999999999h"),
    ];
    for (flag, value) in cases {
        let arg = format!("{flag}={value}");
        let arg = if flag.starts_with("--") {
            arg
        } else {
            format!("{flag}{value}")
        };
        let r = t.run(&["run", "--rm", &arg, &img, "true"]);
        assert_eq!(r.code, 125, "{arg}: {r}");
        assert_eq!(r.stderr.lines().count(), 1, "{arg}: {r}");
        assert!(!r.stderr.contains("panicked"), "{arg}: {r}");
        let r = t.run(&["create", &arg, &img, "true"]);
        assert_eq!(r.code, 125, "{arg}: {r}");
    }
    assert_eq!(
        t.ok(&["ps", "-aq"]).stdout,
        "",
        "a refused container was created"
    );
    t.ok(&["run", "-d", "--name", "s", &img, "sleep", "60"]);
    for bad in ["-2", "1e3", "99999999999999999999"] {
        let r = t.run(&["stop", &format!("--time={bad}"), "s"]);
        assert_eq!(r.code, 125, "stop -t {bad}: {r}");
    }
    t.ok(&["rm", "-f", "s"]);
    // the values docker takes work, and the new limits reach the cgroup
    let r = t.ok(&[
        "run", "--rm", "--shm-size", "1.5m", "--cpu-period", "50000", "--cpu-quota", "25000",
        "-m", "64 MiB", "--memory-reservation", "32m", "--cpuset-mems", "0", "--kernel-memory", "8m",
        &img, "sh", "-c",
        "df -k /dev/shm | tail -1 | awk '{print $2}'; \
         cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us /sys/fs/cgroup/cpu/cpu.cfs_period_us 2>/dev/null || cat /sys/fs/cgroup/cpu.max; \
         cat /sys/fs/cgroup/memory/memory.soft_limit_in_bytes 2>/dev/null || cat /sys/fs/cgroup/memory.low; \
         cat /sys/fs/cgroup/cpuset/cpuset.mems 2>/dev/null || cat /sys/fs/cgroup/cpuset.mems",
    ]);
    let lines = r.lines();
    assert_eq!(lines[0], "1536", "{r}");
    assert!(lines[1..].join(" ").starts_with("25000 50000"), "{r}");
    assert!(
        lines.contains(&"33554432") && lines.last() == Some(&"0"),
        "{r}"
    );
    assert!(r.stderr.contains("--kernel-memory is ignored"), "{r}");
}

/// A host where Docker has run: iptables FORWARD policy DROP, br_netfilter sending bridged
/// traffic through it. Containers still reach each other by name, the outside (a second
/// namespace) and their published ports from it; a second store on the same host (another
/// --root) has its own table, chains and default bridge, and removing it leaves ours working.
fn coexists_with_docker(driver: &str) {
    crate::rootful_only!("root's firewall beside docker's");
    use crate::network::{HTTPD, in_netns};
    let (reg, t, img) = busybox_store();
    t.write_config(&format!("[network]\nfirewall-driver = \"{driver}\"\n"));
    let (root, run) = (t.root(), t.runroot());
    let (root2, run2) = (t.dir.path().join("root2"), t.dir.path().join("run2"));
    let pulled = t.cmd_at(&root2, &["pull", "-q", &img]).output().unwrap();
    assert!(pulled.status.success(), "{pulled:?}");
    drop(reg);
    let s2 = t
        .skiff_line()
        .replace(
            &format!("--root {}", root.display()),
            &format!("--root {}", root2.display()),
        )
        .replace(
            &format!("--runroot {}", run.display()),
            &format!("--runroot {}", run2.display()),
        );
    let brnf = std::path::Path::new("/proc/sys/net/bridge/bridge-nf-call-iptables").exists();
    let get = "timeout 5 wget -qO- http";
    let r = in_netns(
        &t,
        &img,
        &format!(
            "S2='{s2}'
         if [ -e /proc/sys/net/bridge/bridge-nf-call-iptables ]; then echo 1 > /proc/sys/net/bridge/bridge-nf-call-iptables; fi
         iptables -P FORWARD DROP || exit 9
         mkdir -p www2 && echo outside > www2/index.html
         peer sh -c 'echo $$ > peer-httpd.pid; exec busybox httpd -f -p 10.251.0.2:8000 -h www2' >/dev/null 2>&1 &
         $S network create --subnet 10.97.0.0/24 dnet >/dev/null || exit 9
         $S run -d --name web --network dnet -p 8080:80 $I {HTTPD} 80 >/dev/null || exit 9
         sleep 0.5
         echo by-name: $($S run --rm --network dnet $I sh -c '{get}://web/')
         echo outside: $($S run --rm --network dnet $I sh -c '{get}://10.251.0.2:8000/')
         echo default-outside: $($S run --rm $I sh -c '{get}://10.251.0.2:8000/')
         echo published: $(peer {get}://10.251.0.1:8080/)
         $S2 run -d --name web2 -p 8081:80 $I {HTTPD} 80 >/dev/null || exit 9
         sleep 0.5
         echo published-2: $(peer {get}://10.251.0.1:8081/)
         echo outside-2: $($S2 run --rm $I sh -c '{get}://10.251.0.2:8000/')
         $S2 rm -f web2 >/dev/null; $S2 system reset -f >/dev/null
         echo published-after: $(peer {get}://10.251.0.1:8080/)
         echo by-name-after: $($S run --rm --network dnet $I sh -c '{get}://web/')
         echo default-outside-after: $($S run --rm $I sh -c '{get}://10.251.0.2:8000/')
         $S rm -f web >/dev/null; $S system reset -f >/dev/null
         echo left: $(iptables-save | grep -c SKIFF) $(nft list ruleset | grep -c 'table ip skiff') $(ip -o link | grep -c skiff)
         iptables-save -t filter | grep '^:FORWARD'
         kill $(cat peer-httpd.pid)"
        ),
    );
    let mut want = vec![
        "by-name: hello",
        "outside: outside",
        "default-outside: outside",
        "published: hello",
        "published-2: hello",
        "outside-2: outside",
        "published-after: hello",
        "by-name-after: hello",
        "default-outside-after: outside",
        "left: 0 0 0",
    ];
    let lines = r.lines();
    let policy = lines.last().copied().unwrap_or_default();
    assert!(
        policy.starts_with(":FORWARD DROP"),
        "the test's DROP policy is kept: {r}"
    );
    want.push(policy);
    assert_eq!(lines, want, "{driver} (br_netfilter: {brnf}): {r}");
}

#[test]
fn issue13_coexists_with_docker_nftables() {
    coexists_with_docker("nftables");
}

#[test]
fn issue13_coexists_with_docker_iptables() {
    coexists_with_docker("iptables");
}

/// Docker started after skiff's network was up (FORWARD turned to DROP behind skiff's
/// back): `network reload` puts skiff's accept rules where the drop now is.
#[test]
fn issue13_network_reload_after_docker_started() {
    crate::rootful_only!("root's firewall beside docker's");
    use crate::network::{HTTPD, in_netns};
    let (_reg, t, img) = busybox_store();
    t.write_config("[network]\nfirewall-driver = \"nftables\"\n");
    // (not the container's PID 1: a signal without a handler does not end PID 1)
    let get = "timeout 3 wget -qO- http://web/; :";
    let r = in_netns(
        &t,
        &img,
        &format!(
            "if [ -e /proc/sys/net/bridge/bridge-nf-call-iptables ]; then echo 1 > /proc/sys/net/bridge/bridge-nf-call-iptables; fi
         $S network create --subnet 10.96.0.0/24 rnet >/dev/null || exit 9
         $S run -d --name web --network rnet $I {HTTPD} 80 >/dev/null || exit 9
         sleep 0.5
         echo before: $($S run --rm --network rnet $I sh -c '{get}')
         iptables -P FORWARD DROP
         echo dropped: $($S run --rm --network rnet $I sh -c '{get}')
         $S network reload --all | wc -l
         echo reloaded: $($S run --rm --network rnet $I sh -c '{get}')
         $S network reload nosuch 2>&1 | grep -c 'No such container'
         $S rm -f web >/dev/null; $S system reset -f >/dev/null
         echo left: $(iptables-save | grep -c SKIFF)"
        ),
    );
    let brnf = std::path::Path::new("/proc/sys/net/bridge/bridge-nf-call-iptables").exists();
    let dropped = if brnf { "dropped:" } else { "dropped: hello" };
    assert_eq!(
        r.lines(),
        [
            "before: hello",
            dropped,
            "1",
            "reloaded: hello",
            "1",
            "left: 0"
        ],
        "{r}"
    );
}
