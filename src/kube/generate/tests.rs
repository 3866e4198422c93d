use serde_json::json;

use super::*;

fn config(v: Value) -> ContainerConfig {
    let mut base = json!({
        "id": "c".repeat(64), "name": "web_1", "created": "2026-12-04T00:00:00Z",
        "image": "reg.example/web:1", "image_id": format!("sha256:{}", "a".repeat(64)),
        "spec": {"process": {"args": ["httpd"], "cwd": "/srv", "user": "1000:1000",
                 "capabilities": crate::spec::defaults::CAPABILITIES.iter().filter(|c| **c != "CAP_NET_RAW").chain(["CAP_SYS_TIME"].iter()).collect::<Vec<_>>()},
                 "root": {"lower": [], "upper": "/u", "work": "/w", "mountpoint": "/m", "readonly": true}},
        "path": "httpd", "args": [],
        "env": ["PATH=/usr/bin", "HOSTNAME=x", "MODE=prod"],
        "entrypoint": ["httpd"], "cmd": ["-f", "-p", "80"],
        "labels": {"team": "a", "org.opencontainers.image.title": "x y", "note": "has spaces"},
        "restart_policy": {"Name": "always"},
        "net": {"ports": [{"proto": "tcp", "host_ports": [8080, 8080], "container_port": 80}],
                "dns": ["10.0.0.2"], "extra_hosts": ["db:10.0.0.9"]},
        "mounts": [{"Type": "volume", "Name": "data", "Source": "/x", "Destination": "/data", "RW": true},
                   {"Type": "bind", "Source": "/etc/hostname", "Destination": "/h", "RW": false}],
        "healthcheck": {"Test": ["CMD-SHELL", "wget -q localhost"], "Interval": 5_000_000_000u64, "Retries": 2},
    });
    if let (Some(b), Some(o)) = (base.as_object_mut(), v.as_object()) {
        for (k, x) in o {
            b.insert(k.clone(), x.clone());
        }
    }
    serde_json::from_value(base).unwrap()
}

#[test]
fn a_container_becomes_a_pod_with_its_settings() {
    let c = config(json!({}));
    let g = Group {
        name: c.name.clone(),
        pod: None,
        containers: vec![&c],
        infra: None,
        image_env: Default::default(),
    };
    let (o, warn) = objects(&g, &Shape::default());
    assert_eq!(o.len(), 1, "{warn:?}");
    let pod = &o[0];
    assert_eq!(pod["kind"], "Pod");
    assert_eq!(pod["metadata"]["name"], "web-1");
    assert_eq!(
        pod["metadata"]["labels"],
        json!({"app": "web-1", "team": "a"})
    );
    assert_eq!(
        pod["metadata"]["annotations"],
        json!({"note": "has spaces"})
    );
    let ct = &pod["spec"]["containers"][0];
    assert_eq!(ct["command"], json!(["httpd"]));
    assert_eq!(ct["args"], json!(["-f", "-p", "80"]));
    assert_eq!(
        ct["env"],
        json!([{"name": "PATH", "value": "/usr/bin"}, {"name": "MODE", "value": "prod"}])
    );
    assert_eq!(ct["workingDir"], "/srv");
    assert_eq!(
        ct["ports"],
        json!([{"containerPort": 80, "hostPort": 8080, "protocol": "TCP"}])
    );
    assert_eq!(
        ct["securityContext"]["capabilities"],
        json!({"add": ["SYS_TIME"], "drop": ["NET_RAW"]})
    );
    assert_eq!(ct["securityContext"]["runAsUser"], 1000);
    assert_eq!(ct["securityContext"]["readOnlyRootFilesystem"], true);
    assert_eq!(
        ct["livenessProbe"]["exec"]["command"],
        json!(["/bin/sh", "-c", "wget -q localhost"])
    );
    assert_eq!(ct["livenessProbe"]["periodSeconds"], 5);
    assert_eq!(ct["livenessProbe"]["failureThreshold"], 2);
    assert_eq!(
        ct["volumeMounts"][0],
        json!({"name": "data", "mountPath": "/data"})
    );
    assert_eq!(ct["volumeMounts"][1]["readOnly"], true);
    let vols = &pod["spec"]["volumes"];
    assert!(
        vols.as_array()
            .unwrap()
            .iter()
            .any(|v| v["persistentVolumeClaim"]["claimName"] == "data")
    );
    assert!(
        vols.as_array()
            .unwrap()
            .iter()
            .any(|v| v["hostPath"]["path"] == "/etc/hostname" && v["hostPath"]["type"] == "File")
    );
    assert_eq!(pod["spec"]["restartPolicy"], "Always");
    assert_eq!(pod["spec"]["dnsConfig"]["nameservers"], json!(["10.0.0.2"]));
    assert_eq!(pod["spec"]["dnsPolicy"], "None");
    assert_eq!(
        pod["spec"]["hostAliases"],
        json!([{"ip": "10.0.0.9", "hostnames": ["db"]}])
    );
}

#[test]
fn shapes_deployment_job_and_service() {
    let c = config(json!({"restart_policy": {"Name": "no"}}));
    let g = Group {
        name: "app".into(),
        pod: None,
        containers: vec![&c],
        infra: None,
        image_env: Default::default(),
    };
    let shape = Shape {
        kind: "deployment".into(),
        replicas: Some(3),
        service: true,
    };
    let (o, _) = objects(&g, &shape);
    assert_eq!(o[0]["kind"], "Deployment");
    assert_eq!(o[0]["spec"]["replicas"], 3);
    assert_eq!(o[0]["spec"]["selector"]["matchLabels"]["app"], "app");
    assert_eq!(o[0]["spec"]["template"]["spec"]["restartPolicy"], "Always");
    assert_eq!(o[1]["kind"], "Service");
    assert_eq!(
        o[1]["spec"]["ports"][0],
        json!({"name": "tcp-80", "port": 8080, "targetPort": 80, "protocol": "TCP"})
    );
    let (o, _) = objects(
        &g,
        &Shape {
            kind: "job".into(),
            ..Default::default()
        },
    );
    assert_eq!(o[0]["apiVersion"], "batch/v1");
    assert_eq!(o[0]["spec"]["template"]["spec"]["restartPolicy"], "Never");
}

#[test]
fn names_and_labels_are_kubernetes_valid() {
    assert_eq!(dns_label("My_App.1"), "my-app-1");
    assert_eq!(dns_label("--"), "x");
    assert_eq!(dns_label(&"a".repeat(80)).len(), 63);
    assert!(label_key("app.kubernetes.io/name") && label_key("team"));
    assert!(!label_key("Bad/Prefix/x") && !label_key("-x"));
    assert!(label_value("") && label_value("v1.2_x") && !label_value("has space"));
}
