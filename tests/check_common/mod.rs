//! Helpers for the tests of `disclose check`: a fixture site copied into a temporary folder,
//! edited one fact at a time, checked with `--format json`, and the diagnostics read back.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::PathBuf;

pub use crate::common::{copy_dir, repo_root};

/// The passing fixture's version folder, relative to the site root.
pub const V1: &str = "content/notices/shop/1.0";
pub const FACTS: &str = "content/notices/shop/1.0/facts.toml";
pub const NB: &str = "content/notices/shop/1.0/nb.md";
pub const SV: &str = "content/notices/shop/1.0/sv.md";

/// A site in a temporary folder.
pub struct Site {
    _dir: tempfile::TempDir,
    pub root: PathBuf,
}

impl Site {
    /// A copy of a folder of the repository (relative to its root).
    pub fn copy_of(rel: &str) -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("site");
        fs::create_dir_all(&root).expect("mkdir");
        copy_dir(&repo_root().join(rel), &root);
        Site { _dir: dir, root }
    }

    /// The repository's example site: a copy of its content/.
    pub fn example() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("site");
        copy_dir(&repo_root().join("content"), &root.join("content"));
        Site { _dir: dir, root }
    }

    /// The minimal site that passes every rule: tests/fixtures/rules/pass.
    pub fn pass() -> Self {
        Self::copy_of("tests/fixtures/rules/pass")
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.root.join(rel)).expect("read")
    }

    pub fn write(&self, rel: &str, text: &str) -> &Self {
        let p = self.root.join(rel);
        fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        fs::write(p, text).expect("write");
        self
    }

    /// Replace `from` by `to` in a file; `from` must occur exactly once.
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

    pub fn cmd(&self, args: &[&str]) -> std::process::Output {
        Command::cargo_bin("disclose")
            .expect("binary")
            .arg("--root")
            .arg(&self.root)
            .args(args)
            .env("NO_COLOR", "1")
            .output()
            .expect("run disclose")
    }

    /// Run `disclose check --format json` (and any extra arguments).
    pub fn check_with(&self, extra: &[&str]) -> Outcome {
        let mut args = vec!["check", "--format", "json"];
        args.extend_from_slice(extra);
        let out = self.cmd(&args);
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
            code: out.status.code().unwrap_or(-1),
            diags,
            json,
        }
    }

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
    pub fn assert_clean(&self) -> &Self {
        assert!(
            self.code == 0 && self.errors().is_empty(),
            "expected a clean check, got exit {}:\n{:#?}",
            self.code,
            self.errors()
        );
        self
    }

    /// Exit 1, every error is of rule `code`, and one of them is at `file:line` citing
    /// `article` (`None`: no article). Returns that diagnostic.
    pub fn assert_only(&self, code: &str, article: Option<&str>, file: &str, line: u64) -> &Diag {
        assert_eq!(self.code, 1, "expected exit 1:\n{:#?}", self.diags);
        let errors = self.errors();
        assert!(
            errors.iter().all(|d| d.code == code),
            "expected only {code} errors:\n{errors:#?}"
        );
        errors
            .iter()
            .copied()
            .find(|d| d.file == file && d.line == line && d.article.as_deref() == article)
            .unwrap_or_else(|| panic!("no {code} ({article:?}) at {file}:{line}:\n{errors:#?}"))
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
