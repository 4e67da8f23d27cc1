//! The data subject's rights: the six rights and what does not apply (R12), the right to
//! object shown separately (R12a), withdrawing consent (R13) and complaining to a supervisory
//! authority (R14). Art. 13(2)(b)–(d), 14(2)(c)–(e), 21(4).

use super::walk::{each_version, when};
use super::{Family, Rule};
use crate::diag::{Diagnostic, Severity};
use crate::model::{self, Context, Facts, Ref, Site};
use crate::vocab::{Vocab, basis, right};

pub(super) const R12: Rule = Rule {
    id: "R12",
    articles: "Art. 13(2)(b), 14(2)(c)",
    art13: Some("13(2)(b)"),
    art14: Some("14(2)(c)"),
    summary: "the six rights, and a reason for each one that does not apply",
    condition: "always: every context",
    explanation: "\
The notice states the existence of the rights of access, rectification, erasure,
restriction, objection and data portability (Art. 13(2)(b), 14(2)(c)).

disclose states all six for every context itself, from the locales; nothing has to be
written for them. Where one does not apply in a context, `rights_not_applicable` says so with
a `reason`: a standard code (`portability-basis`, `object-basis`, `erasure-legal-obligation`,
`erasure-legal-claims`, `restriction-legal-claims`) or your own id, named under [labels].

Fails when an entry of `rights_not_applicable`:
- has no `reason` (a right never disappears without one);
- names `access` or `rectification`, which the GDPR does not make conditional (a national
  restriction under Art. 23 is a waiver of R12 with ground `national-law` instead);
- names a right that is not one of the six (`withdraw-consent`, `human-review`, `complaint`
  follow from the facts: R13, R17, R14);
- names the same right twice;
- gives `portability-basis` while a purpose of the context relies on consent or a contract
  (Art. 20(1) applies to exactly those).
Declaring `object` not applicable while the context relies on Art. 6(1)(e)/(f) or direct
marketing is R12a.",
    example: r#"# facts.toml
[[contexts]]
id = "customer-surveys"
rights_not_applicable = [
  { right = "portability", reason = "portability-basis" },   # no consent, no contract
]

  [[contexts.purposes]]
  id = "survey-feedback"
  legal_basis = "art6-1-f""#,
    severity: Severity::Error,
    check: check_r12,
    family: Family::Gdpr,
    applies: Some(when::always),
};

fn check_r12(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R12, |cx| {
        for ctx in cx.contexts() {
            let mut seen: Vec<&str> = Vec::new();
            for e in &ctx.rights_not_applicable {
                let right_code = e.right.value;
                let core = Vocab::Right
                    .get(right_code)
                    .is_some_and(|c| c.flags & right::CORE != 0);
                let d = if !core {
                    cx.diag(format!(
                        "`{right_code}` is not one of the six rights that can be declared not applicable"
                    ))
                    .at(e.right.loc.clone())
                    .help("list only access, rectification, erasure, restriction, portability or object here; withdrawing consent, human review and complaints follow from the facts")
                } else if matches!(right_code, "access" | "rectification") {
                    cx.diag(format!(
                        "the right of {right_code} cannot be declared not applicable"
                    ))
                    .at(e.right.loc.clone())
                    .help("the GDPR makes no exception to it here; if a national restriction (Art. 23) applies, write a waiver of R12 with ground \"national-law\" and your reasoning")
                } else if seen.contains(&right_code) {
                    cx.diag(format!("`{right_code}` is declared not applicable twice"))
                        .at(e.loc.clone())
                        .help("keep one entry per right")
                } else if e.reason.is_none() {
                    cx.diag(format!(
                        "the right `{right_code}` is declared not applicable without a reason"
                    ))
                    .at(e.loc.clone())
                    .label("no `reason`")
                    .help("add `reason = \"…\"`: a standard code such as portability-basis, or your own id named under [labels]")
                } else if let Some(p) = portability_contradiction(ctx, e.reason.as_ref()) {
                    cx.diag(format!(
                        "portability is declared not applicable for its legal basis, but the purpose `{}` relies on consent or a contract",
                        p.id.value
                    ))
                    .at(e.loc.clone())
                    .help("data portability applies to processing based on consent or a contract (Art. 20(1)); remove this entry, or give another reason")
                    .note(format!("the purpose is at {}", cx.place(&p.id.loc)))
                } else {
                    seen.push(right_code);
                    continue;
                };
                seen.push(right_code);
                cx.emit_ctx(ctx, d);
            }
        }
    });
}

/// A purpose that contradicts a `portability-basis` reason.
fn portability_contradiction<'c>(
    ctx: &'c Context,
    reason: Option<&Ref>,
) -> Option<&'c model::Purpose> {
    match reason {
        Some(Ref::Standard(code)) if code.value == "portability-basis" => {}
        _ => return None,
    }
    ctx.purposes.iter().find(|p| {
        p.legal_bases
            .iter()
            .any(|b| b.value.starts_with("art6-") && model::basis_has(b.value, basis::PORTABLE))
    })
}

pub(super) const R12A: Rule = Rule {
    id: "R12a",
    articles: "Art. 21(4)",
    art13: None,
    art14: None,
    summary: "the right to object, shown clearly and separately",
    condition: "a purpose relies on `art6-1-e` or `art6-1-f`, or has `direct_marketing = true`",
    explanation: "\
Where processing is based on Art. 6(1)(e) (public task) or (f) (legitimate interests), or is
for direct marketing, the right to object (Art. 21(1), (2)) \"shall be explicitly brought to
the attention of the data subject and shall be presented clearly and separately from any other
information\" (Art. 21(4)).

disclose renders that notice on its own, separately from the other rights, for every context
where the condition holds; nothing has to be written for it. What can go wrong is in the
facts: declaring `object` not applicable in such a context contradicts Art. 21.

Condition: a purpose of the context relies on `art6-1-e` or `art6-1-f`, or has
`direct_marketing = true`.

Fails when: the context's `rights_not_applicable` has an entry for `object`. The diagnostic
points at that entry. A national restriction (Art. 23) is a waiver of R12a with ground
`national-law`; Art. 13(4)/14(5) do not reach Art. 21.",
    example: r#"# facts.toml: no `object` entry where objection applies
[[contexts]]
id = "business-relation"
rights_not_applicable = [ { right = "portability", reason = "portability-basis" } ]

  [[contexts.purposes]]
  id = "newsletter"
  legal_basis = "art6-1-f"
  direct_marketing = true"#,
    severity: Severity::Error,
    check: check_r12a,
    family: Family::Gdpr,
    applies: Some(r12a_applies),
};

fn r12a_applies(_: &Facts, ctx: &Context) -> bool {
    ctx.objection_applies()
}

fn check_r12a(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R12A, |cx| {
        for ctx in cx.contexts() {
            if !r12a_applies(cx.facts(), ctx) {
                continue;
            }
            let trigger = ctx
                .purposes
                .iter()
                .find(|p| {
                    p.direct_marketing
                        || p.legal_bases
                            .iter()
                            .any(|b| model::basis_has(b.value, basis::OBJECTABLE))
                })
                .map(|p| (p.id.value.clone(), cx.place(&p.id.loc)));
            for e in ctx
                .rights_not_applicable
                .iter()
                .filter(|e| e.right.value == "object")
            {
                let mut d = cx
                    .diag(format!(
                        "the right to object is declared not applicable in `{}`, where it applies",
                        ctx.id.value
                    ))
                    .at(e.loc.clone())
                    .label("the right to object applies here")
                    .help("remove this entry: processing on a public task, legitimate interests or for direct marketing can always be objected to (Art. 21(1), (2))");
                if let Some((id, place)) = &trigger {
                    d = d.note(format!("the purpose `{id}` at {place} makes it apply"));
                }
                cx.emit_ctx(ctx, d);
            }
        }
    });
}

pub(super) const R13: Rule = Rule {
    id: "R13",
    articles: "Art. 13(2)(c), 14(2)(d)",
    art13: Some("13(2)(c)"),
    art14: Some("14(2)(d)"),
    summary: "the right to withdraw consent, and how",
    condition: "a purpose relies on `art6-1-a` or `art9-2-a`",
    explanation: "\
Where processing is based on consent (Art. 6(1)(a) or 9(2)(a)), the notice states the right
to withdraw consent at any time, without affecting the lawfulness of processing before the
withdrawal (Art. 13(2)(c), 14(2)(d)). Withdrawing must be as easy as giving consent
(Art. 7(3)), so the notice also says where.

disclose writes the statement of the right itself; the purpose gives `withdraw`: the web
address or e-mail address where consent can be withdrawn.

Condition: a purpose's `legal_basis` includes `art6-1-a` or `art9-2-a`.

Fails when: that purpose has no `withdraw`. The diagnostic points at the purpose's id.",
    example: r#"# facts.toml
  [[contexts.purposes]]
  id = "website-statistics"
  legal_basis = "art6-1-a"
  withdraw = "https://nordlys.example/cookies""#,
    severity: Severity::Error,
    check: check_r13,
    family: Family::Gdpr,
    applies: Some(r13_applies),
};

fn r13_applies(_: &Facts, ctx: &Context) -> bool {
    ctx.relies_on_consent()
}

fn check_r13(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R13, |cx| {
        for ctx in cx.contexts() {
            for p in &ctx.purposes {
                let Some(b) = p
                    .legal_bases
                    .iter()
                    .find(|b| model::basis_has(b.value, basis::CONSENT))
                else {
                    continue;
                };
                if p.withdraw.is_some() {
                    continue;
                }
                let d = cx
                    .diag(format!(
                        "the purpose `{}` relies on consent ({}) but does not say where to withdraw it",
                        p.id.value, b.value
                    ))
                    .at(p.id.loc.clone())
                    .label("no `withdraw`")
                    .help("add `withdraw = \"https://…\"` (a page to withdraw consent) or an e-mail address to this purpose");
                cx.emit_ctx(ctx, d);
            }
        }
    });
}

pub(super) const R14: Rule = Rule {
    id: "R14",
    articles: "Art. 13(2)(d), 14(2)(e)",
    art13: Some("13(2)(d)"),
    art14: Some("14(2)(e)"),
    summary: "the right to lodge a complaint with a supervisory authority",
    condition: "always: every context",
    explanation: "\
The notice states the right to lodge a complaint with a supervisory authority (Art. 13(2)(d),
14(2)(e)). disclose writes the right and the authority's name, address and web site in each
language; the context names which authority with `authorities`: `NO` (Datatilsynet), `SE`
(IMY), `DK` (Datatilsynet) or `FI` (Tietosuojavaltuutetun toimisto). Art. 77 lets the
person complain where they live or work, so name the authority of the country whose
residents the notice addresses.

Fails when: a context has no `authorities`. The diagnostic points at the context's id.",
    example: r#"# facts.toml
[[contexts]]
id = "debt-collection"
authorities = ["NO"]"#,
    severity: Severity::Error,
    check: check_r14,
    family: Family::Gdpr,
    applies: Some(when::always),
};

fn check_r14(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R14, |cx| {
        for ctx in cx.contexts() {
            if ctx.authorities.is_empty() {
                let d = cx
                    .diag(format!(
                        "the context `{}` names no supervisory authority for complaints",
                        ctx.id.value
                    ))
                    .at(ctx.id.loc.clone())
                    .label("no `authorities`")
                    .help(r14_help(cx.site, cx.facts(), ctx));
                cx.emit_ctx(ctx, d);
            }
        }
    });
}

/// What to write for R14, from the facts: the authorities of the countries where the context's
/// controllers are established, else those of the countries whose languages the site publishes;
/// never one chosen for the author.
fn r14_help(site: &Site, facts: &Facts, ctx: &Context) -> String {
    let mut from_controllers: Vec<(&'static str, String)> = Vec::new();
    for id in &ctx.controllers {
        let Some(c) = facts.controller(&id.value) else {
            continue;
        };
        if let Some(country) = c
            .country
            .as_ref()
            .filter(|x| Vocab::Authority.get(x.value).is_some())
            && !from_controllers.iter().any(|(a, _)| *a == country.value)
        {
            from_controllers.push((country.value, c.id.value.clone()));
        }
    }
    let all = Vocab::Authority.listing().unwrap_or_default();
    let why = "Art. 77 lets a person complain in particular where they live or work or where the infringement took place, so name the authority of each country whose residents the notice addresses";
    if !from_controllers.is_empty() {
        let codes = from_controllers
            .iter()
            .map(|(a, _)| format!("\"{a}\""))
            .collect::<Vec<_>>()
            .join(", ");
        let who = from_controllers
            .iter()
            .map(|(a, c)| format!("`{c}` is established in {a}"))
            .collect::<Vec<_>>()
            .join(", ");
        return format!(
            "add `authorities = [{codes}]` ({who}) and any other authority the context's data subjects can turn to: {why}; the codes are {all}"
        );
    }
    let mut by_language: Vec<&'static str> = Vec::new();
    for l in &site.config.languages {
        let code = match l {
            crate::lang::Lang::Nb => "NO",
            crate::lang::Lang::Sv => "SE",
            crate::lang::Lang::Da => "DK",
            crate::lang::Lang::Fi | crate::lang::Lang::SvFi => "FI",
        };
        if !by_language.contains(&code) {
            by_language.push(code);
        }
    }
    let langs = site
        .config
        .languages
        .iter()
        .map(|l| l.code())
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "add `authorities = [\"<code>\", …]`: {why}. The authorities of the countries whose languages the site publishes ({langs}) are {}; all the codes are {all}",
        by_language.join(", ")
    )
}
