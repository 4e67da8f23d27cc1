//! How long data are kept: the storage period or its criteria (R11). Art. 13(2)(a), 14(2)(a).

use super::walk::{each_version, when};
use super::{Family, Rule};
use crate::diag::{Diagnostic, Severity};
use crate::model::{Bound, Retention, RetentionRule, Site};

pub(super) const R11: Rule = Rule {
    id: "R11",
    articles: "Art. 13(2)(a), 14(2)(a)",
    art13: Some("13(2)(a)"),
    art14: Some("14(2)(a)"),
    summary: "the storage period, or the criteria that determine it",
    condition: "always: every context and every purpose",
    explanation: "\
The notice states the period for which the data will be stored, \"or if that is not possible,
the criteria used to determine that period\" (Art. 13(2)(a), 14(2)(a)).

Every context has `retention` entries: a `period` (an ISO 8601 duration such as P24M) with
`after`, the event it runs from, or `criteria`, an id whose words go under [labels] (the same
criteria id may be used in several contexts, with one label). A period may be a bound, as
lawyers write it: `bound = \"at-most\"` (\"at most 5 years\") or `bound = \"at-least\"`
(\"at least 5 years\"), and may name the law that sets it with `law = \"<[[laws]] id>\"` (\"under
the bookkeeping act\"). An entry with `purpose` covers that purpose only; an entry without
covers the whole context. Every purpose must be covered: when all entries name a purpose,
each purpose needs its own.

A lower bound alone does not say how long the data are kept (\"at least 5 years\" and then?):
what covers a purpose must include a period that is exact or at most, or criteria.

Fails when: a context has no `retention` (pointing at its id), a `period` has no `after`
(pointing at the period: \"24 months\" from when?), a purpose is covered by no entry (pointing
at the purpose's id), or only by lower bounds (pointing at the first of them).",
    example: r#"# facts.toml
[[laws]]
id = "bookkeeping-act"

[[contexts]]
id = "customers"
retention = [
  { period = "P24M", after = "end-of-relationship" },
  { criteria = "legal-claims-retention" },
  { period = "P5Y", bound = "at-least", after = "end-of-financial-year", law = "bookkeeping-act", purpose = "bookkeeping" },
  { period = "P10Y", bound = "at-most", after = "end-of-financial-year", purpose = "bookkeeping" },
]

  [[contexts.purposes]]
  id = "contract"
  legal_basis = "art6-1-b"

  [[contexts.purposes]]
  id = "bookkeeping"
  legal_basis = "art6-1-c"
  law = "bookkeeping-act""#,
    severity: Severity::Error,
    check: check_r11,
    family: Family::Gdpr,
    applies: Some(when::always),
};

fn check_r11(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R11, |cx| {
        for ctx in cx.contexts() {
            if ctx.retention.is_empty() {
                let d = cx
                    .diag(format!(
                        "the context `{}` does not say how long data are kept",
                        ctx.id.value
                    ))
                    .at(ctx.id.loc.clone())
                    .label("no `retention`")
                    .help("add `retention = [{ period = \"<ISO 8601 duration>\", after = \"<what it runs from>\" }]` with the period the data are kept (P24M is 24 months, P5Y 5 years), or `{ criteria = \"<label id>\" }` with the criteria in words where no period can be given");
                cx.emit_ctx(ctx, d);
                continue;
            }
            for r in &ctx.retention {
                if let RetentionRule::Period {
                    period,
                    after: None,
                } = &r.rule
                {
                    let d = cx
                        .diag("a retention period does not say what it runs from")
                        .at(period.loc.clone())
                        .label("no `after`")
                        .help(format!(
                            "add `after = \"<event>\"`: the event the period runs from, one of {}",
                            crate::vocab::Vocab::Trigger.listing().unwrap_or_default()
                        ));
                    cx.emit_ctx(ctx, d);
                }
            }
            // What covers each purpose: its own entries, else the context's.
            for p in &ctx.purposes {
                let own: Vec<&Retention> = ctx
                    .retention
                    .iter()
                    .filter(|r| r.purpose.as_ref().is_some_and(|x| x.value == p.id.value))
                    .collect();
                let covering = if own.is_empty() {
                    ctx.retention
                        .iter()
                        .filter(|r| r.purpose.is_none())
                        .collect()
                } else {
                    own
                };
                let lower_only = !covering.is_empty()
                    && covering
                        .iter()
                        .all(|r| r.bound.as_ref().is_some_and(|b| b.value == Bound::AtLeast));
                if !lower_only {
                    continue;
                }
                let first = covering[0];
                let d = cx
                    .diag(format!(
                        "the purpose `{}` is kept for at least a period, but the notice does not say for how long at most",
                        p.id.value
                    ))
                    .at(first.bound.as_ref().map_or(first.loc.clone(), |b| b.loc.clone()))
                    .label("a lower bound only")
                    .help("add, for the same purpose, the period after which the data are deleted (exact, or `bound = \"at-most\"`), or `criteria` that decide it: a minimum alone does not tell the reader how long the data are kept")
                    .note(format!("the purpose is at {}", cx.place(&p.id.loc)));
                cx.emit_ctx(ctx, d);
            }
            if ctx.retention.iter().any(|r| r.purpose.is_none()) {
                continue;
            }
            for p in &ctx.purposes {
                let covered = ctx
                    .retention
                    .iter()
                    .any(|r| r.purpose.as_ref().is_some_and(|x| x.value == p.id.value));
                if covered {
                    continue;
                }
                let d = cx
                    .diag(format!(
                        "no retention entry covers the purpose `{}`",
                        p.id.value
                    ))
                    .at(p.id.loc.clone())
                    .help(format!(
                        "add `{{ period = \"…\", after = \"…\", purpose = \"{}\" }}` to the context's `retention`, or an entry without `purpose` for the whole context",
                        p.id.value
                    ));
                cx.emit_ctx(ctx, d);
            }
        }
    });
}
