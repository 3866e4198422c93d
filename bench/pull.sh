#!/bin/sh
# Cold pulls (debian and big, gzip and zstd) against podman and the curl | tar floor.
exec "$(dirname "$0")/compare.sh" pull "$@"
