//! Text parsers: references, Dockerfiles and expansion, .dockerignore, `-p`, `--mount`,
//! `-v`, `--tmpfs`, `--format` templates.

use proptest::prelude::*;

use super::{config, corpus, mutated, soup};
use crate::build::dockerfile::expand::Expander;
use crate::build::dockerfile::{Args, parse};
use crate::build::ignore::Ignore;
use crate::cli::format::Template;
use crate::oci::reference::Reference;

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

const REF_TOKENS: &[&str] = &[
    "/",
    ":",
    "@",
    "sha256:",
    ".",
    "-",
    "_",
    "__",
    "localhost",
    "127.0.0.1:5000",
    "[::1]",
    "A",
    "z",
    "0",
    "%",
    "\u{0}",
    "é",
    "..",
    "//",
    "sha512:",
];

proptest! {
    #![proptest_config(config(512))]

    /// Any text: an error or a reference that reads back as itself.
    #[test]
    fn references(b in prop_oneof![
        mutated(corpus("reference", true), REF_TOKENS),
        any::<Vec<u8>>(),
    ]) {
        let s = text(&b);
        if let Ok(r) = Reference::parse(&s, "docker.io") {
            let again = Reference::parse(&r.to_string(), "docker.io");
            prop_assert_eq!(again.as_ref(), Ok(&r), "{:?} -> {}", s, r);
        }
    }
}

const DF_TOKENS: &[&str] = &[
    "\n",
    "\\\n",
    " ",
    "${",
    "}",
    "$",
    ":-",
    ":+",
    ":?",
    "-",
    "+",
    "?",
    "\"",
    "'",
    "\\",
    "[",
    "]",
    ",",
    "<<EOF\n",
    "EOF\n",
    "<<-",
    "RUN ",
    "FROM ",
    "COPY ",
    "ARG ",
    "ENV ",
    "--mount=",
    "--from=",
    "# escape=`\n",
    "`",
    "=",
    "{",
    "${A:-${B:-${C",
    "\t",
    "\r",
];

proptest! {
    #![proptest_config(config(512))]

    /// Dockerfiles: parsed or refused, and every word expanded or refused, never a panic.
    #[test]
    fn dockerfiles(b in mutated(corpus("dockerfile", false), DF_TOKENS)) {
        let Ok(df) = parse::parse(&text(&b), "Dockerfile") else {
            return Ok(());
        };
        let env = |k: &str| match k {
            "A" => Some("1".to_string()),
            "B" => Some("two words".to_string()),
            "E" => Some(String::new()),
            _ => None,
        };
        let x = Expander { escape: df.escape, lookup: &env };
        for ins in &df.instructions {
            match &ins.args {
                Args::Shell(s) => {
                    let _ = x.words(s);
                    let _ = crate::build::dockerfile::expand::name_values(&x, s, &ins.keyword);
                }
                Args::Exec(v) => {
                    for w in v {
                        let _ = x.word(w);
                    }
                }
            }
        }
    }

    /// Expansion of words built from substitution syntax alone.
    #[test]
    fn expansions(s in soup(DF_TOKENS, 48)) {
        let env = |k: &str| (k == "A").then(|| "a b".to_string());
        let x = Expander { escape: '\\', lookup: &env };
        let _ = x.words(&s);
        let _ = x.word(&s);
    }
}

const IGNORE_TOKENS: &[&str] = &[
    "*", "**", "?", "[", "]", "^", "!", "-", "/", "\\", ".", "..", "a", "b", "\n", "#", " ", "[a-",
    "[!", "**/", "/**",
];

proptest! {
    #![proptest_config(config(512))]

    /// .dockerignore: any patterns against any path answer (quickly: the matcher is
    /// polynomial, see util::glob).
    #[test]
    fn dockerignore(
        patterns in prop_oneof![
            mutated(corpus("dockerignore", false), IGNORE_TOKENS).prop_map(|b| text(&b)),
            soup(IGNORE_TOKENS, 64),
        ],
        path in soup(&["a", "b", "/", ".", "..", "secret", "x.log", "*", "["], 24),
    ) {
        let i = Ignore::parse(&patterns);
        let _ = i.excluded(&path);
        let _ = i.has_exceptions_under(&path);
    }
}

const FLAG_TOKENS: &[&str] = &[
    ":",
    ",",
    "=",
    "-",
    "/",
    "/udp",
    "/tcp",
    "/sctp",
    "[",
    "]",
    "::1",
    "127.0.0.1",
    "0",
    "65535",
    "65536",
    "99999999999",
    "80",
    "type=",
    "bind",
    "volume",
    "tmpfs",
    "source=",
    "target=",
    "src=",
    "dst=",
    "readonly",
    "ro",
    "rw",
    "tmpfs-size=",
    "tmpfs-mode=",
    "1e9",
    "-1",
    "nocopy",
    "bind-propagation=",
    "rshared",
    "vol",
    "size=",
    "mode=",
    "z",
    "\u{0}",
];

proptest! {
    #![proptest_config(config(512))]

    /// `-p`: a list of requests or an error.
    #[test]
    fn publish_flags(s in prop_oneof![
        mutated(corpus("flags", true), FLAG_TOKENS).prop_map(|b| text(&b)),
        soup(FLAG_TOKENS, 12),
    ]) {
        if let Ok(reqs) = crate::oci::ports::parse_publish(&s) {
            for r in reqs {
                if let Some((a, b)) = r.host_ports {
                    prop_assert!(a <= b, "{s:?}");
                }
            }
        }
        let _ = crate::oci::ports::parse_exposed(&s);
    }

    /// `--mount`, `-v`, `--tmpfs`: a mount or an error. Host paths are kept inside a temp
    /// dir (a `-v` source is created when missing).
    #[test]
    fn mount_flags(s in prop_oneof![
        mutated(corpus("flags", true), FLAG_TOKENS).prop_map(|b| text(&b)),
        soup(FLAG_TOKENS, 12),
    ]) {
        use crate::engine::container::mounts::{mount_flag, tmpfs_flag, volume_flag};
        let t = tempfile::tempdir().unwrap();
        let vols = crate::volume::Volumes::open(t.path()).unwrap();
        let src = t.path().join("src");
        std::fs::create_dir_all(&src).unwrap();
        let s = s.replace("SRC", &src.display().to_string());
        // `-v /PATH:…` makes /PATH when missing: only inside the temp dir
        let first = s.split(':').next().unwrap_or("");
        if !first.starts_with('/') || first.starts_with(t.path().to_str().unwrap()) {
            let _ = volume_flag(&s, &vols);
        }
        let _ = mount_flag(&s, &vols);
        let _ = tmpfs_flag(&s);
    }
}

const TEMPLATE_TOKENS: &[&str] = &[
    "{{",
    "}}",
    "{{-",
    "-}}",
    ".",
    ".Name",
    ".Config.Labels",
    "$",
    "$x",
    ":=",
    "|",
    "(",
    ")",
    " ",
    "\"",
    "\\",
    "range ",
    "if ",
    "else",
    "end",
    "with ",
    "json",
    "index",
    "len",
    "join",
    "eq",
    "printf",
    "\"%s\"",
    "truncate",
    "split",
    "upper",
    "table ",
    "\t",
    "\\t",
    "1",
    "-1",
    "nil",
    "true",
    "/*",
    "*/",
];

proptest! {
    #![proptest_config(config(512))]

    /// `--format`: parsed or refused; a parsed template renders or errors, in bounded size.
    #[test]
    fn templates(s in prop_oneof![
        mutated(corpus("template", true), TEMPLATE_TOKENS).prop_map(|b| text(&b)),
        soup(TEMPLATE_TOKENS, 40),
    ]) {
        let doc = serde_json::json!({
            "ID": "0123456789abcdef", "Name": "web/1", "Names": ["a", "b"],
            "Config": {"Labels": {"a": "1", "b": "\u{1b}[2J"}},
            "State": {"Status": "running", "Paused": false},
            "NetworkSettings": {"IPAddress": "10.0.0.2"},
        });
        if let Ok(out) = Template::parse(&s).and_then(|t| t.render(&doc)) {
            prop_assert!(out.len() < 64 * 1024, "{} bytes from {s:?}", out.len());
            // the user's own literal text may hold anything; values never bring an escape
            prop_assert!(s.contains('\u{1b}') || !out.contains('\u{1b}'), "raw escape from {s:?}");
        }
    }
}

/// Deep nesting is refused, not a stack overflow.
#[test]
fn deep_nesting_is_refused() {
    let deep_if = "{{if 1}}".repeat(100_000);
    assert!(Template::parse(&deep_if).is_err());
    let deep_paren = format!("{{{{{}1{}}}}}", "(".repeat(100_000), ")".repeat(100_000));
    assert!(Template::parse(&deep_paren).is_err());
    let deep_var = format!(
        "X=${{A:-{}x{}",
        "${A:-".repeat(100_000),
        "}".repeat(100_001)
    );
    let env = |_: &str| None;
    let x = Expander {
        escape: '\\',
        lookup: &env,
    };
    assert!(x.word(&deep_var).is_err());
}
