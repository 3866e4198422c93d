//! Issue 2: the command line itself — exit codes, one-line errors, references, global
//! options, version, the static binary, and generated man pages and completions.

use std::path::Path;
use std::process::Command;

use crate::support::{SKIFF, TestRoot};

#[test]
fn issue2_invalid_references_exit_125_naming_the_bad_part_and_write_nothing() {
    let t = TestRoot::new();
    let long_tag = format!("busybox:{}", "t".repeat(129));
    let cases: &[(&str, &str)] = &[
        ("BusyBox", "must be lowercase"),
        ("docker.io/Library/busybox", "must be lowercase"),
        ("busybox:-bad", "\"-bad\""),
        ("busybox:a+b", "\"a+b\""),
        (&long_tag, "longer than 128"),
        ("busybox@sha256:abc", "sha256:abc"),
        ("busybox@md5:0123456789abcdef0123456789abcdef", "md5"),
        ("a..b/c", "\"a..b\""),
        ("", "empty"),
    ];
    for (input, words) in cases {
        let r = t.fails(&["pull", input], 125);
        r.one_error_line(&["invalid", words]);
    }
    assert!(!t.root().exists(), "a rejected reference writes nothing");
}

#[test]
fn issue2_usage_errors_help_and_version() {
    let t = TestRoot::new();
    t.fails(&["frobnicate"], 125)
        .one_error_line(&["frobnicate"]);
    t.fails(&["images", "--bogus"], 125)
        .one_error_line(&["--bogus"]);
    t.fails(&["pull"], 125).one_error_line(&[]);
    let help = t.ok(&["--help"]);
    assert!(
        help.stdout.contains("pull") && help.stdout.contains("images"),
        "{help}"
    );
    assert!(t.ok(&[]).stdout.contains("Usage:"));
    assert_eq!(
        t.ok(&["--version"]).stdout,
        format!("skiff version {}\n", env!("CARGO_PKG_VERSION"))
    );
    let v = t.ok(&["version", "--format", "{{.Client.Version}} {{.Client.Os}}"]);
    assert_eq!(v.stdout, format!("{} linux\n", env!("CARGO_PKG_VERSION")));
    assert!(t.ok(&["version"]).stdout.contains("Daemonless:  true"));
    assert!(!t.root().exists(), "version and help never touch the store");
}

#[test]
fn issue2_root_from_env_and_info() {
    let t = TestRoot::new();
    let alt = t.dir.path().join("alt-root");
    let out = Command::new(SKIFF)
        .args([
            "info",
            "--format",
            "{{.DockerRootDir}} {{.Images}} {{.Driver}}",
        ])
        .env("SKIFF_ROOT", &alt)
        .env("HOME", t.dir.path())
        .env("XDG_CONFIG_HOME", t.dir.path().join("config"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("{} 0 overlay", alt.display())
    );
    let info = t.ok(&["info"]);
    for key in [
        "Storage Driver: overlay",
        "Cgroup Version:",
        "Root Dir:",
        "Insecure Registries: 127.0.0.0/8",
    ] {
        assert!(info.stdout.contains(key), "{key}\n{info}");
    }
    let js = t.ok(&["system", "info", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&js.stdout).unwrap();
    assert_eq!(v["Images"], 0);
}

#[test]
fn issue2_bad_config_is_one_clear_error() {
    let t = TestRoot::new();
    t.write_config("registry-mirrors = \"not a list\"\n");
    t.fails(&["images"], 125).one_error_line(&["config.toml"]);
    t.write_config("unknown-key = 1\n");
    t.fails(&["images"], 125).one_error_line(&["unknown-key"]);
}

#[test]
fn issue2_log_level_debug_shows_what_happens() {
    let t = TestRoot::new();
    let closed = crate::support::free_port();
    let r = t.fails(
        &[
            "--log-level",
            "debug",
            "pull",
            &format!("127.0.0.1:{closed}/a/b"),
        ],
        125,
    );
    assert!(r.stderr.lines().any(|l| l.starts_with("debug: ")), "{r}");
    t.fails(&["--log-level", "loud", "images"], 125);
}

#[test]
fn issue2_binary_is_static() {
    let out = Command::new("ldd").arg(SKIFF).output().expect("ldd");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.contains("not a dynamic executable") || text.contains("statically linked"),
        "{text}"
    );
}

/// Regenerates man pages and completions from the clap definitions and compares them with
/// man/ and completions/. `SKIFF_BLESS=1 cargo test --test e2e docs` rewrites them.
#[test]
fn issue2_docs_man_pages_and_completions_are_current() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bless = std::env::var_os("SKIFF_BLESS").is_some();
    let tmp = tempfile::tempdir().unwrap();
    let out = if bless {
        repo.to_path_buf()
    } else {
        tmp.path().to_path_buf()
    };
    generate_docs(&out.join("man"), &out.join("completions"));
    if bless {
        return;
    }
    for sub in ["man", "completions"] {
        let want = listing(&tmp.path().join(sub));
        let have = listing(&repo.join(sub));
        assert_eq!(
            have.keys().collect::<Vec<_>>(),
            want.keys().collect::<Vec<_>>(),
            "{sub}/ is stale: run `SKIFF_BLESS=1 cargo test --test e2e docs`"
        );
        for (name, content) in &want {
            assert!(
                have.get(name) == Some(content),
                "{sub}/{name} is stale: run `SKIFF_BLESS=1 cargo test --test e2e docs`"
            );
        }
    }
}

fn listing(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| {
                    (
                        e.file_name().to_string_lossy().into_owned(),
                        std::fs::read(e.path()).unwrap(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn generate_docs(man: &Path, completions: &Path) {
    use clap_complete::{Shell, generate};
    for d in [man, completions] {
        if d.exists() {
            std::fs::remove_dir_all(d).unwrap();
        }
        std::fs::create_dir_all(d).unwrap();
    }
    let mut cmd = skiff::cli::command();
    cmd.build();
    write_man(&cmd, "skiff", man);
    for (shell, file) in [
        (Shell::Bash, "skiff.bash"),
        (Shell::Zsh, "_skiff"),
        (Shell::Fish, "skiff.fish"),
    ] {
        let mut buf = Vec::new();
        generate(shell, &mut skiff::cli::command(), "skiff", &mut buf);
        std::fs::write(completions.join(file), buf).unwrap();
    }
}

fn write_man(cmd: &clap::Command, name: &str, dir: &Path) {
    let named: &'static str = Box::leak(name.to_string().into_boxed_str());
    let page = cmd.clone().name(named).version(env!("CARGO_PKG_VERSION"));
    let mut buf = Vec::new();
    clap_mangen::Man::new(page).render(&mut buf).unwrap();
    std::fs::write(dir.join(format!("{name}.1")), buf).unwrap();
    for sub in cmd.get_subcommands() {
        if sub.get_name() == "help" {
            continue;
        }
        write_man(sub, &format!("{name}-{}", sub.get_name()), dir);
    }
}

/// docs/FLAGS.md (docker's and podman's flags per command, from contrib/flag-table.py) says
/// ✓ exactly for the flags skiff's CLI has.
#[test]
fn issue16_flag_table_is_true() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(repo.join("docs/FLAGS.md")).unwrap();
    let mut root = skiff::cli::command();
    root.build();
    let mut checked = 0;
    let mut wrong = Vec::new();
    let mut cmd: Option<clap::Command> = None;
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("## ") {
            let mut c = root.clone();
            for word in name.split_whitespace() {
                c = c
                    .find_subcommand(word)
                    .unwrap_or_else(|| panic!("skiff has no command {name:?}"))
                    .clone();
            }
            cmd = Some(c);
            continue;
        }
        let Some(c) = &cmd else { continue };
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let [_, flag, _docker, _podman, skiff, _] = cells.as_slice() else {
            continue;
        };
        let Some(long) = flag.strip_prefix("`--").and_then(|f| f.strip_suffix('`')) else {
            continue;
        };
        let has = c.get_arguments().any(|a| {
            a.get_long() == Some(long) || a.get_visible_aliases().is_some_and(|v| v.contains(&long))
        });
        checked += 1;
        if has != (*skiff == "✓") {
            wrong.push(format!("{}: --{long} says {skiff}", c.get_name()));
        }
    }
    assert!(checked > 500, "the table was read ({checked} rows)");
    assert!(
        wrong.is_empty(),
        "docs/FLAGS.md is not true (rerun contrib/flag-table.py):\n{}",
        wrong.join("\n")
    );
}
