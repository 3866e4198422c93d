//! podman's `run`/`create` extensions that docker scripts never meet: the timezone, the
//! host's environment and proxy variables, variables taken away, the umask, a PID file,
//! the image removed with the container, no managed /etc/hosts.

use std::path::PathBuf;

use anyhow::bail;
use clap::Args;

#[derive(Debug, Args, Default)]
pub struct PodmanRunArgs {
    /// Timezone: local (the host's) or Area/City from the host's zoneinfo (podman)
    #[arg(long, value_name = "TIMEZONE")]
    pub tz: Option<String>,
    /// Pass the host's environment into the container (podman)
    #[arg(long)]
    pub env_host: bool,
    /// Pass the host's proxy variables (http_proxy, https_proxy, ftp_proxy, no_proxy)
    /// (podman; off unless asked for, as docker)
    #[arg(
        long,
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true",
        value_name = "BOOL"
    )]
    pub http_proxy: Option<bool>,
    /// Leave out a variable the image (or skiff) sets by default (podman)
    #[arg(long, value_name = "KEY")]
    pub unsetenv: Vec<String>,
    /// Leave out every variable the image and skiff set by default (podman)
    #[arg(long)]
    pub unsetenv_all: bool,
    /// The file mode creation mask inside, octal (podman; default 0022)
    #[arg(long, value_name = "MASK")]
    pub umask: Option<String>,
    /// Write the container's PID to FILE each time it starts (podman)
    #[arg(long, value_name = "FILE")]
    pub pidfile: Option<PathBuf>,
    /// Remove the image too once the container is gone, unless in use (podman; implies --rm)
    #[arg(long)]
    pub rmi: bool,
    /// Add a host user (name or uid) to the container's /etc/passwd (podman; repeatable)
    #[arg(long, value_name = "USER")]
    pub hostuser: Vec<String>,
    /// The /etc/passwd line for a --user uid the container lacks ($USERNAME, $UID, $GID,
    /// $NAME, $HOME) (podman)
    #[arg(long, value_name = "ENTRY")]
    pub passwd_entry: Option<String>,
    /// Pass the caller's file descriptors 3..3+N into the container's process (podman)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub preserve_fds: u32,
    /// Containers started before this one whenever it starts (podman; NAME[,NAME…],
    /// repeatable)
    #[arg(long, value_name = "CONTAINER", value_delimiter = ',')]
    pub requires: Vec<String>,
    /// Join a pod: NAME or ID, or new:NAME to create it with this container's network
    /// settings (podman)
    #[arg(long, value_name = "POD")]
    pub pod: Option<String>,
    /// A pod's init container, run to completion when the pod starts, before the others:
    /// always (every start) or once (then removed) (podman)
    #[arg(long, value_name = "TYPE", value_parser = ["always", "once"])]
    pub init_ctr: Option<String>,
    /// Join the pod whose ID this file holds (podman)
    #[arg(long, value_name = "FILE")]
    pub pod_id_file: Option<PathBuf>,
    /// Kill the container (SIGKILL) once it has run this many seconds (podman)
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<u64>,
    /// Systemd mode (tmpfs on /run, /run/lock, /tmp, /var/log/journal; container=skiff;
    /// stop signal SIGRTMIN+3): true (when the command is an init system), false, always
    /// (podman)
    #[arg(long, value_name = "MODE", value_parser = ["true", "false", "always"])]
    pub systemd: Option<String>,
    /// With --read-only: writable tmpfs on /run, /tmp and /var/tmp (podman; off unless
    /// asked for, as docker)
    #[arg(
        long,
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true",
        value_name = "BOOL"
    )]
    pub read_only_tmpfs: Option<bool>,
    /// Leave the image's /etc/hosts as it is (podman)
    #[arg(long)]
    pub no_hosts: bool,
    /// What to do once the health check says unhealthy: none, kill, restart (detached
    /// containers), stop (podman)
    #[arg(long, value_name = "ACTION", value_parser = ["none", "kill", "restart", "stop"])]
    pub health_on_failure: Option<String>,
    /// Write a cgroup file of the container: FILE=VALUE, e.g. memory.high=1073741824
    /// (podman; repeatable)
    #[arg(long, value_name = "FILE=VALUE")]
    pub cgroup_conf: Vec<String>,
    /// Set a variable, ${NAME} taken from the image's environment: PATH=/opt/bin:${PATH}
    /// (podman; repeatable)
    #[arg(long, value_name = "KEY=VALUE")]
    pub env_merge: Vec<String>,
    /// The execution domain: LINUX, or LINUX32 (uname -m says i686) (podman)
    #[arg(long, value_name = "DOMAIN", value_parser = ["LINUX", "LINUX32"])]
    pub personality: Option<String>,
    /// Which seccomp profile: default (skiff's, or --security-opt seccomp=), image (the
    /// image's io.containers.seccomp.profile label, when it has one) (podman)
    #[arg(long, value_name = "POLICY", value_parser = ["default", "image"], default_value = "default")]
    pub seccomp_policy: String,
    /// What the image's VOLUMEs get: bind (an anonymous volume), tmpfs, or ignore (none)
    /// (podman)
    #[arg(long, value_name = "TYPE", value_parser = ["bind", "tmpfs", "ignore"], default_value = "bind")]
    pub image_volume: String,
    /// true: a --user uid the image's /etc/passwd lacks gets an entry; false: no entries
    /// added at all, not even --hostuser/--passwd-entry (podman; unset: only those)
    #[arg(
        long,
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true",
        value_name = "BOOL"
    )]
    pub passwd: Option<bool>,
    /// A directory inside treated as a chroot: /etc/hosts, /etc/hostname and
    /// /etc/resolv.conf are mounted beneath it too (podman; repeatable)
    #[arg(long, value_name = "DIR")]
    pub chrootdirs: Vec<String>,
    /// The first argument is a host directory to run as the root filesystem instead of an
    /// image (changes go into it; DIR:O puts them in an overlay of the container's own)
    /// (podman)
    #[arg(long)]
    pub rootfs: bool,
    /// Give the container a secret (`skiff secret create`):
    /// NAME[,type=mount|env][,target=PATH|VAR][,uid=N][,gid=N][,mode=0400] (podman;
    /// repeatable; files go to /run/secrets/NAME)
    #[arg(long, value_name = "SECRET")]
    pub secret: Vec<String>,
}

/// podman's /etc/passwd line for a `--user` uid the image lacks (`--passwd`).
const PASSWD_DEFAULT: &str = "$USERNAME:*:$UID:$GID:$NAME:$HOME:/bin/sh";

/// The proxy variables `--http-proxy` passes, both spellings.
const PROXY_VARS: &[&str] = &[
    "http_proxy",
    "https_proxy",
    "ftp_proxy",
    "no_proxy",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "FTP_PROXY",
    "NO_PROXY",
];

impl PodmanRunArgs {
    /// Variables that go before `--env-file` and `-e` (which win): the host's
    /// (`--env-host`) and its proxy settings (`--http-proxy`), read only when asked for.
    pub fn env_before(&self) -> Vec<String> {
        if !self.env_host && self.http_proxy != Some(true) {
            return Vec::new();
        }
        let host: Vec<(String, String)> = std::env::vars_os()
            .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
            .collect();
        self.env_from(&host)
    }

    fn env_from(&self, host: &[(String, String)]) -> Vec<String> {
        let mut env = Vec::new();
        if self.env_host {
            env.extend(host.iter().map(|(k, v)| format!("{k}={v}")));
        }
        if self.http_proxy == Some(true) {
            env.extend(
                host.iter()
                    .filter(|(k, _)| PROXY_VARS.contains(&k.as_str()))
                    .map(|(k, v)| format!("{k}={v}")),
            );
        }
        env
    }

    /// `--umask` as a number.
    pub fn umask(&self) -> anyhow::Result<Option<u32>> {
        self.umask
            .as_deref()
            .map(|m| match u32::from_str_radix(m, 8) {
                Ok(v) if v <= 0o777 => Ok(v),
                _ => bail!("invalid --umask {m:?}: an octal mask such as 0022"),
            })
            .transpose()
    }

    /// `--tz`: a read-only bind of the host's zone file onto /etc/localtime (`-v` syntax),
    /// checked to exist.
    pub fn tz_volume(&self, zoneinfo: &std::path::Path) -> anyhow::Result<Option<String>> {
        let Some(tz) = self.tz.as_deref() else {
            return Ok(None);
        };
        let file = if tz == "local" {
            PathBuf::from("/etc/localtime")
        } else {
            let ok = !tz.is_empty()
                && !tz.starts_with('/')
                && tz
                    .split('/')
                    .all(|c| !c.is_empty() && c != "." && c != "..")
                && !tz.contains([':', ',']);
            if !ok {
                bail!("invalid --tz {tz:?}: use local or an Area/City name");
            }
            zoneinfo.join(tz)
        };
        let file = std::fs::canonicalize(&file)
            .map_err(|e| anyhow::anyhow!("--tz {tz}: {} ({e})", file.display()))?;
        if !file.is_file() {
            bail!("--tz {tz}: {} is not a zone file", file.display());
        }
        Ok(Some(format!("{}:/etc/localtime:ro", file.display())))
    }

    /// `--hostuser`: the lines of the host's passwd file (`passwd`) for those users.
    pub fn hostuser_lines(&self, passwd: &str) -> anyhow::Result<Vec<String>> {
        let mut out = Vec::new();
        for u in &self.hostuser {
            let line = passwd.lines().find(|l| {
                let f: Vec<&str> = l.split(':').collect();
                f.len() == 7 && (f[0] == u || f[2] == u)
            });
            match line {
                Some(l) => out.push(l.to_string()),
                None => bail!("--hostuser {u}: no such user on the host"),
            }
        }
        Ok(out)
    }

    /// `--tmpfs` values with those `--read-only-tmpfs` adds (unless given already).
    pub fn tmpfs(&self, read_only: bool, given: &[String]) -> Vec<String> {
        let mut out = given.to_vec();
        if read_only && self.read_only_tmpfs == Some(true) {
            for d in ["/run", "/tmp", "/var/tmp"] {
                if !given.iter().any(|t| t.split(':').next() == Some(d)) {
                    out.push(d.to_string());
                }
            }
        }
        out
    }

    /// The `/etc/passwd` additions: the `--hostuser` lines and the `--passwd-entry`
    /// template, as `--passwd` allows.
    pub fn passwd(
        &self,
        host_passwd: impl Fn() -> String,
    ) -> anyhow::Result<(Vec<String>, Option<String>)> {
        if self.passwd == Some(false) {
            return Ok((Vec::new(), None));
        }
        let add = if self.hostuser.is_empty() {
            Vec::new()
        } else {
            self.hostuser_lines(&host_passwd())?
        };
        let entry = self
            .passwd_entry
            .clone()
            .or_else(|| (self.passwd == Some(true)).then(|| PASSWD_DEFAULT.to_string()));
        Ok((add, entry))
    }

    /// `--cgroup-conf` as file → value, names checked (`controller.file`, no paths).
    pub fn cgroup_conf(&self) -> anyhow::Result<std::collections::BTreeMap<String, String>> {
        let mut out = std::collections::BTreeMap::new();
        for c in &self.cgroup_conf {
            let Some((k, v)) = c.split_once('=') else {
                bail!("invalid --cgroup-conf {c:?}: want FILE=VALUE");
            };
            let ok = k
                .split_once('.')
                .is_some_and(|(ctrl, file)| !ctrl.is_empty() && !file.is_empty())
                && k.chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || "._".contains(ch))
                && !k.contains("..");
            if !ok {
                bail!(
                    "invalid --cgroup-conf {c:?}: FILE is a cgroup file name such as memory.high"
                );
            }
            out.insert(k.to_string(), v.to_string());
        }
        Ok(out)
    }

    /// `--rootfs`: the directory `arg` names (`DIR` or `DIR:O`), checked to be one.
    pub fn rootfs_dir(
        &self,
        arg: &str,
    ) -> anyhow::Result<Option<crate::engine::container::create::RootfsDir>> {
        if !self.rootfs {
            return Ok(None);
        }
        let (dir, overlay) = match arg.strip_suffix(":O") {
            Some(d) => (d, true),
            None => (arg, false),
        };
        let path =
            std::fs::canonicalize(dir).map_err(|e| anyhow::anyhow!("--rootfs {dir}: {e}"))?;
        if !path.is_dir() {
            bail!("--rootfs {dir}: not a directory");
        }
        Ok(Some(crate::engine::container::create::RootfsDir {
            path,
            overlay,
        }))
    }

    /// `--chrootdirs`, checked to be absolute paths inside.
    pub fn chrootdirs(&self) -> anyhow::Result<Vec<String>> {
        for d in &self.chrootdirs {
            if !d.starts_with('/') || d.split('/').any(|c| c == "..") {
                bail!("invalid --chrootdirs {d:?}: an absolute path inside the container");
            }
        }
        Ok(self.chrootdirs.clone())
    }

    /// Checked combinations.
    pub fn check(&self, add_hosts: bool) -> anyhow::Result<()> {
        if self.no_hosts && add_hosts {
            bail!("--no-hosts and --add-host cannot be used together");
        }
        for e in &self.env_merge {
            if e.split_once('=').is_none_or(|(k, _)| k.is_empty()) {
                bail!("invalid --env-merge {e:?}: want KEY=VALUE");
            }
        }
        Ok(())
    }
}

impl PodmanRunArgs {
    /// `--pod`, or the ID in `--pod-id-file`.
    pub fn pod(&self) -> anyhow::Result<Option<String>> {
        match (&self.pod, &self.pod_id_file) {
            (Some(_), Some(_)) => bail!("--pod and --pod-id-file cannot be given together"),
            (Some(p), None) if p.is_empty() || p == "new:" => bail!("invalid --pod {p:?}"),
            (Some(p), None) => Ok(Some(p.clone())),
            (None, Some(f)) => {
                let id = std::fs::read_to_string(f)
                    .map_err(|e| anyhow::anyhow!("--pod-id-file {}: {e}", f.display()))?;
                Ok(Some(id.trim().to_string()))
            }
            (None, None) => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issue16_podman_run_flags() {
        let host: Vec<(String, String)> = vec![
            ("HOME".into(), "/root".into()),
            ("https_proxy".into(), "http://proxy:3128".into()),
        ];
        let a = PodmanRunArgs {
            http_proxy: Some(true),
            ..Default::default()
        };
        assert_eq!(a.env_from(&host), ["https_proxy=http://proxy:3128"]);
        let a = PodmanRunArgs {
            env_host: true,
            ..Default::default()
        };
        assert_eq!(a.env_from(&host).len(), 2);
        assert!(PodmanRunArgs::default().env_from(&host).is_empty());
        assert!(PodmanRunArgs::default().env_before().is_empty());
        let m = |s: &str| {
            PodmanRunArgs {
                umask: Some(s.into()),
                ..Default::default()
            }
            .umask()
        };
        assert_eq!(m("0077").unwrap(), Some(0o77));
        assert!(m("999").is_err() && m("01777").is_err());
        let t = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(t.path().join("Europe")).unwrap();
        std::fs::write(t.path().join("Europe/Berlin"), "TZif").unwrap();
        let tz = |s: &str| {
            PodmanRunArgs {
                tz: Some(s.into()),
                ..Default::default()
            }
            .tz_volume(t.path())
        };
        assert!(
            tz("Europe/Berlin")
                .unwrap()
                .unwrap()
                .ends_with("Europe/Berlin:/etc/localtime:ro")
        );
        for bad in [
            "../etc/passwd",
            "/etc/passwd",
            "Europe/Nowhere",
            "Europe",
            "",
        ] {
            assert!(tz(bad).is_err(), "{bad}");
        }
        let hu = PodmanRunArgs {
            hostuser: vec!["alice".into(), "0".into()],
            ..Default::default()
        };
        let passwd = "root:x:0:0:root:/root:/bin/sh\nalice:x:1000:1000::/home/alice:/bin/sh\n";
        assert_eq!(hu.hostuser_lines(passwd).unwrap().len(), 2);
        assert!(
            hu.hostuser_lines("root:x:0:0:root:/root:/bin/sh\n")
                .is_err()
        );
        let no_hosts = PodmanRunArgs {
            no_hosts: true,
            ..Default::default()
        };
        assert!(no_hosts.check(true).is_err() && no_hosts.check(false).is_ok());
    }
}
