//! Test images built in memory from Debian's busybox-static: layers as tars (gzip, zstd or
//! plain), configs and manifests with real digests, as a registry would serve them.

use std::io::Write;
use std::sync::OnceLock;

use serde_json::{Value, json};
use sha2::{Digest as _, Sha256};
pub use tar::EntryType;
use tar::Header;

pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
pub const DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
pub const DOCKER_LAYER: &str = "application/vnd.docker.image.rootfs.diff.tar.gzip";
pub const OCI_LAYER_ZSTD: &str = "application/vnd.oci.image.layer.v1.tar+zstd";
pub const OCI_LAYER_GZIP: &str = "application/vnd.oci.image.layer.v1.tar+gzip";

pub fn sha256(data: &[u8]) -> String {
    let d = Sha256::digest(data);
    let hex: String = d.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Compression {
    Gzip,
    Zstd,
    None,
}

#[derive(Clone, Debug)]
pub struct Blob {
    pub media_type: String,
    pub data: Vec<u8>,
}

impl Blob {
    pub fn digest(&self) -> String {
        sha256(&self.data)
    }
    pub fn descriptor(&self) -> Value {
        json!({"mediaType": self.media_type, "digest": self.digest(), "size": self.data.len()})
    }
}

/// An image ready to push: its manifest, config and layer blobs.
#[derive(Clone, Debug)]
pub struct Image {
    pub manifest: Blob,
    pub config: Blob,
    pub layers: Vec<Blob>,
    /// Uncompressed tars (their digests are the diff IDs).
    pub tars: Vec<Vec<u8>>,
}

impl Image {
    pub fn id(&self) -> String {
        self.config.digest()
    }
    pub fn blobs(&self) -> Vec<Blob> {
        let mut v = vec![self.config.clone()];
        v.extend(self.layers.iter().cloned());
        v
    }
}

/// Builds a tar from (path, kind, data, link target, mode, uid).
pub struct TarBuilder(tar::Builder<Vec<u8>>);

impl TarBuilder {
    pub fn new() -> Self {
        TarBuilder(tar::Builder::new(Vec::new()))
    }
    pub fn entry(
        &mut self,
        path: &str,
        kind: EntryType,
        data: &[u8],
        link: &str,
        mode: u32,
        uid: u64,
    ) -> &mut Self {
        let mut h = Header::new_gnu();
        let name = path.as_bytes();
        h.as_old_mut().name[..name.len()].copy_from_slice(name);
        h.as_old_mut().linkname[..link.len()].copy_from_slice(link.as_bytes());
        h.set_entry_type(kind);
        h.set_size(data.len() as u64);
        h.set_mode(mode);
        h.set_uid(uid);
        h.set_gid(uid);
        h.set_mtime(1_700_000_000);
        h.set_device_major(0).ok();
        h.set_device_minor(0).ok();
        h.set_cksum();
        self.0.append(&h, data).expect("tar entry");
        self
    }
    pub fn dir(&mut self, path: &str) -> &mut Self {
        self.entry(path, EntryType::Directory, b"", "", 0o755, 0)
    }
    pub fn file(&mut self, path: &str, data: &[u8]) -> &mut Self {
        self.entry(path, EntryType::Regular, data, "", 0o644, 0)
    }
    pub fn symlink(&mut self, path: &str, target: &str) -> &mut Self {
        self.entry(path, EntryType::Symlink, b"", target, 0o777, 0)
    }
    pub fn hardlink(&mut self, path: &str, target: &str) -> &mut Self {
        self.entry(path, EntryType::Link, b"", target, 0o644, 0)
    }
    pub fn finish(&mut self) -> Vec<u8> {
        std::mem::replace(&mut self.0, tar::Builder::new(Vec::new()))
            .into_inner()
            .expect("tar")
    }
}

/// bin/busybox plus applet symlinks, /etc/passwd and /etc/group.
pub fn busybox_tar() -> &'static [u8] {
    static TAR: OnceLock<Vec<u8>> = OnceLock::new();
    TAR.get_or_init(|| {
        let busybox =
            std::fs::read("/bin/busybox").expect("/bin/busybox (apt-get install busybox-static)");
        let mut t = TarBuilder::new();
        t.dir("bin/").dir("etc/").dir("tmp/").dir("root/");
        t.entry("bin/busybox", EntryType::Regular, &busybox, "", 0o755, 0);
        for applet in [
            "sh", "ls", "cat", "echo", "true", "false", "sleep", "id", "env", "ps", "stat", "test",
        ] {
            t.symlink(&format!("bin/{applet}"), "busybox");
        }
        t.file(
            "etc/passwd",
            b"root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n",
        );
        t.file("etc/group", b"root:x:0:\nnogroup:x:65534:\n");
        t.finish()
    })
}

/// A busybox of another architecture's: Debian's busybox-static:arm64, which
/// `.ci/test-suite` unpacks into target/test-assets.
pub fn busybox_arm64_binary() -> Vec<u8> {
    let p =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/test-assets/busybox-arm64");
    std::fs::read(&p).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (.ci/test-suite downloads Debian's busybox-static:arm64 there)",
            p.display()
        )
    })
}

/// A busybox layer (with `uname` and `cat`) around `busybox`, for platform tests.
pub fn platform_tar(busybox: &[u8]) -> Vec<u8> {
    let mut t = TarBuilder::new();
    t.dir("bin/").dir("etc/").dir("tmp/");
    t.entry("bin/busybox", EntryType::Regular, busybox, "", 0o755, 0);
    for applet in ["sh", "cat", "echo", "uname", "true", "ls"] {
        t.symlink(&format!("bin/{applet}"), "busybox");
    }
    t.file("etc/passwd", b"root:x:0:0:root:/root:/bin/sh\n");
    t.finish()
}

/// An OCI index of a real amd64 and a real arm64 busybox (the arm64 one runs through
/// qemu-user-static).
pub fn busybox_two_platforms() -> (Blob, Image, Image) {
    let amd = build(Spec {
        oci: true,
        tars: vec![platform_tar(
            &std::fs::read("/bin/busybox").expect("/bin/busybox"),
        )],
        architecture: "amd64",
        ..Spec::default()
    });
    let arm = build(Spec {
        oci: true,
        tars: vec![platform_tar(&busybox_arm64_binary())],
        architecture: "arm64",
        ..Spec::default()
    });
    (index_of(&[(&amd, "amd64"), (&arm, "arm64")]), amd, arm)
}

/// An OCI index of these images, each for linux/ARCH.
pub fn index_of(images: &[(&Image, &str)]) -> Blob {
    let manifests: Vec<Value> = images
        .iter()
        .map(|(img, arch)| {
            let mut d = img.manifest.descriptor();
            d["platform"] = json!({"architecture": arch, "os": "linux"});
            d
        })
        .collect();
    let index = json!({
        "schemaVersion": 2,
        "mediaType": OCI_INDEX,
        "manifests": manifests,
    });
    Blob {
        media_type: OCI_INDEX.into(),
        data: serde_json::to_vec(&index).expect("index"),
    }
}

pub fn compress(tar: &[u8], c: Compression) -> Vec<u8> {
    match c {
        Compression::Gzip => {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(tar).expect("gzip");
            e.finish().expect("gzip")
        }
        Compression::Zstd => zstd::encode_all(tar, 3).expect("zstd"),
        Compression::None => tar.to_vec(),
    }
}

pub struct Spec<'a> {
    pub tars: Vec<Vec<u8>>,
    pub compression: Compression,
    pub oci: bool,
    pub architecture: &'a str,
    pub labels: Value,
    pub created: &'a str,
    pub cmd: Value,
    /// More image config fields (`Volumes`, `User`, …), merged into `config`.
    pub config: Value,
}

impl Default for Spec<'_> {
    fn default() -> Self {
        Spec {
            tars: vec![busybox_tar().to_vec()],
            compression: Compression::Gzip,
            oci: false,
            architecture: "amd64",
            labels: json!({}),
            created: "2024-01-02T03:04:05Z",
            cmd: json!(["sh"]),
            config: json!({}),
        }
    }
}

pub fn build(spec: Spec<'_>) -> Image {
    let layer_type = match (spec.oci, spec.compression) {
        (false, _) => DOCKER_LAYER,
        (true, Compression::Zstd) => OCI_LAYER_ZSTD,
        (true, Compression::Gzip) => OCI_LAYER_GZIP,
        (true, Compression::None) => "application/vnd.oci.image.layer.v1.tar",
    };
    let layers: Vec<Blob> = spec
        .tars
        .iter()
        .map(|t| Blob {
            media_type: layer_type.into(),
            data: compress(t, spec.compression),
        })
        .collect();
    let diff_ids: Vec<String> = spec.tars.iter().map(|t| sha256(t)).collect();
    let history: Vec<Value> = spec
        .tars
        .iter()
        .enumerate()
        .map(|(i, _)| json!({"created": spec.created, "created_by": format!("/bin/sh -c #(nop) ADD layer{i} in /")}))
        .chain(std::iter::once(json!({"created": spec.created, "created_by": "/bin/sh -c #(nop)  CMD [\"sh\"]", "empty_layer": true})))
        .collect();
    let mut run = json!({"Env": ["PATH=/bin"], "Cmd": spec.cmd, "Labels": spec.labels});
    if let (Some(run), Some(extra)) = (run.as_object_mut(), spec.config.as_object()) {
        run.extend(extra.clone());
    }
    let config = json!({
        "architecture": spec.architecture,
        "os": "linux",
        "created": spec.created,
        "config": run,
        "rootfs": {"type": "layers", "diff_ids": diff_ids},
        "history": history,
    });
    let config = Blob {
        media_type: if spec.oci {
            "application/vnd.oci.image.config.v1+json".into()
        } else {
            "application/vnd.docker.container.image.v1+json".into()
        },
        data: serde_json::to_vec(&config).expect("config"),
    };
    let manifest_type = if spec.oci {
        OCI_MANIFEST
    } else {
        DOCKER_MANIFEST
    };
    let manifest = json!({
        "schemaVersion": 2,
        "mediaType": manifest_type,
        "config": config.descriptor(),
        "layers": layers.iter().map(Blob::descriptor).collect::<Vec<_>>(),
    });
    Image {
        manifest: Blob {
            media_type: manifest_type.into(),
            data: serde_json::to_vec(&manifest).expect("manifest"),
        },
        config,
        layers,
        tars: spec.tars,
    }
}

/// The plain one-layer busybox image (gzip, Docker schema 2).
pub fn busybox() -> Image {
    build(Spec::default())
}

/// busybox plus a second layer exercising whiteouts, an opaque dir, hard links, symlinks,
/// ownership and modes, and a third adding files under the opaque dir.
pub fn multilayer() -> Image {
    let base = {
        let mut t = TarBuilder::new();
        t.dir("data/")
            .file("data/keep", b"keep")
            .file("data/gone", b"gone");
        t.dir("opq/").file("opq/old1", b"1").file("opq/old2", b"2");
        t.finish()
    };
    let changes = {
        let mut t = TarBuilder::new();
        t.dir("data/").file("data/.wh.gone", b"");
        t.dir("opq/")
            .file("opq/.wh..wh..opq", b"")
            .file("opq/new", b"new");
        t.dir("etc/")
            .file("etc/h1", b"hard")
            .hardlink("etc/h2", "etc/h1")
            .symlink("etc/sym", "h1");
        t.entry("home/", EntryType::Directory, b"", "", 0o700, 1000);
        t.entry("home/owned", EntryType::Regular, b"mine", "", 0o600, 1000);
        t.entry("bin/suid", EntryType::Regular, b"x", "", 0o4755, 0);
        t.finish()
    };
    build(Spec {
        tars: vec![busybox_tar().to_vec(), base, changes],
        ..Spec::default()
    })
}

/// An index with an amd64 and an arm64 image (each a distinct config).
pub fn two_platform_index() -> (Blob, Image, Image) {
    let amd = build(Spec {
        oci: true,
        architecture: "amd64",
        ..Spec::default()
    });
    let arm = build(Spec {
        oci: true,
        architecture: "arm64",
        labels: json!({"platform": "arm64"}),
        ..Spec::default()
    });
    (index_of(&[(&arm, "arm64"), (&amd, "amd64")]), amd, arm)
}
