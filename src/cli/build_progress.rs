//! How a build shows itself (`--progress`): `plain` — podman's `STEP n/N: …` lines, the RUN
//! output as it comes, and each step's time; `tty` — a compact view redrawn in place, as
//! buildx draws it: a line per step with its time, the last lines of what the running
//! steps print beneath them, the whole output of a step that failed; `quiet` — only the
//! image ID. `auto` (the default, or `BUILDKIT_PROGRESS`) is `tty` on a terminal, else
//! `plain`. Also the stdio redirections a build needs (`-q`, `--logfile`, an output on
//! stdout, the tty view's pipe).

use std::collections::{BTreeMap, VecDeque};
use std::fs::File;
use std::io::{BufRead, IsTerminal, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::build::run::BuildOutput;
use crate::util::text::{Keep, escape_controls};

/// `--progress`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Plain,
    Tty,
    Quiet,
}

impl Mode {
    /// `--progress` (else `BUILDKIT_PROGRESS`, else auto), `-q` winning.
    pub fn pick(given: Option<&str>, quiet: bool) -> anyhow::Result<Mode> {
        if quiet {
            return Ok(Mode::Quiet);
        }
        let env = std::env::var("BUILDKIT_PROGRESS").ok();
        let (v, from) = match given {
            Some(v) => (v.to_string(), "--progress"),
            None => (env.unwrap_or_else(|| "auto".into()), "BUILDKIT_PROGRESS"),
        };
        Ok(match v.as_str() {
            "auto" | "" => {
                if std::io::stdout().is_terminal() && std::io::stderr().is_terminal() {
                    Mode::Tty
                } else {
                    Mode::Plain
                }
            }
            "plain" => Mode::Plain,
            "tty" => Mode::Tty,
            "quiet" => Mode::Quiet,
            other => anyhow::bail!(
                "invalid {from} {other:?}: use auto, plain, tty or quiet (rawjson is not supported)"
            ),
        })
    }
}

/// `plain` (and `quiet`): lines as the steps go.
pub struct Plain {
    pub quiet: bool,
}

impl BuildOutput for Plain {
    fn step(&self, n: usize, total: usize, text: &str) {
        if !self.quiet {
            println!("STEP {n}/{total}: {}", escape_controls(text, Keep::Nothing));
        }
    }
    fn cached(&self) {
        if !self.quiet {
            println!("--> Using cache");
        }
    }
    fn done(&self, n: usize, total: usize, elapsed: Duration, cached: bool) {
        if !self.quiet && !cached {
            println!("--> STEP {n}/{total} took {:.2}s", elapsed.as_secs_f64());
        }
    }
    fn warn(&self, message: &str) {
        eprintln!("WARNING: {}", escape_controls(message, Keep::Nothing));
    }
}

/// While it lives: stdout and stderr sent to /dev/null (`-q`: RUN output is not shown) or
/// to a file (`--logfile`) or a pipe (the tty view), or stdout sent to stderr (an
/// `--output` writes to stdout once the build is done).
pub struct Silenced {
    out: OwnedFd,
    err: OwnedFd,
}

impl Silenced {
    pub fn new() -> anyhow::Result<Silenced> {
        let null = std::fs::OpenOptions::new().write(true).open("/dev/null")?;
        Self::into(null.as_fd())
    }

    /// Both streams into `f`.
    pub fn into(f: std::os::fd::BorrowedFd<'_>) -> anyhow::Result<Silenced> {
        let s = Self::saved()?;
        rustix::stdio::dup2_stdout(f)?;
        rustix::stdio::dup2_stderr(f)?;
        Ok(s)
    }

    pub fn to_stderr() -> anyhow::Result<Silenced> {
        let s = Self::saved()?;
        rustix::stdio::dup2_stdout(&s.err)?;
        Ok(s)
    }

    fn saved() -> anyhow::Result<Silenced> {
        let out = rustix::io::fcntl_dupfd_cloexec(std::io::stdout().as_fd(), 3)?;
        let err = rustix::io::fcntl_dupfd_cloexec(std::io::stderr().as_fd(), 3)?;
        std::io::stdout().flush()?;
        Ok(Silenced { out, err })
    }
}

impl Drop for Silenced {
    fn drop(&mut self) {
        let _ = std::io::stdout().flush();
        let _ = rustix::stdio::dup2_stdout(&self.out);
        let _ = rustix::stdio::dup2_stderr(&self.err);
    }
}

/// How many of a running step's last lines the view shows.
const TAIL: usize = 6;
/// How many lines of a failed step's output are shown once the build is over.
const FAILED_TAIL: usize = 30;

#[derive(Debug)]
struct StepView {
    text: String,
    started: Instant,
    took: Option<Duration>,
    cached: bool,
    failed: bool,
    lines: VecDeque<String>,
}

#[derive(Debug)]
struct View {
    started: Instant,
    total: usize,
    steps: BTreeMap<usize, StepView>,
    warnings: Vec<String>,
    /// Lines of the last frame (erased before the next is drawn).
    drawn: usize,
    stop: bool,
}

impl View {
    /// The step the output read now belongs to: the last one started that is still running.
    fn current(&mut self) -> Option<&mut StepView> {
        self.steps
            .values_mut()
            .filter(|s| s.took.is_none())
            .max_by_key(|s| s.started)
    }

    /// The frame's lines, each at most `cols` characters; at most `rows` lines (the steps
    /// that finished first go first).
    fn frame(&self, now: Instant, cols: usize, rows: usize, over: bool) -> Vec<String> {
        let fit = |s: String| -> String {
            let s = escape_controls(&s, Keep::Nothing).into_owned();
            s.chars().take(cols.saturating_sub(1)).collect()
        };
        let done = self.steps.values().filter(|s| s.took.is_some()).count();
        let mut head = format!(
            "[+] Building {:.1}s ({done}/{})",
            (now - self.started).as_secs_f64(),
            self.total
        );
        if over {
            head.push_str(if self.steps.values().any(|s| s.failed) {
                " FAILED"
            } else {
                " FINISHED"
            });
        }
        let mut body: Vec<(bool, String)> = Vec::new();
        for (n, s) in &self.steps {
            let state = match (s.failed, s.cached) {
                (true, _) => "ERROR ",
                (_, true) => "CACHED ",
                _ => "",
            };
            let secs = s.took.unwrap_or(now - s.started).as_secs_f64();
            let left = format!(" => {state}[{n}/{}] {}", self.total, s.text);
            let time = format!("{secs:.1}s");
            let width = cols.saturating_sub(time.len() + 3);
            let left: String = fit(left).chars().take(width).collect();
            let pad = width.saturating_sub(left.chars().count());
            let finished = s.took.is_some() && !s.failed;
            body.push((finished, format!("{left}{}  {time}", " ".repeat(pad))));
            let tail = match (s.failed, s.took.is_none() && !over) {
                (true, _) => FAILED_TAIL,
                (_, true) => TAIL,
                _ => 0,
            };
            let skip = s.lines.len().saturating_sub(tail);
            for l in s.lines.iter().skip(skip) {
                body.push((false, fit(format!(" => => {l}"))));
            }
        }
        // too tall for the terminal: the finished steps that came first go (while running)
        while !over && body.len() + 1 > rows.max(2) {
            match body.iter().position(|(finished, _)| *finished) {
                Some(i) => {
                    body.remove(i);
                }
                None => {
                    body.remove(0);
                }
            }
        }
        std::iter::once(fit(head))
            .chain(body.into_iter().map(|(_, l)| l))
            .collect()
    }
}

/// The tty view: what the build prints goes through a pipe into the view; the view is
/// drawn on the terminal (our stderr) ten times a second.
pub struct Live {
    view: Arc<Mutex<View>>,
    term: Arc<Mutex<File>>,
    redirect: Option<Silenced>,
    reader: Option<std::thread::JoinHandle<()>>,
    painter: Option<std::thread::JoinHandle<()>>,
}

fn lock(v: &Mutex<View>) -> std::sync::MutexGuard<'_, View> {
    v.lock().unwrap_or_else(|p| p.into_inner())
}

fn size() -> (usize, usize) {
    rustix::termios::tcgetwinsize(std::io::stderr())
        .map(|w| (w.ws_col as usize, w.ws_row as usize))
        .ok()
        .filter(|(c, r)| *c > 0 && *r > 0)
        .unwrap_or((80, 24))
}

fn paint(view: &Mutex<View>, term: &Mutex<File>, over: bool) {
    let (cols, rows) = size();
    let mut v = lock(view);
    let lines = v.frame(Instant::now(), cols, rows, over);
    let mut out = String::new();
    if v.drawn > 0 {
        out.push_str(&format!("\x1b[{}F\x1b[J", v.drawn));
    }
    for l in &lines {
        out.push_str(l);
        out.push('\n');
    }
    v.drawn = lines.len();
    drop(v);
    let mut t = term.lock().unwrap_or_else(|p| p.into_inner());
    let _ = t.write_all(out.as_bytes());
    let _ = t.flush();
}

impl Live {
    pub fn start() -> anyhow::Result<Live> {
        let term = File::from(rustix::io::fcntl_dupfd_cloexec(
            std::io::stderr().as_fd(),
            3,
        )?);
        let (rx, tx) = std::io::pipe()?;
        let redirect = Silenced::into(tx.as_fd())?;
        drop(tx);
        let view = Arc::new(Mutex::new(View {
            started: Instant::now(),
            total: 0,
            steps: BTreeMap::new(),
            warnings: Vec::new(),
            drawn: 0,
            stop: false,
        }));
        let reader = {
            let view = view.clone();
            std::thread::spawn(move || {
                let mut r = std::io::BufReader::new(rx);
                let mut buf = Vec::new();
                loop {
                    buf.clear();
                    match r.read_until(b'\n', &mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(_) => {}
                    }
                    let text = String::from_utf8_lossy(&buf);
                    // a progress line redrawn with \r: what it says last
                    let line = text
                        .trim_end_matches(['\n', '\r'])
                        .rsplit('\r')
                        .next()
                        .unwrap_or("")
                        .to_string();
                    let mut v = lock(&view);
                    if let Some(s) = v.current() {
                        s.lines.push_back(line);
                        if s.lines.len() > FAILED_TAIL {
                            s.lines.pop_front();
                        }
                    }
                }
            })
        };
        let term = Arc::new(Mutex::new(term));
        let painter = {
            let (view, term) = (view.clone(), term.clone());
            std::thread::spawn(move || {
                while !lock(&view).stop {
                    paint(&view, &term, false);
                    std::thread::sleep(Duration::from_millis(100));
                }
            })
        };
        Ok(Live {
            view,
            term,
            redirect: Some(redirect),
            reader: Some(reader),
            painter: Some(painter),
        })
    }

    /// Ends the view: the last frame (a failed step with its output), then the warnings.
    pub fn finish(mut self, ok: bool) {
        self.stop(ok);
    }

    fn stop(&mut self, ok: bool) {
        // our stdout and stderr back: the pipe's last writers close, the reader ends
        drop(self.redirect.take());
        if let Some(r) = self.reader.take() {
            let _ = r.join();
        }
        {
            let mut v = lock(&self.view);
            v.stop = true;
            if !ok {
                let now = Instant::now();
                for s in v.steps.values_mut().filter(|s| s.took.is_none()) {
                    s.failed = true;
                    s.took = Some(now - s.started);
                }
            }
        }
        if let Some(p) = self.painter.take() {
            let _ = p.join();
        }
        paint(&self.view, &self.term, true);
        let warnings = std::mem::take(&mut lock(&self.view).warnings);
        for w in warnings {
            eprintln!("WARNING: {}", escape_controls(&w, Keep::Nothing));
        }
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        if self.redirect.is_some() {
            self.stop(false);
        }
    }
}

impl BuildOutput for Live {
    fn step(&self, n: usize, total: usize, text: &str) {
        let mut v = lock(&self.view);
        v.total = total;
        v.steps.insert(
            n,
            StepView {
                text: text.to_string(),
                started: Instant::now(),
                took: None,
                cached: false,
                failed: false,
                lines: VecDeque::new(),
            },
        );
    }
    fn cached(&self) {}
    fn done(&self, n: usize, _total: usize, elapsed: Duration, cached: bool) {
        if let Some(s) = lock(&self.view).steps.get_mut(&n) {
            s.took = Some(elapsed);
            s.cached = cached;
        }
    }
    fn warn(&self, message: &str) {
        lock(&self.view).warnings.push(message.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(text: &str, started: Instant, took: Option<f64>, lines: &[&str]) -> StepView {
        StepView {
            text: text.into(),
            started,
            took: took.map(Duration::from_secs_f64),
            cached: false,
            failed: false,
            lines: lines.iter().map(|l| l.to_string()).collect(),
        }
    }

    #[test]
    fn the_frame_has_a_line_per_step_and_the_running_ones_tails() {
        let t0 = Instant::now();
        let mut v = View {
            started: t0,
            total: 3,
            steps: BTreeMap::new(),
            warnings: Vec::new(),
            drawn: 0,
            stop: false,
        };
        v.steps
            .insert(1, step("FROM busybox", t0, Some(0.25), &["pulled"]));
        let mut cached = step("COPY . /app", t0, Some(0.0), &[]);
        cached.cached = true;
        v.steps.insert(2, cached);
        let lines: Vec<String> = (1..=9).map(|i| format!("line {i}\x1b[31m")).collect();
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        v.steps.insert(3, step("RUN make", t0, None, &refs));
        let f = v.frame(t0 + Duration::from_millis(2500), 60, 40, false);
        assert_eq!(f[0], "[+] Building 2.5s (2/3)");
        assert!(
            f[1].starts_with(" => [1/3] FROM busybox") && f[1].ends_with("  0.2s"),
            "{f:?}"
        );
        assert!(f[2].starts_with(" => CACHED [2/3] COPY . /app"), "{f:?}");
        assert!(
            f[3].starts_with(" => [3/3] RUN make") && f[3].ends_with("2.5s"),
            "{f:?}"
        );
        // the last six lines of the running step, escaped
        assert_eq!(f.len(), 4 + TAIL, "{f:?}");
        assert_eq!(f[4], " => => line 4\\u001b[31m");
        assert!(f.iter().all(|l| l.chars().count() < 60), "{f:?}");
        // a short terminal: finished steps go first
        let f = v.frame(t0, 60, 8, false);
        assert_eq!(f.len(), 8);
        assert!(f[1].contains("RUN make"), "{f:?}");
        // over: a failed step keeps its output; a finished one shows none
        if let Some(s) = v.steps.get_mut(&3) {
            s.failed = true;
            s.took = Some(Duration::from_secs(3));
        }
        let f = v.frame(t0 + Duration::from_secs(3), 60, 8, true);
        assert!(f[0].ends_with("FAILED"), "{f:?}");
        assert!(f[3].starts_with(" => ERROR [3/3] RUN make"), "{f:?}");
        assert_eq!(f.len(), 4 + 9, "{f:?}");
    }
}
