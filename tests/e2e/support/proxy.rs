//! An HTTP CONNECT proxy that sends every tunnel to one local port and records the targets
//! it was asked for: enough to see that skiff uses `HTTP(S)_PROXY` and honours `NO_PROXY`.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

pub struct ConnectProxy {
    pub port: u16,
    seen: Arc<Mutex<Vec<String>>>,
}

impl ConnectProxy {
    /// Tunnels every CONNECT to 127.0.0.1:`upstream`.
    pub fn start(upstream: u16) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind proxy");
        let port = listener.local_addr().expect("addr").port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        // The thread ends with the test process; the listener is never reused.
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let log = log.clone();
                std::thread::spawn(move || {
                    let _ = tunnel(conn, upstream, &log);
                });
            }
        });
        ConnectProxy { port, seen }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The `host:port` targets of the CONNECT requests so far.
    pub fn targets(&self) -> Vec<String> {
        self.seen.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

fn tunnel(client: TcpStream, upstream: u16, log: &Mutex<Vec<String>>) -> std::io::Result<()> {
    let mut reader = BufReader::new(client.try_clone()?);
    let mut first = String::new();
    reader.read_line(&mut first)?;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" {
            break;
        }
    }
    let mut parts = first.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let mut client_w = client.try_clone()?;
    if method != "CONNECT" {
        return client_w.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
    }
    log.lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(target.to_string());
    let server = TcpStream::connect(("127.0.0.1", upstream))?;
    client_w.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")?;
    let mut server_r = server.try_clone()?;
    let mut server_w = server;
    let up = std::thread::spawn(move || {
        let _ = std::io::copy(&mut reader, &mut server_w);
        let _ = server_w.shutdown(std::net::Shutdown::Write);
    });
    let _ = std::io::copy(&mut server_r, &mut client_w);
    let _ = client_w.shutdown(std::net::Shutdown::Both);
    let _ = up.join();
    Ok(())
}
