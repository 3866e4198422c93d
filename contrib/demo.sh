#!/bin/sh
# skiff's main job, offline: builds a one-layer image from Debian's busybox-static, serves it
# from a throwaway docker-registry on loopback, pulls, lists and inspects it with skiff in a
# throwaway store, then runs containers from it (as root: rootless runs come later).
# Needs: docker-registry, busybox-static, curl, nftables (or iptables), and a built skiff.
set -eu
cd "$(dirname "$0")/.."
SKIFF=${SKIFF:-target/x86_64-unknown-linux-gnu/release/skiff}
[ -x "$SKIFF" ] || { echo "build skiff first: cargo build --release" >&2; exit 1; }

work=$(mktemp -d)
reg_pid=""
cleanup() {
    # the default network's bridge and firewall rules go with the store
    [ "$(id -u)" = 0 ] && "$SKIFF" --root "$work/store" --runroot "$work/run" system reset -f 2>/dev/null
    [ -n "$reg_pid" ] && kill "$reg_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

applets="sh ls cat echo id env ps sleep hostname httpd mkdir"
. contrib/local-image.sh

set -x
"$SKIFF" --root "$work/store" --runroot "$work/run" pull "$reg/demo/busybox"
"$SKIFF" --root "$work/store" --runroot "$work/run" images
"$SKIFF" --root "$work/store" --runroot "$work/run" history "$reg/demo/busybox"
"$SKIFF" --root "$work/store" --runroot "$work/run" image inspect --format '{{.Id}} {{.Os}}/{{.Architecture}} {{json .Config.Cmd}}' "$reg/demo/busybox"
if [ "$(id -u)" = 0 ]; then
    S="$SKIFF --root $work/store --runroot $work/run"
    $S run --rm --name demo -h demo "$reg/demo/busybox" sh -c 'echo "hello from $(hostname), PID $$"; id'
    $S run -d --name sleeper "$reg/demo/busybox" sleep 60
    $S run -d --name web -p 127.0.0.1:18080:80 "$reg/demo/busybox" \
        sh -c 'mkdir -p /www && echo "served by skiff" > /www/index.html && exec httpd -f -p 80 -h /www'
    $S ps
    $S port web
    sleep 0.3
    curl -fsS http://127.0.0.1:18080/
    $S top sleeper
    $S rm -f sleeper web
    $S ps -a
else
    echo "(run as root to start containers: sudo $0)"
fi
