//! One processing context's part of the view: purposes, categories, sources, recipients,
//! transfers, retention, automated decisions, rights that do not apply, cookies, waivers.

use super::build::R;
use super::*;
use crate::i18n::Arg;
use crate::model::{self, Context, Lifetime, Ref, RetentionRule, basis_has};
use crate::vocab::{self, Vocab};

impl ViewBuilder<'_> {
    pub(super) fn context(
        &self,
        c: &Context,
        controller_name: &dyn Fn(&str) -> String,
    ) -> R<ContextView> {
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
                        let href = href_for(&w.value);
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
                let flags = match r {
                    Ref::Standard(code) => Vocab::Source.get(code.value).map_or(0, |e| e.flags),
                    Ref::Custom(_) => 0,
                };
                let public = match r {
                    Ref::Standard(_) => flags & vocab::source::PUBLIC != 0,
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
                    from_subject: flags & vocab::source::FROM_SUBJECT != 0,
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
                let name = self.reference(Vocab::Recipient, r)?;
                let kind = decl
                    .and_then(|d| d.kind)
                    .map(|k| self.code(Vocab::Recipient, k))
                    .transpose()?
                    .filter(|k| !repeats(&name, k));
                Ok(RecipientView {
                    id: r.id().to_string(),
                    name,
                    kind,
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
                    href: href_for(&c.value),
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
                        let text = match r.bound.as_ref().map(|b| b.value) {
                            Some(model::Bound::AtMost) => self
                                .msgs
                                .msg_args("retention-at-most", &[("period", Arg::Str(&text))])?,
                            Some(model::Bound::AtLeast) => self
                                .msgs
                                .msg_args("retention-at-least", &[("period", Arg::Str(&text))])?,
                            None => text,
                        };
                        let text = match &r.law {
                            Some(l) => self.msgs.msg_args(
                                "retention-under-law",
                                &[
                                    ("period", Arg::Str(&text)),
                                    ("law", Arg::Str(&self.label(&l.value)?)),
                                ],
                            )?,
                            None => text,
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
        // The rights the notice lists (see `rights` in build.rs) that apply to this context:
        // withdrawal where it relies on consent, human review where it makes Art. 22
        // decisions, less those it declares not applicable.
        let consent = c.any_basis(vocab::basis::CONSENT);
        let art22 = c
            .automated
            .as_ref()
            .and_then(|a| a.art22.as_ref())
            .is_some_and(|b| b.value);
        let rights = vocab::RIGHTS
            .iter()
            .map(|r| r.code)
            .filter(|code| match *code {
                "withdraw-consent" => consent,
                "human-review" => art22,
                _ => true,
            })
            .filter(|code| !rights_not_applicable.iter().any(|e| e.right_code == *code))
            .collect();
        let section = text.section(&c.id.value);
        let description_html = section.map(|s| self.md(s.body.clone(), 1));
        let page_description_html = description_html.as_deref().map(super::raise_headings);
        let heading_html = section.map(|s| self.heading_html(s));
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
            heading_html,
            description_html,
            page_description_html,
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
            rights,
            authorities: c
                .authorities
                .iter()
                .map(|a| self.code(Vocab::Authority, a.value))
                .collect::<R<Vec<_>>>()?,
            cookies,
            waivers,
        })
    }
}

/// Does a label already say a kind's words ("Offentlige myndigheder, på forlangende" and
/// "Offentlige myndigheder")? Then the kind is not repeated after it in brackets.
fn repeats(label: &str, kind: &str) -> bool {
    let words = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    let (label, kind) = (words(label), words(kind));
    !kind.is_empty() && label.windows(kind.len()).any(|w| w == kind.as_slice())
}

/// A link target for a fact that is a web address or an e-mail address (the loader accepts
/// only those two): e-mail addresses become `mailto:` links.
fn href_for(value: &str) -> String {
    if value.contains('@') && !value.starts_with("http") {
        format!("mailto:{value}")
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::{href_for, repeats};

    #[test]
    fn a_kind_the_label_already_says_is_not_repeated() {
        assert!(repeats(
            "Offentlige myndigheder, på forlangende",
            "Offentlige myndigheder"
        ));
        assert!(repeats(
            "Andre offentlige myndigheter",
            "Offentlige myndigheter"
        ));
        assert!(!repeats(
            "Leverandør av kundesystem",
            "IT-tjenesteleverandører"
        ));
        assert!(!repeats("Myndigheder", "Offentlige myndigheder"));
    }

    #[test]
    fn e_mail_addresses_become_mailto_links() {
        assert_eq!(href_for("dpo@example.com"), "mailto:dpo@example.com");
        assert_eq!(
            href_for("https://example.com/scc"),
            "https://example.com/scc"
        );
        assert_eq!(
            href_for("https://example.com/?to=a@b.c"),
            "https://example.com/?to=a@b.c"
        );
    }
}
