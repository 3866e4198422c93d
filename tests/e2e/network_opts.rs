//! Issue 16: the last flags of `network connect` (`--gw-priority`, `--driver-opt`,
//! `--link`), `rm --link`, and podman's `network rm -f -t` / `volume rm -f -t`, each with
//! its effect, in a network namespace of the test's own.

use crate::network::in_netns;
use crate::run::busybox_store;

#[test]
fn issue16_connect_priority_driver_opts_links_and_forced_removals() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = in_netns(
        &t,
        &img,
        "$S network create --subnet 10.91.0.0/24 n1 >/dev/null || exit 9
         $S network create --subnet 10.92.0.0/24 n2 >/dev/null || exit 9
         $S run -d --name a --network n1 $I sleep 60 >/dev/null || exit 9
         $S network connect --gw-priority 5 --driver-opt com.docker.network.endpoint.ifname=data0 --driver-opt com.docker.network.endpoint.sysctls=net.ipv4.conf.IFNAME.log_martians=1 n2 a || exit 9
         $S exec a sh -c 'ip route | grep default; cat /proc/sys/net/ipv4/conf/data0/log_martians'
         $S inspect -f '{{.NetworkSettings.Networks.n2.GwPriority}}' a
         $S network connect --driver-opt bogus=1 n2 a 2>&1; echo bad-opt: $?
         $S run --rm --network name=n1 --network name=n2,gw-priority=3 $I sh -c 'ip route | grep default'
         $S run --rm --network n1 --network n2 $I sh -c 'ip route | grep default'
         $S run -d --name b --network n1 $I sleep 60 >/dev/null
         $S network connect --link a:db n2 b
         $S inspect -f '{{json .HostConfig.Links}}' b
         $S exec b sh -c 'grep -c \"[[:space:]]db\" /etc/hosts'
         $S rm --link /b/db; $S inspect -f '{{json .HostConfig.Links}}' b
         $S exec b sh -c 'grep -c \"[[:space:]]db\" /etc/hosts'
         $S rm --link b/nope 2>&1; echo no-link: $?
         $S network rm n2 2>&1 | grep -c 'active endpoints'
         $S network rm -f -t 0 n2; $S ps -a --format '{{.Names}}' | sort | tr '\\n' ' '; echo
         $S volume create vv >/dev/null; $S run -d --name v -v vv:/d $I sleep 60 >/dev/null
         $S volume rm -t 0 vv 2>&1; echo time-needs-force: $?
         $S volume rm -f -t 0 vv; $S ps -a --format '{{.Names}}' | grep -c '^v$'
         $S network create --ipv4 --subnet 10.93.0.0/24 n3 | wc -c; $S network create --ipv4=false n4 2>&1; echo v6-only: $?
         $S network rm n1 n3 >/dev/null; $S network ls --format '{{.Name}}' | grep -c '^n[12]$'",
    );
    assert_eq!(
        r.lines(),
        [
            "default via 10.92.0.1 dev data0 ",
            "1",
            "5",
            "Error: unsupported endpoint driver option \"bogus\"",
            "bad-opt: 125",
            "default via 10.92.0.1 dev eth1 ",
            "default via 10.91.0.1 dev eth0 ",
            "[\"a:db\"]",
            "1",
            "/b/db",
            "[]",
            "0",
            "Error: container b has no link \"nope\"",
            "no-link: 125",
            "1",
            "n2",
            "",
            "Error: the following required arguments were not provided: --force (see 'skiff --help')",
            "time-needs-force: 125",
            "vv",
            "0",
            "65",
            "Error: --ipv4=false: IPv6-only networks are not supported; use --ipv6 for dual stack",
            "v6-only: 125",
            "0",
        ],
        "{r}"
    );
}
