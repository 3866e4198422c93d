//! Issue 5: bridge networks, published ports, names — every test runs inside a network
//! namespace it makes (`unshare -n`), so the host's network and firewall are never touched;
//! traffic goes only to addresses inside it.

use crate::run::busybox_store;
use crate::support::{Run, TestRoot};

/// Runs `script` (sh) in a new network namespace, with `$S` the skiff command line and `$I`
/// the test image. A second namespace stands for another host: `peer CMD` runs there; it
/// reaches ours at 10.251.0.1 and we reach it at 10.251.0.2. Our own "host address" (not
/// loopback) is 10.250.0.1.
pub fn in_netns(t: &TestRoot, img: &str, script: &str) -> Run {
    let path = t.dir.path().join("netns.sh");
    let text = format!(
        "set -u; cd '{dir}'; ip link set lo up; S='{}'; I='{img}'
ip link add hostif type veth peer name hostif1 && ip addr add 10.250.0.1/24 dev hostif && ip link set hostif up && ip link set hostif1 up
unshare -n sleep 600 & PEER=$!; trap 'kill $PEER 2>/dev/null' EXIT; sleep 0.2
ip link add ext0 type veth peer name ext1 && ip link set ext1 netns $PEER
ip addr add 10.251.0.1/24 dev ext0 && ip link set ext0 up
nsenter -t $PEER -n sh -c 'ip link set lo up; ip addr add 10.251.0.2/24 dev ext1; ip link set ext1 up'
peer() {{ nsenter -t $PEER -n \"$@\"; }}
{script}
kill $PEER
",
        t.skiff_line(),
        dir = t.dir.path().display()
    );
    // SKIFF_TRACE=FILE: the script's trace goes there (for debugging a test).
    let text = match std::env::var("SKIFF_TRACE") {
        Ok(f) => format!("exec 2>>{f}; set -x\n{text}"),
        Err(_) => text,
    };
    std::fs::write(&path, text).expect("script");
    let c = t.sh(&[], |_| format!("unshare -n sh {}", path.display()));
    crate::support::run_bounded(c, std::time::Duration::from_secs(150))
}

#[test]
fn issue5_containers_on_a_user_network_reach_each_other() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = in_netns(
        &t,
        &img,
        "$S network create --subnet 10.99.0.0/24 tnet >/dev/null || exit 9
         $S network create --internal --subnet 10.98.0.0/24 inet >/dev/null || exit 9
         pids=''; for n in 1 2 3; do $S run -d --name c$n --network tnet $I sleep 30 >/dev/null & pids=\"$pids $!\"; done; wait $pids
         for n in 1 2 3; do $S inspect -f '{{.NetworkSettings.IPAddress}}' c$n; done | sort -u | wc -l
         ip=$($S inspect -f '{{.NetworkSettings.Networks.tnet.IPAddress}}' c1)
         $S run --rm --network tnet $I sh -c \"ping -c1 -W5 $ip >/dev/null && echo reached; ip route | grep -c default\"
         $S run --rm --network inet $I sh -c 'ip route | grep -c default; ip -o -4 addr show eth0 | grep -c 10.98.0.2/24'
         $S network rm tnet 2>&1 | grep -c 'active endpoints'
         $S run --rm --network tnet $I sh -c 'ping -c1 -W5 c1 >/dev/null && echo by-name; grep -c skiff /etc/hosts'
         $S exec c2 sh -c 'ping -c1 -W5 c3 >/dev/null && echo peer-by-name'
         $S rm -f c1 >/dev/null; $S exec c2 sh -c 'grep -cw c1 /etc/hosts'
         $S rm -f c2 c3 >/dev/null; $S network rm tnet inet >/dev/null
         ip -o link | grep -c skbr
         $S network ls --format '{{.Name}}' | tr '\\n' ' '; echo",
    );
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
            "skiff host none "
        ],
        "distinct addresses, reachable by IP and by name, a default route except on --internal, rm refused while in use, names gone with their containers, nothing left: {r}"
    );
}

/// A busybox httpd serving `hello` on port $1 (inside the container).
pub const HTTPD: &str =
    "sh -c 'mkdir -p /www; echo hello > /www/index.html; exec httpd -f -p $0 -h /www'";

fn published_ports(driver: &str, listing: &str) {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    t.write_config(&format!("[network]\nfirewall-driver = \"{driver}\"\n"));
    let r = in_netns(
        &t,
        &img,
        &format!(
            "{listing} > before.txt; cat /proc/sys/net/ipv4/ip_forward >> before.txt
         $S run -d --name web -p 8080:80 $I {HTTPD} 80 >/dev/null || exit 9
         $S run -d --name auto -P --expose 90 $I {HTTPD} 90 >/dev/null || exit 9
         # UDP: perl from the host, read-only, answers datagrams
         $S run -d --name udp -p 127.0.0.1:5353:53/udp -v /usr:/usr:ro -v /usr/lib:/lib:ro -v /usr/lib64:/lib64:ro $I /usr/bin/perl -MIO::Socket::INET -e '$s=IO::Socket::INET->new(LocalPort=>53,Proto=>\"udp\") or die; while (1) {{ $s->recv($m,100); $s->send(\"pong:$m\") }}' >/dev/null || exit 9
         sleep 0.5
         echo host-address: $(wget -qO- -T5 http://10.250.0.1:8080/)
         echo loopback: $(wget -qO- -T5 http://127.0.0.1:8080/)
         echo other-host: $(peer wget -qO- -T5 http://10.251.0.1:8080/)
         $S port web
         $S ps --format '{{{{.Names}}}} {{{{.Ports}}}}' | sort
         p=$($S port auto 90/tcp); echo auto-port: ${{p%%:*}}
         echo auto: $(wget -qO- -T5 http://127.0.0.1:${{p##*:}}/)
         echo udp: $(perl -MIO::Socket::INET -e '$s=IO::Socket::INET->new(PeerAddr=>\"127.0.0.1:5353\",Proto=>\"udp\"); $s->send(\"ping\"); alarm 5; $s->recv($m,100); print $m')
         $S run -d -p 8080:80 $I true; echo taken: $?
         $S inspect -f '{{{{json .NetworkSettings.Ports}}}}' web
         $S port web 81 2>err.txt; echo no-such-port: $? $(cat err.txt)
         {listing} | grep -c -e 'dnat to' -e 'to-destination' 
         $S rm -f web auto udp >/dev/null
         {listing} | grep -c -e 'dnat to' -e 'to-destination' 
         $S system reset -f
         {listing} > after.txt; cat /proc/sys/net/ipv4/ip_forward >> after.txt; cmp before.txt after.txt && echo rules-as-before
         ip -o link | grep -c skiff"
        ),
    );
    let lines = r.lines();
    let ps_auto = lines
        .iter()
        .find(|l| l.starts_with("auto "))
        .copied()
        .unwrap_or_default();
    assert!(
        ps_auto.starts_with("auto 0.0.0.0:") && ps_auto.ends_with("->90/tcp"),
        "{r}"
    );
    let expect = [
        "host-address: hello",
        "loopback: hello",
        "other-host: hello",
        "80/tcp -> 0.0.0.0:8080",
        "udp 127.0.0.1:5353->53/udp",
        "web 0.0.0.0:8080->80/tcp",
        "auto-port: 0.0.0.0",
        "auto: hello",
        "udp: pong:ping",
        "taken: 125",
        "{\"80/tcp\":[{\"HostIp\":\"0.0.0.0\",\"HostPort\":\"8080\"}]}",
        "no-such-port: 125 Error: No public port '81/tcp' published for web",
        "3",
        "0",
        "rules-as-before",
        "0",
    ];
    let got: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| !l.starts_with("auto "))
        .collect();
    assert_eq!(got, expect, "{driver}: {r}");
    assert!(
        r.stderr
            .contains("Bind for 0.0.0.0:8080 failed: port is already allocated"),
        "{r}"
    );
}

#[test]
fn issue5_published_ports_with_nftables() {
    crate::rootful_only!("root's firewall rules (rootless ports: rootless.rs)");
    published_ports("nftables", "nft list ruleset");
}

#[test]
fn issue5_published_ports_with_iptables() {
    crate::rootful_only!("root's firewall rules (rootless ports: rootless.rs)");
    published_ports(
        "iptables",
        // rules and chains, but not the empty built-in chains iptables-nft registers
        "iptables-save | grep -E '^(-|:)' | grep -v ' ACCEPT \\['",
    );
}

#[test]
fn issue5_aliases_links_connect_internal_and_shared_namespaces() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    // the default network is skiff here (an ordinary user's default is pasta: named). An
    // ordinary user's networks have no way out in this namespace, which has no default
    // route for pasta to copy; its published ports are relayed by a process that goes
    // with the container's monitor, where root's leave firewall rules to clean up.
    let user = crate::support::as_user();
    t.write_config(if user {
        "[network]\ndefault-network = \"skiff\"\n"
    } else {
        "[network]\n"
    });
    let nat = if user {
        ""
    } else {
        "$S run --rm $I sh -c 'ping -c1 -W5 10.251.0.2 >/dev/null && echo nat-ok'"
    };
    let rules = if user {
        // listeners on port 8090 (1F9A) in this namespace
        "grep -c ':1F9A 00000000:0000 0A' /proc/net/tcp"
    } else {
        "nft list ruleset | grep -c 'dport 8090'"
    };
    let script = format!(
        "$S network create --subnet 10.97.0.0/24 front >/dev/null || exit 9
         $S network create --subnet 10.96.0.0/24 back >/dev/null || exit 9
         $S network create --internal --subnet 10.95.0.0/24 priv >/dev/null || exit 9
         $S network inspect -f '{{{{.Name}}}} internal={{{{.Internal}}}}' priv
         $S run -d --name db --network back --network-alias database --ip 10.96.0.50 $I sleep 60 >/dev/null || exit 9
         $S run -d --name web --network front --network name=back,alias=www $I sleep 60 >/dev/null || exit 9
         $S exec web sh -c 'ping -c1 -W5 database >/dev/null && echo alias-ok'
         $S exec db sh -c 'ping -c1 -W5 www >/dev/null && echo second-network-alias-ok'
         $S inspect -f '{{{{.NetworkSettings.Networks.back.IPAddress}}}}' db
         $S exec web sh -c 'ip -o -4 addr | grep -c -e 10.97.0. -e 10.96.0.'
         $S ps --format '{{{{.Names}}}} {{{{.Networks}}}}' | grep web
         $S network connect --alias dbf front db || exit 9
         $S exec db sh -c 'ip -o -4 addr show eth1 | grep -c 10.97.0.'
         $S exec web sh -c 'ping -c1 -W5 dbf >/dev/null && echo connected-alias-ok'
         $S network connect front db 2>/dev/null; echo connect-twice: $?
         $S network disconnect front db || exit 9
         $S exec db sh -c 'ip -o link show eth1 2>/dev/null | wc -l'
         $S exec web sh -c 'grep -cw dbf /etc/hosts; grep -w dbf /etc/hosts >&2'
         $S run -d --name cache $I sleep 60 >/dev/null || exit 9
         $S run --rm --link cache:redis $I sh -c 'ping -c1 -W5 redis >/dev/null && echo link-ok'
         $S run --rm $I sh -c 'grep -c cache /etc/hosts'
         {nat}
         $S run --rm --network priv $I sh -c 'ping -c1 -W2 10.251.0.2 >/dev/null 2>&1 || echo internal-blocked'
         $S run --rm --network priv $I sh -c 'ping -c1 -W2 10.95.0.1 >/dev/null 2>&1 && echo internal-reaches-gateway' 
         $S run --rm --network container:db $I sh -c 'ip -o -4 addr show eth0 | grep -c 10.96.0.50; grep -c database /etc/hosts'
         $S stop -t0 db >/dev/null; $S run --rm --network container:db $I true 2>/dev/null; echo shared-with-stopped: $?
         id=$($S run -d --name stale -p 8090:80 $I sleep 60)
         kill -9 $(pgrep -f \"__monitor $id\"); sleep 0.5
         echo stale: $({rules})
         $S run --rm $I true
         echo cleaned: $({rules})
         $S rm -f web cache db stale >/dev/null
         $S network prune -f
         $S network ls --format '{{{{.Name}}}}'",
    );
    let r = in_netns(&t, &img, &script);
    let mut want = vec![
        "priv internal=true",
        "alias-ok",
        "second-network-alias-ok",
        "10.96.0.50",
        "2",
        "web front,back",
        "1",
        "connected-alias-ok",
        "connect-twice: 125",
        "0",
        "0",
        "link-ok",
        "0",
        "nat-ok",
        "internal-blocked",
        "internal-reaches-gateway",
        "1",
        "0",
        "shared-with-stopped: 125",
        if user { "stale: 0" } else { "stale: 1" },
        "cleaned: 0",
        "Deleted Networks:",
        "back",
        "front",
        "priv",
        "skiff",
        "host",
        "none",
    ];
    if user {
        want.retain(|l| *l != "nat-ok");
    }
    assert_eq!(r.lines(), want, "{r}");
}

#[test]
fn issue5_dns_settings_and_extra_hosts() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = t.ok(&[
        "run",
        "--rm",
        "--name",
        "d1",
        "--network",
        "none",
        "--dns",
        "10.0.0.53",
        "--dns-search",
        "example.com",
        "--dns-option",
        "ndots:3",
        "--add-host",
        "db:10.1.1.1",
        "-h",
        "h1",
        "--domainname",
        "example.org",
        &img,
        "sh",
        "-c",
        "cat /etc/resolv.conf; grep -w -e db -e h1 /etc/hosts; cat /proc/sys/kernel/domainname",
    ]);
    assert_eq!(
        r.lines(),
        vec![
            "search example.com",
            "nameserver 10.0.0.53",
            "options ndots:3",
            "10.1.1.1\tdb",
            "127.0.0.1\th1.example.org h1",
            "example.org"
        ],
        "{r}"
    );
    t.fails(&["run", "--rm", "--dns", "nope", &img, "true"], 125)
        .one_error_line(&["--dns"]);
    t.fails(&["run", "--rm", "--add-host", "x", &img, "true"], 125)
        .one_error_line(&["--add-host"]);
    t.fails(&["run", "--rm", "-p", "99999:80", &img, "true"], 125)
        .one_error_line(&["99999:80"]);
}
