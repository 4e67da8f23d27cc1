//! The checks of a site: [`SiteTest`] edited one fact at a time, checked with
//! `--format json`, and the diagnostics read back and asserted at the line that holds a given
//! text (found with [`line_of`], so an edit above it does not break the test).

use super::{SiteTest, line_of};
use serde_json::Value;
use std::path::PathBuf;

/// The passing fixture's version folder, relative to the site root.
pub const V1: &str = "content/notices/shop/1.0";
pub const FACTS: &str = "content/notices/shop/1.0/facts.toml";
pub const NB: &str = "content/notices/shop/1.0/nb.md";
pub const SV: &str = "content/notices/shop/1.0/sv.md";

impl SiteTest {
    /// The minimal site that passes every rule: tests/fixtures/rules/pass.
    pub fn pass() -> Self {
        Self::fixture("rules/pass")
    }

    /// Replace `from` by `to` in a file; `from` must occur exactly once.
    #[track_caller]
    pub fn replace(&self, rel: &str, from: &str, to: &str) -> &Self {
        let text = self.read(rel);
        assert_eq!(
            text.matches(from).count(),
            1,
            "`{from}` must occur once in {rel}"
        );
        self.write(rel, &text.replacen(from, to, 1))
    }

    /// Empty the line that is exactly `line` (after trimming), keeping the line numbers.
    #[track_caller]
    pub fn blank(&self, rel: &str, line: &str) -> &Self {
        let text = self.read(rel);
        let mut found = 0;
        let out: Vec<&str> = text
            .split('\n')
            .map(|l| {
                if l.trim() == line.trim() {
                    found += 1;
                    ""
                } else {
                    l
                }
            })
            .collect();
        assert_eq!(found, 1, "`{line}` must be one line of {rel}");
        self.write(rel, &out.join("\n"))
    }

    /// Empty lines `from..=to` (1-based), keeping the line numbers.
    pub fn blank_lines(&self, rel: &str, from: usize, to: usize) -> &Self {
        let text = self.read(rel);
        let out: Vec<&str> = text
            .split('\n')
            .enumerate()
            .map(|(i, l)| {
                if (from..=to).contains(&(i + 1)) {
                    ""
                } else {
                    l
                }
            })
            .collect();
        self.write(rel, &out.join("\n"))
    }

    /// Add a label in both language files of the passing fixture (at the end of [labels]).
    #[track_caller]
    pub fn label(&self, id: &str) -> &Self {
        for f in [NB, SV] {
            self.replace(
                f,
                "\n\n[legitimate_interests]",
                &format!("\n{id} = \"{id}\"\n\n[legitimate_interests]"),
            );
        }
        self
    }

    /// Run `disclose check --format json` (and any extra arguments).
    #[track_caller]
    pub fn check_with(&self, extra: &[&str]) -> Outcome {
        let mut args = vec!["check", "--format", "json"];
        args.extend_from_slice(extra);
        let out = self.run(&args);
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let json: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| {
            panic!(
                "not JSON ({e}):\n{stdout}\nstderr:\n{}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
        let diags = json["diagnostics"]
            .as_array()
            .expect("diagnostics")
            .iter()
            .map(Diag::from_json)
            .collect();
        Outcome {
            root: self.root.clone(),
            code: out.status.code().unwrap_or(-1),
            diags,
            json,
        }
    }

    #[track_caller]
    pub fn check(&self) -> Outcome {
        self.check_with(&[])
    }
}

/// One diagnostic as the JSON format gives it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diag {
    pub code: String,
    pub file: String,
    pub line: u64,
    pub column: u64,
    pub severity: String,
    pub article: Option<String>,
    pub language: Option<String>,
    pub message: String,
    pub notes: Vec<String>,
}

impl Diag {
    fn from_json(v: &Value) -> Diag {
        let s = |k: &str| v[k].as_str().map(str::to_string);
        Diag {
            code: s("code").expect("code"),
            file: s("file").unwrap_or_default(),
            line: v["line"].as_u64().unwrap_or(0),
            column: v["column"].as_u64().unwrap_or(0),
            severity: s("severity").expect("severity"),
            article: s("article"),
            language: s("language"),
            message: s("message").expect("message"),
            notes: v["notes"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|n| n.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
        }
    }
}

/// The result of a check.
#[derive(Debug)]
pub struct Outcome {
    /// The site checked, to find the line of a text in its files.
    pub root: PathBuf,
    pub code: i32,
    pub diags: Vec<Diag>,
    pub json: Value,
}

impl Outcome {
    pub fn errors(&self) -> Vec<&Diag> {
        self.diags
            .iter()
            .filter(|d| d.severity == "error")
            .collect()
    }

    pub fn warnings(&self) -> Vec<&Diag> {
        self.diags
            .iter()
            .filter(|d| d.severity == "warning")
            .collect()
    }

    /// Exit 0 and no error.
    #[track_caller]
    pub fn assert_clean(&self) -> &Self {
        assert!(
            self.code == 0 && self.errors().is_empty(),
            "expected a clean check, got exit {}:\n{:#?}",
            self.code,
            self.errors()
        );
        self
    }

    /// The 1-based line of the first line of `file` (relative to the site root) containing
    /// `needle`.
    #[track_caller]
    pub fn line_of(&self, file: &str, needle: &str) -> u64 {
        let text = match std::fs::read_to_string(self.root.join(file)) {
            Ok(text) => text,
            Err(e) => panic!("read {file}: {e}"),
        };
        line_of(&text, needle) as u64
    }

    /// Exit 1, every error is of rule `code`, and one of them is at the first line of `file`
    /// that contains `needle`, citing `article` (`None`: no article). Returns that diagnostic.
    #[track_caller]
    pub fn assert_only(
        &self,
        code: &str,
        article: Option<&str>,
        file: &str,
        needle: &str,
    ) -> &Diag {
        let line = self.line_of(file, needle);
        self.assert_only_line(code, article, file, line)
    }

    /// [`Outcome::assert_only`] at a line already known.
    #[track_caller]
    pub fn assert_only_line(
        &self,
        code: &str,
        article: Option<&str>,
        file: &str,
        line: u64,
    ) -> &Diag {
        assert_eq!(self.code, 1, "expected exit 1:\n{:#?}", self.diags);
        let errors = self.errors();
        assert!(
            errors.iter().all(|d| d.code == code),
            "expected only {code} errors:\n{errors:#?}"
        );
        let found = errors
            .iter()
            .copied()
            .find(|d| d.file == file && d.line == line && d.article.as_deref() == article);
        match found {
            Some(d) => d,
            None => panic!("no {code} ({article:?}) at {file}:{line}:\n{errors:#?}"),
        }
    }

    /// The (code, file, line) of every diagnostic, sorted.
    pub fn places(&self) -> Vec<(String, String, u64)> {
        let mut v: Vec<_> = self
            .diags
            .iter()
            .map(|d| (d.code.clone(), d.file.clone(), d.line))
            .collect();
        v.sort();
        v
    }
}
