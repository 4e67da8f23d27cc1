//! The notice graph: typed, language-neutral, every reference resolved.
//!
//! `Site → Notice → Version → Context → Purpose`. A [`Version`] holds its [`Facts`] once, and a
//! [`LangText`] per language with only what a translator changes. Nothing here formats text or
//! decides whether a disclosure is complete: that is `rules`. This module turns the raw source
//! into this graph ([`resolve`]) and reports what cannot be understood (unknown codes, undefined
//! ids, bad dates and periods) as load errors.

pub mod duration;
pub mod org_number;
mod resolve;

pub use duration::Duration;
pub use resolve::{resolve, resolve_notice, resolve_shared, slug_clashes};

use crate::lang::Lang;
use crate::source::files::{FileId, Loc, Located, SourceFiles};
use crate::source::langfile::Prose;
use crate::vocab::{self, Vocab};
use std::collections::BTreeMap;
use std::path::PathBuf;

pub type Id = Located<String>;

/// The ids of the standard sections of a notice's prose (`## … {#purposes}`), in the legally
/// required order: the page places them, with the facts rendered under them. Any other id is a
/// context's description (a context id) or a free section.
pub const STANDARD_SECTIONS: &[&str] = &[
    "controllers",
    "purposes",
    "categories",
    "sources",
    "recipients",
    "transfers",
    "retention",
    "automated-decisions",
    "requirement",
    "rights",
    "complaint",
    "cookies",
];

/// A calendar date.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Today's date (UTC).
    pub fn today() -> Date {
        let days = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() / 86_400) as i64;
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }

    /// The day before.
    pub fn previous_day(self) -> Date {
        if self.day > 1 {
            return Date {
                day: self.day - 1,
                ..self
            };
        }
        let (year, month) = if self.month > 1 {
            (self.year, self.month - 1)
        } else {
            (self.year.saturating_sub(1), 12)
        };
        let day = (28..=31)
            .rev()
            .find(|&d| Date::parse(&format!("{year:04}-{month:02}-{d:02}")).is_some())
            .unwrap_or(28);
        Date { year, month, day }
    }

    /// `YYYY-MM-DD`, a real calendar day.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.trim().splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let (year, month, day): (u16, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The whole site, loaded.
#[derive(Debug)]
pub struct Site {
    pub root: PathBuf,
    pub files: SourceFiles,
    pub config: SiteConfig,
    /// Sorted by id.
    pub notices: Vec<Notice>,
    /// The site's own `locales/<lang>.ftl`, if any.
    pub locale_overrides: BTreeMap<Lang, FileId>,
    /// The site's own templates: name → file.
    pub template_overrides: BTreeMap<String, FileId>,
    /// The site's own theme assets: path under `assets/` → file on disk.
    pub asset_overrides: BTreeMap<String, PathBuf>,
    /// `content/disclose.lock`, if the site has one.
    pub lock: Option<std::sync::Arc<SiteLock>>,
    /// The day the rules take as today (`--today`); `None` for the system's date (UTC).
    pub today: Option<Date>,
}

/// The lock of published versions, and the file it was read from.
#[derive(Debug)]
pub struct SiteLock {
    pub file: FileId,
    pub lock: crate::source::lock::LockFile,
}

impl Site {
    /// This site's shared part (settings, locales, theme, and their files) with one notice and
    /// the files it was read from: what the rules and the renderer need to handle that notice
    /// on its own.
    pub fn with_notice(&self, notice: Notice, files: SourceFiles) -> Site {
        let mut all = self.files.clone();
        all.extend(files);
        Site {
            root: self.root.clone(),
            files: all,
            config: self.config.clone(),
            notices: vec![notice],
            locale_overrides: self.locale_overrides.clone(),
            template_overrides: self.template_overrides.clone(),
            asset_overrides: self.asset_overrides.clone(),
            lock: self.lock.clone(),
            today: self.today,
        }
    }

    /// The notice with this id (notices are sorted by id).
    pub fn notice(&self, id: &str) -> Option<&Notice> {
        self.notices
            .binary_search_by(|n| n.id.as_str().cmp(id))
            .ok()
            .and_then(|i| self.notices.get(i))
    }
}

#[derive(Debug, Clone)]
pub struct SiteConfig {
    pub file: FileId,
    pub base_url: String,
    pub languages: Vec<Lang>,
    pub default_language: Lang,
    pub theme: String,
    pub allow_html: bool,
    pub title: BTreeMap<Lang, String>,
}

/// One notice: an audience, with all its versions.
#[derive(Debug)]
pub struct Notice {
    pub id: String,
    /// Oldest first.
    pub versions: Vec<Version>,
}

impl Notice {
    /// The version in force: the newest published one. Drafts are never in force.
    pub fn current(&self) -> Option<&Version> {
        self.versions
            .iter()
            .rev()
            .find(|v| v.facts.published.is_some())
    }

    /// The slugs of the newest version, which must not be another notice's: the notice's
    /// addresses, kept apart from the notice so they can be compared with every other
    /// notice's after the notice itself is gone.
    pub fn addresses(&self) -> NoticeAddresses {
        NoticeAddresses {
            id: self.id.clone(),
            slugs: self
                .versions
                .last()
                .map(|v| {
                    v.texts
                        .values()
                        .filter_map(|t| t.slug.clone().map(|s| (t.lang, s)))
                        .collect()
                })
                .unwrap_or_default(),
        }
    }

    /// The published versions, oldest first, each with the day it took effect (`effective`, or
    /// else `published`) and the last day it was in force, when a later version replaced it.
    pub fn in_force(&self) -> Vec<(&Version, Date, Option<Date>)> {
        let published: Vec<(&Version, Date)> = self
            .versions
            .iter()
            .filter_map(|v| {
                let p = v.facts.published.as_ref()?.value;
                Some((v, v.facts.effective.as_ref().map_or(p, |e| e.value)))
            })
            .collect();
        published
            .iter()
            .enumerate()
            .map(|(i, (v, from))| {
                let until = published.get(i + 1).map(|(_, next)| next.previous_day());
                (*v, *from, until)
            })
            .collect()
    }

    /// The first of the notice's dates (published, effective) after `today`: the day on which
    /// what is said of the notice changes by the date alone.
    pub fn next_date_after(&self, today: Date) -> Option<Date> {
        self.versions
            .iter()
            .flat_map(|v| [&v.facts.published, &v.facts.effective])
            .filter_map(|d| d.as_ref().map(|d| d.value))
            .filter(|d| *d > today)
            .min()
    }

    /// The published version before `v` (drafts are skipped), for change history.
    pub fn previous_published(&self, v: &Version) -> Option<&Version> {
        self.versions
            .iter()
            .rfind(|x| x.facts.published.is_some() && x.number < v.number)
    }

    /// The version before `v`, for change history.
    pub fn previous(&self, v: &Version) -> Option<&Version> {
        let i = self.versions.iter().position(|x| x.number == v.number)?;
        i.checked_sub(1).map(|p| &self.versions[p])
    }
}

/// A notice's slugs in each language (see [`Notice::addresses`]).
#[derive(Debug, Clone)]
pub struct NoticeAddresses {
    pub id: String,
    pub slugs: Vec<(Lang, Located<String>)>,
}

/// A version number: numbers separated by dots, ordered numerically.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VersionNumber {
    parts: Vec<u64>,
    text: String,
}

impl VersionNumber {
    pub fn parse(s: &str) -> Option<VersionNumber> {
        let parts: Option<Vec<u64>> = s
            .split('.')
            .map(|p| {
                if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
                    None
                } else {
                    p.parse().ok()
                }
            })
            .collect();
        parts.map(|parts| VersionNumber {
            parts,
            text: s.to_string(),
        })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }
}

impl std::fmt::Display for VersionNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// One version of a notice: a complete snapshot.
#[derive(Debug)]
pub struct Version {
    pub notice: String,
    pub number: VersionNumber,
    pub dir: PathBuf,
    pub facts_file: FileId,
    pub facts: Facts,
    pub texts: BTreeMap<Lang, LangText>,
}

/// Everything in `facts.toml`.
#[derive(Debug, Default)]
pub struct Facts {
    pub published: Option<Located<Date>>,
    pub effective: Option<Located<Date>>,
    pub controllers: Vec<Controller>,
    pub representatives: Vec<Representative>,
    /// The data protection officer, when one is designated.
    pub dpo: Option<Dpo>,
    /// Where facts.toml declares that no data protection officer is designated
    /// (`[dpo]` with `designated = false`). With neither this nor `dpo`, the version does not say.
    pub no_dpo: Option<Loc>,
    pub laws: Vec<Law>,
    pub sources: Vec<CustomSource>,
    pub recipients: Vec<CustomRecipient>,
    pub categories: Vec<CustomCategory>,
    pub contexts: Vec<Context>,
}

impl Facts {
    /// Is a data protection officer designated: `Some(true)` with a `[dpo]`, `Some(false)` where
    /// the version declares none, `None` where it does not say.
    pub fn designates_dpo(&self) -> Option<bool> {
        match (&self.dpo, &self.no_dpo) {
            (Some(_), _) => Some(true),
            (None, Some(_)) => Some(false),
            (None, None) => None,
        }
    }

    pub fn controller(&self, id: &str) -> Option<&Controller> {
        self.controllers.iter().find(|c| c.id.value == id)
    }

    /// Every id of the version's own that needs a name in each language, with where it is
    /// defined.
    pub fn label_ids(&self) -> Vec<&Id> {
        let mut ids: Vec<&Id> = Vec::new();
        ids.extend(self.laws.iter().map(|l| &l.id));
        ids.extend(self.sources.iter().map(|s| &s.id));
        ids.extend(self.recipients.iter().map(|r| &r.id));
        ids.extend(self.categories.iter().map(|c| &c.id));
        for ctx in &self.contexts {
            ids.push(&ctx.id);
            ids.extend(ctx.processor.as_ref().and_then(|p| p.on_behalf_of.as_ref()));
            ids.extend(ctx.purposes.iter().map(|p| &p.id));
            ids.extend(ctx.cookies.iter().map(|c| &c.id));
            ids.extend(ctx.retention.iter().filter_map(|r| match &r.rule {
                RetentionRule::Criteria(id) => Some(id),
                RetentionRule::Period { .. } => None,
            }));
            ids.extend(
                ctx.rights_not_applicable
                    .iter()
                    .filter_map(|r| match &r.reason {
                        Some(Ref::Custom(id)) => Some(id),
                        _ => None,
                    }),
            );
            ids.extend(ctx.waivers.iter().filter_map(|w| w.reason.as_ref()));
        }
        ids
    }
}

#[derive(Debug, Clone)]
pub struct Controller {
    pub id: Id,
    pub loc: Loc,
    pub name: Option<Located<String>>,
    pub org_number: Option<Located<String>>,
    pub country: Option<Located<&'static str>>,
    pub address: Option<Located<String>>,
    pub email: Option<Located<String>>,
    pub phone: Option<Located<String>>,
    pub url: Option<Located<String>>,
}

#[derive(Debug, Clone)]
pub struct Representative {
    pub controller: Id,
    pub loc: Loc,
    pub name: Option<Located<String>>,
    pub address: Option<Located<String>>,
    pub country: Option<Located<&'static str>>,
    pub email: Option<Located<String>>,
    pub phone: Option<Located<String>>,
}

#[derive(Debug, Clone)]
pub struct Dpo {
    pub loc: Loc,
    pub email: Option<Located<String>>,
    pub name: Option<Located<String>>,
    pub address: Option<Located<String>>,
    pub phone: Option<Located<String>>,
}

#[derive(Debug, Clone)]
pub struct Law {
    pub id: Id,
    pub url: Option<Located<String>>,
    /// The national data-protection act it is: named with `act`, or recognised by its `url`.
    pub act: Option<&'static vocab::acts::Act>,
    /// Where facts.toml marks it `repealed = true`.
    pub repealed: Option<Loc>,
    /// The [[laws]] entry that replaced it, where the site says.
    pub replaced_by: Option<Id>,
}

/// Why a law may not be relied on: the site marks it repealed, or it is an act the vocabulary
/// knows to be repealed.
#[derive(Debug, Clone, Copy)]
pub enum Repeal<'f> {
    /// `repealed = true`, with the entry that replaced it if the site names one.
    Marked { at: &'f Loc, by: Option<&'f Law> },
    /// An act the GDPR (or a later act) replaced, and its successor.
    Act {
        act: &'static vocab::acts::Act,
        by: Option<&'static vocab::acts::Act>,
    },
}

impl Facts {
    /// Does the right with this code (of [`vocab::RIGHTS`]) apply somewhere in the version's
    /// own processing? The six of Art. 13(2)(b) and the right to complain always; withdrawing
    /// consent where a purpose relies on consent (R13); human intervention where Art. 22
    /// decisions are made (Art. 22(3), R17).
    pub fn right_applies(&self, code: &str) -> bool {
        let own = || self.contexts.iter().filter(|c| c.is_controllers_own());
        match code {
            "withdraw-consent" => own().any(Context::relies_on_consent),
            "human-review" => own().any(Context::makes_art22_decisions),
            _ => true,
        }
    }

    /// The law with this id.
    pub fn law(&self, id: &str) -> Option<&Law> {
        self.laws.iter().find(|l| l.id.value == id)
    }

    /// Is this law repealed, and by what?
    pub fn repeal<'f>(&'f self, law: &'f Law) -> Option<Repeal<'f>> {
        if let Some(at) = &law.repealed {
            let by = law.replaced_by.as_ref().and_then(|id| self.law(&id.value));
            return Some(Repeal::Marked { at, by });
        }
        let act = law.act.filter(|a| a.replaced_on.is_some())?;
        Some(Repeal::Act {
            act,
            by: act.successor(),
        })
    }
}

#[derive(Debug, Clone)]
pub struct CustomSource {
    pub id: Id,
    /// Whether the source is publicly accessible (Art. 14(2)(f)); `None` when not said.
    pub public: Option<bool>,
}

#[derive(Debug, Clone)]
pub struct CustomRecipient {
    pub id: Id,
    pub kind: Option<&'static str>,
    pub country: Option<&'static str>,
}

#[derive(Debug, Clone)]
pub struct CustomCategory {
    pub id: Id,
    pub special: bool,
    pub criminal: bool,
}

/// A reference to a standard code of the vocabulary, or to an id the version declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ref {
    Standard(Located<&'static str>),
    Custom(Id),
}

impl Ref {
    pub fn id(&self) -> &str {
        match self {
            Ref::Standard(c) => c.value,
            Ref::Custom(id) => &id.value,
        }
    }

    pub fn loc(&self) -> &Loc {
        match self {
            Ref::Standard(c) => &c.loc,
            Ref::Custom(id) => &id.loc,
        }
    }
}

/// How a context obtains its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Collection {
    /// From the person: Art. 13.
    Direct,
    /// From elsewhere: Art. 14.
    Indirect,
    /// Both articles apply.
    Both,
}

impl Collection {
    pub fn code(self) -> &'static str {
        match self {
            Collection::Direct => "direct",
            Collection::Indirect => "indirect",
            Collection::Both => "both",
        }
    }

    pub fn art13(self) -> bool {
        matches!(self, Collection::Direct | Collection::Both)
    }

    pub fn art14(self) -> bool {
        matches!(self, Collection::Indirect | Collection::Both)
    }
}

/// A processing context: one situation in which data are processed.
#[derive(Debug, Clone)]
pub struct Context {
    pub id: Id,
    /// The whole `[[contexts]]` table.
    pub loc: Loc,
    /// `Some` where the notice's companies process the data on behalf of another controller
    /// (`role = "processor"`): then the context is not the notice's own processing, and the
    /// controller-notice rules do not apply to it.
    pub processor: Option<Processing>,
    /// `None` when not written (a rule reports it).
    pub collection: Option<Located<Collection>>,
    pub controllers: Vec<Id>,
    pub categories: Vec<Ref>,
    pub sources: Vec<Ref>,
    /// The recipients; empty either because none are declared (`recipients = []`) or because
    /// the context does not say: [`Context::stated`] tells which.
    pub recipients: Vec<Ref>,
    pub authorities: Vec<Located<&'static str>>,
    pub requirement: Option<Located<&'static str>>,
    pub retention: Vec<Retention>,
    /// Transfers outside the EEA; empty either because none are declared (`transfers = []`) or
    /// because the context does not say: [`Context::stated`] tells which.
    pub transfers: Vec<Transfer>,
    /// Which of the lists that may legitimately be empty the context states, and where.
    pub stated: Stated,
    pub automated: Option<Automated>,
    pub rights_not_applicable: Vec<RightException>,
    pub waivers: Vec<Waiver>,
    pub purposes: Vec<Purpose>,
    pub cookies: Vec<Cookie>,
}

/// Processing on behalf of a controller (Art. 28): who the controller is, and which of the
/// notice's companies process for it.
#[derive(Debug, Clone)]
pub struct Processing {
    /// `role = "processor"`.
    pub role: Loc,
    /// A label id naming the controller ("our clients"); `None` when not written (R01).
    pub on_behalf_of: Option<Id>,
    /// [[controllers]] ids of the notice's companies that process the data.
    pub processors: Vec<Id>,
}

impl Context {
    /// Is this the notice's own processing, of which its controllers must inform (Art. 13,
    /// 14)? Not for a context processed on behalf of another controller.
    pub fn is_controllers_own(&self) -> bool {
        self.processor.is_none()
    }

    /// The collection, treating an unwritten one as direct for layout purposes.
    pub fn collection(&self) -> Collection {
        self.collection
            .as_ref()
            .map_or(Collection::Direct, |c| c.value)
    }

    /// Does any purpose rely on a legal basis with this flag?
    pub fn any_basis(&self, flag: u8) -> bool {
        self.purposes
            .iter()
            .any(|p| p.legal_bases.iter().any(|b| basis_has(b.value, flag)))
    }

    /// Does a purpose rely on consent (Art. 6(1)(a) or 9(2)(a))? Then the right to withdraw it
    /// applies (R13).
    pub fn relies_on_consent(&self) -> bool {
        self.any_basis(vocab::basis::CONSENT)
    }

    /// Does the right to object apply (Art. 21(1), (2)): a purpose on a public task or
    /// legitimate interests (6(1)(e), (f)), or for direct marketing? Then it is shown clearly
    /// and separately (Art. 21(4), R12a).
    pub fn objection_applies(&self) -> bool {
        self.any_basis(vocab::basis::OBJECTABLE) || self.purposes.iter().any(|p| p.direct_marketing)
    }

    /// Is the right to object declared not applicable here?
    pub fn declares_objection_not_applicable(&self) -> bool {
        self.rights_not_applicable
            .iter()
            .any(|r| r.right.value == "object")
    }

    /// Are decisions based solely on automated processing with legal or similarly significant
    /// effects made (Art. 22)? Then they are explained (R17), and the right to human
    /// intervention applies (Art. 22(3)).
    pub fn makes_art22_decisions(&self) -> bool {
        self.automated
            .as_ref()
            .and_then(|a| a.art22.as_ref())
            .is_some_and(|b| b.value)
    }

    /// Does profiling take place (Art. 4(4))?
    pub fn profiles(&self) -> bool {
        self.automated.as_ref().is_some_and(|a| a.profiling)
    }

    pub fn waiver_for(&self, rule: &str) -> Option<&Waiver> {
        self.waivers.iter().find(|w| w.rule.value == rule)
    }
}

/// Where a context states the items of Art. 13/14 that may legitimately be empty, so that an
/// empty list is read as "none" only where the author wrote it: `None` when the key is not
/// written at all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stated {
    /// `recipients = […]`, possibly `[]`.
    pub recipients: Option<Loc>,
    /// `transfers = […]`, possibly `[]`.
    pub transfers: Option<Loc>,
}

impl Stated {
    /// The keys the context leaves unsaid, in the order Art. 13(1) lists them.
    pub fn missing(&self) -> Vec<&'static str> {
        let mut v = Vec::new();
        if self.recipients.is_none() {
            v.push("recipients");
        }
        if self.transfers.is_none() {
            v.push("transfers");
        }
        v
    }
}

/// Does a legal-basis code carry this flag of [`vocab::basis`]?
pub fn basis_has(code: &str, flag: u8) -> bool {
    Vocab::LegalBasis
        .get(code)
        .is_some_and(|c| c.flags & flag != 0)
}

#[derive(Debug, Clone)]
pub struct Purpose {
    pub id: Id,
    pub loc: Loc,
    pub legal_bases: Vec<Located<&'static str>>,
    pub law: Option<Id>,
    pub withdraw: Option<Located<String>>,
    pub direct_marketing: bool,
    pub further_processing: bool,
}

#[derive(Debug, Clone)]
pub struct Retention {
    pub loc: Loc,
    pub rule: RetentionRule,
    pub purpose: Option<Id>,
    /// Whether a period is the longest or the shortest time the data are kept; `None`: the
    /// period itself. Only with a period.
    pub bound: Option<Located<Bound>>,
    /// The law that sets the period ("at least 5 years under the bookkeeping act").
    pub law: Option<Id>,
}

/// How a retention period bounds the time data are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bound {
    /// "at most": the data are deleted by the end of the period, or sooner.
    AtMost,
    /// "at least": the data are kept for the period, and may be kept longer.
    AtLeast,
}

impl Bound {
    /// The code written in facts.toml.
    pub fn code(self) -> &'static str {
        match self {
            Bound::AtMost => "at-most",
            Bound::AtLeast => "at-least",
        }
    }
}

#[derive(Debug, Clone)]
pub enum RetentionRule {
    /// A period and what it runs from (the trigger may be missing: a rule reports it).
    Period {
        period: Located<Duration>,
        after: Option<Located<&'static str>>,
    },
    /// Criteria described in words, under this label id.
    Criteria(Id),
}

#[derive(Debug, Clone)]
pub struct Transfer {
    pub loc: Loc,
    pub country: Located<&'static str>,
    pub mechanism: Option<Located<&'static str>>,
    pub copy: Option<Located<String>>,
    pub recipients: Vec<Ref>,
}

impl Transfer {
    pub fn outside_eea(&self) -> bool {
        !vocab::in_eea(self.country.value)
    }
}

#[derive(Debug, Clone)]
pub struct Automated {
    pub loc: Loc,
    pub art22: Option<Located<bool>>,
    pub profiling: bool,
}

#[derive(Debug, Clone)]
pub struct RightException {
    pub loc: Loc,
    pub right: Located<&'static str>,
    pub reason: Option<Ref>,
}

#[derive(Debug, Clone)]
pub struct Waiver {
    pub loc: Loc,
    pub rule: Located<String>,
    pub ground: Located<&'static str>,
    pub reason: Option<Id>,
}

#[derive(Debug, Clone)]
pub struct Cookie {
    pub id: Id,
    pub loc: Loc,
    pub name: String,
    pub host: Option<String>,
    pub provider: Option<String>,
    pub category: Option<Located<&'static str>>,
    pub party: Option<Located<&'static str>>,
    pub lifetime: Option<Lifetime>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifetime {
    Session,
    Period(Duration),
}

/// What one language file says.
#[derive(Debug, Clone)]
pub struct LangText {
    pub lang: Lang,
    pub file: FileId,
    /// The front matter, for diagnostics about something missing from it.
    pub front_matter: Loc,
    pub title: Option<Located<String>>,
    pub slug: Option<Located<String>>,
    pub description: Option<String>,
    pub labels: BTreeMap<String, Text>,
    pub legitimate_interests: BTreeMap<String, Text>,
    pub consequences: BTreeMap<String, Text>,
    pub automated: BTreeMap<String, AutomatedText>,
    pub changes_summary: Option<Text>,
    pub prose: Prose,
}

/// A piece of text with where its key is written.
#[derive(Debug, Clone)]
pub struct Text {
    pub key_loc: Loc,
    pub value: Located<String>,
}

#[derive(Debug, Clone)]
pub struct AutomatedText {
    pub loc: Loc,
    pub logic: Option<Located<String>>,
    pub significance: Option<Located<String>>,
    pub consequences: Option<Located<String>>,
}

impl LangText {
    pub fn label(&self, id: &str) -> Option<&str> {
        self.labels.get(id).map(|t| t.value.value.as_str())
    }

    pub fn section(&self, id: &str) -> Option<&crate::source::langfile::Section> {
        self.prose.sections.iter().find(|s| s.id == id)
    }
}
