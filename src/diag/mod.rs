//! Diagnostics: what is wrong with the source, where, and how to fix it.
//!
//! Every stage reports problems as [`Diagnostic`]s rather than failing on the first one, so a
//! legal team sees everything to fix in one run. A diagnostic names a place in a source file
//! (a [`Loc`]), a code (a rule id such as `R10`, or a load error such as `load/unknown-key`),
//! the GDPR article where one applies, and a `help` line saying what to write.
//!
//! This module also prints them: [`human`] is rustc-like text, [`json`] one documented JSON
//! document, [`github`] GitHub Actions workflow commands, [`sarif`] a SARIF 2.1.0 log.

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use crate::files::{Loc, SourceFiles};
use serde::Serialize;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Best practice: never fails a build unless warnings are denied.
    Warning,
    /// Fails `check` and `build`.
    Error,
}

/// The kinds of problem found while loading source, before any rule runs. A load error means
/// the source cannot be understood; the build stops with exit code 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum LoadError {
    /// A file could not be read, or the site has no `content/site.toml`.
    Io,
    /// Malformed TOML, or a language file without front matter.
    Syntax,
    /// A key that the format does not have.
    UnknownKey,
    /// A value of the wrong type or form (an id with spaces, a bad URL).
    BadValue,
    /// A code that is not in the vocabulary and not declared as your own.
    UnknownCode,
    /// The same id twice.
    DuplicateId,
    /// A reference to an id that is not defined.
    UndefinedReference,
    /// A language the site publishes has no file in a version.
    MissingLanguage,
    /// A date that is not a calendar date, or dates in the wrong order.
    BadDate,
    /// A period that is not an ISO 8601 duration.
    BadDuration,
    /// Folders laid out other than the format says.
    Layout,
    /// A template or locale file of the site or theme is broken.
    Theme,
    /// Raw HTML in prose where the site does not allow it.
    RawHtml,
}

impl LoadError {
    /// The code shown in diagnostics.
    pub fn code(self) -> &'static str {
        match self {
            LoadError::Io => "load/io",
            LoadError::Syntax => "load/syntax",
            LoadError::UnknownKey => "load/unknown-key",
            LoadError::BadValue => "load/bad-value",
            LoadError::UnknownCode => "load/unknown-code",
            LoadError::DuplicateId => "load/duplicate-id",
            LoadError::UndefinedReference => "load/undefined-reference",
            LoadError::MissingLanguage => "load/missing-language",
            LoadError::BadDate => "load/bad-date",
            LoadError::BadDuration => "load/bad-duration",
            LoadError::Layout => "load/layout",
            LoadError::Theme => "load/theme",
            LoadError::RawHtml => "load/raw-html",
        }
    }
}

/// One problem, with everything needed to find and fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// `R10`, `T01`, `load/unknown-key`, …
    pub code: String,
    /// The GDPR article(s) the rule enforces, e.g. `Art. 13(1)(f), 14(1)(f)`.
    pub article: Option<String>,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where. `None` only for problems that belong to no file (a missing folder).
    pub loc: Option<Loc>,
    /// A short label shown at the underlined place.
    pub label: Option<String>,
    /// The language the problem is in, for problems in a language file.
    pub language: Option<String>,
    /// How to fix it.
    pub help: Option<String>,
    /// Anything else worth knowing.
    pub notes: Vec<String>,
    /// Other places the problem concerns (where a repeated id was first defined), each with
    /// what it is there: shown underlined beside the place, or as a note with its line.
    pub related: Vec<Related>,
}

/// Another place a diagnostic concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub loc: Loc,
    /// What is at that place ("first defined here").
    pub label: String,
}

impl Diagnostic {
    pub fn error(code: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code: code.into(),
            article: None,
            message: message.into(),
            loc: None,
            label: None,
            language: None,
            help: None,
            notes: Vec::new(),
            related: Vec::new(),
        }
    }

    pub fn warning(code: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    /// A load error of the given kind.
    pub fn load(kind: LoadError, message: impl Into<String>) -> Self {
        Diagnostic::error(kind.code(), message)
    }

    pub fn at(mut self, loc: Loc) -> Self {
        self.loc = Some(loc);
        self
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn article(mut self, article: impl Into<String>) -> Self {
        self.article = Some(article.into());
        self
    }

    pub fn language(mut self, lang: impl Into<String>) -> Self {
        self.language = Some(lang.into());
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// Another place the problem concerns, with what it is there.
    pub fn also(mut self, loc: Loc, label: impl Into<String>) -> Self {
        self.related.push(Related {
            loc,
            label: label.into(),
        });
        self
    }

    /// The notes, and each related place as one more: "first defined here: path:line:column",
    /// for the formats that cannot underline a second place.
    pub fn notes_with_places(&self, files: &SourceFiles) -> Vec<String> {
        let mut notes = self.notes.clone();
        for r in &self.related {
            let file = files.get(r.loc.file);
            let (line, column) = file.line_col(r.loc.span.start);
            notes.push(format!(
                "{}: {}:{line}:{column}",
                r.label,
                file.path.display().to_string().replace('\\', "/")
            ));
        }
        notes
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:column` of the diagnostic, if it has a place.
    pub fn position(&self, files: &SourceFiles) -> Option<Position> {
        let loc = self.loc.as_ref()?;
        let file = files.get(loc.file);
        let (line, column) = file.line_col(loc.span.start);
        let (end_line, end_column) = file.line_col(loc.span.end);
        Some(Position {
            path: file.path.display().to_string().replace('\\', "/"),
            line,
            column,
            end_line,
            end_column,
        })
    }
}

/// A resolved place: a path relative to the site root and 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Position {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

/// A list of diagnostics, sorted for stable output.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics {
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    /// Is any error one of the source's form rather than of a rule (a broken template or
    /// locale file, found when `check` tries the theme): exit code 2, not 1.
    pub fn has_load_errors(&self) -> bool {
        self.items
            .iter()
            .any(|d| d.is_error() && d.code.starts_with("load/"))
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Sort by file, then place, then code, and drop exact duplicates.
    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| {
            let ka = a.loc.as_ref().map(|l| (l.file, l.span.start));
            let kb = b.loc.as_ref().map(|l| (l.file, l.span.start));
            ka.cmp(&kb)
                .then_with(|| a.code.cmp(&b.code))
                .then_with(|| a.message.cmp(&b.message))
        });
        self.items.dedup();
    }
}

impl From<Vec<Diagnostic>> for Diagnostics {
    fn from(items: Vec<Diagnostic>) -> Self {
        Diagnostics { items }
    }
}

/// What a report says of a rule beyond its id: the rule registry as data, handed to the formats
/// that describe rules (SARIF's `tool.driver.rules`), so that printing diagnostics does not
/// depend on the rules that make them.
#[derive(Debug, Clone, Copy)]
pub struct RuleInfo {
    pub id: &'static str,
    /// The GDPR article(s), or empty.
    pub articles: &'static str,
    pub summary: &'static str,
    pub explanation: &'static str,
    pub example: &'static str,
    pub severity: Severity,
    /// `gdpr`, `translation`, `consistency` or `best-practice`.
    pub family: &'static str,
    pub condition: &'static str,
}

/// The formats diagnostics can be printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// rustc-like text.
    Human { color: bool },
    /// One JSON document.
    Json,
    /// GitHub Actions workflow commands.
    Github,
    /// SARIF 2.1.0.
    Sarif,
}

/// Print diagnostics in a format; `rules` describes the rules for the formats that list them.
pub fn render(
    format: Format,
    diags: &Diagnostics,
    files: &SourceFiles,
    rules: &[RuleInfo],
) -> String {
    match format {
        Format::Human { color } => human::render(diags, files, color),
        Format::Json => json::render(diags, files),
        Format::Github => github::render(diags, files),
        Format::Sarif => sarif::render(diags, files, rules),
    }
}
