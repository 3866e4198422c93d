//! Issue 15 (compose, in progress): `skiff compose config` loads a project as docker
//! compose does — files found from the working directory up with their override file,
//! `-f` (and `-f -`), `.env` under the environment, the project name's sources — and
//! refuses bad input with one line and compose's status 1.

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
