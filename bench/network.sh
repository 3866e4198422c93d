#!/bin/sh
# Issue 5: what networking costs.
#   bench/network.sh start   `run --rm` latency on the default bridge network beside
#                            `--network none`, skiff beside podman (and docker when
#                            ../shared/bench/dockerd.sh runs): the harness' start workload
#   bench/network.sh tput    TCP throughput into a container through a published port on
#                            127.0.0.1 beside a direct connection to its address (the veth),
#                            inside a network namespace of its own (the host's network is
#                            not touched); SIZE MiB per transfer (default 2048), ROUNDS (5)
# Needs root, bash, `cargo build --release`, busybox-static, docker-registry, curl; `start`
# also what compare.sh needs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
skiff=$repo/target/x86_64-unknown-linux-gnu/release/skiff
[ -x "$skiff" ] || (cd "$repo" && cargo build --release)
case ${1:-} in
start)
    shift
    exec "$here/on-network.sh" start "$@"
    ;;
tput)
    [ "${IN_NETNS:-}" = 1 ] || IN_NETNS=1 exec unshare -n "$0" "$@"
    size=${SIZE:-2048}
    rounds=${ROUNDS:-5}
    work=$(mktemp -d)
    S="$skiff --root $work/root --runroot $work/run"
    ip link set lo up
    # the image, from a registry on this namespace's loopback
    reg_pid=""
    trap '$S system reset -f >/dev/null 2>&1; [ -n "$reg_pid" ] && kill "$reg_pid"; rm -rf "$work"' EXIT
    applets="sh nc"
    . "$repo/contrib/local-image.sh" >/dev/null
    img=$(cat "$work/image")
    $S run -d --name sink -p 127.0.0.1:15201:5201 "$img" \
        sh -c 'while true; do nc -l -p 5201 > /dev/null; done' >/dev/null
    ip=$($S inspect -f '{{.NetworkSettings.IPAddress}}' sink)
    sleep 0.3
    rate() { # host port -> MiB/s
        t0=$(date +%s%N)
        # bash's /dev/tcp (busybox nc as a client stops after its first read)
        bash -c "dd if=/dev/zero bs=1M count=$size 2>/dev/null > /dev/tcp/$1/$2"
        t1=$(date +%s%N)
        echo $((size * 1000000000 / (t1 - t0)))
        sleep 0.2
    }
    published=""; direct=""
    for _ in $(seq "$rounds"); do
        published="$published $(rate 127.0.0.1 15201)"
        direct="$direct $(rate "$ip" 5201)"
    done
    med() { echo "$@" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
    p=$(med $published); d=$(med $direct)
    echo "published 127.0.0.1:15201 -> :5201  MiB/s:$published  median $p"
    echo "direct    $ip:5201           MiB/s:$direct  median $d"
    echo "ratio published/direct: $(awk "BEGIN {printf \"%.2f\", $p / $d}")"
    ;;
*)
    sed -n '2,12p' "$0"
    exit 2
    ;;
esac
