//! The prose diff: each section of one language's text, word by word, between two versions.
//!
//! Sections are matched by their `{#id}`; the text before the first section is the section
//! with the empty id. Text is compared as paragraphs of words, so re-wrapping a paragraph is
//! not a change.

use crate::model::LangText;
use serde::Serialize;
use similar::{Algorithm, ChangeTag};
use std::ops::Range;

/// One section that differs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionDiff {
    /// The section's id; empty for the text before the first section.
    pub id: String,
    /// Its heading as written in the newer version (the older one's if it was removed).
    pub heading: String,
    pub status: Status,
    pub parts: Vec<Part>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Added,
    Removed,
    Changed,
}

/// A run of text: kept, inserted or deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    Same(String),
    Added(String),
    Removed(String),
}

/// One language file's text and the source it is in.
#[derive(Clone, Copy)]
pub struct Text<'a> {
    pub text: &'a LangText,
    pub src: &'a str,
}

impl<'a> Text<'a> {
    fn sections(&self) -> Vec<(&'a str, &'a str, Range<usize>)> {
        let mut v = vec![("", "", self.text.prose.intro.clone())];
        v.extend(
            self.text
                .prose
                .sections
                .iter()
                .map(|s| (s.id.as_str(), s.heading.as_str(), s.body.clone())),
        );
        v
    }

    fn raw(&self, range: Range<usize>) -> &'a str {
        self.src.get(range).unwrap_or("")
    }

    fn body(&self, range: Range<usize>) -> String {
        normalise(self.raw(range))
    }
}

/// Do two texts say the same words, however they are wrapped? (Byte equality first: most
/// sections do not change between versions.)
fn same_words(a: &str, b: &str) -> bool {
    a == b || a.split_whitespace().eq(b.split_whitespace())
}

/// Paragraphs with their words separated by single spaces, one blank line between paragraphs.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // In a run of whitespace: whether it holds a blank line (two line breaks).
    let mut gap: Option<bool> = None;
    let mut breaks = 0;
    let mut word_start: Option<usize> = None;
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Bytes, with a character decoded only where one starts outside ASCII.
        let (space, len) = if b.is_ascii() {
            (b.is_ascii_whitespace() || b == 0x0b, 1)
        } else {
            let c = s.get(i..).and_then(|t| t.chars().next());
            (
                c.is_some_and(char::is_whitespace),
                c.map_or(1, char::len_utf8),
            )
        };
        if !space {
            if word_start.is_none() {
                if let Some(blank) = gap.take()
                    && !out.is_empty()
                {
                    out.push_str(if blank { "\n\n" } else { " " });
                }
                breaks = 0;
                word_start = Some(i);
            }
            i += len;
            continue;
        }
        if let Some(start) = word_start.take() {
            out.push_str(s.get(start..i).unwrap_or(""));
        }
        breaks += usize::from(b == b'\n');
        gap = Some(gap.unwrap_or(false) || breaks >= 2);
        i += len;
    }
    if let Some(start) = word_start {
        out.push_str(s.get(start..).unwrap_or(""));
    }
    out
}

/// Every section of `new` that differs from the same section of `old`, in the newer version's
/// order, then the sections `new` no longer has.
pub fn diff(old: Text<'_>, new: Text<'_>) -> Vec<SectionDiff> {
    let before = old.sections();
    let after = new.sections();
    let mut out = Vec::new();
    for (id, heading, range) in &after {
        match before.iter().find(|(i, _, _)| i == id) {
            Some((_, _, r)) => {
                if same_words(old.raw(r.clone()), new.raw(range.clone())) {
                    continue;
                }
                let (then, now) = (old.body(r.clone()), new.body(range.clone()));
                if then != now {
                    out.push(SectionDiff {
                        id: id.to_string(),
                        heading: heading.to_string(),
                        status: Status::Changed,
                        parts: words(&then, &now),
                    });
                }
            }
            None => {
                let now = new.body(range.clone());
                if !now.is_empty() {
                    out.push(SectionDiff {
                        id: id.to_string(),
                        heading: heading.to_string(),
                        status: Status::Added,
                        parts: vec![Part::Added(now)],
                    });
                }
            }
        }
    }
    for (id, heading, range) in &before {
        if after.iter().any(|(i, _, _)| i == id) {
            continue;
        }
        let then = old.body(range.clone());
        if !then.is_empty() {
            out.push(SectionDiff {
                id: id.to_string(),
                heading: heading.to_string(),
                status: Status::Removed,
                parts: vec![Part::Removed(then)],
            });
        }
    }
    out
}

/// The ids of the sections both versions have and whose words differ.
pub fn changed_sections(old: Text<'_>, new: Text<'_>) -> Vec<String> {
    let before = old.sections();
    new.sections()
        .into_iter()
        .filter(|(id, _, _)| !id.is_empty())
        .filter_map(|(id, _, range)| {
            let (_, _, r) = before.iter().find(|(i, _, _)| *i == id)?;
            (!same_words(old.raw(r.clone()), new.raw(range))).then(|| id.to_string())
        })
        .collect()
}

/// A word-level diff, runs of the same kind joined, and changes separated only by spaces
/// joined into one deletion and one insertion ("[-ett år-]{+24 månader+}", not word by word).
pub fn words(old: &str, new: &str) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::new();
    // The deletion and insertion being gathered.
    let (mut del, mut ins) = (String::new(), String::new());
    let flush = |out: &mut Vec<Part>, del: &mut String, ins: &mut String| {
        if !del.is_empty() {
            out.push(Part::Removed(std::mem::take(del)));
        }
        if !ins.is_empty() {
            out.push(Part::Added(std::mem::take(ins)));
        }
    };
    let parts = runs(old, new);
    for (i, part) in parts.iter().enumerate() {
        match part {
            Part::Removed(t) => del.push_str(t),
            Part::Added(t) => ins.push_str(t),
            Part::Same(t) => {
                let between_changes = (!del.is_empty() || !ins.is_empty())
                    && t.trim().is_empty()
                    && !t.contains("\n\n")
                    && matches!(parts.get(i + 1), Some(Part::Added(_) | Part::Removed(_)));
                if between_changes {
                    if !del.is_empty() {
                        del.push_str(t);
                    }
                    if !ins.is_empty() {
                        ins.push_str(t);
                    }
                } else {
                    flush(&mut out, &mut del, &mut ins);
                    out.push(Part::Same(t.clone()));
                }
            }
        }
    }
    flush(&mut out, &mut del, &mut ins);
    out
}

/// The word-level diff as the diff algorithm gives it, runs of the same kind joined.
fn runs(old: &str, new: &str) -> Vec<Part> {
    let mut parts: Vec<Part> = Vec::new();
    for (tag, s) in similar::utils::diff_words(Algorithm::Patience, old, new) {
        let joined = match (parts.last_mut(), tag) {
            (Some(Part::Same(x)), ChangeTag::Equal)
            | (Some(Part::Added(x)), ChangeTag::Insert)
            | (Some(Part::Removed(x)), ChangeTag::Delete) => {
                x.push_str(s);
                true
            }
            _ => false,
        };
        if !joined {
            parts.push(match tag {
                ChangeTag::Equal => Part::Same(s.to_string()),
                ChangeTag::Insert => Part::Added(s.to_string()),
                ChangeTag::Delete => Part::Removed(s.to_string()),
            });
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_marked_inserted_and_deleted() {
        let parts = words(
            "klaga hos Datainspektionen om du",
            "klaga hos Integritetsskyddsmyndigheten om du",
        );
        assert!(parts.contains(&Part::Removed("Datainspektionen".into())));
        assert!(parts.contains(&Part::Added("Integritetsskyddsmyndigheten".into())));
        assert_eq!(parts.first(), Some(&Part::Same("klaga hos ".into())));
    }

    #[test]
    fn neighbouring_changes_are_one() {
        let parts = words("i ett år därefter", "i 24 månader därefter");
        assert_eq!(
            parts,
            [
                Part::Same("i ".into()),
                Part::Removed("ett år".into()),
                Part::Added("24 månader".into()),
                Part::Same(" därefter".into()),
            ]
        );
    }

    #[test]
    fn rewrapping_is_not_a_change() {
        assert_eq!(normalise("a b\nc\n\n\nd  e\n"), normalise("a\nb c\n\nd e"));
        assert_eq!(normalise("  a b\nc\n \n d  e\n"), "a b c\n\nd e");
        assert_ne!(normalise("a b\n\nc"), normalise("a b c"));
        // Whitespace outside ASCII separates words too; letters outside ASCII are kept whole.
        assert_eq!(
            normalise("æ\u{a0}ø\u{2028}å\u{b}ü\u{3000}\n\n€"),
            "æ ø å ü\n\n€"
        );
        assert_eq!(normalise("\u{a0}\n\u{a0}\nfør"), "før");
    }
}
