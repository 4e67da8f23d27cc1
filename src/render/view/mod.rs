//! The view of one notice version in one language: every fact resolved to words, every label
//! looked up, every date formatted. Templates lay this out; `notice.json` is not this but the
//! data contract of [`crate::render::export`], which does not change with the theme.
//!
//! Building a view is where strictness bites: a label or message that is missing is an error
//! naming the id (or key) and the language, never a blank cell.

mod build;
mod context;

pub use build::{KNOWN_SECTIONS, ViewBuilder};

use crate::diag::{Diagnostic, LoadError};
use crate::i18n::I18nError;
use crate::source::files::Loc;
use serde::Serialize;
use std::collections::BTreeMap;

/// Why a view could not be built.
#[derive(Debug)]
pub enum ViewError {
    I18n(I18nError),
    MissingLabel { id: String, lang: String, at: Loc },
}

impl From<I18nError> for ViewError {
    fn from(e: I18nError) -> Self {
        ViewError::I18n(e)
    }
}

impl ViewError {
    /// The diagnostic, pointing into the site's own locale file when the message is one it
    /// defines.
    pub fn into_site_diagnostic(self, site: &crate::model::Site) -> Diagnostic {
        let loc = match &self {
            ViewError::I18n(e) => {
                crate::i18n::override_loc(&site.locale_overrides, &site.files, e.lang, &e.key)
            }
            ViewError::MissingLabel { .. } => None,
        };
        let d = self.into_diagnostic();
        match loc {
            Some(loc) if d.loc.is_none() => d.at(loc),
            _ => d,
        }
    }

    pub fn into_diagnostic(self) -> Diagnostic {
        match self {
            ViewError::I18n(e) => Diagnostic::load(LoadError::Theme, e.to_string())
                .language(e.lang.code())
                .help(format!(
                    "add `{}` to locales/{}.ftl (the built-in file lists every message)",
                    e.key, e.lang
                )),
            ViewError::MissingLabel { id, lang, at } => crate::rules::missing_label(&id, &lang, at),
        }
    }
}

/// A date as ISO 8601 and in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateView {
    pub iso: String,
    pub text: String,
}

/// A phone number as a `tel:` link's target: without its spaces.
pub fn phone_href(phone: &str) -> String {
    phone.replace(' ', "")
}

/// HTML whose headings start at h4 (a section's within a context), as the page's own text:
/// two levels up, h4 to h2, h5 to h3 and h6 to h4.
pub fn raise_headings(html: &str) -> String {
    html.replace("<h4", "<h2")
        .replace("</h4>", "</h2>")
        .replace("<h5", "<h3")
        .replace("</h5>", "</h3>")
        .replace("<h6", "<h4")
        .replace("</h6>", "</h4>")
}

/// A link: its words and where it goes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkView {
    pub text: String,
    pub href: String,
}

impl NoticeView {
    /// The view of a page whose way back to the site root is `root`, from a view built with
    /// [`markdown::ROOT_MARK`](crate::render::markdown::ROOT_MARK) as its root.
    pub fn with_root(mut self, root: &str) -> NoticeView {
        use crate::render::markdown::with_root;
        with_root(&mut self.intro_html, root);
        for s in self.sections.values_mut().flatten() {
            with_root(&mut s.html, root);
        }
        for s in &mut self.other_sections {
            with_root(&mut s.html, root);
        }
        for c in &mut self.contexts {
            for h in [&mut c.description_html, &mut c.page_description_html]
                .into_iter()
                .flatten()
            {
                with_root(h, root);
            }
        }
        for p in &mut self.processor_services {
            if let Some(h) = &mut p.description_html {
                with_root(h, root);
            }
        }
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NoticeView {
    /// The shape of this document; bumped when it changes incompatibly.
    pub schema: &'static str,
    pub notice: String,
    pub version: String,
    pub lang: &'static str,
    pub title: String,
    pub description: Option<String>,
    pub slug: String,
    /// `current`, `superseded` or `draft`.
    pub status: &'static str,
    pub published: Option<DateView>,
    pub effective: Option<DateView>,
    pub intro_html: String,
    pub controllers: Vec<ControllerView>,
    /// The heading of the controllers' organisation-number column.
    pub org_number_heading: String,
    pub dpo: Option<DpoView>,
    pub representatives: Vec<RepresentativeView>,
    /// Left out here: the renderer gives the templates each context converted once for all
    /// the pages of a notice that show it the same (`renderer::ContextValues`).
    #[serde(skip)]
    pub contexts: Vec<ContextView>,
    /// What the notice's companies process on behalf of other controllers: not the notice's
    /// own processing, so not among `contexts`.
    pub processor_services: Vec<ProcessorServiceView>,
    /// The rights that apply somewhere in the notice, in the order of the GDPR.
    pub rights: Vec<RightView>,
    /// The right to object, presented separately (Art. 21(4)), when it applies.
    pub object: Option<ObjectView>,
    pub authorities: Vec<AuthorityView>,
    /// How to exercise rights: the DPO's e-mail, else the first controller's.
    pub rights_contact: Option<String>,
    /// The same sentence as HTML, with the e-mail address as a `mailto:` link.
    pub rights_contact_html: Option<String>,
    /// Prose of the standard sections, by id; every standard id is present, `null` when the
    /// language file has no such section.
    pub sections: BTreeMap<String, Option<SectionView>>,
    /// Free sections, in the order written.
    pub other_sections: Vec<SectionView>,
    pub glance: GlanceView,
    pub changes_summary: Option<String>,
    pub waivers: Vec<WaiverView>,
    /// Which standard sections have facts to show.
    pub has: HasView,
    /// Each standard section's heading as HTML, by id, for every id of [`outline`]: the
    /// author's own where the language file has the section, else the theme's words.
    pub headings: BTreeMap<&'static str, String>,
    /// Whether the page shows each standard section of [`outline`], by id: always for the
    /// sections every notice has, else when there are facts or prose for it.
    pub shows: BTreeMap<&'static str, bool>,
    /// The ids of the standard sections the page shows, in the order of [`outline`].
    pub shown: Vec<&'static str>,
}

/// The standard sections of a notice page, in the order the theme numbers them (the order the
/// GDPR lists the items in): the prose's standard sections ([`crate::model::STANDARD_SECTIONS`]),
/// with the processing contexts after the controllers and the waivers last.
pub fn outline() -> impl Iterator<Item = &'static str> {
    crate::model::STANDARD_SECTIONS
        .iter()
        .flat_map(|&id| std::iter::once(id).chain((id == "controllers").then_some("contexts")))
        .chain(["waivers"])
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct HasView {
    pub sources: bool,
    pub recipients: bool,
    pub transfers: bool,
    pub automated: bool,
    pub requirement: bool,
    pub cookies: bool,
    pub waivers: bool,
    pub legitimate_interests: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SectionView {
    pub id: String,
    pub heading_html: String,
    pub html: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ControllerView {
    pub id: String,
    pub name: Option<String>,
    pub org_number: Option<String>,
    /// What the number is called for this controller's country in this language
    /// (`ui-org-number-<CC>`, else `ui-org-number`).
    pub org_number_label: String,
    pub country: Option<String>,
    pub address: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    /// The phone number for a `tel:` link: without its spaces.
    pub phone_href: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DpoView {
    pub name: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub phone_href: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RepresentativeView {
    pub for_controller: String,
    pub heading: String,
    pub name: Option<String>,
    pub address: Option<String>,
    pub country: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub phone_href: Option<String>,
}

/// A context the notice's companies process on behalf of another controller (Art. 28).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProcessorServiceView {
    pub id: String,
    pub anchor: String,
    pub name: String,
    /// The controller, in the notice's words ("our clients").
    pub controller: String,
    /// "We process … on behalf of …, which is the controller; turn to it …".
    pub text: String,
    /// The notice's companies that process the data.
    pub processors: Vec<String>,
    pub description_html: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContextView {
    pub id: String,
    pub anchor: String,
    pub name: String,
    pub collection: &'static str,
    pub collection_text: String,
    pub collection_article: String,
    /// The heading of the context's own section in the language file, as its author wrote it
    /// (inline HTML), when there is one; the theme shows `name` (its label) otherwise.
    pub heading_html: Option<String>,
    pub description_html: Option<String>,
    /// The description as the context's own page shows it, where it is the page's text: its
    /// headings two levels up (h4 is h2).
    pub page_description_html: Option<String>,
    pub controllers: Vec<String>,
    pub purposes: Vec<PurposeView>,
    pub categories: Vec<CategoryView>,
    pub sources: Vec<SourceView>,
    pub recipients: Vec<RecipientView>,
    pub transfers: Vec<TransferView>,
    pub retention: Vec<RetentionView>,
    pub automated: Option<AutomatedView>,
    pub requirement: Option<RequirementView>,
    pub rights_not_applicable: Vec<RightExceptionView>,
    /// The codes of the rights of the notice's `rights` that apply to this context.
    pub rights: Vec<&'static str>,
    pub authorities: Vec<String>,
    pub cookies: Vec<CookieView>,
    pub waivers: Vec<WaiverView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LegalBasisView {
    pub code: &'static str,
    pub name: String,
    pub article: String,
    pub dpv: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PurposeView {
    pub id: String,
    pub name: String,
    pub legal_bases: Vec<LegalBasisView>,
    pub law: Option<LinkOrText>,
    pub legitimate_interest: Option<String>,
    pub withdraw: Option<LinkView>,
    pub direct_marketing: bool,
    pub further_processing: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkOrText {
    pub text: String,
    pub href: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryView {
    pub id: String,
    pub name: String,
    pub special: bool,
    pub criminal: bool,
    pub dpv: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceView {
    pub id: String,
    pub name: String,
    /// A publicly accessible source (Art. 14(2)(f)).
    pub public: bool,
    /// The data subject (given or observed): neither public nor non-public is said.
    pub from_subject: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecipientView {
    pub id: String,
    pub name: String,
    pub kind: Option<String>,
    pub country: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TransferView {
    pub country_code: &'static str,
    pub country: String,
    pub mechanism_code: Option<&'static str>,
    pub mechanism: Option<String>,
    pub mechanism_article: Option<String>,
    pub adequacy: bool,
    pub adequacy_text: String,
    pub copy: Option<LinkView>,
    pub recipients: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RetentionView {
    /// `P24M`, or absent for criteria.
    pub period_iso: Option<String>,
    /// "24 måneder etter at …", or the criteria in words.
    pub text: String,
    pub applies_to: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AutomatedView {
    pub art22: bool,
    pub profiling: bool,
    pub art22_text: String,
    pub profiling_text: String,
    pub logic: Option<String>,
    pub significance: Option<String>,
    pub consequences: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RequirementView {
    pub code: &'static str,
    pub text: String,
    pub consequences: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RightExceptionView {
    pub right_code: &'static str,
    pub right: String,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RightView {
    pub code: &'static str,
    pub name: String,
    pub article: String,
    pub description: String,
    pub dpv: Option<&'static str>,
    /// Contexts where this right does not apply, with the reason.
    pub not_in: Vec<RightExceptionIn>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RightExceptionIn {
    pub context: String,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObjectView {
    pub text: String,
    pub contexts: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuthorityView {
    pub code: &'static str,
    pub name: String,
    pub address: String,
    pub url: String,
    /// Only where the authority's own pages confirm it (see locales/README.md).
    pub phone: Option<String>,
    pub phone_href: Option<String>,
    pub dpv: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CookieView {
    pub name: String,
    pub host: Option<String>,
    pub provider: Option<String>,
    pub category: Option<String>,
    pub party: Option<String>,
    pub lifetime: Option<String>,
    pub lifetime_iso: Option<String>,
    pub purpose: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WaiverView {
    pub context: String,
    pub rule: String,
    /// What the waiver withholds, in the reader's words ("Hvor opplysningene kommer fra").
    pub rule_text: String,
    pub ground_code: &'static str,
    pub ground: String,
    pub ground_article: String,
    pub reason: Option<String>,
    pub dpv: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GlanceView {
    pub controllers: Vec<String>,
    pub purposes: Vec<String>,
    pub rights: Vec<String>,
    /// Processing that could surprise the reader (WP260 para 36).
    pub surprising: Vec<String>,
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_outline_is_the_prose_sections_with_the_contexts_and_waivers_in_the_gdpr_order() {
        let outline: Vec<&str> = super::outline().collect();
        assert_eq!(outline.len(), crate::model::STANDARD_SECTIONS.len() + 2);
        assert_eq!(&outline[..3], ["controllers", "contexts", "purposes"]);
        assert_eq!(outline.last(), Some(&"waivers"));
    }

    #[test]
    fn a_context_page_raises_the_description_headings_two_levels_and_tel_links_lose_spaces() {
        let html = "<h4 id=\"a\">A</h4>\n<p>x</p>\n<h5>B</h5><h6>C</h6>";
        assert_eq!(
            super::raise_headings(html),
            "<h2 id=\"a\">A</h2>\n<p>x</p>\n<h3>B</h3><h4>C</h4>"
        );
        assert_eq!(super::phone_href("+47 22 00 00 00"), "+4722000000");
    }
}
