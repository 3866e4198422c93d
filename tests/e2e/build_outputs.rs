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
