//! What the change history says, for the terminal and for scripts: `disclose diff` (what
//! changed between two versions, in a language) and `disclose at` (which version was in force
//! on a day).

use crate::history::{self, prose};
use crate::i18n::Locales;
use crate::lang::Lang;
use crate::model::{Date, Notice, Site, Version};
use crate::render::changes::{self, ChangeWords};
use serde::Serialize;
use std::fmt;

/// Why a question about the history cannot be answered.
#[derive(Debug)]
pub enum InspectError {
    UnknownNotice {
        notice: String,
        known: Vec<String>,
    },
    UnknownVersion {
        notice: String,
        version: String,
        known: Vec<String>,
    },
    UnknownLanguage {
        lang: String,
        known: Vec<String>,
    },
    /// The locales could not word a change.
    Words(String),
}

impl fmt::Display for InspectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InspectError::UnknownNotice { notice, known } => write!(
                f,
                "error: there is no notice `{notice}` under content/notices/\nhelp: the notices are: {}",
                known.join(", ")
            ),
            InspectError::UnknownVersion {
                notice,
                version,
                known,
            } => write!(
                f,
                "error: {notice} has no version {version}\nhelp: its versions are: {}",
                known.join(", ")
            ),
            InspectError::UnknownLanguage { lang, known } => write!(
                f,
                "error: the site is not published in `{lang}`\nhelp: its languages are: {}",
                known.join(", ")
            ),
            InspectError::Words(e) => write!(f, "error: {e}"),
        }
    }
}

impl std::error::Error for InspectError {}

/// The changes between two versions, in one language.
#[derive(Debug, Serialize)]
pub struct DiffReport {
    pub notice: String,
    pub from: String,
    pub to: String,
    pub lang: Lang,
    pub material: bool,
    /// Each change in words, and as data.
    pub changes: Vec<DiffChange>,
    pub prose: Vec<prose::SectionDiff>,
}

#[derive(Debug, Serialize)]
pub struct DiffChange {
    #[serde(flatten)]
    pub words: ChangeWords,
    pub fact: history::Change,
}

fn notice<'a>(site: &'a Site, id: &str) -> Result<&'a Notice, InspectError> {
    site.notice(id).ok_or_else(|| InspectError::UnknownNotice {
        notice: id.to_string(),
        known: site.notices.iter().map(|n| n.id.clone()).collect(),
    })
}

fn version<'a>(notice: &'a Notice, number: &str) -> Result<&'a Version, InspectError> {
    notice
        .versions
        .iter()
        .find(|v| v.number.as_str() == number)
        .ok_or_else(|| InspectError::UnknownVersion {
            notice: notice.id.clone(),
            version: number.to_string(),
            known: notice
                .versions
                .iter()
                .map(|v| v.number.to_string())
                .collect(),
        })
}

/// The language asked for, or the site's default.
pub fn language(site: &Site, lang: Option<&str>) -> Result<Lang, InspectError> {
    let known = || {
        site.config
            .languages
            .iter()
            .map(|l| l.code().to_string())
            .collect()
    };
    match lang {
        None => Ok(site.config.default_language),
        Some(code) => Lang::from_code(code)
            .filter(|l| site.config.languages.contains(l))
            .ok_or_else(|| InspectError::UnknownLanguage {
                lang: code.to_string(),
                known: known(),
            }),
    }
}

/// What changed from version `a` to version `b` of a notice, worded in `lang`.
pub fn diff(
    site: &Site,
    notice_id: &str,
    (a, b): (&str, &str),
    lang: Lang,
) -> Result<DiffReport, InspectError> {
    let n = notice(site, notice_id)?;
    let (old, new) = (version(n, a)?, version(n, b)?);
    let locales = Locales::load(&site.config.languages, &site.locale_overrides, &site.files)
        .map_err(|d| {
            InspectError::Words(
                d.first()
                    .map(|d| d.message.clone())
                    .unwrap_or_else(|| "the locales cannot be read".into()),
            )
        })?;
    let msgs = locales.get(lang);
    let facts = history::diff(old, new);
    let words = changes::change_words(&msgs, lang, (old, new), &facts)
        .map_err(|e| InspectError::Words(e.to_string()))?;
    let prose = match (old.texts.get(&lang), new.texts.get(&lang)) {
        (Some(x), Some(y)) => prose::diff(
            prose::Text {
                text: x,
                src: site.files.text(x.file),
            },
            prose::Text {
                text: y,
                src: site.files.text(y.file),
            },
        ),
        _ => Vec::new(),
    };
    Ok(DiffReport {
        notice: n.id.clone(),
        from: old.number.to_string(),
        to: new.number.to_string(),
        lang,
        material: facts.material(),
        changes: words
            .into_iter()
            .zip(facts.changes)
            .map(|(words, fact)| DiffChange { words, fact })
            .collect(),
        prose,
    })
}

impl fmt::Display for DiffReport {
    /// For a terminal: one line a change, then each changed section with `[-deleted-]` and
    /// `{+inserted+}` words, readable without colour.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let material = self.changes.iter().filter(|c| c.words.material).count();
        writeln!(
            f,
            "{} {} → {} ({}): {} change{} in the facts, {material} material",
            self.notice,
            self.from,
            self.to,
            self.lang,
            self.changes.len(),
            if self.changes.len() == 1 { "" } else { "s" }
        )?;
        for c in &self.changes {
            let mark = if c.words.material {
                "material"
            } else {
                "minor   "
            };
            writeln!(f, "  {mark}  {} ({})", c.words.text, c.words.reason)?;
        }
        if self.prose.is_empty() {
            return writeln!(f, "\nno change in the {} text", self.lang);
        }
        for s in &self.prose {
            let name = if s.id.is_empty() {
                "(introduction)".to_string()
            } else {
                format!("#{}", s.id)
            };
            let status = match s.status {
                prose::Status::Added => "added",
                prose::Status::Removed => "removed",
                prose::Status::Changed => "changed",
            };
            writeln!(f, "\n{name} {} ({status}):", s.heading.trim())?;
            let mut line = String::from("  ");
            for part in &s.parts {
                match part {
                    prose::Part::Same(t) => line.push_str(t),
                    prose::Part::Added(t) => line.push_str(&format!("{{+{t}+}}")),
                    prose::Part::Removed(t) => line.push_str(&format!("[-{t}-]")),
                }
            }
            writeln!(f, "{}", line.replace("\n\n", "\n\n  "))?;
        }
        Ok(())
    }
}

/// The version of a notice in force on a day.
#[derive(Debug, Serialize)]
pub struct AtReport {
    pub notice: String,
    pub date: String,
    /// `None` when no version was in force yet.
    pub version: Option<String>,
    pub from: Option<String>,
    /// The last day it was in force, when a later version replaced it.
    pub until: Option<String>,
    /// The first version's first day, when none was in force yet.
    pub first: Option<String>,
    /// The version's permanent address in each language.
    pub urls: Vec<(Lang, String)>,
}

/// Which version of `notice_id` was in force on `day`.
pub fn at(site: &Site, notice_id: &str, day: Date) -> Result<AtReport, InspectError> {
    let n = notice(site, notice_id)?;
    let spans = n.in_force();
    let hit = spans.iter().rev().find(|(_, from, _)| *from <= day);
    let current = n.current();
    let urls = |v: &Version| -> Vec<(Lang, String)> {
        site.config
            .languages
            .iter()
            .filter_map(|&l| {
                let slug = current?.texts.get(&l)?.slug.as_ref()?;
                Some((
                    l,
                    format!(
                        "{}/{}/{}/{}/",
                        site.config.base_url,
                        l.code(),
                        slug.value,
                        v.number
                    ),
                ))
            })
            .collect()
    };
    Ok(AtReport {
        notice: n.id.clone(),
        date: day.to_string(),
        version: hit.map(|(v, _, _)| v.number.to_string()),
        from: hit.map(|(_, f, _)| f.to_string()),
        until: hit.and_then(|(_, _, u)| u.map(|d| d.to_string())),
        first: spans
            .first()
            .map(|(_, f, _)| f.to_string())
            .filter(|_| hit.is_none()),
        urls: hit.map(|(v, _, _)| urls(v)).unwrap_or_default(),
    })
}

impl fmt::Display for AtReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.version, &self.from) {
            (Some(v), Some(from)) => {
                match &self.until {
                    Some(until) => writeln!(
                        f,
                        "{} {v} was in force on {} (from {from} to {until})",
                        self.notice, self.date
                    )?,
                    None => writeln!(
                        f,
                        "{} {v} is in force on {} (since {from})",
                        self.notice, self.date
                    )?,
                }
                for (l, u) in &self.urls {
                    writeln!(f, "  {l}: {u}")?;
                }
                Ok(())
            }
            _ => match &self.first {
                Some(first) => writeln!(
                    f,
                    "no version of {} was in force on {}: the first took effect on {first}",
                    self.notice, self.date
                ),
                None => writeln!(f, "{} has no published version", self.notice),
            },
        }
    }
}
