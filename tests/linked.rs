//! The notice as linked data, read the way a linked-data program reads it: a JSON-LD processor
//! expands api/<notice>/<version>.jsonld with the site's published @context (from the built
//! folder, no network) into RDF, and the DPV terms of the api JSON are in the triples.

mod common;

use common::SiteTest;
use serde_json::Value;
use std::collections::BTreeSet;

const BASE: &str = "https://personvern.nordlys.example/";

fn read_json(t: &SiteTest, rel: &str) -> Value {
    serde_json::from_str(&t.read(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

/// The triples of one JSON-LD file of the build, as (subject, predicate, object) strings.
fn triples(t: &SiteTest, url: &str) -> Vec<(String, String, String)> {
    use json_ld::JsonLdProcessor;
    let mut loader = json_ld::FsLoader::default();
    loader.mount(
        iref::IriBuf::new(BASE.to_string()).expect("base IRI"),
        t.path("public"),
    );
    let input =
        json_ld::RemoteDocumentReference::iri(iref::IriBuf::new(url.to_string()).expect("IRI"));
    let mut generator = rdf_types::generator::Blank::new();
    let mut rdf = futures::executor::block_on(input.to_rdf(&mut generator, &loader))
        .unwrap_or_else(|e| panic!("{url} does not expand: {e}"));
    rdf.cloned_quads()
        .map(|q| (q.0.to_string(), q.1.to_string(), q.2.to_string()))
        .collect()
}

/// Every DPV IRI the JSON states (each `dpv` field and each notice kind).
fn dpv_iris(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                match (k.as_str(), x) {
                    ("dpv", Value::String(s)) => {
                        out.insert(s.clone());
                    }
                    ("notice_kinds", Value::Array(a)) => {
                        out.extend(a.iter().filter_map(|s| s.as_str().map(str::to_string)));
                    }
                    _ => dpv_iris(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| dpv_iris(x, out)),
        _ => {}
    }
}

#[test]
fn the_linked_data_expands_to_triples_with_the_dpv_terms_of_the_data() {
    let t = SiteTest::example();
    t.build_ok();
    let index = read_json(&t, "public/api/index.json");
    let mut checked = 0;
    for n in index["notices"].as_array().expect("notices") {
        for version in n["versions"].as_array().expect("versions") {
            let url = version["linked_data"].as_str().expect("linked_data URL");
            let data_url = version["data"].as_str().expect("data URL");
            let data = read_json(&t, &format!("public/{}", &data_url[BASE.len()..]));
            let triples = triples(&t, url);
            let objects: BTreeSet<String> = triples.iter().map(|(_, _, o)| o.clone()).collect();
            let mut wanted = BTreeSet::new();
            dpv_iris(&data, &mut wanted);
            assert!(!wanted.is_empty(), "{data_url} names DPV terms");
            let missing: Vec<&String> = wanted.iter().filter(|i| !objects.contains(*i)).collect();
            assert!(
                missing.is_empty(),
                "{url}: DPV terms of the data not in the triples: {missing:?}"
            );
            // The notice is a DPV privacy notice, and its controllers are stated by name.
            assert!(
                triples.iter().any(|(s, p, o)| s == url
                    && p.contains("rdf-syntax-ns#type")
                    && o.contains("https://w3id.org/dpv#PrivacyNotice")),
                "{url} is a dpv:PrivacyNotice"
            );
            for c in data["controllers"].as_array().expect("controllers") {
                let name = c["name"].as_str().expect("name");
                assert!(
                    triples
                        .iter()
                        .any(|(_, p, o)| p == "https://w3id.org/dpv#hasName" && o.contains(name)),
                    "{url}: the controller {name} by name"
                );
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 4, "every published version has its linked data");
}

#[test]
fn the_legal_bases_and_retention_of_the_swedish_business_contacts_notice_are_triples() {
    let t = SiteTest::example();
    t.build_ok();
    let url = format!("{BASE}api/business-contacts/2.1.jsonld");
    let triples = triples(&t, &url);
    let has = |p: &str, o: &str| {
        triples
            .iter()
            .any(|(_, pp, oo)| pp.contains(p) && oo.contains(o))
    };
    assert!(has(
        "dpv#hasLegalBasis",
        "https://w3id.org/dpv/legal/eu/gdpr#A6-1-f"
    ));
    assert!(
        has("dpv#hasDuration", "P24M"),
        "the retention period as a duration"
    );
    assert!(
        has("terms/title", "@sv"),
        "the title in Swedish, language-tagged"
    );
    assert!(has("terms/replaces", "api/business-contacts/2.0.jsonld"));
}
