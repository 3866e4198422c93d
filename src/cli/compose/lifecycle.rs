//! `compose up` and `create`: the plan made, applied, and for `up` without `-d`
//! the containers' output followed (prefixed with their names) until they end or the
//! user interrupts.

use std::io::Write;
use std::sync::mpsc;
use std::time::Duration;

use clap::Args;
use serde_json::Value;

use super::backend::EngineBackend;
use super::session::{SERVICE, Session, say};
use crate::compose::apply::Backend;
use crate::compose::apply::apply_up;
use crate::compose::plan::{UpFlags, plan_up};
use crate::engine::Engine;
use crate::engine::container::logs::LogOptions;

/// The flags `up` and `create` share.
#[derive(Debug, Args)]
pub struct MakeFlags {
    /// Build images before starting containers
    #[arg(long)]
    build: bool,
    /// Don't build an image, even if it's missing
    #[arg(long, conflicts_with = "build")]
    no_build: bool,
    /// Recreate containers even if their configuration and image haven't changed
    #[arg(long)]
    force_recreate: bool,
    /// If containers already exist, don't recreate them
    #[arg(long, conflicts_with = "force_recreate")]
    no_recreate: bool,
}

#[derive(Debug, Args)]
pub struct UpArgs {
    /// Detached mode: run containers in the background
    #[arg(short, long)]
    detach: bool,
    #[command(flatten)]
    making: MakeFlags,
    /// Don't start the services after creating them
    #[arg(long)]
    no_start: bool,
    /// Don't start linked services
    #[arg(long)]
    no_deps: bool,
    /// Remove containers for services not defined in the compose file
    #[arg(long)]
    remove_orphans: bool,
    /// Wait for services to be running|healthy (implies detached mode)
    #[arg(long)]
    wait: bool,
    /// Maximum duration in seconds to wait for the project to be running|healthy
    #[arg(long, value_name = "SECONDS")]
    wait_timeout: Option<u64>,
    /// Stops all containers if any container was stopped
    #[arg(long)]
    abort_on_container_exit: bool,
    /// Return the exit code of the selected service container (implies
    /// --abort-on-container-exit)
    #[arg(long, value_name = "SERVICE")]
    exit_code_from: Option<String>,
    /// Shutdown timeout in seconds
    #[arg(short, long)]
    timeout: Option<i64>,
    /// Scale SERVICE to NUM instances (overrides the scale setting in the file)
    #[arg(long, value_name = "SERVICE=NUM")]
    scale: Vec<String>,
    /// Pull without printing progress information
    #[arg(long)]
    quiet_pull: bool,
    /// Pull images before running: always, missing or never (default: the services'
    /// pull_policy)
    #[arg(long, value_parser = ["always", "missing", "never"])]
    pull: Option<String>,
    /// Produce monochrome output (skiff's is always)
    #[arg(long)]
    no_color: bool,
    /// Don't print prefix in logs
    #[arg(long)]
    no_log_prefix: bool,
    /// Restrict attaching to these services
    #[arg(long, value_name = "SERVICE")]
    attach: Vec<String>,
    /// Don't attach to these services
    #[arg(long, value_name = "SERVICE")]
    no_attach: Vec<String>,
    /// Attach to the dependencies of the services named too
    #[arg(long)]
    attach_dependencies: bool,
    /// Services to start (default: all)
    services: Vec<String>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[command(flatten)]
    making: MakeFlags,
    /// Remove containers for services not defined in the compose file
    #[arg(long)]
    remove_orphans: bool,
    /// Scale SERVICE to NUM instances
    #[arg(long, value_name = "SERVICE=NUM")]
    scale: Vec<String>,
    services: Vec<String>,
}

/// What `up` and `create` share.
struct Making<'a> {
    services: &'a [String],
    scale: &'a [String],
    flags: UpFlags,
    no_deps: bool,
    build: bool,
    no_build: bool,
    quiet_pull: bool,
    pull: Option<&'a str>,
    timeout: Option<i64>,
    start: bool,
}

/// The project with `--scale SERVICE=N` applied.
fn scaled(s: &Session, scale: &[String]) -> anyhow::Result<crate::compose::loader::Project> {
    let mut project = s.project.clone();
    for item in scale {
        let (svc, n) = item
            .split_once('=')
            .ok_or_else(|| anyhow::anyhow!("invalid --scale {item:?}: want SERVICE=NUM"))?;
        let n: u64 = n
            .parse()
            .map_err(|_| anyhow::anyhow!("invalid --scale {item:?}: {n:?} is not a number"))?;
        s.check_services(&[svc.to_string()])?;
        let spec = &mut project.doc["services"][svc];
        if let Some(m) = spec.as_object_mut() {
            m.insert("scale".into(), Value::from(n));
            if let Some(Value::Object(d)) = m.get_mut("deploy") {
                d.remove("replicas");
            }
        }
    }
    Ok(project)
}

/// Plans and applies; returns the services acted on, in order.
fn make(s: &Session, m: &Making) -> anyhow::Result<Vec<String>> {
    let project = scaled(s, m.scale)?;
    let s = Session {
        engine: s.engine,
        project,
        profiles: s.profiles.clone(),
    };
    let order = s.order(m.services, m.no_deps)?;
    let mut backend = EngineBackend {
        engine: s.engine,
        project: s.project.name.clone(),
        directory: s.project.directory.clone(),
        always_build: m.build,
        never_build: m.no_build,
        quiet_pull: m.quiet_pull,
        timeout: None,
        stop_timeout: m.timeout,
    };
    // images are built before planning, so a rebuilt image recreates its containers
    let mut warned = Vec::new();
    for svc in &order {
        if let Some(build) = s.project.doc["services"][svc.as_str()].get("build") {
            let spec = s.run_spec(svc, 1, &mut warned)?;
            backend
                .build(&spec, build)
                .map_err(|e| anyhow::anyhow!("building {svc}: {e}"))?;
        }
    }
    backend.never_build = true;
    let existing = s.existing()?;
    let doc = &s.project.doc;
    let steps = plan_up(&s.project.name, doc, &order, &existing, m.flags);
    // every container described (and checked) before anything is made
    let mut specs = s.specs_for(&steps)?;
    if let Some(p) = m.pull {
        for spec in specs.values_mut() {
            crate::compose::runspec::set_flag(&mut spec.flags, "--pull", p);
        }
    }
    let mut orphans = Vec::new();
    apply_up(
        doc,
        &steps,
        &specs,
        m.start,
        &mut backend,
        &mut |k, n, st| {
            if st == "Orphan" {
                orphans.push(n.to_string());
            } else {
                say(k, n, st);
            }
        },
    )?;
    if !orphans.is_empty() {
        eprintln!(
            "WARN[0000] Found orphan containers ({}) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.",
            orphans.join(", ")
        );
    }
    Ok(order)
}

pub fn create(s: &Session, c: &CreateArgs) -> anyhow::Result<i32> {
    make(
        s,
        &Making {
            services: &c.services,
            scale: &c.scale,
            flags: UpFlags {
                force_recreate: c.making.force_recreate,
                no_recreate: c.making.no_recreate,
                remove_orphans: c.remove_orphans,
                no_start: true,
            },
            no_deps: false,
            build: c.making.build,
            no_build: c.making.no_build,
            quiet_pull: false,
            pull: None,
            timeout: None,
            start: false,
        },
    )?;
    Ok(0)
}

pub fn up(s: &Session, u: &UpArgs) -> anyhow::Result<i32> {
    if let Some(svc) = &u.exit_code_from {
        s.check_services(std::slice::from_ref(svc))?;
    }
    if u.detach && (u.abort_on_container_exit || u.exit_code_from.is_some()) {
        anyhow::bail!("--abort-on-container-exit and --exit-code-from cannot be combined with -d");
    }
    // attached, the output from now on is shown (not what earlier runs printed)
    let began = std::time::SystemTime::now();
    let order = make(
        s,
        &Making {
            services: &u.services,
            scale: &u.scale,
            flags: UpFlags {
                force_recreate: u.making.force_recreate,
                no_recreate: u.making.no_recreate,
                remove_orphans: u.remove_orphans,
                no_start: u.no_start,
            },
            no_deps: u.no_deps,
            build: u.making.build,
            no_build: u.making.no_build,
            quiet_pull: u.quiet_pull,
            pull: u.pull.as_deref(),
            timeout: u.timeout,
            start: !u.no_start,
        },
    )?;
    if u.no_start {
        return Ok(0);
    }
    if u.wait {
        wait_ready(s, &order, u.wait_timeout.map(Duration::from_secs))?;
        return Ok(0);
    }
    if u.detach {
        return Ok(0);
    }
    s.check_services(&u.attach)?;
    s.check_services(&u.no_attach)?;
    let mut named = if !u.attach.is_empty() {
        u.attach.clone()
    } else if u.services.is_empty() || u.attach_dependencies {
        order.clone()
    } else {
        u.services.clone()
    };
    // `attach: false` in the file keeps a service out unless asked for with --attach
    named.retain(|n| {
        !u.no_attach.contains(n)
            && (u.attach.contains(n)
                || s.project.doc["services"][n.as_str()].get("attach") != Some(&Value::Bool(false)))
    });
    if named.is_empty() {
        // nothing to follow: as with -d
        return Ok(0);
    }
    follow(
        s,
        &named,
        &Follow {
            abort: u.abort_on_container_exit || u.exit_code_from.is_some(),
            exit_code_from: u.exit_code_from.clone(),
            prefix: !u.no_log_prefix,
            colour: super::session::colour(u.no_color),
            stop: order.clone(),
            timeout: u.timeout,
            since: began,
        },
    )
}

/// `--wait`: every container running, and healthy where it has a health check.
fn wait_ready(s: &Session, services: &[String], timeout: Option<Duration>) -> anyhow::Result<()> {
    let until = timeout.map(|t| std::time::Instant::now() + t);
    for r in s.containers(services, true, false)? {
        let name = &r.config.name;
        say("Container", name, "Waiting");
        loop {
            let doc = s.engine.inspect_container(name)?;
            let st = &doc["State"];
            let health = st.pointer("/Health/Status").and_then(Value::as_str);
            if st["Running"] != Value::Bool(true) {
                anyhow::bail!("container {name} exited ({})", st["ExitCode"]);
            }
            match health {
                None | Some("healthy") => break,
                Some("unhealthy") => anyhow::bail!("container {name} is unhealthy"),
                _ => {}
            }
            if until.is_some_and(|u| std::time::Instant::now() > u) {
                anyhow::bail!("timed out waiting for {name} to be healthy");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        say("Container", name, "Healthy");
    }
    Ok(())
}

struct Follow {
    abort: bool,
    exit_code_from: Option<String>,
    prefix: bool,
    colour: bool,
    timeout: Option<i64>,
    since: std::time::SystemTime,
    /// The services `up` started (stopped together).
    stop: Vec<String>,
}

enum Event {
    Ended(String, String),
    Interrupted,
}

/// Writes one log entry with the container's prefix (compose's `NAME  | `); the
/// container's own output, as `logs` prints it.
pub fn write_entry(out: &mut dyn Write, prefix: &str, text: &str) -> std::io::Result<()> {
    for line in text.split_inclusive('\n') {
        out.write_all(prefix.as_bytes())?;
        out.write_all(line.as_bytes())?;
        if !line.ends_with('\n') {
            out.write_all(b"\n")?;
        }
    }
    out.flush()
}

/// Follows the output of `services`' containers until all have ended; Ctrl-C stops them.
fn follow(s: &Session, services: &[String], f: &Follow) -> anyhow::Result<i32> {
    super::progress::detach();
    let rows = s.containers(services, true, false)?;
    let prefixes = super::session::prefixes(&rows, f.colour);
    let (tx, rx) = mpsc::channel::<Event>();
    let ctx = s.engine.context().clone();
    let mut running = 0;
    for (r, prefix) in rows.iter().zip(prefixes) {
        let name = r.config.name.clone();
        let service = r.config.labels.get(SERVICE).cloned().unwrap_or_default();
        let prefix = if f.prefix { prefix } else { String::new() };
        let tx = tx.clone();
        let ctx = ctx.clone();
        let since = f.since;
        running += 1;
        std::thread::spawn(move || {
            let engine = Engine::new(ctx);
            let opts = LogOptions {
                follow: true,
                since: Some(since),
                ..Default::default()
            };
            let _ = engine.container_logs(&name, &opts, &mut |e| {
                // both streams go to stdout, as compose prints them
                write_entry(&mut std::io::stdout().lock(), &prefix, &e.text).is_ok()
            });
            let _ = tx.send(Event::Ended(name, service));
        });
    }
    if let Ok(mut signals) = signal_hook::iterator::Signals::new([libc::SIGINT, libc::SIGTERM]) {
        let tx = tx.clone();
        std::thread::spawn(move || {
            for _ in signals.forever() {
                if tx.send(Event::Interrupted).is_err() {
                    return;
                }
            }
        });
    }
    let mut ended: Vec<String> = Vec::new();
    // what is stopped on exit or Ctrl-C: every container `up` started, followed or not
    let started = s.containers(&f.stop, true, false)?;
    let stop_all = |why: &str, ended: &[String]| {
        eprintln!("{why}");
        for r in started.iter().rev() {
            let name = &r.config.name;
            if !ended.contains(name) && s.engine.stop_container(name, f.timeout).is_ok() {
                say("Container", name, "Stopped");
            }
        }
    };
    let mut code = 0;
    let mut interrupted = false;
    let mut aborting = false;
    while running > 0 {
        match rx.recv() {
            Ok(Event::Ended(name, service)) => {
                running -= 1;
                ended.push(name.clone());
                let exit = s.engine.wait_container(&name).unwrap_or(0);
                println!("{name} exited with code {exit}");
                if f.exit_code_from.as_deref() == Some(service.as_str())
                    || (f.exit_code_from.is_none() && f.abort && !aborting)
                {
                    code = exit;
                }
                if f.abort && !aborting {
                    aborting = true;
                    stop_all("Aborting on container exit...", &ended);
                }
            }
            Ok(Event::Interrupted) if !interrupted => {
                interrupted = true;
                let s2 = s.engine.context().clone();
                let names: Vec<String> = started
                    .iter()
                    .rev()
                    .map(|r| r.config.name.clone())
                    .collect();
                let timeout = f.timeout;
                eprintln!("Gracefully stopping... (press Ctrl+C again to force)");
                std::thread::spawn(move || {
                    let engine = Engine::new(s2);
                    for n in names {
                        if engine.stop_container(&n, timeout).is_ok() {
                            say("Container", &n, "Stopped");
                        }
                    }
                });
            }
            Ok(Event::Interrupted) => {
                for r in &started {
                    let _ = s.engine.kill_container(&r.config.name, libc::SIGKILL);
                }
            }
            Err(_) => break,
        }
    }
    Ok(if interrupted { 130 } else { code })
}

/// `run`'s dependencies: created if need be and started, as `up -d` does.
pub fn start_services(s: &Session, services: &[String]) -> anyhow::Result<()> {
    make(
        s,
        &Making {
            services,
            scale: &[],
            flags: UpFlags::default(),
            no_deps: true,
            build: false,
            no_build: false,
            quiet_pull: false,
            pull: None,
            timeout: None,
            start: true,
        },
    )
    .map(drop)
}
