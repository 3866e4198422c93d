//! L0: the one `Context` built at start-up from flags, environment and config files:
//! where things live, whether we run rootless, and registry settings.
//!
//! This is the only module that asks "am I root?" — the rootless seam.

pub mod cdi;
pub mod file;
pub mod foreign;
pub mod idmap;
pub mod registries;
pub mod userns;

use std::path::{Path, PathBuf};

pub use file::{ConfigError, FileConfig};
pub use registries::{Endpoint, RegistrySettings};

#[derive(Clone, Debug)]
pub struct Context {
    /// Persistent store (images, layers, containers).
    pub root: PathBuf,
    /// Per-boot runtime state (sockets, pids, locks).
    pub runroot: PathBuf,
    pub rootless: bool,
    pub registries: RegistrySettings,
    /// Config files that were read, in order.
    pub config_files: Vec<PathBuf>,
    /// Where skiff's own credentials live (`login` writes it; pulls read it).
    pub auth_file: PathBuf,
    /// `[network]` from the config files.
    pub network: file::NetworkTable,
    /// `[storage]` from the config files (and `--storage-opt`).
    pub storage: file::StorageTable,
    /// The `--storage-opt`s this command was given (or inherited): a child skiff process
    /// gets them too (`SKIFF_STORAGE_OPTS`).
    pub storage_opts: Vec<String>,
    /// Defaults for new containers (`[containers]`, daemon.json, containers.conf).
    pub containers: file::ContainersTable,
    /// Where events go (`--events-backend`, containers.conf's `events_logger`).
    pub events_logger: EventsLogger,
    /// Where CDI device specs are looked for.
    pub cdi_spec_dirs: Vec<PathBuf>,
    /// Empty for the default store; for another `--root`, a short id of it that names the
    /// host-wide objects the store makes (firewall table and chains, default bridge), so
    /// that two stores on one host never take each other's.
    pub scope: String,
}

/// Settings from global flags, before defaults are applied.
#[derive(Clone, Debug, Default)]
pub struct GlobalOptions {
    pub root: Option<PathBuf>,
    pub runroot: Option<PathBuf>,
    /// `--events-backend`.
    pub events_backend: Option<String>,
    /// podman's global `--storage-opt` (`overlay.mount_program=PATH`; see
    /// `storage_opts`).
    pub storage_opts: Vec<String>,
}

/// podman's global `--storage-opt KEY=VALUE` applied to the storage settings: the overlay
/// driver's `mount_program` (fuse-overlayfs) is what skiff's store has; an empty value
/// (`--storage-opt ""`, "no options") changes nothing; the rest is refused with the
/// reason.
pub fn storage_opts(opts: &[String], storage: &mut file::StorageTable) -> Result<(), String> {
    for o in opts.iter().filter(|o| !o.is_empty()) {
        match o.split_once('=') {
            Some(("overlay.mount_program" | "overlay2.mount_program", p)) if !p.is_empty() => {
                storage.mount_program = Some(p.to_string());
            }
            Some(("overlay.mountopt" | "overlay2.mountopt", _)) => {
                return Err(format!(
                    "{o}: skiff chooses the overlay mount options itself"
                ));
            }
            _ => {
                return Err(format!(
                    "{o}: not a storage option skiff has (overlay.mount_program=PATH)"
                ));
            }
        }
    }
    Ok(())
}

/// Where events are recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventsLogger {
    /// `ROOT/events.log` (podman's `file`; `journald` is accepted and means the same here).
    File,
    /// Nowhere.
    None,
}

impl EventsLogger {
    pub fn parse(s: &str) -> Option<EventsLogger> {
        match s {
            "file" | "journald" => Some(EventsLogger::File),
            "none" => Some(EventsLogger::None),
            _ => None,
        }
    }

    /// Its name, for a child process (`SKIFF_EVENTS_BACKEND`).
    pub fn as_str(self) -> &'static str {
        match self {
            EventsLogger::File => "file",
            EventsLogger::None => "none",
        }
    }
}

/// An ordinary user's runtime dir: `$XDG_RUNTIME_DIR` (made by systemd-logind at login),
/// which must be a directory the user owns — per-boot state of theirs (monitor sockets,
/// locks) must never sit where somebody else can reach it.
fn user_runtime_dir(xdg: Option<&Path>, uid: u32) -> Result<PathBuf, ConfigError> {
    use std::os::unix::fs::MetadataExt;
    let fix = format!(
        "log in through a session that sets it (systemd-logind; 'loginctl enable-linger' for services), export XDG_RUNTIME_DIR=/run/user/{uid} when that exists, or give --runroot DIR"
    );
    let Some(dir) = xdg.filter(|d| !d.as_os_str().is_empty()) else {
        return Err(ConfigError::RuntimeDir(format!(
            "XDG_RUNTIME_DIR is not set: skiff keeps an ordinary user's runtime state there; {fix}"
        )));
    };
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() && m.uid() == uid => Ok(dir.to_path_buf()),
        Ok(m) if m.is_dir() => Err(ConfigError::RuntimeDir(format!(
            "XDG_RUNTIME_DIR {} is owned by uid {}, not by you (uid {uid}); {fix}",
            dir.display(),
            m.uid()
        ))),
        Ok(_) => Err(ConfigError::RuntimeDir(format!(
            "XDG_RUNTIME_DIR {} is not a directory; {fix}",
            dir.display()
        ))),
        Err(e) => Err(ConfigError::RuntimeDir(format!(
            "XDG_RUNTIME_DIR {}: {e}; {fix}",
            dir.display()
        ))),
    }
}

/// See [`Context::scope`]: 8 hex digits of the store's absolute path.
fn store_scope(root: &Path, default_root: &Path) -> String {
    let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let root = abs(root);
    if root == abs(default_root) {
        return String::new();
    }
    let mut h = crate::oci::digest::Hasher::new(crate::oci::digest::Algorithm::Sha256);
    h.update(root.as_os_str().as_encoded_bytes());
    h.finish().hex()[..8].to_string()
}

impl Context {
    pub fn new(opts: &GlobalOptions) -> Result<Self, ConfigError> {
        let env = Env::from_process();
        let rootless = !crate::sys::is_root();
        Self::build(opts, &env, rootless)
    }

    fn build(opts: &GlobalOptions, env: &Env, rootless: bool) -> Result<Self, ConfigError> {
        let home = env.home.clone();
        let data_home = env
            .xdg_data_home
            .clone()
            .unwrap_or_else(|| home.join(".local/share"));
        let config_home = env
            .xdg_config_home
            .clone()
            .unwrap_or_else(|| home.join(".config"));
        let default_root = if rootless {
            data_home.join("skiff")
        } else {
            PathBuf::from("/var/lib/skiff")
        };
        let root = opts.root.clone().unwrap_or_else(|| default_root.clone());
        let scope = store_scope(&root, &default_root);
        let runroot = match (&opts.runroot, rootless) {
            (Some(r), _) => r.clone(),
            (None, false) => PathBuf::from("/run/skiff"),
            (None, true) => {
                user_runtime_dir(env.xdg_runtime_dir.as_deref(), env.uid)?.join("skiff")
            }
        };
        let candidates: Vec<PathBuf> = match &env.skiff_config {
            Some(p) => vec![p.clone()],
            None => vec![
                PathBuf::from("/etc/skiff/config.toml"),
                config_home.join("skiff/config.toml"),
            ],
        };
        // docker's and the containers ecosystem's files first: skiff's own win
        let foreign = foreign::Sources::find(
            &config_home,
            rootless,
            env.skiff_config.is_none(),
            &|k: &str| env.foreign.get(k).cloned(),
        );
        let (mut config, mut config_files) = foreign.load().map_err(ConfigError::Foreign)?;
        for path in candidates {
            if let Some(c) = FileConfig::load(&path)? {
                config = config.merge(c);
                config_files.push(path);
            }
        }
        let network = config.network.clone().unwrap_or_default();
        let mut storage = config.storage.clone().unwrap_or_default();
        let given = [env.storage_opts.as_slice(), opts.storage_opts.as_slice()].concat();
        storage_opts(&given, &mut storage).map_err(|message| ConfigError::Parse {
            path: PathBuf::from("--storage-opt"),
            message,
        })?;
        let containers = config.containers.clone().unwrap_or_default();
        let events_logger = match opts
            .events_backend
            .clone()
            .or_else(|| env.events_backend.clone())
            .or_else(|| config.events_logger.clone())
        {
            None => EventsLogger::File,
            Some(v) => EventsLogger::parse(&v).ok_or_else(|| ConfigError::Parse {
                path: PathBuf::from("events logger"),
                message: format!("{v:?}: use file, journald or none"),
            })?,
        };
        let cdi_spec_dirs = config
            .cdi_spec_dirs
            .clone()
            .unwrap_or_else(|| cdi::DEFAULT_DIRS.iter().map(PathBuf::from).collect());
        Ok(Context {
            network,
            storage,
            storage_opts: given,
            containers,
            events_logger,
            cdi_spec_dirs,
            root,
            runroot,
            rootless,
            registries: RegistrySettings::from_config(config),
            config_files,
            auth_file: config_home.join("skiff/auth.json"),
            scope,
        })
    }

    /// Credential files to read, most specific first (see `registry::credentials`).
    pub fn auth_file_candidates(&self) -> Vec<PathBuf> {
        let env = Env::from_process();
        let mut v = vec![self.auth_file.clone()];
        if let Some(rt) = &env.xdg_runtime_dir {
            v.push(rt.join("containers/auth.json"));
        }
        v.push(env.home.join(".config/containers/auth.json"));
        let docker = match std::env::var_os("DOCKER_CONFIG") {
            Some(d) => PathBuf::from(d).join("config.json"),
            None => env.home.join(".docker/config.json"),
        };
        v.push(docker);
        v
    }
}

/// The environment variables the context depends on, read once.
struct Env {
    uid: u32,
    home: PathBuf,
    xdg_data_home: Option<PathBuf>,
    xdg_config_home: Option<PathBuf>,
    xdg_runtime_dir: Option<PathBuf>,
    skiff_config: Option<PathBuf>,
    /// The variables naming single foreign config files (see `foreign::Sources::find`).
    foreign: std::collections::BTreeMap<&'static str, PathBuf>,
    /// `SKIFF_EVENTS_BACKEND`: the events logger a parent command chose.
    events_backend: Option<String>,
    /// `SKIFF_STORAGE_OPTS`: a parent command's `--storage-opt`s, one per line.
    storage_opts: Vec<String>,
}

impl Env {
    fn from_process() -> Self {
        let var = |k: &str| {
            std::env::var_os(k)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
                .filter(|p| p.is_absolute())
        };
        let uid = crate::sys::effective_ids().0;
        Env {
            uid,
            home: var("HOME").unwrap_or_else(|| home_from_passwd(uid, Path::new("/etc/passwd"))),
            xdg_data_home: var("XDG_DATA_HOME"),
            xdg_config_home: var("XDG_CONFIG_HOME"),
            xdg_runtime_dir: var("XDG_RUNTIME_DIR"),
            skiff_config: var("SKIFF_CONFIG"),
            foreign: [
                "SKIFF_DAEMON_JSON",
                "CONTAINERS_REGISTRIES_CONF",
                "CONTAINERS_CONF",
            ]
            .into_iter()
            .filter_map(|k| var(k).map(|p| (k, p)))
            .collect(),
            events_backend: std::env::var("SKIFF_EVENTS_BACKEND")
                .ok()
                .filter(|v| !v.is_empty()),
            storage_opts: std::env::var("SKIFF_STORAGE_OPTS")
                .map(|v| v.lines().map(str::to_string).collect())
                .unwrap_or_default(),
        }
    }
}

/// The home directory of `uid` from a passwd file. Parsed by hand: glibc's getpw* crash in a
/// static binary (see DEPENDENCIES.md).
fn home_from_passwd(uid: u32, passwd: &Path) -> PathBuf {
    let text = std::fs::read_to_string(passwd).unwrap_or_default();
    passwd_entry(&text, uid).map_or_else(|| PathBuf::from("/"), |(_, home)| home)
}

/// (name, home) of `uid` in a passwd file's text, parsed here: glibc's getpwuid crashes a
/// static binary on Debian's nsswitch.
pub fn passwd_entry(text: &str, uid: u32) -> Option<(String, PathBuf)> {
    text.lines().find_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        (f.len() >= 7 && crate::util::ids::parse_id(f[2]) == Some(uid))
            .then(|| (f[0].to_string(), PathBuf::from(f[5])))
    })
}

/// The host's name for `uid` (from /etc/passwd).
pub fn host_user_name(uid: u32) -> Option<String> {
    let text = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd_entry(&text, uid).map(|(name, _)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(home: &str) -> Env {
        Env {
            uid: 1000,
            home: PathBuf::from(home),
            xdg_data_home: None,
            xdg_config_home: None,
            xdg_runtime_dir: Some(PathBuf::from("/run/user/1000")),
            skiff_config: Some(PathBuf::from("/nonexistent/skiff.toml")),
            foreign: Default::default(),
            events_backend: None,
            storage_opts: Vec::new(),
        }
    }

    #[test]
    fn rootless_defaults_follow_xdg() {
        let t = tempfile::tempdir().unwrap();
        let me = crate::sys::ids().0;
        let mut e = env("/home/u");
        e.uid = me;
        e.xdg_runtime_dir = Some(t.path().to_path_buf());
        let c = Context::build(&GlobalOptions::default(), &e, true).unwrap();
        assert_eq!(c.root, Path::new("/home/u/.local/share/skiff"));
        assert_eq!(c.runroot, t.path().join("skiff"));
        assert_eq!(c.auth_file, Path::new("/home/u/.config/skiff/auth.json"));
    }

    /// Issue 14: an ordinary user's runtime dir must be set, a directory, and theirs;
    /// otherwise one error that says how to fix it (or --runroot).
    #[test]
    fn issue14_rootless_runtime_dir_is_checked() {
        let t = tempfile::tempdir().unwrap();
        let me = crate::sys::ids().0;
        let file = t.path().join("file");
        std::fs::write(&file, "").unwrap();
        for (dir, uid, want) in [
            (None, me, "is not set"),
            (Some(t.path().to_path_buf()), me + 1, "not by you"),
            (Some(file), me, "not a directory"),
            (Some(t.path().join("missing")), me, "No such file"),
        ] {
            let mut e = env("/home/u");
            e.uid = uid;
            e.xdg_runtime_dir = dir;
            let err = Context::build(&GlobalOptions::default(), &e, true)
                .unwrap_err()
                .to_string();
            assert!(err.contains(want) && err.contains("--runroot"), "{err}");
        }
        // --runroot needs none of it
        let mut e = env("/home/u");
        e.xdg_runtime_dir = None;
        let opts = GlobalOptions {
            root: None,
            runroot: Some("/tmp/rr".into()),
            ..Default::default()
        };
        assert!(Context::build(&opts, &e, true).is_ok());
    }

    #[test]
    fn rootful_defaults_and_flags() {
        let c = Context::build(&GlobalOptions::default(), &env("/root"), false).unwrap();
        assert_eq!(c.root, Path::new("/var/lib/skiff"));
        assert_eq!(c.runroot, Path::new("/run/skiff"));
        let opts = GlobalOptions {
            root: Some("/tmp/r".into()),
            runroot: Some("/tmp/rr".into()),
            ..Default::default()
        };
        let c = Context::build(&opts, &env("/root"), false).unwrap();
        assert_eq!(
            (c.root.as_path(), c.runroot.as_path()),
            (Path::new("/tmp/r"), Path::new("/tmp/rr"))
        );
    }

    #[test]
    fn home_comes_from_passwd_without_nss() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("passwd");
        std::fs::write(
            &p,
            "root:x:0:0:root:/root:/bin/sh\nu:x:1000:1000::/home/u:/bin/sh\n",
        )
        .unwrap();
        assert_eq!(home_from_passwd(1000, &p), Path::new("/home/u"));
        assert_eq!(home_from_passwd(5, &p), Path::new("/"));
    }

    #[test]
    fn issue16_global_storage_opts() {
        let mut st = file::StorageTable::default();
        storage_opts(
            &[
                "".into(),
                "overlay.mount_program=/usr/bin/fuse-overlayfs".into(),
            ],
            &mut st,
        )
        .unwrap();
        assert_eq!(st.mount_program.as_deref(), Some("/usr/bin/fuse-overlayfs"));
        for bad in [
            "overlay.mountopt=nodev",
            "size=1G",
            "overlay.mount_program=",
        ] {
            let e = storage_opts(&[bad.into()], &mut st).unwrap_err();
            assert!(e.contains(bad), "{e}");
        }
    }
}
