//! Property ("fuzz") tests of the parsers that eat untrusted input (issue 13): image
//! references, Dockerfiles and their variable expansion, .dockerignore patterns, layer
//! tars and whiteouts, manifests, indexes and configs, `-p`/`--mount`/`-v`, `--format`
//! templates and image archives. Each runs a bounded number of random inputs and random
//! mutations of the small seed corpora in `fuzz/corpus/`, and checks: no panic, an
//! answer in bounded time, and — for whatever writes files — nothing outside its target
//! directory. Test-only; failures are not persisted into the tree.

mod archives;
mod json;
mod tars;
mod text;

use proptest::prelude::*;
use proptest::test_runner::Config;

/// Cases per property: enough to find the classes seen so far, small enough for CI.
pub fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 256,
        ..Config::default()
    }
}

/// The seed files of `fuzz/corpus/TARGET/` (their lines, when `lines`).
pub fn corpus(target: &str, lines: bool) -> Vec<Vec<u8>> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for f in files {
        let data = std::fs::read(&f).unwrap_or_default();
        if lines {
            out.extend(
                data.split(|b| *b == b'\n')
                    .filter(|l| !l.is_empty())
                    .map(<[u8]>::to_vec),
            );
        } else {
            out.push(data);
        }
    }
    assert!(!out.is_empty(), "empty corpus {}", dir.display());
    out
}

/// One seed with up to eight random edits: a byte changed, a token or byte inserted, a
/// range deleted or doubled, the tail cut.
pub fn mutated(
    seeds: Vec<Vec<u8>>,
    tokens: &'static [&'static str],
) -> impl Strategy<Value = Vec<u8>> {
    let n = seeds.len();
    let edit = (0u8..6, any::<usize>(), any::<usize>(), any::<u8>());
    (0..n, proptest::collection::vec(edit, 0..8)).prop_map(move |(i, edits)| {
        let mut b = seeds[i].clone();
        for (op, at, len, byte) in edits {
            let at = if b.is_empty() { 0 } else { at % (b.len() + 1) };
            let len = len % 16;
            let end = (at + len).min(b.len());
            match op {
                0 if at < b.len() => b[at] = byte,
                1 => {
                    let t = tokens[usize::from(byte) % tokens.len()].as_bytes();
                    b.splice(at..at, t.iter().copied());
                }
                2 => b.insert(at, byte),
                3 => {
                    b.drain(at..end);
                }
                4 => {
                    let piece = b[at..end].to_vec();
                    b.splice(at..at, piece);
                }
                _ => b.truncate(at),
            }
        }
        b
    })
}

/// Text made of `tokens`, the pieces a parser cares about, in any order.
pub fn soup(tokens: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(tokens), 0..max).prop_map(|v| v.concat())
}
