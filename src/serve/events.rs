//! The open browser tabs, each an event stream (Server-Sent Events) told to reload when the
//! preview was rebuilt.
//!
//! A tab's connection is kept here, not by a server thread, so open tabs never use up the
//! threads that answer requests. Their number is bounded; a stream that cannot be written to
//! (the tab was closed) is dropped at the next message or the next keep-alive.

use std::io::Write;
use std::net::TcpStream;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// At most this many tabs are told to reload; more are refused (503) until some close.
pub const MAX_TABS: usize = 64;

/// How often a comment is sent to every tab, so that closed ones are found and dropped.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// The open tabs.
#[derive(Clone, Default)]
pub struct Tabs(Arc<Mutex<Vec<TcpStream>>>);

impl Tabs {
    /// Keep a tab's stream, whose response headers were sent; `false` when there are too many.
    pub fn add(&self, stream: TcpStream) -> bool {
        let Ok(mut tabs) = self.0.lock() else {
            return false;
        };
        if tabs.len() >= MAX_TABS {
            return false;
        }
        // A tab that does not read must not hold up the others.
        let _ = stream.set_write_timeout(Some(Duration::from_millis(500)));
        tabs.push(stream);
        true
    }

    /// Tell every tab to reload.
    pub fn reload(&self) {
        self.send(b"data: reload\n\n");
    }

    /// How many tabs are open.
    pub fn count(&self) -> usize {
        self.0.lock().map_or(0, |t| t.len())
    }

    fn send(&self, message: &[u8]) {
        if let Ok(mut tabs) = self.0.lock() {
            tabs.retain_mut(|s| s.write_all(message).and_then(|()| s.flush()).is_ok());
        }
    }

    /// Send keep-alives from a thread of their own, for as long as the process runs.
    pub fn keep_alive(&self) {
        let tabs = self.clone();
        let _ = std::thread::Builder::new()
            .name("serve-keepalive".into())
            .spawn(move || {
                loop {
                    std::thread::sleep(KEEP_ALIVE);
                    tabs.send(b": keep-alive\n\n");
                }
            });
    }
}
