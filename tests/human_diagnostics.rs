//! What a person reads after a typical mistake: `disclose check`'s human diagnostics (stderr,
//! without colour) on the site `disclose init` writes, with one mistake each, as snapshots in
//! tests/snapshots/human_diagnostics__<mistake>.snap. A change to the wording, the places or
//! the help shows up in review (`cargo insta review`).

mod common;

use common::{SiteTest, stderr};

const FACTS: &str = "content/notices/customers/1.0/facts.toml";
const NB: &str = "content/notices/customers/1.0/nb.md";

/// Run `disclose check` on the site and return its stderr with the site's temporary folder
/// written as `[site]`, and the exit code.
fn check(t: &SiteTest) -> (Option<i32>, String) {
    let out = t.run(&["check"]);
    let root = t.root.display().to_string();
    (out.status.code(), stderr(&out).replace(&root, "[site]"))
}

#[test]
fn a_missing_required_fact() {
    let t = SiteTest::init();
    t.edit(FACTS, "requirement = \"contractual\"\n", "");
    let (code, err) = check(&t);
    assert_eq!(code, Some(1), "{err}");
    insta::assert_snapshot!("missing-required-fact", err);
}

#[test]
fn a_mistyped_key() {
    let t = SiteTest::init();
    t.edit(FACTS, "org_number =", "org_nummer =");
    let (code, err) = check(&t);
    assert_eq!(code, Some(2), "{err}");
    insta::assert_snapshot!("mistyped-key", err);
}

#[test]
fn a_broken_toml_line() {
    let t = SiteTest::init();
    t.edit(
        FACTS,
        "org_number = \"999 999 999\"",
        "org_number = \"999 999 999",
    );
    let (code, err) = check(&t);
    assert_eq!(code, Some(2), "{err}");
    insta::assert_snapshot!("broken-toml-line", err);
}

#[test]
fn a_leftover_label() {
    let t = SiteTest::init();
    t.edit(
        NB,
        "[labels]\n",
        "[labels]\nold-purpose = \"Gammelt formål\"\n",
    );
    let (code, err) = check(&t);
    assert_eq!(code, Some(1), "{err}");
    insta::assert_snapshot!("leftover-label", err);
}
