//! What the preview adds to each HTML page it serves: the live-reload script and, while the
//! source has a problem, an overlay that lists it. Neither is ever part of `build`'s output:
//! they are added to the bytes as they are sent.

use super::route::EVENTS;
use crate::diag::{Diagnostics, Severity};
use crate::render::markdown::escape;
use crate::source::files::SourceFiles;

/// The script that reloads the page when the preview was rebuilt (Server-Sent Events). The
/// browser reconnects by itself if the preview is restarted.
pub fn reload_script() -> String {
    format!(
        "<script data-disclose-serve>(()=>{{const s=new EventSource(\"{EVENTS}\");\
         s.onmessage=e=>{{if(e.data===\"reload\")location.reload()}};}})();</script>"
    )
}

/// The overlay for a failed rebuild: every error with its file, line, rule, GDPR article,
/// message and help, HTML-escaped. Warnings are counted, not listed (the terminal has them).
pub fn overlay(diags: &Diagnostics, files: &SourceFiles) -> String {
    let errors: Vec<_> = diags.items.iter().filter(|d| d.is_error()).collect();
    let warnings = diags
        .items
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    let mut out = String::from(concat!(
        "<div id=\"disclose-overlay\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;",
        "overflow:auto;background:rgba(20,20,28,.94);color:#f4f4f6;font:16px/1.5 system-ui,sans-serif;",
        "padding:2rem\"><div style=\"max-width:52rem;margin:0 auto\">",
        "<h2 style=\"margin:0 0 .5rem;font-size:1.5rem;color:#ffb4b4\">The preview could not be updated</h2>",
        "<p style=\"margin:0 0 1.5rem\">The page underneath is the last version that built. ",
        "Fix what is listed here and save the file: this message goes away by itself.</p>",
    ));
    for d in &errors {
        out.push_str(
            "<section style=\"background:#2a2a36;border-left:4px solid #ff6b6b;\
             padding:1rem 1.25rem;margin:0 0 1rem;border-radius:4px\">",
        );
        let place = d.position(files).map_or_else(
            || "(no file)".to_string(),
            |p| format!("{}, line {}", p.path, p.line),
        );
        out.push_str(&format!(
            "<p style=\"margin:0;font-family:ui-monospace,monospace;color:#9fd3ff\">{}</p>",
            escape(&place)
        ));
        let mut rule = format!("Rule {}", d.code);
        if let Some(a) = &d.article {
            rule.push_str(&format!(" · GDPR {a}"));
        }
        if let Some(l) = &d.language {
            rule.push_str(&format!(" · language {l}"));
        }
        out.push_str(&format!(
            "<p style=\"margin:.25rem 0;color:#c8c8d0;font-size:.9rem\">{}</p>",
            escape(&rule)
        ));
        out.push_str(&format!(
            "<p style=\"margin:.5rem 0 0;font-size:1.1rem\">{}</p>",
            escape(&d.message)
        ));
        if let Some(h) = &d.help {
            out.push_str(&format!(
                "<p style=\"margin:.5rem 0 0;color:#b8f0b8\">What to do: {}</p>",
                escape(h)
            ));
        }
        out.push_str("</section>");
    }
    if warnings > 0 {
        out.push_str(&format!(
            "<p style=\"color:#c8c8d0\">And {warnings} warning(s): see the terminal.</p>"
        ));
    }
    out.push_str("</div></div>");
    out
}

/// `html` with `extra` inserted before its last `</body>` (or at its end).
pub fn inject(html: &[u8], extra: &str) -> Vec<u8> {
    let at = memchr::memmem::rfind(html, b"</body>").unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + extra.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(extra.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Diagnostic;
    use crate::source::files::Loc;
    use std::path::PathBuf;

    #[test]
    fn the_overlay_names_file_line_rule_and_article_and_escapes_them() {
        let mut files = SourceFiles::default();
        let text = "a = 1\nb = <script>\n".to_string();
        let id = files.add(PathBuf::from("content/notices/x/1.0/facts.toml"), text);
        let mut diags = Diagnostics::default();
        diags.push(
            Diagnostic::error("R10", "Missing <b>purpose</b> & \"basis\"")
                .article("Art. 13(1)(c)")
                .help("Add a purpose")
                .at(Loc::new(id, 6..7)),
        );
        diags.push(Diagnostic::warning("W01", "a warning"));
        let html = overlay(&diags, &files);
        assert!(
            html.contains("content/notices/x/1.0/facts.toml, line 2"),
            "{html}"
        );
        assert!(html.contains("Rule R10 · GDPR Art. 13(1)(c)"));
        assert!(html.contains("Missing &lt;b&gt;purpose&lt;/b&gt; &amp; &quot;basis&quot;"));
        assert!(!html.contains("<b>"));
        assert!(html.contains("1 warning(s)"));
    }

    #[test]
    fn injected_before_the_last_body_end_or_at_the_end() {
        assert_eq!(
            inject(b"<p></p></body></html>", "X"),
            b"<p></p>X</body></html>"
        );
        assert_eq!(inject(b"<p></p>", "X"), b"<p></p>X");
    }
}
