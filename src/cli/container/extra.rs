//! `run`/`create` flags beyond the core set that docker and podman scripts use: the PID,
//! IPC, UTS and cgroup namespace modes, more groups, the OOM score, the ID file, label files, annotations, and the
//! choices skiff has only one answer to (volume driver, runtime, storage options), which
//! are accepted when they name that answer and refused with the reason otherwise.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::bail;
use clap::Args;

#[derive(Debug, Args, Default)]
pub struct ExtraArgs {
    /// UTS namespace: private (its own hostname, the default), host, or container:NAME
    /// (another container's, as in a pod)
    #[arg(long, value_name = "MODE")]
    pub uts: Option<String>,
    /// Cgroup namespace: private (its own, the default) or host
    #[arg(long, value_name = "host|private")]
    pub cgroupns: Option<String>,
    /// More groups for the process (a name in the container's /etc/group, or a gid)
    #[arg(long = "group-add", value_name = "GROUP")]
    pub group_add: Vec<String>,
    /// The OOM killer's preference for the container (-1000 to 1000)
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub oom_score_adj: Option<i32>,
    /// Write the container ID to FILE (which must not exist)
    #[arg(long, value_name = "FILE")]
    pub cidfile: Option<PathBuf>,
    /// Read labels from a file of KEY=VALUE lines
    #[arg(long = "label-file", value_name = "FILE")]
    pub label_file: Vec<PathBuf>,
    /// Add an annotation KEY=VALUE (inspect: HostConfig.Annotations)
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,
    /// Volume driver for the container's volumes (only local)
    #[arg(long, value_name = "DRIVER")]
    pub volume_driver: Option<String>,
    /// OCI runtime (skiff runs containers itself: only skiff)
    #[arg(long, value_name = "RUNTIME")]
    pub runtime: Option<String>,
    /// Storage options per container (the overlay store has none)
    #[arg(long, value_name = "OPT")]
    pub storage_opt: Vec<String>,
    /// Allow devices by rule, also ones created later ('c 1:3 rwm', 'b 7:* r')
    #[arg(long = "device-cgroup-rule", value_name = "RULE")]
    pub device_cgroup_rule: Vec<String>,
}

/// `--pid`: empty (its own namespace), `host` or `container:NAME`.
pub fn pid_mode(v: Option<&str>) -> anyhow::Result<String> {
    Ok(match v {
        None | Some("" | "private") => String::new(),
        Some("host") => "host".to_string(),
        Some(m) if m.strip_prefix("container:").is_some_and(|c| !c.is_empty()) => m.to_string(),
        Some(m) => bail!("invalid --pid {m:?}: use host, private or container:NAME"),
    })
}

/// `--ipc`: empty (its own), `host`, `none` or `container:NAME`.
pub fn ipc_mode(v: Option<&str>) -> anyhow::Result<String> {
    Ok(match v {
        None | Some("" | "private" | "shareable") => String::new(),
        Some(m @ ("host" | "none")) => m.to_string(),
        Some(m) if m.strip_prefix("container:").is_some_and(|c| !c.is_empty()) => m.to_string(),
        Some(m) => {
            bail!("invalid --ipc {m:?}: use host, private, shareable, none or container:NAME")
        }
    })
}

/// What the extra flags ask for, checked.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Extras {
    pub uts: String,
    pub cgroupns: String,
    pub labels: BTreeMap<String, String>,
    pub annotations: BTreeMap<String, String>,
}

impl ExtraArgs {
    pub fn check(&self) -> anyhow::Result<Extras> {
        let uts = match self.uts.as_deref() {
            None | Some("" | "private") => String::new(),
            Some("host") => "host".into(),
            Some(m) if m.len() > "container:".len() && m.starts_with("container:") => m.into(),
            Some(m) => bail!("invalid --uts {m:?}: use host, private or container:NAME"),
        };
        let cgroupns = match self.cgroupns.as_deref() {
            None | Some("" | "private") => String::new(),
            Some("host") => "host".into(),
            Some(m) => bail!("invalid --cgroupns {m:?}: use host or private"),
        };
        if let Some(n) = self.oom_score_adj
            && !(-1000..=1000).contains(&n)
        {
            bail!("invalid value {n} for --oom-score-adj: use -1000 to 1000");
        }
        if let Some(d) = self.volume_driver.as_deref()
            && d != "local"
        {
            bail!("--volume-driver {d}: only the local driver is available");
        }
        if let Some(r) = self.runtime.as_deref()
            && r != "skiff"
        {
            bail!(
                "--runtime {r}: skiff runs containers itself (use --runtime skiff, or leave it out)"
            );
        }
        if let Some(o) = self.storage_opt.first() {
            bail!(
                "--storage-opt {o}: the overlay store cannot give a container options of its own (no size limits)"
            );
        }
        if let Some(f) = &self.cidfile
            && f.exists()
        {
            bail!(
                "Container ID file found, make sure the other container isn't running or delete {}",
                f.display()
            );
        }
        let mut labels = BTreeMap::new();
        for f in &self.label_file {
            let text = std::fs::read_to_string(f)
                .map_err(|e| anyhow::anyhow!("--label-file {}: {e}", f.display()))?;
            for l in text.lines().map(str::trim) {
                if l.is_empty() || l.starts_with('#') {
                    continue;
                }
                let (k, v) = l.split_once('=').unwrap_or((l, ""));
                labels.insert(k.to_string(), v.to_string());
            }
        }
        let mut annotations = BTreeMap::new();
        for a in &self.annotation {
            match a.split_once('=') {
                Some((k, v)) if !k.is_empty() => {
                    annotations.insert(k.to_string(), v.to_string());
                }
                _ => bail!("invalid --annotation {a:?}: expected KEY=VALUE"),
            }
        }
        Ok(Extras {
            uts,
            cgroupns,
            labels,
            annotations,
        })
    }

    /// `--cidfile`: the new container's ID, written as docker does (the file is new).
    pub fn write_cidfile(&self, id: &str) -> anyhow::Result<()> {
        if let Some(f) = &self.cidfile {
            use std::io::Write;
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(f)
                .map_err(|e| anyhow::anyhow!("--cidfile {}: {e}", f.display()))?;
            file.write_all(id.as_bytes())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue16_extra_flags_are_checked() {
        let ok = ExtraArgs {
            uts: Some("host".into()),
            annotation: vec!["a=1".into(), "b=".into()],
            runtime: Some("skiff".into()),
            volume_driver: Some("local".into()),
            ..Default::default()
        };
        let e = ok.check().unwrap();
        assert_eq!(e.uts, "host");
        assert_eq!(e.annotations.len(), 2);
        for bad in [
            ExtraArgs {
                uts: Some("container:".into()),
                ..Default::default()
            },
            ExtraArgs {
                oom_score_adj: Some(1001),
                ..Default::default()
            },
            ExtraArgs {
                runtime: Some("runc".into()),
                ..Default::default()
            },
            ExtraArgs {
                volume_driver: Some("nfs".into()),
                ..Default::default()
            },
            ExtraArgs {
                storage_opt: vec!["size=1G".into()],
                ..Default::default()
            },
            ExtraArgs {
                annotation: vec!["novalue".into()],
                ..Default::default()
            },
        ] {
            assert!(bad.check().is_err(), "{bad:?}");
        }
    }
}
