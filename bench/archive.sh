#!/usr/bin/env bash
# push, save and load of bench/debian and bench/big (gzip, as pulled from the bench registry)
# with skiff and podman side by side (hyperfine; medians and skiff/podman ratios).
#
#   bench/archive.sh            # RUNS=5 for debian, BIG_RUNS=3 for big
#
# Needs root, podman (../shared/bench/setup-podman.sh), hyperfine, the bench registry and
# images (../shared/bench/images.sh) and `cargo build --release`. Pushes go to a second,
# throwaway registry on 127.0.0.1:5003 whose storage is wiped before every run (cold push);
# loads start from a store without the image. skiff's store is /var/tmp/bench/skiff-archive,
# podman's the harness' isolated one; archives are written under /var/tmp/bench/archive.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
harness=${HARNESS:-$repo/../shared/bench}
skiff=$repo/target/x86_64-unknown-linux-gnu/release/skiff
[ -x "$skiff" ] || (cd "$repo" && cargo build --release)
RUNS=${RUNS:-5}
BIG_RUNS=${BIG_RUNS:-3}
work=/var/tmp/bench/archive
mkdir -p "$work"
export SKIFF_ROOT=/var/tmp/bench/skiff-archive SKIFF_RUNROOT=/var/tmp/bench/skiff-archive-run
export CONTAINERS_STORAGE_CONF=$harness/conf/storage-podman.conf
export CONTAINERS_REGISTRIES_CONF=$harness/conf/registries.conf
SK="$skiff"
PM="podman"
src=127.0.0.1:5002/bench
dst=127.0.0.1:5003

curl -fsS -m 2 http://127.0.0.1:5002/v2/ >/dev/null || { echo "bench registry not up: run $harness/images.sh" >&2; exit 1; }

# the throwaway destination registry, restarted empty by `fresh`
cat > "$work/registry.yml" <<EOF
version: 0.1
log:
  level: error
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $work/dest-data
http:
  addr: $dst
  secret: bench
EOF
cat > "$work/fresh.sh" <<EOF
#!/bin/sh
[ -f $work/registry.pid ] && kill \$(cat $work/registry.pid) 2>/dev/null && sleep 0.2
rm -rf $work/dest-data
/usr/bin/docker-registry serve $work/registry.yml >$work/registry.log 2>&1 &
echo \$! > $work/registry.pid
for i in \$(seq 50); do curl -fsS -m 1 http://$dst/v2/ >/dev/null 2>&1 && exit 0; sleep 0.1; done
exit 1
EOF
chmod +x "$work/fresh.sh"
trap 'pkill -f "docker-registry serve $work/registry.yml"; true' EXIT

out=$here/results/archive-$(date +%Y%m%dT%H%M%S)
mkdir -p "$out"
for img in debian big; do
  ref=$src/$img:latest
  # as pulled: nothing left from earlier runs (loads, pushes)
  $SK rmi -f "$ref" >/dev/null 2>&1 || true
  $SK pull -q "$ref" >/dev/null
  $PM pull -q "$ref" >/dev/null
  runs=$RUNS; [ $img = big ] && runs=$BIG_RUNS
  # push: cold every time (empty destination registry)
  hyperfine -N -r "$runs" -p "$work/fresh.sh" --export-json "$out/push-$img.json" \
    -n "skiff push $img" "$SK push -q $ref $dst/$img:1" \
    -n "podman push $img" "$PM push -q --tls-verify=false $ref $dst/$img:1"
  # save: a new archive file every time
  hyperfine -N -r "$runs" --export-json "$out/save-$img.json" \
    -n "skiff save $img" -p "rm -f $work/$img-skiff.tar" "$SK save -o $work/$img-skiff.tar $ref" \
    -n "podman save $img" -p "rm -f $work/$img-podman.tar" "$PM save -q -o $work/$img-podman.tar $ref"
  # load: into a store without the image (its layers removed too)
  hyperfine -N -r "$runs" --export-json "$out/load-$img.json" \
    -n "skiff load $img" -p "$SK rmi -f $ref" "$SK load -q -i $work/$img-skiff.tar" \
    -n "podman load $img" -p "$PM rmi -f $ref" "$PM load -q -i $work/$img-podman.tar"
  ls -l "$work/$img-skiff.tar" "$work/$img-podman.tar" | awk '{print $5, $9}' >> "$out/sizes.txt"
  # push of the loaded image: no original blobs anywhere, every layer rebuilt from its
  # tar-split and gzip-compressed (what podman always does)
  hyperfine -N -r "$runs" -p "$work/fresh.sh" --export-json "$out/push_rebuilt-$img.json" \
    -n "skiff push(rebuilt) $img" "$SK push -q $ref $dst/$img:1"
done
python3 - "$out" <<'PY' | tee "$out/table.txt"
import json, sys, glob, os
out = sys.argv[1]
print(f"{'workload':<20} {'skiff ms':>10} {'podman ms':>10} {'ratio':>7}")
def medians(op, img):
    p = os.path.join(out, f"{op}-{img}.json")
    if not os.path.exists(p):
        return {}
    return {x["command"].split()[0]: x["median"] * 1000 for x in json.load(open(p))["results"]}
for op in ["push", "push_rebuilt", "save", "load"]:
    for img in ["debian", "big"]:
        r = medians(op, img)
        s = r.get("skiff")
        m = (r if op != "push_rebuilt" else medians("push", img)).get("podman")
        if s is None or m is None:
            continue
        print(f"{op.replace('_', '(') + (')' if '_' in op else '') + ' ' + img:<20} {s:>10.0f} {m:>10.0f} {s / m:>7.2f}")
PY
