use super::*;

fn image(entrypoint: Option<&[&str]>, cmd: Option<&[&str]>) -> RunConfig {
    RunConfig {
        entrypoint: entrypoint.map(|v| v.iter().map(|s| s.to_string()).collect()),
        cmd: cmd.map(|v| v.iter().map(|s| s.to_string()).collect()),
        env: Some(vec!["PATH=/bin".into(), "A=image".into()]),
        working_dir: Some("/srv".into()),
        user: Some("app".into()),
        ..RunConfig::default()
    }
}

fn req() -> Request {
    Request {
        id: "0123456789abcdef".repeat(4),
        ..Request::default()
    }
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

#[test]
fn entrypoint_and_cmd_follow_docker_rules() {
    let img = image(Some(&["/entry"]), Some(&["default"]));
    assert_eq!(
        command(&req(), &img).unwrap(),
        (s(&["/entry"]), s(&["default"]))
    );
    let r = Request {
        command: s(&["x", "y"]),
        ..req()
    };
    assert_eq!(command(&r, &img).unwrap(), (s(&["/entry"]), s(&["x", "y"])));
    // --entrypoint replaces the image's and drops its Cmd
    let r = Request {
        entrypoint: Some(s(&["/other"])),
        ..req()
    };
    assert_eq!(command(&r, &img).unwrap(), (s(&["/other"]), vec![]));
    // --entrypoint "" clears it; the image's Cmd is dropped too, so a command is needed
    let r = Request {
        entrypoint: Some(vec![]),
        ..req()
    };
    assert_eq!(command(&r, &img), Err(SpecError::NoCommand));
    assert_eq!(
        command(&req(), &image(None, None)),
        Err(SpecError::NoCommand)
    );
}

#[test]
fn environment_merges_by_key() {
    let img = image(None, Some(&["sh"]));
    let keep = Some(Vec::new());
    let env = environment(&img, &keep, &s(&["A=mine", "B=2", "SKIFF_TEST_UNSET_VAR"]));
    assert_eq!(env, s(&["PATH=/bin", "A=mine", "B=2"]));
    let no_path = RunConfig::default();
    assert!(environment(&no_path, &keep, &[])[0].starts_with("PATH=/usr/local/sbin"));
}

#[test]
fn issue16_unsetenv_takes_defaults_away() {
    let img = image(None, Some(&["sh"]));
    let unset = Some(s(&["PATH"]));
    assert_eq!(
        environment(&img, &unset, &s(&["B=2"])),
        s(&["A=image", "B=2"])
    );
    assert_eq!(
        environment(&img, &None, &s(&["B=2"])),
        s(&["B=2"]),
        "all of them"
    );
    assert_eq!(
        environment(&img, &unset, &s(&["PATH=/mine"])),
        s(&["A=image", "PATH=/mine"]),
        "what the user sets stays"
    );
}

#[test]
fn capabilities_add_drop_all_privileged() {
    let base = capabilities(&req()).unwrap();
    assert_eq!(base.len(), 14);
    let r = Request {
        cap_add: s(&["net_admin"]),
        cap_drop: s(&["CAP_CHOWN", "kill"]),
        ..req()
    };
    let c = capabilities(&r).unwrap();
    assert!(c.contains(&"CAP_NET_ADMIN".to_string()));
    assert!(!c.contains(&"CAP_CHOWN".to_string()) && !c.contains(&"CAP_KILL".to_string()));
    let r = Request {
        cap_drop: s(&["ALL"]),
        cap_add: s(&["chown"]),
        ..req()
    };
    assert_eq!(capabilities(&r).unwrap(), s(&["CAP_CHOWN"]));
    let r = Request {
        privileged: true,
        ..req()
    };
    assert!(capabilities(&r).unwrap().len() > 30);
    let r = Request {
        cap_add: s(&["fly"]),
        ..req()
    };
    assert!(capabilities(&r).is_err());
}

#[test]
fn build_fills_defaults() {
    let img = image(None, Some(&["sh"]));
    let root = Root::default();
    let spec = build(
        &Request {
            workdir: Some("/work".into()),
            ..req()
        },
        &img,
        root.clone(),
        vec![],
    )
    .unwrap();
    assert_eq!(spec.process.args, s(&["sh"]));
    assert_eq!(spec.process.cwd, "/work");
    assert_eq!(spec.process.user, "app");
    assert_eq!(spec.hostname, "0123456789ab");
    assert_eq!(spec.linux.network, "none");
    assert!(spec.linux.masked_paths.contains(&"/proc/kcore".to_string()));
    assert!(spec.linux.readonly_paths.contains(&"/proc/sys".to_string()));
    let spec = build(
        &Request {
            privileged: true,
            user: Some("0".into()),
            ..req()
        },
        &img,
        root.clone(),
        vec![],
    )
    .unwrap();
    assert!(spec.linux.masked_paths.is_empty() && spec.linux.privileged);
    assert_eq!(spec.process.user, "0");
    assert_eq!(
        build(&req(), &image(None, Some(&["sh"])), root.clone(), vec![])
            .unwrap()
            .process
            .cwd,
        "/srv"
    );
    assert!(
        build(
            &Request {
                workdir: Some("rel".into()),
                ..req()
            },
            &img,
            root,
            vec![]
        )
        .is_err()
    );
}

#[test]
fn issue16_env_merge_expands_from_the_environment_so_far() {
    let env = vec!["PATH=/bin".to_string(), "A=1".to_string()];
    let merged = env_merged(
        env,
        &[
            "PATH=/opt:${PATH}".into(),
            "B=$A-${A}-$NOPE-$-${".into(),
            "A=2".into(),
        ],
    );
    assert_eq!(merged, ["PATH=/opt:/bin", "A=2", "B=1-1--$-${"]);
}
