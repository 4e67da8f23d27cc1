//! Diagnostics as GitHub Actions workflow commands: one `::error` or `::warning` line each,
//! which GitHub shows as an annotation on the file and line of a pull request.
//!
//! ```text
//! ::error file=content/notices/a/1.0/facts.toml,line=12,endLine=12,col=5,endColumn=20,title=R10 (Art. 13(1)(f)%2C 14(1)(f))::the transfer to US relies on art46-2-c …%0Ahelp: add `copy = …`
//! ```
//!
//! Values are escaped as the workflow-command format requires: `%`, `\r` and `\n` everywhere,
//! and `:` and `,` in properties. Paths are relative to the site root, so run `disclose` from
//! the repository root (or the site root is the repository root) for annotations to land on
//! the right file. A last plain line sums up.

use super::{Diagnostic, Diagnostics, Severity};
use crate::files::SourceFiles;

/// Escape the message part of a workflow command.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a property value of a workflow command.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

fn command(d: &Diagnostic, files: &SourceFiles) -> String {
    let level = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut props = Vec::new();
    if let Some(p) = d.position(files) {
        props.push(format!("file={}", escape_property(&p.path)));
        props.push(format!("line={}", p.line));
        props.push(format!("endLine={}", p.end_line));
        props.push(format!("col={}", p.column));
        if p.end_line == p.line {
            props.push(format!("endColumn={}", p.end_column));
        }
    }
    let title = match &d.article {
        Some(a) => format!("{} ({a})", d.code),
        None => d.code.clone(),
    };
    props.push(format!("title={}", escape_property(&title)));
    let mut message = d.message.clone();
    if let Some(lang) = &d.language {
        message.push_str(&format!(" [{lang}]"));
    }
    if let Some(help) = &d.help {
        message.push_str(&format!("\nhelp: {help}"));
    }
    for n in &d.notes_with_places(files) {
        message.push_str(&format!("\nnote: {n}"));
    }
    format!("::{level} {}::{}\n", props.join(","), escape_data(&message))
}

/// Render diagnostics as workflow commands, one per line, and a summary line.
pub fn render(diags: &Diagnostics, files: &SourceFiles) -> String {
    let mut out = String::new();
    for d in &diags.items {
        out.push_str(&command(d, files));
    }
    out.push_str(&format!(
        "disclose: {} error(s), {} warning(s)\n",
        diags.error_count(),
        diags.warning_count()
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::Loc;

    #[test]
    fn escapes_data_and_properties() {
        assert_eq!(escape_data("100%\r\nok"), "100%25%0D%0Aok");
        assert_eq!(escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }

    #[test]
    fn one_annotation_per_diagnostic() {
        let mut files = SourceFiles::default();
        let f = files.add("content/x, y.toml".into(), "a = 1\n".into());
        let diags: Diagnostics = vec![
            Diagnostic::error("R10", "no copy: 50%")
                .at(Loc::new(f, 4..5))
                .article("Art. 13(1)(f), 14(1)(f)")
                .language("nb")
                .help("add it"),
            Diagnostic::warning("W01", "plain"),
        ]
        .into();
        let out = render(&diags, &files);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[0],
            "::error file=content/x%2C y.toml,line=1,endLine=1,col=5,endColumn=6,title=R10 (Art. 13(1)(f)%2C 14(1)(f))::no copy: 50%25 [nb]%0Ahelp: add it"
        );
        assert_eq!(lines[1], "::warning title=W01::plain");
        assert_eq!(lines[2], "disclose: 1 error(s), 1 warning(s)");
    }
}
