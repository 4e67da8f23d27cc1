//! Resolving one version's `facts.toml`: ids defined once, codes looked up, references
//! followed, dates and periods parsed.

use super::{loc, located};
use crate::diag::{Diagnostic, LoadError};
use crate::model::*;
use crate::source::raw::{self, S};
use std::collections::{BTreeSet, HashMap};
use toml::Spanned;

use super::context::{Declared, ids_of, resolve_context, resolve_inherited};

/// Resolves one version's facts, keeping its own diagnostics.
pub(super) struct FactsResolver<'a> {
    file: FileId,
    diags: &'a mut Vec<Diagnostic>,
    /// Every own id of the version → where it was first defined, and what it names.
    ids: HashMap<String, (Loc, &'static str)>,
}

impl FactsResolver<'_> {
    pub(super) fn err(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// Each entry of a list once: a repeat is an error underlining the list from the first
    /// entry to the repeat, so both places are shown.
    pub(super) fn once_each(&mut self, key: &str, list: &[S]) {
        let mut seen: HashMap<&str, std::ops::Range<usize>> = HashMap::new();
        for s in list {
            match seen.get(s.get_ref().as_str()) {
                Some(first) => {
                    let first = Loc::new(self.file, first.clone());
                    self.err(
                        Diagnostic::load(
                            LoadError::DuplicateId,
                            format!("`{}` is listed twice in `{key}`", s.get_ref()),
                        )
                        .at(loc(self.file, s))
                        .label("listed again here")
                        .also(first, "first listed here")
                        .help("list each entry once; the page would show it twice"),
                    );
                }
                None => {
                    seen.insert(s.get_ref().as_str(), s.span());
                }
            }
        }
    }

    /// An id that may be defined where it is used, and used again for the same thing in
    /// another context (retention criteria, a reason a right does not apply, a waiver's reason):
    /// one definition, one label per language. Used for something else, it is a duplicate.
    pub(super) fn define_shared(&mut self, id: &S, what: &'static str) -> Id {
        match self.ids.get(id.get_ref()) {
            Some((_, w)) if *w == what => located(self.file, id),
            _ => self.define(id, what),
        }
    }

    /// Register a new own id: check its form and that it is not used already.
    pub(super) fn define(&mut self, id: &S, what: &'static str) -> Id {
        let l = located(self.file, id);
        if !crate::source::langfile::is_id(id.get_ref()) {
            self.err(
                Diagnostic::load(LoadError::BadValue, format!("`{}` is not a valid {what} id", id.get_ref()))
                    .at(l.loc.clone())
                    .help("an id is lower-case letters, digits and single hyphens, starting with a letter, e.g. business-relation"),
            );
        } else if let Some((first, _)) = self.ids.get(id.get_ref()) {
            let first = first.clone();
            self.err(
                Diagnostic::load(LoadError::DuplicateId, format!("the id `{}` is used twice", id.get_ref()))
                    .at(l.loc.clone())
                    .label(format!("defined again here, as a {what}"))
                    .also(first, "first defined here")
                    .help("each id is defined once per version, whatever it names: rename one of them (and its label in every language file)"),
            );
        } else {
            self.ids.insert(id.get_ref().clone(), (l.loc.clone(), what));
        }
        l
    }

    pub(super) fn code(&mut self, vocab: Vocab, s: &S) -> Option<Located<&'static str>> {
        match vocab.get(s.get_ref()) {
            Some(c) => Some(Located::new(c.code, loc(self.file, s))),
            None => {
                let d = Diagnostic::load(
                    LoadError::UnknownCode,
                    format!("`{}` is not a known {}", s.get_ref(), vocab.noun()),
                )
                .at(loc(self.file, s));
                // A short list is given whole; a long one is in content/README.md.
                let listing = vocab.listing();
                let help = match (vocab.suggest(s.get_ref()), listing) {
                    (Some(sug), Some(all)) => format!("did you mean `{sug}`? The codes are: {all}"),
                    (Some(sug), None) => format!("did you mean `{sug}`?"),
                    (None, Some(all)) => format!("use one of the codes: {all}"),
                    (None, None) => format!(
                        "use one of the codes listed under the {} in content/README.md",
                        vocab.noun()
                    ),
                };
                self.err(d.help(help));
                None
            }
        }
    }

    pub(super) fn opt_code(
        &mut self,
        vocab: Vocab,
        s: &Option<S>,
    ) -> Option<Located<&'static str>> {
        s.as_ref().and_then(|s| self.code(vocab, s))
    }

    /// A standard code, or an own id declared in `declared`.
    pub(super) fn reference(
        &mut self,
        vocab: Vocab,
        table: &str,
        declared: &BTreeSet<String>,
        s: &S,
    ) -> Option<Ref> {
        let l = loc(self.file, s);
        if declared.contains(s.get_ref()) {
            return Some(Ref::Custom(Located::new(s.get_ref().clone(), l)));
        }
        if let Some(c) = vocab.get(s.get_ref()) {
            return Some(Ref::Standard(Located::new(c.code, l)));
        }
        let candidates = vocab
            .codes()
            .iter()
            .map(|c| c.code)
            .chain(declared.iter().map(String::as_str));
        let mut d = Diagnostic::load(
            LoadError::UnknownCode,
            format!(
                "`{}` is neither a standard {} code nor declared in [[{table}]]",
                s.get_ref(),
                vocab.noun()
            ),
        )
        .at(l);
        d = match crate::vocab::closest(s.get_ref(), candidates) {
            Some(sug) => d.help(format!("did you mean `{sug}`? To use your own, declare it in [[{table}]] and name it under [labels]")),
            None => d.help(format!("use a code from content/README.md, or declare your own in [[{table}]] and name it under [labels]")),
        };
        self.err(d);
        None
    }

    pub(super) fn id_ref(
        &mut self,
        declared: &BTreeSet<String>,
        what: &str,
        table: &str,
        s: &S,
    ) -> Option<Id> {
        if declared.contains(s.get_ref()) {
            return Some(located(self.file, s));
        }
        let mut d = Diagnostic::load(
            LoadError::UndefinedReference,
            format!("no {what} has the id `{}`", s.get_ref()),
        )
        .at(loc(self.file, s));
        d = match crate::vocab::closest(s.get_ref(), declared.iter().map(String::as_str)) {
            Some(sug) => d.help(format!("did you mean `{sug}`?")),
            None if declared.is_empty() => d.help(format!("define it first in {table}")),
            None => d.help(format!(
                "the {what} ids defined in this version are: {}",
                declared.iter().cloned().collect::<Vec<_>>().join(", ")
            )),
        };
        self.err(d);
        None
    }

    pub(super) fn date(&mut self, s: &Spanned<toml::value::Datetime>) -> Option<Located<Date>> {
        let dt = s.get_ref();
        match (&dt.date, &dt.time, &dt.offset) {
            (Some(d), None, None) => Some(Located::new(
                Date {
                    year: d.year,
                    month: d.month,
                    day: d.day,
                },
                loc(self.file, s),
            )),
            (day, _, _) => {
                let help = match day {
                    Some(d) => format!(
                        "write only the day, without a time: {:04}-{:02}-{:02}",
                        d.year, d.month, d.day
                    ),
                    None => "write the day as YYYY-MM-DD, without quotes".to_string(),
                };
                self.err(
                    Diagnostic::load(LoadError::BadDate, format!("`{dt}` is not a plain date"))
                        .at(loc(self.file, s))
                        .help(help),
                );
                None
            }
        }
    }

    pub(super) fn email_or_url(&mut self, s: &S, what: &str) -> Located<String> {
        let v = s.get_ref().trim();
        let ok = ((v.starts_with("https://") || v.starts_with("http://"))
            && !v.chars().any(|c| c.is_whitespace() || c.is_control()))
            || (v.contains('@')
                && !v.chars().any(|c| c.is_whitespace() || c.is_control())
                && !v.starts_with('@')
                && !v.ends_with('@'));
        if !ok {
            self.err(
                Diagnostic::load(
                    LoadError::BadValue,
                    format!("`{v}` is neither a web address nor an e-mail address"),
                )
                .at(loc(self.file, s))
                .help(format!(
                    "{what}: write an https:// address or an e-mail address"
                )),
            );
        }
        located(self.file, s)
    }

    /// A text value (a name, a number, an address). An empty or blank one says nothing, so it
    /// is an error: `what` names what to write instead.
    pub(super) fn text(&mut self, s: &Option<S>, key: &str, what: &str) -> Option<Located<String>> {
        let s = s.as_ref()?;
        if s.get_ref().trim().is_empty() {
            self.err(
                Diagnostic::load(LoadError::BadValue, format!("`{key}` is empty"))
                    .at(loc(self.file, s))
                    .label("an empty value says nothing")
                    .help(format!(
                        "write {what}, or leave the key out where it is optional"
                    )),
            );
        }
        Some(located(self.file, s))
    }

    pub(super) fn email(&mut self, s: &Option<S>) -> Option<Located<String>> {
        let s = s.as_ref()?;
        let v = s.get_ref().trim();
        let at = v.find('@');
        if !at.is_some_and(|i| i > 0 && i + 1 < v.len() && v[i + 1..].contains('.'))
            || v.chars()
                .any(|c| c.is_whitespace() || c.is_control() || "<>\"'?&".contains(c))
        {
            self.err(
                Diagnostic::load(
                    LoadError::BadValue,
                    format!("`{v}` is not an e-mail address"),
                )
                .at(loc(self.file, s))
                .help("write an address such as privacy@example.com"),
            );
        }
        Some(located(self.file, s))
    }

    pub(super) fn url(&mut self, s: &Option<S>) -> Option<Located<String>> {
        let s = s.as_ref()?;
        let v = s.get_ref().trim();
        if !(v.starts_with("https://") || v.starts_with("http://"))
            || v.chars().any(|c| c.is_whitespace() || c.is_control())
        {
            self.err(
                Diagnostic::load(LoadError::BadValue, format!("`{v}` is not a web address"))
                    .at(loc(self.file, s))
                    .help("write the full address, starting with https://"),
            );
        }
        Some(located(self.file, s))
    }
}

pub(super) fn resolve_facts(file: FileId, t: raw::FactsToml, diags: &mut Vec<Diagnostic>) -> Facts {
    let mut r = FactsResolver {
        file,
        diags,
        ids: HashMap::new(),
    };
    let mut facts = Facts {
        published: t.version.published.as_ref().and_then(|d| r.date(d)),
        effective: t.version.effective.as_ref().and_then(|d| r.date(d)),
        ..Facts::default()
    };
    if let (Some(p), Some(e)) = (&facts.published, &facts.effective)
        && e.value < p.value
    {
        r.err(
            Diagnostic::load(
                LoadError::BadDate,
                format!(
                    "the version takes effect ({}) before it is published ({})",
                    e.value, p.value
                ),
            )
            .at(e.loc.clone())
            .help(
                "`effective` is the day the version takes effect; it cannot be before `published`",
            ),
        );
    }

    for c in &t.controllers {
        let cl = loc(file, c);
        let c = c.get_ref();
        let controller = Controller {
            id: r.define(&c.id, "controller"),
            loc: cl,
            name: r.text(&c.name, "name", "the controller's legal name"),
            org_number: r.text(
                &c.org_number,
                "org_number",
                "the organisation number as the register gives it",
            ),
            country: r.opt_code(Vocab::Country, &c.country),
            address: r.text(&c.address, "address", "the postal address"),
            email: r.email(&c.email),
            phone: r.text(&c.phone, "phone", "the phone number"),
            url: r.url(&c.url),
        };
        facts.controllers.push(controller);
    }
    let controller_ids: BTreeSet<String> = facts
        .controllers
        .iter()
        .map(|c| c.id.value.clone())
        .collect();
    for rep in &t.representatives {
        let rl = loc(file, rep);
        let rep = rep.get_ref();
        let Some(controller) = r.id_ref(
            &controller_ids,
            "controller",
            "[[controllers]]",
            &rep.controller,
        ) else {
            continue;
        };
        let representative = Representative {
            controller,
            loc: rl,
            name: r.text(&rep.name, "name", "the representative's legal name"),
            address: r.text(&rep.address, "address", "the postal address"),
            country: r.opt_code(Vocab::Country, &rep.country),
            email: r.email(&rep.email),
            phone: r.text(&rep.phone, "phone", "the phone number"),
        };
        facts.representatives.push(representative);
    }
    if let Some(dpo) = &t.dpo
        && let Some(no) = dpo.get_ref().designated.as_ref().filter(|b| !*b.get_ref())
    {
        let d = dpo.get_ref();
        let given: Vec<&str> = [
            ("email", d.email.is_some()),
            ("name", d.name.is_some()),
            ("address", d.address.is_some()),
            ("phone", d.phone.is_some()),
        ]
        .into_iter()
        .filter(|(_, g)| *g)
        .map(|(k, _)| k)
        .collect();
        if !given.is_empty() {
            r.err(
                Diagnostic::load(
                    LoadError::BadValue,
                    format!(
                        "[dpo] says no data protection officer is designated, and gives {}",
                        given.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
                    ),
                )
                .at(loc(file, no))
                .label("designated = false")
                .help("if a data protection officer is designated, remove `designated = false`; if not, remove the contact details"),
            );
        }
        facts.no_dpo = Some(loc(file, no));
    } else if let Some(dpo) = &t.dpo {
        let dl = loc(file, dpo);
        let d = dpo.get_ref();
        facts.dpo = Some(Dpo {
            loc: dl,
            email: r.email(&d.email),
            name: r.text(&d.name, "name", "the name of the person or function"),
            address: r.text(&d.address, "address", "the postal address"),
            phone: r.text(&d.phone, "phone", "the phone number"),
        });
    }
    for law in &t.laws {
        let law = law.get_ref();
        let url = r.url(&law.url);
        let act = match &law.act {
            Some(code) => match crate::vocab::acts::act(code.get_ref()) {
                Some(a) => Some(a),
                None => {
                    let codes = crate::vocab::acts::ACTS
                        .iter()
                        .map(|a| format!("`{}` ({})", a.code, a.short))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let mut d = Diagnostic::load(
                        LoadError::UnknownCode,
                        format!(
                            "`{}` is not a data-protection act disclose knows",
                            code.get_ref()
                        ),
                    )
                    .at(loc(file, code));
                    d = match crate::vocab::closest(
                        code.get_ref(),
                        crate::vocab::acts::ACTS.iter().map(|a| a.code),
                    ) {
                        Some(s) => d.help(format!("did you mean `{s}`? The acts are: {codes}")),
                        None => d.help(format!(
                            "`act` names one of the national data-protection acts: {codes}; for any other law, leave `act` out and name it under [labels]"
                        )),
                    };
                    r.err(d);
                    None
                }
            },
            None => url
                .as_ref()
                .and_then(|u| crate::vocab::acts::act_at(&u.value)),
        };
        let l = Law {
            id: r.define(&law.id, "law"),
            url,
            act,
            repealed: law
                .repealed
                .as_ref()
                .filter(|b| *b.get_ref())
                .map(|b| loc(file, b)),
            replaced_by: None,
        };
        facts.laws.push(l);
    }
    // `replaced_by` names another [[laws]] entry, so it is read once all are defined.
    let law_ids: BTreeSet<String> = facts.laws.iter().map(|l| l.id.value.clone()).collect();
    for (raw, law) in t.laws.iter().zip(facts.laws.iter_mut()) {
        let raw = raw.get_ref();
        let Some(by) = &raw.replaced_by else { continue };
        if law.repealed.is_none() {
            r.err(
                Diagnostic::load(
                    LoadError::BadValue,
                    format!(
                        "`{}` says what replaced it, but not that it is repealed",
                        law.id.value
                    ),
                )
                .at(loc(file, by))
                .help("add `repealed = true` to this [[laws]] entry, or remove `replaced_by`"),
            );
        }
        if by.get_ref() == &law.id.value {
            r.err(
                Diagnostic::load(LoadError::BadValue, "a law cannot replace itself")
                    .at(loc(file, by))
                    .help("`replaced_by` names the [[laws]] entry of the law now in force"),
            );
            continue;
        }
        law.replaced_by = r.id_ref(&law_ids, "law", "[[laws]]", by);
    }
    for s in &t.sources {
        let s = s.get_ref();
        let src = CustomSource {
            id: r.define(&s.id, "source"),
            public: s.public,
        };
        facts.sources.push(src);
    }
    for rc in &t.recipients {
        let rc = rc.get_ref();
        let recipient = CustomRecipient {
            id: r.define(&rc.id, "recipient"),
            kind: r.opt_code(Vocab::Recipient, &rc.kind).map(|c| c.value),
            country: r.opt_code(Vocab::Country, &rc.country).map(|c| c.value),
        };
        facts.recipients.push(recipient);
    }
    for c in &t.categories {
        let c = c.get_ref();
        let category = CustomCategory {
            id: r.define(&c.id, "category"),
            special: c.special,
            criminal: c.criminal,
        };
        facts.categories.push(category);
    }
    let declared = Declared {
        controllers: controller_ids,
        laws: ids_of(facts.laws.iter().map(|l| &l.id)),
        sources: ids_of(facts.sources.iter().map(|s| &s.id)),
        recipients: ids_of(facts.recipients.iter().map(|s| &s.id)),
        categories: ids_of(facts.categories.iter().map(|s| &s.id)),
    };
    let inherited = t
        .all_contexts
        .as_ref()
        .map(|a| resolve_inherited(&mut r, file, a, &declared))
        .unwrap_or_default();
    for ctx in &t.contexts {
        let context = resolve_context(&mut r, file, ctx, &declared, &inherited);
        facts.contexts.push(context);
    }
    facts
}
