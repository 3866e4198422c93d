use super::*;

fn sample() -> Ruleset {
    Ruleset {
        networks: vec![
            NetworkRules {
                bridge: "skt0".into(),
                subnet: "10.77.0.0/24".into(),
                internal: false,
            },
            NetworkRules {
                bridge: "skt1".into(),
                subnet: "10.78.0.0/24".into(),
                internal: true,
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
            },
            Forward {
                owner: "abc123".into(),
                proto: Proto::Udp,
                host_ip: Some("127.0.0.1".parse().unwrap()),
                host_port: 5353,
                ip: "10.77.0.2".parse().unwrap(),
                port: 53,
            },
        ],
    }
}

#[test]
fn nft_rules_as_text() {
    let s = nft_script(&sample());
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
        s.contains("iifname \"skt1\" oifname != \"skt1\" drop"),
        "{s}"
    );
    assert_eq!(
        nft_script(&Ruleset::default()),
        "table ip skiff {}\ndelete table ip skiff\n",
        "nothing to keep: the table goes"
    );
}

#[test]
fn iptables_rules_as_text() {
    let s = iptables_script(&sample(), "");
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
    let again = iptables_script(&sample(), saved);
    assert!(!again.contains("-I PREROUTING"), "{again}");
    assert!(again.contains("-I OUTPUT 1"), "{again}");
    // empty: chains and jumps removed, nothing at all when there is nothing of ours
    let gone = iptables_script(&Ruleset::default(), saved);
    assert_eq!(
        gone,
        "*nat\n:SKIFF-PORTS - [0:0]\n-D PREROUTING -m addrtype --dst-type LOCAL -j SKIFF-PORTS\n-X SKIFF-PORTS\nCOMMIT\n"
    );
    assert_eq!(
        iptables_script(&Ruleset::default(), "*nat\n:PREROUTING ACCEPT [0:0]\n"),
        ""
    );
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
            nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNET).map_err(|e| e.to_string())?;
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
            driver.apply(&sample()).map_err(|e| e.to_string())?;
            let once = list()?;
            driver.apply(&sample()).map_err(|e| format!("second apply: {e}"))?;
            let during = list()?;
            driver.apply(&Ruleset::default()).map_err(|e| e.to_string())?;
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
