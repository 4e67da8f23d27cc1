//! The national data-protection acts: the ones in force beside the GDPR, and the ones the GDPR
//! replaced, each with its successor. A `[[laws]]` entry names one with `act = "<code>"`, or is
//! recognised by its `url`; a purpose that relies on a repealed act is an error naming the
//! successor (C18).
//!
//! Titles are the acts' own, in their own language, as the official registers give them
//! (Lovdata, Svensk författningssamling, Retsinformation, Finlex), checked against
//! /work/shared/reference/gdpr-transparency.md §2.2 for the acts in force. The dates are the
//! days the successors entered into force, from which the old acts no longer applied.

/// One act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Act {
    /// The code a `[[laws]]` entry names it by: `<country>-<short name>`.
    pub code: &'static str,
    /// The country whose act it is.
    pub country: &'static str,
    /// Its title, in its own language.
    pub title: &'static str,
    /// The name it is known by.
    pub short: &'static str,
    /// When repealed: the day its successor took its place (YYYY-MM-DD), the first day it no
    /// longer applied.
    pub replaced_on: Option<&'static str>,
    /// The act that replaced it.
    pub successor: Option<&'static str>,
    /// Parts of the official addresses that identify it (in a Lovdata, Riksdagen, lagen.nu,
    /// Retsinformation or Finlex URL).
    pub addresses: &'static [&'static str],
}

/// Every act disclose knows.
pub static ACTS: &[Act] = &[
    Act {
        code: "no-personopplysningsloven",
        country: "NO",
        title: "lov 15. juni 2018 nr. 38 om behandling av personopplysninger",
        short: "personopplysningsloven",
        replaced_on: None,
        successor: None,
        addresses: &["2018-06-15-38"],
    },
    Act {
        code: "no-personopplysningsloven-2000",
        country: "NO",
        title: "lov 14. april 2000 nr. 31 om behandling av personopplysninger",
        short: "personopplysningsloven (2000)",
        replaced_on: Some("2018-07-20"),
        successor: Some("no-personopplysningsloven"),
        addresses: &["2000-04-14-31"],
    },
    Act {
        code: "se-dataskyddslagen",
        country: "SE",
        title: "lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning",
        short: "dataskyddslagen",
        replaced_on: None,
        successor: None,
        addresses: &["2018:218", "sfs-2018-218"],
    },
    Act {
        code: "se-personuppgiftslagen",
        country: "SE",
        title: "personuppgiftslagen (1998:204)",
        short: "personuppgiftslagen (PUL)",
        replaced_on: Some("2018-05-25"),
        successor: Some("se-dataskyddslagen"),
        addresses: &["1998:204", "sfs-1998-204"],
    },
    Act {
        code: "dk-databeskyttelsesloven",
        country: "DK",
        title: "lov nr. 502 af 23. maj 2018 om supplerende bestemmelser til forordning om beskyttelse af fysiske personer i forbindelse med behandling af personoplysninger og om fri udveksling af sådanne oplysninger",
        short: "databeskyttelsesloven",
        replaced_on: None,
        successor: None,
        addresses: &["lta/2018/502"],
    },
    Act {
        code: "dk-persondataloven",
        country: "DK",
        title: "lov nr. 429 af 31. maj 2000 om behandling af personoplysninger",
        short: "persondataloven",
        replaced_on: Some("2018-05-25"),
        successor: Some("dk-databeskyttelsesloven"),
        addresses: &["lta/2000/429"],
    },
    Act {
        code: "fi-tietosuojalaki",
        country: "FI",
        title: "tietosuojalaki (1050/2018)",
        short: "tietosuojalaki",
        replaced_on: None,
        successor: None,
        addresses: &["2018/20181050"],
    },
    Act {
        code: "fi-henkilotietolaki",
        country: "FI",
        title: "henkilötietolaki (523/1999)",
        short: "henkilötietolaki",
        replaced_on: Some("2019-01-01"),
        successor: Some("fi-tietosuojalaki"),
        addresses: &["1999/19990523"],
    },
];

/// The act with this code.
pub fn act(code: &str) -> Option<&'static Act> {
    ACTS.iter().find(|a| a.code == code)
}

/// The act a law's address points at, if it is one of these.
pub fn act_at(url: &str) -> Option<&'static Act> {
    ACTS.iter()
        .find(|a| a.addresses.iter().any(|part| url.contains(part)))
}

impl Act {
    /// `title (short)`, or the title alone where it holds the short name.
    pub fn name(&self) -> String {
        let short = self.short.split(" (").next().unwrap_or(self.short);
        if self.title.contains(short) {
            self.title.to_string()
        } else {
            format!("{} ({})", self.title, self.short)
        }
    }

    /// The act that replaced this one.
    pub fn successor(&self) -> Option<&'static Act> {
        self.successor.and_then(act)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_repealed_act_has_a_successor_in_force_of_its_country() {
        for a in ACTS {
            assert!(a.code.starts_with(&a.country.to_lowercase()), "{}", a.code);
            match a.replaced_on {
                Some(day) => {
                    assert!(crate::model::Date::parse(day).is_some(), "{}", a.code);
                    let s = a.successor().expect("a successor");
                    assert_eq!(s.country, a.country, "{}", a.code);
                    assert!(s.replaced_on.is_none(), "{} is in force", s.code);
                }
                None => assert!(a.successor.is_none(), "{}", a.code),
            }
        }
    }

    #[test]
    fn acts_are_found_by_code_and_by_address() {
        assert_eq!(
            act_at("https://lovdata.no/dokument/NL/lov/2000-04-14-31").map(|a| a.code),
            Some("no-personopplysningsloven-2000")
        );
        assert_eq!(
            act_at("https://lagen.nu/1998:204").map(|a| a.code),
            Some("se-personuppgiftslagen")
        );
        assert_eq!(
            act_at("https://www.retsinformation.dk/eli/lta/2000/429").map(|a| a.code),
            Some("dk-persondataloven")
        );
        assert_eq!(
            act_at("https://www.finlex.fi/fi/laki/ajantasa/1999/19990523").map(|a| a.code),
            Some("fi-henkilotietolaki")
        );
        assert_eq!(act_at("https://lovdata.no/lov/2004-11-19-73"), None);
        assert_eq!(
            act("se-personuppgiftslagen").map(Act::name).as_deref(),
            Some("personuppgiftslagen (1998:204)")
        );
        assert_eq!(
            act("se-dataskyddslagen").map(Act::name).as_deref(),
            Some(
                "lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning (dataskyddslagen)"
            )
        );
    }
}
