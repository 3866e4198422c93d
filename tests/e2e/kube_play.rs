//! Issue 18: `kube play` / `kube down` — Kubernetes YAML run here: every kind, ConfigMaps
//! and Secrets as env and files, Services as names and host ports, and nothing left
//! behind; paths from YAML never reach outside their volume.

use crate::run::busybox_store;

/// The application: a ConfigMap, a Secret, a claim, a NodePort Service, a Pod (init
/// container, probe, limits, every volume type), a Deployment of two and a Job that
/// reaches the Service by name.
const APP: &str = r#"apiVersion: v1
kind: ConfigMap
metadata: {name: cfg}
data:
  greeting: hello
  app.conf: "port=80"
---
apiVersion: v1
kind: Secret
metadata: {name: sec}
data: {password: c2VjcmV0}
stringData: {user: admin}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata: {name: webdata}
spec:
  accessModes: [ReadWriteOnce]
  resources: {requests: {storage: 1Gi}}
---
apiVersion: v1
kind: Service
metadata: {name: websvc}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{port: 80, nodePort: 18090}]
---
apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: {app: web}
spec:
  terminationGracePeriodSeconds: 1
  initContainers:
  - name: init
    image: IMAGE
    command: [sh, -c, "echo from-init > /work/init.txt"]
    volumeMounts: [{name: work, mountPath: /work}]
  containers:
  - name: server
    image: IMAGE
    command: [sh, -c]
    args: ["mkdir -p /www; echo $(GREETING) $PASS > /www/index.html; cat /work/init.txt >> /www/index.html; exec httpd -f -p 80 -h /www"]
    env:
    - {name: GREETING, valueFrom: {configMapKeyRef: {name: cfg, key: greeting}}}
    - {name: PASS, valueFrom: {secretKeyRef: {name: sec, key: password}}}
    resources: {limits: {memory: 64Mi}}
    livenessProbe: {tcpSocket: {port: 80}, periodSeconds: 2}
    volumeMounts:
    - {name: work, mountPath: /work}
    - {name: conf, mountPath: /etc/app}
    - {name: conf, mountPath: /etc/one.conf, subPath: app.conf}
    - {name: secret, mountPath: /etc/sec}
    - {name: data, mountPath: /data}
    - {name: host, mountPath: /host, readOnly: true}
  volumes:
  - {name: work, emptyDir: {}}
  - {name: conf, configMap: {name: cfg}}
  - {name: secret, secret: {secretName: sec, defaultMode: 0400}}
  - {name: data, persistentVolumeClaim: {claimName: webdata}}
  - {name: host, hostPath: {path: HOSTDIR, type: Directory}}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: api}
spec:
  replicas: 2
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      terminationGracePeriodSeconds: 1
      containers:
      - {name: httpd, image: IMAGE, command: [sh, -c, "mkdir /w; hostname > /w/index.html; exec httpd -f -p 80 -h /w"]}
---
apiVersion: v1
kind: Service
metadata: {name: apisvc}
spec:
  selector: {app: api}
  ports: [{port: 80}]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
      - {name: watch, image: IMAGE, command: [sleep, "600"]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: client}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: get, image: IMAGE, command: [sh, -c, "sleep 1; wget -qO- http://websvc/; wget -qO- http://apisvc/"]}
"#;

#[test]
fn issue18_kube_play_runs_every_kind_and_kube_down_removes_it() {
    crate::rootful_only!("bridge networks in a network namespace of the test's own");
    let (_reg, t, img) = busybox_store();
    t.write_config("[network]\n");
    std::fs::create_dir(t.dir.path().join("hostdir")).unwrap();
    std::fs::write(t.dir.path().join("hostdir/mark"), "from-host\n").unwrap();
    let yaml = APP.replace("IMAGE", &img).replace(
        "HOSTDIR",
        &t.dir.path().join("hostdir").display().to_string(),
    );
    std::fs::write(t.dir.path().join("app.yaml"), yaml).unwrap();
    let dirs = t.root().join("pods/dirs");
    let r = crate::network::in_netns(
        &t,
        &img,
        &format!("$S kube play app.yaml > played.txt || exit 9
         grep -c '^Pod:' played.txt
         $S pod ps -q | wc -l
         for i in 1 2 3 4 5 6 7 8 9 10; do wget -qO- http://127.0.0.1:18090/ >page.txt 2>/dev/null && break; sleep 0.5; done
         cat page.txt
         $S exec web-server sh -c 'cat /etc/app/greeting; echo; cat /etc/one.conf; echo; cat /etc/sec/user; echo; stat -c %a /etc/sec/password; cat /host/mark; touch /host/x 2>/dev/null || echo ro; ls -d /data'
         $S wait client-pod-get
         $S logs client-pod-get | sort | tr '\\n' ' '; echo
         $S pod ps --format '{{{{.Name}}}} {{{{.Status}}}}' | sort | tr '\\n' ' '; echo
         $S inspect -f '{{{{.State.Health.Status}}}}' web-server | grep -c -e starting -e healthy
         $S kube generate web > gen.yaml 2>/dev/null
         {v} --strict gen.yaml | grep -c passed
         for p in 'name: server' 'name: init' 'initContainers:' 'claimName: webdata' 'hostPort: 18090' 'app: web' 'memory: \"67108864\"' 'livenessProbe:' 'kind: ConfigMap' 'secretName: sec' 'emptyDir: {{}}' 'subPath: app.conf'; do grep -q -- \"$p\" gen.yaml && echo \"$p\"; done | wc -l
         grep -c -e web-server -e io.skiff gen.yaml
         $S kube play app.yaml >/dev/null 2>&1; echo again: $?
         $S kube play --replace app.yaml >/dev/null; echo replace: $?
         $S kube down app.yaml | grep -c -v ':'
         echo left: $($S ps -aq | wc -l) $($S pod ps -q | wc -l) $($S network ls -q -f name=kube | wc -l) $($S volume ls -q | wc -l)
         $S kube play gen.yaml >/dev/null || echo replay failed
         for i in 1 2 3 4 5 6 7 8 9 10; do wget -qO- http://127.0.0.1:18090/ >page2.txt 2>/dev/null && break; sleep 0.5; done
         head -1 page2.txt
         $S kube down gen.yaml | grep -c -v ':'
         ls {dirs} | wc -l
         $S kube play --start=false app.yaml >/dev/null; $S ps -a --format '{{{{.Names}}}} {{{{.Status}}}}' | grep -c Created
         $S kube play --down --force app.yaml | grep -A1 'Volumes removed' | tail -1
         echo left: $($S ps -aq | wc -l) $($S volume ls -q | wc -l)
         $S kube down app.yaml; echo down-again: $?",
            dirs = dirs.display(),
            v = crate::kube::validator()
        ),
    );
    let lines = r.lines();
    let job = lines.get(12).copied().unwrap_or_default();
    assert_eq!(
        lines,
        [
            "5",
            "5",
            "hello secret",
            "from-init",
            "hello",
            "port=80",
            "admin",
            "400",
            "from-host",
            "ro",
            "/data",
            "0",
            // the Job reached both Services by name (one of api's replicas answers)
            job,
            "agent-pod Running api-pod-0 Running api-pod-1 Running client-pod Exited web Running ",
            "1",
            "3",
            "12",
            "0",
            "again: 125",
            "replace: 0",
            "10",
            "left: 0 0 0 1",
            "hello secret",
            "2",
            "0",
            "11",
            "webdata",
            "left: 0 0",
            "down-again: 0",
        ],
        "{}",
        r.stderr
    );
    assert!(
        job.starts_with("api-pod-") && job.contains("from-init hello secret"),
        "{job}"
    );
}

#[test]
fn issue18_kube_play_paths_from_yaml_stay_inside_their_volume() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let host = t.dir.path().join("host");
    std::fs::create_dir(&host).unwrap();
    std::fs::write(host.join("secret"), "host-only\n").unwrap();
    // a claim whose volume a container filled with symlinks to the host's directory
    t.ok(&["volume", "create", "data"]);
    t.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        "-v",
        "data:/d",
        &img,
        "sh",
        "-c",
        &format!("ln -s {} /d/evil; ln -s / /d/root", host.display()),
    ]);
    let pod = |mounts: &str, volumes: &str| {
        format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: cfg}}\ndata: {{key: v}}\n---\n\
             apiVersion: v1\nkind: Pod\nmetadata: {{name: p}}\nspec:\n  restartPolicy: Never\n  containers:\n  - name: c\n    image: {img}\n    command: [sh, -c, 'cat /x/secret /x 2>&1; ls /x | head -3']\n    volumeMounts: [{mounts}]\n  volumes: [{volumes}]\n"
        )
    };
    let write = |name: &str, text: String| {
        let p = t.dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    };
    // subPath through the volume's symlinks: resolved inside the volume (and made there
    // when missing, as the kubelet makes a missing subPath), so the host's directory is
    // never mounted
    let through_link = write(
        "link.yaml",
        pod(
            "{name: d, mountPath: /x, subPath: evil}",
            "{name: d, persistentVolumeClaim: {claimName: data}}",
        ),
    );
    t.ok(&["kube", "play", "--network", "none", &through_link]);
    t.ok(&["wait", "p-c"]);
    let logs = t.ok(&["logs", "p-c"]).stdout;
    assert!(!logs.contains("host-only"), "{logs}");
    t.ok(&["kube", "down", &through_link]);
    // the missing part was made inside the volume, where the link points there
    let inside = t
        .ok(&[
            "run",
            "--rm",
            "--network",
            "none",
            "-v",
            "data:/d",
            &img,
            "sh",
            "-c",
            &format!("test -d /d{} && echo made-inside", host.display()),
        ])
        .stdout;
    assert_eq!(inside.trim(), "made-inside");
    // `root` -> `/` inside the volume is the volume itself
    let to_root = write(
        "root.yaml",
        pod(
            "{name: d, mountPath: /x, subPath: root}",
            "{name: d, persistentVolumeClaim: {claimName: data}}",
        ),
    );
    t.ok(&["kube", "play", "--network", "none", &to_root]);
    t.ok(&["wait", "p-c"]);
    let logs = t.ok(&["logs", "p-c"]).stdout;
    assert!(
        !logs.contains("host-only") && logs.contains("evil"),
        "{logs}"
    );
    t.ok(&["kube", "down", &to_root]);
    // a claim only the pod names: made by play (with the missing subPath in it), and
    // removed by `kube down --force` as play's own; the volume that was there stays
    let own = write(
        "own.yaml",
        pod(
            "{name: s, mountPath: /x, subPath: part}",
            "{name: s, persistentVolumeClaim: {claimName: scratch}}",
        ),
    );
    t.ok(&["kube", "play", "--network", "none", &own]);
    t.ok(&["volume", "inspect", "scratch"]);
    let down = t.ok(&["kube", "down", "--force", &own]).stdout;
    assert!(down.contains("Volumes removed:\nscratch"), "{down}");
    assert_eq!(t.ok(&["volume", "ls", "-q"]).stdout.trim(), "data");
    // keys and item paths that name other places are refused before anything is made
    for (name, volumes) in [
        (
            "item.yaml",
            "{name: c, configMap: {name: cfg, items: [{key: key, path: ../../../../secret}]}}",
        ),
        (
            "abs.yaml",
            "{name: c, configMap: {name: cfg, items: [{key: key, path: /tmp/secret}]}}",
        ),
        ("name.yaml", "{name: ../c, configMap: {name: cfg}}"),
    ] {
        let f = write(name, pod("{name: c, mountPath: /x}", volumes));
        let r = t.run(&["kube", "play", "--network", "none", &f]);
        assert_eq!(r.code, 125, "{name}: {}", r.stderr);
        assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    }
    let key = write(
        "key.yaml",
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata: {'../../secret': x}\n"
            .into(),
    );
    assert_eq!(t.run(&["kube", "play", &key]).code, 125);
    assert_eq!(t.ok(&["pod", "ps", "-q"]).stdout, "");
    assert_eq!(t.ok(&["ps", "-aq"]).stdout, "");
    assert_eq!(
        std::fs::read_to_string(host.join("secret")).unwrap(),
        "host-only\n"
    );
    assert_eq!(std::fs::read_dir(&host).unwrap().count(), 1);
    // a ConfigMap's files are written fresh, read-only for the container
    let f = write(
        "cm.yaml",
        pod(
            "{name: c, mountPath: /x}",
            "{name: c, configMap: {name: cfg}}",
        )
        .replace(
            "cat /x/secret /x 2>&1; ls /x | head -3",
            "cat /x/key; echo; echo y > /x/key || echo ro",
        ),
    );
    t.ok(&["kube", "play", "--network", "none", &f]);
    t.ok(&["wait", "p-c"]);
    assert_eq!(
        t.ok(&["logs", "p-c"])
            .stdout
            .lines()
            .collect::<Vec<_>>()
            .last(),
        Some(&"ro")
    );
    t.ok(&["kube", "down", &f]);
}

#[test]
fn issue18_kube_play_configmap_file_build_and_seccomp_profile() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let d = t.dir.path();
    std::fs::write(
        d.join("cm.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: extra}\ndata: {MODE: from-file}\n",
    )
    .unwrap();
    std::fs::create_dir_all(d.join("ctx/tool")).unwrap();
    std::fs::write(
        d.join("ctx/tool/Containerfile"),
        format!("FROM {img}\nRUN echo built > /built\n"),
    )
    .unwrap();
    std::fs::create_dir(d.join("profiles")).unwrap();
    std::fs::write(
        d.join("profiles/nomkdir.json"),
        r#"{"defaultAction":"SCMP_ACT_ALLOW","syscalls":[{"names":["mkdir","mkdirat"],"action":"SCMP_ACT_ERRNO"}]}"#,
    )
    .unwrap();
    std::fs::write(
        d.join("pod.yaml"),
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  restartPolicy: Never\n  containers:\n  - name: c\n    image: localhost/tool:1\n    command: [sh, -c, 'cat /built; echo $MODE; mkdir /tmp/x 2>/dev/null || echo denied']\n    envFrom: [{configMapRef: {name: extra}}]\n    securityContext: {seccompProfile: {type: Localhost, localhostProfile: nomkdir.json}}\n",
    )
    .unwrap();
    let file = |n: &str| d.join(n).display().to_string();
    // without the ConfigMap the pod cannot be made
    let r = t.run(&["kube", "play", "--network", "none", &file("pod.yaml")]);
    assert_eq!(r.code, 125, "{}", r.stderr);
    assert!(r.stderr.contains("extra"), "{}", r.stderr);
    t.ok(&[
        "kube",
        "play",
        "--network",
        "none",
        "--configmap",
        &file("cm.yaml"),
        "--build",
        "--context-dir",
        &file("ctx"),
        "--seccomp-profile-root",
        &file("profiles"),
        "--quiet",
        &file("pod.yaml"),
    ]);
    t.ok(&["wait", "p-c"]);
    assert_eq!(
        t.ok(&["logs", "p-c"]).stdout.lines().collect::<Vec<_>>(),
        ["built", "from-file", "denied"]
    );
    t.ok(&["kube", "down", &file("pod.yaml")]);
    assert_eq!(t.ok(&["ps", "-aq"]).stdout, "");
    // the YAML from standard input, and from a URL (one answer of a loopback server)
    let both = format!(
        "{}---\n{}",
        std::fs::read_to_string(d.join("cm.yaml")).unwrap(),
        std::fs::read_to_string(d.join("pod.yaml")).unwrap()
    );
    std::fs::write(d.join("both.yaml"), &both).unwrap();
    let input = file("both.yaml");
    let r = crate::support::run_bounded(
        t.sh(
            &[
                "kube",
                "play",
                "--network",
                "none",
                "--start=false",
                "--annotation",
                "team=tools",
                "--seccomp-profile-root",
                &file("profiles"),
                "-",
            ],
            |line| format!("{line} < '{input}'"),
        ),
        std::time::Duration::from_secs(60),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        t.ok(&[
            "inspect",
            "-f",
            "{{index .HostConfig.Annotations \"team\"}} {{.State.Status}}",
            "p-c"
        ])
        .stdout
        .trim(),
        "tools created"
    );
    let r = crate::support::run_bounded(
        t.sh(&["kube", "down", "-"], |line| format!("{line} < '{input}'")),
        std::time::Duration::from_secs(60),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/pod.yaml", listener.local_addr().unwrap());
    let body = both.clone();
    let server = std::thread::spawn(move || {
        use std::io::{Read, Write};
        for _ in 0..2 {
            let (mut c, _) = listener.accept().unwrap();
            let mut buf = [0u8; 4096];
            let _ = c.read(&mut buf);
            let _ = write!(
                c,
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    // an ordinary user's on the default `kube` network (made, and removed by kube down:
    // its bridges live in the user's own namespace); root's stay off the host's network
    let user = crate::support::as_user();
    let mut args = vec!["kube", "play", "--seccomp-profile-root"];
    let profiles = file("profiles");
    args.push(&profiles);
    if !user {
        args.extend(["--network", "none"]);
    }
    args.push(&url);
    t.ok(&args);
    let kube_nets = |t: &crate::support::TestRoot| {
        t.ok(&["network", "ls", "-q", "-f", "name=kube"])
            .stdout
            .lines()
            .count()
    };
    assert_eq!(kube_nets(&t), usize::from(user));
    t.ok(&["wait", "p-c"]);
    assert_eq!(t.ok(&["logs", "p-c"]).stdout.lines().count(), 3);
    t.ok(&["kube", "down", &url]);
    server.join().unwrap();
    assert_eq!(kube_nets(&t), 0);
    assert_eq!(t.ok(&["pod", "ps", "-q"]).stdout, "");
    // the image stays: it was built, not pulled for the pod
    t.ok(&["image", "inspect", "localhost/tool:1"]);
}

/// A compose project with a config, a secret, a volume, a published port and a service
/// that reaches another by name once it is healthy.
const PROJECT: &str = r#"services:
  web:
    image: IMAGE
    command: ["sh", "-c", "mkdir -p /www; cat /etc/msg > /www/index.html; cat /run/secrets/token >> /www/index.html; exec httpd -f -p 80 -h /www"]
    ports: ["18096:80"]
    configs: [{source: msg, target: /etc/msg}]
    secrets: [token]
    volumes: [data:/data]
    stop_grace_period: 1s
    healthcheck:
      test: ["CMD-SHELL", "wget -q -O /dev/null http://127.0.0.1/"]
      interval: 1s
  client:
    image: IMAGE
    command: ["sh", "-c", "wget -qO- http://web/; echo; exec sleep 600"]
    stop_grace_period: 1s
    depends_on:
      web: {condition: service_healthy}
configs:
  msg: {content: "hello from compose "}
secrets:
  token: {file: ./token.txt}
volumes:
  data: {}
"#;

#[test]
fn issue18_compose_to_kube_to_a_second_store_answers_the_same() {
    crate::rootful_only!("bridge networks in a network namespace of the test's own");
    let (_reg, t, img) = busybox_store();
    t.write_config("[network]\n");
    let second = crate::support::TestRoot::new();
    second.ok(&["pull", "-q", &img]);
    second.write_config("[network]\n");
    let d = t.dir.path().join("shop");
    std::fs::create_dir(&d).unwrap();
    std::fs::write(d.join("compose.yaml"), PROJECT.replace("IMAGE", &img)).unwrap();
    std::fs::write(d.join("token.txt"), "s3cret\n").unwrap();
    let r = crate::network::in_netns(
        &t,
        &img,
        &format!(
            "S2='{s2}'; cd shop
         $S compose up -d --wait >/dev/null 2>up.err || tail -1 up.err
         wget -qO- http://127.0.0.1:18096/
         for i in 1 2 3 4 5 6 7 8 9 10; do $S compose logs --no-log-prefix client | grep -q . && break; sleep 0.5; done
         $S compose logs --no-log-prefix client | head -1
         $S compose kube generate > ../kube.yaml || exit 9
         $S kube generate --compose=compose.yaml --filename ../kube2.yaml && cmp -s ../kube.yaml ../kube2.yaml && echo same
         $S compose down -t 1 >/dev/null 2>&1; cd ..
         {v} --strict kube.yaml | grep -c passed
         $S2 kube play --publish 18097:80 kube.yaml >/dev/null || exit 9
         for i in 1 2 3 4 5 6 7 8 9 10; do wget -qO- http://127.0.0.1:18096/ >page.txt 2>/dev/null && break; sleep 0.5; done
         cat page.txt
         wget -qO- http://127.0.0.1:18097/
         sleep 1; $S2 logs client-pod-0-client | head -1
         $S2 volume ls -q
         $S2 kube down --force kube.yaml | tail -1
         echo left: $($S2 ps -aq | wc -l) $($S2 volume ls -q | wc -l)",
            s2 = second.skiff_line(),
            v = crate::kube::validator()
        ),
    );
    assert_eq!(
        r.lines(),
        [
            "hello from compose s3cret",
            "hello from compose s3cret",
            "same",
            "6",
            "hello from compose s3cret",
            "hello from compose s3cret",
            "hello from compose s3cret",
            "shop-data",
            "shop-data",
            "left: 0 0",
        ],
        "{}",
        r.stderr
    );
}
