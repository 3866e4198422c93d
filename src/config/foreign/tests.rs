use super::*;

#[test]
fn daemon_json_keys_become_settings() {
    let c = daemon_json(
        r#"{
        "registry-mirrors": ["https://mirror.lan"],
        "insecure-registries": ["reg.lan:5000"],
        "dns": ["10.0.0.53"], "dns-search": ["corp"], "dns-opts": ["ndots:2"],
        "default-address-pools": [{"base": "10.200.0.0/16", "size": 24}],
        "bip": "172.30.0.1/16", "mtu": 1450, "ipv6": true, "fixed-cidr-v6": "fd00:30::/64",
        "log-driver": "k8s-file", "log-opts": {"max-size": "10m"},
        "default-ulimits": {"nofile": {"Name": "nofile", "Hard": 4096, "Soft": 1024}},
        "live-restore": true, "storage-driver": "overlay2", "max-concurrent-downloads": 5
    }"#,
    )
    .unwrap();
    assert_eq!(c.registry_mirrors.unwrap(), ["https://mirror.lan"]);
    assert_eq!(c.insecure_registries.unwrap(), ["reg.lan:5000"]);
    assert_eq!(c.max_concurrent_downloads, Some(5));
    let n = c.network.unwrap();
    assert_eq!(n.dns.unwrap(), ["10.0.0.53"]);
    assert_eq!(n.dns_search.unwrap(), ["corp"]);
    assert_eq!(n.dns_options.unwrap(), ["ndots:2"]);
    assert_eq!(n.mtu, Some(1450));
    assert_eq!(n.ipv6, Some(true));
    assert_eq!(n.default_subnet6.as_deref(), Some("fd00:30::/64"));
    assert_eq!(n.default_subnet.as_deref(), Some("172.30.0.0/16"));
    assert_eq!(
        n.default_address_pools.unwrap(),
        [AddressPool {
            base: "10.200.0.0/16".into(),
            size: 24
        }]
    );
    let k = c.containers.unwrap();
    assert_eq!(k.log_driver.as_deref(), Some("k8s-file"));
    assert_eq!(k.log_opts.unwrap()["max-size"], "10m");
    assert_eq!(k.ulimits.unwrap(), ["nofile=1024:4096"]);
    for bad in [
        "[]",
        "{\"dns\": \"1.1.1.1\"}",
        "{\"bip\": \"x\"}",
        "{\"ipv6\": 1}",
        "{",
    ] {
        assert!(daemon_json(bad).is_err(), "{bad}");
    }
}

#[test]
fn registries_conf_v2() {
    let c = registries_conf(
        r#"
unqualified-search-registries = ["quay.io", "docker.io"]
short-name-mode = "enforcing"

[[registry]]
prefix = "reg.lan:5000"
location = "reg-backend.lan:5000"
insecure = true

[[registry.mirror]]
location = "cache.lan:5000"
insecure = true

[[registry]]
location = "evil.example"
blocked = true

[[registry]]
prefix = "example.com/team"
location = "other.example/team"

[aliases]
"tool" = "quay.io/acme/tool"
"#,
    )
    .unwrap();
    assert_eq!(c.default_registry.as_deref(), Some("quay.io"));
    let r = c.registries.unwrap();
    let lan = &r["reg.lan:5000"];
    assert_eq!(lan.location.as_deref(), Some("reg-backend.lan:5000"));
    assert_eq!(lan.insecure, Some(true));
    assert_eq!(lan.mirrors.as_deref().unwrap(), ["cache.lan:5000"]);
    assert_eq!(r["evil.example"].blocked, Some(true));
    assert!(
        !r.contains_key("example.com/team"),
        "paths are not configured"
    );
    assert_eq!(c.insecure_registries.unwrap(), ["cache.lan:5000"]);
    assert_eq!(c.aliases.unwrap()["tool"], "quay.io/acme/tool");
    assert!(registries_conf("short-name-mode = \"sometimes\"").is_err());
    assert!(registries_conf("[[registry]]\ninsecure = true\n").is_err());
    assert!(registries_conf("unqualified-search-registries = 3").is_err());
}

#[test]
fn containers_conf_sections() {
    let c = containers_conf(
        r#"
[containers]
default_ulimits = ["nofile=2048:4096"]
env = ["FROM_CONF=1"]
dns_servers = ["10.1.1.1"]
log_driver = "journald"
pids_limit = 100
default_capabilities = ["CHOWN"]

[engine]
events_logger = "none"
runtime = "crun"

[network]
default_subnet = "10.77.0.0/16"
"#,
    )
    .unwrap();
    let k = c.containers.unwrap();
    assert_eq!(k.ulimits.unwrap(), ["nofile=2048:4096"]);
    assert_eq!(k.env.unwrap(), ["FROM_CONF=1"]);
    assert_eq!(k.log_driver.as_deref(), Some("journald"));
    assert_eq!(k.pids_limit, Some(100));
    assert_eq!(c.events_logger.as_deref(), Some("none"));
    let n = c.network.unwrap();
    assert_eq!(n.dns.unwrap(), ["10.1.1.1"]);
    assert_eq!(n.default_subnet.as_deref(), Some("10.77.0.0/16"));
    assert!(containers_conf("[containers\n").is_err());
}

#[test]
fn sources_in_order_and_skiff_config_wins() {
    let t = tempfile::tempdir().unwrap();
    let p = |n: &str| t.path().join(n);
    std::fs::write(p("daemon.json"), r#"{"dns": ["1.1.1.1"], "mtu": 1400}"#).unwrap();
    std::fs::write(
        p("containers.conf"),
        "[containers]\ndns_servers = [\"2.2.2.2\"]\n",
    )
    .unwrap();
    let vars: BTreeMap<&str, PathBuf> = [
        ("SKIFF_DAEMON_JSON", p("daemon.json")),
        ("CONTAINERS_CONF", p("containers.conf")),
        ("CONTAINERS_REGISTRIES_CONF", p("missing.conf")),
    ]
    .into_iter()
    .collect();
    let var = |k: &str| vars.get(k).cloned();
    let s = Sources::find(t.path(), false, false, &var);
    let (c, read) = s.load().unwrap();
    assert_eq!(read, [p("daemon.json"), p("containers.conf")]);
    let n = c.network.clone().unwrap();
    // containers.conf is read after daemon.json
    assert_eq!(n.dns.unwrap(), ["2.2.2.2"]);
    assert_eq!(n.mtu, Some(1400));
    // without the variables and with system files off, nothing is read
    let none = Sources::find(t.path(), false, false, &|_| None);
    assert!(none.load().unwrap().1.is_empty());
    // a broken file names itself
    std::fs::write(p("daemon.json"), "{").unwrap();
    let e = s.load().unwrap_err();
    assert!(e.contains("daemon.json"), "{e}");
}
