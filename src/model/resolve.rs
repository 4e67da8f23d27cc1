//! Raw source → the notice graph. Every code is looked up, every id reference resolved, every
//! date and period parsed; what cannot be understood is a load error at its place.

use super::*;
use crate::diag::{Diagnostic, LoadError};
use crate::source::raw::{self, S};
use crate::source::{SourceSite, SourceVersion};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use toml::Spanned;

/// Build the site model from parsed source. Returns the site (as far as it could be built) and
/// the load errors found.
pub fn resolve(src: SourceSite) -> (Option<Site>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let Some((site_file, site_toml)) = src.site else {
        return (None, diags);
    };
    let config = site_config(site_file, site_toml, &mut diags);
    let mut notices = Vec::new();
    for n in src.notices {
        let mut versions = Vec::new();
        for v in n.versions {
            if let Some(version) = resolve_version(&n.id, v, &config, &mut diags) {
                versions.push(version);
            }
        }
        versions.sort_by(|a, b| a.number.cmp(&b.number));
        notices.push(Notice { id: n.id, versions });
    }
    notices.sort_by(|a, b| a.id.cmp(&b.id));
    check_slugs(&notices, &mut diags);

    let mut locale_overrides = BTreeMap::new();
    for (code, file) in src.locales {
        match Lang::from_code(&code) {
            Some(l) => {
                locale_overrides.insert(l, file);
            }
            None => diags.push(
                Diagnostic::load(
                    LoadError::Layout,
                    format!("locales/{code}.ftl is for a language disclose does not publish"),
                )
                .at(Loc::file_start(file))
                .help("locale files are named nb.ftl, sv.ftl, da.ftl or fi.ftl"),
            ),
        }
    }
    let template_overrides = src.templates.into_iter().collect();
    let site = Site {
        root: src.root,
        files: src.files,
        config,
        notices,
        locale_overrides,
        template_overrides,
        asset_overrides: src.assets.into_iter().collect(),
    };
    (Some(site), diags)
}

fn loc(file: FileId, s: &Spanned<impl Sized>) -> Loc {
    Loc::new(file, s.span())
}

fn located(file: FileId, s: &S) -> Located<String> {
    Located::new(s.get_ref().clone(), loc(file, s))
}

fn site_config(file: FileId, t: raw::SiteToml, diags: &mut Vec<Diagnostic>) -> SiteConfig {
    let base_url = t.base_url.get_ref().trim_end_matches('/').to_string();
    if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
        diags.push(
            Diagnostic::load(LoadError::BadValue, "base_url must be an absolute http(s) address")
                .at(loc(file, &t.base_url))
                .help("write the address the site will be published at, e.g. base_url = \"https://privacy.example.com\""),
        );
    }
    let mut languages = Vec::new();
    for l in t.languages.get_ref() {
        match Lang::from_code(l.get_ref()) {
            Some(lang) if languages.contains(&lang) => diags.push(
                Diagnostic::load(
                    LoadError::DuplicateId,
                    format!("`{}` is listed twice", l.get_ref()),
                )
                .at(loc(file, l))
                .help("list each language once"),
            ),
            Some(lang) => languages.push(lang),
            None => diags.push(
                Diagnostic::load(
                    LoadError::UnknownCode,
                    format!("`{}` is not a language disclose publishes", l.get_ref()),
                )
                .at(loc(file, l))
                .help("the languages are nb, sv, da and fi"),
            ),
        }
    }
    if languages.is_empty() && t.languages.get_ref().is_empty() {
        diags.push(
            Diagnostic::load(LoadError::BadValue, "the site publishes no language")
                .at(loc(file, &t.languages))
                .help("list at least one, e.g. languages = [\"nb\", \"sv\", \"da\", \"fi\"]"),
        );
    }
    let default_language = match &t.default_language {
        Some(d) => match Lang::from_code(d.get_ref()) {
            Some(l) if languages.contains(&l) => l,
            _ => {
                diags.push(
                    Diagnostic::load(
                        LoadError::BadValue,
                        format!(
                            "default_language `{}` is not one of the site's languages",
                            d.get_ref()
                        ),
                    )
                    .at(loc(file, d))
                    .help("choose one of the codes listed in `languages`"),
                );
                languages.first().copied().unwrap_or(Lang::Nb)
            }
        },
        None => languages.first().copied().unwrap_or(Lang::Nb),
    };
    let mut title = BTreeMap::new();
    for (code, value) in &t.title {
        match Lang::from_code(code).filter(|l| languages.contains(l)) {
            Some(l) => {
                title.insert(l, value.get_ref().clone());
            }
            None => diags.push(
                Diagnostic::load(
                    LoadError::UnknownKey,
                    format!("a title for `{code}`, which the site does not publish"),
                )
                .at(loc(file, value))
                .help("give a title for each language in `languages`, and no other"),
            ),
        }
    }
    for l in &languages {
        if !title.contains_key(l) {
            diags.push(
                Diagnostic::load(
                    LoadError::BadValue,
                    format!("the site has no title in `{l}`"),
                )
                .at(Loc::file_start(file))
                .language(l.code())
                .help(format!(
                    "add `{l} = \"…\"` under [title] in content/site.toml"
                )),
            );
        }
    }
    SiteConfig {
        file,
        base_url,
        languages,
        default_language,
        theme: t
            .theme
            .map(|s| s.into_inner())
            .unwrap_or_else(|| "default".to_string()),
        allow_html: t.allow_html,
        title,
    }
}

/// Resolves one version's facts, keeping its own diagnostics.
struct Facts2<'a> {
    file: FileId,
    diags: &'a mut Vec<Diagnostic>,
    /// Every own id of the version → where it was first defined.
    ids: HashMap<String, Loc>,
}

impl Facts2<'_> {
    fn err(&mut self, d: Diagnostic) {
        self.diags.push(d);
    }

    /// Register a new own id: check its form and that it is not used already.
    fn define(&mut self, id: &S, what: &str) -> Id {
        let l = located(self.file, id);
        if !crate::source::langfile::is_id(id.get_ref()) {
            self.err(
                Diagnostic::load(LoadError::BadValue, format!("`{}` is not a valid {what} id", id.get_ref()))
                    .at(l.loc.clone())
                    .help("an id is lower-case letters, digits and single hyphens, starting with a letter, e.g. business-relation"),
            );
        } else if let Some(first) = self.ids.get(id.get_ref()) {
            let (line, _) = (first.span.start, 0);
            let _ = line;
            self.err(
                Diagnostic::load(LoadError::DuplicateId, format!("the id `{}` is used twice", id.get_ref()))
                    .at(l.loc.clone())
                    .label("defined again here")
                    .help("each id may be defined once per version; rename one of them (and its label in every language file)"),
            );
        } else {
            self.ids.insert(id.get_ref().clone(), l.loc.clone());
        }
        l
    }

    fn code(&mut self, vocab: Vocab, s: &S) -> Option<Located<&'static str>> {
        match vocab.get(s.get_ref()) {
            Some(c) => Some(Located::new(c.code, loc(self.file, s))),
            None => {
                let mut d = Diagnostic::load(
                    LoadError::UnknownCode,
                    format!("`{}` is not a known {}", s.get_ref(), vocab.noun()),
                )
                .at(loc(self.file, s));
                d = match vocab.suggest(s.get_ref()) {
                    Some(sug) => d.help(format!("did you mean `{sug}`?")),
                    None => d.help(format!(
                        "use one of the codes listed under the {} in content/README.md",
                        vocab.noun()
                    )),
                };
                self.err(d);
                None
            }
        }
    }

    fn opt_code(&mut self, vocab: Vocab, s: &Option<S>) -> Option<Located<&'static str>> {
        s.as_ref().and_then(|s| self.code(vocab, s))
    }

    /// A standard code, or an own id declared in `declared`.
    fn reference(
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

    fn id_ref(
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

    fn date(&mut self, s: &Spanned<toml::value::Datetime>) -> Option<Located<Date>> {
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
            _ => {
                self.err(
                    Diagnostic::load(LoadError::BadDate, format!("`{dt}` is not a plain date"))
                        .at(loc(self.file, s))
                        .help("write only the day, YYYY-MM-DD, without a time, e.g. 2024-02-27"),
                );
                None
            }
        }
    }

    fn email_or_url(&mut self, s: &S, what: &str) -> Located<String> {
        let v = s.get_ref().trim();
        let ok = v.starts_with("https://")
            || v.starts_with("http://")
            || (v.contains('@') && !v.contains(' ') && !v.starts_with('@') && !v.ends_with('@'));
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

    fn email(&mut self, s: &Option<S>) -> Option<Located<String>> {
        let s = s.as_ref()?;
        let v = s.get_ref().trim();
        let at = v.find('@');
        if !at.is_some_and(|i| i > 0 && i + 1 < v.len() && v[i + 1..].contains('.'))
            || v.contains(' ')
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

    fn url(&mut self, s: &Option<S>) -> Option<Located<String>> {
        let s = s.as_ref()?;
        let v = s.get_ref().trim();
        if !(v.starts_with("https://") || v.starts_with("http://")) {
            self.err(
                Diagnostic::load(LoadError::BadValue, format!("`{v}` is not a web address"))
                    .at(loc(self.file, s))
                    .help("write the full address, starting with https://"),
            );
        }
        Some(located(self.file, s))
    }
}

fn text(file: FileId, s: &Option<S>) -> Option<Located<String>> {
    s.as_ref().map(|s| located(file, s))
}

fn resolve_version(
    notice: &str,
    v: SourceVersion,
    config: &SiteConfig,
    diags: &mut Vec<Diagnostic>,
) -> Option<Version> {
    let Some(number) = VersionNumber::parse(&v.number) else {
        diags.push(
            Diagnostic::load(
                LoadError::Layout,
                format!(
                    "{}: `{}` is not a version number",
                    v.dir.display(),
                    v.number
                ),
            )
            .help("name version folders with numbers separated by dots, e.g. 1.0, 2.1"),
        );
        return None;
    };
    let (facts_file, raw_facts) = v.facts?;
    let facts = resolve_facts(facts_file, raw_facts, diags);

    let mut texts = BTreeMap::new();
    for l in v.langs {
        let Some(lang) = Lang::from_code(&l.code).filter(|x| config.languages.contains(x)) else {
            diags.push(
                Diagnostic::load(
                    LoadError::Layout,
                    format!("{}.md is not a language this site publishes", l.code),
                )
                .at(Loc::file_start(l.file))
                .help(format!(
                    "the site publishes {}; add `{}` to `languages` in content/site.toml, or remove this file",
                    config.languages.iter().map(|l| l.code()).collect::<Vec<_>>().join(", "),
                    l.code
                )),
            );
            continue;
        };
        let Some(fm) = l.parsed else { continue };
        texts.insert(lang, lang_text(lang, l.file, l.front_matter, fm, l.prose));
    }
    for lang in &config.languages {
        if !texts.contains_key(lang) {
            diags.push(
                Diagnostic::load(
                    LoadError::MissingLanguage,
                    format!("version {number} of `{notice}` has no {lang} text"),
                )
                .at(Loc::file_start(facts_file))
                .language(lang.code())
                .help(format!(
                    "add {}/{lang}.md (copy another language's file and translate it), or remove `{lang}` from `languages` in content/site.toml",
                    v.dir.display()
                )),
            );
        }
    }
    Some(Version {
        notice: notice.to_string(),
        number,
        dir: v.dir,
        facts_file,
        facts,
        texts,
    })
}

fn lang_text(
    lang: Lang,
    file: FileId,
    fm_range: std::ops::Range<usize>,
    fm: raw::FrontMatterToml,
    prose: crate::source::langfile::Prose,
) -> LangText {
    // Spans in the front matter are relative to it; shift them to the file.
    let off = fm_range.start;
    let shift = |s: std::ops::Range<usize>| (s.start + off)..(s.end + off);
    let l = |s: &S| Located::new(s.get_ref().clone(), Loc::new(file, shift(s.span())));
    let map = |m: &BTreeMap<Spanned<String>, S>| -> BTreeMap<String, Text> {
        m.iter()
            .map(|(k, v)| {
                (
                    k.get_ref().clone(),
                    Text {
                        key_loc: Loc::new(file, shift(k.span())),
                        value: l(v),
                    },
                )
            })
            .collect()
    };
    LangText {
        lang,
        file,
        front_matter: Loc::new(file, fm_range.clone()),
        title: fm.title.as_ref().map(l),
        slug: fm.slug.as_ref().map(l),
        description: fm.description.map(|d| d.into_inner()),
        labels: map(&fm.labels),
        legitimate_interests: map(&fm.legitimate_interests),
        consequences: map(&fm.consequences),
        automated: fm
            .automated_decisions
            .iter()
            .map(|(k, v)| {
                let t = v.get_ref();
                (
                    k.get_ref().clone(),
                    AutomatedText {
                        loc: Loc::new(file, shift(k.span())),
                        logic: t.logic.as_ref().map(l),
                        significance: t.significance.as_ref().map(l),
                        consequences: t.consequences.as_ref().map(l),
                    },
                )
            })
            .collect(),
        changes_summary: fm.changes.summary.as_ref().map(|s| Text {
            key_loc: Loc::new(file, shift(s.span())),
            value: l(s),
        }),
        prose,
    }
}

fn resolve_facts(file: FileId, t: raw::FactsToml, diags: &mut Vec<Diagnostic>) -> Facts {
    let mut r = Facts2 {
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
            name: text(file, &c.name),
            org_number: text(file, &c.org_number),
            country: r.opt_code(Vocab::Country, &c.country),
            address: text(file, &c.address),
            email: r.email(&c.email),
            phone: text(file, &c.phone),
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
            name: text(file, &rep.name),
            address: text(file, &rep.address),
            country: r.opt_code(Vocab::Country, &rep.country),
            email: r.email(&rep.email),
            phone: text(file, &rep.phone),
        };
        facts.representatives.push(representative);
    }
    if let Some(dpo) = &t.dpo {
        let dl = loc(file, dpo);
        let d = dpo.get_ref();
        facts.dpo = Some(Dpo {
            loc: dl,
            email: r.email(&d.email),
            name: text(file, &d.name),
            address: text(file, &d.address),
            phone: text(file, &d.phone),
        });
    }
    for law in &t.laws {
        let law = law.get_ref();
        let l = Law {
            id: r.define(&law.id, "law"),
            url: r.url(&law.url),
        };
        facts.laws.push(l);
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
    let law_ids: BTreeSet<String> = facts.laws.iter().map(|l| l.id.value.clone()).collect();
    let source_ids: BTreeSet<String> = facts.sources.iter().map(|s| s.id.value.clone()).collect();
    let recipient_ids: BTreeSet<String> = facts
        .recipients
        .iter()
        .map(|s| s.id.value.clone())
        .collect();
    let category_ids: BTreeSet<String> = facts
        .categories
        .iter()
        .map(|s| s.id.value.clone())
        .collect();

    for ctx in &t.contexts {
        let cl = loc(file, ctx);
        let c = ctx.get_ref();
        let id = r.define(&c.id, "context");
        let collection = c.collection.as_ref().and_then(|s| {
            r.code(Vocab::Collection, s).map(|code| {
                let v = match code.value {
                    "indirect" => Collection::Indirect,
                    "both" => Collection::Both,
                    _ => Collection::Direct,
                };
                Located::new(v, code.loc)
            })
        });
        let controllers = c
            .controllers
            .iter()
            .filter_map(|s| r.id_ref(&controller_ids, "controller", "[[controllers]]", s))
            .collect();
        let categories = c
            .categories
            .iter()
            .filter_map(|s| r.reference(Vocab::Category, "categories", &category_ids, s))
            .collect();
        let sources = c
            .sources
            .iter()
            .filter_map(|s| r.reference(Vocab::Source, "sources", &source_ids, s))
            .collect();
        let recipients: Vec<Ref> = c
            .recipients
            .iter()
            .filter_map(|s| r.reference(Vocab::Recipient, "recipients", &recipient_ids, s))
            .collect();
        let authorities = c
            .authorities
            .iter()
            .filter_map(|s| r.code(Vocab::Authority, s))
            .collect();
        let requirement = r.opt_code(Vocab::Requirement, &c.requirement);

        let mut purposes = Vec::new();
        for p in &c.purposes {
            let pl = loc(file, p);
            let p = p.get_ref();
            let pid = r.define(&p.id, "purpose");
            let legal_bases = p
                .legal_basis
                .as_ref()
                .map(|lb| {
                    let v: Vec<S> = match lb.get_ref() {
                        raw::OneOrMany::One(s) => vec![Spanned::new(lb.span(), s.clone())],
                        raw::OneOrMany::Many(v) => v.clone(),
                    };
                    v.iter()
                        .filter_map(|s| r.code(Vocab::LegalBasis, s))
                        .collect()
                })
                .unwrap_or_default();
            let law = p
                .law
                .as_ref()
                .and_then(|s| r.id_ref(&law_ids, "law", "[[laws]]", s));
            let withdraw = p
                .withdraw
                .as_ref()
                .map(|s| r.email_or_url(s, "where consent can be withdrawn"));
            purposes.push(Purpose {
                id: pid,
                loc: pl,
                legal_bases,
                law,
                withdraw,
                direct_marketing: p.direct_marketing,
                further_processing: p.further_processing,
            });
        }
        let purpose_ids: BTreeSet<String> = purposes.iter().map(|p| p.id.value.clone()).collect();

        let mut retention = Vec::new();
        for ret in &c.retention {
            let rl = loc(file, ret);
            let x = ret.get_ref();
            let purpose = x.purpose.as_ref().and_then(|s| {
                r.id_ref(
                    &purpose_ids,
                    "purpose of this context",
                    "[[contexts.purposes]]",
                    s,
                )
            });
            let rule = match (&x.period, &x.criteria) {
                (Some(p), None) => match Duration::parse(p.get_ref()) {
                    Ok(d) => {
                        let after = r.opt_code(Vocab::Trigger, &x.after);
                        Some(RetentionRule::Period {
                            period: Located::new(d, loc(file, p)),
                            after,
                        })
                    }
                    Err(e) => {
                        r.err(
                            Diagnostic::load(
                                LoadError::BadDuration,
                                format!("`{}` is not an ISO 8601 duration: {e}", p.get_ref()),
                            )
                            .at(loc(file, p))
                            .help("write e.g. P24M for 24 months, P5Y for 5 years, P30D for 30 days, PT24H for 24 hours"),
                        );
                        None
                    }
                },
                (None, Some(cr)) => {
                    if x.after.is_some() {
                        r.err(
                            Diagnostic::load(
                                LoadError::BadValue,
                                "`after` goes with `period`, not with `criteria`",
                            )
                            .at(rl.clone())
                            .help("remove `after`, or replace `criteria` with a `period`"),
                        );
                    }
                    Some(RetentionRule::Criteria(r.define(cr, "retention criteria")))
                }
                (Some(_), Some(_)) => {
                    r.err(
                        Diagnostic::load(
                            LoadError::BadValue,
                            "a retention entry has both `period` and `criteria`",
                        )
                        .at(rl.clone())
                        .help("write two entries, or keep only one of them"),
                    );
                    None
                }
                (None, None) => {
                    r.err(
                        Diagnostic::load(
                            LoadError::BadValue,
                            "a retention entry needs a `period` or `criteria`",
                        )
                        .at(rl.clone())
                        .help("e.g. { period = \"P24M\", after = \"end-of-relationship\" }"),
                    );
                    None
                }
            };
            if let Some(rule) = rule {
                retention.push(Retention {
                    loc: rl,
                    rule,
                    purpose,
                });
            }
        }

        let mut transfers = Vec::new();
        for tr in &c.transfers {
            let tl = loc(file, tr);
            let x = tr.get_ref();
            let Some(country) = r.code(Vocab::Country, &x.country) else {
                continue;
            };
            let mechanism = r.opt_code(Vocab::Mechanism, &x.mechanism);
            let copy = x
                .copy
                .as_ref()
                .map(|s| r.email_or_url(s, "where to obtain a copy of the safeguards"));
            let trecipients = x
                .recipients
                .iter()
                .filter_map(|s| r.reference(Vocab::Recipient, "recipients", &recipient_ids, s))
                .collect();
            transfers.push(Transfer {
                loc: tl,
                country,
                mechanism,
                copy,
                recipients: trecipients,
            });
        }

        let automated = c.automated_decisions.as_ref().map(|a| {
            let x = a.get_ref();
            Automated {
                loc: loc(file, a),
                art22: x
                    .art22
                    .as_ref()
                    .map(|b| Located::new(*b.get_ref(), loc(file, b))),
                profiling: x.profiling,
            }
        });

        let mut rights_not_applicable = Vec::new();
        for e in &c.rights_not_applicable {
            let el = loc(file, e);
            let x = e.get_ref();
            let Some(right) = r.code(Vocab::Right, &x.right) else {
                continue;
            };
            let reason = x
                .reason
                .as_ref()
                .map(|s| match Vocab::RightReason.get(s.get_ref()) {
                    Some(code) => Ref::Standard(Located::new(code.code, loc(file, s))),
                    None => Ref::Custom(r.define(s, "reason")),
                });
            rights_not_applicable.push(RightException {
                loc: el,
                right,
                reason,
            });
        }

        let mut waivers = Vec::new();
        for w in &c.waivers {
            let wl = loc(file, w);
            let x = w.get_ref();
            let Some(ground) = r.code(Vocab::WaiverGround, &x.ground) else {
                continue;
            };
            let reason = x.reason.as_ref().map(|s| r.define(s, "waiver reason"));
            waivers.push(Waiver {
                loc: wl,
                rule: located(file, &x.rule),
                ground,
                reason,
            });
        }

        let mut cookies = Vec::new();
        for ck in &c.cookies {
            let kl = loc(file, ck);
            let x = ck.get_ref();
            let cid = r.define(&x.id, "cookie");
            let lifetime = x.lifetime.as_ref().and_then(|s| {
                if s.get_ref() == "session" {
                    return Some(Lifetime::Session);
                }
                match Duration::parse(s.get_ref()) {
                    Ok(d) => Some(Lifetime::Period(d)),
                    Err(e) => {
                        r.err(
                            Diagnostic::load(
                                LoadError::BadDuration,
                                format!("`{}` is not a cookie lifetime: {e}", s.get_ref()),
                            )
                            .at(loc(file, s))
                            .help("write \"session\" or an ISO 8601 duration such as P1Y, P30D, PT30M"),
                        );
                        None
                    }
                }
            });
            cookies.push(Cookie {
                id: cid,
                loc: kl,
                name: x.name.get_ref().clone(),
                host: x.host.as_ref().map(|s| s.get_ref().clone()),
                provider: x.provider.as_ref().map(|s| s.get_ref().clone()),
                category: r.opt_code(Vocab::CookieCategory, &x.category),
                party: r.opt_code(Vocab::CookieParty, &x.party),
                lifetime,
            });
        }

        facts.contexts.push(Context {
            id,
            loc: cl,
            collection,
            controllers,
            categories,
            sources,
            recipients,
            authorities,
            requirement,
            retention,
            transfers,
            automated,
            rights_not_applicable,
            waivers,
            purposes,
            cookies,
        });
    }
    facts
}

/// A slug is unique per language across the site, and well formed.
fn check_slugs(notices: &[Notice], diags: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<(Lang, String), &str> = HashMap::new();
    for n in notices {
        // Within a notice the slug may change between versions; the current version's slug is
        // the notice's address. Check every version's slug for form, and the newest for clashes.
        for v in &n.versions {
            for t in v.texts.values() {
                if let Some(slug) = &t.slug
                    && !crate::source::langfile::is_id(&slug.value)
                {
                    diags.push(
                        Diagnostic::load(LoadError::BadValue, format!("`{}` is not a valid slug", slug.value))
                            .at(slug.loc.clone())
                            .language(t.lang.code())
                            .help("a slug is lower-case ASCII letters, digits and hyphens, e.g. personvern-kunder"),
                    );
                }
            }
        }
        let Some(newest) = n.versions.last() else {
            continue;
        };
        for t in newest.texts.values() {
            let Some(slug) = &t.slug else { continue };
            if let Some(other) = seen.insert((t.lang, slug.value.clone()), &n.id) {
                diags.push(
                    Diagnostic::load(
                        LoadError::DuplicateId,
                        format!("the slug `{}` is also used by the notice `{other}`", slug.value),
                    )
                    .at(slug.loc.clone())
                    .language(t.lang.code())
                    .help("each notice needs its own address in each language; change one of the slugs"),
                );
            }
        }
    }
}
