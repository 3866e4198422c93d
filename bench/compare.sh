#!/bin/sh
# skiff side by side with podman (and the harness' engine-free floor, `ref`) on the shared
# harness (../shared/bench, see its README). Prints medians and ratios; results land in
# bench/results/<timestamp>/ (table.txt).
#
#   bench/compare.sh WORKLOADS [extra run.sh args]   # e.g. pull, or start,lifecycle,ps
#
# Needs root, podman (setup-podman.sh), the bench images and registry (images.sh) and
# `cargo build --release`. skiff uses its own store under /var/tmp/bench, never
# /var/lib/skiff.
set -eu
[ $# -ge 1 ] || { echo "usage: $0 WORKLOADS [run.sh args]" >&2; exit 2; }
workloads=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
harness=${HARNESS:-$repo/../shared/bench}
skiff=$repo/target/x86_64-unknown-linux-gnu/release/skiff
[ -x "$skiff" ] || (cd "$repo" && cargo build --release)
export SKIFF_ROOT=${SKIFF_ROOT:-/var/tmp/bench/skiff-root}
export SKIFF_RUNROOT=${SKIFF_RUNROOT:-/var/tmp/bench/skiff-run}
out=$here/results/$(date +%Y%m%dT%H%M%S)
mkdir -p "$out"
"$harness/run.sh" -w "$workloads" -o "$out" "$@" podman "skiff=$skiff" ref
cat "$out/table.txt"
