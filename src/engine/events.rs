//! The daemonless event log: every container lifecycle step is appended as one JSON line
//! (docker's event message) to `ROOT/events.log`, which `skiff events` reads and follows.
//! One `write(2)` per event on an O_APPEND file keeps concurrent writers' lines whole.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{Map, Value, json};

use crate::engine::Engine;
use crate::state::ContainerConfig;

/// Past this size the log moves to `events.log.1` (one generation is kept).
const ROTATE_AT: u64 = 4 << 20;

pub fn log_path(root: &Path) -> PathBuf {
    root.join("events.log")
}

/// The event log files, oldest first.
pub fn log_files(root: &Path) -> Vec<PathBuf> {
    let cur = log_path(root);
    let old = root.join("events.log.1");
    [old, cur].into_iter().filter(|p| p.exists()).collect()
}

/// docker's event message for a container.
pub fn message(config: &ContainerConfig, action: &str, extra: &[(&str, String)]) -> Value {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let mut attrs = Map::new();
    for (k, v) in &config.labels {
        attrs.insert(k.clone(), Value::String(v.clone()));
    }
    attrs.insert("image".into(), Value::String(config.image.clone()));
    attrs.insert("name".into(), Value::String(config.name.clone()));
    for (k, v) in extra {
        attrs.insert(k.to_string(), Value::String(v.clone()));
    }
    json!({
        "status": action,
        "id": config.id,
        "from": config.image,
        "Type": "container",
        "Action": action,
        "Actor": {"ID": config.id, "Attributes": attrs},
        "scope": "local",
        "time": now.as_secs(),
        "timeNano": now.as_nanos() as u64,
    })
}

impl Engine {
    /// Appends an event; failures are logged, never fatal (the operation itself happened).
    pub fn event(&self, config: &ContainerConfig, action: &str, extra: &[(&str, String)]) {
        self.append_event(message(config, action, extra), action);
    }

    /// An event about something other than a container (`network`, …).
    pub fn event_raw(&self, kind: &str, action: &str, id: &str, attrs: &[(&str, String)]) {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        let attrs: Map<String, Value> = attrs
            .iter()
            .map(|(k, v)| (k.to_string(), Value::String(v.clone())))
            .collect();
        let v = json!({
            "Type": kind,
            "Action": action,
            "Actor": {"ID": id, "Attributes": attrs},
            "scope": "local",
            "time": now.as_secs(),
            "timeNano": now.as_nanos() as u64,
        });
        self.append_event(v, action);
    }

    fn append_event(&self, v: Value, action: &str) {
        if self.context().events_logger == crate::config::EventsLogger::None {
            return;
        }
        let root = &self.context().root;
        let path = log_path(root);
        if std::fs::metadata(&path).is_ok_and(|m| m.len() > ROTATE_AT) {
            let _ = std::fs::rename(&path, root.join("events.log.1"));
        }
        let mut line = v.to_string();
        line.push('\n');
        let written = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .and_then(|mut f| f.write_all(line.as_bytes()));
        if let Err(e) = written {
            log::debug!("recording event {action}: {e}");
        }
    }
}

/// What `skiff events` shows.
#[derive(Clone, Debug, Default)]
pub struct EventQuery {
    pub since: Option<SystemTime>,
    pub until: Option<SystemTime>,
    /// (key, value) pairs: container, event, type, image, label; same keys OR, keys AND.
    pub filters: Vec<(String, String)>,
}

impl EventQuery {
    fn matches(&self, e: &Value) -> bool {
        let nanos = e["timeNano"].as_u64().unwrap_or(0);
        let t = UNIX_EPOCH + std::time::Duration::from_nanos(nanos);
        if self.since.is_some_and(|s| t < s) || self.until.is_some_and(|u| t > u) {
            return false;
        }
        let attr = |k: &str| {
            e["Actor"]["Attributes"][k]
                .as_str()
                .unwrap_or("")
                .to_string()
        };
        let keys: std::collections::BTreeSet<&str> =
            self.filters.iter().map(|(k, _)| k.as_str()).collect();
        keys.into_iter().all(|key| {
            self.filters
                .iter()
                .filter(|(k, _)| k == key)
                .any(|(_, v)| match key {
                    "container" => {
                        attr("name") == *v
                            || e["Actor"]["ID"]
                                .as_str()
                                .is_some_and(|id| id.starts_with(v.as_str()))
                    }
                    "event" => e["Action"] == v.as_str(),
                    "type" => e["Type"] == v.as_str(),
                    "image" => attr("image") == *v,
                    "label" => match v.split_once('=') {
                        Some((lk, lv)) => attr(lk) == lv,
                        None => e["Actor"]["Attributes"].get(v.as_str()).is_some(),
                    },
                    _ => false,
                })
        })
    }
}

impl Engine {
    /// Past events that match, then (unless `until` is given) new ones as they come, until
    /// `each` returns false.
    pub fn events(
        &self,
        q: &EventQuery,
        each: &mut dyn FnMut(&Value) -> bool,
    ) -> std::io::Result<()> {
        let root = self.context().root.clone();
        let path = log_path(&root);
        let mut offset = 0;
        if q.since.is_some() {
            for f in log_files(&root) {
                let text = std::fs::read_to_string(&f).unwrap_or_default();
                if f == path {
                    offset = text.len() as u64;
                }
                for line in text.lines() {
                    if let Ok(e) = serde_json::from_str::<Value>(line)
                        && q.matches(&e)
                        && !each(&e)
                    {
                        return Ok(());
                    }
                }
            }
        } else {
            offset = std::fs::metadata(&path).map_or(0, |m| m.len());
        }
        if q.until.is_some_and(|u| u <= SystemTime::now()) {
            return Ok(());
        }
        use rustix::fs::inotify;
        std::fs::create_dir_all(&root)?;
        let watch = inotify::init(inotify::CreateFlags::CLOEXEC | inotify::CreateFlags::NONBLOCK)?;
        inotify::add_watch(
            &watch,
            &root,
            inotify::WatchFlags::MODIFY
                | inotify::WatchFlags::CREATE
                | inotify::WatchFlags::MOVED_TO,
        )?;
        let mut evbuf = vec![std::mem::MaybeUninit::<u8>::uninit(); 4096];
        loop {
            let len = std::fs::metadata(&path).map_or(0, |m| m.len());
            if len < offset {
                offset = 0; // rotated
            }
            if len > offset {
                use std::io::{Read, Seek};
                let mut f = std::fs::File::open(&path)?;
                f.seek(std::io::SeekFrom::Start(offset))?;
                let mut text = String::new();
                f.read_to_string(&mut text)?;
                let complete = text.rfind('\n').map_or(0, |i| i + 1);
                offset += complete as u64;
                for line in text[..complete].lines() {
                    if let Ok(e) = serde_json::from_str::<Value>(line)
                        && q.matches(&e)
                        && !each(&e)
                    {
                        return Ok(());
                    }
                }
            }
            if q.until.is_some_and(|u| SystemTime::now() > u) {
                return Ok(());
            }
            if matches!(
                crate::sys::wait_readable(&watch, std::time::Duration::from_secs(1)),
                Ok(true)
            ) {
                let mut r = inotify::Reader::new(&watch, &mut evbuf);
                while r.next().is_ok() {}
            }
        }
    }
}
