#!/bin/sh
# Issue 18: a pod's whole life — `pod create`, three containers started in it (`run -d
# --pod`), `pod rm -f -t 0` — skiff beside podman 4.3, each in a store of its own, the
# image already pulled. Prints medians and the ratio.
#
#   bench/pods.sh            # RUNS=10 by default
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
img=127.0.0.1:5002/bench/busybox
work=/var/tmp/bench/pods
rm -rf "$work" && mkdir -p "$work"
export CONTAINERS_REGISTRIES_CONF=$harness/conf/registries.conf
S="$skiff --root $work/skiff --runroot $work/skiff-run"
P="podman --root $work/podman --runroot $work/podman-run --storage-driver overlay"
$S pull -q $img >/dev/null
$P pull -q --tls-verify=false $img >/dev/null
life() {
    echo "$1 pod create --name p >/dev/null && for i in 1 2 3; do $1 run -d --pod p --name c\$i $img sleep 600 >/dev/null; done && $1 pod rm -f -t 0 p >/dev/null"
}
hyperfine -N --runs "$runs" --warmup 1 \
    -n skiff "sh -c '$(life "$S")'" \
    -n podman "sh -c '$(life "$P")'" \
    --export-json "$work/pods.json" | grep -E 'Time|±|^Benchmark'
python3 - "$work/pods.json" <<'PY'
import json, statistics, sys
r = {x["command"]: statistics.median(x["times"]) for x in json.load(open(sys.argv[1]))["results"]}
for k, v in r.items():
    print(f"{k:8s} {v * 1000:8.1f} ms")
print(f"pod create + 3 containers + pod rm -f: skiff/podman = {r['skiff'] / r['podman']:.3f}x")
PY
$S system reset -f >/dev/null 2>&1 || true
$P system reset -f >/dev/null 2>&1 || true
rm -rf "$work"
