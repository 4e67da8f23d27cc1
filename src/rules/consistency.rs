//! Consistency of the facts: what one fact implies about another (C01–C06). Waivers have their
//! own file (C07–C10); declarations and completeness of tables theirs (C11–C14).
//!
//! These are not points of Art. 13/14 themselves but what makes them true: a notice that
//! names a special category without the Art. 9(2) condition, or a legal obligation without
//! the law, states its legal basis incompletely (WP260 Annex, on Art. 13(1)(c)).

use super::walk::each_version;
use super::{Family, Rule};
use crate::diag::{Diagnostic, Severity};
use crate::model::{self, Context, Facts, Ref, Site};
use crate::vocab::{Vocab, basis, category};

pub(super) const C01: Rule = Rule {
    id: "C01",
    articles: "",
    art13: None,
    art14: None,
    summary: "every context says how its data are collected",
    condition: "always: every context",
    explanation: "\
Whether Art. 13 or Art. 14 applies, and so which rules and articles, depends on where the
data come from. Every context says it with `collection`: `direct` (from the person:
Art. 13), `indirect` (from elsewhere: Art. 14) or `both` (both articles apply, e.g. data from
the person and from registers).

Fails when: a context has no `collection`. The diagnostic points at its id. Until it is
given, rules of either article are not applied to the context and its diagnostics cite both.",
    example: r#"# facts.toml
[[contexts]]
id = "business-relation"
collection = "both""#,
    severity: Severity::Error,
    check: check_c01,
    family: Family::Consistency,
    applies: None,
};

fn check_c01(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &C01, |cx| {
        for ctx in cx.contexts() {
            if ctx.collection.is_none() {
                let d = cx
                    .diag(format!(
                        "the context `{}` does not say how its data are collected",
                        ctx.id.value
                    ))
                    .at(ctx.id.loc.clone())
                    .label("no `collection`")
                    .help("add `collection = \"direct\"` (from the person, Art. 13), \"indirect\" (from elsewhere, Art. 14) or \"both\"");
                cx.emit(d);
            }
        }
    });
}

/// Is this category reference special (Art. 9) or criminal (Art. 10)?
fn category_flag(facts: &Facts, r: &Ref, flag: u8) -> bool {
    match r {
        Ref::Standard(c) => Vocab::Category
            .get(c.value)
            .is_some_and(|x| x.flags & flag != 0),
        Ref::Custom(id) => facts.categories.iter().any(|c| {
            c.id.value == id.value
                && ((flag == category::SPECIAL && c.special)
                    || (flag == category::CRIMINAL && c.criminal))
        }),
    }
}

pub(super) const C02: Rule = Rule {
    id: "C02",
    articles: "Art. 9(2)",
    art13: None,
    art14: None,
    summary: "special categories of data name an Art. 9(2) condition",
    condition: "a context lists a special category (Art. 9(1))",
    explanation: "\
Processing special categories (health, beliefs, biometrics … : Art. 9(1)) is prohibited unless
a condition of Art. 9(2) applies, and the notice names it beside the Art. 6 basis.

Condition: the context's `categories` include a standard special category (`health`,
`racial-ethnic-origin`, `political-opinions`, `religious-beliefs`, `trade-union`, `genetic`,
`biometric`, `sex-life`) or one of your own declared with `special = true`.

Fails when: no purpose of the context has an `art9-2-…` code in its `legal_basis`. The
diagnostic points at the category in the context.",
    example: r#"# facts.toml
[[laws]]
id = "debt-collection-act"

[[contexts]]
categories = ["name", "health"]

  [[contexts.purposes]]
  id = "hardship-considerations"
  legal_basis = ["art6-1-c", "art9-2-f"]
  law = "debt-collection-act""#,
    severity: Severity::Error,
    check: check_c02,
    family: Family::Consistency,
    applies: None,
};

/// The Art. 9(2) conditions, each with what it means in one line, for a hint that proposes
/// none.
const ART9_CONDITIONS: &str = "art9-2-a (explicit consent), art9-2-b (obligations and rights in employment, social security and social protection law), art9-2-c (vital interests, where the person cannot consent), art9-2-d (a not-for-profit body, for its members), art9-2-e (made manifestly public by the person), art9-2-f (legal claims, or courts acting in their judicial capacity), art9-2-g (substantial public interest, on the basis of law), art9-2-h (health or social care, on the basis of law), art9-2-i (public health, on the basis of law), art9-2-j (archiving in the public interest, research or statistics, on the basis of law)";

fn has_art9(ctx: &Context) -> bool {
    ctx.any_basis(basis::ART9)
}

fn check_c02(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &C02, |cx| {
        let facts = cx.facts();
        for ctx in cx.contexts() {
            if has_art9(ctx) {
                continue;
            }
            for r in ctx
                .categories
                .iter()
                .filter(|r| category_flag(facts, r, category::SPECIAL))
            {
                let d = cx
                    .diag(format!(
                        "`{}` is a special category of data, but no purpose of `{}` names an Art. 9(2) condition",
                        r.id(),
                        ctx.id.value
                    ))
                    .at(r.loc().clone())
                    .label("special category (Art. 9(1))")
                    .help(format!(
                        "add the Art. 9(2) condition the processing relies on to the legal basis of the purpose that uses it, beside its Art. 6(1) basis: `legal_basis = [\"<Art. 6(1) code>\", \"<Art. 9(2) code>\"]`; the conditions are {ART9_CONDITIONS}"
                    ));
                cx.emit(d);
            }
        }
    });
}

pub(super) const C03: Rule = Rule {
    id: "C03",
    articles: "Art. 9(1)",
    art13: None,
    art14: None,
    summary: "an Art. 9(2) condition goes with a special category of data",
    condition: "a purpose has an `art9-2-…` code",
    explanation: "\
An Art. 9(2) condition is only needed, and only shown, for special categories of data. A
purpose with one in a context that lists no special category either lacks the category in
`categories` (so the reader is not told the data are sensitive) or has a stray code.

Condition: a purpose's `legal_basis` has an `art9-2-…` code.

Fails when: the context's `categories` has no special category (standard, or your own with
`special = true`). The diagnostic points at the code.",
    example: r#"# facts.toml
[[categories]]
id = "dietary-needs"
special = true

[[contexts]]
categories = ["name", "dietary-needs"]

  [[contexts.purposes]]
  id = "event-dietary-needs"
  legal_basis = ["art6-1-a", "art9-2-a"]"#,
    severity: Severity::Error,
    check: check_c03,
    family: Family::Consistency,
    applies: None,
};

fn check_c03(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &C03, |cx| {
        let facts = cx.facts();
        for ctx in cx.contexts() {
            if ctx
                .categories
                .iter()
                .any(|r| category_flag(facts, r, category::SPECIAL))
            {
                continue;
            }
            for p in &ctx.purposes {
                for b in p
                    .legal_bases
                    .iter()
                    .filter(|b| model::basis_has(b.value, basis::ART9))
                {
                    let d = cx
                        .diag(format!(
                            "the purpose `{}` names the Art. 9(2) condition {}, but `{}` lists no special category of data",
                            p.id.value, b.value, ctx.id.value
                        ))
                        .at(b.loc.clone())
                        .help("add the special category to the context's `categories` (or declare your own with `special = true`), or remove the condition");
                    cx.emit(d);
                }
            }
        }
    });
}

pub(super) const C04: Rule = Rule {
    id: "C04",
    articles: "Art. 10",
    art13: None,
    art14: None,
    summary: "criminal-offence data name the law that authorises them",
    condition: "a context lists criminal-offence data (Art. 10)",
    explanation: "\
Personal data relating to criminal convictions and offences may be processed only under
official authority or when authorised by Union or Member State law (Art. 10), and the notice
names that law.

Condition: the context's `categories` include `criminal-offences` or one of your own
declared with `criminal = true`.

Fails when: no purpose of the context names a `law` (a [[laws]] id, named under [labels]).
The diagnostic points at the category in the context.",
    example: r#"# facts.toml
[[laws]]
id = "anti-money-laundering-act"

[[contexts]]
categories = ["name", "criminal-offences"]

  [[contexts.purposes]]
  id = "anti-money-laundering"
  legal_basis = "art6-1-c"
  law = "anti-money-laundering-act""#,
    severity: Severity::Error,
    check: check_c04,
    family: Family::Consistency,
    applies: None,
};

fn check_c04(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &C04, |cx| {
        let facts = cx.facts();
        for ctx in cx.contexts() {
            if ctx.purposes.iter().any(|p| p.law.is_some()) {
                continue;
            }
            for r in ctx
                .categories
                .iter()
                .filter(|r| category_flag(facts, r, category::CRIMINAL))
            {
                let d = cx
                    .diag(format!(
                        "`{}` is data on criminal offences, but no purpose of `{}` names the law that authorises it",
                        r.id(),
                        ctx.id.value
                    ))
                    .at(r.loc().clone())
                    .label("Art. 10 data")
                    .help("add `law = \"<id>\"` to the purpose that processes it, with the law declared in [[laws]] and named under [labels]");
                cx.emit(d);
            }
        }
    });
}

pub(super) const C05: Rule = Rule {
    id: "C05",
    articles: "Art. 6(3), 9(2)",
    art13: None,
    art14: None,
    summary: "a legal obligation or public task names the law relied on",
    condition: "a purpose relies on `art6-1-c`, `art6-1-e` or an Art. 9(2) condition laid down by law (b, g, h, i, j)",
    explanation: "\
A legal obligation (Art. 6(1)(c)) or a public task (6(1)(e)) exists only as laid down by
Union or Member State law (Art. 6(3)); so do the Art. 9(2) conditions (b), (g), (h), (i) and
(j). The notice names the law, or the legal basis is not really stated.

Condition: a purpose's `legal_basis` includes one of `art6-1-c`, `art6-1-e`, `art9-2-b`,
`art9-2-g`, `art9-2-h`, `art9-2-i`, `art9-2-j`.

Fails when: the purpose has no `law`. The diagnostic points at the purpose's id.",
    example: r#"# facts.toml
[[laws]]
id = "bookkeeping-act"
url = "https://lovdata.no/lov/2004-11-19-73"

  [[contexts.purposes]]
  id = "bookkeeping"
  legal_basis = "art6-1-c"
  law = "bookkeeping-act"

# every language file's front matter
[labels]
bookkeeping-act = "bokføringsloven""#,
    severity: Severity::Error,
    check: check_c05,
    family: Family::Consistency,
    applies: None,
};

fn check_c05(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &C05, |cx| {
        for ctx in cx.contexts() {
            for p in ctx.purposes.iter().filter(|p| p.law.is_none()) {
                let Some(b) = p
                    .legal_bases
                    .iter()
                    .find(|b| model::basis_has(b.value, basis::NEEDS_LAW))
                else {
                    continue;
                };
                let d = cx
                    .diag(format!(
                        "the purpose `{}` relies on {} but does not name the law",
                        p.id.value, b.value
                    ))
                    .at(p.id.loc.clone())
                    .label("no `law`")
                    .help("add `law = \"<id>\"` to the purpose, declare the law in [[laws]] and name it under [labels]");
                cx.emit(d);
            }
        }
    });
}

pub(super) const C06: Rule = Rule {
    id: "C06",
    articles: "",
    art13: None,
    art14: None,
    summary: "`withdraw` goes with consent",
    condition: "a purpose has `withdraw`",
    explanation: "\
`withdraw` says where consent can be withdrawn. On a purpose that is not based on consent
(`art6-1-a`, `art9-2-a`), the page would offer to withdraw a consent that was never asked
for, which misleads about the legal basis.

Fails when: a purpose has `withdraw` and no consent basis. The diagnostic points at
`withdraw`.",
    example: r#"# facts.toml
  [[contexts.purposes]]
  id = "newsletter"
  legal_basis = "art6-1-a"
  withdraw = "https://nordlys.example/unsubscribe""#,
    severity: Severity::Error,
    check: check_c06,
    family: Family::Consistency,
    applies: None,
};

fn check_c06(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &C06, |cx| {
        for ctx in cx.contexts() {
            for p in &ctx.purposes {
                let Some(w) = &p.withdraw else { continue };
                if p.legal_bases
                    .iter()
                    .any(|b| model::basis_has(b.value, basis::CONSENT))
                {
                    continue;
                }
                let d = cx
                    .diag(format!(
                        "the purpose `{}` says where to withdraw consent, but it is not based on consent",
                        p.id.value
                    ))
                    .at(w.loc.clone())
                    .help("remove `withdraw`, or add the consent basis (art6-1-a) if the purpose really relies on consent");
                cx.emit(d);
            }
        }
    });
}

pub(super) const C18: Rule = Rule {
    id: "C18",
    articles: "Art. 6(3), 13(1)(c), 14(1)(c)",
    art13: None,
    art14: None,
    summary: "a purpose does not rely on a law that no longer applies",
    condition: "a purpose or a retention period names a `law`",
    explanation: "\
The legal basis is stated with the law it rests on (Art. 6(3); C05), and a law that no longer
applies is no basis: a notice that still cites it tells the reader something false.

disclose knows the national data-protection acts the GDPR replaced and their successors:
Norway's personopplysningsloven of 2000 (lov 14. april 2000 nr. 31, replaced on 20 July 2018
by lov 15. juni 2018 nr. 38), Sweden's personuppgiftslagen (1998:204, replaced on 25 May 2018
by lag (2018:218), dataskyddslagen), Denmark's persondataloven (lov nr. 429 af 31. maj 2000,
replaced on 25 May 2018 by lov nr. 502 af 23. maj 2018, databeskyttelsesloven) and Finland's
henkilötietolaki (523/1999, replaced on 1 January 2019 by tietosuojalaki 1050/2018). A
[[laws]] entry is one of them when it says so with `act = \"<code>\"`, or when its `url` is the
act's address in Lovdata, Riksdagen or lagen.nu, Retsinformation or Finlex. Any other law the
site marks itself: `repealed = true`, with `replaced_by = \"<law id>\"` where another entry
replaced it.

Fails when: the `law` of a purpose or of a retention period is such a repealed law. The
diagnostic points at that `law`, names the successor, and notes where the law is declared.",
    example: r#"# facts.toml
[[laws]]
id = "dataskyddslagen"
act = "se-dataskyddslagen"          # not se-personuppgiftslagen, repealed in 2018

[[laws]]
id = "old-debt-act"
repealed = true
replaced_by = "debt-collection-act"

[[laws]]
id = "debt-collection-act"

  [[contexts.purposes]]
  id = "collection"
  legal_basis = "art6-1-c"
  law = "debt-collection-act""#,
    severity: Severity::Error,
    check: check_c18,
    family: Family::Consistency,
    applies: None,
};

fn check_c18(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &C18, |cx| {
        let facts = cx.facts();
        for ctx in cx.contexts() {
            for p in &ctx.purposes {
                let Some(cited) = &p.law else { continue };
                let Some(law) = facts.law(&cited.value) else {
                    continue;
                };
                let Some(repeal) = facts.repeal(law) else {
                    continue;
                };
                let d = repealed_law(
                    cx,
                    &format!("the purpose `{}`", p.id.value),
                    cited,
                    law,
                    repeal,
                );
                cx.emit(d);
            }
            for r in &ctx.retention {
                let Some(cited) = &r.law else { continue };
                let Some(law) = facts.law(&cited.value) else {
                    continue;
                };
                let Some(repeal) = facts.repeal(law) else {
                    continue;
                };
                let what = match &r.purpose {
                    Some(p) => format!("the retention period of `{}`", p.value),
                    None => format!("a retention period of `{}`", ctx.id.value),
                };
                let d = repealed_law(cx, &what, cited, law, repeal);
                cx.emit(d);
            }
        }
    });
}

/// The finding for `what` (a purpose, a retention period) that cites (at `cited`) the repealed
/// `law`.
pub(super) fn repealed_law(
    cx: &super::walk::Cx<'_>,
    what_cites: &str,
    cited: &crate::model::Id,
    law: &crate::model::Law,
    repeal: model::Repeal<'_>,
) -> Diagnostic {
    let (what, help) = match repeal {
        model::Repeal::Act { act, by } => {
            let what = format!(
                "{}, which no longer applies: {}",
                act.name(),
                match (by, act.replaced_on) {
                    (Some(s), Some(day)) => format!("it was replaced on {day} by {}", s.name()),
                    _ => "it is repealed".to_string(),
                }
            );
            let help = match by {
                Some(s) => format!(
                    "cite the law in force it relies on: what {} governed is now the GDPR's own rules, supplemented by {}; declare it with `act = \"{}\"` in its [[laws]] entry (or cite the specific act the processing rests on) and name it under [labels]",
                    act.short, s.short, s.code
                ),
                None => "cite the law in force it relies on".to_string(),
            };
            (what, help)
        }
        model::Repeal::Marked { by, .. } => match by {
            Some(s) => (
                format!("which [[laws]] marks as repealed and replaced by `{}`", s.id.value),
                format!(
                    "write `law = \"{}\"` if it relies on the law that replaced it, or cite the law in force it does rely on",
                    s.id.value
                ),
            ),
            None => (
                "which [[laws]] marks as repealed".to_string(),
                "cite the law in force it relies on; `replaced_by = \"<law id>\"` in the repealed entry names its successor".to_string(),
            ),
        },
    };
    cx.diag(format!("{what_cites} relies on `{}`, {what}", cited.value))
        .at(cited.loc.clone())
        .label("a law that no longer applies")
        .help(help)
        .note(format!(
            "`{}` is declared at {}",
            law.id.value,
            cx.place(&law.id.loc)
        ))
}
