//! How long data are kept: the storage period or its criteria (R11). Art. 13(2)(a), 14(2)(a).

use super::walk::{each_version, when};
use super::{Family, Rule};
use crate::diag::{Diagnostic, Severity};
use crate::model::{RetentionRule, Site};

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
`after`, the event it runs from, or `criteria`, an id whose words go under [labels]. An entry
with `purpose` covers that purpose only; an entry without covers the whole context. Every
purpose must be covered: when all entries name a purpose, each purpose needs its own.

Fails when: a context has no `retention` (pointing at its id), a `period` has no `after`
(pointing at the period: \"24 months\" from when?), or a purpose is covered by no entry
(pointing at the purpose's id).",
    example: r#"# facts.toml
retention = [
  { period = "P24M", after = "end-of-relationship" },
  { period = "P5Y", after = "end-of-relationship", purpose = "anti-money-laundering" },
  { criteria = "legal-claims-retention" },
]"#,
    severity: Severity::Error,
    check: check_r11,
    family: Family::Gdpr,
    applies: Some(when::always),
};

fn check_r11(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R11, |cx| {
        for ctx in &cx.facts().contexts {
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
                            crate::vocab::Vocab::Trigger
                                .listing()
                                .unwrap_or_default()
                        ));
                    cx.emit_ctx(ctx, d);
                }
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
