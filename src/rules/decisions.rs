//! What the data subject must know to decide: whether providing the data is required and
//! what happens if not (R15), and automated decisions (R17). Art. 13(2)(e)–(f), 14(2)(g).

use super::walk::{each_version, present, when};
use super::{Family, Rule};
use crate::diag::{Diagnostic, Severity};
use crate::model::Site;

pub(super) const R15: Rule = Rule {
    id: "R15",
    articles: "Art. 13(2)(e)",
    art13: Some("13(2)(e)"),
    art14: None,
    summary: "whether providing the data is required, and the consequences of not providing them",
    condition: "the context's `collection` is `direct` or `both` (Art. 13)",
    explanation: "\
Where data are collected from the data subject, the notice states whether providing them is a
statutory or contractual requirement, or a requirement necessary to enter into a contract,
whether the person is obliged to provide them, and the possible consequences of not providing
them (Art. 13(2)(e)). Art. 14 has no such point.

The context gives `requirement`: `statutory`, `contractual`, `contract-prerequisite` or
`voluntary`. The consequences are words, so each language file gives them under
[consequences] with the context's id as key; even for `voluntary` data, say what happens if
they are not given (\"we cannot register your visit\").

Condition: the context's `collection` is `direct` or `both`.

Fails when: the context has no `requirement` (one finding, pointing at its id, which also
names the language files that lack the consequences), or it has one and a language file has no
[consequences] entry for it (naming the language, pointing at the file's [consequences]
header or its front matter).",
    example: r#"# facts.toml
[[contexts]]
id = "business-relation"
collection = "direct"
requirement = "contractual"

# nb.md front matter (and likewise in every language)
[consequences]
business-relation = "Uten kontaktopplysningene dine kan vi ikke inngå eller følge opp avtalen.""#,
    severity: Severity::Error,
    check: check_r15,
    family: Family::Gdpr,
    applies: Some(when::art13),
};

fn check_r15(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R15, |cx| {
        for ctx in cx.contexts() {
            if !when::art13(cx.facts(), ctx) {
                continue;
            }
            let texts: Vec<_> = cx.texts().collect();
            let without: Vec<_> = texts
                .iter()
                .filter(|t| !present(t.consequences.get(&ctx.id.value)))
                .collect();
            // With no `requirement`, the context says nothing of Art. 13(2)(e): one finding, at
            // the context, names everything to write (the requirement, and the consequences in
            // each language that lacks them).
            if ctx.requirement.is_none() {
                let langs: Vec<String> = without.iter().map(|t| format!("{}.md", t.lang)).collect();
                let (message, and) = if langs.is_empty() {
                    (
                        format!(
                            "the context `{}` does not say whether the person must provide the data",
                            ctx.id.value
                        ),
                        String::new(),
                    )
                } else {
                    (
                        format!(
                            "the context `{}` does not say whether the person must provide the data, nor (in {}) what happens if they do not",
                            ctx.id.value,
                            langs.join(", ")
                        ),
                        format!(
                            "; and in {} under [consequences]: {} = \"<what happens if the data are not given>\"",
                            langs.join(", "),
                            ctx.id.value
                        ),
                    )
                };
                let d = cx
                    .diag(message)
                    .at(ctx.id.loc.clone())
                    .label("no `requirement`")
                    .help(format!(
                        "add `requirement = \"<code>\"`: statutory (the law requires the data), contractual (the contract requires them), contract-prerequisite (they are needed to enter into the contract) or voluntary{and}"
                    ));
                cx.emit_ctx(ctx, d);
                continue;
            }
            for t in without {
                let d = cx
                    .diag(format!(
                        "the consequences of not providing the data in `{}` are not stated",
                        ctx.id.value
                    ))
                    .at(cx.front_matter_table(t, "consequences"))
                    .language(t.lang.code())
                    .help(format!(
                        "add under [consequences]: {} = \"<what happens if the data are not given, in {}>\"",
                        ctx.id.value, t.lang
                    ))
                    .note(format!("the context is at {}", cx.place(&ctx.id.loc)));
                cx.emit_ctx(ctx, d);
            }
        }
    });
}

pub(super) const R17: Rule = Rule {
    id: "R17",
    articles: "Art. 13(2)(f), 14(2)(g)",
    art13: Some("13(2)(f)"),
    art14: Some("14(2)(g)"),
    summary: "automated decisions: declared yes or no, and if yes, the logic, significance and consequences",
    condition: "always a declaration; the explanation when `art22 = true`",
    explanation: "\
The notice states the existence of automated decision-making, including profiling, referred
to in Art. 22(1) and (4), and at least in those cases meaningful information about the logic
involved and the significance and envisaged consequences for the data subject
(Art. 13(2)(f), 14(2)(g)).

Silence is not an answer, so every context declares `automated_decisions = { art22 = …,
profiling = … }`: `art22 = true` when decisions based solely on automated processing have
legal or similarly significant effects. When it is true, each language file explains it
under [automated_decisions.<context id>] with `logic`, `significance` and `consequences`.

Fails when: a context has no `automated_decisions`, or it has no `art22` (pointing at the
context), or `art22 = true` and a language file lacks the table or one of its three texts
(naming the language).",
    example: r#"# facts.toml
automated_decisions = { art22 = true, profiling = true }

# fi.md front matter (and likewise in every language)
[automated_decisions.debt-collection]
logic = "…"
significance = "…"
consequences = "…""#,
    severity: Severity::Error,
    check: check_r17,
    family: Family::Gdpr,
    applies: Some(when::always),
};

/// What `art22` declares, for hints that ask the author to declare it and propose no answer.
const ART22: &str = "`art22` is true when decisions based solely on automated processing produce legal effects concerning the person or similarly significantly affect them (Art. 22(1))";

/// What `profiling` declares.
const PROFILING: &str = "`profiling` is true when personal aspects of the person are evaluated by automated processing, such as their economic situation, reliability or behaviour (Art. 4(4))";

fn check_r17(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R17, |cx| {
        for ctx in cx.contexts() {
            let Some(auto) = &ctx.automated else {
                let d = cx
                    .diag(format!(
                        "the context `{}` does not declare whether automated decisions are made",
                        ctx.id.value
                    ))
                    .at(ctx.id.loc.clone())
                    .label("no `automated_decisions`")
                    .help(format!(
                        "declare what takes place: `automated_decisions = {{ art22 = <true or false>, profiling = <true or false> }}`, where {ART22} and {PROFILING}"
                    ));
                cx.emit_ctx(ctx, d);
                continue;
            };
            let Some(art22) = &auto.art22 else {
                let d = cx
                    .diag(format!(
                        "the context `{}` does not say whether decisions under Art. 22 are made",
                        ctx.id.value
                    ))
                    .at(auto.loc.clone())
                    .label("no `art22`")
                    .help(format!(
                        "add `art22 = <true or false>` to `automated_decisions`, where {ART22}"
                    ));
                cx.emit_ctx(ctx, d);
                continue;
            };
            if !art22.value {
                continue;
            }
            let table = format!("automated_decisions.{}", ctx.id.value);
            let texts: Vec<_> = cx.texts().collect();
            for t in texts {
                let missing: Vec<&str> = match t.automated.get(&ctx.id.value) {
                    None => vec!["logic", "significance", "consequences"],
                    Some(a) => [
                        ("logic", &a.logic),
                        ("significance", &a.significance),
                        ("consequences", &a.consequences),
                    ]
                    .into_iter()
                    .filter(|(_, v)| v.as_ref().is_none_or(|v| v.value.trim().is_empty()))
                    .map(|(k, _)| k)
                    .collect(),
                };
                if missing.is_empty() {
                    continue;
                }
                let d = cx
                    .diag(format!(
                        "the automated decisions in `{}` are not explained: no {}",
                        ctx.id.value,
                        missing.join(", ")
                    ))
                    .at(cx.front_matter_table(t, &table))
                    .language(t.lang.code())
                    .help(format!(
                        "add under [{table}]: {}",
                        missing
                            .iter()
                            .map(|k| format!("{k} = \"…\""))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ))
                    .note(format!("`art22 = true` at {}", cx.place(&art22.loc)));
                cx.emit_ctx(ctx, d);
            }
        }
    });
}
