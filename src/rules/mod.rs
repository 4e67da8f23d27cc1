//! The rule registry: every check disclose runs on a loaded site, as data.
//!
//! Like clippy's lint registry, each [`Rule`] carries its id, the GDPR article(s) it enforces,
//! a one-line summary, a long explanation (which states the rule's condition), a minimal
//! example of source that satisfies it, its severity, and the function that checks it, next to
//! that function in the file of its family:
//!
//! | family | ids | file |
//! |---|---|---|
//! | GDPR Art. 13/14 (and 21(4)) | `R01`–`R18`, `R12a` | `controller.rs`, `purposes.rs`, `data.rs`, `transfers.rs`, `retention.rs`, `rights.rs`, `decisions.rs` |
//! | translation completeness | `T01`… | `translations.rs` |
//! | consistency of the facts | `C01`… | `consistency.rs`, `waivers.rs` |
//! | best practice (warnings) | `W01`… | `best_practice.rs` |
//!
//! Conditions are decided from facts (`facts.toml`, and which keys a language file's front
//! matter has), never from prose. The one exception is `W01`, a best-practice warning that
//! looks for "check this page regularly" wording (WP260 para 29) and never fails a build
//! unless warnings are denied.
//!
//! Every version of every notice is checked, published or draft. A rule of the GDPR family is
//! applied per processing context: Art. 13 for `collection = "direct"`, Art. 14 for
//! `"indirect"`, both for `"both"`, and the article a diagnostic cites follows the context.
//!
//! **Waivers.** A context's `waivers = [{ rule, ground, reason }]` silences one GDPR rule for
//! that context, when the waiver is valid (see `C07`–`C10`): a finding is dropped when every
//! context it concerns validly waives its rule. Waived findings are not printed by `check`;
//! the waiver itself is shown on the notice's page and in its JSON, so it is never silent. An
//! invalid waiver silences nothing and is reported.

mod best_practice;
mod consistency;
mod controller;
mod data;
mod decisions;
mod declarations;
mod lock;
mod purposes;
mod retention;
mod rights;
mod transfers;
mod translations;
mod waivers;
mod walk;

use crate::diag::{Diagnostic, Severity};
use crate::model::{Context, Facts, Site};

pub use translations::missing_label;

/// Which kind of rule this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// A disclosure GDPR Art. 13 or 14 (or the Art. 21(4) presentation rule) requires.
    Gdpr,
    /// Every published language says everything the others say.
    Translation,
    /// The facts agree with each other.
    Consistency,
    /// Good practice beyond the letter of the law; warnings.
    BestPractice,
}

impl Family {
    pub fn name(self) -> &'static str {
        match self {
            Family::Gdpr => "gdpr",
            Family::Translation => "translation",
            Family::Consistency => "consistency",
            Family::BestPractice => "best-practice",
        }
    }
}

/// One rule.
#[derive(Debug)]
pub struct Rule {
    /// `R01` … `R18`, `R12a`, or a family-prefixed id such as `T01`.
    pub id: &'static str,
    /// The GDPR article(s), e.g. `Art. 13(1)(f), 14(1)(f)`; empty for rules beyond the GDPR.
    pub articles: &'static str,
    pub summary: &'static str,
    pub explanation: &'static str,
    pub example: &'static str,
    pub severity: Severity,
    pub check: fn(&Site, &mut Vec<Diagnostic>),
    /// The family the rule belongs to.
    pub family: Family,
    /// When the rule applies, in one line, decided from facts.
    pub condition: &'static str,
    /// The point of Art. 13 the rule enforces for direct collection, e.g. `13(1)(f)`; `None`
    /// when Art. 13 has no such point (or the rule is not an Art. 13/14 rule).
    pub art13: Option<&'static str>,
    /// The point of Art. 14 for indirect collection, e.g. `14(1)(f)`.
    pub art14: Option<&'static str>,
    /// Does the rule apply to this context at all? Decides whether a waiver of it makes sense.
    /// `None` for rules that cannot be waived (every rule outside the GDPR family).
    pub applies: Option<fn(&Facts, &Context) -> bool>,
}

impl Rule {
    /// Can a context waive this rule?
    pub fn waivable(&self) -> bool {
        self.family == Family::Gdpr && self.applies.is_some()
    }

    /// The article(s) to cite for a finding that concerns contexts with these kinds of
    /// collection: Art. 13 when any of them is direct, Art. 14 when any is indirect.
    pub fn article_for(&self, art13: bool, art14: bool) -> String {
        let a13 = self.art13.filter(|_| art13);
        let a14 = self.art14.filter(|_| art14);
        match (a13, a14) {
            (Some(a), Some(b)) => format!("Art. {a}, {b}"),
            (Some(a), None) | (None, Some(a)) => format!("Art. {a}"),
            (None, None) => self.articles.to_string(),
        }
    }
}

/// Every rule, in the order `disclose rules` lists them.
static REGISTRY: [Rule; 50] = [
    controller::R01,
    controller::R02,
    controller::R03,
    purposes::R04,
    purposes::R05,
    purposes::R06,
    data::R07,
    data::R08,
    transfers::R09,
    transfers::R10,
    retention::R11,
    rights::R12,
    rights::R12A,
    rights::R13,
    rights::R14,
    decisions::R15,
    data::R16,
    decisions::R17,
    purposes::R18,
    translations::T01,
    translations::T02,
    translations::T03,
    translations::T04,
    translations::T05,
    translations::T06,
    translations::T07,
    consistency::C01,
    consistency::C02,
    consistency::C03,
    consistency::C04,
    consistency::C05,
    consistency::C06,
    waivers::C07,
    waivers::C08,
    waivers::C09,
    waivers::C10,
    declarations::C11,
    declarations::C12,
    declarations::C13,
    declarations::C14,
    lock::C15,
    lock::C16,
    lock::C17,
    consistency::C18,
    best_practice::W01,
    best_practice::W02,
    best_practice::W03,
    best_practice::W04,
    best_practice::W05,
    best_practice::W06,
];

/// Every rule, in the order `disclose rules` lists them.
pub fn registry() -> &'static [Rule] {
    &REGISTRY
}

/// Every rule as the diagnostic formats describe it (SARIF's rule descriptors).
pub fn infos() -> Vec<crate::diag::RuleInfo> {
    registry()
        .iter()
        .map(|r| crate::diag::RuleInfo {
            id: r.id,
            articles: r.articles,
            summary: r.summary,
            explanation: r.explanation,
            example: r.example,
            severity: r.severity,
            family: r.family.name(),
            condition: r.condition,
        })
        .collect()
}

/// Look a rule up by id (case-insensitive).
pub fn find(id: &str) -> Option<&'static Rule> {
    registry().iter().find(|r| r.id.eq_ignore_ascii_case(id))
}

/// Run every rule.
///
/// A published version that a newer one has replaced is history: it is never rewritten to
/// satisfy a rule (a newer disclose may have more), so its findings are warnings, said to be
/// about a version no longer in force. The rules that guard the history itself (C15, C16, C17)
/// stay errors.
pub fn check(site: &Site) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for rule in registry() {
        (rule.check)(site, &mut out);
    }
    let history = superseded_files(site);
    if !history.is_empty() {
        for d in &mut out {
            let Some(version) = d.loc.as_ref().and_then(|l| history.get(&l.file)) else {
                continue;
            };
            if d.is_error() && !matches!(d.code.as_str(), "C15" | "C16" | "C17") {
                d.severity = Severity::Warning;
                d.message = format!("{version}, no longer in force: {}", d.message);
            }
        }
    }
    out
}

/// The files of every published version that a newer published version replaced, with the
/// version's number.
fn superseded_files(
    site: &Site,
) -> std::collections::HashMap<crate::source::files::FileId, String> {
    let mut files = std::collections::HashMap::new();
    for n in &site.notices {
        let Some(current) = n.current() else { continue };
        for v in n
            .versions
            .iter()
            .filter(|v| v.facts.published.is_some() && v.number < current.number)
        {
            files.insert(v.facts_file, v.number.to_string());
            for t in v.texts.values() {
                files.insert(t.file, v.number.to_string());
            }
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn ids_are_unique_and_every_rule_is_documented() {
        let mut seen = BTreeSet::new();
        for r in registry() {
            assert!(seen.insert(r.id), "{} twice", r.id);
            assert!(
                !r.summary.is_empty() && !r.summary.ends_with('.'),
                "{}",
                r.id
            );
            assert!(
                r.explanation.trim().len() > 80,
                "{} needs an explanation",
                r.id
            );
            assert!(!r.example.trim().is_empty(), "{} needs an example", r.id);
            assert!(!r.condition.is_empty(), "{} needs a condition", r.id);
            assert_eq!(find(&r.id.to_lowercase()).map(|x| x.id), Some(r.id));
        }
    }

    #[test]
    fn every_article_13_14_rule_is_consistent_with_its_points() {
        for r in registry() {
            let prefix = match r.family {
                Family::Gdpr => "R",
                Family::Translation => "T",
                Family::Consistency => "C",
                Family::BestPractice => "W",
            };
            assert!(r.id.starts_with(prefix), "{} is in the wrong family", r.id);
            assert_eq!(
                r.severity == Severity::Warning,
                r.family == Family::BestPractice || r.id == "C13" || r.id == "T07",
                "{}: only best practice, unused declarations and stale translations warn",
                r.id
            );
            if r.family == Family::Gdpr {
                assert!(r.applies.is_some(), "{} must say when it applies", r.id);
                assert!(r.articles.starts_with("Art. "), "{}", r.id);
                if r.art13.is_some() || r.art14.is_some() {
                    assert_eq!(r.article_for(true, true), r.articles, "{}", r.id);
                }
            } else {
                assert!(r.applies.is_none(), "{} cannot be waived", r.id);
            }
        }
    }

    #[test]
    fn the_article_follows_the_collection() {
        let r10 = find("R10").expect("R10");
        assert_eq!(r10.article_for(true, false), "Art. 13(1)(f)");
        assert_eq!(r10.article_for(false, true), "Art. 14(1)(f)");
        assert_eq!(r10.article_for(true, true), "Art. 13(1)(f), 14(1)(f)");
        let r06 = find("R06").expect("R06");
        assert_eq!(r06.article_for(false, true), "Art. 14(2)(b)");
        let r12a = find("r12A").expect("R12a");
        assert_eq!(r12a.article_for(true, false), "Art. 21(4)");
    }
}
