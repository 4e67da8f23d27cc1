//! ICU4X formatting with compiled CLDR data: long dates and "a, b and c" lists.

use crate::lang::Lang;
use crate::model::Date;
use icu::calendar::{Date as IcuDate, Gregorian};
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::datetime::fieldsets::YMD;
use icu::list::ListFormatter;
use icu::list::options::{ListFormatterOptions, ListLength};
use icu::locale::Locale;
use std::collections::BTreeMap;

pub(super) struct DateFormats {
    dates: BTreeMap<Lang, FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    lists: BTreeMap<Lang, ListFormatter>,
}

impl DateFormats {
    pub(super) fn new(langs: &[Lang]) -> Self {
        let mut dates = BTreeMap::new();
        let mut lists = BTreeMap::new();
        for &lang in langs {
            let Ok(locale) = lang.code().parse::<Locale>() else {
                continue;
            };
            if let Ok(f) =
                FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), YMD::long())
            {
                dates.insert(lang, f);
            }
            let opts = ListFormatterOptions::default().with_length(ListLength::Wide);
            if let Ok(f) = ListFormatter::try_new_and(locale.into(), opts) {
                lists.insert(lang, f);
            }
        }
        DateFormats { dates, lists }
    }

    /// The long date; ISO 8601 if the date does not exist or no formatter could be made.
    pub(super) fn long(&self, lang: Lang, d: Date) -> String {
        let iso = d.to_string();
        let Some(f) = self.dates.get(&lang) else {
            return iso;
        };
        match IcuDate::try_new_gregorian(i32::from(d.year), d.month, d.day) {
            Ok(date) => f.format(&date).to_string(),
            Err(_) => iso,
        }
    }

    pub(super) fn and_list(&self, lang: Lang, items: &[String]) -> String {
        match self.lists.get(&lang) {
            Some(f) => f.format_to_string(items.iter().map(String::as_str)),
            None => items.join(", "),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_dates_in_each_language() {
        let f = DateFormats::new(&Lang::ALL);
        let d = |year, month, day| Date { year, month, day };
        assert_eq!(f.long(Lang::Nb, d(2024, 6, 3)), "3. juni 2024");
        assert_eq!(f.long(Lang::Sv, d(2024, 2, 27)), "27 februari 2024");
        assert_eq!(f.long(Lang::Da, d(2024, 2, 27)), "27. februar 2024");
        assert_eq!(f.long(Lang::Fi, d(2024, 2, 27)), "27. helmikuuta 2024");
    }

    #[test]
    fn lists_use_the_languages_and() {
        let f = DateFormats::new(&Lang::ALL);
        let items = ["1 år".to_string(), "6 måneder".to_string()];
        assert_eq!(f.and_list(Lang::Nb, &items), "1 år og 6 måneder");
        assert_eq!(f.and_list(Lang::Sv, &["a".into(), "b".into()]), "a och b");
        assert_eq!(f.and_list(Lang::Fi, &["a".into(), "b".into()]), "a ja b");
    }
}
