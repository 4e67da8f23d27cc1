//! `disclose serve`: a preview of the site on this computer, rebuilt as its source changes.
//!
//! The site is built in memory, drafts included and marked ([`preview`]), and served from there
//! on 127.0.0.1 ([`http`]); nothing is written to the output folder or the build cache. The
//! watcher ([`watch`]) reports changes to content/, locales/ and themes/; each batch rebuilds
//! what changed and tells the open tabs to reload ([`events`]). A build that fails keeps the
//! last good pages, with the problem shown over every page ([`overlay`]) and in the terminal.

pub mod events;
pub mod http;
pub mod overlay;
pub mod preview;
pub mod route;
pub mod watch;

use crate::model::Date;
use std::collections::BTreeSet;
use std::fmt;
use std::io::{self, IsTerminal};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::mpsc;
use watch::Change;

/// The port `disclose serve` listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 1111;

/// How to serve.
#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    /// The address to listen on; only loopback unless asked.
    pub bind: IpAddr,
    /// 0 for any free port.
    pub port: u16,
    /// Open the preview in the default browser.
    pub open: bool,
    /// Look for changes by polling rather than by file-system events.
    pub poll: bool,
    pub today: Option<Date>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            root: PathBuf::from("."),
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: DEFAULT_PORT,
            open: false,
            poll: false,
            today: None,
        }
    }
}

/// Why the preview could not start.
#[derive(Debug)]
pub enum ServeError {
    /// There is no `content/` folder under the root.
    NoSite(PathBuf),
    /// Another program listens on the port already.
    PortInUse(SocketAddr),
    /// The address could not be listened on for another reason.
    Bind(SocketAddr, io::Error),
    /// The server's threads could not be started.
    Threads(io::Error),
    /// The source folders could not be watched.
    Watch(notify::Error),
}

impl fmt::Display for ServeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServeError::NoSite(root) => write!(
                f,
                "{} has no content/ folder\nhelp: run disclose serve in the site's folder, or pass --root",
                root.display()
            ),
            ServeError::PortInUse(addr) => write!(
                f,
                "port {} is in use on {} (is another preview running?)\nhelp: stop it, or choose another port: disclose serve --port {}",
                addr.port(),
                addr.ip(),
                addr.port().wrapping_add(1).max(1024)
            ),
            ServeError::Bind(addr, e) => write!(f, "cannot listen on {addr}: {e}"),
            ServeError::Threads(e) => write!(f, "cannot start the server: {e}"),
            ServeError::Watch(e) => write!(
                f,
                "cannot watch the source folders: {e}\nhelp: try disclose serve --poll"
            ),
        }
    }
}

impl std::error::Error for ServeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ServeError::Bind(_, e) | ServeError::Threads(e) => Some(e),
            ServeError::Watch(e) => Some(e),
            _ => None,
        }
    }
}

/// Build, serve and rebuild on every change, until the process is stopped.
pub fn serve(options: &Options) -> Result<(), ServeError> {
    let root = options
        .root
        .canonicalize()
        .unwrap_or_else(|_| options.root.clone());
    if !root.join("content").is_dir() {
        return Err(ServeError::NoSite(options.root.clone()));
    }
    let addr = SocketAddr::new(options.bind, options.port);
    let listener = TcpListener::bind(addr).map_err(|e| match e.kind() {
        io::ErrorKind::AddrInUse => ServeError::PortInUse(addr),
        _ => ServeError::Bind(addr, e),
    })?;
    let local = listener.local_addr().unwrap_or(addr);
    if !options.bind.is_loopback() {
        eprintln!(
            "warning: serving on {}, which other computers may reach: the preview shows drafts",
            options.bind
        );
    }
    let (tx, rx) = mpsc::channel();
    let mut watcher = watch::Watcher::start(&root, options.poll, tx).map_err(ServeError::Watch)?;

    let url = format!("http://{local}/");
    let mut preview = preview::Preview::new(
        root.clone(),
        options.today,
        Some(url.trim_end_matches('/').to_string()),
    );
    let first = preview.rebuild(&BTreeSet::new());
    report(&first, &BTreeSet::new());
    let tabs = events::Tabs::default();
    tabs.keep_alive();
    http::start(listener, preview.served(), tabs.clone()).map_err(ServeError::Threads)?;
    println!("Serving the preview at {url}");
    eprintln!("Drafts are included. Edit and save: open pages reload. Press Ctrl+C to stop.");
    if options.open {
        open_browser(&url);
    }

    while let Ok(batch) = rx.recv() {
        let mut changed = watch::changes(&root, batch);
        while let Ok(more) = rx.try_recv() {
            changed.extend(watch::changes(&root, more));
        }
        if changed.is_empty() {
            continue;
        }
        if changed
            .iter()
            .any(|c| matches!(c, Change::Shared(p) if p.components().count() == 1))
        {
            // locales/ or themes/ came (or went and came back): watch what is there now.
            let _ = watcher.watch_folders(&root);
        }
        let rebuilt = preview.rebuild(&changed);
        report(&rebuilt, &changed);
        tabs.reload();
    }
    Ok(())
}

/// Say in the terminal what was rebuilt, how long it took, and any problem.
fn report(r: &preview::Rebuilt, changed: &BTreeSet<Change>) {
    let colour = io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    if !r.diagnostics.is_empty() {
        eprint!(
            "{}",
            crate::diag::human::render(&r.diagnostics, &r.files, colour)
        );
    }
    let ms = r.took.as_secs_f64() * 1000.0;
    let what = describe(changed);
    if r.failed() {
        eprintln!(
            "{what}not rebuilt ({} error(s), {ms:.0} ms): the browser shows the problem over the last good pages",
            r.diagnostics.error_count()
        );
    } else if r.everything {
        eprintln!("{what}built {} notices in {ms:.0} ms", r.notices);
    } else {
        let indexes = if r.indexes { " and the indexes" } else { "" };
        eprintln!(
            "{what}rebuilt {} of {} notices{indexes} in {ms:.0} ms",
            r.rendered, r.notices
        );
    }
}

fn describe(changed: &BTreeSet<Change>) -> String {
    if changed.is_empty() {
        return String::new();
    }
    let names: Vec<String> = changed
        .iter()
        .map(|c| match c {
            Change::Notice(id) => id.clone(),
            Change::Shared(p) => p.display().to_string(),
        })
        .collect();
    format!("changed {}: ", names.join(", "))
}

/// Open `url` in the default browser; only say so if that fails.
fn open_browser(url: &str) {
    let (program, args): (&str, Vec<&str>) = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(windows) {
        ("cmd", vec!["/C", "start", "", url])
    } else {
        ("xdg-open", vec![url])
    };
    let opened = std::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if opened.is_err() {
        eprintln!("could not open a browser: open {url} yourself");
    }
}
