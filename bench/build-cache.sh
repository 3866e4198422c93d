#!/bin/sh
# Issue 17: the "fresh CI runner" build. The harness' 12-instruction Dockerfile (FROM
# bench/debian) is built once with a registry cache (`--cache-to`); then, from an empty
# store each time, built again with `--cache-from` — skiff beside podman 4.3 (`--layers
# --cache-from`), both also without a cache; and a Dockerfile of two independent stages
# (skiff builds them at once; also with --jobs 1; podman with --jobs 2). Prints medians
# and the ratios.
#
#   bench/build-cache.sh            # RUNS=5 by default
#
# Needs root, podman (../shared/bench/setup-podman.sh), the bench registry with
# bench/debian (../shared/bench/images.sh) and `cargo build --release`. Stores live under
# /var/tmp/bench/cache-*; the registry gets bench/cache-skiff and bench/cache-podman.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
harness=${HARNESS:-$repo/../shared/bench}
skiff=$repo/target/x86_64-unknown-linux-gnu/release/skiff
[ -x "$skiff" ] || (cd "$repo" && cargo build --release)
runs=${RUNS:-5}
reg=127.0.0.1:5002
work=/var/tmp/bench/cache-work
rm -rf "$work" && mkdir -p "$work/ctx/src"
ctx=$work/ctx
for i in $(seq 200); do printf 'def f%d():\n    return %d\n' "$i" "$i" > "$ctx/src/mod$i.py"; done
printf 'flask==3.0.0\nrequests==2.31.0\n' > "$ctx/requirements.txt"
cat > "$ctx/Dockerfile" <<DF
FROM $reg/bench/debian
LABEL org.opencontainers.image.title="bench build"
ENV APP_HOME=/opt/app LANG=C.UTF-8 PYTHONDONTWRITEBYTECODE=1
WORKDIR /opt/app
COPY requirements.txt ./
RUN mkdir -p /var/lib/app && echo built > /var/lib/app/stamp
COPY src/ ./src/
RUN useradd --system --uid 1001 --home-dir /opt/app app && chown -R app /opt/app
RUN dd if=/dev/urandom of=/var/lib/app/blob bs=1M count=16 status=none && sha256sum /var/lib/app/blob > /var/lib/app/blob.sha
ARG BUILD_REV=1
USER app
EXPOSE 8080
CMD ["bash", "-c", "echo ok"]
DF
# two stages that do not need each other, and a third that takes from both
mkdir -p "$work/multi"
cat > "$work/multi/Dockerfile" <<DF
FROM $reg/bench/debian AS left
RUN dd if=/dev/urandom of=/l bs=1M count=48 status=none && for i in 1 2 3; do sha256sum /l > /l.sum; done
FROM $reg/bench/debian AS right
RUN dd if=/dev/urandom of=/r bs=1M count=48 status=none && for i in 1 2 3; do sha256sum /r > /r.sum; done
FROM $reg/bench/debian
COPY --from=left /l.sum /
COPY --from=right /r.sum /
DF
fresh=/var/tmp/bench/cache-fresh
S="$skiff --root $fresh/skiff --runroot $fresh/skiff-run"
# podman with the harness' registries.conf (the loopback registry is insecure)
export CONTAINERS_REGISTRIES_CONF=$harness/conf/registries.conf
P="podman --root $fresh/podman --runroot $fresh/podman-run --storage-driver overlay"
clean="$S system reset -f >/dev/null 2>&1; $P system reset -f >/dev/null 2>&1; rm -rf $fresh"
sh -c "$clean"
echo "seeding the caches"
$skiff --root "$work/seed" --runroot "$work/seed-run" build -q --network none \
    --cache-to "type=registry,ref=$reg/bench/cache-skiff:1,mode=max" -t seed "$ctx" >/dev/null
podman --root "$work/pseed" --runroot "$work/pseed-run" build -q --layers --network none \
    --cache-to "$reg/bench/cache-podman" --tls-verify=false -t seed "$ctx" >/dev/null
hyperfine -N --runs "$runs" --prepare "sh -c '$clean'" \
    -n skiff-cache-from "$S build -q --network none --cache-from type=registry,ref=$reg/bench/cache-skiff:1 -t x $ctx" \
    -n podman-cache-from "$P build -q --layers --network none --tls-verify=false --cache-from $reg/bench/cache-podman -t x $ctx" \
    -n skiff-no-cache "$S build -q --network none -t x $ctx" \
    -n podman-no-cache "$P build -q --layers --network none -t x $ctx" \
    -n skiff-two-stages "$S build -q --network none -t x $work/multi" \
    -n skiff-two-stages-jobs1 "$S build -q --network none --jobs 1 -t x $work/multi" \
    -n podman-two-stages "$P build -q --layers --network none --jobs 2 -t x $work/multi" \
    --export-json "$work/build-cache.json" | grep -E 'Time|±|^Benchmark'
python3 - "$work/build-cache.json" <<'PY'
import json, statistics, sys
r = {x["command"]: statistics.median(x["times"]) for x in json.load(open(sys.argv[1]))["results"]}
for k, v in r.items():
    print(f"{k:20s} {v:7.2f} s")
print(f"with cache:    skiff/podman = {r['skiff-cache-from'] / r['podman-cache-from']:.2f}x")
print(f"without cache: skiff/podman = {r['skiff-no-cache'] / r['podman-no-cache']:.2f}x")
print(f"skiff, cache vs none: {r['skiff-cache-from'] / r['skiff-no-cache']:.2f}x")
print(f"two independent stages: skiff/podman = {r['skiff-two-stages'] / r['podman-two-stages']:.2f}x,"
      f" skiff concurrent/one at a time = {r['skiff-two-stages'] / r['skiff-two-stages-jobs1']:.2f}x")
PY
sh -c "$clean"
rm -rf "$work/seed" "$work/seed-run" 2>/dev/null || true
podman --root "$work/pseed" --runroot "$work/pseed-run" system reset -f >/dev/null 2>&1 || true
