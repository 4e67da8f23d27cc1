//! The notice as linked data: `api/<notice>/<version>.jsonld` states the facts of the `api/`
//! JSON of the same version with the terms of the W3C Data Privacy Vocabulary (DPV 2.x), under
//! disclose's own published `@context` (`schema/notice.context.jsonld`; DPV publishes none).
//!
//! Every enumerated value that has a DPV term is that term's IRI (`eu-gdpr:A6-1-f`, `pd:Name`,
//! `loc:SE` …). A value DPV has no term for, and a kind a notice defines itself, is a node of the
//! document (`…/2.1.jsonld#category-customer-number`) with its words in each language: no IRI is
//! invented in DPV's namespaces. What DPV has no property for uses disclose's own terms
//! (`disclose:` in the context, under the site's base URL).

use super::export::{Kind, NoticeData, Words};
use serde::Serialize;
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

/// A vocabulary value of the data (`Country`, `LegalBasis` …) as [`Nodes::code`] writes it.
macro_rules! coded {
    ($nodes:expr, $kind:expr, $value:expr) => {
        $nodes.code($kind, $value.code, $value.dpv, &$value.labels)
    };
}

/// The JSON-LD document of one version, from its language-neutral data. Typed and borrowed
/// from `data` rather than built as a JSON tree: a build writes one for every published version,
/// and a tree of maps costs an allocation for every key and value. What is not there (`None`,
/// an empty list) is left out: JSON-LD drops nulls anyway, and the file is smaller without.
pub fn document<'a>(base_url: &'a str, data: &'a NoticeData) -> Document<'a> {
    let doc = format!(
        "{base_url}/{}",
        linked_path(&data.notice, &data.version.number)
    );
    let at = Nodes { doc: doc.clone() };
    let v = &data.version;
    let mut types = vec!["PrivacyNotice"];
    for kind in data.contexts.iter().flat_map(|c| &c.notice_kinds) {
        if !types.contains(&kind.as_str()) {
            types.push(kind);
        }
    }
    let controllers = data
        .controllers
        .iter()
        .map(|c| ControllerNode {
            id: at.node("controller", &c.id),
            kind: "DataController",
            name: c.name.as_deref(),
            org_number: c.org_number.as_deref(),
            country: c.country.as_ref().map(|x| coded!(at, "country", x)),
            address: c.address.as_deref(),
            contact: contacts(&c.email, &c.phone),
            homepage: c.url.as_deref(),
        })
        .collect();
    let dpo = data.dpo.as_ref().map(|d| DpoNode {
        id: at.node("dpo", "dpo"),
        kind: "DataProtectionOfficer",
        name: d.name.as_deref(),
        address: d.address.as_deref(),
        contact: contacts(&d.email, &d.phone),
    });
    let representatives = data
        .representatives
        .iter()
        .map(|r| RepresentativeNode {
            id: at.node("representative", &r.controller),
            kind: "Representative",
            for_controller: at.node("controller", &r.controller),
            name: r.name.as_deref(),
            address: r.address.as_deref(),
            country: r.country.as_ref().map(|x| coded!(at, "country", x)),
            contact: contacts(&r.email, &r.phone),
        })
        .collect();
    let processes = data.contexts.iter().map(|c| at.process(c)).collect();
    Document {
        context: format!("{base_url}/{CONTEXT_PATH}"),
        id: doc,
        kind: types,
        title: &data.titles,
        version: &v.number,
        issued: v.published.as_deref(),
        valid: v.effective.as_deref(),
        in_force_from: v.in_force_from.as_deref(),
        in_force_until: v.in_force_until.as_deref(),
        sha256: v.sha256.as_deref(),
        replaces: v
            .supersedes
            .as_deref()
            .map(|s| format!("{base_url}/{}", linked_path(&data.notice, s))),
        material_changes: v.material_changes,
        data: format!(
            "{base_url}/{}",
            super::export::data_path(&data.notice, &v.number)
        ),
        page: data.urls.values().map(String::as_str).collect(),
        controllers,
        dpo,
        representatives,
        processes,
    }
}

/// The node ids of one document: `<document>#<kind>-<id>`.
struct Nodes {
    doc: String,
}

impl Nodes {
    fn node(&self, kind: &str, id: &str) -> String {
        format!("{}#{kind}-{id}", self.doc)
    }

    /// A vocabulary value: its DPV IRI, or else a node of this document with its words.
    fn code<'a>(
        &self,
        kind: &str,
        code: &str,
        dpv: Option<&'static str>,
        labels: &'a Words,
    ) -> Coded<'a> {
        match dpv {
            Some(iri) => Coded::Iri(iri),
            None => Coded::Node {
                id: self.node(kind, code),
                label: labels,
            },
        }
    }

    fn kind<'a>(&self, field: &str, k: &'a Kind) -> Coded<'a> {
        self.code(field, &k.id, k.dpv, &k.labels)
    }

    fn process<'a>(&self, c: &'a super::export::Context) -> ProcessNode<'a> {
        let purpose_node = |id: &str| self.node("purpose", &format!("{}-{id}", c.id));
        let recipient = |k: &'a Kind| match k.dpv {
            Some(iri) => Coded::Iri(iri),
            None => Coded::Node {
                id: self.node("recipient", &format!("{}-{}", c.id, k.id)),
                label: &k.labels,
            },
        };
        let purposes = c
            .purposes
            .iter()
            .map(|p| PurposeNode {
                id: purpose_node(&p.id),
                kind: "Purpose",
                label: &p.labels,
                legal_bases: p
                    .legal_bases
                    .iter()
                    .map(|b| coded!(self, "legal-basis", b))
                    .collect(),
                law: p.law.as_ref().map(|l| LawNode {
                    id: self.node("law", &l.id),
                    label: &l.labels,
                    homepage: l.url.as_deref(),
                }),
                legitimate_interest: p.legitimate_interest.as_ref(),
                withdraw: p.withdraw.as_deref(),
                direct_marketing: p.direct_marketing,
            })
            .collect();
        let categories = c
            .categories
            .iter()
            .map(|k| {
                let value = self.kind("category", &k.kind);
                if !(k.special || k.criminal) {
                    return CategoryNode::Plain(value);
                }
                let (id, label) = match value {
                    Coded::Iri(iri) => (iri.to_string(), None),
                    Coded::Node { id, label } => (id, Some(label)),
                };
                CategoryNode::Flagged {
                    id,
                    label,
                    special: k.special,
                    criminal: k.criminal,
                }
            })
            .collect();
        let retention = c
            .retention
            .iter()
            .map(|r| StorageNode {
                kind: "StorageDuration",
                duration: r.period.as_deref(),
                runs_from: r.after.as_ref().map(|t| coded!(self, "trigger", t)),
                for_purpose: r.purpose.as_deref().map(purpose_node),
                criteria: r.criteria.as_ref(),
            })
            .collect();
        let transfers = c
            .transfers
            .iter()
            .map(|t| TransferNode {
                country: coded!(self, "country", t.country),
                safeguard: t.mechanism.as_ref().map(|m| coded!(self, "mechanism", m)),
                copy: t.copy.as_deref(),
                recipients: t
                    .recipients
                    .iter()
                    .filter_map(|r| c.recipients.iter().find(|k| &k.kind.id == r))
                    .map(|k| match recipient(&k.kind) {
                        Coded::Iri(iri) => iri.to_string(),
                        Coded::Node { id, .. } => id,
                    })
                    .collect(),
            })
            .collect();
        ProcessNode {
            id: self.node("context", &c.id),
            kind: "Process",
            label: &c.labels,
            collection: c.collection.as_ref().map(|x| coded!(self, "collection", x)),
            controllers: c
                .controllers
                .iter()
                .map(|x| self.node("controller", x))
                .collect(),
            purposes,
            categories,
            sources: c
                .sources
                .iter()
                .map(|k| self.kind("source", &k.kind))
                .collect(),
            recipients: c.recipients.iter().map(|k| recipient(&k.kind)).collect(),
            authorities: c
                .authorities
                .iter()
                .map(|a| coded!(self, "authority", a))
                .collect(),
            requirement: c
                .requirement
                .as_ref()
                .map(|x| coded!(self, "requirement", x)),
            retention,
            transfers,
            automated: c.automated.as_ref().map(|a| AutomatedNode {
                decisions: a.art22,
                profiling: a.profiling,
                logic: a.logic.as_ref(),
                significance: a.significance.as_ref(),
                consequences: a.consequences.as_ref(),
            }),
            rights_not_applicable: c
                .rights_not_applicable
                .iter()
                .map(|r| RightNode {
                    right: coded!(self, "right", r.right),
                    because: r.reason.as_ref().map(|k| self.kind("reason", k)),
                })
                .collect(),
            waivers: c
                .waivers
                .iter()
                .map(|w| WaiverNode {
                    rule: &w.rule,
                    ground: coded!(self, "waiver-ground", w.ground),
                    reason: w.reason.as_ref(),
                })
                .collect(),
            cookies: c
                .cookies
                .iter()
                .map(|k| CookieNode {
                    id: self.node("cookie", &k.id),
                    name: &k.name,
                    label: &k.labels,
                    host: k.host.as_deref(),
                    provider: k.provider.as_deref(),
                    category: k
                        .category
                        .as_ref()
                        .map(|x| coded!(self, "cookie-category", x)),
                    party: k.party.as_ref().map(|x| coded!(self, "cookie-party", x)),
                    lifetime: k.lifetime.as_deref(),
                })
                .collect(),
        }
    }
}

/// A vocabulary value: its DPV IRI, or a node of the document with its words in each language.
#[derive(Serialize)]
#[serde(untagged)]
enum Coded<'a> {
    Iri(&'static str),
    Node {
        #[serde(rename = "@id")]
        id: String,
        label: &'a Words,
    },
}

/// A data category; one of a special category (Art. 9) or on criminal offences (Art. 10) says so.
#[derive(Serialize)]
#[serde(untagged)]
enum CategoryNode<'a> {
    Plain(Coded<'a>),
    Flagged {
        #[serde(rename = "@id")]
        id: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        label: Option<&'a Words>,
        #[serde(rename = "specialCategory")]
        special: bool,
        #[serde(rename = "criminalOffences")]
        criminal: bool,
    },
}

/// The document of one version (see [`document`]).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Document<'a> {
    #[serde(rename = "@context")]
    context: String,
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type")]
    kind: Vec<&'a str>,
    title: &'a Words,
    version: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    issued: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    valid: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    in_force_from: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    in_force_until: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sha256: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    replaces: Option<String>,
    material_changes: bool,
    data: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    page: Vec<&'a str>,
    #[serde(rename = "hasDataController", skip_serializing_if = "Vec::is_empty")]
    controllers: Vec<ControllerNode<'a>>,
    #[serde(
        rename = "hasDataProtectionOfficer",
        skip_serializing_if = "Option::is_none"
    )]
    dpo: Option<DpoNode<'a>>,
    #[serde(rename = "hasRepresentative", skip_serializing_if = "Vec::is_empty")]
    representatives: Vec<RepresentativeNode<'a>>,
    #[serde(rename = "hasProcess", skip_serializing_if = "Vec::is_empty")]
    processes: Vec<ProcessNode<'a>>,
}

#[derive(Serialize)]
struct ControllerNode<'a> {
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "hasName", skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(rename = "organisationNumber", skip_serializing_if = "Option::is_none")]
    org_number: Option<&'a str>,
    #[serde(rename = "hasCountry", skip_serializing_if = "Option::is_none")]
    country: Option<Coded<'a>>,
    #[serde(rename = "hasAddress", skip_serializing_if = "Option::is_none")]
    address: Option<&'a str>,
    #[serde(rename = "hasContact", skip_serializing_if = "Vec::is_empty")]
    contact: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    homepage: Option<&'a str>,
}

#[derive(Serialize)]
struct DpoNode<'a> {
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "hasName", skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(rename = "hasAddress", skip_serializing_if = "Option::is_none")]
    address: Option<&'a str>,
    #[serde(rename = "hasContact", skip_serializing_if = "Vec::is_empty")]
    contact: Vec<&'a str>,
}

#[derive(Serialize)]
struct RepresentativeNode<'a> {
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "forController")]
    for_controller: String,
    #[serde(rename = "hasName", skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(rename = "hasAddress", skip_serializing_if = "Option::is_none")]
    address: Option<&'a str>,
    #[serde(rename = "hasCountry", skip_serializing_if = "Option::is_none")]
    country: Option<Coded<'a>>,
    #[serde(rename = "hasContact", skip_serializing_if = "Vec::is_empty")]
    contact: Vec<&'a str>,
}

#[derive(Serialize)]
struct ProcessNode<'a> {
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type")]
    kind: &'static str,
    label: &'a Words,
    #[serde(skip_serializing_if = "Option::is_none")]
    collection: Option<Coded<'a>>,
    #[serde(rename = "hasDataController", skip_serializing_if = "Vec::is_empty")]
    controllers: Vec<String>,
    #[serde(rename = "hasPurpose", skip_serializing_if = "Vec::is_empty")]
    purposes: Vec<PurposeNode<'a>>,
    #[serde(rename = "hasPersonalData", skip_serializing_if = "Vec::is_empty")]
    categories: Vec<CategoryNode<'a>>,
    #[serde(rename = "hasDataSource", skip_serializing_if = "Vec::is_empty")]
    sources: Vec<Coded<'a>>,
    #[serde(rename = "hasRecipient", skip_serializing_if = "Vec::is_empty")]
    recipients: Vec<Coded<'a>>,
    #[serde(rename = "hasAuthority", skip_serializing_if = "Vec::is_empty")]
    authorities: Vec<Coded<'a>>,
    #[serde(
        rename = "provisionRequirement",
        skip_serializing_if = "Option::is_none"
    )]
    requirement: Option<Coded<'a>>,
    #[serde(rename = "hasStorageCondition", skip_serializing_if = "Vec::is_empty")]
    retention: Vec<StorageNode<'a>>,
    #[serde(rename = "transfer", skip_serializing_if = "Vec::is_empty")]
    transfers: Vec<TransferNode<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    automated: Option<AutomatedNode<'a>>,
    #[serde(rename = "rightNotApplicable", skip_serializing_if = "Vec::is_empty")]
    rights_not_applicable: Vec<RightNode<'a>>,
    #[serde(rename = "waiver", skip_serializing_if = "Vec::is_empty")]
    waivers: Vec<WaiverNode<'a>>,
    #[serde(rename = "cookie", skip_serializing_if = "Vec::is_empty")]
    cookies: Vec<CookieNode<'a>>,
}

#[derive(Serialize)]
struct PurposeNode<'a> {
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type")]
    kind: &'static str,
    label: &'a Words,
    #[serde(rename = "hasLegalBasis", skip_serializing_if = "Vec::is_empty")]
    legal_bases: Vec<Coded<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    law: Option<LawNode<'a>>,
    #[serde(rename = "legitimateInterest", skip_serializing_if = "Option::is_none")]
    legitimate_interest: Option<&'a Words>,
    #[serde(rename = "withdrawConsentAt", skip_serializing_if = "Option::is_none")]
    withdraw: Option<&'a str>,
    #[serde(rename = "directMarketing")]
    direct_marketing: bool,
}

#[derive(Serialize)]
struct LawNode<'a> {
    #[serde(rename = "@id")]
    id: String,
    label: &'a Words,
    #[serde(skip_serializing_if = "Option::is_none")]
    homepage: Option<&'a str>,
}

#[derive(Serialize)]
struct StorageNode<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "hasDuration", skip_serializing_if = "Option::is_none")]
    duration: Option<&'a str>,
    #[serde(rename = "runsFrom", skip_serializing_if = "Option::is_none")]
    runs_from: Option<Coded<'a>>,
    #[serde(rename = "forPurpose", skip_serializing_if = "Option::is_none")]
    for_purpose: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    criteria: Option<&'a Words>,
}

#[derive(Serialize)]
struct TransferNode<'a> {
    #[serde(rename = "hasThirdCountry")]
    country: Coded<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    safeguard: Option<Coded<'a>>,
    #[serde(rename = "copyOfSafeguards", skip_serializing_if = "Option::is_none")]
    copy: Option<&'a str>,
    #[serde(rename = "hasRecipient", skip_serializing_if = "Vec::is_empty")]
    recipients: Vec<String>,
}

#[derive(Serialize)]
struct AutomatedNode<'a> {
    #[serde(rename = "automatedDecisions", skip_serializing_if = "Option::is_none")]
    decisions: Option<bool>,
    profiling: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    logic: Option<&'a Words>,
    #[serde(skip_serializing_if = "Option::is_none")]
    significance: Option<&'a Words>,
    #[serde(skip_serializing_if = "Option::is_none")]
    consequences: Option<&'a Words>,
}

#[derive(Serialize)]
struct RightNode<'a> {
    right: Coded<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    because: Option<Coded<'a>>,
}

#[derive(Serialize)]
struct WaiverNode<'a> {
    rule: &'a str,
    ground: Coded<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'a Words>,
}

#[derive(Serialize)]
struct CookieNode<'a> {
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "hasName")]
    name: &'a str,
    label: &'a Words,
    #[serde(skip_serializing_if = "Option::is_none")]
    host: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    provider: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    category: Option<Coded<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    party: Option<Coded<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lifetime: Option<&'a str>,
}

fn contacts<'a>(email: &'a Option<String>, phone: &'a Option<String>) -> Vec<&'a str> {
    [email, phone]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect()
}
