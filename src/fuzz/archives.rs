//! Image archives (`load`): random member names and links in a tar are read through the
//! archive reader, which copies members into its work dir and nowhere else.

use proptest::prelude::*;

use super::config;
use crate::engine::image::archive::reader::ArchiveReader;

const NAMES: &[&str] = &[
    "manifest.json",
    "index.json",
    "oci-layout",
    "blobs/sha256/aa",
    "../x",
    "/etc/passwd",
    "a/../../b",
    "layer.tar",
    "./repositories",
    "l/..",
    "link",
];

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn archive_members_stay_in_the_work_dir(
        members in proptest::collection::vec(
            (proptest::sample::select(NAMES), 0u8..3, proptest::sample::select(NAMES),
             proptest::collection::vec(any::<u8>(), 0..32)),
            0..10,
        ),
    ) {
        let mut data = Vec::new();
        for (name, kind, target, body) in &members {
            let mut h = tar::Header::new_ustar();
            h.as_old_mut().name[..name.len()].copy_from_slice(name.as_bytes());
            h.set_mode(0o644);
            let (kind, size) = match kind {
                0 => (tar::EntryType::Regular, body.len()),
                1 => (tar::EntryType::Symlink, 0),
                _ => (tar::EntryType::Link, 0),
            };
            h.set_entry_type(kind);
            h.set_size(size as u64);
            if size == 0 {
                h.as_old_mut().linkname[..target.len()].copy_from_slice(target.as_bytes());
            }
            h.set_cksum();
            data.extend_from_slice(h.as_bytes());
            data.extend_from_slice(&body[..size]);
            data.resize(data.len().div_ceil(512) * 512, 0);
        }
        data.extend_from_slice(&[0u8; 1024]);
        let t = tempfile::tempdir().unwrap();
        let work = t.path().join("work");
        std::fs::create_dir(&work).unwrap();
        if let Ok(r) = ArchiveReader::from_stream(&data[..], &work) {
            for n in NAMES {
                let _ = r.contains(n);
                let _ = r.read_small(n, 1 << 20);
                if let Ok((mut rd, _)) = r.open(n) {
                    let _ = std::io::copy(&mut rd, &mut std::io::sink());
                }
            }
        }
        let top: Vec<String> = std::fs::read_dir(t.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        prop_assert_eq!(top, vec!["work".to_string()]);
    }
}
