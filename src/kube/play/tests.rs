use super::*;

fn plan_of(yaml: &str) -> Result<Plan, PlayError> {
    plan(&documents(yaml)?, &PlayOptions::default())
}

fn has(flags: &[String], f: &str) -> bool {
    flags.iter().any(|x| x == f)
}

const APP: &str = r#"
apiVersion: v1
kind: ConfigMap
metadata: {name: cfg}
data: {greeting: hello, app.conf: "port=1\n"}
---
apiVersion: v1
kind: Secret
metadata: {name: sec}
data: {password: c2VjcmV0}
stringData: {user: admin}
---
apiVersion: v1
kind: Service
metadata: {name: websvc}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{port: 80, targetPort: http, nodePort: 30080}]
---
apiVersion: v1
kind: Pod
metadata: {name: web, labels: {app: web}}
spec:
  hostname: box
  initContainers:
  - {name: init, image: busybox, command: [true]}
  containers:
  - name: server
    image: busybox
    imagePullPolicy: Always
    command: [sh, -c]
    args: ["echo $(GREETING) $$(LITERAL)"]
    workingDir: /srv
    env:
    - {name: GREETING, valueFrom: {configMapKeyRef: {name: cfg, key: greeting}}}
    - {name: PASS, valueFrom: {secretKeyRef: {name: sec, key: password}}}
    - {name: POD, valueFrom: {fieldRef: {fieldPath: metadata.name}}}
    envFrom: [{prefix: S_, secretRef: {name: sec}}]
    ports: [{name: http, containerPort: 8080, hostPort: 18080}]
    resources: {limits: {memory: 64Mi, cpu: 500m}, requests: {memory: 32Mi, cpu: 250m}}
    securityContext: {runAsUser: 1000, runAsGroup: 1000, readOnlyRootFilesystem: true, capabilities: {add: [NET_ADMIN], drop: [ALL]}}
    livenessProbe: {httpGet: {path: /health, port: http}, periodSeconds: 5, failureThreshold: 2}
    volumeMounts:
    - {name: conf, mountPath: /etc/app}
    - {name: conf, mountPath: /etc/one.conf, subPath: app.conf}
    - {name: secret, mountPath: /etc/sec}
    - {name: data, mountPath: /data, subPath: web}
    - {name: host, mountPath: /host, readOnly: true}
    - {name: scratch, mountPath: /scratch}
    - {name: mem, mountPath: /mem}
  volumes:
  - {name: conf, configMap: {name: cfg, items: [{key: app.conf, path: sub/app.conf, mode: 0600}]}}
  - {name: secret, secret: {secretName: sec, defaultMode: 256}}
  - {name: data, persistentVolumeClaim: {claimName: webdata}}
  - {name: host, hostPath: {path: /srv/www, type: DirectoryOrCreate}}
  - {name: scratch, emptyDir: {}}
  - {name: mem, emptyDir: {medium: Memory, sizeLimit: 1Mi}}
"#;

#[test]
fn issue18_a_pod_becomes_pod_and_run_flags() {
    let p = plan_of(APP).unwrap();
    assert_eq!(p.networks, vec!["kube"]);
    assert_eq!(p.claims, vec!["webdata"]);
    assert_eq!(p.pods.len(), 1);
    let pod = &p.pods[0];
    assert_eq!(pod.name, "web");
    for f in [
        "--name=web",
        "--label=app=web",
        "--label=io.skiff.kube.play=Pod",
        "--network=kube",
        "--network-alias=websvc",
        "--hostname=box",
        "--publish=18080:8080/tcp",
        "--publish=30080:8080/tcp",
        "--exit-policy=stop",
    ] {
        assert!(has(&pod.flags, f), "{f} in {:?}", pod.flags);
    }
    // the pod's directories: the ConfigMap's one item, the Secret's keys, emptyDir
    let dir = |v: &str| pod.dirs.iter().find(|d| d.volume == v).unwrap();
    assert_eq!(
        dir("conf").files,
        vec![PodFile {
            path: "sub/app.conf".into(),
            data: b"port=1\n".to_vec(),
            mode: 0o600
        }]
    );
    let sec = dir("secret");
    assert_eq!(sec.files.len(), 2);
    assert!(sec.files.iter().all(|f| f.mode == 0o400));
    assert!(
        sec.files
            .iter()
            .any(|f| f.path == "password" && f.data == b"secret")
    );
    assert_eq!(dir("scratch").mode, 0o777);
    assert!(dir("scratch").files.is_empty());
    let init = &pod.containers[0];
    assert_eq!(init.name, "web-init");
    assert!(has(&init.flags, "--init-ctr=always"));
    let c = &pod.containers[1];
    assert_eq!(c.name, "web-server");
    assert_eq!(c.entrypoint, Some(vec!["sh".into(), "-c".into()]));
    assert_eq!(c.command, vec!["echo hello $(LITERAL)"]);
    for f in [
        "--restart=always",
        "--pull=always",
        "--workdir=/srv",
        "--env=GREETING=hello",
        "--env=PASS=secret",
        "--env=POD=web",
        "--env=S_user=admin",
        "--memory=67108864",
        "--cpus=0.500",
        "--memory-reservation=33554432",
        "--cpu-shares=256",
        "--user=1000:1000",
        "--read-only",
        "--cap-add=NET_ADMIN",
        "--cap-drop=ALL",
        "--health-interval=5s",
        "--health-retries=2",
        "--health-on-failure=kill",
        "--mount=type=volume,source=webdata,target=/data,subpath=web",
        "--volume=/srv/www:/host:ro",
        "--mount=type=tmpfs,target=/mem,tmpfs-size=1048576",
    ] {
        assert!(has(&c.flags, f), "{f} in {:?}", c.flags);
    }
    assert!(
        c.flags
            .iter()
            .any(|f| f.starts_with("--health-cmd=") && f.contains("http://localhost:8080/health"))
    );
    let mounts: Vec<(&str, &str, &str, bool)> = c
        .dir_mounts
        .iter()
        .map(|m| {
            (
                m.volume.as_str(),
                m.target.as_str(),
                m.subpath.as_str(),
                m.readonly,
            )
        })
        .collect();
    assert_eq!(c.claim_subpaths, vec![("webdata".into(), "web".into())]);
    assert_eq!(
        mounts,
        vec![
            ("conf", "/etc/app", "", true),
            ("conf", "/etc/one.conf", "app.conf", true),
            ("secret", "/etc/sec", "", true),
            ("scratch", "/scratch", "", false),
        ]
    );
}

#[test]
fn issue18_workloads_make_their_pods() {
    let p = plan_of(
        r#"
apiVersion: apps/v1
kind: Deployment
metadata: {name: api}
spec:
  replicas: 3
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers: [{name: c, image: busybox, ports: [{containerPort: 80, hostPort: 8080}]}]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      hostNetwork: true
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: once}
spec:
  template:
    spec:
      restartPolicy: OnFailure
      containers: [{name: c, image: busybox}]
"#,
    )
    .unwrap();
    let names: Vec<&str> = p.pods.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        vec![
            "api-pod-0",
            "api-pod-1",
            "api-pod-2",
            "agent-pod",
            "once-pod"
        ]
    );
    // the host port goes to the first replica only, with a warning
    assert!(has(&p.pods[0].flags, "--publish=8080:80/tcp"));
    assert!(!p.pods[1].flags.iter().any(|f| f.starts_with("--publish")));
    assert!(p.warnings.iter().any(|w| w.contains("first replica")));
    assert!(has(&p.pods[3].flags, "--network=host"));
    assert!(!p.pods[3].flags.iter().any(|f| f == "--network=kube"));
    assert!(has(&p.pods[4].containers[0].flags, "--restart=on-failure"));
    assert!(has(&p.pods[0].containers[0].flags, "--restart=always"));
    assert_eq!(
        down_targets(
            &documents(
                "kind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: c, image: x}]}\n"
            )
            .unwrap()
        )
        .unwrap()
        .0,
        vec!["a"]
    );
    // down finds the claims play makes: declared ones and those only a template names
    let (pods, claims) = down_targets(&documents(SMALL).unwrap()).unwrap();
    assert_eq!(
        (pods, claims),
        (vec!["p".to_string()], vec!["data".to_string()])
    );
}

#[test]
fn issue18_hostile_names_and_paths_are_refused() {
    let with_volume = |volume: &str, mount: &str| {
        format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: cfg}}\ndata: {{k: v}}\n---\n\
             kind: Pod\nmetadata: {{name: p}}\nspec:\n  containers:\n  - name: c\n    image: busybox\n    volumeMounts: [{mount}]\n  volumes: [{volume}]\n"
        )
    };
    for (volume, mount) in [
        // an item path that leaves the directory
        (
            "{name: v, configMap: {name: cfg, items: [{key: k, path: ../../etc/passwd}]}}",
            "{name: v, mountPath: /x}",
        ),
        (
            "{name: v, configMap: {name: cfg, items: [{key: k, path: /etc/passwd}]}}",
            "{name: v, mountPath: /x}",
        ),
        // a volume name that is a path
        ("{name: ../v, emptyDir: {}}", "{name: ../v, mountPath: /x}"),
        // a relative host path, a relative mount path
        (
            "{name: v, hostPath: {path: etc}}",
            "{name: v, mountPath: /x}",
        ),
        ("{name: v, emptyDir: {}}", "{name: v, mountPath: x}"),
        // a flag smuggled into a mount's options
        (
            "{name: v, emptyDir: {}}",
            "{name: v, mountPath: '/x,source=/etc'}",
        ),
        (
            "{name: v, emptyDir: {}}",
            "{name: v, mountPath: /x, subPath: 'a,readonly'}",
        ),
        // a volume type that is not supported, one that is not there
        (
            "{name: v, nfs: {server: x, path: /}}",
            "{name: v, mountPath: /x}",
        ),
        ("{name: v, emptyDir: {}}", "{name: w, mountPath: /x}"),
    ] {
        let e = plan_of(&with_volume(volume, mount));
        assert!(
            matches!(e, Err(PlayError::Invalid { .. })),
            "{volume} {mount}: {e:?}"
        );
    }
    // a ConfigMap key that is a path
    let bad_key = "kind: ConfigMap\nmetadata: {name: c}\ndata: {'../x': v}\n";
    assert!(matches!(
        objects(&documents(bad_key).unwrap()),
        Err(PlayError::Invalid { .. })
    ));
    // a pod name that is not a DNS subdomain, a Localhost seccomp profile outside its root
    for doc in [
        "kind: Pod\nmetadata: {name: ../p}\nspec: {containers: [{name: c, image: x}]}\n",
        "kind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: x, securityContext: {seccompProfile: {type: Localhost, localhostProfile: ../../etc/x.json}}}]}\n",
        "kind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: C_1, image: x}]}\n",
        "kind: Widget\nmetadata: {name: p}\n",
        "kind: ConfigMap\nmetadata: {name: c}\n",
        "- a list\n",
    ] {
        assert!(plan_of(doc).is_err(), "{doc}");
    }
    // a subPath stays a subPath: resolved inside the volume when it is mounted
    let p = plan_of(&with_volume(
        "{name: v, emptyDir: {}}",
        "{name: v, mountPath: /x, subPath: ../../../etc}",
    ))
    .unwrap();
    assert_eq!(
        p.pods[0].containers[0].dir_mounts[0].subpath,
        "../../../etc"
    );
}

#[test]
fn issue18_quantities_modes_and_expansion() {
    let q = |s: &str| quantity(&serde_json::json!(s)).unwrap();
    assert_eq!(q("128Mi"), 134217728.0);
    assert_eq!(q("1G"), 1e9);
    assert_eq!(q("500m"), 0.5);
    assert_eq!(q("2"), 2.0);
    assert_eq!(q("1e3"), 1000.0);
    assert!(quantity(&serde_json::json!("12Q")).is_err());
    assert!(quantity(&serde_json::json!("-1")).is_err());
    let m = |v: serde_json::Value| volumes::mode(&v);
    assert_eq!(m(serde_json::json!(420)), Some(0o644));
    assert_eq!(m(serde_json::json!(644)), Some(0o644));
    assert_eq!(m(serde_json::json!("0400")), Some(0o400));
    assert_eq!(m(serde_json::json!("9")), None);
    // `0400` in YAML: octal, as Kubernetes reads it
    let d = documents("a: 0400\nb: 0o600\nc: 256\n").unwrap();
    assert_eq!(volumes::mode(&d[0]["a"]), Some(0o400));
    assert_eq!(volumes::mode(&d[0]["b"]), Some(0o600));
    assert_eq!(volumes::mode(&d[0]["c"]), Some(0o400));
}

/// A backend that records each call and fails where told.
#[derive(Default)]
struct Fake {
    calls: Vec<String>,
    fail_on: String,
}

impl Fake {
    fn call(&mut self, c: String) -> Result<(), String> {
        let fail = !self.fail_on.is_empty() && c.starts_with(&self.fail_on);
        self.calls.push(c);
        if fail { Err("boom".into()) } else { Ok(()) }
    }
}

impl Backend for Fake {
    fn network(&mut self, name: &str) -> Result<bool, String> {
        self.call(format!("network {name}")).map(|_| true)
    }
    fn volume(&mut self, name: &str) -> Result<bool, String> {
        self.call(format!("volume {name}")).map(|_| true)
    }
    fn volume_subdir(&mut self, name: &str, sub: &str) -> Result<(), String> {
        self.call(format!("subdir {name} {sub}"))
    }
    fn build(&mut self, image: &str, always: bool) -> Result<bool, String> {
        self.call(format!("build {image} {always}")).map(|_| false)
    }
    fn create_pod(&mut self, flags: &[String]) -> Result<String, String> {
        self.call(format!("pod {}", flags[0])).map(|_| "P".into())
    }
    fn pod_dir(&mut self, pod: &str, dir: &PodDir) -> Result<std::path::PathBuf, String> {
        self.call(format!("dir {pod} {}", dir.volume))
            .map(|_| format!("/dirs/{}", dir.volume).into())
    }
    fn create_container(&mut self, c: &ContainerPlan) -> Result<String, String> {
        let mounts: Vec<&String> = c
            .flags
            .iter()
            .filter(|f| f.starts_with("--mount=type=bind") || f.starts_with("--pod"))
            .collect();
        self.call(format!("container {} {mounts:?}", c.name))
            .map(|_| c.name.clone())
    }
    fn start_pod(&mut self, pod: &str) -> Result<(), String> {
        self.call(format!("start {pod}"))
    }
    fn remove_pod(&mut self, name: &str) -> Result<Option<String>, String> {
        self.call(format!("rm pod {name}"))
            .map(|_| Some(name.into()))
    }
    fn remove_volume(&mut self, name: &str) -> Result<bool, String> {
        self.call(format!("rm volume {name}")).map(|_| true)
    }
    fn remove_network(&mut self, name: &str) -> Result<bool, String> {
        self.call(format!("rm network {name}")).map(|_| true)
    }
}

const SMALL: &str = r#"
kind: ConfigMap
metadata: {name: cfg}
data: {k: v}
---
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: c
    image: busybox
    volumeMounts: [{name: conf, mountPath: /c, subPath: k}, {name: d, mountPath: /d, subPath: logs}]
  volumes: [{name: conf, configMap: {name: cfg}}, {name: d, persistentVolumeClaim: {claimName: data}}]
"#;

#[test]
fn issue18_apply_makes_in_order_and_cleans_up_after_a_failure() {
    let p = plan_of(SMALL).unwrap();
    let options = PlayOptions {
        start: true,
        ..Default::default()
    };
    let mut b = Fake::default();
    let played = apply(&p, &options, &mut b).unwrap();
    assert_eq!(
        b.calls,
        vec![
            "network kube",
            "volume data",
            "build busybox false",
            "pod --name=p",
            "dir P conf",
            "subdir data logs",
            "container p-c [\"--pod=P\", \"--mount=type=bind,source=/dirs/conf,target=/c,subpath=k,readonly\"]",
            "start P",
        ]
    );
    assert_eq!(
        played.pods,
        vec![("P".to_string(), vec!["p-c".to_string()])]
    );
    // a failing container: the pod, the volume and the network made are removed again
    let mut b = Fake {
        fail_on: "container".into(),
        ..Default::default()
    };
    let e = apply(&p, &options, &mut b).unwrap_err();
    assert!(e.to_string().contains("container p-c: boom"), "{e}");
    assert_eq!(
        b.calls[b.calls.len() - 3..],
        ["rm pod p", "rm volume data", "rm network kube"]
    );
    // --start=false, --build=false, --replace, a network of one's own
    let options = PlayOptions {
        networks: vec!["mine".into()],
        build: Some(false),
        replace: true,
        ..Default::default()
    };
    let p = plan(&documents(SMALL).unwrap(), &options).unwrap();
    let mut b = Fake::default();
    apply(&p, &options, &mut b).unwrap();
    assert_eq!(b.calls[0], "volume data");
    assert_eq!(b.calls[1], "rm pod p");
    assert!(
        !b.calls
            .iter()
            .any(|c| c.starts_with("start") || c.starts_with("build"))
    );
    // down: the pods, the claims only with force, the network
    let mut b = Fake::default();
    let r = down(&["p".into()], &["data".into()], false, &mut b).unwrap();
    assert_eq!(b.calls, vec!["rm pod p", "rm network kube"]);
    assert_eq!(r.pods, vec!["p"]);
    let mut b = Fake::default();
    down(&["p".into()], &["data".into()], true, &mut b).unwrap();
    assert_eq!(
        b.calls,
        vec!["rm pod p", "rm volume data", "rm network kube"]
    );
}
