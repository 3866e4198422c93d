//! Issue 18: `kube generate` — pods, containers and volumes as Kubernetes YAML that
//! Kubernetes' own schemas accept (PyPI's kubernetes-validate, pinned by .ci/test-suite).

use crate::run::busybox_store;

/// The schema validator: the test rig's venv, else one on PATH.
pub fn validator() -> String {
    let venv = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/test-assets/kube-venv/bin/kubernetes-validate");
    if venv.exists() {
        venv.display().to_string()
    } else {
        "kubernetes-validate".into()
    }
}

#[test]
fn issue18_kube_generate_is_schema_valid_for_each_kind() {
    crate::rootful_only!("the default bridge network, in a network namespace of the test's own");
    let (_reg, t, img) = busybox_store();
    // the default bridge network, for the pod's published port (nothing is started; the
    // script runs in a network namespace of its own all the same)
    t.write_config("[network]\n");
    let r = crate::network::in_netns(
        &t,
        &img,
        &format!(
            "V='{v}'
         $S pod create --name shop -p 8080:80 --label team=a >/dev/null || exit 9
         $S volume create shopdata >/dev/null
         $S create --pod shop --name web -v shopdata:/data -e MODE=prod --health-cmd 'wget -q localhost' --cap-drop NET_RAW --memory 64m --cpus 0.5 --read-only $I httpd -f -p 80 >/dev/null || exit 9
         $S create --pod shop --init-ctr once --name setup $I true >/dev/null || exit 9
         $S create --name solo --device /dev/null --restart always -v /etc/hostname:/h:ro $I sleep 60 >/dev/null || exit 9
         $S kube generate -s shop shopdata > pod.yaml || exit 9
         $V --strict pod.yaml | grep -c passed
         for p in 'hostPort: 8080' 'claimName: shopdata' 'initContainers:' 'readOnlyRootFilesystem: true' 'cpu: 500m' 'kind: Service' 'app: shop' 'team: a'; do grep -q -- \"$p\" pod.yaml && echo \"$p\"; done | wc -l
         $S kube generate --type deployment --replicas 3 shop | $V --strict - | grep -c passed
         $S kube generate -t daemonset shop | $V --strict - | grep -c passed
         $S kube generate -t job solo 2>/dev/null | $V --strict - | grep -c passed
         $S generate kube --filename solo.yaml solo 2>warn.txt; $V --strict solo.yaml | grep -c passed
         grep -c 'devices (--device) has no Kubernetes equivalent' warn.txt
         for p in 'restartPolicy: Always' 'type: File' 'readOnly: true'; do grep -q -- \"$p\" solo.yaml && echo \"$p\"; done | wc -l
         $S kube generate --replicas 2 shop; echo replicas: $?
         $S kube generate nosuch; echo nosuch: $?",
            v = validator()
        ),
    );
    assert_eq!(
        r.lines(),
        [
            "3",
            "8",
            "1",
            "1",
            "1",
            "1",
            "1",
            "3",
            "replicas: 125",
            "nosuch: 125"
        ],
        "{r}"
    );
}
