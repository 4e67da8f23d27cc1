//! The languages disclose publishes.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A publication language: nb, sv, da, fi, and Finland's Swedish (sv-FI), a regional variant of
/// sv whose locale holds only what differs from sv (see locales/README.md).
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
pub enum Lang {
    #[serde(rename = "nb")]
    Nb,
    #[serde(rename = "sv")]
    Sv,
    #[serde(rename = "da")]
    Da,
    #[serde(rename = "fi")]
    Fi,
    // Swedish as written in Finland: Finland's terms and authorities, on top of sv. (A plain
    // comment: a doc comment would make the schema of a map by language a list of alternatives.)
    #[serde(rename = "sv-FI")]
    SvFi,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::Nb, Lang::Sv, Lang::Da, Lang::Fi, Lang::SvFi];

    /// The BCP 47 code, in its canonical case: `lang` and `hreflang` attributes, `xml:lang`,
    /// the data's language keys, and the names of the files that hold the language
    /// (`sv-FI.md`, `locales/sv-FI.ftl`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Sv => "sv",
            Lang::Da => "da",
            Lang::Fi => "fi",
            Lang::SvFi => "sv-FI",
        }
    }

    /// The language's segment in output paths and URLs: the code in lower case (`sv-fi/`), as
    /// addresses are conventionally written and as people type them.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::SvFi => "sv-fi",
            l => l.code(),
        }
    }

    /// The language a regional variant is laid over: sv for sv-FI. Its locale file holds only
    /// what differs; everything else comes from the base.
    pub fn base(self) -> Option<Lang> {
        match self {
            Lang::SvFi => Some(Lang::Sv),
            _ => None,
        }
    }

    /// The language's name in English, for diagnostics.
    pub fn english(self) -> &'static str {
        match self {
            Lang::Nb => "Norwegian",
            Lang::Sv => "Swedish",
            Lang::Da => "Danish",
            Lang::Fi => "Finnish",
            Lang::SvFi => "Swedish (Finland)",
        }
    }

    /// The language of a code; BCP 47 codes are case-insensitive, so `sv-fi` is sv-FI too.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_paths_and_bases() {
        assert_eq!(Lang::SvFi.code(), "sv-FI");
        assert_eq!(Lang::SvFi.dir(), "sv-fi");
        assert_eq!(Lang::SvFi.base(), Some(Lang::Sv));
        assert_eq!(Lang::from_code("sv-fi"), Some(Lang::SvFi));
        assert_eq!(Lang::from_code("SV"), Some(Lang::Sv));
        assert_eq!(Lang::from_code("sv-SE"), None);
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
            assert_eq!(
                serde_json::to_string(&l).expect("serialises"),
                format!("\"{}\"", l.code())
            );
        }
    }
}
