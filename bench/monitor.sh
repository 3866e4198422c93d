#!/bin/sh
# Detached containers (issue 4): `run -d`, `exec`, create / start / stop / rm, and the memory
# of the per-container monitor next to conmon's, against podman.
exec "$(dirname "$0")/compare.sh" start,exec,lifecycle,mem "$@"
