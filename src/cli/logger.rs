//! `--log-level`: a minimal logger writing `level: message` lines to stderr.

use log::{Level, LevelFilter, Log, Metadata, Record};

struct Stderr;

impl Log for Stderr {
    fn enabled(&self, m: &Metadata<'_>) -> bool {
        m.level() <= log::max_level() && m.target().starts_with("skiff")
    }
    fn log(&self, r: &Record<'_>) {
        if self.enabled(r.metadata()) {
            let level = match r.level() {
                Level::Error => "error",
                Level::Warn => "warning",
                Level::Info => "info",
                Level::Debug | Level::Trace => "debug",
            };
            // messages may quote registries and images: no raw control characters
            let text = r.args().to_string();
            eprintln!(
                "{level}: {}",
                crate::util::text::escape_controls(&text, crate::util::text::Keep::Nothing)
            );
        }
    }
    fn flush(&self) {}
}

static LOGGER: Stderr = Stderr;

pub fn init(level: &str) {
    let filter = match level {
        "trace" => LevelFilter::Trace,
        "debug" => LevelFilter::Debug,
        "info" => LevelFilter::Info,
        "error" | "fatal" | "panic" => LevelFilter::Error,
        _ => LevelFilter::Warn,
    };
    if log::set_logger(&LOGGER).is_ok() {
        log::set_max_level(filter);
    }
}
