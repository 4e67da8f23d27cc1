//! The view of one notice version in one language: every fact resolved to words, every label
//! looked up, every date formatted. Templates lay this out; `notice.json` is this, serialised.
//!
//! Building a view is where strictness bites: a label or message that is missing is an error
//! naming the id (or key) and the language, never a blank cell.

use super::markdown;
use crate::diag::{Diagnostic, LoadError};
use crate::i18n::{Arg, I18nError, Messages};
use crate::model::{
    self, Collection, Context, Facts, LangText, Lifetime, Ref, RetentionRule, Version, basis_has,
};
use crate::source::files::{Loc, SourceFiles};
use crate::vocab::{self, Vocab};
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
    pub fn into_diagnostic(self) -> Diagnostic {
        match self {
            ViewError::I18n(e) => Diagnostic::load(LoadError::Theme, e.to_string())
                .language(e.lang.code())
                .help(format!(
                    "add `{}` to locales/{}.ftl (the built-in file lists every message)",
                    e.key, e.lang
                )),
            ViewError::MissingLabel { id, lang, at } => {
                Diagnostic::error("T01", format!("no label for `{id}`"))
                    .at(at)
                    .language(lang)
                    .help(format!("add `{id} = \"…\"` under [labels]"))
            }
        }
    }
}

type R<T> = Result<T, ViewError>;

/// A date as ISO 8601 and in words.
#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    pub iso: String,
    pub text: String,
}

/// A link: its words and where it goes.
#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    pub text: String,
    pub href: String,
}

#[derive(Debug, Clone, Serialize)]
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
    pub dpo: Option<DpoView>,
    pub representatives: Vec<RepresentativeView>,
    pub contexts: Vec<ContextView>,
    /// The rights that apply somewhere in the notice, in the order of the GDPR.
    pub rights: Vec<RightView>,
    /// The right to object, presented separately (Art. 21(4)), when it applies.
    pub object: Option<ObjectView>,
    pub authorities: Vec<AuthorityView>,
    /// How to exercise rights: the DPO's e-mail, else the first controller's.
    pub rights_contact: Option<String>,
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
}

#[derive(Debug, Clone, Serialize, Default)]
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

#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    pub id: String,
    pub heading_html: String,
    pub html: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ControllerView {
    pub id: String,
    pub name: Option<String>,
    pub org_number: Option<String>,
    pub country: Option<String>,
    pub address: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DpoView {
    pub name: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RepresentativeView {
    pub for_controller: String,
    pub heading: String,
    pub name: Option<String>,
    pub address: Option<String>,
    pub country: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ContextView {
    pub id: String,
    pub anchor: String,
    pub name: String,
    pub collection: &'static str,
    pub collection_text: String,
    pub collection_article: String,
    pub description_html: Option<String>,
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
    pub authorities: Vec<String>,
    pub cookies: Vec<CookieView>,
    pub waivers: Vec<WaiverView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LegalBasisView {
    pub code: &'static str,
    pub name: String,
    pub article: String,
    pub dpv: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
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

#[derive(Debug, Clone, Serialize)]
pub struct LinkOrText {
    pub text: String,
    pub href: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CategoryView {
    pub id: String,
    pub name: String,
    pub special: bool,
    pub criminal: bool,
    pub dpv: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub id: String,
    pub name: String,
    pub public: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct RecipientView {
    pub id: String,
    pub name: String,
    pub kind: Option<String>,
    pub country: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
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

#[derive(Debug, Clone, Serialize)]
pub struct RetentionView {
    /// `P24M`, or absent for criteria.
    pub period_iso: Option<String>,
    /// "24 måneder etter at …", or the criteria in words.
    pub text: String,
    pub applies_to: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AutomatedView {
    pub art22: bool,
    pub profiling: bool,
    pub art22_text: String,
    pub profiling_text: String,
    pub logic: Option<String>,
    pub significance: Option<String>,
    pub consequences: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RequirementView {
    pub code: &'static str,
    pub text: String,
    pub consequences: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RightExceptionView {
    pub right_code: &'static str,
    pub right: String,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RightView {
    pub code: &'static str,
    pub name: String,
    pub article: String,
    pub description: String,
    pub dpv: Option<&'static str>,
    /// Contexts where this right does not apply, with the reason.
    pub not_in: Vec<RightExceptionIn>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RightExceptionIn {
    pub context: String,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ObjectView {
    pub text: String,
    pub contexts: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuthorityView {
    pub code: &'static str,
    pub name: String,
    pub address: String,
    pub url: String,
    pub phone: String,
    pub dpv: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
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

#[derive(Debug, Clone, Serialize)]
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

#[derive(Debug, Clone, Serialize)]
pub struct GlanceView {
    pub controllers: Vec<String>,
    pub purposes: Vec<String>,
    pub rights: Vec<String>,
    /// Processing that could surprise the reader (WP260 para 36).
    pub surprising: Vec<String>,
}

/// Builds views for one language of one version.
pub struct ViewBuilder<'a> {
    pub msgs: Messages<'a>,
    pub text: &'a LangText,
    pub facts: &'a Facts,
    pub files: &'a SourceFiles,
    pub allow_html: bool,
    /// The relative path from the page to the site root, for links written from the root.
    pub root: String,
}

/// The sections whose prose the theme places; anything else is a free section.
pub const KNOWN_SECTIONS: &[&str] = &[
    "controllers",
    "purposes",
    "categories",
    "sources",
    "recipients",
    "transfers",
    "retention",
    "automated-decisions",
    "requirement",
    "rights",
    "complaint",
    "cookies",
];

impl ViewBuilder<'_> {
    fn label(&self, id: &str) -> R<String> {
        self.text
            .label(id)
            .map(str::to_string)
            .ok_or_else(|| ViewError::MissingLabel {
                id: id.to_string(),
                lang: self.text.lang.code().to_string(),
                at: self.text.front_matter.clone(),
            })
    }

    fn code(&self, v: Vocab, c: &str) -> R<String> {
        Ok(self.msgs.code(v, c)?)
    }

    fn reference(&self, v: Vocab, r: &Ref) -> R<String> {
        match r {
            Ref::Standard(c) => self.code(v, c.value),
            Ref::Custom(id) => self.label(&id.value),
        }
    }

    fn md(&self, range: std::ops::Range<usize>, shift: u8) -> String {
        let src = self.files.text(self.text.file).get(range).unwrap_or("");
        markdown::to_html(src, self.allow_html, shift, &self.root)
    }

    fn date(&self, d: Option<&crate::source::files::Located<model::Date>>) -> Option<DateView> {
        d.map(|d| DateView {
            iso: d.value.to_string(),
            text: self.msgs.date(d.value),
        })
    }

    /// The whole view. `status` is `current`, `superseded` or `draft`.
    pub fn build(&self, version: &Version, status: &'static str) -> R<NoticeView> {
        let facts = self.facts;
        let text = self.text;
        let controllers = facts
            .controllers
            .iter()
            .map(|c| {
                Ok(ControllerView {
                    id: c.id.value.clone(),
                    name: c.name.as_ref().map(|x| x.value.clone()),
                    org_number: c.org_number.as_ref().map(|x| x.value.clone()),
                    country: c
                        .country
                        .as_ref()
                        .map(|x| self.code(Vocab::Country, x.value))
                        .transpose()?,
                    address: c.address.as_ref().map(|x| x.value.clone()),
                    email: c.email.as_ref().map(|x| x.value.clone()),
                    phone: c.phone.as_ref().map(|x| x.value.clone()),
                    url: c.url.as_ref().map(|x| x.value.clone()),
                })
            })
            .collect::<R<Vec<_>>>()?;
        let controller_name = |id: &str| -> String {
            facts
                .controller(id)
                .and_then(|c| c.name.as_ref().map(|n| n.value.clone()))
                .unwrap_or_else(|| id.to_string())
        };
        let representatives = facts
            .representatives
            .iter()
            .map(|r| {
                let name = controller_name(&r.controller.value);
                Ok(RepresentativeView {
                    heading: self
                        .msgs
                        .msg_args("ui-representative-for", &[("controller", Arg::Str(&name))])?,
                    for_controller: name,
                    name: r.name.as_ref().map(|x| x.value.clone()),
                    address: r.address.as_ref().map(|x| x.value.clone()),
                    country: r
                        .country
                        .as_ref()
                        .map(|x| self.code(Vocab::Country, x.value))
                        .transpose()?,
                    email: r.email.as_ref().map(|x| x.value.clone()),
                    phone: r.phone.as_ref().map(|x| x.value.clone()),
                })
            })
            .collect::<R<Vec<_>>>()?;
        let dpo = facts.dpo.as_ref().map(|d| DpoView {
            name: d.name.as_ref().map(|x| x.value.clone()),
            email: d.email.as_ref().map(|x| x.value.clone()),
            address: d.address.as_ref().map(|x| x.value.clone()),
            phone: d.phone.as_ref().map(|x| x.value.clone()),
        });

        let contexts = facts
            .contexts
            .iter()
            .map(|c| self.context(c, &controller_name))
            .collect::<R<Vec<_>>>()?;

        let rights = self.rights(&contexts)?;
        let objectable: Vec<String> = facts
            .contexts
            .iter()
            .zip(&contexts)
            .filter(|(c, _)| {
                (c.any_basis(vocab::basis::OBJECTABLE)
                    || c.purposes.iter().any(|p| p.direct_marketing))
                    && !c
                        .rights_not_applicable
                        .iter()
                        .any(|r| r.right.value == "object")
            })
            .map(|(_, v)| v.name.clone())
            .collect();
        let object = if objectable.is_empty() {
            None
        } else {
            Some(ObjectView {
                text: self.msgs.msg("ui-object-explained")?,
                contexts: objectable,
            })
        };

        let mut authority_codes: Vec<&'static str> = Vec::new();
        for c in &facts.contexts {
            for a in &c.authorities {
                if !authority_codes.contains(&a.value) {
                    authority_codes.push(a.value);
                }
            }
        }
        let authorities = authority_codes
            .iter()
            .map(|&code| {
                Ok(AuthorityView {
                    code,
                    name: self.code(Vocab::Authority, code)?,
                    address: self.msgs.code_attr(Vocab::Authority, code, "address")?,
                    url: self.msgs.code_attr(Vocab::Authority, code, "url")?,
                    phone: self.msgs.code_attr(Vocab::Authority, code, "phone")?,
                    dpv: Vocab::Authority.get(code).and_then(|c| c.dpv),
                })
            })
            .collect::<R<Vec<_>>>()?;

        let context_ids: Vec<&str> = facts.contexts.iter().map(|c| c.id.value.as_str()).collect();
        let mut sections: BTreeMap<String, Option<SectionView>> = KNOWN_SECTIONS
            .iter()
            .map(|s| ((*s).to_string(), None))
            .collect();
        let mut other_sections = Vec::new();
        for s in &text.prose.sections {
            if context_ids.contains(&s.id.as_str()) {
                continue;
            }
            let view = SectionView {
                id: s.id.clone(),
                heading_html: markdown::inline_html(&s.heading),
                html: self.md(s.body.clone(), 0),
            };
            if KNOWN_SECTIONS.contains(&s.id.as_str()) {
                sections.insert(s.id.clone(), Some(view));
            } else {
                other_sections.push(view);
            }
        }

        let glance = self.glance(&controllers, &contexts, &rights)?;
        let waivers: Vec<WaiverView> = contexts.iter().flat_map(|c| c.waivers.clone()).collect();
        let has = HasView {
            sources: contexts.iter().any(|c| !c.sources.is_empty()),
            recipients: contexts.iter().any(|c| !c.recipients.is_empty()),
            transfers: contexts.iter().any(|c| !c.transfers.is_empty()),
            automated: contexts.iter().any(|c| c.automated.is_some()),
            requirement: contexts.iter().any(|c| c.requirement.is_some()),
            cookies: contexts.iter().any(|c| !c.cookies.is_empty()),
            waivers: !waivers.is_empty(),
            legitimate_interests: contexts
                .iter()
                .any(|c| c.purposes.iter().any(|p| p.legitimate_interest.is_some())),
        };
        let rights_contact = facts
            .dpo
            .as_ref()
            .and_then(|d| d.email.as_ref())
            .or_else(|| facts.controllers.iter().find_map(|c| c.email.as_ref()))
            .map(|e| {
                self.msgs
                    .msg_args("ui-rights-contact", &[("email", Arg::Str(&e.value))])
            })
            .transpose()?;

        Ok(NoticeView {
            schema: "https://disclose.dev/schema/notice-1",
            notice: version.notice.clone(),
            version: version.number.to_string(),
            lang: text.lang.code(),
            title: text
                .title
                .as_ref()
                .map(|t| t.value.clone())
                .unwrap_or_default(),
            description: text.description.clone(),
            slug: text
                .slug
                .as_ref()
                .map(|t| t.value.clone())
                .unwrap_or_default(),
            status,
            published: self.date(facts.published.as_ref()),
            effective: self.date(facts.effective.as_ref().or(facts.published.as_ref())),
            intro_html: self.md(text.prose.intro.clone(), 0),
            controllers,
            dpo,
            representatives,
            contexts,
            rights,
            object,
            authorities,
            rights_contact,
            sections,
            other_sections,
            glance,
            changes_summary: text.changes_summary.as_ref().map(|s| s.value.value.clone()),
            waivers,
            has,
        })
    }

    fn context(&self, c: &Context, controller_name: &dyn Fn(&str) -> String) -> R<ContextView> {
        let text = self.text;
        let collection = c.collection();
        let name = self.label(&c.id.value)?;
        let purposes = c
            .purposes
            .iter()
            .map(|p| {
                let legal_bases = p
                    .legal_bases
                    .iter()
                    .map(|b| {
                        Ok(LegalBasisView {
                            code: b.value,
                            name: self.code(Vocab::LegalBasis, b.value)?,
                            article: self.msgs.code_attr(Vocab::LegalBasis, b.value, "article")?,
                            dpv: Vocab::LegalBasis.get(b.value).and_then(|x| x.dpv),
                        })
                    })
                    .collect::<R<Vec<_>>>()?;
                let law = p
                    .law
                    .as_ref()
                    .map(|l| {
                        Ok::<_, ViewError>(LinkOrText {
                            text: self.label(&l.value)?,
                            href: self
                                .facts
                                .laws
                                .iter()
                                .find(|x| x.id.value == l.value)
                                .and_then(|x| x.url.as_ref().map(|u| u.value.clone())),
                        })
                    })
                    .transpose()?;
                let withdraw = p
                    .withdraw
                    .as_ref()
                    .map(|w| {
                        let href = if w.value.contains('@') && !w.value.starts_with("http") {
                            format!("mailto:{}", w.value)
                        } else {
                            w.value.clone()
                        };
                        Ok::<_, ViewError>(LinkView {
                            text: self
                                .msgs
                                .msg_args("ui-withdraw-at", &[("where", Arg::Str(&w.value))])?,
                            href,
                        })
                    })
                    .transpose()?;
                Ok(PurposeView {
                    id: p.id.value.clone(),
                    name: self.label(&p.id.value)?,
                    legal_bases,
                    law,
                    legitimate_interest: if p
                        .legal_bases
                        .iter()
                        .any(|b| basis_has(b.value, vocab::basis::LEGITIMATE_INTEREST))
                    {
                        text.legitimate_interests
                            .get(&p.id.value)
                            .map(|t| t.value.value.clone())
                    } else {
                        None
                    },
                    withdraw,
                    direct_marketing: p.direct_marketing,
                    further_processing: p.further_processing,
                })
            })
            .collect::<R<Vec<_>>>()?;
        let categories = c
            .categories
            .iter()
            .map(|r| {
                let (special, criminal, dpv) = match r {
                    Ref::Standard(code) => {
                        let entry = Vocab::Category.get(code.value);
                        let flags = entry.map_or(0, |e| e.flags);
                        (
                            flags & vocab::category::SPECIAL != 0,
                            flags & vocab::category::CRIMINAL != 0,
                            entry.and_then(|e| e.dpv),
                        )
                    }
                    Ref::Custom(id) => {
                        let decl = self
                            .facts
                            .categories
                            .iter()
                            .find(|x| x.id.value == id.value);
                        (
                            decl.is_some_and(|d| d.special),
                            decl.is_some_and(|d| d.criminal),
                            None,
                        )
                    }
                };
                Ok(CategoryView {
                    id: r.id().to_string(),
                    name: self.reference(Vocab::Category, r)?,
                    special,
                    criminal,
                    dpv,
                })
            })
            .collect::<R<Vec<_>>>()?;
        let sources = c
            .sources
            .iter()
            .map(|r| {
                let public = match r {
                    Ref::Standard(code) => Vocab::Source
                        .get(code.value)
                        .is_some_and(|e| e.flags & vocab::source::PUBLIC != 0),
                    Ref::Custom(id) => self
                        .facts
                        .sources
                        .iter()
                        .any(|s| s.id.value == id.value && s.public == Some(true)),
                };
                Ok(SourceView {
                    id: r.id().to_string(),
                    name: self.reference(Vocab::Source, r)?,
                    public,
                })
            })
            .collect::<R<Vec<_>>>()?;
        let recipients = c
            .recipients
            .iter()
            .map(|r| {
                let decl = match r {
                    Ref::Custom(id) => self
                        .facts
                        .recipients
                        .iter()
                        .find(|x| x.id.value == id.value),
                    Ref::Standard(_) => None,
                };
                Ok(RecipientView {
                    id: r.id().to_string(),
                    name: self.reference(Vocab::Recipient, r)?,
                    kind: decl
                        .and_then(|d| d.kind)
                        .map(|k| self.code(Vocab::Recipient, k))
                        .transpose()?,
                    country: decl
                        .and_then(|d| d.country)
                        .map(|k| self.code(Vocab::Country, k))
                        .transpose()?,
                })
            })
            .collect::<R<Vec<_>>>()?;
        let transfers = c
            .transfers
            .iter()
            .map(|t| {
                let mech = t.mechanism.as_ref().map(|m| m.value);
                let adequacy = mech
                    .and_then(|m| Vocab::Mechanism.get(m))
                    .is_some_and(|m| m.flags & vocab::mechanism::ADEQUACY != 0);
                let copy = t.copy.as_ref().map(|c| LinkView {
                    text: c.value.clone(),
                    href: if c.value.contains('@') && !c.value.starts_with("http") {
                        format!("mailto:{}", c.value)
                    } else {
                        c.value.clone()
                    },
                });
                Ok(TransferView {
                    country_code: t.country.value,
                    country: self.code(Vocab::Country, t.country.value)?,
                    mechanism_code: mech,
                    mechanism: mech.map(|m| self.code(Vocab::Mechanism, m)).transpose()?,
                    mechanism_article: mech
                        .map(|m| self.msgs.code_attr(Vocab::Mechanism, m, "article"))
                        .transpose()?,
                    adequacy,
                    adequacy_text: self.msgs.msg(if adequacy {
                        "ui-adequacy-yes"
                    } else {
                        "ui-adequacy-no"
                    })?,
                    copy,
                    recipients: t
                        .recipients
                        .iter()
                        .map(|r| self.reference(Vocab::Recipient, r))
                        .collect::<R<Vec<_>>>()?,
                })
            })
            .collect::<R<Vec<_>>>()?;
        let all_purposes = self.msgs.msg("ui-all-purposes")?;
        let retention = c
            .retention
            .iter()
            .map(|r| {
                let applies_to = match &r.purpose {
                    Some(p) => self.label(&p.value)?,
                    None => all_purposes.clone(),
                };
                Ok(match &r.rule {
                    RetentionRule::Period { period, after } => {
                        let duration = self.msgs.duration(&period.value)?;
                        let text = match after {
                            Some(a) => {
                                let trigger = self.code(Vocab::Trigger, a.value)?;
                                self.msgs.msg_args(
                                    "retention-period",
                                    &[
                                        ("duration", Arg::Str(&duration)),
                                        ("trigger", Arg::Str(&trigger)),
                                    ],
                                )?
                            }
                            None => duration,
                        };
                        RetentionView {
                            period_iso: Some(period.value.to_string()),
                            text,
                            applies_to,
                        }
                    }
                    RetentionRule::Criteria(id) => RetentionView {
                        period_iso: None,
                        text: self.label(&id.value)?,
                        applies_to,
                    },
                })
            })
            .collect::<R<Vec<_>>>()?;
        let automated = c
            .automated
            .as_ref()
            .map(|a| {
                let art22 = a.art22.as_ref().is_some_and(|b| b.value);
                let t = text.automated.get(&c.id.value);
                let get = |f: fn(
                    &model::AutomatedText,
                )
                    -> &Option<crate::source::files::Located<String>>| {
                    t.and_then(|t| f(t).as_ref().map(|x| x.value.clone()))
                };
                Ok::<_, ViewError>(AutomatedView {
                    art22,
                    profiling: a.profiling,
                    art22_text: self.msgs.msg(if art22 {
                        "ui-art22-yes"
                    } else {
                        "ui-art22-no"
                    })?,
                    profiling_text: self.msgs.msg(if a.profiling {
                        "ui-profiling-yes"
                    } else {
                        "ui-profiling-no"
                    })?,
                    logic: get(|t| &t.logic),
                    significance: get(|t| &t.significance),
                    consequences: get(|t| &t.consequences),
                })
            })
            .transpose()?;
        let requirement = c
            .requirement
            .as_ref()
            .map(|r| {
                Ok::<_, ViewError>(RequirementView {
                    code: r.value,
                    text: self.code(Vocab::Requirement, r.value)?,
                    consequences: text
                        .consequences
                        .get(&c.id.value)
                        .map(|t| t.value.value.clone()),
                })
            })
            .transpose()?;
        let rights_not_applicable = c
            .rights_not_applicable
            .iter()
            .map(|e| {
                Ok(RightExceptionView {
                    right_code: e.right.value,
                    right: self.code(Vocab::Right, e.right.value)?,
                    reason: e
                        .reason
                        .as_ref()
                        .map(|r| self.reference(Vocab::RightReason, r))
                        .transpose()?,
                })
            })
            .collect::<R<Vec<_>>>()?;
        let cookies = c
            .cookies
            .iter()
            .map(|k| {
                let (lifetime, lifetime_iso) = match k.lifetime {
                    Some(Lifetime::Session) => (
                        Some(self.msgs.msg("duration-session")?),
                        Some("session".to_string()),
                    ),
                    Some(Lifetime::Period(d)) => {
                        (Some(self.msgs.duration(&d)?), Some(d.to_string()))
                    }
                    None => (None, None),
                };
                Ok(CookieView {
                    name: k.name.clone(),
                    host: k.host.clone(),
                    provider: k.provider.clone(),
                    category: k
                        .category
                        .as_ref()
                        .map(|x| self.code(Vocab::CookieCategory, x.value))
                        .transpose()?,
                    party: k
                        .party
                        .as_ref()
                        .map(|x| self.code(Vocab::CookieParty, x.value))
                        .transpose()?,
                    lifetime,
                    lifetime_iso,
                    purpose: self.label(&k.id.value)?,
                })
            })
            .collect::<R<Vec<_>>>()?;
        let waivers = c
            .waivers
            .iter()
            .map(|w| {
                Ok(WaiverView {
                    context: name.clone(),
                    rule: w.rule.value.clone(),
                    rule_text: self.msgs.msg(&format!("rule-{}", w.rule.value))?,
                    ground_code: w.ground.value,
                    ground: self.code(Vocab::WaiverGround, w.ground.value)?,
                    ground_article: self.msgs.code_attr(
                        Vocab::WaiverGround,
                        w.ground.value,
                        "article",
                    )?,
                    reason: w
                        .reason
                        .as_ref()
                        .map(|r| self.label(&r.value))
                        .transpose()?,
                    dpv: Vocab::WaiverGround.get(w.ground.value).and_then(|g| g.dpv),
                })
            })
            .collect::<R<Vec<_>>>()?;
        let description_html = text
            .section(&c.id.value)
            .map(|s| self.md(s.body.clone(), 1));
        Ok(ContextView {
            id: c.id.value.clone(),
            anchor: format!("context-{}", c.id.value),
            name,
            collection: collection.code(),
            collection_text: self.code(Vocab::Collection, collection.code())?,
            collection_article: self.msgs.code_attr(
                Vocab::Collection,
                collection.code(),
                "article",
            )?,
            description_html,
            controllers: c
                .controllers
                .iter()
                .map(|id| controller_name(&id.value))
                .collect(),
            purposes,
            categories,
            sources,
            recipients,
            transfers,
            retention,
            automated,
            requirement,
            rights_not_applicable,
            authorities: c
                .authorities
                .iter()
                .map(|a| self.code(Vocab::Authority, a.value))
                .collect::<R<Vec<_>>>()?,
            cookies,
            waivers,
        })
    }

    /// The rights that apply somewhere: the six core rights always; withdrawal where consent
    /// is relied on; human review where Art. 22 decisions are made; complaint always.
    fn rights(&self, contexts: &[ContextView]) -> R<Vec<RightView>> {
        let consent = self
            .facts
            .contexts
            .iter()
            .any(|c| c.any_basis(vocab::basis::CONSENT));
        let art22 = self.facts.contexts.iter().any(|c| {
            c.automated
                .as_ref()
                .and_then(|a| a.art22.as_ref())
                .is_some_and(|b| b.value)
        });
        vocab::RIGHTS
            .iter()
            .filter(|r| match r.code {
                "withdraw-consent" => consent,
                "human-review" => art22,
                _ => true,
            })
            .map(|r| {
                let not_in = contexts
                    .iter()
                    .flat_map(|c| {
                        c.rights_not_applicable
                            .iter()
                            .filter(|e| e.right_code == r.code)
                            .map(|e| RightExceptionIn {
                                context: c.name.clone(),
                                reason: e.reason.clone(),
                            })
                    })
                    .collect();
                Ok(RightView {
                    code: r.code,
                    name: self.code(Vocab::Right, r.code)?,
                    article: self.msgs.code_attr(Vocab::Right, r.code, "article")?,
                    description: self.msgs.code_attr(Vocab::Right, r.code, "description")?,
                    dpv: r.dpv,
                    not_in,
                })
            })
            .collect()
    }

    fn glance(
        &self,
        controllers: &[ControllerView],
        contexts: &[ContextView],
        rights: &[RightView],
    ) -> R<GlanceView> {
        let mut purposes: Vec<String> = Vec::new();
        for c in contexts {
            for p in &c.purposes {
                if !purposes.contains(&p.name) {
                    purposes.push(p.name.clone());
                }
            }
        }
        let mut surprising = Vec::new();
        let facts = self.facts;
        let outside: Vec<String> = {
            let mut v: Vec<String> = Vec::new();
            for c in contexts {
                for t in &c.transfers {
                    if !vocab::in_eea(t.country_code) && !v.contains(&t.country) {
                        v.push(t.country.clone());
                    }
                }
            }
            v
        };
        if !outside.is_empty() {
            let countries = self.msgs.and_list(&outside);
            surprising.push(self.msgs.msg_args(
                "ui-glance-transfers-to",
                &[("countries", Arg::Str(&countries))],
            )?);
        }
        if facts.contexts.iter().any(|c| {
            c.automated
                .as_ref()
                .and_then(|a| a.art22.as_ref())
                .is_some_and(|b| b.value)
        }) {
            surprising.push(self.msgs.msg("ui-glance-automated")?);
        }
        if facts
            .contexts
            .iter()
            .any(|c| c.automated.as_ref().is_some_and(|a| a.profiling))
        {
            surprising.push(self.msgs.msg("ui-glance-profiling")?);
        }
        if contexts
            .iter()
            .any(|c| c.categories.iter().any(|k| k.special || k.criminal))
        {
            surprising.push(self.msgs.msg("ui-glance-special")?);
        }
        if facts.contexts.iter().any(|c| {
            c.collection
                .as_ref()
                .is_some_and(|x| x.value != Collection::Direct)
        }) {
            surprising.push(self.msgs.msg("ui-glance-indirect")?);
        }
        Ok(GlanceView {
            controllers: controllers
                .iter()
                .map(|c| match (&c.name, &c.org_number) {
                    (Some(n), Some(o)) => format!("{n} ({o})"),
                    (Some(n), None) => n.clone(),
                    (None, _) => c.id.clone(),
                })
                .collect(),
            purposes,
            rights: rights
                .iter()
                .filter(|r| {
                    Vocab::Right
                        .get(r.code)
                        .is_some_and(|c| c.flags & vocab::right::CORE != 0)
                })
                .map(|r| r.name.clone())
                .collect(),
            surprising,
        })
    }
}
