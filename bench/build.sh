#!/bin/sh
# Issue 6: `build` of the harness' 12-instruction Dockerfile FROM bench/debian, uncached
# (--no-cache) and fully cached, skiff beside podman (and docker/BuildKit when
# ../shared/bench/dockerd.sh runs). RUN steps use each engine's default network: skiff's
# bridge and rules are removed afterwards (`system reset` of the bench store) and IPv4
# forwarding is left as it was.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
skiff=$(dirname "$here")/target/x86_64-unknown-linux-gnu/release/skiff
extra=""
[ -S /run/docker-bench/docker.sock ] && extra="docker=/usr/bin/docker"
before=$(cat /proc/sys/net/ipv4/ip_forward)
# shellcheck disable=SC2086
"$here/compare.sh" build "$@" $extra
"$skiff" --root "${SKIFF_ROOT:-/var/tmp/bench/skiff-root}" --runroot "${SKIFF_RUNROOT:-/var/tmp/bench/skiff-run}" system reset -f
echo "$before" > /proc/sys/net/ipv4/ip_forward
