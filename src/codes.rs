//! `disclose codes`: every code a facts.toml may contain, kind by kind, with its words in one
//! language (from the built-in locales, so it works offline and outside any site) and a
//! one-line hint of when to use it ([`crate::vocab::hints`]).
//!
//! The kinds are the vocabulary's lists ([`Vocab::ALL`]), the national data-protection acts
//! ([`acts::ACTS`]), and the two short lists the model reads itself: a retention period's
//! `bound` and a context's `role`.

use crate::files::SourceFiles;
use crate::i18n::{Arg, Locales, Messages};
use crate::lang::Lang;
use crate::vocab::{self, Vocab, acts, hints};
use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

/// One kind of code.
#[derive(Debug, Clone, Copy)]
pub struct Kind {
    /// The name `disclose codes` takes: `legal-bases`.
    pub name: &'static str,
    /// Where in facts.toml the codes are written.
    pub key: &'static str,
    pub list: List,
}

/// Where a kind's codes come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Vocab(Vocab),
    Acts,
    Bounds,
    Roles,
}

/// Every kind, in the order content/README.md lists them.
pub const KINDS: &[Kind] = &[
    kind(
        "legal-bases",
        "legal_basis of [[contexts.purposes]]",
        List::Vocab(Vocab::LegalBasis),
    ),
    kind(
        "categories",
        "categories of [[contexts]]",
        List::Vocab(Vocab::Category),
    ),
    kind(
        "recipients",
        "recipients of [[contexts]]; kind of [[recipients]]",
        List::Vocab(Vocab::Recipient),
    ),
    kind(
        "sources",
        "sources of [[contexts]]",
        List::Vocab(Vocab::Source),
    ),
    kind(
        "mechanisms",
        "mechanism of a transfer",
        List::Vocab(Vocab::Mechanism),
    ),
    kind(
        "triggers",
        "after of a retention entry (what the period runs from)",
        List::Vocab(Vocab::Trigger),
    ),
    kind("bounds", "bound of a retention entry", List::Bounds),
    kind(
        "rights",
        "right of rights_not_applicable",
        List::Vocab(Vocab::Right),
    ),
    kind(
        "right-reasons",
        "reason of rights_not_applicable",
        List::Vocab(Vocab::RightReason),
    ),
    kind(
        "waiver-grounds",
        "ground of a waiver",
        List::Vocab(Vocab::WaiverGround),
    ),
    kind(
        "cookie-categories",
        "category of [[contexts.cookies]]",
        List::Vocab(Vocab::CookieCategory),
    ),
    kind(
        "cookie-parties",
        "party of [[contexts.cookies]]",
        List::Vocab(Vocab::CookieParty),
    ),
    kind(
        "countries",
        "country of a controller, representative, recipient or transfer",
        List::Vocab(Vocab::Country),
    ),
    kind(
        "authorities",
        "authorities of [[contexts]] or [all_contexts]",
        List::Vocab(Vocab::Authority),
    ),
    kind(
        "collections",
        "collection of [[contexts]]",
        List::Vocab(Vocab::Collection),
    ),
    kind(
        "requirements",
        "requirement of [[contexts]] or [all_contexts]",
        List::Vocab(Vocab::Requirement),
    ),
    kind("roles", "role of [[contexts]]", List::Roles),
    kind(
        "acts",
        "act of [[laws]] (national data-protection acts)",
        List::Acts,
    ),
];

const fn kind(name: &'static str, key: &'static str, list: List) -> Kind {
    Kind { name, key, list }
}

/// The codes of a bound and a role, with their hints: (code, locale message, hint).
const BOUNDS: &[(&str, &str, &str)] = &[
    (
        "at-most",
        "retention-at-most",
        "the data are kept for the period or less",
    ),
    (
        "at-least",
        "retention-at-least",
        "the data are kept for the period or more; also give an exact or at-most period, or criteria (R11)",
    ),
];
const ROLES: &[(&str, &str)] = &[
    (
        "controller",
        "the notice's own processing (the default; leave `role` out)",
    ),
    (
        "processor",
        "processing on behalf of another controller, named by `on_behalf_of` (Art. 28)",
    ),
];

/// Why `disclose codes` could not answer.
#[derive(Debug)]
pub enum CodesError {
    UnknownKind {
        kind: String,
        suggestion: Option<&'static str>,
    },
    UnknownLanguage(String),
    /// The built-in locale could not be loaded (a broken build of disclose).
    Locale(String),
}

impl fmt::Display for CodesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodesError::UnknownKind { kind, suggestion } => {
                write!(f, "there is no kind of code `{kind}`")?;
                match suggestion {
                    Some(s) => write!(
                        f,
                        "\nhelp: did you mean `{s}`? (`disclose codes` lists the kinds)"
                    ),
                    None => write!(f, "\nhelp: `disclose codes` lists the kinds"),
                }
            }
            CodesError::UnknownLanguage(l) => write!(
                f,
                "there is no language `{l}`\nhelp: use one of {}",
                Lang::ALL.map(Lang::code).join(", ")
            ),
            CodesError::Locale(e) => write!(f, "the built-in vocabulary cannot be read: {e}"),
        }
    }
}

impl std::error::Error for CodesError {}

/// The kind named `name`, or a suggestion.
pub fn find(name: &str) -> Result<&'static Kind, CodesError> {
    KINDS
        .iter()
        .find(|k| k.name.eq_ignore_ascii_case(name))
        .ok_or_else(|| CodesError::UnknownKind {
            kind: name.to_string(),
            suggestion: vocab::closest(&name.to_ascii_lowercase(), KINDS.iter().map(|k| k.name)),
        })
}

/// The list of kinds, one a line, with where they are written.
pub fn kinds() -> String {
    let mut s = String::from(
        "The kinds of code a facts.toml may use (disclose codes <kind> [--lang sv]):\n\n",
    );
    for k in KINDS {
        let _ = writeln!(
            s,
            "  {:<18} {:>3}  {}",
            k.name,
            codes_of(k.list).len(),
            k.key
        );
    }
    s
}

/// The codes of a kind.
pub fn codes_of(list: List) -> Vec<&'static str> {
    match list {
        List::Vocab(v) => v.codes().iter().map(|c| c.code).collect(),
        List::Acts => acts::ACTS.iter().map(|a| a.code).collect(),
        List::Bounds => BOUNDS.iter().map(|b| b.0).collect(),
        List::Roles => ROLES.iter().map(|r| r.0).collect(),
    }
}

/// Every code of `kind`, with its words in `lang` and its hint, one a line.
pub fn list(kind: &Kind, lang: &str) -> Result<String, CodesError> {
    let lang =
        Lang::from_code(lang).ok_or_else(|| CodesError::UnknownLanguage(lang.to_string()))?;
    let locales =
        Locales::load(&[lang], &BTreeMap::new(), &SourceFiles::default()).map_err(|d| {
            CodesError::Locale(
                d.iter()
                    .map(|d| d.message.clone())
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        })?;
    let m = locales.get(lang);
    let rows = rows(kind.list, &m);
    let width = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
    let mut s = format!("{} ({}), in {}:\n\n", kind.name, kind.key, lang.english());
    for (code, words, hint) in rows {
        if words.is_empty() {
            let _ = writeln!(s, "  {code:<width$}  — {hint}");
            continue;
        }
        let _ = writeln!(s, "  {code:<width$}  {words}");
        if !hint.is_empty() {
            let _ = writeln!(s, "  {:<width$}  — {hint}", "");
        }
    }
    Ok(s)
}

/// (code, words, hint) for each code of a list.
fn rows(list: List, m: &Messages<'_>) -> Vec<(&'static str, String, &'static str)> {
    match list {
        List::Vocab(v) => v
            .codes()
            .iter()
            .map(|c| {
                let words = m.code(v, c.code).unwrap_or_default();
                (c.code, words, hints::hint(v, c.code).unwrap_or(""))
            })
            .collect(),
        List::Acts => acts::ACTS
            .iter()
            .map(|a| {
                let status = match a.replaced_on {
                    None => "in force",
                    Some(_) => "repealed: a purpose may not rely on it (C18)",
                };
                (a.code, a.name(), status)
            })
            .collect(),
        List::Bounds => BOUNDS
            .iter()
            .map(|(code, key, hint)| {
                let words = m
                    .msg_args(key, &[("period", Arg::Str("…"))])
                    .unwrap_or_default();
                (*code, words, *hint)
            })
            .collect(),
        List::Roles => ROLES
            .iter()
            .map(|(code, hint)| (*code, String::new(), *hint))
            .collect(),
    }
}
