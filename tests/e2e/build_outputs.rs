//! Issue 17: what a build writes besides the store — `-o type=local|tar|oci|docker|image|
//! registry`, the `DIR` and `-` shorthands, `--push`, `--load`, `--metadata-file` — each
//! read back: the directory and the tar hold the final stage's files, the archives load,
//! the pushed image pulls into a second store with the same ID.

use crate::run::busybox_store;

#[test]
fn issue17_build_outputs() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = crate::podman_ext::script(
        &t,
        &img,
        "R=${I%%/*}; mkdir ctx
         printf 'FROM %s AS base\\nRUN echo built > /b\\nFROM base\\nRUN echo final > /f\\n' $I > ctx/Dockerfile
         $S build -q -o out ctx >/dev/null; cat out/b out/f
         $S build -q -o type=local,dest=out2 ctx >/dev/null; cat out2/f
         $S build -o - ctx 2>/dev/null | tar -t | grep -c -e '^b$' -e '^f$'
         $S build -q -o type=tar,dest=fs.tar ctx >/dev/null; tar -tf fs.tar | grep -c '^f$'
         ID=$($S build -q -t mine:1 -o type=oci,dest=o.tar -o type=docker,dest=d.tar,name=other:2 --metadata-file m.json --load ctx)
         grep -c \"\\\"containerimage.config.digest\\\": \\\"$ID\\\"\" m.json; grep -o '\"image.name\": \"[^\"]*\"' m.json
         $S rmi mine:1 other:2 >/dev/null; $S load -q -i o.tar >/dev/null; $S load -q -i d.tar >/dev/null
         $S images --format '{{.Repository}}:{{.Tag}} {{.ID}}' | grep -e mine -e other | sort | sed \"s/${ID#sha256:}/ID/;s/$(echo ${ID#sha256:} | cut -c1-12)/ID/\"
         $S build -q -t $R/pushed:1 --push --metadata-file p.json ctx >/dev/null || exit 9
         grep -c containerimage.digest p.json
         $S build -q -o type=image,name=$R/pushed:2,push=true ctx >/dev/null || exit 9
         $S build -q -o type=registry,name=$R/pushed:3 ctx >/dev/null || exit 9
         S2=$(echo \"$S\" | sed \"s|--root [^ ]*|--root $PWD/second|; s|--runroot [^ ]*|--runroot $PWD/second-run|\")
         for n in 1 2 3; do $S2 pull -q $R/pushed:$n >/dev/null || exit 9; done
         [ $($S2 images -q --no-trunc | sort -u | wc -l) = 1 ] && [ sha256:$($S2 images -q --no-trunc | head -1 | sed 's/sha256://') = $ID ] && echo same-image
         $S build --push ctx 2>&1; echo push-unnamed: $?
         $S build -o type=nope ctx 2>&1; echo bad-type: $?
         $S build -o - -o type=oci,dest=- ctx 2>&1; echo two-stdout: $?
         $S2 system reset -f",
    );
    assert_eq!(
        r.lines(),
        [
            "built",
            "final",
            "final",
            "2",
            "1",
            "1",
            "\"image.name\": \"mine:1,other:2\"",
            "mine:1 ID",
            "other:2 ID",
            "1",
            "same-image",
            "Error: nothing to push: name the image with -t or name=",
            "push-unnamed: 125",
            "Error: invalid --output \"type=nope\": unknown type \"nope\" (local, tar, oci, docker, image, registry)",
            "bad-type: 125",
            "Error: only one --output can go to standard output",
            "two-stdout: 125",
        ],
        "{r}"
    );
}

/// `--cache-to`/`--cache-from` through the registry (docker's and podman's forms) and a
/// directory: a fresh store reuses every step (no RUN runs) and gets the same image ID; a
/// changed Dockerfile reuses the unchanged prefix only; a cache that cannot be had is
/// skipped with a warning; build-arg values are not in the cache.
#[test]
fn issue17_build_cache_through_a_registry_and_a_directory() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = crate::podman_ext::script(
        &t,
        &img,
        "R=${I%%/*}; mkdir ctx
         printf 'FROM %s\\nARG TOKEN\\nRUN echo RAN-$((0+1)); echo one > /one\\nENV A=1\\nRUN echo RAN-$((0+2)); echo two > /two\\n' $I > ctx/Dockerfile
         fresh() { echo \"$S\" | sed \"s|--root [^ ]*|--root $PWD/$1|; s|--runroot [^ ]*|--runroot $PWD/$1-run|\"; }
         ID=$($S build -q --build-arg TOKEN=SECRETVALUE --cache-to type=registry,ref=$R/cache:1,mode=max --cache-to type=local,dest=lc ctx) || exit 9
         $S build --build-arg TOKEN=SECRETVALUE --cache-to $R/cache:2 ctx | grep -c 'RAN-[0-9]'
         B=$(fresh b); $B build --build-arg TOKEN=SECRETVALUE --cache-from type=registry,ref=$R/cache:1 -t x:1 ctx > b.out || exit 9
         grep -c 'RAN-[0-9]' b.out; grep -c 'Using cache' b.out
         [ \"$($B images -q --no-trunc x:1)\" = $ID ] && echo same-id-registry
         C=$(fresh c); $C build -q --build-arg TOKEN=SECRETVALUE --cache-from type=local,src=lc ctx > c.out || exit 9
         [ \"$(cat c.out)\" = $ID ] && echo same-id-local
         P=$(fresh p); $P build --build-arg TOKEN=SECRETVALUE --cache-from $R/cache:2 ctx | grep -c 'RAN-[0-9]'
         sed -i 's/0+2/0+3/' ctx/Dockerfile
         D=$(fresh d); $D build --build-arg TOKEN=SECRETVALUE --cache-from $R/cache:1 ctx | grep -o '^RAN-[0-9]' | sort -u
         E=$(fresh e); $E build --cache-from $R/nosuchcache:1 ctx 2>&1 | grep -c -e 'WARNING: cache' -e '^RAN-1'
         $E pull -q $R/cache:1 >/dev/null; $E inspect $R/cache:1 | grep -c SECRETVALUE
         $S build --cache-to type=inline ctx >/dev/null 2>&1; echo inline: $?
         $S build --cache-ttl soon ctx 2>&1; echo bad-ttl: $?
         for s in b c d e p; do $(fresh $s) system reset -f; done",
    );
    assert_eq!(
        r.lines(),
        [
            "0",
            "0",
            "2",
            "same-id-registry",
            "same-id-local",
            "0",
            "RAN-3",
            "2",
            "0",
            "inline: 0",
            "Error: invalid --cache-ttl \"soon\": a duration such as 24h",
            "bad-ttl: 125",
        ],
        "{r}"
    );
}

/// A build whose every step comes from a `--cache-from` cache never unpacks a layer: the
/// base image's and the cache's layers stay packed (their blobs, both digests checked),
/// WORKDIRs the base has are known from the cache, and the image is the same. What needs
/// files — `run`, `save` — unpacks (or reads) them then.
#[test]
fn issue17_a_fully_cached_build_leaves_layers_packed() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = crate::podman_ext::script(
        &t,
        &img,
        "R=${I%%/*}; mkdir ctx; echo hello > ctx/a
         printf 'FROM %s\nWORKDIR /etc\nWORKDIR /app\nCOPY a ./\nRUN echo RAN; cat a > b\n' $I > ctx/Dockerfile
         fresh() { echo \"$S\" | sed \"s|--root [^ ]*|--root $PWD/$1|; s|--runroot [^ ]*|--runroot $PWD/$1-run|\"; }
         ID=$($S build -q --cache-to type=registry,ref=$R/lazy:1 ctx) || exit 9
         B=$(fresh b); $B build --cache-from type=registry,ref=$R/lazy:1 -t x ctx > b.out 2>&1 || { cat b.out; exit 9; }
         grep -c '^RAN' b.out
         [ \"$($B images -q --no-trunc x)\" = $ID ] && echo same-id
         echo packed $(ls b/layers/*/packed | wc -l) unpacked $(ls -d b/layers/*/diff 2>/dev/null | wc -l)
         $B save -o x.tar x && C=$(fresh c) && $C load -q -i x.tar >/dev/null && $C run --rm x cat /app/b
         $B run --rm x cat /app/b
         echo packed $(ls b/layers/*/packed 2>/dev/null | wc -l)
         for s in b c; do $(fresh $s) system reset -f; done",
    );
    assert_eq!(
        r.lines(),
        [
            "0",
            "same-id",
            // an ordinary user's layers are unpacked at pull (in its user namespace)
            if crate::support::as_user() {
                "packed 0 unpacked 4"
            } else {
                "packed 4 unpacked 0"
            },
            "hello",
            "hello",
            "packed 0"
        ],
        "{r}"
    );
}

/// `--build-context NAME=DIR|docker-image://REF`: `FROM NAME` takes the image named,
/// `COPY --from=NAME` and `RUN --mount=from=NAME` the directory's files (resolved inside
/// it); a stage of the same name wins; a directory cannot be a base.
#[test]
fn issue17_named_build_contexts() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = crate::podman_ext::script(
        &t,
        &img,
        "mkdir ctx extra; echo extra-file > extra/e.txt; ln -s /etc/shadow extra/escape
         printf 'FROM base\\nCOPY --from=extra e.txt /e.txt\\nRUN --mount=type=bind,from=extra,target=/m cat /m/e.txt > /m2\\n' > ctx/Dockerfile
         $S build -q --build-context base=docker-image://$I --build-context extra=./extra -t bc ctx >/dev/null || exit 9
         $S run --rm bc cat /e.txt /m2
         printf 'FROM base\\nCOPY --from=extra escape /x\\n' > ctx/Dockerfile
         $S build -q --build-context base=docker-image://$I --build-context extra=./extra ctx >/dev/null 2>&1; echo escape: $?
         printf 'FROM extra\\n' > ctx/Dockerfile
         $S build -q --build-context extra=./extra ctx 2>&1 | grep -c 'not built FROM'
         printf 'FROM %s AS extra\\nRUN echo stage > /e.txt\\nFROM %s\\nCOPY --from=extra /e.txt /e.txt\\n' $I $I > ctx/Dockerfile
         $S build -q --build-context extra=./extra -t st ctx >/dev/null; $S run --rm st cat /e.txt
         $S build --build-context nope ctx 2>&1; echo bad: $?",
    );
    assert_eq!(
        r.lines(),
        [
            "extra-file",
            "extra-file",
            "escape: 1",
            "1",
            "stage",
            "Error: invalid --build-context \"nope\": want NAME=VALUE",
            "bad: 125",
        ],
        "{r}"
    );
}
