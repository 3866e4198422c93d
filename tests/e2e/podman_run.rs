//! Issue 16: the rest of podman's `run`/`create` flags — `--env-merge`, `--personality`,
//! `--cgroup-conf`, `--health-on-failure`, `--image-volume`, `--seccomp-policy`,
//! `--passwd`, `--chrootdirs` — and `create --attach`, each with its effect.

use crate::run::busybox_store;

/// A profile that refuses mkdir, in the label `--seccomp-policy=image` reads.
const DOCKERFILE: &str = r#"FROM IMG
LABEL io.containers.seccomp.profile="{\"defaultAction\":\"SCMP_ACT_ALLOW\",\"syscalls\":[{\"names\":[\"mkdir\",\"mkdirat\"],\"action\":\"SCMP_ACT_ERRNO\"}]}"
VOLUME /data
"#;

#[test]
fn issue16_podman_run_flags_with_effects() {
    crate::rootful_only!("--cgroup-conf needs a cgroup of the container's own (cgroup v1 here)");
    let (_reg, t, img) = busybox_store();
    std::fs::create_dir(t.dir.path().join("ctx")).unwrap();
    std::fs::write(
        t.dir.path().join("ctx/Dockerfile"),
        DOCKERFILE.replace("IMG", &img),
    )
    .unwrap();
    t.ok(&[
        "build",
        "-q",
        "-t",
        "vimg",
        &t.dir.path().join("ctx").to_string_lossy(),
    ]);
    let r = crate::podman_ext::script(
        &t,
        &img,
        "$S run --rm --env-merge 'PATH=/opt/bin:${PATH}' --env-merge 'X=[$NOPE]' $I sh -c 'echo $PATH $X'
         $S run --rm --env-merge =x $I true 2>&1; echo bad-merge: $?
         $S run --rm --personality LINUX32 $I sh -c 'uname -m'
         $S run --rm $I sh -c 'uname -m'
         if [ -d /sys/fs/cgroup/memory ]; then K=memory.soft_limit_in_bytes; F=/sys/fs/cgroup/memory/$K; else K=memory.low; F=/sys/fs/cgroup/$K; fi
         $S run --rm --cgroup-conf $K=33554432 $I cat $F
         $S run --rm --cgroup-conf ../../x=1 $I true 2>&1; echo bad-conf: $?
         $S run --rm --image-volume tmpfs vimg sh -c 'grep -c \" /data tmpfs\" /proc/mounts'
         $S run --rm --image-volume ignore vimg sh -c 'grep -c \" /data \" /proc/mounts'
         $S run --name iv vimg sh -c 'grep -c \" /data \" /proc/mounts'; $S inspect -f '{{range .Mounts}}{{.Type}}{{end}}' iv; $S rm -v iv >/dev/null
         $S run --rm --seccomp-policy image vimg sh -c 'mkdir /tmp/x' 2>/dev/null; echo image-policy: $?
         $S run --rm vimg sh -c 'mkdir /tmp/x'; echo default-policy: $?
         $S run --rm --user 3000:3001 --passwd $I sh -c 'grep ^3000: /etc/passwd'
         $S run --rm --user 3000 $I sh -c 'grep -sc ^3000: /etc/passwd'
         $S run --rm --passwd=false --hostuser daemon $I sh -c 'grep -sc ^daemon: /etc/passwd'
         $S run --rm --chrootdirs /jail --hostname jh $I cat /jail/etc/hostname
         $S run --rm --chrootdirs jail $I true 2>&1; echo bad-chroot: $?
         $S create --name ca -a stdout $I sh -c 'echo out; echo err >&2' >/dev/null
         $S inspect -f '{{.Config.AttachStdout}} {{.Config.AttachStderr}}' ca
         $S start -a ca 2>&1; $S rm ca >/dev/null
         $S run -d --name hk --health-cmd false --health-interval 1s --health-retries 1 --health-on-failure kill $I sleep 60 >/dev/null
         $S wait hk; $S rm hk >/dev/null
         $S run -d --name hs --health-cmd false --health-interval 1s --health-retries 1 --health-on-failure stop --stop-timeout 1 --restart always $I sleep 60 >/dev/null
         $S wait hs; sleep 1; $S inspect -f '{{.State.Status}} {{.RestartCount}}' hs; $S rm hs >/dev/null
         $S run -d --name hr --health-cmd false --health-interval 1s --health-retries 1 --health-on-failure restart --stop-timeout 1 $I sh -c 'echo started; sleep 60' >/dev/null
         sleep 5; [ $($S logs hr | grep -c started) -ge 2 ] && echo restarted; $S inspect -f '{{.State.Running}}' hr; $S rm -f hr >/dev/null
         $S run --rm --health-on-failure restart --restart always $I true 2>&1; echo health-restart-policy: $?
         $S run --rm --health-on-failure none --health-cmd false --health-interval 1s --health-retries 1 $I sh -c 'sleep 2; echo still-here'",
    );
    assert_eq!(
        r.lines(),
        [
            "/opt/bin:/bin []",
            "Error: invalid --env-merge \"=x\": want KEY=VALUE",
            "bad-merge: 125",
            "i686",
            "x86_64",
            "33554432",
            "Error: invalid --cgroup-conf \"../../x=1\": FILE is a cgroup file name such as memory.high",
            "bad-conf: 125",
            "1",
            "0",
            "1",
            "volume",
            "image-policy: 1",
            "default-policy: 0",
            "3000:*:3000:3001::/:/bin/sh",
            "0",
            "0",
            "jh",
            "Error: invalid --chrootdirs \"jail\": an absolute path inside the container",
            "bad-chroot: 125",
            "true false",
            "out",
            "137",
            "137",
            "exited 0",
            "restarted",
            "true",
            "Error: --health-on-failure=restart and --restart cannot be used together",
            "health-restart-policy: 125",
            "still-here",
        ],
        "{r}"
    );
}

/// podman's secrets (`secret create|ls|inspect|rm|exists`, `run --secret` as a file and as
/// a variable, never in `inspect`), and `run --rootfs DIR` / `DIR:O`.
#[test]
fn issue16_secrets_and_rootfs() {
    crate::rootful_only!("secret uid= needs root to chown; the test's rootfs is root's");
    let (_reg, t, img) = busybox_store();
    let r = crate::podman_ext::script(
        &t,
        &img,
        "printf s3cret > pw.txt
         $S secret create --label team=a dbpass pw.txt | wc -c
         printf tok | $S secret create api - >/dev/null
         FROM_ENV=envval $S secret create --env fe FROM_ENV >/dev/null; $S secret inspect --showsecret -f '{{.SecretData}}' fe; $S secret rm fe >/dev/null
         $S secret create --env fe2 NO_SUCH_VAR_XYZ 2>&1; echo env-missing: $?
         $S secret create dbpass pw.txt 2>&1; echo dup: $?
         $S secret ls --format '{{.Name}} {{.Driver}}' | sort
         $S secret ls -f name=db --format '{{.Name}}'; $S secret ls --filter label=team=a -q | wc -l; $S secret ls --filter bogus=1 2>&1 | cut -c1-21
         $S secret exists api; echo exists: $?; $S secret exists nope; echo missing: $?
         $S secret inspect -f '{{.Spec.Name}} {{.Spec.Labels.team}}' dbpass
         $S secret inspect --showsecret -f '{{.SecretData}}' api
         $S run --rm --secret dbpass --secret api,type=mount,target=/etc/api.tok,mode=0400,uid=7 $I sh -c 'cat /run/secrets/dbpass; echo; stat -c \"%a %u %n\" /etc/api.tok; cat /etc/api.tok; echo'
         $S run --rm --secret dbpass,type=env,target=DB_PASS $I sh -c 'echo $DB_PASS'
         $S run -d --name se --secret api,type=env $I sleep 60 >/dev/null
         $S inspect se | grep -c tok
         $S exec se sh -c 'echo $api'
         $S rm -f se >/dev/null
         $S run --rm --secret nope $I true 2>&1; echo no-secret: $?
         $S run --rm --secret 'api,type=bogus' $I true 2>&1; echo bad-secret: $?
         printf new | $S secret create --replace api - >/dev/null; $S secret inspect --showsecret -f '{{.SecretData}}' api
         $S secret rm dbpass api | wc -l; $S secret ls -q | wc -l
         $S secret rm nope 2>&1; echo rm-missing: $?; $S secret rm -i nope; echo rm-ignore: $?
         mkdir rfs; $S create --name ex $I >/dev/null; $S export ex | tar -x -C rfs; $S rm ex >/dev/null
         $S run --rm --rootfs rfs sh -c 'echo made > /made; cat /made'; cat rfs/made
         $S run --rm --rootfs $PWD/rfs:O sh -c 'echo o > /made2; cat /made2'; ls rfs/made2 2>/dev/null || echo not-in-dir
         $S run --rm --rootfs nope true 2>&1; echo bad-rootfs: $?",
    );
    assert_eq!(
        r.lines(),
        [
            "26",
            "envval",
            "Error: environment variable NO_SUCH_VAR_XYZ is not set",
            "env-missing: 125",
            "Error: secret name in use: dbpass",
            "dup: 125",
            "api file",
            "dbpass file",
            "dbpass",
            "1",
            "Error: invalid filter",
            "exists: 0",
            "missing: 1",
            "dbpass a",
            "tok",
            "s3cret",
            "400 7 /etc/api.tok",
            "tok",
            "s3cret",
            "0",
            "tok",
            "Error: no such secret: nope",
            "no-secret: 125",
            "Error: invalid --secret \"api,type=bogus\": want NAME[,type=mount|env][,target=T][,uid=N][,gid=N][,mode=M]",
            "bad-secret: 125",
            "new",
            "2",
            "0",
            "Error: no such secret: nope",
            "rm-missing: 125",
            "rm-ignore: 0",
            "made",
            "made",
            "o",
            "not-in-dir",
            "Error: --rootfs nope: No such file or directory (os error 2)",
            "bad-rootfs: 125",
        ],
        "{r}"
    );
}
