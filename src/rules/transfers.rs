//! Transfers to third countries: the transfer and its mechanism (R09), and where to obtain a
//! copy of the safeguards (R10). Art. 13(1)(f), 14(1)(f).

use super::walk::{each_version, when};
use super::{Family, Rule};
use crate::diag::{Diagnostic, Severity};
use crate::model::{Context, Facts, Ref, Site};
use crate::vocab::{self, Vocab, mechanism};

pub(super) const R09: Rule = Rule {
    id: "R09",
    articles: "Art. 13(1)(f), 14(1)(f)",
    art13: Some("13(1)(f)"),
    art14: Some("14(1)(f)"),
    summary: "transfers outside the EEA with their mechanism, or that there are none",
    condition: "always: every context says whether data leave the EEA (`transfers = []` for none)",
    explanation: "\
Where the controller intends to transfer data to a third country, the notice says so, and
states the existence or absence of an adequacy decision (Art. 13(1)(f), 14(1)(f)). Whether it
does is a fact only the controller knows, so silence is not read as \"no transfers\": every
context says it with `transfers`, listing each transfer, or `transfers = []` where no data are
transferred to a country outside the EEA.

A transfer is an entry in the context's `transfers` with the destination `country` and the
`mechanism` it relies on: `art45` (an adequacy decision), an Art. 46 safeguard, `art47`
(binding corporate rules) or an Art. 49 derogation. The mechanism is what tells the reader
whether there is an adequacy decision, so it is required. A recipient you declared in
[[recipients]] with a `country` outside the EEA receives data there: the context that lists
it needs a transfer to that country (one without `recipients`, or one that names it).

Fails when: a context has no `transfers` (pointing at the context's id), a transfer outside
the EEA has no `mechanism` (pointing at the transfer), or a recipient outside the EEA has no
transfer (pointing at the recipient in the context). A transfer to a country inside the EEA is
not a transfer to a third country (C11).",
    example: r#"# facts.toml
[[recipients]]
id = "crm-vendor"
country = "US"

[[contexts]]
id = "business-relation"
recipients = ["crm-vendor"]
transfers = [
  { country = "US", mechanism = "art46-2-c", copy = "https://nordlys.example/scc", recipients = ["crm-vendor"] },
]"#,
    severity: Severity::Error,
    check: check_r09,
    family: Family::Gdpr,
    applies: Some(when::always),
};

/// The country of one of the version's own recipients, if it declares one outside the EEA.
fn foreign_recipient<'f>(facts: &'f Facts, r: &Ref) -> Option<&'f str> {
    let Ref::Custom(id) = r else { return None };
    facts
        .recipients
        .iter()
        .find(|x| x.id.value == id.value)
        .and_then(|x| x.country)
        .filter(|c| !vocab::in_eea(c))
}

fn check_r09(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R09, |cx| {
        let facts = cx.facts();
        for ctx in cx.contexts() {
            if ctx.stated.transfers.is_none() {
                let mut d = cx
                    .diag(format!(
                        "the context `{}` does not say whether data are transferred outside the EEA: `transfers` is not given",
                        ctx.id.value
                    ))
                    .at(ctx.id.loc.clone())
                    .label("no `transfers`")
                    .help("if no data are transferred to a country outside the EEA, write `transfers = []`; otherwise list each transfer, `{ country = \"<ISO code>\", mechanism = \"<art45, art46-…, art47 or art49-…>\" }`; what holds for every context can be written once under [all_contexts]");
                for r in &ctx.recipients {
                    if let Some(country) = foreign_recipient(facts, r) {
                        d = d.note(format!(
                            "the recipient `{}` is in {country}, outside the EEA: a transfer to {country} belongs here",
                            r.id()
                        ));
                    }
                }
                cx.emit_ctx(ctx, d);
                continue;
            }
            for t in &ctx.transfers {
                if t.outside_eea() && t.mechanism.is_none() {
                    let d = cx
                        .diag(format!(
                            "the transfer to {} does not say on which mechanism it relies",
                            t.country.value
                        ))
                        .at(t.loc.clone())
                        .label("no `mechanism`")
                        .help("add `mechanism = \"<code>\"` with what the transfer relies on: art45 (an adequacy decision of the Commission for the country), an Art. 46 safeguard (art46-2-c: the Commission's standard contractual clauses; art46-2-a … art46-3-b: the others), art47 (binding corporate rules) or an Art. 49 derogation (art49-1-a … art49-1-g, art49-1-second); content/README.md lists them all");
                    cx.emit_ctx(ctx, d);
                }
            }
            for r in &ctx.recipients {
                let Some(country) = foreign_recipient(facts, r) else {
                    continue;
                };
                let covered = ctx.transfers.iter().any(|t| {
                    t.country.value == country
                        && (t.recipients.is_empty()
                            || t.recipients.iter().any(|x| x.id() == r.id()))
                });
                if covered {
                    continue;
                }
                let d = cx
                    .diag(format!(
                        "the recipient `{}` is in {country}, outside the EEA, but the context `{}` has no transfer to {country}",
                        r.id(),
                        ctx.id.value
                    ))
                    .at(r.loc().clone())
                    .label(format!("located in {country}"))
                    .help(format!(
                        "add to the context `transfers = [{{ country = \"{country}\", mechanism = \"…\", recipients = [\"{}\"] }}]`",
                        r.id()
                    ));
                cx.emit_ctx(ctx, d);
            }
        }
    });
}

pub(super) const R10: Rule = Rule {
    id: "R10",
    articles: "Art. 13(1)(f), 14(1)(f)",
    art13: Some("13(1)(f)"),
    art14: Some("14(1)(f)"),
    summary: "where to obtain a copy of the safeguards of a transfer",
    condition: "a transfer relies on Art. 46, Art. 47 or Art. 49(1) second subparagraph",
    explanation: "\
For a transfer under Art. 46 (e.g. standard contractual clauses), Art. 47 (binding corporate
rules) or the second subparagraph of Art. 49(1), the notice refers to the safeguards and says
\"the means by which to obtain a copy of them or where they have been made available\"
(Art. 13(1)(f), 14(1)(f)). An adequacy decision (`art45`) or another Art. 49 derogation needs
no copy.

Condition: a transfer's `mechanism` is one of `art46-…`, `art47` or `art49-1-second`.

Fails when: that transfer has no `copy`: an https:// address where the safeguards are
published, or an e-mail address to ask for them. The diagnostic points at the mechanism.",
    example: r#"# facts.toml
transfers = [
  { country = "US", mechanism = "art46-2-c", copy = "https://nordlys.example/scc" },
  { country = "IN", mechanism = "art47", copy = "privacy@nordlys.example" },
]"#,
    severity: Severity::Error,
    check: check_r10,
    family: Family::Gdpr,
    applies: Some(r10_applies),
};

fn needs_copy(code: &str) -> bool {
    Vocab::Mechanism
        .get(code)
        .is_some_and(|c| c.flags & mechanism::NEEDS_COPY != 0)
}

fn r10_applies(_: &Facts, ctx: &Context) -> bool {
    ctx.transfers
        .iter()
        .any(|t| t.mechanism.as_ref().is_some_and(|m| needs_copy(m.value)))
}

fn check_r10(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R10, |cx| {
        for ctx in cx.contexts() {
            for t in &ctx.transfers {
                let Some(m) = t.mechanism.as_ref().filter(|m| needs_copy(m.value)) else {
                    continue;
                };
                if t.copy.is_some() {
                    continue;
                }
                let d = cx
                    .diag(format!(
                        "the transfer to {} relies on {} but does not say where to obtain a copy of the safeguards",
                        t.country.value, m.value
                    ))
                    .at(m.loc.clone())
                    .label("no `copy` in this transfer")
                    .help("add `copy = \"https://…\"` where the safeguards are published, or an e-mail address to request them");
                cx.emit_ctx(ctx, d);
            }
        }
    });
}
