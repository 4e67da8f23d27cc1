//! When to use each code: one line of plain English per code, for `disclose codes`. The words a
//! reader sees come from the locales; these lines are for the person writing facts.toml.

use super::{Vocab, country};

/// The one-line hint for a code of a list, `None` for a code that has none (a unit test keeps
/// every code covered).
pub fn hint(vocab: Vocab, code: &str) -> Option<&'static str> {
    match vocab {
        Vocab::LegalBasis => legal_basis(code),
        Vocab::Category => category(code),
        Vocab::Recipient => recipient(code),
        Vocab::Source => source(code),
        Vocab::Mechanism => mechanism(code),
        Vocab::Trigger => trigger(code),
        Vocab::Right => right(code),
        Vocab::RightReason => right_reason(code),
        Vocab::WaiverGround => waiver_ground(code),
        Vocab::CookieCategory => cookie_category(code),
        Vocab::CookieParty => match code {
            "first" => Some("set by your own site's domain"),
            "third" => Some("set by another domain (an analytics or advertising provider)"),
            _ => None,
        },
        Vocab::Country => Vocab::Country.get(code).map(|c| {
            if code == "outside-eea" {
                "a transfer whose destination the notice cannot name (name the country if you can)"
            } else if c.flags & country::EEA != 0 {
                "in the EEA: no transfer safeguard needed"
            } else {
                "outside the EEA: a transfer there needs a `mechanism`"
            }
        }),
        Vocab::Authority => match code {
            "NO" => Some("Norway's authority: for controllers or data subjects in Norway"),
            "SE" => Some("Sweden's authority: for controllers or data subjects in Sweden"),
            "DK" => Some("Denmark's authority: for controllers or data subjects in Denmark"),
            "FI" => Some("Finland's authority: for controllers or data subjects in Finland"),
            _ => None,
        },
        Vocab::Collection => match code {
            "direct" => Some("the data come from the person themselves: Art. 13 applies"),
            "indirect" => Some("the data come from elsewhere: Art. 14 applies; name the `sources`"),
            "both" => Some("some from the person, some from elsewhere: Art. 13 and 14 apply"),
            _ => None,
        },
        Vocab::Requirement => match code {
            "statutory" => Some("a law obliges the person to give the data (Art. 13(2)(e))"),
            "contractual" => Some("the contract requires the data"),
            "contract-prerequisite" => {
                Some("the data are needed before a contract can be entered into")
            }
            "voluntary" => Some("the person may choose not to give the data"),
            _ => None,
        },
    }
}

fn legal_basis(code: &str) -> Option<&'static str> {
    Some(match code {
        "art6-1-a" => "consent: the person agreed; say where to withdraw it (`withdraw`)",
        "art6-1-b" => "a contract with the person, or steps at their request before one",
        "art6-1-c" => "a legal obligation on the controller; name the law (`law`)",
        "art6-1-d" => "to protect someone's life or vital interests",
        "art6-1-e" => "a task in the public interest or official authority; name the law",
        "art6-1-f" => "legitimate interests; state the interest under [legitimate_interests]",
        "art9-2-a" => "special categories: the person's explicit consent",
        "art9-2-b" => "special categories: employment and social security law; name the law",
        "art9-2-c" => "special categories: vital interests, where the person cannot consent",
        "art9-2-d" => "special categories: a not-for-profit body's own members",
        "art9-2-e" => "special categories: data the person has manifestly made public",
        "art9-2-f" => "special categories: to establish, exercise or defend legal claims",
        "art9-2-g" => "special categories: substantial public interest under law; name the law",
        "art9-2-h" => "special categories: health or social care under law; name the law",
        "art9-2-i" => "special categories: public health under law; name the law",
        "art9-2-j" => "special categories: archiving, research or statistics; name the law",
        _ => return None,
    })
}

fn category(code: &str) -> Option<&'static str> {
    Some(match code {
        "name" => "the person's name",
        "contact" => "contact details in general (when not split into e-mail, phone, address)",
        "postal-address" => "a postal or home address",
        "email" => "an e-mail address",
        "phone" => "a telephone number",
        "date-of-birth" => "the date of birth",
        "national-id" => {
            "a national identity number (fødselsnummer, personnummer, CPR, henkilötunnus)"
        }
        "identity-document" => "a passport or ID card, or a copy of one",
        "job-title" => "the person's role or title at work",
        "employer" => "who the person works for",
        "language" => "the language the person prefers",
        "family-situation" => "family relations and civil status",
        "employment-status" => "employment and occupation",
        "financial" => "financial information in general",
        "income" => "income",
        "debt" => "debts and loans",
        "assets" => "assets and property",
        "payment-history" => "how the person has paid before",
        "credit-rating" => "a credit score or assessment",
        "bank-account" => "account numbers and bank details",
        "transactions" => "purchases, payments and other transactions",
        "case-details" => "the facts of a case the person is part of",
        "communications" => "letters, e-mails and other messages exchanged with you",
        "call-recordings" => "recorded telephone calls",
        "politically-exposed" => {
            "whether the person is politically exposed (anti-money-laundering checks)"
        }
        "image" => "photographs",
        "cctv-footage" => "camera surveillance recordings",
        "visit-details" => "when and why someone visited your premises",
        "ip-address" => "IP addresses",
        "device" => "the device and browser used",
        "online-identifier" => "cookie ids and other online identifiers",
        "usage" => "how the person uses your site or services",
        "location" => "where the person is",
        "survey-responses" => "answers to a survey",
        "preferences" => "choices and settings the person made",
        "health" => "Art. 9 special category: health; needs an art9-2 condition",
        "racial-ethnic-origin" => {
            "Art. 9 special category: racial or ethnic origin; needs an art9-2 condition"
        }
        "political-opinions" => {
            "Art. 9 special category: political opinions; needs an art9-2 condition"
        }
        "religious-beliefs" => {
            "Art. 9 special category: religious or philosophical beliefs; needs an art9-2 condition"
        }
        "trade-union" => {
            "Art. 9 special category: trade union membership; needs an art9-2 condition"
        }
        "genetic" => "Art. 9 special category: genetic data; needs an art9-2 condition",
        "biometric" => {
            "Art. 9 special category: biometric data to identify a person; needs an art9-2 condition"
        }
        "sex-life" => "Art. 9 special category: sex life or orientation; needs an art9-2 condition",
        "criminal-offences" => {
            "Art. 10: criminal convictions and offences; a purpose must name a law"
        }
        _ => return None,
    })
}

fn recipient(code: &str) -> Option<&'static str> {
    Some(match code {
        "group-companies" => "other companies of the same group",
        "it-service-providers" => "IT suppliers that host or run your systems (processors)",
        "cloud-providers" => "cloud hosting and storage providers",
        "printing-and-mail" => "printing and postal services",
        "payment-service-providers" => "card acquirers and payment services",
        "marketing-consultants" => "agencies that run marketing for you",
        "survey-providers" => "tools and firms that run surveys",
        "analytics-providers" => "web and product analytics services",
        "advertising-networks" => "networks that show or target advertising",
        "legal-advisers" => "lawyers and legal advisers",
        "auditors" => "external auditors",
        "banks" => "banks",
        "creditors" => "the creditors a claim belongs to (debt collection)",
        "clients" => "your own clients, for whom you work",
        "collection-agents-abroad" => "debt collection partners in other countries",
        "credit-reference-agencies" => "credit reference agencies",
        "courts" => "courts",
        "enforcement-authorities" => {
            "enforcement authorities (namsmyndighet, Kronofogden, fogedret, ulosottolaitos)"
        }
        "tax-authorities" => "tax authorities",
        "police" => "the police",
        "public-authorities" => "public authorities in general, where the law requires it",
        "security-companies" => "guarding and security companies",
        "buyers-of-claims" => "those who buy outstanding claims",
        _ => return None,
    })
}

fn source(code: &str) -> Option<&'static str> {
    Some(match code {
        "data-subject" => "the person themselves",
        "creditors" => "the creditor who hands you a claim",
        "clients" => "your clients, who give you the data",
        "represented-company" => "the company the person represents or works for",
        "group-companies" => "another company of the same group",
        "population-register" => "the national population register (not a public source)",
        "public-registers" => {
            "registers anyone may search: the one publicly accessible source (Art. 14(2)(f))"
        }
        "credit-reference-agencies" => "credit reference agencies",
        "enforcement-authorities" => "enforcement authorities",
        "courts" => "courts' records (not a public source)",
        "observation" => "what you observe, such as camera surveillance",
        "website" => "your website, as the person uses it",
        _ => return None,
    })
}

fn mechanism(code: &str) -> Option<&'static str> {
    Some(match code {
        "art45" => "the Commission decided the country is adequate (Art. 45)",
        "art46-2-a" => "a binding instrument between public authorities",
        "art46-2-b" => "binding corporate rules (Art. 46(2)(b)); say where to get a copy",
        "art46-2-c" => {
            "the Commission's standard contractual clauses; say where to get a copy (`copy`)"
        }
        "art46-2-d" => {
            "standard clauses adopted by a supervisory authority; say where to get a copy"
        }
        "art46-2-e" => "an approved code of conduct; say where to get a copy",
        "art46-2-f" => "an approved certification; say where to get a copy",
        "art46-3-a" => "contractual clauses the authority authorised; say where to get a copy",
        "art46-3-b" => {
            "administrative arrangements the authority authorised; say where to get a copy"
        }
        "art47" => "binding corporate rules approved under Art. 47; say where to get a copy",
        "art49-1-a" => "derogation: the person's explicit consent to the transfer",
        "art49-1-b" => "derogation: needed for a contract with the person",
        "art49-1-c" => "derogation: needed for a contract in the person's interest",
        "art49-1-d" => "derogation: important reasons of public interest",
        "art49-1-e" => "derogation: legal claims",
        "art49-1-f" => "derogation: vital interests, where consent cannot be given",
        "art49-1-g" => "derogation: a transfer from a public register",
        "art49-1-second" => {
            "a one-off transfer for compelling legitimate interests; say where to get a copy"
        }
        _ => return None,
    })
}

fn trigger(code: &str) -> Option<&'static str> {
    Some(match code {
        "collection" => "the period runs from when the data were collected",
        "end-of-relationship" => "from the end of the business or customer relationship",
        "end-of-contract" => "from the end of the contract",
        "case-closed" => "from when the case is closed",
        "claim-settled" => "from when the claim is paid or settled",
        "last-contact" => "from the last contact with the person",
        "recording" => "from when the recording was made",
        "visit" => "from the visit",
        "survey-completed" => "from when the survey closed",
        "consent-withdrawn" => "from when consent is withdrawn",
        "end-of-financial-year" => "from the end of the financial year (bookkeeping)",
        "account-closed" => "from when the account is closed",
        _ => return None,
    })
}

fn right(code: &str) -> Option<&'static str> {
    Some(match code {
        "access" => "Art. 15; always applies",
        "rectification" => "Art. 16; always applies",
        "erasure" => "Art. 17; may be declared not applicable, with a reason",
        "restriction" => "Art. 18; may be declared not applicable, with a reason",
        "portability" => "Art. 20; applies only on consent or contract, by automated means",
        "object" => "Art. 21; applies on art6-1-e, art6-1-f and direct marketing",
        "withdraw-consent" => "Art. 7(3); shown where a purpose relies on consent",
        "human-review" => "Art. 22(3); shown where automated decisions are made",
        "complaint" => "Art. 77; always shown, with the `authorities`",
        _ => return None,
    })
}

fn right_reason(code: &str) -> Option<&'static str> {
    Some(match code {
        "portability-basis" => "portability: no purpose relies on consent or contract",
        "object-basis" => "objection: no purpose relies on art6-1-e or art6-1-f",
        "erasure-legal-obligation" => "erasure: a legal obligation requires keeping the data",
        "erasure-legal-claims" => "erasure: the data are needed for legal claims",
        "restriction-legal-claims" => "restriction: the data are needed for legal claims",
        _ => return None,
    })
}

fn waiver_ground(code: &str) -> Option<&'static str> {
    Some(match code {
        "art13-4" => "Art. 13(4): the person already has the information",
        "art14-5-a" => "Art. 14(5)(a): the person already has the information",
        "art14-5-b" => "Art. 14(5)(b): telling is impossible or would take disproportionate effort",
        "art14-5-c" => {
            "Art. 14(5)(c): a law expressly provides for obtaining or disclosing the data"
        }
        "art14-5-d" => "Art. 14(5)(d): professional secrecy under law",
        "national-law" => "a national restriction (Art. 23), named in your reasoning",
        _ => return None,
    })
}

fn cookie_category(code: &str) -> Option<&'static str> {
    Some(match code {
        "necessary" => "strictly necessary for the site to work; no consent needed",
        "functional" => "remembers choices such as the language",
        "performance" => "statistics and performance measurement",
        "targeting" => "marketing and advertising",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_has_a_hint() {
        for v in Vocab::ALL {
            for c in v.codes() {
                assert!(
                    hint(v, c.code).is_some_and(|h| !h.is_empty()),
                    "{v:?} {}",
                    c.code
                );
            }
        }
    }
}
