//! Waivers: explicit, reasoned exemptions from one rule for one context (Art. 13(4), 14(5)(a)–
//! (d), national restrictions under Art. 23), and the rules that keep them honest (C07–C10).
//!
//! A waiver silences its rule's findings on its context only when it is valid: it names a
//! waivable rule once, gives a reason, its ground fits the rule's article and the context's
//! collection, and the rule applies to the context at all. An invalid waiver silences nothing.

use super::walk::each_version;
use super::{Family, Rule, find};
use crate::diag::{Diagnostic, Severity};
use crate::model::{Context, Facts, Site, Waiver};

/// Why a waiver is not valid, if it is not.
enum Invalid {
    /// C07: no such rule, not a waivable one, or the same rule twice.
    Rule(String, String),
    /// C08: the ground does not fit.
    Ground(String, String),
    /// C09: no reason.
    Reason,
    /// C10: the rule does not apply to the context.
    NotApplicable(String),
}

fn ground_fits(rule: &Rule, ground: &str, ctx: &Context) -> Result<(), (String, String)> {
    let col = ctx.collection.as_ref().map(|c| c.value);
    match ground {
        "art13-4" => {
            if rule.art13.is_none() {
                Err((
                    format!(
                        "Art. 13(4) cannot waive {}, which is not an Art. 13 duty",
                        rule.id
                    ),
                    "use a ground of Art. 14(5), or `national-law`".into(),
                ))
            } else if !col.is_some_and(|c| c.art13()) {
                Err((
                    format!(
                        "Art. 13(4) applies to data collected from the person, and `{}` is not direct collection",
                        ctx.id.value
                    ),
                    "use a ground of Art. 14(5) for indirect collection".into(),
                ))
            } else {
                Ok(())
            }
        }
        g if g.starts_with("art14-5") => {
            if rule.art14.is_none() {
                Err((
                    format!(
                        "Art. 14(5) cannot waive {}, which is not an Art. 14 duty",
                        rule.id
                    ),
                    "use `art13-4`, or `national-law`".into(),
                ))
            } else if !col.is_some_and(|c| c.art14()) {
                Err((
                    format!(
                        "Art. 14(5) applies to data not obtained from the person, and `{}` is direct collection",
                        ctx.id.value
                    ),
                    "use `art13-4` (the person already has the information) for direct collection"
                        .into(),
                ))
            } else {
                Ok(())
            }
        }
        _ => Ok(()),
    }
}

fn validate(w: &Waiver, facts: &Facts, ctx: &Context) -> Result<&'static Rule, Vec<Invalid>> {
    let Some(rule) = find(&w.rule.value) else {
        return Err(vec![Invalid::Rule(
            format!("there is no rule `{}` to waive", w.rule.value),
            "`disclose rules` lists the rules; only R01–R18 and R12a can be waived".into(),
        )]);
    };
    let Some(applies) = rule.applies.filter(|_| rule.waivable()) else {
        return Err(vec![Invalid::Rule(
            format!("{} cannot be waived", rule.id),
            "only the disclosures of Art. 13/14 (R01–R18, R12a) can be waived; fix what the rule reports instead".into(),
        )]);
    };
    let first = ctx
        .waivers
        .iter()
        .find(|x| x.rule.value.eq_ignore_ascii_case(rule.id));
    if first.is_some_and(|f| f.loc != w.loc) {
        return Err(vec![Invalid::Rule(
            format!("{} is waived twice for `{}`", rule.id, ctx.id.value),
            "keep one waiver per rule and context".into(),
        )]);
    }
    let mut problems = Vec::new();
    if rule.id == "R12a" && w.ground.value != "national-law" {
        problems.push(Invalid::Ground(
            "Art. 13(4) and 14(5) do not exempt from Art. 21(4)".into(),
            "only a national restriction (ground `national-law`) can waive R12a".into(),
        ));
    } else if let Err((msg, help)) = ground_fits(rule, w.ground.value, ctx) {
        problems.push(Invalid::Ground(msg, help));
    }
    if w.reason.is_none() {
        problems.push(Invalid::Reason);
    }
    if !applies(facts, ctx) {
        problems.push(Invalid::NotApplicable(rule.condition.to_string()));
    }
    if problems.is_empty() {
        Ok(rule)
    } else {
        Err(problems)
    }
}

/// Does the context validly waive this rule?
pub(crate) fn is_waived(rule: &Rule, facts: &Facts, ctx: &Context) -> bool {
    ctx.waivers.iter().any(|w| {
        w.rule.value.eq_ignore_ascii_case(rule.id)
            && validate(w, facts, ctx).is_ok_and(|r| r.id == rule.id)
    })
}

fn check_waivers(site: &Site, out: &mut Vec<Diagnostic>, rule: &'static Rule) {
    each_version(site, out, rule, |cx| {
        for ctx in &cx.facts().contexts {
            for w in &ctx.waivers {
                let Err(problems) = validate(w, cx.facts(), ctx) else {
                    continue;
                };
                for problem in problems {
                    let d = match (problem, rule.id) {
                        (Invalid::Rule(msg, help), "C07") => {
                            cx.diag(msg).at(w.rule.loc.clone()).help(help)
                        }
                        (Invalid::Ground(msg, help), "C08") => {
                            cx.diag(msg).at(w.ground.loc.clone()).help(help)
                        }
                        (Invalid::Reason, "C09") => cx
                            .diag(format!(
                                "the waiver of {} for `{}` gives no reason",
                                w.rule.value, ctx.id.value
                            ))
                            .at(w.loc.clone())
                            .label("no `reason`")
                            .help("add `reason = \"<id>\"` and write the reasoning under [labels] in every language: it is shown on the page"),
                        (Invalid::NotApplicable(condition), "C10") => cx
                            .diag(format!(
                                "the waiver of {} for `{}` waives nothing: the rule does not apply to this context",
                                w.rule.value, ctx.id.value
                            ))
                            .at(w.rule.loc.clone())
                            .help("remove the waiver")
                            .note(format!("{} applies when {condition}", w.rule.value)),
                        _ => continue,
                    };
                    cx.emit(d);
                }
            }
        }
    });
}

const WAIVER_EXAMPLE: &str = r#"# facts.toml
[[contexts]]
id = "survey-panel"
collection = "indirect"
waivers = [ { rule = "R16", ground = "art14-5-b", reason = "panel-source-waiver" } ]

# every language file's front matter
[labels]
panel-source-waiver = "…why naming the source would take a disproportionate effort…""#;

pub(super) const C07: Rule = Rule {
    id: "C07",
    articles: "",
    art13: None,
    art14: None,
    summary: "a waiver names a rule that exists and can be waived, once",
    condition: "a context has `waivers`",
    explanation: "\
A waiver (`waivers = [{ rule, ground, reason }]`) records that an exemption of Art. 13(4),
Art. 14(5) or a national restriction means one piece of information is not given in one
context. Only the disclosures of the GDPR family (R01–R18, R12a) can be waived: translation,
consistency and best-practice rules describe the source, not the law.

Fails when: the waiver's `rule` is not a rule id, is not waivable, or is waived twice for the
same context. The diagnostic points at `rule`; the waiver silences nothing.",
    example: WAIVER_EXAMPLE,
    severity: Severity::Error,
    check: check_c07,
    family: Family::Consistency,
    applies: None,
};

fn check_c07(site: &Site, out: &mut Vec<Diagnostic>) {
    check_waivers(site, out, &C07);
}

pub(super) const C08: Rule = Rule {
    id: "C08",
    articles: "Art. 13(4), 14(5)",
    art13: None,
    art14: None,
    summary: "a waiver's ground fits its rule and its context",
    condition: "a context has `waivers`",
    explanation: "\
Art. 13(4) (`art13-4`: the person already has the information) exempts from Art. 13 duties in
a context of direct collection; Art. 14(5)(a)–(d) (`art14-5-a` … `art14-5-d`) from Art. 14
duties where data are not obtained from the person. Neither reaches Art. 21(4) (R12a), which
only a national restriction (`national-law`, Art. 23) can limit. `national-law` fits any
GDPR rule.

Fails when: the ground is Art. 13(4) for a rule without an Art. 13 point (R07, R16) or a
context that is not direct, or Art. 14(5) for a rule without an Art. 14 point (R15) or a
direct context, or anything but `national-law` for R12a. The diagnostic points at `ground`.",
    example: WAIVER_EXAMPLE,
    severity: Severity::Error,
    check: check_c08,
    family: Family::Consistency,
    applies: None,
};

fn check_c08(site: &Site, out: &mut Vec<Diagnostic>) {
    check_waivers(site, out, &C08);
}

pub(super) const C09: Rule = Rule {
    id: "C09",
    articles: "",
    art13: None,
    art14: None,
    summary: "a waiver gives its reasoning",
    condition: "a context has `waivers`",
    explanation: "\
An exemption is legal reasoning, not a missing field (WP260 para 64: where Art. 14(5)(b) is
relied on, document the balancing). The reasoning is shown on the page in every language, so
a waiver gives `reason`, an id whose words go under [labels] in every language file (T01).

Fails when: a waiver has no `reason`. The diagnostic points at the waiver; it silences
nothing.",
    example: WAIVER_EXAMPLE,
    severity: Severity::Error,
    check: check_c09,
    family: Family::Consistency,
    applies: None,
};

fn check_c09(site: &Site, out: &mut Vec<Diagnostic>) {
    check_waivers(site, out, &C09);
}

pub(super) const C10: Rule = Rule {
    id: "C10",
    articles: "",
    art13: None,
    art14: None,
    summary: "a waiver waives a rule that applies to its context",
    condition: "a context has `waivers`",
    explanation: "\
A waiver of a rule whose condition does not hold in the context (R16 in a context of direct
collection, R10 without a transfer that needs a copy, R02 where every controller is in the
EEA …) waives nothing, yet it would be shown on the page as an exemption. It is usually a
waiver on the wrong context or a leftover.

Fails when: the waived rule does not apply to the context (`disclose explain <id>` states each
rule's condition). The diagnostic points at `rule`.",
    example: WAIVER_EXAMPLE,
    severity: Severity::Error,
    check: check_c10,
    family: Family::Consistency,
    applies: None,
};

fn check_c10(site: &Site, out: &mut Vec<Diagnostic>) {
    check_waivers(site, out, &C10);
}
