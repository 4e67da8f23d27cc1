//! Source that cannot be understood: every kind of bad input gives a diagnostic that names the
//! file and line, exit code 2, and no output.

mod common;

use common::{SiteTest, line_of, places, stderr};

const FACTS: &str = "content/notices/customers/1.0/facts.toml";
const NB: &str = "content/notices/customers/1.0/nb.md";

/// Break the init site with `edit`, build, and check the diagnostic's code, file and line.
/// Returns what was printed, for assertions on the wording.
fn assert_load_error(
    edit: impl FnOnce(&SiteTest),
    code: &str,
    file: &str,
    line_of_text: Option<&str>,
) -> String {
    let t = SiteTest::init();
    edit(&t);
    let out = t.build();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "exit code; stderr:\n{err}");
    assert!(
        err.contains(&format!("[{code}]")),
        "expected {code}:\n{err}"
    );
    assert!(!t.out("index.html").exists(), "nothing may be written");
    if let Some(needle) = line_of_text {
        let line = line_of(&t.read(file), needle);
        assert!(
            places(&err).iter().any(|(p, l, _)| p == file && *l == line),
            "expected a place at {file}:{line}, got {:?}\n{err}",
            places(&err)
        );
    } else {
        assert!(err.contains(file), "expected {file} to be named:\n{err}");
    }
    // `check` reports the same and exits 2 too.
    let check = t.run(&["check"]);
    assert_eq!(check.status.code(), Some(2));
    err
}

#[test]
fn malformed_toml() {
    assert_load_error(
        |t| {
            t.edit(
                FACTS,
                "org_number = \"999 999 999\"",
                "org_number = \"999 999 999",
            )
        },
        "load/syntax",
        FACTS,
        Some("org_number = \"999 999 999"),
    );
}

#[test]
fn malformed_front_matter() {
    let err = assert_load_error(
        |t| {
            t.edit(
                NB,
                "slug = \"personvern-kunder\"",
                "slug = personvern-kunder",
            )
        },
        "load/syntax",
        NB,
        Some("slug = personvern-kunder"),
    );
    assert!(
        !err.contains("load/missing-language") && !err.contains("no nb text"),
        "a broken front matter is one problem, not also a missing language:\n{err}"
    );
    assert!(err.contains("1 error found"), "{err}");
}

#[test]
fn front_matter_that_is_not_closed() {
    assert_load_error(
        |t| {
            t.edit(
                NB,
                "summary = \"Første versjon.\"\n+++",
                "summary = \"Første versjon.\"\n",
            )
        },
        "load/syntax",
        NB,
        Some("+++"),
    );
}

#[test]
fn an_unknown_key_with_a_suggestion() {
    let err = assert_load_error(
        |t| t.edit(FACTS, "org_number =", "org_nummer ="),
        "load/unknown-key",
        FACTS,
        Some("org_nummer"),
    );
    assert!(err.contains("did you mean `org_number`"), "{err}");
    assert!(
        err.contains("The keys allowed here are: `id`, `name`, `org_number`"),
        "the help lists the keys: {err}"
    );
    assert!(!err.contains("one, of"), "{err}");
    assert!(
        places(&err)
            .iter()
            .any(|(p, _, col)| p == FACTS && *col == 1),
        "{err}"
    );
}

#[test]
fn an_unknown_key_in_front_matter() {
    assert_load_error(
        |t| t.edit(NB, "[consequences]", "[consequence]"),
        "load/unknown-key",
        NB,
        Some("[consequence]"),
    );
}

#[test]
fn an_unknown_vocabulary_code() {
    let err = assert_load_error(
        |t| {
            t.edit(
                FACTS,
                "legal_basis = \"art6-1-b\"",
                "legal_basis = \"art6-1-x\"",
            )
        },
        "load/unknown-code",
        FACTS,
        Some("art6-1-x"),
    );
    assert!(
        err.contains("`art6-1-x` is not a known legal basis"),
        "{err}"
    );
}

#[test]
fn an_unknown_authority_lists_the_codes() {
    let err = assert_load_error(
        |t| {
            t.edit(
                FACTS,
                "authorities = [\"NO\"]",
                "authorities = [\"Datatilsynet\"]",
            )
        },
        "load/unknown-code",
        FACTS,
        Some("\"Datatilsynet\""),
    );
    assert!(
        err.contains("use one of the codes: `NO` (Datatilsynet, Norway), `SE` (Integritetsskyddsmyndigheten, Sweden), `DK` (Datatilsynet, Denmark), `FI` (Tietosuojavaltuutetun toimisto, Finland)"),
        "{err}"
    );
}

#[test]
fn an_unknown_category_suggests_the_nearest() {
    let t = SiteTest::init();
    t.edit(FACTS, "\"transactions\"", "\"transaction\"");
    let err = stderr(&t.build());
    assert!(err.contains("did you mean `transactions`?"), "{err}");
}

#[test]
fn a_duplicate_id_points_at_the_second_definition() {
    let t = SiteTest::init();
    t.edit(FACTS, "id = \"bookkeeping\"", "id = \"contract\"");
    let text = t.read(FACTS);
    let second = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains("id = \"contract\""))
        .nth(1)
        .map(|(i, _)| i + 1);
    let out = t.build();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        err.contains("[load/duplicate-id]") && err.contains("`contract` is used twice"),
        "{err}"
    );
    assert!(
        places(&err)
            .iter()
            .any(|(p, l, _)| p == FACTS && Some(*l) == second),
        "{err}"
    );
    // The first definition is shown too: underlined in the text, and as a note in JSON.
    assert!(err.contains("first defined here"), "{err}");
    let first = line_of(&text, "id = \"contract\"");
    let json = t.run(&["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    let notes = v["diagnostics"]
        .as_array()
        .and_then(|a| a.iter().find(|d| d["code"] == "load/duplicate-id"))
        .map(|d| d["notes"].to_string())
        .unwrap_or_default();
    assert!(
        notes.contains(&format!("first defined here: {FACTS}:{first}:")),
        "{notes}"
    );
}

#[test]
fn a_reference_to_an_undefined_id() {
    assert_load_error(
        |t| {
            t.edit(
                FACTS,
                "controllers = [\"eksempel\"]",
                "controllers = [\"eksempl\"]",
            )
        },
        "load/undefined-reference",
        FACTS,
        Some("controllers = [\"eksempl\"]"),
    );
}

#[test]
fn a_missing_language_file() {
    let t = SiteTest::init();
    t.remove("content/notices/customers/1.0/da.md");
    let out = t.build();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        err.contains("[load/missing-language]") && err.contains("no da text"),
        "{err}"
    );
    assert!(
        err.contains("add content/notices/customers/1.0/da.md"),
        "{err}"
    );
    assert!(
        places(&err).iter().any(|(p, l, _)| p == FACTS && *l == 1),
        "{err}"
    );
}

#[test]
fn a_language_file_the_site_does_not_publish() {
    let t = SiteTest::init();
    t.write(
        "content/notices/customers/1.0/en.md",
        "+++\ntitle = \"x\"\n+++\n",
    );
    let err = stderr(&t.build());
    assert!(
        err.contains("[load/layout]") && err.contains("en.md is not a language"),
        "{err}"
    );
}

#[test]
fn a_bad_date() {
    let err = assert_load_error(
        |t| t.edit(FACTS, "published = 2026-01-15", "published = 2026-02-30"),
        "load/bad-date",
        FACTS,
        Some("published = 2026-02-30"),
    );
    assert!(
        err.contains("`2026-02-30` is no day of the calendar"),
        "{err}"
    );
}

#[test]
fn a_date_written_as_text() {
    let err = assert_load_error(
        |t| {
            t.edit(
                FACTS,
                "published = 2026-01-15",
                "published = \"2026-01-15\"",
            )
        },
        "load/bad-date",
        FACTS,
        Some("published ="),
    );
    assert!(err.contains("write `published = 2026-01-15`"), "{err}");
}

#[test]
fn a_date_written_the_nordic_way_says_what_to_write() {
    let err = assert_load_error(
        |t| t.edit(FACTS, "published = 2026-01-15", "published = 15.01.2026"),
        "load/bad-date",
        FACTS,
        Some("published = 15.01.2026"),
    );
    assert!(err.contains("write `published = 2026-01-15`"), "{err}");
}

#[test]
fn an_effective_date_before_publication() {
    assert_load_error(
        |t| {
            t.edit(
                FACTS,
                "published = 2026-01-15",
                "published = 2026-01-15\neffective = 2025-12-01",
            )
        },
        "load/bad-date",
        FACTS,
        Some("effective = 2025-12-01"),
    );
}

#[test]
fn a_bad_duration() {
    let err = assert_load_error(
        |t| t.edit(FACTS, "period = \"P3Y\"", "period = \"3 years\""),
        "load/bad-duration",
        FACTS,
        Some("\"3 years\""),
    );
    assert!(err.contains("write `period = \"P3Y\"`"), "{err}");
}

#[test]
fn a_period_of_zero_says_so() {
    let err = assert_load_error(
        |t| t.edit(FACTS, "period = \"P3Y\"", "period = \"P0M\""),
        "load/bad-duration",
        FACTS,
        Some("\"P0M\""),
    );
    assert!(err.contains("`P0M` is a period of zero"), "{err}");
    assert!(err.contains("criteria"), "{err}");
}

#[test]
fn a_heading_without_id() {
    assert_load_error(
        |t| t.edit(NB, "## Dine rettigheter {#rights}", "## Dine rettigheter"),
        "load/bad-value",
        NB,
        Some("## Dine rettigheter"),
    );
}

#[test]
fn raw_html_in_prose() {
    assert_load_error(
        |t| {
            t.edit(
                NB,
                "Her forklarer vi",
                "<script>alert(1)</script>\n\nHer forklarer vi",
            )
        },
        "load/raw-html",
        NB,
        Some("<script>"),
    );
}

#[test]
fn no_site_here() {
    let t = SiteTest::init();
    t.remove("content/site.toml");
    let out = t.build();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no site here"), "{}", stderr(&out));
}

#[test]
fn a_bad_version_folder_name() {
    let t = SiteTest::init();
    std::fs::rename(
        t.path("content/notices/customers/1.0"),
        t.path("content/notices/customers/v1"),
    )
    .expect("rename");
    let out = t.build();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("`v1` is not a version number"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn many_problems_are_reported_at_once() {
    let t = SiteTest::init();
    t.edit(FACTS, "period = \"P3Y\"", "period = \"P3\"");
    t.edit(FACTS, "\"transactions\"", "\"transaktions\"");
    t.remove("content/notices/customers/1.0/fi.md");
    let err = stderr(&t.build());
    assert!(err.contains("3 errors found"), "{err}");
}

#[test]
fn two_notices_with_the_same_slug() {
    let t = SiteTest::init();
    common::copy_dir(
        &t.path("content/notices/customers"),
        &t.path("content/notices/suppliers"),
    );
    let out = t.build();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("[load/duplicate-id]")
            && err.contains("the slug `personvern-kunder` is also used by the notice `customers`"),
        "{err}"
    );
    let file = "content/notices/suppliers/1.0/nb.md";
    let line = line_of(&t.read(file), "slug =");
    assert!(
        places(&err).iter().any(|(p, l, _)| p == file && *l == line),
        "{err}"
    );
}

#[test]
fn a_locale_file_for_a_language_disclose_does_not_publish() {
    assert_load_error(
        |t| {
            t.write("locales/en.ftl", "ui-yes = Yes\n");
        },
        "load/layout",
        "locales/en.ftl",
        None,
    );
}
