#!/bin/sh
# Runs compare.sh WORKLOAD [ARGS] with skiff on its default bridge network (and docker too
# when ../shared/bench/dockerd.sh runs), then removes the bench store's bridge and rules
# (`system reset`) and leaves IPv4 forwarding as it was. For build.sh and network.sh.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
skiff=$(dirname "$here")/target/x86_64-unknown-linux-gnu/release/skiff
extra=""
[ -S /run/docker-bench/docker.sock ] && extra="docker=/usr/bin/docker"
before=$(cat /proc/sys/net/ipv4/ip_forward)
# shellcheck disable=SC2086
"$here/compare.sh" "$@" $extra
"$skiff" --root "${SKIFF_ROOT:-/var/tmp/bench/skiff-root}" --runroot "${SKIFF_RUNROOT:-/var/tmp/bench/skiff-run}" system reset -f
echo "$before" > /proc/sys/net/ipv4/ip_forward
