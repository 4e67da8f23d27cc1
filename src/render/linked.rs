//! The notice as linked data: `api/<notice>/<version>.jsonld` states the facts of the `api/`
//! JSON of the same version with the terms of the W3C Data Privacy Vocabulary (DPV 2.x), under
//! disclose's own published `@context` (`schema/notice.context.jsonld`; DPV publishes none).
//!
//! Every enumerated value that has a DPV term is that term's IRI (`eu-gdpr:A6-1-f`, `pd:Name`,
//! `loc:SE` …). A value DPV has no term for, and a kind a notice defines itself, is a node of the
//! document (`…/2.1.jsonld#category-customer-number`) with its words in each language: no IRI is
//! invented in DPV's namespaces. What DPV has no property for uses disclose's own terms
//! (`disclose:` in the context, under the site's base URL).

use super::export::{Kind, NoticeData};
use serde_json::{Value, json};

/// Where the context is published, under the site's base URL.
pub const CONTEXT_PATH: &str = "schema/notice.context.jsonld";

/// `api/<notice>/<version>.jsonld`.
pub fn linked_path(notice: &str, version: &str) -> String {
    format!("api/{notice}/{version}.jsonld")
}

/// The `@context` document, with disclose's own terms under `base_url`.
pub fn context(base_url: &str) -> Value {
    let lang = |id: &str| json!({ "@id": id, "@container": "@language" });
    let iri = |id: &str| json!({ "@id": id, "@type": "@id" });
    let date = |id: &str| json!({ "@id": id, "@type": "xsd:date" });
    let typed = |id: &str, t: &str| json!({ "@id": id, "@type": t });
    let terms: Vec<(&str, Value)> = vec![
        ("@version", json!(1.1)),
        ("dpv", json!("https://w3id.org/dpv#")),
        ("pd", json!("https://w3id.org/dpv/pd#")),
        ("loc", json!("https://w3id.org/dpv/loc#")),
        ("eu-gdpr", json!("https://w3id.org/dpv/legal/eu/gdpr#")),
        ("dct", json!("http://purl.org/dc/terms/")),
        ("foaf", json!("http://xmlns.com/foaf/0.1/")),
        ("skos", json!("http://www.w3.org/2004/02/skos/core#")),
        ("xsd", json!("http://www.w3.org/2001/XMLSchema#")),
        ("disclose", json!(format!("{base_url}/{CONTEXT_PATH}#"))),
        ("PrivacyNotice", json!("dpv:PrivacyNotice")),
        ("DataController", json!("dpv:DataController")),
        ("DataProtectionOfficer", json!("dpv:DataProtectionOfficer")),
        ("Representative", json!("dpv:Representative")),
        ("Process", json!("dpv:Process")),
        ("Purpose", json!("dpv:Purpose")),
        ("PersonalData", json!("dpv:PersonalData")),
        ("DataSource", json!("dpv:DataSource")),
        ("Recipient", json!("dpv:Recipient")),
        ("StorageDuration", json!("dpv:StorageDuration")),
        ("title", lang("dct:title")),
        ("label", lang("skos:prefLabel")),
        ("issued", date("dct:issued")),
        ("valid", date("dct:valid")),
        ("replaces", iri("dct:replaces")),
        ("page", iri("foaf:page")),
        ("homepage", iri("foaf:homepage")),
        ("hasDataController", iri("dpv:hasDataController")),
        (
            "hasDataProtectionOfficer",
            json!("dpv:hasDataProtectionOfficer"),
        ),
        ("hasRepresentative", json!("dpv:hasRepresentative")),
        ("hasName", json!("dpv:hasName")),
        ("hasAddress", json!("dpv:hasAddress")),
        ("hasContact", json!("dpv:hasContact")),
        ("hasCountry", iri("dpv:hasCountry")),
        ("hasProcess", json!("dpv:hasProcess")),
        ("hasPurpose", json!("dpv:hasPurpose")),
        ("hasLegalBasis", iri("dpv:hasLegalBasis")),
        ("hasPersonalData", iri("dpv:hasPersonalData")),
        ("hasDataSource", iri("dpv:hasDataSource")),
        ("hasRecipient", iri("dpv:hasRecipient")),
        ("hasStorageCondition", json!("dpv:hasStorageCondition")),
        ("hasDuration", typed("dpv:hasDuration", "xsd:duration")),
        ("hasThirdCountry", iri("dpv:hasThirdCountry")),
        ("hasAuthority", iri("dpv:hasAuthority")),
        ("version", json!("disclose:version")),
        ("sha256", json!("disclose:sha256")),
        ("inForceFrom", date("disclose:inForceFrom")),
        ("inForceUntil", date("disclose:inForceUntil")),
        (
            "materialChanges",
            typed("disclose:materialChanges", "xsd:boolean"),
        ),
        ("data", iri("disclose:data")),
        ("organisationNumber", json!("disclose:organisationNumber")),
        ("forController", iri("disclose:forController")),
        ("collection", iri("disclose:collection")),
        ("provisionRequirement", iri("disclose:provisionRequirement")),
        ("law", json!("disclose:law")),
        ("legitimateInterest", lang("disclose:legitimateInterest")),
        ("withdrawConsentAt", json!("disclose:withdrawConsentAt")),
        (
            "directMarketing",
            typed("disclose:directMarketing", "xsd:boolean"),
        ),
        (
            "specialCategory",
            typed("disclose:specialCategory", "xsd:boolean"),
        ),
        (
            "criminalOffences",
            typed("disclose:criminalOffences", "xsd:boolean"),
        ),
        ("runsFrom", iri("disclose:runsFrom")),
        ("forPurpose", iri("disclose:forPurpose")),
        ("criteria", lang("disclose:criteria")),
        ("transfer", json!("disclose:transfer")),
        ("safeguard", iri("disclose:safeguard")),
        ("copyOfSafeguards", json!("disclose:copyOfSafeguards")),
        ("automated", json!("disclose:automated")),
        (
            "automatedDecisions",
            typed("disclose:automatedDecisions", "xsd:boolean"),
        ),
        ("profiling", typed("disclose:profiling", "xsd:boolean")),
        ("logic", lang("disclose:logic")),
        ("significance", lang("disclose:significance")),
        ("consequences", lang("disclose:consequences")),
        ("rightNotApplicable", json!("disclose:rightNotApplicable")),
        ("right", iri("disclose:right")),
        ("reason", lang("disclose:reason")),
        ("because", iri("disclose:because")),
        ("waiver", json!("disclose:waiver")),
        ("rule", json!("disclose:rule")),
        ("ground", iri("disclose:ground")),
        ("cookie", json!("disclose:cookie")),
        ("host", json!("disclose:host")),
        ("provider", json!("disclose:provider")),
        ("category", iri("disclose:category")),
        ("party", iri("disclose:party")),
        ("lifetime", json!("disclose:lifetime")),
    ];
    let map: serde_json::Map<String, Value> =
        terms.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    json!({ "@context": map })
}

/// The JSON-LD document of one version, from its language-neutral data.
pub fn document(base_url: &str, data: &NoticeData) -> Value {
    let doc = format!(
        "{base_url}/{}",
        linked_path(&data.notice, &data.version.number)
    );
    let node = |kind: &str, id: &str| format!("{doc}#{kind}-{id}");
    // A vocabulary value: its DPV IRI, or else a node of this document with its words.
    let coded = |kind: &str, code: &str, dpv: Option<&str>, labels: Value| match dpv {
        Some(iri) => json!(iri),
        None => json!({ "@id": node(kind, code), "label": labels }),
    };
    let kind_of = |field: &str, k: &Kind| {
        coded(
            field,
            &k.id,
            k.dpv,
            serde_json::to_value(&k.labels).unwrap_or_default(),
        )
    };
    macro_rules! code {
        ($field:expr, $c:expr) => {
            coded(
                $field,
                $c.code,
                $c.dpv,
                serde_json::to_value(&$c.labels).unwrap_or_default(),
            )
        };
    }
    let v = &data.version;
    let mut types = vec![json!("PrivacyNotice")];
    for kind in data.contexts.iter().flat_map(|c| &c.notice_kinds) {
        if !types.contains(&json!(kind)) {
            types.push(json!(kind));
        }
    }
    let controllers: Vec<Value> = data
        .controllers
        .iter()
        .map(|c| {
            json!({
                "@id": node("controller", &c.id),
                "@type": "DataController",
                "hasName": c.name,
                "organisationNumber": c.org_number,
                "hasCountry": c.country.as_ref().map(|x| code!("country", x)),
                "hasAddress": c.address,
                "hasContact": contacts(&c.email, &c.phone),
                "homepage": c.url,
            })
        })
        .collect();
    let dpo = data.dpo.as_ref().map(|d| {
        json!({
            "@id": node("dpo", "dpo"),
            "@type": "DataProtectionOfficer",
            "hasName": d.name,
            "hasAddress": d.address,
            "hasContact": contacts(&d.email, &d.phone),
        })
    });
    let representatives: Vec<Value> = data
        .representatives
        .iter()
        .map(|r| {
            json!({
                "@id": node("representative", &r.controller),
                "@type": "Representative",
                "forController": node("controller", &r.controller),
                "hasName": r.name,
                "hasAddress": r.address,
                "hasCountry": r.country.as_ref().map(|x| code!("country", x)),
                "hasContact": contacts(&r.email, &r.phone),
            })
        })
        .collect();
    let processes: Vec<Value> = data
        .contexts
        .iter()
        .map(|c| {
            let purpose_node = |id: &str| node("purpose", &format!("{}-{id}", c.id));
            let recipient = |k: &Kind| match k.dpv {
                Some(iri) => json!(iri),
                None => json!({
                    "@id": node("recipient", &format!("{}-{}", c.id, k.id)),
                    "label": k.labels,
                }),
            };
            let purposes: Vec<Value> = c
                .purposes
                .iter()
                .map(|p| {
                    json!({
                        "@id": purpose_node(&p.id),
                        "@type": "Purpose",
                        "label": p.labels,
                        "hasLegalBasis": p.legal_bases.iter().map(|b| code!("legal-basis", b)).collect::<Vec<_>>(),
                        "law": p.law.as_ref().map(|l| json!({
                            "@id": node("law", &l.id),
                            "label": l.labels,
                            "homepage": l.url,
                        })),
                        "legitimateInterest": p.legitimate_interest,
                        "withdrawConsentAt": p.withdraw,
                        "directMarketing": p.direct_marketing,
                    })
                })
                .collect();
            let categories: Vec<Value> = c
                .categories
                .iter()
                .map(|k| {
                    let value = kind_of("category", &k.kind);
                    if !(k.special || k.criminal) {
                        return value;
                    }
                    let mut value = match value {
                        Value::String(iri) => json!({ "@id": iri }),
                        other => other,
                    };
                    if let Some(o) = value.as_object_mut() {
                        o.insert("specialCategory".into(), k.special.into());
                        o.insert("criminalOffences".into(), k.criminal.into());
                    }
                    value
                })
                .collect();
            let retention: Vec<Value> = c
                .retention
                .iter()
                .map(|r| {
                    json!({
                        "@type": "StorageDuration",
                        "hasDuration": r.period,
                        "runsFrom": r.after.as_ref().map(|t| code!("trigger", t)),
                        "forPurpose": r.purpose.as_deref().map(purpose_node),
                        "criteria": r.criteria,
                    })
                })
                .collect();
            let transfers: Vec<Value> = c
                .transfers
                .iter()
                .map(|t| {
                    json!({
                        "hasThirdCountry": code!("country", &t.country),
                        "safeguard": t.mechanism.as_ref().map(|m| code!("mechanism", m)),
                        "copyOfSafeguards": t.copy,
                        "hasRecipient": t
                            .recipients
                            .iter()
                            .filter_map(|r| c.recipients.iter().find(|k| &k.kind.id == r))
                            .map(|k| match recipient(&k.kind) {
                                Value::Object(o) => o.get("@id").cloned().unwrap_or_default(),
                                iri => iri,
                            })
                            .collect::<Vec<_>>(),
                    })
                })
                .collect();
            let automated = c.automated.as_ref().map(|a| {
                json!({
                    "automatedDecisions": a.art22,
                    "profiling": a.profiling,
                    "logic": a.logic,
                    "significance": a.significance,
                    "consequences": a.consequences,
                })
            });
            json!({
                "@id": node("context", &c.id),
                "@type": "Process",
                "label": c.labels,
                "collection": c.collection.as_ref().map(|x| code!("collection", x)),
                "hasDataController": c.controllers.iter().map(|x| node("controller", x)).collect::<Vec<_>>(),
                "hasPurpose": purposes,
                "hasPersonalData": categories,
                "hasDataSource": c.sources.iter().map(|k| kind_of("source", &k.kind)).collect::<Vec<_>>(),
                "hasRecipient": c.recipients.iter().map(|k| recipient(&k.kind)).collect::<Vec<_>>(),
                "hasAuthority": c.authorities.iter().map(|a| code!("authority", a)).collect::<Vec<_>>(),
                "provisionRequirement": c.requirement.as_ref().map(|x| code!("requirement", x)),
                "hasStorageCondition": retention,
                "transfer": transfers,
                "automated": automated,
                "rightNotApplicable": c.rights_not_applicable.iter().map(|r| json!({
                    "right": code!("right", &r.right),
                    "because": r.reason.as_ref().map(|k| kind_of("reason", k)),
                })).collect::<Vec<_>>(),
                "waiver": c.waivers.iter().map(|w| json!({
                    "rule": w.rule,
                    "ground": code!("waiver-ground", &w.ground),
                    "reason": w.reason,
                })).collect::<Vec<_>>(),
                "cookie": c.cookies.iter().map(|k| json!({
                    "@id": node("cookie", &k.id),
                    "hasName": k.name,
                    "label": k.labels,
                    "host": k.host,
                    "provider": k.provider,
                    "category": k.category.as_ref().map(|x| code!("cookie-category", x)),
                    "party": k.party.as_ref().map(|x| code!("cookie-party", x)),
                    "lifetime": k.lifetime,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let supersedes = v
        .supersedes
        .as_deref()
        .map(|s| format!("{base_url}/{}", linked_path(&data.notice, s)));
    let mut out = json!({
        "@context": format!("{base_url}/{CONTEXT_PATH}"),
        "@id": doc,
        "@type": types,
        "title": data.titles,
        "version": v.number,
        "issued": v.published,
        "valid": v.effective,
        "inForceFrom": v.in_force_from,
        "inForceUntil": v.in_force_until,
        "sha256": v.sha256,
        "replaces": supersedes,
        "materialChanges": v.material_changes,
        "data": format!("{base_url}/{}", super::export::data_path(&data.notice, &v.number)),
        "page": data.urls.values().collect::<Vec<_>>(),
        "hasDataController": controllers,
        "hasDataProtectionOfficer": dpo,
        "hasRepresentative": representatives,
        "hasProcess": processes,
    });
    drop_nulls(&mut out);
    out
}

fn contacts<'a>(email: &'a Option<String>, phone: &'a Option<String>) -> Vec<&'a String> {
    [email, phone].into_iter().flatten().collect()
}

/// Leave out what is not there (JSON-LD drops nulls anyway; the file is smaller without).
fn drop_nulls(v: &mut Value) {
    match v {
        Value::Object(map) => {
            map.retain(|_, x| !x.is_null() && x.as_array().is_none_or(|a| !a.is_empty()));
            map.values_mut().for_each(drop_nulls);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}
