//! What changed between two versions of a notice, in facts and in words.
//!
//! [`diff`] compares the facts of two versions value by value (positions never count: a fact
//! moved to another line is the same fact) and lists each fact added, removed or changed as a
//! [`Change`], language-neutral, classified material or not with its [`Reason`]. [`prose`]
//! compares the text of each section of each language word by word. Rules (R18, W02, T07) and
//! the renderer's changes pages, feeds and `disclose diff` all read these; none compares
//! versions on its own.

mod facts;
pub mod prose;

pub use facts::diff;

use crate::model::Duration;
use crate::vocab::Vocab;
use serde::Serialize;

/// The changes from one version to the next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VersionDiff {
    pub from: String,
    pub to: String,
    pub changes: Vec<Change>,
}

impl VersionDiff {
    /// Is any change material?
    pub fn material(&self) -> bool {
        self.changes.iter().any(|c| c.material)
    }
}

/// One fact added, removed or changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub kind: Kind,
    /// The context the fact belongs to, if any (its id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// The words the sentence names, by their place in it (`context`, `purpose`, `from`, `to`,
    /// `name` …).
    pub args: Vec<(&'static str, Value)>,
    pub material: bool,
    pub reason: Reason,
}

impl Change {
    pub fn arg(&self, name: &str) -> Option<&Value> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

/// Which version a label is read from: the old one for what was removed, the new one for the
/// rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Old,
    New,
}

/// A word of a change, language-neutral: resolved into a language when the change is shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Value {
    /// An id of the version's own, named under `[labels]` of the version on `side`.
    Label { id: String, side: Side },
    /// A code of the vocabulary.
    Code {
        #[serde(serialize_with = "vocab_name")]
        vocab: Vocab,
        code: &'static str,
    },
    /// A period.
    Duration(Duration),
    /// A cookie's lifetime: the browser session.
    Session,
    /// Words written as they are in facts.toml (a name, an address).
    Text(String),
    /// Several values, to be joined as a list.
    List(Vec<Value>),
}

fn vocab_name<S: serde::Serializer>(v: &Vocab, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(v.prefix())
}

/// The kinds of change, each one sentence (`change-<kind>` in the locales).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    ControllerAdded,
    ControllerRemoved,
    ControllerContactChanged,
    DpoAdded,
    DpoRemoved,
    DpoContactChanged,
    RepresentativeAdded,
    RepresentativeRemoved,
    RepresentativeChanged,
    ContextAdded,
    ContextRemoved,
    CollectionChanged,
    ContextControllerAdded,
    ContextControllerRemoved,
    PurposeAdded,
    PurposeRemoved,
    LegalBasisChanged,
    LegitimateInterestChanged,
    WithdrawChanged,
    DirectMarketingAdded,
    DirectMarketingRemoved,
    CategoryAdded,
    CategoryRemoved,
    SourceAdded,
    SourceRemoved,
    RecipientAdded,
    RecipientRemoved,
    AuthorityAdded,
    AuthorityRemoved,
    RequirementChanged,
    RetentionAdded,
    RetentionRemoved,
    RetentionLonger,
    RetentionShorter,
    RetentionTriggerChanged,
    RetentionCriteriaChanged,
    TransferAdded,
    TransferRemoved,
    TransferMechanismChanged,
    AutomatedAdded,
    AutomatedRemoved,
    ProfilingAdded,
    ProfilingRemoved,
    RightRestricted,
    RightRestored,
    WaiverAdded,
    WaiverRemoved,
    CookieAdded,
    CookieRemoved,
    CookieLonger,
    CookieShorter,
    CookieCategoryChanged,
    CookiePartyChanged,
}

impl Kind {
    /// The Fluent message of the sentence: `change-retention-longer`.
    pub fn key(self) -> String {
        let name = serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        format!("change-{name}")
    }
}

/// Why a change is material or not (`change-reason-<reason>` in the locales).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    // Material.
    NewController,
    NewContact,
    NewProcessing,
    NewPurpose,
    LegalBasis,
    NewData,
    NewRecipients,
    TransferOutsideEea,
    LongerRetention,
    Rights,
    AutomatedDecisions,
    LessInformation,
    // Not material.
    LessProcessing,
    ShorterRetention,
    Wording,
    TransferInsideEea,
}

impl Reason {
    pub fn material(self) -> bool {
        !matches!(
            self,
            Reason::LessProcessing
                | Reason::ShorterRetention
                | Reason::Wording
                | Reason::TransferInsideEea
        )
    }

    /// The Fluent message of the reason: `change-reason-longer-retention`.
    pub fn key(self) -> String {
        let name = serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        format!("change-reason-{name}")
    }
}

/// Every kind, for tests that every one has its sentence in every language.
pub const KINDS: &[Kind] = &[
    Kind::ControllerAdded,
    Kind::ControllerRemoved,
    Kind::ControllerContactChanged,
    Kind::DpoAdded,
    Kind::DpoRemoved,
    Kind::DpoContactChanged,
    Kind::RepresentativeAdded,
    Kind::RepresentativeRemoved,
    Kind::RepresentativeChanged,
    Kind::ContextAdded,
    Kind::ContextRemoved,
    Kind::CollectionChanged,
    Kind::ContextControllerAdded,
    Kind::ContextControllerRemoved,
    Kind::PurposeAdded,
    Kind::PurposeRemoved,
    Kind::LegalBasisChanged,
    Kind::LegitimateInterestChanged,
    Kind::WithdrawChanged,
    Kind::DirectMarketingAdded,
    Kind::DirectMarketingRemoved,
    Kind::CategoryAdded,
    Kind::CategoryRemoved,
    Kind::SourceAdded,
    Kind::SourceRemoved,
    Kind::RecipientAdded,
    Kind::RecipientRemoved,
    Kind::AuthorityAdded,
    Kind::AuthorityRemoved,
    Kind::RequirementChanged,
    Kind::RetentionAdded,
    Kind::RetentionRemoved,
    Kind::RetentionLonger,
    Kind::RetentionShorter,
    Kind::RetentionTriggerChanged,
    Kind::RetentionCriteriaChanged,
    Kind::TransferAdded,
    Kind::TransferRemoved,
    Kind::TransferMechanismChanged,
    Kind::AutomatedAdded,
    Kind::AutomatedRemoved,
    Kind::ProfilingAdded,
    Kind::ProfilingRemoved,
    Kind::RightRestricted,
    Kind::RightRestored,
    Kind::WaiverAdded,
    Kind::WaiverRemoved,
    Kind::CookieAdded,
    Kind::CookieRemoved,
    Kind::CookieLonger,
    Kind::CookieShorter,
    Kind::CookieCategoryChanged,
    Kind::CookiePartyChanged,
];

/// Every reason, for the same tests.
pub const REASONS: &[Reason] = &[
    Reason::NewController,
    Reason::NewContact,
    Reason::NewProcessing,
    Reason::NewPurpose,
    Reason::LegalBasis,
    Reason::NewData,
    Reason::NewRecipients,
    Reason::TransferOutsideEea,
    Reason::LongerRetention,
    Reason::Rights,
    Reason::AutomatedDecisions,
    Reason::LessInformation,
    Reason::LessProcessing,
    Reason::ShorterRetention,
    Reason::Wording,
    Reason::TransferInsideEea,
];
