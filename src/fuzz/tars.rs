//! Layer tars: random streams of hostile entries (`..`, absolute names, links out of the
//! layer, whiteouts, devices, entries below a symlink) and random bytes are unpacked;
//! whatever happens, nothing is written outside the layer directory.

use std::io::Write;

use proptest::prelude::*;

use super::config;
use crate::store::unpack::{UnpackOptions, unpack};

/// Path pieces an attacker would use.
const NAMES: &[&str] = &[
    "a",
    "b",
    "..",
    ".",
    "/",
    "outside",
    "x",
    ".wh.a",
    ".wh..wh..opq",
    ".wh.",
    "link",
    "dev",
    "proc",
    "sub",
    "\u{0}",
    "é",
];
const TARGETS: &[&str] = &[
    "/",
    "..",
    "../outside",
    "../../outside/x",
    "/etc",
    "a",
    "link",
    "link/x",
    "/outside",
    "sub/../..",
];

#[derive(Clone, Debug)]
struct Entry {
    name: String,
    kind: u8,
    target: String,
    data: Vec<u8>,
    mode: u32,
}

fn entry() -> impl Strategy<Value = Entry> {
    (
        proptest::collection::vec(proptest::sample::select(NAMES), 1..4),
        0u8..8,
        proptest::sample::select(TARGETS),
        proptest::collection::vec(any::<u8>(), 0..64),
        proptest::sample::select(&[0o644u32, 0o755, 0o4755, 0o7777, 0o000][..]),
    )
        .prop_map(|(parts, kind, target, data, mode)| Entry {
            name: parts.join("/"),
            kind,
            target: target.to_string(),
            data,
            mode,
        })
}

/// A tar of `entries` with their names written raw (the tar crate refuses `..`).
fn tar_of(entries: &[Entry]) -> Vec<u8> {
    let mut out = Vec::new();
    for e in entries {
        let mut h = tar::Header::new_ustar();
        let name = e.name.as_bytes();
        let n = name.len().min(99);
        h.as_old_mut().name[..n].copy_from_slice(&name[..n]);
        h.set_mode(e.mode);
        h.set_uid(u64::from(e.kind) * 1000);
        h.set_gid(0);
        h.set_mtime(0);
        let (kind, size) = match e.kind {
            0 | 1 => (tar::EntryType::Regular, e.data.len()),
            2 => (tar::EntryType::Directory, 0),
            3 => (tar::EntryType::Symlink, 0),
            4 => (tar::EntryType::Link, 0),
            5 => (tar::EntryType::Char, 0),
            6 => (tar::EntryType::Fifo, 0),
            _ => (tar::EntryType::Block, 0),
        };
        h.set_entry_type(kind);
        h.set_size(size as u64);
        if matches!(kind, tar::EntryType::Symlink | tar::EntryType::Link) {
            let t = e.target.as_bytes();
            h.as_old_mut().linkname[..t.len().min(99)].copy_from_slice(&t[..t.len().min(99)]);
        }
        h.set_cksum();
        out.extend_from_slice(h.as_bytes());
        if size > 0 {
            out.extend_from_slice(&e.data);
            out.resize(out.len().div_ceil(512) * 512, 0);
        }
    }
    out.extend_from_slice(&[0u8; 1024]);
    out
}

/// Every path below `dir`, not following links.
fn listing(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            out.push(p.display().to_string());
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                todo.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Unpacks `data` into `t/layer` beside `t/outside`: only `t/layer` may change.
fn unpack_confined(data: &[u8]) -> Result<(), TestCaseError> {
    let t = tempfile::tempdir().unwrap();
    let (layer, outside) = (t.path().join("layer"), t.path().join("outside"));
    std::fs::create_dir(&layer).unwrap();
    std::fs::create_dir(&outside).unwrap();
    std::fs::write(outside.join("x"), "keep").unwrap();
    let before = listing(&outside);
    let privileged = crate::sys::is_root();
    let _ = unpack(
        data,
        &layer,
        UnpackOptions {
            privileged,
            ..UnpackOptions::layer(false)
        },
    );
    prop_assert_eq!(listing(&outside), before);
    prop_assert_eq!(std::fs::read_to_string(outside.join("x")).unwrap(), "keep");
    let top: Vec<String> = std::fs::read_dir(t.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    prop_assert_eq!(top.len(), 2, "{:?}", top);
    Ok(())
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn hostile_layer_tars_stay_in_the_layer(entries in proptest::collection::vec(entry(), 1..12)) {
        unpack_confined(&tar_of(&entries))?;
    }

    #[test]
    fn damaged_layer_tars_stay_in_the_layer(
        entries in proptest::collection::vec(entry(), 1..6),
        cuts in proptest::collection::vec((any::<usize>(), any::<u8>()), 0..6),
        gzip in any::<bool>(),
    ) {
        let mut data = tar_of(&entries);
        for (at, b) in cuts {
            let at = at % data.len();
            data[at] = b;
        }
        if gzip {
            let mut g = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            g.write_all(&data).unwrap();
            data = g.finish().unwrap();
        }
        unpack_confined(&data)?;
    }

    #[test]
    fn random_bytes_are_no_layer(data in proptest::collection::vec(any::<u8>(), 0..2048)) {
        unpack_confined(&data)?;
    }
}
