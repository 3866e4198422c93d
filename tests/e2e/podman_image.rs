//! Issue 16: podman's `commit --format/--include-volumes/--squash`, `images --history`
//! (and `inspect`'s `NamesHistory`/`ManifestType`), `cp --overwrite`, each with its effect.

use crate::run::busybox_store;

#[test]
fn issue16_commit_formats_squash_volumes_history_and_cp_overwrite() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = crate::podman_ext::script(
        &t,
        &img,
        "R=${I%%/*}; mkdir hostdir
         $S run --name c -v $PWD/hostdir:/mnt/h -v named:/data --tmpfs /scratch $I sh -c 'echo hi > /new.txt' || exit 9
         $S commit -q --include-volumes --format oci c inc:1 >/dev/null || exit 9
         $S inspect -f '{{json .Config.Volumes}} {{.ManifestType}}' inc:1
         $S commit -q c plain:1 >/dev/null
         $S inspect -f '{{json .Config.Volumes}} {{len .RootFS.Layers}} {{.ManifestType}}' plain:1
         $S commit -q --squash c sq:1 >/dev/null
         $S inspect -f '{{len .RootFS.Layers}}' sq:1
         $S run --rm sq:1 sh -c 'cat /new.txt; ls /bin/busybox'
         $S commit --format v2s1 c bad >/dev/null 2>&1; echo bad-format: $?
         $S tag inc:1 $R/inc:1; $S push -q $R/inc:1 >/dev/null || exit 9
         $S rmi $R/inc:1 inc:1 >/dev/null; $S pull -q $R/inc:1 >/dev/null
         $S inspect -f '{{.ManifestType}}' $R/inc:1
         $S tag plain:1 other:2; $S rmi plain:1 >/dev/null
         $S images --history --format '{{.Repository}}: {{.History}}' other
         $S images --history other | head -1 | grep -c HISTORY
         $S inspect -f '{{json .NamesHistory}}' other:2
         $S run -d --name cc $I sh -c 'mkdir -p /d/x; echo f > /d/f; sleep 60' >/dev/null
         echo host > x; mkdir -p hd/f; echo a > hd/f/a; sleep 0.5
         $S cp x cc:/d/ 2>&1; echo dir-by-file: $?
         $S cp hd/f cc:/d/ 2>&1; echo file-by-dir: $?
         $S cp --overwrite x cc:/d/ && $S cp --overwrite hd/f cc:/d/ && $S exec cc sh -c 'cat /d/x /d/f/a'
         $S rm -f cc c >/dev/null",
    );
    assert_eq!(
        r.lines(),
        [
            "{\"/data\":{},\"/mnt/h\":{}} application/vnd.oci.image.manifest.v1+json",
            "null 2 application/vnd.docker.distribution.manifest.v2+json",
            "1",
            "hi",
            "/bin/busybox",
            "bad-format: 125",
            "application/vnd.oci.image.manifest.v1+json",
            "other: other:2, plain:1",
            "1",
            "[\"docker.io/library/other:2\",\"docker.io/library/plain:1\"]",
            "Error: cannot overwrite directory \"/d/x\" with non-directory \"x\" (--overwrite allows it)",
            "dir-by-file: 125",
            "Error: cannot overwrite non-directory \"/d/f\" with directory \"hd/f\" (--overwrite allows it)",
            "file-by-dir: 125",
            "host",
            "a",
        ],
        "{r}"
    );
}

/// podman's `save --compress|--uncompressed` and `--format docker-dir`, and `push` to
/// `dir:`, `oci:` and `oci-archive:` destinations (`--compress`): what is written is read
/// back by `load`, and by skopeo where it is installed.
#[test]
fn issue16_compressed_saves_and_local_push_destinations() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = crate::podman_ext::script(
        &t,
        &img,
        "$S save --compress --format oci-archive -o z.tar $I || exit 9
         tar -xOf z.tar index.json >/dev/null && tar -tf z.tar | grep -c blobs/sha256/
         mkdir zx && tar -xf z.tar -C zx && grep -o 'layer.v1.tar+gzip' zx/blobs/sha256/* | wc -l
         $S save --uncompressed --format oci-archive -o u.tar $I; [ $(stat -c %s u.tar) -gt $(stat -c %s z.tar) ] && echo uncompressed-is-bigger
         $S save --compress --uncompressed $I >/dev/null 2>&1; echo both: $?
         $S save --compress -o d.tar $I 2>&1; echo compress-docker: $?
         $S rmi -f $I >/dev/null; $S load -q -i z.tar >/dev/null; $S run --rm $I echo loaded-gzip-oci
         $S save --format docker-dir -o dd $I; cat dd/version; grep -o 'rootfs.diff.tar\"' dd/manifest.json
         $S push --compress $I dir:$PWD/pd; grep -o 'rootfs.diff.tar.gzip' pd/manifest.json
         $S push $I oci-archive:$PWD/pa.tar; tar -tf pa.tar | grep -c index.json
         $S push $I oci:$PWD/po; ls po/index.json
         $S push --compress $I 2>&1; echo compress-registry: $?
         if command -v skopeo >/dev/null; then skopeo inspect --config dir:$PWD/pd | grep -c diff_ids; skopeo inspect --config dir:$PWD/dd | grep -c diff_ids; else echo 1; echo 1; fi",
    );
    assert_eq!(
        r.lines(),
        [
            "4",
            "1",
            "uncompressed-is-bigger",
            "both: 125",
            "Error: --compress is for oci-archive, oci-dir and docker-dir: a docker archive's layers are plain tars",
            "compress-docker: 125",
            "loaded-gzip-oci",
            "Directory Transport Version: 1.1",
            "rootfs.diff.tar\"",
            "rootfs.diff.tar.gzip",
            "1",
            "po/index.json",
            "Error: --compress is for dir:, oci: and oci-archive: destinations: registry layers are always compressed",
            "compress-registry: 125",
            "1",
            "1",
        ],
        "{r}"
    );
}
