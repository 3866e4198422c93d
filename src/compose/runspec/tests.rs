use super::*;
use serde_json::json;

fn project(doc: Value) -> Project {
    Project {
        name: "app".into(),
        directory: "/srv/app".into(),
        files: vec!["/srv/app/compose.yaml".into()],
        doc,
        warnings: Vec::new(),
        vars: vec![
            ("FROM_ENV".into(), "yes".into()),
            ("HOME".into(), "/home/u".into()),
        ],
    }
}

fn no_files(_: &Path) -> std::io::Result<String> {
    Err(std::io::ErrorKind::NotFound.into())
}

/// The flags as `FLAG VALUE` strings (lone flags as they are), without the labels.
fn flags(s: &RunSpec) -> Vec<String> {
    let mut out = Vec::new();
    let mut it = s.flags.iter();
    while let Some(f) = it.next() {
        if is_lone_flag(f) {
            out.push(f.clone());
        } else if let Some(v) = it.next()
            && f != "--label"
        {
            out.push(format!("{f} {v}"));
        }
    }
    out
}

#[test]
fn a_service_becomes_run_flags() {
    let p = project(json!({
        "services": {
            "web": {
                "image": "busybox", "command": "httpd -f", "entrypoint": ["/bin/sh", "-c"],
                "environment": {"A": "1", "FROM_ENV": null, "UNSET": null},
                "ports": ["8080:80"], "expose": [9000],
                "volumes": ["./html:/www:ro", "data:/data", "/cache", "~/x:/x",
                    {"type": "tmpfs", "target": "/t", "tmpfs": {"size": "1m"}},
                    {"type": "volume", "source": "data", "target": "/d2", "volume": {"nocopy": true}, "read_only": true},
                    {"type": "bind", "source": "../up", "target": "/up"}],
                "networks": {"front": {"aliases": ["www"], "ipv4_address": "10.5.0.9", "ipv6_address": "fd00:5::9", "link_local_ips": ["169.254.7.7"]}, "back": null},
                "healthcheck": {"test": ["CMD", "wget", "-q", "localhost"], "interval": "2s", "retries": 3},
                "restart": "on-failure:2", "init": true, "tty": true, "user": 1000,
                "stop_grace_period": "1500ms", "deploy": {"resources": {"limits": {"memory": "64M", "cpus": "0.5"}}},
                "ulimits": {"nofile": {"soft": 100, "hard": 200}, "nproc": 50},
                "extra_hosts": ["gw:10.0.0.1", "other=10.0.0.2"], "depends_on": ["db"]
            },
            "db": {"image": "busybox", "network_mode": "none"}
        },
        "volumes": {"data": null},
        "networks": {"front": null, "back": {"name": "shared-back"}}
    }));
    let s = run_spec(&p, "web", 1, "h1", &no_files).unwrap();
    assert_eq!(s.name, "app-web-1");
    assert_eq!(s.image, "busybox");
    assert_eq!(s.command, ["httpd", "-f"]);
    assert_eq!(s.entrypoint, Some(vec!["/bin/sh".into(), "-c".into()]));
    assert_eq!(
        s.health_test,
        Some(vec![
            "CMD".into(),
            "wget".into(),
            "-q".into(),
            "localhost".into()
        ])
    );
    assert_eq!(
        flags(&s),
        [
            "--name app-web-1",
            "-e A=1",
            "-e FROM_ENV=yes",
            "-p 8080:80",
            "--expose 9000",
            "-v /srv/app/html:/www:ro",
            "-v app_data:/data",
            "-v /cache",
            "-v /home/u/x:/x",
            "--mount type=tmpfs,tmpfs-size=1m,target=/t",
            "--mount type=volume,source=app_data,volume-nocopy,target=/d2,readonly",
            "--mount type=bind,source=/srv/up,target=/up",
            "--network name=app_front,alias=web,alias=www,ip=10.5.0.9,ip6=fd00:5::9,link-local-ip=169.254.7.7",
            "--network name=shared-back,alias=web",
            "--add-host gw:10.0.0.1",
            "--add-host other:10.0.0.2",
            "--ulimit nofile=100:200",
            "--ulimit nproc=50:50",
            "--user 1000",
            "--cpus 0.5",
            "--memory 64M",
            "--stop-timeout 2",
            "--restart on-failure:2",
            "--init",
            "--tty",
            "--health-interval=2s",
            "--health-retries=3",
        ]
    );
    let labels: Vec<&String> = s
        .flags
        .iter()
        .filter(|f| f.starts_with("com.docker.compose."))
        .collect();
    assert!(labels.contains(&&"com.docker.compose.project=app".to_string()));
    assert!(labels.contains(&&"com.docker.compose.config-hash=h1".to_string()));
    assert!(labels.contains(&&"com.docker.compose.container-number=1".to_string()));
    let db = run_spec(&p, "db", 1, "h", &no_files).unwrap();
    assert!(flags(&db).contains(&"--network none".to_string()));
}

#[test]
fn references_between_services_become_container_names() {
    let p = project(json!({"services": {
        "a": {"image": "i", "network_mode": "service:b", "volumes_from": ["b:ro", "container:x"], "links": ["b:bee"],
              "pid": "service:b", "ipc": "container:x"},
        "b": {"image": "i", "container_name": "the-b"},
        "c": {"build": "."}
    }}));
    let s = run_spec(&p, "a", 1, "h", &no_files).unwrap();
    let f = flags(&s);
    assert!(f.contains(&"--network container:the-b".into()), "{f:?}");
    assert!(f.contains(&"--volumes-from the-b:ro".into()), "{f:?}");
    assert!(f.contains(&"--volumes-from x".into()), "{f:?}");
    assert!(f.contains(&"--link the-b:bee".into()), "{f:?}");
    assert!(f.contains(&"--pid container:the-b".into()), "{f:?}");
    assert!(f.contains(&"--ipc container:x".into()), "{f:?}");
    assert_eq!(run_spec(&p, "c", 2, "h", &no_files).unwrap().image, "app-c");
    assert_eq!(
        run_spec(&p, "c", 2, "h", &no_files).unwrap().name,
        "app-c-2"
    );
}

#[test]
fn env_files_in_order_and_optional_ones() {
    let p = project(json!({"services": {"a": {"image": "i",
        "env_file": ["one.env", {"path": "missing.env", "required": false}, {"path": "raw.env", "format": "raw"}],
        "environment": ["B=over"]}}}));
    let read = |path: &Path| -> std::io::Result<String> {
        match path.to_str() {
            Some("/srv/app/one.env") => Ok("A=1\nB=2\n".into()),
            Some("/srv/app/raw.env") => Ok("# c\nQ='kept as is'\n".into()),
            _ => Err(std::io::ErrorKind::NotFound.into()),
        }
    };
    let f = flags(&run_spec(&p, "a", 1, "h", &read).unwrap());
    assert_eq!(
        &f[1..],
        [
            "-e A=1",
            "-e B=2",
            "-e Q='kept as is'",
            "-e B=over",
            "--network name=app_default,alias=a"
        ]
    );
    let p = project(json!({"services": {"a": {"image": "i", "env_file": "nope.env"}}}));
    let e = run_spec(&p, "a", 1, "h", &read).unwrap_err();
    assert_eq!(e.key, "env_file");
    assert!(e.why.starts_with("/srv/app/nope.env:"), "{e}");
}

#[test]
fn errors_name_the_service_and_key() {
    let bad = |svc: Value| {
        let p = project(json!({"services": {"s": svc}, "networks": {"n": null}}));
        run_spec(&p, "s", 1, "h", &no_files).unwrap_err()
    };
    assert_eq!(bad(json!({"image": "i", "bogus": 1})).key, "bogus");
    assert_eq!(bad(json!({})).key, "image");
    assert_eq!(
        bad(json!({"image": "i", "volumes": ["nope:/x"]})).key,
        "volumes"
    );
    assert_eq!(
        bad(json!({"image": "i", "networks": ["other"]})).key,
        "networks"
    );
    assert_eq!(
        bad(json!({"image": "i", "network_mode": "host", "networks": ["n"]})).key,
        "network_mode"
    );
    assert_eq!(
        bad(json!({"image": "i", "network_mode": "service:zz"})).key,
        "network_mode"
    );
    assert_eq!(
        bad(json!({"image": "i", "healthcheck": {"test": ["BOGUS"]}})).key,
        "healthcheck.test"
    );
    assert_eq!(bad(json!({"image": "i", "init": "yes"})).key, "init");
    assert_eq!(
        bad(json!({"image": "i", "stop_grace_period": "soon"})).key,
        "stop_grace_period"
    );
    assert_eq!(
        check_keys(&json!({"image": "i", "group_add": ["x"], "x-mine": 1}), "s").unwrap(),
        ["group_add"]
    );
    assert_eq!(
        bad(json!({"image": "i", "secrets": ["nope"]})).key,
        "secrets.0"
    );
    // keys skiff implements are not reported as ignored
    assert!(
        check_keys(
            &json!({"image": "i", "secrets": [], "configs": [], "pid": "host", "ipc": "host"}),
            "s"
        )
        .unwrap()
        .is_empty()
    );
}

#[test]
fn healthcheck_forms() {
    let p = project(json!({"services": {
        "a": {"image": "i", "healthcheck": {"test": "wget -q localhost || exit 1", "timeout": "1s"}},
        "b": {"image": "i", "healthcheck": {"test": ["CMD-SHELL", "true"]}},
        "c": {"image": "i", "healthcheck": {"disable": true}},
        "d": {"image": "i", "healthcheck": {"test": ["NONE"]}}
    }}));
    let f = |s| flags(&run_spec(&p, s, 1, "h", &no_files).unwrap());
    assert!(f("a").contains(&"--health-cmd=wget -q localhost || exit 1".into()));
    assert!(f("a").contains(&"--health-timeout=1s".into()));
    assert!(f("b").contains(&"--health-cmd=true".into()));
    assert!(f("c").contains(&"--no-healthcheck".into()));
    assert!(f("d").contains(&"--no-healthcheck".into()));
}

#[test]
fn secrets_and_configs_from_files_variables_and_content() {
    let p = project(json!({
        "services": {"a": {"image": "i",
            "secrets": ["pw", {"source": "token", "target": "tok"}],
            "configs": ["app", {"source": "inline", "target": "/etc/app.conf"}]}},
        "secrets": {"pw": {"file": "./pw.txt"}, "token": {"environment": "FROM_ENV"}},
        "configs": {"app": {"file": "/etc/app.ini"}, "inline": {"content": "k=v\n"}}
    }));
    let s = run_spec(&p, "a", 1, "h", &no_files).unwrap();
    let f = flags(&s);
    assert!(
        f.contains(&"-v /srv/app/pw.txt:/run/secrets/pw:ro".to_string()),
        "{f:?}"
    );
    assert!(f.contains(&"-v /etc/app.ini:/app:ro".to_string()), "{f:?}");
    assert_eq!(
        s.files,
        [
            ("/run/secrets/tok".to_string(), "yes".to_string()),
            ("/etc/app.conf".to_string(), "k=v\n".to_string())
        ]
    );
}
