#!/bin/sh
# skiff's main job, offline: builds a one-layer image from Debian's busybox-static, serves it
# from a throwaway docker-registry on loopback, pulls, lists and inspects it with skiff in a
# throwaway store, then runs containers from it (as root: rootless runs come later).
# Needs: docker-registry, busybox-static, curl, and a built skiff.
set -eu
cd "$(dirname "$0")/.."
SKIFF=${SKIFF:-target/x86_64-unknown-linux-gnu/release/skiff}
[ -x "$SKIFF" ] || { echo "build skiff first: cargo build --release" >&2; exit 1; }

work=$(mktemp -d)
reg_pid=""
cleanup() { [ -n "$reg_pid" ] && kill "$reg_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT INT TERM

# A registry on a free loopback port.
for port in $(seq 15000 15100); do
    cat > "$work/registry.yml" <<YML
version: 0.1
log: {level: error, accesslog: {disabled: true}}
storage: {filesystem: {rootdirectory: $work/registry}}
http: {addr: 127.0.0.1:$port}
YML
    docker-registry serve "$work/registry.yml" >/dev/null 2>&1 &
    reg_pid=$!
    for _ in $(seq 50); do
        curl -fs "http://127.0.0.1:$port/v2/" >/dev/null 2>&1 && break 2
        kill -0 "$reg_pid" 2>/dev/null || break
        sleep 0.1
    done
    kill "$reg_pid" 2>/dev/null || true
    reg_pid=""
done
[ -n "$reg_pid" ] || { echo "could not start docker-registry" >&2; exit 1; }
reg=127.0.0.1:$port

# The image: busybox-static, its applets, /etc/passwd.
root=$work/rootfs
mkdir -p "$root/bin" "$root/etc" "$root/tmp"
cp /bin/busybox "$root/bin/busybox"
for a in sh ls cat echo id env ps sleep hostname; do ln -s busybox "$root/bin/$a"; done
printf 'root:x:0:0:root:/root:/bin/sh\n' > "$root/etc/passwd"
printf 'root:x:0:\n' > "$root/etc/group"
tar --numeric-owner --owner=0 --group=0 --mtime=@1700000000 -C "$root" -cf "$work/layer.tar" .
gzip -n -c "$work/layer.tar" > "$work/layer.tgz"
sha() { sha256sum "$1" | cut -d' ' -f1; }
size() { stat -c %s "$1"; }
diff_id=$(sha "$work/layer.tar")
printf '{"architecture":"amd64","os":"linux","created":"2024-01-01T00:00:00Z","config":{"Env":["PATH=/bin"],"Cmd":["sh"]},"rootfs":{"type":"layers","diff_ids":["sha256:%s"]},"history":[{"created":"2024-01-01T00:00:00Z","created_by":"contrib/demo.sh: busybox-static"}]}' \
    "$diff_id" > "$work/config.json"
printf '{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","digest":"sha256:%s","size":%s},"layers":[{"mediaType":"application/vnd.docker.image.rootfs.diff.tar.gzip","digest":"sha256:%s","size":%s}]}' \
    "$(sha "$work/config.json")" "$(size "$work/config.json")" "$(sha "$work/layer.tgz")" "$(size "$work/layer.tgz")" > "$work/manifest.json"

push_blob() {
    loc=$(curl -fsi -X POST "http://$reg/v2/demo/busybox/blobs/uploads/" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
    case $loc in http*) ;; *) loc="http://$reg$loc" ;; esac
    curl -fs -X PUT -H 'Content-Type: application/octet-stream' --data-binary "@$1" "$loc&digest=sha256:$(sha "$1")" >/dev/null
}
push_blob "$work/config.json"
push_blob "$work/layer.tgz"
curl -fs -X PUT -H 'Content-Type: application/vnd.docker.distribution.manifest.v2+json' \
    --data-binary "@$work/manifest.json" "http://$reg/v2/demo/busybox/manifests/latest" >/dev/null

set -x
"$SKIFF" --root "$work/store" --runroot "$work/run" pull "$reg/demo/busybox"
"$SKIFF" --root "$work/store" --runroot "$work/run" images
"$SKIFF" --root "$work/store" --runroot "$work/run" history "$reg/demo/busybox"
"$SKIFF" --root "$work/store" --runroot "$work/run" image inspect --format '{{.Id}} {{.Os}}/{{.Architecture}} {{json .Config.Cmd}}' "$reg/demo/busybox"
if [ "$(id -u)" = 0 ]; then
    S="$SKIFF --root $work/store --runroot $work/run"
    $S run --rm --name demo -h demo "$reg/demo/busybox" sh -c 'echo "hello from $(hostname), PID $$"; id'
    $S run -d --name sleeper "$reg/demo/busybox" sleep 60
    $S ps
    $S top sleeper
    $S rm -f sleeper
    $S ps -a
else
    echo "(run as root to start containers: sudo $0)"
fi
