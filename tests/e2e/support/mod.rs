//! Shared test rig: a temp store per test, a command builder for the real binary, test
//! images built from busybox-static, a real registry and a fault-injecting fake one.

#![allow(dead_code)]

pub mod as_user;
pub mod fake;
pub mod images;
pub mod proxy;
pub mod registry;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub const SKIFF: &str = env!("CARGO_BIN_EXE_skiff");

/// A private store and runtime dir, removed when the test ends (also on failure).
pub struct TestRoot {
    pub dir: tempfile::TempDir,
}

/// Containers a test leaves running (it failed half-way, say) are removed with it, so no
/// monitor or container outlives its test.
impl Drop for TestRoot {
    fn drop(&mut self) {
        if self.root().join("pods").is_dir() {
            let _ = self
                .cmd(&["pod", "rm", "-af", "-t", "0"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
        if self.root().join("containers").is_dir() {
            let _ = self
                .cmd(&["rm", "-af"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
    }
}

impl TestRoot {
    pub fn new() -> Self {
        let dir = tempfile::Builder::new()
            .prefix("skiff-test-")
            .tempdir()
            .expect("temp dir");
        std::fs::create_dir_all(dir.path().join("config")).expect("config dir");
        let t = TestRoot { dir };
        t.write_config("");
        if as_user() {
            as_user::hand_over_root(t.dir.path());
        }
        t
    }

    pub fn root(&self) -> PathBuf {
        self.dir.path().join("root")
    }

    pub fn runroot(&self) -> PathBuf {
        self.dir.path().join("run")
    }

    /// The user config file this root's commands read (`$XDG_CONFIG_HOME/skiff/config.toml`).
    /// Containers get no network unless the test says otherwise (a `[network]` table of
    /// its own): only tests inside a network namespace of their own may make bridges.
    pub fn write_config(&self, toml: &str) {
        let p = self.dir.path().join("config/skiff");
        std::fs::create_dir_all(&p).expect("config dir");
        let mut text = toml.to_string();
        if !text.contains("[network]") {
            text.push_str("\n[network]\ndefault-network = \"none\"\n");
        }
        std::fs::write(p.join("config.toml"), text).expect("config");
    }

    /// `skiff --root … --runroot … ARGS`, isolated from the caller's config and credentials.
    pub fn cmd(&self, args: &[&str]) -> Command {
        self.cmd_at(&self.root(), args)
    }

    /// Like `cmd`, with another store root.
    pub fn cmd_at(&self, root: &Path, args: &[&str]) -> Command {
        let mut c = if as_user() {
            as_user::command(SKIFF)
        } else {
            Command::new(SKIFF)
        };
        c.arg("--root")
            .arg(root)
            .arg("--runroot")
            .arg(self.runroot())
            .args(args)
            .env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_RUNTIME_DIR", self.dir.path().join("xdg-run"))
            // the host's docker and containers config files stay out of the tests: these
            // name the test's own (absent unless a test writes them)
            .env(
                "SKIFF_DAEMON_JSON",
                self.dir.path().join("config/daemon.json"),
            )
            .env(
                "CONTAINERS_CONF",
                self.dir.path().join("config/containers.conf"),
            )
            .env(
                "CONTAINERS_REGISTRIES_CONF",
                self.dir.path().join("config/registries.conf"),
            )
            .env_remove("SKIFF_EVENTS_BACKEND")
            .env_remove("SKIFF_CONFIG")
            .env_remove("REGISTRY_AUTH_FILE")
            .env_remove("DOCKER_CONFIG")
            .env_remove("HTTP_PROXY")
            .env_remove("HTTPS_PROXY")
            .env_remove("http_proxy")
            .env_remove("https_proxy")
            .env_remove("ALL_PROXY")
            .stdin(Stdio::null());
        c
    }

    /// Makes `path` (made by the test) the user's own when the suites run as an ordinary
    /// user, as files a user hands skiff are; nothing otherwise.
    pub fn give(&self, path: &Path) {
        if as_user() {
            as_user::hand_over(path);
        }
    }

    /// `skiff --root … --runroot …` as one shell word list (for scripts that call it often).
    pub fn skiff_line(&self) -> String {
        let c = self.cmd(&[]);
        std::iter::once(c.get_program().to_string_lossy().into_owned())
            .chain(c.get_args().map(|a| a.to_string_lossy().into_owned()))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// `sh -c SCRIPT` where `wrap` turns `skiff ARGS` (as a quoted shell line) into SCRIPT,
    /// with this root's environment.
    pub fn sh(&self, args: &[&str], wrap: impl FnOnce(&str) -> String) -> Command {
        let inner = self.cmd(args);
        let line: Vec<String> = std::iter::once(inner.get_program().to_string_lossy().into_owned())
            .chain(
                inner
                    .get_args()
                    .map(|a| format!("'{}'", a.to_string_lossy())),
            )
            .collect();
        let mut c = Command::new("sh");
        c.args(["-c", &wrap(&line.join(" "))]);
        for (k, v) in inner.get_envs() {
            if let Some(v) = v {
                c.env(k, v);
            }
        }
        c
    }

    /// Runs to completion; a command still running after two minutes is killed and fails
    /// the test with what it printed, so one hang cannot stall the whole suite.
    pub fn run(&self, args: &[&str]) -> Run {
        run_bounded(self.cmd(args), std::time::Duration::from_secs(120))
    }

    /// Runs and insists on success.
    pub fn ok(&self, args: &[&str]) -> Run {
        let r = self.run(args);
        assert_eq!(r.code, 0, "skiff {args:?} failed:\n{r}");
        r
    }

    /// Runs and insists on failure with `code`.
    pub fn fails(&self, args: &[&str], code: i32) -> Run {
        let r = self.run(args);
        assert_eq!(r.code, code, "skiff {args:?} should exit {code}:\n{r}");
        r
    }

    /// Every file and dir under the store, for "nothing changed" checks.
    pub fn store_listing(&self) -> Vec<String> {
        let mut out = Vec::new();
        walk(&self.root(), &self.root(), &mut out);
        out.sort();
        out
    }
}

fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let rel = p.strip_prefix(base).unwrap_or(&p).display().to_string();
        if rel.ends_with("store.lock") {
            continue;
        }
        out.push(rel);
        if e.file_type().map(|t| t.is_dir()).unwrap_or(false) {
            walk(base, &p, out);
        }
    }
}

/// Runs `cmd` with piped output; kills it and panics once `limit` has passed.
pub fn run_bounded(mut cmd: Command, limit: std::time::Duration) -> Run {
    use std::io::Read;
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn skiff");
    let drain = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            String::from_utf8_lossy(&buf).into_owned()
        })
    };
    let out = drain(Box::new(child.stdout.take().expect("stdout")));
    let err = drain(Box::new(child.stderr.take().expect("stderr")));
    let deadline = std::time::Instant::now() + limit;
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait") {
            break st;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            // Something it started may still hold the pipes: give the readers a moment only.
            std::thread::sleep(std::time::Duration::from_millis(500));
            let take = |h: std::thread::JoinHandle<String>| {
                if h.is_finished() {
                    h.join().unwrap_or_default()
                } else {
                    "(pipe still held open)\n".to_string()
                }
            };
            let (o, e) = (take(out), take(err));
            panic!("{cmd:?} still running after {limit:?}\n--- stdout\n{o}--- stderr\n{e}");
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    Run {
        code: status.code().unwrap_or(-1),
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    }
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Self {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl std::fmt::Display for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

impl Run {
    /// Stderr must be exactly one line mentioning each of `words`.
    pub fn one_error_line(&self, words: &[&str]) {
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "expected one error line:\n{self}");
        assert!(lines[0].starts_with("Error: "), "{self}");
        for w in words {
            assert!(lines[0].contains(w), "error should mention {w:?}:\n{self}");
        }
    }

    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }
}

pub fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// Root-only tests return early, saying so.
#[macro_export]
macro_rules! require_root {
    () => {
        if !$crate::support::is_root() {
            eprintln!("skipped: needs root");
            return;
        }
    };
}

/// Whether this run of the suites drives skiff as an ordinary user (`SKIFF_E2E_AS_USER=1`,
/// from a root test process): see `as_user`.
pub fn as_user() -> bool {
    std::env::var_os("SKIFF_E2E_AS_USER").is_some_and(|v| v == "1") && is_root()
}

/// Tests of what only root's skiff does (host cgroup limits, the host's firewall, ...)
/// return early when the suites run as an ordinary user, saying why.
#[macro_export]
macro_rules! rootful_only {
    ($why:literal) => {
        $crate::require_root!();
        if $crate::support::as_user() {
            eprintln!(concat!("skipped as an ordinary user: ", $why));
            return;
        }
    };
}

/// A free TCP port on 127.0.0.1.
/// How many processes' command lines match `pattern` (pgrep -f).
pub fn pgrep(pattern: &str) -> usize {
    let mut c = Command::new("pgrep");
    c.args(["-f", pattern]);
    run_bounded(c, std::time::Duration::from_secs(10))
        .lines()
        .len()
}

/// A port free on every address for tcp and udp, below the kernel's ephemeral range
/// (32768 and up): a test publishes it, stops and starts again, and no socket bound to
/// port 0 meanwhile (another test's listener, a connection's local end) can take it.
/// Tests in one run never get the same one.
pub fn free_port() -> u16 {
    use std::sync::atomic::{AtomicU16, Ordering};
    static NEXT: AtomicU16 = AtomicU16::new(0);
    let start = 20000 + (std::process::id() % 500) as u16 * 20;
    loop {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let port = 20000 + (start - 20000 + n) % 12000;
        if std::net::TcpListener::bind(("0.0.0.0", port)).is_ok()
            && std::net::UdpSocket::bind(("0.0.0.0", port)).is_ok()
        {
            return port;
        }
        assert!(n < 12000, "no free port below 32000");
    }
}

/// A child process killed (and reaped) when the test is done with it, also on a panic.
pub struct Reaped(pub std::process::Child);

impl Drop for Reaped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A name no other test uses at the same time.
pub fn random_name() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static N: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "{}-{nanos}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

/// The body of `GET PATH` from `addr` (HTTP/1.0), trying for up to ten seconds while the
/// server comes up.
pub fn http_get_retry(addr: &str, path: &str) -> String {
    use std::io::{Read, Write};
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let mut last = String::new();
    while std::time::Instant::now() < deadline {
        let got = std::net::TcpStream::connect(addr).and_then(|mut s| {
            s.set_read_timeout(Some(std::time::Duration::from_secs(5)))?;
            s.write_all(format!("GET {path} HTTP/1.0\r\n\r\n").as_bytes())?;
            let mut out = String::new();
            s.read_to_string(&mut out)?;
            Ok(out)
        });
        match got {
            Ok(text) if text.contains("\r\n\r\n") => {
                return text
                    .split_once("\r\n\r\n")
                    .map(|(_, b)| b.to_string())
                    .unwrap_or_default();
            }
            Ok(text) => last = format!("incomplete reply {text:?}"),
            Err(e) => last = e.to_string(),
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    panic!("GET {addr}{path}: {last}");
}
