//! ISO 8601 durations as retention periods and cookie lifetimes: `P24M`, `P1Y6M`, `PT24H`.

use serde::Serialize;
use std::fmt;

/// A duration in calendar units. Units are kept as written: `P24M` stays 24 months, never
/// "2 years", because that is what the legal text says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Duration {
    pub years: u32,
    pub months: u32,
    pub weeks: u32,
    pub days: u32,
    pub hours: u32,
    pub minutes: u32,
}

/// Why a string is not a duration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DurationError(pub &'static str);

/// Why [`Duration::parse`] refuses a period of zero (`P0M`).
const ZERO: &str = "it is a period of zero, which keeps nothing: a period is longer than zero";

impl DurationError {
    /// Is the period well formed, but zero (`P0M`, `PT0H`)?
    pub fn is_zero(&self) -> bool {
        self.0 == ZERO
    }
}

impl fmt::Display for DurationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl Duration {
    /// Parse `PnYnMnWnDTnHnM`. Seconds and fractions are not retention periods and are refused.
    pub fn parse(s: &str) -> Result<Duration, DurationError> {
        let rest = s
            .strip_prefix('P')
            .ok_or(DurationError("a duration starts with `P`"))?;
        if rest.is_empty() || rest == "T" {
            return Err(DurationError(
                "a duration needs at least one number and unit",
            ));
        }
        let mut d = Duration::default();
        let mut in_time = false;
        let mut num = String::new();
        let mut last_rank = 0u8;
        for ch in rest.chars() {
            if ch == 'T' {
                if in_time || !num.is_empty() {
                    return Err(DurationError("`T` appears twice or after a number"));
                }
                in_time = true;
                continue;
            }
            if ch.is_ascii_digit() {
                num.push(ch);
                continue;
            }
            if num.is_empty() {
                return Err(DurationError("each unit needs a number before it"));
            }
            let n: u32 = num
                .parse()
                .map_err(|_| DurationError("the number is too large"))?;
            num.clear();
            let (slot, rank) = match (in_time, ch) {
                (false, 'Y') => (&mut d.years, 1),
                (false, 'M') => (&mut d.months, 2),
                (false, 'W') => (&mut d.weeks, 3),
                (false, 'D') => (&mut d.days, 4),
                (true, 'H') => (&mut d.hours, 5),
                (true, 'M') => (&mut d.minutes, 6),
                (true, 'S') => return Err(DurationError("seconds are not supported")),
                (false, 'H') => return Err(DurationError("hours go after `T`, as in `PT24H`")),
                _ => return Err(DurationError("units are Y, M, W, D, and after T: H, M")),
            };
            if rank <= last_rank {
                return Err(DurationError(
                    "units must be in the order Y, M, W, D, T, H, M",
                ));
            }
            last_rank = rank;
            *slot = n;
        }
        if !num.is_empty() {
            return Err(DurationError("a number has no unit after it"));
        }
        if d == Duration::default() {
            return Err(DurationError(ZERO));
        }
        Ok(d)
    }

    /// What a period written in words or half in ISO form ("2 years", "24 måneder", "24M",
    /// "p5y") most likely means in ISO 8601, for a hint. `None` when the words are not a count
    /// and a unit, so nothing is guessed.
    pub fn suggest(written: &str) -> Option<String> {
        let w = written.trim().to_lowercase();
        // Half ISO: a missing `P`, lower case, or `T` missing before hours.
        let upper = w.to_uppercase();
        for candidate in [upper.clone(), format!("P{upper}")] {
            if candidate != written && Duration::parse(&candidate).is_ok() {
                return Some(candidate);
            }
        }
        if let Some(rest) = upper.strip_prefix('P')
            && let Some(h) = rest.strip_suffix('H')
            && !h.is_empty()
            && h.chars().all(|c| c.is_ascii_digit())
        {
            return Some(format!("PT{h}H"));
        }
        // Words: "<n> <unit>", joined by "and", "og", "och", "ja" or commas.
        let mut d = Duration::default();
        let words: Vec<&str> = w
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|x| !x.is_empty() && !matches!(*x, "and" | "og" | "och" | "ja"))
            .collect();
        if words.is_empty() || !words.len().is_multiple_of(2) {
            return None;
        }
        for pair in words.chunks(2) {
            let n: u32 = pair[0].parse().ok()?;
            let slot = match unit_word(pair[1])? {
                Unit::Years => &mut d.years,
                Unit::Months => &mut d.months,
                Unit::Weeks => &mut d.weeks,
                Unit::Days => &mut d.days,
                Unit::Hours => &mut d.hours,
                Unit::Minutes => &mut d.minutes,
            };
            if *slot != 0 {
                return None;
            }
            *slot = n;
        }
        (d != Duration::default()).then(|| d.to_string())
    }

    /// The non-zero parts, largest first, as (unit, count).
    pub fn parts(&self) -> Vec<(Unit, u32)> {
        [
            (Unit::Years, self.years),
            (Unit::Months, self.months),
            (Unit::Weeks, self.weeks),
            (Unit::Days, self.days),
            (Unit::Hours, self.hours),
            (Unit::Minutes, self.minutes),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .collect()
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "P")?;
        for (u, n) in self.parts() {
            if matches!(u, Unit::Hours) && self.hours > 0
                || matches!(u, Unit::Minutes) && self.hours == 0
            {
                write!(f, "T")?;
            }
            write!(f, "{n}{}", u.letter())?;
        }
        Ok(())
    }
}

/// The unit a word names, in English or in one of the languages disclose publishes (singular
/// or plural, as written after a number).
fn unit_word(w: &str) -> Option<Unit> {
    Some(match w.trim_end_matches('.') {
        "year" | "years" | "yr" | "yrs" | "år" | "året" | "vuosi" | "vuotta" | "vuoden" => {
            Unit::Years
        }
        "month" | "months" | "måned" | "måneder" | "månad" | "månader" | "kuukausi"
        | "kuukautta" | "kk" => Unit::Months,
        "week" | "weeks" | "uke" | "uker" | "vecka" | "veckor" | "uge" | "uger" | "viikko"
        | "viikkoa" => Unit::Weeks,
        "day" | "days" | "dag" | "dager" | "dagar" | "dage" | "døgn" | "dygn" | "päivä"
        | "päivää" => Unit::Days,
        "hour" | "hours" | "time" | "timer" | "timme" | "timmar" | "tunti" | "tuntia" => {
            Unit::Hours
        }
        "minute" | "minutes" | "min" | "minutt" | "minutter" | "minut" | "minuter" | "minuutti"
        | "minuuttia" => Unit::Minutes,
        _ => return None,
    })
}

/// A unit of a duration, each with its own plural message in the locales.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Years,
    Months,
    Weeks,
    Days,
    Hours,
    Minutes,
}

impl Unit {
    /// The Fluent message id that formats a count of this unit.
    pub fn fluent_key(self) -> &'static str {
        match self {
            Unit::Years => "duration-years",
            Unit::Months => "duration-months",
            Unit::Weeks => "duration-weeks",
            Unit::Days => "duration-days",
            Unit::Hours => "duration-hours",
            Unit::Minutes => "duration-minutes",
        }
    }

    fn letter(self) -> char {
        match self {
            Unit::Years => 'Y',
            Unit::Months | Unit::Minutes => 'M',
            Unit::Weeks => 'W',
            Unit::Days => 'D',
            Unit::Hours => 'H',
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_periods_notices_use() {
        assert_eq!(Duration::parse("P24M").map(|d| d.months), Ok(24));
        assert_eq!(Duration::parse("P5Y").map(|d| d.years), Ok(5));
        let d = Duration::parse("P1Y6M").expect("valid");
        assert_eq!((d.years, d.months), (1, 6));
        assert_eq!(Duration::parse("PT24H").map(|d| d.hours), Ok(24));
        assert_eq!(Duration::parse("PT30M").map(|d| d.minutes), Ok(30));
        assert_eq!(
            Duration::parse("P7D").map(|d| d.to_string()),
            Ok("P7D".into())
        );
        assert_eq!(
            Duration::parse("P1DT2H").map(|d| d.to_string()),
            Ok("P1DT2H".into())
        );
    }

    #[test]
    fn suggests_the_iso_form_of_a_period_written_in_words() {
        for (written, iso) in [
            ("2 years", "P2Y"),
            ("24 months", "P24M"),
            ("24 måneder", "P24M"),
            ("5 år", "P5Y"),
            ("30 dagar", "P30D"),
            ("1 year and 6 months", "P1Y6M"),
            ("2 uger", "P2W"),
            ("24 tuntia", "PT24H"),
            ("24M", "P24M"),
            ("p5y", "P5Y"),
            ("P24H", "PT24H"),
        ] {
            assert_eq!(
                Duration::suggest(written).as_deref(),
                Some(iso),
                "{written}"
            );
        }
        for nothing in [
            "as long as necessary",
            "2",
            "years",
            "P0M",
            "0 months",
            "2 years 2 years",
        ] {
            assert_eq!(Duration::suggest(nothing), None, "{nothing}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_duration() {
        for bad in [
            "24M", "P", "PT", "P24", "PM", "P2M1Y", "P24H", "PT5S", "P0D", "1 year", "P1.5Y",
        ] {
            assert!(Duration::parse(bad).is_err(), "{bad} should be rejected");
        }
    }
}
