//! Locales: the Fluent vocabulary of each language, ICU4X dates and lists, durations.
//!
//! Lookups are strict. A message that is missing, or that fails to format (a missing variable,
//! a reference to a missing term), is an [`I18nError`] naming the key and the language; there
//! is no fallback to another language, because a notice that silently shows Norwegian words on
//! a Finnish page is wrong.
//!
//! The built-in `locales/<lang>.ftl` are compiled into the binary. A site's own
//! `locales/<lang>.ftl` is laid over them: its messages add to or replace the built-in ones.

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
            let builtin = BUILTIN
                .iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, s)| *s)
                .unwrap_or_default();
            match FluentResource::try_new(builtin.to_string()) {
                Ok(res) => {
                    if let Err(errs) = bundle.add_resource(res) {
                        diags.push(Diagnostic::load(
                            LoadError::Theme,
                            format!("the built-in {lang} locale defines a message twice: {errs:?}"),
                        ));
                    }
                }
                Err((_, errs)) => diags.push(Diagnostic::load(
                    LoadError::Theme,
                    format!("the built-in {lang} locale does not parse: {errs:?}"),
                )),
            }
            if let Some(&file) = overrides.get(&lang) {
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
            bundles.insert(lang, bundle);
        }
        if diags.is_empty() {
            Ok(Locales {
                bundles,
                dates: dates::DateFormats::new(langs),
            })
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
        }
    }
}

fn new_bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
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

    /// Is there such a message?
    pub fn has(&self, key: &str) -> bool {
        self.bundle.is_some_and(|b| b.has_message(key))
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
        self.msg(&vocab.fluent_key(code))
    }

    /// An attribute of a standard code's message.
    pub fn code_attr(&self, vocab: Vocab, code: &str, attr: &str) -> Result<String, I18nError> {
        self.attr(&vocab.fluent_key(code), attr)
    }

    /// A duration in words: `P24M` → "24 måneder"; `P1Y6M` → "1 år og 6 måneder".
    pub fn duration(&self, d: &Duration) -> Result<String, I18nError> {
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
