#!/bin/sh
# Issue 18: `kube play` of a pod of three containers and `kube down` of it, skiff beside
# podman 4.3, each in a store of its own, the image already pulled, each on its default
# network (skiff's `kube` user network, made and removed with the pods; podman's
# `podman`). Prints medians and the ratio.
#
#   bench/kube.sh            # RUNS=10 by default
#
# Needs root, podman (../shared/bench/setup-podman.sh), the bench registry with
# bench/busybox (../shared/bench/images.sh) and `cargo build --release`.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
harness=${HARNESS:-$repo/../shared/bench}
skiff=$repo/target/x86_64-unknown-linux-gnu/release/skiff
[ -x "$skiff" ] || (cd "$repo" && cargo build --release)
runs=${RUNS:-10}
img=127.0.0.1:5002/bench/busybox:latest
work=/var/tmp/bench/kube
rm -rf "$work" && mkdir -p "$work"
export CONTAINERS_REGISTRIES_CONF=$harness/conf/registries.conf
S="$skiff --root $work/skiff --runroot $work/skiff-run"
P="podman --root $work/podman --runroot $work/podman-run --storage-driver overlay"
$S pull -q $img >/dev/null
$P pull -q --tls-verify=false $img >/dev/null
cat > "$work/pod.yaml" <<YAML
apiVersion: v1
kind: Pod
metadata:
  name: bench
  labels: {app: bench}
spec:
  containers:
$(for c in a b c; do printf '  - name: %s\n    image: %s\n    imagePullPolicy: IfNotPresent\n    command: [sleep, "600"]\n' $c $img; done)
YAML
cycle() {
    echo "$1 kube play $work/pod.yaml >/dev/null && $1 kube down $work/pod.yaml >/dev/null"
}
hyperfine -N --runs "$runs" --warmup 1 \
    -n skiff "sh -c '$(cycle "$S")'" \
    -n podman "sh -c '$(cycle "$P")'" \
    --export-json "$work/kube.json" | grep -E 'Time|±|^Benchmark'
python3 - "$work/kube.json" <<'PY'
import json, statistics, sys
r = {x["command"]: statistics.median(x["times"]) for x in json.load(open(sys.argv[1]))["results"]}
for k, v in r.items():
    print(f"{k:8s} {v * 1000:8.1f} ms")
print(f"kube play + kube down of a 3-container pod: skiff/podman = {r['skiff'] / r['podman']:.3f}x")
PY
$S system reset -f >/dev/null 2>&1 || true
$P system reset -f >/dev/null 2>&1 || true
rm -rf "$work"
