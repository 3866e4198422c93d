//! Compose's progress on stderr: in a terminal, one line per network, volume and container
//! under a `[+] Running N/M` header, redrawn in place as their states change (compose v2's
//! display); elsewhere (or with `--progress plain`) one plain line per change
//! (` Container app-web-1  Started`); nothing with `--progress quiet`.

use std::io::Write;
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Tty,
    Plain,
    Quiet,
}

struct Entry {
    kind: String,
    name: String,
    state: String,
    since: Instant,
    took: Option<f64>,
}

/// What the terminal shows now.
struct Display {
    mode: Mode,
    entries: Vec<Entry>,
    /// Lines drawn last time (to move back over).
    drawn: usize,
}

fn display() -> &'static Mutex<Display> {
    static D: OnceLock<Mutex<Display>> = OnceLock::new();
    D.get_or_init(|| {
        Mutex::new(Display {
            mode: Mode::Plain,
            entries: Vec::new(),
            drawn: 0,
        })
    })
}

/// `--progress`: `auto` is a terminal's display when stderr is one.
pub fn set_mode(progress: &str) {
    use std::io::IsTerminal;
    let mode = match progress {
        "tty" => Mode::Tty,
        "plain" => Mode::Plain,
        "quiet" => Mode::Quiet,
        _ if std::io::stderr().is_terminal() => Mode::Tty,
        _ => Mode::Plain,
    };
    if let Ok(mut d) = display().lock() {
        d.mode = mode;
    }
}

/// States after which nothing more happens to the object.
fn finished(state: &str) -> bool {
    !state.ends_with("ing") && state != "Recreate" && state != "Orphan"
}

/// The display's lines: the header and one per object, names padded to line up.
fn render(entries: &[Entry], now: Instant) -> Vec<String> {
    let done = entries.iter().filter(|e| finished(&e.state)).count();
    let width = entries
        .iter()
        .map(|e| e.kind.len() + 1 + e.name.len())
        .max()
        .unwrap_or(0);
    let mut out = vec![format!("[+] Running {done}/{}", entries.len())];
    for e in entries {
        let mark = if finished(&e.state) { "✔" } else { "⠿" };
        let took = e
            .took
            .unwrap_or_else(|| now.duration_since(e.since).as_secs_f64());
        let label = format!("{} {}", e.kind, e.name);
        out.push(format!(
            " {mark} {label:width$}  {:<10} {took:.1}s",
            e.state
        ));
    }
    out
}

/// A change of state of one object.
pub fn say(kind: &str, name: &str, state: &str) {
    let name = crate::util::text::escape_controls(name, crate::util::text::Keep::Nothing);
    let Ok(mut d) = display().lock() else {
        return;
    };
    match d.mode {
        Mode::Quiet => {}
        Mode::Plain => eprintln!(" {kind} {name}  {state}"),
        Mode::Tty => {
            let now = Instant::now();
            match d
                .entries
                .iter_mut()
                .find(|e| e.kind == kind && e.name == name)
            {
                Some(e) => {
                    e.state = state.to_string();
                    e.took = finished(state).then(|| now.duration_since(e.since).as_secs_f64());
                }
                None => d.entries.push(Entry {
                    kind: kind.to_string(),
                    name: name.into_owned(),
                    state: state.to_string(),
                    since: now,
                    took: finished(state).then_some(0.0),
                }),
            }
            let lines = render(&d.entries, now);
            let mut err = std::io::stderr().lock();
            // back over what was drawn, then everything again, each line cleared
            if d.drawn > 0 {
                let _ = write!(err, "\x1b[{}A", d.drawn);
            }
            for l in &lines {
                let _ = writeln!(err, "\r\x1b[2K{l}");
            }
            let _ = err.flush();
            d.drawn = lines.len();
        }
    }
}

/// Whether the redrawn display is on (other output would be drawn over).
pub fn is_tty() -> bool {
    display().lock().is_ok_and(|d| d.mode == Mode::Tty)
}

/// Something else is about to be written to the terminal (a container's output, an
/// error): the display stays as it is and is not redrawn over.
pub fn detach() {
    if let Ok(mut d) = display().lock() {
        d.entries.clear();
        d.drawn = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_display_counts_and_lines_up() {
        let t = Instant::now();
        let e = |kind: &str, name: &str, state: &str, took: Option<f64>| Entry {
            kind: kind.into(),
            name: name.into(),
            state: state.into(),
            since: t,
            took,
        };
        let lines = render(
            &[
                e("Network", "app_default", "Created", Some(0.04)),
                e("Container", "app-db-1", "Waiting", None),
                e("Container", "app-web-1", "Started", Some(1.25)),
            ],
            t,
        );
        assert_eq!(
            lines,
            [
                "[+] Running 2/3",
                " ✔ Network app_default  Created    0.0s",
                " ⠿ Container app-db-1   Waiting    0.0s",
                " ✔ Container app-web-1  Started    1.2s",
            ]
        );
        assert!(finished("Healthy") && finished("Exited") && finished("Removed"));
        assert!(!finished("Creating") && !finished("Recreate") && !finished("Waiting"));
    }
}
