//! The TILT export (api/<notice>/<version>/tilt.<lang>.json) as a TILT program reads it: every
//! file follows the TILT v2 schema (tests/fixtures/tilt/schema.json, MIT, see LICENSE there),
//! states the facts of the version's own data, and lists in `_notes` what TILT cannot hold.

mod common;

use common::SiteTest;
use serde_json::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;

const BASE: &str = "https://personvern.nordlys.example/";

fn read_json(t: &SiteTest, rel: &str) -> Value {
    serde_json::from_str(&t.read(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The output path of an address under the example's base URL.
fn local(url: &str) -> String {
    let path = url
        .strip_prefix(BASE)
        .unwrap_or_else(|| panic!("{url} is not under the base URL"));
    format!("public/{path}")
}

fn tilt_validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(common::repo_root().join("tests/fixtures/tilt/schema.json"))
        .expect("the TILT schema");
    let schema: Value = serde_json::from_str(&text).expect("the TILT schema is JSON");
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the TILT schema is a valid draft-07 schema")
}

/// Every TILT file under a folder, relative to the site root, sorted.
fn tilt_files(t: &SiteTest, folder: &str) -> Vec<String> {
    let mut v: Vec<String> = walkdir::WalkDir::new(t.path(folder))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy();
            name.starts_with("tilt.") && name.ends_with(".json")
        })
        .map(|e| {
            e.path()
                .strip_prefix(&t.root)
                .expect("inside")
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    v.sort();
    v
}

/// Every schema error of a document, one line each.
fn errors(v: &jsonschema::Validator, doc: &Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

/// The notes of a TILT document about one thing.
fn notes<'a>(doc: &'a Value, about: &str) -> Vec<&'a Value> {
    doc["_notes"]
        .as_array()
        .expect("_notes")
        .iter()
        .filter(|n| n["about"] == about)
        .collect()
}

fn text(note: &Value) -> &str {
    note["text"].as_str().expect("a note's text")
}

/// The index entry of a notice's version in force.
fn current<'a>(index: &'a Value, notice: &str) -> &'a Value {
    index["notices"]
        .as_array()
        .expect("notices")
        .iter()
        .find(|n| n["id"] == notice)
        .and_then(|n| {
            n["versions"]
                .as_array()?
                .iter()
                .find(|v| v["in_force_until"].is_null())
        })
        .unwrap_or_else(|| panic!("{notice} has a version in force"))
}

#[test]
fn every_tilt_export_of_the_example_follows_the_tilt_schema() {
    let t = SiteTest::example();
    t.build_ok();
    let v = tilt_validator();
    let files = tilt_files(&t, "public");
    // Four published versions, each in four languages.
    assert_eq!(files.len(), 4 * 4, "{files:#?}");
    let mut all = Vec::new();
    for f in &files {
        let doc = read_json(&t, f);
        all.extend(errors(&v, &doc).into_iter().map(|e| format!("{f}: {e}")));
        // The hash is the SHA-256 of the file with 64 zeros in its place.
        let bytes = t.read(f);
        let hash = doc["meta"]["_hash"].as_str().expect("_hash");
        let zeroed = bytes.replacen(hash, &"0".repeat(64), 1);
        let digest: String = Sha256::digest(zeroed.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(hash, digest, "{f}");
    }
    assert!(all.is_empty(), "{}", all.join("\n"));
    // The schema is applied, not waved through: a document without its controller, with an
    // e-mail that is not one (formats are checked) or a period in words fails.
    let good = read_json(&t, &files[0]);
    let mut bad = good.clone();
    bad.as_object_mut().expect("object").remove("controller");
    assert!(!v.is_valid(&bad));
    let mut bad = good.clone();
    bad["controller"]["representative"]["email"] = "dataskydd at nordlys".into();
    assert!(!v.is_valid(&bad));
    let mut bad = good;
    bad["dataDisclosed"][0]["storage"][0]["temporal"][0]["ttl"] = "24 months".into();
    assert!(!v.is_valid(&bad));
}

#[test]
fn a_swedish_export_states_the_controller_and_legal_bases_of_the_data() {
    let t = SiteTest::example();
    t.build_ok();
    let index = read_json(&t, "public/api/index.json");
    let version = current(&index, "business-contacts");
    let tilt = read_json(&t, &local(version["tilt"]["sv"].as_str().expect("tilt.sv")));
    let data = read_json(&t, &local(version["data"].as_str().expect("data")));

    assert_eq!(tilt["meta"]["language"], "sv");
    assert_eq!(tilt["meta"]["status"], "active");
    assert_eq!(tilt["meta"]["created"], data["version"]["published"]);
    assert_eq!(tilt["meta"]["url"][0], data["urls"]["sv"]);
    assert_eq!(
        tilt["meta"]["version"], 2,
        "2.1 is the second published version"
    );
    assert_eq!(tilt["controller"]["name"], data["controllers"][0]["name"]);
    assert_eq!(tilt["controller"]["name"], "Nordlys Sverige AB");
    assert_eq!(tilt["controller"]["country"], "SE");
    assert_eq!(tilt["dataProtectionOfficer"]["email"], data["dpo"]["email"]);

    // One data item per purpose, with that purpose's legal bases as TILT references.
    let items = tilt["dataDisclosed"].as_array().expect("dataDisclosed");
    let mut purposes = 0;
    for ctx in data["contexts"].as_array().expect("contexts") {
        for p in ctx["purposes"].as_array().expect("purposes") {
            purposes += 1;
            let id = format!(
                "{}/{}",
                ctx["id"].as_str().expect("id"),
                p["id"].as_str().expect("id")
            );
            let item = items
                .iter()
                .find(|i| i["_id"] == id.as_str())
                .unwrap_or_else(|| panic!("a data item for {id}"));
            assert_eq!(item["purposes"][0]["purpose"], p["labels"]["sv"], "{id}");
            let bases = p["legal_bases"].as_array().expect("bases");
            let refs = item["legalBases"].as_array().expect("legalBases");
            assert_eq!(refs.len(), bases.len(), "{id}");
            for (b, r) in bases.iter().zip(refs) {
                let code = b["code"].as_str().expect("code");
                let expected = format!("GDPR-{}", code.trim_start_matches("art"));
                assert_eq!(r["reference"], expected.as_str(), "{id}");
                let words = b["labels"]["sv"].as_str().expect("Swedish words");
                let description = r["description"].as_str().expect("description");
                assert!(description.contains(words), "{id}: {description}");
            }
            if let Some(interest) = p["legitimate_interest"]["sv"].as_str() {
                assert_eq!(item["legitimateInterests"][0]["exists"], true, "{id}");
                assert_eq!(
                    item["legitimateInterests"][0]["reasoning"], interest,
                    "{id}"
                );
            }
        }
    }
    assert_eq!(items.len(), purposes);
    // The bases a reader checks: legitimate interests, and the legal obligation with its law.
    let aml = items
        .iter()
        .find(|i| i["_id"] == "business-relation/anti-money-laundering")
        .expect("the AML purpose");
    assert_eq!(aml["legalBases"][0]["reference"], "GDPR-6-1-c");
    let aml_basis = aml["legalBases"][0]["description"].as_str().expect("words");
    assert!(
        aml_basis.contains("artikel 6.1 c") && aml_basis.contains("https://lagen.nu/2017:630"),
        "{aml_basis}"
    );
    assert_eq!(aml["storage"][0]["temporal"][0]["ttl"], "P5Y");
    let marketing = items
        .iter()
        .find(|i| i["_id"] == "business-relation/marketing")
        .expect("marketing");
    assert_eq!(marketing["legalBases"][0]["reference"], "GDPR-6-1-f");
    // A purpose without its own retention keeps the context's general period.
    assert_eq!(marketing["storage"][0]["temporal"][0]["ttl"], "P24M");
    assert_eq!(
        tilt["thirdCountryTransfers"][0]["country"],
        data["contexts"][0]["transfers"][0]["country"]["code"]
    );
    assert_eq!(
        tilt["rightToComplain"]["supervisoryAuthority"]["name"],
        data["contexts"][0]["authorities"][0]["labels"]["sv"]
    );
}

#[test]
fn the_notes_name_what_tilt_cannot_hold_and_where_it_is_in_the_data() {
    let t = SiteTest::example();
    t.build_ok();
    let index = read_json(&t, "public/api/index.json");
    let version = current(&index, "business-contacts");
    let tilt = read_json(&t, &local(version["tilt"]["sv"].as_str().expect("tilt.sv")));
    let api = version["data"].as_str().expect("data");
    let data = read_json(&t, &local(api));

    let restriction = notes(&tilt, "right-restriction");
    assert_eq!(restriction.len(), 1);
    assert_eq!(restriction[0]["gdpr"], "Art. 18");
    assert!(text(restriction[0]).contains("Rätt till begränsning av behandling"));
    let object = notes(&tilt, "right-object");
    assert_eq!(object.len(), 1);
    assert_eq!(object[0]["gdpr"], "Art. 21");
    assert!(text(object[0]).contains("Rätt att invända"));
    assert!(
        text(object[0]).contains("direct marketing"),
        "business-contacts markets directly"
    );
    // Four controllers, one TILT controller: the others are named.
    let controllers = notes(&tilt, "controllers");
    assert_eq!(controllers.len(), 1);
    for c in data["controllers"]
        .as_array()
        .expect("controllers")
        .iter()
        .skip(1)
    {
        let name = c["name"].as_str().expect("name");
        assert!(text(controllers[0]).contains(name), "{name}");
    }
    // Where to get a copy of the safeguards, with the address the data gives.
    let copy = data["contexts"][0]["transfers"][0]["copy"]
        .as_str()
        .expect("copy");
    let copies = notes(&tilt, "transfer-copy");
    assert_eq!(copies.len(), 1);
    assert!(text(copies[0]).contains(copy));
    // Retention criteria without a period, each with its words.
    let criteria = notes(&tilt, "retention-criteria");
    assert_eq!(criteria.len(), 2);
    assert!(
        text(criteria[0]).contains(
            data["contexts"][0]["retention"][2]["criteria"]["sv"]
                .as_str()
                .expect("criteria")
        )
    );
    // Portability does not apply to the surveys: TILT's flag is for the whole notice.
    assert_eq!(tilt["rightToDataPortability"]["available"], true);
    assert_eq!(notes(&tilt, "right-not-applicable").len(), 1);
    assert!(notes(&tilt, "no-dpo").is_empty(), "the notice has a DPO");

    // Every note of every export points at something that is in the version's data.
    for f in tilt_files(&t, "public") {
        let doc = read_json(&t, &f);
        let api = doc["meta"]["_id"]
            .as_str()
            .and_then(|id| id.rsplit_once('/'))
            .map(|(dir, _)| format!("{dir}.json"))
            .expect("the export's address");
        let data = read_json(&t, &local(&api));
        for n in doc["_notes"].as_array().expect("_notes") {
            let targets = n["data"].as_array().expect("data");
            assert!(!targets.is_empty(), "{f}: {n}");
            for target in targets {
                let (url, pointer) = target
                    .as_str()
                    .and_then(|s| s.split_once('#'))
                    .unwrap_or_else(|| panic!("{f}: {target} is a URL with a JSON Pointer"));
                assert_eq!(url, api, "{f}");
                assert!(data.pointer(pointer).is_some(), "{f}: {target}");
            }
        }
    }
}

#[test]
fn a_representative_a_waiver_and_a_missing_dpo_are_in_the_notes() {
    let t = SiteTest::fixture("rules/pass");
    let facts = "content/notices/shop/1.0/facts.toml";
    // No DPO designated, and the facts say so (TILT requires one: a note says it is absent).
    t.edit(
        facts,
        "[dpo]\nemail = \"dpo@acme.example\"\n",
        "[dpo]\ndesignated = false\n",
    );
    t.edit(
        facts,
        "automated_decisions = { art22 = false, profiling = false }",
        "automated_decisions = { art22 = false, profiling = false }\n\
         waivers = [ { rule = \"R15\", ground = \"art13-4\", reason = \"visitor-waiver\" } ]",
    );
    for (lang, reason) in [
        ("nb", "Besøkende får denne informasjonen i resepsjonen."),
        ("sv", "Besökare får denna information i receptionen."),
    ] {
        t.edit(
            &format!("content/notices/shop/1.0/{lang}.md"),
            "\n\n[legitimate_interests]",
            &format!("\nvisitor-waiver = \"{reason}\"\n\n[legitimate_interests]"),
        );
    }
    t.build_ok();
    let v = tilt_validator();
    for lang in ["nb", "sv"] {
        let f = format!("public/api/shop/1.0/tilt.{lang}.json");
        let doc = read_json(&t, &f);
        let errs = errors(&v, &doc);
        assert!(errs.is_empty(), "{f}:\n{}", errs.join("\n"));
    }
    let doc = read_json(&t, "public/api/shop/1.0/tilt.sv.json");
    let rep = notes(&doc, "representative");
    assert_eq!(rep.len(), 1);
    assert!(text(rep[0]).contains("EU Rep AS") && text(rep[0]).contains("Acme Inc."));
    assert_eq!(
        rep[0]["data"][0],
        "https://privacy.acme.example/api/shop/1.0.json#/representatives/0"
    );
    let waiver = notes(&doc, "waiver");
    assert_eq!(waiver.len(), 1);
    assert!(text(waiver[0]).contains("R15"));
    assert!(text(waiver[0]).contains("Besökare får denna information i receptionen."));
    assert_eq!(notes(&doc, "no-dpo").len(), 1);
    // TILT requires a DPO: it holds the controller's contact details, as the note says.
    assert_eq!(
        doc["dataProtectionOfficer"]["email"],
        "personvern@acme.example"
    );
    assert_eq!(notes(&doc, "right-human-review").len(), 1, "art22 = true");
    assert_eq!(doc["automatedDecisionMaking"]["inUse"], true);
}

#[test]
fn the_index_lists_every_tilt_file_and_a_data_only_build_writes_them() {
    let t = SiteTest::example();
    t.build_ok();
    let index = read_json(&t, "public/api/index.json");
    let languages: BTreeSet<&str> = index["languages"]
        .as_array()
        .expect("languages")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let mut listed = Vec::new();
    for n in index["notices"].as_array().expect("notices") {
        for v in n["versions"].as_array().expect("versions") {
            let tilt = v["tilt"].as_object().expect("tilt");
            let langs: BTreeSet<&str> = tilt.keys().map(String::as_str).collect();
            assert_eq!(langs, languages, "{}", v["number"]);
            for (lang, url) in tilt {
                let path = local(url.as_str().expect("URL"));
                assert!(t.path(&path).is_file(), "{path}");
                assert_eq!(read_json(&t, &path)["meta"]["language"], lang.as_str());
                listed.push(path);
            }
        }
    }
    listed.sort();
    assert_eq!(
        listed,
        tilt_files(&t, "public"),
        "the index lists every TILT file"
    );

    let out = t.run(&["build", "--data-only", "--out", "data"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let data_only: Vec<String> = tilt_files(&t, "data")
        .into_iter()
        .map(|f| f.replacen("data/", "public/", 1))
        .collect();
    assert_eq!(data_only, listed);
    assert_eq!(
        t.read("data/api/business-contacts/2.1/tilt.sv.json"),
        t.read("public/api/business-contacts/2.1/tilt.sv.json")
    );
}
