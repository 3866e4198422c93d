//! The command line before clap reads it: docker's rule that a `run`/`create`/`exec`
//! command's options end at the image, and `docker-compose` (a link to skiff) as
//! `skiff compose`.

use clap::CommandFactory;

use super::Cli;

/// The index just past the options of `cmd` starting at `from` (the first positional), or
/// `None` at a `--` or the end.
fn first_positional(
    cmd: &clap::Command,
    argv: &[std::ffi::OsString],
    from: usize,
) -> Option<usize> {
    let takes_value = |a: &clap::Arg| a.get_action().takes_values() && !a.is_require_equals_set();
    let mut i = from;
    while i < argv.len() {
        let t = argv[i].to_string_lossy();
        if t == "--" {
            return None;
        }
        if let Some(long) = t.strip_prefix("--") {
            if !long.contains('=')
                && cmd
                    .get_arguments()
                    .find(|a| {
                        a.get_long() == Some(long)
                            || a.get_all_aliases().is_some_and(|al| al.contains(&long))
                    })
                    .is_some_and(takes_value)
            {
                i += 1;
            }
        } else if t.len() > 1 && t.starts_with('-') {
            for (k, c) in t.char_indices().skip(1) {
                if cmd
                    .get_arguments()
                    .find(|a| a.get_short() == Some(c))
                    .is_some_and(takes_value)
                {
                    if k + c.len_utf8() == t.len() {
                        i += 1; // its value is the next word
                    }
                    break;
                }
            }
        } else {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// docker's rule that options end at the image (`run IMAGE -c …` runs `-c …`): a `--` is
/// put after the first positional of run, create and exec, which clap would otherwise read
/// known flags past.
pub(super) fn image_terminator(mut argv: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let top = Cli::command();
    let Some(mut at) = first_positional(&top, &argv, 1) else {
        return argv;
    };
    let mut cmd = top;
    loop {
        let name = argv[at].to_string_lossy().into_owned();
        let Some(sub) = cmd.find_subcommand(&name).cloned() else {
            return argv;
        };
        let real = sub.get_name().to_string();
        if matches!(real.as_str(), "run" | "create" | "exec") {
            if let Some(p) = first_positional(&sub, &argv, at + 1)
                && p + 1 < argv.len()
            {
                argv.insert(p + 1, "--".into());
            }
            return argv;
        }
        if real != "container" {
            return argv;
        }
        let Some(next) = first_positional(&sub, &argv, at + 1) else {
            return argv;
        };
        at = next;
        cmd = sub;
    }
}

/// Called as `docker-compose` (a link to skiff), the arguments are `compose`'s.
pub(super) fn compose_alias(mut argv: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let called = argv
        .first()
        .and_then(|a| std::path::Path::new(a).file_name())
        .is_some_and(|n| n == "docker-compose");
    if called {
        argv.insert(1, "compose".into());
    }
    argv
}
