//! The data contract as a program that knows nothing of disclose reads it: api/index.json, the
//! language-neutral api/<notice>/<version>.json, and the schema they follow.

mod common;

use common::{SiteTest, sel};
use serde_json::Value;

fn read_json(t: &SiteTest, rel: &str) -> Value {
    serde_json::from_str(&t.read(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The output path of an address under the example's base URL.
fn local(url: &str) -> String {
    let path = url
        .strip_prefix("https://personvern.nordlys.example/")
        .unwrap_or_else(|| panic!("{url} is not under the base URL"));
    format!("public/{path}")
}

fn validator(t: &SiteTest) -> jsonschema::Validator {
    let schema = read_json(t, "public/schema/notice.schema.json");
    assert_eq!(
        schema["$id"],
        "https://personvern.nordlys.example/schema/notice.schema.json"
    );
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the published schema is a valid JSON Schema")
}

#[test]
fn every_data_file_validates_against_the_published_schema() {
    let t = SiteTest::example();
    t.build_ok();
    let v = validator(&t);
    let index = read_json(&t, "public/api/index.json");
    let mut checked = 0;
    for n in index["notices"].as_array().expect("notices") {
        for version in n["versions"].as_array().expect("versions") {
            let url = version["data"].as_str().expect("data URL");
            let data = read_json(&t, &local(url));
            let errors: Vec<String> = v
                .iter_errors(&data)
                .map(|e| format!("{e} at {}", e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{url}:\n{}", errors.join("\n"));
            assert_eq!(data["schema_version"], "1.2");
            assert_eq!(data["$schema"], index["schema"]);
            checked += 1;
        }
    }
    assert_eq!(checked, 4, "every published version has its data");
    // Every page's own notice.json follows the same schema, in its one language.
    let pages: Vec<String> = walkdir::WalkDir::new(t.path("public"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name() == "notice.json")
        .map(|e| e.path().to_string_lossy().into_owned())
        .collect();
    assert_eq!(pages.len(), 4 * (2 + 3 + 2));
    for page in &pages {
        let data: Value =
            serde_json::from_str(&std::fs::read_to_string(page).expect("read")).expect("json");
        let errors: Vec<String> = v
            .iter_errors(&data)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{page}:\n{}", errors.join("\n"));
        let lang = data["lang"]
            .as_str()
            .expect("a page's data has its language");
        assert!(page.contains(&format!("/public/{lang}/")), "{page}");
    }
    // The schema rejects what a program must not meet: an unknown legal basis.
    let mut bad = read_json(&t, "public/api/business-contacts/2.1.json");
    bad["contexts"][0]["purposes"][0]["legal_bases"][0]["code"] = "art6-1-z".into();
    assert!(!v.is_valid(&bad));
}

#[test]
fn a_program_finds_the_current_swedish_notice_and_reads_its_facts() {
    let t = SiteTest::example();
    t.build_ok();
    let index = read_json(&t, "public/api/index.json");
    let notice = index["notices"]
        .as_array()
        .expect("notices")
        .iter()
        .find(|n| n["id"] == "business-contacts")
        .expect("business-contacts");
    let current = notice["versions"]
        .as_array()
        .expect("versions")
        .iter()
        .find(|v| v["in_force_until"].is_null())
        .expect("the version in force");
    assert_eq!(current["number"], "2.1");
    let data = read_json(&t, &local(current["data"].as_str().expect("data")));
    assert_eq!(data["version"]["status"], "current");
    assert_eq!(data["version"]["supersedes"], "2.0");
    assert_eq!(data["version"]["material_changes"], true);
    assert_eq!(data["version"]["sha256"], current["sha256"]);

    let controllers: Vec<&str> = data["controllers"]
        .as_array()
        .expect("controllers")
        .iter()
        .filter_map(|c| c["org_number"].as_str())
        .collect();
    assert_eq!(
        controllers,
        ["559017-3422", "559017-3430", "559017-3448", "559017-3455"]
    );
    let relation = &data["contexts"][0];
    assert_eq!(relation["id"], "business-relation");
    assert_eq!(relation["collection"]["code"], "both");
    assert_eq!(relation["notice_kinds"].as_array().expect("kinds").len(), 2);
    let aml = relation["purposes"]
        .as_array()
        .expect("purposes")
        .iter()
        .find(|p| p["id"] == "anti-money-laundering")
        .expect("AML purpose");
    assert_eq!(aml["legal_bases"][0]["code"], "art6-1-c");
    assert_eq!(
        aml["legal_bases"][0]["dpv"],
        "https://w3id.org/dpv/legal/eu/gdpr#A6-1-c"
    );
    assert_eq!(
        aml["legal_bases"][0]["labels"]["sv"],
        "Rättslig förpliktelse"
    );
    assert_eq!(aml["law"]["url"], "https://lagen.nu/2017:630");
    let periods: Vec<&str> = relation["retention"]
        .as_array()
        .expect("retention")
        .iter()
        .filter_map(|r| r["period"].as_str())
        .collect();
    assert_eq!(periods, ["P24M", "P5Y"]);
    assert_eq!(
        relation["retention"][1]["purpose"], "anti-money-laundering",
        "a period for one purpose says which"
    );
    assert_eq!(relation["transfers"][0]["country"]["code"], "US");
    assert_eq!(relation["transfers"][0]["outside_eea"], true);
    assert_eq!(
        relation["transfers"][0]["mechanism"]["dpv"],
        "https://w3id.org/dpv/legal/eu/gdpr#A46-2-c"
    );
    // Prose is there per section, as Markdown and as HTML, never mixed into the facts.
    let sv = data["prose"]["sv"].as_array().expect("Swedish prose");
    let retention = sv
        .iter()
        .find(|s| s["id"] == "retention")
        .expect("retention section");
    assert!(
        retention["markdown"]
            .as_str()
            .expect("md")
            .contains("24 månader")
    );
    assert!(retention["html"].as_str().expect("html").starts_with("<p>"));
}

#[test]
fn the_data_and_the_page_state_the_same_facts() {
    let t = SiteTest::example();
    t.build_ok();
    let data = read_json(&t, "public/api/business-contacts/2.1.json");
    for (lang, page) in data["urls"].as_object().expect("urls") {
        let path = local(page.as_str().expect("url"));
        let doc = t.html(&format!("{}index.html", path.trim_start_matches("public/")));
        let text: String = doc.select(&sel("main")).flat_map(|m| m.text()).collect();
        for c in data["controllers"].as_array().expect("controllers") {
            let org = c["org_number"].as_str().expect("org number");
            assert!(text.contains(org), "{lang}: {org}");
        }
        for ctx in data["contexts"].as_array().expect("contexts") {
            for p in ctx["purposes"].as_array().expect("purposes") {
                for b in p["legal_bases"].as_array().expect("bases") {
                    let words = b["labels"][lang].as_str().expect("basis words");
                    assert!(text.contains(words), "{lang}: legal basis {words}");
                }
            }
            for a in ctx["authorities"].as_array().expect("authorities") {
                let words = a["labels"][lang].as_str().expect("authority words");
                assert!(text.contains(words), "{lang}: authority {words}");
            }
            for r in ctx["retention"].as_array().expect("retention") {
                if let Some(period) = r["period"].as_str() {
                    let number: String = period.chars().filter(|c| c.is_ascii_digit()).collect();
                    let after = r["after"]["labels"][lang].as_str().expect("trigger words");
                    assert!(
                        text.contains(&format!("{number} ")) && text.contains(after),
                        "{lang}: retention {period} {after}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_contract_of_one_version_is_reviewed_as_a_snapshot() {
    // A change to the data contract shows up here in review (cargo insta review).
    let t = SiteTest::example();
    t.build_ok();
    let data = read_json(&t, "public/api/website-visitors/1.0.json");
    insta::assert_snapshot!(
        "website-visitors-1.0",
        serde_json::to_string_pretty(&data).expect("json")
    );
    let page = read_json(&t, "public/sv/integritetspolicy-webbplats/1.0/notice.json");
    insta::assert_snapshot!(
        "sv-website-visitors-1.0-notice-json",
        serde_json::to_string_pretty(&page).expect("json")
    );
    let schema = read_json(&t, "public/schema/notice.schema.json");
    insta::assert_snapshot!(
        "notice-schema",
        serde_json::to_string_pretty(&schema).expect("json")
    );
}

#[test]
fn a_data_only_build_writes_the_data_and_no_pages() {
    let t = SiteTest::example();
    let out = t.run(&["build", "--data-only", "--out", "data"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let files: Vec<String> = walkdir::WalkDir::new(t.path("data"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().to_string_lossy().into_owned())
        .collect();
    assert!(
        files
            .iter()
            .all(|f| !f.ends_with(".html") && !f.ends_with(".xml")),
        "{files:#?}"
    );
    for f in [
        "data/api/index.json",
        "data/api/business-contacts/2.1.json",
        "data/schema/notice.schema.json",
        "data/sv/integritetspolicy-affarskontakter/2.1/notice.json",
    ] {
        assert!(t.path(f).is_file(), "{f}");
    }
    // The same data as a full build's.
    t.build_ok();
    assert_eq!(
        t.read("data/api/business-contacts/2.1.json"),
        t.read("public/api/business-contacts/2.1.json")
    );
    assert_eq!(
        t.read("data/api/index.json"),
        t.read("public/api/index.json")
    );
}
