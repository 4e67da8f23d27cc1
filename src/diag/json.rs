//! Diagnostics as one JSON document, for scripts and CI.
//!
//! The shape is stable: fields are added, never renamed or removed, and `version` changes if
//! that promise is ever broken.
//!
//! ```json
//! {
//!   "version": 1,
//!   "diagnostics": [
//!     {
//!       "severity": "error",
//!       "code": "R10",
//!       "article": "Art. 13(1)(f), 14(1)(f)",
//!       "message": "the transfer to US relies on art46-2-c but does not say where to obtain a copy of the safeguards",
//!       "file": "content/notices/business-contacts/2.1/facts.toml",
//!       "line": 88,
//!       "column": 35,
//!       "end_line": 88,
//!       "end_column": 46,
//!       "language": null,
//!       "help": "add `copy = \"https://…\"` where the safeguards are published, or an e-mail address to request them",
//!       "notes": []
//!     }
//!   ],
//!   "errors": 1,
//!   "warnings": 0
//! }
//! ```
//!
//! - `severity`: `"error"` (fails `check` and `build`) or `"warning"` (fails only with
//!   `--deny-warnings`).
//! - `code`: a rule id (`R01`…`R18`, `R12a`, `T…`, `C…`, `W…`; `disclose explain <code>`) or a
//!   load error (`load/…`, exit code 2).
//! - `article`: the GDPR article(s), following the context's collection (Art. 13 for direct,
//!   Art. 14 for indirect, both for both), or `null`.
//! - `file`: the path relative to the site root, with `/`; `line`, `column`, `end_line`,
//!   `end_column`: 1-based, columns in characters, the end exclusive. All five are `null` for
//!   a problem that belongs to no file.
//! - `language`: `nb`, `sv`, `da` or `fi` when the problem is in one language, else `null`.
//! - `help`: how to fix it, or `null`; `notes`: further facts (where a related id is defined,
//!   as `path:line:column`).
//!
//! Diagnostics are sorted by file, place and code.

use super::{Diagnostics, Severity};
use crate::files::SourceFiles;
use serde::Serialize;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    diagnostics: Vec<Item<'a>>,
    errors: usize,
    warnings: usize,
    /// What the command adds beside the diagnostics (`build`: its report).
    #[serde(flatten)]
    extra: serde_json::Map<String, serde_json::Value>,
}

#[derive(Serialize)]
struct Item<'a> {
    severity: Severity,
    code: &'a str,
    article: Option<&'a str>,
    message: &'a str,
    file: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    language: Option<&'a str>,
    help: Option<&'a str>,
    notes: Vec<String>,
}

/// Render diagnostics as a pretty-printed JSON document, ending with a newline.
pub fn render(diags: &Diagnostics, files: &SourceFiles) -> String {
    render_with(diags, files, serde_json::Map::new())
}

/// [`render`], with more fields beside the diagnostics (a command's own summary).
pub fn render_with(
    diags: &Diagnostics,
    files: &SourceFiles,
    extra: serde_json::Map<String, serde_json::Value>,
) -> String {
    let doc = Document {
        version: 1,
        diagnostics: diags
            .items
            .iter()
            .map(|d| {
                let pos = d.position(files);
                Item {
                    severity: d.severity,
                    code: &d.code,
                    article: d.article.as_deref(),
                    message: &d.message,
                    file: pos.as_ref().map(|p| p.path.clone()),
                    line: pos.as_ref().map(|p| p.line),
                    column: pos.as_ref().map(|p| p.column),
                    end_line: pos.as_ref().map(|p| p.end_line),
                    end_column: pos.as_ref().map(|p| p.end_column),
                    language: d.language.as_deref(),
                    help: d.help.as_deref(),
                    notes: d.notes_with_places(files),
                }
            })
            .collect(),
        errors: diags.error_count(),
        warnings: diags.warning_count(),
        extra,
    };
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_else(|e| {
        // Serialising plain strings and numbers cannot fail; keep the output valid anyway.
        format!(
            "{{\"version\":1,\"diagnostics\":[],\"errors\":0,\"warnings\":0,\"failure\":{:?}}}",
            e.to_string()
        )
    });
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Diagnostic;
    use crate::files::Loc;

    #[test]
    fn has_the_documented_shape() {
        let mut files = SourceFiles::default();
        let f = files.add("content/a.toml".into(), "x = 1\nid = \"é\"\n".into());
        let diags: Diagnostics = vec![
            Diagnostic::error("R10", "msg")
                .at(Loc::new(f, 11..15))
                .article("Art. 13(1)(f)")
                .language("sv")
                .help("do it")
                .note("n"),
            Diagnostic::warning("load/io", "no place"),
        ]
        .into();
        let v: serde_json::Value =
            serde_json::from_str(&render(&diags, &files)).expect("valid JSON");
        assert_eq!(v["version"], 1);
        assert_eq!(v["errors"], 1);
        assert_eq!(v["warnings"], 1);
        let d = &v["diagnostics"][0];
        assert_eq!(d["severity"], "error");
        assert_eq!(d["code"], "R10");
        assert_eq!(d["article"], "Art. 13(1)(f)");
        assert_eq!(d["file"], "content/a.toml");
        assert_eq!(
            (d["line"].as_u64(), d["column"].as_u64()),
            (Some(2), Some(6))
        );
        assert_eq!(
            (d["end_line"].as_u64(), d["end_column"].as_u64()),
            (Some(2), Some(9))
        );
        assert_eq!(d["language"], "sv");
        assert_eq!(d["help"], "do it");
        assert_eq!(d["notes"][0], "n");
        let w = &v["diagnostics"][1];
        assert!(w["file"].is_null() && w["line"].is_null() && w["article"].is_null());
    }
}
