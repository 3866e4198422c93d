use super::*;

fn cfg(id: &str, name: &str) -> ContainerConfig {
    serde_json::from_value(serde_json::json!({
        "id": id, "name": name, "created": "2024-01-01T00:00:00Z", "image": "busybox",
        "image_id": crate::oci::Digest::sha256_of(b"i").to_string(),
        "spec": {"process": {"args": ["sh"]}, "root": {"lower": [], "upper": "/u", "work": "/w", "mountpoint": "/m"}},
        "path": "sh", "args": []
    }))
    .unwrap()
}

#[test]
fn names_are_exclusive_and_resolve() {
    let t = tempfile::tempdir().unwrap();
    let c = Containers::open(t.path()).unwrap();
    let a = "a".repeat(64);
    let b = format!("{}b", "a".repeat(63));
    for (id, name) in [(&a, "web"), (&b, "db")] {
        fs::create_dir_all(c.dir(id)).unwrap();
        let guard = c.reserve_name(name, id).unwrap();
        c.save_config(&cfg(id, name), false).unwrap();
        drop(guard);
    }
    // a name still being claimed (its guard held) is in use even without a config yet
    let held = c.reserve_name("pending", &"c".repeat(64)).unwrap();
    assert!(matches!(
        c.reserve_name("pending", &b),
        Err(StateError::NameInUse { .. })
    ));
    drop(held);
    c.reserve_name("pending", &b).unwrap();
    assert!(matches!(
        c.reserve_name("web", &b),
        Err(StateError::NameInUse { .. })
    ));
    assert!(matches!(
        c.reserve_name("-bad", &b),
        Err(StateError::BadName(_))
    ));
    assert_eq!(c.resolve("web").unwrap(), a);
    assert_eq!(c.resolve("/db").unwrap(), b);
    assert_eq!(c.resolve(&a).unwrap(), a);
    assert!(matches!(c.resolve("aaaa"), Err(StateError::Ambiguous(_))));
    assert!(matches!(c.resolve("nope"), Err(StateError::NotFound(_))));
    // a name left by a container that is gone is taken over
    fs::write(t.path().join("names/ghost"), "f".repeat(64)).unwrap();
    c.reserve_name("ghost", &a).unwrap();
}

#[test]
fn running_state_without_its_process_reconciles_to_exited() {
    let s = ContainerState {
        status: Status::Running,
        pid: std::process::id() as i32,
        pid_start: 1,
        boot_id: crate::sys::process::boot_id(),
        ..ContainerState::default()
    };
    let r = s.reconciled();
    assert_eq!(r.status, Status::Exited);
    assert_eq!(r.exit_code, 255);
    let me = std::process::id() as i32;
    let live = ContainerState {
        status: Status::Running,
        pid: me,
        pid_start: crate::sys::process::process_start_time(me).unwrap(),
        boot_id: crate::sys::process::boot_id(),
        ..ContainerState::default()
    };
    assert_eq!(live.reconciled().status, Status::Running);
}

#[test]
fn dead_process_with_a_live_watcher_is_still_being_recorded() {
    let gone = ContainerState {
        status: Status::Running,
        pid: std::process::id() as i32,
        pid_start: 1,
        boot_id: crate::sys::process::boot_id(),
        watcher: super::Watcher::this_process(),
        ..ContainerState::default()
    };
    assert_eq!(gone.clone().reconciled().status, Status::Running);
    let orphaned = ContainerState {
        watcher: super::Watcher {
            pid: gone.watcher.pid,
            start: 1,
        },
        ..gone
    };
    assert_eq!(orphaned.reconciled().status, Status::Exited);
}

#[test]
fn issue16_an_unwatched_death_is_recorded_once_by_its_first_observer() {
    let t = tempfile::tempdir().unwrap();
    let c = Containers::open(t.path()).unwrap();
    let id = "d".repeat(64);
    fs::create_dir_all(c.dir(&id)).unwrap();
    c.save_config(&cfg(&id, "dead"), false).unwrap();
    let dead = ContainerState {
        status: Status::Running,
        pid: std::process::id() as i32,
        pid_start: 1,
        boot_id: crate::sys::process::boot_id(),
        ..ContainerState::default()
    };
    {
        let lock = c.lock(&id).unwrap();
        c.save_state(&id, &dead, &lock).unwrap();
        // while someone holds the lock it is only shown, not recorded
        assert_eq!(c.observed_state(&id).unwrap().status, Status::Exited);
        assert_eq!(c.state(&id).unwrap().status, Status::Running);
    }
    let first = c.observed_state(&id).unwrap();
    assert_eq!((first.status, first.exit_code), (Status::Exited, 255));
    assert_eq!(c.state(&id).unwrap().status, Status::Exited, "recorded");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let later = c.observed_state(&id).unwrap();
    assert_eq!(
        later.finished_at, first.finished_at,
        "the end time stays put"
    );
}

#[test]
fn issue16_the_start_interval_holds_during_the_start_period_only() {
    let s = std::time::Duration::from_secs;
    let mut h = HealthConfig {
        interval: 30_000_000_000,
        start_period: 10_000_000_000,
        ..Default::default()
    };
    assert_eq!(h.next_check(s(0)), s(30), "no start interval: the interval");
    h.start_interval = 1_000_000_000;
    assert_eq!(h.next_check(s(0)), s(1));
    assert_eq!(h.next_check(s(9)), s(1));
    assert_eq!(h.next_check(s(10)), s(30), "after the start period");
}
