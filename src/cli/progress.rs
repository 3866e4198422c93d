//! Pull progress: one bar per layer in a terminal, docker's plain status lines otherwise.

use std::collections::HashMap;
use std::io::Write;
use std::sync::Mutex;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::engine::progress::{PullEvent, PullProgress, PullStatus};
use crate::oci::{Digest, Reference};

pub enum PullDisplay {
    Quiet,
    Plain {
        shown_tag: bool,
        stderr: bool,
    },
    Bars {
        multi: MultiProgress,
        bars: Mutex<HashMap<Digest, ProgressBar>>,
        shown_tag: bool,
    },
}

impl PullDisplay {
    /// `user_gave_tag`: whether the reference had a tag or digest (else docker says
    /// "Using default tag: latest").
    pub fn new(quiet: bool, user_gave_tag: bool) -> Self {
        Self::on(quiet, user_gave_tag, false)
    }

    /// For `run`/`create`: progress goes to stderr, keeping stdout for the container.
    pub fn for_run(quiet: bool, image: &str) -> Self {
        let last = image.rsplit('/').next().unwrap_or("");
        Self::on(quiet, last.contains(':') || image.contains('@'), true)
    }

    fn on(quiet: bool, user_gave_tag: bool, stderr: bool) -> Self {
        let tty = if stderr {
            crate::sys::isatty(std::io::stderr())
        } else {
            crate::sys::isatty(std::io::stdout())
        };
        if quiet {
            PullDisplay::Quiet
        } else if tty {
            let target = if stderr {
                ProgressDrawTarget::stderr()
            } else {
                ProgressDrawTarget::stdout()
            };
            PullDisplay::Bars {
                multi: MultiProgress::with_draw_target(target),
                bars: Mutex::new(HashMap::new()),
                shown_tag: user_gave_tag,
            }
        } else {
            PullDisplay::Plain {
                shown_tag: user_gave_tag,
                stderr,
            }
        }
    }

    fn line(&self, s: &str) {
        match self {
            PullDisplay::Quiet => {}
            PullDisplay::Plain { stderr: true, .. } => {
                let _ = writeln!(std::io::stderr().lock(), "{s}");
            }
            PullDisplay::Plain { .. } => {
                let _ = writeln!(std::io::stdout().lock(), "{s}");
            }
            PullDisplay::Bars { multi, .. } => {
                let _ = multi.println(s);
            }
        }
    }

    fn shown_tag(&self) -> bool {
        match self {
            PullDisplay::Quiet => true,
            PullDisplay::Plain { shown_tag, .. } | PullDisplay::Bars { shown_tag, .. } => {
                *shown_tag
            }
        }
    }

    fn bar(&self, digest: &Digest, f: impl FnOnce(&ProgressBar)) {
        if let PullDisplay::Bars { bars, .. } = self {
            let bars = bars.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(b) = bars.get(digest) {
                f(b);
            }
        }
    }

    /// The last lines docker prints after a pull.
    pub fn finish(&self, reference: &Reference, digest: &Digest, status: PullStatus) {
        if let PullDisplay::Quiet = self {
            return;
        }
        self.line(&format!("Digest: {digest}"));
        let what = match status {
            PullStatus::Downloaded => "Downloaded newer image for",
            PullStatus::UpToDate => "Image is up to date for",
        };
        self.line(&format!("Status: {what} {}", reference.familiar()));
    }
}

impl PullProgress for PullDisplay {
    fn event(&self, e: PullEvent<'_>) {
        match e {
            PullEvent::Resolving { reference } => {
                if !self.shown_tag() {
                    self.line("Using default tag: latest");
                }
                let what = reference.digest().map_or_else(
                    || reference.tag().unwrap_or("latest").to_string(),
                    |d| d.to_string(),
                );
                let repo = reference.path();
                self.line(&format!("{what}: Pulling from {repo}"));
            }
            PullEvent::LayerExists { digest } => {
                self.line(&format!("{}: Already exists", digest.short()))
            }
            PullEvent::LayerWaiting { digest, size } => match self {
                PullDisplay::Bars { multi, bars, .. } => {
                    let style = ProgressStyle::with_template(
                        "{prefix}: {msg:<12} [{bar:30}] {bytes:>10}/{total_bytes:<10} {binary_bytes_per_sec}",
                    )
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> ");
                    let b = multi.add(ProgressBar::new(size).with_style(style));
                    b.set_prefix(digest.short().to_string());
                    b.set_message("Waiting");
                    bars.lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .insert(digest.clone(), b);
                }
                _ => self.line(&format!("{}: Pulling fs layer", digest.short())),
            },
            PullEvent::LayerProgress { digest, done, .. } => self.bar(digest, |b| {
                b.set_message("Downloading");
                b.set_position(done);
            }),
            PullEvent::LayerDone { digest } => match self {
                PullDisplay::Bars { .. } => self.bar(digest, |b| {
                    b.set_message("Pull complete");
                    b.finish();
                }),
                _ => self.line(&format!("{}: Pull complete", digest.short())),
            },
            PullEvent::Finished { .. } => {}
        }
    }
}
