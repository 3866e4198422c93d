use super::*;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use tar::{EntryType, Header};

/// Writes raw headers, so hostile names reach the unpacker unchanged.
struct Tar(tar::Builder<Vec<u8>>);

impl Tar {
    fn new() -> Self {
        Tar(tar::Builder::new(Vec::new()))
    }
    fn add(
        &mut self,
        path: &str,
        kind: EntryType,
        data: &[u8],
        link: &str,
        mode: u32,
    ) -> &mut Self {
        let mut h = Header::new_gnu();
        h.as_old_mut().name[..path.len()].copy_from_slice(path.as_bytes());
        h.as_old_mut().linkname[..link.len()].copy_from_slice(link.as_bytes());
        h.set_entry_type(kind);
        h.set_size(data.len() as u64);
        h.set_mode(mode);
        h.set_mtime(1_600_000_000);
        h.set_uid(0);
        h.set_gid(0);
        h.set_cksum();
        self.0.append(&h, data).unwrap();
        self
    }
    fn file(&mut self, path: &str, data: &[u8]) -> &mut Self {
        self.add(path, EntryType::Regular, data, "", 0o644)
    }
    fn dir(&mut self, path: &str) -> &mut Self {
        self.add(path, EntryType::Directory, b"", "", 0o755)
    }
    fn bytes(&mut self) -> Vec<u8> {
        std::mem::replace(&mut self.0, tar::Builder::new(Vec::new()))
            .into_inner()
            .unwrap()
    }
}

fn unpack_into(
    tar: Vec<u8>,
    privileged: bool,
) -> (tempfile::TempDir, Result<UnpackStats, UnpackError>) {
    let dir = tempfile::tempdir().unwrap();
    let opts = UnpackOptions {
        privileged,
        ..UnpackOptions::layer(false)
    };
    let r = unpack(&tar[..], dir.path(), opts).map(|(s, _)| s);
    (dir, r)
}

fn as_root() -> bool {
    if !crate::sys::is_root() {
        eprintln!("skipped: needs root");
        return false;
    }
    true
}

#[test]
fn unpacks_files_dirs_links_with_metadata() {
    let tar = Tar::new()
        .dir("./")
        .dir("etc/")
        .file("etc/hostname", b"box\n")
        .add("bin/tool", EntryType::Regular, b"#!/bin/sh\n", "", 0o4755)
        .add("etc/link", EntryType::Symlink, b"", "hostname", 0o777)
        .add("etc/hard", EntryType::Link, b"", "etc/hostname", 0o644)
        .add("ro/", EntryType::Directory, b"", "", 0o555)
        .file("ro/inside", b"x")
        .add("pipe", EntryType::Fifo, b"", "", 0o600)
        .bytes();
    let (dir, r) = unpack_into(tar, false);
    let stats = r.unwrap();
    let root = dir.path();
    assert_eq!(std::fs::read(root.join("etc/hostname")).unwrap(), b"box\n");
    assert_eq!(
        std::fs::read_link(root.join("etc/link")).unwrap(),
        Path::new("hostname")
    );
    let a = std::fs::metadata(root.join("etc/hostname")).unwrap();
    let b = std::fs::metadata(root.join("etc/hard")).unwrap();
    assert_eq!((a.ino(), a.nlink()), (b.ino(), 2));
    assert_eq!(a.mtime(), 1_600_000_000);
    assert_eq!(
        std::fs::metadata(root.join("bin/tool"))
            .unwrap()
            .permissions()
            .mode()
            & 0o7777,
        0o4755
    );
    let ro = std::fs::metadata(root.join("ro")).unwrap();
    assert_eq!(ro.permissions().mode() & 0o777, 0o555);
    assert_eq!(
        ro.mtime(),
        1_600_000_000,
        "dir mtime applied after its children"
    );
    assert!(
        std::fs::symlink_metadata(root.join("pipe"))
            .unwrap()
            .file_type()
            .is_fifo_like()
    );
    assert_eq!(stats.size, 4 + 10 + 1);
    // parent dirs missing from the tar (bin/) were created
    assert!(root.join("bin").is_dir());
}

trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}
impl FifoLike for std::fs::FileType {
    fn is_fifo_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_fifo()
    }
}

#[test]
fn dotdot_entries_refuse_the_layer() {
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("victim");
    let rel = format!("../../../../../../../..{}", victim.display());
    let tar = Tar::new().file("ok", b"1").file(&rel, b"pwned").bytes();
    let (_dir, r) = unpack_into(tar, false);
    assert!(matches!(r, Err(UnpackError::Escape(_))), "{r:?}");
    assert!(!victim.exists());
}

#[test]
fn absolute_paths_stay_inside() {
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("abs");
    let tar = Tar::new().file(&target.display().to_string(), b"x").bytes();
    let (dir, r) = unpack_into(tar, false);
    r.unwrap();
    assert!(!target.exists());
    assert!(dir.path().join(target.strip_prefix("/").unwrap()).is_file());
}

#[test]
fn writes_through_symlinks_are_contained() {
    let outside = tempfile::tempdir().unwrap();
    let out = outside.path().display().to_string();
    let tar = Tar::new()
        .add("evil", EntryType::Symlink, b"", &out, 0o777)
        .file("evil/planted", b"pwned")
        .add(
            "rel",
            EntryType::Symlink,
            b"",
            "../../../../../../..",
            0o777,
        )
        .file("rel/tmp/planted2", b"pwned")
        .bytes();
    let (dir, r) = unpack_into(tar, false);
    r.unwrap();
    assert!(
        std::fs::read_dir(outside.path()).unwrap().next().is_none(),
        "nothing written outside"
    );
    // the symlinks themselves are kept as they were in the tar
    assert_eq!(
        std::fs::read_link(dir.path().join("evil")).unwrap(),
        outside.path()
    );
    assert!(
        dir.path()
            .join(outside.path().strip_prefix("/").unwrap())
            .join("planted")
            .is_file()
    );
    assert!(dir.path().join("tmp/planted2").is_file());
}

#[test]
fn hardlinks_to_outside_are_refused() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret");
    std::fs::write(&secret, b"s").unwrap();
    let tar = Tar::new()
        .add(
            "h",
            EntryType::Link,
            b"",
            &secret.display().to_string(),
            0o644,
        )
        .bytes();
    let (dir, r) = unpack_into(tar, false);
    assert!(
        matches!(r, Err(UnpackError::HardlinkTarget { .. })),
        "{r:?}"
    );
    assert!(!dir.path().join("h").exists());
    let tar = Tar::new()
        .add("h", EntryType::Link, b"", "../x", 0o644)
        .bytes();
    assert!(matches!(
        unpack_into(tar, false).1,
        Err(UnpackError::Escape(_))
    ));
    // a link through a symlinked dir resolves inside the root, so it cannot reach `secret`
    let tar = Tar::new()
        .add(
            "d",
            EntryType::Symlink,
            b"",
            &outside.path().display().to_string(),
            0o777,
        )
        .add("h", EntryType::Link, b"", "d/secret", 0o644)
        .bytes();
    let (_dir, r) = unpack_into(tar, false);
    assert!(
        matches!(r, Err(UnpackError::HardlinkTarget { .. })),
        "{r:?}"
    );
    assert_eq!(std::fs::metadata(&secret).unwrap().nlink(), 1);
}

#[test]
fn later_entries_replace_earlier_ones() {
    let tar = Tar::new()
        .file("a", b"first")
        .file("a", b"second")
        .dir("d/")
        .file("d/x", b"x")
        .file("d", b"now a file")
        .bytes();
    let (dir, r) = unpack_into(tar, false);
    r.unwrap();
    assert_eq!(std::fs::read(dir.path().join("a")).unwrap(), b"second");
    assert_eq!(std::fs::read(dir.path().join("d")).unwrap(), b"now a file");
}

#[test]
fn unprivileged_whiteouts_keep_aufs_markers_or_use_overlay_form() {
    let tar = Tar::new()
        .dir("etc/")
        .file("etc/.wh.gone", b"")
        .dir("opq/")
        .file("opq/.wh..wh..opq", b"")
        .file("opq/new", b"n")
        .bytes();
    let (dir, r) = unpack_into(tar, false);
    let stats = r.unwrap();
    let root = dir.path();
    let gone = root.join("etc/gone");
    let marker = root.join("etc/.wh.gone");
    if stats.aufs_whiteouts {
        assert!(marker.exists() || gone.exists());
    } else {
        use std::os::unix::fs::FileTypeExt;
        assert!(
            std::fs::symlink_metadata(&gone)
                .unwrap()
                .file_type()
                .is_char_device()
        );
    }
    assert!(root.join("opq/new").is_file());
}

#[test]
fn privileged_whiteouts_opaque_owners_and_devices() {
    if !as_root() {
        return;
    }
    let mut t = Tar::new();
    t.dir("etc/")
        .file("etc/.wh.gone", b"")
        .dir("opq/")
        .file("opq/.wh..wh..opq", b"");
    t.add("dev/null", EntryType::Char, b"", "", 0o666);
    let mut h = Header::new_gnu();
    h.set_path("owned").unwrap();
    h.set_size(1);
    h.set_mode(0o2755);
    h.set_uid(1234);
    h.set_gid(5678);
    h.set_cksum();
    t.0.append(&h, &b"o"[..]).unwrap();
    let (dir, r) = unpack_into(t.bytes(), true);
    let stats = r.unwrap();
    assert!(!stats.aufs_whiteouts);
    let root = dir.path();
    use std::os::unix::fs::FileTypeExt;
    let wh = std::fs::symlink_metadata(root.join("etc/gone")).unwrap();
    assert!(wh.file_type().is_char_device());
    assert_eq!(wh.rdev(), 0);
    let mut buf = [0u8; 4];
    let n = rustix::fs::getxattr(root.join("opq"), "trusted.overlay.opaque", &mut buf[..]).unwrap();
    assert_eq!(&buf[..n], b"y");
    let owned = std::fs::metadata(root.join("owned")).unwrap();
    assert_eq!((owned.uid(), owned.gid()), (1234, 5678));
    assert_eq!(
        owned.permissions().mode() & 0o7777,
        0o2755,
        "set-id bits survive chown"
    );
    assert!(
        std::fs::symlink_metadata(root.join("dev/null"))
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

#[test]
fn xattrs_from_pax_headers_are_applied_but_not_overlay_ones() {
    let mut b = tar::Builder::new(Vec::new());
    let mut h = Header::new_ustar();
    h.set_path("f").unwrap();
    h.set_size(1);
    h.set_mode(0o644);
    h.set_cksum();
    let pax: Vec<(&str, &[u8])> = vec![
        ("SCHILY.xattr.user.skiff", b"v1"),
        ("SCHILY.xattr.user.overlay.redirect", b"/etc"),
    ];
    b.append_pax_extensions(pax).unwrap();
    b.append(&h, &b"x"[..]).unwrap();
    let (dir, r) = unpack_into(b.into_inner().unwrap(), false);
    r.unwrap();
    let f = dir.path().join("f");
    let mut buf = [0u8; 8];
    match rustix::fs::getxattr(&f, "user.skiff", &mut buf[..]) {
        Ok(n) => assert_eq!(&buf[..n], b"v1"),
        Err(rustix::io::Errno::NOTSUP) => eprintln!("filesystem without user xattrs"),
        Err(e) => panic!("{e}"),
    }
    assert!(rustix::fs::getxattr(&f, "user.overlay.redirect", &mut buf[..]).is_err());
}

#[test]
fn recorded_layer_reassembles_byte_for_byte() {
    let mut t = Tar::new();
    t.dir("etc/")
        .file("etc/passwd", b"root:x:0:0::/root:/bin/sh\n")
        .add("etc/link", EntryType::Symlink, b"", "passwd", 0o777)
        .add("etc/hard", EntryType::Link, b"", "etc/passwd", 0o644)
        .file(".wh.gone", b"")
        .file("big", &vec![5u8; 100_000]);
    // a long name goes through a GNU long-name entry
    let long = format!("{}/file", "d".repeat(150));
    let mut h = Header::new_gnu();
    h.set_size(3);
    h.set_mode(0o600);
    h.set_cksum();
    t.0.append_data(&mut h, &long, &b"abc"[..]).unwrap();
    let mut tar = t.bytes();
    tar.extend_from_slice(&[0u8; 4096]); // trailing blocks beyond the end marker
    let dir = tempfile::tempdir().unwrap();
    let layer = dir.path().join("diff");
    std::fs::create_dir(&layer).unwrap();
    let split = dir.path().join("split");
    let (stats, _) =
        unpack_recorded(&tar[..], &layer, UnpackOptions::layer(false), &split).unwrap();
    assert_eq!(stats.tar_size, tar.len() as u64);
    let mut back = Vec::new();
    crate::store::tarsplit::Reassembled::open(&split, &layer)
        .unwrap()
        .read_to_end(&mut back)
        .unwrap();
    assert_eq!(back.len(), tar.len());
    assert!(back == tar, "reassembled tar differs");
}
