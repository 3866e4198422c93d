//! Issue 17: other platforms — a foreign image pulled and run through qemu-user-static
//! (binfmt_misc, registered by .ci/test-suite), a two-platform build (`FROM
//! --platform=$BUILDPLATFORM`, the TARGET*/BUILD* args, RUN steps of both architectures)
//! pushed as a manifest list and pulled back per platform in a second store, and the
//! `manifest` commands that assemble, annotate, inspect and push a list by hand.

use crate::support::TestRoot;
use crate::support::images;
use crate::support::registry::Registry;

/// A registry with `test/multi:latest`: an index of a real amd64 and a real arm64 busybox.
fn multi_registry() -> (Registry, String) {
    let reg = Registry::start();
    let (index, amd, arm) = images::busybox_two_platforms();
    for img in [&amd, &arm] {
        for b in img.blobs() {
            reg.push_blob("test/multi", &b);
        }
        reg.push_manifest("test/multi", &img.manifest.digest(), &img.manifest);
    }
    reg.push_manifest("test/multi", "latest", &index);
    let name = reg.reference("test/multi", "latest");
    (reg, name)
}

#[test]
fn issue17_foreign_platform_images_run_through_qemu() {
    crate::require_root!();
    let (_reg, img) = multi_registry();
    let t = TestRoot::new();
    let r = crate::podman_ext::script(
        &t,
        &img,
        "$S run --rm --platform linux/arm64 $I uname -m
         $S image inspect -f '{{.Architecture}}' $I
         $S run --rm --platform linux/amd64 $I uname -m
         $S run --rm --arch arm64 $I uname -m
         $S pull -q --platform linux/arm64 $I >/dev/null; $S run --rm $I uname -m
         $S run --rm --platform linux/s390x $I true 2>&1; echo no-such-platform: $?",
    );
    assert_eq!(
        r.lines()[..5],
        ["aarch64", "arm64", "x86_64", "aarch64", "aarch64"],
        "{r}"
    );
    assert!(
        r.stdout.contains("no image for linux/s390x") && r.stdout.contains("no-such-platform: 125"),
        "{r}"
    );
}

#[test]
fn issue17_two_platform_build_makes_a_manifest_list() {
    crate::require_root!();
    let (_reg, img) = multi_registry();
    let t = TestRoot::new();
    let r = crate::podman_ext::script(
        &t,
        &img,
        "R=${I%%/*}; mkdir ctx
         cat > ctx/Dockerfile <<EOF
FROM --platform=\\$BUILDPLATFORM $I AS tools
ARG TARGETARCH
RUN echo built-on-\\$(uname -m)-for-\\$TARGETARCH > /b
FROM $I
ARG TARGETPLATFORM BUILDPLATFORM
COPY --from=tools /b /b
RUN echo \\$TARGETPLATFORM from \\$BUILDPLATFORM runs \\$(uname -m) > /t
EOF
         $S build -q --platform linux/amd64,linux/arm64 -t $R/app:1 --push --metadata-file m.json ctx > ids.txt || exit 9
         wc -l < ids.txt; grep -c containerimage.digest m.json
         $S manifest inspect $R/app:1 | grep -c '\"architecture\"'
         $S manifest exists $R/app:1 && echo list-exists
         S2=$(echo \"$S\" | sed \"s|--root [^ ]*|--root $PWD/second|; s|--runroot [^ ]*|--runroot $PWD/second-run|\")
         $S2 manifest inspect $R/app:1 | grep -o '\"architecture\": \"[a-z0-9]*\"' | sort
         $S2 run --rm --platform linux/arm64 $R/app:1 cat /b /t
         $S2 run --rm --platform linux/amd64 $R/app:1 cat /b /t
         $S2 system reset -f >/dev/null
         $S build -q --platform linux/arm64 --manifest $R/man:1 -t one-arm ctx >/dev/null || exit 9
         $S image inspect -f '{{.Architecture}}' one-arm
         $S manifest inspect $R/man:1 | grep -c '\"arm64\"'
         $S run --rm one-arm cat /t
         $S build --platform linux/amd64,linux/arm64 -o out ctx 2>&1; echo multi-local: $?
         $S build -q --all-platforms -t $R/allp:1 ctx | wc -l
         $S build --platform linux/amd64,linux/arm64 --logfile b.log --logsplit ctx >/dev/null
         grep -c '^STEP' b.log_linux_amd64 b.log_linux_arm64
         $S build -q --annotation org.example.built=yes -t $R/ann:1 --push ctx >/dev/null
         $S manifest inspect $R/ann:1 | grep -e org.example -e '\"mediaType\": \"application/vnd.oci.image.manifest' | tr -d ' ,'",
    );
    assert_eq!(
        r.lines(),
        [
            "2",
            "1",
            "2",
            "list-exists",
            "\"architecture\": \"amd64\"",
            "\"architecture\": \"arm64\"",
            "built-on-x86_64-for-arm64",
            "linux/arm64 from linux/amd64 runs aarch64",
            "built-on-x86_64-for-amd64",
            "linux/amd64 from linux/amd64 runs x86_64",
            "arm64",
            "1",
            "linux/arm64 from linux/amd64 runs aarch64",
            "Error: --output with several platforms: only a push of the manifest list (--push, type=image,push=true or type=registry without name=) is supported",
            "multi-local: 125",
            "2",
            "b.log_linux_amd64:7",
            "b.log_linux_arm64:7",
            "\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\"",
            "\"org.example.built\":\"yes\"",
        ],
        "{r}"
    );
}

#[test]
fn issue17_manifest_commands() {
    crate::require_root!();
    let (_reg, img) = multi_registry();
    let t = TestRoot::new();
    let r = crate::podman_ext::script(
        &t,
        &img,
        "R=${I%%/*}
         $S pull -q --platform linux/arm64 $I >/dev/null; $S tag $I arm:1
         $S pull -q --platform linux/amd64 $I >/dev/null; $S tag $I amd:1
         $S manifest create $R/hand:1 amd:1 >/dev/null
         $S manifest create $R/hand:1 2>&1; echo again: $?
         $S manifest create --amend $R/hand:1 >/dev/null && echo amended
         $S manifest add --annotation org.example.note=arm --variant v8 --os-features fa $R/hand:1 arm:1 >/dev/null
         $S manifest annotate --os-version 1.0 --features f1 $R/hand:1 amd:1
         $S manifest annotate --index --annotation org.example.list=yes $R/hand:1
         $S manifest inspect $R/hand:1 | grep -e '\"architecture\"' -e variant -e org.example -e os.version -e f1 | tr -d ' ,'
         $S manifest push --digestfile d.txt --format oci $R/hand:1 >/dev/null && cut -c1-7 d.txt
         $S manifest inspect --insecure --verbose $R/hand:1 >/dev/null && echo local-inspected
         $S manifest rm $R/hand:1
         $S manifest exists $R/hand:1; echo exists: $?
         $S manifest inspect --tls-verify=false $R/hand:1 | grep -c '\"digest\"'
         $S manifest create --all $R/all:1 $I >/dev/null; $S manifest inspect $R/all:1 | grep -c '\"architecture\"'
         $S manifest remove $R/all:1 arm:1; $S manifest inspect $R/all:1 | grep -c '\"architecture\"'
         $S manifest push --purge --quiet --all $R/all:1 $R/all:2; $S manifest exists $R/all:1; echo purged: $?
         $S manifest create $R/p:1 amd:1 arm:1 >/dev/null; $S push --all -q $R/p:1 >/dev/null && echo pushed-list
         $S image prune -f >/dev/null; $S manifest inspect $R/p:1 | grep -c '\"architecture\"'
         $S manifest add $R/none:1 amd:1 2>&1; echo no-list: $?
         $S rmi $R/p:1; $S manifest exists $R/p:1; echo rmi-list: $?; $S image inspect -f '{{.Architecture}}' amd:1",
    );
    assert_eq!(
        r.lines(),
        [
            format!(
                "Error: a manifest list named {}/hand:1 exists already (use --amend to add to it)",
                img.split('/').next().unwrap()
            )
            .as_str(),
            "again: 125",
            "amended",
            "\"architecture\":\"amd64\"",
            "\"os.version\":\"1.0\"",
            "\"f1\"",
            "\"architecture\":\"arm64\"",
            "\"variant\":\"v8\"",
            "\"org.example.note\":\"arm\"",
            "\"org.example.list\":\"yes\"",
            "sha256:",
            "local-inspected",
            &format!("{}/hand:1", img.split('/').next().unwrap()),
            "exists: 1",
            "2",
            "2",
            "1",
            "purged: 1",
            "pushed-list",
            "2",
            &format!(
                "Error: no manifest list named {}/none:1",
                img.split('/').next().unwrap()
            ),
            "no-list: 125",
            &format!("Untagged: {}/p:1", img.split('/').next().unwrap()),
            "rmi-list: 1",
            "amd64",
        ],
        "{r}"
    );
}
