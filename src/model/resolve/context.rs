//! Resolving one `[[contexts]]` table: its references, purposes, retention, transfers,
//! automated decisions, rights that do not apply, waivers and cookies.

use super::facts::FactsResolver;
use super::{loc, located};
use crate::diag::{Diagnostic, LoadError};
use crate::model::*;
use crate::source::raw::{self, S};
use std::collections::BTreeSet;
use toml::Spanned;

/// The ids a version declares, by kind, for resolving references.
pub(super) struct Declared {
    pub(super) controllers: BTreeSet<String>,
    pub(super) laws: BTreeSet<String>,
    pub(super) sources: BTreeSet<String>,
    pub(super) recipients: BTreeSet<String>,
    pub(super) categories: BTreeSet<String>,
}

pub(super) fn ids_of<'a>(ids: impl Iterator<Item = &'a Id>) -> BTreeSet<String> {
    ids.map(|id| id.value.clone()).collect()
}

/// What `[all_contexts]` states, resolved once (so that a problem in it is reported once, not
/// in every context), for every context to inherit where it does not say otherwise.
#[derive(Debug, Default)]
pub(super) struct Inherited {
    controllers: Option<Vec<Id>>,
    recipients: Option<(Vec<Ref>, Loc)>,
    transfers: Option<(Vec<Transfer>, Loc)>,
    authorities: Option<Vec<Located<&'static str>>>,
    requirement: Option<Located<&'static str>>,
}

/// A context the notice's companies process on behalf of another controller: who the
/// controller is, who processes, and the categories of data; nothing of the controller's own
/// processing, which the controller's notice states.
fn processor_context(
    r: &mut FactsResolver<'_>,
    file: FileId,
    c: &raw::ContextToml,
    id: Id,
    cl: Loc,
    role: Loc,
    declared: &Declared,
) -> Context {
    let own: [(&str, Option<std::ops::Range<usize>>); 13] = [
        ("collection", c.collection.as_ref().map(|s| s.span())),
        (
            "controllers",
            c.controllers
                .as_ref()
                .and_then(|l| l.first())
                .map(|s| s.span()),
        ),
        ("sources", c.sources.first().map(|s| s.span())),
        ("recipients", c.recipients.as_ref().map(|l| l.span())),
        (
            "authorities",
            c.authorities
                .as_ref()
                .and_then(|l| l.first())
                .map(|s| s.span()),
        ),
        ("requirement", c.requirement.as_ref().map(|s| s.span())),
        ("retention", c.retention.first().map(|x| x.span())),
        ("transfers", c.transfers.as_ref().map(|l| l.span())),
        (
            "automated_decisions",
            c.automated_decisions.as_ref().map(|x| x.span()),
        ),
        (
            "rights_not_applicable",
            c.rights_not_applicable.first().map(|x| x.span()),
        ),
        ("waivers", c.waivers.first().map(|x| x.span())),
        ("purposes", c.purposes.first().map(|x| x.span())),
        ("cookies", c.cookies.first().map(|x| x.span())),
    ];
    for (key, span) in own {
        let Some(span) = span else { continue };
        r.err(
            Diagnostic::load(
                LoadError::BadValue,
                format!("a context processed on behalf of another controller does not state its `{key}`"),
            )
            .at(Loc::new(file, span))
            .label("the controller's to state")
            .help(format!(
                "remove `{key}`: the controller decides the purposes and means of this processing, and its own notice informs of them; this context says who the controller is (`on_behalf_of`), and the page tells the reader to turn to it"
            )),
        );
    }
    r.once_each("categories", &c.categories);
    let categories = c
        .categories
        .iter()
        .filter_map(|s| r.reference(Vocab::Category, "categories", &declared.categories, s))
        .collect();
    let processors = c
        .processors
        .as_ref()
        .map(|l| resolve_controllers(r, l, declared))
        .unwrap_or_default();
    Context {
        id,
        loc: cl,
        processor: Some(Processing {
            role,
            on_behalf_of: c
                .on_behalf_of
                .as_ref()
                .map(|s| r.define_shared(s, "controller on whose behalf data are processed")),
            processors,
        }),
        collection: None,
        controllers: Vec::new(),
        categories,
        sources: Vec::new(),
        recipients: Vec::new(),
        authorities: Vec::new(),
        requirement: None,
        retention: Vec::new(),
        transfers: Vec::new(),
        stated: Stated::default(),
        automated: None,
        rights_not_applicable: Vec::new(),
        waivers: Vec::new(),
        purposes: Vec::new(),
        cookies: Vec::new(),
    }
}

/// `[all_contexts]`.
pub(super) fn resolve_inherited(
    r: &mut FactsResolver<'_>,
    file: FileId,
    all: &Spanned<raw::AllContextsToml>,
    declared: &Declared,
) -> Inherited {
    let a = all.get_ref();
    Inherited {
        controllers: a
            .controllers
            .as_ref()
            .map(|l| resolve_controllers(r, l, declared)),
        recipients: a
            .recipients
            .as_ref()
            .map(|l| (resolve_recipients(r, l.get_ref(), declared), loc(file, l))),
        transfers: a.transfers.as_ref().map(|l| {
            (
                resolve_transfers(r, file, l.get_ref(), declared),
                loc(file, l),
            )
        }),
        authorities: a.authorities.as_ref().map(|l| resolve_authorities(r, l)),
        requirement: r.opt_code(Vocab::Requirement, &a.requirement),
    }
}

fn resolve_controllers(r: &mut FactsResolver<'_>, list: &[S], declared: &Declared) -> Vec<Id> {
    r.once_each("controllers", list);
    list.iter()
        .filter_map(|s| r.id_ref(&declared.controllers, "controller", "[[controllers]]", s))
        .collect()
}

fn resolve_recipients(r: &mut FactsResolver<'_>, list: &[S], declared: &Declared) -> Vec<Ref> {
    r.once_each("recipients", list);
    list.iter()
        .filter_map(|s| r.reference(Vocab::Recipient, "recipients", &declared.recipients, s))
        .collect()
}

fn resolve_authorities(r: &mut FactsResolver<'_>, list: &[S]) -> Vec<Located<&'static str>> {
    r.once_each("authorities", list);
    list.iter()
        .filter_map(|s| r.code(Vocab::Authority, s))
        .collect()
}

fn resolve_transfers(
    r: &mut FactsResolver<'_>,
    file: FileId,
    list: &[Spanned<raw::TransferToml>],
    declared: &Declared,
) -> Vec<Transfer> {
    let mut transfers = Vec::new();
    for tr in list {
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
        transfers.push(Transfer {
            loc: tl,
            country,
            mechanism,
            copy,
            recipients: resolve_recipients(r, &x.recipients, declared),
        });
    }
    transfers
}

/// One `[[contexts]]` table.
pub(super) fn resolve_context(
    r: &mut FactsResolver<'_>,
    file: FileId,
    ctx: &Spanned<raw::ContextToml>,
    declared: &Declared,
    inherited: &Inherited,
) -> Context {
    let (law_ids, source_ids, category_ids) =
        (&declared.laws, &declared.sources, &declared.categories);
    let cl = loc(file, ctx);
    let c = ctx.get_ref();
    let id = r.define(&c.id, "context");
    match c.role.as_ref().map(|s| s.get_ref().as_str()) {
        None | Some("controller") => {
            for (key, given) in [
                ("on_behalf_of", c.on_behalf_of.as_ref().map(|s| s.span())),
                (
                    "processors",
                    c.processors
                        .as_ref()
                        .and_then(|l| l.first())
                        .map(|s| s.span()),
                ),
            ] {
                if let Some(span) = given {
                    r.err(
                        Diagnostic::load(
                            LoadError::BadValue,
                            format!("`{key}` goes with `role = \"processor\"`"),
                        )
                        .at(Loc::new(file, span))
                        .help("a context processed on behalf of another controller says `role = \"processor\"`; in the notice's own processing, name its controllers in `controllers`"),
                    );
                }
            }
        }
        Some("processor") => {
            let role = c.role.as_ref().map_or(cl.clone(), |s| loc(file, s));
            return processor_context(r, file, c, id, cl, role, declared);
        }
        Some(other) => {
            r.err(
                Diagnostic::load(LoadError::UnknownCode, format!("`{other}` is not a role"))
                    .at(c.role.as_ref().map_or(cl.clone(), |s| loc(file, s)))
                    .help("use one of the codes: `controller` (the notice's own processing; the default) or `processor` (processing on behalf of another controller)"),
            );
        }
    }
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
    for (key, list) in [("categories", &c.categories), ("sources", &c.sources)] {
        r.once_each(key, list);
    }
    // A key the context writes is its own; one it leaves out is [all_contexts]'s, if that
    // states it.
    let controllers = match &c.controllers {
        Some(l) => resolve_controllers(r, l, declared),
        None => inherited.controllers.clone().unwrap_or_default(),
    };
    let (recipients, recipients_at) = match &c.recipients {
        Some(l) => (
            resolve_recipients(r, l.get_ref(), declared),
            Some(loc(file, l)),
        ),
        None => match &inherited.recipients {
            Some((list, at)) => (list.clone(), Some(at.clone())),
            None => (Vec::new(), None),
        },
    };
    let (transfers, transfers_at) = match &c.transfers {
        Some(l) => (
            resolve_transfers(r, file, l.get_ref(), declared),
            Some(loc(file, l)),
        ),
        None => match &inherited.transfers {
            Some((list, at)) => (list.clone(), Some(at.clone())),
            None => (Vec::new(), None),
        },
    };
    let stated = Stated {
        recipients: recipients_at,
        transfers: transfers_at,
    };
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
    let authorities = match &c.authorities {
        Some(l) => resolve_authorities(r, l),
        None => inherited.authorities.clone().unwrap_or_default(),
    };
    // Whether the person must provide the data is asked only where they provide them
    // (Art. 13(2)(e)): an indirect context inherits no requirement.
    let requirement = match &c.requirement {
        Some(_) => r.opt_code(Vocab::Requirement, &c.requirement),
        None if collection.as_ref().is_some_and(|x| x.value.art13()) => {
            inherited.requirement.clone()
        }
        None => None,
    };

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
                r.once_each("legal_basis", &v);
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
                    r.err(bad_period(file, p, &e, "period"));
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
                Some(RetentionRule::Criteria(
                    r.define_shared(cr, "retention criteria"),
                ))
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
        let bound = x.bound.as_ref().and_then(|b| {
            let v = match b.get_ref().as_str() {
                "at-most" => Bound::AtMost,
                "at-least" => Bound::AtLeast,
                other => {
                    r.err(
                        Diagnostic::load(
                            LoadError::UnknownCode,
                            format!("`{other}` is not a retention bound"),
                        )
                        .at(loc(file, b))
                        .help("write `bound = \"at-most\"` (the data are kept for the period or less) or `bound = \"at-least\"` (for the period or more), or leave it out when the period is exact"),
                    );
                    return None;
                }
            };
            if x.period.is_none() {
                r.err(
                    Diagnostic::load(LoadError::BadValue, "`bound` goes with `period`")
                        .at(loc(file, b))
                        .help("a bound says whether a period is the longest or the shortest time the data are kept: add the `period`, or remove `bound`"),
                );
            }
            Some(Located::new(v, loc(file, b)))
        });
        let law = x
            .law
            .as_ref()
            .and_then(|s| r.id_ref(law_ids, "law", "[[laws]]", s));
        if let Some(rule) = rule {
            retention.push(Retention {
                loc: rl,
                rule,
                purpose,
                bound,
                law,
            });
        }
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
                None => Ref::Custom(r.define_shared(s, "reason")),
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
        let reason = x
            .reason
            .as_ref()
            .map(|s| r.define_shared(s, "waiver reason"));
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
                    r.err(bad_period(file, s, &e, "lifetime"));
                    None
                }
            }
        });
        r.text(
            &Some(x.name.clone()),
            "name",
            "the cookie's name as the browser shows it",
        );
        cookies.push(Cookie {
            id: cid,
            loc: kl,
            name: x.name.get_ref().clone(),
            host: r
                .text(&x.host, "host", "the host that sets the cookie")
                .map(|s| s.value),
            provider: r
                .text(&x.provider, "provider", "the provider's name")
                .map(|s| s.value),
            category: r.opt_code(Vocab::CookieCategory, &x.category),
            party: r.opt_code(Vocab::CookieParty, &x.party),
            lifetime,
        });
    }

    Context {
        id,
        loc: cl,
        processor: None,
        collection,
        controllers,
        categories,
        sources,
        recipients,
        authorities,
        requirement,
        retention,
        transfers,
        stated,
        automated,
        rights_not_applicable,
        waivers,
        purposes,
        cookies,
    }
}

/// A `period` (or a cookie's `lifetime`) that is not a period: what is wrong with it, and how
/// to write it, with the ISO form of what was written where it is clear ("2 years" is `P2Y`).
fn bad_period(
    file: FileId,
    s: &S,
    e: &crate::model::duration::DurationError,
    key: &str,
) -> Diagnostic {
    let written = s.get_ref();
    let forms = "ISO 8601 durations: P24M is 24 months, P5Y 5 years, P4W 4 weeks, P30D 30 days, PT24H 24 hours";
    let (message, help) = if e.is_zero() {
        let help = if key == "lifetime" {
            "a cookie that lives only while the browser is open is `lifetime = \"session\"`; otherwise write how long it lives, longer than zero".to_string()
        } else {
            "if the data are deleted as soon as the event happens, say so in words with `criteria = \"<label id>\"` instead of a period; otherwise write the period, longer than zero".to_string()
        };
        (
            format!("`{written}` is a period of zero: nothing would be kept"),
            help,
        )
    } else {
        let help = match Duration::suggest(written) {
            Some(iso) => format!("write `{key} = \"{iso}\"`: periods are {forms}"),
            None if key == "lifetime" => format!("write \"session\" or a period: {forms}"),
            None => format!(
                "write the period as a duration: {forms}; where no period can be given, use `criteria` instead"
            ),
        };
        (
            format!("`{written}` is not an ISO 8601 duration: {e}"),
            help,
        )
    };
    Diagnostic::load(LoadError::BadDuration, message)
        .at(loc(file, s))
        .help(help)
}
