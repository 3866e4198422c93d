# Sourced by contrib/demo.sh and bench/network.sh: starts Debian's docker-registry on a free
# loopback port (data under $work, its pid in $reg_pid, its address in $reg) and pushes
# $reg/demo/busybox:latest, a one-layer image of busybox-static with the applets in $applets.
# Needs docker-registry, busybox-static, curl; $work must exist.
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
for a in ${applets:-sh}; do ln -s busybox "$root/bin/$a"; done
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

echo "$reg/demo/busybox:latest" > "$work/image"
