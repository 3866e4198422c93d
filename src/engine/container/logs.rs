//! `logs`: a container's output from its log files — no monitor needed, also after it
//! exited — with `--tail`, `--since`, `--until`, and `-f`, which follows the file (inotify on
//! the container's directory, across rotations) until the container stops.

use std::os::unix::fs::MetadataExt;
use std::path::Path;
use std::time::{Duration, SystemTime};

use crate::engine::{Engine, EngineError};
use crate::monitor::logs::{self, Entry};
use crate::state::Status;

#[derive(Clone, Debug, Default)]
pub struct LogOptions {
    pub follow: bool,
    /// Only the last N entries (`None`: all).
    pub tail: Option<usize>,
    pub since: Option<SystemTime>,
    pub until: Option<SystemTime>,
}

/// Go's `url.QueryEscape`: what docker's `logs --details` writes keys and values with.
fn query_escape(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// docker's `logs --details` attributes: the labels and variables `--log-opt labels=…`
/// and `env=…` name (those the container has), `k=v` sorted by key, comma-separated.
pub fn detail_attrs(
    opts: &std::collections::BTreeMap<String, String>,
    labels: &std::collections::BTreeMap<String, String>,
    env: &[String],
) -> String {
    let mut attrs = std::collections::BTreeMap::new();
    let names = |k: &str| -> Vec<String> {
        opts.get(k)
            .map(|v| {
                v.split(',')
                    .filter(|n| !n.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    };
    for l in names("labels") {
        if let Some(v) = labels.get(&l) {
            attrs.insert(l, v.clone());
        }
    }
    for e in names("env") {
        if let Some(v) = env
            .iter()
            .find_map(|x| x.strip_prefix(e.as_str())?.strip_prefix('='))
        {
            attrs.insert(e, v.to_string());
        }
    }
    attrs
        .iter()
        .map(|(k, v)| format!("{}={}", query_escape(k), query_escape(v)))
        .collect::<Vec<_>>()
        .join(",")
}

impl Engine {
    /// `logs --details`: the attributes each line of this container's log carries.
    pub fn log_details(&self, input: &str) -> Result<String, EngineError> {
        let id = self.containers()?.resolve(input)?;
        let (c, _) = self.load_container(&id)?;
        Ok(detail_attrs(&c.log_config.config, &c.labels, &c.env))
    }

    /// Calls `each` for every entry, in order; with `follow`, keeps going until the container
    /// is no longer running (or `each` returns false, e.g. the reader went away).
    pub fn container_logs(
        &self,
        input: &str,
        opts: &LogOptions,
        each: &mut dyn FnMut(&Entry) -> bool,
    ) -> Result<(), EngineError> {
        let containers = self.containers()?;
        let id = containers.resolve(input)?;
        let (config, _) = self.load_container(&id)?;
        if matches!(config.log_config.kind.as_str(), "none" | "passthrough") {
            return Err(EngineError::Invalid(format!(
                "configured logging driver does not support reading: {}",
                config.log_config.kind
            )));
        }
        let wanted = |e: &Entry| {
            opts.since.is_none_or(|s| e.time >= s) && opts.until.is_none_or(|u| e.time <= u)
        };
        if config.log_config.kind == "journald" {
            return self.journal_logs(&id, opts, &wanted, each);
        }
        let path = self.log_path(&id)?;
        let mut entries = Vec::new();
        let mut offset = 0;
        let mut inode = 0;
        for f in logs::files(&path) {
            let end = logs::read_from(&f, 0, &mut entries)
                .map_err(|e| EngineError::Other(format!("reading {}: {e}", f.display())))?;
            if f == path {
                offset = end;
                inode = std::fs::metadata(&f).map_or(0, |m| m.ino());
            }
        }
        entries.retain(|e| wanted(e));
        let skip = opts.tail.map_or(0, |n| entries.len().saturating_sub(n));
        for e in &entries[skip..] {
            if !each(e) {
                return Ok(());
            }
        }
        if !opts.follow {
            return Ok(());
        }
        self.follow(&id, &path, offset, inode, &wanted, each)
    }

    /// journald's records of the container, through journalctl.
    fn journal_logs(
        &self,
        id: &str,
        opts: &LogOptions,
        wanted: &dyn Fn(&Entry) -> bool,
        each: &mut dyn FnMut(&Entry) -> bool,
    ) -> Result<(), EngineError> {
        use std::io::BufRead;
        let mut cmd = std::process::Command::new("journalctl");
        cmd.args(["--no-pager", "-o", "json", "--all"])
            .arg(format!("CONTAINER_ID_FULL={id}"))
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null());
        if let Some(n) = opts.tail {
            cmd.arg("-n").arg(n.to_string());
        }
        if opts.follow {
            cmd.arg("-f");
        }
        let mut child = cmd
            .spawn()
            .map_err(|e| EngineError::Other(format!("running journalctl: {e}")))?;
        let out = child
            .stdout
            .take()
            .ok_or_else(|| EngineError::Other("journalctl".into()))?;
        let (tx, rx) = std::sync::mpsc::channel::<String>();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(out).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        loop {
            match rx.recv_timeout(Duration::from_secs(1)) {
                Ok(line) => {
                    if let Some(e) = crate::monitor::journal::parse_json(&line)
                        && wanted(&e)
                        && !each(&e)
                    {
                        break;
                    }
                }
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                    let running = self.load_container(id).is_ok_and(|(_, s)| {
                        matches!(
                            s.status,
                            Status::Running | Status::Paused | Status::Restarting
                        )
                    });
                    if !running {
                        break;
                    }
                }
            }
        }
        let _ = child.kill();
        let _ = child.wait();
        Ok(())
    }

    fn follow(
        &self,
        id: &str,
        path: &Path,
        mut offset: u64,
        mut inode: u64,
        wanted: &dyn Fn(&Entry) -> bool,
        each: &mut dyn FnMut(&Entry) -> bool,
    ) -> Result<(), EngineError> {
        use rustix::fs::inotify;
        let dir = path.parent().unwrap_or(Path::new("."));
        let watch =
            inotify::init(inotify::CreateFlags::CLOEXEC | inotify::CreateFlags::NONBLOCK).ok();
        if let Some(fd) = &watch {
            let _ = inotify::add_watch(
                fd,
                dir,
                inotify::WatchFlags::MODIFY
                    | inotify::WatchFlags::MOVED_TO
                    | inotify::WatchFlags::CREATE
                    | inotify::WatchFlags::DELETE_SELF,
            );
        }
        let mut events = vec![std::mem::MaybeUninit::<u8>::uninit(); 4096];
        loop {
            let mut batch = Vec::new();
            let now_inode = std::fs::metadata(path).map_or(0, |m| m.ino());
            if now_inode != inode {
                // Rotated: finish the old file (now `.1`), then read the new one from 0.
                let old = logs::files(path)
                    .into_iter()
                    .find(|f| std::fs::metadata(f).is_ok_and(|m| m.ino() == inode));
                if let Some(old) = old {
                    let _ = logs::read_from(&old, offset, &mut batch);
                }
                inode = now_inode;
                offset = 0;
            }
            if path.exists() {
                offset = logs::read_from(path, offset, &mut batch).unwrap_or(offset);
            }
            for e in batch.iter().filter(|e| wanted(e)) {
                if !each(e) {
                    return Ok(());
                }
            }
            let running = match self.load_container(id) {
                Ok((_, s)) => matches!(
                    s.status,
                    Status::Running | Status::Paused | Status::Restarting
                ),
                Err(_) => false,
            };
            if !running {
                // What the monitor wrote as the container ended.
                let mut rest = Vec::new();
                if path.exists() {
                    let _ = logs::read_from(path, offset, &mut rest);
                }
                for e in rest.iter().filter(|e| wanted(e)) {
                    if !each(e) {
                        break;
                    }
                }
                return Ok(());
            }
            match &watch {
                // Wake on a change in the directory (new output, rotation, a new state),
                // or after a second anyway to notice a container that ended unwatched.
                Some(fd) => {
                    if matches!(
                        crate::sys::wait_readable(fd, Duration::from_secs(1)),
                        Ok(true)
                    ) {
                        let mut buf = inotify::Reader::new(fd, &mut events);
                        while buf.next().is_ok() {}
                    }
                }
                None => std::thread::sleep(Duration::from_millis(200)),
            }
        }
    }
}

#[cfg(test)]
mod details_tests {
    #[test]
    fn issue16_details_are_the_named_labels_and_variables_sorted_and_escaped() {
        let opts = [
            ("labels".to_string(), "app,missing".to_string()),
            ("env".to_string(), "B,A".to_string()),
        ]
        .into_iter()
        .collect();
        let labels = [("app".to_string(), "web 1".to_string())]
            .into_iter()
            .collect();
        let env = vec!["A=x=y".to_string(), "B=2".to_string(), "C=3".to_string()];
        assert_eq!(
            super::detail_attrs(&opts, &labels, &env),
            "A=x%3Dy,B=2,app=web+1"
        );
        assert_eq!(super::detail_attrs(&Default::default(), &labels, &env), "");
    }
}
