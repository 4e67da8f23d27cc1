//! The controlled vocabulary: every standard code a `facts.toml` may use.
//!
//! A code here is language-neutral. Its words live in `locales/<lang>.ftl` under a key derived
//! from the code (see [`Vocab::fluent_key`]), and, where one exists, it maps to a W3C DPV IRI for
//! the JSON output. This module only knows codes; it never formats text.
//!
//! Adding a code means: a row here, a message in all four locale files (a unit test in
//! `i18n` checks that every code has one), and a line in content/README.md.

pub mod acts;
pub mod hints;
mod tables;

pub use tables::*;

/// One entry of a code list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    /// The code as written in `facts.toml`, e.g. `art6-1-f`.
    pub code: &'static str,
    /// The DPV IRI, when DPV has a concept for it.
    pub dpv: Option<&'static str>,
    /// Extra facts about the code, meaning depends on the list (see each list's docs).
    pub flags: u8,
}

/// The kinds of code list. Each maps to a Fluent key prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Vocab {
    LegalBasis,
    Category,
    Recipient,
    Source,
    Mechanism,
    Trigger,
    Right,
    RightReason,
    WaiverGround,
    CookieCategory,
    CookieParty,
    Country,
    Authority,
    Collection,
    Requirement,
}

impl Vocab {
    /// Every list, in a stable order.
    pub const ALL: [Vocab; 15] = [
        Vocab::LegalBasis,
        Vocab::Category,
        Vocab::Recipient,
        Vocab::Source,
        Vocab::Mechanism,
        Vocab::Trigger,
        Vocab::Right,
        Vocab::RightReason,
        Vocab::WaiverGround,
        Vocab::CookieCategory,
        Vocab::CookieParty,
        Vocab::Country,
        Vocab::Authority,
        Vocab::Collection,
        Vocab::Requirement,
    ];

    /// The codes of this list.
    pub fn codes(self) -> &'static [Code] {
        match self {
            Vocab::LegalBasis => LEGAL_BASES,
            Vocab::Category => CATEGORIES,
            Vocab::Recipient => RECIPIENTS,
            Vocab::Source => SOURCES,
            Vocab::Mechanism => MECHANISMS,
            Vocab::Trigger => TRIGGERS,
            Vocab::Right => RIGHTS,
            Vocab::RightReason => RIGHT_REASONS,
            Vocab::WaiverGround => WAIVER_GROUNDS,
            Vocab::CookieCategory => COOKIE_CATEGORIES,
            Vocab::CookieParty => COOKIE_PARTIES,
            Vocab::Country => COUNTRIES,
            Vocab::Authority => AUTHORITIES,
            Vocab::Collection => COLLECTIONS,
            Vocab::Requirement => REQUIREMENTS,
        }
    }

    /// The Fluent message id prefix for this list (`legal-basis-art6-1-f`).
    pub fn prefix(self) -> &'static str {
        match self {
            Vocab::LegalBasis => "legal-basis",
            Vocab::Category => "category",
            Vocab::Recipient => "recipient",
            Vocab::Source => "source",
            Vocab::Mechanism => "mechanism",
            Vocab::Trigger => "trigger",
            Vocab::Right => "right",
            Vocab::RightReason => "right-reason",
            Vocab::WaiverGround => "waiver-ground",
            Vocab::CookieCategory => "cookie-category",
            Vocab::CookieParty => "cookie-party",
            Vocab::Country => "country",
            Vocab::Authority => "authority",
            Vocab::Collection => "collection",
            Vocab::Requirement => "requirement",
        }
    }

    /// What a legal team calls this list, for diagnostics.
    pub fn noun(self) -> &'static str {
        match self {
            Vocab::LegalBasis => "legal basis",
            Vocab::Category => "data category",
            Vocab::Recipient => "recipient",
            Vocab::Source => "source",
            Vocab::Mechanism => "transfer mechanism",
            Vocab::Trigger => "retention trigger",
            Vocab::Right => "right",
            Vocab::RightReason => "reason a right does not apply",
            Vocab::WaiverGround => "waiver ground",
            Vocab::CookieCategory => "cookie category",
            Vocab::CookieParty => "cookie party",
            Vocab::Country => "country code",
            Vocab::Authority => "supervisory authority",
            Vocab::Collection => "collection",
            Vocab::Requirement => "provision requirement",
        }
    }

    /// Look a code up.
    pub fn get(self, code: &str) -> Option<&'static Code> {
        self.codes().iter().find(|c| c.code == code)
    }

    /// The Fluent message id for a code of this list.
    pub fn fluent_key(self, code: &str) -> String {
        format!("{}-{}", self.prefix(), code)
    }

    /// Every code of a short list, for a diagnostic to give whole: `` `NO` (Norway), … ``.
    /// `None` for a list too long to read in one line (content/README.md has it).
    pub fn listing(self) -> Option<String> {
        let codes = self.codes();
        if codes.len() > 15 {
            return None;
        }
        let gloss = |code: &str| match (self, code) {
            (Vocab::Authority, "NO") => " (Datatilsynet, Norway)",
            (Vocab::Authority, "SE") => " (Integritetsskyddsmyndigheten, Sweden)",
            (Vocab::Authority, "DK") => " (Datatilsynet, Denmark)",
            (Vocab::Authority, "FI") => " (Tietosuojavaltuutetun toimisto, Finland)",
            _ => "",
        };
        Some(
            codes
                .iter()
                .map(|c| format!("`{}`{}", c.code, gloss(c.code)))
                .collect::<Vec<_>>()
                .join(", "),
        )
    }

    /// The closest known code, for a "did you mean" hint.
    pub fn suggest(self, code: &str) -> Option<&'static str> {
        closest(code, self.codes().iter().map(|c| c.code))
    }
}

/// The candidate with the smallest edit distance, if it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let mut best: Option<(usize, &'a str)> = None;
    for c in candidates {
        let d = edit_distance(word, c);
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    let limit = (word.chars().count() / 3).max(2);
    best.filter(|(d, _)| *d <= limit).map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Flags on [`LEGAL_BASES`].
pub mod basis {
    /// An Art. 6(1) basis (as opposed to an Art. 9(2) condition).
    pub const ART6: u8 = 1;
    /// An Art. 9(2) condition for special categories.
    pub const ART9: u8 = 2;
    /// Consent (Art. 6(1)(a) or 9(2)(a)): the right to withdraw applies (R13).
    pub const CONSENT: u8 = 4;
    /// Legitimate interests (Art. 6(1)(f)): the interest must be stated (R06).
    pub const LEGITIMATE_INTEREST: u8 = 8;
    /// Public task or legitimate interests (6(1)(e)/(f)): the right to object applies (R12a).
    pub const OBJECTABLE: u8 = 16;
    /// Legal obligation or public task (6(1)(c)/(e)): the law relied on must be named.
    pub const NEEDS_LAW: u8 = 32;
    /// Contract or consent: data portability may apply (Art. 20(1)).
    pub const PORTABLE: u8 = 64;
}

/// Flags on [`CATEGORIES`].
pub mod category {
    /// A special category of Art. 9(1).
    pub const SPECIAL: u8 = 1;
    /// Personal data relating to criminal convictions and offences (Art. 10).
    pub const CRIMINAL: u8 = 2;
}

/// Flags on [`SOURCES`].
pub mod source {
    /// A publicly accessible source (Art. 14(2)(f)): open to anyone, such as a register anyone
    /// may search. The national population registers (Folkeregisteret, CPR, folkbokföringen,
    /// väestötietojärjestelmä) and the courts' records are not: they disclose on request and
    /// under conditions the law sets.
    pub const PUBLIC: u8 = 1;
    /// The data come from the data subject, given or observed (Art. 13; WP260 para 26): whether
    /// the source is publicly accessible (Art. 14(2)(f)) does not arise, and the page says neither.
    pub const FROM_SUBJECT: u8 = 2;
}

/// Flags on [`MECHANISMS`].
pub mod mechanism {
    /// An adequacy decision (Art. 45).
    pub const ADEQUACY: u8 = 1;
    /// Art. 46, 47 or 49(1) second subparagraph: where to get a copy must be said (R10).
    pub const NEEDS_COPY: u8 = 2;
}

/// Flags on [`COUNTRIES`].
pub mod country {
    /// In the European Economic Area.
    pub const EEA: u8 = 1;
}

/// Flags on [`RIGHTS`].
pub mod right {
    /// One of the six rights Art. 13(2)(b) / 14(2)(c) require to be stated (R12).
    pub const CORE: u8 = 1;
}

/// Is this country code in the EEA?
pub fn in_eea(country: &str) -> bool {
    Vocab::Country
        .get(country)
        .is_some_and(|c| c.flags & country::EEA != 0)
}
