//! `attach`: this terminal to a detached container's stdio, through its monitor's socket
//! (also the foreground of `run -it`, `start -ai`, `run -a` and `--sig-proxy=false`).
//! ctrl-p ctrl-q (or `--detach-keys`) detaches and leaves the container running; window
//! size changes follow; signals are passed to the container unless `--sig-proxy=false`.

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;

use clap::Args;

use crate::engine::Engine;
use crate::monitor::attach::{self, read_frame, write_frame};
use crate::runtime::pty::RawMode;

#[derive(Debug, Args)]
pub struct AttachArgs {
    /// Override the key sequence for detaching (e.g. ctrl-x,q)
    #[arg(long, value_name = "KEYS", default_value = DEFAULT_KEYS)]
    detach_keys: String,
    /// Do not attach STDIN
    #[arg(long)]
    no_stdin: bool,
    /// Proxy received signals to the container
    #[arg(long, default_value = "true", action = clap::ArgAction::Set, value_name = "BOOL")]
    sig_proxy: bool,
    /// Act on the latest container created (podman)
    #[arg(short = 'l', long)]
    latest: bool,
    #[arg(value_name = "CONTAINER", required_unless_present = "latest")]
    container: Option<String>,
}

/// `ctrl-p,ctrl-q` → [0x10, 0x11]; `a,b` → the letters.
pub fn parse_keys(s: &str) -> anyhow::Result<Vec<u8>> {
    if s.is_empty() {
        return Ok(Vec::new()); // docker: no detaching
    }
    s.split(',')
        .map(|k| {
            let k = k.trim();
            if let Some(c) = k.strip_prefix("ctrl-") {
                let b = match c.as_bytes() {
                    [b @ b'a'..=b'z'] | [b @ b'@'..=b'_'] => b.to_ascii_uppercase() & 0x1f,
                    _ => anyhow::bail!("invalid detach key {k:?}"),
                };
                Ok(b)
            } else if k.len() == 1 {
                Ok(k.as_bytes()[0])
            } else {
                anyhow::bail!("invalid detach key {k:?}")
            }
        })
        .collect()
}

/// Finds the detach sequence in what the user typed; returns how much to pass on before
/// it, or `None` when it is not there.
fn detach_at(seen: &[u8], keys: &[u8]) -> Option<usize> {
    if keys.is_empty() {
        return None;
    }
    seen.windows(keys.len()).position(|w| w == keys)
}

/// docker's default detach sequence.
pub const DEFAULT_KEYS: &str = "ctrl-p,ctrl-q";

/// What a client attaches to.
pub struct Session {
    /// The detach sequence (empty: none).
    pub keys: Vec<u8>,
    pub stdin: bool,
    pub stdout: bool,
    pub stderr: bool,
    /// Signals we get go to the container; without, they take their default course here.
    pub sig_proxy: bool,
}

/// How an attached session ended.
pub enum Ended {
    /// The container exited with this status.
    Exited(i32),
    /// The detach keys (or a lost connection): the container runs on.
    Detached,
}

/// `-a/--attach` of `run`: which streams (docker's STDIN, STDOUT, STDERR, any case); none
/// named: stdout, stderr and, with `-i`, stdin.
pub fn streams(named: &[String], interactive: bool) -> anyhow::Result<(bool, bool, bool)> {
    if named.is_empty() {
        return Ok((interactive, true, true));
    }
    let mut s = (false, false, false);
    for n in named {
        match n.to_ascii_lowercase().as_str() {
            "stdin" => s.0 = interactive,
            "stdout" => s.1 = true,
            "stderr" => s.2 = true,
            _ => anyhow::bail!(
                "invalid argument {n:?} for \"-a, --attach\": valid streams are STDIN, STDOUT and STDERR"
            ),
        }
    }
    Ok(s)
}

pub fn attach(engine: &Engine, a: AttachArgs) -> anyhow::Result<i32> {
    let session = Session {
        keys: parse_keys(&a.detach_keys)?,
        stdin: !a.no_stdin,
        stdout: true,
        stderr: true,
        sig_proxy: a.sig_proxy,
    };
    let name = super::latest::one(engine, a.latest, a.container, &mut Vec::new())?;
    Ok(match attach_to(engine, &name, session)? {
        Ended::Exited(code) => code,
        Ended::Detached => 0,
    })
}

/// Attaches this terminal to the container's monitor until the container exits or the
/// detach keys are typed.
pub fn attach_to(engine: &Engine, container: &str, s: Session) -> anyhow::Result<Ended> {
    let keys = s.keys;
    let (config, sock) = engine.attach_socket(container)?;
    let tty = config.spec.process.terminal;
    let want_stdin = s.stdin && config.spec.process.open_stdin;
    let mut conn: UnixStream = attach::connect(&sock)?;
    // A container that ended at once may have had its monitor stream everything and close
    // before we say hello: what it sent is still there to read.
    if let Err(e) = write_frame(
        &mut conn,
        attach::HELLO,
        if want_stdin { b"stdin" } else { b"" },
    ) && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        return Err(e.into());
    }
    let _raw = (tty && want_stdin).then(RawMode::enter);
    let send_size = |c: &mut UnixStream| {
        if let Ok(ws) = rustix::termios::tcgetwinsize(std::io::stdout()) {
            let _ = write_frame(
                c,
                attach::RESIZE,
                format!("{} {}", ws.ws_row, ws.ws_col).as_bytes(),
            );
        }
    };
    if tty {
        send_size(&mut conn);
    }
    // Signals: a resize is sent on; others go to the container (sig-proxy).
    let mut sig_conn = conn.try_clone()?;
    let id = config.id.clone();
    let ctx = engine.context().clone();
    let proxy = s.sig_proxy;
    let proxied: &[i32] = if proxy {
        &[
            libc::SIGWINCH,
            libc::SIGTERM,
            libc::SIGINT,
            libc::SIGHUP,
            libc::SIGQUIT,
            libc::SIGUSR1,
            libc::SIGUSR2,
        ]
    } else {
        &[libc::SIGWINCH]
    };
    let signals = signal_hook::iterator::Signals::new(proxied);
    if let Ok(mut signals) = signals {
        std::thread::spawn(move || {
            let engine = Engine::new(ctx);
            for sig in signals.forever() {
                if sig == libc::SIGWINCH {
                    send_size(&mut sig_conn);
                } else if proxy {
                    let _ = engine.kill_container(&id, sig);
                }
            }
        });
    }
    if want_stdin {
        let mut input_conn = conn.try_clone()?;
        std::thread::spawn(move || {
            let mut stdin = std::io::stdin().lock();
            let mut buf = [0u8; 4096];
            let mut seen: Vec<u8> = Vec::new();
            loop {
                let n = match stdin.read(&mut buf) {
                    Ok(0) | Err(_) => {
                        let _ = write_frame(&mut input_conn, attach::STDIN_EOF, b"");
                        return;
                    }
                    Ok(n) => n,
                };
                seen.extend_from_slice(&buf[..n]);
                if let Some(at) = detach_at(&seen, &keys) {
                    let _ = write_frame(&mut input_conn, attach::STDIN, &seen[..at]);
                    let _ = input_conn.shutdown(std::net::Shutdown::Both);
                    return;
                }
                // Keep a possible start of the sequence back until it is complete.
                let keep = (1..keys.len())
                    .rev()
                    .find(|k| seen.ends_with(&keys[..*k]))
                    .unwrap_or(0);
                let send = seen.len() - keep;
                if send > 0 && write_frame(&mut input_conn, attach::STDIN, &seen[..send]).is_err() {
                    return;
                }
                seen.drain(..send);
            }
        });
    }
    let mut out = std::io::stdout();
    let mut err = std::io::stderr();
    loop {
        match read_frame(&mut conn) {
            Ok(Some((attach::STDOUT, data))) => {
                if s.stdout {
                    out.write_all(&data)?;
                    out.flush()?;
                }
            }
            Ok(Some((attach::STDERR, data))) => {
                if s.stderr {
                    err.write_all(&data)?;
                }
            }
            Ok(Some((attach::EXIT, data))) => {
                let code = String::from_utf8_lossy(&data).trim().parse().unwrap_or(0);
                return Ok(Ended::Exited(code));
            }
            Ok(Some(_)) => {}
            // Detached (or the monitor went away): the container keeps running.
            Ok(None) | Err(_) => {
                if tty {
                    eprintln!("\r");
                }
                return Ok(Ended::Detached);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detach_keys_parse_and_match() {
        assert_eq!(parse_keys("ctrl-p,ctrl-q").unwrap(), vec![0x10, 0x11]);
        assert_eq!(parse_keys("ctrl-x,q").unwrap(), vec![0x18, b'q']);
        assert!(parse_keys("ctrl-").is_err() && parse_keys("abc").is_err());
        assert!(parse_keys("").unwrap().is_empty());
        assert_eq!(streams(&[], true).unwrap(), (true, true, true));
        assert_eq!(streams(&[], false).unwrap(), (false, true, true));
        let named = ["STDOUT".to_string(), "stdin".to_string()];
        assert_eq!(streams(&named, true).unwrap(), (true, true, false));
        assert_eq!(streams(&named, false).unwrap(), (false, true, false));
        assert!(streams(&["tty".to_string()], true).is_err());
        assert_eq!(detach_at(b"ls\x10\x11", &[0x10, 0x11]), Some(2));
        assert_eq!(detach_at(b"ls\x10", &[0x10, 0x11]), None);
    }
}
