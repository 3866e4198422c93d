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
        let root = &self.context().root;
        let path = log_path(root);
        if std::fs::metadata(&path).is_ok_and(|m| m.len() > ROTATE_AT) {
            let _ = std::fs::rename(&path, root.join("events.log.1"));
        }
        let mut line = message(config, action, extra).to_string();
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
