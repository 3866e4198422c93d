//! A small fake registry for what a real one will not do on demand: the Bearer token flow,
//! transient 503s, connections dropped mid-blob, stalls (for kill -9), corrupted blobs,
//! schema 1 manifests and hostile layers. HTTP/1.1 with `Connection: close`.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use base64::Engine as _;

use super::images::{Blob, Image};

#[derive(Clone, Debug, Default)]
pub enum Auth {
    #[default]
    None,
    /// Token flow: `/token` hands out a token (checking Basic creds when given here).
    Bearer(Option<(String, String)>),
}

#[derive(Clone, Debug, Default)]
pub struct Faults {
    /// The first N blob GETs answer 503.
    pub blob_503s: usize,
    /// Blob digest whose served bytes are altered.
    pub corrupt_blob: Option<String>,
    /// (digest, bytes, times): the first `times` GETs of the blob drop after `bytes`.
    pub drop_blob: Option<(String, usize, usize)>,
    /// (digest, bytes): GETs of the blob hang forever after `bytes`.
    pub stall_blob: Option<(String, usize)>,
    /// Answer Range requests with the whole blob (200).
    pub ignore_range: bool,
    /// The first N blob upload PUTs answer 500 (after reading the body).
    pub upload_500s: usize,
    /// The message of every error answer (a hostile registry's terminal escapes).
    pub error_message: Option<String>,
}

#[derive(Default)]
struct State {
    blobs: HashMap<String, Vec<u8>>,
    manifests: HashMap<String, (String, Vec<u8>)>,
    auth: Auth,
    faults: Faults,
    log: Vec<String>,
    /// Upload sessions that failed: gone, as in a real registry.
    dead_uploads: Vec<String>,
}

pub struct FakeRegistry {
    pub port: u16,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

const TOKEN: &str = "fake-token-123";
/// Handed out for scopes that include push; needed for uploads.
const PUSH_TOKEN: &str = "fake-token-push";

impl FakeRegistry {
    pub fn start(auth: Auth) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind fake registry");
        let port = listener.local_addr().expect("addr").port();
        let state = Arc::new(Mutex::new(State {
            auth,
            ..State::default()
        }));
        let stop = Arc::new(AtomicBool::new(false));
        let (st, sp) = (state.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            for conn in listener.incoming() {
                if sp.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let (st, sp) = (st.clone(), sp.clone());
                std::thread::spawn(move || {
                    let _ = serve(conn, &st, &sp, port);
                });
            }
        });
        FakeRegistry {
            port,
            state,
            stop,
            thread: Some(thread),
        }
    }

    pub fn host(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    pub fn set_faults(&self, f: Faults) {
        self.lock().faults = f;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn add_blob(&self, b: &Blob) {
        self.lock().blobs.insert(b.digest(), b.data.clone());
    }

    pub fn add_manifest(&self, repo: &str, reference: &str, m: &Blob) {
        let mut s = self.lock();
        s.manifests.insert(
            format!("{repo}:{reference}"),
            (m.media_type.clone(), m.data.clone()),
        );
        s.manifests.insert(
            format!("{repo}:{}", m.digest()),
            (m.media_type.clone(), m.data.clone()),
        );
    }

    /// Serves raw manifest bytes under a tag (anything, e.g. schema 1).
    pub fn add_raw_manifest(&self, repo: &str, tag: &str, media_type: &str, data: &[u8]) {
        self.lock().manifests.insert(
            format!("{repo}:{tag}"),
            (media_type.to_string(), data.to_vec()),
        );
    }

    pub fn push(&self, repo: &str, tag: &str, img: &Image) {
        for b in img.blobs() {
            self.add_blob(&b);
        }
        self.add_manifest(repo, tag, &img.manifest);
    }

    /// Requests seen so far, as `METHOD path`.
    pub fn log(&self) -> Vec<String> {
        self.lock().log.clone()
    }
}

impl Drop for FakeRegistry {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn respond(
    conn: &mut TcpStream,
    status: u16,
    headers: &[(&str, String)],
    body: &[u8],
) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    conn.write_all(head.as_bytes())?;
    conn.write_all(body)
}

fn read_body(
    reader: &mut impl Read,
    headers: &HashMap<String, String>,
) -> std::io::Result<Vec<u8>> {
    let len: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut data = vec![0u8; len];
    reader.read_exact(&mut data)?;
    Ok(data)
}

/// Blob uploads: `POST …/blobs/uploads/` (with `mount=&from=`), then one `PUT ?digest=`.
#[allow(clippy::too_many_arguments)]
fn upload(
    conn: &mut TcpStream,
    reader: &mut impl Read,
    state: &Mutex<State>,
    method: &str,
    rest: &str,
    repo: &str,
    query: &str,
    headers: &HashMap<String, String>,
) -> std::io::Result<()> {
    let param = |k: &str| {
        query
            .split('&')
            .find_map(|kv| kv.strip_prefix(&format!("{k}=")))
            .map(|v| v.replace("%3A", ":"))
    };
    if method == "POST" {
        if let Some(d) = param("mount")
            && state
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .blobs
                .contains_key(&d)
        {
            return respond(conn, 201, &[], b"");
        }
        let location = format!("/v2/{repo}/blobs/uploads/{}", super::random_name());
        return respond(conn, 202, &[("Location", location)], b"");
    }
    let data = read_body(reader, headers)?;
    let mut s = state.lock().unwrap_or_else(|p| p.into_inner());
    if s.dead_uploads.iter().any(|d| d == rest) {
        return respond(
            conn,
            404,
            &[],
            br#"{"errors":[{"code":"BLOB_UPLOAD_UNKNOWN","message":"blob upload unknown"}]}"#,
        );
    }
    if s.faults.upload_500s > 0 {
        s.faults.upload_500s -= 1;
        s.dead_uploads.push(rest.to_string());
        return respond(conn, 500, &[], b"upload failed");
    }
    match param("digest") {
        Some(d) if super::images::sha256(&data) == d && rest.contains("/uploads/") => {
            s.blobs.insert(d, data);
            respond(conn, 201, &[], b"")
        }
        _ => respond(
            conn,
            400,
            &[],
            br#"{"errors":[{"code":"DIGEST_INVALID","message":"digest invalid"}]}"#,
        ),
    }
}

fn serve(
    mut conn: TcpStream,
    state: &Mutex<State>,
    stop: &AtomicBool,
    port: u16,
) -> std::io::Result<()> {
    conn.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(conn.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut headers = HashMap::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" {
            break;
        }
        if let Some((k, v)) = line.trim_end().split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("").to_string();
    let target = parts.next().unwrap_or("").to_string();
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    let (auth, faults) = {
        let mut s = state.lock().unwrap_or_else(|p| p.into_inner());
        s.log.push(format!("{method} {path}"));
        (s.auth.clone(), s.faults.clone())
    };
    let json_err = |code: &str, msg: &str| {
        let msg = faults.error_message.as_deref().unwrap_or(msg);
        serde_json::json!({"errors": [{"code": code, "message": msg}]})
            .to_string()
            .into_bytes()
    };

    if path == "/token" {
        if let Auth::Bearer(Some((u, p))) = &auth {
            let want = format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"))
            );
            if headers.get("authorization") != Some(&want) {
                return respond(
                    &mut conn,
                    401,
                    &[],
                    &json_err("UNAUTHORIZED", "bad credentials"),
                );
            }
        }
        state
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .log
            .push(format!("TOKEN {query}"));
        let scope_ok = query.contains("scope=repository");
        let body = if scope_ok && query.contains("push") {
            format!(r#"{{"token":"{PUSH_TOKEN}"}}"#)
        } else if scope_ok {
            format!(r#"{{"token":"{TOKEN}"}}"#)
        } else {
            r#"{"token":"no-scope"}"#.to_string()
        };
        return respond(
            &mut conn,
            200,
            &[("Content-Type", "application/json".into())],
            body.as_bytes(),
        );
    }
    let writes = matches!(method.as_str(), "POST" | "PUT" | "PATCH" | "DELETE");
    let token = headers.get("authorization").map(String::as_str);
    let allowed = token == Some(&format!("Bearer {PUSH_TOKEN}"))
        || (!writes && token == Some(&format!("Bearer {TOKEN}")));
    if let Auth::Bearer(_) = auth
        && !allowed
    {
        let challenge = format!(
            r#"Bearer realm="http://127.0.0.1:{port}/token",service="fake",scope="repository:x:pull""#
        );
        return respond(
            &mut conn,
            401,
            &[("WWW-Authenticate", challenge)],
            &json_err("UNAUTHORIZED", "authentication required"),
        );
    }
    if path == "/v2/" || path == "/v2" {
        return respond(&mut conn, 200, &[], b"{}");
    }
    let Some(rest) = path.strip_prefix("/v2/") else {
        return respond(&mut conn, 404, &[], b"404 page not found");
    };
    if let Some(idx) = rest.find("/blobs/uploads/") {
        let repo = &rest[..idx];
        return upload(
            &mut conn,
            &mut reader,
            state,
            &method,
            rest,
            repo,
            query,
            &headers,
        );
    }
    if method == "PUT"
        && let Some(idx) = rest.rfind("/manifests/")
    {
        let (repo, reference) = (&rest[..idx], &rest[idx + "/manifests/".len()..]);
        let data = read_body(&mut reader, &headers)?;
        let digest = super::images::sha256(&data);
        let mt = headers.get("content-type").cloned().unwrap_or_default();
        let mut s = state.lock().unwrap_or_else(|p| p.into_inner());
        s.manifests
            .insert(format!("{repo}:{reference}"), (mt.clone(), data.clone()));
        s.manifests.insert(format!("{repo}:{digest}"), (mt, data));
        drop(s);
        return respond(&mut conn, 201, &[("Docker-Content-Digest", digest)], b"");
    }
    if let Some(idx) = rest.rfind("/manifests/") {
        let (repo, reference) = (&rest[..idx], &rest[idx + "/manifests/".len()..]);
        let found = state
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .manifests
            .get(&format!("{repo}:{reference}"))
            .cloned();
        return match found {
            Some((mt, data)) => {
                let digest = super::images::sha256(&data);
                let body = if method == "HEAD" { &[][..] } else { &data[..] };
                respond(
                    &mut conn,
                    200,
                    &[("Content-Type", mt), ("Docker-Content-Digest", digest)],
                    body,
                )
            }
            None => respond(
                &mut conn,
                404,
                &[],
                &json_err("MANIFEST_UNKNOWN", "manifest unknown"),
            ),
        };
    }
    if let Some(idx) = rest.rfind("/blobs/") {
        let digest = rest[idx + "/blobs/".len()..].to_string();
        let data = {
            let mut s = state.lock().unwrap_or_else(|p| p.into_inner());
            if s.faults.blob_503s > 0 {
                s.faults.blob_503s -= 1;
                drop(s);
                return respond(&mut conn, 503, &[], b"try later");
            }
            s.blobs.get(&digest).cloned()
        };
        let Some(mut data) = data else {
            return respond(
                &mut conn,
                404,
                &[],
                &json_err("BLOB_UNKNOWN", "blob unknown"),
            );
        };
        if faults.corrupt_blob.as_deref() == Some(&digest) {
            let mid = data.len() / 2;
            data[mid] ^= 0xff;
        }
        let start = headers
            .get("range")
            .and_then(|r| r.strip_prefix("bytes="))
            .and_then(|r| r.trim_end_matches('-').parse::<usize>().ok())
            .filter(|_| !faults.ignore_range)
            .unwrap_or(0);
        let body = if method == "HEAD" {
            &[][..]
        } else {
            &data[start.min(data.len())..]
        };
        let mut head = format!(
            "HTTP/1.1 {} X\r\nContent-Length: {}\r\nConnection: close\r\nContent-Type: application/octet-stream\r\n",
            if start > 0 { 206 } else { 200 },
            body.len()
        );
        if start > 0 {
            head.push_str(&format!(
                "Content-Range: bytes {start}-{}/{}\r\n",
                data.len() - 1,
                data.len()
            ));
        }
        head.push_str("\r\n");
        conn.write_all(head.as_bytes())?;
        if let Some((d, n)) = &faults.stall_blob
            && *d == digest
        {
            conn.write_all(&body[..(*n).min(body.len())])?;
            conn.flush()?;
            while !stop.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(50));
            }
            return Ok(());
        }
        let drop_after = {
            let mut s = state.lock().unwrap_or_else(|p| p.into_inner());
            match &mut s.faults.drop_blob {
                Some((d, n, times)) if *d == digest && *times > 0 => {
                    *times -= 1;
                    Some(*n)
                }
                _ => None,
            }
        };
        if let Some(n) = drop_after {
            conn.write_all(&body[..n.min(body.len())])?;
            conn.flush()?;
            return conn.shutdown(std::net::Shutdown::Both);
        }
        if method != "HEAD" {
            conn.write_all(body)?;
        }
        return Ok(());
    }
    let mut sink = Vec::new();
    let _ = reader.take(0).read_to_end(&mut sink);
    respond(&mut conn, 404, &[], b"404 page not found")
}
