use super::detect::V1Mount;
use super::*;

fn res() -> Resources {
    Resources {
        memory: Some(64 << 20),
        memory_swap: Some(128 << 20),
        cpu_quota: Some(50_000),
        cpu_period: None,
        cpu_shares: Some(512),
        cpuset_cpus: Some("0".into()),
        pids_limit: Some(100),
        ..Resources::default()
    }
}

/// The limits issue 13 added: a soft limit, memory nodes and a block I/O weight.
fn res_more() -> Resources {
    Resources {
        memory_reservation: Some(32 << 20),
        cpuset_mems: Some("0".into()),
        blkio_weight: Some(500),
        ..res()
    }
}

fn v1(root: &Path) -> Hierarchy {
    let m = |c: &[&str], dir: &str| V1Mount {
        controllers: c.iter().map(|s| s.to_string()).collect(),
        mount: root.join(dir),
        current: root.join(dir).join("job"),
    };
    Hierarchy::V1(vec![
        m(&["memory"], "memory"),
        m(&["cpu", "cpuacct"], "cpu,cpuacct"),
        m(&["cpuset"], "cpuset"),
        m(&["pids"], "pids"),
    ])
}

/// `v1` with a blkio hierarchy too.
fn v1_with_blkio(root: &Path) -> Hierarchy {
    let mut h = v1(root);
    if let Hierarchy::V1(m) = &mut h {
        m.push(V1Mount {
            controllers: vec!["blkio".into()],
            mount: root.join("blkio"),
            current: root.join("blkio/job"),
        });
    }
    h
}

#[test]
fn v1_plan_puts_limits_in_each_controller_beneath_our_cgroup() {
    let t = tempfile::tempdir().unwrap();
    fs::create_dir_all(t.path().join("cpuset/job")).unwrap();
    fs::write(t.path().join("cpuset/cpuset.mems"), "0\n").unwrap();
    let p = plan(&v1(t.path()), "", "skiff-x", &res(), &[]).unwrap();
    assert_eq!(p.version, 1);
    assert_eq!(p.dirs[0], t.path().join("memory/job/skiff-x"));
    let get = |f: &str| {
        p.writes
            .iter()
            .find(|(k, _)| k.ends_with(f))
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(get("memory.limit_in_bytes"), Some("67108864"));
    assert_eq!(get("memory.memsw.limit_in_bytes"), Some("134217728"));
    assert_eq!(get("cpu.cfs_quota_us"), Some("50000"));
    assert_eq!(get("cpu.cfs_period_us"), Some("100000"));
    assert_eq!(get("cpu.shares"), Some("512"));
    assert_eq!(get("cpuset.cpus"), Some("0"));
    assert_eq!(
        get("cpuset.mems"),
        Some("0"),
        "mems inherited from the nearest ancestor"
    );
    assert_eq!(get("pids.max"), Some("100"));
    // --cgroup-parent is relative to each hierarchy's root
    let p = plan(&v1(t.path()), "/ci", "skiff-x", &Resources::default(), &[]).unwrap();
    assert_eq!(p.dirs.len(), 3, "no cpuset cgroup without --cpuset-cpus");
    assert_eq!(p.dirs[2], t.path().join("pids/ci/skiff-x"));
    assert!(p.writes.iter().all(|(k, _)| !k.ends_with("pids.max")));
}

#[test]
fn v1_apply_creates_and_remove_cleans_up() {
    let t = tempfile::tempdir().unwrap();
    for d in ["memory/job", "cpu,cpuacct/job", "cpuset/job", "pids/job"] {
        fs::create_dir_all(t.path().join(d)).unwrap();
    }
    let cg = plan(&v1(t.path()), "", "skiff-y", &res(), &[])
        .unwrap()
        .apply()
        .unwrap();
    assert_eq!(
        fs::read_to_string(t.path().join("pids/job/skiff-y/pids.max")).unwrap(),
        "100"
    );
    fs::write(
        t.path().join("memory/job/skiff-y/memory.oom_control"),
        "oom_kill_disable 0\nunder_oom 0\noom_kill 1\n",
    )
    .unwrap();
    assert!(cg.oom_killed());
    // a real cgroupfs removes its files with the directory; the fake needs a hand
    for d in &cg.dirs {
        for f in fs::read_dir(d).unwrap() {
            fs::remove_file(f.unwrap().path()).unwrap();
        }
    }
    cg.remove();
    assert!(!t.path().join("memory/job/skiff-y").exists());
}

#[test]
fn failed_apply_leaves_nothing() {
    let t = tempfile::tempdir().unwrap();
    for d in ["memory/job", "cpu,cpuacct/job", "cpuset/job", "pids/job"] {
        fs::create_dir_all(t.path().join(d)).unwrap();
    }
    let mut p = plan(&v1(t.path()), "", "skiff-z", &res(), &[]).unwrap();
    // a limit the "kernel" refuses: its file is a directory
    let bad = t.path().join("pids/job/skiff-z/pids.max");
    p.writes.push((bad.clone(), "1".into()));
    p.dirs.push(bad.clone());
    p.dirs.swap(3, 4);
    assert!(p.apply().is_err());
    for d in ["memory/job/skiff-z", "cpu,cpuacct/job/skiff-z"] {
        assert!(!t.path().join(d).exists(), "{d} left behind");
    }
}

#[test]
fn v2_plan_enables_controllers_and_converts_values() {
    let t = tempfile::tempdir().unwrap();
    let h = Hierarchy::V2 {
        mount: t.path().to_path_buf(),
        current: t.path().join("user.slice"),
    };
    let p = plan(&h, "", "skiff-v", &res(), &[]).unwrap();
    assert_eq!(p.dirs, vec![t.path().join("user.slice/skiff-v")]);
    let get = |f: &str| {
        p.writes
            .iter()
            .find(|(k, _)| k.ends_with(f))
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(get("memory.max"), Some("67108864"));
    assert_eq!(
        get("memory.swap.max"),
        Some("67108864"),
        "docker's memory+swap minus memory"
    );
    assert_eq!(get("cpu.max"), Some("50000 100000"));
    assert_eq!(get("cpu.weight"), Some("20"));
    assert_eq!(get("pids.max"), Some("100"));
    let enabled: Vec<&str> = p.parent_writes.iter().map(|(_, v)| v.as_str()).collect();
    assert_eq!(enabled, ["+memory", "+cpu", "+cpuset", "+pids"]);
    assert!(
        p.parent_writes
            .iter()
            .all(|(k, _)| k == &t.path().join("user.slice/cgroup.subtree_control"))
    );
    // with no limits nothing needs enabling
    let p = plan(&h, "", "skiff-v", &Resources::default(), &[]).unwrap();
    assert!(p.parent_writes.is_empty() && p.writes.is_empty());
    // device rules become the eBPF filter's (no controller to enable); bad ones are refused
    let p = plan(&h, "", "x", &Resources::default(), &["c 1:1 rwm".into()]).unwrap();
    assert_eq!(p.devices.len(), 1);
    assert!(p.parent_writes.is_empty());
    assert!(plan(&h, "", "x", &Resources::default(), &["c 1:1 rwq".into()]).is_err());
}

#[test]
fn v2_oom_and_unlimited_swap() {
    let t = tempfile::tempdir().unwrap();
    let h = Hierarchy::V2 {
        mount: t.path().to_path_buf(),
        current: t.path().to_path_buf(),
    };
    let r = Resources {
        memory: Some(10),
        memory_swap: Some(-1),
        ..Resources::default()
    };
    let p = plan(&h, "", "c", &r, &[]).unwrap();
    assert!(
        p.writes
            .contains(&(t.path().join("c/memory.swap.max"), "max".to_string()))
    );
    fs::create_dir(t.path().join("c")).unwrap();
    fs::write(
        t.path().join("c/memory.events"),
        "low 0\nhigh 0\nmax 3\noom 1\noom_kill 0\n",
    )
    .unwrap();
    let cg = Cgroup {
        version: 2,
        dirs: vec![t.path().join("c")],
    };
    assert!(!cg.oom_killed());
    fs::write(t.path().join("c/memory.events"), "oom 1\noom_kill 2\n").unwrap();
    assert!(cg.oom_killed());
}

#[test]
fn reservation_mems_and_blkio_weight_on_v1_and_v2() {
    let t = tempfile::tempdir().unwrap();
    let h = v1_with_blkio(t.path());
    let get = |p: &Plan, f: &str| {
        p.writes
            .iter()
            .find(|(k, _)| k.ends_with(f))
            .map(|(_, v)| v.clone())
    };
    // no weight file (a kernel without CFQ or BFQ): the weight is left out
    let p = plan(&h, "", "skiff-r", &res_more(), &[]).unwrap();
    assert_eq!(
        get(&p, "memory.soft_limit_in_bytes").as_deref(),
        Some("33554432")
    );
    assert_eq!(get(&p, "cpuset.mems").as_deref(), Some("0"));
    assert!(get(&p, "weight").is_none());
    fs::create_dir_all(t.path().join("blkio")).unwrap();
    fs::write(t.path().join("blkio/blkio.bfq.weight"), "100").unwrap();
    let p = plan(&h, "", "skiff-r", &res_more(), &[]).unwrap();
    assert_eq!(get(&p, "blkio.bfq.weight").as_deref(), Some("500"));
    // a cpuset cgroup is made for --cpuset-mems alone
    let only_mems = Resources {
        cpuset_mems: Some("0".into()),
        ..Resources::default()
    };
    let p = plan(&v1(t.path()), "", "skiff-m", &only_mems, &[]).unwrap();
    assert!(
        p.dirs
            .iter()
            .any(|d| d.starts_with(t.path().join("cpuset")))
    );
    let v2 = Hierarchy::V2 {
        mount: t.path().to_path_buf(),
        current: t.path().join("user.slice"),
    };
    let p = plan(&v2, "", "skiff-w", &res_more(), &[]).unwrap();
    assert_eq!(get(&p, "memory.low").as_deref(), Some("33554432"));
    assert_eq!(get(&p, "cpuset.mems").as_deref(), Some("0"));
    assert_eq!(get(&p, "io.weight").as_deref(), Some("default 4950"));
    assert!(p.parent_writes.iter().any(|(_, v)| v == "+io"));
}

/// Issue 14: an ordinary user's cgroup v2 subtree delegated by systemd
/// (user@UID.service), faked in a temp dir: limits land beneath the user's own cgroup;
/// a controller the subtree cannot enable is one error that says what to do.
#[test]
fn issue14_v2_delegated_user_subtree() {
    let t = tempfile::tempdir().unwrap();
    let own = t
        .path()
        .join("user.slice/user-1000.slice/user@1000.service/app.slice/run-1.scope");
    fs::create_dir_all(&own).unwrap();
    let app = own.parent().unwrap().to_path_buf();
    // systemd enabled these for the delegated subtree already
    fs::write(app.join("cgroup.subtree_control"), "memory pids").unwrap();
    fs::write(own.join("cgroup.subtree_control"), "").unwrap();
    let h = Hierarchy::parse(
        "30 1 0:26 / /sys/fs/cgroup rw - cgroup2 cgroup2 rw\n",
        "0::/user.slice/user-1000.slice/user@1000.service/app.slice/run-1.scope\n",
        None,
    );
    let Hierarchy::V2 { current, .. } = &h else {
        panic!("{h:?}")
    };
    assert_eq!(
        current,
        Path::new(
            "/sys/fs/cgroup/user.slice/user-1000.slice/user@1000.service/app.slice/run-1.scope"
        )
    );
    let h = Hierarchy::V2 {
        mount: t.path().to_path_buf(),
        current: own.clone(),
    };
    let limits = Resources {
        memory: Some(32 << 20),
        pids_limit: Some(50),
        ..Resources::default()
    };
    let cg = plan(&h, "", "skiff-u", &limits, &[])
        .unwrap()
        .apply()
        .unwrap();
    assert_eq!(cg.dirs, [own.join("skiff-u")]);
    assert_eq!(
        fs::read_to_string(own.join("skiff-u/memory.max")).unwrap(),
        "33554432"
    );
    assert_eq!(
        fs::read_to_string(own.join("skiff-u/pids.max")).unwrap(),
        "50"
    );
    // the controllers were enabled in the user's own cgroup, one at a time
    assert_eq!(
        fs::read_to_string(own.join("cgroup.subtree_control")).unwrap(),
        "+pids"
    );
    // not delegated (the control file cannot be written): one error naming the way out
    let t2 = tempfile::tempdir().unwrap();
    let own2 = t2.path().join("user.slice/session-1.scope");
    fs::create_dir_all(own2.join("cgroup.subtree_control")).unwrap();
    let h2 = Hierarchy::V2 {
        mount: t2.path().to_path_buf(),
        current: own2.clone(),
    };
    let e = plan(&h2, "", "skiff-u", &limits, &[])
        .unwrap()
        .apply()
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("cannot enable the memory controller") && e.contains("delegated"),
        "{e}"
    );
    assert!(!own2.join("skiff-u").exists(), "nothing left behind");
}

#[test]
fn issue16_update_writes_only_the_new_limits_into_the_live_cgroup() {
    // v1: a container placed (by another process) under other/skiff-x in each hierarchy
    // but cpuset; its update writes there, whatever the updater's own cgroup is
    let t = tempfile::tempdir().unwrap();
    let mut dirs = Vec::new();
    for d in ["memory", "cpu,cpuacct", "pids"] {
        let dir = t.path().join(d).join("other/skiff-x");
        fs::create_dir_all(&dir).unwrap();
        dirs.push(dir);
    }
    let cg = Cgroup { version: 1, dirs };
    let update = Resources {
        memory: Some(256 << 20),
        pids_limit: Some(42),
        ..Resources::default()
    };
    cg.update(&v1(t.path()), &update).unwrap();
    let read = |f: &str| fs::read_to_string(t.path().join(f)).unwrap();
    assert_eq!(
        read("memory/other/skiff-x/memory.limit_in_bytes"),
        "268435456"
    );
    assert_eq!(read("pids/other/skiff-x/pids.max"), "42");
    assert!(
        !t.path()
            .join("cpu,cpuacct/other/skiff-x/cpu.shares")
            .exists()
    );
    assert!(
        !t.path().join("memory/job").exists(),
        "nothing beneath the updater's cgroup"
    );
    // a hierarchy it was never placed in says so
    let cpuset = Resources {
        cpuset_cpus: Some("0".into()),
        ..Resources::default()
    };
    assert!(cg.update(&v1(t.path()), &cpuset).is_err());
    // v2: its one directory
    let dir = t.path().join("v2/x/skiff-y");
    fs::create_dir_all(&dir).unwrap();
    let h = Hierarchy::V2 {
        mount: t.path().join("v2"),
        current: t.path().join("v2/me"),
    };
    Cgroup {
        version: 2,
        dirs: vec![dir.clone()],
    }
    .update(&h, &update)
    .unwrap();
    assert_eq!(
        fs::read_to_string(dir.join("memory.max")).unwrap(),
        "268435456"
    );
    assert_eq!(fs::read_to_string(dir.join("pids.max")).unwrap(), "42");
}

fn dev(major: u32, minor: u32, value: u64) -> crate::oci::runtime::DeviceValue {
    crate::oci::runtime::DeviceValue {
        path: String::new(),
        major,
        minor,
        value,
    }
}

/// Issue 16: per-device weights and throttles, real-time CPU time, device rules.
#[test]
fn issue16_device_throttles_weights_and_realtime_on_v1_and_v2() {
    let t = tempfile::tempdir().unwrap();
    let h = v1_with_blkio(t.path());
    let res = Resources {
        blkio_weight_device: vec![dev(8, 0, 300)],
        device_read_bps: vec![dev(8, 0, 1 << 20)],
        device_write_bps: vec![dev(8, 16, 2 << 20)],
        device_read_iops: vec![dev(8, 0, 100)],
        device_write_iops: vec![dev(8, 0, 50)],
        ..Resources::default()
    };
    let all = |p: &Plan, f: &str| -> Vec<String> {
        p.writes
            .iter()
            .filter(|(k, _)| k.ends_with(f))
            .map(|(_, v)| v.clone())
            .collect()
    };
    // no weight_device file on this kernel: the weight is left out (with a warning)
    let p = plan(&h, "", "skiff-d", &res, &[]).unwrap();
    assert!(all(&p, "weight_device").is_empty());
    assert_eq!(all(&p, "blkio.throttle.read_bps_device"), ["8:0 1048576"]);
    assert_eq!(all(&p, "blkio.throttle.write_bps_device"), ["8:16 2097152"]);
    assert_eq!(all(&p, "blkio.throttle.read_iops_device"), ["8:0 100"]);
    assert_eq!(all(&p, "blkio.throttle.write_iops_device"), ["8:0 50"]);
    fs::create_dir_all(t.path().join("blkio")).unwrap();
    fs::write(t.path().join("blkio/blkio.weight_device"), "").unwrap();
    let p = plan(&h, "", "skiff-d", &res, &[]).unwrap();
    assert_eq!(all(&p, "blkio.weight_device"), ["8:0 300"]);
    // real time: only where the kernel has it
    let rt = Resources {
        cpu_rt_period: Some(1_000_000),
        cpu_rt_runtime: Some(950_000),
        ..Resources::default()
    };
    let e = plan(&h, "", "skiff-rt", &rt, &[]).unwrap_err();
    assert!(e.to_string().contains("CONFIG_RT_GROUP_SCHED"), "{e}");
    fs::create_dir_all(t.path().join("cpu,cpuacct")).unwrap();
    fs::write(t.path().join("cpu,cpuacct/cpu.rt_runtime_us"), "950000").unwrap();
    let p = plan(&h, "", "skiff-rt", &rt, &[]).unwrap();
    assert_eq!(all(&p, "cpu.rt_period_us"), ["1000000"]);
    assert_eq!(all(&p, "cpu.rt_runtime_us"), ["950000"]);
    // v2: one io.max line per device, weights converted, no real time
    let v2 = Hierarchy::V2 {
        mount: t.path().to_path_buf(),
        current: t.path().join("user.slice"),
    };
    let p = plan(&v2, "", "skiff-d", &res, &[]).unwrap();
    assert_eq!(
        all(&p, "io.max"),
        ["8:0 rbps=1048576 riops=100 wiops=50", "8:16 wbps=2097152"]
    );
    assert_eq!(all(&p, "io.weight"), ["8:0 2930"]);
    let e = plan(&v2, "", "skiff-rt", &rt, &[]).unwrap_err();
    assert!(e.to_string().contains("cgroup v1"), "{e}");
    // update: per-device values replace those of the same device only
    let merged = res.merged(&Resources {
        device_read_bps: vec![dev(8, 0, 7)],
        ..Resources::default()
    });
    assert_eq!(merged.device_read_bps, vec![dev(8, 0, 7)]);
    assert_eq!(merged.device_write_bps, vec![dev(8, 16, 2 << 20)]);
}

/// `--cgroup-conf`: each file in its controller's directory (v1) or the container's one
/// (v2, its controller enabled in the parent); a controller this host lacks is an error.
#[test]
fn issue16_cgroup_conf_files_on_v1_and_v2() {
    let t = tempfile::tempdir().unwrap();
    let conf = |pairs: &[(&str, &str)]| Resources {
        unified: pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
        ..Resources::default()
    };
    let r = conf(&[("memory.soft_limit_in_bytes", "1024"), ("pids.max", "7")]);
    let p = plan(&v1(t.path()), "", "skiff-c", &r, &[]).unwrap();
    assert!(
        p.writes.contains(&(
            t.path()
                .join("memory/job/skiff-c/memory.soft_limit_in_bytes"),
            "1024".into()
        ))
    );
    assert!(
        p.writes
            .contains(&(t.path().join("pids/job/skiff-c/pids.max"), "7".into()))
    );
    let e = plan(
        &v1(t.path()),
        "",
        "skiff-c",
        &conf(&[("hugetlb.x", "1")]),
        &[],
    );
    assert!(matches!(e, Err(CgroupError::Unsupported(m)) if m.contains("hugetlb.x")));
    let v2 = Hierarchy::V2 {
        mount: t.path().to_path_buf(),
        current: t.path().join("user.slice"),
    };
    let r = conf(&[("memory.high", "4096"), ("cgroup.max.depth", "2")]);
    let p = plan(&v2, "", "skiff-c", &r, &[]).unwrap();
    let dir = t.path().join("user.slice/skiff-c");
    assert!(p.writes.contains(&(dir.join("memory.high"), "4096".into())));
    assert!(
        p.writes
            .contains(&(dir.join("cgroup.max.depth"), "2".into()))
    );
    assert_eq!(
        p.parent_writes,
        [(
            t.path().join("user.slice/cgroup.subtree_control"),
            "+memory".to_string()
        )]
    );
    assert!(plan(&v2, "", "skiff-c", &conf(&[("blkio.weight", "1")]), &[]).is_err());
}
