//! The TILT export: each published version in each language as a document of the Transparency
//! Information Language and Toolkit, version 2 (`api/<notice>/<version>/tilt.<lang>.json`).
//!
//! TILT (TU Berlin; a JSON Schema, draft-07, MIT) has one language per document, one
//! controller, and free text for purposes, categories and recipients. A document is made from
//! the version's data ([`NoticeData`]: the words of its language from the `PerLang` maps), the
//! vocabulary of that language (a right's description, a legal basis's article).
//!
//! The export is lossy. What TILT cannot hold, and every field its schema requires that the
//! notice has nothing for (filled with a stand-in), is listed in the top-level `_notes` (TILT's
//! schema allows additional properties). Each note has a stable code (`about`), the GDPR
//! provision, a sentence in English quoting the notice's words, and where the fact is in
//! `api/<notice>/<version>.json` (its URL with a JSON Pointer).
//!
//! The mapping, TILT field ← disclose:
//! - `meta`: `_id` the document's own URL; `name` the first controller's name; `created` the
//!   day published; `modified` the day of the newest correction, else published; `version` the
//!   version's place among the notice's published versions (1, 2 …); `language`; `status`
//!   `active` for the version in force, else `inactive`; `url` the version's page in the
//!   language; `_hash` the SHA-256 of the file with its `_hash` value written as 64 zeros.
//! - `controller` ← the first controller (`representative`: its own name and e-mail).
//! - `dataProtectionOfficer` ← `dpo` (name, address and country from the controller where the
//!   notice gives none; the controller's contact details when no DPO is designated).
//! - `dataDisclosed[]` ← one entry per purpose of each context (`_id` `<context>/<purpose>`):
//!   `category` the context's categories; `purposes` the purpose, described by its context;
//!   `legalBases` its bases (`art6-1-f` → `GDPR-6-1-f`, with the law it names);
//!   `legitimateInterests` its interest; `recipients` the context's recipients; `storage` the
//!   retention entries that apply to it (periods as `temporal[].ttl`, criteria as
//!   `purposeConditional`); `nonDisclosure` ← the context's `requirement` and `[consequences]`.
//! - `thirdCountryTransfers[]` ← each transfer: `art45` an adequacy decision, `art46-2-c`/`d`
//!   standard clauses, other Art. 46 and 47 mechanisms appropriate guarantees.
//! - `sources[]` ← each context with sources (`dataCategory` its categories in one list).
//! - `rightToInformation` ← access; `accessAndDataPortability` ← access and portability;
//!   `rightToRectificationOrDeletion` ← rectification and erasure; `rightToDataPortability` ←
//!   portability (`available`: the right applies to some context); `rightToWithdrawConsent` ←
//!   the consent purposes and where to withdraw; `rightToComplain` ← the first supervisory
//!   authority.
//! - `automatedDecisionMaking` ← the contexts with decisions of Art. 22(1).
//! - `changesOfPurpose[]` ← purposes with `further_processing`.

use super::export::{self, NoticeData, Words};
use super::plan::NoticePlan;
use super::view::ViewError;
use crate::diag::{Diagnostic, LoadError};
use crate::i18n::{I18nError, Messages};
use crate::lang::Lang;
use crate::model::{Duration, Site};
use crate::vocab::{self, Vocab};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// `api/<notice>/<version>/tilt.<lang>.json`.
pub fn path(notice: &str, version: &str, lang: Lang) -> String {
    format!("api/{notice}/{version}/tilt.{}.json", lang.dir())
}

/// TILT's reference of a legal basis: `art6-1-f` → `GDPR-6-1-f`, `art9-2-a` → `GDPR-9-2-a`.
pub fn reference(code: &str) -> String {
    format!("GDPR-{}", code.strip_prefix("art").unwrap_or(code))
}

/// One published version's TILT document in the language of `msgs`, as written (JSON and a
/// final newline).
pub fn export(
    site: &Site,
    plan: &NoticePlan,
    data: &NoticeData,
    msgs: Messages<'_>,
) -> Result<Vec<u8>, Diagnostic> {
    let mut maker = Maker::new(site, data, msgs);
    let doc = maker
        .document(site, plan)
        .map_err(|e| ViewError::I18n(e).into_site_diagnostic(site))?;
    written(doc).map_err(|e| {
        Diagnostic::load(
            LoadError::Theme,
            format!(
                "cannot write the TILT export of {} {}: {e}",
                data.notice, data.version.number
            ),
        )
    })
}

/// The document's bytes, its `_hash` the SHA-256 of the same bytes with 64 zeros there: written
/// once with the zeros, which are then overwritten by the hash (the same length).
fn written(mut doc: Tilt) -> Result<Vec<u8>, sonic_rs::Error> {
    const ZEROS: &str = "0000000000000000000000000000000000000000000000000000000000000000";
    doc.meta.hash = ZEROS.to_string();
    static TILT: super::json::Writer = super::json::Writer::new();
    let mut json = TILT.to_vec(&doc)?;
    let hex = crate::source::lock::hex(&Sha256::digest(&json));
    let field = format!("\"_hash\":\"{ZEROS}\"");
    if let Some(at) = memchr::memmem::find(&json, field.as_bytes()) {
        let start = at + "\"_hash\":\"".len();
        json[start..start + ZEROS.len()].copy_from_slice(hex.as_bytes());
    }
    Ok(json)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Tilt {
    meta: Meta,
    controller: Controller,
    data_protection_officer: Contact,
    data_disclosed: Vec<DataItem>,
    third_country_transfers: Vec<ThirdCountry>,
    access_and_data_portability: Right,
    sources: Vec<SourceItem>,
    right_to_information: Right,
    right_to_rectification_or_deletion: Right,
    right_to_data_portability: Right,
    right_to_withdraw_consent: Right,
    right_to_complain: Complaint,
    automated_decision_making: Automated,
    changes_of_purpose: Vec<ChangeOfPurpose>,
    /// What TILT cannot hold, and the stand-ins for what it requires (see the module docs).
    #[serde(rename = "_notes")]
    notes: Vec<Note>,
}

#[derive(Serialize)]
struct Meta {
    #[serde(rename = "_id")]
    id: String,
    name: String,
    created: String,
    modified: String,
    version: usize,
    language: &'static str,
    status: &'static str,
    url: Vec<String>,
    #[serde(rename = "_hash")]
    hash: String,
}

#[derive(Serialize)]
struct Controller {
    name: String,
    address: String,
    country: String,
    representative: Person,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    url: Vec<String>,
}

#[derive(Serialize)]
struct Person {
    name: String,
    email: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone: Option<String>,
}

#[derive(Serialize)]
struct Contact {
    name: String,
    address: String,
    country: String,
    email: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DataItem {
    #[serde(rename = "_id")]
    id: String,
    category: Vec<String>,
    purposes: Vec<PurposeItem>,
    legal_bases: Vec<Basis>,
    legitimate_interests: Vec<Interest>,
    recipients: Vec<Recipient>,
    storage: Vec<Storage>,
    non_disclosure: NonDisclosure,
}

#[derive(Serialize)]
struct PurposeItem {
    purpose: String,
    description: String,
}

#[derive(Serialize)]
struct Basis {
    reference: String,
    description: String,
}

#[derive(Serialize)]
struct Interest {
    exists: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    reasoning: Option<String>,
}

#[derive(Serialize, Clone)]
struct Recipient {
    category: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Storage {
    temporal: Vec<Temporal>,
    purpose_conditional: Vec<String>,
    aggregation_function: &'static str,
}

#[derive(Serialize)]
struct Temporal {
    description: String,
    ttl: String,
}

#[derive(Serialize, Clone)]
#[serde(rename_all = "camelCase")]
struct NonDisclosure {
    legal_requirement: bool,
    contractual_regulation: bool,
    obligation_to_provide: bool,
    consequences: String,
}

#[derive(Serialize, Default)]
#[serde(rename_all = "camelCase")]
struct ThirdCountry {
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    adequacy_decision: Option<Available>,
    #[serde(skip_serializing_if = "Option::is_none")]
    appropriate_guarantees: Option<Available>,
    #[serde(skip_serializing_if = "Option::is_none")]
    standard_data_protection_clause: Option<Available>,
}

#[derive(Serialize)]
struct Available {
    available: bool,
    description: String,
}

#[derive(Serialize)]
struct Right {
    available: bool,
    description: String,
    url: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Complaint {
    #[serde(flatten)]
    right: Right,
    #[serde(skip_serializing_if = "Option::is_none")]
    supervisory_authority: Option<Authority>,
}

#[derive(Serialize)]
struct Authority {
    name: String,
    address: String,
    country: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SourceItem {
    #[serde(rename = "_id")]
    id: String,
    data_category: String,
    sources: Vec<SourceEntry>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SourceEntry {
    description: String,
    url: Vec<String>,
    publicly_available: bool,
    origin: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Automated {
    in_use: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    logic_involved: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    scope_and_intended_effects: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ChangeOfPurpose {
    description: String,
    affected_data_categories: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    planned_date_of_change: Option<String>,
    url_of_new_version: String,
}

/// Something TILT cannot hold, or a stand-in for a field it requires.
#[derive(Serialize)]
struct Note {
    /// A stable code: `right-restriction`, `representative`, `transfer-copy`, `waiver` …
    about: &'static str,
    /// The GDPR provision it concerns, if one does.
    gdpr: Option<&'static str>,
    /// What was left out or stood in for, in English, quoting the notice's words.
    text: String,
    /// Where it is in the version's data: `…/api/<notice>/<version>.json#<JSON Pointer>`.
    data: Vec<String>,
}

/// Does a phone number match TILT's pattern (`^[+]*[(]{0,1}[0-9]{1,4}[)]{0,1}[-\s\./0-9]*$`)?
fn phone_ok(phone: &str) -> bool {
    let s = phone.trim_start_matches('+');
    let s = s.strip_prefix('(').unwrap_or(s);
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let tail = |t: &str| {
        t.chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '.' | '/'))
    };
    (1..=digits.min(4)).any(|k| {
        let rest = s.get(k..).unwrap_or("");
        tail(rest.strip_prefix(')').unwrap_or(rest))
    })
}

/// A two-letter country code, as TILT's `country` takes it.
fn iso_country(code: &str) -> bool {
    code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())
}

/// Is a source publicly accessible (Art. 14(2)(f))?
fn public(s: &export::Source) -> bool {
    match s.kind.code {
        Some(code) => has_flag(Vocab::Source, code, vocab::source::PUBLIC),
        None => s.public.unwrap_or(false),
    }
}

fn has_flag(v: Vocab, code: &str, flag: u8) -> bool {
    v.get(code).is_some_and(|c| c.flags & flag != 0)
}

struct Maker<'a> {
    data: &'a NoticeData,
    msgs: Messages<'a>,
    lang: Lang,
    /// The version's data document (`api/<notice>/<version>.json`), the notes' target.
    api: String,
    /// The version's page in this language.
    page: String,
    notes: Vec<Note>,
}

impl<'a> Maker<'a> {
    fn new(site: &Site, data: &'a NoticeData, msgs: Messages<'a>) -> Self {
        let base = &site.config.base_url;
        let lang = msgs.lang;
        Maker {
            data,
            msgs,
            lang,
            api: format!(
                "{base}/{}",
                export::data_path(&data.notice, &data.version.number)
            ),
            page: data
                .urls
                .get(&lang)
                .cloned()
                .unwrap_or_else(|| format!("{base}/")),
            notes: Vec::new(),
        }
    }

    /// The words of this language.
    fn w(&self, words: &Words) -> String {
        words.get(&self.lang).cloned().unwrap_or_default()
    }

    /// A JSON Pointer into the version's data, as a URL.
    fn at(&self, pointer: &str) -> String {
        format!("{}#{pointer}", self.api)
    }

    fn note(&mut self, about: &'static str, gdpr: &'static str, text: String, at: Vec<String>) {
        let data = at.iter().map(|p| self.at(p)).collect();
        self.notes.push(Note {
            about,
            gdpr: Some(gdpr).filter(|g| !g.is_empty()),
            text,
            data,
        });
    }

    fn document(&mut self, site: &Site, plan: &NoticePlan) -> Result<Tilt, I18nError> {
        let d = self.data;
        let first = d.controllers.first();
        let published = d.version.published.clone().unwrap_or_default();
        let corrected = site.lock.as_ref().and_then(|l| {
            let e = l
                .lock
                .versions
                .iter()
                .find(|e| e.notice == d.notice && e.version == d.version.number.as_str())?;
            Some(e.amendments.last()?.date.to_string())
        });
        let meta = Meta {
            id: format!(
                "{}/{}",
                site.config.base_url,
                path(&d.notice, &d.version.number, self.lang)
            ),
            name: first.and_then(|c| c.name.clone()).unwrap_or_default(),
            created: published.clone(),
            modified: corrected.unwrap_or(published),
            version: plan
                .versions
                .iter()
                .position(|v| *v == d.version.number)
                .map_or(1, |i| i + 1),
            // TILT takes an ISO 639-1 code: a regional variant is its base language there.
            language: self.lang.base().unwrap_or(self.lang).code(),
            status: if d.version.status == "current" {
                "active"
            } else {
                "inactive"
            },
            url: vec![self.page.clone()],
            hash: String::new(),
        };
        let controller = self.controller();
        let dpo = self.dpo()?;
        let data_disclosed = self.data_disclosed()?;
        let third_country_transfers = self.transfers()?;
        let sources = self.sources();
        let doc = Tilt {
            meta,
            controller,
            data_protection_officer: dpo,
            data_disclosed,
            third_country_transfers,
            access_and_data_portability: self.right(&["access", "portability"])?,
            sources,
            right_to_information: self.right(&["access"])?,
            right_to_rectification_or_deletion: self.right(&["rectification", "erasure"])?,
            right_to_data_portability: self.right(&["portability"])?,
            right_to_withdraw_consent: self.withdraw()?,
            right_to_complain: self.complaint()?,
            automated_decision_making: self.automated(),
            changes_of_purpose: self.changes_of_purpose(),
            notes: Vec::new(),
        };
        self.rights_notes()?;
        self.other_notes();
        Ok(Tilt {
            notes: std::mem::take(&mut self.notes),
            ..doc
        })
    }

    fn controller(&mut self) -> Controller {
        let d = self.data;
        let first = d.controllers.first();
        let get = |f: fn(&export::Controller) -> Option<String>| first.and_then(f);
        let name = get(|c| c.name.clone()).unwrap_or_default();
        let email = get(|c| c.email.clone()).unwrap_or_default();
        self.note(
            "controller-representative",
            "Art. 13(1)(a), 14(1)(a)",
            "TILT requires controller.representative, a person who represents the controller; \
             the notice names none, so it holds the controller's own name and e-mail."
                .into(),
            vec!["/controllers/0".into()],
        );
        if d.controllers.len() > 1 {
            let others: Vec<String> = d
                .controllers
                .iter()
                .skip(1)
                .map(|c| c.name.clone().unwrap_or_else(|| c.id.clone()))
                .collect();
            self.note(
                "controllers",
                "Art. 13(1)(a), 14(1)(a), 26",
                format!(
                    "This notice has {} controllers and TILT holds one, so controller and \
                     meta.name are the first, {name}. The others: {}. Which contexts each is \
                     responsible for is in contexts[].controllers.",
                    d.controllers.len(),
                    others.join("; ")
                ),
                (1..d.controllers.len())
                    .map(|i| format!("/controllers/{i}"))
                    .collect(),
            );
        }
        let numbered: Vec<(usize, String)> = d
            .controllers
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let org = c.org_number.as_ref()?;
                Some((i, format!("{}: {org}", c.name.as_deref().unwrap_or(&c.id))))
            })
            .collect();
        if !numbered.is_empty() {
            self.note(
                "org-number",
                "Art. 13(1)(a), 14(1)(a)",
                format!(
                    "TILT has no field for a controller's organisation number: {}.",
                    numbered
                        .iter()
                        .map(|(_, t)| t.as_str())
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
                numbered
                    .iter()
                    .map(|(i, _)| format!("/controllers/{i}/org_number"))
                    .collect(),
            );
        }
        let phone = get(|c| c.phone.clone()).filter(|p| phone_ok(p));
        Controller {
            name: name.clone(),
            address: get(|c| c.address.clone()).unwrap_or_default(),
            country: get(|c| c.country.as_ref().map(|x| x.code.to_string())).unwrap_or_default(),
            representative: Person { name, email, phone },
            url: get(|c| c.url.clone()).into_iter().collect(),
        }
    }

    fn dpo(&mut self) -> Result<Contact, I18nError> {
        let d = self.data;
        let first = d.controllers.first();
        let get = |f: fn(&export::Controller) -> Option<String>| first.and_then(f);
        let address = get(|c| c.address.clone()).unwrap_or_default();
        let country = get(|c| c.country.as_ref().map(|x| x.code.to_string())).unwrap_or_default();
        let Some(dpo) = &d.dpo else {
            self.note(
                "no-dpo",
                "Art. 13(1)(b), 14(1)(b), 37",
                "No data protection officer is designated. TILT requires dataProtectionOfficer, \
                 so it holds the (first) controller's contact details."
                    .into(),
                vec!["/dpo".into()],
            );
            return Ok(Contact {
                name: get(|c| c.name.clone()).unwrap_or_default(),
                address,
                country,
                email: get(|c| c.email.clone()).unwrap_or_default(),
                phone: get(|c| c.phone.clone()).filter(|p| phone_ok(p)),
            });
        };
        let mut stood_in = Vec::new();
        let name = match &dpo.name {
            Some(n) => n.clone(),
            None => {
                stood_in.push("name (the word for a DPO)");
                self.msgs.msg("ui-dpo")?
            }
        };
        let address = dpo.address.clone().unwrap_or_else(|| {
            stood_in.push("address (the controller's)");
            address
        });
        stood_in.push("country (the controller's)");
        self.note(
            "dpo-stand-in",
            "Art. 13(1)(b), 14(1)(b)",
            format!(
                "TILT requires a data protection officer's name, address and country, and the \
                 notice does not give them all, so dataProtectionOfficer holds stand-ins: {}.",
                stood_in.join(", ")
            ),
            vec!["/dpo".into()],
        );
        Ok(Contact {
            name,
            address,
            country,
            email: dpo.email.clone().unwrap_or_default(),
            phone: dpo.phone.clone().filter(|p| phone_ok(p)),
        })
    }

    fn data_disclosed(&mut self) -> Result<Vec<DataItem>, I18nError> {
        let d = self.data;
        let mut items = Vec::new();
        for (ci, c) in d.contexts.iter().enumerate() {
            let category: Vec<String> = c
                .categories
                .iter()
                .map(|k| self.w(&k.kind.labels))
                .collect();
            let recipients: Vec<Recipient> = c
                .recipients
                .iter()
                .map(|k| Recipient {
                    category: self.w(&k.kind.labels),
                })
                .collect();
            let non_disclosure = self.non_disclosure(ci, c);
            for p in &c.purposes {
                let own: Vec<&export::Retention> = c
                    .retention
                    .iter()
                    .filter(|r| r.purpose.as_deref() == Some(p.id.as_str()))
                    .collect();
                let retention = if own.is_empty() {
                    c.retention.iter().filter(|r| r.purpose.is_none()).collect()
                } else {
                    own
                };
                items.push(DataItem {
                    id: format!("{}/{}", c.id, p.id),
                    category: category.clone(),
                    purposes: vec![PurposeItem {
                        purpose: self.w(&p.labels),
                        description: self.w(&c.labels),
                    }],
                    legal_bases: p
                        .legal_bases
                        .iter()
                        .map(|b| self.basis(p, b))
                        .collect::<Result<_, _>>()?,
                    legitimate_interests: vec![Interest {
                        exists: p.legitimate_interest.is_some(),
                        reasoning: p.legitimate_interest.as_ref().map(|w| self.w(w)),
                    }],
                    recipients: recipients.clone(),
                    storage: vec![self.storage(&retention)?],
                    non_disclosure: non_disclosure.clone(),
                });
            }
        }
        Ok(items)
    }

    /// A legal basis with its words, its article and, where it rests on one, the law.
    fn basis(&self, p: &export::Purpose, b: &export::LegalBasis) -> Result<Basis, I18nError> {
        let article = self.msgs.code_attr(Vocab::LegalBasis, b.code, "article")?;
        let mut description = format!("{} ({article})", self.w(&b.labels));
        let needs_law = |code: &str| has_flag(Vocab::LegalBasis, code, vocab::basis::NEEDS_LAW);
        let rests_on_law = needs_law(b.code) || !p.legal_bases.iter().any(|x| needs_law(x.code));
        if let Some(law) = p.law.as_ref().filter(|_| rests_on_law) {
            description.push_str(&format!(": {}", self.w(&law.labels)));
            if let Some(url) = &law.url {
                description.push_str(&format!(" ({url})"));
            }
        }
        Ok(Basis {
            reference: reference(b.code),
            description,
        })
    }

    fn storage(&self, entries: &[&export::Retention]) -> Result<Storage, I18nError> {
        let mut temporal = Vec::new();
        let mut purpose_conditional = Vec::new();
        for r in entries {
            if let Some(period) = &r.period {
                let mut words = Vec::new();
                if let Ok(d) = Duration::parse(period) {
                    words.push(self.msgs.duration(&d)?);
                }
                if let Some(after) = &r.after {
                    words.push(self.w(&after.labels));
                }
                temporal.push(Temporal {
                    description: words.join(" "),
                    ttl: period.clone(),
                });
            } else if let Some(criteria) = &r.criteria {
                purpose_conditional.push(self.w(criteria));
            }
        }
        Ok(Storage {
            temporal,
            purpose_conditional,
            aggregation_function: "max",
        })
    }

    fn non_disclosure(&mut self, ci: usize, c: &export::Context) -> NonDisclosure {
        let consequences = c
            .consequences
            .as_ref()
            .and_then(|w| w.get(&self.lang))
            .map(|t| t.trim().to_string())
            .unwrap_or_default();
        let code = c.requirement.as_ref().map(|r| r.code);
        if code.is_none() {
            self.note(
                "non-disclosure",
                "Art. 13(2)(e)",
                format!(
                    "{}: the notice does not say whether the data must be provided (Art. \
                     13(2)(e) asks it only of data obtained from the person); TILT requires \
                     nonDisclosure, so its flags are false.",
                    self.w(&c.labels)
                ),
                vec![format!("/contexts/{ci}/requirement")],
            );
        }
        NonDisclosure {
            legal_requirement: code == Some("statutory"),
            contractual_regulation: matches!(code, Some("contractual" | "contract-prerequisite")),
            obligation_to_provide: matches!(code, Some("statutory" | "contractual")),
            consequences,
        }
    }

    fn transfers(&mut self) -> Result<Vec<ThirdCountry>, I18nError> {
        let d = self.data;
        let mut out = Vec::new();
        for (ci, c) in d.contexts.iter().enumerate() {
            for (ti, t) in c.transfers.iter().enumerate() {
                let at = format!("/contexts/{ci}/transfers/{ti}");
                let country = self.w(&t.country.labels);
                let mut tc = ThirdCountry {
                    country: Some(t.country.code.to_string()).filter(|x| iso_country(x)),
                    ..ThirdCountry::default()
                };
                if tc.country.is_none() {
                    self.note(
                        "transfer-country",
                        "Art. 13(1)(f), 14(1)(f)",
                        format!(
                            "{}: a transfer goes to \"{country}\", which a TILT country code \
                             cannot say; its thirdCountryTransfers entry has no country.",
                            self.w(&c.labels)
                        ),
                        vec![format!("{at}/country")],
                    );
                }
                if let Some(m) = &t.mechanism {
                    let article = self.msgs.code_attr(Vocab::Mechanism, m.code, "article")?;
                    let described = Available {
                        available: true,
                        description: format!("{} ({article})", self.w(&m.labels)),
                    };
                    match m.code {
                        "art45" => tc.adequacy_decision = Some(described),
                        "art46-2-c" | "art46-2-d" => {
                            tc.standard_data_protection_clause = Some(described);
                        }
                        code if code.starts_with("art49") => self.note(
                            "transfer-derogation",
                            "Art. 49",
                            format!(
                                "The transfer to {country} relies on a derogation, \"{}\"; \
                                 TILT has no field for a derogation of Art. 49.",
                                described.description
                            ),
                            vec![format!("{at}/mechanism")],
                        ),
                        _ => tc.appropriate_guarantees = Some(described),
                    }
                }
                if let Some(copy) = &t.copy {
                    self.note(
                        "transfer-copy",
                        "Art. 13(1)(f), 14(1)(f)",
                        format!(
                            "Where to get a copy of the safeguards for the transfer to \
                             {country}: {copy}. TILT has no field for it."
                        ),
                        vec![format!("{at}/copy")],
                    );
                }
                if !t.recipients.is_empty() {
                    let names: Vec<String> = t
                        .recipients
                        .iter()
                        .map(|id| {
                            c.recipients
                                .iter()
                                .find(|k| k.kind.id == *id)
                                .map_or_else(|| id.clone(), |k| self.w(&k.kind.labels))
                        })
                        .collect();
                    self.note(
                        "transfer-recipients",
                        "Art. 13(1)(e)-(f), 14(1)(e)-(f)",
                        format!(
                            "The transfer to {country} is to: {}. TILT does not link a transfer \
                             to its recipients.",
                            names.join("; ")
                        ),
                        vec![format!("{at}/recipients")],
                    );
                }
                out.push(tc);
            }
        }
        Ok(out)
    }

    fn sources(&self) -> Vec<SourceItem> {
        self.data
            .contexts
            .iter()
            .filter(|c| !c.sources.is_empty())
            .map(|c| {
                let categories: Vec<String> = c
                    .categories
                    .iter()
                    .map(|k| self.w(&k.kind.labels))
                    .collect();
                SourceItem {
                    id: c.id.clone(),
                    data_category: self.msgs.and_list(&categories),
                    sources: c
                        .sources
                        .iter()
                        .map(|k| SourceEntry {
                            description: self.w(&k.kind.labels),
                            url: Vec::new(),
                            publicly_available: public(k),
                            origin: match k.kind.code {
                                Some("observation" | "website") => "observed",
                                _ => "received",
                            },
                        })
                        .collect(),
                }
            })
            .collect()
    }

    /// The contexts where a right does not apply: (context, entry, context's words, reason).
    fn exceptions(&self, right: &str) -> Vec<(usize, usize, String, String)> {
        let mut v = Vec::new();
        for (ci, c) in self.data.contexts.iter().enumerate() {
            for (ri, r) in c.rights_not_applicable.iter().enumerate() {
                if r.right.code == right {
                    let reason = r.reason.as_ref().map(|k| self.w(&k.labels));
                    v.push((ci, ri, self.w(&c.labels), reason.unwrap_or_default()));
                }
            }
        }
        v
    }

    /// Does the right apply to some context of the notice?
    fn applies(&self, right: &str) -> bool {
        self.data.contexts.is_empty() || self.exceptions(right).len() < self.data.contexts.len()
    }

    fn right(&self, codes: &[&str]) -> Result<Right, I18nError> {
        let description = codes
            .iter()
            .map(|c| self.msgs.code_attr(Vocab::Right, c, "description"))
            .collect::<Result<Vec<_>, _>>()?
            .join(" ");
        Ok(Right {
            available: codes.iter().any(|c| self.applies(c)),
            description,
            url: vec![self.page.clone()],
            email: self.data.controllers.first().and_then(|c| c.email.clone()),
        })
    }

    fn withdraw(&self) -> Result<Right, I18nError> {
        let consent =
            |b: &export::LegalBasis| has_flag(Vocab::LegalBasis, b.code, vocab::basis::CONSENT);
        let purposes: Vec<&export::Purpose> = self
            .data
            .contexts
            .iter()
            .flat_map(|c| &c.purposes)
            .filter(|p| p.legal_bases.iter().any(consent))
            .collect();
        let mut url: Vec<String> = Vec::new();
        let mut email = None;
        for place in purposes.iter().filter_map(|p| p.withdraw.as_deref()) {
            let address = if !place.contains("://") && place.contains('@') {
                email.get_or_insert_with(|| place.to_string());
                format!("mailto:{place}")
            } else {
                place.to_string()
            };
            if !url.contains(&address) {
                url.push(address);
            }
        }
        if url.is_empty() {
            url.push(self.page.clone());
        }
        Ok(Right {
            available: !purposes.is_empty(),
            description: self
                .msgs
                .code_attr(Vocab::Right, "withdraw-consent", "description")?,
            url,
            email: email.or_else(|| self.data.controllers.first().and_then(|c| c.email.clone())),
        })
    }

    fn complaint(&mut self) -> Result<Complaint, I18nError> {
        let d = self.data;
        let mut all: Vec<(&export::Authority, String)> = Vec::new();
        for (ci, c) in d.contexts.iter().enumerate() {
            for (ai, a) in c.authorities.iter().enumerate() {
                if !all.iter().any(|(x, _)| x.code == a.code) {
                    all.push((a, format!("/contexts/{ci}/authorities/{ai}")));
                }
            }
        }
        if all.len() > 1 {
            let others: Vec<String> = all.iter().skip(1).map(|(a, _)| self.w(&a.labels)).collect();
            self.note(
                "authorities",
                "Art. 13(2)(d), 14(2)(e), 77",
                format!(
                    "TILT names one supervisory authority; this notice also names: {}.",
                    others.join("; ")
                ),
                all.iter().skip(1).map(|(_, p)| p.clone()).collect(),
            );
        }
        let authority = match all.first() {
            Some((a, _)) => Some(Authority {
                name: self.w(&a.labels),
                address: self.msgs.code_attr(Vocab::Authority, a.code, "address")?,
                country: a.code.to_string(),
                phone: self
                    .msgs
                    .code_attr_opt(Vocab::Authority, a.code, "phone")?
                    .filter(|p| phone_ok(p)),
            }),
            None => None,
        };
        let url = match all.first() {
            Some((a, _)) => self.msgs.code_attr(Vocab::Authority, a.code, "url")?,
            None => self.page.clone(),
        };
        Ok(Complaint {
            right: Right {
                available: true,
                description: self
                    .msgs
                    .code_attr(Vocab::Right, "complaint", "description")?,
                url: vec![url],
                email: None,
            },
            supervisory_authority: authority,
        })
    }

    fn automated(&self) -> Automated {
        let art22: Vec<(&export::Context, &export::Automated)> = self
            .data
            .contexts
            .iter()
            .filter_map(|c| Some((c, c.automated.as_ref().filter(|a| a.art22 == Some(true))?)))
            .collect();
        let text = |pick: fn(&export::Automated) -> Vec<&Words>| {
            let parts: Vec<String> = art22
                .iter()
                .map(|(c, a)| {
                    let words: Vec<String> = pick(a).into_iter().map(|w| self.w(w)).collect();
                    let words = words.join(" ");
                    if art22.len() > 1 {
                        format!("{}: {words}", self.w(&c.labels))
                    } else {
                        words
                    }
                })
                .collect();
            Some(parts.join("\n\n")).filter(|t| !t.trim().is_empty())
        };
        Automated {
            in_use: !art22.is_empty(),
            logic_involved: text(|a| a.logic.iter().collect()),
            scope_and_intended_effects: text(|a| {
                a.significance.iter().chain(a.consequences.iter()).collect()
            }),
        }
    }

    fn changes_of_purpose(&self) -> Vec<ChangeOfPurpose> {
        let v = &self.data.version;
        let date = v
            .effective
            .clone()
            .or_else(|| v.in_force_from.clone())
            .or_else(|| v.published.clone());
        self.data
            .contexts
            .iter()
            .flat_map(|c| c.purposes.iter().map(move |p| (c, p)))
            .filter(|(_, p)| p.further_processing)
            .map(|(c, p)| ChangeOfPurpose {
                description: format!("{} ({})", self.w(&p.labels), self.w(&c.labels)),
                affected_data_categories: c
                    .categories
                    .iter()
                    .map(|k| self.w(&k.kind.labels))
                    .collect(),
                planned_date_of_change: date.clone(),
                url_of_new_version: self.page.clone(),
            })
            .collect()
    }

    /// The rights TILT has no field for, and the contexts where one it has does not apply.
    fn rights_notes(&mut self) -> Result<(), I18nError> {
        let every_context: Vec<String> = (0..self.data.contexts.len())
            .map(|ci| format!("/contexts/{ci}/rights_not_applicable"))
            .collect();
        for (code, gdpr, english) in [
            (
                "restriction",
                "Art. 18",
                "the right to restriction of processing",
            ),
            ("object", "Art. 21", "the right to object"),
        ] {
            let words = self.msgs.code(Vocab::Right, code)?;
            let except = self.exceptions(code);
            let mut text = format!("TILT has no field for {english} ({gdpr}), \"{words}\". ");
            if except.is_empty() {
                text.push_str("It applies to every context of this notice.");
            } else {
                let list: Vec<String> = except
                    .iter()
                    .map(|(_, _, c, reason)| {
                        if reason.is_empty() {
                            c.clone()
                        } else {
                            format!("{c} ({reason})")
                        }
                    })
                    .collect();
                text.push_str(&format!("It does not apply to: {}.", list.join("; ")));
            }
            if code == "object" {
                let marketing: Vec<String> = self
                    .data
                    .contexts
                    .iter()
                    .flat_map(|c| &c.purposes)
                    .filter(|p| p.direct_marketing)
                    .map(|p| self.w(&p.labels))
                    .collect();
                if !marketing.is_empty() {
                    text.push_str(&format!(
                        " The right to object to direct marketing (Art. 21(2)) applies to: {}.",
                        marketing.join("; ")
                    ));
                }
            }
            self.note(
                if code == "object" {
                    "right-object"
                } else {
                    "right-restriction"
                },
                gdpr,
                text,
                every_context.clone(),
            );
        }
        for (code, field) in [
            ("erasure", "rightToRectificationOrDeletion"),
            ("portability", "rightToDataPortability"),
        ] {
            let words = self.msgs.code(Vocab::Right, code)?;
            for (ci, ri, context, reason) in self.exceptions(code) {
                self.note(
                    "right-not-applicable",
                    "Art. 13(2)(b), 14(2)(c)",
                    format!(
                        "\"{words}\" does not apply to {context}: {reason} TILT's {field} is for \
                         the whole notice and cannot say so for one context."
                    ),
                    vec![format!("/contexts/{ci}/rights_not_applicable/{ri}")],
                );
            }
        }
        let human: Vec<(usize, String)> = self
            .data
            .contexts
            .iter()
            .enumerate()
            .filter(|(_, c)| c.automated.as_ref().is_some_and(|a| a.art22 == Some(true)))
            .map(|(ci, c)| (ci, self.w(&c.labels)))
            .collect();
        if !human.is_empty() {
            let words = self.msgs.code(Vocab::Right, "human-review")?;
            self.note(
                "right-human-review",
                "Art. 22(3)",
                format!(
                    "TILT has no field for \"{words}\", which applies to: {}.",
                    human
                        .iter()
                        .map(|(_, c)| c.as_str())
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
                human
                    .iter()
                    .map(|(ci, _)| format!("/contexts/{ci}/automated"))
                    .collect(),
            );
        }
        Ok(())
    }

    /// Everything else TILT cannot hold: Art. 27 representatives, waivers, retention
    /// criteria and triggers, profiling, special categories, cookies, the vocabulary's codes.
    fn other_notes(&mut self) {
        let d = self.data;
        for (i, r) in d.representatives.iter().enumerate() {
            let of = d
                .controllers
                .iter()
                .find(|c| c.id == r.controller)
                .and_then(|c| c.name.clone())
                .unwrap_or_else(|| r.controller.clone());
            let contact: Vec<String> = [
                r.name.clone(),
                r.address.clone(),
                r.country.as_ref().map(|c| self.w(&c.labels)),
                r.email.clone(),
                r.phone.clone(),
            ]
            .into_iter()
            .flatten()
            .collect();
            self.note(
                "representative",
                "Art. 13(1)(a), 14(1)(a), 27",
                format!(
                    "The representative in the EU (Art. 27) of {of}: {}. TILT has no field for \
                     it (controller.representative is a contact person of the controller).",
                    contact.join(", ")
                ),
                vec![format!("/representatives/{i}")],
            );
        }
        let mut triggers = Vec::new();
        for (ci, c) in d.contexts.iter().enumerate() {
            let context = self.w(&c.labels);
            for (wi, w) in c.waivers.iter().enumerate() {
                let reason = w.reason.as_ref().map(|r| self.w(r)).unwrap_or_default();
                self.note(
                    "waiver",
                    "Art. 13(4), 14(5), 23",
                    format!(
                        "{context}: the information of rule {} is not given, on the ground \
                         \"{}\": {reason} TILT cannot say that an item of information is left \
                         out, or why.",
                        w.rule,
                        self.w(&w.ground.labels)
                    ),
                    vec![format!("/contexts/{ci}/waivers/{wi}")],
                );
            }
            for (ri, r) in c.retention.iter().enumerate() {
                if let Some(criteria) = r.criteria.as_ref().filter(|_| r.period.is_none()) {
                    self.note(
                        "retention-criteria",
                        "Art. 13(2)(a), 14(2)(a)",
                        format!(
                            "{context}: the retention is given as criteria without a period, \
                             \"{}\". A TILT period needs a ttl, so the criteria are only words, \
                             in storage[].purposeConditional.",
                            self.w(criteria)
                        ),
                        vec![format!("/contexts/{ci}/retention/{ri}")],
                    );
                }
                if r.period.is_some() && r.after.is_some() {
                    triggers.push(format!("/contexts/{ci}/retention/{ri}/after"));
                }
            }
            if c.automated
                .as_ref()
                .is_some_and(|a| a.profiling && a.art22 != Some(true))
            {
                self.note(
                    "profiling",
                    "Art. 13(2)(f), 14(2)(g)",
                    format!(
                        "{context}: profiling takes place, without decisions of Art. 22(1). \
                         TILT's automatedDecisionMaking.inUse says only whether such decisions \
                         are made."
                    ),
                    vec![format!("/contexts/{ci}/automated/profiling")],
                );
            }
            let special: Vec<(usize, String)> = c
                .categories
                .iter()
                .enumerate()
                .filter(|(_, k)| k.special || k.criminal)
                .map(|(ki, k)| (ki, self.w(&k.kind.labels)))
                .collect();
            if !special.is_empty() {
                self.note(
                    "special-categories",
                    "Art. 9, 10",
                    format!(
                        "{context}: {} are special categories of personal data (Art. 9) or data \
                         on criminal convictions and offences (Art. 10); TILT's categories are \
                         words and cannot mark them.",
                        special
                            .iter()
                            .map(|(_, w)| w.as_str())
                            .collect::<Vec<_>>()
                            .join("; ")
                    ),
                    special
                        .iter()
                        .map(|(ki, _)| format!("/contexts/{ci}/categories/{ki}"))
                        .collect(),
                );
            }
            if !c.cookies.is_empty() {
                let names: Vec<&str> = c.cookies.iter().map(|k| k.name.as_str()).collect();
                self.note(
                    "cookies",
                    "Art. 13(1)(c), (e), 13(2)(a)",
                    format!(
                        "{context}: TILT has no field for cookies; this context sets {}: {}.",
                        names.len(),
                        names.join(", ")
                    ),
                    vec![format!("/contexts/{ci}/cookies")],
                );
            }
        }
        if !triggers.is_empty() {
            self.note(
                "retention-trigger",
                "Art. 13(2)(a), 14(2)(a)",
                "A retention period runs from an event (after the relationship ends, after the \
                 visit …); TILT's ttl has no start, so the event is only words, in \
                 storage[].temporal[].description."
                    .into(),
                triggers,
            );
        }
        self.note(
            "codes",
            "",
            "TILT holds words only: the vocabulary's codes and their W3C DPV IRIs (legal bases, \
             categories, recipients, sources, rights, mechanisms) are in the version's data."
                .into(),
            vec![String::new()],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_bases_become_tilt_references() {
        assert_eq!(reference("art6-1-f"), "GDPR-6-1-f");
        assert_eq!(reference("art9-2-a"), "GDPR-9-2-a");
    }

    #[test]
    fn phone_numbers_follow_tilts_pattern() {
        for ok in [
            "+46 8 000 00 00",
            "+358 9 000 0000",
            "(0)22-39.69/00",
            "22396900",
        ] {
            assert!(phone_ok(ok), "{ok}");
        }
        for bad in ["", "+47 22 00 00 00 (sentralbord)", "tel: 22", "+ 47"] {
            assert!(!phone_ok(bad), "{bad}");
        }
    }

    #[test]
    fn the_path_of_an_export() {
        assert_eq!(
            path("business-contacts", "2.1", Lang::Sv),
            "api/business-contacts/2.1/tilt.sv.json"
        );
    }
}
