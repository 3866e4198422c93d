use super::*;

fn text(maps: &[IdMap]) -> String {
    crate::sys::userns::map_text(maps)
}

fn rootless() -> Native {
    Native {
        rootless: true,
        uids: 65537,
        gids: 65537,
        caller: (1000, 1000),
        host_uids: vec![(1000, 0, 1), (100000, 1, 65536)],
        host_gids: vec![(1000, 0, 1), (100000, 1, 65536)],
    }
}

fn root() -> Native {
    Native {
        rootless: false,
        uids: 1 << 32,
        gids: 1 << 32,
        caller: (0, 0),
        host_uids: Vec::new(),
        host_gids: Vec::new(),
    }
}

fn req(mode: &str) -> UsernsRequest {
    UsernsRequest {
        mode: mode.into(),
        ..Default::default()
    }
}

const SUBUID: &str = "alice:100000:65536\ncontainers:200000:1000\ncontainers:300000:10\n";

fn plan_of(r: &UsernsRequest, n: &Native) -> Result<Planned, String> {
    plan(r, n, &|_| SUBUID.to_string())
}

#[test]
fn issue14_keep_id_maps_the_user_to_itself() {
    let Planned::Maps { uid, gid, user } = plan_of(&req("keep-id"), &rootless()).unwrap() else {
        panic!()
    };
    assert_eq!(text(&uid), "0 1 1000\n1000 0 1\n1001 1001 64536\n");
    assert_eq!(uid, gid);
    assert_eq!(user.as_deref(), Some("1000:1000"));
    let Planned::Maps { uid, user, .. } =
        plan_of(&req("keep-id:uid=0,gid=0"), &rootless()).unwrap()
    else {
        panic!()
    };
    assert_eq!(text(&uid), "0 0 1\n1 1 65536\n");
    assert_eq!(user.as_deref(), Some("0:0"));
    // the user's id past its own ranges cannot be kept
    let mut small = rootless();
    small.uids = 10;
    assert!(
        plan_of(&req("keep-id"), &small)
            .unwrap_err()
            .contains("reaches past")
    );
    // root has nothing to keep
    assert!(
        plan_of(&req("keep-id"), &root())
            .unwrap_err()
            .contains("ordinary user")
    );
}

#[test]
fn issue14_nomap_auto_host_and_bad_modes() {
    let Planned::Maps { uid, .. } = plan_of(&req("nomap"), &rootless()).unwrap() else {
        panic!()
    };
    assert_eq!(text(&uid), "0 1 65536\n");
    assert_eq!(plan_of(&req("host"), &root()).unwrap(), Planned::Shared);
    assert_eq!(plan_of(&req(""), &rootless()).unwrap(), Planned::Shared);
    assert_eq!(
        plan_of(&req("auto:size=2000"), &root()).unwrap(),
        Planned::Auto { size: Some(2000) }
    );
    assert_eq!(
        plan_of(&req("auto"), &rootless()).unwrap(),
        Planned::Auto { size: None }
    );
    for bad in [
        "auto:size=0",
        "auto:width=3",
        "keep-id:uid=x",
        "weird",
        "nomap:x=1",
        "host:x",
    ] {
        assert!(plan_of(&req(bad), &rootless()).is_err(), "{bad}");
    }
    let mixed = UsernsRequest {
        mode: "auto".into(),
        uidmap: vec!["0:1:10".into()],
        ..Default::default()
    };
    assert!(
        plan_of(&mixed, &root())
            .unwrap_err()
            .contains("cannot be combined")
    );
}

#[test]
fn issue14_uidmap_gidmap_and_subuidname() {
    let r = UsernsRequest {
        uidmap: vec!["0:200000:1000".into(), "1000:300000:10".into()],
        ..Default::default()
    };
    let Planned::Maps { uid, gid, .. } = plan_of(&r, &root()).unwrap() else {
        panic!()
    };
    assert_eq!(text(&uid), "0 200000 1000\n1000 300000 10\n");
    assert_eq!(uid, gid, "the gid map follows the uid map");
    for bad in ["0:1", "0:1:0", "a:1:2", "0:1:2:3", "4294967295:0:2"] {
        let r = UsernsRequest {
            uidmap: vec![bad.into()],
            ..Default::default()
        };
        assert!(plan_of(&r, &root()).is_err(), "{bad}");
    }
    let overlap = UsernsRequest {
        uidmap: vec!["0:100:10".into(), "20:105:10".into()],
        ..Default::default()
    };
    assert!(plan_of(&overlap, &root()).unwrap_err().contains("overlap"));
    // rootless, the host side is the user's namespace: no further than its ids
    let far = UsernsRequest {
        uidmap: vec!["0:1:70000".into()],
        ..Default::default()
    };
    assert!(
        plan_of(&far, &rootless())
            .unwrap_err()
            .contains("/etc/subuid")
    );
    // --subuidname: the named ranges back to back; rootless only inside one's own
    let named = UsernsRequest {
        subuidname: Some("containers".into()),
        ..Default::default()
    };
    let Planned::Maps { uid, gid, .. } = plan_of(&named, &root()).unwrap() else {
        panic!()
    };
    assert_eq!(text(&uid), "0 200000 1000\n1000 300000 10\n");
    assert_eq!(uid, gid);
    assert!(
        plan_of(&named, &rootless())
            .unwrap_err()
            .contains("not within your own")
    );
    let mine = UsernsRequest {
        subuidname: Some("alice".into()),
        ..Default::default()
    };
    let Planned::Maps { uid, .. } = plan_of(&mine, &rootless()).unwrap() else {
        panic!()
    };
    assert_eq!(
        text(&uid),
        "0 1 65536\n",
        "alice's host range is native 1.."
    );
}

#[test]
fn issue14_auto_ranges_do_not_overlap() {
    let pool = [(1000, 100), (5000, 1000)];
    assert_eq!(allocate(&pool, &[], 50), Some(1000));
    assert_eq!(allocate(&pool, &[(1000, 50)], 50), Some(1050));
    assert_eq!(allocate(&pool, &[(1000, 60)], 50), Some(5000));
    assert_eq!(allocate(&pool, &[(1010, 10), (5000, 500)], 400), Some(5500));
    assert_eq!(allocate(&pool, &[(5000, 1000)], 101), None);
    assert_eq!(taken(&block(7, 3)), [(7, 3)]);
}

#[test]
fn issue14_identity_is_the_default_mapping_in_two_extents() {
    assert_eq!(text(&identity(65537)), "0 0 1\n1 1 65536\n");
}

#[test]
fn native_ids_read_back_through_a_uid_map() {
    let map = "         0      65534          1\n         1     300000      65536\n";
    assert_eq!(to_container(map, 65534), Some(0));
    assert_eq!(to_container(map, 300000), Some(1));
    assert_eq!(to_container(map, 301233), Some(1234));
    assert_eq!(to_container(map, 365536), None);
    assert_eq!(to_container(map, 0), None);
    assert_eq!(to_container("garbage\n", 0), None);
}
