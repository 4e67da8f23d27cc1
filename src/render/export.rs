//! The data contract: each published version of a notice as language-neutral JSON
//! (`api/<notice>/<version>.json`), with every language's words keyed by language, and the
//! JSON Schema it follows (`schema/notice.schema.json`, generated from these types).
//!
//! These types are the contract, kept apart from the template context: a template may change
//! without changing them. Within a major `schema_version`, fields are added, never renamed or
//! removed. Every enumerated value is a code of disclose's vocabulary, listed in the schema as a
//! closed enum, with its W3C DPV 2.x IRI where DPV has a term for it (`dpv`, else `null`).

use super::json::Writer;
use super::markdown;
use super::plan::{self, NoticePlan};
use crate::lang::Lang;
use crate::model::{self, Notice, Ref, RetentionRule, Site, Version};
use crate::vocab::Vocab;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use std::cell::Cell;
use std::collections::BTreeMap;

/// The major and minor version of the contract.
pub const SCHEMA_VERSION: &str = "1.2";

/// Where the schema is published, under the site's base URL.
pub const SCHEMA_PATH: &str = "schema/notice.schema.json";

/// Words in each language the site publishes: language code → text.
pub type Words = PerLang<String>;

thread_local! {
    /// While [`to_json`] writes a page's own data: the page's language.
    static ONE_LANG: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Something in each language, keyed by language code. A version's document is made once with
/// every language; [`to_json`] writes it whole for `api/`, or with the page's language alone
/// for a page's notice.json.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PerLang<T>(pub BTreeMap<Lang, T>);

impl<T> FromIterator<(Lang, T)> for PerLang<T> {
    fn from_iter<I: IntoIterator<Item = (Lang, T)>>(iter: I) -> Self {
        PerLang(iter.into_iter().collect())
    }
}

impl<T> std::ops::Deref for PerLang<T> {
    type Target = BTreeMap<Lang, T>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl<T: Serialize> Serialize for PerLang<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let Some(lang) = ONE_LANG.get() else {
            return self.0.serialize(s);
        };
        let one = self.0.get(&lang);
        let mut map = s.serialize_map(Some(usize::from(one.is_some())))?;
        if let Some(v) = one {
            map.serialize_entry(&lang, v)?;
        }
        map.end()
    }
}

impl<T: JsonSchema> JsonSchema for PerLang<T> {
    fn inline_schema() -> bool {
        BTreeMap::<Lang, T>::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        BTreeMap::<Lang, T>::schema_name()
    }

    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        BTreeMap::<Lang, T>::json_schema(g)
    }
}

/// The language a document is written for: the page's in a page's notice.json, null in the
/// language-neutral `api/` document. Set by [`to_json`].
#[derive(Debug, Clone, Copy, Default)]
pub struct WrittenLang;

impl Serialize for WrittenLang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ONE_LANG.get().serialize(s)
    }
}

impl JsonSchema for WrittenLang {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "WrittenLang".into()
    }

    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        Option::<Lang>::json_schema(g)
    }
}

fn one_language<T>(_: &T) -> bool {
    ONE_LANG.get().is_some()
}

/// `data` as JSON: whole (`lang` `None`, for `api/`), or a page's own in one language, whose
/// words and prose are that language's alone and whose sections leave out the HTML (the page
/// beside it is that HTML).
pub fn to_json(data: &NoticeData, lang: Option<Lang>) -> Result<Vec<u8>, sonic_rs::Error> {
    struct Reset;
    impl Drop for Reset {
        fn drop(&mut self) {
            ONE_LANG.set(None);
        }
    }
    ONE_LANG.set(lang);
    let _reset = Reset;
    static WHOLE: Writer = Writer::new();
    static ONE: Writer = Writer::new();
    if lang.is_some() { &ONE } else { &WHOLE }.to_vec(data)
}

/// A vocabulary code with its DPV IRI. The schema lists the codes of its list as a closed enum.
macro_rules! coded {
    ($name:ident, $vocab:expr, $doc:literal) => {
        #[doc = $doc]
        #[derive(Debug, Clone, Serialize)]
        pub struct $name {
            pub code: &'static str,
            pub dpv: Option<&'static str>,
            pub labels: Words,
        }

        impl $name {
            fn of(n: &Namer<'_>, code: &'static str) -> Self {
                $name {
                    code,
                    dpv: $vocab.get(code).and_then(|c| c.dpv),
                    labels: n.words($vocab, code),
                }
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                coded_schema($vocab, $doc)
            }
        }
    };
}

/// Words for the vocabulary's codes, from the locales.
pub struct Namer<'a> {
    pub locales: &'a crate::i18n::Locales,
    pub langs: &'a [Lang],
}

impl Namer<'_> {
    fn words(&self, v: Vocab, code: &str) -> Words {
        self.langs
            .iter()
            .filter_map(|l| Some((*l, self.locales.get(*l).code(v, code).ok()?)))
            .collect()
    }
}

fn codes(v: Vocab) -> Vec<serde_json::Value> {
    v.codes().iter().map(|c| c.code.into()).collect()
}

fn coded_schema(v: Vocab, doc: &str) -> Schema {
    let codes = codes(v);
    json_schema!({
        "type": "object",
        "description": doc,
        "additionalProperties": false,
        "required": ["code", "dpv", "labels"],
        "properties": {
            "code": { "enum": codes, "description": format!("A code of disclose's vocabulary ({}).", v.noun()) },
            "labels": {
                "type": "object",
                "additionalProperties": { "type": "string" },
                "description": "The code's words in each language, keyed by language code."
            },
            "dpv": {
                "type": ["string", "null"],
                "format": "iri",
                "description": "The W3C DPV 2.x IRI of the code; null where DPV has no term for it (no IRI is invented)."
            }
        }
    })
}

coded!(
    LegalBasis,
    Vocab::LegalBasis,
    "A legal basis of Art. 6(1) or a condition of Art. 9(2) GDPR."
);
coded!(
    Mechanism,
    Vocab::Mechanism,
    "The ground of a transfer outside the EEA (GDPR chapter V)."
);
coded!(
    Trigger,
    Vocab::Trigger,
    "What a retention period runs from."
);
coded!(Right, Vocab::Right, "A right of the data subject.");
coded!(
    WaiverGround,
    Vocab::WaiverGround,
    "The ground for not giving an item of information (Art. 13(4), 14(5) or national law)."
);
coded!(
    CookieCategory,
    Vocab::CookieCategory,
    "What a cookie is for."
);
coded!(
    CookieParty,
    Vocab::CookieParty,
    "Whether a cookie is first- or third-party."
);
coded!(Country, Vocab::Country, "A country (ISO 3166-1 alpha-2).");
coded!(
    Authority,
    Vocab::Authority,
    "A supervisory authority, by the country code of its member state."
);
coded!(
    Collection,
    Vocab::Collection,
    "How the data are obtained: from the data subject (Art. 13), from elsewhere (Art. 14), or both."
);
coded!(
    Requirement,
    Vocab::Requirement,
    "Whether providing the data is a statutory or contractual requirement (Art. 13(2)(e))."
);

/// A standard code of the vocabulary, or an id the version defines with its own words.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Kind {
    /// The standard code, or null for the version's own kind.
    #[schemars(schema_with = "kind_code_schema")]
    pub code: Option<&'static str>,
    /// The id in facts.toml: the code itself, or the version's own id.
    pub id: String,
    pub dpv: Option<&'static str>,
    /// Its name in each language.
    pub labels: Words,
}

fn kind_code_schema(_: &mut SchemaGenerator) -> Schema {
    let mut all: Vec<serde_json::Value> = Vec::new();
    for v in [
        Vocab::Category,
        Vocab::Source,
        Vocab::Recipient,
        Vocab::RightReason,
    ] {
        all.extend(codes(v));
    }
    all.push(serde_json::Value::Null);
    json_schema!({
        "enum": all,
        "description": "A code of disclose's lists of data categories, sources, recipient kinds or reasons a right does not apply (the list follows from the field), or null for a kind the version defines itself."
    })
}

/// The document for one version of one notice.
#[derive(Debug, Serialize, JsonSchema)]
#[schemars(
    title = "A privacy notice version, as published by disclose",
    description = "One version of one privacy notice: every GDPR Art. 13/14 item as data, language-neutral, with the words of each language keyed by language code. Within a major schema_version, fields are added, never renamed or removed."
)]
pub struct NoticeData {
    /// The schema this document follows.
    #[serde(rename = "$schema")]
    pub schema: String,
    /// `major.minor` of the contract.
    pub schema_version: &'static str,
    /// The one language of a page's own data (`<lang>/<slug>/notice.json`: every `labels` and
    /// `prose` holds that language only); null in the language-neutral `api/` document, which
    /// holds every language.
    pub lang: WrittenLang,
    /// The notice's id (its folder name).
    pub notice: String,
    pub version: VersionData,
    pub languages: Vec<Lang>,
    /// The notice's title in each language.
    pub titles: Words,
    /// This version's page in each language (every language, in a page's data too).
    pub urls: BTreeMap<Lang, String>,
    pub controllers: Vec<Controller>,
    pub dpo: Option<Dpo>,
    /// Whether a data protection officer is designated: `true` with `dpo`, `false` where the
    /// version declares that none is, null where it does not say (a version published before
    /// disclose required it). Since 1.2.
    pub dpo_designated: Option<bool>,
    pub representatives: Vec<Representative>,
    /// The notice's own processing contexts.
    pub contexts: Vec<Context>,
    /// What the notice's companies process on behalf of other controllers (Art. 28): not the
    /// notice's own processing, whose facts that controller's notice states. Since 1.2.
    pub processor_services: Vec<ProcessorService>,
    /// The prose of each language, section by section.
    pub prose: PerLang<Vec<Section>>,
}

/// When the version was published and in force, and what it changed.
#[derive(Debug, Serialize, JsonSchema)]
pub struct VersionData {
    pub number: String,
    /// `current` (the version in force), `superseded`, or `draft` (only in a preview built
    /// with `--drafts`).
    pub status: &'static str,
    /// ISO 8601 dates; `published` is null for a draft.
    pub published: Option<String>,
    pub effective: Option<String>,
    pub in_force_from: Option<String>,
    /// The last day it was in force; null for the version in force.
    pub in_force_until: Option<String>,
    /// SHA-256 of its files as content/disclose.lock records it (after its newest correction);
    /// null when the site keeps no lock.
    pub sha256: Option<String>,
    /// The version it replaced.
    pub supersedes: Option<String>,
    /// Whether any change from the version it replaced is material.
    pub material_changes: bool,
    /// The changes in the facts from the version it replaced (see the changes page for words).
    pub changes: Vec<ChangeData>,
}

/// One change in the facts.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ChangeData {
    /// The kind of change (`retention-longer`, `recipient-added` …).
    pub kind: String,
    /// The context it concerns, if any.
    pub context: Option<String>,
    pub material: bool,
    /// Why it is material or not (`longer-retention`, `wording` …).
    pub reason: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Controller {
    pub id: String,
    pub name: Option<String>,
    pub org_number: Option<String>,
    pub country: Option<Country>,
    pub address: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Dpo {
    pub name: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
}

/// An Art. 27 representative in the EU.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Representative {
    /// The id of the controller it represents.
    pub controller: String,
    pub name: Option<String>,
    pub address: Option<String>,
    pub country: Option<Country>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// A processing context: one situation in which data are processed.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Context {
    pub id: String,
    pub labels: Words,
    pub collection: Option<Collection>,
    /// The DPV notice kind: DirectDataCollectionNotice (Art. 13) and/or
    /// IndirectDataCollectionNotice (Art. 14).
    pub notice_kinds: Vec<String>,
    /// The ids of its controllers.
    pub controllers: Vec<String>,
    pub purposes: Vec<Purpose>,
    pub categories: Vec<Category>,
    pub sources: Vec<Source>,
    pub recipients: Vec<Recipient>,
    pub authorities: Vec<Authority>,
    pub requirement: Option<Requirement>,
    /// The consequences of not providing the data (Art. 13(2)(e)), in each language.
    pub consequences: Option<Words>,
    pub retention: Vec<Retention>,
    pub transfers: Vec<Transfer>,
    pub automated: Option<Automated>,
    pub rights_not_applicable: Vec<RightException>,
    pub waivers: Vec<Waiver>,
    pub cookies: Vec<Cookie>,
    /// The items this context does not state at all (`recipients`, `transfers`): only a version
    /// published before disclose required them has any. An empty `recipients` or `transfers`
    /// means "none" only when its name is not listed here. Since 1.2.
    pub not_stated: Vec<&'static str>,
}

/// A context processed on behalf of another controller.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ProcessorService {
    pub id: String,
    pub labels: Words,
    /// The controller on whose behalf the data are processed, in each language.
    pub on_behalf_of: Option<Words>,
    /// The ids of the notice's companies (`controllers`) that process the data.
    pub processors: Vec<String>,
    pub categories: Vec<Category>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Purpose {
    pub id: String,
    pub labels: Words,
    pub legal_bases: Vec<LegalBasis>,
    /// The law it relies on (Art. 6(1)(c) and (e)).
    pub law: Option<Law>,
    /// The legitimate interest pursued (Art. 13(1)(d)), in each language.
    pub legitimate_interest: Option<Words>,
    /// Where consent is withdrawn (an address or URL).
    pub withdraw: Option<String>,
    pub direct_marketing: bool,
    pub further_processing: bool,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Law {
    pub id: String,
    pub url: Option<String>,
    pub labels: Words,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Category {
    #[serde(flatten)]
    pub kind: Kind,
    /// A special category of Art. 9.
    pub special: bool,
    /// Data on criminal convictions and offences (Art. 10).
    pub criminal: bool,
}

/// Where the data come from (Art. 14(2)(f)).
#[derive(Debug, Serialize, JsonSchema)]
pub struct Source {
    #[serde(flatten)]
    pub kind: Kind,
    /// For a source the version defines: whether it is publicly accessible; null when not said,
    /// and for a standard kind.
    pub public: Option<bool>,
}

/// Who receives the data (Art. 13(1)(e)).
#[derive(Debug, Serialize, JsonSchema)]
pub struct Recipient {
    #[serde(flatten)]
    pub kind: Kind,
    /// For a recipient the version defines: the standard kind of recipient it is, if said.
    #[schemars(schema_with = "kind_code_schema")]
    pub of_kind: Option<&'static str>,
    /// For a recipient the version defines: the country it is in, if said.
    pub country: Option<Country>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Retention {
    /// An ISO 8601 duration (`P24M`), or null when the period is given as criteria.
    pub period: Option<String>,
    /// `at-most` or `at-least` when the period is an upper or a lower bound; null when it is
    /// the period itself. Since 1.2.
    #[schemars(schema_with = "bound_schema")]
    pub bound: Option<&'static str>,
    /// The law that sets the period. Since 1.2.
    pub law: Option<Law>,
    pub after: Option<Trigger>,
    /// The purpose it is for, or null for every purpose of the context.
    pub purpose: Option<String>,
    /// The criteria for the period, in each language, when there is no fixed period.
    pub criteria: Option<Words>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Transfer {
    pub country: Country,
    pub outside_eea: bool,
    pub mechanism: Option<Mechanism>,
    /// Where a copy of the safeguards is obtained.
    pub copy: Option<String>,
    /// The ids of its recipients.
    pub recipients: Vec<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Automated {
    /// Decisions based solely on automated processing with legal or similar effects (Art. 22).
    pub art22: Option<bool>,
    pub profiling: bool,
    /// The logic involved, its significance and envisaged consequences, in each language.
    pub logic: Option<Words>,
    pub significance: Option<Words>,
    pub consequences: Option<Words>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct RightException {
    pub right: Right,
    pub reason: Option<Kind>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Waiver {
    /// The rule (item of information) not given: `R08` …
    pub rule: String,
    pub ground: WaiverGround,
    pub reason: Option<Words>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct Cookie {
    pub id: String,
    pub name: String,
    pub host: Option<String>,
    pub provider: Option<String>,
    pub category: Option<CookieCategory>,
    pub party: Option<CookieParty>,
    /// `session`, or an ISO 8601 duration.
    pub lifetime: Option<String>,
    /// What it is for, in each language.
    pub labels: Words,
}

/// One section of a language's prose.
#[derive(Debug, Serialize, JsonSchema)]
pub struct Section {
    /// The section's id; empty for the text before the first section.
    pub id: String,
    /// The heading as written (Markdown).
    pub heading: String,
    /// The section's Markdown source, as written.
    pub markdown: String,
    /// The same rendered as HTML, with absolute links. Left out of a page's notice.json: the
    /// page beside it (index.html) is that HTML.
    #[serde(skip_serializing_if = "one_language")]
    pub html: String,
}

/// The JSON Schema of [`NoticeData`], with its `$id` under `base_url`.
pub fn schema(base_url: &str) -> serde_json::Value {
    // The shape disclose writes (a field left out when empty is not required).
    let generator = schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator();
    let mut s =
        serde_json::to_value(generator.into_root_schema_for::<NoticeData>()).unwrap_or_default();
    if let Some(o) = s.as_object_mut() {
        o.insert("$id".into(), format!("{base_url}/{SCHEMA_PATH}").into());
        o.insert("x-schema-version".into(), SCHEMA_VERSION.into());
    }
    s
}

fn words(
    version: &Version,
    langs: &[Lang],
    f: impl Fn(&model::LangText) -> Option<String>,
) -> Words {
    langs
        .iter()
        .filter_map(|l| Some((*l, f(version.texts.get(l)?)?)))
        .collect()
}

fn label(version: &Version, langs: &[Lang], id: &str) -> Words {
    words(version, langs, |t| t.label(id).map(str::to_string))
}

fn value<T: Clone>(x: &Option<crate::source::files::Located<T>>) -> Option<T> {
    x.as_ref().map(|l| l.value.clone())
}

fn kind(n: &Namer<'_>, version: &Version, vocab: Vocab, r: &Ref) -> Kind {
    let langs = n.langs;
    match r {
        Ref::Standard(c) => Kind {
            code: Some(c.value),
            id: c.value.to_string(),
            dpv: vocab.get(c.value).and_then(|x| x.dpv),
            labels: n.words(vocab, c.value),
        },
        Ref::Custom(id) => Kind {
            code: None,
            id: id.value.clone(),
            dpv: None,
            labels: label(version, langs, &id.value),
        },
    }
}

/// The document of one version, with the words of every language `n` names: written whole for
/// `api/`, or for one page's language ([`to_json`]).
pub fn notice_data(
    n: &Namer<'_>,
    site: &Site,
    notice: &Notice,
    plan: &NoticePlan,
    version: &Version,
    memo: &markdown::Memo,
) -> NoticeData {
    let langs = n.langs;
    let base = &site.config.base_url;
    let f = &version.facts;
    let dates = plan
        .dates
        .iter()
        .find(|d| d.number == version.number.as_str());
    let previous = notice.previous_published(version);
    let diff = previous.map(|p| crate::history::diff(p, version));
    let sha256 = site.lock.as_ref().and_then(|l| {
        let e = l
            .lock
            .versions
            .iter()
            .find(|e| e.notice == notice.id && e.version == version.number.as_str())?;
        Some(
            e.amendments
                .last()
                .map_or_else(|| e.sha256.clone(), |a| a.sha256.clone()),
        )
    });
    let status = if notice.current().is_some_and(|c| c.number == version.number) {
        "current"
    } else if version.facts.published.is_some() {
        "superseded"
    } else {
        "draft"
    };
    let contexts = f
        .contexts
        .iter()
        .filter(|c| c.is_controllers_own())
        .map(|c| context(n, version, c))
        .collect();
    let processor_services = f
        .contexts
        .iter()
        .filter_map(|c| c.processor.as_ref().map(|p| (c, p)))
        .map(|(c, p)| ProcessorService {
            id: c.id.value.clone(),
            labels: label(version, n.langs, &c.id.value),
            on_behalf_of: p
                .on_behalf_of
                .as_ref()
                .map(|id| label(version, n.langs, &id.value)),
            processors: p.processors.iter().map(|x| x.value.clone()).collect(),
            categories: categories(n, version, c),
        })
        .collect();
    let absolute = format!("{base}/");
    let prose = langs
        .iter()
        .filter_map(|l| {
            let t = version.texts.get(l)?;
            let src = site.files.text(t.file);
            let mut sections = vec![Section {
                id: String::new(),
                heading: String::new(),
                markdown: src
                    .get(t.prose.intro.clone())
                    .unwrap_or("")
                    .trim()
                    .to_string(),
                html: memo.to_html(
                    src.get(t.prose.intro.clone()).unwrap_or(""),
                    site.config.allow_html,
                    0,
                    &absolute,
                ),
            }];
            sections.extend(t.prose.sections.iter().map(|s| {
                let md = src.get(s.body.clone()).unwrap_or("");
                Section {
                    id: s.id.clone(),
                    heading: s.heading.clone(),
                    markdown: md.trim().to_string(),
                    html: memo.to_html(md, site.config.allow_html, 0, &absolute),
                }
            }));
            Some((*l, sections))
        })
        .collect();
    NoticeData {
        schema: format!("{base}/{SCHEMA_PATH}"),
        schema_version: SCHEMA_VERSION,
        lang: WrittenLang,
        notice: notice.id.clone(),
        version: VersionData {
            number: version.number.to_string(),
            status,
            published: version
                .facts
                .published
                .as_ref()
                .map(|d| d.value.to_string()),
            effective: version
                .facts
                .effective
                .as_ref()
                .map(|d| d.value.to_string()),
            in_force_from: dates.map(|d| d.from.clone()),
            in_force_until: dates.and_then(|d| d.until.clone()),
            sha256,
            supersedes: previous.map(|p| p.number.to_string()),
            material_changes: diff.as_ref().is_some_and(|d| d.material()),
            changes: diff
                .map(|d| {
                    d.changes
                        .into_iter()
                        .map(|c| ChangeData {
                            kind: c.kind.key().trim_start_matches("change-").to_string(),
                            context: c.context,
                            material: c.material,
                            reason: c
                                .reason
                                .key()
                                .trim_start_matches("change-reason-")
                                .to_string(),
                        })
                        .collect()
                })
                .unwrap_or_default(),
        },
        languages: site.config.languages.clone(),
        titles: words(version, langs, |t| value(&t.title)),
        urls: plan
            .dirs
            .iter()
            .map(|(l, d)| {
                (
                    *l,
                    format!("{base}/{}", plan::version_dir(d, version.number.as_str())),
                )
            })
            .collect(),
        controllers: f
            .controllers
            .iter()
            .map(|c| Controller {
                id: c.id.value.clone(),
                name: value(&c.name),
                org_number: value(&c.org_number),
                country: c.country.as_ref().map(|x| Country::of(n, x.value)),
                address: value(&c.address),
                email: value(&c.email),
                phone: value(&c.phone),
                url: value(&c.url),
            })
            .collect(),
        dpo: f.dpo.as_ref().map(|d| Dpo {
            name: value(&d.name),
            email: value(&d.email),
            address: value(&d.address),
            phone: value(&d.phone),
        }),
        dpo_designated: f.designates_dpo(),
        representatives: f
            .representatives
            .iter()
            .map(|r| Representative {
                controller: r.controller.value.clone(),
                name: value(&r.name),
                address: value(&r.address),
                country: r.country.as_ref().map(|x| Country::of(n, x.value)),
                email: value(&r.email),
                phone: value(&r.phone),
            })
            .collect(),
        contexts,
        processor_services,
        prose,
    }
}

fn context(n: &Namer<'_>, version: &Version, c: &model::Context) -> Context {
    let langs = n.langs;
    let f = &version.facts;
    let collection = c.collection.as_ref().map(|x| x.value);
    let mut notice_kinds = Vec::new();
    if collection.is_some_and(|x| x.art13()) {
        notice_kinds.push("https://w3id.org/dpv#DirectDataCollectionNotice".to_string());
    }
    if collection.is_some_and(|x| x.art14()) {
        notice_kinds.push("https://w3id.org/dpv#IndirectDataCollectionNotice".to_string());
    }
    Context {
        id: c.id.value.clone(),
        labels: label(version, langs, &c.id.value),
        collection: collection.map(|x| Collection::of(n, x.code())),
        notice_kinds,
        controllers: c.controllers.iter().map(|x| x.value.clone()).collect(),
        purposes: c
            .purposes
            .iter()
            .map(|p| Purpose {
                id: p.id.value.clone(),
                labels: label(version, langs, &p.id.value),
                legal_bases: p
                    .legal_bases
                    .iter()
                    .map(|b| LegalBasis::of(n, b.value))
                    .collect(),
                law: p.law.as_ref().map(|id| law(f, version, langs, id)),
                legitimate_interest: Some(words(version, langs, |t| {
                    t.legitimate_interests
                        .get(&p.id.value)
                        .map(|x| x.value.value.trim().to_string())
                }))
                .filter(|w| !w.is_empty()),
                withdraw: value(&p.withdraw),
                direct_marketing: p.direct_marketing,
                further_processing: p.further_processing,
            })
            .collect(),
        categories: categories(n, version, c),
        sources: c
            .sources
            .iter()
            .map(|r| Source {
                public: f
                    .sources
                    .iter()
                    .find(|s| s.id.value == r.id())
                    .and_then(|s| s.public),
                kind: kind(n, version, Vocab::Source, r),
            })
            .collect(),
        recipients: c
            .recipients
            .iter()
            .map(|r| {
                let own = f.recipients.iter().find(|x| x.id.value == r.id());
                Recipient {
                    of_kind: own.and_then(|x| x.kind),
                    country: own.and_then(|x| x.country).map(|x| Country::of(n, x)),
                    kind: kind(n, version, Vocab::Recipient, r),
                }
            })
            .collect(),
        authorities: c
            .authorities
            .iter()
            .map(|a| Authority::of(n, a.value))
            .collect(),
        requirement: c.requirement.as_ref().map(|r| Requirement::of(n, r.value)),
        consequences: Some(words(version, langs, |t| {
            t.consequences
                .get(&c.id.value)
                .map(|x| x.value.value.clone())
        }))
        .filter(|w| !w.is_empty()),
        retention: c
            .retention
            .iter()
            .map(|r| match &r.rule {
                RetentionRule::Period { period, after } => Retention {
                    period: Some(period.value.to_string()),
                    bound: r.bound.as_ref().map(|b| b.value.code()),
                    law: r.law.as_ref().map(|id| law(f, version, langs, id)),
                    after: after.as_ref().map(|a| Trigger::of(n, a.value)),
                    purpose: r.purpose.as_ref().map(|p| p.value.clone()),
                    criteria: None,
                },
                RetentionRule::Criteria(id) => Retention {
                    period: None,
                    bound: None,
                    law: r.law.as_ref().map(|id| law(f, version, langs, id)),
                    after: None,
                    purpose: r.purpose.as_ref().map(|p| p.value.clone()),
                    criteria: Some(label(version, langs, &id.value)),
                },
            })
            .collect(),
        transfers: c
            .transfers
            .iter()
            .map(|t| Transfer {
                country: Country::of(n, t.country.value),
                outside_eea: t.outside_eea(),
                mechanism: t.mechanism.as_ref().map(|m| Mechanism::of(n, m.value)),
                copy: value(&t.copy),
                recipients: t.recipients.iter().map(|r| r.id().to_string()).collect(),
            })
            .collect(),
        automated: c.automated.as_ref().map(|a| {
            let text = |pick: fn(&model::AutomatedText) -> Option<String>| {
                Some(words(version, langs, |t| {
                    t.automated.get(&c.id.value).and_then(pick)
                }))
                .filter(|w| !w.is_empty())
            };
            Automated {
                art22: a.art22.as_ref().map(|b| b.value),
                profiling: a.profiling,
                logic: text(|x| value(&x.logic)),
                significance: text(|x| value(&x.significance)),
                consequences: text(|x| value(&x.consequences)),
            }
        }),
        rights_not_applicable: c
            .rights_not_applicable
            .iter()
            .map(|r| RightException {
                right: Right::of(n, r.right.value),
                reason: r
                    .reason
                    .as_ref()
                    .map(|x| kind(n, version, Vocab::RightReason, x)),
            })
            .collect(),
        waivers: c
            .waivers
            .iter()
            .map(|w| Waiver {
                rule: w.rule.value.clone(),
                ground: WaiverGround::of(n, w.ground.value),
                reason: w.reason.as_ref().map(|id| label(version, langs, &id.value)),
            })
            .collect(),
        cookies: c
            .cookies
            .iter()
            .map(|k| Cookie {
                id: k.id.value.clone(),
                name: k.name.clone(),
                host: k.host.clone(),
                provider: k.provider.clone(),
                category: k.category.as_ref().map(|x| CookieCategory::of(n, x.value)),
                party: k.party.as_ref().map(|x| CookieParty::of(n, x.value)),
                lifetime: k.lifetime.map(|l| match l {
                    model::Lifetime::Session => "session".to_string(),
                    model::Lifetime::Period(d) => d.to_string(),
                }),
                labels: label(version, langs, &k.id.value),
            })
            .collect(),
        not_stated: c.stated.missing(),
    }
}

/// A context's categories of data.
fn categories(n: &Namer<'_>, version: &Version, c: &model::Context) -> Vec<Category> {
    let f = &version.facts;
    c.categories
        .iter()
        .map(|r| {
            let (special, criminal) = match r {
                Ref::Standard(code) => {
                    Vocab::Category.get(code.value).map_or((false, false), |x| {
                        (
                            x.flags & crate::vocab::category::SPECIAL != 0,
                            x.flags & crate::vocab::category::CRIMINAL != 0,
                        )
                    })
                }
                Ref::Custom(id) => f
                    .categories
                    .iter()
                    .find(|x| x.id == *id)
                    .map_or((false, false), |x| (x.special, x.criminal)),
            };
            Category {
                kind: kind(n, version, Vocab::Category, r),
                special,
                criminal,
            }
        })
        .collect()
}

/// A law a purpose or a retention period names.
fn law(f: &model::Facts, version: &Version, langs: &[Lang], id: &model::Id) -> Law {
    Law {
        id: id.value.clone(),
        url: f.law(&id.value).and_then(|l| value(&l.url)),
        labels: label(version, langs, &id.value),
    }
}

/// The schema of a retention period's `bound`.
fn bound_schema(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": ["string", "null"],
        "enum": ["at-most", "at-least", null],
    })
}

/// `api/<notice>/<version>.json`.
pub fn data_path(notice: &str, version: &str) -> String {
    format!("api/{notice}/{version}.json")
}
