//! The shapes of the source files as written, before any meaning is given to them.
//!
//! Every struct denies unknown keys, so a misspelt key is an error with a position rather than
//! a silently ignored line. Strings that name ids or codes keep their span for later diagnostics.

use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

pub type S = Spanned<String>;

/// `content/site.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteToml {
    pub base_url: S,
    pub languages: Spanned<Vec<S>>,
    pub default_language: Option<S>,
    pub theme: Option<S>,
    #[serde(default)]
    pub allow_html: bool,
    #[serde(default)]
    pub title: BTreeMap<String, S>,
}

/// `facts.toml` of one version.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactsToml {
    #[serde(default)]
    pub version: VersionToml,
    #[serde(default)]
    pub controllers: Vec<Spanned<ControllerToml>>,
    #[serde(default)]
    pub representatives: Vec<Spanned<RepresentativeToml>>,
    pub dpo: Option<Spanned<DpoToml>>,
    #[serde(default)]
    pub laws: Vec<Spanned<LawToml>>,
    #[serde(default)]
    pub sources: Vec<Spanned<SourceToml>>,
    #[serde(default)]
    pub recipients: Vec<Spanned<RecipientToml>>,
    #[serde(default)]
    pub categories: Vec<Spanned<CategoryToml>>,
    /// What holds for every context, stated once; a context that writes a key itself says
    /// otherwise.
    pub all_contexts: Option<Spanned<AllContextsToml>>,
    #[serde(default)]
    pub contexts: Vec<Spanned<ContextToml>>,
}

/// `[all_contexts]`: facts every context inherits unless it states its own.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllContextsToml {
    pub controllers: Option<Vec<S>>,
    pub recipients: Option<Spanned<Vec<S>>>,
    pub transfers: Option<Spanned<Vec<Spanned<TransferToml>>>>,
    pub authorities: Option<Vec<S>>,
    pub requirement: Option<S>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionToml {
    pub published: Option<Spanned<toml::value::Datetime>>,
    pub effective: Option<Spanned<toml::value::Datetime>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ControllerToml {
    pub id: S,
    pub name: Option<S>,
    pub org_number: Option<S>,
    pub country: Option<S>,
    pub address: Option<S>,
    pub email: Option<S>,
    pub phone: Option<S>,
    pub url: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepresentativeToml {
    pub controller: S,
    pub name: Option<S>,
    pub address: Option<S>,
    pub country: Option<S>,
    pub email: Option<S>,
    pub phone: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DpoToml {
    /// `false` declares that no data protection officer is designated.
    pub designated: Option<Spanned<bool>>,
    pub email: Option<S>,
    pub name: Option<S>,
    pub address: Option<S>,
    pub phone: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LawToml {
    pub id: S,
    pub url: Option<S>,
    /// The national data-protection act it is, by its code (`se-dataskyddslagen`).
    pub act: Option<S>,
    /// `true`: the law no longer applies; a purpose may not rely on it.
    pub repealed: Option<Spanned<bool>>,
    /// The id of the [[laws]] entry that replaced it.
    pub replaced_by: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceToml {
    pub id: S,
    pub public: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecipientToml {
    pub id: S,
    pub kind: Option<S>,
    pub country: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryToml {
    pub id: S,
    #[serde(default)]
    pub special: bool,
    #[serde(default)]
    pub criminal: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContextToml {
    pub id: S,
    /// `controller` (the default) or `processor`: processing on behalf of a controller.
    pub role: Option<S>,
    /// For a processor context: a label id naming the controller ("our clients").
    pub on_behalf_of: Option<S>,
    /// For a processor context: which of the notice's companies ([[controllers]] ids) process
    /// the data on the controller's behalf.
    pub processors: Option<Vec<S>>,
    pub collection: Option<S>,
    /// Left out: the controllers of [all_contexts].
    pub controllers: Option<Vec<S>>,
    #[serde(default)]
    pub categories: Vec<S>,
    #[serde(default)]
    pub sources: Vec<S>,
    /// Left out is not "none": `recipients = []` declares that no one receives the data.
    pub recipients: Option<Spanned<Vec<S>>>,
    /// Left out: the authorities of [all_contexts].
    pub authorities: Option<Vec<S>>,
    pub requirement: Option<S>,
    #[serde(default)]
    pub retention: Vec<Spanned<RetentionToml>>,
    /// Left out is not "none": `transfers = []` declares that no data leave the EEA.
    pub transfers: Option<Spanned<Vec<Spanned<TransferToml>>>>,
    pub automated_decisions: Option<Spanned<AutomatedToml>>,
    #[serde(default)]
    pub rights_not_applicable: Vec<Spanned<RightExceptionToml>>,
    #[serde(default)]
    pub waivers: Vec<Spanned<WaiverToml>>,
    #[serde(default)]
    pub purposes: Vec<Spanned<PurposeToml>>,
    #[serde(default)]
    pub cookies: Vec<Spanned<CookieToml>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionToml {
    pub period: Option<S>,
    /// `at-most` or `at-least`: the period is an upper or a lower bound.
    pub bound: Option<S>,
    pub after: Option<S>,
    /// The [[laws]] id of the law that sets the period.
    pub law: Option<S>,
    pub purpose: Option<S>,
    pub criteria: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransferToml {
    pub country: S,
    pub mechanism: Option<S>,
    pub copy: Option<S>,
    #[serde(default)]
    pub recipients: Vec<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AutomatedToml {
    pub art22: Option<Spanned<bool>>,
    #[serde(default)]
    pub profiling: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RightExceptionToml {
    pub right: S,
    pub reason: Option<S>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WaiverToml {
    pub rule: S,
    pub ground: S,
    pub reason: Option<S>,
}

/// One or several legal-basis codes: `"art6-1-b"` or `["art6-1-a", "art9-2-a"]`. A single
/// code takes its position from the enclosing `Spanned`.
#[derive(Debug)]
pub enum OneOrMany {
    One(String),
    Many(Vec<S>),
}

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a legal-basis code or a list of codes")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<OneOrMany, E> {
                Ok(OneOrMany::One(v.to_string()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<OneOrMany, A::Error> {
                let mut v = Vec::new();
                while let Some(x) = seq.next_element::<S>()? {
                    v.push(x);
                }
                Ok(OneOrMany::Many(v))
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PurposeToml {
    pub id: S,
    pub legal_basis: Option<Spanned<OneOrMany>>,
    pub law: Option<S>,
    pub withdraw: Option<S>,
    #[serde(default)]
    pub direct_marketing: bool,
    #[serde(default)]
    pub further_processing: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CookieToml {
    pub id: S,
    pub name: S,
    pub host: Option<S>,
    pub provider: Option<S>,
    pub category: Option<S>,
    pub party: Option<S>,
    pub lifetime: Option<S>,
}

/// The front matter of a language file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatterToml {
    pub title: Option<S>,
    pub slug: Option<S>,
    pub description: Option<S>,
    #[serde(default)]
    pub labels: BTreeMap<Spanned<String>, S>,
    #[serde(default)]
    pub legitimate_interests: BTreeMap<Spanned<String>, S>,
    #[serde(default)]
    pub consequences: BTreeMap<Spanned<String>, S>,
    #[serde(default)]
    pub automated_decisions: BTreeMap<Spanned<String>, Spanned<AutomatedTextToml>>,
    #[serde(default)]
    pub changes: ChangesToml,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AutomatedTextToml {
    pub logic: Option<S>,
    pub significance: Option<S>,
    pub consequences: Option<S>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangesToml {
    pub summary: Option<S>,
}
