//! National organisation numbers and their check digits: Norway's organisasjonsnummer, Sweden's
//! organisationsnummer, Denmark's CVR-nummer and Finland's Y-tunnus (FO-nummer).
//!
//! A controller's organisation number is part of how the notice identifies it (Art. 13(1)(a),
//! 14(1)(a)): a number whose check digit does not match identifies no one, or someone else. The
//! check never says which digit is wrong or what the check digit "should" be: changing the last
//! digit to fit would turn a typo elsewhere into another company's number. The fix is always to
//! copy the number from the register.
//!
//! For any other country the number is taken as written (there is no one format to check).

/// How one country writes and checks its organisation numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scheme {
    /// The country code.
    pub country: &'static str,
    /// The number's name, in the country's own language.
    pub name: &'static str,
    /// How it is written, for messages.
    pub form: &'static str,
    /// The check it must pass, for messages.
    pub check: &'static str,
    /// Where it can be looked up.
    pub register: &'static str,
}

const NO: Scheme = Scheme {
    country: "NO",
    name: "organisasjonsnummer",
    form: "nine digits, written NNN NNN NNN or NNNNNNNNN",
    check: "MOD11 check digit",
    register: "Enhetsregisteret (Brønnøysundregistrene, brreg.no)",
};

const SE: Scheme = Scheme {
    country: "SE",
    name: "organisationsnummer",
    form: "ten digits, written NNNNNN-NNNN or NNNNNNNNNN",
    check: "check digit (the Luhn algorithm)",
    register: "Bolagsverket (bolagsverket.se), or Skatteverket for other organisations",
};

const DK: Scheme = Scheme {
    country: "DK",
    name: "CVR-nummer",
    form: "eight digits, written NNNNNNNN or NN NN NN NN",
    check: "MOD11 check",
    register: "Det Centrale Virksomhedsregister (datacvr.virk.dk)",
};

const FI: Scheme = Scheme {
    country: "FI",
    name: "Y-tunnus",
    form: "seven digits, a hyphen and a check digit, written NNNNNNN-N",
    check: "MOD11 check digit",
    register: "the Business Information System YTJ (ytj.fi)",
};

/// The scheme of a country, if disclose knows one.
pub fn scheme(country: &str) -> Option<Scheme> {
    match country {
        "NO" => Some(NO),
        "SE" => Some(SE),
        "DK" => Some(DK),
        "FI" => Some(FI),
        _ => None,
    }
}

/// Why a number is not a valid organisation number of its country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Not written in the country's form (wrong length, letters, other separators).
    Form,
    /// Written in the right form, but its check digit does not match its other digits.
    CheckDigit,
}

/// Check `value` as an organisation number of `country`. `Ok` for a country without a known
/// scheme.
pub fn check(country: &str, value: &str) -> Result<(), (Scheme, Problem)> {
    let Some(s) = scheme(country) else {
        return Ok(());
    };
    let digits = match country {
        "NO" | "DK" => spaced_digits(value),
        "SE" => swedish_digits(value),
        "FI" => finnish_digits(value),
        _ => None,
    };
    let Some(d) = digits else {
        return Err((s, Problem::Form));
    };
    let valid = match country {
        "NO" => d.len() == 9 && mod11_no(&d),
        "SE" => d.len() == 10 && luhn(&d),
        "DK" => d.len() == 8 && d[0] != 0 && mod11_dk(&d),
        "FI" => d.len() == 8 && mod11_fi(&d),
        _ => true,
    };
    let right_length = match country {
        "NO" => d.len() == 9,
        "SE" => d.len() == 10,
        "DK" | "FI" => d.len() == 8,
        _ => true,
    };
    if !right_length {
        Err((s, Problem::Form))
    } else if !valid {
        Err((s, Problem::CheckDigit))
    } else {
        Ok(())
    }
}

/// Digits separated by single spaces, or none; nothing else.
fn spaced_digits(v: &str) -> Option<Vec<u32>> {
    let v = v.trim();
    if v.is_empty() || v.contains("  ") || !v.chars().all(|c| c.is_ascii_digit() || c == ' ') {
        return None;
    }
    Some(v.chars().filter_map(|c| c.to_digit(10)).collect())
}

/// `NNNNNN-NNNN` or `NNNNNNNNNN`; the twelve-digit form with the century `16` first, as
/// Skatteverket writes it, is taken too.
fn swedish_digits(v: &str) -> Option<Vec<u32>> {
    let v = v.trim();
    let compact: String = match v.split_once('-') {
        Some((a, b)) if (a.len() == 6 || a.len() == 8) && b.len() == 4 => format!("{a}{b}"),
        Some(_) => return None,
        None => v.to_string(),
    };
    if !compact.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let compact = match compact.len() {
        12 => compact.strip_prefix("16")?.to_string(),
        _ => compact,
    };
    Some(compact.chars().filter_map(|c| c.to_digit(10)).collect())
}

/// `NNNNNNN-N`.
fn finnish_digits(v: &str) -> Option<Vec<u32>> {
    let (a, b) = v.trim().split_once('-')?;
    if a.len() != 7 || b.len() != 1 || !format!("{a}{b}").chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(
        format!("{a}{b}")
            .chars()
            .filter_map(|c| c.to_digit(10))
            .collect(),
    )
}

/// Norway: weights 3 2 7 6 5 4 3 2 on the first eight digits; the check digit is 11 minus the
/// remainder mod 11 (0 for 11; a remainder giving 10 is no valid number).
fn mod11_no(d: &[u32]) -> bool {
    let sum: u32 = [3, 2, 7, 6, 5, 4, 3, 2]
        .iter()
        .zip(d)
        .map(|(w, x)| w * x)
        .sum();
    match 11 - sum % 11 {
        11 => d[8] == 0,
        10 => false,
        c => d[8] == c,
    }
}

/// Sweden: the Luhn algorithm over all ten digits.
fn luhn(d: &[u32]) -> bool {
    let sum: u32 = d
        .iter()
        .enumerate()
        .map(|(i, &x)| {
            if i % 2 == 0 {
                let y = x * 2;
                if y > 9 { y - 9 } else { y }
            } else {
                x
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Denmark: weights 2 7 6 5 4 3 2 1; the weighted sum is divisible by 11.
fn mod11_dk(d: &[u32]) -> bool {
    let sum: u32 = [2, 7, 6, 5, 4, 3, 2, 1]
        .iter()
        .zip(d)
        .map(|(w, x)| w * x)
        .sum();
    sum.is_multiple_of(11)
}

/// Finland: weights 7 9 10 5 8 4 2 on the seven digits; remainder 0 gives check digit 0, a
/// remainder of 1 is no valid number, otherwise the check digit is 11 minus the remainder.
fn mod11_fi(d: &[u32]) -> bool {
    let sum: u32 = [7, 9, 10, 5, 8, 4, 2]
        .iter()
        .zip(d)
        .map(|(w, x)| w * x)
        .sum();
    match sum % 11 {
        0 => d[7] == 0,
        1 => false,
        r => d[7] == 11 - r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norwegian_numbers_are_checked_with_mod11() {
        // Intrum AS and Intrum Capital, as the seed notice gives them.
        assert_eq!(check("NO", "835 302 202"), Ok(()));
        assert_eq!(check("NO", "958422830"), Ok(()));
        assert_eq!(check("NO", "921 765 436"), Ok(()));
        assert_eq!(
            check("NO", "921 765 437").map_err(|e| e.1),
            Err(Problem::CheckDigit)
        );
        assert_eq!(
            check("NO", "912 345 678").map_err(|e| e.1),
            Err(Problem::CheckDigit),
            "a remainder that gives 10 is no number"
        );
        for bad in [
            "92176543",
            "921-765-436",
            "NO 921 765 436 MVA",
            "",
            "921  765 436",
        ] {
            assert_eq!(
                check("NO", bad).map_err(|e| e.1),
                Err(Problem::Form),
                "{bad}"
            );
        }
    }

    #[test]
    fn swedish_numbers_are_checked_with_luhn() {
        assert_eq!(check("SE", "556016-0680"), Ok(()));
        assert_eq!(check("SE", "5560160680"), Ok(()));
        assert_eq!(check("SE", "16556016-0680"), Ok(()));
        assert_eq!(
            check("SE", "556016-0681").map_err(|e| e.1),
            Err(Problem::CheckDigit)
        );
        for bad in ["556016 0680", "55601-60680", "556016-068", "5560160680x"] {
            assert_eq!(
                check("SE", bad).map_err(|e| e.1),
                Err(Problem::Form),
                "{bad}"
            );
        }
    }

    #[test]
    fn danish_cvr_numbers_are_checked_with_mod11() {
        // Weighted sum of 10150817: 2+0+6+25+0+24+2+7 = 66 = 6 × 11.
        assert_eq!(check("DK", "10150817"), Ok(()));
        assert_eq!(check("DK", "10 15 08 17"), Ok(()));
        assert_eq!(
            check("DK", "10150818").map_err(|e| e.1),
            Err(Problem::CheckDigit)
        );
        assert_eq!(check("DK", "1015081").map_err(|e| e.1), Err(Problem::Form));
    }

    #[test]
    fn finnish_business_ids_are_checked_with_mod11() {
        // 0112038: 0+9+10+10+0+12+16 = 57, 57 mod 11 = 2, check digit 9.
        assert_eq!(check("FI", "0112038-9"), Ok(()));
        assert_eq!(
            check("FI", "0112038-8").map_err(|e| e.1),
            Err(Problem::CheckDigit)
        );
        for bad in ["01120389", "112038-9", "0112038-", "0112038-99"] {
            assert_eq!(
                check("FI", bad).map_err(|e| e.1),
                Err(Problem::Form),
                "{bad}"
            );
        }
    }

    #[test]
    fn other_countries_are_taken_as_written() {
        assert_eq!(check("US", "EIN 12-3456789"), Ok(()));
        assert_eq!(check("DE", "HRB 12345"), Ok(()));
    }
}
