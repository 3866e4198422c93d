//! COPY and ADD: sources from the context, another stage, an image, here-documents or
//! URLs; archives unpacked; owners from the image's /etc/passwd and /etc/group.

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::PermissionsExt;

use super::*;
use crate::util::ids::parse_id;

impl Builder<'_> {
    pub(super) fn copy(
        &self,
        at: &Here<'_>,
        st: &mut State,
        ins: &Instruction,
        x: &Expander<'_>,
    ) -> Result<(), BuildError> {
        let kw = ins.keyword.as_str();
        let mut words = match &ins.args {
            Args::Exec(v) => v.iter().map(|w| x.word(w)).collect::<Result<Vec<_>, _>>(),
            Args::Shell(s) => x.words(s),
        }
        .map_err(|m| self.err(ins, m.0))?;
        // here-documents become files named after them
        let heredoc_names: Vec<String> = ins.heredocs.iter().map(|h| h.name.clone()).collect();
        words.retain(|w| !w.starts_with("<<"));
        let dest_raw = words
            .pop()
            .ok_or_else(|| self.err(ins, format!("{kw} requires a source and a destination")))?;
        if words.is_empty() && heredoc_names.is_empty() {
            return Err(self.err(ins, format!("{kw} requires a source and a destination")));
        }
        let rc = run_config(&st.config);
        let workdir = rc.working_dir.clone().unwrap_or_else(|| "/".into());
        let mut dest = if dest_raw.starts_with('/') {
            dest_raw.clone()
        } else {
            format!("{}/{dest_raw}", workdir.trim_end_matches('/'))
        };
        if dest_raw.ends_with('/') && !dest.ends_with('/') {
            dest.push('/');
        }
        // the base's files are looked at only where they decide something: a destination
        // without a trailing slash, a --chown name, and the copy itself (not when cached)
        let chown = ins.flag("chown").and_then(|f| f.value.as_deref());
        let mut view = if dest.ends_with('/') && chown.is_none() {
            None
        } else {
            Some(self.layers(st)?)
        };
        let dest_is_dir = dest.ends_with('/')
            || view.as_ref().is_some_and(|v| {
                v.lookup(dest.trim_start_matches('/').trim_end_matches('/'))
                    .is_some_and(|(_, m)| m.is_dir())
            });
        let owner = match (chown, &view) {
            (Some(c), Some(v)) => {
                Some(self.owner(ins, &x.word(c).map_err(|m| self.err(ins, m.0))?, v)?)
            }
            _ => None,
        };
        let mode = match ins.flag("chmod").and_then(|f| f.value.as_deref()) {
            Some(m) => Some(
                u32::from_str_radix(m, 8)
                    .ok()
                    .filter(|m| *m <= 0o7777)
                    .ok_or_else(|| self.err(ins, format!("invalid --chmod {m:?}: want octal")))?,
            ),
            None => None,
        };
        let work = self.engine.work_dir()?;
        // heredoc files are written into the work dir and copied from there
        let docs = work.path().join("heredocs");
        let mut items = Vec::new();
        if !heredoc_names.is_empty() {
            fs::create_dir(&docs).map_err(crate::engine::EngineError::from)?;
            for h in &ins.heredocs {
                fs::write(docs.join(&h.name), &h.content)
                    .map_err(crate::engine::EngineError::from)?;
            }
            let none = Ignore::default();
            let src = Source::Context {
                root: &docs,
                ignore: &none,
            };
            items.extend(
                copy::plan(
                    &src,
                    &heredoc_names,
                    &dest,
                    dest_is_dir || heredoc_names.len() > 1,
                )
                .map_err(|m| self.err(ins, m))?,
            );
        }
        let is_url = |w: &String| w.starts_with("http://") || w.starts_with("https://");
        let urls: Vec<String> = words.iter().filter(|w| is_url(w)).cloned().collect();
        words.retain(|w| !is_url(w));
        if kw == "COPY" && !urls.is_empty() {
            return Err(self.err(ins, "COPY cannot fetch URLs: use ADD"));
        }
        if ins.flag("checksum").is_some() && (urls.len() != 1 || !words.is_empty()) {
            return Err(self.err(ins, "ADD --checksum needs exactly one URL source"));
        }
        let many = urls.len() + words.len() > 1;
        for (n, url) in urls.iter().enumerate() {
            items.extend(self.add_url(ins, url, n, &work, &dest, many || dest_is_dir, x)?);
        }
        if !words.is_empty() {
            let from_view;
            let src = match ins.flag("from").and_then(|f| f.value.as_deref()) {
                Some(f) => {
                    let f = x.word(f).map_err(|m| self.err(ins, m.0))?;
                    let stage = Plan::stage_named(&at.plan.stages, at.stage, &f);
                    from_view =
                        match (stage, self.context_view(&f)) {
                            // a directory build context of that name (a stage's name wins)
                            (None, Some(v)) => v,
                            (Some(i), _) => self.layers(at.done.get(&i).ok_or_else(|| {
                                self.err(ins, format!("stage {f} was not built"))
                            })?)?,
                            (None, None) => {
                                let (id, config) = self.image(&f)?;
                                self.layers(&State {
                                    config,
                                    key: id.to_string(),
                                    args: BTreeMap::new(),
                                    epoch: 0,
                                    inherited: 0,
                                    base_layers: 0,
                                })?
                            }
                        };
                    Source::Image(&from_view)
                }
                None => Source::Context {
                    root: &self.opts.context,
                    ignore: &self.ignore,
                },
            };
            let mut planned =
                copy::plan(&src, &words, &dest, dest_is_dir).map_err(|m| self.err(ins, m))?;
            if kw == "ADD" && ins.flag("from").is_none() {
                planned = self.add_archives(ins, planned, &work, &dest)?;
            }
            items.extend(planned);
        }
        let digest = copy::digest(&items).map_err(|m| self.err(ins, m))?;
        let flags: Vec<String> = ins
            .flags
            .iter()
            .map(|f| format!("--{}={}", f.name, f.value.clone().unwrap_or_default()))
            .collect();
        st.key = hash(&[&st.key, kw, &flags.join(" "), &dest, &digest]);
        let created_by = format!(
            "{kw} {text} # {digest}",
            text = words.join(" ") + " " + &dest_raw
        );
        if let Some(l) = self.cached(at, &st.key) {
            self.out.cached();
            self.add_layer(st, l, created_by);
            return Ok(());
        }
        let view = match view.take() {
            Some(v) => v,
            None => self.layers(st)?,
        };
        let staging = work.path().join("layer");
        fs::create_dir(&staging).map_err(crate::engine::EngineError::from)?;
        copy::stage(&items, &staging, Overrides { owner, mode }, &view)
            .map_err(|m| self.err(ins, m))?;
        let layer = self.engine.layer_from_dir(&staging, self.pack(st))?;
        self.remember(&st.key, &layer);
        self.add_layer(st, layer, created_by);
        Ok(())
    }

    /// ADD URL: downloaded (checked against `--checksum`), mode 0600, its mtime from
    /// `Last-Modified`; never unpacked.
    #[allow(clippy::too_many_arguments)]
    fn add_url(
        &self,
        ins: &Instruction,
        url: &str,
        n: usize,
        work: &crate::store::work::WorkDir,
        dest: &str,
        into_dir: bool,
        x: &Expander<'_>,
    ) -> Result<Vec<copy::Item>, BuildError> {
        let dir = work.path().join(format!("url-{n}"));
        fs::create_dir(&dir)?;
        // the last element of the URL's path (docker's choice of file name)
        let path = url
            .split_once("://")
            .and_then(|(_, rest)| rest.split_once('/'))
            .map_or("", |(_, p)| p);
        let name = path
            .split(['?', '#'])
            .next()
            .and_then(|p| p.trim_end_matches('/').rsplit('/').next())
            .filter(|n| !n.is_empty() && *n != "." && *n != "..")
            .ok_or_else(|| self.err(ins, format!("ADD {url}: the URL names no file")))?
            .to_string();
        let file = dir.join(&name);
        let got = crate::registry::download::download(url, &file)
            .map_err(|e| self.err(ins, format!("ADD {url}: {e}")))?;
        if let Some(want) = ins.flag("checksum").and_then(|f| f.value.as_deref()) {
            let want = x.word(want).map_err(|m| self.err(ins, m.0))?;
            if got.digest.to_string() != want {
                return Err(self.err(
                    ins,
                    format!(
                        "ADD {url}: checksum mismatch: want {want}, got {}",
                        got.digest
                    ),
                ));
            }
        }
        fs::set_permissions(&file, fs::Permissions::from_mode(0o600))?;
        if let Some(t) = got
            .last_modified
            .as_deref()
            .and_then(crate::util::time::parse_http_date)
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        {
            let ts = rustix::fs::Timespec {
                tv_sec: t.as_secs() as i64,
                tv_nsec: 0,
            };
            let _ = rustix::fs::utimensat(
                rustix::fs::CWD,
                &file,
                &rustix::fs::Timestamps {
                    last_access: ts,
                    last_modification: ts,
                },
                rustix::fs::AtFlags::empty(),
            );
        }
        let none = Ignore::default();
        let src = Source::Context {
            root: &dir,
            ignore: &none,
        };
        copy::plan(&src, &[name], dest, into_dir).map_err(|m| self.err(ins, m))
    }

    /// ADD: local tar archives (plain, gzip, zstd) are unpacked at the destination.
    fn add_archives(
        &self,
        ins: &Instruction,
        items: Vec<copy::Item>,
        work: &crate::store::work::WorkDir,
        dest: &str,
    ) -> Result<Vec<copy::Item>, BuildError> {
        let mut out = Vec::new();
        for (n, i) in items.into_iter().enumerate() {
            let mut head = [0u8; 262];
            let kind = if i.meta.is_file() {
                use std::io::Read;
                let got = fs::File::open(&i.src)
                    .and_then(|mut f| f.read(&mut head))
                    .unwrap_or(0);
                if got >= 2 && head[..2] == [0x1f, 0x8b] {
                    Some("gzip")
                } else if got >= 4 && head[..4] == [0x28, 0xb5, 0x2f, 0xfd] {
                    Some("zstd")
                } else if got >= 6 && head[..6] == [0xfd, b'7', b'z', b'X', b'Z', 0] {
                    Some("xz")
                } else if got >= 3 && &head[..3] == b"BZh" {
                    Some("bzip2")
                } else if got >= 262 && &head[257..262] == b"ustar" {
                    Some("tar")
                } else {
                    None
                }
            } else {
                None
            };
            let Some(kind) = kind else {
                out.push(i);
                continue;
            };
            let dir = work.path().join(format!("archive-{n}"));
            fs::create_dir(&dir).map_err(crate::engine::EngineError::from)?;
            let f = fs::File::open(&i.src).map_err(crate::engine::EngineError::from)?;
            // xz and bzip2 through the host's tools (no decoder is built in)
            let mut helper = None;
            let reader: Box<dyn std::io::Read> = match kind {
                "gzip" => Box::new(flate2::read::GzDecoder::new(f)),
                "zstd" => Box::new(
                    zstd::stream::read::Decoder::new(f)
                        .map_err(crate::engine::EngineError::from)?,
                ),
                "xz" | "bzip2" => {
                    let mut child = std::process::Command::new(kind)
                        .arg("-dc")
                        .stdin(f)
                        .stdout(std::process::Stdio::piped())
                        .spawn()
                        .map_err(|e| {
                            self.err(
                                ins,
                                format!("{kind} (needed to unpack {}): {e}", i.src.display()),
                            )
                        })?;
                    let out = child
                        .stdout
                        .take()
                        .ok_or_else(|| self.err(ins, format!("{kind}: no output")))?;
                    helper = Some(child);
                    Box::new(out)
                }
                _ => Box::new(f),
            };
            // only a tar is unpacked; other compressed files are copied as they are
            let mut reader = std::io::BufReader::with_capacity(64 * 1024, reader);
            let is_tar = std::io::BufRead::fill_buf(&mut reader)
                .map(|b| b.len() >= 262 && &b[257..262] == b"ustar")
                .unwrap_or(false);
            if !is_tar {
                if let Some(mut c) = helper {
                    let _ = c.kill();
                    let _ = c.wait();
                }
                let _ = fs::remove_dir(&dir);
                out.push(i);
                continue;
            }
            let unpacked = crate::store::unpack::unpack(
                reader,
                &dir,
                crate::store::unpack::UnpackOptions::layer(self.engine.context().rootless),
            )
            .map_err(|e| self.err(ins, format!("unpacking {}: {e}", i.src.display())));
            if let Some(mut c) = helper {
                let _ = c.wait();
            }
            unpacked?;
            let none = Ignore::default();
            let src = Source::Context {
                root: &dir,
                ignore: &none,
            };
            let d = if dest.ends_with('/') {
                dest.to_string()
            } else {
                format!("{dest}/")
            };
            out.extend(copy::plan(&src, &[".".into()], &d, true).map_err(|m| self.err(ins, m))?);
        }
        Ok(out)
    }

    /// `--chown user[:group]`: numbers, or names from the image's /etc/passwd and /etc/group.
    fn owner(
        &self,
        ins: &Instruction,
        spec: &str,
        view: &Layered,
    ) -> Result<(u32, u32), BuildError> {
        let (u, g) = spec
            .split_once(':')
            .map_or((spec, None), |(u, g)| (u, Some(g)));
        let find = |file: &str, name: &str, field: usize| -> Option<u32> {
            let text = String::from_utf8(view.read(file)?).ok()?;
            text.lines().find_map(|l| {
                let f: Vec<&str> = l.split(':').collect();
                (f.first() == Some(&name))
                    .then(|| parse_id(f.get(field)?))
                    .flatten()
            })
        };
        crate::util::ids::check_user(spec).map_err(|m| self.err(ins, format!("--chown: {m}")))?;
        let uid = match parse_id(u) {
            Some(n) => n,
            None => find("etc/passwd", u, 2)
                .ok_or_else(|| self.err(ins, format!("unknown user {u:?} in --chown")))?,
        };
        let gid = match g {
            None => match parse_id(u) {
                Some(_) => uid,
                None => find("etc/passwd", u, 3).unwrap_or(uid),
            },
            Some(g) => match parse_id(g) {
                Some(n) => n,
                None => find("etc/group", g, 2)
                    .ok_or_else(|| self.err(ins, format!("unknown group {g:?} in --chown")))?,
            },
        };
        Ok((uid, gid))
    }
}
