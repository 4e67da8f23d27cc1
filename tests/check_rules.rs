//! Every rule, broken alone: tests/fixtures/rules/pass passes every rule with every condition
//! switched on; each test changes one fact and asserts the rule id, the article, the file and
//! the line of what `disclose check` reports, and that nothing else fails. Conditional rules
//! are also tested with their condition switched off.

mod check_common;
mod common;

use check_common::{FACTS, NB, SV, Site};

const BOTH_A: &str = "Art. 13(1)(a), 14(1)(a)";

#[test]
fn the_passing_fixture_passes_every_rule_without_a_warning() {
    let out = Site::pass().check();
    out.assert_clean();
    assert!(out.diags.is_empty(), "{:#?}", out.diags);
}

// ---- R01 controller ------------------------------------------------------------------------

#[test]
fn r01_a_controller_without_email() {
    let s = Site::pass();
    s.blank(FACTS, r#"email = "personvern@acme.example""#);
    let d = s.check().assert_only("R01", Some(BOTH_A), FACTS, 5).clone();
    assert!(d.message.contains("`email`"), "{}", d.message);
}

#[test]
fn r01_a_context_without_controllers() {
    let s = Site::pass();
    s.blank(FACTS, r#"controllers = ["acme-no"]"#);
    s.check()
        .assert_only("R01", Some("Art. 13(1)(a)"), FACTS, 88);
}

// ---- R02 representative --------------------------------------------------------------------

#[test]
fn r02_a_controller_outside_the_eea_without_representative() {
    let s = Site::pass();
    s.blank_lines(FACTS, 20, 25);
    let d = s
        .check()
        .assert_only("R02", Some(BOTH_A), FACTS, 16)
        .clone();
    assert_eq!(d.column, 11, "points at the country");
}

#[test]
fn r02_a_representative_outside_the_eea() {
    let s = Site::pass();
    s.replace(
        FACTS,
        "country = \"NO\"\nemail = \"eu-rep",
        "country = \"US\"\nemail = \"eu-rep",
    );
    s.check().assert_only("R02", Some(BOTH_A), FACTS, 24);
}

#[test]
fn r02_is_silent_for_controllers_in_the_eea() {
    let s = Site::pass();
    s.blank_lines(FACTS, 20, 25);
    s.replace(
        FACTS,
        "country = \"US\"\naddress = \"1 Main",
        "country = \"SE\"\naddress = \"1 Main",
    );
    s.check().assert_clean();
}

// ---- R03 DPO ------------------------------------------------------------------------------

#[test]
fn r03_a_dpo_without_email() {
    let s = Site::pass();
    s.blank(FACTS, r#"email = "dpo@acme.example""#);
    s.check()
        .assert_only("R03", Some("Art. 13(1)(b), 14(1)(b)"), FACTS, 27);
}

#[test]
fn r03_is_silent_without_a_dpo() {
    let s = Site::pass();
    s.blank_lines(FACTS, 27, 28);
    s.check().assert_clean();
}

// ---- R04 purposes -------------------------------------------------------------------------

#[test]
fn r04_a_context_without_purposes() {
    let s = Site::pass();
    s.blank_lines(FACTS, 99, 101);
    for f in [NB, SV] {
        s.blank_lines(f, 12, 12).blank_lines(f, 22, 22);
    }
    s.check()
        .assert_only("R04", Some("Art. 13(1)(c)"), FACTS, 88);
}

// ---- R05 legal basis ----------------------------------------------------------------------

#[test]
fn r05_a_purpose_without_legal_basis() {
    let s = Site::pass();
    s.blank(FACTS, r#"legal_basis = "art6-1-b""#);
    s.check()
        .assert_only("R05", Some("Art. 13(1)(c), 14(1)(c)"), FACTS, 69);
}

#[test]
fn r05_an_art9_condition_alone_is_no_legal_basis() {
    let s = Site::pass();
    s.replace(FACTS, r#"["art6-1-a", "art9-2-a"]"#, r#"["art9-2-a"]"#);
    let d = s
        .check()
        .assert_only("R05", Some("Art. 13(1)(c), 14(1)(c)"), FACTS, 79)
        .clone();
    assert_eq!(d.column, 18);
}

// ---- R06 legitimate interests -------------------------------------------------------------

#[test]
fn r06_a_legitimate_interest_missing_in_one_language() {
    let s = Site::pass();
    s.blank(
        NB,
        "newsletter = \"Vår interesse i å fortelle kunder om tilbud.\"",
    );
    let d = s
        .check()
        .assert_only("R06", Some("Art. 13(1)(d), 14(2)(b)"), NB, 20)
        .clone();
    assert_eq!(d.language.as_deref(), Some("nb"));
    assert!(d.notes[0].contains("facts.toml:73"), "{:?}", d.notes);
}

#[test]
fn r06_cites_art_13_for_direct_collection() {
    let s = Site::pass();
    s.blank(
        SV,
        "visitor-registration = \"Vårt intresse av att veta vem som är i lokalerna.\"",
    );
    let d = s
        .check()
        .assert_only("R06", Some("Art. 13(1)(d)"), SV, 20)
        .clone();
    assert_eq!(d.language.as_deref(), Some("sv"));
}

#[test]
fn r06_is_silent_without_art6_1_f() {
    let s = Site::pass();
    s.replace(
        FACTS,
        "id = \"visitor-registration\"\n  legal_basis = \"art6-1-f\"",
        "id = \"visitor-registration\"\n  legal_basis = \"art6-1-b\"",
    );
    for f in [NB, SV] {
        s.blank_lines(f, 22, 22);
    }
    s.check().assert_clean();
}

// ---- R07 categories -----------------------------------------------------------------------

#[test]
fn r07_an_indirect_context_without_categories() {
    let s = Site::pass();
    s.blank(
        FACTS,
        r#"categories = ["name", "contact", "dietary-needs", "criminal-offences"]"#,
    );
    s.replace(FACTS, r#"["art6-1-a", "art9-2-a"]"#, r#"["art6-1-a"]"#);
    let out = s.check();
    out.assert_only("R07", Some("Art. 14(1)(d)"), FACTS, 48);
    assert_eq!(
        out.warnings()[0].code,
        "C13",
        "the special category is now unused"
    );
}

#[test]
fn r07_is_silent_for_direct_collection_where_c12_asks_instead() {
    let s = Site::pass();
    s.blank(FACTS, r#"categories = ["name", "visit-details"]"#);
    s.check().assert_only("C12", None, FACTS, 88);
}

// ---- R08 recipients -----------------------------------------------------------------------

#[test]
fn r08_a_transfer_without_recipients() {
    let s = Site::pass();
    s.blank(FACTS, r#"recipients = ["printing-and-mail", "crm-vendor"]"#);
    let d = s
        .check()
        .assert_only("R08", Some("Art. 13(1)(e), 14(1)(e)"), FACTS, 61)
        .clone();
    assert_eq!(d.column, 3, "points at the transfer");
}

#[test]
fn r08_a_transfer_to_a_recipient_the_context_does_not_list() {
    let s = Site::pass();
    s.replace(
        FACTS,
        r#"recipients = ["printing-and-mail", "crm-vendor"]"#,
        r#"recipients = ["printing-and-mail"]"#,
    );
    let d = s
        .check()
        .assert_only("R08", Some("Art. 13(1)(e), 14(1)(e)"), FACTS, 61)
        .clone();
    assert_eq!(d.column, 95, "points at the recipient in the transfer");
}

#[test]
fn r08_is_silent_without_transfers() {
    let s = Site::pass();
    s.blank_lines(FACTS, 60, 62);
    s.replace(
        FACTS,
        "kind = \"it-service-providers\"\ncountry = \"US\"",
        "kind = \"it-service-providers\"\ncountry = \"SE\"",
    );
    s.check().assert_clean();
}

// ---- R09 transfers ------------------------------------------------------------------------

#[test]
fn r09_a_transfer_without_mechanism() {
    let s = Site::pass();
    s.replace(FACTS, r#"mechanism = "art46-2-c", "#, "");
    s.check()
        .assert_only("R09", Some("Art. 13(1)(f), 14(1)(f)"), FACTS, 61);
}

#[test]
fn r09_a_recipient_outside_the_eea_without_transfer() {
    let s = Site::pass();
    s.blank_lines(FACTS, 60, 62);
    let d = s
        .check()
        .assert_only("R09", Some("Art. 13(1)(f), 14(1)(f)"), FACTS, 53)
        .clone();
    assert_eq!(d.column, 36, "points at the recipient");
}

#[test]
fn r09_is_silent_for_recipients_in_the_eea() {
    let s = Site::pass();
    s.blank_lines(FACTS, 60, 62);
    s.replace(
        FACTS,
        "kind = \"it-service-providers\"\ncountry = \"US\"",
        "kind = \"it-service-providers\"\ncountry = \"DK\"",
    );
    s.check().assert_clean();
}

// ---- R10 copy of the safeguards -----------------------------------------------------------

#[test]
fn r10_standard_clauses_without_where_to_get_a_copy() {
    let s = Site::pass();
    s.replace(FACTS, r#"copy = "https://acme.example/scc", "#, "");
    let d = s
        .check()
        .assert_only("R10", Some("Art. 13(1)(f), 14(1)(f)"), FACTS, 61)
        .clone();
    assert_eq!(d.column, 33, "points at the mechanism");
}

#[test]
fn r10_is_silent_for_an_adequacy_decision() {
    let s = Site::pass();
    s.replace(
        FACTS,
        r#"mechanism = "art46-2-c", copy = "https://acme.example/scc", "#,
        r#"mechanism = "art45", "#,
    );
    s.check().assert_clean();
}

// ---- R11 retention ------------------------------------------------------------------------

#[test]
fn r11_a_context_without_retention() {
    let s = Site::pass();
    s.blank_lines(FACTS, 94, 96);
    s.check()
        .assert_only("R11", Some("Art. 13(2)(a)"), FACTS, 88);
}

#[test]
fn r11_a_period_without_what_it_runs_from() {
    let s = Site::pass();
    s.replace(
        FACTS,
        r#"{ period = "P30D", after = "visit" }"#,
        r#"{ period = "P30D" }"#,
    );
    s.check()
        .assert_only("R11", Some("Art. 13(2)(a)"), FACTS, 95);
}

#[test]
fn r11_a_purpose_no_retention_entry_covers() {
    let s = Site::pass();
    s.replace(
        FACTS,
        r#"after = "end-of-relationship" }"#,
        r#"after = "end-of-relationship", purpose = "contract" }"#,
    );
    s.replace(
        FACTS,
        r#"{ criteria = "claims-retention" }"#,
        r#"{ criteria = "claims-retention", purpose = "contract" }"#,
    );
    let out = s.check();
    out.assert_only("R11", Some("Art. 13(2)(a), 14(2)(a)"), FACTS, 73);
    assert_eq!(
        out.errors().len(),
        3,
        "newsletter, dietary, fraud-prevention"
    );
}

// ---- R12 rights ---------------------------------------------------------------------------

#[test]
fn r12_a_right_not_applicable_without_reason() {
    let s = Site::pass();
    s.replace(
        FACTS,
        r#"{ right = "portability", reason = "portability-customers" }"#,
        r#"{ right = "portability" }"#,
    );
    for f in [NB, SV] {
        s.blank_lines(f, 18, 18);
    }
    s.check()
        .assert_only("R12", Some("Art. 13(2)(b), 14(2)(c)"), FACTS, 65);
}

#[test]
fn r12_access_cannot_be_declared_not_applicable() {
    let s = Site::pass();
    s.replace(
        FACTS,
        r#"{ right = "portability","#,
        r#"{ right = "access","#,
    );
    s.check()
        .assert_only("R12", Some("Art. 13(2)(b), 14(2)(c)"), FACTS, 65);
}

#[test]
fn r12_portability_basis_contradicts_a_contract() {
    let s = Site::pass();
    s.replace(
        FACTS,
        r#"reason = "portability-customers""#,
        r#"reason = "portability-basis""#,
    );
    for f in [NB, SV] {
        s.blank_lines(f, 18, 18);
    }
    s.check()
        .assert_only("R12", Some("Art. 13(2)(b), 14(2)(c)"), FACTS, 65);
}

// ---- R12a objection -----------------------------------------------------------------------

#[test]
fn r12a_objection_declared_not_applicable_where_it_applies() {
    let s = Site::pass();
    s.replace(
        FACTS,
        r#"{ right = "portability","#,
        r#"{ right = "object","#,
    );
    s.check().assert_only("R12a", Some("Art. 21(4)"), FACTS, 65);
}

#[test]
fn r12a_is_silent_without_public_task_legitimate_interests_or_marketing() {
    let s = Site::pass();
    s.replace(
        FACTS,
        "id = \"visitor-registration\"\n  legal_basis = \"art6-1-f\"",
        "id = \"visitor-registration\"\n  legal_basis = \"art6-1-b\"",
    );
    s.replace(
        FACTS,
        "automated_decisions = { art22 = false, profiling = false }",
        "automated_decisions = { art22 = false, profiling = false }\nrights_not_applicable = [ { right = \"object\", reason = \"object-basis\" } ]",
    );
    for f in [NB, SV] {
        s.blank_lines(f, 22, 22);
    }
    s.check().assert_clean();
}

// ---- R13 withdrawal -----------------------------------------------------------------------

#[test]
fn r13_consent_without_where_to_withdraw_it() {
    let s = Site::pass();
    s.blank(FACTS, r#"withdraw = "https://acme.example/consent""#);
    s.check()
        .assert_only("R13", Some("Art. 13(2)(c), 14(2)(d)"), FACTS, 78);
}

#[test]
fn r13_is_silent_without_consent() {
    let s = Site::pass();
    s.replace(
        FACTS,
        r#"["art6-1-a", "art9-2-a"]"#,
        r#"["art6-1-b", "art9-2-f"]"#,
    );
    s.blank(FACTS, r#"withdraw = "https://acme.example/consent""#);
    s.check().assert_clean();
}

// ---- R14 complaint ------------------------------------------------------------------------

#[test]
fn r14_a_context_without_supervisory_authority() {
    let s = Site::pass();
    s.blank_lines(FACTS, 92, 92);
    s.check()
        .assert_only("R14", Some("Art. 13(2)(d)"), FACTS, 88);
}

// ---- R15 requirement ----------------------------------------------------------------------

#[test]
fn r15_a_direct_context_without_requirement() {
    let s = Site::pass();
    s.blank(FACTS, r#"requirement = "voluntary""#);
    s.check()
        .assert_only("R15", Some("Art. 13(2)(e)"), FACTS, 88);
}

#[test]
fn r15_consequences_missing_in_one_language() {
    let s = Site::pass();
    s.blank(
        SV,
        r#"customers = "Utan uppgifterna kan vi inte ingå avtalet.""#,
    );
    let d = s
        .check()
        .assert_only("R15", Some("Art. 13(2)(e)"), SV, 24)
        .clone();
    assert_eq!(d.language.as_deref(), Some("sv"));
}

#[test]
fn r15_is_silent_for_indirect_collection() {
    let s = Site::pass();
    s.replace(
        FACTS,
        r#"collection = "both""#,
        r#"collection = "indirect""#,
    );
    s.blank(FACTS, r#"requirement = "contractual""#);
    for f in [NB, SV] {
        s.blank_lines(f, 25, 25);
    }
    s.check().assert_clean();
}

// ---- R16 source ---------------------------------------------------------------------------

#[test]
fn r16_an_indirect_context_without_sources() {
    let s = Site::pass();
    s.blank(FACTS, r#"sources = ["data-subject", "partner-banks"]"#);
    s.check()
        .assert_only("R16", Some("Art. 14(2)(f)"), FACTS, 48);
}

#[test]
fn r16_an_own_source_that_does_not_say_whether_it_is_public() {
    let s = Site::pass();
    s.blank(FACTS, "public = false");
    s.check()
        .assert_only("R16", Some("Art. 14(2)(f)"), FACTS, 35);
}

#[test]
fn r16_is_silent_for_direct_collection() {
    let s = Site::pass();
    s.replace(FACTS, r#"collection = "both""#, r#"collection = "direct""#);
    s.blank(FACTS, r#"sources = ["data-subject", "partner-banks"]"#);
    let out = s.check();
    out.assert_clean();
    assert_eq!(out.warnings()[0].code, "C13", "partner-banks is now unused");
}

// ---- R17 automated decisions --------------------------------------------------------------

#[test]
fn r17_a_context_without_automated_decisions() {
    let s = Site::pass();
    s.blank(
        FACTS,
        "automated_decisions = { art22 = false, profiling = false }",
    );
    s.check()
        .assert_only("R17", Some("Art. 13(2)(f)"), FACTS, 88);
}

#[test]
fn r17_automated_decisions_without_art22() {
    let s = Site::pass();
    s.replace(
        FACTS,
        "{ art22 = false, profiling = false }",
        "{ profiling = false }",
    );
    s.check()
        .assert_only("R17", Some("Art. 13(2)(f)"), FACTS, 97);
}

#[test]
fn r17_art22_decisions_without_their_significance_in_one_language() {
    let s = Site::pass();
    s.blank(NB, r#"significance = "Den avgjør om du får kreditt.""#);
    let d = s
        .check()
        .assert_only("R17", Some("Art. 13(2)(f), 14(2)(g)"), NB, 28)
        .clone();
    assert!(d.message.contains("significance"), "{}", d.message);
}

#[test]
fn r17_needs_no_explanation_without_art22_decisions() {
    let s = Site::pass();
    s.replace(
        FACTS,
        "{ art22 = true, profiling = true }",
        "{ art22 = false, profiling = true }",
    );
    for f in [NB, SV] {
        s.blank_lines(f, 28, 31);
    }
    s.check().assert_clean();
}

// ---- R18 further processing ---------------------------------------------------------------

const V2: &str = "content/notices/shop/2.0";

/// A version 2.0 that adds a further-processing purpose to `visitors`.
fn with_new_further_processing(effective: Option<&str>) -> Site {
    let s = Site::pass();
    let facts = s.read(FACTS).replace(
        "published = 2024-01-15",
        &match effective {
            Some(e) => format!("published = 2024-06-01\neffective = {e}"),
            None => "published = 2024-06-01".to_string(),
        },
    ) + "\n  [[contexts.purposes]]\n  id = \"visit-statistics\"\n  legal_basis = \"art6-1-f\"\n  further_processing = true\n";
    s.write(&format!("{V2}/facts.toml"), &facts);
    for (f, lang) in [(NB, "nb"), (SV, "sv")] {
        let text = s
            .read(f)
            .replace("\n\n[legitimate_interests]\n", "\nvisit-statistics = \"Statistikk\"\n\n[legitimate_interests]\nvisit-statistics = \"Statistikk\"\n")
            .replace("[consequences]", "[changes]\nsummary = \"Statistikk\"\n\n[consequences]");
        s.write(&format!("{V2}/{lang}.md"), &text);
    }
    s
}

#[test]
fn r18_a_new_further_processing_purpose_in_force_the_day_it_is_published() {
    let s = with_new_further_processing(None);
    let file = format!("{V2}/facts.toml");
    let line = s
        .read(&file)
        .lines()
        .position(|l| l.contains("visit-statistics"))
        .expect("purpose") as u64
        + 1;
    s.check()
        .assert_only("R18", Some("Art. 13(3)"), &file, line);
}

#[test]
fn r18_is_silent_when_the_version_takes_effect_later() {
    let s = with_new_further_processing(Some("2024-07-01"));
    s.check().assert_clean();
}

// ---- T: translations ----------------------------------------------------------------------

#[test]
fn t01_a_label_missing_in_one_language() {
    let s = Site::pass();
    s.blank(NB, r#"crm-vendor = "Leverandør av kundesystem""#);
    let d = s.check().assert_only("T01", None, NB, 5).clone();
    assert_eq!(d.language.as_deref(), Some("nb"));
    assert!(d.message.contains("crm-vendor"));
    assert!(d.notes[0].ends_with("facts.toml:39"), "{:?}", d.notes);
}

#[test]
fn t02_a_label_for_no_id() {
    let s = Site::pass();
    s.replace(
        NB,
        "customers = \"Kundeforhold\"\n",
        "customers = \"Kundeforhold\"\nshopping = \"Handel\"\n",
    );
    s.check().assert_only("T02", None, NB, 7);
}

#[test]
fn t03_consequences_for_no_direct_context() {
    let s = Site::pass();
    s.replace(SV, "[consequences]\n", "[consequences]\nvistors = \"…\"\n");
    s.check().assert_only("T03", None, SV, 25);
}

#[test]
fn t04_a_language_file_without_slug() {
    let s = Site::pass();
    s.blank(NB, r#"slug = "personvern""#);
    s.check().assert_only("T04", None, NB, 1);
}

#[test]
fn t05_a_section_missing_in_one_language() {
    let s = Site::pass();
    s.replace(SV, "## Dina rättigheter {#rights}", "Dina rättigheter");
    let d = s.check().assert_only("T05", None, SV, 36).clone();
    assert!(d.message.contains("{#rights}"), "{}", d.message);
    assert!(d.notes[0].ends_with("nb.md:40"), "{:?}", d.notes);
}

#[test]
fn t06_a_change_summary_in_one_language_only() {
    let s = Site::pass();
    s.replace(
        NB,
        "[consequences]",
        "[changes]\nsummary = \"Ny\"\n\n[consequences]",
    );
    s.check().assert_only("T06", None, SV, 1);
}

// ---- C: consistency -----------------------------------------------------------------------

#[test]
fn c01_a_context_without_collection() {
    let s = Site::pass();
    s.blank(FACTS, r#"collection = "direct""#);
    for f in [NB, SV] {
        s.blank_lines(f, 26, 26);
    }
    s.check().assert_only("C01", None, FACTS, 88);
}

#[test]
fn c02_a_special_category_without_an_art9_condition() {
    let s = Site::pass();
    s.replace(FACTS, r#"["art6-1-a", "art9-2-a"]"#, r#"["art6-1-a"]"#);
    let d = s
        .check()
        .assert_only("C02", Some("Art. 9(2)"), FACTS, 51)
        .clone();
    assert_eq!(d.column, 34);
}

#[test]
fn c03_an_art9_condition_without_a_special_category() {
    let s = Site::pass();
    s.replace(FACTS, r#""contact", "dietary-needs", "#, r#""contact", "#);
    s.check().assert_only("C03", Some("Art. 9(1)"), FACTS, 79);
}

#[test]
fn c04_criminal_offence_data_without_a_law() {
    let s = Site::pass();
    s.replace(
        FACTS,
        r#"legal_basis = "art6-1-c""#,
        r#"legal_basis = "art6-1-b""#,
    );
    s.blank(FACTS, r#"law = "fraud-act""#);
    s.check().assert_only("C04", Some("Art. 10"), FACTS, 51);
}

#[test]
fn c05_a_public_task_without_the_law() {
    let s = Site::pass();
    s.replace(
        FACTS,
        r#"legal_basis = "art6-1-b""#,
        r#"legal_basis = "art6-1-e""#,
    );
    s.check()
        .assert_only("C05", Some("Art. 6(3), 9(2)"), FACTS, 69);
}

#[test]
fn c06_withdraw_without_consent() {
    let s = Site::pass();
    s.replace(
        FACTS,
        "legal_basis = \"art6-1-b\"\n",
        "legal_basis = \"art6-1-b\"\n  withdraw = \"https://acme.example/consent\"\n",
    );
    s.check().assert_only("C06", None, FACTS, 71);
}

/// Add a waiver to `visitors` (on line 98).
fn waiver(s: &Site, waiver: &str) {
    s.replace(
        FACTS,
        "automated_decisions = { art22 = false, profiling = false }",
        &format!(
            "automated_decisions = {{ art22 = false, profiling = false }}\nwaivers = [ {waiver} ]"
        ),
    );
}

#[test]
fn c07_a_waiver_of_a_rule_that_cannot_be_waived() {
    let s = Site::pass();
    waiver(
        &s,
        r#"{ rule = "T01", ground = "art13-4", reason = "visitor-waiver" }"#,
    );
    s.label("visitor-waiver");
    s.check().assert_only("C07", None, FACTS, 98);
}

#[test]
fn c08_a_waiver_on_the_wrong_ground() {
    let s = Site::pass();
    waiver(
        &s,
        r#"{ rule = "R15", ground = "art14-5-b", reason = "visitor-waiver" }"#,
    );
    s.label("visitor-waiver");
    s.check()
        .assert_only("C08", Some("Art. 13(4), 14(5)"), FACTS, 98);
}

#[test]
fn c09_a_waiver_without_reason() {
    let s = Site::pass();
    waiver(&s, r#"{ rule = "R15", ground = "art13-4" }"#);
    s.check().assert_only("C09", None, FACTS, 98);
}

#[test]
fn c10_a_waiver_of_a_rule_that_does_not_apply() {
    let s = Site::pass();
    waiver(
        &s,
        r#"{ rule = "R10", ground = "art13-4", reason = "visitor-waiver" }"#,
    );
    s.label("visitor-waiver");
    s.check().assert_only("C10", None, FACTS, 98);
}

#[test]
fn a_valid_waiver_silences_its_rule_for_its_context_only() {
    let s = Site::pass();
    waiver(
        &s,
        r#"{ rule = "R15", ground = "art13-4", reason = "visitor-waiver" }"#,
    );
    s.label("visitor-waiver");
    s.blank(FACTS, r#"requirement = "voluntary""#);
    s.check().assert_clean();
    // The same waiver does not reach the other context.
    s.blank(FACTS, r#"requirement = "contractual""#);
    s.check()
        .assert_only("R15", Some("Art. 13(2)(e)"), FACTS, 48);
}

#[test]
fn an_invalid_waiver_silences_nothing() {
    let s = Site::pass();
    waiver(&s, r#"{ rule = "R15", ground = "art13-4" }"#);
    s.blank(FACTS, r#"requirement = "voluntary""#);
    let codes: Vec<String> = s.check().errors().iter().map(|d| d.code.clone()).collect();
    assert_eq!(codes, ["R15", "C09"]);
}

#[test]
fn c11_a_transfer_inside_the_eea() {
    let s = Site::pass();
    s.replace(FACTS, r#"{ country = "US""#, r#"{ country = "SE""#);
    s.replace(
        FACTS,
        "kind = \"it-service-providers\"\ncountry = \"US\"",
        "kind = \"it-service-providers\"\ncountry = \"SE\"",
    );
    s.check().assert_only("C11", None, FACTS, 61);
}

#[test]
fn c13_an_unused_declaration_warns_and_fails_only_when_warnings_are_denied() {
    let s = Site::pass();
    s.replace(
        FACTS,
        r#"sources = ["data-subject", "partner-banks"]"#,
        r#"sources = ["data-subject"]"#,
    );
    let out = s.check();
    out.assert_clean();
    let w = out.warnings();
    assert_eq!((w.len(), w[0].code.as_str(), w[0].line), (1, "C13", 35));
    assert_eq!(s.check_with(&["--deny-warnings"]).code, 1);
}

#[test]
fn c14_a_cookie_without_lifetime() {
    let s = Site::pass();
    let facts = s.read(FACTS)
        + "\n  [[contexts.cookies]]\n  id = \"session\"\n  name = \"sid\"\n  category = \"necessary\"\n  party = \"first\"\n";
    s.write(FACTS, &facts);
    s.label("session");
    s.check().assert_only("C14", None, FACTS, 104);
}

// ---- W: best practice ---------------------------------------------------------------------

#[test]
fn w01_check_this_notice_regularly_warns() {
    let s = Site::pass();
    s.replace(
        NB,
        "Du har rettighetene nedenfor.",
        "Du har rettighetene nedenfor. Vi anbefaler at du leser denne erklæringen jevnlig.",
    );
    let out = s.check();
    out.assert_clean();
    let w = out.warnings();
    assert_eq!(
        (w.len(), w[0].code.as_str(), w[0].line, w[0].column),
        (1, "W01", 42, 31)
    );
    assert_eq!(w[0].language.as_deref(), Some("nb"));
    assert_eq!(s.check_with(&["--deny-warnings"]).code, 1);
}

#[test]
fn w02_a_new_version_without_change_summary() {
    let s = with_new_further_processing(Some("2024-07-01"));
    for lang in ["nb", "sv"] {
        let f = format!("{V2}/{lang}.md");
        s.replace(&f, "[changes]\nsummary = \"Statistikk\"\n", "");
    }
    let out = s.check();
    out.assert_clean();
    let w = out.warnings();
    assert_eq!((w.len(), w[0].code.as_str()), (1, "W02"));
    assert_eq!(
        (w[0].file.as_str(), w[0].line),
        (&*format!("{V2}/nb.md"), 1)
    );
}

#[test]
fn w05_a_section_heading_numbered_by_hand() {
    let s = Site::pass();
    s.replace(
        NB,
        "## Hvorfor behandler vi opplysningene? {#purposes}",
        "## 2. Hvorfor behandler vi opplysningene? {#purposes}",
    );
    s.replace(
        NB,
        "## Dine rettigheter {#rights}",
        "## 3) Dine rettigheter {#rights}",
    );
    let out = s.check();
    out.assert_clean();
    let w = out.warnings();
    assert_eq!(
        (w.len(), w[0].code.as_str(), w[0].file.as_str(), w[0].line),
        (1, "W05", NB, 36),
        "{w:#?}"
    );
    assert_eq!(w[0].language.as_deref(), Some("nb"));
    assert!(
        w[0].notes.iter().any(|n| n.contains("1 more heading")),
        "{:?}",
        w[0].notes
    );
    // A number that is part of the words is not one.
    let s = Site::pass();
    s.replace(
        NB,
        "## Dine rettigheter {#rights}",
        "## 24 timer i døgnet {#rights}",
    );
    assert!(s.check().warnings().is_empty());
}

#[test]
fn w03_a_draft_behind_a_published_version() {
    let s = with_new_further_processing(Some("2024-07-01"));
    s.blank(FACTS, "published = 2024-01-15");
    let out = s.check();
    out.assert_clean();
    let w = out.warnings();
    assert_eq!(
        (w.len(), w[0].code.as_str(), w[0].file.as_str(), w[0].line),
        (1, "W03", FACTS, 1)
    );
}
