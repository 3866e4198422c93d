//! The layering rule from ARCHITECTURE.md: imports point down only. L1 subsystems do not
//! import each other (the engine combines them); L0 modules may use each other.

use std::path::Path;

fn level(module: &str) -> Option<u8> {
    Some(match module {
        "cli" => 4,
        "build" | "compose" | "kube" => 3,
        "engine" => 2,
        "registry" | "store" | "state" | "spec" | "runtime" | "monitor" | "network" | "volume"
        | "secret" => 1,
        "oci" | "config" | "sys" | "util" => 0,
        _ => return None,
    })
}

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

#[test]
fn issue2_imports_point_down_only() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut violations = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(&src).unwrap();
        let first = rel
            .iter()
            .next()
            .unwrap()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        let Some(mine) = level(&first) else { continue };
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            for (i, _) in line.match_indices("crate::") {
                let rest = &line[i + "crate::".len()..];
                let target: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let Some(theirs) = level(&target) else {
                    continue;
                };
                let ok = target == first || theirs < mine || (mine == 0 && theirs == 0);
                if !ok {
                    violations.push(format!(
                        "{}:{}: {first} (L{mine}) uses {target} (L{theirs})",
                        rel.display(),
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(
        violations.is_empty(),
        "upward or sideways imports:\n{}",
        violations.join("\n")
    );
}

/// The engine is the only door: the command line, builds and compose call engine
/// functions and read the records it hands out (`engine::records`); they never hold the
/// store's, the container records' or the volumes' handles, nor reach the records' module.
#[test]
fn issue15_callers_above_the_engine_hold_no_store_handles() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for top in ["cli", "build", "compose", "kube"] {
        sources(&src.join(top), &mut files);
    }
    let forbidden = [
        "engine.store()",
        "engine.containers()",
        "engine.volumes()",
        "engine.networks()",
        "crate::state::",
        "crate::secret::",
    ];
    let mut violations = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            for bad in forbidden {
                if line.contains(bad) {
                    violations.push(format!(
                        "{}:{}: {bad}",
                        f.strip_prefix(&src).unwrap().display(),
                        n + 1
                    ));
                }
            }
        }
    }
    assert!(files.len() > 20, "the sources were read");
    // (the patterns catch the forms such calls take)
    for sample in ["let s = self.engine.store()?;", "use crate::state::Status;"] {
        assert!(forbidden.iter().any(|b| sample.contains(b)), "{sample}");
    }
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}
