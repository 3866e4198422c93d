//! A service's `build` section as `skiff build` flags, built by `build`'s own code.

use std::path::Path;

use serde_json::Value;

use crate::compose::runspec::RunSpec;
use crate::compose::service::{pairs, scalar};
use crate::engine::Engine;

/// `build`'s flags for `spec`'s image from its `build` section (a context path, or the
/// mapping); a `dockerfile_inline` is written to `scratch` first.
pub fn build_flags(
    dir: &Path,
    spec: &RunSpec,
    build: &Value,
    scratch: &Path,
) -> anyhow::Result<Vec<String>> {
    let service = spec.service.as_str();
    let bad = |key: &str, why: &str| anyhow::anyhow!("service {service:?}: build.{key}: {why}");
    let at = |p: &str| {
        let p = Path::new(p);
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            dir.join(p)
        }
    };
    let mut f: Vec<String> = vec!["--tag".into(), spec.image.clone()];
    let context = match build {
        Value::String(s) => at(s),
        Value::Object(m) => {
            let field = |k: &str| m.get(k).and_then(scalar);
            let context = at(&field("context").unwrap_or_else(|| ".".into()));
            if let Some(inline) = field("dockerfile_inline") {
                std::fs::write(scratch, inline)?;
                f.extend(["--file".into(), scratch.display().to_string()]);
            } else if let Some(df) = field("dockerfile") {
                let p = Path::new(&df);
                let p = if p.is_absolute() {
                    p.to_path_buf()
                } else {
                    context.join(p)
                };
                f.extend(["--file".into(), p.display().to_string()]);
            }
            for (k, v) in pairs(build, service, "args").map_err(|e| bad("args", &e.why))? {
                f.push("--build-arg".into());
                f.push(match v {
                    Some(v) => format!("{k}={v}"),
                    None => k,
                });
            }
            for (k, v) in pairs(build, service, "labels").map_err(|e| bad("labels", &e.why))? {
                f.extend(["--label".into(), format!("{k}={}", v.unwrap_or_default())]);
            }
            if let Some(t) = field("target") {
                f.extend(["--target".into(), t]);
            }
            if let Some(n) = field("network") {
                f.extend(["--network".into(), n]);
            }
            if m.get("no_cache").and_then(Value::as_bool) == Some(true) {
                f.push("--no-cache".into());
            }
            if m.get("pull").and_then(Value::as_bool) == Some(true) {
                f.push("--pull".into());
            }
            // secrets: resolved to files by `resolve_build_secrets`
            if let Some(Value::Array(items)) = m.get("secrets") {
                for s in items {
                    let (Some(id), Some(file)) = (
                        s.get("id").and_then(Value::as_str),
                        s.get("file").and_then(Value::as_str),
                    ) else {
                        return Err(bad("secrets", "a secret needs an id and a file"));
                    };
                    f.extend(["--secret".into(), format!("id={id},src={file}")]);
                }
            }
            for k in [
                "ssh",
                "cache_from",
                "cache_to",
                "platforms",
                "tags",
                "extra_hosts",
                "shm_size",
                "isolation",
                "privileged",
                "additional_contexts",
            ] {
                if m.contains_key(k) {
                    log::warn!(
                        "service {service:?}: build.{k} is not supported by skiff's compose and is ignored"
                    );
                }
            }
            context
        }
        _ => return Err(bad("context", "build must be a path or a mapping")),
    };
    f.push(context.display().to_string());
    Ok(f)
}

/// Builds `spec`'s image with `skiff build` in a child process (which enters an ordinary
/// user's namespace itself, as the command does); its output goes to our stderr.
pub fn build_service(
    engine: &Engine,
    dir: &Path,
    spec: &RunSpec,
    build: &Value,
) -> anyhow::Result<()> {
    let ctx = engine.context();
    crate::util::fs::ensure_dir(&ctx.runroot)?;
    let scratch = ctx.runroot.join(format!(
        "compose-dockerfile-{}",
        crate::util::random::hex_id()
    ));
    let argv = build_flags(dir, spec, build, &scratch);
    let status = argv.and_then(|argv| {
        Ok(crate::cli::build::child_build(engine)?
            .args(&argv)
            .stdout(std::io::stderr())
            .status()?)
    });
    let _ = std::fs::remove_file(&scratch);
    let status = status?;
    if !status.success() {
        anyhow::bail!(
            "building {} failed (exit {})",
            spec.image,
            status.code().unwrap_or(crate::cli::EXIT_ENGINE)
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn build_sections_become_build_flags() {
        let spec = RunSpec {
            service: "web".into(),
            image: "app-web".into(),
            ..Default::default()
        };
        let dir = Path::new("/srv/app");
        let scratch = Path::new("/nonexistent/Dockerfile");
        assert_eq!(
            build_flags(dir, &spec, &json!("./web"), scratch).unwrap(),
            ["--tag", "app-web", "/srv/app/./web"]
        );
        let b = json!({"context": "web", "dockerfile": "Dockerfile.dev", "args": {"V": 1, "BARE": null},
            "target": "dev", "labels": ["a=b"], "no_cache": true});
        assert_eq!(
            build_flags(dir, &spec, &b, scratch).unwrap(),
            [
                "--tag",
                "app-web",
                "--file",
                "/srv/app/web/Dockerfile.dev",
                "--build-arg",
                "V=1",
                "--build-arg",
                "BARE",
                "--label",
                "a=b",
                "--target",
                "dev",
                "--no-cache",
                "/srv/app/web"
            ]
        );
        let e = build_flags(dir, &spec, &json!(3), scratch).unwrap_err();
        assert!(e.to_string().starts_with("service \"web\": build."), "{e}");
    }
}
