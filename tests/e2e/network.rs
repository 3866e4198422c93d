//! Issue 5 (in progress): user bridge networks — run inside a network namespace each test
//! makes (`unshare -n`), so the host's network is never touched.

use crate::run::busybox_store;

#[test]
fn issue5_containers_on_a_user_network_reach_each_other() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let skiff = t.skiff_line();
    let script = format!(
        "ip link set lo up; S='{skiff}'; I='{img}'
         $S network create --subnet 10.99.0.0/24 tnet >/dev/null || exit 9
         $S network create --internal --subnet 10.98.0.0/24 inet >/dev/null || exit 9
         for n in 1 2 3; do $S run -d --name c$n --network tnet $I sleep 30 >/dev/null & done; wait
         for n in 1 2 3; do $S inspect -f '{{{{.NetworkSettings.IPAddress}}}}' c$n; done | sort -u | wc -l
         ip=$($S inspect -f '{{{{.NetworkSettings.Networks.tnet.IPAddress}}}}' c1)
         $S run --rm --network tnet $I sh -c \"ping -c1 -W5 $ip >/dev/null && echo reached; ip route | grep -c default\"
         $S run --rm --network inet $I sh -c 'ip route | grep -c default; ip -o -4 addr show eth0 | grep -c 10.98.0.2/24'
         $S network rm tnet 2>&1 | grep -c 'active endpoints'
         $S run --rm --network tnet $I sh -c 'ping -c1 -W5 c1 >/dev/null && echo by-name; grep -c skiff /etc/hosts'
         $S exec c2 sh -c 'ping -c1 -W5 c3 >/dev/null && echo peer-by-name'
         $S rm -f c1 >/dev/null; $S exec c2 sh -c 'grep -c c1 /etc/hosts'
         $S rm -f c2 c3 >/dev/null; $S network rm tnet inet >/dev/null
         ip -o link | grep -c skbr
         $S network ls -q | wc -l"
    );
    let c = t.sh(&[], |_| {
        format!(
            "unshare -n sh -c \"{}\"",
            script
                .replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('$', "\\$")
        )
    });
    let r = crate::support::run_bounded(c, std::time::Duration::from_secs(120));
    assert_eq!(
        r.lines(),
        vec![
            "3",
            "reached",
            "1",
            "0",
            "1",
            "1",
            "by-name",
            "4",
            "peer-by-name",
            "0",
            "0",
            "0"
        ],
        "distinct addresses, reachable by IP and by name, a default route except on --internal, rm refused while in use, names gone with their containers, nothing left: {r}"
    );
}
