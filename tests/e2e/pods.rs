//! Issue 18: pods — containers that share the infra container's namespaces (localhost,
//! hostname, IPC, optionally PIDs), its published ports and a cgroup; their lifecycle as one.

use crate::run::busybox_store;

/// Shared localhost, hostname and IPC; the infra process (skiff's own pause) as PID 1 of a
/// shared PID namespace; `ps --pod` / `--filter pod=`; the lifecycle as one (stop, start,
/// pause, kill, restart); the exit policy; the infra container cannot be removed alone;
/// `pod rm -f` leaves no container, process or cgroup.
#[test]
fn issue18_pods_share_namespaces_and_live_as_one() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = crate::podman_ext::script(
        &t,
        &img,
        "$S pod create --name web --label team=a --share +pid --pod-id-file pod.id >/dev/null || exit 9
         $S pod ps --format '{{.Name}} {{.Status}} {{.NumberOfContainers}}'
         $S run -d --pod web --name srv $I sh -c 'mkdir /www; echo hello > /www/index.html; echo started; exec httpd -f -p 8080 -h /www' >/dev/null || exit 9
         $S run --rm --pod $(cat pod.id) $I sh -c 'wget -qO- http://127.0.0.1:8080/; hostname; ps -o pid,args | grep -c \"^ *1 /pause\"'
         $S pod ps --ctr-names --ctr-status --noheading | awk '{print $2, $NF}' | sed 's/[0-9a-f]*-infra/INFRA/'
         $S pod ps --ctr-ids --no-trunc --noheading | awk '{print $NF}' | tr , '\\n' | awk '{print length}' | sort -u
         $S ps --pod --format '{{.Names}} {{.PodName}}' | sed 's/[0-9a-f]*-infra/INFRA/' | sort
         $S ps -q --filter pod=web | wc -l; $S ps -aq --filter pod=nosuchpod | wc -l
         infra=$($S pod inspect -f '{{.InfraContainerID}}' web)
         $S rm -f $infra 2>&1 | grep -c 'infra container of pod web'
         $S run --rm --uts container:$infra $I sh -c hostname
         $S pod inspect -f '{{.State}} {{.Hostname}} {{.SharedNamespaces}} {{.NumContainers}}' web
         $S pod ps --ns --noheading | awk '{print $(NF-1)}'
         $S pod top web | grep -c -e /pause -e httpd
         $S pod logs --names --container srv web
         $S pod stop -t 1 web >/dev/null; $S pod ps --format '{{.Status}} {{.ContainerStatuses}}'
         $S pod start web >/dev/null; $S pod ps --format '{{.Status}}'
         if $S pod pause web >/dev/null 2>&1; then $S pod ps --format '{{.Status}}'; else echo cannot-pause; fi; $S pod unpause web >/dev/null 2>&1
         $S pod kill -s KILL web >/dev/null; $S pod ps --format '{{.Status}}'
         $S pod restart web >/dev/null; $S pod ps --format '{{.Status}}'
         $S pod exists web && echo exists; $S pod exists nope; echo missing: $?
         id=$(cat pod.id); $S pod rm -f -t 0 web >/dev/null
         $S ps -aq | wc -l; $S pod ps -q | wc -l
         find /sys/fs/cgroup -name \"skiff-pod-$(echo $id | cut -c1-12)\" 2>/dev/null | wc -l
         $S pod create --name ep --exit-policy stop >/dev/null
         $S run --rm --pod ep $I true; sleep 0.3; $S pod ps --format '{{.Name}} {{.Status}}'
         $S pod create --name ep --replace >/dev/null; $S pod ps --format '{{.Name}} {{.Status}}'
         $S run --rm --pod new:fresh -h fresh-host $I sh -c hostname
         $S pod create --name ic >/dev/null
         $S create --pod ic --init-ctr once --name ini $I sh -c 'echo from-init > /dev/shm/x' >/dev/null
         $S create --pod ic --name app $I sh -c 'cat /dev/shm/x; exec sleep 60' >/dev/null
         $S pod start ic >/dev/null; sleep 0.3; $S logs app; $S ps -a --format '{{.Names}}' | grep -c '^ini$'
         $S pod rm -f -t 0 ic >/dev/null
         $S create --init-ctr once $I true; echo init-without-pod: $?
         $S pod create --name own --infra-name own-infra --share-parent=false >/dev/null
         $S pod inspect -f '{{.CgroupPath}}|{{.InfraContainerID}}' own | cut -c1-1; $S ps -a --format '{{.Names}}' | grep -c '^own-infra$'
         $S pod rm own >/dev/null
         $S pod create --name vol -v podvol:/data >/dev/null; $S run --rm --pod vol $I sh -c 'echo kept > /data/f'
         $S run --rm --pod vol $I cat /data/f; $S pod rm vol >/dev/null
         $S pod stop -t 0 fresh >/dev/null; $S pod prune | wc -l; $S pod ps -q | wc -l",
    );
    // an ordinary user's containers may have no cgroup to freeze (v1, v2 undelegated)
    let lines: Vec<&str> = r
        .lines()
        .into_iter()
        .map(|l| {
            if l == "cannot-pause" && crate::support::as_user() {
                "Paused"
            } else {
                l
            }
        })
        .collect();
    assert_eq!(
        lines,
        [
            "web Created 1",
            "hello",
            "web",
            "1",
            "web running,running",
            "64",
            "INFRA web",
            "srv web",
            "2",
            "0",
            "1",
            "web",
            "Running web [ipc net uts pid] 2",
            "ipc,net,uts,pid",
            "2",
            "started",
            "Exited exited,exited",
            "Running",
            "Paused",
            "Exited",
            "Running",
            "exists",
            "missing: 1",
            "0",
            "0",
            "0",
            "ep Exited",
            "ep Created",
            "fresh-host",
            "from-init",
            "0",
            "init-without-pod: 125",
            "|",
            "1",
            "kept",
            "2",
            "0",
        ],
        "{r}"
    );
}

/// What a pod's container may not do, and what a pod may not be: each refused with one
/// line and status 125, nothing made.
#[test]
fn issue18_pod_bad_input() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = crate::podman_ext::script(
        &t,
        &img,
        "$S pod create --share user x; echo share: $?
         $S pod create --name p >/dev/null
         $S pod create --name p; echo taken: $?
         $S run --rm --pod p -p 8080:80 $I true; echo ports: $?
         $S run --rm --pod p -h other $I true; echo hostname: $?
         $S run --rm --pod nope $I true; echo nope: $?
         $S pod create --infra-image x/y q; echo infra-image: $?
         $S pod rm nope; echo rm-nope: $?; $S pod rm -i nope; echo rm-ignore: $?
         $S pod ps --format '{{.Name}}'; $S ps -a --format '{{.Names}}' | grep -vc infra",
    );
    let lines = r.lines();
    for (want, code) in [
        ("share:", "125"),
        ("taken:", "125"),
        ("ports:", "125"),
        ("hostname:", "125"),
        ("nope:", "125"),
        ("infra-image:", "125"),
        ("rm-nope:", "125"),
        ("rm-ignore:", "0"),
    ] {
        assert!(
            lines.contains(&format!("{want} {code}").as_str()),
            "{want} {code}: {r}"
        );
    }
    assert!(
        r.stderr.contains("must be given when the pod is created"),
        "{r}"
    );
    assert!(r.stderr.contains("already in use by pod"), "{r}");
    assert_eq!(&lines[lines.len() - 2..], ["p", "0"], "{r}");
}

/// `pod create -p` publishes the pod's ports (its containers serve them); `--memory` and
/// `--cpus` limit the pod's cgroup, which holds its containers'; removing the pod takes
/// its forwarding rules and cgroup with it.
#[test]
fn issue18_pod_ports_and_limits() {
    crate::rootful_only!("bridge networks in a network namespace of the test's own");
    let (_reg, t, img) = busybox_store();
    // the default bridge network (inside the test's own network namespace)
    t.write_config("[network]\n");
    let r = crate::network::in_netns(
        &t,
        &img,
        &format!(
            "$S pod create --name shop -p 8080:80 --memory 64m --cpus 0.5 >/dev/null || exit 9
             $S run -d --pod shop $I {httpd} 80 >/dev/null || exit 9
             sleep 0.5
             echo host: $(wget -qO- http://127.0.0.1:8080/)
             echo other-host: $(peer wget -qO- http://10.251.0.1:8080/)
             id=$($S pod inspect -f '{{{{.Id}}}}' shop | cut -c1-12)
             m=$(find /sys/fs/cgroup/memory /sys/fs/cgroup -maxdepth 4 -type d -name skiff-pod-$id 2>/dev/null | head -1)
             cat $m/memory.limit_in_bytes $m/memory.max 2>/dev/null
             ls -d $m/skiff-* | wc -l
             $S pod rm -f -t 0 shop >/dev/null
             [ -d $m ] && echo cgroup-left || echo cgroup-gone
             iptables-save 2>/dev/null | grep -c 8080; nft list ruleset 2>/dev/null | grep -c 'dport 8080'",
            httpd = crate::network::HTTPD
        ),
    );
    assert_eq!(
        r.lines(),
        [
            "host: hello",
            "other-host: hello",
            "67108864",
            "2",
            "cgroup-gone",
            "0",
            "0"
        ],
        "{r}"
    );
}
