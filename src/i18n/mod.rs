//! Locales: the Fluent vocabulary of each language, ICU4X dates and lists, durations.
//!
//! Lookups are strict. A message that is missing, or that fails to format (a missing variable,
//! a reference to a missing term), is an [`I18nError`] naming the key and the language; there
//! is no fallback to another language, because a notice that silently shows Norwegian words on
//! a Finnish page is wrong.
//!
//! The built-in `locales/<lang>.ftl` are compiled into the binary. A site's own
//! `locales/<lang>.ftl` is laid over them: its messages add to or replace the built-in ones.
//!
//! A regional variant (sv-FI) is an overlay on its base language (sv): its locale file holds
//! only the messages that differ. Its bundle is made of, in order, the built-in base, the site's
//! own base file, the built-in overlay and the site's own overlay file; each later one wins.

mod dates;

use crate::diag::{Diagnostic, LoadError};
use crate::lang::Lang;
use crate::model::{Date, Duration};
use crate::source::files::{FileId, Loc, SourceFiles};
use crate::vocab::Vocab;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::BTreeMap;
use std::fmt;

/// The built-in vocabulary, one file per language.
pub const BUILTIN: [(Lang, &str); 4] = [
    (Lang::Nb, include_str!("../../locales/nb.ftl")),
    (Lang::Sv, include_str!("../../locales/sv.ftl")),
    (Lang::Da, include_str!("../../locales/da.ftl")),
    (Lang::Fi, include_str!("../../locales/fi.ftl")),
];

/// The built-in overlays of the regional variants: only what differs from the base language
/// ([`Lang::base`]). A test checks that each defines nothing its base lacks.
pub const OVERLAYS: [(Lang, &str); 1] = [(Lang::SvFi, include_str!("../../locales/sv-FI.ftl"))];

/// The built-in text of a language's own file: the full locale of a base language, the overlay
/// of a variant.
fn builtin(lang: Lang) -> &'static str {
    BUILTIN
        .iter()
        .chain(OVERLAYS.iter())
        .find(|(l, _)| *l == lang)
        .map(|(_, s)| *s)
        .unwrap_or_default()
}

/// Prefixes of messages a locale defines only for the countries that need them, followed by the
/// country code: `ui-org-number-DK = CVR-nummer`. Where a locale lacks one, the message without
/// the country (`ui-org-number`) is used.
pub const PER_COUNTRY: &[&str] = &["ui-org-number-"];

/// A message could not be produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct I18nError {
    pub lang: Lang,
    pub key: String,
    pub kind: I18nErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum I18nErrorKind {
    /// No such message, or no such attribute on it.
    Missing,
    /// The message exists but has no value (only attributes).
    NoValue,
    /// Formatting reported problems.
    Format(String),
}

impl fmt::Display for I18nError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            I18nErrorKind::Missing => write!(
                f,
                "the message `{}` is missing from the {} locale",
                self.key, self.lang
            ),
            I18nErrorKind::NoValue => {
                write!(
                    f,
                    "the message `{}` in the {} locale has no value",
                    self.key, self.lang
                )
            }
            I18nErrorKind::Format(e) => write!(
                f,
                "the message `{}` in the {} locale cannot be formatted: {e}",
                self.key, self.lang
            ),
        }
    }
}

impl std::error::Error for I18nError {}

type Bundle = FluentBundle<FluentResource>;

/// All languages' bundles.
pub struct Locales {
    bundles: BTreeMap<Lang, Bundle>,
    dates: dates::DateFormats,
    /// The words of every vocabulary code (and its attributes), formatted once per language:
    /// every page asks for them again and again.
    vocabulary: BTreeMap<Lang, VocabWords>,
    /// Periods in words, by language, as they are first asked for: a site has a handful of
    /// distinct periods, and every page and data file of every version words them again.
    durations: DurationWords,
}

/// Periods already put in words: (language, period) → words.
type DurationWords = std::sync::Mutex<rustc_hash::FxHashMap<(Lang, Duration), String>>;

/// The words of every vocabulary code in one language, by list and code, with the attributes
/// of its message (`article`, `url` …). Hashed with FxHash: pages look codes up hundreds of
/// thousands of times, and the keys are the vocabulary's own, not a user's.
type VocabWords = rustc_hash::FxHashMap<Vocab, rustc_hash::FxHashMap<&'static str, CodeWords>>;

#[derive(Default)]
struct CodeWords {
    words: Option<String>,
    attrs: Vec<(String, String)>,
}

impl fmt::Debug for Locales {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Locales")
            .field("languages", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Locales {
    /// The built-in vocabulary for `langs`, with the site's own files laid over it.
    pub fn load(
        langs: &[Lang],
        overrides: &BTreeMap<Lang, FileId>,
        files: &SourceFiles,
    ) -> Result<Locales, Vec<Diagnostic>> {
        let mut diags = Vec::new();
        let mut bundles = BTreeMap::new();
        for &lang in langs {
            let mut bundle = new_bundle(lang);
            let layers: Vec<Lang> = lang.base().into_iter().chain([lang]).collect();
            for (i, &layer) in layers.iter().enumerate() {
                match FluentResource::try_new(builtin(layer).to_string()) {
                    Ok(res) if i == 0 => {
                        if let Err(errs) = bundle.add_resource(res) {
                            diags.push(Diagnostic::load(
                                LoadError::Theme,
                                format!(
                                    "the built-in {layer} locale defines a message twice: {errs:?}"
                                ),
                            ));
                        }
                    }
                    Ok(res) => bundle.add_resource_overriding(res),
                    Err((_, errs)) => diags.push(Diagnostic::load(
                        LoadError::Theme,
                        format!("the built-in {layer} locale does not parse: {errs:?}"),
                    )),
                }
                if let Some(&file) = overrides.get(&layer) {
                    // The base's own file is reported once, with the base, when it is published.
                    let report = layer == lang || !langs.contains(&layer);
                    let mut found = Vec::new();
                    add_site_file(&mut bundle, layer, file, files, &mut found);
                    if report {
                        diags.extend(found);
                    } else if !found.is_empty() {
                        diags.push(Diagnostic::load(
                            LoadError::Syntax,
                            format!("{lang} is laid over {layer}, whose locale file has errors"),
                        ));
                    }
                }
            }
            bundles.insert(lang, bundle);
        }
        if diags.is_empty() {
            let mut locales = Locales {
                bundles,
                dates: dates::DateFormats::new(langs),
                vocabulary: BTreeMap::new(),
                durations: DurationWords::default(),
            };
            locales.vocabulary = langs
                .iter()
                .map(|&l| (l, vocabulary_words(&locales.get(l))))
                .collect();
            Ok(locales)
        } else {
            Err(diags)
        }
    }

    /// The messages of one language. Panics never: a language not loaded has no messages, and
    /// every lookup on it is a [`I18nErrorKind::Missing`] error.
    pub fn get(&self, lang: Lang) -> Messages<'_> {
        Messages {
            lang,
            bundle: self.bundles.get(&lang),
            dates: &self.dates,
            vocabulary: self.vocabulary.get(&lang),
            durations: &self.durations,
        }
    }
}

/// Lay a site's own locale file over a bundle; what is wrong with it goes to `diags`.
fn add_site_file(
    bundle: &mut Bundle,
    lang: Lang,
    file: FileId,
    files: &SourceFiles,
    diags: &mut Vec<Diagnostic>,
) {
    if let Some(at) = too_deep(files.text(file)) {
        diags.push(
            Diagnostic::load(
                LoadError::Syntax,
                format!("placeables are nested more than {MAX_NESTING} deep"),
            )
            .at(Loc::new(file, at..at + 1))
            .language(lang.code())
            .help("a message needs at most a few levels of `{ }`; remove the extra braces"),
        );
        return;
    }
    match FluentResource::try_new(files.text(file).to_string()) {
        Ok(res) => bundle.add_resource_overriding(res),
        Err((_, errs)) => {
            for e in errs {
                diags.push(
                    Diagnostic::load(LoadError::Syntax, format!("Fluent syntax error: {}", e.kind))
                        .at(Loc::new(file, e.pos.clone()))
                        .language(lang.code())
                        .help("see https://projectfluent.org/fluent/guide/ for the syntax; the built-in locales/ files are examples"),
                );
            }
        }
    }
}

/// How deep `{ }` placeables may nest in a site's locale file. Fluent's parser recurses once
/// per level, so the depth is bounded before parsing: 20,000 levels would overflow the stack.
pub const MAX_NESTING: usize = 32;

/// The byte offset at which `{ }` nesting first exceeds [`MAX_NESTING`], if it does. Braces in
/// comments and in string literals (`{ "{" }`) do not count.
pub fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut line_start = true;
    let mut in_comment = false;
    for (i, b) in text.bytes().enumerate() {
        if in_comment {
            if b == b'\n' {
                in_comment = false;
                line_start = true;
            }
            continue;
        }
        if line_start && depth == 0 && b == b'#' {
            in_comment = true;
            continue;
        }
        line_start = b == b'\n';
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            b'"' if depth > 0 => in_string = true,
            _ => {}
        }
    }
    None
}

/// Where a site's own locale file defines `key`, if it does: the start of its line.
pub fn override_loc(
    overrides: &BTreeMap<Lang, FileId>,
    files: &SourceFiles,
    lang: Lang,
    key: &str,
) -> Option<Loc> {
    let file = *overrides.get(&lang)?;
    let text = files.text(file);
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(key)
            && rest.trim_start().starts_with('=')
        {
            return Some(Loc::new(file, offset..offset + key.len()));
        }
        offset += line.len();
    }
    None
}

/// Every vocabulary message and attribute that formats without arguments, by `key` or
/// `key.attr`. What is missing or fails is left out, so the strict lookup reports it.
fn vocabulary_words(m: &Messages<'_>) -> VocabWords {
    let mut out = VocabWords::default();
    let Some(bundle) = m.bundle else { return out };
    for vocab in Vocab::ALL {
        let list = out.entry(vocab).or_default();
        for code in vocab.codes() {
            let key = vocab.fluent_key(code.code);
            let Some(message) = bundle.get_message(&key) else {
                continue;
            };
            let words = CodeWords {
                words: m.msg(&key).ok(),
                attrs: message
                    .attributes()
                    .filter_map(|a| Some((a.id().to_string(), m.attr(&key, a.id()).ok()?)))
                    .collect(),
            };
            list.insert(code.code, words);
        }
    }
    out
}

fn new_bundle(lang: Lang) -> Bundle {
    // Plural rules are the base language's: Fluent knows them by language, and a regional
    // variant counts as its base does ("1 månad", "2 månader" in sv-FI as in sv).
    let id: unic_langid::LanguageIdentifier = lang
        .base()
        .unwrap_or(lang)
        .code()
        .parse()
        .unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle
}

/// Messages of one language.
#[derive(Clone, Copy)]
pub struct Messages<'a> {
    pub lang: Lang,
    bundle: Option<&'a Bundle>,
    dates: &'a dates::DateFormats,
    vocabulary: Option<&'a VocabWords>,
    durations: &'a DurationWords,
}

/// Arguments for a message: name → value.
pub type Args<'a> = &'a [(&'a str, Arg<'a>)];

/// A message argument.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(u32),
}

impl<'a> Messages<'a> {
    fn err(&self, key: &str, kind: I18nErrorKind) -> I18nError {
        I18nError {
            lang: self.lang,
            key: key.to_string(),
            kind,
        }
    }

    /// A message without arguments.
    pub fn msg(&self, key: &str) -> Result<String, I18nError> {
        self.msg_args(key, &[])
    }

    /// A message with arguments.
    pub fn msg_args(&self, key: &str, args: Args<'_>) -> Result<String, I18nError> {
        let bundle = self
            .bundle
            .ok_or_else(|| self.err(key, I18nErrorKind::Missing))?;
        let message = bundle
            .get_message(key)
            .ok_or_else(|| self.err(key, I18nErrorKind::Missing))?;
        let pattern = message
            .value()
            .ok_or_else(|| self.err(key, I18nErrorKind::NoValue))?;
        self.format(bundle, key, pattern, args)
    }

    /// An attribute of a message: `legal-basis-art6-1-f.article`.
    pub fn attr(&self, key: &str, attr: &str) -> Result<String, I18nError> {
        let full = format!("{key}.{attr}");
        let bundle = self
            .bundle
            .ok_or_else(|| self.err(&full, I18nErrorKind::Missing))?;
        let message = bundle
            .get_message(key)
            .ok_or_else(|| self.err(&full, I18nErrorKind::Missing))?;
        let pattern = message
            .get_attribute(attr)
            .ok_or_else(|| self.err(&full, I18nErrorKind::Missing))?
            .value();
        self.format(bundle, &full, pattern, &[])
    }

    fn format(
        &self,
        bundle: &Bundle,
        key: &str,
        pattern: &'a fluent_syntax::ast::Pattern<&'a str>,
        args: Args<'_>,
    ) -> Result<String, I18nError> {
        let mut fargs = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fargs.set(*name, FluentValue::from(*s)),
                Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        if errors.is_empty() {
            Ok(out.into_owned())
        } else {
            let text = errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("; ");
            Err(self.err(key, I18nErrorKind::Format(text)))
        }
    }

    /// The words for a standard code: `Vocab::LegalBasis`, `art6-1-f` → "Berettiget interesse".
    pub fn code(&self, vocab: Vocab, code: &str) -> Result<String, I18nError> {
        match self.code_words(vocab, code).and_then(|w| w.words.as_ref()) {
            Some(words) => Ok(words.clone()),
            None => self.msg(&vocab.fluent_key(code)),
        }
    }

    fn code_words(&self, vocab: Vocab, code: &str) -> Option<&'a CodeWords> {
        self.vocabulary?.get(&vocab)?.get(code)
    }

    /// An attribute of a standard code's message.
    pub fn code_attr(&self, vocab: Vocab, code: &str, attr: &str) -> Result<String, I18nError> {
        let found = self
            .code_words(vocab, code)
            .and_then(|w| w.attrs.iter().find(|(a, _)| a == attr));
        match found {
            Some((_, words)) => Ok(words.clone()),
            None => self.attr(&vocab.fluent_key(code), attr),
        }
    }

    /// An attribute of a standard code's message that a locale may leave out (an authority's
    /// `.phone`, where it could not be confirmed): `None` when the attribute is absent, an error
    /// when it exists and fails to format.
    pub fn code_attr_opt(
        &self,
        vocab: Vocab,
        code: &str,
        attr: &str,
    ) -> Result<Option<String>, I18nError> {
        match self.code_attr(vocab, code, attr) {
            Ok(v) => Ok(Some(v)),
            Err(I18nError {
                kind: I18nErrorKind::Missing,
                ..
            }) if self.has(&vocab.fluent_key(code)) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Does this language define the message `key`?
    pub fn has(&self, key: &str) -> bool {
        self.bundle.is_some_and(|b| b.has_message(key))
    }

    /// The first of `keys` this language defines, formatted; the last key is the fallback and
    /// must exist (a country's own name for an organisation number, else the general one).
    pub fn first_of(&self, keys: &[&str]) -> Result<String, I18nError> {
        let key = keys
            .iter()
            .find(|k| self.has(k))
            .or(keys.last())
            .copied()
            .unwrap_or_default();
        self.msg(key)
    }

    /// A duration in words: `P24M` → "24 måneder"; `P1Y6M` → "1 år og 6 måneder".
    pub fn duration(&self, d: &Duration) -> Result<String, I18nError> {
        let key = (self.lang, *d);
        if let Some(words) = self
            .durations
            .lock()
            .ok()
            .and_then(|m| m.get(&key).cloned())
        {
            return Ok(words);
        }
        let words = self.duration_words(d)?;
        if let Ok(mut seen) = self.durations.lock() {
            seen.insert(key, words.clone());
        }
        Ok(words)
    }

    fn duration_words(&self, d: &Duration) -> Result<String, I18nError> {
        let parts = d
            .parts()
            .into_iter()
            .map(|(unit, n)| self.msg_args(unit.fluent_key(), &[("count", Arg::Num(n))]))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(self.dates.and_list(self.lang, &parts))
    }

    /// A date in the language's long form: "3. juni 2024", "27 februari 2024".
    pub fn date(&self, d: Date) -> String {
        self.dates.long(self.lang, d)
    }

    /// A list joined with the language's "and".
    pub fn and_list(&self, items: &[String]) -> String {
        self.dates.and_list(self.lang, items)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::BTreeSet;

    /// Every message id and attribute (`id.attr`) a locale file defines.
    fn keys(src: &str) -> BTreeSet<String> {
        let res = match fluent_syntax::parser::parse(src) {
            Ok(r) => r,
            Err((_, errs)) => panic!("locale does not parse: {errs:?}"),
        };
        let mut out = BTreeSet::new();
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                if PER_COUNTRY.iter().any(|p| m.id.name.starts_with(p)) {
                    continue;
                }
                out.insert(m.id.name.to_string());
                for a in m.attributes {
                    out.insert(format!("{}.{}", m.id.name, a.id.name));
                }
            }
        }
        out
    }

    #[test]
    fn the_four_locales_define_the_same_messages() {
        let nb = keys(BUILTIN[0].1);
        for (lang, src) in &BUILTIN[1..] {
            let other = keys(src);
            let missing: Vec<_> = nb.difference(&other).collect();
            let extra: Vec<_> = other.difference(&nb).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has what nb lacks: {extra:?}");
        }
    }

    /// An overlay replaces whole messages, so each message it defines must exist in its base
    /// with exactly the same attributes: otherwise a word would be lost, or a typo ignored.
    #[test]
    fn each_overlay_is_complete_against_its_base() {
        for (lang, src) in &OVERLAYS {
            let base = lang.base().expect("an overlay is for a regional variant");
            let base_keys = keys(builtin(base));
            let mine = keys(src);
            assert!(!mine.is_empty(), "{lang} overlays nothing");
            for key in &mine {
                assert!(
                    base_keys.contains(key),
                    "{lang} defines `{key}`, which {base} does not"
                );
            }
            for key in &base_keys {
                let id = key.split('.').next().unwrap_or(key);
                if key.contains('.') && mine.contains(id) {
                    assert!(
                        mine.contains(key),
                        "{lang} replaces `{id}` but leaves out `{key}`"
                    );
                }
            }
        }
    }

    #[test]
    fn finland_swedish_is_swedish_with_finlands_words() {
        let locales = Locales::load(&Lang::ALL, &BTreeMap::new(), &SourceFiles::default())
            .expect("built-in locales load");
        let sv = locales.get(Lang::Sv);
        let fi_sv = locales.get(Lang::SvFi);
        assert_eq!(
            fi_sv.msg("ui-language-name").expect("name"),
            "Svenska (Finland)"
        );
        assert_eq!(
            fi_sv
                .first_of(&["ui-org-number-FI", "ui-org-number"])
                .expect("label"),
            "FO-nummer"
        );
        assert_eq!(
            fi_sv
                .first_of(&["ui-org-number-SE", "ui-org-number"])
                .expect("label"),
            "Organisationsnummer"
        );
        assert_eq!(
            sv.first_of(&["ui-org-number-FI", "ui-org-number"])
                .expect("label"),
            "Organisationsnummer"
        );
        assert_eq!(
            fi_sv
                .code_attr(Vocab::Authority, "FI", "address")
                .expect("address"),
            "PB 800, 00531 Helsingfors"
        );
        // What sv-FI does not overlay is sv's.
        assert_eq!(fi_sv.msg("ui-notices"), sv.msg("ui-notices"));
        assert_eq!(
            fi_sv.code(Vocab::Right, "access"),
            sv.code(Vocab::Right, "access")
        );
        // Plurals as in sv.
        let one = Duration::parse("P1M").expect("duration");
        assert_eq!(fi_sv.duration(&one).expect("words"), "1 månad");
        let d = Date {
            year: 2024,
            month: 2,
            day: 27,
        };
        assert!(fi_sv.date(d).contains("februari 2024"), "{}", fi_sv.date(d));
    }

    #[test]
    fn every_vocabulary_code_has_its_words_in_every_locale() {
        let locales = Locales::load(&Lang::ALL, &BTreeMap::new(), &SourceFiles::default())
            .expect("built-in locales load");
        for lang in Lang::ALL {
            let m = locales.get(lang);
            for vocab in Vocab::ALL {
                for code in vocab.codes() {
                    let text = m.code(vocab, code.code);
                    assert!(
                        text.as_ref().is_ok_and(|t| !t.trim().is_empty()),
                        "{lang}: {:?}",
                        text
                    );
                }
            }
            for code in crate::vocab::LEGAL_BASES
                .iter()
                .chain(crate::vocab::MECHANISMS)
            {
                let vocab = if crate::vocab::LEGAL_BASES.contains(code) {
                    Vocab::LegalBasis
                } else {
                    Vocab::Mechanism
                };
                assert!(
                    m.code_attr(vocab, code.code, "article").is_ok(),
                    "{lang}: {} .article",
                    code.code
                );
            }
            for r in crate::vocab::RIGHTS {
                assert!(
                    m.code_attr(Vocab::Right, r.code, "description").is_ok(),
                    "{lang}: {}",
                    r.code
                );
            }
            for a in crate::vocab::AUTHORITIES {
                for attr in ["address", "url"] {
                    assert!(
                        m.code_attr(Vocab::Authority, a.code, attr).is_ok(),
                        "{lang}: {} .{attr}",
                        a.code
                    );
                }
                // The phone only where the authority's own pages confirm it.
                let phone = m
                    .code_attr_opt(Vocab::Authority, a.code, "phone")
                    .expect("formats");
                assert_eq!(
                    phone.is_some(),
                    matches!(a.code, "DK" | "FI"),
                    "{lang}: {} .phone",
                    a.code
                );
            }
        }
    }

    #[test]
    fn every_waivable_rule_says_what_it_withholds_in_every_locale() {
        let locales =
            Locales::load(&Lang::ALL, &BTreeMap::new(), &SourceFiles::default()).expect("load");
        for rule in crate::rules::registry().iter().filter(|r| r.waivable()) {
            for lang in Lang::ALL {
                let key = format!("rule-{}", rule.id);
                assert!(locales.get(lang).msg(&key).is_ok(), "{lang} lacks {key}");
            }
        }
    }

    #[test]
    fn lookups_are_strict_and_name_the_key_and_language() {
        let locales =
            Locales::load(&[Lang::Sv], &BTreeMap::new(), &SourceFiles::default()).expect("load");
        let err = locales
            .get(Lang::Sv)
            .msg("no-such-message")
            .expect_err("missing");
        assert_eq!(
            err.to_string(),
            "the message `no-such-message` is missing from the sv locale"
        );
        // A language that was not loaded has no messages at all: no fallback.
        assert!(locales.get(Lang::Fi).msg("ui-yes").is_err());
        // A message used without its argument is an error, not a blank.
        assert!(locales.get(Lang::Sv).msg("ui-version-label").is_err());
    }

    #[test]
    fn durations_use_plurals_in_each_language() {
        let locales =
            Locales::load(&Lang::ALL, &BTreeMap::new(), &SourceFiles::default()).expect("load");
        let d = |s| Duration::parse(s).expect("duration");
        let cases = [
            (Lang::Nb, "P24M", "24 måneder"),
            (Lang::Sv, "P24M", "24 månader"),
            (Lang::Da, "P24M", "24 måneder"),
            (Lang::Fi, "P24M", "24 kuukautta"),
            (Lang::Nb, "P1M", "1 måned"),
            (Lang::Fi, "P1Y", "1 vuosi"),
            (Lang::Sv, "P1Y6M", "1 år och 6 månader"),
            (Lang::Da, "P7D", "7 dage"),
        ];
        for (lang, iso, words) in cases {
            assert_eq!(
                locales.get(lang).duration(&d(iso)).as_deref(),
                Ok(words),
                "{lang} {iso}"
            );
        }
    }

    #[test]
    fn a_site_locale_overrides_a_message() {
        let mut files = SourceFiles::default();
        let f = files.add("locales/nb.ftl".into(), "ui-yes = Jepp\n".into());
        let overrides = BTreeMap::from([(Lang::Nb, f)]);
        let locales = Locales::load(&[Lang::Nb], &overrides, &files).expect("load");
        assert_eq!(locales.get(Lang::Nb).msg("ui-yes").as_deref(), Ok("Jepp"));
        let bad = files.add("locales/sv.ftl".into(), "ui-yes = {\n".into());
        let errs = Locales::load(&[Lang::Sv], &BTreeMap::from([(Lang::Sv, bad)]), &files)
            .expect_err("syntax error");
        assert_eq!(errs[0].code, "load/syntax");
        assert!(errs[0].loc.is_some());
    }
}
