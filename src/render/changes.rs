//! The change history in words: each version's semantic changes as sentences of the reader's
//! language, its prose diff as HTML, its dates and corrections. The changes page, the feeds and
//! `disclose diff` are made from this.

use super::markdown::escape;
use super::view::{DateView, ViewError};
use crate::history::prose::{self, Part, Status};
use crate::history::{self, Side, Value, VersionDiff};
use crate::i18n::{Arg, I18nError, Messages};
use crate::lang::Lang;
use crate::model::{Date, Notice, Site, Version};
use crate::source::files::SourceFiles;
use serde::{Deserialize, Serialize};

/// One change, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeWords {
    /// The kind of change (`retention-longer`).
    pub kind: String,
    pub text: String,
    pub material: bool,
    /// Why it is (or is not) material, in words.
    pub reason: String,
}

/// One section's prose diff, as HTML.
#[derive(Debug, Clone, Serialize)]
pub struct SectionChange {
    pub id: String,
    /// The heading, as text.
    pub heading: String,
    /// `added`, `removed` or `changed`.
    pub status: &'static str,
    /// The section's words with `<ins>` and `<del>`, escaped, paragraphs as `<p>`.
    pub html: String,
}

/// A correction recorded with `publish --amend`.
#[derive(Debug, Clone, Serialize)]
pub struct Correction {
    pub date: DateView,
    pub reason: String,
}

/// One published version in the history.
#[derive(Debug, Clone, Serialize)]
pub struct VersionChanges {
    pub number: String,
    pub published: Option<DateView>,
    pub effective: Option<DateView>,
    /// "In force from … to …", "In force since …" or "Takes effect on …".
    pub in_force: String,
    /// The number of the version it replaced.
    pub from: Option<String>,
    /// The legal team's summary (`[changes] summary`), as written.
    pub summary: Option<String>,
    pub material: bool,
    pub changes: Vec<ChangeWords>,
    pub prose: Vec<SectionChange>,
    pub corrections: Vec<Correction>,
}

/// The words of one change, in the language of `msgs`.
pub fn change_words(
    msgs: &Messages<'_>,
    lang: Lang,
    (old, new): (&Version, &Version),
    diff: &VersionDiff,
) -> Result<Vec<ChangeWords>, I18nError> {
    diff.changes
        .iter()
        .map(|c| {
            let words: Vec<(&str, String)> = c
                .args
                .iter()
                .map(|(name, v)| Ok((*name, value_words(msgs, lang, (old, new), v)?)))
                .collect::<Result<_, I18nError>>()?;
            let args: Vec<(&str, Arg<'_>)> = words.iter().map(|(n, w)| (*n, Arg::Str(w))).collect();
            let kind = c.kind.key();
            Ok(ChangeWords {
                text: msgs.msg_args(&kind, &args)?,
                kind: kind.trim_start_matches("change-").to_string(),
                material: c.material,
                reason: msgs.msg(&c.reason.key())?,
            })
        })
        .collect()
}

fn value_words(
    msgs: &Messages<'_>,
    lang: Lang,
    (old, new): (&Version, &Version),
    v: &Value,
) -> Result<String, I18nError> {
    Ok(match v {
        Value::Label { id, side } => {
            let version = match side {
                Side::Old => old,
                Side::New => new,
            };
            version
                .texts
                .get(&lang)
                .and_then(|t| t.label(id))
                .unwrap_or(id)
                .to_string()
        }
        Value::Code { vocab, code } => msgs.code(*vocab, code)?,
        Value::Duration(d) => msgs.duration(d)?,
        Value::Session => msgs.msg("change-session")?,
        Value::Text(s) => s.clone(),
        Value::List(items) => {
            let words = items
                .iter()
                .map(|i| value_words(msgs, lang, (old, new), i))
                .collect::<Result<Vec<_>, _>>()?;
            msgs.and_list(&words)
        }
    })
}

/// The prose diff of one language between two versions, as HTML.
pub fn prose_changes(
    msgs: &Messages<'_>,
    lang: Lang,
    files: &SourceFiles,
    (old, new): (&Version, &Version),
) -> Result<Vec<SectionChange>, I18nError> {
    let (Some(a), Some(b)) = (old.texts.get(&lang), new.texts.get(&lang)) else {
        return Ok(Vec::new());
    };
    let diffs = prose::diff(
        prose::Text {
            text: a,
            src: files.text(a.file),
        },
        prose::Text {
            text: b,
            src: files.text(b.file),
        },
    );
    let (ins, del) = (msgs.msg("ui-inserted")?, msgs.msg("ui-deleted")?);
    let intro = msgs.msg("ui-intro-section")?;
    Ok(diffs
        .into_iter()
        .map(|d| SectionChange {
            heading: if d.id.is_empty() {
                intro.clone()
            } else {
                heading_text(&d.heading)
            },
            id: d.id,
            status: match d.status {
                Status::Added => "added",
                Status::Removed => "removed",
                Status::Changed => "changed",
            },
            html: parts_html(&d.parts, &ins, &del),
        })
        .collect())
}

/// A heading's words without its Markdown marks.
fn heading_text(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '*' | '_' | '`'))
        .collect::<String>()
        .trim()
        .to_string()
}

/// Runs of text as HTML: paragraphs (blank lines in the text) as `<p>`, inserted words in
/// `<ins>` and deleted ones in `<del>`, each with a word for readers who cannot see the marks.
pub fn parts_html(parts: &[Part], ins: &str, del: &str) -> String {
    let mut html = String::from("<p>");
    for part in parts {
        let (open, close, text) = match part {
            Part::Same(t) => (String::new(), "", t),
            Part::Added(t) => (
                format!(
                    "<ins><span class=\"visually-hidden\">{} </span>",
                    escape(ins)
                ),
                "</ins>",
                t,
            ),
            Part::Removed(t) => (
                format!(
                    "<del><span class=\"visually-hidden\">{} </span>",
                    escape(del)
                ),
                "</del>",
                t,
            ),
        };
        let paragraphs: Vec<&str> = text.split("\n\n").collect();
        for (i, p) in paragraphs.iter().enumerate() {
            if i > 0 {
                html.push_str(close);
                html.push_str("</p>\n<p>");
                html.push_str(&open);
            } else {
                html.push_str(&open);
            }
            html.push_str(&escape(p));
        }
        html.push_str(close);
    }
    html.push_str("</p>");
    html.replace("<p></p>", "")
}

fn date_view(msgs: &Messages<'_>, d: Date) -> DateView {
    DateView {
        iso: d.to_string(),
        text: msgs.date(d),
    }
}

/// Every published version of `notice` in `lang`, newest first, with what changed from the
/// version before it. `today` decides between "in force since" and "takes effect on".
pub fn history(
    site: &Site,
    notice: &Notice,
    msgs: &Messages<'_>,
    lang: Lang,
    today: Date,
) -> Result<Vec<VersionChanges>, ViewError> {
    let mut out = Vec::new();
    let spans = notice.in_force();
    let mut previous: Option<&Version> = None;
    for (version, from, until) in spans {
        let in_force = match until {
            Some(to) => msgs.msg_args(
                "ui-in-force-from-to",
                &[
                    ("from", Arg::Str(&msgs.date(from))),
                    ("to", Arg::Str(&msgs.date(to))),
                ],
            )?,
            None if from > today => {
                msgs.msg_args("ui-takes-effect", &[("date", Arg::Str(&msgs.date(from)))])?
            }
            None => msgs.msg_args("ui-in-force-since", &[("date", Arg::Str(&msgs.date(from)))])?,
        };
        let (changes, prose, material) = match previous {
            Some(prev) => {
                let diff = history::diff(prev, version);
                (
                    change_words(msgs, lang, (prev, version), &diff)?,
                    prose_changes(msgs, lang, &site.files, (prev, version))?,
                    diff.material(),
                )
            }
            None => (Vec::new(), Vec::new(), false),
        };
        let corrections = site
            .lock
            .as_ref()
            .and_then(|l| {
                l.lock
                    .versions
                    .iter()
                    .find(|x| x.notice == notice.id && x.version == version.number.as_str())
            })
            .map(|l| {
                l.amendments
                    .iter()
                    .map(|a| Correction {
                        date: Date::parse(&a.date.to_string())
                            .map(|d| date_view(msgs, d))
                            .unwrap_or(DateView {
                                iso: a.date.to_string(),
                                text: a.date.to_string(),
                            }),
                        reason: a.reason.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.push(VersionChanges {
            number: version.number.to_string(),
            published: version
                .facts
                .published
                .as_ref()
                .map(|d| date_view(msgs, d.value)),
            effective: version
                .facts
                .effective
                .as_ref()
                .map(|d| date_view(msgs, d.value)),
            in_force,
            from: previous.map(|p| p.number.to_string()),
            summary: version
                .texts
                .get(&lang)
                .and_then(|t| t.changes_summary.as_ref())
                .map(|s| s.value.value.trim().to_string())
                .filter(|s| !s.is_empty()),
            material,
            changes,
            prose,
            corrections,
        });
        previous = Some(version);
    }
    out.reverse();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_parts_are_marked_and_escaped() {
        let parts = prose::words("a <b> c\n\nd", "a <b> e\n\nd");
        let html = parts_html(&parts, "Inserted:", "Deleted:");
        assert!(html.starts_with("<p>a &lt;b&gt; "), "{html}");
        assert!(html.contains("<del><span class=\"visually-hidden\">Deleted: </span>c</del>"));
        assert!(html.contains("<ins><span class=\"visually-hidden\">Inserted: </span>e</ins>"));
        assert!(html.contains("</p>\n<p>d</p>"), "{html}");
    }
}
