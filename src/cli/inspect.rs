//! `inspect`: containers first, then images, as docker looks them up.

use std::io::Write;

use super::format::render_documents;
use crate::engine::{Engine, EngineError};

/// Prints the documents of `names` (of `kind` when given: "container" or "image").
/// With `size`, a container's document has docker's `SizeRw` and `SizeRootFs`.
pub fn documents(
    engine: &Engine,
    names: &[String],
    format: Option<&str>,
    kind: Option<&str>,
    size: bool,
) -> anyhow::Result<i32> {
    let mut docs = Vec::new();
    let mut failed = false;
    for n in names {
        let container = match kind {
            Some("image") => Err(EngineError::NoSuchContainer(n.clone())),
            _ => engine.inspect_container(n).and_then(|mut d| {
                if size {
                    let (rw, rootfs) = engine.container_sizes(n)?;
                    d["SizeRw"] = serde_json::json!(rw);
                    d["SizeRootFs"] = serde_json::json!(rootfs);
                }
                Ok(d)
            }),
        };
        let found = match (container, kind) {
            (Ok(d), _) => Ok(d),
            (Err(EngineError::NoSuchContainer(_)), None | Some("image")) => engine.inspect_image(n),
            (Err(e), _) => Err(e),
        };
        match found {
            Ok(d) => docs.push(d),
            Err(EngineError::NoSuchImage(_) | EngineError::NoSuchContainer(_)) => {
                let what = match kind {
                    Some("container") => "container",
                    Some("image") => "image",
                    _ => "object",
                };
                crate::cli::error_line(format_args!("No such {what}: {n}"));
                failed = true;
            }
            Err(e) => {
                crate::cli::error_line(&e);
                failed = true;
            }
        }
    }
    if !docs.is_empty() || format.is_none() {
        let text = render_documents(format, &docs)?;
        std::io::stdout().lock().write_all(text.as_bytes())?;
    }
    Ok(if failed { super::EXIT_ENGINE } else { 0 })
}
