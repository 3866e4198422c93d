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
    // the layer view: the base layer is shared with the image it came from
    let r = t.ok(&["image", "tree", "test/committed:v1"]);
    let lines = r.lines();
    assert_eq!(lines.len(), 5, "{r}");
    assert!(lines[0].starts_with("Image: sha256:"), "{r}");
    assert!(
        lines[3].starts_with("├── ") && lines[3].contains(&format!("shared with {img}")),
        "{r}"
    );
    assert!(
        lines[4].starts_with("└── ") && !lines[4].contains("shared"),
        "{r}"
    );
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

pub fn write(dir: &std::path::Path, files: &[(&str, &str)]) {
    for (name, text) in files {
        let p = dir.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

const DOCKERFILE: &str = r#"# syntax=docker/dockerfile:1
ARG BASE
FROM ${BASE} AS base
MAINTAINER Jane <j@example.com>
ARG GREETING=hello
ARG OTHER
ENV APP=/app MODE="prod mode"
ENV LEGACY value with spaces
WORKDIR $APP
WORKDIR sub
COPY --chown=1:2 --chmod=0640 files/ ./files/
COPY *.txt /app/
ADD layer.tar.gz /opt/
RUN echo "$GREETING $OTHER" > /app/run.txt
RUN ["sh", "-c", "echo exec-form > /app/exec.txt"]
RUN <<EOF
echo heredoc > /app/doc.txt
EOF
COPY <<note.txt /app/
written by a heredoc
note.txt
USER 1000:1000
VOLUME /data
EXPOSE 8080 53/udp
LABEL org.example.kind="test image"
STOPSIGNAL SIGINT
HEALTHCHECK --interval=5s --retries=2 CMD true
SHELL ["/bin/sh", "-c"]
ENTRYPOINT ["echo", "entry"]
CMD ["default-arg"]

FROM base AS extra
RUN touch /extra

FROM ${BASE} AS final
COPY --from=base /app/run.txt /from-base.txt
CMD ["cat", "/from-base.txt"]
"#;

fn context(t: &crate::support::TestRoot) -> std::path::PathBuf {
    let ctx = t.dir.path().join("ctx");
    write(
        &ctx,
        &[
            ("Dockerfile", DOCKERFILE),
            ("files/a.conf", "a=1\n"),
            ("files/deep/b.conf", "b=2\n"),
            ("files/secret.log", "no\n"),
            ("one.txt", "one\n"),
            ("two.txt", "two\n"),
            (".dockerignore", "**/*.log\n"),
        ],
    );
    // a gzip tar for ADD to unpack
    let staging = t.dir.path().join("tarsrc");
    write(&staging, &[("inner/x.txt", "from the archive\n")]);
    let ok = std::process::Command::new("tar")
        .arg("-czf")
        .arg(ctx.join("layer.tar.gz"))
        .arg("-C")
        .arg(&staging)
        .arg("inner")
        .status()
        .unwrap();
    assert!(ok.success());
    ctx
}

#[test]
fn issue6_build_every_instruction_cache_and_reproducible_digests() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let ctx = context(&t);
    let ctx_s = ctx.to_str().unwrap();
    let base_arg = format!("BASE={img}");
    let build_args = |extra: &[&str]| -> Vec<String> {
        let mut args: Vec<String> = [
            "build",
            "--build-arg",
            &base_arg,
            "--build-arg",
            "OTHER=world",
        ]
        .map(String::from)
        .to_vec();
        args.extend(extra.iter().map(|a| a.to_string()));
        args.push(ctx_s.to_string());
        args
    };
    let build = |extra: &[&str]| {
        let args = build_args(extra);
        t.ok(&args.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let r = build(&[
        "--target",
        "base",
        "-t",
        "test/built:base",
        "-t",
        "test/built:alias",
    ]);
    assert!(r.stdout.contains("STEP 1/24: FROM ${BASE} AS base"), "{r}");
    assert!(!r.stdout.contains("Using cache"), "{r}");
    let id = r.lines().last().unwrap().to_string();
    assert_eq!(id.len(), 64, "{r}");
    // the config docker would write
    let r = t.ok(&[
        "image",
        "inspect",
        "-f",
        "{{.Author}}|{{json .Config.Env}}|{{.Config.WorkingDir}}|{{.Config.User}}|{{json .Config.Volumes}}|{{json .Config.ExposedPorts}}|{{json .Config.Labels}}|{{.Config.StopSignal}}|{{json .Config.Healthcheck}}|{{json .Config.Entrypoint}}|{{json .Config.Cmd}}",
        "test/built:alias",
    ]);
    assert_eq!(
        r.stdout.trim(),
        r#"Jane <j@example.com>|["PATH=/bin","APP=/app","MODE=prod mode","LEGACY=value with spaces"]|/app/sub|1000:1000|{"/data":{}}|{"53/udp":{},"8080/tcp":{}}|{"org.example.kind":"test image"}|SIGINT|{"Test":["CMD-SHELL","true"],"Interval":5000000000,"Retries":2}|["echo","entry"]|["default-arg"]"#,
        "{r}"
    );
    // ENTRYPOINT + CMD, and arguments replacing CMD
    assert_eq!(
        t.ok(&["run", "--rm", "test/built:base"]).stdout,
        "entry default-arg\n"
    );
    assert_eq!(
        t.ok(&["run", "--rm", "test/built:base", "given"]).stdout,
        "entry given\n"
    );
    let r = t.ok(&[
        "run",
        "--rm",
        "--user",
        "0",
        "--entrypoint",
        "sh",
        "test/built:base",
        "-c",
        "cat /app/run.txt /app/exec.txt /app/doc.txt /app/note.txt /app/one.txt /opt/inner/x.txt; \
         ls -ln /app/sub/files | tail -n +2 | awk '{print $1, $3, $4, $9}'; ls /app/sub/files/deep; \
         ls /app/sub/files/secret.log 2>/dev/null || echo ignored; pwd",
    ]);
    assert_eq!(
        r.lines(),
        [
            "hello world",
            "exec-form",
            "heredoc",
            "written by a heredoc",
            "one",
            "from the archive",
            "-rw-r----- 1 2 a.conf",
            "drw-r----- 1 2 deep",
            "b.conf",
            "ignored",
            "/app/sub"
        ],
        "{r}"
    );
    // nothing changed: every step from the cache, no RUN runs
    let r = build(&["--target", "base", "-t", "test/built:base"]);
    assert_eq!(r.stdout.matches("--> Using cache").count(), 9, "{r}");
    assert_eq!(*r.lines().last().unwrap(), id);
    // one file changed: from the step that reads it on
    std::fs::write(ctx.join("two.txt"), "TWO\n").unwrap();
    let r = build(&["--target", "base"]);
    assert_eq!(
        r.stdout.matches("--> Using cache").count(),
        3,
        "both WORKDIRs and the first COPY: {r}"
    );
    assert_ne!(*r.lines().last().unwrap(), id);
    // --no-cache uses none
    let r = build(&["--target", "base", "--no-cache", "-q"]);
    assert!(!r.stdout.contains("STEP"), "-q prints only the ID: {r}");
    assert!(r.stdout.trim().starts_with("sha256:"), "{r}");
    // the last stage: only what it needs (not `extra`), COPY --from another stage
    let iid = t.dir.path().join("iid");
    let r = build(&["-t", "test/built:final", "--iidfile", iid.to_str().unwrap()]);
    assert!(!r.stdout.contains("touch /extra"), "{r}");
    let written = std::fs::read_to_string(&iid).unwrap();
    assert_eq!(
        written.trim_start_matches("sha256:"),
        *r.lines().last().unwrap()
    );
    assert_eq!(
        t.ok(&["run", "--rm", "test/built:final"]).stdout,
        "hello world\n"
    );
    // dated as docker dates it (the base is years older), yet a fully cached rebuild
    // returns the same image, and `images -f since=BASE` lists it
    let here = t.ok(&["image", "inspect", "-f", "{{.Id}}", "test/built:final"]);
    let created = t.ok(&["image", "inspect", "-f", "{{.Created}}", "test/built:final"]);
    let year = |r: &str| r.trim().get(..4).unwrap_or("").to_string();
    let base_created = t.ok(&["image", "inspect", "-f", "{{.Created}}", &img]);
    assert_ne!(
        year(&created.stdout),
        year(&base_created.stdout),
        "{created}"
    );
    let again = build(&["-q", "-t", "test/built:final"]);
    assert_eq!(again.stdout.trim(), here.stdout.trim(), "a cached rebuild");
    let since = t.ok(&["images", "-q", "--no-trunc", "-f", &format!("since={img}")]);
    assert!(since.stdout.contains(here.stdout.trim()), "{since}");
    // in another store the same inputs give the same layers; with --timestamp (or
    // SOURCE_DATE_EPOCH) the same image
    let other = t.dir.path().join("other-root");
    let in_other = |extra: &[&str]| {
        let mut with_q = vec!["-q"];
        with_q.extend_from_slice(extra);
        let args = build_args(&with_q);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let r = crate::support::run_bounded(
            t.cmd_at(&other, &args),
            std::time::Duration::from_secs(120),
        );
        assert_eq!(r.code, 0, "{r}");
        r.stdout.trim().to_string()
    };
    let layers = |root: &std::path::Path, name: &str| {
        let r = crate::support::run_bounded(
            t.cmd_at(
                root,
                &["image", "inspect", "-f", "{{json .RootFS.Layers}}", name],
            ),
            std::time::Duration::from_secs(30),
        );
        r.stdout
    };
    in_other(&["-t", "test/built:final"]);
    assert_eq!(
        layers(&other, "test/built:final"),
        layers(&t.root(), "test/built:final"),
        "the same layers across stores"
    );
    let fixed = ["--timestamp", "1700000000", "-t", "test/repro"];
    let there = in_other(&fixed);
    let mut args = vec!["-q"];
    args.extend(fixed);
    assert_eq!(
        build(&args).stdout.trim(),
        there,
        "reproducible across stores"
    );
    let r = t.ok(&["image", "inspect", "-f", "{{.Created}}", "test/repro"]);
    assert!(r.stdout.starts_with("2023-11-14T22:13:20"), "{r}");
    // build steps' images are hidden from `images`, shown by `images -a`
    let shown = t.ok(&["images", "-q"]).lines().len();
    let all = t.ok(&["images", "-a", "-q"]).lines().len();
    assert!(all > shown, "{all} > {shown}");
    // `builder prune` empties the cache: the next build runs every step
    let r = t.ok(&["builder", "prune", "-f"]);
    assert!(r.stdout.starts_with("Total reclaimed space:"), "{r}");
    assert_eq!(t.ok(&["images", "-a", "-q"]).lines().len(), shown);
    let r = build(&["--target", "base"]);
    assert!(!r.stdout.contains("Using cache"), "{r}");
}

#[test]
fn issue6_build_errors_name_the_line_and_leave_nothing_tagged() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let dir = t.dir.path().join("bad");
    let case = |name: &str, dockerfile: &str| {
        let d = dir.join(name);
        write(
            &d,
            &[
                ("Dockerfile", &dockerfile.replace("IMG", &img)),
                ("f.txt", "f"),
            ],
        );
        let r = t.run(&["build", "-t", "test/bad", d.to_str().unwrap()]);
        assert_eq!(r.code, 1, "{name}: {r}");
        r.stderr.trim().to_string()
    };
    let e = case("unknown", "FROM IMG\nFROBNICATE x\n");
    assert_eq!(e, "Error: Dockerfile:2: unknown instruction: FROBNICATE");
    let e = case(
        "failing-run",
        "FROM IMG\nRUN echo partial > /p\nRUN exit 3\n",
    );
    assert!(
        e.ends_with("Dockerfile:3: RUN exit 3 returned a non-zero code: 3"),
        "{e}"
    );
    let e = case("outside", "FROM IMG\nCOPY ../../etc/passwd /x\n");
    assert!(
        e.contains("Dockerfile:2:") && e.contains("outside the build context"),
        "{e}"
    );
    let e = case("missing", "FROM IMG\nCOPY nope.txt /x\n");
    assert!(e.contains("Dockerfile:2: nope.txt: not found"), "{e}");
    let e = case("heredoc", "FROM IMG\nRUN <<EOF\necho\n");
    assert!(
        e.contains("Dockerfile:2: unterminated here-document"),
        "{e}"
    );
    let d = dir.join("stage");
    write(
        &d,
        &[("Dockerfile", &format!("FROM {img} AS a\nRUN true\n"))],
    );
    let r = t.run(&["build", "--target", "nosuch", d.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{r}");
    assert!(
        r.stderr
            .contains("target stage \"nosuch\" could not be found"),
        "{r}"
    );
    let r = t.ok(&["images", "--format", "{{.Repository}}"]);
    assert!(!r.stdout.contains("test/bad"), "{r}");
    assert_eq!(t.ok(&["ps", "-aq"]).stdout, "", "no build container left");
}

#[test]
fn issue6_build_onbuild_run_mounts_secrets_and_stdin_contexts() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let parent = t.dir.path().join("parent");
    write(
        &parent,
        &[(
            "Dockerfile",
            &format!("FROM {img}\nONBUILD RUN echo triggered > /onbuild.txt\n"),
        )],
    );
    t.ok(&["build", "-q", "-t", "test/parent", parent.to_str().unwrap()]);
    let child = t.dir.path().join("child");
    let secret = t.dir.path().join("token");
    std::fs::write(&secret, "s3cret\n").unwrap();
    write(
        &child,
        &[
            (
                "Dockerfile",
                "FROM test/parent\n\
                 RUN --mount=type=cache,target=/cache sh -c 'echo $(( $(cat /cache/n 2>/dev/null || echo 0) + 1 )) > /cache/n; cp /cache/n /n'\n\
                 RUN --mount=type=secret,id=tok cp /run/secrets/tok /secret-copy\n\
                 RUN --mount=type=bind,source=data,target=/mnt cp /mnt/d.txt /from-bind\n\
                 RUN --mount=type=tmpfs,target=/scratch sh -c 'echo x > /scratch/y'\n",
            ),
            ("data/d.txt", "bound\n"),
        ],
    );
    let secret_flag = format!("id=tok,src={}", secret.display());
    let build = |extra: &[&str]| {
        let mut a = vec!["build", "-q", "--secret", &secret_flag, "-t", "test/child"];
        a.extend_from_slice(extra);
        a.push(child.to_str().unwrap());
        t.ok(&a)
    };
    build(&[]);
    let check = "cat /onbuild.txt /n /secret-copy /from-bind; ls -d /cache /mnt /scratch /run/secrets 2>/dev/null | wc -l";
    let r = t.ok(&["run", "--rm", "test/child", "sh", "-c", check]);
    assert_eq!(r.lines(), ["triggered", "1", "s3cret", "bound", "0"], "{r}");
    // the cache mount outlives the build; --no-cache runs the step again
    build(&["--no-cache"]);
    let r = t.ok(&["run", "--rm", "test/child", "cat", "/n"]);
    assert_eq!(r.stdout, "2\n");
    // no ONBUILD trigger is inherited by the child's own children
    let r = t.ok(&[
        "image",
        "inspect",
        "-f",
        "{{json .Config.OnBuild}}",
        "test/child",
    ]);
    assert_eq!(r.stdout.trim(), "null");
    // a missing secret is an error
    let r = t.run(&["build", child.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{r}");
    assert!(r.stderr.contains("no secret \"tok\""), "{r}");
    // the context as a tar on stdin, and the Dockerfile on stdin
    let tarred = t.sh(&["build", "-q", "-t", "test/fromtar", "-"], |line| {
        format!("tar -C {} -c . | {line}", parent.display())
    });
    let r = crate::support::run_bounded(tarred, std::time::Duration::from_secs(120));
    assert_eq!(r.code, 0, "{r}");
    let piped = t.sh(
        &[
            "build",
            "-q",
            "-f",
            "-",
            "-t",
            "test/fromstdin",
            parent.to_str().unwrap(),
        ],
        |line| format!("printf 'FROM {img}\\nCMD [\"echo\", \"piped\"]\\n' | {line}"),
    );
    let r = crate::support::run_bounded(piped, std::time::Duration::from_secs(120));
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(t.ok(&["run", "--rm", "test/fromstdin"]).stdout, "piped\n");
}

#[test]
fn issue6_add_fetches_urls_with_checksums_and_unpacks_archives() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let host = img.split('/').next().unwrap().to_string();
    let id = t
        .ok(&["image", "inspect", "-f", "{{.Id}}", &img])
        .stdout
        .trim()
        .to_string();
    let url = format!("http://{host}/v2/test/busybox/blobs/{id}");
    let ctx = t.dir.path().join("addctx");
    write(&ctx, &[("plain.txt", "not an archive\n")]);
    let src = t.dir.path().join("xzsrc");
    write(&src, &[("in/xz.txt", "from xz\n")]);
    let sh = |cmd: &str| {
        let ok = std::process::Command::new("sh")
            .args(["-c", cmd])
            .status()
            .unwrap();
        assert!(ok.success(), "{cmd}");
    };
    sh(&format!(
        "tar -C {} -cJf {}/data.tar.xz in",
        src.display(),
        ctx.display()
    ));
    sh(&format!(
        "gzip -c {0}/plain.txt > {0}/plain.txt.gz",
        ctx.display()
    ));
    write(
        &ctx,
        &[(
            "Dockerfile",
            &format!(
                "FROM {img}\nADD --checksum={id} {url} /cfg/\nADD data.tar.xz /x/\nADD plain.txt.gz /y/\n"
            ),
        )],
    );
    t.ok(&["build", "-q", "-t", "test/added", ctx.to_str().unwrap()]);
    let r = t.ok(&[
        "run",
        "--rm",
        "test/added",
        "sh",
        "-c",
        &format!(
            "head -c 1 /cfg/{id}; echo; ls -l /cfg/{id} | cut -c1-10; cat /x/in/xz.txt; ls /y"
        ),
    ]);
    assert_eq!(
        r.lines(),
        ["{", "-rw-------", "from xz", "plain.txt.gz"],
        "{r}"
    );
    // a wrong checksum stops the build
    let bad = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
    write(
        &ctx,
        &[(
            "Dockerfile",
            &format!("FROM {img}\nADD --checksum={bad} {url} /cfg/\n"),
        )],
    );
    let r = t.run(&["build", ctx.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{r}");
    assert!(
        r.stderr.contains("Dockerfile:2:") && r.stderr.contains("checksum mismatch"),
        "{r}"
    );
}

#[test]
fn issue6_seed_examples_file_flags_git_contexts_and_proxies() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    // the nginx-style page, from a Containerfile given with -f, labels from the command line
    let ctx = t.dir.path().join("site");
    write(
        &ctx,
        &[(
            "build/Containerfile",
            &format!(
                "FROM {img}\n\
                 RUN mkdir -p /www && echo '<h1>Hello from skiff</h1>' > /www/index.html\n\
                 RUN echo \"proxy=$http_proxy\" > /proxy.txt\n\
                 EXPOSE 80\n\
                 HEALTHCHECK NONE\n\
                 CMD [\"httpd\", \"-f\", \"-p\", \"80\", \"-h\", \"/www\"]\n"
            ),
        )],
    );
    let f = ctx.join("build/Containerfile");
    t.ok(&[
        "build",
        "-q",
        "-f",
        f.to_str().unwrap(),
        "--label",
        "team=web",
        "--build-arg",
        "http_proxy=http://proxy.invalid:3128",
        "-t",
        "test/site",
        ctx.to_str().unwrap(),
    ]);
    // RUN layers hold what the command wrote, not the runtime's mount points
    let lower = t.ok(&[
        "image",
        "inspect",
        "-f",
        "{{.GraphDriver.Data.LowerDir}}",
        "test/site",
    ]);
    let top = std::path::PathBuf::from(lower.stdout.trim().split(':').next().unwrap());
    assert!(top.join("proxy.txt").exists(), "{}", top.display());
    for m in [
        "etc/hosts",
        "etc/hostname",
        "etc/resolv.conf",
        "proc",
        "sys",
        "dev",
    ] {
        assert!(!top.join(m).exists(), "{m} in {}", top.display());
    }
    let r = t.ok(&[
        "run",
        "--rm",
        "test/site",
        "cat",
        "/www/index.html",
        "/proxy.txt",
    ]);
    assert_eq!(
        r.lines(),
        [
            "<h1>Hello from skiff</h1>",
            "proxy=http://proxy.invalid:3128"
        ]
    );
    let r = t.ok(&[
        "image",
        "inspect",
        "-f",
        "{{json .Config.Cmd}} {{json .Config.Labels}} {{json .Config.ExposedPorts}} {{json .Config.Healthcheck}}",
        "test/site",
    ]);
    assert_eq!(
        r.stdout.trim(),
        r#"["httpd","-f","-p","80","-h","/www"] {"team":"web"} {"80/tcp":{}} {"Test":["NONE"]}"#
    );
    // a Containerfile is found on its own; a git URL is cloned with the host's git
    let repo = t.dir.path().join("repo");
    write(
        &repo,
        &[
            (
                "docker/Containerfile",
                &format!("FROM {img}\nCOPY hello /hello\n"),
            ),
            ("docker/hello", "from git\n"),
        ],
    );
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(&repo)
            .args(args)
            .env("GIT_AUTHOR_NAME", "t")
            .env("GIT_AUTHOR_EMAIL", "t@t")
            .env("GIT_COMMITTER_NAME", "t")
            .env("GIT_COMMITTER_EMAIL", "t@t")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    git(&["init", "-q", "-b", "main"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "c"]);
    git(&["tag", "v1"]);
    t.give(&repo);
    let url = format!("file://{}#v1:docker", repo.display());
    t.ok(&["build", "-q", "-t", "test/fromgit", &url]);
    assert_eq!(
        t.ok(&["run", "--rm", "test/fromgit", "cat", "/hello"])
            .stdout,
        "from git\n"
    );
    let r = t.run(&["build", &format!("file://{}#nosuchref", repo.display())]);
    assert_ne!(r.code, 0, "{r}");
    // RUN --mount=type=bind,from=STAGE reads another stage's files; the mount point goes
    let ms = t.dir.path().join("mountfrom");
    write(
        &ms,
        &[(
            "Dockerfile",
            &format!(
                "FROM {img} AS gen
RUN mkdir /out && echo generated > /out/data
                 FROM {img}
RUN --mount=type=bind,from=gen,source=/out,target=/in cp /in/data /copied
"
            ),
        )],
    );
    t.ok(&["build", "-q", "-t", "test/mountfrom", ms.to_str().unwrap()]);
    let r = t.ok(&[
        "run",
        "--rm",
        "test/mountfrom",
        "sh",
        "-c",
        "cat /copied; ls -d /in 2>/dev/null | wc -l",
    ]);
    assert_eq!(r.lines(), ["generated", "0"], "{r}");
    // a platform the base image does not have
    write(
        &ms,
        &[(
            "Dockerfile",
            &format!(
                "FROM --platform=linux/s390x {img}
"
            ),
        )],
    );
    let r = t.run(&["build", ms.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{r}");
    assert!(
        r.stderr
            .contains("does not match the requested platform: wanted linux/s390x"),
        "{r}"
    );
}
