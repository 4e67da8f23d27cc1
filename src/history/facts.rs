//! The semantic diff: facts added, removed or changed between two versions.
//!
//! Facts are matched by what identifies them (a context or purpose by its id, a transfer by its
//! country, a retention rule by the purpose it is for), never by where they are written.

use super::{Change, Kind, Reason, Side, Value, VersionDiff};
use crate::model::{
    Context, Controller, Duration, Facts, Lifetime, Purpose, Ref, Retention, RetentionRule, Version,
};
use crate::source::files::Located;
use crate::vocab::Vocab;

/// What changed from `old` to `new` (normally consecutive versions of one notice).
pub fn diff(old: &Version, new: &Version) -> VersionDiff {
    let mut d = Differ {
        changes: Vec::new(),
        context: None,
    };
    d.controllers(&old.facts, &new.facts);
    d.dpo(&old.facts, &new.facts);
    d.representatives(&old.facts, &new.facts);
    // A context is the same one when its id and its role are: one that became (or stopped
    // being) processing on behalf of another controller is a different processing.
    let same =
        |a: &Context, b: &Context| a.id == b.id && a.is_controllers_own() == b.is_controllers_own();
    for ctx in &new.facts.contexts {
        match old.facts.contexts.iter().find(|c| same(c, ctx)) {
            Some(before) => d.context(old, before, new, ctx),
            None => {
                d.context = None;
                let v = label(&ctx.id.value, Side::New);
                d.push(
                    Kind::ContextAdded,
                    vec![("context", v)],
                    Reason::NewProcessing,
                );
            }
        }
    }
    for ctx in &old.facts.contexts {
        if !new.facts.contexts.iter().any(|c| same(c, ctx)) {
            d.context = None;
            let v = label(&ctx.id.value, Side::Old);
            d.push(
                Kind::ContextRemoved,
                vec![("context", v)],
                Reason::LessProcessing,
            );
        }
    }
    VersionDiff {
        from: old.number.to_string(),
        to: new.number.to_string(),
        changes: d.changes,
    }
}

struct Differ {
    changes: Vec<Change>,
    /// The context being compared, named in every change.
    context: Option<String>,
}

fn label(id: &str, side: Side) -> Value {
    Value::Label {
        id: id.to_string(),
        side,
    }
}

fn code(vocab: Vocab, code: &'static str) -> Value {
    Value::Code { vocab, code }
}

fn reference(vocab: Vocab, r: &Ref, side: Side) -> Value {
    match r {
        Ref::Standard(c) => code(vocab, c.value),
        Ref::Custom(id) => label(&id.value, side),
    }
}

fn value<T: Clone>(x: &Option<Located<T>>) -> Option<T> {
    x.as_ref().map(|l| l.value.clone())
}

/// Roughly how long a period is, in minutes, to tell longer from shorter (a year as 365.25
/// days, a month as a twelfth of that).
fn minutes(d: &Duration) -> u64 {
    let m = |n: u32, per: u64| u64::from(n) * per;
    m(d.years, 525_960)
        + m(d.months, 43_830)
        + m(d.weeks, 10_080)
        + m(d.days, 1_440)
        + m(d.hours, 60)
        + u64::from(d.minutes)
}

impl Differ {
    fn push(&mut self, kind: Kind, mut args: Vec<(&'static str, Value)>, reason: Reason) {
        if let Some(ctx) = &self.context {
            args.insert(0, ("context", label(ctx, Side::New)));
        }
        self.changes.push(Change {
            kind,
            context: self.context.clone(),
            args,
            material: reason.material(),
            reason,
        });
    }

    fn controllers(&mut self, old: &Facts, new: &Facts) {
        let name = |c: &Controller| {
            Value::Text(
                c.name
                    .as_ref()
                    .map_or_else(|| c.id.value.clone(), |n| n.value.clone()),
            )
        };
        for c in &new.controllers {
            match old.controllers.iter().find(|o| o.id == c.id) {
                None => self.push(
                    Kind::ControllerAdded,
                    vec![("name", name(c))],
                    Reason::NewController,
                ),
                Some(o) => {
                    let same = o.name == c.name
                        && o.org_number == c.org_number
                        && o.country == c.country
                        && o.address == c.address
                        && o.email == c.email
                        && o.phone == c.phone
                        && o.url == c.url;
                    if !same {
                        self.push(
                            Kind::ControllerContactChanged,
                            vec![("name", name(c))],
                            Reason::NewContact,
                        );
                    }
                }
            }
        }
        for o in &old.controllers {
            if !new.controllers.iter().any(|c| c.id == o.id) {
                self.push(
                    Kind::ControllerRemoved,
                    vec![("name", name(o))],
                    Reason::LessProcessing,
                );
            }
        }
    }

    fn dpo(&mut self, old: &Facts, new: &Facts) {
        match (&old.dpo, &new.dpo) {
            (None, Some(_)) => self.push(Kind::DpoAdded, vec![], Reason::NewContact),
            (Some(_), None) => self.push(Kind::DpoRemoved, vec![], Reason::Rights),
            (Some(o), Some(n)) => {
                if o.email != n.email
                    || o.name != n.name
                    || o.address != n.address
                    || o.phone != n.phone
                {
                    self.push(Kind::DpoContactChanged, vec![], Reason::NewContact);
                }
            }
            (None, None) => {}
        }
    }

    fn representatives(&mut self, old: &Facts, new: &Facts) {
        let for_name = |f: &Facts, id: &str| {
            Value::Text(
                f.controller(id)
                    .and_then(|c| value(&c.name))
                    .unwrap_or_else(|| id.to_string()),
            )
        };
        for r in &new.representatives {
            let name = for_name(new, &r.controller.value);
            match old
                .representatives
                .iter()
                .find(|o| o.controller == r.controller)
            {
                None => self.push(
                    Kind::RepresentativeAdded,
                    vec![("name", name)],
                    Reason::NewContact,
                ),
                Some(o) => {
                    if o.name != r.name
                        || o.address != r.address
                        || o.country != r.country
                        || o.email != r.email
                        || o.phone != r.phone
                    {
                        self.push(
                            Kind::RepresentativeChanged,
                            vec![("name", name)],
                            Reason::NewContact,
                        );
                    }
                }
            }
        }
        for o in &old.representatives {
            if !new
                .representatives
                .iter()
                .any(|r| r.controller == o.controller)
            {
                let name = for_name(old, &o.controller.value);
                self.push(
                    Kind::RepresentativeRemoved,
                    vec![("name", name)],
                    Reason::Rights,
                );
            }
        }
    }

    fn context(&mut self, old_v: &Version, old: &Context, new_v: &Version, new: &Context) {
        self.context = Some(new.id.value.clone());
        if old.collection.is_some() && new.collection.is_some() && old.collection != new.collection
        {
            self.push(
                Kind::CollectionChanged,
                vec![
                    ("from", code(Vocab::Collection, old.collection().code())),
                    ("to", code(Vocab::Collection, new.collection().code())),
                ],
                Reason::NewData,
            );
        }
        let controller_name = |f: &Facts, id: &str| {
            Value::Text(
                f.controller(id)
                    .and_then(|c| value(&c.name))
                    .unwrap_or_else(|| id.to_string()),
            )
        };
        for c in new
            .controllers
            .iter()
            .filter(|c| !old.controllers.contains(c))
        {
            let v = controller_name(&new_v.facts, &c.value);
            self.push(
                Kind::ContextControllerAdded,
                vec![("name", v)],
                Reason::NewController,
            );
        }
        for c in old
            .controllers
            .iter()
            .filter(|c| !new.controllers.contains(c))
        {
            let v = controller_name(&old_v.facts, &c.value);
            self.push(
                Kind::ContextControllerRemoved,
                vec![("name", v)],
                Reason::LessProcessing,
            );
        }
        self.purposes(old_v, old, new_v, new);
        self.refs(
            Vocab::Category,
            &old.categories,
            &new.categories,
            (Kind::CategoryAdded, Kind::CategoryRemoved),
            Reason::NewData,
        );
        self.refs(
            Vocab::Source,
            &old.sources,
            &new.sources,
            (Kind::SourceAdded, Kind::SourceRemoved),
            Reason::NewData,
        );
        self.refs(
            Vocab::Recipient,
            &old.recipients,
            &new.recipients,
            (Kind::RecipientAdded, Kind::RecipientRemoved),
            Reason::NewRecipients,
        );
        for a in new
            .authorities
            .iter()
            .filter(|a| !old.authorities.contains(a))
        {
            let v = code(Vocab::Authority, a.value);
            self.push(Kind::AuthorityAdded, vec![("name", v)], Reason::Rights);
        }
        for a in old
            .authorities
            .iter()
            .filter(|a| !new.authorities.contains(a))
        {
            let v = code(Vocab::Authority, a.value);
            self.push(Kind::AuthorityRemoved, vec![("name", v)], Reason::Rights);
        }
        if let (Some(o), Some(n)) = (&old.requirement, &new.requirement)
            && o != n
        {
            self.push(
                Kind::RequirementChanged,
                vec![
                    ("from", code(Vocab::Requirement, o.value)),
                    ("to", code(Vocab::Requirement, n.value)),
                ],
                Reason::Rights,
            );
        }
        self.retention(old_v, old, new_v, new);
        self.transfers(old, new);
        self.automated(old, new);
        self.rights(old, new);
        self.waivers(old, new);
        self.cookies(old, new);
    }

    fn refs(
        &mut self,
        vocab: Vocab,
        old: &[Ref],
        new: &[Ref],
        (added, removed): (Kind, Kind),
        reason: Reason,
    ) {
        let has = |list: &[Ref], r: &Ref| list.iter().any(|x| x.id() == r.id());
        for r in new.iter().filter(|r| !has(old, r)) {
            let v = reference(vocab, r, Side::New);
            self.push(added, vec![("name", v)], reason);
        }
        for r in old.iter().filter(|r| !has(new, r)) {
            let v = reference(vocab, r, Side::Old);
            self.push(removed, vec![("name", v)], Reason::LessProcessing);
        }
    }

    fn purposes(&mut self, old_v: &Version, old: &Context, new_v: &Version, new: &Context) {
        for p in &new.purposes {
            let name = || label(&p.id.value, Side::New);
            let Some(o) = old.purposes.iter().find(|o| o.id == p.id) else {
                self.push(
                    Kind::PurposeAdded,
                    vec![("purpose", name())],
                    Reason::NewPurpose,
                );
                continue;
            };
            let bases = |x: &Purpose| {
                let mut b: Vec<&'static str> = x.legal_bases.iter().map(|b| b.value).collect();
                b.sort_unstable();
                b
            };
            if bases(o) != bases(p) {
                let list = |x: &Purpose| {
                    Value::List(
                        x.legal_bases
                            .iter()
                            .map(|b| code(Vocab::LegalBasis, b.value))
                            .collect(),
                    )
                };
                self.push(
                    Kind::LegalBasisChanged,
                    vec![("purpose", name()), ("from", list(o)), ("to", list(p))],
                    Reason::LegalBasis,
                );
            }
            let interest_changed = new_v.texts.iter().any(|(lang, t)| {
                let before = old_v
                    .texts
                    .get(lang)
                    .and_then(|o| o.legitimate_interests.get(&p.id.value));
                let after = t.legitimate_interests.get(&p.id.value);
                match (before, after) {
                    (Some(b), Some(a)) => b.value.value.trim() != a.value.value.trim(),
                    _ => false,
                }
            });
            if interest_changed {
                self.push(
                    Kind::LegitimateInterestChanged,
                    vec![("purpose", name())],
                    Reason::Wording,
                );
            }
            if o.withdraw != p.withdraw && p.withdraw.is_some() {
                self.push(
                    Kind::WithdrawChanged,
                    vec![("purpose", name())],
                    Reason::Rights,
                );
            }
            match (o.direct_marketing, p.direct_marketing) {
                (false, true) => self.push(
                    Kind::DirectMarketingAdded,
                    vec![("purpose", name())],
                    Reason::NewPurpose,
                ),
                (true, false) => self.push(
                    Kind::DirectMarketingRemoved,
                    vec![("purpose", name())],
                    Reason::LessProcessing,
                ),
                _ => {}
            }
        }
        for o in &old.purposes {
            if !new.purposes.iter().any(|p| p.id == o.id) {
                self.push(
                    Kind::PurposeRemoved,
                    vec![("purpose", label(&o.id.value, Side::Old))],
                    Reason::LessProcessing,
                );
            }
        }
    }

    fn retention(&mut self, old_v: &Version, old: &Context, new_v: &Version, new: &Context) {
        // A rule is known by the purpose it is for; rules without one are paired in order.
        let key = |r: &Retention| r.purpose.as_ref().map(|p| p.value.clone());
        let subject = |r: &Retention, side: Side| match &r.purpose {
            Some(p) => label(&p.value, side),
            None => label(&new.id.value, side),
        };
        let mut unmatched: Vec<&Retention> = old.retention.iter().collect();
        for r in &new.retention {
            let Some(i) = unmatched.iter().position(|o| key(o) == key(r)) else {
                let s = subject(r, Side::New);
                self.push(
                    Kind::RetentionAdded,
                    vec![("subject", s)],
                    Reason::LongerRetention,
                );
                continue;
            };
            let o = unmatched.remove(i);
            let s = subject(r, Side::New);
            match (&o.rule, &r.rule) {
                (
                    RetentionRule::Period {
                        period: a,
                        after: ta,
                    },
                    RetentionRule::Period {
                        period: b,
                        after: tb,
                    },
                ) => {
                    let (ma, mb) = (minutes(&a.value), minutes(&b.value));
                    if ma != mb {
                        let (kind, reason) = if mb > ma {
                            (Kind::RetentionLonger, Reason::LongerRetention)
                        } else {
                            (Kind::RetentionShorter, Reason::ShorterRetention)
                        };
                        self.push(
                            kind,
                            vec![
                                ("subject", s.clone()),
                                ("from", Value::Duration(a.value)),
                                ("to", Value::Duration(b.value)),
                            ],
                            reason,
                        );
                    }
                    // "at most" or "at least", or the law that sets the period, changed: what
                    // the period says changed even where its length did not.
                    if o.bound != r.bound || o.law != r.law {
                        self.push(
                            Kind::RetentionCriteriaChanged,
                            vec![("subject", s.clone())],
                            Reason::LongerRetention,
                        );
                    }
                    if let (Some(ta), Some(tb)) = (ta, tb)
                        && ta != tb
                    {
                        self.push(
                            Kind::RetentionTriggerChanged,
                            vec![
                                ("subject", s),
                                ("from", code(Vocab::Trigger, ta.value)),
                                ("to", code(Vocab::Trigger, tb.value)),
                            ],
                            Reason::LongerRetention,
                        );
                    }
                }
                (RetentionRule::Criteria(a), RetentionRule::Criteria(b)) => {
                    let words = |v: &Version, id: &str| -> Vec<String> {
                        v.texts
                            .values()
                            .map(|t| t.label(id).unwrap_or("").trim().to_string())
                            .collect()
                    };
                    if a != b || words(old_v, &a.value) != words(new_v, &b.value) {
                        self.push(
                            Kind::RetentionCriteriaChanged,
                            vec![("subject", s)],
                            Reason::LongerRetention,
                        );
                    }
                }
                _ => self.push(
                    Kind::RetentionCriteriaChanged,
                    vec![("subject", s)],
                    Reason::LongerRetention,
                ),
            }
        }
        for o in unmatched {
            let s = subject(o, Side::Old);
            self.push(
                Kind::RetentionRemoved,
                vec![("subject", s)],
                Reason::ShorterRetention,
            );
        }
    }

    fn transfers(&mut self, old: &Context, new: &Context) {
        for t in &new.transfers {
            let country = code(Vocab::Country, t.country.value);
            match old.transfers.iter().find(|o| o.country == t.country) {
                None => {
                    let reason = if t.outside_eea() {
                        Reason::TransferOutsideEea
                    } else {
                        Reason::TransferInsideEea
                    };
                    self.push(Kind::TransferAdded, vec![("country", country)], reason);
                }
                Some(o) => {
                    if let (Some(a), Some(b)) = (&o.mechanism, &t.mechanism)
                        && a != b
                    {
                        self.push(
                            Kind::TransferMechanismChanged,
                            vec![
                                ("country", country),
                                ("from", code(Vocab::Mechanism, a.value)),
                                ("to", code(Vocab::Mechanism, b.value)),
                            ],
                            Reason::TransferOutsideEea,
                        );
                    }
                }
            }
        }
        for o in &old.transfers {
            if !new.transfers.iter().any(|t| t.country == o.country) {
                let country = code(Vocab::Country, o.country.value);
                self.push(
                    Kind::TransferRemoved,
                    vec![("country", country)],
                    Reason::LessProcessing,
                );
            }
        }
    }

    fn automated(&mut self, old: &Context, new: &Context) {
        let art22 = Context::makes_art22_decisions;
        let profiling = Context::profiles;
        match (art22(old), art22(new)) {
            (false, true) => self.push(Kind::AutomatedAdded, vec![], Reason::AutomatedDecisions),
            (true, false) => self.push(Kind::AutomatedRemoved, vec![], Reason::LessProcessing),
            _ => {}
        }
        match (profiling(old), profiling(new)) {
            (false, true) => self.push(Kind::ProfilingAdded, vec![], Reason::AutomatedDecisions),
            (true, false) => self.push(Kind::ProfilingRemoved, vec![], Reason::LessProcessing),
            _ => {}
        }
    }

    fn rights(&mut self, old: &Context, new: &Context) {
        let has = |c: &Context, right: &str| {
            c.rights_not_applicable
                .iter()
                .any(|r| r.right.value == right)
        };
        for r in new
            .rights_not_applicable
            .iter()
            .filter(|r| !has(old, r.right.value))
        {
            let v = code(Vocab::Right, r.right.value);
            self.push(Kind::RightRestricted, vec![("right", v)], Reason::Rights);
        }
        for r in old
            .rights_not_applicable
            .iter()
            .filter(|r| !has(new, r.right.value))
        {
            let v = code(Vocab::Right, r.right.value);
            self.push(
                Kind::RightRestored,
                vec![("right", v)],
                Reason::LessProcessing,
            );
        }
    }

    fn waivers(&mut self, old: &Context, new: &Context) {
        let has = |c: &Context, rule: &str| c.waivers.iter().any(|w| w.rule.value == rule);
        for w in new.waivers.iter().filter(|w| !has(old, &w.rule.value)) {
            let v = Value::Text(w.rule.value.clone());
            self.push(
                Kind::WaiverAdded,
                vec![("rule", v)],
                Reason::LessInformation,
            );
        }
        for w in old.waivers.iter().filter(|w| !has(new, &w.rule.value)) {
            let v = Value::Text(w.rule.value.clone());
            self.push(Kind::WaiverRemoved, vec![("rule", v)], Reason::Wording);
        }
    }

    fn cookies(&mut self, old: &Context, new: &Context) {
        let life = |l: &Option<Lifetime>| match l {
            Some(Lifetime::Period(d)) => Some((minutes(d), Value::Duration(*d))),
            Some(Lifetime::Session) => Some((0, Value::Session)),
            None => None,
        };
        for c in &new.cookies {
            let name = Value::Text(c.name.clone());
            let Some(o) = old.cookies.iter().find(|o| o.name == c.name) else {
                self.push(
                    Kind::CookieAdded,
                    vec![("name", name)],
                    Reason::NewProcessing,
                );
                continue;
            };
            if let (Some((ma, a)), Some((mb, b))) = (life(&o.lifetime), life(&c.lifetime))
                && ma != mb
            {
                let (kind, reason) = if mb > ma {
                    (Kind::CookieLonger, Reason::LongerRetention)
                } else {
                    (Kind::CookieShorter, Reason::ShorterRetention)
                };
                self.push(
                    kind,
                    vec![("name", name.clone()), ("from", a), ("to", b)],
                    reason,
                );
            }
            if let (Some(a), Some(b)) = (&o.category, &c.category)
                && a != b
            {
                self.push(
                    Kind::CookieCategoryChanged,
                    vec![
                        ("name", name.clone()),
                        ("from", code(Vocab::CookieCategory, a.value)),
                        ("to", code(Vocab::CookieCategory, b.value)),
                    ],
                    Reason::NewPurpose,
                );
            }
            if let (Some(a), Some(b)) = (&o.party, &c.party)
                && a != b
            {
                self.push(
                    Kind::CookiePartyChanged,
                    vec![
                        ("name", name),
                        ("from", code(Vocab::CookieParty, a.value)),
                        ("to", code(Vocab::CookieParty, b.value)),
                    ],
                    Reason::NewRecipients,
                );
            }
        }
        for o in &old.cookies {
            if !new.cookies.iter().any(|c| c.name == o.name) {
                let name = Value::Text(o.name.clone());
                self.push(
                    Kind::CookieRemoved,
                    vec![("name", name)],
                    Reason::LessProcessing,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_compare_by_length_not_by_unit() {
        let p = |s: &str| Duration::parse(s).expect("duration");
        assert!(minutes(&p("P24M")) > minutes(&p("P1Y")));
        assert_eq!(minutes(&p("P12M")), minutes(&p("P1Y")));
        assert!(minutes(&p("P30D")) < minutes(&p("P1M")) + 1_000);
    }
}
