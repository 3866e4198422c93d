//! Issue 14 (rootless): skiff as an ordinary user. Every command runs as `nobody` (through
//! setpriv) inside a mount namespace of its own whose /etc is a private copy holding the
//! subordinate ranges the test wants, and whose /dev/net/tun is a node the user may open
//! (as distributions' udev rules make it), as is its /dev/fuse — so the host's user
//! database and devices are untouched.

use std::path::PathBuf;

use crate::support::images::{self, EntryType, Spec, TarBuilder};
use crate::support::registry::Registry;
use crate::support::{Run, SKIFF, TestRoot};

const NOBODY: u32 = 65534;

/// An ordinary user with its own store under the test's dir.
struct User {
    t: TestRoot,
    etc: PathBuf,
    home: PathBuf,
    /// The store and runtime dirs, in the user's home (as ~/.local/share/skiff is).
    root: PathBuf,
    run: PathBuf,
    tun: PathBuf,
    /// Replaces the usable tun node with one only root may open.
    tun_locked: bool,
}

impl User {
    /// `ranges`: the user's lines in /etc/subuid and /etc/subgid ("" for none).
    fn new(ranges: &str) -> User {
        let t = TestRoot::new();
        let d = t.dir.path().to_path_buf();
        let (etc, home, xdg) = (d.join("etc"), d.join("home"), d.join("home/xdg"));
        let tun = d.join("tun");
        let (root, run) = (home.join("store"), home.join("run"));
        let sh = format!(
            "set -e; cp -a /etc {etc}; printf '{ranges}' > {etc}/subuid; printf '{ranges}' > {etc}/subgid
             mknod -m 0666 {tun} c 10 200; mknod -m 0600 {tun}.locked c 10 200; mknod -m 0666 {d}/fuse c 10 229
             mkdir -p {xdg} {root} {run}; chmod 700 {xdg}; chmod 755 {d}
             chown -R {NOBODY}:{NOBODY} {home} {root} {run}",
            etc = etc.display(),
            tun = tun.display(),
            xdg = xdg.display(),
            home = home.display(),
            root = root.display(),
            run = run.display(),
            d = d.display(),
        );
        let r = crate::support::run_bounded(
            {
                let mut c = std::process::Command::new("sh");
                c.args(["-c", &sh]);
                c
            },
            std::time::Duration::from_secs(30),
        );
        assert_eq!(r.code, 0, "{r}");
        User {
            t,
            etc,
            home,
            tun,
            root,
            run,
            tun_locked: false,
        }
    }

    /// `sh -c SCRIPT` as the user, with `$SKIFF` naming skiff on this user's store.
    fn sh(&self, script: &str) -> Run {
        self.sh_with(script, &[])
    }

    /// `sh -c SCRIPT sh ARGS…` as the user.
    fn sh_with(&self, script: &str, args: &[&str]) -> Run {
        self.command(None, script, args)
    }

    fn command(&self, netns: Option<&str>, script: &str, args: &[&str]) -> Run {
        let tun = if self.tun_locked {
            format!("{}.locked", self.tun.display())
        } else {
            self.tun.display().to_string()
        };
        let outer = format!(
            "mount --bind {etc} /etc && mount --bind {tun} /dev/net/tun && mount --bind {fuse} /dev/fuse && exec setpriv --reuid {NOBODY} --regid {NOBODY} --clear-groups -- env -i PATH=/usr/bin:/bin:/usr/sbin:/sbin HOME={home} XDG_RUNTIME_DIR={home}/xdg XDG_CONFIG_HOME={config} SKIFF='{SKIFF} --root {root} --runroot {run}' sh -c \"$0\" sh \"$@\"",
            etc = self.etc.display(),
            home = self.home.display(),
            config = self.t.dir.path().join("config").display(),
            fuse = self.t.dir.path().join("fuse").display(),
            root = self.root.display(),
            run = self.run.display(),
        );
        let mut c = std::process::Command::new("unshare");
        match netns {
            None => c.args(["-m", "sh", "-c", &outer, script]),
            // the setup's background jobs (their pids in $BG) end with the script
            Some(setup) => c.args([
                "-n",
                "sh",
                "-c",
                &format!(
                    "{setup}\nunshare -m sh -c \"$0\" \"$@\"; rc=$?; kill $BG 2>/dev/null; exit $rc"
                ),
                &outer,
                script,
            ]),
        }
        .args(args)
        .stdin(std::process::Stdio::null());
        crate::support::run_bounded(c, std::time::Duration::from_secs(120))
    }

    /// `sh -c SCRIPT` as the user in a network namespace of its own, set up by `setup` run
    /// as root in there first (which names the background processes it starts in `BG`).
    fn sh_in_netns(&self, setup: &str, script: &str) -> Run {
        self.command(Some(setup), script, &[])
    }

    /// `skiff ARGS` as the user.
    fn run(&self, args: &[&str]) -> Run {
        self.sh_with("$SKIFF \"$@\"", args)
    }

    fn ok(&self, args: &[&str]) -> Run {
        let r = self.run(args);
        assert_eq!(r.code, 0, "skiff {args:?} as an ordinary user failed:\n{r}");
        r
    }

    /// Files in the user's store that it cannot remove itself (owned by another id).
    fn foreign_files(&self) -> usize {
        use std::os::unix::fs::MetadataExt;
        let mut n = 0;
        skiff::util::fs::walk(std::slice::from_ref(&self.root), &mut |_, m| {
            if m.uid() != NOBODY {
                n += 1;
            }
        });
        n
    }
}

impl Drop for User {
    fn drop(&mut self) {
        let _ = self.sh("$SKIFF rm -af >/dev/null 2>&1");
    }
}

/// busybox, plus files of several owners, a setuid binary, a device node, and a later
/// layer with a whiteout and an opaque directory.
fn owners_image() -> images::Image {
    let mut t = TarBuilder::new();
    t.entry("home/", EntryType::Directory, b"", "", 0o755, 0)
        .entry("home/u/", EntryType::Directory, b"", "", 0o700, 1000)
        .entry("home/u/f", EntryType::Regular, b"mine", "", 0o600, 1000)
        .entry("srv/", EntryType::Directory, b"", "", 0o755, 2)
        .entry("srv/g", EntryType::Regular, b"two", "", 0o644, 65533)
        .entry("bin/suid", EntryType::Regular, b"x", "", 0o4755, 1000)
        .entry("dev/", EntryType::Directory, b"", "", 0o755, 0)
        .entry("dev/node", EntryType::Char, b"", "", 0o600, 0)
        .dir("gone/")
        .file("gone/a", b"a")
        .dir("opq/")
        .file("opq/old", b"old");
    let first = t.finish();
    let mut t = TarBuilder::new();
    t.dir("gone/")
        .file("gone/.wh.a", b"")
        .dir("opq/")
        .file("opq/.wh..wh..opq", b"")
        .file("opq/new", b"new");
    let second = t.finish();
    images::build(Spec {
        tars: vec![images::busybox_tar().to_vec(), first, second],
        ..Spec::default()
    })
}

fn owners_store() -> (Registry, User, String) {
    let reg = Registry::start();
    reg.push("test/owners", "1", &owners_image());
    let u = User::new("nobody:300000:65536\\n");
    let img = reg.reference("test/owners", "1");
    (reg, u, img)
}

const LIST: &str = "stat -c '%n %u:%g %A' /home/u /home/u/f /srv /srv/g /bin/suid; ls /gone | wc -l; ls /opq; test -e /dev/node && echo node || echo no-node";

#[test]
fn issue14_rootless_run_keeps_image_ownership() {
    crate::require_root!();
    let (_reg, u, img) = owners_store();
    u.ok(&["pull", "-q", &img]);
    // unpacked in the user namespace: on the host, container id N is 300000+N-1
    use std::os::unix::fs::MetadataExt;
    let layers = u.root.clone().join("layers");
    let f = std::fs::read_dir(&layers)
        .unwrap()
        .flatten()
        .map(|e| e.path().join("diff/home/u/f"))
        .find(|p| p.exists())
        .expect("a layer with home/u/f");
    assert_eq!(std::fs::metadata(&f).unwrap().uid(), 300999);
    let r = u.ok(&[
        "run",
        "--rm",
        &img,
        "sh",
        "-c",
        &format!("id -u; cat /proc/self/uid_map | tr -s ' ' | sed 's/^ //'; {LIST}"),
    ]);
    assert_eq!(
        r.lines(),
        [
            "0",
            "0 65534 1",
            "1 300000 65536",
            "/home/u 1000:1000 drwx------",
            "/home/u/f 1000:1000 -rw-------",
            "/srv 2:2 drwxr-xr-x",
            "/srv/g 65533:65533 -rw-r--r--",
            "/bin/suid 1000:1000 -rwsr-xr-x",
            "0",
            "new",
            "no-node",
        ],
        "owners, set-id bits, whiteouts and opaque dirs as in the image; the device node skipped: {r}"
    );
    // the standard /dev works (bound from the host), the user is root only inside
    let r = u.ok(&[
        "run",
        "--rm",
        "-u",
        "1000",
        &img,
        "sh",
        "-c",
        "id -u; echo x > /dev/null && head -c 3 /dev/zero | wc -c; cat /home/u/f; echo; cat /proc/self/status | grep CapEff",
    ]);
    assert_eq!(
        r.lines(),
        ["1000", "3", "mine", "CapEff:\t0000000000000000"],
        "{r}"
    );
    // detached: exec (as root and another user), logs, stop, start, rm
    u.ok(&[
        "run",
        "-d",
        "--name",
        "bg",
        &img,
        "sh",
        "-c",
        "echo up; exec sleep 60",
    ]);
    let r = u.ok(&[
        "exec",
        "bg",
        "sh",
        "-c",
        "id -u; ps -o pid,comm | tail -n +2 | head -1",
    ]);
    assert_eq!(r.lines()[0], "0", "{r}");
    assert!(r.lines()[1].trim().starts_with("1 "), "{r}");
    let r = u.ok(&["exec", "-u", "1000", "bg", "id", "-u"]);
    assert_eq!(r.stdout.trim(), "1000");
    assert_eq!(u.ok(&["logs", "bg"]).stdout, "up\n");
    u.ok(&["stop", "-t", "1", "bg"]);
    u.ok(&["start", "bg"]);
    let r = u.ok(&["inspect", "-f", "{{.State.Running}}", "bg"]);
    assert_eq!(r.stdout.trim(), "true");
    u.ok(&["rm", "-f", "bg"]);
    // a container that wrote files as other ids is removed entirely (through the user
    // namespace: the user cannot delete them itself), as are images, by rm, rmi and reset
    u.ok(&[
        "run",
        "--name",
        "w",
        &img,
        "sh",
        "-c",
        "mkdir /d && echo x > /d/f && chown -R 1000:2 /d && chmod 700 /d",
    ]);
    assert!(u.foreign_files() > 0);
    u.ok(&["rm", "w"]);
    let containers = std::fs::read_dir(u.root.clone().join("containers"))
        .unwrap()
        .count();
    assert_eq!(containers, 0, "nothing of the container is left");
    u.ok(&["rmi", &img]);
    assert_eq!(u.foreign_files(), 0, "rmi removed the layers' files");
    u.ok(&["pull", "-q", &img]);
    u.ok(&["system", "reset", "-f"]);
    assert!(!u.root.clone().exists(), "reset removed the whole store");
}

#[test]
fn issue14_rootless_ownership_round_trips() {
    crate::require_root!();
    let (reg, u, img) = owners_store();
    u.ok(&["pull", "-q", &img]);
    u.ok(&[
        "run",
        "--name",
        "c",
        &img,
        "sh",
        "-c",
        "mkdir /made && echo x > /made/f && chown -R 1000:2 /made",
    ]);
    // commit: the new layer keeps container-side owners
    u.ok(&["commit", "c", "localhost/committed:1"]);
    let r = u.ok(&[
        "run",
        "--rm",
        "localhost/committed:1",
        "stat",
        "-c",
        "%u:%g",
        "/made/f",
        "/home/u/f",
    ]);
    assert_eq!(r.lines(), ["1000:2", "1000:1000"], "{r}");
    // cp out of a stopped container (mounted in the user namespace) and into it
    let out = u.home.join("out");
    u.ok(&["cp", "c:/made", &out.display().to_string()]);
    assert_eq!(std::fs::read_to_string(out.join("f")).unwrap(), "x\n");
    u.ok(&["cp", &out.join("f").display().to_string(), "c:/made/g"]);
    u.ok(&["commit", "c", "localhost/committed:2"]);
    let r = u.ok(&["run", "--rm", "localhost/committed:2", "cat", "/made/g"]);
    assert_eq!(r.stdout, "x\n");
    // save: the archive's layer entries carry the container-side owners
    let archive = u.home.join("saved.tar");
    u.ok(&[
        "save",
        "-o",
        &archive.display().to_string(),
        "localhost/committed:1",
    ]);
    let mut owners = std::collections::BTreeMap::new();
    let mut outer = tar::Archive::new(std::fs::File::open(&archive).unwrap());
    for e in outer.entries().unwrap() {
        let mut e = e.unwrap();
        let name = e.path().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".tar") {
            continue;
        }
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut e, &mut data).unwrap();
        for inner in tar::Archive::new(&data[..]).entries().unwrap() {
            let inner = inner.unwrap();
            let p = inner.path().unwrap().to_string_lossy().into_owned();
            let h = inner.header();
            owners.insert(
                p.trim_start_matches("./").to_string(),
                (
                    h.uid().unwrap(),
                    h.gid().unwrap(),
                    h.mode().unwrap() & 0o7777,
                ),
            );
        }
    }
    assert_eq!(owners.get("made/f"), Some(&(1000, 2, 0o644)), "{owners:?}");
    assert_eq!(owners.get("home/u/f"), Some(&(1000, 1000, 0o600)));
    assert_eq!(owners.get("bin/suid"), Some(&(1000, 1000, 0o4755)));
    // push as the user, pull as root: the owners arrive unchanged
    let pushed = reg.reference("test/pushed", "1");
    u.ok(&["tag", "localhost/committed:1", &pushed]);
    u.ok(&["push", "-q", &pushed]);
    let root = TestRoot::new();
    root.ok(&["pull", "-q", &pushed]);
    let r = root.ok(&[
        "run",
        "--rm",
        &pushed,
        "stat",
        "-c",
        "%u:%g %a",
        "/made/f",
        "/bin/suid",
    ]);
    assert_eq!(r.lines(), ["1000:2 644", "1000:1000 4755"], "{r}");
    // build: COPY --chown and RUN chown as the user
    let ctx = u.home.join("ctx");
    crate::build::write(
        &ctx,
        &[
            (
                "Dockerfile",
                &format!(
                    "FROM {img}\nCOPY --chown=1000:2 f /copied\nRUN chown 65533 /srv && rm -rf /home/u\n"
                ),
            ),
            ("f", "data\n"),
        ],
    );
    let _ = std::process::Command::new("chown")
        .args(["-R", "65534:65534", &ctx.display().to_string()])
        .status();
    u.ok(&[
        "build",
        "-q",
        "-t",
        "localhost/built:1",
        &ctx.display().to_string(),
    ]);
    let r = u.ok(&[
        "run",
        "--rm",
        "localhost/built:1",
        "sh",
        "-c",
        "stat -c '%u:%g' /copied /srv; ls /home | wc -l",
    ]);
    assert_eq!(r.lines(), ["1000:2", "65533:2", "0"], "{r}");
}

/// `run -d --name NAME [EXTRA…] -p 127.0.0.1:PORT:80 IMG` with busybox httpd serving
/// `hello` on 80.
fn serve(u: &User, name: &str, extra: &[&str], port: u16, img: &str) -> Run {
    let publish = format!("127.0.0.1:{port}:80");
    let mut args = vec!["run", "-d", "--name", name];
    args.extend(extra);
    args.extend(["-p", &publish, img, "sh", "-c"]);
    args.push("mkdir -p /www; echo hello > /www/index.html; exec httpd -f -p 80 -h /www");
    u.ok(&args)
}

/// A registry with busybox, and a user with ranges, pasta as its default network and that
/// image pulled.
fn networked_user() -> (Registry, User, String) {
    if skiff::util::fs::find_program("pasta").is_none() {
        panic!("pasta is needed (apt-get install passt)");
    }
    let (reg, u, img) = user_with_busybox();
    // no default-network in the config: an ordinary user's default is pasta
    u.t.write_config("[network]\n");
    (reg, u, img)
}

/// A registry with busybox, and a user with ranges who has pulled it.
fn user_with_busybox() -> (Registry, User, String) {
    let reg = Registry::start();
    reg.push("test/busybox", "latest", &images::busybox());
    let img = reg.reference("test/busybox", "latest");
    let u = User::new("nobody:300000:65536\\n");
    u.ok(&["pull", "-q", &img]);
    (reg, u, img)
}

#[test]
fn issue14_rootless_network_pasta_publishes_ports() {
    crate::require_root!();
    let (_reg, mut u, img) = networked_user();
    let port = crate::support::free_port();
    let r = serve(&u, "web", &[], port, &img);
    assert!(!r.stdout.trim().is_empty());
    let r = u.ok(&["port", "web"]);
    assert_eq!(r.stdout.trim(), format!("80/tcp -> 127.0.0.1:{port}"));
    let r = u.ok(&["inspect", "-f", "{{.HostConfig.NetworkMode}}", "web"]);
    assert_eq!(r.stdout.trim(), "pasta");
    // fetched from the host, through pasta's forwarding
    let body = crate::support::http_get_retry(&format!("127.0.0.1:{port}"), "/");
    assert_eq!(body.trim(), "hello", "served through pasta");
    // the container has an interface besides lo, configured from the host's
    let r = u.ok(&[
        "exec",
        "web",
        "sh",
        "-c",
        "ls /sys/class/net | grep -vc '^lo$'",
    ]);
    assert_eq!(r.stdout.trim(), "1", "{r}");
    let pastas = || crate::support::pgrep(&format!("{}/containers/.*/pasta.pid", u.root.display()));
    assert_eq!(pastas(), 1, "one pasta for the container");
    u.ok(&["stop", "-t", "1", "web"]);
    assert_eq!(pastas(), 0, "pasta ends with its container");
    u.ok(&["start", "web"]);
    let body = crate::support::http_get_retry(&format!("127.0.0.1:{port}"), "/");
    assert_eq!(body.trim(), "hello", "served again after a restart");
    u.ok(&["rm", "-f", "web"]);
    assert_eq!(pastas(), 0, "nothing left behind");
    // slirp4netns, the fallback: the same, through its API socket; it ends with the
    // process that started the container
    let slirps = || crate::support::pgrep(&format!("slirp4netns .*{}/slirp-", u.run.display()));
    let port = crate::support::free_port();
    serve(&u, "slow", &["--network", "slirp4netns"], port, &img);
    let body = crate::support::http_get_retry(&format!("127.0.0.1:{port}"), "/");
    assert_eq!(body.trim(), "hello", "served through slirp4netns");
    assert_eq!(slirps(), 1);
    u.ok(&["rm", "-f", "slow"]);
    let gone = (0..50).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        slirps() == 0
    });
    assert!(gone, "slirp4netns ends with its container");
    // a runroot that does not exist yet (a fresh session's): its API socket's dir is made
    let r = u.sh(&format!(
        "rm -rf {run} && $SKIFF run --rm --network slirp4netns {img} true",
        run = u.run.display()
    ));
    assert_eq!(r.code, 0, "{r}");
    // --network none: loopback only
    let r = u.ok(&[
        "run",
        "--rm",
        "--network",
        "none",
        &img,
        "ls",
        "/sys/class/net",
    ]);
    assert_eq!(r.stdout.trim(), "lo");
    // root's containers use bridges: pasta is refused with the reason
    let root = TestRoot::new();
    root.ok(&["pull", "-q", &img]);
    let r = root.run(&["run", "--rm", "--network", "pasta", &img, "true"]);
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["pasta", "rootless"]);
    // a /dev/net/tun the user may not open: one line that says how to fix it
    u.tun_locked = true;
    let r = u.run(&["run", "--rm", &img, "true"]);
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["/dev/net/tun", "0666", "--network none"]);
}

/// Without published ports pasta stays in the foreground and the container waits for the
/// default route itself (the rest of pasta's start-up overlaps the container's): the
/// network works from the command's first instruction, pasta ends with the container, and
/// a pasta that fails says why.
#[test]
fn issue14_rootless_pasta_is_ready_when_the_command_starts() {
    crate::require_root!();
    let (_reg, u, img) = networked_user();
    // a namespace of the test's own: an interface with a default route (which pasta
    // copies) and a server on another of its addresses, out of the container's reach but
    // through pasta
    let setup = "set -e; ip link set lo up; ip addr add 10.251.0.1/32 dev lo
        ip link add skt0 type veth peer name skt1; ip addr add 10.250.0.1/24 dev skt0
        ip link set skt0 up; ip link set skt1 up; ip route add default via 10.250.0.254
        busybox nc -ll -p 7777 -e busybox echo outside & BG=$!
        set +e";
    let root = u.root.display();
    let script = format!(
        "I={img}
        mine() {{ pgrep -f '{root}/containers/.*/[p]asta.pid' | wc -l; }}
        gone() {{ for i in $(seq 50); do [ $(mine) = 0 ] && echo gone && return; sleep 0.1; done; echo left; }}
        $SKIFF run --rm $I sh -c 'awk \"\\$2 == \\\"00000000\\\"\" /proc/net/route | wc -l; sleep 2 | nc -w 5 10.251.0.1 7777' || echo run failed
        gone
        $SKIFF run -d --name w $I sleep 60 >/dev/null
        echo running $(mine)
        $SKIFF exec w sh -c 'sleep 2 | nc -w 5 10.251.0.1 7777'
        $SKIFF rm -f w >/dev/null
        gone
        mkdir -p fake; printf '#!/bin/sh\necho \"pasta: no way\" >&2\nexit 1\n' > fake/pasta; chmod +x fake/pasta
        PATH=$PWD/fake:$PATH $SKIFF run --rm $I true; echo \"exit $?\"
        gone"
    );
    let r = u.sh_in_netns(setup, &format!("cd {} && {script}", u.home.display()));
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "1",
            "outside",
            "gone",
            "running 1",
            "outside",
            "gone",
            "exit 125",
            "gone"
        ],
        "{r}"
    );
    assert!(r.stderr.contains("pasta: no way"), "{r}");
}

#[test]
fn issue14_rootless_without_ranges_helpers_or_delegation() {
    crate::require_root!();
    let reg = Registry::start();
    reg.push("test/owners", "1", &owners_image());
    reg.push("test/busybox", "latest", &images::busybox());
    let owners = reg.reference("test/owners", "1");
    let bb = reg.reference("test/busybox", "latest");
    // no subordinate ranges: a warning naming the fix; images of root's files still work,
    // one with files of other owners fails clearly
    let u = User::new("");
    let r = u.ok(&["pull", "-q", &bb]);
    assert!(r.stderr.contains("usermod --add-subuids"), "{r}");
    let r = u.ok(&[
        "run",
        "--rm",
        &bb,
        "sh",
        "-c",
        "id -u; cat /proc/self/uid_map | wc -l",
    ]);
    assert_eq!(r.lines(), ["0", "1"], "{r}");
    let r = u.run(&["pull", "-q", &owners]);
    assert_eq!(r.code, 125, "{r}");
    assert!(
        r.stderr.contains("not mapped") && r.stderr.contains("/etc/subuid"),
        "{r}"
    );
    // no newuidmap on the way: the missing package is named
    let u2 = User::new("nobody:300000:65536\\n");
    let r = u2.sh_with("PATH=/nonexistent $SKIFF pull -q \"$1\"", &[&bb]);
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["newuidmap", "uidmap"]);
    // a limit where the user cannot have one (cgroup v1, or v2 without delegation): a clear
    // error; none asked: runs (also with --cgroups=disabled)
    let v2_delegated =
        std::fs::read_to_string("/proc/self/cgroup").is_ok_and(|c| c.trim() == "0::/user.slice");
    u2.ok(&["pull", "-q", &bb]);
    if !v2_delegated {
        let r = u2.run(&["run", "--rm", "--memory", "64m", &bb, "true"]);
        assert_eq!(r.code, 125, "{r}");
        r.one_error_line(&["delegat", "cgroup"]);
    }
    u2.ok(&["run", "--rm", "--cgroups", "disabled", &bb, "true"]);
    // ulimits above the user's own hard limit are lowered to it, with a warning
    let r = u2.ok(&[
        "run",
        "--rm",
        "--ulimit",
        "nofile=99999999:99999999",
        &bb,
        "true",
    ]);
    assert!(r.stderr.contains("lowered"), "{r}");
}

#[test]
fn issue14_unshare_enters_the_rootless_user_namespace() {
    crate::require_root!();
    // with ranges: 0 is the caller, 1.. the subordinate ids (through newuidmap/newgidmap)
    let u = User::new("nobody:300000:65536\\n");
    let r = u.sh(
        "$SKIFF unshare sh -c 'id -u; cat /proc/self/uid_map /proc/self/gid_map | tr -s \" \" | sed \"s/^ //\"; touch $HOME/f; chown 1000:1000 $HOME/f; echo $SKIFF_ROOT'",
    );
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(
        r.lines(),
        [
            "0",
            "0 65534 1",
            "1 300000 65536",
            "0 65534 1",
            "1 300000 65536",
            &u.root.clone().display().to_string(),
        ],
        "{r}"
    );
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(u.home.join("f")).unwrap();
    assert_eq!(
        (m.uid(), m.gid()),
        (300999, 300999),
        "id 1000 inside is 300000+999 outside"
    );
    // without ranges: a warning naming the fix, and one's own id alone
    let u = User::new("");
    let r = u.sh("$SKIFF unshare sh -c 'cat /proc/self/uid_map | tr -s \" \" | sed \"s/^ //\"'");
    assert_eq!(r.code, 0, "{r}");
    assert_eq!(r.lines(), ["0 65534 1"], "{r}");
    assert!(r.stderr.contains("usermod --add-subuids"), "{r}");
    // its status is the command's
    let r = u.sh("$SKIFF unshare sh -c 'exit 7'");
    assert_eq!(r.code, 7, "{r}");
    // an ordinary user without a runtime dir of their own is told how to get one
    let home = u.home.display();
    for xdg in ["", "XDG_RUNTIME_DIR=/tmp"] {
        let sh = format!(
            "setpriv --reuid 65534 --regid 65534 --clear-groups env -i PATH=/usr/bin:/bin HOME={home} {xdg} {SKIFF} images"
        );
        let mut c = std::process::Command::new("sh");
        c.args(["-c", &sh]);
        let r = crate::support::run_bounded(c, std::time::Duration::from_secs(30));
        assert_eq!(r.code, 125, "{xdg}: {r}");
        r.one_error_line(&["XDG_RUNTIME_DIR", "--runroot"]);
    }
    // as root there is nothing to enter
    let t = TestRoot::new();
    let r = t.run(&["unshare", "true"]);
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["rootless"]);
}

#[test]
fn issue14_rootless_bridge_networks_resolve_names_and_publish() {
    crate::require_root!();
    let (_reg, u, img) = networked_user();
    u.ok(&["network", "create", "appnet"]);
    let holder = u.run.join("netns/holder");
    let port = crate::support::free_port();
    serve(&u, "web", &["--network", "appnet"], port, &img);
    assert!(
        holder.exists(),
        "the rootless network namespace is made on first use"
    );
    let on_net = |script: &str| {
        u.ok(&[
            "run",
            "--rm",
            "--network",
            "appnet",
            &img,
            "sh",
            "-c",
            script,
        ])
    };
    // by name, from a second container on the network
    let r = on_net("wget -q -O- http://web/");
    assert_eq!(r.stdout.trim(), "hello", "{r}");
    // also from one with id maps of its own (made in the network's user namespace)
    let r = u.ok(&[
        "run",
        "--rm",
        "--network",
        "appnet",
        "--userns=keep-id",
        &img,
        "sh",
        "-c",
        "id -u; wget -q -O- http://web/",
    ]);
    assert_eq!(r.lines(), ["65534", "hello"], "{r}");
    // published from the host, through the relay
    let body = crate::support::http_get_retry(&format!("127.0.0.1:{port}"), "/");
    assert_eq!(body.trim(), "hello");
    let r = u.ok(&["port", "web"]);
    assert_eq!(r.stdout.trim(), format!("80/tcp -> 127.0.0.1:{port}"));
    // exec joins it there; its address is the network's
    let r = u.ok(&["exec", "web", "sh", "-c", "ip -4 -o addr show eth0"]);
    let subnet = u.ok(&[
        "network",
        "inspect",
        "-f",
        "{{range .IPAM.Config}}{{.Subnet}}{{end}}",
        "appnet",
    ]);
    let prefix = subnet
        .stdout
        .trim()
        .rsplit_once('.')
        .map_or("?", |(p, _)| p)
        .to_string();
    assert!(
        r.stdout.contains(&format!("inet {prefix}.")),
        "{r} vs {subnet}"
    );
    // out to the host's own address: through the namespace's NAT and pasta
    let addrs = crate::support::run_bounded(
        {
            let mut c = std::process::Command::new("ip");
            c.args(["-4", "-o", "addr", "show", "scope", "global"]);
            c
        },
        std::time::Duration::from_secs(10),
    );
    let host_ip = addrs
        .stdout
        .split_whitespace()
        .skip_while(|w| *w != "inet")
        .nth(1)
        .and_then(|a| a.split('/').next())
        .expect("the host has a global IPv4 address")
        .to_string();
    let outside = std::net::TcpListener::bind(("0.0.0.0", 0)).unwrap();
    let out_port = outside.local_addr().unwrap().port();
    // every connection is answered: another test's client may knock on this port too
    std::thread::spawn(move || {
        for mut c in outside.incoming().flatten() {
            let _ = std::io::Write::write_all(&mut c, b"outside\n");
        }
    });
    // stdin stays open until the answer is in: the pasta here loses a reply that comes
    // after the container half-closed its side
    let r = on_net(&format!("sleep 3 | nc -w 5 {host_ip} {out_port}"));
    assert_eq!(r.stdout.trim(), "outside", "{r}");
    // the bridge is not in the host's namespace
    let bridge = u.ok(&[
        "network",
        "inspect",
        "-f",
        "{{index .Options \"com.docker.network.bridge.name\"}}",
        "appnet",
    ]);
    let bridge = bridge.stdout.trim();
    assert!(!bridge.is_empty());
    assert!(!std::path::Path::new("/sys/class/net").join(bridge).exists());
    // a container joining another's network shares its namespace
    let r = u.ok(&[
        "run",
        "--rm",
        "--network",
        "container:web",
        &img,
        "sh",
        "-c",
        "wget -q -O- http://127.0.0.1/",
    ]);
    assert_eq!(r.stdout.trim(), "hello", "{r}");
    let pid: i32 = std::fs::read_to_string(&holder)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(std::path::Path::new(&format!("/proc/{pid}")).exists());
    // connect and disconnect a running container, inside the namespace
    u.ok(&["network", "create", "other"]);
    u.ok(&["network", "connect", "other", "web"]);
    let links = || {
        u.ok(&["exec", "web", "sh", "-c", "ls /sys/class/net | grep -c eth"])
            .stdout
            .trim()
            .to_string()
    };
    assert_eq!(links(), "2");
    u.ok(&["network", "disconnect", "other", "web"]);
    assert_eq!(links(), "1");
    u.ok(&["network", "rm", "other"]);
    // the last container gone, the namespace (and its pasta) go too
    u.ok(&["rm", "-f", "web"]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while std::path::Path::new(&format!("/proc/{pid}")).exists()
        && std::time::Instant::now() < deadline
    {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(
        !std::path::Path::new(&format!("/proc/{pid}")).exists(),
        "holder left behind"
    );
    assert!(!holder.exists());
    assert!(!u.run.join("netns/pasta.pid").exists());
    u.ok(&["network", "rm", "appnet"]);
}

#[test]
fn issue14_rootless_userns_modes() {
    crate::require_root!();
    let (_reg, u, img) = user_with_busybox();
    let shared = u.home.join("shared");
    std::fs::create_dir_all(&shared).unwrap();
    std::fs::write(shared.join("mine"), "x").unwrap();
    let _ = std::process::Command::new("chown")
        .args(["-R", "65534:65534", &shared.display().to_string()])
        .status();
    let vol = format!("{}:/shared", shared.display());
    // keep-id: the user is itself inside, the image's root is root, and what it writes
    // to a bind mount is the user's on the host
    let r = u.ok(&[
        "run",
        "--rm",
        "--userns=keep-id",
        "-v",
        &vol,
        &img,
        "sh",
        "-c",
        "id -u; id -g; stat -c %u /bin/busybox; stat -c %u /shared/mine; touch /shared/made; cat /proc/self/uid_map",
    ]);
    let l = r.lines();
    assert_eq!(&l[..4], ["65534", "65534", "0", "65534"], "{r}");
    assert_eq!(
        l[4..]
            .iter()
            .map(|x| x.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>(),
        ["0 1 65534", "65534 0 1", "65535 65535 2"],
        "{r}"
    );
    use std::os::unix::fs::MetadataExt;
    assert_eq!(
        std::fs::metadata(shared.join("made")).unwrap().uid(),
        NOBODY
    );
    // --user still wins
    let r = u.ok(&[
        "run",
        "--rm",
        "--userns=keep-id",
        "--user",
        "0",
        &img,
        "id",
        "-u",
    ]);
    assert_eq!(r.stdout.trim(), "0");
    // nomap: the user's own id is not in the container at all
    let r = u.ok(&[
        "run",
        "--rm",
        "--userns=nomap",
        &img,
        "sh",
        "-c",
        "cat /proc/self/uid_map; stat -c %u /bin/busybox",
    ]);
    let l = r.lines();
    assert_eq!(
        l[0].split_whitespace().collect::<Vec<_>>(),
        ["0", "1", "65536"],
        "{r}"
    );
    assert_eq!(l[1], "0");
    // auto: a block of the user's ids, sized from the image (at least 1024)
    let r = u.ok(&[
        "run",
        "--rm",
        "--userns=auto",
        &img,
        "cat",
        "/proc/self/uid_map",
    ]);
    let f: Vec<u64> = r
        .stdout
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    assert_eq!((f[0], f[2]), (0, 1024), "{r}");
    assert!(f[1] >= 1, "{r}");
    // --uidmap in the user's namespace ids; past them is one clear line
    let r = u.ok(&[
        "run",
        "--rm",
        "--uidmap",
        "0:1:5000",
        &img,
        "sh",
        "-c",
        "id -u; cat /proc/self/uid_map",
    ]);
    assert_eq!(r.lines()[0], "0");
    assert_eq!(
        r.lines()[1].split_whitespace().collect::<Vec<_>>(),
        ["0", "1", "5000"]
    );
    let r = u.run(&["run", "--rm", "--uidmap", "0:1:70000", &img, "true"]);
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["70000", "/etc/subuid"]);
    // a detached keep-id container: exec as the user, commit keeps its files' owners
    u.ok(&[
        "run",
        "-d",
        "--name",
        "k",
        "--userns=keep-id",
        &img,
        "sleep",
        "60",
    ]);
    u.ok(&[
        "exec",
        "--user",
        "0",
        "k",
        "sh",
        "-c",
        "touch /kept && chown 65534 /kept",
    ]);
    let r = u.ok(&["exec", "k", "id", "-u"]);
    assert_eq!(r.stdout.trim(), "65534");
    u.ok(&["commit", "k", "localhost/kept:1"]);
    let r = u.ok(&[
        "run",
        "--rm",
        "localhost/kept:1",
        "stat",
        "-c",
        "%u",
        "/kept",
    ]);
    assert_eq!(r.stdout.trim(), "65534");
    u.ok(&["rm", "-f", "k"]);
    let left = crate::support::pgrep(&format!("fuse-overlayfs .*{}/", u.root.display()));
    assert_eq!(left, 0, "fuse-overlayfs left behind");
    // fuse-overlayfs for every container, as on kernels before 5.11 (where it is the
    // default): the default mapping, the image's owners, a writable rootfs
    u.t.write_config("[storage]\nmount-program = \"fuse-overlayfs\"\n");
    let r = u.ok(&[
        "run",
        "--rm",
        &img,
        "sh",
        "-c",
        "grep ' / ' /proc/self/mounts | cut -d' ' -f3; stat -c %u /bin/busybox; touch /w; cat /proc/self/uid_map",
    ]);
    let l = r.lines();
    assert_eq!(&l[..2], ["fuse.fuse-overlayfs", "0"], "{r}");
    assert_eq!(
        l[2].split_whitespace().collect::<Vec<_>>(),
        ["0", "0", "1"],
        "{r}"
    );
    assert_eq!(
        l[3].split_whitespace().collect::<Vec<_>>(),
        ["1", "1", "65536"],
        "{r}"
    );
    u.t.write_config("[storage]\nmount-program = \"/usr/bin/unionfs\"\n");
    let r = u.run(&["run", "--rm", &img, "true"]);
    assert_eq!(r.code, 125, "{r}");
    r.one_error_line(&["mount-program", "fuse-overlayfs"]);
}

/// Polls `skiff ARGS` as the user until its stdout satisfies `ok` (15 s at most).
fn eventually(u: &User, args: &[&str], ok: impl Fn(&str) -> bool) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    loop {
        let r = u.run(args);
        if r.code == 0 && ok(&r.stdout) {
            return r.stdout;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "skiff {args:?} never got there: {r}"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}

#[test]
fn issue14_rootless_detached_lifecycle_volumes_and_archives() {
    crate::require_root!();
    let (_reg, u, img) = user_with_busybox();
    let detach = |name: &str, extra: &[&str], cmd: &[&str]| {
        let mut a = vec!["run", "-d", "--name", name];
        a.extend(extra);
        a.push(&img);
        a.extend(cmd);
        u.ok(&a);
    };
    // restart policy: brought back by its monitor, twice
    detach("r", &["--restart", "on-failure:2"], &["sh", "-c", "exit 3"]);
    eventually(
        &u,
        &["inspect", "-f", "{{.RestartCount}} {{.State.Status}}", "r"],
        |s| s.trim() == "2 exited",
    );
    // health check
    detach(
        "h",
        &["--health-cmd", "true", "--health-interval", "1s"],
        &["sleep", "60"],
    );
    eventually(
        &u,
        &["inspect", "-f", "{{.State.Health.Status}}", "h"],
        |s| s.trim() == "healthy",
    );
    // logs, and attach to a running one
    detach("l", &[], &["sh", "-c", "echo hi; sleep 60"]);
    eventually(&u, &["logs", "l"], |s| s.trim() == "hi");
    detach("a", &[], &["sh", "-c", "sleep 1; echo late; exit 4"]);
    let r = u.run(&["attach", "a"]);
    assert_eq!((r.code, r.stdout.trim()), (4, "late"), "{r}");
    // a named volume shared by two containers, gone again with volume rm
    u.ok(&["volume", "create", "v"]);
    u.ok(&[
        "run",
        "--rm",
        "-v",
        "v:/d",
        &img,
        "sh",
        "-c",
        "echo x > /d/f; chown 1000 /d/f",
    ]);
    let r = u.ok(&[
        "run", "--rm", "-v", "v:/d", &img, "stat", "-c", "%u %s", "/d/f",
    ]);
    assert_eq!(r.stdout.trim(), "1000 2");
    u.ok(&["volume", "rm", "v"]);
    // export, import and load of what save wrote
    let tar = u.home.join("l.tar");
    u.ok(&["export", "-o", &tar.display().to_string(), "l"]);
    u.ok(&["import", &tar.display().to_string(), "localhost/imported:1"]);
    let r = u.ok(&[
        "run",
        "--rm",
        "localhost/imported:1",
        "sh",
        "-c",
        "echo from-import",
    ]);
    assert_eq!(r.stdout.trim(), "from-import");
    let saved = u.home.join("saved.tar");
    u.ok(&[
        "save",
        "-o",
        &saved.display().to_string(),
        "localhost/imported:1",
    ]);
    u.ok(&["rmi", "localhost/imported:1"]);
    u.ok(&["load", "-q", "-i", &saved.display().to_string()]);
    u.ok(&["run", "--rm", "localhost/imported:1", "true"]);
    // a user unit for systemd --user
    let r = u.ok(&["generate", "systemd", "--name", "l"]);
    assert!(r.stdout.contains("WantedBy=default.target"), "{r}");
    assert!(r.stdout.contains("ExecStart="), "{r}");
    u.ok(&["stop", "-t", "1", "l", "h"]);
    u.ok(&["rm", "-f", "l", "h", "r", "a"]);
    assert_eq!(
        u.foreign_files(),
        0,
        "nothing the user cannot remove is left"
    );
}
