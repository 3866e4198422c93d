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
    crate::require_root!();
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
