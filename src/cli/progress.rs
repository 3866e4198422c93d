//! Pull and push progress: one bar per layer in a terminal, docker's plain status lines otherwise.

use std::collections::HashMap;
use std::io::Write;
use std::sync::Mutex;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::engine::progress::{
    PullEvent, PullProgress, PullStatus, PushEvent, PushProgress, PushedHow,
};
use crate::oci::{Digest, Reference};

pub enum LayerDisplay {
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

impl LayerDisplay {
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
            LayerDisplay::Quiet
        } else if tty {
            let target = if stderr {
                ProgressDrawTarget::stderr()
            } else {
                ProgressDrawTarget::stdout()
            };
            LayerDisplay::Bars {
                multi: MultiProgress::with_draw_target(target),
                bars: Mutex::new(HashMap::new()),
                shown_tag: user_gave_tag,
            }
        } else {
            LayerDisplay::Plain {
                shown_tag: user_gave_tag,
                stderr,
            }
        }
    }

    fn line(&self, s: &str) {
        match self {
            LayerDisplay::Quiet => {}
            LayerDisplay::Plain { stderr: true, .. } => {
                let _ = writeln!(std::io::stderr().lock(), "{s}");
            }
            LayerDisplay::Plain { .. } => {
                let _ = writeln!(std::io::stdout().lock(), "{s}");
            }
            LayerDisplay::Bars { multi, .. } => {
                let _ = multi.println(s);
            }
        }
    }

    fn shown_tag(&self) -> bool {
        match self {
            LayerDisplay::Quiet => true,
            LayerDisplay::Plain { shown_tag, .. } | LayerDisplay::Bars { shown_tag, .. } => {
                *shown_tag
            }
        }
    }

    fn bar(&self, digest: &Digest, f: impl FnOnce(&ProgressBar)) {
        if let LayerDisplay::Bars { bars, .. } = self {
            let bars = bars.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(b) = bars.get(digest) {
                f(b);
            }
        }
    }

    /// Adds a bar for `digest` when showing bars; false otherwise.
    fn add_bar(&self, digest: &Digest, size: u64, message: &'static str) -> bool {
        let LayerDisplay::Bars { multi, bars, .. } = self else {
            return false;
        };
        let style = ProgressStyle::with_template(
            "{prefix}: {msg:<12} [{bar:30}] {bytes:>10}/{total_bytes:<10} {binary_bytes_per_sec}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
        let b = multi.add(ProgressBar::new(size).with_style(style));
        b.set_prefix(digest.short().to_string());
        b.set_message(message);
        bars.lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(digest.clone(), b);
        true
    }

    /// The last lines docker prints after a pull.
    pub fn finish(&self, reference: &Reference, digest: &Digest, status: PullStatus) {
        if let LayerDisplay::Quiet = self {
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

impl PullProgress for LayerDisplay {
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
            PullEvent::LayerWaiting { digest, size } => {
                if !self.add_bar(digest, size, "Waiting") {
                    self.line(&format!("{}: Pulling fs layer", digest.short()));
                }
            }
            PullEvent::LayerProgress { digest, done, .. } => self.bar(digest, |b| {
                b.set_message("Downloading");
                b.set_position(done);
            }),
            PullEvent::LayerDone { digest } => match self {
                LayerDisplay::Bars { .. } => self.bar(digest, |b| {
                    b.set_message("Pull complete");
                    b.finish();
                }),
                _ => self.line(&format!("{}: Pull complete", digest.short())),
            },
            PullEvent::Finished { .. } => {}
        }
    }
}

impl PushProgress for LayerDisplay {
    fn event(&self, e: PushEvent<'_>) {
        match e {
            PushEvent::Preparing { repository } => {
                self.line(&format!("The push refers to repository [{repository}]"))
            }
            PushEvent::LayerStart { id, size } => {
                if !self.add_bar(id, size, "Preparing") {
                    self.line(&format!("{}: Preparing", id.short()));
                }
            }
            PushEvent::LayerProgress { id, done, total } => self.bar(id, |b| {
                b.set_length(total);
                b.set_message("Pushing");
                b.set_position(done);
            }),
            PushEvent::LayerDone { id, how } => {
                let what = match how {
                    PushedHow::Exists => "Layer already exists".to_string(),
                    PushedHow::Mounted(from) => format!("Mounted from {from}"),
                    PushedHow::Uploaded => "Pushed".to_string(),
                };
                match self {
                    LayerDisplay::Bars { .. } => self.bar(id, |b| {
                        b.set_message(what);
                        b.finish();
                    }),
                    _ => self.line(&format!("{}: {what}", id.short())),
                }
            }
            PushEvent::Finished { tag, digest, size } => {
                self.line(&format!("{tag}: digest: {digest} size: {size}"))
            }
        }
    }
}
