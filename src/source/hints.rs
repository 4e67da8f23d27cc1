//! What was most likely meant by a value the source format cannot read, for a diagnostic's
//! help: only where the written value says it unambiguously, so that a hint never puts a fact
//! in the author's mouth.

/// What a date written in another form most likely is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateHint {
    /// One reading: `2024-02-27` for "27.02.2024", "2024-2-27", "\"2024-02-27\"", "20240227".
    Exact(String),
    /// Two readings, day and month unclear ("02/03/2024"): both, the day-first one first.
    Either(String, String),
    /// A two-digit year ("03.06.24"): the reading in this century, to be confirmed.
    ShortYear(String),
    /// A date in the right form that is no day of the calendar ("2024-02-30").
    NoSuchDay(String),
}

/// The hint for a value written where a date belongs, if its form tells.
pub fn date(written: &str) -> Option<DateHint> {
    let w = written
        .trim()
        .trim_matches(|c| c == '"' || c == '\'')
        .trim();
    // A time after the date is a separate problem; read the date part.
    let w = w.split(['T', ' ']).next().unwrap_or(w);
    let fmt = |y: u32, m: u32, d: u32| format!("{y:04}-{m:02}-{d:02}");
    let real = |y: u32, m: u32, d: u32| {
        let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
        let days = match m {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return false,
        };
        (1..=days).contains(&d)
    };
    let one = |y: u32, m: u32, d: u32| {
        if real(y, m, d) {
            DateHint::Exact(fmt(y, m, d))
        } else {
            DateHint::NoSuchDay(fmt(y, m, d))
        }
    };
    if w.len() == 8 && w.chars().all(|c| c.is_ascii_digit()) {
        let n = |r: std::ops::Range<usize>| w[r].parse::<u32>().ok();
        return Some(one(n(0..4)?, n(4..6)?, n(6..8)?));
    }
    let sep = w.chars().find(|c| matches!(c, '-' | '.' | '/'))?;
    let parts: Vec<&str> = w.split(sep).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || p.len() > 4 || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    let (a, b, c) = (n[0], n[1], n[2]);
    if parts[0].len() == 4 {
        // Year first: year, month, day.
        return Some(one(a, b, c));
    }
    if parts[2].len() == 2 && parts[0].len() <= 2 && sep == '.' {
        // Day first with a two-digit year, as Nordic notices date themselves ("03.06.24").
        let y = 2000 + c;
        return real(y, b, a).then(|| DateHint::ShortYear(fmt(y, b, a)));
    }
    if parts[2].len() != 4 {
        return None;
    }
    // Day first, as written in the Nordic countries with `.` or `-`; with `/` the order is
    // told only by a part above 12.
    if sep == '/' && a <= 12 && b <= 12 && a != b {
        return Some(DateHint::Either(fmt(c, b, a), fmt(c, a, b)));
    }
    if sep == '/' && b > 12 && a <= 12 {
        return Some(one(c, a, b));
    }
    Some(one(c, b, a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_in_another_form_is_read_only_where_it_is_clear() {
        let exact = |s: &str| DateHint::Exact(s.to_string());
        assert_eq!(date("27.02.2024"), Some(exact("2024-02-27")));
        assert_eq!(date("\"2024-02-27\""), Some(exact("2024-02-27")));
        assert_eq!(date("2024-2-7"), Some(exact("2024-02-07")));
        assert_eq!(date("20240227"), Some(exact("2024-02-27")));
        assert_eq!(date("27/02/2024"), Some(exact("2024-02-27")));
        assert_eq!(date("02/27/2024"), Some(exact("2024-02-27")));
        assert_eq!(
            date("02/03/2024"),
            Some(DateHint::Either("2024-03-02".into(), "2024-02-03".into()))
        );
        assert_eq!(
            date("03.06.24"),
            Some(DateHint::ShortYear("2024-06-03".into()))
        );
        assert_eq!(
            date("2024-02-30"),
            Some(DateHint::NoSuchDay("2024-02-30".into()))
        );
        assert_eq!(date("2024-02-27T10:00:00"), Some(exact("2024-02-27")));
        for nothing in ["soon", "2024", "1.2", "27 februar 2024", "24-02-27"] {
            assert_eq!(date(nothing), None, "{nothing}");
        }
    }
}
