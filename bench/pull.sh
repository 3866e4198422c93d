#!/bin/sh
# Cold-pull benchmark: skiff against podman (and the raw curl | decompress | tar floor) with
# the shared side-by-side harness (../shared/bench, see its README). Prints medians and
# ratios; results land in bench/results/<timestamp>/ (table.txt).
#
#   bench/pull.sh [extra run.sh args]      # needs root, podman (setup-podman.sh), the bench
#                                          # images (images.sh) and `cargo build --release`
# skiff uses its own store under /var/tmp/bench, never /var/lib/skiff.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
harness=${HARNESS:-$repo/../shared/bench}
skiff=$repo/target/x86_64-unknown-linux-gnu/release/skiff
[ -x "$skiff" ] || (cd "$repo" && cargo build --release)
export SKIFF_ROOT=${SKIFF_ROOT:-/var/tmp/bench/skiff-root}
export SKIFF_RUNROOT=${SKIFF_RUNROOT:-/var/tmp/bench/skiff-run}
out=$here/results/$(date +%Y%m%dT%H%M%S)
mkdir -p "$out"
"$harness/run.sh" -w pull -o "$out" "$@" podman "skiff=$skiff" ref
cat "$out/table.txt"
