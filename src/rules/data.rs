//! What data, from where, to whom: categories of data (R07), recipients (R08) and sources
//! (R16). Art. 13(1)(e), 14(1)(d)–(e), 14(2)(f).

use super::walk::{each_version, when};
use super::{Family, Rule};
use crate::diag::{Diagnostic, Severity};
use crate::model::Site;

pub(super) const R07: Rule = Rule {
    id: "R07",
    articles: "Art. 14(1)(d)",
    art13: None,
    art14: Some("14(1)(d)"),
    summary: "the categories of personal data, for indirect collection",
    condition: "the context's `collection` is `indirect` or `both` (Art. 14)",
    explanation: "\
Where data are not obtained from the data subject, the notice states the categories of
personal data concerned (Art. 14(1)(d)). Art. 13 has no such point (the person knows what they
gave), but disclose asks for `categories` in every context anyway (C12), since the page shows
them.

Condition: the context's `collection` is `indirect` or `both`.

Fails when: the context has no `categories`. The diagnostic points at the context's id.",
    example: r#"# facts.toml
[[contexts]]
id = "debt-collection"
collection = "indirect"
categories = ["name", "national-id", "contact", "debt", "payment-history"]"#,
    severity: Severity::Error,
    check: check_r07,
    family: Family::Gdpr,
    applies: Some(when::art14),
};

fn check_r07(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R07, |cx| {
        for ctx in cx.contexts() {
            if when::art14(cx.facts(), ctx) && ctx.categories.is_empty() {
                let d = cx
                    .diag(format!(
                        "the context `{}` obtains data from elsewhere but lists no categories of personal data",
                        ctx.id.value
                    ))
                    .at(ctx.id.loc.clone())
                    .label("no `categories`")
                    .help("add `categories = [\"name\", …]` with standard codes or ids from [[categories]]");
                cx.emit_ctx(ctx, d);
            }
        }
    });
}

pub(super) const R08: Rule = Rule {
    id: "R08",
    articles: "Art. 13(1)(e), 14(1)(e)",
    art13: Some("13(1)(e)"),
    art14: Some("14(1)(e)"),
    summary: "the recipients of the data, or that there are none",
    condition: "always: every context says who receives its data (`recipients = []` for no one)",
    explanation: "\
The notice states the recipients or categories of recipients of the data, \"if any\"
(Art. 13(1)(e), 14(1)(e)). Whether there are any is a fact only the controller knows, so
silence is not read as \"none\": every context says it with `recipients`, listing standard
codes (`it-service-providers`, `public-authorities` …) or ids from [[recipients]], or
`recipients = []` where no one receives the data. A recipient is anyone the data are
disclosed to, processors included (Art. 4(9)). A transfer outside the EEA is a disclosure, so
it must be to a recipient the context names.

Fails when: a context has no `recipients` (pointing at the context's id), a context that
declares `recipients = []` has transfers (pointing at the transfer), or a transfer's
`recipients` names one that the context's `recipients` does not list (pointing at that name
in the transfer).",
    example: r#"# facts.toml
[[contexts]]
id = "business-relation"
recipients = ["printing-and-mail", "crm-vendor"]
transfers = [
  { country = "US", mechanism = "art46-2-c", copy = "https://nordlys.example/scc", recipients = ["crm-vendor"] },
]

[[contexts]]
id = "office-visitors"
recipients = []          # no one receives these data
transfers = []"#,
    severity: Severity::Error,
    check: check_r08,
    family: Family::Gdpr,
    applies: Some(when::always),
};

fn check_r08(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R08, |cx| {
        for ctx in cx.contexts() {
            if ctx.stated.recipients.is_none() {
                let d = cx
                    .diag(format!(
                        "the context `{}` does not say who receives the data: `recipients` is not given",
                        ctx.id.value
                    ))
                    .at(ctx.id.loc.clone())
                    .label("no `recipients`")
                    .help("list the recipients or categories of recipients, `recipients = [\"<standard code or [[recipients]] id>\", …]`; if no one receives the data, processors included (Art. 4(9)), write `recipients = []`; what holds for every context can be written once under [all_contexts]");
                cx.emit_ctx(ctx, d);
                continue;
            }
            for t in &ctx.transfers {
                if ctx.recipients.is_empty() {
                    let mut d = cx
                        .diag(format!(
                            "the context `{}` declares that no one receives the data, but transfers data to {}",
                            ctx.id.value, t.country.value
                        ))
                        .at(t.loc.clone())
                        .label("a transfer is a disclosure to a recipient")
                        .help("add the recipients that receive the data to the context's `recipients` (standard codes or ids from [[recipients]]), or remove the transfer if there is none");
                    if let Some(at) = &ctx.stated.recipients {
                        d = d.note(format!("`recipients = []` at {}", cx.place(at)));
                    }
                    cx.emit_ctx(ctx, d);
                    continue;
                }
                for r in &t.recipients {
                    if ctx.recipients.iter().any(|x| x.id() == r.id()) {
                        continue;
                    }
                    let d = cx
                        .diag(format!(
                            "the transfer to {} names the recipient `{}`, which the context `{}` does not list",
                            t.country.value,
                            r.id(),
                            ctx.id.value
                        ))
                        .at(r.loc().clone())
                        .label("not in the context's `recipients`")
                        .help(format!(
                            "add \"{}\" to the context's `recipients`",
                            r.id()
                        ));
                    cx.emit_ctx(ctx, d);
                }
            }
        }
    });
}

pub(super) const R16: Rule = Rule {
    id: "R16",
    articles: "Art. 14(2)(f)",
    art13: None,
    art14: Some("14(2)(f)"),
    summary: "the source of the data, for indirect collection",
    condition: "the context's `collection` is `indirect` or `both` (Art. 14)",
    explanation: "\
Where data are not obtained from the data subject, the notice states from which source they
originate, and whether it is publicly accessible (Art. 14(2)(f)). WP260 para 60: name the
specific source unless it really cannot be attributed.

Condition: the context's `collection` is `indirect` or `both`. Sources are standard codes
(`public-registers`, `creditors`, …; the page says which are public) or your own, declared in
[[sources]] with `public = true/false` and named under [labels].

Fails when: the context has no `sources`, or names a source of your own whose [[sources]]
entry does not say `public = true` or `public = false`. The diagnostic points at the context's
id, or at the source's declaration. If
Art. 14(5)(b) applies (impossible or disproportionate effort), write a waiver of R16 for the
context with a reasoned label, instead of leaving the sources out silently.",
    example: r#"# facts.toml
[[sources]]
id = "partner-banks"
public = false

[[contexts]]
id = "debt-collection"
collection = "indirect"
sources = ["creditors", "population-register", "partner-banks"]"#,
    severity: Severity::Error,
    check: check_r16,
    family: Family::Gdpr,
    applies: Some(when::art14),
};

fn check_r16(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &R16, |cx| {
        for ctx in cx.contexts() {
            if when::art14(cx.facts(), ctx) && ctx.sources.is_empty() {
                let d = cx
                    .diag(format!(
                        "the context `{}` obtains data from elsewhere but names no source",
                        ctx.id.value
                    ))
                    .at(ctx.id.loc.clone())
                    .label("no `sources`")
                    .help("add `sources = [\"…\"]` with standard codes (e.g. public-registers, creditors) or ids from [[sources]]");
                cx.emit_ctx(ctx, d);
            }
            if !when::art14(cx.facts(), ctx) {
                continue;
            }
            for r in &ctx.sources {
                let crate::model::Ref::Custom(id) = r else {
                    continue;
                };
                let Some(decl) = cx.facts().sources.iter().find(|s| s.id.value == id.value) else {
                    continue;
                };
                if decl.public.is_none() {
                    let d = cx
                        .diag(format!(
                            "the source `{}` does not say whether it is publicly accessible",
                            id.value
                        ))
                        .at(decl.id.loc.clone())
                        .label("no `public`")
                        .help("add `public = true` or `public = false` to this [[sources]] entry");
                    cx.emit_ctx(ctx, d);
                }
            }
        }
    });
}
