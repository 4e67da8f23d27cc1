//! Human-readable diagnostics, in the style of rustc: the place underlined in the source, the
//! rule and article, and a `help:` line. Colour only when asked for (a terminal, NO_COLOR unset).

use super::{Diagnostic, Diagnostics, Severity};
use crate::files::SourceFiles;
use codespan_reporting::diagnostic as cs;
use codespan_reporting::term::{self, Config};

/// Render diagnostics to a string, with ANSI colour if `color`.
///
/// Nothing from the source reaches the terminal or a CI log raw: control characters in
/// messages (which quote values) are shown escaped (`\n`, `\u{1b}`), so a value cannot start a
/// line of its own (a CI workflow command such as `::error`) or drive the terminal; in quoted
/// source lines they, and the bidirectional-text controls, are shown as `?`.
pub fn render(diags: &Diagnostics, files: &SourceFiles, color: bool) -> String {
    let config = Config::default();
    let mut out = Vec::new();
    // Only the files a diagnostic quotes are shown, with unsafe characters masked.
    let files = files
        .subset(
            diags
                .items
                .iter()
                .flat_map(|d| d.loc.iter().chain(d.related.iter().map(|r| &r.loc)))
                .map(|l| l.file),
        )
        .map_texts(mask_source);
    let files = &files;
    for d in &diags.items {
        let cd = to_codespan(d);
        let written = if color {
            let mut w = codespan_reporting::term::termcolor::Ansi::new(&mut out);
            term::emit_to_write_style(&mut w, &config, files, &cd)
        } else {
            term::emit_to_io_write(&mut out, &config, files, &cd)
        };
        if written.is_err() {
            // A place outside its file should not happen; fall back to a plain line.
            out.extend_from_slice(
                format!("{}: {}\n", printable(&d.code), printable(&d.message)).as_bytes(),
            );
        }
    }
    let errors = diags.error_count();
    let warnings = diags.warning_count();
    if errors + warnings > 0 {
        out.extend_from_slice(summary(errors, warnings).as_bytes());
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn summary(errors: usize, warnings: usize) -> String {
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    match (errors, warnings) {
        (0, w) => format!("{} found\n", plural(w, "warning")),
        (e, 0) => format!("{} found\n", plural(e, "error")),
        (e, w) => format!(
            "{} and {} found\n",
            plural(e, "error"),
            plural(w, "warning")
        ),
    }
}

/// A character that may not be printed as it is in a quoted source line.
fn unsafe_in_source(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A source text with each unsafe character replaced by as many `?` as it has bytes, so that
/// every byte offset still points at the same place.
fn mask_source(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if unsafe_in_source(c) {
            out.extend(std::iter::repeat_n('?', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    out
}

/// Text for one line of a message: control characters escaped.
pub fn printable(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if unsafe_in_source(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

fn to_codespan(d: &Diagnostic) -> cs::Diagnostic<crate::files::FileId> {
    let base = match d.severity {
        Severity::Error => cs::Diagnostic::error(),
        Severity::Warning => cs::Diagnostic::warning(),
    };
    let mut message = printable(&d.message);
    if let Some(lang) = &d.language {
        message = format!("{message} [{}]", printable(lang));
    }
    let mut notes = Vec::new();
    if let Some(article) = &d.article {
        notes.push(format!("GDPR {article}"));
    }
    if let Some(help) = &d.help {
        notes.push(format!("help: {}", printable(help)));
    }
    notes.extend(d.notes.iter().map(|n| format!("note: {}", printable(n))));
    let mut cd = base
        .with_code(printable(&d.code))
        .with_message(message)
        .with_notes(notes);
    if let Some(loc) = &d.loc {
        let mut label = cs::Label::primary(loc.file, loc.span.clone());
        if let Some(text) = &d.label {
            label = label.with_message(printable(text));
        }
        let mut labels = vec![label];
        labels.extend(d.related.iter().map(|r| {
            cs::Label::secondary(r.loc.file, r.loc.span.clone()).with_message(printable(&r.label))
        }));
        cd = cd.with_labels(labels);
    }
    cd
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_cannot_start_a_line_or_drive_the_terminal() {
        assert_eq!(
            printable("a\n::error::x\u{1b}[2J"),
            "a\\n::error::x\\u{1b}[2J"
        );
        assert_eq!(mask_source("a\u{1b}b\u{202e}c\n"), "a?b???c\n");
        assert_eq!(mask_source("a\u{1b}b").len(), "a\u{1b}b".len());
    }
}
