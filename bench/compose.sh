#!/bin/sh
# skiff compose side by side with podman-compose (Debian's, driving podman) on one
# 5-service project — 2 networks, 2 volumes, a health-gated dependency — measured with
# hyperfine, inside a network namespace of the run's own (the host's network and firewall
# are not touched):
#   up -d      from nothing (containers, networks and volumes made; `down -v` between runs)
#   up -d      again, nothing changed (skiff leaves the project as it is)
#   down -v    of the running project
# podman-compose does not wait for `condition: service_healthy`; skiff does, so skiff's
# `up` includes one health check of the database (interval 200ms) and podman-compose's
# does not.
#
#   bench/compose.sh           # needs root, hyperfine, podman, podman-compose, the bench
#                              # registry (../shared/bench/images.sh) and
#                              # `cargo build --release`
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
skiff=$repo/target/x86_64-unknown-linux-gnu/release/skiff
[ -x "$skiff" ] || (cd "$repo" && cargo build --release)
RUNS=${RUNS:-10}
IMG=127.0.0.1:5002/bench/busybox:latest
work=$(mktemp -d /var/tmp/cb.XXXX)
trap 'umount -l "$work/podman/overlay" 2>/dev/null; rm -rf "$work"' EXIT
out=$here/results/compose-$(date +%Y%m%dT%H%M%S)
mkdir -p "$out" "$work/app"
cat > "$work/app/compose.yaml" <<EOF
name: bench
services:
  db:
    image: $IMG
    command: sh -c 'touch /tmp/ready; exec sleep 3600'
    init: true
    volumes: [dbdata:/data]
    networks: [back]
    healthcheck:
      test: ["CMD", "test", "-f", "/tmp/ready"]
      interval: 200ms
  cache:
    image: $IMG
    command: sleep 3600
    init: true
    networks: [back]
  api:
    image: $IMG
    command: sleep 3600
    init: true
    environment: {DB: db, CACHE: cache}
    networks: [front, back]
    depends_on:
      db: {condition: service_healthy}
      cache: {condition: service_started}
  web:
    image: $IMG
    command: sleep 3600
    init: true
    ports: ["127.0.0.1:18090:80"]
    volumes: [assets:/assets]
    networks: [front]
    depends_on: [api]
  worker:
    image: $IMG
    command: sleep 3600
    init: true
    networks: [back]
    depends_on: [db]
networks:
  front: {}
  back: {}
volumes:
  dbdata: {}
  assets: {}
EOF
S="$skiff --root $work/skiff --runroot $work/skiff-run"
P="podman --root $work/podman --runroot $work/podman-run"
$S pull -q "$IMG" >/dev/null
$P pull -q --tls-verify=false "$IMG" >/dev/null
cat > "$work/inner.sh" <<EOF
set -e
ip link set lo up
cd $work/app
S="$S"
export CONTAINERS_STORAGE_CONF=$work/storage.conf
hf() { name=\$1; shift; hyperfine -N --style basic --export-json $out/\$name.json "\$@"; }
hf up --runs $RUNS \
  -n skiff --prepare "\$S compose down -v" "\$S compose up -d" \
  -n podman-compose --prepare "podman-compose down -v" "podman-compose up -d"
\$S compose up -d 2>/dev/null
podman-compose up -d >/dev/null 2>&1
hf noop --warmup 2 --runs $RUNS \
  -n skiff "\$S compose up -d" \
  -n podman-compose "podman-compose up -d"
hf down --runs $RUNS \
  -n skiff --prepare "\$S compose up -d" "\$S compose down -v" \
  -n podman-compose --prepare "podman-compose up -d" "podman-compose down -v"
\$S compose down -v >/dev/null 2>&1 || true
podman-compose down -v >/dev/null 2>&1 || true
EOF
# podman-compose calls plain `podman`: its store is the run's own through storage.conf
cat > "$work/storage.conf" <<EOF
[storage]
driver = "overlay"
graphroot = "$work/podman"
runroot = "$work/podman-run"
EOF
unshare -n sh "$work/inner.sh" 2>&1 | grep -v '^ \(Container\|Network\|Volume\)'
python3 - "$out" <<'EOF'
import json, sys, os
out = sys.argv[1]
print(f"\n{'':8} {'skiff':>10} {'podman-compose':>15} {'ratio':>7}")
for name in ("up", "noop", "down"):
    with open(os.path.join(out, name + ".json")) as f:
        r = {x["command"]: x["mean"] * 1000 for x in json.load(f)["results"]}
    s, p = r["skiff"], r["podman-compose"]
    print(f"{name:8} {s:8.1f}ms {p:13.1f}ms {s / p:6.3f}x")
EOF
echo "results: $out"
