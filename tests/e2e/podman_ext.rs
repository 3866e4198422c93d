//! Issue 16: podman's extensions, used as podman scripts use them — `-l/--latest` on the
//! commands that take a container, `--filter`/`--cidfile` on the lifecycle commands, logs of
//! several containers, `diff --format json`, `commit --iidfile`, the `run` flags (`--tz`,
//! `--umask`, `--unsetenv[-all]`, `--env-host`, `--http-proxy`, `--no-hosts`, `--pidfile`,
//! `--rmi`), `stats --interval`, and the global `--runtime`/`--storage-opt`.

use crate::run::busybox_store;

pub(crate) fn script(t: &crate::support::TestRoot, img: &str, body: &str) -> crate::support::Run {
    let line = t.skiff_line();
    let c = t.sh(&[], |_| {
        format!(
            "S='{line}'; I='{img}'; cd '{}'\n{body}",
            t.dir.path().display()
        )
    });
    crate::support::run_bounded(c, std::time::Duration::from_secs(120))
}

#[test]
fn issue16_latest_filter_and_cidfile() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = script(
        &t,
        &img,
        "$S run -d --name a $I sleep 60 >/dev/null || exit 9
         $S create --name b $I echo hi-b >/dev/null || exit 9
         $S inspect -l -f '{{.Name}}'
         $S container inspect --latest -f '{{.Name}}'
         $S start -l >/dev/null; $S wait -l
         $S logs -l
         $S run -d --name c --cidfile c.id $I sh -c 'echo one; sleep 60' >/dev/null || exit 9
         sleep 0.3
         $S exec -l echo via-latest
         $S exec -l sh -c 'echo x > /made'
         $S diff -l --format json | tr -d ' \\n'; echo
         $S diff c | grep -c made
         $S port -l 2>&1 | wc -l
         $S top -l | grep -c sleep
         $S logs --names b c
         $S logs b c | cut -c1-12 | sort > l.txt; $S inspect -f '{{.Id}}' b c | cut -c1-12 | sort | cmp - l.txt && echo prefixed-by-id
         $S stats --no-stream -l --interval 2 --no-reset --format '{{.Name}}'
         $S stop -t 0 --filter name=a | wc -c
         $S ps --format '{{.Names}}' | sort | tr '\\n' ' '; echo
         $S kill --cidfile c.id | wc -c
         $S ps -q | wc -l
         $S restart -t 0 --latest | wc -c
         $S ps --format '{{.Names}}'
         id=$($S commit --iidfile img.id -q c snap); [ \"$id\" = \"$(cat img.id)\" ] && echo iidfile-same
         $S rm -f --latest | wc -c
         $S ps -a --format '{{.Names}}' | sort | tr '\\n' ' '; echo
         $S rm -f a b >/dev/null; $S rmi snap >/dev/null
         $S inspect -l 2>&1; echo none-left: $?",
    );
    assert_eq!(
        r.lines(),
        [
            "/b",
            "/b",
            "0",
            "hi-b",
            "via-latest",
            "{\"added\":[\"/made\"]}",
            "1",
            "0",
            "1",
            "b hi-b",
            "c one",
            "prefixed-by-id",
            "c",
            "65",
            "c ",
            "65",
            "0",
            "65",
            "c",
            "iidfile-same",
            "65",
            "a b ",
            "Error: no containers to operate on (--latest): no such container",
            "none-left: 125",
        ],
        "{r}"
    );
}

#[test]
fn issue16_podman_run_flags() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = script(
        &t,
        &img,
        "$S run --rm -i --tz Europe/Berlin $I sh -c 'cmp /etc/localtime /dev/stdin && echo tz-berlin' < /usr/share/zoneinfo/Europe/Berlin
         $S run --rm -i --tz local $I sh -c 'cmp /etc/localtime /dev/stdin && echo tz-local' < /etc/localtime
         $S run --rm --tz ../../etc/passwd $I true 2>&1; echo bad-tz: $?
         $S run --rm --umask 0077 $I sh -c umask
         $S run --rm --umask 8 $I true 2>&1; echo bad-umask: $?
         $S run --rm --unsetenv PATH $I /bin/env | grep -c '^PATH='
         $S run --rm --unsetenv-all -e ONLY=1 $I /bin/env | grep -v -e '^HOSTNAME=' -e '^HOME=' -e '^TERM='
         SKIFF_HOST_VAR=from-host $S run --rm --env-host -e MINE=1 $I /bin/env | grep -e SKIFF_HOST_VAR -e MINE | sort
         https_proxy=http://proxy.invalid:3128 $S run --rm --http-proxy $I /bin/env | grep https_proxy
         https_proxy=http://proxy.invalid:3128 $S run --rm $I /bin/env | grep -c https_proxy
         $S run --rm --read-only --read-only-tmpfs --tmpfs /tmp:size=1m $I sh -c 'touch /run/a /var/tmp/b /tmp/c && echo writable; grep -c \" /tmp tmpfs.*size=1024k\" /proc/mounts'
         $S run --rm --read-only $I sh -c 'touch /run/a 2>/dev/null || echo read-only'
         $S run --rm --no-hosts $I sh -c '[ -e /etc/hosts ] && echo managed || echo not-managed'
         $S run --rm --no-hosts --add-host x:1.2.3.4 $I true 2>&1; echo no-hosts-add-host: $?
         $S run --rm --hostuser daemon $I sh -c 'grep ^daemon: /etc/passwd | cut -d: -f1,3'
         $S run --rm --user 2000:20 --passwd-entry '$USERNAME:x:$UID:$GID:$NAME:$HOME:/bin/sh' $I sh -c 'grep ^2000: /etc/passwd; whoami'
         $S run --rm --hostuser nosuchuser $I true 2>&1; echo no-hostuser: $?
         $S create --name sd --systemd always $I sleep 1 >/dev/null
         $S inspect -f '{{.Config.StopSignal}}' sd
         $S start -a sd >/dev/null; $S rm sd >/dev/null
         $S run --rm --systemd always $I sh -c 'echo $container; grep -c \" /run/lock tmpfs\" /proc/mounts'
         $S run --rm --systemd always -v \"$PWD:/tmp\" $I sh -c 'grep -c \" /tmp tmpfs\" /proc/mounts'
         $S run --rm --entrypoint /sbin/init $I 2>/dev/null; $S ps -a --format '{{.Names}}' | wc -l
         echo passed-in > fd.txt
         $S run --rm --preserve-fds 1 $I sh -c 'cat <&3' 3<fd.txt
         $S run --rm $I sh -c 'cat <&3 2>/dev/null || echo not-passed' 3<fd.txt
         $S run -d --name pf --preserve-fds 1 $I sh -c 'cat <&3' 3<fd.txt >/dev/null; $S wait pf >/dev/null; $S logs pf; $S rm pf >/dev/null
         $S run -d --name ex $I sleep 60 >/dev/null; $S exec --preserve-fds 1 ex sh -c 'cat <&3' 3<fd.txt; $S rm -f ex >/dev/null
         $S run -d --name p --pidfile p.pid $I sleep 60 >/dev/null || exit 9
         [ \"$(cat p.pid)\" = \"$($S inspect -f '{{.State.Pid}}' p)\" ] && echo pidfile-is-pid
         $S rm -f p >/dev/null
         $S run --rm --log-driver none --timeout 1 $I sleep 30; echo timeout-foreground: $?
         $S run --rm --timeout 1 $I sh -c 'echo logged; sleep 30'; echo timeout-logged: $?
         $S run -d --name to --timeout 1 $I sleep 30 >/dev/null; $S wait to; $S rm to >/dev/null
         $S run --rm --arch amd64 --os linux $I echo by-parts
         $S run --rm --arch amd64 --platform linux/amd64 $I true 2>&1; echo platform-twice: $?
         $S --runtime crun ps 2>&1; echo runtime-crun: $?
         $S --runtime /usr/local/bin/skiff ps -q | wc -l
         $S --storage-opt size=1G ps 2>&1; echo storage-opt: $?
         $S --storage-opt '' --storage-opt overlay.mount_program=/usr/bin/fuse-overlayfs ps -q | wc -l
         $S tag $I mine:1
         $S run --rmi mine:1 true; $S images --format '{{.Repository}}' | grep -c mine
         $S ps -aq | wc -l",
    );
    assert_eq!(
        r.lines(),
        [
            "tz-berlin",
            "tz-local",
            "Error: invalid --tz \"../../etc/passwd\": use local or an Area/City name",
            "bad-tz: 125",
            "0077",
            "Error: invalid --umask \"8\": an octal mask such as 0022",
            "bad-umask: 125",
            "0",
            "ONLY=1",
            "MINE=1",
            "SKIFF_HOST_VAR=from-host",
            "https_proxy=http://proxy.invalid:3128",
            "0",
            "writable",
            "1",
            "read-only",
            "not-managed",
            "Error: --no-hosts and --add-host cannot be used together",
            "no-hosts-add-host: 125",
            "daemon:1",
            "2000:x:2000:20::/:/bin/sh",
            "2000",
            "Error: --hostuser nosuchuser: no such user on the host",
            "no-hostuser: 125",
            "SIGRTMIN+3",
            "skiff",
            "1",
            "0",
            "0",
            "passed-in",
            "not-passed",
            "passed-in",
            "passed-in",
            "pidfile-is-pid",
            "timeout-foreground: 137",
            "logged",
            "timeout-logged: 137",
            "137",
            "by-parts",
            "Error: --platform cannot be combined with --arch, --os or --variant",
            "platform-twice: 125",
            "Error: --runtime crun: skiff runs containers itself (use --runtime skiff, or leave it out)",
            "runtime-crun: 125",
            "0",
            "Error: config --storage-opt: size=1G: not a storage option skiff has (overlay.mount_program=PATH)",
            "storage-opt: 125",
            "0",
            "0",
            "0",
        ],
        "{r}"
    );
}

#[test]
fn issue16_more_podman_lifecycle_flags() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = script(
        &t,
        &img,
        "$S rmi --ignore nosuch:image; echo rmi-ignore: $?
         $S rmi nosuch:image 2>/dev/null; echo rmi: $?
         $S create --name s1 --label grp=x $I sleep 60 >/dev/null
         $S create --name s2 $I sleep 60 >/dev/null
         $S start --filter label=grp=x | wc -l
         $S ps --format '{{.Names}}'
         $S restart -a --running -t 0 | wc -l
         $S ps -a --format '{{.Names}} {{.State}}' | sort
         $S port -a web 2>&1 | grep -c 'cannot be used'
         $S create --name base $I sleep 60 >/dev/null; $S create --name top --requires base $I echo top-ran >/dev/null
         $S start -a top; $S ps --format '{{.Names}}' | grep -c base
         $S run -d --name top2 --requires base,s2 $I true >/dev/null; $S wait top2 >/dev/null; $S ps --format '{{.Names}}' | grep -c s2
         $S create --requires nosuch $I true 2>&1; echo requires-missing: $?
         $S rm -f base top top2 >/dev/null
         exec 3>&1; { $S inspect s1 2>&3; echo inspect-into-a-closed-pipe: $? >&3; } | (exec 0<&-; sleep 0.5)
         $S create --name r1 --cidfile r1.id $I true >/dev/null; $S create --name r2 --label gone=1 $I true >/dev/null
         $S rm --cidfile r1.id | wc -c; $S rm --filter label=gone=1 | wc -c
         $S rm -f s1 s2 >/dev/null; $S ps -aq | wc -l
         $S volume create v1 >/dev/null; $S volume ls --noheading; $S volume inspect --all -f '{{.Name}}'; $S volume rm v1 >/dev/null
         mkdir -p hostdir; echo on-host > hostdir/f; chmod 777 hostdir
         $S volume create --opt type=none --opt o=bind --opt device=$PWD/hostdir hv >/dev/null || exit 9
         $S run --rm -v hv:/data $I cat /data/f
         $S run --rm --mount type=volume,source=hv,target=/data $I sh -c 'echo from-container > /data/g'; cat hostdir/g
         $S volume create --opt type=nfs --opt device=:/export nv 2>&1; echo nfs: $?
         $S volume rm hv >/dev/null; ls hostdir | wc -l
         $S run -d --name nsx $I sleep 60 >/dev/null
         [ \"$($S ps --ns --format '{{.NET}}' --filter name=nsx)\" = \"$(readlink /proc/$($S inspect -f '{{.State.Pid}}' nsx)/ns/net | tr -dc 0-9)\" ] && echo ns-inode
         $S ps --ns --sync | head -1 | tr -s ' '
         [ $(timeout 3 $S ps --watch 1 --format '{{.Names}}' | grep -c nsx) -ge 2 ] && echo watched
         $S rm -f nsx >/dev/null
         $S network ls --noheading --no-trunc | awk '{print length($1), $2}' | sort
         $S events --since 1h --stream=false --filter event=create | awk '{print length($4)}' | sort -u
         $S events --since 1h --stream=false --filter event=create --no-trunc=false | awk '{print length($4)}' | sort -u",
    );
    assert_eq!(
        r.lines(),
        [
            "rmi-ignore: 0",
            "rmi: 125",
            "1",
            "s1",
            "1",
            "s1 running",
            "s2 created",
            "1",
            "top-ran",
            "1",
            "1",
            "Error: No such container: nosuch",
            "requires-missing: 125",
            "inspect-into-a-closed-pipe: 141",
            "65",
            "13",
            "0",
            "local     v1",
            "v1",
            "on-host",
            "from-container",
            "Error: volume nv: only type=none,o=bind,device=/PATH (a host directory) is supported; mounting a device or network filesystem is not",
            "nfs: 125",
            "2",
            "ns-inode",
            "CONTAINER ID NAMES PID CGROUPNS IPC MNT NET PIDNS USERNS UTS",
            "watched",
            "64 host",
            "64 none",
            "64 skiff",
            "64",
            "12",
        ],
        "{r}"
    );
}
