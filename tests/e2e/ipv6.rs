//! Issue 16: IPv6 dual-stack networks (`network create --ipv6`), tested in a network
//! namespace of the test's own: containers reach each other over IPv6 by name, the outside
//! through NAT66, and their published ports on the host's IPv6 addresses, also on a host
//! where Docker has set both FORWARD policies to DROP.

use crate::network::{HTTPD, in_netns};
use crate::run::busybox_store;

/// Our IPv6 "host address" is fd00:250::1, the other host (`peer`) fd00:251::2, reaching
/// us at fd00:251::1.
const V6_SETUP: &str = "ip -6 addr add fd00:250::1/64 dev hostif nodad
         ip -6 addr add fd00:251::1/64 dev ext0 nodad
         peer ip -6 addr add fd00:251::2/64 dev ext1 nodad";

fn dual_stack(driver: &str) {
    crate::rootful_only!("root's firewall (an ordinary user's ports are relayed)");
    let (_reg, t, img) = busybox_store();
    t.write_config(&format!("[network]\nfirewall-driver = \"{driver}\"\n"));
    let get = "timeout 5 wget -qO- http";
    let r = in_netns(
        &t,
        &img,
        &format!(
            "{V6_SETUP}
         for f in iptables ip6tables; do
           if [ -e /proc/sys/net/bridge/bridge-nf-call-$f ]; then echo 1 > /proc/sys/net/bridge/bridge-nf-call-$f; fi
         done
         iptables -P FORWARD DROP && ip6tables -P FORWARD DROP || exit 9
         cat /proc/sys/net/ipv6/conf/all/forwarding > before.txt
         $S network create --ipv6 --subnet 10.97.0.0/24 --subnet fd00:97::/64 v6net >/dev/null || exit 9
         $S network inspect -f '{{{{.EnableIPv6}}}} {{{{(index .IPAM.Config 1).Subnet}}}} {{{{(index .IPAM.Config 1).Gateway}}}}' v6net
         $S run -d --name web --network v6net -p 8080:80 $I {HTTPD} 80 >/dev/null || exit 9
         $S run -d --name client --network v6net $I sleep 60 >/dev/null || exit 9
         $S inspect -f '{{{{.NetworkSettings.GlobalIPv6Address}}}}/{{{{.NetworkSettings.GlobalIPv6PrefixLen}}}} via {{{{.NetworkSettings.IPv6Gateway}}}}' web
         sleep 0.5
         echo by-name: $($S exec client sh -c 'ping -6 -c1 -W5 web >/dev/null && echo reached')
         echo http-v6: $($S exec client sh -c 'printf \"GET / HTTP/1.0\\r\\n\\r\\n\" | nc -w5 fd00:97::2 80 | tail -1')
         echo nat66: $($S exec client sh -c 'ping -6 -c1 -W5 fd00:251::2 >/dev/null && echo reached')
         echo published-v6: $(peer {get}://[fd00:251::1]:8080/)
         echo published-v4: $(peer {get}://10.251.0.1:8080/)
         echo host-v6: $({get}://[fd00:250::1]:8080/)
         $S port -a | cut -f2
         $S run -d --name web6 --network v6net -p '[fd00:250::1]:8082:80' $I {HTTPD} 80 >/dev/null || exit 9
         sleep 0.3; $S port web6
         echo one-v6-address: $({get}://[fd00:250::1]:8082/)
         echo not-on-v4: $({get}://10.250.0.1:8082/ 2>/dev/null)
         $S rm -f web client web6 >/dev/null; $S network rm v6net >/dev/null
         $S system reset -f
         echo left: $(ip6tables-save | grep -c SKIFF) $(iptables-save | grep -c SKIFF) $(nft list ruleset | grep -c skiff) $(ip -o link | grep -c skbr)
         cat /proc/sys/net/ipv6/conf/all/forwarding > after.txt; cmp before.txt after.txt && echo forwarding-as-before
         ip6tables-save -t filter | grep '^:FORWARD'"
        ),
    );
    assert_eq!(
        r.lines(),
        [
            "true fd00:97::/64 fd00:97::1",
            "fd00:97::2/64 via fd00:97::1",
            "by-name: reached",
            "http-v6: hello",
            "nat66: reached",
            "published-v6: hello",
            "published-v4: hello",
            "host-v6: hello",
            "80/tcp -> 0.0.0.0:8080",
            "80/tcp -> [fd00:250::1]:8082",
            "one-v6-address: hello",
            "not-on-v4:",
            "left: 0 0 0 0",
            "forwarding-as-before",
            ":FORWARD DROP [0:0]",
        ],
        "{driver}: {r}"
    );
}

#[test]
fn issue16_dual_stack_with_nftables() {
    dual_stack("nftables");
}

#[test]
fn issue16_dual_stack_with_iptables() {
    dual_stack("iptables");
}

/// Addresses asked for (`--ip6`, `--network name=…,ip6=…`, `network connect --ip6`,
/// `--link-local-ip`), a unique local subnet chosen when none is given, /etc/hosts, the
/// inspect fields, and the errors; as root and as an ordinary user (whose bridges live in
/// its rootless network namespace).
#[test]
fn issue16_ipv6_addresses_asked_for() {
    crate::require_root!();
    let (_reg, t, img) = busybox_store();
    let r = in_netns(
        &t,
        &img,
        "$S network create --ipv6 --subnet 10.95.0.0/24 --subnet fd00:95::/64 a6 >/dev/null || exit 9
         $S network create --ipv6 b6 >/dev/null || exit 9
         $S network create c4 >/dev/null || exit 9
         $S network inspect -f '{{(index .IPAM.Config 1).Subnet}}' b6 | grep -c '^fd[0-9a-f]*:[0-9a-f:]*::/64$'
         $S network inspect -f '{{.EnableIPv6}} {{len .IPAM.Config}}' c4
         $S run -d --name fixed --network a6 --ip6 fd00:95::99 --link-local-ip 169.254.9.9 --link-local-ip fe80::9 $I sleep 60 >/dev/null || exit 9
         $S run -d --name other --network name=a6,ip6=fd00:95::98 $I sleep 60 >/dev/null || exit 9
         $S exec fixed sh -c 'ip -o addr show eth0' | grep -o -e 'inet6 fd00:95::99/64' -e 'inet 169.254.9.9/16' -e 'inet6 fe80::9/64' | sort
         $S exec fixed sh -c 'grep -w other /etc/hosts' | cut -f1
         $S inspect -f '{{.NetworkSettings.Networks.a6.IPAMConfig.IPv6Address}} {{.NetworkSettings.Networks.a6.GlobalIPv6Address}}' fixed
         $S network connect --ip6 fd00:95::1:5 b6 other 2>&1; echo not-in-b6: $?
         sub=$($S network inspect -f '{{(index .IPAM.Config 1).Subnet}}' b6); want=${sub%::/64}::77
         $S network connect --ip6 $want --mac-address 02:42:00:00:00:77 b6 other || exit 9
         $S exec other sh -c 'cat /sys/class/net/eth1/address'
         $S exec other sh -c 'ip -o -6 addr show eth1' | grep -c \"inet6 $want/64\"
         $S network inspect -f '{{range .Containers}}{{.IPv6Address}}{{end}}' b6 | grep -c \"^$want/64$\"
         $S run --rm --network a6 --ip6 fd00:95::99 $I true 2>&1; echo in-use: $?
         $S run --rm --network c4 --ip6 fd00:95::5 $I true 2>&1; echo no-v6: $?
         $S run --rm --network a6 --link-local-ip 10.0.0.1 $I true 2>&1; echo not-link-local: $?
         $S network create --ipv6 --subnet fd00:95::/48 clash 2>&1; echo overlap: $?
         $S network create --gateway fd00:1::1 g 2>&1; echo gw-without-v6: $?
         $S rm -f fixed other >/dev/null; $S network rm a6 b6 c4 >/dev/null
         echo left: $($S ps -aq | wc -l)",
    );
    let lines = r.lines();
    let b6 = lines
        .iter()
        .find_map(|l| l.strip_prefix("Error: fd00:95::1:5 is not in the network's range "))
        .unwrap_or_default();
    assert!(b6.starts_with("fd") && b6.ends_with("::/64"), "{r}");
    let b6_line = format!("Error: fd00:95::1:5 is not in the network's range {b6}");
    assert_eq!(
        lines,
        [
            "1",
            "false 1",
            "inet 169.254.9.9/16",
            "inet6 fd00:95::99/64",
            "inet6 fe80::9/64",
            "10.95.0.3",
            "fd00:95::98",
            "fd00:95::99 fd00:95::99",
            &b6_line,
            "not-in-b6: 125",
            "02:42:00:00:00:77",
            "1",
            "1",
            "Error: address fd00:95::99 is already in use",
            "in-use: 125",
            "Error: network c4 has no IPv6 subnet (create it with --ipv6) for --ip6",
            "no-v6: 125",
            "Error: invalid --link-local-ip 10.0.0.1: not a link-local address (169.254.0.0/16, fe80::/10)",
            "not-link-local: 125",
            "Error: subnet fd00:95::/48 overlaps fd00:95::/64 of another network",
            "overlap: 125",
            "Error: an IPv6 gateway or range needs an IPv6 network: add --ipv6",
            "gw-without-v6: 125",
            "left: 0",
        ],
        "{r}"
    );
}

/// The default network with IPv6, as docker's daemon.json `ipv6`/`fixed-cidr-v6` (here
/// config.toml's `ipv6`/`default-subnet6`): containers run without `--network` get an
/// IPv6 address and route, reach each other over it, and their ports are published on
/// the host's IPv6 addresses.
#[test]
fn issue16_default_network_with_ipv6() {
    crate::rootful_only!("root's default bridge network");
    let (_reg, t, img) = busybox_store();
    t.write_config("[network]\nipv6 = true\ndefault-subnet6 = \"fd00:88::/64\"\n");
    let r = in_netns(
        &t,
        &img,
        &format!(
            "{V6_SETUP}
         $S run -d --name web -p 8081:80 $I {HTTPD} 80 >/dev/null || exit 9
         $S inspect -f '{{{{.NetworkSettings.GlobalIPv6Address}}}}/{{{{.NetworkSettings.GlobalIPv6PrefixLen}}}}' web
         $S network inspect -f '{{{{.EnableIPv6}}}} {{{{(index .IPAM.Config 1).Subnet}}}}' bridge
         sleep 0.5
         $S run --rm $I sh -c 'ping -6 -c1 -W5 fd00:88::2 >/dev/null && echo reached; ip -6 route | grep -c ^default'
         echo published-v6: $(peer timeout 5 wget -qO- http://[fd00:251::1]:8081/)
         $S rm -f web >/dev/null; $S system reset -f"
        ),
    );
    assert_eq!(
        r.lines(),
        [
            "fd00:88::2/64",
            "true fd00:88::/64",
            "reached",
            "1",
            "published-v6: hello",
        ],
        "{r}"
    );
}
