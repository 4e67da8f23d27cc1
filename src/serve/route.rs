//! Which file of the preview a request's path names, and what type it is.
//!
//! A path is decoded once (percent-encoding included) and refused when it could name anything
//! outside the served tree: `..` or `.` segments, a backslash, a NUL or another control
//! character, an empty segment (`//etc`), or bytes that are not UTF-8. A refused path is
//! answered like a missing file (404), so nothing is learnt from the difference.

use percent_encoding::percent_decode_str;

/// What a request path asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Route {
    /// A file of the preview, by its path in the output tree (`sv/kunder/index.html`).
    File(String),
    /// A folder asked for without its trailing slash: redirect to it with one, so the page's
    /// relative links resolve.
    Slash(String),
    /// The live-reload event stream.
    Events,
    /// Nothing that can be served.
    Refused,
}

/// The path of the event stream the reload script listens to. No site file has it: a
/// language's folder is its code.
pub const EVENTS: &str = "/__disclose/events";

/// The route of a request target (`/sv/kunder/?x=1`), given which files exist.
pub fn route(target: &str, exists: impl Fn(&str) -> bool) -> Route {
    let path = target.split(['?', '#']).next().unwrap_or("");
    if path == EVENTS {
        return Route::Events;
    }
    let Some(rel) = decode(path) else {
        return Route::Refused;
    };
    if rel.is_empty() || rel.ends_with('/') {
        return Route::File(format!("{rel}index.html"));
    }
    if exists(&rel) {
        return Route::File(rel);
    }
    if exists(&format!("{rel}/index.html")) {
        return Route::Slash(format!("/{rel}/"));
    }
    Route::File(rel)
}

/// The decoded path without its leading slash, or `None` when it is refused.
fn decode(path: &str) -> Option<String> {
    let rest = path.strip_prefix('/')?;
    let decoded = percent_decode_str(rest).decode_utf8().ok()?;
    if decoded.chars().any(|c| c.is_control() || c == '\\') {
        return None;
    }
    let mut segments = decoded.split('/').peekable();
    while let Some(s) = segments.next() {
        let last = segments.peek().is_none();
        if s == ".." || s == "." || (s.is_empty() && !last) {
            return None;
        }
    }
    Some(decoded.into_owned())
}

/// The `Content-Type` of a file, by its extension.
pub fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    match ext.to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "jsonld" => "application/ld+json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(target: &str) -> Route {
        route(target, |p| {
            p == "sv/kunder/index.html" || p == "assets/site.css"
        })
    }

    #[test]
    fn folders_files_and_slashes() {
        assert_eq!(r("/"), Route::File("index.html".into()));
        assert_eq!(r("/sv/kunder/"), Route::File("sv/kunder/index.html".into()));
        assert_eq!(r("/sv/kunder"), Route::Slash("/sv/kunder/".into()));
        assert_eq!(
            r("/assets/site.css?v=2"),
            Route::File("assets/site.css".into())
        );
        assert_eq!(r("/sv/nothing"), Route::File("sv/nothing".into()));
        assert_eq!(r(EVENTS), Route::Events);
    }

    #[test]
    fn anything_that_could_leave_the_tree_is_refused() {
        for bad in [
            "/../etc/passwd",
            "/sv/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/sv/%2e%2e/%2e%2e/x",
            "/./index.html",
            "//etc/passwd",
            "/sv//kunder/",
            "/sv/%00",
            "/sv\\..\\x",
            "/sv/%5c..%5cx",
            "/%ff",
            "etc/passwd",
            "http://example.org/",
            "*",
        ] {
            assert_eq!(r(bad), Route::Refused, "{bad}");
        }
    }

    #[test]
    fn types() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("assets/x.WOFF2"), "font/woff2");
        assert_eq!(content_type("feed.xml"), "application/xml");
        assert_eq!(content_type("noext"), "application/octet-stream");
    }
}
