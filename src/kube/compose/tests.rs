use serde_json::json;

use super::*;
use crate::engine::container::create::CreateOptions;

fn service(name: &str, image: &str) -> ComposeService {
    let mut options = CreateOptions {
        image: image.into(),
        ..Default::default()
    };
    options.request.command = vec!["serve".into()];
    options.request.env = vec!["MODE=prod".into()];
    options.labels = [
        ("com.docker.compose.project".to_string(), "app".to_string()),
        ("tier".to_string(), "front".to_string()),
    ]
    .into();
    ComposeService {
        name: name.into(),
        options,
        replicas: 1,
        depends_on: Vec::new(),
        files: Vec::new(),
        ports: Vec::new(),
    }
}

fn find<'a>(objs: &'a [Value], kind: &str, name: &str) -> &'a Value {
    objs.iter()
        .find(|o| o["kind"] == kind && o["metadata"]["name"] == name)
        .unwrap_or_else(|| panic!("no {kind} {name} in {objs:#?}"))
}

#[test]
fn issue18_services_become_deployments_services_claims_and_stores() {
    let mut web = service("web", "reg/web:1");
    web.replicas = 3;
    web.options.volumes = vec!["app_data:/data".into(), "/srv/static:/static:ro".into()];
    web.options.mounts = vec!["type=bind,source=/cfg/msg.txt,target=/etc/msg,readonly".into()];
    web.options.tmpfs = vec!["/run:size=1m".into()];
    web.ports = vec![(80, "tcp".into())];
    web.files = vec![
        ServiceFile {
            kind: "configs".into(),
            source: "msg".into(),
            target: "/etc/msg".into(),
            content: b"hello".to_vec(),
        },
        ServiceFile {
            kind: "secrets".into(),
            source: "db_pass".into(),
            target: "/run/secrets/db_pass".into(),
            content: b"s3cret".to_vec(),
        },
    ];
    let mut client = service("client", "reg/client:1");
    client.depends_on = vec![
        ("web".into(), "service_healthy".into()),
        ("cache".into(), "service_started".into()),
    ];
    let (objs, warnings) = objects(&[web, client]).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    // claims and stores first, then each service's Deployment and Service
    let kinds: Vec<&str> = objs.iter().filter_map(|o| o["kind"].as_str()).collect();
    assert_eq!(
        kinds,
        [
            "PersistentVolumeClaim",
            "ConfigMap",
            "Secret",
            "Deployment",
            "Service",
            "Deployment"
        ]
    );
    assert_eq!(
        find(&objs, "PersistentVolumeClaim", "app-data")["kind"],
        "PersistentVolumeClaim"
    );
    assert_eq!(
        find(&objs, "ConfigMap", "msg")["data"],
        json!({"msg": "hello"})
    );
    assert_eq!(
        find(&objs, "Secret", "db-pass")["data"],
        json!({"db_pass": "czNjcmV0"})
    );
    let d = find(&objs, "Deployment", "web");
    assert_eq!(d["spec"]["replicas"], 3);
    assert_eq!(
        d["metadata"]["labels"],
        json!({"app": "web", "tier": "front"})
    );
    let pod = &d["spec"]["template"]["spec"];
    let c = &pod["containers"][0];
    assert_eq!(c["name"], "web");
    assert_eq!(c["args"], json!(["serve"]));
    let mounts: Vec<(&str, &str)> = c["volumeMounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["name"].as_str().unwrap(),
                m["mountPath"].as_str().unwrap(),
            )
        })
        .collect();
    // the config's bind mount gave way to its ConfigMap
    assert_eq!(
        mounts,
        [
            ("app-data", "/data"),
            ("host-srv-static", "/static"),
            ("tmp-run", "/run"),
            ("configmap-msg", "/etc/msg"),
            ("secret-db-pass", "/run/secrets/db_pass"),
        ]
    );
    assert_eq!(c["volumeMounts"][3]["subPath"], "msg");
    let svc = find(&objs, "Service", "web");
    assert_eq!(
        svc["spec"]["ports"],
        json!([{"name": "tcp-80", "port": 80, "targetPort": 80, "protocol": "TCP"}])
    );
    // depends_on: an annotation, and a wait for the healthy one's port
    let d = find(&objs, "Deployment", "client");
    assert_eq!(d["metadata"]["annotations"][DEPENDS_ON], "web,cache");
    let init = &d["spec"]["template"]["spec"]["initContainers"];
    assert_eq!(init.as_array().map(Vec::len), Some(1));
    assert_eq!(init[0]["name"], "wait-for-web");
    assert!(
        init[0]["command"][2]
            .as_str()
            .unwrap()
            .contains("nc -w 1 web 80")
    );
    assert!(
        objs.iter()
            .all(|o| !(o["kind"] == "Service" && o["metadata"]["name"] == "client"))
    );
}

#[test]
fn issue18_a_healthy_dependency_without_a_port_is_an_annotation_and_a_warning() {
    let web = service("web", "reg/web:1");
    let mut client = service("client", "reg/client:1");
    client.depends_on = vec![("web".into(), "service_healthy".into())];
    let (objs, warnings) = objects(&[web, client]).unwrap();
    let d = find(&objs, "Deployment", "client");
    assert_eq!(d["metadata"]["annotations"][DEPENDS_ON], "web");
    assert!(d["spec"]["template"]["spec"]["initContainers"].is_null());
    assert!(
        warnings.iter().any(|w| w.contains("no port to wait for")),
        "{warnings:?}"
    );
}
