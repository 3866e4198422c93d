//! Instructions that change only the image config (no layer): CMD, ENTRYPOINT, ENV,
//! EXPOSE, LABEL, USER, VOLUME, WORKDIR, STOPSIGNAL, ONBUILD, SHELL — for build steps and
//! for `commit -c`.

use super::dockerfile::expand::{Expander, name_values};
use super::dockerfile::{Args, Instruction};
use crate::oci::image::RunConfig;

/// The shell of shell-form commands: the image's SHELL, else `/bin/sh -c`.
pub fn shell(config: &RunConfig) -> Vec<String> {
    config
        .shell
        .clone()
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| vec!["/bin/sh".into(), "-c".into()])
}

/// `["a","b"]` as is; shell form through the shell.
pub fn command(config: &RunConfig, args: &Args) -> Vec<String> {
    match args {
        Args::Exec(v) => v.clone(),
        Args::Shell(s) => {
            let mut v = shell(config);
            v.push(s.clone());
            v
        }
    }
}

/// Sets `key` in an `Env` list, keeping its place if it was there.
pub fn set_env(env: &mut Vec<String>, key: &str, value: &str) {
    let entry = format!("{key}={value}");
    match env
        .iter_mut()
        .find(|e| e.split_once('=').is_some_and(|(k, _)| k == key))
    {
        Some(e) => *e = entry,
        None => env.push(entry),
    }
}

/// Applies a metadata instruction to `config`; `Ok(false)` when `ins` is not one.
/// `lookup` gives the variables in force (ARGs and ENV).
pub fn apply(
    config: &mut RunConfig,
    ins: &Instruction,
    escape: char,
    lookup: &dyn Fn(&str) -> Option<String>,
) -> Result<bool, String> {
    let x = Expander { escape, lookup };
    let text = match &ins.args {
        Args::Shell(s) => s.clone(),
        Args::Exec(v) => serde_json::to_string(v).unwrap_or_default(),
    };
    let e = |m: String| format!("{}: {m}", ins.keyword);
    match ins.keyword.as_str() {
        "CMD" => config.cmd = Some(command(config, &ins.args)),
        "ENTRYPOINT" => {
            config.entrypoint = Some(command(config, &ins.args));
            // docker: a new ENTRYPOINT clears the CMD inherited from the base image
            config.cmd = None;
        }
        "ENV" => {
            let mut env = config.env.clone().unwrap_or_default();
            // Every value sees the variables from before this line (docker's rule).
            for (k, v) in name_values(&x, &text, "ENV").map_err(|m| e(m.0))? {
                set_env(&mut env, &k, &v);
            }
            config.env = Some(env);
        }
        "LABEL" => {
            let mut labels = config.labels.clone().unwrap_or_default();
            for (k, v) in name_values(&x, &text, "LABEL").map_err(|m| e(m.0))? {
                labels.insert(k, v);
            }
            config.labels = Some(labels);
        }
        "EXPOSE" => {
            let mut ports = config.exposed_ports.clone().unwrap_or_default();
            for w in x.words(&text).map_err(|m| e(m.0))? {
                let (port, proto) = w.split_once('/').unwrap_or((&w, "tcp"));
                let valid = port
                    .split_once('-')
                    .map_or(port.parse::<u16>().is_ok(), |(a, b)| {
                        a.parse::<u16>().is_ok() && b.parse::<u16>().is_ok()
                    });
                if !valid || !matches!(proto, "tcp" | "udp" | "sctp") {
                    return Err(e(format!("invalid port {w:?}")));
                }
                ports.insert(format!("{port}/{proto}"), serde_json::json!({}));
            }
            config.exposed_ports = Some(ports);
        }
        "USER" => config.user = Some(x.word(text.trim()).map_err(|m| e(m.0))?),
        "VOLUME" => {
            let list = match &ins.args {
                Args::Exec(v) => v.clone(),
                Args::Shell(s) => x.words(s).map_err(|m| e(m.0))?,
            };
            let mut vols = config.volumes.clone().unwrap_or_default();
            for v in list {
                if v.is_empty() {
                    return Err(e("volume path may not be empty".into()));
                }
                vols.insert(v, serde_json::json!({}));
            }
            config.volumes = Some(vols);
        }
        "WORKDIR" => {
            let w = x.word(text.trim()).map_err(|m| e(m.0))?;
            let base = config.working_dir.clone().unwrap_or_else(|| "/".into());
            let joined = if w.starts_with('/') {
                w
            } else {
                format!("{}/{w}", base.trim_end_matches('/'))
            };
            config.working_dir = Some(normalize(&joined));
        }
        "STOPSIGNAL" => config.stop_signal = Some(x.word(text.trim()).map_err(|m| e(m.0))?),
        "ONBUILD" => {
            let inner = text.trim();
            let first = inner
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_uppercase();
            if matches!(first.as_str(), "ONBUILD" | "FROM" | "MAINTAINER" | "") {
                return Err(e(format!("{first} isn't allowed as an ONBUILD trigger")));
            }
            config
                .on_build
                .get_or_insert_with(Vec::new)
                .push(inner.to_string());
        }
        "SHELL" => match &ins.args {
            Args::Exec(v) if !v.is_empty() => config.shell = Some(v.clone()),
            _ => return Err(e("SHELL requires the arguments to be in JSON form".into())),
        },
        _ => return Ok(false),
    }
    Ok(true)
}

/// `/a/./b/../c` → `/a/c`.
pub fn normalize(path: &str) -> String {
    format!(
        "/{}",
        crate::util::fs::clean_path(path, true).unwrap_or_default()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::dockerfile::parse;
    use std::collections::BTreeMap;

    fn env_map(env: &[String]) -> BTreeMap<String, String> {
        env.iter()
            .filter_map(|e| e.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn run(lines: &str) -> Result<RunConfig, String> {
        let d = parse(lines, "Dockerfile").map_err(|e| e.to_string())?;
        let mut c = RunConfig {
            env: Some(vec!["PATH=/bin".into()]),
            cmd: Some(vec!["sh".into()]),
            ..Default::default()
        };
        for i in &d.instructions {
            let env = c.env.clone().unwrap_or_default();
            let lookup = move |k: &str| env_map(&env).get(k).cloned();
            assert!(apply(&mut c, i, d.escape, &lookup)?, "{}", i.keyword);
        }
        Ok(c)
    }

    #[test]
    fn metadata_instructions() {
        let c = run("ENV A=1 B=\"x y\"\nENV PATH /usr/bin:$PATH\nWORKDIR /app\nWORKDIR sub/../src\nUSER 1000:1000\nEXPOSE 80 53/udp\nLABEL k=v \"a b\"=c\nVOLUME [\"/data\"]\nVOLUME /x /y\nSTOPSIGNAL SIGINT\nSHELL [\"/bin/bash\", \"-c\"]\nCMD echo $A\nONBUILD RUN make\n").unwrap();
        assert_eq!(c.env.unwrap(), ["PATH=/usr/bin:/bin", "A=1", "B=x y"]);
        assert_eq!(c.working_dir.as_deref(), Some("/app/src"));
        assert_eq!(c.user.as_deref(), Some("1000:1000"));
        let ports: Vec<String> = c.exposed_ports.unwrap().into_keys().collect();
        assert_eq!(ports, ["53/udp", "80/tcp"]);
        let labels = c.labels.unwrap();
        assert_eq!((labels["k"].as_str(), labels["a b"].as_str()), ("v", "c"));
        assert_eq!(c.volumes.unwrap().len(), 3);
        assert_eq!(c.stop_signal.as_deref(), Some("SIGINT"));
        assert_eq!(c.cmd.unwrap(), ["/bin/bash", "-c", "echo $A"]);
        assert_eq!(c.on_build.unwrap(), ["RUN make"]);
        let c = run("ENTRYPOINT [\"/bin/app\"]\n").unwrap();
        assert_eq!(
            (c.entrypoint.unwrap(), c.cmd),
            (vec!["/bin/app".to_string()], None)
        );
        assert!(run("EXPOSE http\n").is_err());
        assert!(run("SHELL /bin/bash\n").is_err());
        assert!(run("ONBUILD FROM x\n").is_err());
    }
}
