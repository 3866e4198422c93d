//! Issue 15: `skiff compose config` loads a project as docker compose does — files found
//! from the working directory up with their override file, `-f` (and `-f -`), `.env` under
//! the environment, the project name's sources — and refuses bad input with one line and
//! compose's status 1; `up`/`down`/`ps`/`logs`/`exec`/`run`/… run multi-service projects
//! (networks inside a network namespace the test makes).

use std::io::Write;
use std::process::Stdio;

use crate::support::{Run, TestRoot, run_bounded};

fn compose(t: &TestRoot, dir: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut all = vec!["compose"];
    all.extend_from_slice(args);
    let mut c = t.cmd(&all);
    c.current_dir(dir)
        .env_remove("COMPOSE_FILE")
        .env_remove("COMPOSE_PROJECT_NAME");
    for (k, v) in env {
        c.env(k, v);
    }
    run_bounded(c, std::time::Duration::from_secs(30))
}

#[test]
fn issue15_compose_config_loads_a_project_like_compose() {
    let t = TestRoot::new();
    let app = t.dir.path().join("My App");
    std::fs::create_dir_all(app.join("deep/er")).unwrap();
    std::fs::write(
        app.join("compose.yaml"),
        "x-base: &base\n  restart: always\nservices:\n  web:\n    <<: *base\n    image: \"busybox:${TAG:-latest}\"\n    ports: [\"${PORT:-80}:80\"]\n    command: [\"httpd\", \"-f\"]\n  db:\n    image: busybox\n    environment:\n      PASS: ${PASS:?set PASS}\nvolumes:\n  data: {}\n",
    )
    .unwrap();
    std::fs::write(
        app.join("compose.override.yaml"),
        "services:\n  web:\n    command: [\"sh\"]\n    environment:\n      ONLY: ${UNSET_ONE}\n",
    )
    .unwrap();
    std::fs::write(app.join(".env"), "TAG=1.36\nPORT=8080\nPASS=dotenv\n").unwrap();
    let deep = app.join("deep/er");
    // found from a subdirectory; the environment wins over .env; the name from the dir
    let r = compose(
        &t,
        &deep,
        &["config", "--format", "json"],
        &[("PORT", "9090")],
    );
    assert_eq!(r.code, 0, "{r}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["name"], "myapp");
    assert_eq!(v["services"]["web"]["image"], "busybox:1.36");
    assert_eq!(v["services"]["web"]["ports"][0], "9090:80");
    assert_eq!(v["services"]["web"]["restart"], "always");
    assert_eq!(v["services"]["web"]["command"], serde_json::json!(["sh"]));
    assert_eq!(v["services"]["db"]["environment"]["PASS"], "dotenv");
    assert_eq!(
        r.stderr.trim(),
        "WARN[0000] The \"UNSET_ONE\" variable is not set. Defaulting to a blank string."
    );
    // YAML out, name first; the listings
    let r = compose(&t, &deep, &["-p", "proj", "config"], &[]);
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stdout.starts_with("name: proj\n"), "{r}");
    assert!(r.stdout.contains("image: busybox:1.36"), "{r}");
    let r = compose(&t, &deep, &["config", "--services"], &[]);
    assert_eq!(r.lines(), ["web", "db"]);
    let r = compose(&t, &deep, &["config", "--volumes"], &[]);
    assert_eq!(r.lines(), ["data"]);
    assert_eq!(compose(&t, &deep, &["config", "-q"], &[]).stdout, "");
    // COMPOSE_PROJECT_NAME, and -f - from stdin
    let r = compose(
        &t,
        &deep,
        &["config", "--format", "json"],
        &[("COMPOSE_PROJECT_NAME", "envname")],
    );
    assert!(r.stdout.contains("\"name\": \"envname\""), "{r}");
    let mut c = t.cmd(&["compose", "-f", "-", "config", "--services"]);
    c.current_dir(&deep)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped());
    let mut child = c.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"services:\n  fromstdin:\n    image: x\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "fromstdin\n");
    // bad input: one line, status 1
    let bad = t.dir.path().join("bad");
    std::fs::create_dir_all(&bad).unwrap();
    for (text, words) in [
        ("services: [unclosed\n", vec!["compose.yaml"]),
        ("- a list\n", vec!["compose.yaml", "mapping"]),
        (
            "services:\n  a:\n    image: \"${X:?X is needed}\"\n",
            vec!["services.a.image", "X is needed"],
        ),
        (
            "services:\n  a:\n    image: \"$1\"\n",
            vec!["services.a.image", "invalid interpolation"],
        ),
        (
            "services:\n  a:\n    depends_on: [b]\n",
            vec!["\"a\"", "undefined service \"b\""],
        ),
        (
            "services:\n  a:\n    depends_on: [b]\n  b:\n    depends_on: [a]\n",
            vec!["dependency cycle", "a -> b -> a"],
        ),
    ] {
        std::fs::write(bad.join("compose.yaml"), text).unwrap();
        let r = compose(&t, &bad, &["config"], &[]);
        assert_eq!(r.code, 1, "{text}: {r}");
        r.one_error_line(&words);
    }
    let r = compose(&t, &deep, &["-p", "Not Valid", "config"], &[]);
    assert_eq!(r.code, 1, "{r}");
    r.one_error_line(&["invalid project name"]);
    // called as docker-compose (a link), skiff is `skiff compose`
    let link = t.dir.path().join("docker-compose");
    std::os::unix::fs::symlink(crate::support::SKIFF, &link).unwrap();
    let mut c = std::process::Command::new(&link);
    c.args(["config", "--services"])
        .current_dir(&deep)
        .env_remove("COMPOSE_FILE");
    let r = run_bounded(c, std::time::Duration::from_secs(30));
    assert_eq!((r.code, r.lines()), (0, vec!["web", "db"]), "{r}");
    let empty = t.dir.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let r = compose(&t, &empty, &["config"], &[]);
    assert_eq!(r.code, 1, "{r}");
    r.one_error_line(&["no configuration file provided"]);
}

/// Writes `files` into a new project directory `name` under the test's dir.
fn project(t: &TestRoot, name: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
    let dir = t.dir.path().join(name);
    for (f, text) in files {
        let p = dir.join(f);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
    }
    t.give(&dir);
    dir
}

#[test]
fn issue15_up_ps_logs_exec_run_scale_recreate_down() {
    crate::require_root!();
    let (_reg, t, img) = crate::run::busybox_store();
    t.write_config("[network]\ndefault-network = \"skiff\"\n");
    let port = crate::support::free_port();
    let dir = project(
        &t,
        "shop",
        &[
            (
                "compose.yaml",
                &format!(
                    r#"services:
  db:
    image: {img}
    command: sh -c 'echo db up; echo "$$SECRET" > /data/secret; touch /tmp/ready; exec sleep 300'
    environment: [SECRET]
    init: true
    volumes: [data:/data]
    healthcheck:
      test: ["CMD", "test", "-f", "/tmp/ready"]
      interval: 1s
  web:
    image: {img}
    command: ["sh", "-c", "mkdir -p /www && echo hello-$$GREETING > /www/index.html && exec httpd -f -p 80 -h /www"]
    env_file: [web.env]
    init: true
    environment:
      GREETING: ${{GREETING:-world}}
    ports: ["127.0.0.1:{port}:80"]
    networks:
      default:
        aliases: [shopfront]
    depends_on:
      db: {{condition: service_healthy}}
  worker:
    image: {img}
    command: sleep 300
    scale: 2
    stop_signal: SIGKILL
volumes:
  data: {{}}
"#
                ),
            ),
            ("web.env", "FROM_FILE=yes\n"),
            (".env", "SECRET=s3cret\n"),
        ],
    );
    let script = format!(
        r#"cd '{dir}'
$S compose up -d 2>up.err; echo up: $?; cat up.err >&2
grep -c -e 'Container shop-db-1  Healthy' -e 'Network shop_default  Created' -e 'Volume shop_data  Created' up.err
$S compose ps --format '{{{{.Name}}}} {{{{.Service}}}} {{{{.State}}}}'
$S compose ps -q | wc -l
$S compose ps --services
$S compose exec -T web sh -c 'ping -c1 -W3 db >/dev/null && echo db-resolves; echo $FROM_FILE'
$S compose exec -T db sh -c 'ping -c1 -W3 shopfront >/dev/null && echo alias-resolves; cat /data/secret'
wget -qO- -T5 http://127.0.0.1:{port}/
$S compose logs db
$S compose logs --no-log-prefix db
$S compose run --rm -T web echo one-off
$S ps -a --format '{{{{.Names}}}}' | grep -c run
$S compose up -d 2>up2.err; grep -c 'Container shop-web-1  Running' up2.err
GREETING=changed $S compose up -d web 2>up3.err; grep -c 'Container shop-web-1  Recreated' up3.err
for i in 1 2 3 4 5 6 7 8 9 10; do wget -qO- -T5 http://127.0.0.1:{port}/ 2>/dev/null && break; sleep 0.3; done
$S compose up -d --scale worker=1 2>/dev/null; $S compose ps --format '{{{{.Name}}}}' worker
$S compose stop db 2>/dev/null; $S compose ps -a --format '{{{{.Name}}}} {{{{.State}}}}' db
$S compose start db 2>/dev/null; $S compose ps --format '{{{{.Name}}}} {{{{.State}}}}' db
$S compose ls --format json | grep -c '"Name":"shop"'
$S compose down 2>down.err; echo down: $?
$S ps -aq | wc -l
$S network ls --format '{{{{.Name}}}}' | grep -c shop_ 
$S volume ls -q | grep -c shop_data
$S compose up -d db 2>/dev/null; $S compose exec -T db cat /data/secret
$S compose down -v 2>/dev/null; $S volume ls -q | grep -c shop_data
"#,
        dir = dir.display()
    );
    let r = crate::network::in_netns(&t, &img, &script);
    assert_eq!(
        r.lines(),
        [
            "up: 0",
            "3",
            "shop-db-1 db running",
            "shop-web-1 web running",
            "shop-worker-1 worker running",
            "shop-worker-2 worker running",
            "4",
            "db",
            "web",
            "worker",
            "db-resolves",
            "yes",
            "alias-resolves",
            "s3cret",
            "hello-world",
            "shop-db-1  | db up",
            "db up",
            "one-off",
            "0",
            "1",
            "1",
            "hello-changed",
            "shop-worker-1",
            "shop-db-1 exited",
            "shop-db-1 running",
            "1",
            "down: 0",
            "0",
            "0",
            "1",
            "s3cret",
            "0",
        ],
        "{r}"
    );
}

#[test]
fn issue15_attached_up_follows_output_and_stops_on_exit_or_interrupt() {
    let (_reg, t, img) = crate::run::busybox_store();
    let dir = project(
        &t,
        "att",
        &[(
            "compose.yaml",
            &format!(
                r#"services:
  a:
    image: {img}
    network_mode: none
    command: sh -c 'for i in 1 2 3; do echo a $$i; sleep 0.2; done; exit 3'
  b:
    image: {img}
    network_mode: none
    command: sh -c 'echo b up; exec sleep 60'
    init: true
    environment: {{BX: "${{BX:-1}}"}}
  c:
    image: {img}
    network_mode: none
    command: sleep 60
    init: true
    attach: false
    depends_on:
      b: {{condition: service_started, restart: true}}
  quiet:
    image: {img}
    network_mode: none
    command: sh -c 'echo never shown; exec sleep 60'
    init: true
    attach: false
"#
            ),
        )],
    );
    // the first container to end stops the rest; its code is up's
    let r = compose(&t, &dir, &["up", "--abort-on-container-exit"], &[]);
    assert_eq!(r.code, 3, "{r}");
    let mut out = r.lines();
    out.sort();
    assert_eq!(
        out,
        [
            "att-a-1  | a 1",
            "att-a-1  | a 2",
            "att-a-1  | a 3",
            "att-a-1 exited with code 3",
            "att-b-1  | b up",
            "att-b-1 exited with code 143",
        ],
        "{r}"
    );
    assert!(r.stderr.contains("Aborting on container exit..."), "{r}");
    // --attach: only that service's output
    let r = compose(
        &t,
        &dir,
        &["up", "--attach", "a", "--abort-on-container-exit"],
        &[],
    );
    assert_eq!(r.code, 3, "{r}");
    assert!(!r.stdout.contains("b up"), "{r}");
    assert_eq!(r.stdout.matches("att-a-1  | a ").count(), 3, "{r}");
    // (the services not followed are stopped too)
    let ps = compose(&t, &dir, &["ps", "-q"], &[]);
    assert_eq!(ps.stdout, "", "{ps}");
    // --exit-code-from: that service's code; only this run's output is shown
    let r = compose(
        &t,
        &dir,
        &["up", "--exit-code-from", "b", "--no-log-prefix"],
        &[],
    );
    assert_eq!(r.code, 143, "{r}");
    assert_eq!(r.stdout.matches("a 1").count(), 1, "{r}");
    // Ctrl-C: the containers are stopped, status 130
    let mut c = t.cmd(&["compose", "up", "b"]);
    c.current_dir(&dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = c.spawn().unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while std::time::Instant::now() < deadline {
        let ps = compose(&t, &dir, &["ps", "--format", "{{.Name}}"], &[]);
        if ps.stdout.contains("att-b-1") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    std::thread::sleep(std::time::Duration::from_millis(300));
    // (as the user too, the child is skiff itself: unshare and setpriv exec it)
    interrupt(child.id());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(130), "{err}");
    assert!(err.contains("Gracefully stopping..."), "{err}");
    let ps = compose(&t, &dir, &["ps", "-q"], &[]);
    assert_eq!(ps.stdout, "", "{ps}");
    // depends_on restart: true — replacing b restarts c, which is otherwise unchanged
    let r = compose(&t, &dir, &["up", "-d", "c"], &[]);
    assert_eq!(r.code, 0, "{r}");
    let r = compose(&t, &dir, &["up", "-d", "c"], &[("BX", "2")]);
    assert!(r.stderr.contains("Container att-b-1  Recreated"), "{r}");
    assert!(r.stderr.contains("Container att-c-1  Restarting"), "{r}");
    assert_eq!(compose(&t, &dir, &["down"], &[]).code, 0);
    assert_eq!(t.ok(&["ps", "-aq"]).stdout, "");
}

/// SIGINT to `pid` through kill(1).
fn interrupt(pid: u32) {
    let st = std::process::Command::new("kill")
        .args(["-INT", &pid.to_string()])
        .status()
        .unwrap();
    assert!(st.success());
}

#[test]
fn issue15_dependencies_builds_and_bad_services() {
    let (_reg, t, img) = crate::run::busybox_store();
    let dir = project(
        &t,
        "deps",
        &[
            (
                "compose.yaml",
                &format!(
                    r#"services:
  init:
    image: {img}
    network_mode: none
    command: sh -c 'exit ${{INIT_CODE:-0}}'
  app:
    build:
      context: ./app
      args: {{WHO: compose}}
      secrets: [buildpw]
    network_mode: none
    command: sh -c 'cat /built; exec sleep 60'
    stop_grace_period: 1s
    depends_on:
      init: {{condition: service_completed_successfully}}
secrets:
  buildpw: {{file: ./buildpw.txt}}
"#
                ),
            ),
            (
                "app/Dockerfile",
                &format!(
                    "FROM {img}\nARG WHO\nRUN echo built-by-$WHO > /built\nRUN --mount=type=secret,id=buildpw cat /run/secrets/buildpw > /seen\n"
                ),
            ),
            ("buildpw.txt", "build-secret\n"),
        ],
    );
    let r = compose(&t, &dir, &["up", "-d"], &[]);
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains(" Container deps-init-1  Exited"), "{r}");
    // (the container's first line may come a moment after `up -d` returned)
    let mut r = compose(&t, &dir, &["logs", "app"], &[]);
    for _ in 0..50 {
        if !r.stdout.is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
        r = compose(&t, &dir, &["logs", "app"], &[]);
    }
    assert_eq!(r.lines(), ["deps-app-1  | built-by-compose"], "{r}");
    // the build saw the file secret
    let r = compose(&t, &dir, &["exec", "-T", "app", "cat", "/seen"], &[]);
    assert_eq!(r.stdout, "build-secret\n", "{r}");
    // a changed Dockerfile: --build rebuilds and the container is replaced; without it,
    // the existing image is kept
    let df = dir.join("app/Dockerfile");
    std::fs::write(
        &df,
        format!("FROM {img}\nARG WHO\nRUN echo rebuilt-by-$WHO > /built\n"),
    )
    .unwrap();
    t.give(&df);
    let r = compose(&t, &dir, &["up", "-d"], &[]);
    assert!(r.stderr.contains("Container deps-app-1  Running"), "{r}");
    let r = compose(&t, &dir, &["up", "-d", "--build"], &[]);
    assert!(r.stderr.contains("Container deps-app-1  Recreated"), "{r}");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let mut r = compose(&t, &dir, &["logs", "app"], &[]);
    while r.stdout.is_empty() && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(100));
        r = compose(&t, &dir, &["logs", "app"], &[]);
    }
    assert_eq!(r.lines(), ["deps-app-1  | rebuilt-by-compose"], "{r}");
    let r = compose(
        &t,
        &dir,
        &["run", "--rm", "--no-deps", "app", "cat", "/built"],
        &[],
    );
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (0, "rebuilt-by-compose\n"),
        "{r}"
    );
    // the image is the project's, and goes with down --rmi local
    t.ok(&["image", "inspect", "deps-app"]);
    let r = compose(&t, &dir, &["down", "--rmi", "local"], &[]);
    assert_eq!(r.code, 0, "{r}");
    assert_ne!(t.run(&["image", "inspect", "deps-app"]).code, 0);
    // a dependency that fails stops the dependent from starting
    let r = compose(&t, &dir, &["up", "-d"], &[("INIT_CODE", "4")]);
    assert_eq!(r.code, 1, "{r}");
    error_after_progress(
        &r,
        &["service \"init\" didn't complete successfully: exit 4"],
    );
    let ps = compose(
        &t,
        &dir,
        &["ps", "-a", "--format", "{{.Name}} {{.State}}"],
        &[],
    );
    assert_eq!(
        ps.lines(),
        ["deps-init-1 exited", "deps-app-1 created"],
        "{ps}"
    );
    assert_eq!(compose(&t, &dir, &["down"], &[]).code, 0);
    // bad services: one line naming service and key, status 1, nothing made
    let bad = t.dir.path().join("deps/bad.yaml");
    for (text, words) in [
        (
            "services:\n  a:\n    image: x\n    bogus: 1\n",
            vec!["bad.yaml:4: ", "\"a\"", "bogus"],
        ),
        (
            "services:\n  a:\n    image: x\n    volumes: [\"nope:/x\"]\n",
            vec!["bad.yaml:4: ", "undefined volume nope"],
        ),
        (
            "services:\n  a:\n    image: x\nbogus: 1\n",
            vec!["bad.yaml:4: ", "bogus: not a top-level key"],
        ),
        (
            "services:\n  a:\n    image: x\n    ports: 80\n",
            vec!["bad.yaml:4: ", "ports: must be a list"],
        ),
        (
            "services:\n  a:\n    image: x\n    networks: [nope]\n",
            vec!["bad.yaml:4: ", "undefined network nope"],
        ),
        (
            "services:\n  a:\n    image: x\n    mem_limit: lots\n",
            vec!["\"a\"", "lots"],
        ),
    ] {
        std::fs::write(&bad, text).unwrap();
        t.give(&bad);
        let r = compose(&t, &dir, &["-f", "bad.yaml", "up", "-d"], &[]);
        assert_eq!(r.code, 1, "{text}: {r}");
        error_after_progress(&r, &words);
    }
    assert_eq!(t.ok(&["ps", "-aq"]).stdout, "");
}

/// One `Error:` line, the last on stderr (after compose's progress lines), with `words`.
fn error_after_progress(r: &Run, words: &[&str]) {
    let errors: Vec<&str> = r
        .stderr
        .lines()
        .filter(|l| l.starts_with("Error:"))
        .collect();
    assert_eq!(errors.len(), 1, "{r}");
    assert_eq!(r.stderr.lines().last(), Some(errors[0]), "{r}");
    for w in words {
        assert!(errors[0].contains(w), "{w:?} not in: {r}");
    }
}

#[test]
fn issue15_include_extends_secrets_configs_and_profiles() {
    let (_reg, t, img) = crate::run::busybox_store();
    let dir = project(
        &t,
        "inc",
        &[
            (
                "compose.yaml",
                &format!(
                    r#"include: [lib/compose.yaml]
x-base: &base
  image: {img}
  network_mode: none
  init: true
services:
  app:
    extends: {{service: common, file: common.yaml}}
    command: sh -c 'cat /run/secrets/pw /run/secrets/tok /app.conf /etc/k.conf; echo $$LEVEL; cat /lib-data/x /h/f; exec sleep 60'
    environment: {{LEVEL: app}}
    secrets: [pw, {{source: tok}}]
    configs: [{{source: conf, target: /app.conf}}, {{source: k, target: /etc/k.conf}}]
    volumes: ["./lib/data:/lib-data:ro", "hostdir:/h"]
  debug:
    <<: *base
    command: sleep 60
    profiles: [debug]
    pid: host
    ipc: host
secrets:
  pw: {{file: ./pw.txt}}
  tok: {{environment: TOKEN}}
configs:
  conf: {{content: "conf-from-content"}}
  k: {{file: ./k.conf}}
volumes:
  hostdir:
    driver: local
    driver_opts: {{type: none, o: bind, device: ./hostdir}}
version: "3.9"
"#
                ),
            ),
            (
                "common.yaml",
                &format!(
                    "services:\n  common:\n    image: {img}\n    network_mode: none\n    init: true\n    environment: {{LEVEL: common, KEEP: kept}}\n"
                ),
            ),
            (
                "lib/compose.yaml",
                &format!(
                    "services:\n  helper:\n    image: {img}\n    network_mode: none\n    init: true\n    command: sh -c 'cat /data/x; exec sleep 60'\n    volumes: [\"./data:/data\"]\n"
                ),
            ),
            ("lib/data/x", "from-lib\n"),
            ("hostdir/f", "from-hostdir\n"),
            ("pw.txt", "pw-from-file\n"),
            ("k.conf", "k-from-file\n"),
        ],
    );
    let r = compose(&t, &dir, &["config", "--services"], &[]);
    assert_eq!(r.lines(), ["app", "debug", "helper"], "{r}");
    let r = compose(&t, &dir, &["config", "--profiles"], &[]);
    assert_eq!(r.lines(), ["debug"], "{r}");
    assert!(
        r.stderr.contains("the attribute `version` is obsolete"),
        "{r}"
    );
    // the host directory is bound, no volume made for it (and down -v leaves it)
    let r = compose(&t, &dir, &["up", "-d"], &[("TOKEN", "tok-from-env")]);
    assert_eq!(r.code, 0, "{r}");
    // the profile's service is not started unless asked for
    let ps = compose(&t, &dir, &["ps", "--format", "{{.Service}}"], &[]);
    assert_eq!(ps.lines(), ["app", "helper"], "{ps}");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let mut logs;
    loop {
        logs = compose(&t, &dir, &["logs", "--no-log-prefix", "app"], &[]);
        if logs.lines().len() >= 5 || std::time::Instant::now() > deadline {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(
        logs.lines(),
        [
            "pw-from-file",
            "tok-from-envconf-from-contentk-from-file",
            "app",
            "from-lib",
            "from-hostdir"
        ],
        "{logs}"
    );
    let r = compose(
        &t,
        &dir,
        &["exec", "-T", "app", "sh", "-c", "echo $KEEP"],
        &[],
    );
    assert_eq!(r.stdout, "kept\n", "{r}");
    let r = compose(&t, &dir, &["logs", "helper"], &[]);
    assert_eq!(r.lines(), ["inc-helper-1  | from-lib"], "{r}");
    let r = compose(
        &t,
        &dir,
        &["--profile", "debug", "up", "-d"],
        &[("TOKEN", "x")],
    );
    assert_eq!(r.code, 0, "{r}");
    let ps = compose(&t, &dir, &["ps", "--format", "{{.Service}}"], &[]);
    assert_eq!(ps.lines(), ["app", "debug", "helper"], "{ps}");
    assert!(!r.stderr.contains("not supported"), "{r}");
    let r = compose(
        &t,
        &dir,
        &["exec", "-T", "debug", "cat", "/proc/1/comm"],
        &[],
    );
    assert_eq!(
        r.stdout,
        std::fs::read_to_string("/proc/1/comm").unwrap(),
        "pid: host: {r}"
    );
    // the secret's variable unset: one line naming service, key and variable
    let r = compose(&t, &dir, &["up", "-d", "--force-recreate"], &[]);
    assert_eq!(r.code, 1, "{r}");
    error_after_progress(&r, &["\"app\"", "secrets.1", "TOKEN"]);
    assert_eq!(
        compose(
            &t,
            &dir,
            &["--profile", "debug", "down", "-v", "-t", "1"],
            &[]
        )
        .code,
        0
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("hostdir/f")).unwrap(),
        "from-hostdir\n"
    );
    assert!(!t.ok(&["volume", "ls", "-q"]).stdout.contains("hostdir"));
    assert_eq!(t.ok(&["ps", "-aq"]).stdout, "");
}

#[test]
fn issue15_cp_wait_events_and_push() {
    let (reg, t, img) = crate::run::busybox_store();
    let pushed = reg.reference("test/compose-app", "v1");
    let dir = project(
        &t,
        "misc",
        &[
            (
                "compose.yaml",
                &format!(
                    r#"services:
  app:
    image: {pushed}
    build: {{context: ., target: base, dockerfile_inline: "FROM {img} AS base\nRUN echo inside > /inside\nFROM base AS extra\nRUN echo extra > /extra\n"}}
    network_mode: none
    command: sh -c 'while [ ! -f /tmp/go ]; do sleep 0.1; done; exit 7'
"#
                ),
            ),
            ("local.txt", "from-host\n"),
        ],
    );
    let r = compose(&t, &dir, &["up", "-d"], &[]);
    assert_eq!(r.code, 0, "{r}");
    // cp both ways
    let r = compose(&t, &dir, &["cp", "local.txt", "app:/tmp/local.txt"], &[]);
    assert_eq!(r.code, 0, "{r}");
    let r = compose(&t, &dir, &["cp", "app:/inside", "./got"], &[]);
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(
        std::fs::read_to_string(dir.join("got")).unwrap(),
        "inside\n"
    );
    let r = compose(
        &t,
        &dir,
        &["exec", "-T", "app", "cat", "/tmp/local.txt"],
        &[],
    );
    assert_eq!(r.stdout, "from-host\n", "{r}");
    // build.target: the stage named, not the last one
    let r = compose(
        &t,
        &dir,
        &[
            "exec",
            "-T",
            "app",
            "sh",
            "-c",
            "cat /extra 2>/dev/null || echo no-extra",
        ],
        &[],
    );
    assert_eq!(r.stdout, "no-extra\n", "{r}");
    // wait: blocks until the container ends; its code
    let mut c = t.cmd(&["compose", "wait", "app"]);
    c.current_dir(&dir);
    let waiter = std::thread::spawn(move || run_bounded(c, std::time::Duration::from_secs(30)));
    std::thread::sleep(std::time::Duration::from_millis(300));
    let r = compose(
        &t,
        &dir,
        &["exec", "-T", "app", "sh", "-c", ": > /tmp/go"],
        &[],
    );
    assert_eq!(r.code, 0, "{r}");
    let w = waiter.join().unwrap();
    assert_eq!((w.code, w.stdout.as_str()), (7, "7\n"), "{w}");
    // events of the project so far
    let r = compose(
        &t,
        &dir,
        &["events", "--json", "--since", "5m", "--until", "0s"],
        &[],
    );
    assert_eq!(r.code, 0, "{r}");
    let actions: Vec<String> = r
        .lines()
        .iter()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["action"]
                .as_str()
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    for want in ["create", "start", "die"] {
        assert!(
            actions.iter().any(|a| a == want),
            "{want} not in {actions:?}"
        );
    }
    assert!(r.stdout.contains("\"service\":\"app\""), "{r}");
    // push: the service's image to its registry
    let r = compose(&t, &dir, &["--progress", "quiet", "push", "-q"], &[]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""), "{r}");
    // a terminal's display (forced): a header counting what is done, redrawn in place
    let r = compose(&t, &dir, &["--progress", "tty", "down"], &[]);
    assert_eq!(r.code, 0, "{r}");
    assert!(r.stderr.contains("[+] Running 1/1"), "{r}");
    assert!(r.stderr.contains("\x1b[2A"), "{r}");
    assert!(r.stderr.contains("✔ Container misc-app-1  Removed"), "{r}");
    t.ok(&["rmi", &pushed]);
    t.ok(&["pull", "-q", &pushed]);
    let r = t.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        &pushed,
        "cat",
        "/inside",
    ]);
    assert_eq!(r.stdout, "inside\n");
}

#[test]
fn issue15_custom_networks_isolate_and_scale_names_replicas() {
    crate::require_root!();
    let (_reg, t, img) = crate::run::busybox_store();
    t.write_config("[network]\ndefault-network = \"skiff\"\n");
    let dir = project(
        &t,
        "nets",
        &[(
            "compose.yaml",
            &format!(
                r#"x-svc: &svc
  image: {img}
  init: true
  command: sleep 300
services:
  web:
    <<: *svc
    networks: [front]
  api:
    <<: *svc
    networks:
      front: {{}}
      back: {{aliases: [backend]}}
  db:
    <<: *svc
    networks:
      back: {{ipv4_address: 10.123.0.50}}
networks:
  front: {{}}
  back:
    internal: true
    ipam:
      config: [{{subnet: 10.123.0.0/24}}]
"#
            ),
        )],
    );
    let script = format!(
        r#"cd '{dir}'
$S compose up -d --scale web=3 2>/dev/null; echo up: $?
$S compose ps --format '{{{{.Name}}}}' web
$S compose exec -T web sh -c 'ping -c1 -W2 api >/dev/null && echo web-api; ping -c1 -W1 db >/dev/null 2>&1 || echo web-no-db'
$S compose exec -T --index 3 web sh -c 'ping -c1 -W2 api >/dev/null && echo web3-api'
$S compose exec -T api sh -c 'ping -c1 -W2 db >/dev/null && echo api-db; ping -c1 -W2 web >/dev/null && echo api-web'
$S compose exec -T db sh -c 'ping -c1 -W2 backend >/dev/null && echo db-backend'
$S inspect -f '{{{{.NetworkSettings.Networks.nets_back.IPAddress}}}}' nets-db-1
$S network inspect -f '{{{{.Name}}}} {{{{.Internal}}}}' nets_back
$S compose up -d 2>/dev/null; $S compose ps -q web | wc -l
$S compose down 2>/dev/null; echo down: $?
$S network ls --format '{{{{.Name}}}}' | grep -c nets_
"#,
        dir = dir.display()
    );
    let r = crate::network::in_netns(&t, &img, &script);
    assert_eq!(
        r.lines(),
        [
            "up: 0",
            "nets-web-1",
            "nets-web-2",
            "nets-web-3",
            "web-api",
            "web-no-db",
            "web3-api",
            "api-db",
            "api-web",
            "db-backend",
            "10.123.0.50",
            "nets_back true",
            "1",
            "down: 0",
            "0",
        ],
        "{r}"
    );
}

/// `pid: service:NAME` and `ipc: service:NAME` share that service's namespaces, and it is
/// started first though no `depends_on` says so (compose's implicit dependencies).
#[test]
fn issue16_pid_and_ipc_of_another_service() {
    crate::require_root!();
    let (_reg, t, img) = crate::run::busybox_store();
    let dir = project(
        &t,
        "ns",
        &[(
            "compose.yaml",
            &format!(
                r#"services:
  debug:
    image: {img}
    network_mode: none
    pid: service:app
    ipc: service:app
    command: sleep 300
    stop_signal: SIGKILL
  app:
    image: {img}
    network_mode: none
    command: sh -c 'echo from-app > /dev/shm/f; exec sleep 300'
    stop_signal: SIGKILL
"#
            ),
        )],
    );
    let r = compose(&t, &dir, &["up", "-d"], &[]);
    assert_eq!(r.code, 0, "{r}");
    let r = compose(
        &t,
        &dir,
        &[
            "exec",
            "debug",
            "sh",
            "-c",
            "cat /dev/shm/f; tr '\\0' ' ' < /proc/1/cmdline; echo",
        ],
        &[],
    );
    assert_eq!(r.lines(), ["from-app", "sleep 300 "], "{r}");
    let r = compose(&t, &dir, &["down"], &[]);
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(t.ok(&["ps", "-aq"]).stdout, "");
}
