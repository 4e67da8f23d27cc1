//! The preview's HTTP server: loopback by default, GET and HEAD only, every request bounded.
//!
//! Requests are read by `httparse`; the server around it is small on purpose, so that every
//! limit is ours to set: a request's head is at most [`MAX_HEAD`] bytes and its target at most
//! [`MAX_TARGET`], a request may have no body, a connection has [`DEADLINE`] to send its
//! request, and a fixed number of [`WORKERS`] answer the connections waiting in a queue of
//! [`QUEUE`] (more are answered 503 at once). Every response has `Cache-Control: no-store` and
//! closes its connection; HTML pages get the reload script and, while the source has a problem,
//! the overlay.

use super::events::{MAX_TABS, Tabs};
use super::overlay;
use super::preview::Shared;
use super::route::{self, Route};
use std::io::{self, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The longest request head (request line and headers) read.
pub const MAX_HEAD: usize = 8 * 1024;
/// The longest request target.
pub const MAX_TARGET: usize = 2048;
/// The threads that answer requests.
pub const WORKERS: usize = 4;
/// Connections accepted and waiting for a worker.
pub const QUEUE: usize = 64;
/// How long a connection has to send its whole request head.
pub const DEADLINE: Duration = Duration::from_secs(10);
const MAX_HEADERS: usize = 64;

/// Answer requests on `listener` from threads of their own, for as long as the process runs.
pub fn start(listener: TcpListener, served: Shared, tabs: Tabs) -> io::Result<()> {
    let (tx, rx) = mpsc::sync_channel::<TcpStream>(QUEUE);
    let rx = Arc::new(Mutex::new(rx));
    for i in 0..WORKERS {
        let (rx, served, tabs) = (Arc::clone(&rx), Arc::clone(&served), tabs.clone());
        std::thread::Builder::new()
            .name(format!("serve-http-{i}"))
            .spawn(move || work(&rx, &served, &tabs))?;
    }
    std::thread::Builder::new()
        .name("serve-accept".into())
        .spawn(move || accept(&listener, &tx))?;
    Ok(())
}

fn accept(listener: &TcpListener, queue: &SyncSender<TcpStream>) {
    for stream in listener.incoming() {
        match stream {
            Ok(s) => match queue.try_send(s) {
                Ok(()) => {}
                Err(TrySendError::Full(mut s)) => {
                    let _ = s.set_write_timeout(Some(Duration::from_millis(200)));
                    let _ = respond(&mut s, &Response::text(503, "busy, try again"), false);
                }
                Err(TrySendError::Disconnected(_)) => return,
            },
            // Out of file descriptors, say: wait a little rather than spin.
            Err(_) => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}

fn work(queue: &Mutex<Receiver<TcpStream>>, served: &Shared, tabs: &Tabs) {
    loop {
        let next = match queue.lock() {
            Ok(q) => q.recv(),
            Err(_) => return,
        };
        let Ok(stream) = next else { return };
        handle(stream, served, tabs);
    }
}

/// What was read of a request.
struct Head {
    method: String,
    target: String,
    has_body: bool,
}

/// Why a request's head could not be read.
enum Bad {
    /// The connection closed or failed: nothing to answer.
    Gone,
    Status(u16, &'static str),
}

fn handle(mut stream: TcpStream, served: &Shared, tabs: &Tabs) {
    let _ = stream.set_write_timeout(Some(Duration::from_secs(5)));
    let head = match read_head(&mut stream) {
        Ok(h) => h,
        Err(Bad::Gone) => return,
        Err(Bad::Status(code, text)) => {
            let _ = respond(&mut stream, &Response::text(code, text), false);
            return;
        }
    };
    let head_only = head.method == "HEAD";
    let response = if head.method != "GET" && !head_only {
        Response::text(405, "only GET and HEAD").header("Allow", "GET, HEAD")
    } else if head.has_body {
        Response::text(413, "a request may not have a body")
    } else if head.target.len() > MAX_TARGET {
        Response::text(414, "address too long")
    } else {
        let route = match served.read() {
            Ok(s) => route::route(&head.target, |p| s.files.contains_key(p)),
            Err(_) => Route::Refused,
        };
        match route {
            Route::Events if !head_only => {
                if tabs.count() >= MAX_TABS {
                    Response::text(503, "too many open tabs")
                } else {
                    let start = b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\
                        Cache-Control: no-store\r\nConnection: keep-alive\r\n\r\nretry: 1000\n\n";
                    if stream.write_all(start).is_ok() {
                        tabs.add(stream);
                    }
                    return;
                }
            }
            Route::Events => Response::text(200, "").content_type("text/event-stream"),
            Route::File(path) => file(served, &path),
            Route::Slash(to) => Response::text(301, "moved").header("Location", to),
            Route::Refused => not_found(served, ""),
        }
    };
    let _ = respond(&mut stream, &response, head_only);
}

/// Read the request head, within [`MAX_HEAD`] bytes and [`DEADLINE`].
fn read_head(stream: &mut TcpStream) -> Result<Head, Bad> {
    let started = Instant::now();
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    loop {
        let left = DEADLINE.checked_sub(started.elapsed()).unwrap_or_default();
        if left.is_zero() {
            return Err(Bad::Status(408, "request timed out"));
        }
        let _ = stream.set_read_timeout(Some(left));
        let n = match stream.read(&mut chunk) {
            Ok(0) => return Err(Bad::Gone),
            Ok(n) => n,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                return Err(Bad::Status(408, "request timed out"));
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => return Err(Bad::Gone),
        };
        let room = MAX_HEAD.saturating_sub(buf.len());
        buf.extend_from_slice(chunk.get(..n.min(room)).unwrap_or_default());
        let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
        let mut req = httparse::Request::new(&mut headers);
        match req.parse(&buf) {
            Ok(httparse::Status::Complete(_)) => {
                let has_body = req.headers.iter().any(|h| {
                    h.name.eq_ignore_ascii_case("transfer-encoding")
                        || (h.name.eq_ignore_ascii_case("content-length")
                            && h.value.iter().any(|b| (b'1'..=b'9').contains(b)))
                });
                return Ok(Head {
                    method: req.method.unwrap_or_default().to_string(),
                    target: req.path.unwrap_or_default().to_string(),
                    has_body,
                });
            }
            Ok(httparse::Status::Partial) if buf.len() >= MAX_HEAD => {
                let line_ended = memchr::memchr(b'\n', &buf).is_some();
                return Err(if line_ended {
                    Bad::Status(431, "request headers too large")
                } else {
                    Bad::Status(414, "address too long")
                });
            }
            Ok(httparse::Status::Partial) => {}
            Err(httparse::Error::TooManyHeaders) => {
                return Err(Bad::Status(431, "too many request headers"));
            }
            Err(_) => return Err(Bad::Status(400, "bad request")),
        }
    }
}

/// A file of the preview, or the 404 page.
fn file(served: &Shared, path: &str) -> Response {
    let (bytes, overlay) = match served.read() {
        Ok(s) => (s.files.get(path).cloned(), s.overlay.clone()),
        Err(_) => (None, None),
    };
    match bytes {
        Some(b) => page(200, path, &b, overlay.as_deref()),
        None => not_found(served, path),
    }
}

/// The site's 404 page: the language's own if the site has one (`<lang>/404.html`), else the
/// site's, which has every language's words.
fn not_found(served: &Shared, path: &str) -> Response {
    let lang = path.split('/').next().unwrap_or("");
    let (bytes, overlay) = match served.read() {
        Ok(s) => (
            s.files
                .get(&format!("{lang}/404.html"))
                .or_else(|| s.files.get("404.html"))
                .cloned(),
            s.overlay.clone(),
        ),
        Err(_) => (None, None),
    };
    match bytes {
        Some(b) => page(404, "404.html", &b, overlay.as_deref()),
        None => {
            let html = b"<!doctype html><html><head><meta charset=\"utf-8\"><title>404</title>\
                </head><body><h1>404</h1></body></html>";
            page(404, "404.html", html, overlay.as_deref())
        }
    }
}

/// A served file; an HTML one with the reload script, and the overlay if there is one.
fn page(status: u16, path: &str, bytes: &[u8], overlay: Option<&str>) -> Response {
    let kind = route::content_type(path);
    let body = if kind.starts_with("text/html") {
        let mut extra = overlay.unwrap_or_default().to_string();
        extra.push_str(&overlay::reload_script());
        overlay::inject(bytes, &extra)
    } else {
        bytes.to_vec()
    };
    Response {
        status,
        content_type: kind,
        headers: Vec::new(),
        body,
    }
}

struct Response {
    status: u16,
    content_type: &'static str,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

impl Response {
    fn text(status: u16, text: &str) -> Self {
        Response {
            status,
            content_type: "text/plain; charset=utf-8",
            headers: Vec::new(),
            body: format!("{text}\n").into_bytes(),
        }
    }

    fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    fn content_type(mut self, kind: &'static str) -> Self {
        self.content_type = kind;
        self.body.clear();
        self
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        413 => "Content Too Large",
        414 => "URI Too Long",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "",
    }
}

fn respond(stream: &mut TcpStream, r: &Response, head_only: bool) -> io::Result<()> {
    let mut out = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n\
         X-Content-Type-Options: nosniff\r\nConnection: close\r\n",
        r.status,
        reason(r.status),
        r.content_type,
        r.body.len()
    )
    .into_bytes();
    for (name, value) in &r.headers {
        out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    out.extend_from_slice(b"\r\n");
    if !head_only {
        out.extend_from_slice(&r.body);
    }
    stream.write_all(&out)?;
    stream.flush()?;
    // The client may have sent more than was read (a body, a pipelined request): say that
    // nothing more will be read, rather than reset the connection under the response.
    let _ = stream.shutdown(std::net::Shutdown::Write);
    Ok(())
}
