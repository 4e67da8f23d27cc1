//! `disclose serve`: the binary started on a copy of the example site, and read over HTTP as a
//! browser would, with a client of std's TcpStream.

mod common;

use common::SiteTest;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

const DRAFT_SV: &str = "content/notices/private-persons/1.1/sv.md";
const DRAFT_PAGE: &str = "/sv/integritetspolicy-privatpersoner/1.1/";
const FACTS: &str = "content/notices/private-persons/1.1/facts.toml";

/// A running `disclose serve`, stopped when dropped.
struct Serving {
    child: Child,
    addr: String,
    log: Arc<Mutex<String>>,
}

impl Drop for Serving {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Serving {
    fn start(site: &SiteTest) -> Serving {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("disclose"))
            .args(["serve", "--port", "0", "--root"])
            .arg(&site.root)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start disclose serve");
        let log = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = mpsc::channel();
        let stdout = child.stdout.take().expect("stdout");
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(url) = line.split_whitespace().find(|w| w.starts_with("http://")) {
                    let _ = tx.send(url.to_string());
                }
            }
        });
        let stderr = child.stderr.take().expect("stderr");
        let sink = Arc::clone(&log);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Ok(mut l) = sink.lock() {
                    l.push_str(&line);
                    l.push('\n');
                }
            }
        });
        let url = rx
            .recv_timeout(Duration::from_secs(60))
            .unwrap_or_else(|_| {
                panic!("no address printed; stderr:\n{}", log.lock().expect("log"))
            });
        let addr = url
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string();
        Serving { child, addr, log }
    }

    fn log(&self) -> String {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// Send raw bytes; the status code and the whole response.
    fn raw(&self, request: &[u8]) -> (u16, String) {
        let mut s = TcpStream::connect(&self.addr).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
        s.write_all(request).expect("send");
        let mut bytes = Vec::new();
        let _ = s.read_to_end(&mut bytes);
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let status = text
            .split_whitespace()
            .nth(1)
            .and_then(|c| c.parse().ok())
            .unwrap_or(0);
        (status, text)
    }

    fn get(&self, path: &str) -> (u16, String) {
        self.raw(format!("GET {path} HTTP/1.1\r\nHost: localhost\r\n\r\n").as_bytes())
    }

    /// Poll `path` until its response satisfies `ok`, for at most 10 s.
    #[track_caller]
    fn wait_for(&self, path: &str, what: &str, ok: impl Fn(u16, &str) -> bool) -> String {
        let started = Instant::now();
        loop {
            let (status, text) = self.get(path);
            if ok(status, &text) {
                return text;
            }
            if started.elapsed() > Duration::from_secs(10) {
                panic!(
                    "{path} did not show {what} within 10 s (last status {status}); log:\n{}",
                    self.log()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// The example site with a draft of private-persons (1.1), the version a writer edits.
fn site_with_draft() -> SiteTest {
    let site = SiteTest::example();
    let out = site.run(&["version", "new", "private-persons"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    site
}

fn body(response: &str) -> &str {
    response.split_once("\r\n\r\n").map_or("", |(_, b)| b)
}

fn header<'a>(response: &'a str, name: &str) -> Option<&'a str> {
    response
        .split_once("\r\n\r\n")
        .map_or(response, |(h, _)| h)
        .lines()
        .find_map(|l| {
            let (n, v) = l.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim())
        })
}

#[test]
fn edits_show_up_problems_overlay_and_fixes_recover() {
    let site = site_with_draft();
    let s = Serving::start(&site);

    let (status, index) = s.get("/sv/");
    assert_eq!(status, 200, "{index}");
    assert_eq!(header(&index, "Cache-Control"), Some("no-store"));
    assert_eq!(
        header(&index, "Content-Type"),
        Some("text/html; charset=utf-8")
    );
    assert!(
        index.contains("EventSource"),
        "the reload script is injected"
    );

    // The draft is served, marked as one.
    let (status, draft) = s.get(DRAFT_PAGE);
    assert_eq!(status, 200, "{}", s.log());
    assert!(draft.contains("draft"), "the draft is marked");

    // An edit of the Markdown shows up.
    let text = site.read(DRAFT_SV);
    site.write(
        DRAFT_SV,
        &format!("{text}\nEtt helt nytt stycke om förhandsvisning.\n"),
    );
    s.wait_for(DRAFT_PAGE, "the new text", |st, t| {
        st == 200 && t.contains("Ett helt nytt stycke om förhandsvisning.")
    });

    // A broken facts.toml: the overlay names the file and the line, on every page, over the
    // last good pages.
    let facts = site.read(FACTS);
    let line = common::line_of(&facts, "country = \"NO\"");
    site.edit(FACTS, "country = \"NO\"", "country = NO");
    let page = s.wait_for(DRAFT_PAGE, "the overlay", |_, t| {
        t.contains("disclose-overlay")
    });
    let place = format!("content/notices/private-persons/1.1/facts.toml, line {line}");
    assert!(page.contains(&place), "{page}");
    assert!(page.contains("load/syntax"));
    assert!(
        page.contains("Ett helt nytt stycke om förhandsvisning."),
        "the last good page"
    );
    let (_, other) = s.get("/fi/");
    assert!(other.contains("disclose-overlay"), "on every page");
    let (_, missing) = s.get("/nothing/here");
    assert!(missing.contains("disclose-overlay"), "on the 404 page too");
    let terminal = format!("content/notices/private-persons/1.1/facts.toml:{line}:");
    assert!(
        s.log().contains(&terminal),
        "and in the terminal: {}",
        s.log()
    );

    // Fixed: the overlay goes, without a restart.
    site.write(FACTS, &facts);
    s.wait_for(DRAFT_PAGE, "no overlay", |st, t| {
        st == 200 && !t.contains("disclose-overlay")
    });
    let log = s.log();
    assert!(log.contains("rebuilt 1 of 3 notices"), "{log}");
}

#[test]
fn a_removed_notice_goes_and_comes_back() {
    let site = SiteTest::example();
    let s = Serving::start(&site);
    let page = "/sv/integritetspolicy-webbplats/";
    assert_eq!(s.get(page).0, 200);
    std::fs::remove_dir_all(site.path("content/notices/website-visitors")).expect("remove");
    s.wait_for(page, "a 404", |st, _| st == 404);
    let (_, index) = s.get("/sv/");
    assert!(!index.contains("integritetspolicy-webbplats/"), "{index}");
    assert!(
        index.contains("integritetspolicy-privatpersoner/"),
        "{index}"
    );

    common::copy_dir(
        &common::repo_root().join("content/notices/website-visitors"),
        &site.path("content/notices/website-visitors"),
    );
    s.wait_for(page, "the page again", |st, _| st == 200);
    // Moved out of content/notices: gone again.
    std::fs::rename(
        site.path("content/notices/website-visitors"),
        site.path("content/elsewhere"),
    )
    .expect("move a notice away");
    s.wait_for(page, "a 404", |st, _| st == 404);
}

#[test]
fn drafts_and_the_reload_script_stay_out_of_build() {
    let site = site_with_draft();
    let out = site.build();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        !site
            .path("public/sv/integritetspolicy-privatpersoner/1.1")
            .exists()
    );
    for entry in walkdir::WalkDir::new(site.path("public")) {
        let entry = entry.expect("walk");
        if entry.path().extension().is_some_and(|e| e == "html") {
            let html = std::fs::read_to_string(entry.path()).expect("read");
            assert!(!html.contains("EventSource"), "{}", entry.path().display());
            assert!(!html.contains("__disclose"), "{}", entry.path().display());
        }
    }
}

#[test]
fn only_the_served_tree_is_served_and_requests_are_bounded() {
    let site = SiteTest::example();
    std::fs::write(site.root.join("secret.txt"), "secret").expect("write");
    let s = Serving::start(&site);
    for path in [
        "/../secret.txt",
        "/sv/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/sv/%2e%2e/%2e%2e/secret.txt",
        "//etc/passwd",
        "/sv/%00",
        "/..%5csecret.txt",
        "/content/site.toml",
    ] {
        let (status, text) = s.get(path);
        assert_eq!(status, 404, "{path}");
        assert!(
            !text.contains("secret\n") && !text.contains("base_url"),
            "{path}"
        );
    }
    let (status, absolute) = s.get("http://example.org/");
    assert_eq!(status, 404, "{absolute}");

    let (status, r) = s.raw(b"POST /sv/ HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc");
    assert_eq!(status, 405);
    assert_eq!(header(&r, "Allow"), Some("GET, HEAD"));
    let (status, _) = s.raw(b"DELETE /sv/ HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(status, 405);
    let (status, _) = s.raw(b"GET /sv/ HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n");
    assert_eq!(status, 413);
    let long = format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(3000));
    assert_eq!(s.raw(long.as_bytes()).0, 414);
    let huge = format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(20_000));
    assert_eq!(s.raw(huge.as_bytes()).0, 414);
    let headers = format!("GET / HTTP/1.1\r\nX: {}\r\n\r\n", "b".repeat(20_000));
    assert_eq!(s.raw(headers.as_bytes()).0, 431);
    assert_eq!(s.raw(b"nonsense\r\n\r\n").0, 400);

    let (status, head) = s.raw(b"HEAD /sv/ HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(status, 200);
    assert!(body(&head).is_empty());
    let (status, css) = s.get("/assets/style.css");
    assert_eq!(status, 200);
    assert_eq!(
        header(&css, "Content-Type"),
        Some("text/css; charset=utf-8")
    );
    assert!(!css.contains("EventSource"));
    let (status, moved) = s.get("/sv");
    assert_eq!(status, 301);
    assert_eq!(header(&moved, "Location"), Some("/sv/"));

    // The 404 page is the site's, in its languages.
    let (status, missing) = s.get("/sv/finns-inte/");
    assert_eq!(status, 404);
    assert!(missing.contains("lang=\"sv\""), "{missing}");
    assert_eq!(header(&missing, "Cache-Control"), Some("no-store"));
    // The server is still well.
    assert_eq!(s.get("/").0, 200);
}

#[test]
fn a_bounded_load_completes_without_an_error() {
    let site = SiteTest::example();
    let s = Serving::start(&site);
    let paths = ["/", "/sv/", "/nb/", "/assets/style.css", "/sv/nothing"];
    let addr = Arc::new(s.addr.clone());
    let started = Instant::now();
    let workers: Vec<_> = (0..20)
        .map(|t| {
            let addr = Arc::clone(&addr);
            std::thread::spawn(move || {
                let mut failures = Vec::new();
                for i in 0..100 {
                    let path = paths[(t + i) % paths.len()];
                    let result = (|| {
                        let mut c = TcpStream::connect(addr.as_str())?;
                        c.set_read_timeout(Some(Duration::from_secs(10)))?;
                        c.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes())?;
                        let mut b = Vec::new();
                        c.read_to_end(&mut b)?;
                        Ok::<_, std::io::Error>(b)
                    })();
                    let expected = if path == "/sv/nothing" { "404" } else { "200" };
                    match result {
                        Ok(b) if b.starts_with(format!("HTTP/1.1 {expected}").as_bytes()) => {}
                        Ok(b) => failures.push(format!(
                            "{path}: {}",
                            String::from_utf8_lossy(b.get(..40).unwrap_or(&b))
                        )),
                        Err(e) => failures.push(format!("{path}: {e}")),
                    }
                }
                failures
            })
        })
        .collect();
    let failures: Vec<String> = workers
        .into_iter()
        .flat_map(|w| w.join().expect("client thread"))
        .collect();
    assert!(
        failures.is_empty(),
        "{} failed: {:?}",
        failures.len(),
        &failures[..failures.len().min(5)]
    );
    assert!(started.elapsed() < Duration::from_secs(60));
    assert_eq!(s.get("/").0, 200);
}

#[test]
fn a_port_in_use_is_a_clear_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port().to_string();
    let site = SiteTest::example();
    let out = site.run(&["serve", "--port", &port]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("port {port} is in use")), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}
