//! Every rule, broken alone: tests/fixtures/rules/pass passes every rule with every condition
//! switched on; each test changes one fact and asserts the rule id, the article, the file and
//! the line of what `disclose check` reports, and that nothing else fails. Conditional rules
//! are also tested with their condition switched off.

mod common;

use common::SiteTest;
use common::check::{FACTS, NB, SV};

const BOTH_A: &str = "Art. 13(1)(a), 14(1)(a)";

#[test]
fn the_passing_fixture_passes_every_rule_without_a_warning() {
    let out = SiteTest::pass().check();
    out.assert_clean();
    assert!(out.diags.is_empty(), "{:#?}", out.diags);
}

// ---- R01 controller ------------------------------------------------------------------------

#[test]
fn r01_a_controller_without_any_contact_detail() {
    let s = SiteTest::pass();
    s.blank(FACTS, r#"email = "personvern@acme.example""#);
    s.blank(FACTS, r#"address = "Postboks 1 Sentrum, 0101 Oslo""#);
    let out = s.check();
    let d = out
        .assert_only("R01", Some(BOTH_A), FACTS, r#"id = "acme-no""#)
        .clone();
    assert!(
        d.message.contains("no `email`, `address` or `phone`"),
        "{}",
        d.message
    );
    assert_eq!(out.errors().len(), 1, "one finding for the controller");
}

#[test]
fn r01_one_contact_detail_is_enough_and_the_rest_is_best_practice() {
    let s = SiteTest::pass();
    s.blank(FACTS, r#"email = "personvern@acme.example""#);
    let out = s.check();
    out.assert_clean();
    let w = out.warnings();
    let controller = out.line_of(FACTS, r#"id = "acme-no""#);
    assert_eq!(
        (w.len(), w[0].code.as_str(), w[0].line),
        (1, "W05", controller)
    );
    assert!(w[0].message.contains("e-mail address"), "{}", w[0].message);
    assert!(
        w[0].message.contains("not required by Art. 13(1)(a)"),
        "the warning says it is best practice: {}",
        w[0].message
    );
}

#[test]
fn r01_a_controller_without_name() {
    let s = SiteTest::pass();
    s.blank(FACTS, r#"name = "Acme Norge AS""#);
    let d = s
        .check()
        .assert_only("R01", Some(BOTH_A), FACTS, r#"id = "acme-no""#)
        .clone();
    assert!(d.message.contains("no `name`"), "{}", d.message);
}

#[test]
fn r01_an_empty_name_is_a_load_error_at_its_place() {
    let s = SiteTest::pass();
    s.replace(FACTS, r#"name = "Acme Norge AS""#, r#"name = "  ""#);
    let out = s.check();
    assert_eq!(out.code, 2, "{:#?}", out.diags);
    let d = &out.errors()[0];
    assert_eq!(
        (d.code.as_str(), d.file.as_str(), d.line),
        ("load/bad-value", FACTS, 6)
    );
    assert!(d.message.contains("`name` is empty"), "{}", d.message);
}

#[test]
fn r01_a_context_without_controllers() {
    let s = SiteTest::pass();
    s.blank(FACTS, r#"controllers = ["acme-no"]"#);
    s.check()
        .assert_only("R01", Some("Art. 13(1)(a)"), FACTS, r#"id = "visitors""#);
}

/// The organisation number of `acme-no` (line 7) replaced, and its country.
fn org_number(country: &str, number: &str) -> SiteTest {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        "org_number = \"912 345 688\"\ncountry = \"NO\"",
        &format!("org_number = \"{number}\"\ncountry = \"{country}\""),
    );
    s
}

#[test]
fn r01_organisation_numbers_are_checked_with_their_check_digits() {
    for (country, number, name) in [
        ("NO", "912 345 678", "organisasjonsnummer"),
        ("SE", "556016-0681", "organisationsnummer"),
        ("DK", "10150818", "CVR-nummer"),
        ("FI", "0112038-8", "Y-tunnus"),
    ] {
        let s = org_number(country, number);
        let out = s.check();
        let d = out
            .assert_only("R01", Some(BOTH_A), FACTS, r#"org_number = ""#)
            .clone();
        assert_eq!(d.column, 14, "points at the number");
        assert!(
            d.message
                .contains(&format!("`{number}` is not a valid {name} ({country})")),
            "{}",
            d.message
        );
        assert!(d.message.contains("check"), "{}", d.message);
        let help = out.json["diagnostics"]
            .as_array()
            .and_then(|a| a.iter().find(|x| x["code"] == "R01"))
            .and_then(|x| x["help"].as_str())
            .unwrap_or_default()
            .to_string();
        assert!(help.contains("copy the number"), "{help}");
        assert!(
            !help.contains(number),
            "the hint proposes no number: {help}"
        );
    }
}

#[test]
fn r01_valid_organisation_numbers_of_each_country_pass() {
    for (country, number) in [
        ("NO", "921765436"),
        ("SE", "5560160680"),
        ("DK", "10 15 08 17"),
        ("FI", "0112038-9"),
        ("DE", "HRB 12345"),
    ] {
        let s = org_number(country, number);
        let out = s.check();
        assert!(
            out.errors().is_empty(),
            "{country} {number}: {:#?}",
            out.errors()
        );
    }
}

#[test]
fn r01_a_number_in_the_wrong_form_says_how_it_is_written() {
    let s = org_number("NO", "NO 912345688 MVA");
    let d = s
        .check()
        .assert_only("R01", Some(BOTH_A), FACTS, r#"org_number = ""#)
        .clone();
    assert!(d.message.contains("nine digits"), "{}", d.message);
}

// ---- R02 representative --------------------------------------------------------------------

#[test]
fn r02_a_controller_outside_the_eea_without_representative() {
    let s = SiteTest::pass();
    s.blank_lines(FACTS, 20, 25);
    let d = s
        .check()
        .assert_only("R02", Some(BOTH_A), FACTS, r#"country = "US""#)
        .clone();
    assert_eq!(d.column, 11, "points at the country");
}

#[test]
fn r02_a_representative_outside_the_eea() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        "country = \"NO\"\nemail = \"eu-rep",
        "country = \"US\" # the representative\nemail = \"eu-rep",
    );
    s.check()
        .assert_only("R02", Some(BOTH_A), FACTS, "# the representative");
}

#[test]
fn r02_a_controller_that_does_not_say_where_it_is() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        "org_number = \"912 345 688\"\ncountry = \"NO\"",
        "org_number = \"912 345 688\"",
    );
    let d = s
        .check()
        .assert_only("R02", Some(BOTH_A), FACTS, r#"id = "acme-no""#)
        .clone();
    assert!(d.message.contains("in which country"), "{}", d.message);
}

#[test]
fn r02_is_silent_for_controllers_in_the_eea() {
    let s = SiteTest::pass();
    s.blank_lines(FACTS, 20, 25);
    // A Swedish company, with a Swedish organisation number (R01 checks it).
    s.replace(
        FACTS,
        "org_number = \"EIN 12-3456789\"\ncountry = \"US\"\naddress = \"1 Main",
        "org_number = \"556016-0680\"\ncountry = \"SE\"\naddress = \"1 Main",
    );
    s.check().assert_clean();
}

// ---- R03 DPO ------------------------------------------------------------------------------

#[test]
fn r03_a_dpo_without_email() {
    let s = SiteTest::pass();
    s.blank(FACTS, r#"email = "dpo@acme.example""#);
    s.check()
        .assert_only("R03", Some("Art. 13(1)(b), 14(1)(b)"), FACTS, "[dpo]");
}

#[test]
fn r03_a_version_that_does_not_say_whether_a_dpo_is_designated() {
    let s = SiteTest::pass();
    s.blank_lines(FACTS, 27, 28);
    let d = s
        .check()
        .assert_only("R03", Some("Art. 13(1)(b), 14(1)(b)"), FACTS, "[version]")
        .clone();
    assert!(d.message.contains("does not say whether"), "{}", d.message);
}

#[test]
fn r03_is_silent_where_no_dpo_is_designated_and_it_says_so() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        "[dpo]\nemail = \"dpo@acme.example\"",
        "[dpo]\ndesignated = false",
    );
    s.check().assert_clean();
}

#[test]
fn r03_no_dpo_with_contact_details_is_a_contradiction() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        "[dpo]\nemail = \"dpo@acme.example\"",
        "[dpo]\ndesignated = false\nemail = \"dpo@acme.example\"",
    );
    let out = s.check();
    assert_eq!(out.code, 2);
    let d = &out.errors()[0];
    assert_eq!(
        (d.code.as_str(), d.line),
        ("load/bad-value", out.line_of(FACTS, "designated = false"))
    );
}

// ---- R04 purposes -------------------------------------------------------------------------

#[test]
fn r04_a_context_without_purposes() {
    let s = SiteTest::pass();
    s.blank_lines(FACTS, 101, 103);
    for f in [NB, SV] {
        s.blank_lines(f, 12, 12).blank_lines(f, 22, 22);
    }
    s.check()
        .assert_only("R04", Some("Art. 13(1)(c)"), FACTS, r#"id = "visitors""#);
}

// ---- R05 legal basis ----------------------------------------------------------------------

#[test]
fn r05_a_purpose_without_legal_basis() {
    let s = SiteTest::pass();
    s.blank(FACTS, r#"legal_basis = "art6-1-b""#);
    s.check().assert_only(
        "R05",
        Some("Art. 13(1)(c), 14(1)(c)"),
        FACTS,
        r#"id = "contract""#,
    );
}

#[test]
fn r05_an_art9_condition_alone_is_no_legal_basis() {
    let s = SiteTest::pass();
    s.replace(FACTS, r#"["art6-1-a", "art9-2-a"]"#, r#"["art9-2-a"]"#);
    let d = s
        .check()
        .assert_only(
            "R05",
            Some("Art. 13(1)(c), 14(1)(c)"),
            FACTS,
            r#"legal_basis = ["art9-2-a"]"#,
        )
        .clone();
    assert_eq!(d.column, 18);
}

// ---- R06 legitimate interests -------------------------------------------------------------

#[test]
fn r06_a_legitimate_interest_missing_in_one_language() {
    let s = SiteTest::pass();
    s.blank(
        NB,
        "newsletter = \"Vår interesse i å fortelle kunder om tilbud.\"",
    );
    let d = s
        .check()
        .assert_only(
            "R06",
            Some("Art. 13(1)(d), 14(2)(b)"),
            NB,
            "[legitimate_interests]",
        )
        .clone();
    assert_eq!(d.language.as_deref(), Some("nb"));
    assert!(d.notes[0].contains("facts.toml:73"), "{:?}", d.notes);
}

#[test]
fn r06_cites_art_13_for_direct_collection() {
    let s = SiteTest::pass();
    s.blank(
        SV,
        "visitor-registration = \"Vårt intresse av att veta vem som är i lokalerna.\"",
    );
    let d = s
        .check()
        .assert_only("R06", Some("Art. 13(1)(d)"), SV, "[legitimate_interests]")
        .clone();
    assert_eq!(d.language.as_deref(), Some("sv"));
}

#[test]
fn r06_is_silent_without_art6_1_f() {
    let s = SiteTest::pass();
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
    let s = SiteTest::pass();
    s.blank(
        FACTS,
        r#"categories = ["name", "contact", "dietary-needs", "criminal-offences"]"#,
    );
    s.replace(FACTS, r#"["art6-1-a", "art9-2-a"]"#, r#"["art6-1-a"]"#);
    let out = s.check();
    out.assert_only("R07", Some("Art. 14(1)(d)"), FACTS, r#"id = "customers""#);
    assert_eq!(
        out.warnings()[0].code,
        "C13",
        "the special category is now unused"
    );
}

#[test]
fn r07_is_silent_for_direct_collection_where_c12_asks_instead() {
    let s = SiteTest::pass();
    s.blank(FACTS, r#"categories = ["name", "visit-details"]"#);
    s.check()
        .assert_only("C12", None, FACTS, r#"id = "visitors""#);
}

// ---- R08 recipients -----------------------------------------------------------------------

#[test]
fn r08_a_context_that_does_not_say_who_receives_the_data() {
    let s = SiteTest::pass();
    s.blank(FACTS, "recipients = []");
    let out = s.check();
    let d = out
        .assert_only("R08", Some("Art. 13(1)(e)"), FACTS, r#"id = "visitors""#)
        .clone();
    assert!(
        d.message.contains("`recipients` is not given"),
        "{}",
        d.message
    );
    let help = out.json["diagnostics"][0]["help"]
        .as_str()
        .unwrap_or_default();
    assert!(help.contains("write `recipients = []`"), "{help}");
    assert!(help.contains("processors included"), "{help}");
}

#[test]
fn r08_none_declared_but_a_transfer() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        r#"recipients = ["printing-and-mail", "crm-vendor"]"#,
        "recipients = []",
    );
    s.replace(FACTS, r#", recipients = ["crm-vendor"] }"#, " }");
    let out = s.check();
    let d = out
        .assert_only(
            "R08",
            Some("Art. 13(1)(e), 14(1)(e)"),
            FACTS,
            r#"copy = "https://acme.example/scc" }"#,
        )
        .clone();
    assert_eq!(d.column, 3, "points at the transfer");
    assert!(
        d.message.contains("declares that no one receives"),
        "{}",
        d.message
    );
    assert!(d.notes[0].ends_with("facts.toml:53"), "{:?}", d.notes);
}

#[test]
fn r08_a_transfer_to_a_recipient_the_context_does_not_list() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        r#"recipients = ["printing-and-mail", "crm-vendor"]"#,
        r#"recipients = ["printing-and-mail"]"#,
    );
    let d = s
        .check()
        .assert_only(
            "R08",
            Some("Art. 13(1)(e), 14(1)(e)"),
            FACTS,
            r#"recipients = ["crm-vendor"] }"#,
        )
        .clone();
    assert_eq!(d.column, 95, "points at the recipient in the transfer");
}

/// The customers' transfer (lines 60–62) replaced by `transfers = []`, keeping the lines.
fn no_transfers(s: &SiteTest) {
    s.replace(
        FACTS,
        "transfers = [\n  { country = \"US\", mechanism = \"art46-2-c\", copy = \"https://acme.example/scc\", recipients = [\"crm-vendor\"] },\n]",
        "transfers = []\n\n",
    );
}

#[test]
fn r08_is_silent_without_transfers() {
    let s = SiteTest::pass();
    no_transfers(&s);
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
    let s = SiteTest::pass();
    s.replace(FACTS, r#"mechanism = "art46-2-c", "#, "");
    s.check().assert_only(
        "R09",
        Some("Art. 13(1)(f), 14(1)(f)"),
        FACTS,
        r#"recipients = ["crm-vendor"] }"#,
    );
}

#[test]
fn r09_a_context_that_does_not_say_whether_data_leave_the_eea() {
    let s = SiteTest::pass();
    s.blank_lines(FACTS, 60, 62);
    let out = s.check();
    let d = out
        .assert_only(
            "R09",
            Some("Art. 13(1)(f), 14(1)(f)"),
            FACTS,
            r#"id = "customers""#,
        )
        .clone();
    assert!(
        d.message.contains("`transfers` is not given"),
        "{}",
        d.message
    );
    assert!(
        d.notes[0].contains("`crm-vendor` is in US"),
        "says which recipient is abroad: {:?}",
        d.notes
    );
    let help = out.json["diagnostics"][0]["help"]
        .as_str()
        .unwrap_or_default();
    assert!(help.contains("write `transfers = []`"), "{help}");
    assert_eq!(out.errors().len(), 1, "reported once");
}

#[test]
fn r09_a_recipient_outside_the_eea_without_transfer() {
    let s = SiteTest::pass();
    no_transfers(&s);
    let d = s
        .check()
        .assert_only(
            "R09",
            Some("Art. 13(1)(f), 14(1)(f)"),
            FACTS,
            r#"recipients = ["printing-and-mail", "crm-vendor"]"#,
        )
        .clone();
    assert_eq!(d.column, 36, "points at the recipient");
}

#[test]
fn r09_is_silent_for_recipients_in_the_eea() {
    let s = SiteTest::pass();
    no_transfers(&s);
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
    let s = SiteTest::pass();
    s.replace(FACTS, r#"copy = "https://acme.example/scc", "#, "");
    let d = s
        .check()
        .assert_only(
            "R10",
            Some("Art. 13(1)(f), 14(1)(f)"),
            FACTS,
            r#"recipients = ["crm-vendor"] }"#,
        )
        .clone();
    assert_eq!(d.column, 33, "points at the mechanism");
}

#[test]
fn r10_is_silent_for_an_adequacy_decision() {
    let s = SiteTest::pass();
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
    let s = SiteTest::pass();
    s.blank_lines(FACTS, 96, 98);
    s.check()
        .assert_only("R11", Some("Art. 13(2)(a)"), FACTS, r#"id = "visitors""#);
}

#[test]
fn r11_a_period_without_what_it_runs_from() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        r#"{ period = "P30D", after = "visit" }"#,
        r#"{ period = "P30D" }"#,
    );
    s.check()
        .assert_only("R11", Some("Art. 13(2)(a)"), FACTS, "P30D");
}

#[test]
fn r11_a_purpose_no_retention_entry_covers() {
    let s = SiteTest::pass();
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
    out.assert_only(
        "R11",
        Some("Art. 13(2)(a), 14(2)(a)"),
        FACTS,
        r#"id = "newsletter""#,
    );
    assert_eq!(
        out.errors().len(),
        3,
        "newsletter, dietary, fraud-prevention"
    );
}

// ---- R12 rights ---------------------------------------------------------------------------

#[test]
fn r12_a_right_not_applicable_without_reason() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        r#"{ right = "portability", reason = "portability-customers" }"#,
        r#"{ right = "portability" }"#,
    );
    for f in [NB, SV] {
        s.blank_lines(f, 18, 18);
    }
    s.check()
        .assert_only("R12", Some("Art. 13(2)(b), 14(2)(c)"), FACTS, "{ right = ");
}

#[test]
fn r12_access_cannot_be_declared_not_applicable() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        r#"{ right = "portability","#,
        r#"{ right = "access","#,
    );
    s.check()
        .assert_only("R12", Some("Art. 13(2)(b), 14(2)(c)"), FACTS, "{ right = ");
}

#[test]
fn r12_portability_basis_contradicts_a_contract() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        r#"reason = "portability-customers""#,
        r#"reason = "portability-basis""#,
    );
    for f in [NB, SV] {
        s.blank_lines(f, 18, 18);
    }
    s.check()
        .assert_only("R12", Some("Art. 13(2)(b), 14(2)(c)"), FACTS, "{ right = ");
}

// ---- R12a objection -----------------------------------------------------------------------

#[test]
fn r12a_objection_declared_not_applicable_where_it_applies() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        r#"{ right = "portability","#,
        r#"{ right = "object","#,
    );
    s.check()
        .assert_only("R12a", Some("Art. 21(4)"), FACTS, "{ right = ");
}

#[test]
fn r12a_is_silent_without_public_task_legitimate_interests_or_marketing() {
    let s = SiteTest::pass();
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
    let s = SiteTest::pass();
    s.blank(FACTS, r#"withdraw = "https://acme.example/consent""#);
    s.check().assert_only(
        "R13",
        Some("Art. 13(2)(c), 14(2)(d)"),
        FACTS,
        r#"id = "dietary""#,
    );
}

#[test]
fn r13_is_silent_without_consent() {
    let s = SiteTest::pass();
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
    let s = SiteTest::pass();
    s.blank_lines(FACTS, 92, 92);
    s.check()
        .assert_only("R14", Some("Art. 13(2)(d)"), FACTS, r#"id = "visitors""#);
}

// ---- R15 requirement ----------------------------------------------------------------------

#[test]
fn r15_a_direct_context_without_requirement() {
    let s = SiteTest::pass();
    s.blank(FACTS, r#"requirement = "voluntary""#);
    s.check()
        .assert_only("R15", Some("Art. 13(2)(e)"), FACTS, r#"id = "visitors""#);
}

#[test]
fn r15_consequences_missing_in_one_language() {
    let s = SiteTest::pass();
    s.blank(
        SV,
        r#"customers = "Utan uppgifterna kan vi inte ingå avtalet.""#,
    );
    let d = s
        .check()
        .assert_only("R15", Some("Art. 13(2)(e)"), SV, "[consequences]")
        .clone();
    assert_eq!(d.language.as_deref(), Some("sv"));
}

#[test]
fn r15_is_silent_for_indirect_collection() {
    let s = SiteTest::pass();
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
    let s = SiteTest::pass();
    s.blank(FACTS, r#"sources = ["data-subject", "partner-banks"]"#);
    s.check()
        .assert_only("R16", Some("Art. 14(2)(f)"), FACTS, r#"id = "customers""#);
}

#[test]
fn r16_an_own_source_that_does_not_say_whether_it_is_public() {
    let s = SiteTest::pass();
    s.blank(FACTS, "public = false");
    s.check().assert_only(
        "R16",
        Some("Art. 14(2)(f)"),
        FACTS,
        r#"id = "partner-banks""#,
    );
}

#[test]
fn r16_is_silent_for_direct_collection() {
    let s = SiteTest::pass();
    s.replace(FACTS, r#"collection = "both""#, r#"collection = "direct""#);
    s.blank(FACTS, r#"sources = ["data-subject", "partner-banks"]"#);
    let out = s.check();
    out.assert_clean();
    assert_eq!(out.warnings()[0].code, "C13", "partner-banks is now unused");
}

// ---- R17 automated decisions --------------------------------------------------------------

#[test]
fn r17_a_context_without_automated_decisions() {
    let s = SiteTest::pass();
    s.blank(
        FACTS,
        "automated_decisions = { art22 = false, profiling = false }",
    );
    s.check()
        .assert_only("R17", Some("Art. 13(2)(f)"), FACTS, r#"id = "visitors""#);
}

#[test]
fn r17_automated_decisions_without_art22() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        "{ art22 = false, profiling = false }",
        "{ profiling = false }",
    );
    s.check().assert_only(
        "R17",
        Some("Art. 13(2)(f)"),
        FACTS,
        "automated_decisions = { profiling = false }",
    );
}

#[test]
fn r17_art22_decisions_without_their_significance_in_one_language() {
    let s = SiteTest::pass();
    s.blank(NB, r#"significance = "Den avgjør om du får kreditt.""#);
    let d = s
        .check()
        .assert_only(
            "R17",
            Some("Art. 13(2)(f), 14(2)(g)"),
            NB,
            "[automated_decisions.customers]",
        )
        .clone();
    assert!(d.message.contains("significance"), "{}", d.message);
}

#[test]
fn r17_needs_no_explanation_without_art22_decisions() {
    let s = SiteTest::pass();
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
fn with_new_further_processing(effective: Option<&str>) -> SiteTest {
    let s = SiteTest::pass();
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
    s.check()
        .assert_only("R18", Some("Art. 13(3)"), &file, "visit-statistics");
}

#[test]
fn r18_is_silent_when_the_version_takes_effect_later() {
    let s = with_new_further_processing(Some("2024-07-01"));
    s.check().assert_clean();
}

// ---- T: translations ----------------------------------------------------------------------

#[test]
fn t01_a_label_missing_in_one_language() {
    let s = SiteTest::pass();
    s.blank(NB, r#"crm-vendor = "Leverandør av kundesystem""#);
    let d = s.check().assert_only("T01", None, NB, "[labels]").clone();
    assert_eq!(d.language.as_deref(), Some("nb"));
    assert!(d.message.contains("crm-vendor"));
    assert!(d.notes[0].ends_with("facts.toml:39"), "{:?}", d.notes);
}

#[test]
fn t02_a_label_for_no_id() {
    let s = SiteTest::pass();
    s.replace(
        NB,
        "customers = \"Kundeforhold\"\n",
        "customers = \"Kundeforhold\"\nshopping = \"Handel\"\n",
    );
    s.check()
        .assert_only("T02", None, NB, r#"shopping = "Handel""#);
}

#[test]
fn t03_consequences_for_no_direct_context() {
    let s = SiteTest::pass();
    s.replace(SV, "[consequences]\n", "[consequences]\nvistors = \"…\"\n");
    s.check().assert_only("T03", None, SV, r#"vistors = "…""#);
}

#[test]
fn t04_a_language_file_without_slug() {
    let s = SiteTest::pass();
    s.blank(NB, r#"slug = "personvern""#);
    s.check().assert_only("T04", None, NB, "+++");
}

#[test]
fn t05_a_section_missing_in_one_language() {
    let s = SiteTest::pass();
    s.replace(SV, "## Dina rättigheter {#rights}", "Dina rättigheter");
    let d = s
        .check()
        .assert_only(
            "T05",
            None,
            SV,
            "## Varför behandlar vi uppgifterna? {#purposes}",
        )
        .clone();
    assert!(d.message.contains("{#rights}"), "{}", d.message);
    assert!(d.notes[0].ends_with("nb.md:40"), "{:?}", d.notes);
}

#[test]
fn t06_a_change_summary_in_one_language_only() {
    let s = SiteTest::pass();
    s.replace(
        NB,
        "[consequences]",
        "[changes]\nsummary = \"Ny\"\n\n[consequences]",
    );
    s.check().assert_only("T06", None, SV, "+++");
}

// ---- C: consistency -----------------------------------------------------------------------

#[test]
fn c01_a_context_without_collection() {
    let s = SiteTest::pass();
    s.blank(FACTS, r#"collection = "direct""#);
    for f in [NB, SV] {
        s.blank_lines(f, 26, 26);
    }
    s.check()
        .assert_only("C01", None, FACTS, r#"id = "visitors""#);
}

#[test]
fn c02_a_special_category_without_an_art9_condition() {
    let s = SiteTest::pass();
    s.replace(FACTS, r#"["art6-1-a", "art9-2-a"]"#, r#"["art6-1-a"]"#);
    let d = s
        .check()
        .assert_only(
            "C02",
            Some("Art. 9(2)"),
            FACTS,
            r#"categories = ["name", "contact", "dietary-needs", "criminal-offences"]"#,
        )
        .clone();
    assert_eq!(d.column, 34);
}

#[test]
fn c03_an_art9_condition_without_a_special_category() {
    let s = SiteTest::pass();
    s.replace(FACTS, r#""contact", "dietary-needs", "#, r#""contact", "#);
    s.check().assert_only(
        "C03",
        Some("Art. 9(1)"),
        FACTS,
        r#"legal_basis = ["art6-1-a", "art9-2-a"]"#,
    );
}

#[test]
fn c04_criminal_offence_data_without_a_law() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        r#"legal_basis = "art6-1-c""#,
        r#"legal_basis = "art6-1-b""#,
    );
    s.blank(FACTS, r#"law = "fraud-act""#);
    s.check().assert_only(
        "C04",
        Some("Art. 10"),
        FACTS,
        r#"categories = ["name", "contact", "dietary-needs", "criminal-offences"]"#,
    );
}

#[test]
fn c05_a_public_task_without_the_law() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        r#"legal_basis = "art6-1-b""#,
        r#"legal_basis = "art6-1-e""#,
    );
    s.check()
        .assert_only("C05", Some("Art. 6(3), 9(2)"), FACTS, r#"id = "contract""#);
}

#[test]
fn c06_withdraw_without_consent() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        "legal_basis = \"art6-1-b\"\n",
        "legal_basis = \"art6-1-b\"\n  withdraw = \"https://acme.example/consent\"\n",
    );
    // The first `withdraw` is the one added to `contract`.
    s.check().assert_only(
        "C06",
        None,
        FACTS,
        r#"withdraw = "https://acme.example/consent""#,
    );
}

/// Add a waiver to `visitors` (on the line after its `automated_decisions`).
fn waiver(s: &SiteTest, waiver: &str) {
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
    let s = SiteTest::pass();
    waiver(
        &s,
        r#"{ rule = "T01", ground = "art13-4", reason = "visitor-waiver" }"#,
    );
    s.label("visitor-waiver");
    s.check().assert_only("C07", None, FACTS, "waivers = [");
}

#[test]
fn c08_a_waiver_on_the_wrong_ground() {
    let s = SiteTest::pass();
    waiver(
        &s,
        r#"{ rule = "R15", ground = "art14-5-b", reason = "visitor-waiver" }"#,
    );
    s.label("visitor-waiver");
    s.check()
        .assert_only("C08", Some("Art. 13(4), 14(5)"), FACTS, "waivers = [");
}

#[test]
fn c09_a_waiver_without_reason() {
    let s = SiteTest::pass();
    waiver(&s, r#"{ rule = "R15", ground = "art13-4" }"#);
    s.check().assert_only("C09", None, FACTS, "waivers = [");
}

#[test]
fn c10_a_waiver_of_a_rule_that_does_not_apply() {
    let s = SiteTest::pass();
    waiver(
        &s,
        r#"{ rule = "R10", ground = "art13-4", reason = "visitor-waiver" }"#,
    );
    s.label("visitor-waiver");
    s.check().assert_only("C10", None, FACTS, "waivers = [");
}

#[test]
fn a_valid_waiver_silences_its_rule_for_its_context_only() {
    let s = SiteTest::pass();
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
        .assert_only("R15", Some("Art. 13(2)(e)"), FACTS, r#"id = "customers""#);
}

#[test]
fn an_invalid_waiver_silences_nothing() {
    let s = SiteTest::pass();
    waiver(&s, r#"{ rule = "R15", ground = "art13-4" }"#);
    s.blank(FACTS, r#"requirement = "voluntary""#);
    let codes: Vec<String> = s.check().errors().iter().map(|d| d.code.clone()).collect();
    assert_eq!(codes, ["R15", "C09"]);
}

#[test]
fn c11_a_transfer_inside_the_eea() {
    let s = SiteTest::pass();
    s.replace(FACTS, r#"{ country = "US""#, r#"{ country = "SE""#);
    s.replace(
        FACTS,
        "kind = \"it-service-providers\"\ncountry = \"US\"",
        "kind = \"it-service-providers\"\ncountry = \"SE\"",
    );
    s.check()
        .assert_only("C11", None, FACTS, r#"recipients = ["crm-vendor"] }"#);
}

#[test]
fn c13_an_unused_declaration_warns_and_fails_only_when_warnings_are_denied() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        r#"sources = ["data-subject", "partner-banks"]"#,
        r#"sources = ["data-subject"]"#,
    );
    let out = s.check();
    out.assert_clean();
    let w = out.warnings();
    let source = out.line_of(FACTS, r#"id = "partner-banks""#);
    assert_eq!((w.len(), w[0].code.as_str(), w[0].line), (1, "C13", source));
    assert_eq!(s.check_with(&["--deny-warnings"]).code, 1);
}

#[test]
fn c14_a_cookie_without_lifetime() {
    let s = SiteTest::pass();
    let facts = s.read(FACTS)
        + "\n  [[contexts.cookies]]\n  id = \"session\"\n  name = \"sid\"\n  category = \"necessary\"\n  party = \"first\"\n";
    s.write(FACTS, &facts);
    s.label("session");
    s.check()
        .assert_only("C14", None, FACTS, r#"id = "session""#);
}

// ---- W: best practice ---------------------------------------------------------------------

#[test]
fn w01_check_this_notice_regularly_warns() {
    let s = SiteTest::pass();
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
        (1, "W01", out.line_of(NB, "Vi anbefaler at du leser"), 31)
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
fn w06_a_section_heading_numbered_by_hand() {
    let s = SiteTest::pass();
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
        (1, "W06", NB, out.line_of(NB, "## 2. Hvorfor")),
        "{w:#?}"
    );
    assert_eq!(w[0].language.as_deref(), Some("nb"));
    assert!(
        w[0].notes.iter().any(|n| n.contains("1 more heading")),
        "{:?}",
        w[0].notes
    );
    // A number that is part of the words is not one.
    let s = SiteTest::pass();
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

// ---- each problem once, where it is; hints that invent nothing ----------------------------

/// The `help` of the first diagnostic with this code.
fn help_of(out: &common::check::Outcome, code: &str) -> String {
    out.json["diagnostics"]
        .as_array()
        .and_then(|a| a.iter().find(|d| d["code"] == code))
        .and_then(|d| d["help"].as_str())
        .unwrap_or_default()
        .to_string()
}

#[test]
fn r15_neither_requirement_nor_consequences_is_one_finding_at_the_context() {
    let s = SiteTest::pass();
    s.blank(FACTS, r#"requirement = "voluntary""#);
    s.blank(
        NB,
        r#"visitors = "Uten registrering slipper vi deg ikke inn forbi resepsjonen.""#,
    );
    s.blank(
        SV,
        r#"visitors = "Utan registrering släpper vi inte in dig förbi receptionen.""#,
    );
    let out = s.check();
    let d = out
        .assert_only("R15", Some("Art. 13(2)(e)"), FACTS, r#"id = "visitors""#)
        .clone();
    assert_eq!(out.errors().len(), 1, "once: {:#?}", out.errors());
    assert!(
        d.message
            .contains("nor (in nb.md, sv.md) what happens if they do not"),
        "{}",
        d.message
    );
    let help = help_of(&out, "R15");
    assert!(help.contains("under [consequences]: visitors ="), "{help}");
}

#[test]
fn r05_lists_the_legal_bases_and_proposes_none() {
    let s = SiteTest::pass();
    s.blank(FACTS, r#"legal_basis = "art6-1-b""#);
    let out = s.check();
    out.assert_only(
        "R05",
        Some("Art. 13(1)(c), 14(1)(c)"),
        FACTS,
        r#"id = "contract""#,
    );
    let help = help_of(&out, "R05");
    assert!(help.contains(r#"legal_basis = "<code>""#), "{help}");
    for meaning in [
        "art6-1-a (the person's consent)",
        "art6-1-b (a contract with the person",
        "art6-1-f (legitimate interests",
    ] {
        assert!(help.contains(meaning), "{help}");
    }
    assert!(!help.contains("e.g."), "{help}");
}

#[test]
fn r17_asks_for_a_declaration_and_proposes_no_answer() {
    let s = SiteTest::pass();
    s.blank(
        FACTS,
        "automated_decisions = { art22 = false, profiling = false }",
    );
    let out = s.check();
    out.assert_only("R17", Some("Art. 13(2)(f)"), FACTS, r#"id = "visitors""#);
    let help = help_of(&out, "R17");
    assert!(help.contains("art22 = <true or false>"), "{help}");
    assert!(
        help.contains("Art. 22(1)") && help.contains("Art. 4(4)"),
        "{help}"
    );
    assert!(!help.contains("art22 = false"), "{help}");
}

#[test]
fn r14_offers_the_authority_of_the_controllers_country() {
    let s = SiteTest::pass();
    s.blank_lines(FACTS, 92, 92);
    let out = s.check();
    out.assert_only("R14", Some("Art. 13(2)(d)"), FACTS, r#"id = "visitors""#);
    let help = help_of(&out, "R14");
    assert!(
        help.contains(r#"authorities = ["NO"]"#) && help.contains("`acme-no` is established in NO"),
        "{help}"
    );
}

#[test]
fn r14_without_a_nordic_controller_names_the_sites_languages_not_one_country() {
    let s = SiteTest::pass();
    s.blank_lines(FACTS, 92, 92);
    s.replace(
        FACTS,
        "controllers = [\"acme-no\"]\ncategories = [\"name\", \"visit",
        "controllers = [\"acme-us\"]\ncategories = [\"name\", \"visit",
    );
    let out = s.check();
    let help = help_of(&out, "R14");
    assert!(help.contains(r#"authorities = ["<code>", …]"#), "{help}");
    assert!(help.contains("(nb, sv) are NO, SE"), "{help}");
}

/// The example site (four languages) without its lock, so that a published version may be
/// edited without C15.
fn example_unlocked() -> SiteTest {
    let s = SiteTest::example();
    std::fs::remove_file(s.root.join("content/disclose.lock")).expect("remove the lock");
    s
}

/// [`example_unlocked`] with one heading's id replaced in one language file.
fn example_with(file: &str, from: &str, to: &str) -> common::check::Outcome {
    let s = example_unlocked();
    s.replace(file, from, to);
    s.check()
}

#[test]
fn t05_a_mistyped_section_id_is_reported_once_in_the_odd_file() {
    let da = "content/notices/website-visitors/1.0/da.md";
    let text = std::fs::read_to_string(common::repo_root().join(da)).expect("da");
    let heading = text
        .lines()
        .find(|l| l.ends_with("{#complaint}"))
        .expect("a complaint section")
        .to_string();
    let out = example_with(
        da,
        &heading,
        &heading.replace("{#complaint}", "{#complaints}"),
    );
    let errors = out.errors();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    let d = errors[0];
    assert_eq!((d.code.as_str(), d.file.as_str()), ("T05", da));
    assert_eq!(d.line as usize, common::line_of(&text, &heading));
    assert!(
        d.message.contains("`{#complaints}`")
            && d.message
                .contains("nb.md, sv.md and fi.md have `{#complaint}`"),
        "{}",
        d.message
    );
    assert_eq!(
        help_of(&out, "T05"),
        "write `{#complaint}` at the end of this heading, as in nb.md, sv.md and fi.md"
    );
}

#[test]
fn t05_a_tie_goes_to_the_standard_section_id() {
    let s = SiteTest::pass();
    s.replace(
        SV,
        "## Dina rättigheter {#rights}",
        "## Dina rättigheter {#right}",
    );
    let out = s.check();
    let d = out.assert_only("T05", None, SV, "{#right}").clone();
    assert_eq!(out.errors().len(), 1, "{:#?}", out.errors());
    assert!(d.message.contains("nb.md has `{#rights}`"), "{}", d.message);
}

#[test]
fn t05_a_section_in_one_language_only_is_reported_there_once() {
    let fi = "content/notices/website-visitors/1.0/fi.md";
    let s = example_unlocked();
    let text = s.read(fi) + "\n## Tiedoksi {#note-in-finnish}\n\nSuojaamme tiedot.\n";
    s.write(fi, &text);
    let out = s.check();
    let errors = out.errors();
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        (errors[0].code.as_str(), errors[0].file.as_str()),
        ("T05", fi)
    );
    assert!(
        errors[0]
            .message
            .contains("only in fi.md: nb.md, sv.md and da.md have no such section"),
        "{}",
        errors[0].message
    );
}

// ---- C18 laws that no longer apply --------------------------------------------------------

/// The fixture's law `fraud-act` (line 30) with `extra` lines after its url.
fn law_with(extra: &str) -> SiteTest {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        "url = \"https://lovdata.no/lov/2018-06-01-23\"\n",
        &format!("url = \"https://lovdata.no/lov/2018-06-01-23\"\n{extra}"),
    );
    s
}

#[test]
fn c18_a_purpose_relying_on_a_repealed_act_names_its_successor() {
    let s = law_with("act = \"se-personuppgiftslagen\"\n");
    let out = s.check();
    let d = out
        .assert_only(
            "C18",
            Some("Art. 6(3), 13(1)(c), 14(1)(c)"),
            FACTS,
            r#"law = "fraud-act""#,
        )
        .clone();
    assert!(
        d.message.contains("personuppgiftslagen (1998:204), which no longer applies: it was replaced on 2018-05-25 by lag (2018:218)"),
        "{}",
        d.message
    );
    assert!(d.notes[0].ends_with("facts.toml:31"), "{:?}", d.notes);
    assert!(help_of(&out, "C18").contains("`act = \"se-dataskyddslagen\"`"));
}

#[test]
fn c18_a_repealed_act_is_recognised_by_its_address() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        "https://lovdata.no/lov/2018-06-01-23",
        "https://lovdata.no/dokument/NL/lov/2000-04-14-31",
    );
    let d = s
        .check()
        .assert_only(
            "C18",
            Some("Art. 6(3), 13(1)(c), 14(1)(c)"),
            FACTS,
            r#"law = "fraud-act""#,
        )
        .clone();
    assert!(
        d.message.contains("lov 15. juni 2018 nr. 38"),
        "{}",
        d.message
    );
}

#[test]
fn c18_a_law_the_site_marks_repealed() {
    let s = law_with(
        "repealed = true\nreplaced_by = \"new-fraud-act\"\n\n[[laws]]\nid = \"new-fraud-act\"\n",
    );
    s.label("new-fraud-act");
    let out = s.check();
    let d = out
        .assert_only(
            "C18",
            Some("Art. 6(3), 13(1)(c), 14(1)(c)"),
            FACTS,
            r#"law = "fraud-act""#,
        )
        .clone();
    assert!(
        d.message
            .contains("marks as repealed and replaced by `new-fraud-act`"),
        "{}",
        d.message
    );
    assert!(help_of(&out, "C18").contains("write `law = \"new-fraud-act\"`"));
}

#[test]
fn c18_is_silent_for_the_acts_in_force() {
    for act in [
        "no-personopplysningsloven",
        "se-dataskyddslagen",
        "dk-databeskyttelsesloven",
        "fi-tietosuojalaki",
    ] {
        let s = law_with(&format!("act = \"{act}\"\n"));
        s.check().assert_clean();
    }
}

#[test]
fn c18_an_unknown_act_lists_the_acts() {
    let s = law_with("act = \"se-pul\"\n");
    let out = s.check();
    assert_eq!(out.code, 2);
    let help = help_of(&out, "load/unknown-code");
    assert!(
        help.contains("`se-personuppgiftslagen` (personuppgiftslagen (PUL))"),
        "{help}"
    );
}

#[test]
fn c18_what_replaced_a_law_needs_the_law_repealed() {
    let s = law_with("replaced_by = \"fraud-act\"\n");
    let out = s.check();
    assert_eq!(out.code, 2);
    assert!(
        out.errors().iter().any(|d| d.code == "load/bad-value"
            && d.line == out.line_of(FACTS, "replaced_by = \"fraud-act\"")),
        "{:#?}",
        out.errors()
    );
}

// ---- retention bounds, shared ids ---------------------------------------------------------

#[test]
fn r11_a_lower_bound_alone_does_not_say_how_long() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        r#"{ period = "P30D", after = "visit" }"#,
        r#"{ period = "P30D", bound = "at-least", after = "visit" }"#,
    );
    let out = s.check();
    let d = out
        .assert_only("R11", Some("Art. 13(2)(a)"), FACTS, "P30D")
        .clone();
    assert!(
        d.message.contains("does not say for how long at most"),
        "{}",
        d.message
    );
    assert!(help_of(&out, "R11").contains("`bound = \"at-most\"`"));
}

#[test]
fn r11_an_upper_bound_is_a_storage_period() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        r#"{ period = "P30D", after = "visit" }"#,
        r#"{ period = "P30D", bound = "at-most", after = "visit", law = "fraud-act" }"#,
    );
    s.check().assert_clean();
}

#[test]
fn a_bound_without_a_period_is_a_load_error() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        r#"{ criteria = "claims-retention" }"#,
        r#"{ criteria = "claims-retention", bound = "at-most" }"#,
    );
    let out = s.check();
    assert_eq!(out.code, 2);
    assert!(
        out.errors()
            .iter()
            .any(|d| d.code == "load/bad-value"
                && d.line == out.line_of(FACTS, "bound = \"at-most\"")),
        "{:#?}",
        out.errors()
    );
}

#[test]
fn retention_criteria_are_reused_across_contexts_with_one_label() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        r#"{ period = "P30D", after = "visit" }"#,
        r#"{ period = "P30D", after = "visit" },
  { criteria = "claims-retention" }"#,
    );
    s.check().assert_clean();
}

#[test]
fn a_shared_id_used_for_something_else_is_still_a_duplicate() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        r#"{ period = "P30D", after = "visit" }"#,
        r#"{ criteria = "contract" }"#,
    );
    let out = s.check();
    assert_eq!(out.code, 2);
    assert!(
        out.errors().iter().any(|d| d.code == "load/duplicate-id"
            && d.line == out.line_of(FACTS, r#"{ criteria = "contract" }"#)),
        "{:#?}",
        out.errors()
    );
}

// ---- facts for the whole notice -----------------------------------------------------------

#[test]
fn contexts_inherit_what_all_contexts_states_once() {
    let s = SiteTest::pass();
    s.blank_lines(FACTS, 92, 92); // visitors' authorities
    s.replace(
        FACTS,
        "authorities = [\"NO\"]\nrequirement = \"contractual\"",
        "requirement = \"contractual\"",
    );
    s.blank(FACTS, "recipients = []");
    s.blank(FACTS, "transfers = []");
    let facts = s.read(FACTS)
        + "\n[all_contexts]\nauthorities = [\"NO\"]\nrecipients = []\ntransfers = []\n";
    s.write(FACTS, &facts);
    s.check().assert_clean();
}

#[test]
fn a_contexts_own_key_overrides_all_contexts() {
    let s = SiteTest::pass();
    let facts = s.read(FACTS) + "\n[all_contexts]\nrecipients = [\"printing-and-mail\"]\n";
    s.write(FACTS, &facts);
    // `customers` keeps its own list (which names crm-vendor for its transfer); `visitors` its `[]`.
    s.check().assert_clean();
}

#[test]
fn an_inherited_value_is_reported_where_it_is_written() {
    let s = SiteTest::pass();
    s.blank(FACTS, "transfers = []");
    let facts = s.read(FACTS)
        + "\n[all_contexts]\ntransfers = [\n  { country = \"IN\", mechanism = \"art46-2-c\" },\n]\n";
    s.write(FACTS, &facts);
    let out = s.check();
    let line = common::line_of(&s.read(FACTS), "country = \"IN\"") as u64;
    // visitors declares `recipients = []` and inherits a transfer: R08, at the inherited line;
    // and the transfer has no copy of its safeguards: R10, once for visitors.
    let places = out.places();
    assert!(
        places.contains(&("R08".into(), FACTS.into(), line)),
        "{places:?}"
    );
    assert!(
        places.contains(&("R10".into(), FACTS.into(), line)),
        "{places:?}"
    );
}

#[test]
fn a_problem_in_all_contexts_is_reported_once() {
    let s = SiteTest::pass();
    let facts = s.read(FACTS) + "\n[all_contexts]\nauthorities = [\"NOR\"]\n";
    s.write(FACTS, &facts);
    let out = s.check();
    assert_eq!(out.code, 2);
    let unknown: Vec<_> = out
        .errors()
        .into_iter()
        .filter(|d| d.code == "load/unknown-code")
        .collect();
    assert_eq!(unknown.len(), 1, "{unknown:#?}");
}

#[test]
fn an_indirect_context_inherits_no_requirement() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        r#"collection = "both""#,
        r#"collection = "indirect""#,
    );
    s.blank(FACTS, r#"requirement = "contractual""#);
    for f in [NB, SV] {
        s.blank_lines(f, 25, 25);
    }
    let facts = s.read(FACTS) + "\n[all_contexts]\nrequirement = \"voluntary\"\n";
    s.write(FACTS, &facts);
    let out = s.check();
    out.assert_clean();
    let out_dir = s.root.join("data");
    let data = s.run(&[
        "build",
        "--data-only",
        "--out",
        out_dir.to_str().expect("path"),
    ]);
    assert!(
        data.status.success(),
        "{}",
        String::from_utf8_lossy(&data.stderr)
    );
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(s.root.join("data/api/shop/1.0.json")).expect("data"),
    )
    .expect("json");
    assert!(
        json["contexts"][0]["requirement"].is_null(),
        "customers is indirect"
    );
    assert_eq!(json["contexts"][1]["requirement"]["code"], "voluntary");
}

// ---- processing on behalf of another controller -------------------------------------------

/// The fixture with a context processed on behalf of clients, labelled in both languages.
fn with_processor_service(extra: &str) -> SiteTest {
    let s = SiteTest::pass();
    let facts = s.read(FACTS).replace(
        "[[contexts]]\nid = \"visitors\"",
        &format!(
            "[[contexts]]\nid = \"invoicing\"\nrole = \"processor\"\n{extra}processors = [\"acme-no\"]\ncategories = [\"name\", \"financial\"]\n\n[[contexts]]\nid = \"visitors\""
        ),
    );
    s.write(FACTS, &facts);
    s.label("invoicing");
    s
}

#[test]
fn a_processor_context_is_not_held_to_the_controller_rules() {
    let s = with_processor_service("on_behalf_of = \"our-clients\"\n");
    s.label("our-clients");
    s.check().assert_clean();
}

#[test]
fn a_processor_context_says_whose_processing_it_is() {
    let s = with_processor_service("");
    let out = s.check();
    let d = out
        .assert_only("R01", Some(BOTH_A), FACTS, r#"role = "processor""#)
        .clone();
    assert!(d.message.contains("does not say whose"), "{}", d.message);
    assert!(help_of(&out, "R01").contains("on_behalf_of = \"<label id>\""));
}

#[test]
fn a_processor_context_does_not_state_the_controllers_processing() {
    let s = with_processor_service("on_behalf_of = \"our-clients\"\nrecipients = []\n");
    s.label("our-clients");
    let out = s.check();
    assert_eq!(out.code, 2);
    let line = common::line_of(&s.read(FACTS), "recipients = []") as u64;
    let d = out
        .errors()
        .into_iter()
        .find(|d| d.code == "load/bad-value")
        .expect("error")
        .clone();
    assert_eq!(d.line, line);
    assert!(
        d.message.contains("does not state its `recipients`"),
        "{}",
        d.message
    );
}
