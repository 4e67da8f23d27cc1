//! The link policy: which addresses a notice may link to.
//!
//! A privacy notice runs no script its theme did not put there, so a link or image in the prose,
//! and every address in the facts, is either relative (`../x/`, `/sv/`, `#rights`, `?q`) or uses
//! one of [`ALLOWED_SCHEMES`]. The scheme is decided the way a browser decides it: after entity
//! decoding (pulldown-cmark decodes `&#106;` before we see the address), with ASCII white space
//! and control characters removed wherever they are (browsers strip them, so `java\tscript:`
//! is `javascript:`), and case-insensitively. Anything else is refused.
//!
//! The loader reports a refused address at its file, line and column; the renderer checks again
//! and drops any link that slips through, as a second line of defence.

/// The schemes a notice may link to.
pub const ALLOWED_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// Why an address is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkProblem {
    /// A scheme outside [`ALLOWED_SCHEMES`] (`javascript`, `data`, `vbscript`, `file`, …).
    Scheme(String),
}

impl std::fmt::Display for LinkProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LinkProblem::Scheme(s) => write!(f, "links with the scheme `{s}:` are not allowed"),
        }
    }
}

/// The help line for a refused address.
pub fn help() -> String {
    format!(
        "link to a web page (https://…), an e-mail address (mailto:…), a phone number (tel:…) or a page of this site (a relative path or #id); the allowed schemes are {}",
        ALLOWED_SCHEMES.join(", ")
    )
}

/// Is `url` (already entity-decoded) a link a notice may carry?
pub fn check(url: &str) -> Result<(), LinkProblem> {
    match scheme(url) {
        Some(s) if !ALLOWED_SCHEMES.contains(&s.as_str()) => Err(LinkProblem::Scheme(s)),
        _ => Ok(()),
    }
}

/// The scheme a browser would read in `url`, lower-cased, or `None` for a relative address.
pub fn scheme(url: &str) -> Option<String> {
    // What a browser ignores: leading and trailing C0 controls and spaces, and tabs and line
    // breaks anywhere. We drop every ASCII control and space, which is stricter.
    let cleaned: String = url
        .chars()
        .filter(|c| !(c.is_ascii_control() || *c == ' ' || *c == '\u{feff}'))
        .collect();
    let end = cleaned.find([':', '/', '?', '#'])?;
    if cleaned.as_bytes().get(end) != Some(&b':') {
        return None;
    }
    let s = &cleaned[..end];
    // A URL scheme is a letter followed by letters, digits, `+`, `-` or `.`. Anything else before
    // the colon (`a b:`, `ü:`) is no scheme to a browser either, but we refuse it as one: no
    // legitimate link starts that way.
    Some(s.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowed_and_relative_addresses_pass() {
        for ok in [
            "https://example.com/x?y#z",
            "HTTP://example.com",
            "mailto:privacy@example.com",
            "tel:+4712345678",
            "../other/",
            "/sv/integritet/",
            "#rights",
            "?q=1",
            "page.html",
            "//cdn.example.com/x",
            "a/b:c",
            "",
        ] {
            assert_eq!(check(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn script_schemes_are_refused_however_written() {
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "\u{feff}javascript:x",
            "jav&#x09;ascript:x",
        ] {
            let decoded = bad.replace("&#x09;", "\t");
            assert!(check(&decoded).is_err(), "{bad:?} passed");
        }
    }
}
