#!/bin/sh
# Rootless skiff side by side with rootless podman, both as the same ordinary user (nobody)
# with subordinate ids, measured with hyperfine:
#   run --rm --network none IMG true     (warm)
#   run --rm IMG true                    (each one's default network: pasta / slirp4netns)
#   pull of bench/debian                 (cold: the image removed before every run)
# The user gets a private /etc (its subuid/subgid lines) and a /dev/net/tun it may open,
# inside a mount namespace of the run's own: the host's files are not changed.
#
#   bench/rootless.sh            # needs root, hyperfine, podman, passt, slirp4netns, uidmap,
#                                # the bench registry (../shared/bench/images.sh) and
#                                # `cargo build --release`
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
harness=${HARNESS:-$repo/../shared/bench}
skiff=$repo/target/x86_64-unknown-linux-gnu/release/skiff
[ -x "$skiff" ] || (cd "$repo" && cargo build --release)
RUNS=${RUNS:-30}
PULL_RUNS=${PULL_RUNS:-5}
IMG=127.0.0.1:5002/bench/busybox:latest
DEB=127.0.0.1:5002/bench/debian:latest
work=$(mktemp -d /var/tmp/rlb.XXXX)
trap 'rm -rf "$work"' EXIT
out=$here/results/rootless-$(date +%Y%m%dT%H%M%S)
mkdir -p "$out"
cp -a /etc "$work/etc"
echo "nobody:300000:65536" > "$work/etc/subuid"
cp "$work/etc/subuid" "$work/etc/subgid"
mknod -m 0666 "$work/tun" c 10 200
mkdir -p "$work/home/xdg" "$work/bin"
cp "$skiff" "$work/bin/skiff"
cat > "$work/home/containers.conf" <<'EOF'
[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
runtime = "runc"
EOF
chmod 700 "$work/home/xdg"
chmod 755 "$work"
chown -R 65534:65534 "$work/home"

# Everything below runs as the user in one mount namespace (podman's pause process and its
# later commands must see the same mounts), so hyperfine times the engines alone.
cat > "$work/inner.sh" <<EOF
set -e
S=$work/bin/skiff
# podman's pause process first, detached from our pipes (else its later runs wait 20 s for
# conmon)
podman unshare true </dev/null >/dev/null 2>&1
hf() { name=\$1; shift; hyperfine -N --style basic --export-json $out/\$name.json "\$@"; }
hf none --warmup 3 --runs $RUNS -n skiff "\$S run --rm --network none $IMG true" -n podman "podman run --rm --network none $IMG true"
hf default --warmup 3 --runs $RUNS -n skiff "\$S run --rm $IMG true" -n podman "podman run --rm $IMG true"
hf pull --runs $PULL_RUNS -n skiff --prepare "sh -c '\$S rmi -f $DEB >/dev/null 2>&1; true'" "\$S pull -q $DEB" -n podman --prepare "sh -c 'podman rmi -f $DEB >/dev/null 2>&1; true'" "podman pull -q $DEB"
\$S system reset -f >/dev/null
podman system reset -f >/dev/null 2>&1 || true
EOF
cat > "$work/setup.sh" <<EOF
set -e
$work/bin/skiff pull -q $IMG
podman pull -q $IMG
$work/bin/skiff run --rm --network none $IMG true
podman run --rm --network none $IMG true
EOF
chmod 777 "$out"
# the images pulled and each engine run once, in a session of its own
unshare -m sh -c "mount --bind $work/etc /etc && mount --bind $work/tun /dev/net/tun && exec setpriv --reuid 65534 --regid 65534 --clear-groups -- env -i PATH=/usr/bin:/bin:/usr/sbin:/sbin HOME=$work/home XDG_RUNTIME_DIR=$work/home/xdg CONTAINERS_REGISTRIES_CONF=$harness/conf/registries.conf CONTAINERS_CONF=$work/home/containers.conf sh $work/setup.sh" </dev/null >/dev/null 2>&1
unshare -m sh -c "mount --bind $work/etc /etc && mount --bind $work/tun /dev/net/tun && exec setpriv --reuid 65534 --regid 65534 --clear-groups -- env -i PATH=/usr/bin:/bin:/usr/sbin:/sbin HOME=$work/home XDG_RUNTIME_DIR=$work/home/xdg CONTAINERS_REGISTRIES_CONF=$harness/conf/registries.conf CONTAINERS_CONF=$work/home/containers.conf sh $work/inner.sh" </dev/null 2>&1 | tee "$out/log.txt"
python3 - "$out" <<'EOF'
import json, sys, os
out = sys.argv[1]
rows = []
for w in ["none", "default", "pull"]:
    r = {x["command"]: x for x in json.load(open(os.path.join(out, w + ".json")))["results"]}
    s, p = r["skiff"], r["podman"]
    rows.append(f"{w:8} skiff {s['median']*1000:8.1f} ms (mean {s['mean']*1000:.1f})   podman {p['median']*1000:8.1f} ms (mean {p['mean']*1000:.1f})   ratio {s['median']/p['median']:.3f}")
text = "\n".join(rows)
open(os.path.join(out, "table.txt"), "w").write(text + "\n")
print(text)
EOF
