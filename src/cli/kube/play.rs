//! `kube play` and `kube down`: the YAML read (a file, `-` or a URL), planned by
//! `kube::play`, and carried out through the engine: pods from `pod create` flags and
//! containers from `run` flags, each parsed by that command's own parser.

use std::io::{Read, Write};
use std::path::PathBuf;

use clap::Args;

use crate::compose::runspec::RunSpec;
use crate::engine::Engine;
use crate::kube::play::{self, Backend, ContainerPlan, PLAY_LABEL, PlayOptions, PodDir};

#[derive(Debug, Args)]
pub struct PlayArgs {
    /// Pods from the YAML are removed and made again
    #[arg(long)]
    replace: bool,
    /// Remove what the YAML made instead (as kube down)
    #[arg(long)]
    down: bool,
    /// Network(s) the pods join (default: the network "kube", made when missing)
    #[arg(long, visible_alias = "net", value_name = "NETWORK")]
    network: Vec<String>,
    /// A YAML file with ConfigMaps (repeatable; comma-separated)
    #[arg(long, value_name = "FILE", value_delimiter = ',')]
    configmap: Vec<PathBuf>,
    /// Build images from directories named like them (default: when the image is missing)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    build: Option<bool>,
    /// Where those directories are (default: the current directory)
    #[arg(long, value_name = "DIR")]
    context_dir: Option<PathBuf>,
    /// Start the pods (default true)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", require_equals = true, default_value = "true")]
    start: bool,
    /// Publish another port of the first pod: [IP:][HOST_PORT:]CONTAINER_PORT[/PROTO]
    #[arg(long, value_name = "PORT")]
    publish: Vec<String>,
    /// Static IP addresses of the pods, in order
    #[arg(long, value_name = "IP", value_delimiter = ',')]
    ip: Vec<String>,
    /// Static MAC addresses of the pods, in order
    #[arg(long, value_name = "MAC", value_delimiter = ',')]
    mac_address: Vec<String>,
    /// Leave /etc/hosts of the pods' containers alone
    #[arg(long)]
    no_hosts: bool,
    /// Annotations of every container (KEY=VALUE)
    #[arg(long, value_name = "KEY=VALUE", value_delimiter = ',')]
    annotation: Vec<String>,
    /// Logging driver of the containers
    #[arg(long, value_name = "DRIVER")]
    log_driver: Option<String>,
    /// Logging driver options
    #[arg(long, value_name = "OPT")]
    log_opt: Vec<String>,
    /// User namespace of the containers
    #[arg(long, value_name = "MODE")]
    userns: Option<String>,
    /// Where Localhost seccomp profiles are
    #[arg(long, value_name = "DIR", default_value = "/var/lib/kubelet/seccomp")]
    seccomp_profile_root: PathBuf,
    /// Registry credentials file for the pulls
    #[arg(long, value_name = "FILE")]
    authfile: Option<PathBuf>,
    /// Registry credentials (USER[:PASS]) for the pulls
    #[arg(long, value_name = "USER[:PASS]")]
    creds: Option<String>,
    /// Certificates for the registries
    #[arg(long, value_name = "DIR")]
    cert_dir: Option<PathBuf>,
    /// Require HTTPS and verified certificates (default true)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    tls_verify: Option<bool>,
    /// No pull progress
    #[arg(short, long)]
    quiet: bool,
    /// With --down: also the volumes of the claims that kube play made
    #[arg(long)]
    force: bool,
    /// Kubernetes YAML: a file, - (standard input) or an http(s) URL
    #[arg(value_name = "FILE|-|URL")]
    file: String,
}

#[derive(Debug, Args)]
pub struct DownArgs {
    /// Also the volumes of the claims that kube play made
    #[arg(long)]
    force: bool,
    /// Kubernetes YAML: a file, - (standard input) or an http(s) URL
    #[arg(value_name = "FILE|-|URL")]
    file: String,
}

fn read_yaml(engine: &Engine, source: &str) -> anyhow::Result<Vec<serde_json::Value>> {
    let mut text = String::new();
    engine
        .import_source(source)?
        .reader
        .read_to_string(&mut text)
        .map_err(|e| anyhow::anyhow!("reading {source}: {e}"))?;
    Ok(play::documents(&text)?)
}

fn print_down(r: &play::DownReport) -> anyhow::Result<i32> {
    let mut out = std::io::stdout().lock();
    if !r.pods.is_empty() {
        writeln!(out, "Pods stopped:")?;
        for p in &r.pods {
            writeln!(out, "{p}")?;
        }
        writeln!(out, "Pods removed:")?;
        for p in &r.pods {
            writeln!(out, "{p}")?;
        }
    }
    if !r.volumes.is_empty() {
        writeln!(out, "Volumes removed:")?;
        for v in &r.volumes {
            writeln!(out, "{v}")?;
        }
    }
    Ok(0)
}

fn take_down(engine: &Engine, file: &str, force: bool) -> anyhow::Result<i32> {
    let docs = read_yaml(engine, file)?;
    let (pods, claims) = play::down_targets(&docs)?;
    let mut b = EngineBackend::new(engine);
    let report = play::down(&pods, &claims, force, &mut b)?;
    print_down(&report)
}

pub fn down(engine: &Engine, a: DownArgs) -> anyhow::Result<i32> {
    take_down(engine, &a.file, a.force)
}

pub fn play(engine: &Engine, a: PlayArgs) -> anyhow::Result<i32> {
    if a.down {
        return take_down(engine, &a.file, a.force);
    }
    let mut docs = Vec::new();
    for f in &a.configmap {
        let text = std::fs::read_to_string(f)
            .map_err(|e| anyhow::anyhow!("--configmap {}: {e}", f.display()))?;
        let extra = play::documents(&text)?;
        if let Some(d) = extra.iter().find(|d| d["kind"] != "ConfigMap") {
            anyhow::bail!(
                "--configmap {}: a {} is not a ConfigMap",
                f.display(),
                d["kind"].as_str().unwrap_or("document")
            );
        }
        docs.extend(extra);
    }
    docs.extend(read_yaml(engine, &a.file)?);
    let options = PlayOptions {
        networks: a.network.clone(),
        publish: a.publish.clone(),
        start: a.start,
        replace: a.replace,
        build: a.build,
        node: crate::sys::node_name(),
        seccomp_root: a.seccomp_profile_root.clone(),
    };
    let mut plan = play::plan(&docs, &options)?;
    for w in &plan.warnings {
        crate::cli::warning_line(w);
    }
    // the command line's settings for every container and pod
    let mut extra = Vec::new();
    let mut put = |f: &str, v: &str| extra.push(format!("--{f}={v}"));
    for x in &a.annotation {
        put("annotation", x);
    }
    if let Some(d) = &a.log_driver {
        put("log-driver", d);
    }
    for o in &a.log_opt {
        put("log-opt", o);
    }
    if let Some(u) = &a.userns {
        put("userns", u);
    }
    if let Some(f) = &a.authfile {
        put("authfile", &f.display().to_string());
    }
    if let Some(c) = &a.creds {
        put("creds", c);
    }
    if let Some(d) = &a.cert_dir {
        put("cert-dir", &d.display().to_string());
    }
    if let Some(t) = a.tls_verify {
        put("tls-verify", &t.to_string());
    }
    for (i, pod) in plan.pods.iter_mut().enumerate() {
        for c in &mut pod.containers {
            c.flags.extend(extra.iter().cloned());
        }
        if let Some(ip) = a.ip.get(i) {
            pod.flags.push(format!("--ip={ip}"));
        }
        if let Some(mac) = a.mac_address.get(i) {
            pod.flags.push(format!("--mac-address={mac}"));
        }
        if a.no_hosts {
            pod.flags.push("--no-hosts".into());
        }
    }
    let mut b = EngineBackend::new(engine);
    b.quiet = a.quiet;
    b.context_dir = a.context_dir.clone();
    let played = play::apply(&plan, &options, &mut b)?;
    let mut out = std::io::stdout().lock();
    for v in &played.volumes {
        writeln!(out, "Volume:\n{v}")?;
    }
    for (pod, containers) in &played.pods {
        writeln!(out, "Pod:\n{pod}\nContainers:")?;
        for c in containers {
            writeln!(out, "{c}")?;
        }
        writeln!(out)?;
    }
    Ok(0)
}

/// `kube play`'s operations, through the engine.
struct EngineBackend<'a> {
    engine: &'a Engine,
    quiet: bool,
    context_dir: Option<PathBuf>,
}

impl<'a> EngineBackend<'a> {
    fn new(engine: &'a Engine) -> Self {
        EngineBackend {
            engine,
            quiet: false,
            context_dir: None,
        }
    }

    fn labels() -> std::collections::BTreeMap<String, String> {
        [(PLAY_LABEL.to_string(), "true".to_string())].into()
    }
}

impl Backend for EngineBackend<'_> {
    fn network(&mut self, name: &str) -> Result<bool, String> {
        if self
            .engine
            .network_exists(name)
            .map_err(|e| e.to_string())?
        {
            return Ok(false);
        }
        let o = crate::engine::network::NetworkOptions {
            name: name.to_string(),
            labels: Self::labels(),
            ..Default::default()
        };
        self.engine
            .create_network(&o)
            .map(|_| true)
            .map_err(|e| e.to_string())
    }

    fn volume(&mut self, name: &str) -> Result<bool, String> {
        if self
            .engine
            .volume(name)
            .map_err(|e| e.to_string())?
            .is_some()
        {
            return Ok(false);
        }
        self.engine
            .create_volume(name, Self::labels(), Default::default())
            .map(|_| true)
            .map_err(|e| e.to_string())
    }

    fn volume_subdir(&mut self, name: &str, sub: &str) -> Result<(), String> {
        self.engine
            .make_volume_subdir(name, sub)
            .map_err(|e| e.to_string())
    }

    fn build(&mut self, image: &str, always: bool) -> Result<bool, String> {
        let base = image
            .rsplit('/')
            .next()
            .unwrap_or(image)
            .split([':', '@'])
            .next()
            .unwrap_or("");
        let dir = match &self.context_dir {
            Some(d) => d.join(base),
            None => PathBuf::from(base),
        };
        let has_file = ["Containerfile", "Dockerfile"]
            .iter()
            .any(|f| dir.join(f).is_file());
        if base.is_empty() || !has_file {
            return Ok(false);
        }
        if !always && self.engine.image_exists(image).unwrap_or(false) {
            return Ok(false);
        }
        let status = crate::cli::build::child_build(self.engine)
            .and_then(|mut c| {
                c.args(["-q", "-t", image])
                    .arg(&dir)
                    .stdout(std::process::Stdio::null())
                    .status()
            })
            .map_err(|e| e.to_string())?;
        if !status.success() {
            return Err(format!("build in {} failed", dir.display()));
        }
        Ok(true)
    }

    fn create_pod(&mut self, flags: &[String]) -> Result<String, String> {
        let opts = crate::cli::pod::options_from_flags(flags).map_err(|e| format!("{e:#}"))?;
        self.engine
            .create_pod(&opts, &crate::engine::progress::NoProgress)
            .map_err(|e| e.to_string())
    }

    fn pod_dir(&mut self, pod: &str, dir: &PodDir) -> Result<PathBuf, String> {
        self.engine
            .make_pod_dir(pod, &dir.volume, &dir.files, dir.mode)
            .map_err(|e| e.to_string())
    }

    fn create_container(&mut self, c: &ContainerPlan) -> Result<String, String> {
        let spec = RunSpec {
            service: c.name.clone(),
            name: c.name.clone(),
            image: c.image.clone(),
            flags: c.flags.clone(),
            command: c.command.clone(),
            entrypoint: c.entrypoint.clone(),
            health_test: c.health_test.clone(),
            ..Default::default()
        };
        let opts = crate::cli::compose::run_line_options(&spec, "invalid setting")
            .map_err(|e| format!("{e:#}"))?;
        let display = crate::cli::progress::LayerDisplay::for_run(self.quiet, &opts.image);
        self.engine
            .create_container(&opts, &display)
            .map_err(|e| e.to_string())
    }

    fn start_pod(&mut self, pod: &str) -> Result<(), String> {
        self.engine
            .start_pod(pod)
            .map(drop)
            .map_err(|e| e.to_string())
    }

    fn remove_pod(&mut self, name: &str) -> Result<Option<String>, String> {
        let pod = match self.engine.pod(name) {
            Ok(p) => p,
            Err(crate::engine::EngineError::NoSuchPod(_)) => return Ok(None),
            Err(e) => return Err(e.to_string()),
        };
        if !pod.labels.contains_key(PLAY_LABEL) {
            return Err(format!(
                "pod {name} was not made by kube play: remove it with skiff pod rm"
            ));
        }
        // no grace period unless the YAML gave one (terminationGracePeriodSeconds, the
        // containers' stop timeout)
        let members = self
            .engine
            .pod_containers(&pod)
            .map_err(|e| e.to_string())?;
        let graceful = members
            .iter()
            .any(|(c, _)| !c.infra && c.stop_timeout.is_some());
        self.engine
            .remove_pod(&pod.id, true, if graceful { None } else { Some(0) })
            .map(|p| Some(p.id))
            .map_err(|e| e.to_string())
    }

    fn remove_volume(&mut self, name: &str) -> Result<bool, String> {
        match self.engine.volume(name).map_err(|e| e.to_string())? {
            Some(v) if v.labels.contains_key(PLAY_LABEL) => self
                .engine
                .remove_volume(name, false)
                .map(|_| true)
                .map_err(|e| e.to_string()),
            _ => Ok(false),
        }
    }

    fn remove_network(&mut self, name: &str) -> Result<bool, String> {
        match self.engine.find_network(name).map_err(|e| e.to_string())? {
            Some(n) if n.labels.contains_key(PLAY_LABEL) => {
                if !self
                    .engine
                    .network_containers(name)
                    .map_err(|e| e.to_string())?
                    .is_empty()
                {
                    return Ok(false);
                }
                self.engine
                    .remove_network(name)
                    .map(|_| true)
                    .map_err(|e| e.to_string())
            }
            _ => Ok(false),
        }
    }
}
