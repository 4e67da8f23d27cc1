//! Who is responsible: the controller (R01), its Art. 27 representative (R02) and the data
//! protection officer (R03). Art. 13(1)(a)–(b), 14(1)(a)–(b).

use super::walk::{Cx, contexts_of_controller, each_version, when};
use super::{Family, Rule};
use crate::diag::{Diagnostic, Severity};
use crate::model::{Context, Facts, Site};
use crate::vocab;

pub(super) const R01: Rule = Rule {
    id: "R01",
    articles: "Art. 13(1)(a), 14(1)(a)",
    art13: Some("13(1)(a)"),
    art14: Some("14(1)(a)"),
    summary: "identity and contact details of the controller",
    condition: "always: every context",
    explanation: "\
The notice must say who the controller is and how to reach it (Art. 13(1)(a), 14(1)(a)).

Every context names at least one controller in `controllers`, and every controller in
[[controllers]] has its identity and contact details: `name`, `org_number` (the organisation
number, or a foreign controller's registration number), `country`, a postal `address` and an
`email` address. `phone` and `url` are optional. The country also decides R02.

Fails when: a context has no `controllers`, or a controller lacks one of the five keys. The
diagnostic points at the context's id or at the controller's id.",
    example: r#"# facts.toml
[[controllers]]
id = "nordlys-no"
name = "Nordlys Inkasso AS"
org_number = "912 345 678"
country = "NO"
address = "Postboks 123 Sentrum, 0102 Oslo"
email = "personvern@nordlys.example"

[[contexts]]
id = "debt-collection"
controllers = ["nordlys-no"]"#,
    severity: Severity::Error,
    check: check_r01,
    family: Family::Gdpr,
    applies: Some(when::always),
};

fn check_r01(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R01, |cx| {
        let facts = cx.facts();
        for ctx in &facts.contexts {
            if ctx.controllers.is_empty() {
                let d = cx
                    .diag(format!(
                        "the context `{}` names no controller",
                        ctx.id.value
                    ))
                    .at(ctx.id.loc.clone())
                    .label("no `controllers` in this context")
                    .help("add `controllers = [\"<id>\"]` with the id of a [[controllers]] entry");
                cx.emit_ctx(ctx, d);
            }
        }
        for c in &facts.controllers {
            let mut missing = Vec::new();
            if c.name.is_none() {
                missing.push("name");
            }
            if c.org_number.is_none() {
                missing.push("org_number");
            }
            if c.country.is_none() {
                missing.push("country");
            }
            if c.address.is_none() {
                missing.push("address");
            }
            if c.email.is_none() {
                missing.push("email");
            }
            if missing.is_empty() {
                continue;
            }
            let keys = missing
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ");
            let d = cx
                .diag(format!(
                    "the controller `{}` has no {keys}",
                    c.id.value
                ))
                .at(c.id.loc.clone())
                .label(format!("missing {keys}"))
                .help(format!(
                    "add {} to this [[controllers]] entry: the data subject must be able to identify and contact the controller",
                    missing
                        .iter()
                        .map(|k| example_value(k))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            let ctxs = contexts_of_controller(facts, &c.id.value);
            emit_for_controller(cx, &ctxs, d);
        }
    });
}

fn example_value(key: &str) -> String {
    match key {
        "name" => "`name = \"<legal name>\"`".into(),
        "org_number" => "`org_number = \"<organisation number>\"`".into(),
        "country" => "`country = \"<ISO code>\"`".into(),
        "address" => "`address = \"<postal address>\"`".into(),
        _ => format!("`{key} = \"…\"`"),
    }
}

/// A finding about a controller concerns the contexts that name it; an unused controller's
/// concerns the version.
fn emit_for_controller(cx: &mut Cx<'_>, ctxs: &[&Context], d: Diagnostic) {
    if ctxs.is_empty() {
        cx.emit_all(d);
    } else {
        cx.emit_for(ctxs, d);
    }
}

pub(super) const R02: Rule = Rule {
    id: "R02",
    articles: "Art. 13(1)(a), 14(1)(a)",
    art13: Some("13(1)(a)"),
    art14: Some("14(1)(a)"),
    summary: "the Art. 27 representative of a controller outside the EEA",
    condition: "a controller's `country` is outside the EEA",
    explanation: "\
Where a controller is not established in the EEA, it designates a representative in the Union
(Art. 27), and the notice gives the representative's identity and contact details
(Art. 13(1)(a), 14(1)(a): \"and, where applicable, of the controller's representative\").

Condition: a controller in [[controllers]] has a `country` outside the EEA (the EEA is the EU
plus Iceland, Liechtenstein and Norway). The representative is declared in [[representatives]]
with `controller` set to that controller's id; it needs a `name`, an `address` or `email`, and,
when `country` is given, it must be in the EEA (Art. 27(3)).

Fails when: such a controller has no representative (pointing at its `country`), or a
representative lacks a name or contact, or is itself outside the EEA.",
    example: r#"# facts.toml
[[controllers]]
id = "nordlys-us"
name = "Nordlys Inc."
org_number = "EIN 12-3456789"
country = "US"
address = "1 Main Street, Boston MA"
email = "privacy@nordlys.example"

[[representatives]]
controller = "nordlys-us"
name = "EU Rep AS"
address = "Postboks 1, 0101 Oslo"
country = "NO"
email = "eu-rep@example.com""#,
    severity: Severity::Error,
    check: check_r02,
    family: Family::Gdpr,
    applies: Some(r02_applies),
};

fn outside_eea(c: &crate::model::Controller) -> bool {
    c.country.as_ref().is_some_and(|x| !vocab::in_eea(x.value))
}

fn r02_applies(facts: &Facts, ctx: &Context) -> bool {
    ctx.controllers
        .iter()
        .filter_map(|id| facts.controller(&id.value))
        .any(outside_eea)
}

fn check_r02(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R02, |cx| {
        let facts = cx.facts();
        for c in &facts.controllers {
            let Some(country) = c.country.as_ref().filter(|_| outside_eea(c)) else {
                continue;
            };
            let has_rep = facts
                .representatives
                .iter()
                .any(|r| r.controller.value == c.id.value);
            if has_rep {
                continue;
            }
            let d = cx
                .diag(format!(
                    "the controller `{}` is established outside the EEA ({}) and has no representative in the Union",
                    c.id.value, country.value
                ))
                .at(country.loc.clone())
                .label("outside the EEA")
                .help(format!(
                    "add a [[representatives]] entry with `controller = \"{}\"`, `name`, `address`, `country` and `email` (Art. 27)",
                    c.id.value
                ));
            let ctxs = contexts_of_controller(facts, &c.id.value);
            emit_for_controller(cx, &ctxs, d);
        }
        for r in &facts.representatives {
            let ctxs = contexts_of_controller(facts, &r.controller.value);
            let mut missing = Vec::new();
            if r.name.is_none() {
                missing.push("`name`");
            }
            if r.address.is_none() && r.email.is_none() {
                missing.push("`address` or `email`");
            }
            if !missing.is_empty() {
                let d = cx
                    .diag(format!(
                        "the representative of `{}` has no {}",
                        r.controller.value,
                        missing.join(" and no ")
                    ))
                    .at(r.controller.loc.clone())
                    .help("give the representative's name and a postal address or e-mail address, so that data subjects can contact it");
                emit_for_controller(cx, &ctxs, d);
            }
            if let Some(country) = r.country.as_ref().filter(|x| !vocab::in_eea(x.value)) {
                let d = cx
                    .diag(format!(
                        "the representative of `{}` is itself outside the EEA ({})",
                        r.controller.value, country.value
                    ))
                    .at(country.loc.clone())
                    .help("an Art. 27 representative is established in a Member State where data subjects are (Art. 27(3)); use its EEA address");
                emit_for_controller(cx, &ctxs, d);
            }
        }
    });
}

pub(super) const R03: Rule = Rule {
    id: "R03",
    articles: "Art. 13(1)(b), 14(1)(b)",
    art13: Some("13(1)(b)"),
    art14: Some("14(1)(b)"),
    summary: "contact details of the data protection officer",
    condition: "the version has a `[dpo]` table",
    explanation: "\
Where a data protection officer is designated, the notice gives the DPO's contact details
(Art. 13(1)(b), 14(1)(b); Art. 37(7) requires publishing them).

Condition: facts.toml has a `[dpo]` table (leave it out when no DPO is designated). The DPO
needs at least an `email`; `name`, `address` and `phone` are optional.

Fails when: `[dpo]` has no `email`. The diagnostic points at the `[dpo]` header.",
    example: r#"# facts.toml
[dpo]
email = "dpo@nordlys.example"
address = "Postboks 123 Sentrum, 0102 Oslo""#,
    severity: Severity::Error,
    check: check_r03,
    family: Family::Gdpr,
    applies: Some(r03_applies),
};

fn r03_applies(facts: &Facts, _: &Context) -> bool {
    facts.dpo.is_some()
}

fn check_r03(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R03, |cx| {
        let Some(dpo) = &cx.facts().dpo else { return };
        if dpo.email.is_none() {
            let d = cx
                .diag("the data protection officer has no e-mail address")
                .at(dpo.loc.clone())
                .label("no `email` in [dpo]")
                .help("add `email = \"dpo@…\"` under [dpo]; remove [dpo] only if no DPO is designated");
            cx.emit_all(d);
        }
    });
}
