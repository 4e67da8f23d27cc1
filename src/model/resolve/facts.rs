//! Resolving one version's `facts.toml`: ids defined once, codes looked up, references
//! followed, dates and periods parsed.

use super::{loc, located, text};
use crate::diag::{Diagnostic, LoadError};
use crate::model::*;
use crate::source::raw::{self, S};
use std::collections::{BTreeSet, HashMap};
use toml::Spanned;

/// Resolves one version's facts, keeping its own diagnostics.
struct FactsResolver<'a> {
    file: FileId,
    diags: &'a mut Vec<Diagnostic>,
    /// Every own id of the version → where it was first defined.
    ids: HashMap<String, Loc>,
}

impl FactsResolver<'_> {
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
        } else if self.ids.contains_key(id.get_ref()) {
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
    let declared = Declared {
        controllers: controller_ids,
        laws: ids_of(facts.laws.iter().map(|l| &l.id)),
        sources: ids_of(facts.sources.iter().map(|s| &s.id)),
        recipients: ids_of(facts.recipients.iter().map(|s| &s.id)),
        categories: ids_of(facts.categories.iter().map(|s| &s.id)),
    };
    for ctx in &t.contexts {
        let context = resolve_context(&mut r, file, ctx, &declared);
        facts.contexts.push(context);
    }
    facts
}

/// The ids a version declares, by kind, for resolving references.
struct Declared {
    controllers: BTreeSet<String>,
    laws: BTreeSet<String>,
    sources: BTreeSet<String>,
    recipients: BTreeSet<String>,
    categories: BTreeSet<String>,
}

fn ids_of<'a>(ids: impl Iterator<Item = &'a Id>) -> BTreeSet<String> {
    ids.map(|id| id.value.clone()).collect()
}

/// One `[[contexts]]` table.
fn resolve_context(
    r: &mut FactsResolver<'_>,
    file: FileId,
    ctx: &Spanned<raw::ContextToml>,
    declared: &Declared,
) -> Context {
    let (controller_ids, law_ids, source_ids, recipient_ids, category_ids) = (
        &declared.controllers,
        &declared.laws,
        &declared.sources,
        &declared.recipients,
        &declared.categories,
    );
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
        .filter_map(|s| r.id_ref(controller_ids, "controller", "[[controllers]]", s))
        .collect();
    let categories = c
        .categories
        .iter()
        .filter_map(|s| r.reference(Vocab::Category, "categories", category_ids, s))
        .collect();
    let sources = c
        .sources
        .iter()
        .filter_map(|s| r.reference(Vocab::Source, "sources", source_ids, s))
        .collect();
    let recipients: Vec<Ref> = c
        .recipients
        .iter()
        .filter_map(|s| r.reference(Vocab::Recipient, "recipients", recipient_ids, s))
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
            .and_then(|s| r.id_ref(law_ids, "law", "[[laws]]", s));
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
            .filter_map(|s| r.reference(Vocab::Recipient, "recipients", recipient_ids, s))
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

    Context {
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
    }
}
