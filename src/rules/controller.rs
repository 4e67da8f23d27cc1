//! Who is responsible: the controller (R01), its Art. 27 representative (R02) and the data
//! protection officer (R03). Art. 13(1)(a)–(b), 14(1)(a)–(b).

use super::walk::{Cx, contexts_of_controller, each_version, when};
use super::{Family, Rule};
use crate::diag::{Diagnostic, Severity};
use crate::model::{Context, Facts, Site, org_number};
use crate::vocab;

pub(super) const R01: Rule = Rule {
    id: "R01",
    articles: "Art. 13(1)(a), 14(1)(a)",
    art13: Some("13(1)(a)"),
    art14: Some("14(1)(a)"),
    summary: "identity and contact details of the controller",
    condition: "always: every context",
    explanation: "\
The notice gives \"the identity and the contact details of the controller\" (Art. 13(1)(a),
14(1)(a)). That is what this rule requires, no more:

- every context names at least one controller in `controllers`;
- every controller in [[controllers]] gives its identity, the legal `name`;
- and at least one way to contact it: an `email` address, a postal `address` or a `phone`
  number (a web site in `url` alone is no contact detail);
- where it gives an `org_number` and its `country` is NO, SE, DK or FI, the number is one of
  that country: Norway's organisasjonsnummer (nine digits, MOD11 check digit), Sweden's
  organisationsnummer (ten digits, NNNNNN-NNNN, Luhn check digit), Denmark's CVR-nummer (eight
  digits, MOD11) or Finland's Y-tunnus (seven digits, a hyphen and a MOD11 check digit). A
  number that fails its check identifies no one, or someone else.

The organisation number, the postal address and the e-mail address together are best practice
(WP260 rev.01, Annex: the controller should be easy to identify, and reachable in more than
one way), not the letter of the article: W05 warns when one of them is missing. Where the
controller is established decides R02.

A context that the notice's companies process on behalf of another controller (`role =
\"processor\"`) is not the notice's own processing: it names no `controllers`, but says whose
processing it is with `on_behalf_of`, a label id (\"our clients\"); the page tells the reader
that controller is responsible and to turn to it. The other rules of Art. 13/14 do not apply
to it (the controller's own notice informs of its processing).

Fails when: a context has no `controllers` (pointing at the context's id), a processor context
has no `on_behalf_of` (pointing at its `role`), a controller has no `name` or no contact
detail (pointing at the controller's id), or its organisation number is not valid for its
country (pointing at the number).",
    example: r#"# facts.toml
[[controllers]]
id = "nordlys-no"
name = "Nordlys Inkasso AS"
org_number = "921 765 436"
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
        for ctx in cx.contexts() {
            if ctx.controllers.is_empty() {
                let d = cx
                    .diag(format!(
                        "the context `{}` names no controller",
                        ctx.id.value
                    ))
                    .at(ctx.id.loc.clone())
                    .label("no `controllers` in this context")
                    .help("add `controllers = [\"<id>\"]` with the id of the [[controllers]] entry that decides the purposes and means of this processing");
                cx.emit_ctx(ctx, d);
            }
        }
        for ctx in facts.contexts.iter().filter(|c| !c.is_controllers_own()) {
            let Some(p) = &ctx.processor else { continue };
            if p.on_behalf_of.is_none() {
                let d = cx
                    .diag(format!(
                        "the context `{}` is processed on behalf of another controller, but does not say whose",
                        ctx.id.value
                    ))
                    .at(p.role.clone())
                    .label("no `on_behalf_of`")
                    .help("add `on_behalf_of = \"<label id>\"` naming the controller the data are processed for, and its name under [labels] in every language file; the page tells the reader to turn to that controller");
                cx.emit(d);
            }
        }
        for c in &facts.controllers {
            let ctxs = contexts_of_controller(facts, &c.id.value);
            if c.name.is_none() {
                let d = cx
                    .diag(format!(
                        "the controller `{}` has no `name`: the notice does not say who the controller is",
                        c.id.value
                    ))
                    .at(c.id.loc.clone())
                    .label("no `name`")
                    .help("add `name = \"<the legal name, as registered>\"` to this [[controllers]] entry (Art. 13(1)(a) requires the controller's identity)");
                emit_for_controller(cx, &ctxs, d);
            }
            if c.email.is_none() && c.address.is_none() && c.phone.is_none() {
                let d = cx
                    .diag(format!(
                        "the controller `{}` gives no contact details: no `email`, `address` or `phone`",
                        c.id.value
                    ))
                    .at(c.id.loc.clone())
                    .label("no way to contact this controller")
                    .help("add at least one of `email = \"<e-mail address>\"`, `address = \"<postal address>\"` or `phone = \"<phone number>\"`, as the controller gives them (Art. 13(1)(a) requires its contact details)");
                emit_for_controller(cx, &ctxs, d);
            }
            let (Some(number), Some(country)) = (&c.org_number, &c.country) else {
                continue;
            };
            if let Err((scheme, problem)) =
                crate::model::org_number::check(country.value, &number.value)
            {
                let what = match problem {
                    org_number::Problem::Form => format!("it is not written as {}", scheme.form),
                    org_number::Problem::CheckDigit => {
                        format!("its {} does not match its other digits", scheme.check)
                    }
                };
                let d = cx
                    .diag(format!(
                        "`{}` is not a valid {} ({}): {what}",
                        number.value, scheme.name, scheme.country
                    ))
                    .at(number.loc.clone())
                    .label(format!("not a valid {}", scheme.name))
                    .help(format!(
                        "copy the number of `{}` from {}; if the controller is established in another country, correct its `country`",
                        c.id.value, scheme.register
                    ))
                    .note(format!("`country = \"{}\"` at {}", scheme.country, cx.place(&country.loc)));
                emit_for_controller(cx, &ctxs, d);
            }
        }
    });
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
    condition: "a controller's `country` is outside the EEA, or not given",
    explanation: "\
Where a controller is not established in the EEA, it designates a representative in the Union
(Art. 27), and the notice gives the representative's identity and contact details
(Art. 13(1)(a), 14(1)(a): \"and, where applicable, of the controller's representative\").

Whether that applies depends on where each controller is established, so every controller in
[[controllers]] says it with `country` (an ISO code). When the `country` is outside the EEA
(the EEA is the EU plus Iceland, Liechtenstein and Norway), the representative is declared in
[[representatives]] with `controller` set to that controller's id; it needs a `name`, an
`address` or `email`, and, when `country` is given, it must be in the EEA (Art. 27(3)).

Fails when: a controller has no `country` (pointing at its id: whether Art. 27 applies cannot
be told), such a controller has no representative (pointing at its `country`), or a
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
        .any(|c| c.country.is_none() || outside_eea(c))
}

fn check_r02(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R02, |cx| {
        let facts = cx.facts();
        for c in &facts.controllers {
            if c.country.is_none() {
                let d = cx
                    .diag(format!(
                        "the controller `{}` does not say in which country it is established",
                        c.id.value
                    ))
                    .at(c.id.loc.clone())
                    .label("no `country`")
                    .help("add `country = \"<ISO code of the country where it is established>\"` (e.g. NO, SE, DK, FI): a controller outside the EEA names its representative in the Union (Art. 27)");
                let ctxs = contexts_of_controller(facts, &c.id.value);
                emit_for_controller(cx, &ctxs, d);
                continue;
            }
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
    summary: "the data protection officer: contact details, or declared not designated",
    condition: "always: every version says whether a DPO is designated",
    explanation: "\
Where a data protection officer is designated, the notice gives the DPO's contact details
(Art. 13(1)(b), 14(1)(b); Art. 37(7) requires publishing them). \"Where applicable\" is a
fact only the controller knows, and silence is not an answer: facts.toml says it either way.

- A DPO is designated: a `[dpo]` table with at least an `email`; `name`, `address` and `phone`
  are optional.
- No DPO is designated: a `[dpo]` table with `designated = false` and nothing else. The page
  then shows no DPO, and the data say `dpo_designated: false`.

Fails when: facts.toml has no `[dpo]` table (pointing at the start of the file), or `[dpo]` has
no `email` (pointing at the table). Giving contact details together with `designated = false`
is a load error.",
    example: r#"# facts.toml, where a DPO is designated
[dpo]
email = "dpo@nordlys.example"
address = "Postboks 123 Sentrum, 0102 Oslo"

# facts.toml, where none is
[dpo]
designated = false"#,
    severity: Severity::Error,
    check: check_r03,
    family: Family::Gdpr,
    applies: Some(when::always),
};

fn check_r03(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R03, |cx| {
        let facts = cx.facts();
        match &facts.dpo {
            Some(dpo) if dpo.email.is_none() => {
                let d = cx
                    .diag("the data protection officer has no e-mail address")
                    .at(dpo.loc.clone())
                    .label("no `email` in [dpo]")
                    .help("add `email = \"<the DPO's e-mail address>\"` under [dpo]; if no DPO is designated, write `designated = false` there instead of the contact details");
                cx.emit_all(d);
            }
            Some(_) => {}
            None if facts.no_dpo.is_some() => {}
            None => {
                let d = cx
                    .diag(format!(
                        "{} does not say whether a data protection officer is designated",
                        cx.version_name()
                    ))
                    .at(crate::source::files::Loc::file_start(cx.version.facts_file))
                    .label("no [dpo] table in this file")
                    .help("if a DPO is designated, add `[dpo]` with `email = \"<the DPO's e-mail address>\"`; if none is, add `[dpo]` with `designated = false`");
                cx.emit_all(d);
            }
        }
    });
}
