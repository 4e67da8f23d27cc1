//! The build report: what a build found and wrote, per language and for the site, for people
//! (a table and a few lines, as Hugo and Zola print them) and for scripts (JSON, described in
//! README.md, "The build report").
//!
//! It is made from what [`crate::build_at`] returns and formats nothing of the notices
//! themselves: counts, the drafts' names, the output folder and the time.

use crate::{BuildStats, pipeline};
use serde::Serialize;
use std::fmt::Write as _;
use std::path::Path;
use std::time::Duration;

/// `1 notice`, `2 notices`: a count with the noun in the right number.
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// What a build did. Fields are added, never renamed (see README.md).
#[derive(Debug, Clone, Serialize)]
pub struct BuildReport {
    /// Was the new site written?
    pub built: bool,
    /// When nothing was built: is the previous output (if any) exactly as it was?
    pub previous_unchanged: bool,
    /// The output folder, as given or resolved (absolute when disclose resolved it).
    pub out: String,
    pub notices: usize,
    /// Notices taken unchanged from the previous build.
    pub notices_unchanged: usize,
    /// Published versions of every notice, drafts not counted.
    pub versions: usize,
    pub drafts: Vec<Draft>,
    /// Were the drafts built into the output (`--drafts`)?
    pub drafts_included: bool,
    pub errors: usize,
    pub warnings: usize,
    /// Per language of the site, in its order: the pages and all files in its folder.
    pub languages: Vec<LanguageFiles>,
    /// The whole output: pages (`.html`) and data files (`.json`, `.jsonld`).
    pub pages: usize,
    pub data_files: usize,
    /// Files written anew, left unchanged and removed; `null` when nothing was built.
    pub files: Option<FileCounts>,
    /// The time the command took, in seconds.
    pub seconds: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Draft {
    pub notice: String,
    pub version: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct LanguageFiles {
    /// The language's code (`nb`, `sv-FI`).
    pub lang: &'static str,
    /// Its folder in the output (`nb`, `sv-fi`).
    pub dir: &'static str,
    pub pages: usize,
    pub files: usize,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct FileCounts {
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
}

impl BuildReport {
    /// A report of a run that may have built (`stats`) or not.
    pub fn new(
        ran: &pipeline::Ran,
        stats: Option<&BuildStats>,
        out: &Path,
        drafts_included: bool,
        took: Duration,
    ) -> BuildReport {
        let warnings = ran
            .diagnostics
            .items
            .iter()
            .filter(|d| !d.is_error())
            .count();
        let mut r = BuildReport {
            built: stats.is_some(),
            previous_unchanged: true,
            out: stats
                .map_or(out, |s| s.written.out.as_path())
                .display()
                .to_string(),
            notices: ran.notices,
            notices_unchanged: ran.cached,
            versions: ran.versions,
            drafts: ran
                .drafts
                .iter()
                .map(|(n, v)| Draft {
                    notice: n.clone(),
                    version: v.clone(),
                })
                .collect(),
            drafts_included,
            errors: ran.diagnostics.items.len() - warnings,
            warnings,
            languages: Vec::new(),
            pages: 0,
            data_files: 0,
            files: None,
            seconds: took.as_secs_f64(),
        };
        if let Some(s) = stats {
            r.languages = s
                .languages
                .iter()
                .map(|l| LanguageFiles {
                    lang: l.lang.code(),
                    dir: l.lang.dir(),
                    pages: l.pages,
                    files: l.files,
                })
                .collect();
            r.pages = s.pages;
            r.data_files = s.json;
            r.files = Some(FileCounts {
                written: s.written.written,
                unchanged: s.written.unchanged,
                removed: s.written.removed,
            });
        }
        r
    }

    /// A report of a build that stopped before its notices were run (the source could not be
    /// read, or the output may not be written): only the folder and the time are known.
    pub fn stopped(out: &Path, previous_unchanged: bool, took: Duration) -> BuildReport {
        BuildReport {
            built: false,
            previous_unchanged,
            out: out.display().to_string(),
            notices: 0,
            notices_unchanged: 0,
            versions: 0,
            drafts: Vec::new(),
            drafts_included: false,
            errors: 0,
            warnings: 0,
            languages: Vec::new(),
            pages: 0,
            data_files: 0,
            files: None,
            seconds: took.as_secs_f64(),
        }
    }

    /// The report for a terminal: the table per language, then the site's counts, the output
    /// folder and the time; after a failure, whether the previous site is unchanged.
    pub fn human(&self) -> String {
        let mut s = String::new();
        if !self.built {
            if self.previous_unchanged {
                s.push_str("nothing was written; the previous site is unchanged\n");
            } else {
                let _ = writeln!(
                    s,
                    "the output in {} is part new, part old: build again (the next build replaces it whole)",
                    self.out
                );
            }
            return s;
        }
        s.push_str(&self.table());
        s.push('\n');
        let mut site = format!(
            "{}, {} published",
            count(self.notices, "notice", "notices"),
            count(self.versions, "version", "versions")
        );
        if !self.drafts.is_empty() {
            let names: Vec<String> = self
                .drafts
                .iter()
                .map(|d| format!("{} {}", d.notice, d.version))
                .collect();
            let drafts = count(self.drafts.len(), "draft", "drafts");
            let how = if self.drafts_included {
                "included, marked as drafts and kept out of search engines"
            } else {
                "not published"
            };
            let _ = write!(site, "; {drafts} {how}: {}", names.join(", "));
        }
        let _ = writeln!(s, "{site}");
        let _ = writeln!(
            s,
            "{}",
            match self.warnings {
                0 => "no warnings".to_string(),
                n => count(n, "warning", "warnings") + " (shown above)",
            }
        );
        let files = self.files.unwrap_or(FileCounts {
            written: 0,
            unchanged: 0,
            removed: 0,
        });
        let removed = match files.removed {
            0 => String::new(),
            n => format!(", {n} removed"),
        };
        let reused = match self.notices_unchanged {
            0 => String::new(),
            n => format!(
                "; {n} of {} unchanged since the last build",
                count(self.notices, "notice", "notices")
            ),
        };
        let _ = writeln!(
            s,
            "built {} and {} into {} in {} ({} written, {} unchanged{removed}{reused})",
            count(self.pages, "page", "pages"),
            count(self.data_files, "JSON file", "JSON files"),
            self.out,
            seconds(self.seconds),
            count(files.written, "file", "files"),
            files.unchanged,
        );
        s
    }

    /// Hugo's table: a column per language, a row per kind of file.
    fn table(&self) -> String {
        let head: Vec<String> = self
            .languages
            .iter()
            .map(|l| l.lang.to_uppercase())
            .collect();
        let rows: [(&str, Vec<usize>); 2] = [
            ("Pages", self.languages.iter().map(|l| l.pages).collect()),
            (
                "All files",
                self.languages.iter().map(|l| l.files).collect(),
            ),
        ];
        let width = |i: usize| {
            rows.iter()
                .map(|(_, v)| v[i].to_string().len())
                .chain([head[i].len()])
                .max()
                .unwrap_or(1)
        };
        let widths: Vec<usize> = (0..head.len()).map(width).collect();
        let label = 13;
        let mut s = format!("{:label$}", "");
        for (h, w) in head.iter().zip(&widths) {
            let _ = write!(s, " | {h:>w$}");
        }
        s.push('\n');
        s.push_str(&"-".repeat(label + 1));
        for w in &widths {
            let _ = write!(s, "+{}", "-".repeat(w + 2));
        }
        s.push('\n');
        for (name, values) in &rows {
            let _ = write!(s, "  {name:<w$}", w = label - 2);
            for (v, w) in values.iter().zip(&widths) {
                let _ = write!(s, " | {v:>w$}");
            }
            s.push('\n');
        }
        s
    }
}

/// `0.42 s`, `12 ms`.
fn seconds(s: f64) -> String {
    if s < 1.0 {
        format!("{:.0} ms", s * 1000.0)
    } else {
        format!("{s:.2} s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_the_noun_in_the_right_number() {
        assert_eq!(count(0, "notice", "notices"), "0 notices");
        assert_eq!(count(1, "notice", "notices"), "1 notice");
        assert_eq!(count(2, "notice", "notices"), "2 notices");
    }

    #[test]
    fn short_times_are_in_milliseconds() {
        assert_eq!(seconds(0.0424), "42 ms");
        assert_eq!(seconds(2.5), "2.50 s");
    }
}
