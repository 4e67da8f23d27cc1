//! The rule registry: every check disclose runs on a loaded site, as data.
//!
//! Each [`Rule`] carries its id, the GDPR article(s) it enforces, a one-line summary, a long
//! explanation with an example, its severity, and the function that checks it. Conditions are
//! decided from facts (`facts.toml`), never from prose.

use crate::diag::{Diagnostic, Severity};
use crate::model::Site;

/// One rule.
#[derive(Debug)]
pub struct Rule {
    /// `R01` … `R18`, `R12a`, or a family-prefixed id such as `T01`.
    pub id: &'static str,
    /// The GDPR article(s), e.g. `Art. 13(1)(f), 14(1)(f)`; empty for rules beyond the GDPR.
    pub articles: &'static str,
    pub summary: &'static str,
    pub explanation: &'static str,
    pub example: &'static str,
    pub severity: Severity,
    pub check: fn(&Site, &mut Vec<Diagnostic>),
}

/// Every rule, in the order `disclose rules` lists them.
pub fn registry() -> &'static [Rule] {
    &[]
}

/// Look a rule up by id (case-insensitive).
pub fn find(id: &str) -> Option<&'static Rule> {
    registry().iter().find(|r| r.id.eq_ignore_ascii_case(id))
}

/// Run every rule.
pub fn check(site: &Site) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for rule in registry() {
        (rule.check)(site, &mut out);
    }
    out
}
