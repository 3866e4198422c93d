//! Issue 17: `build`'s container flags reach every RUN step (limits, ulimits, /dev/shm,
//! hosts and DNS, capabilities, security options, namespaces, bind mounts, the cgroup
//! parent, stdin, proxies), secrets from variables and ssh agents are mounted and never
//! kept, and the flags that shape the result (`--squash`, `--squash-all`, `--layers=false`,
//! `--no-cache-filter`, `--pull=…`, `--env`, `--unsetenv`, `--omit-history`, `--from`,
//! `--skip-unused-stages`, `--format`, `--ignorefile`, `--logfile`, `--rm`, `--force-rm`)
//! each do what they say.

use crate::run::busybox_store;

#[test]
fn issue17_build_run_steps_get_the_container_flags() {
    crate::rootful_only!("cgroup limits on cgroup v1, --cgroup-parent and --pid host need root");
    let (_reg, t, img) = busybox_store();
    let cg = format!("skiff-bflags-{}", std::process::id());
    let r = crate::podman_ext::script(
        &t,
        &img,
        &format!(
            "CG={cg}; mkdir ctx vol; echo from-volume > vol/f
         cat > ctx/Dockerfile <<EOF
FROM $I
RUN grep -c 'myhost' /etc/hosts; grep -c 'nameserver 192.0.2.53' /etc/resolv.conf; grep -c 'search example.test' /etc/resolv.conf; grep -c 'ndots:3' /etc/resolv.conf
RUN ulimit -n; df -k /dev/shm | tail -1 | awk '{{print \\$2}}'
RUN cat /sys/fs/cgroup/memory/memory.limit_in_bytes 2>/dev/null || cat /sys/fs/cgroup/memory.max
RUN cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us /sys/fs/cgroup/cpu/cpu.cfs_period_us 2>/dev/null || cat /sys/fs/cgroup/cpu.max
RUN cat /sys/fs/cgroup/cpu/cpu.shares 2>/dev/null || echo 512
RUN cat /sys/fs/cgroup/cpuset/cpuset.cpus /sys/fs/cgroup/cpuset/cpuset.mems 2>/dev/null || cat /sys/fs/cgroup/cpuset.cpus /sys/fs/cgroup/cpuset.mems
RUN grep NoNewPrivs /proc/self/status | tr -d ' \\t'; grep CapEff /proc/self/status | tr -d ' \\t'
RUN cat /vol/f; echo proxy=\\$HTTP_PROXY
RUN [ \\$(ps | wc -l) -gt 8 ] && echo host-pids; [ \\$(hostname) = \\$(cat /proc/sys/kernel/hostname) ] && echo uts
RUN grep -q /$CG/ /proc/self/cgroup && echo in-parent
RUN read line; echo stdin=\\$line
EOF
         echo from-stdin | HTTP_PROXY=http://proxy.test:3128 $S build --no-cache --add-host myhost:10.1.2.3 --dns 192.0.2.53 --dns-search example.test --dns-option ndots:3 \\
           --ulimit nofile=512:512 --shm-size 32m --memory 64m --memory-swap 128m --cpu-shares 512 --cpu-period 100000 --cpu-quota 50000 \\
           --cpuset-cpus 0 --cpuset-mems 0 --security-opt no-new-privileges --cap-drop ALL --cap-add CHOWN \\
           --volume $PWD/vol:/vol:ro --pid host --uts host --ipc private --cgroupns host --cgroup-parent /$CG --stdin --http-proxy -t steps ctx > out.txt 2>&1 || {{ cat out.txt; exit 9; }}
         grep -v -e '^STEP' -e '^-->' -e '^Successfully' -e '^[0-9a-f]\\{{64\\}}$' out.txt
         for d in /sys/fs/cgroup/*/$CG /sys/fs/cgroup/$CG; do [ -d $d ] && rmdir $d; done
         $S run --rm steps cat /vol/f 2>&1 | grep -c 'No such file'
         $S build --no-cache --http-proxy=false ctx 2>&1 | grep -c proxy.test
         printf 'FROM %s\\nRUN false\\n' $I > ctx/Dockerfile
         $S build --force-rm=false ctx >/dev/null 2>&1; $S ps -a -q | wc -l
         $S rm -f $($S ps -a -q) >/dev/null
         $S build ctx >/dev/null 2>&1; $S ps -a -q | wc -l
         printf 'FROM %s\\nRUN echo ok > /ok\\n' $I > ctx/Dockerfile
         $S build --rm=false --no-cache ctx >/dev/null 2>&1; $S ps -a -q | wc -l
         $S rm -f $($S ps -a -q) >/dev/null
         printf 'FROM %s\nRUN cat /proc/self/uid_map /proc/self/gid_map\n' $I > ctx/Dockerfile
         $S build --no-cache --userns-uid-map 0:200000:65536 --userns-gid-map 0:300000:65536 ctx | grep -E '^ +0 +[23]00000 +65536$' | wc -l
         $S build --no-cache --userns-uid-map-user no-such-user-xyz ctx 2>&1 | grep -c /etc/subuid
         $S build --no-cache --userns-gid-map-group no-such-user-xyz ctx 2>&1 | grep -c /etc/subgid
         $S build --no-cache --add-host bad ctx 2>&1; echo bad-host: $?
         $S build --no-cache --ulimit nofile=9:1 ctx 2>&1 | grep -c 'nofile'",
        ),
    );
    assert_eq!(
        r.lines(),
        [
            "1",
            "1",
            "1",
            "1",
            "512",
            "32768",
            "67108864",
            "50000",
            "100000",
            "512",
            "0",
            "0",
            "NoNewPrivs:1",
            "CapEff:0000000000000001",
            "from-volume",
            "proxy=http://proxy.test:3128",
            "host-pids",
            "uts",
            "in-parent",
            "stdin=from-stdin",
            "1",
            "0",
            "1",
            "0",
            "1",
            "2",
            "1",
            "1",
            "Error: invalid --add-host \"bad\": want NAME:IP",
            "bad-host: 125",
            "1",
        ],
        "{r}"
    );
}

#[test]
fn issue17_build_secrets_from_variables_and_ssh_agents() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = crate::podman_ext::script(
        &t,
        &img,
        "mkdir ctx
         cat > ctx/Dockerfile <<EOF
FROM $I
RUN --mount=type=secret,id=tok cat /run/secrets/tok; echo
RUN --mount=type=secret,id=TOKEN2,target=/t cat /t; echo
RUN --mount=type=ssh test -S \\$SSH_AUTH_SOCK && echo agent-at-\\$SSH_AUTH_SOCK
RUN --mount=type=ssh,id=deploy,target=/agent.sock test -S /agent.sock && echo deploy-agent
RUN ls /run/secrets /run/buildkit 2>&1 | grep -c 'No such file'
EOF
         ssh-agent -a $PWD/agent.sock >/dev/null
         ssh-keygen -q -t ed25519 -N '' -f key; chown 65534 key  # (the ordinary user's run reads it)
         TOK=secret-in-env TOKEN2=second-secret SSH_AUTH_SOCK=$PWD/agent.sock $S build --no-cache --secret id=tok,env=TOK --secret env=TOKEN2 --ssh default --ssh deploy=$PWD/key -t sec ctx > out.txt 2>&1 || { cat out.txt; exit 9; }
         grep -e secret -e agent -e '^[0-9]$' out.txt | grep -v STEP
         $S save sec | grep -a -c -e secret-in-env -e second-secret -e $PWD/agent.sock -e skiff-ssh-
         ls /tmp | grep -c skiff-ssh-
         $S build --secret id=x,env=NOT_SET_ANYWHERE ctx 2>&1; echo unset: $?
         env -u SSH_AUTH_SOCK $S build --ssh default ctx 2>&1; echo no-agent: $?
         printf 'FROM %s\\nRUN --mount=type=ssh,id=other true\\n' $I > ctx/Dockerfile
         $S build --ssh default=$PWD/agent.sock ctx 2>&1 | tail -1
         kill $(pgrep -f \"ssh-agent -a $PWD/agent.sock\")",
    );
    assert_eq!(
        r.lines(),
        [
            "secret-in-env",
            "second-secret",
            "agent-at-/run/buildkit/ssh_agent.0",
            "deploy-agent",
            "2",
            "0",
            "0",
            "Error: --secret id=x,env=NOT_SET_ANYWHERE: environment variable NOT_SET_ANYWHERE is not set",
            "unset: 125",
            "Error: --ssh default: SSH_AUTH_SOCK is not set",
            "no-agent: 125",
            "Error: Dockerfile:2: --mount=type=ssh,id=other: no ssh agent \"other\" given with --ssh other[=SOCKET|KEYFILE]",
        ],
        "{r}"
    );
}

#[test]
fn issue17_build_flags_that_shape_the_image() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = crate::podman_ext::script(
        &t,
        &img,
        "mkdir ctx; echo keep > ctx/keep; echo skip > ctx/skip; echo skip > alt.ignore
         cat > ctx/Dockerfile <<EOF
FROM $I AS unused
RUN echo UNUSED-RAN
FROM $I
ENV KEEP=1 DROP=2
RUN echo one > /one && rm /bin/true
RUN echo two > /two
COPY . /ctx/
EOF
         base=$($S inspect -f '{{len .RootFS.Layers}}' $I)
         n() { $S inspect -f '{{len .RootFS.Layers}}' $1; }
         $S build -q -t plain ctx >/dev/null; echo plain $(( $(n plain) - base ))
         $S build -q --squash -t sq ctx >/dev/null; echo squash $(( $(n sq) - base ))
         $S run --rm sq sh -c 'cat /one /two; ls /bin/true 2>&1 | grep -c \"No such\"; ls /ctx'
         $S build -q --squash-all -t sqa ctx >/dev/null; echo squash-all $(n sqa)
         $S run --rm sqa sh -c 'cat /two; ls /bin/true 2>&1 | grep -c \"No such\"'
         $S build --layers=false -t nol ctx | grep -c 'Using cache'; echo layers-false $(( $(n nol) - base ))
         $S build --no-cache-filter 1 ctx | grep -c 'Using cache'
         $S build --skip-unused-stages=false ctx | grep -c ^UNUSED-RAN
         $S build -q --env NEW=3 --unsetenv DROP --omit-history --format docker --ignorefile $PWD/alt.ignore -t shaped ctx >/dev/null
         $S inspect -f '{{json .Config.Env}}' shaped | tr ',' '\\n' | grep -c -e NEW=3 -e KEEP=1 -e DROP
         $S history --format '{{.CreatedBy}}' shaped | grep -c RUN; $S history --format '{{.CreatedBy}}' plain | grep -c RUN
         $S run --rm shaped ls /ctx
         $S image inspect --format '{{.ManifestType}}' shaped
         $S build -q --from $I -t from ctx >/dev/null && echo from-ok
         $S build --logfile build.log -t logged ctx > direct.txt; wc -c < direct.txt; grep -c '^STEP' build.log; grep -c 'Successfully tagged logged' build.log
         $S build --pull=never -t n ctx >/dev/null && echo pull-never-present
         printf 'FROM %s\\n' nowhere/missing:1 > ctx/Dockerfile
         $S build --pull=never ctx 2>&1 | tail -1
         $S build --pull=bogus ctx 2>&1; echo bad-pull: $?
         printf 'FROM %s\\n' 127.0.0.1:1/none:1 > ctx/Dockerfile
         $S build --retry 2 --retry-delay 10ms ctx 2>&1 | grep -c 'trying again'",
    );
    assert_eq!(
        r.lines(),
        [
            "plain 3",
            "squash 1",
            "one",
            "two",
            "1",
            "Dockerfile",
            "keep",
            "skip",
            "squash-all 1",
            "two",
            "1",
            "0",
            "layers-false 1",
            "0",
            "1",
            "2",
            "0",
            "2",
            "Dockerfile",
            "keep",
            "application/vnd.docker.distribution.manifest.v2+json",
            "from-ok",
            "0",
            "5",
            "1",
            "pull-never-present",
            "Error: No such image: nowhere/missing:1",
            "Error: invalid --pull \"bogus\": use always, missing, never, newer, true or false",
            "bad-pull: 125",
            "2",
        ],
        "{r}"
    );
}

/// Stages that do not need each other are built at the same time: each of two stages
/// waits (a bounded while) for the other to have started, through a directory both RUN
/// steps get with `-v`; with `--jobs 1` the first alone.
#[test]
fn issue17_independent_stages_build_concurrently() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let wait = |me: &str, other: &str| {
        format!(
            "ARG RUNID\\nRUN touch /shared/{me}-$RUNID; i=0; while [ ! -e /shared/{other}-$RUNID ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done; [ -e /shared/{other}-$RUNID ] && echo {me}-saw-{other} > /seen || echo alone > /seen\\n"
        )
    };
    let r = crate::podman_ext::script(
        &t,
        &img,
        &format!(
            "mkdir ctx shared; chmod 777 shared  # (the ordinary user's steps write there too)
         printf 'FROM %s AS a\\n' $I > ctx/Dockerfile
         printf '%b' '{a}' >> ctx/Dockerfile
         printf 'FROM %s AS b\\n' $I >> ctx/Dockerfile
         printf '%b' '{b}' >> ctx/Dockerfile
         printf 'FROM %s\\nCOPY --from=a /seen /a\\nCOPY --from=b /seen /b\\n' $I >> ctx/Dockerfile
         $S build -q --no-cache --jobs 2 --build-arg RUNID=one -v $PWD/shared:/shared -t both ctx >/dev/null || exit 9
         $S run --rm both cat /a /b
         $S build -q --no-cache --jobs 1 --build-arg RUNID=two -v $PWD/shared:/shared -t one ctx >/dev/null || exit 9
         $S run --rm one cat /a /b
         $S build --jobs 0 ctx 2>&1; echo jobs-0: $?",
            a = wait("a", "b"),
            b = wait("b", "a"),
        ),
    );
    assert_eq!(
        r.lines(),
        [
            "a-saw-b",
            "b-saw-a",
            "alone",
            "b-saw-a",
            "Error: invalid --jobs 0: at least one stage must be built at a time",
            "jobs-0: 125",
        ],
        "{r}"
    );
}

/// `--progress`: plain prints each step's time; tty (on a terminal, and auto there)
/// draws the compact view — a line per step with its time, CACHED ones marked, the
/// running step's output beneath it, a failed step's output at the end; quiet only the ID.
#[test]
fn issue17_build_progress_views() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let ctx = t.dir.path().join("ctx");
    std::fs::create_dir_all(&ctx).unwrap();
    std::fs::write(
        ctx.join("Dockerfile"),
        format!("FROM {img}\nRUN echo building-now\nENV A=1\n"),
    )
    .unwrap();
    let c = ctx.to_str().unwrap();
    let plain = t.ok(&["build", "--progress", "plain", "--no-cache", c]);
    assert!(
        plain
            .stdout
            .contains("STEP 2/3: RUN echo building-now\nbuilding-now\n--> STEP 2/3 took "),
        "{plain}"
    );
    let tty = crate::detached::through_pty(&t, &["build", "--progress=tty", "--no-cache", c], &[]);
    assert!(tty.stdout.contains("[+] Building"), "{tty}");
    assert!(
        tty.stdout.contains(" => [2/3] RUN echo building-now"),
        "{tty}"
    );
    assert!(tty.stdout.contains("FINISHED"), "{tty}");
    assert!(tty.stdout.contains("rc=0"), "{tty}");
    assert!(
        !tty.stdout.contains("STEP 2/3"),
        "the plain lines are not drawn: {tty}"
    );
    // auto on a terminal is the view; the second build's RUN is cached
    let auto = crate::detached::through_pty(&t, &["build", c], &[]);
    assert!(
        auto.stdout
            .contains(" => CACHED [2/3] RUN echo building-now"),
        "{auto}"
    );
    // a failing step: its output is shown once the build is over, and the exit code is 1
    std::fs::write(
        ctx.join("Dockerfile"),
        format!("FROM {img}\nRUN echo why-it-failed; exit 3\n"),
    )
    .unwrap();
    let failed = crate::detached::through_pty(&t, &["build", "--progress", "tty", c], &[]);
    assert!(
        failed
            .stdout
            .contains(" => ERROR [2/2] RUN echo why-it-failed"),
        "{failed}"
    );
    assert!(failed.stdout.contains(" => => why-it-failed"), "{failed}");
    assert!(
        failed.stdout.contains("FAILED") && failed.stdout.contains("rc=1"),
        "{failed}"
    );
    std::fs::write(ctx.join("Dockerfile"), format!("FROM {img}\nENV B=2\n")).unwrap();
    let q = t.ok(&["build", "--progress", "quiet", c]);
    assert_eq!(q.lines().len(), 1, "{q}");
    assert!(q.stdout.starts_with("sha256:"), "{q}");
    let env = t.sh(&["build", "--no-cache", c], |line| {
        format!("BUILDKIT_PROGRESS=bogus {line} 2>&1; echo rc=$?")
    });
    let env = crate::support::run_bounded(env, std::time::Duration::from_secs(60));
    assert!(
        env.stdout.contains("invalid BUILDKIT_PROGRESS \"bogus\"") && env.stdout.contains("rc=125"),
        "{env}"
    );
}

/// `--cache-to type=inline` (the image carries its layers' keys; a fresh store builds
/// from it with `--cache-from IMAGE`), `--cache-ttl` skipping a cache older than it, and
/// base images pulled from a registry that wants credentials (`--creds`, `--authfile`).
#[test]
fn issue17_inline_cache_cache_ttl_and_build_credentials() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let auth = crate::support::registry::Registry::with_basic_auth("builder", "pw-17");
    auth.push("test/busybox", "latest", &crate::support::images::busybox());
    let private = auth.reference("test/busybox", "latest");
    let r = crate::podman_ext::script(
        &t,
        &img,
        &format!(
            "R=${{I%%/*}}; P={private}; A=${{P%%/*}}; mkdir ctx pctx
         printf 'FROM %s\\nRUN echo RAN-$((0+1)); echo one > /one\\n' $I > ctx/Dockerfile
         fresh() {{ echo \"$S\" | sed \"s|--root [^ ]*|--root $PWD/$1|; s|--runroot [^ ]*|--runroot $PWD/$1-run|\"; }}
         $S build -q --cache-to type=inline -t $R/inl:1 --push ctx >/dev/null || exit 9
         $S image inspect -f '{{{{index .Config.Labels \"io.skiff.buildcache.v1\"}}}}' $R/inl:1 | grep -c steps
         B=$(fresh b); $B build --cache-from $R/inl:1 ctx > b.out || exit 9
         grep -c '^RAN-' b.out; grep -c 'Using cache' b.out
         $S build -q --cache-to $R/cache:ttl ctx >/dev/null || exit 9
         sleep 1.1
         C=$(fresh c); $C build --cache-from $R/cache:ttl --cache-ttl 1s ctx | grep -c '^RAN-'
         D=$(fresh d); $D build --cache-from $R/cache:ttl --cache-ttl 1h ctx | grep -c '^RAN-'
         printf 'FROM %s\\nRUN echo private-base\\n' $P > pctx/Dockerfile
         E=$(fresh e); $E build -q pctx 2>&1 | tail -1 | grep -c -i -e unauthorized -e authentication
         $E build -q --creds builder:pw-17 pctx >/dev/null && echo with-creds
         printf '{{\"auths\":{{\"%s\":{{\"auth\":\"%s\"}}}}}}' $A $(printf builder:pw-17 | base64) > auth.json
         F=$(fresh f); $F build -q --authfile auth.json pctx >/dev/null && echo with-authfile
         $S build --cache-from type=inline ctx 2>&1 | tail -1",
        ),
    );
    assert_eq!(
        r.lines(),
        [
            "1",
            "0",
            "1",
            "1",
            "0",
            "1",
            "with-creds",
            "with-authfile",
            "Error: invalid cache \"type=inline\": type=inline is for --cache-to: read an inline cache with --cache-from IMAGE",
        ],
        "{r}"
    );
}
