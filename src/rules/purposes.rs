//! Why data are processed: purposes (R04), legal bases (R05), legitimate interests (R06) and
//! new purposes of further processing (R18). Art. 13(1)(c)–(d), 13(3), 14(1)(c), 14(2)(b),
//! 14(4).

use super::walk::{each_version, present, when};
use super::{Family, Rule};
use crate::diag::{Diagnostic, Severity};
use crate::model::{self, Context, Facts, Site};
use crate::source::files::Loc;
use crate::vocab::basis;

pub(super) const R04: Rule = Rule {
    id: "R04",
    articles: "Art. 13(1)(c), 14(1)(c)",
    art13: Some("13(1)(c)"),
    art14: Some("14(1)(c)"),
    summary: "the purposes of the processing",
    condition: "always: every context, and every version has a context",
    explanation: "\
The notice states the purposes for which the data are processed (Art. 13(1)(c), 14(1)(c)).

Every version describes at least one processing context in [[contexts]], and every context
has at least one purpose in [[contexts.purposes]], each with an id named under [labels] in
every language (T01 checks the names).

Fails when: a version has no [[contexts]] (pointing at the start of facts.toml), or a context
has no [[contexts.purposes]] (pointing at the context's id).",
    example: r#"# facts.toml
[[contexts]]
id = "business-relation"
# …
  [[contexts.purposes]]
  id = "contract"
  legal_basis = "art6-1-b"

# nb.md front matter
[labels]
contract = "Inngå og oppfylle avtaler""#,
    severity: Severity::Error,
    check: check_r04,
    family: Family::Gdpr,
    applies: Some(when::always),
};

fn check_r04(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R04, |cx| {
        let facts = cx.facts();
        if facts.contexts.is_empty() {
            let d = cx
                .diag(format!(
                    "{} describes no processing context",
                    cx.version_name()
                ))
                .at(Loc::file_start(cx.version.facts_file))
                .help("add a [[contexts]] table with its purposes in [[contexts.purposes]] (see content/README.md)");
            cx.emit(d);
        }
        for ctx in cx.contexts() {
            if ctx.purposes.is_empty() {
                let d = cx
                    .diag(format!("the context `{}` has no purpose", ctx.id.value))
                    .at(ctx.id.loc.clone())
                    .label("no [[contexts.purposes]] after this context")
                    .help("add `[[contexts.purposes]]` with an `id` and a `legal_basis` after this [[contexts]] table");
                cx.emit_ctx(ctx, d);
            }
        }
    });
}

pub(super) const R05: Rule = Rule {
    id: "R05",
    articles: "Art. 13(1)(c), 14(1)(c)",
    art13: Some("13(1)(c)"),
    art14: Some("14(1)(c)"),
    summary: "the legal basis of each purpose",
    condition: "always: every purpose",
    explanation: "\
The notice states the legal basis for the processing (Art. 13(1)(c), 14(1)(c)), for each
purpose.

Every purpose has `legal_basis` with at least one Art. 6(1) basis (`art6-1-a` … `art6-1-f`).
An Art. 9(2) condition (`art9-2-a` …) is not a legal basis on its own: it lifts the ban on
processing special categories, and the processing still needs an Art. 6(1) basis, so write
both, e.g. `legal_basis = [\"art6-1-a\", \"art9-2-a\"]`. C05 checks the law named for
6(1)(c)/(e); C02/C03 the Art. 9 pairing.

Fails when: a purpose has no `legal_basis` (pointing at the purpose's id), or only Art. 9(2)
conditions (pointing at the first of them).",
    example: r#"# facts.toml
  [[contexts.purposes]]
  id = "event-dietary-needs"
  legal_basis = ["art6-1-a", "art9-2-a"]
  withdraw = "events@nordlys.example""#,
    severity: Severity::Error,
    check: check_r05,
    family: Family::Gdpr,
    applies: Some(when::always),
};

/// The Art. 6(1) bases, each with what it means in one line, for a hint that proposes none:
/// which basis a purpose relies on is the controller's to say.
const ART6_BASES: &str = "art6-1-a (the person's consent), art6-1-b (a contract with the person, or steps at their request before one), art6-1-c (a legal obligation of the controller), art6-1-d (the vital interests of the person or another), art6-1-e (a task in the public interest or in the exercise of official authority), art6-1-f (legitimate interests of the controller or a third party)";

fn check_r05(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R05, |cx| {
        for ctx in cx.contexts() {
            for p in &ctx.purposes {
                let d = if p.legal_bases.is_empty() {
                    cx.diag(format!("the purpose `{}` has no legal basis", p.id.value))
                        .at(p.id.loc.clone())
                        .label("no `legal_basis`")
                        .help(format!(
                            "add `legal_basis = \"<code>\"` with the basis this processing relies on: {ART6_BASES}"
                        ))
                } else if !p
                    .legal_bases
                    .iter()
                    .any(|b| model::basis_has(b.value, basis::ART6))
                {
                    cx.diag(format!(
                        "the purpose `{}` has only an Art. 9(2) condition, no Art. 6(1) legal basis",
                        p.id.value
                    ))
                    .at(p.legal_bases[0].loc.clone())
                    .label("an Art. 9(2) condition is not a legal basis")
                    .help(format!(
                        "add the Art. 6(1) basis the processing also relies on, before the condition: `legal_basis = [\"<Art. 6(1) code>\", \"{}\"]`; the codes are {ART6_BASES}",
                        p.legal_bases[0].value
                    ))
                } else {
                    continue;
                };
                cx.emit_ctx(ctx, d);
            }
        }
    });
}

pub(super) const R06: Rule = Rule {
    id: "R06",
    articles: "Art. 13(1)(d), 14(2)(b)",
    art13: Some("13(1)(d)"),
    art14: Some("14(2)(b)"),
    summary: "the legitimate interests pursued, in every language",
    condition: "a purpose has `art6-1-f` among its legal bases",
    explanation: "\
Where processing is based on legitimate interests (Art. 6(1)(f)), the notice states the
interests pursued by the controller or a third party (Art. 13(1)(d); for indirect collection
Art. 14(2)(b): paragraph 2 there).

Condition: a purpose's `legal_basis` includes `art6-1-f`. Its interest is written in words, so
it goes in every language file, under [legitimate_interests] with the purpose's id as key.

Fails when: a language file has no (or an empty) [legitimate_interests] entry for such a
purpose. The diagnostic names the language and points at the file's [legitimate_interests]
header (or its front matter when the table is missing); a note says where the purpose is
defined.",
    example: r#"# facts.toml
  [[contexts.purposes]]
  id = "newsletter"
  legal_basis = "art6-1-f"

# sv.md front matter (and likewise in every language)
[legitimate_interests]
newsletter = "Vårt intresse av att informera dig om tjänster som rör din roll.""#,
    severity: Severity::Error,
    check: check_r06,
    family: Family::Gdpr,
    applies: Some(r06_applies),
};

fn r06_applies(_: &Facts, ctx: &Context) -> bool {
    ctx.any_basis(basis::LEGITIMATE_INTEREST)
}

fn check_r06(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R06, |cx| {
        for ctx in cx.contexts() {
            for p in &ctx.purposes {
                if !p
                    .legal_bases
                    .iter()
                    .any(|b| model::basis_has(b.value, basis::LEGITIMATE_INTEREST))
                {
                    continue;
                }
                let texts: Vec<_> = cx.texts().collect();
                for t in texts {
                    if present(t.legitimate_interests.get(&p.id.value)) {
                        continue;
                    }
                    let d = cx
                        .diag(format!(
                            "no legitimate interest is stated for the purpose `{}`",
                            p.id.value
                        ))
                        .at(cx.front_matter_table(t, "legitimate_interests"))
                        .language(t.lang.code())
                        .help(format!(
                            "add under [legitimate_interests]: {} = \"<the interest pursued, in {}>\"",
                            p.id.value, t.lang
                        ))
                        .note(format!(
                            "the purpose is based on art6-1-f at {}",
                            cx.place(&p.id.loc)
                        ));
                    cx.emit_ctx(ctx, d);
                }
            }
        }
    });
}

pub(super) const R18: Rule = Rule {
    id: "R18",
    articles: "Art. 13(3), 14(4)",
    art13: Some("13(3)"),
    art14: Some("14(4)"),
    summary: "a new purpose of further processing is announced before it starts",
    condition: "a published version adds a purpose with `further_processing = true` that the previous version did not have",
    explanation: "\
Where the controller intends to process data for a purpose other than the one they were
collected for, it informs the data subject of that other purpose, with the relevant
paragraph-2 information, *prior to* that further processing (Art. 13(3), 14(4)).

The new purpose is a [[contexts.purposes]] entry with `further_processing = true`; R04, R05,
R11, T01 and the other rules check that it is described like any purpose. R18 checks the
timing, which only the version's dates can show: a version that adds such a purpose (the change history lists
it as a new purpose of its context, or its context is new) must take effect after it is
published, so that readers are told before the processing starts. Set `effective` in
[version] to a later day than `published` (WP260 para 30 asks for notice well in advance of
fundamental changes).

Condition: the version is published, has a previous version, and adds a purpose flagged
`further_processing = true`. The first version of a notice has nothing to compare with and is
not checked; drafts are checked once they are published.

Fails when: `effective` is missing or not later than `published`. The diagnostic points at
the new purpose's id.",
    example: r#"# facts.toml of version 2.1
[version]
published = 2024-02-27
effective = 2024-04-01          # after `published`: readers are told first

  [[contexts.purposes]]
  id = "service-improvement"
  legal_basis = "art6-1-f"
  further_processing = true"#,
    severity: Severity::Error,
    check: check_r18,
    family: Family::Gdpr,
    applies: Some(r18_applies),
};

fn r18_applies(_: &Facts, ctx: &Context) -> bool {
    ctx.purposes.iter().any(|p| p.further_processing)
}

fn check_r18(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R18, |cx| {
        let facts = cx.facts();
        let Some(published) = &facts.published else {
            return;
        };
        let Some(prev) = cx.notice.previous(cx.version) else {
            return;
        };
        let takes_effect_later = facts
            .effective
            .as_ref()
            .is_some_and(|e| e.value > published.value);
        if takes_effect_later {
            return;
        }
        // A purpose is new where the semantic diff says it was added: to a context of the
        // previous version, or with a context of its own.
        use crate::history::{Kind, Value};
        let diff = crate::history::diff(prev, cx.version);
        let is_new = |ctx: &str, purpose: &str| {
            diff.changes.iter().any(|c| {
                let here = c.arg("context")
                    == Some(&Value::Label {
                        id: ctx.to_string(),
                        side: crate::history::Side::New,
                    });
                let named = |arg: &str| {
                    matches!(c.arg(arg), Some(Value::Label { id, .. }) if id == purpose)
                };
                (c.kind == Kind::PurposeAdded && here && named("purpose"))
                    || (c.kind == Kind::ContextAdded && here)
            })
        };
        for ctx in cx.contexts() {
            for p in ctx.purposes.iter().filter(|p| p.further_processing) {
                if !is_new(&ctx.id.value, &p.id.value) {
                    continue;
                }
                let d = cx
                    .diag(format!(
                        "the new further-processing purpose `{}` takes effect the day {} {} is published ({})",
                        p.id.value, cx.notice.id, cx.version.number, published.value
                    ))
                    .at(p.id.loc.clone())
                    .label(format!("not a purpose of version {}", prev.number))
                    .help("set `effective` under [version] to a day after `published`, so that data subjects are told before the further processing starts")
                    .note(format!("published at {}", cx.place(&published.loc)));
                cx.emit_ctx(ctx, d);
            }
        }
    });
}
