use super::*;
use crate::oci::runtime::Device;
use crate::sys::kernel::Recording;
use crate::sys::rooted::RootDir;
use std::path::Path;

fn spec() -> RuntimeSpec {
    RuntimeSpec::default()
}

fn ats(p: &[Step]) -> Vec<String> {
    p.iter()
        .map(|s| match s {
            Step::Mount(MountStep { at, fstype, .. }) => {
                format!("mount {} {at}", fstype.as_deref().unwrap_or("bind"))
            }
            Step::Mknod { at, .. } => format!("mknod {at}"),
            Step::Symlink { at, .. } => format!("symlink {at}"),
            Step::Mkdir { at, .. } => format!("mkdir {at}"),
            Step::HostDevices { bind } => format!("host-devices bind={bind}"),
            Step::Bind(b) => format!("bind {}", b.at),
            Step::Mask { at } => format!("mask {at}"),
        })
        .collect()
}

fn find<'a>(p: &'a [Step], want: &str) -> &'a Step {
    p.iter()
        .find(|s| matches!(s, Step::Mount(m) if m.at == want))
        .unwrap_or_else(|| panic!("no mount at {want}"))
}

#[test]
fn root_plan_in_order() {
    let p = standard(&spec(), PlanContext::default());
    let got = ats(&p);
    assert_eq!(got[..2], ["mount proc /proc", "mount tmpfs /dev"]);
    assert_eq!(
        got.iter().filter(|s| s.starts_with("mknod")).count(),
        6,
        "{got:?}"
    );
    let pts = got
        .iter()
        .position(|s| s == "mount devpts /dev/pts")
        .unwrap();
    let mkdir_pts = got.iter().position(|s| s == "mkdir /dev/pts").unwrap();
    assert!(mkdir_pts < pts, "{got:?}");
    assert_eq!(got.last().unwrap(), "mount sysfs /sys", "no cgroup2 on v1");
    assert!(!got.iter().any(|s| s.starts_with("host-devices")));
    match find(&p, "/sys") {
        Step::Mount(MountStep {
            flags, fallback, ..
        }) => {
            assert!(flags.contains(MsFlags::MS_RDONLY));
            let Fallback::Instead(bind) = fallback else {
                panic!("{fallback:?}")
            };
            assert_eq!(ats(bind), ["mount bind /sys", "mount bind /sys"]);
        }
        _ => unreachable!(),
    }
    match find(&p, "/dev/pts") {
        Step::Mount(MountStep { data, .. }) => {
            assert!(data.as_deref().unwrap().ends_with(",gid=5"))
        }
        _ => unreachable!(),
    }
    match find(&p, "/dev/shm") {
        Step::Mount(MountStep { data, .. }) => {
            assert_eq!(data.as_deref(), Some("mode=1777,size=67108864"))
        }
        _ => unreachable!(),
    }
}

#[test]
fn rootless_plan_binds_instead_of_mknod_and_new_sysfs() {
    let ctx = PlanContext {
        rootless: true,
        cgroup_v2: true,
        shm_tree: None,
    };
    let mut s = spec();
    s.linux.privileged = true;
    let p = standard(&s, ctx);
    let got = ats(&p);
    assert!(!got.iter().any(|s| s.starts_with("mknod")), "{got:?}");
    assert!(got.contains(&"host-devices bind=true".to_string()));
    match find(&p, "/dev/null") {
        Step::Mount(MountStep {
            source,
            flags,
            point,
            ..
        }) => {
            assert_eq!(source.as_deref(), Some("/dev/null"));
            assert_eq!(*flags, MsFlags::MS_BIND);
            assert_eq!(*point, Point::File);
        }
        _ => unreachable!(),
    }
    // its own network namespace: a sysfs of its own (the host's if the kernel refuses)
    match find(&p, "/sys") {
        Step::Mount(MountStep {
            fstype, fallback, ..
        }) => {
            assert_eq!(fstype.as_deref(), Some("sysfs"));
            assert!(matches!(fallback, Fallback::Instead(s) if s.len() == 2));
        }
        _ => unreachable!(),
    }
    // the host's network: the host's /sys, bound read-only
    s.linux.network = "host".into();
    let got = ats(&standard(&s, ctx));
    assert!(!got.contains(&"mount sysfs /sys".to_string()), "{got:?}");
    assert!(got.ends_with(&[
        "mount bind /sys".to_string(),
        "mount bind /sys".to_string(),
        "mount cgroup2 /sys/fs/cgroup".to_string()
    ]));
    match find(&p, "/dev/pts") {
        Step::Mount(MountStep { data, .. }) => assert!(!data.as_deref().unwrap().contains("gid=")),
        _ => unreachable!(),
    }
}

#[test]
fn privileged_devices_and_shm_size() {
    let mut s = spec();
    s.linux.privileged = true;
    s.linux.shm_size = 1 << 20;
    s.linux.devices.push(Device {
        path: "/dev/snd/controlC0".into(),
        kind: "c".into(),
        major: 116,
        minor: 2,
        file_mode: 0o100660,
        access: "rwm".into(),
        host_path: Some("/dev/snd/controlC0".into()),
    });
    s.linux.devices.push(Device {
        path: "/dev/mine".into(),
        kind: "b".into(),
        major: 7,
        minor: 0,
        file_mode: 0o660,
        access: "rw".into(),
        host_path: None,
    });
    // rootless: the host's nodes, bound (by the /dev/block link when no path was named)
    let rootless = standard(
        &s,
        PlanContext {
            rootless: true,
            cgroup_v2: false,
            shm_tree: None,
        },
    );
    for (at, host) in [
        ("/dev/snd/controlC0", "/dev/snd/controlC0"),
        ("/dev/mine", "/dev/block/7:0"),
    ] {
        match find(&rootless, at) {
            Step::Mount(MountStep {
                source,
                flags,
                point,
                ..
            }) => {
                assert_eq!(source.as_deref(), Some(host));
                assert_eq!((*flags, *point), (MsFlags::MS_BIND, Point::File));
            }
            _ => unreachable!(),
        }
    }
    let p = standard(&s, PlanContext::default());
    assert!(p.contains(&Step::HostDevices { bind: false }));
    assert!(p.contains(&Step::Mknod {
        at: "/dev/snd/controlC0".into(),
        kind: Node::Char,
        mode: 0o660,
        major: 116,
        minor: 2,
    }));
    match find(&p, "/sys") {
        Step::Mount(MountStep { flags, .. }) => assert!(!flags.contains(MsFlags::MS_RDONLY)),
        _ => unreachable!(),
    }
    match find(&p, "/dev/shm") {
        Step::Mount(MountStep { data, .. }) => {
            assert_eq!(data.as_deref(), Some("mode=1777,size=1048576"))
        }
        _ => unreachable!(),
    }
}

/// The executor over a temp dir standing for the rootfs, with the recording kernel: the
/// calls in order, the files it made, the fallback when a new sysfs is refused, and an
/// image whose /dev and /proc are symlinks out of the rootfs.
#[test]
fn executor_records_calls_and_prepares_places_inside_the_rootfs() {
    let t = tempfile::tempdir().unwrap();
    let outside = t.path().join("outside");
    std::fs::create_dir(&outside).unwrap();
    let root = t.path().join("rootfs");
    std::fs::create_dir(&root).unwrap();
    std::os::unix::fs::symlink(&outside, root.join("dev")).unwrap();
    std::os::unix::fs::symlink("/", root.join("proc")).unwrap();
    let rootfs = RootDir::open(&root).unwrap();
    let mut k = Recording {
        fail: vec!["/sys".into()],
        ..Recording::default()
    };
    let p = standard(&spec(), PlanContext::default());
    apply(&p, &rootfs, &mut k).unwrap();
    assert_eq!(
        k.calls[0],
        "mount proc /proc proc MS_NOSUID|MS_NODEV|MS_NOEXEC -"
    );
    assert!(
        k.calls.contains(&"mknod null Char 666 1:3".to_string()),
        "{:?}",
        k.calls
    );
    let sys: Vec<&String> = k.calls.iter().filter(|c| c.contains(" /sys ")).collect();
    assert_eq!(
        sys.len(),
        3,
        "sysfs refused, then bind and read-only remount: {sys:?}"
    );
    assert!(
        sys[1].starts_with("mount /sys /sys - MS_BIND|MS_REC"),
        "{sys:?}"
    );
    assert!(
        sys[2].contains("MS_REMOUNT") && sys[2].contains("MS_RDONLY"),
        "{sys:?}"
    );
    // the image's symlinks were replaced by skiff's own directories, inside the rootfs
    assert!(
        std::fs::symlink_metadata(root.join("dev"))
            .unwrap()
            .is_dir()
    );
    assert!(
        std::fs::symlink_metadata(root.join("proc"))
            .unwrap()
            .is_dir()
    );
    assert_eq!(std::fs::read_dir(&outside).unwrap().count(), 0);
    assert_eq!(
        std::fs::read_link(root.join("dev/fd")).unwrap(),
        Path::new("/proc/self/fd")
    );
    assert!(root.join("dev/mqueue").is_dir());
    // a failure that has no fallback ends the plan with one message
    let mut k = Recording {
        fail: vec!["/dev/shm".into()],
        ..Recording::default()
    };
    let root2 = t.path().join("rootfs2");
    std::fs::create_dir(&root2).unwrap();
    let e = apply(&p, &RootDir::open(&root2).unwrap(), &mut k).unwrap_err();
    assert!(e.starts_with("mounting /dev/shm:"), "{e}");
    assert!(!k.calls.iter().any(|c| c.contains("/dev/mqueue")));
}

fn m(dest: &str, kind: &str, source: &str, options: &[&str]) -> crate::oci::runtime::Mount {
    crate::oci::runtime::Mount {
        destination: dest.into(),
        kind: kind.into(),
        source: source.into(),
        options: options.iter().map(|o| o.to_string()).collect(),
        root: None,
    }
}

#[test]
fn issue14_user_mounts_and_protection_plans() {
    let mounts = [
        m("/etc/hosts", "bind", "/run/c/hosts", &[]),
        m("/data", "bind", "/vol/data", &["ro", "copyup"]),
        m("/cache", "bind", "/host/cache", &["copyup"]),
        m(
            "/tmp",
            "tmpfs",
            "",
            &["ro", "size=65536k", "mode=1777", "noexec"],
        ),
    ];
    let p = user_mounts(&mounts, 1, &[]).unwrap();
    assert_eq!(
        ats(&p),
        [
            "bind /etc/hosts",
            "bind /data",
            "bind /cache",
            "mount tmpfs /tmp"
        ]
    );
    let Step::Bind(hosts) = &p[0] else { panic!() };
    assert!(hosts.own && !hosts.readonly && !hosts.copyup);
    let Step::Bind(data) = &p[1] else { panic!() };
    assert!(!data.own && data.readonly && data.copyup);
    let Step::Mount(tmp) = &p[3] else { panic!() };
    assert_eq!(
        tmp.flags,
        MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_RDONLY
    );
    assert_eq!(tmp.data.as_deref(), Some("size=65536k,mode=1777"));
    let e = user_mounts(&[m("/x", "nfs", "h:/x", &[])], 0, &[]).unwrap_err();
    assert!(e.contains("unsupported mount type \"nfs\""), "{e}");
    // masked and read-only paths, --read-only
    let mut s = spec();
    s.linux.masked_paths = vec!["/proc/kcore".into(), "/proc/acpi".into()];
    s.linux.readonly_paths = vec!["/proc/sys".into()];
    assert_eq!(
        ats(&protection(&s)),
        [
            "mask /proc/kcore",
            "mask /proc/acpi",
            "mount bind /proc/sys",
            "mount bind /proc/sys"
        ]
    );
    s.root.readonly = true;
    let p = protection(&s);
    match p.last() {
        Some(Step::Mount(MountStep {
            at, point, flags, ..
        })) => {
            assert_eq!((at.as_str(), *point), ("/", Point::Existing));
            assert!(flags.contains(MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn issue14_user_mounts_and_masks_through_the_recording_kernel() {
    let t = tempfile::tempdir().unwrap();
    let root = t.path().join("rootfs");
    std::fs::create_dir_all(root.join("proc/acpi")).unwrap();
    std::fs::write(root.join("proc/kcore"), "").unwrap();
    // the image points /mnt outside: a user mount's target still lands inside the rootfs
    std::os::unix::fs::symlink("/", root.join("mnt")).unwrap();
    let host = t.path().join("host");
    std::fs::create_dir_all(host.join("dir")).unwrap();
    std::fs::write(host.join("file"), "x").unwrap();
    let rootfs = RootDir::open(&root).unwrap();
    let mut k = Recording::default();
    let dir = host.join("dir").display().to_string();
    let file = host.join("file").display().to_string();
    let p = user_mounts(
        &[
            m("/mnt/vol", "bind", &dir, &["ro"]),
            m("/etc/conf", "bind", &file, &[]),
        ],
        0,
        &[],
    )
    .unwrap();
    apply(&p, &rootfs, &mut k).unwrap();
    assert!(root.join("vol").is_dir(), "created inside the rootfs");
    assert!(root.join("etc/conf").is_file());
    assert_eq!(k.calls.len(), 3, "{:?}", k.calls);
    assert!(k.calls[0].starts_with(&format!("mount {dir} /mnt/vol - MS_BIND|MS_REC")));
    assert!(k.calls[1].contains("MS_REMOUNT") && k.calls[1].contains("MS_RDONLY"));
    assert!(k.calls[2].starts_with(&format!("mount {file} /etc/conf - MS_BIND|MS_REC")));
    // sources the shifter detached (another mount namespace's) are attached, not bound;
    // read-only still remounts
    let p = user_mounts(
        &[
            m("/mnt/vol", "bind", &dir, &["ro"]),
            m("/etc/conf", "bind", &file, &[]),
        ],
        0,
        &[std::path::PathBuf::from(&dir)],
    )
    .unwrap();
    let mut k = Recording::default();
    apply(&p, &rootfs, &mut k).unwrap();
    assert_eq!(k.calls[0], format!("attach {dir} /mnt/vol"));
    assert!(k.calls[1].contains("MS_REMOUNT") && k.calls[1].contains("MS_RDONLY"));
    assert!(k.calls[2].starts_with(&format!("mount {file} /etc/conf - MS_BIND|MS_REC")));
    // masks: a directory gets a read-only tmpfs, a file /dev/null, a missing path nothing
    let mut s = spec();
    s.linux.masked_paths = vec![
        "/proc/acpi".into(),
        "/proc/kcore".into(),
        "/proc/gone".into(),
    ];
    s.linux.readonly_paths = vec!["/proc/missing".into()];
    let mut k = Recording::default();
    apply(&protection(&s), &rootfs, &mut k).unwrap();
    assert_eq!(k.calls.len(), 2, "{:?}", k.calls);
    assert!(
        k.calls[0].starts_with("mount tmpfs /proc/acpi tmpfs MS_RDONLY"),
        "{:?}",
        k.calls
    );
    assert!(
        k.calls[1].starts_with("mount /dev/null /proc/kcore - MS_BIND"),
        "{:?}",
        k.calls
    );
}

#[test]
fn the_hosts_pid_and_ipc_namespaces() {
    let mut s = spec();
    s.linux.pid = "host".into();
    s.linux.ipc = "host".into();
    let p = standard(&s, PlanContext::default());
    // a new proc (the host's processes); where the user namespace may not, the host's bound
    match find(&p, "/proc") {
        Step::Mount(MountStep {
            fstype, fallback, ..
        }) => {
            assert_eq!(fstype.as_deref(), Some("proc"));
            let Fallback::Instead(bind) = fallback else {
                panic!("{fallback:?}")
            };
            assert_eq!(ats(bind), ["mount bind /proc"]);
        }
        _ => unreachable!(),
    }
    // the host's /dev/shm and message queues, bound
    for at in ["/dev/shm", "/dev/mqueue"] {
        match find(&p, at) {
            Step::Mount(MountStep { source, fstype, .. }) => {
                assert_eq!((source.as_deref(), fstype.as_deref()), (Some(at), None));
            }
            _ => unreachable!(),
        }
    }
    // --ipc none: no /dev/shm at all; the default: a tmpfs of its own, no fallback for proc
    s.linux.ipc = "none".into();
    s.linux.pid = String::new();
    let p = standard(&s, PlanContext::default());
    assert!(
        !ats(&p)
            .iter()
            .any(|a| a.starts_with("mount") && a.ends_with(" /dev/shm")),
        "{:?}",
        ats(&p)
    );
    assert!(ats(&p).contains(&"mount mqueue /dev/mqueue".to_string()));
    match find(&p, "/proc") {
        Step::Mount(MountStep { fallback, .. }) => assert_eq!(*fallback, Fallback::Fail),
        _ => unreachable!(),
    }
}

/// Issue 16: `--ipc container:` attaches the copy of the other container's /dev/shm (no
/// tmpfs of its own) and mounts an mqueue of the joined namespace.
#[test]
fn issue16_shared_ipc_attaches_the_other_containers_shm() {
    let ctx = PlanContext {
        shm_tree: Some(7),
        ..PlanContext::default()
    };
    let p = standard(&spec(), ctx);
    let shm: Vec<&Step> = p
        .iter()
        .filter(|s| match s {
            Step::Bind(b) => b.at == "/dev/shm",
            Step::Mount(m) => m.at == "/dev/shm",
            _ => false,
        })
        .collect();
    match shm.as_slice() {
        [Step::Bind(b)] => {
            assert_eq!(b.source, std::path::PathBuf::from("/proc/self/fd/7"));
            assert!(b.detached && b.own && !b.readonly);
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(find(&p, "/dev/mqueue"), Step::Mount(_)));
}

/// systemd mode on cgroup v2: the container's own cgroup tree is writable (systemd makes
/// its units there), never the host's (`--cgroupns host` keeps it read-only).
#[test]
fn issue16_systemd_mode_gets_a_writable_cgroup2_view_of_its_own() {
    let ctx = PlanContext {
        rootless: false,
        cgroup_v2: true,
        shm_tree: None,
    };
    let flags_of = |s: &crate::oci::runtime::RuntimeSpec| {
        let p = standard(s, ctx);
        match find(&p, "/sys/fs/cgroup") {
            Step::Mount(MountStep { flags, .. }) => *flags,
            _ => unreachable!(),
        }
    };
    let mut s = spec();
    assert!(flags_of(&s).contains(MsFlags::MS_RDONLY));
    s.linux.cgroup_writable = true;
    assert!(!flags_of(&s).contains(MsFlags::MS_RDONLY));
    s.linux.cgroupns = "host".into();
    assert!(flags_of(&s).contains(MsFlags::MS_RDONLY));
}
