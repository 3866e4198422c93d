#!/bin/sh
# Issue 6: `build` of the harness' 12-instruction Dockerfile FROM bench/debian, uncached
# (--no-cache) and fully cached, skiff beside podman (and docker/BuildKit when
# ../shared/bench/dockerd.sh runs). RUN steps use each engine's default network: skiff's
# bridge and rules are removed afterwards (`system reset` of the bench store) and IPv4
# forwarding is left as it was.
set -eu
exec "$(dirname "$0")/on-network.sh" build "$@"
