//! The code lists themselves: data, one row a code.

use super::Code;
use super::basis::*;
use super::category::{CRIMINAL, SPECIAL};
use super::country::EEA;
use super::mechanism::{ADEQUACY, NEEDS_COPY};
use super::right::CORE;
use super::source::{FROM_SUBJECT, PUBLIC};

const fn c(code: &'static str, dpv: Option<&'static str>, flags: u8) -> Code {
    Code { code, dpv, flags }
}

/// Art. 6(1) legal bases and Art. 9(2) conditions.
pub static LEGAL_BASES: &[Code] = &[
    c(
        "art6-1-a",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A6-1-a"),
        ART6 | CONSENT | PORTABLE,
    ),
    c(
        "art6-1-b",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A6-1-b"),
        ART6 | PORTABLE,
    ),
    c(
        "art6-1-c",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A6-1-c"),
        ART6 | NEEDS_LAW,
    ),
    c(
        "art6-1-d",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A6-1-d"),
        ART6,
    ),
    c(
        "art6-1-e",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A6-1-e"),
        ART6 | OBJECTABLE | NEEDS_LAW,
    ),
    c(
        "art6-1-f",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A6-1-f"),
        ART6 | LEGITIMATE_INTEREST | OBJECTABLE,
    ),
    c(
        "art9-2-a",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A9-2-a"),
        ART9 | CONSENT,
    ),
    c(
        "art9-2-b",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A9-2-b"),
        ART9 | NEEDS_LAW,
    ),
    c(
        "art9-2-c",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A9-2-c"),
        ART9,
    ),
    c(
        "art9-2-d",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A9-2-d"),
        ART9,
    ),
    c(
        "art9-2-e",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A9-2-e"),
        ART9,
    ),
    c(
        "art9-2-f",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A9-2-f"),
        ART9,
    ),
    c(
        "art9-2-g",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A9-2-g"),
        ART9 | NEEDS_LAW,
    ),
    c(
        "art9-2-h",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A9-2-h"),
        ART9 | NEEDS_LAW,
    ),
    c(
        "art9-2-i",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A9-2-i"),
        ART9 | NEEDS_LAW,
    ),
    c(
        "art9-2-j",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A9-2-j"),
        ART9 | NEEDS_LAW,
    ),
];

/// Standard data categories. Flags: [`SPECIAL`] (Art. 9), [`CRIMINAL`] (Art. 10).
pub static CATEGORIES: &[Code] = &[
    c("name", Some("https://w3id.org/dpv/pd#Name"), 0),
    c("contact", Some("https://w3id.org/dpv/pd#Contact"), 0),
    c(
        "postal-address",
        Some("https://w3id.org/dpv/pd#PhysicalAddress"),
        0,
    ),
    c("email", Some("https://w3id.org/dpv/pd#EmailAddress"), 0),
    c("phone", Some("https://w3id.org/dpv/pd#TelephoneNumber"), 0),
    c(
        "date-of-birth",
        Some("https://w3id.org/dpv/pd#DateOfBirth"),
        0,
    ),
    c(
        "national-id",
        Some("https://w3id.org/dpv/pd#NationalIdentificationNumber"),
        0,
    ),
    c(
        "identity-document",
        Some("https://w3id.org/dpv/pd#OfficialID"),
        0,
    ),
    c("job-title", Some("https://w3id.org/dpv/pd#JobTitle"), 0),
    c("employer", Some("https://w3id.org/dpv/pd#Employment"), 0),
    c("language", Some("https://w3id.org/dpv/pd#Language"), 0),
    c(
        "family-situation",
        Some("https://w3id.org/dpv/pd#FamilyStructure"),
        0,
    ),
    c(
        "employment-status",
        Some("https://w3id.org/dpv/pd#EmploymentHistory"),
        0,
    ),
    c("financial", Some("https://w3id.org/dpv/pd#Financial"), 0),
    c("income", Some("https://w3id.org/dpv/pd#Income"), 0),
    c("debt", Some("https://w3id.org/dpv/pd#LoanRecord"), 0),
    c("assets", Some("https://w3id.org/dpv/pd#OwnsProperty"), 0),
    c(
        "payment-history",
        Some("https://w3id.org/dpv/pd#PaymentHistory"),
        0,
    ),
    c(
        "credit-rating",
        Some("https://w3id.org/dpv/pd#CreditScore"),
        0,
    ),
    c(
        "bank-account",
        Some("https://w3id.org/dpv/pd#BankDetails"),
        0,
    ),
    c(
        "transactions",
        Some("https://w3id.org/dpv/pd#Transaction"),
        0,
    ),
    c("case-details", None, 0),
    c(
        "communications",
        Some("https://w3id.org/dpv/pd#Communication"),
        0,
    ),
    c(
        "call-recordings",
        Some("https://w3id.org/dpv/pd#VoiceCommunicationRecording"),
        0,
    ),
    c("politically-exposed", None, 0),
    c("image", Some("https://w3id.org/dpv/pd#Picture"), 0),
    c("cctv-footage", Some("https://w3id.org/dpv/pd#CCTV"), 0),
    c("visit-details", None, 0),
    c("ip-address", Some("https://w3id.org/dpv/pd#IPAddress"), 0),
    c("device", Some("https://w3id.org/dpv/pd#DeviceBased"), 0),
    c(
        "online-identifier",
        Some("https://w3id.org/dpv/pd#OnlineIdentifier"),
        0,
    ),
    c("usage", Some("https://w3id.org/dpv/pd#UsageHistory"), 0),
    c("location", Some("https://w3id.org/dpv/pd#Location"), 0),
    c(
        "survey-responses",
        Some("https://w3id.org/dpv/pd#Opinion"),
        0,
    ),
    c("preferences", Some("https://w3id.org/dpv/pd#Preference"), 0),
    c(
        "health",
        Some("https://w3id.org/dpv/pd#HealthRecord"),
        SPECIAL,
    ),
    c(
        "racial-ethnic-origin",
        Some("https://w3id.org/dpv/pd#Racial"),
        SPECIAL,
    ),
    c(
        "political-opinions",
        Some("https://w3id.org/dpv/pd#PoliticalOpinion"),
        SPECIAL,
    ),
    c(
        "religious-beliefs",
        Some("https://w3id.org/dpv/pd#Religion"),
        SPECIAL,
    ),
    c(
        "trade-union",
        Some("https://w3id.org/dpv/pd#TradeUnionMembership"),
        SPECIAL,
    ),
    c("genetic", Some("https://w3id.org/dpv/pd#Genetic"), SPECIAL),
    c(
        "biometric",
        Some("https://w3id.org/dpv/pd#Biometric"),
        SPECIAL,
    ),
    c(
        "sex-life",
        Some("https://w3id.org/dpv/pd#SexualOrientation"),
        SPECIAL,
    ),
    c(
        "criminal-offences",
        Some("https://w3id.org/dpv/pd#CriminalOffense"),
        CRIMINAL,
    ),
];

/// Standard kinds of recipient.
pub static RECIPIENTS: &[Code] = &[
    c("group-companies", Some("https://w3id.org/dpv#Recipient"), 0),
    c(
        "it-service-providers",
        Some("https://w3id.org/dpv#DataProcessor"),
        0,
    ),
    c(
        "cloud-providers",
        Some("https://w3id.org/dpv#DataProcessor"),
        0,
    ),
    c(
        "printing-and-mail",
        Some("https://w3id.org/dpv#DataProcessor"),
        0,
    ),
    c(
        "payment-service-providers",
        Some("https://w3id.org/dpv#DataProcessor"),
        0,
    ),
    c(
        "marketing-consultants",
        Some("https://w3id.org/dpv#DataProcessor"),
        0,
    ),
    c(
        "survey-providers",
        Some("https://w3id.org/dpv#DataProcessor"),
        0,
    ),
    c(
        "analytics-providers",
        Some("https://w3id.org/dpv#DataProcessor"),
        0,
    ),
    c(
        "advertising-networks",
        Some("https://w3id.org/dpv#ThirdParty"),
        0,
    ),
    c("legal-advisers", Some("https://w3id.org/dpv#ThirdParty"), 0),
    c("auditors", Some("https://w3id.org/dpv#ThirdParty"), 0),
    c("banks", Some("https://w3id.org/dpv#ThirdParty"), 0),
    c("creditors", Some("https://w3id.org/dpv#ThirdParty"), 0),
    c("clients", Some("https://w3id.org/dpv#ThirdParty"), 0),
    c(
        "collection-agents-abroad",
        Some("https://w3id.org/dpv#ThirdParty"),
        0,
    ),
    c(
        "credit-reference-agencies",
        Some("https://w3id.org/dpv#ThirdParty"),
        0,
    ),
    c("courts", Some("https://w3id.org/dpv#ThirdParty"), 0),
    c(
        "enforcement-authorities",
        Some("https://w3id.org/dpv#ThirdParty"),
        0,
    ),
    c(
        "tax-authorities",
        Some("https://w3id.org/dpv#ThirdParty"),
        0,
    ),
    c("police", Some("https://w3id.org/dpv#ThirdParty"), 0),
    c(
        "public-authorities",
        Some("https://w3id.org/dpv#ThirdParty"),
        0,
    ),
    c(
        "security-companies",
        Some("https://w3id.org/dpv#DataProcessor"),
        0,
    ),
    c(
        "buyers-of-claims",
        Some("https://w3id.org/dpv#ThirdParty"),
        0,
    ),
];

/// Standard kinds of source (Art. 14(2)(f)). Flags: [`PUBLIC`], [`FROM_SUBJECT`].
pub static SOURCES: &[Code] = &[
    c("data-subject", None, FROM_SUBJECT),
    c("creditors", None, 0),
    c("clients", None, 0),
    c("represented-company", None, 0),
    c("group-companies", None, 0),
    c("population-register", None, 0),
    c("public-registers", None, PUBLIC),
    c("credit-reference-agencies", None, 0),
    c("enforcement-authorities", None, 0),
    c("courts", None, 0),
    c("observation", None, FROM_SUBJECT),
    c("website", None, FROM_SUBJECT),
];

/// Transfer mechanisms (Chapter V). Flags: [`ADEQUACY`], [`NEEDS_COPY`] (R10).
pub static MECHANISMS: &[Code] = &[
    c(
        "art45",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A45-3"),
        ADEQUACY,
    ),
    c(
        "art46-2-a",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A46-2-a"),
        NEEDS_COPY,
    ),
    c(
        "art46-2-b",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A46-2-b"),
        NEEDS_COPY,
    ),
    c(
        "art46-2-c",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A46-2-c"),
        NEEDS_COPY,
    ),
    c(
        "art46-2-d",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A46-2-d"),
        NEEDS_COPY,
    ),
    c(
        "art46-2-e",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A46-2-e"),
        NEEDS_COPY,
    ),
    c(
        "art46-2-f",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A46-2-f"),
        NEEDS_COPY,
    ),
    c(
        "art46-3-a",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A46-3-a"),
        NEEDS_COPY,
    ),
    c(
        "art46-3-b",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A46-3-b"),
        NEEDS_COPY,
    ),
    c(
        "art47",
        Some("https://w3id.org/dpv/legal/eu/gdpr#BindingCorporateRules"),
        NEEDS_COPY,
    ),
    c(
        "art49-1-a",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A49-1-a"),
        0,
    ),
    c(
        "art49-1-b",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A49-1-b"),
        0,
    ),
    c(
        "art49-1-c",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A49-1-c"),
        0,
    ),
    c(
        "art49-1-d",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A49-1-d"),
        0,
    ),
    c(
        "art49-1-e",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A49-1-e"),
        0,
    ),
    c(
        "art49-1-f",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A49-1-f"),
        0,
    ),
    c(
        "art49-1-g",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A49-1-g"),
        0,
    ),
    c(
        "art49-1-second",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A49-2"),
        NEEDS_COPY,
    ),
];

/// What a retention period runs from.
pub static TRIGGERS: &[Code] = &[
    c("collection", None, 0),
    c("end-of-relationship", None, 0),
    c("end-of-contract", None, 0),
    c("case-closed", None, 0),
    c("claim-settled", None, 0),
    c("last-contact", None, 0),
    c("recording", None, 0),
    c("visit", None, 0),
    c("survey-completed", None, 0),
    c("consent-withdrawn", None, 0),
    c("end-of-financial-year", None, 0),
    c("account-closed", None, 0),
];

/// The data subject's rights. Flag [`CORE`]: one of the six of Art. 13(2)(b) / 14(2)(c).
pub static RIGHTS: &[Code] = &[
    c(
        "access",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A15"),
        CORE,
    ),
    c(
        "rectification",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A16"),
        CORE,
    ),
    c(
        "erasure",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A17"),
        CORE,
    ),
    c(
        "restriction",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A18"),
        CORE,
    ),
    c(
        "portability",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A20"),
        CORE,
    ),
    c(
        "object",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A21"),
        CORE,
    ),
    c(
        "withdraw-consent",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A7-3"),
        0,
    ),
    c(
        "human-review",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A22"),
        0,
    ),
    c(
        "complaint",
        Some("https://w3id.org/dpv/legal/eu/gdpr#A77"),
        0,
    ),
];

/// Standard reasons why a right does not apply to a context.
pub static RIGHT_REASONS: &[Code] = &[
    c("portability-basis", None, 0),
    c("object-basis", None, 0),
    c("erasure-legal-obligation", None, 0),
    c("erasure-legal-claims", None, 0),
    c("restriction-legal-claims", None, 0),
];

/// Grounds for a waiver of an information duty (Art. 13(4), 14(5), national law).
pub static WAIVER_GROUNDS: &[Code] = &[
    c(
        "art13-4",
        Some("https://w3id.org/dpv/legal/eu/gdpr#JustificationA13EntityAlreadyInformed"),
        0,
    ),
    c(
        "art14-5-a",
        Some("https://w3id.org/dpv/legal/eu/gdpr#JustificationA14EntityAlreadyInformed"),
        0,
    ),
    c(
        "art14-5-b",
        Some("https://w3id.org/dpv/legal/eu/gdpr#JustificationA14DisproportionateEffort"),
        0,
    ),
    c(
        "art14-5-c",
        Some("https://w3id.org/dpv/legal/eu/gdpr#JustificationA14LegallyExempted"),
        0,
    ),
    c(
        "art14-5-d",
        Some("https://w3id.org/dpv/legal/eu/gdpr#JustificationA14ConfidentialityCompromised"),
        0,
    ),
    c("national-law", None, 0),
];

/// Cookie purposes, as consent banners group them.
pub static COOKIE_CATEGORIES: &[Code] = &[
    c("necessary", None, 0),
    c("functional", None, 0),
    c("performance", None, 0),
    c("targeting", None, 0),
];

/// Whose cookie it is.
pub static COOKIE_PARTIES: &[Code] = &[c("first", None, 0), c("third", None, 0)];

/// Countries, ISO 3166-1 alpha-2. Flag [`EEA`].
pub static COUNTRIES: &[Code] = &[
    c("AT", Some("https://w3id.org/dpv/loc#AT"), EEA),
    c("BE", Some("https://w3id.org/dpv/loc#BE"), EEA),
    c("BG", Some("https://w3id.org/dpv/loc#BG"), EEA),
    c("CY", Some("https://w3id.org/dpv/loc#CY"), EEA),
    c("CZ", Some("https://w3id.org/dpv/loc#CZ"), EEA),
    c("DE", Some("https://w3id.org/dpv/loc#DE"), EEA),
    c("DK", Some("https://w3id.org/dpv/loc#DK"), EEA),
    c("EE", Some("https://w3id.org/dpv/loc#EE"), EEA),
    c("ES", Some("https://w3id.org/dpv/loc#ES"), EEA),
    c("FI", Some("https://w3id.org/dpv/loc#FI"), EEA),
    c("FR", Some("https://w3id.org/dpv/loc#FR"), EEA),
    c("GR", Some("https://w3id.org/dpv/loc#GR"), EEA),
    c("HR", Some("https://w3id.org/dpv/loc#HR"), EEA),
    c("HU", Some("https://w3id.org/dpv/loc#HU"), EEA),
    c("IE", Some("https://w3id.org/dpv/loc#IE"), EEA),
    c("IS", Some("https://w3id.org/dpv/loc#IS"), EEA),
    c("IT", Some("https://w3id.org/dpv/loc#IT"), EEA),
    c("LI", Some("https://w3id.org/dpv/loc#LI"), EEA),
    c("LT", Some("https://w3id.org/dpv/loc#LT"), EEA),
    c("LU", Some("https://w3id.org/dpv/loc#LU"), EEA),
    c("LV", Some("https://w3id.org/dpv/loc#LV"), EEA),
    c("MT", Some("https://w3id.org/dpv/loc#MT"), EEA),
    c("NL", Some("https://w3id.org/dpv/loc#NL"), EEA),
    c("NO", Some("https://w3id.org/dpv/loc#NO"), EEA),
    c("PL", Some("https://w3id.org/dpv/loc#PL"), EEA),
    c("PT", Some("https://w3id.org/dpv/loc#PT"), EEA),
    c("RO", Some("https://w3id.org/dpv/loc#RO"), EEA),
    c("SE", Some("https://w3id.org/dpv/loc#SE"), EEA),
    c("SI", Some("https://w3id.org/dpv/loc#SI"), EEA),
    c("SK", Some("https://w3id.org/dpv/loc#SK"), EEA),
    c("AR", Some("https://w3id.org/dpv/loc#AR"), 0),
    c("AU", Some("https://w3id.org/dpv/loc#AU"), 0),
    c("BR", Some("https://w3id.org/dpv/loc#BR"), 0),
    c("CA", Some("https://w3id.org/dpv/loc#CA"), 0),
    c("CH", Some("https://w3id.org/dpv/loc#CH"), 0),
    c("CN", Some("https://w3id.org/dpv/loc#CN"), 0),
    c("GB", Some("https://w3id.org/dpv/loc#GB"), 0),
    c("IL", Some("https://w3id.org/dpv/loc#IL"), 0),
    c("IN", Some("https://w3id.org/dpv/loc#IN"), 0),
    c("JP", Some("https://w3id.org/dpv/loc#JP"), 0),
    c("KR", Some("https://w3id.org/dpv/loc#KR"), 0),
    c("NZ", Some("https://w3id.org/dpv/loc#NZ"), 0),
    c("PH", Some("https://w3id.org/dpv/loc#PH"), 0),
    c("SG", Some("https://w3id.org/dpv/loc#SG"), 0),
    c("UA", Some("https://w3id.org/dpv/loc#UA"), 0),
    c("US", Some("https://w3id.org/dpv/loc#US"), 0),
    c("UY", Some("https://w3id.org/dpv/loc#UY"), 0),
    c("ZA", Some("https://w3id.org/dpv/loc#ZA"), 0),
    // A transfer to countries outside the EEA that the notice does not name.
    c("outside-eea", Some("https://w3id.org/dpv#ThirdCountry"), 0),
];

/// The Nordic supervisory authorities, by country.
pub static AUTHORITIES: &[Code] = &[
    c("NO", Some("https://w3id.org/dpv/legal/no#DPA-NO"), 0),
    c("SE", Some("https://w3id.org/dpv/legal/se#DPA-SE"), 0),
    c("DK", Some("https://w3id.org/dpv/legal/dk#DPA-DK"), 0),
    c("FI", Some("https://w3id.org/dpv/legal/fi#DPA-FI"), 0),
];

/// How a context obtains its data: from the person (Art. 13), elsewhere (Art. 14), or both.
pub static COLLECTIONS: &[Code] = &[
    c(
        "direct",
        Some("https://w3id.org/dpv/legal/eu/gdpr#DirectDataCollectionNotice"),
        0,
    ),
    c(
        "indirect",
        Some("https://w3id.org/dpv/legal/eu/gdpr#IndirectDataCollectionNotice"),
        0,
    ),
    c("both", None, 0),
];

/// Whether providing the data is required (Art. 13(2)(e)).
pub static REQUIREMENTS: &[Code] = &[
    c("statutory", None, 0),
    c("contractual", None, 0),
    c("contract-prerequisite", None, 0),
    c("voluntary", None, 0),
];
