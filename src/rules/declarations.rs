//! Declarations and tables (C11–C14): a transfer inside the EEA, a direct context without
//! categories, declarations nothing uses, cookies without category, party or lifetime.

use super::walk::each_version;
use super::{Family, Rule};
use crate::diag::{Diagnostic, Severity};
use crate::model::{Ref, Site};
use std::collections::BTreeSet;

pub(super) const C11: Rule = Rule {
    id: "C11",
    articles: "",
    art13: None,
    art14: None,
    summary: "a transfer goes to a country outside the EEA",
    condition: "a context has `transfers`",
    explanation: "\
`transfers` lists transfers to third countries (outside the EU, Iceland, Liechtenstein and
Norway); data flow freely within the EEA. A transfer to an EEA country would be shown on the
page as a third-country transfer, which is wrong, and usually means the country code is
mistyped or the recipient belongs in `recipients` only.

Fails when: a transfer's `country` is in the EEA. The diagnostic points at the country.",
    example: r#"# facts.toml
recipients = ["crm-vendor"]            # a vendor in Sweden: a recipient, no transfer
transfers = [
  { country = "US", mechanism = "art46-2-c", copy = "https://nordlys.example/scc" },
]"#,
    severity: Severity::Error,
    check: check_c11,
    family: Family::Consistency,
    applies: None,
};

fn check_c11(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &C11, |cx| {
        for ctx in cx.contexts() {
            for t in ctx.transfers.iter().filter(|t| !t.outside_eea()) {
                let d = cx
                    .diag(format!(
                        "{} is in the EEA: sending data there is not a transfer to a third country",
                        t.country.value
                    ))
                    .at(t.country.loc.clone())
                    .help("remove the transfer and list the recipient in `recipients`, or correct the country code");
                cx.emit(d);
            }
        }
    });
}

pub(super) const C12: Rule = Rule {
    id: "C12",
    articles: "",
    art13: None,
    art14: None,
    summary: "every context lists its categories of data",
    condition: "a context is not of indirect collection (R07 covers those)",
    explanation: "\
Art. 13 does not list the categories of personal data (Art. 14(1)(d) does: R07), but without
them the purposes, legal bases and retention of a context cannot be made specific, and the
page shows them for every context. So disclose asks for `categories` everywhere.

Fails when: a context whose collection is `direct` (or not given) has no `categories`. The
diagnostic points at its id.",
    example: r#"# facts.toml
[[contexts]]
id = "office-visitors"
collection = "direct"
categories = ["name", "employer", "phone", "visit-details"]"#,
    severity: Severity::Error,
    check: check_c12,
    family: Family::Consistency,
    applies: None,
};

fn check_c12(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &C12, |cx| {
        for ctx in cx.contexts() {
            let art14 = ctx.collection.as_ref().is_some_and(|c| c.value.art14());
            if art14 || !ctx.categories.is_empty() {
                continue;
            }
            let d = cx
                .diag(format!(
                    "the context `{}` lists no categories of personal data",
                    ctx.id.value
                ))
                .at(ctx.id.loc.clone())
                .label("no `categories`")
                .help("add `categories = [\"name\", …]` with standard codes or ids from [[categories]]");
            cx.emit(d);
        }
    });
}

pub(super) const C13: Rule = Rule {
    id: "C13",
    articles: "",
    art13: None,
    art14: None,
    summary: "everything declared is used",
    condition: "facts.toml declares controllers, laws, sources, recipients or categories",
    explanation: "\
A controller no context names, a law no purpose names, or one of your own sources, recipients
or categories that no context lists is never shown on the page. It is usually a leftover or
a misspelt reference. A warning: the notice is not less complete for it.

Warns when: an id declared in [[controllers]], [[laws]], [[sources]], [[recipients]] or
[[categories]] is referred to nowhere. The diagnostic points at the id.",
    example: r#"# facts.toml
[[laws]]
id = "bookkeeping-act"

  [[contexts.purposes]]
  id = "bookkeeping"
  legal_basis = "art6-1-c"
  law = "bookkeeping-act""#,
    severity: Severity::Warning,
    check: check_c13,
    family: Family::Consistency,
    applies: None,
};

fn check_c13(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &C13, |cx| {
        let facts = cx.facts();
        let mut used: BTreeSet<&str> = BTreeSet::new();
        for ctx in cx.contexts() {
            used.extend(ctx.controllers.iter().map(|c| c.value.as_str()));
            used.extend(ctx.categories.iter().map(Ref::id));
            used.extend(ctx.sources.iter().map(Ref::id));
            used.extend(ctx.recipients.iter().map(Ref::id));
            for t in &ctx.transfers {
                used.extend(t.recipients.iter().map(Ref::id));
            }
            used.extend(
                ctx.purposes
                    .iter()
                    .filter_map(|p| p.law.as_ref())
                    .chain(ctx.retention.iter().filter_map(|r| r.law.as_ref()))
                    .map(|l| l.value.as_str()),
            );
        }
        // A context processed on behalf of another controller names the notice's companies
        // that process, and its categories.
        for ctx in &facts.contexts {
            if let Some(p) = &ctx.processor {
                used.extend(p.processors.iter().map(|c| c.value.as_str()));
                used.extend(ctx.categories.iter().map(Ref::id));
            }
        }
        let declared = facts
            .controllers
            .iter()
            .map(|c| (&c.id, "controller", "no context names it in `controllers`"))
            .chain(facts.laws.iter().map(|l| {
                (
                    &l.id,
                    "law",
                    "no purpose or retention period names it in `law`",
                )
            }))
            .chain(
                facts
                    .sources
                    .iter()
                    .map(|s| (&s.id, "source", "no context lists it in `sources`")),
            )
            .chain(
                facts
                    .recipients
                    .iter()
                    .map(|r| (&r.id, "recipient", "no context lists it in `recipients`")),
            )
            .chain(
                facts
                    .categories
                    .iter()
                    .map(|c| (&c.id, "category", "no context lists it in `categories`")),
            );
        let mut found = Vec::new();
        for (id, what, why) in declared {
            if !used.contains(id.value.as_str()) {
                found.push(
                    cx.diag(format!("the {what} `{}` is declared but not used", id.value))
                        .at(id.loc.clone())
                        .label(why)
                        .help("refer to it where it applies, or remove the declaration (and its label in every language file)"),
                );
            }
        }
        for d in found {
            cx.emit(d);
        }
    });
}

pub(super) const C14: Rule = Rule {
    id: "C14",
    articles: "",
    art13: None,
    art14: None,
    summary: "every cookie states its category, party and lifetime",
    condition: "a context has [[contexts.cookies]]",
    explanation: "\
The cookie table tells the reader, per cookie, what it is for (`category`: necessary,
functional, performance, targeting), whose it is (`party`: first or third) and how long it
lives (`lifetime`: an ISO 8601 duration such as P1Y or PT30S, or \"session\"). The lifetime is
the storage period of what the cookie holds (Art. 13(2)(a)), so \"a few seconds\" is written
as a duration too.

Fails when: a cookie has no `category`, `party` or `lifetime`. The diagnostic points at the
cookie's id.",
    example: r#"# facts.toml
  [[contexts.cookies]]
  id = "ga-gat"
  name = "_gat"
  host = "www.nordlys.example"
  category = "performance"
  party = "first"
  lifetime = "PT1M""#,
    severity: Severity::Error,
    check: check_c14,
    family: Family::Consistency,
    applies: None,
};

fn check_c14(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &C14, |cx| {
        for ctx in cx.contexts() {
            for c in &ctx.cookies {
                let mut missing = Vec::new();
                if c.category.is_none() {
                    missing.push("`category`");
                }
                if c.party.is_none() {
                    missing.push("`party`");
                }
                if c.lifetime.is_none() {
                    missing.push("`lifetime`");
                }
                if missing.is_empty() {
                    continue;
                }
                let d = cx
                    .diag(format!(
                        "the cookie `{}` ({}) has no {}",
                        c.id.value,
                        c.name,
                        missing.join(", ")
                    ))
                    .at(c.id.loc.clone())
                    .help("add `category` (necessary, functional, performance, targeting), `party` (first, third) and `lifetime` (e.g. \"P1Y\", \"PT30S\" or \"session\")");
                cx.emit(d);
            }
        }
    });
}
