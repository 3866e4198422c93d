use super::*;

fn specs() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    std::fs::write(
        t.path().join("vendor.json"),
        r#"{"cdiVersion": "0.6.0", "kind": "vendor.example/acc",
            "containerEdits": {"env": ["ACC_COMMON=1"]},
            "devices": [
              {"name": "a0", "containerEdits": {
                 "deviceNodes": [{"path": "/dev/acc0", "hostPath": "/dev/null"}],
                 "env": ["ACC=a0"],
                 "mounts": [{"hostPath": "/etc/hostname", "containerPath": "/etc/acc0", "options": ["ro", "bind"]}]}},
              {"name": "a1", "containerEdits": {
                 "deviceNodes": [{"path": "/dev/acc1", "type": "c", "major": 1, "minor": 7, "permissions": "rw"}]}}
            ]}"#,
    )
    .unwrap();
    std::fs::write(
        t.path().join("hooked.yaml"),
        "cdiVersion: \"0.6.0\"\nkind: vendor.example/hooked\ndevices:\n  - name: h\n    containerEdits:\n      hooks:\n        - hookName: createContainer\n          path: /bin/true\n",
    )
    .unwrap();
    t
}

#[test]
fn names_resolve_to_nodes_env_and_mounts() {
    let t = specs();
    let dirs = [t.path().to_path_buf()];
    let r = resolve(&["vendor.example/acc=a0".into()], &dirs).unwrap();
    assert_eq!(r.env, ["ACC_COMMON=1", "ACC=a0"]);
    assert_eq!(r.devices.len(), 1);
    let d = &r.devices[0];
    assert_eq!(
        (d.path.as_str(), d.kind.as_str(), d.major, d.minor),
        ("/dev/acc0", "c", 1, 3)
    );
    assert_eq!(d.host_path.as_deref(), Some("/dev/null"));
    assert_eq!(
        r.mounts,
        [BindEdit {
            host: "/etc/hostname".into(),
            container: "/etc/acc0".into(),
            readonly: true
        }]
    );
    let all = resolve(&["vendor.example/acc=all".into()], &dirs).unwrap();
    let paths: Vec<&str> = all.devices.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(paths, ["/dev/acc0", "/dev/acc1"]);
    assert_eq!(all.devices[1].access, "rw");
}

#[test]
fn unknown_names_hooks_and_bad_specs_are_errors() {
    let t = specs();
    let dirs = [t.path().to_path_buf()];
    for name in ["vendor.example/acc=zz", "other.example/x=y"] {
        assert!(
            matches!(resolve(&[name.into()], &dirs), Err(CdiError::Unknown(..))),
            "{name}"
        );
    }
    assert!(matches!(
        resolve(&["vendor.example/hooked=h".into()], &dirs),
        Err(CdiError::Unsupported { .. })
    ));
    std::fs::write(
        t.path().join("bad.json"),
        "{\"cdiVersion\": \"0.6.0\", \"kind\": \"nokind\"}",
    )
    .unwrap();
    let e = resolve(&["vendor.example/acc=a0".into()], &dirs).unwrap_err();
    assert!(e.to_string().contains("bad.json"), "{e}");
    // nothing asked: no spec is read
    assert_eq!(resolve(&[], &dirs).unwrap(), Resolved::default());
}

#[test]
fn names_and_gpus() {
    assert!(is_cdi_name("nvidia.com/gpu=all"));
    assert!(is_cdi_name("vendor.example/acc=a0"));
    assert!(!is_cdi_name("/dev/sda"));
    assert!(!is_cdi_name("/dev/sda:/dev/xvda:rw"));
    assert!(!is_cdi_name("name=x"));
    assert_eq!(gpus("all").unwrap(), ["nvidia.com/gpu=all"]);
    assert_eq!(
        gpus("\"device=0,2\"").unwrap(),
        ["nvidia.com/gpu=0", "nvidia.com/gpu=2"]
    );
    assert!(gpus("2").is_err() && gpus("device=").is_err());
}
