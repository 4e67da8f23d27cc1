//! The languages disclose publishes.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A publication language. The built-in vocabulary covers these four.
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
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Nb,
    Sv,
    Da,
    Fi,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::Nb, Lang::Sv, Lang::Da, Lang::Fi];

    /// The BCP 47 code used in paths, `lang` attributes and file names.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Sv => "sv",
            Lang::Da => "da",
            Lang::Fi => "fi",
        }
    }

    /// The language's name in English, for diagnostics.
    pub fn english(self) -> &'static str {
        match self {
            Lang::Nb => "Norwegian",
            Lang::Sv => "Swedish",
            Lang::Da => "Danish",
            Lang::Fi => "Finnish",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
