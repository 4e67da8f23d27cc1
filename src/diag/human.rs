//! Human-readable diagnostics, in the style of rustc: the place underlined in the source, the
//! rule and article, and a `help:` line. Colour only when asked for (a terminal, NO_COLOR unset).

use super::{Diagnostic, Diagnostics, Severity};
use crate::source::files::SourceFiles;
use codespan_reporting::diagnostic as cs;
use codespan_reporting::term::{self, Config};

/// Render diagnostics to a string, with ANSI colour if `color`.
pub fn render(diags: &Diagnostics, files: &SourceFiles, color: bool) -> String {
    let config = Config::default();
    let mut out = Vec::new();
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
            out.extend_from_slice(format!("{}: {}\n", d.code, d.message).as_bytes());
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

fn to_codespan(d: &Diagnostic) -> cs::Diagnostic<crate::source::files::FileId> {
    let base = match d.severity {
        Severity::Error => cs::Diagnostic::error(),
        Severity::Warning => cs::Diagnostic::warning(),
    };
    let mut message = d.message.clone();
    if let Some(lang) = &d.language {
        message = format!("{message} [{lang}]");
    }
    let mut notes = Vec::new();
    if let Some(article) = &d.article {
        notes.push(format!("GDPR {article}"));
    }
    if let Some(help) = &d.help {
        notes.push(format!("help: {help}"));
    }
    notes.extend(d.notes.iter().map(|n| format!("note: {n}")));
    let mut cd = base
        .with_code(d.code.clone())
        .with_message(message)
        .with_notes(notes);
    if let Some(loc) = &d.loc {
        let mut label = cs::Label::primary(loc.file, loc.span.clone());
        if let Some(text) = &d.label {
            label = label.with_message(text.clone());
        }
        cd = cd.with_labels(vec![label]);
    }
    cd
}
