//! Building a [`NoticeView`]: facts and language resolved into words, dates and HTML.

use super::*;
use crate::i18n::{Arg, Messages};
use crate::model::{self, Collection, Facts, LangText, Ref, Version};
use crate::render::markdown;
use crate::source::files::SourceFiles;
use crate::vocab::{self, Vocab};

pub(super) type R<T> = Result<T, ViewError>;

/// Builds views for one language of one version.
pub struct ViewBuilder<'a> {
    pub msgs: Messages<'a>,
    pub text: &'a LangText,
    pub facts: &'a Facts,
    pub files: &'a SourceFiles,
    pub allow_html: bool,
    /// The relative path from the page to the site root, for links written from the root.
    pub root: String,
    /// The notice's prose, rendered once for all its pages and data.
    pub memo: &'a markdown::Memo,
}

/// The sections whose prose the theme places; anything else is a free section.
pub const KNOWN_SECTIONS: &[&str] = crate::model::STANDARD_SECTIONS;

impl ViewBuilder<'_> {
    pub(super) fn label(&self, id: &str) -> R<String> {
        self.text
            .label(id)
            .map(str::to_string)
            .ok_or_else(|| ViewError::MissingLabel {
                id: id.to_string(),
                lang: self.text.lang.code().to_string(),
                at: self.text.front_matter.clone(),
            })
    }

    pub(super) fn code(&self, v: Vocab, c: &str) -> R<String> {
        Ok(self.msgs.code(v, c)?)
    }

    pub(super) fn reference(&self, v: Vocab, r: &Ref) -> R<String> {
        match r {
            Ref::Standard(c) => self.code(v, c.value),
            Ref::Custom(id) => self.label(&id.value),
        }
    }

    pub(super) fn md(&self, range: std::ops::Range<usize>, shift: u8) -> String {
        let src = self.files.text(self.text.file).get(range).unwrap_or("");
        self.memo.to_html(src, self.allow_html, shift, &self.root)
    }

    /// A section's heading as its author wrote it, as inline HTML (see
    /// [`markdown::heading_html`]).
    pub(super) fn heading_html(&self, s: &crate::source::langfile::Section) -> String {
        self.files
            .text(self.text.file)
            .get(s.heading_loc.span.clone())
            .and_then(markdown::heading_html)
            .unwrap_or_else(|| markdown::escape(&s.heading))
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
                let country_key = c
                    .country
                    .as_ref()
                    .map(|x| format!("ui-org-number-{}", x.value));
                let org_number_label = match &country_key {
                    Some(k) => self.msgs.first_of(&[k.as_str(), "ui-org-number"])?,
                    None => self.msgs.msg("ui-org-number")?,
                };
                Ok(ControllerView {
                    id: c.id.value.clone(),
                    name: c.name.as_ref().map(|x| x.value.clone()),
                    org_number: c.org_number.as_ref().map(|x| x.value.clone()),
                    org_number_label,
                    country: c
                        .country
                        .as_ref()
                        .map(|x| self.code(Vocab::Country, x.value))
                        .transpose()?,
                    address: c.address.as_ref().map(|x| x.value.clone()),
                    email: c.email.as_ref().map(|x| x.value.clone()),
                    phone: c.phone.as_ref().map(|x| x.value.clone()),
                    phone_href: c.phone.as_ref().map(|x| super::phone_href(&x.value)),
                    url: c.url.as_ref().map(|x| x.value.clone()),
                })
            })
            .collect::<R<Vec<_>>>()?;
        let org_number_heading = org_number_heading(&controllers, self.msgs.msg("ui-org-number")?);
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
                    phone_href: r.phone.as_ref().map(|x| super::phone_href(&x.value)),
                })
            })
            .collect::<R<Vec<_>>>()?;
        let dpo = facts.dpo.as_ref().map(|d| DpoView {
            name: d.name.as_ref().map(|x| x.value.clone()),
            email: d.email.as_ref().map(|x| x.value.clone()),
            address: d.address.as_ref().map(|x| x.value.clone()),
            phone: d.phone.as_ref().map(|x| x.value.clone()),
            phone_href: d.phone.as_ref().map(|x| super::phone_href(&x.value)),
        });

        // The notice's own processing; what its companies process on behalf of another
        // controller is shown apart, as that controller's.
        let own: Vec<&model::Context> = facts
            .contexts
            .iter()
            .filter(|c| c.is_controllers_own())
            .collect();
        let contexts = own
            .iter()
            .map(|c| self.context(c, &controller_name))
            .collect::<R<Vec<_>>>()?;
        let processor_services = facts
            .contexts
            .iter()
            .filter_map(|c| c.processor.as_ref().map(|p| (c, p)))
            .map(|(c, p)| self.processor_service(c, p, &controller_name))
            .collect::<R<Vec<_>>>()?;

        let rights = self.rights(&contexts)?;
        let objectable: Vec<String> = own
            .iter()
            .zip(&contexts)
            .filter(|(c, _)| c.objection_applies() && !c.declares_objection_not_applicable())
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
                let phone = self.msgs.code_attr_opt(Vocab::Authority, code, "phone")?;
                Ok(AuthorityView {
                    code,
                    name: self.code(Vocab::Authority, code)?,
                    address: self.msgs.code_attr(Vocab::Authority, code, "address")?,
                    url: self.msgs.code_attr(Vocab::Authority, code, "url")?,
                    phone_href: phone.as_deref().map(super::phone_href),
                    phone,
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
                heading_html: self.heading_html(s),
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
        // What the theme shows of each standard section, worked out once here rather than by
        // the template on every page.
        let written = |id: &str| sections.get(id).and_then(Option::as_ref);
        let mut headings = BTreeMap::new();
        let mut shows = BTreeMap::new();
        for id in outline() {
            // `contexts` and `waivers` are not prose sections, so never written.
            let heading = match written(id) {
                Some(s) => s.heading_html.clone(),
                None => markdown::escape(&self.msgs.msg(&format!("section-{id}"))?),
            };
            headings.insert(id, heading);
            let facts = match id {
                "sources" => has.sources,
                "recipients" => has.recipients,
                "transfers" => has.transfers,
                "automated-decisions" => has.automated,
                "requirement" => has.requirement,
                "cookies" => has.cookies,
                "waivers" => has.waivers,
                _ => true,
            };
            shows.insert(id, facts || written(id).is_some());
        }
        let shown = outline()
            .filter(|id| shows.get(id) == Some(&true))
            .collect();
        let contact_email = facts
            .dpo
            .as_ref()
            .and_then(|d| d.email.as_ref())
            .or_else(|| facts.controllers.iter().find_map(|c| c.email.as_ref()));
        let rights_contact = contact_email
            .map(|e| {
                self.msgs
                    .msg_args("ui-rights-contact", &[("email", Arg::Str(&e.value))])
            })
            .transpose()?;
        // The same sentence with the address as a link: formatted around a placeholder, escaped,
        // then the placeholder replaced, so the words stay the translator's.
        let rights_contact_html = contact_email
            .map(|e| {
                const MARK: &str = "\u{E000}";
                let text = self
                    .msgs
                    .msg_args("ui-rights-contact", &[("email", Arg::Str(MARK))])?;
                let email = markdown::escape(&e.value);
                let link = format!("<a href=\"mailto:{email}\">{email}</a>");
                Ok::<_, ViewError>(markdown::escape(&text).replace(MARK, &link))
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
            org_number_heading,
            dpo,
            representatives,
            contexts,
            processor_services,
            rights,
            object,
            authorities,
            rights_contact,
            rights_contact_html,
            sections,
            other_sections,
            glance,
            changes_summary: text.changes_summary.as_ref().map(|s| s.value.value.clone()),
            waivers,
            has,
            headings,
            shows,
            shown,
        })
    }

    /// A context processed on behalf of another controller: who that controller is, and that
    /// the reader turns to it.
    fn processor_service(
        &self,
        c: &model::Context,
        p: &model::Processing,
        controller_name: &dyn Fn(&str) -> String,
    ) -> R<ProcessorServiceView> {
        let controller = match &p.on_behalf_of {
            Some(id) => self.label(&id.value)?,
            None => String::new(),
        };
        Ok(ProcessorServiceView {
            id: c.id.value.clone(),
            anchor: format!("context-{}", c.id.value),
            name: self.label(&c.id.value)?,
            text: self.msgs.msg_args(
                "ui-processor-service",
                &[("controller", Arg::Str(&controller))],
            )?,
            controller,
            processors: p
                .processors
                .iter()
                .map(|id| controller_name(&id.value))
                .collect(),
            description_html: self
                .text
                .section(&c.id.value)
                .map(|s| self.md(s.body.clone(), 1)),
        })
    }

    /// The rights that apply somewhere: the six core rights always; withdrawal where consent
    /// is relied on; human review where Art. 22 decisions are made; complaint always.
    fn rights(&self, contexts: &[ContextView]) -> R<Vec<RightView>> {
        vocab::RIGHTS
            .iter()
            .filter(|r| self.facts.right_applies(r.code))
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
        if facts.contexts.iter().any(|c| c.makes_art22_decisions()) {
            surprising.push(self.msgs.msg("ui-glance-automated")?);
        }
        if facts.contexts.iter().any(|c| c.profiles()) {
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

/// The heading of the controllers' organisation-number column: the country's own name for the
/// number (`ui-org-number-DK` = CVR-nummer) when every controller that has a number shares it,
/// else the general `ui-org-number`.
fn org_number_heading(controllers: &[ControllerView], general: String) -> String {
    let mut labels = controllers
        .iter()
        .filter(|c| c.org_number.is_some())
        .map(|c| c.org_number_label.as_str());
    match labels.next() {
        Some(first) if labels.all(|l| l == first) => first.to_string(),
        _ => general,
    }
}
