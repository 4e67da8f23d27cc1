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

/// One `[[contexts]]` table.
pub(super) fn resolve_context(
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
    let no_recipients = Vec::new();
    let recipient_list = c.recipients.as_ref().map_or(&no_recipients, |l| l.get_ref());
    for (key, list) in [
        ("controllers", &c.controllers),
        ("categories", &c.categories),
        ("sources", &c.sources),
        ("recipients", recipient_list),
        ("authorities", &c.authorities),
    ] {
        r.once_each(key, list);
    }
    let stated = Stated {
        recipients: c.recipients.as_ref().map(|l| loc(file, l)),
        transfers: c.transfers.as_ref().map(|l| loc(file, l)),
    };
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
    let recipients: Vec<Ref> = recipient_list
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
                Some(RetentionRule::Criteria(r.define_shared(cr, "retention criteria")))
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

    let mut transfers = Vec::new();
    for tr in c.transfers.iter().flat_map(|l| l.get_ref()) {
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
        r.once_each("recipients", &x.recipients);
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
        let reason = x.reason.as_ref().map(|s| r.define_shared(s, "waiver reason"));
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
fn bad_period(file: FileId, s: &S, e: &crate::model::duration::DurationError, key: &str) -> Diagnostic {
    let written = s.get_ref();
    let forms = "ISO 8601 durations: P24M is 24 months, P5Y 5 years, P4W 4 weeks, P30D 30 days, PT24H 24 hours";
    let (message, help) = if e.is_zero() {
        let help = if key == "lifetime" {
            "a cookie that lives only while the browser is open is `lifetime = \"session\"`; otherwise write how long it lives, longer than zero".to_string()
        } else {
            "if the data are deleted as soon as the event happens, say so in words with `criteria = \"<label id>\"` instead of a period; otherwise write the period, longer than zero".to_string()
        };
        (format!("`{written}` is a period of zero: nothing would be kept"), help)
    } else {
        let help = match Duration::suggest(written) {
            Some(iso) => format!("write `{key} = \"{iso}\"`: periods are {forms}"),
            None if key == "lifetime" => format!("write \"session\" or a period: {forms}"),
            None => format!("write the period as a duration: {forms}; where no period can be given, use `criteria` instead"),
        };
        (format!("`{written}` is not an ISO 8601 duration: {e}"), help)
    };
    Diagnostic::load(LoadError::BadDuration, message)
        .at(loc(file, s))
        .help(help)
}
