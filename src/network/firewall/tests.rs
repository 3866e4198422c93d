use super::*;

fn sample() -> Ruleset {
    Ruleset {
        networks: vec![
            NetworkRules {
                bridge: "skt0".into(),
                subnet: "10.77.0.0/24".into(),
                internal: false,
                masquerade: true,
                subnet6: Some("fd00:77::/64".into()),
            },
            NetworkRules {
                bridge: "skt1".into(),
                subnet: "10.78.0.0/24".into(),
                internal: true,
                masquerade: true,
                subnet6: Some("fd00:78::/64".into()),
            },
            NetworkRules {
                bridge: "skt2".into(),
                subnet: "10.79.0.0/24".into(),
                internal: false,
                masquerade: false,
                subnet6: None,
            },
        ],
        forwards: vec![
            Forward {
                owner: "abc123".into(),
                proto: Proto::Tcp,
                host_ip: None,
                host_port: 8080,
                ip: "10.77.0.2".parse().unwrap(),
                port: 80,
                ip6: Some("fd00:77::2".parse().unwrap()),
            },
            Forward {
                owner: "abc123".into(),
                proto: Proto::Udp,
                host_ip: Some("127.0.0.1".parse().unwrap()),
                host_port: 5353,
                ip: "10.77.0.2".parse().unwrap(),
                port: 53,
                ip6: Some("fd00:77::2".parse().unwrap()),
            },
        ],
    }
}

#[test]
fn nft_rules_as_text() {
    let s = nft_script(&Names::new(""), &sample());
    assert!(
        s.starts_with("table ip skiff {}\ndelete table ip skiff\n"),
        "{s}"
    );
    assert!(
        s.contains("tcp dport 8080 dnat to 10.77.0.2:80 comment \"abc123\""),
        "{s}"
    );
    assert!(
        s.contains("ip daddr 127.0.0.1 udp dport 5353 dnat to 10.77.0.2:53"),
        "{s}"
    );
    assert!(
        s.contains("ip saddr 10.77.0.0/24 ip daddr != 10.77.0.0/24 masquerade"),
        "{s}"
    );
    assert!(
        !s.contains("ip saddr 10.78.0.0/24 ip daddr"),
        "internal: no masquerade: {s}"
    );
    assert!(
        !s.contains("ip saddr 10.79.0.0/24 ip daddr"),
        "enable_ip_masquerade=false: no masquerade: {s}"
    );
    // the record of an older skiff (no masquerade field) keeps masquerading
    let old: NetworkRules =
        serde_json::from_str(r#"{"bridge":"b","subnet":"10.1.0.0/24","internal":false}"#).unwrap();
    assert!(old.masquerade);
    assert!(
        s.contains("iifname \"skt1\" oifname != \"skt1\" drop"),
        "{s}"
    );
    assert_eq!(
        nft_script(&Names::new(""), &Ruleset::default()),
        "table ip skiff {}\ndelete table ip skiff\ntable ip6 skiff {}\ndelete table ip6 skiff\n",
        "nothing to keep: the tables go"
    );
}

#[test]
fn iptables_rules_as_text() {
    let s = iptables_script(&Names::new(""), &sample(), "");
    assert!(
        s.contains("*nat\n:SKIFF-PORTS - [0:0]\n:SKIFF-POSTROUTING - [0:0]\n"),
        "{s}"
    );
    assert!(s.contains("-A SKIFF-PORTS -p tcp -m tcp --dport 8080 -m comment --comment abc123 -j DNAT --to-destination 10.77.0.2:80"), "{s}");
    assert!(s.contains("-A SKIFF-PORTS -d 127.0.0.1/32 -p udp"), "{s}");
    assert!(
        s.contains("-I PREROUTING 1 -m addrtype --dst-type LOCAL -j SKIFF-PORTS"),
        "{s}"
    );
    assert!(
        s.contains("-A SKIFF-FORWARD -i skt1 ! -o skt1 -j DROP"),
        "{s}"
    );
    // jumps already there are not added twice
    let saved =
        "*nat\n:SKIFF-PORTS - [0:0]\n-A PREROUTING -m addrtype --dst-type LOCAL -j SKIFF-PORTS\n";
    let again = iptables_script(&Names::new(""), &sample(), saved);
    assert!(!again.contains("-I PREROUTING"), "{again}");
    assert!(again.contains("-I OUTPUT 1"), "{again}");
    // empty: chains and jumps removed, nothing at all when there is nothing of ours
    let gone = iptables_script(&Names::new(""), &Ruleset::default(), saved);
    assert_eq!(
        gone,
        "*nat\n:SKIFF-PORTS - [0:0]\n-D PREROUTING -m addrtype --dst-type LOCAL -j SKIFF-PORTS\n-X SKIFF-PORTS\nCOMMIT\n"
    );
    assert_eq!(
        iptables_script(
            &Names::new(""),
            &Ruleset::default(),
            "*nat\n:PREROUTING ACCEPT [0:0]\n"
        ),
        ""
    );
}

/// Issue 13: another store's objects carry its scope, so neither replaces the other's.
#[test]
fn issue13_stores_have_their_own_table_and_chains() {
    let other = Names::new("1a2b3c4d");
    let s = nft_script(&other, &sample());
    assert!(
        s.starts_with("table ip skiff_1a2b3c4d {}\ndelete table ip skiff_1a2b3c4d\n"),
        "{s}"
    );
    assert!(!s.contains("table ip skiff {"), "{s}");
    let s = iptables_script(&other, &sample(), "");
    for c in [
        "SKIFF-PORTS-1a2b3c4d",
        "SKIFF-POSTROUTING-1a2b3c4d",
        "SKIFF-FORWARD-1a2b3c4d",
    ] {
        assert!(s.contains(&format!(":{c} - [0:0]")), "{c}: {s}");
        assert!(
            c.len() <= 28,
            "iptables chain names are at most 28 characters"
        );
    }
    assert!(!s.contains(":SKIFF-PORTS - "), "{s}");
    // removing one store's chains leaves the default store's alone
    let saved = "*filter\n:SKIFF-FORWARD - [0:0]\n:SKIFF-FORWARD-1a2b3c4d - [0:0]\n-A FORWARD -j SKIFF-FORWARD-1a2b3c4d\n-A FORWARD -j SKIFF-FORWARD\n";
    let gone = iptables_script(&other, &Ruleset::default(), saved);
    assert_eq!(
        gone,
        "*filter\n:SKIFF-FORWARD-1a2b3c4d - [0:0]\n-D FORWARD -j SKIFF-FORWARD-1a2b3c4d\n-X SKIFF-FORWARD-1a2b3c4d\nCOMMIT\n"
    );
}

/// Issue 13: under a FORWARD DROP policy (docker's) with br_netfilter, traffic between
/// containers of one network crosses FORWARD too: accepted, internal networks included.
#[test]
fn issue13_forward_accepts_for_a_drop_policy() {
    let s = iptables_script(&Names::new(""), &sample(), "");
    let internal_accept = s
        .find("-A SKIFF-FORWARD -i skt1 -o skt1 -j ACCEPT")
        .unwrap();
    let internal_drop = s
        .find("-A SKIFF-FORWARD -i skt1 ! -o skt1 -j DROP")
        .unwrap();
    assert!(internal_accept < internal_drop, "{s}");
    assert!(
        s.contains("-A SKIFF-FORWARD -i skt0 -o skt0 -j ACCEPT"),
        "{s}"
    );
    assert!(s.contains("-I FORWARD 1 -j SKIFF-FORWARD"), "{s}");
    assert!(forward_drops(
        "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD DROP [3:120]\n"
    ));
    assert!(!forward_drops("*filter\n:FORWARD ACCEPT [0:0]\n"));
    assert!(!forward_drops(""));
    // the nftables driver's share: the filter table only
    let f = table_script("filter", &Names::new(""), &View::of(&sample(), false), "");
    assert!(f.starts_with("*filter\n") && !f.contains("*nat"), "{f}");
}

/// As root, in a network namespace of the test's own: both drivers install the rules and an
/// empty ruleset leaves the listings exactly as they were (with a foreign rule kept).
#[test]
fn drivers_apply_and_remove_in_a_private_namespace() {
    if !crate::sys::is_root() {
        eprintln!("skipped: needs root");
        return;
    }
    for driver in [Driver::Nftables, Driver::Iptables] {
        let tool = if driver == Driver::Nftables {
            "nft"
        } else {
            "iptables-restore"
        };
        if find(tool).is_none() {
            eprintln!("skipped {}: {tool} not installed", driver.name());
            continue;
        }
        let out = std::thread::spawn(move || -> Result<(String, String, String, String), String> {
            crate::sys::process::unshare_network().map_err(|e| e.to_string())?;
            let list = || -> Result<String, String> {
                if driver == Driver::Nftables {
                    return run("nft", &["list", "ruleset"], "").map_err(|e| e.to_string());
                }
                // The rules and any chain that is not an empty built-in one with policy
                // ACCEPT (iptables-nft registers those on first use and keeps them).
                let i = run("iptables-save", &[], "").map_err(|e| e.to_string())?;
                Ok(i.lines()
                    .filter(|l| l.starts_with('-') || (l.starts_with(':') && !l.contains(" ACCEPT ")))
                    .map(|l| format!("{l}\n"))
                    .collect())
            };
            // somebody else's rule, which must survive
            if driver == Driver::Iptables {
                run("iptables-restore", &["--noflush"], "*nat\n-A POSTROUTING -s 10.1.2.0/24 -j MASQUERADE\nCOMMIT\n")
                    .map_err(|e| e.to_string())?;
            } else {
                run("nft", &["-f", "-"], "table ip theirs {\n\tchain c {\n\t\ttype nat hook postrouting priority 100; policy accept;\n\t}\n}\n")
                    .map_err(|e| e.to_string())?;
            }
            let before = list()?;
            driver.apply(&Names::new(""), &sample(), true).map_err(|e| e.to_string())?;
            let once = list()?;
            driver.apply(&Names::new(""), &sample(), true).map_err(|e| format!("second apply: {e}"))?;
            let during = list()?;
            driver.apply(&Names::new(""), &Ruleset::default(), true).map_err(|e| e.to_string())?;
            Ok((before, once, during, list()?))
        })
        .join()
        .unwrap()
        .unwrap();
        let (before, once, during, after) = out;
        assert!(
            during.contains("10.77.0.2:80"),
            "{}: {during}",
            driver.name()
        );
        assert_eq!(
            once,
            during,
            "{}: applied twice, present once",
            driver.name()
        );
        assert_eq!(
            before,
            after,
            "{}: the host's rules are as before",
            driver.name()
        );
    }
}

/// Issue 16: dual-stack networks get the same rules for IPv6 — masquerade (NAT66) for their
/// IPv6 subnet, ports published on any host address forwarded to the container's IPv6
/// address, internal ones cut off — in an `ip6` table or through ip6tables.
#[test]
fn issue16_ipv6_rules_as_text() {
    let s = nft_script(&Names::new(""), &sample());
    let v6 = &s[s.find("table ip6 skiff {\n").expect("an ip6 table")..];
    assert!(
        v6.contains("ip6 saddr fd00:77::/64 ip6 daddr != fd00:77::/64 masquerade"),
        "{v6}"
    );
    assert!(
        v6.contains("tcp dport 8080 dnat to [fd00:77::2]:80 comment \"abc123\""),
        "{v6}"
    );
    assert!(
        !v6.contains("5353"),
        "a port published on 127.0.0.1 only is not on IPv6: {v6}"
    );
    assert!(!v6.contains("127.0.0.0/8"), "{v6}");
    assert!(!v6.contains("fd00:78::/64 ip6 daddr"), "internal: {v6}");
    assert!(
        v6.contains("iifname \"skt1\" oifname != \"skt1\" drop"),
        "{v6}"
    );
    assert!(!v6.contains("skt2"), "an IPv4-only network: {v6}");
    let i6 = ip6tables_script(&Names::new(""), &sample(), "");
    assert!(i6.contains("-A SKIFF-PORTS -p tcp -m tcp --dport 8080 -m comment --comment abc123 -j DNAT --to-destination [fd00:77::2]:80"), "{i6}");
    assert!(
        i6.contains("-A SKIFF-POSTROUTING -s fd00:77::/64 ! -d fd00:77::/64 -j MASQUERADE"),
        "{i6}"
    );
    assert!(!i6.contains("127.0.0.0/8") && !i6.contains("skt2"), "{i6}");
    // no IPv6 network: ip6tables is left alone
    let v4_only = Ruleset {
        networks: vec![sample().networks[2].clone()],
        forwards: Vec::new(),
    };
    assert_eq!(ip6tables_script(&Names::new(""), &v4_only, ""), "");
    let old: Forward = serde_json::from_str(
        r#"{"owner":"a","proto":"tcp","host_ip":null,"host_port":1,"ip":"10.0.0.2","port":2}"#,
    )
    .unwrap();
    assert_eq!(old.ip6, None, "an older record reads as IPv4 only");
}

/// `-p [fd00:250::1]:8443:443`: published on that IPv6 host address only, never on IPv4.
#[test]
fn issue16_a_port_on_one_ipv6_host_address() {
    let mut rules = sample();
    rules.forwards.push(Forward {
        owner: "def456".into(),
        proto: Proto::Tcp,
        host_ip: Some("fd00:250::1".parse().unwrap()),
        host_port: 8443,
        ip: "10.77.0.3".parse().unwrap(),
        port: 443,
        ip6: Some("fd00:77::3".parse().unwrap()),
    });
    let s = nft_script(&Names::new(""), &rules);
    let (v4, v6) = s.split_at(s.find("table ip6 skiff {\n").expect("an ip6 table"));
    assert!(
        v6.contains("ip6 daddr fd00:250::1 tcp dport 8443 dnat to [fd00:77::3]:443"),
        "{v6}"
    );
    assert!(!v4.contains("8443"), "not on IPv4: {v4}");
    let i6 = ip6tables_script(&Names::new(""), &rules, "");
    assert!(i6.contains("-d fd00:250::1"), "{i6}");
    assert!(!iptables_script(&Names::new(""), &rules, "").contains("8443"));
}
