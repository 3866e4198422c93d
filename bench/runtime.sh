#!/bin/sh
# The runtime core (issue 3): `run --rm` start latency, create / start -a / rm / stop, and
# `ps -a` over 1000 containers, against podman and `runc run` (ref).
exec "$(dirname "$0")/compare.sh" start,lifecycle,ps "$@"
