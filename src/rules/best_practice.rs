//! Best practice: warnings that never fail a build unless warnings are denied (W01–W06).
//!
//! W01 is the one rule that reads prose: it looks for boilerplate that tells readers to check
//! the notice regularly for changes, which WP260 para 29 calls "not only insufficient but also
//! unfair". Wording varies, so it is a heuristic: a sentence with a word of frequency
//! ("regularly"), a verb of reading or checking, and a word for the notice or page, in the
//! file's language.

use super::walk::each_version;
use super::{Family, Rule};
use crate::diag::{Diagnostic, Severity};
use crate::lang::Lang;
use crate::model::{LangText, Site};
use crate::source::files::Loc;

pub(super) const W01: Rule = Rule {
    id: "W01",
    articles: "",
    art13: None,
    art14: None,
    summary: "no \"check this notice regularly\" wording (WP260 para 29)",
    condition: "always: the prose of every language file",
    explanation: "\
WP260 rev.01 para 29: changes to a notice must be actively communicated, and telling data
subjects to regularly check the privacy statement for changes is \"considered not only
insufficient but also unfair\". disclose keeps every version online and builds a change
history and feeds, so the reader never needs to check.

Warns when: a sentence of the prose combines a word of frequency (nb \"jevnlig\",
\"regelmessig\", \"med jevne mellomrom\"; sv \"regelbundet\", \"med jämna mellanrum\", \"då
och då\"; da \"jævnligt\", \"regelmæssigt\", \"med jævne mellemrum\"; fi \"säännöllisesti\",
\"ajoittain\", \"aika ajoin\" …), a verb of reading or checking (les/sjekk/besøk, läs/
kontrollera/besök, læs/tjek/besøg, lue/tarkista/tutustu …) and a word for the notice or page
(erklæring, policy, sida, side, seloste, sivu …). This is the one rule that reads prose; it
is a heuristic, so it only warns. The diagnostic underlines the sentence.",
    example: r#"Instead of "Vi anbefaler at du leser denne erklæringen jevnlig.", write:

Endrer vi erklæringen på en måte som har betydning for deg, gir vi deg beskjed
direkte før endringen får virkning. Alle tidligere versjoner er tilgjengelige."#,
    severity: Severity::Warning,
    check: check_w01,
    family: Family::BestPractice,
    applies: None,
};

/// Words of frequency, verbs of reading or checking (matched at the start of a word, or as a
/// phrase), and words for the notice, per language. All lower case.
struct Wording {
    frequency: &'static [&'static str],
    verbs: &'static [&'static str],
    notice: &'static [&'static str],
}

fn wording(lang: Lang) -> Wording {
    match lang {
        Lang::Nb => Wording {
            frequency: &[
                "jevnlig",
                "regelmessig",
                "med jevne mellomrom",
                "fra tid til annen",
                "av og til",
            ],
            verbs: &[
                "les",
                "sjekk",
                "besøk",
                "kontroller",
                "gå gjennom",
                "se over",
                "følg med",
                "hold deg oppdatert",
                "holde deg oppdatert",
                "holder deg oppdatert",
            ],
            notice: &["erklæring", "personvern", "side", "policy", "retningslinje"],
        },
        Lang::Sv | Lang::SvFi => Wording {
            frequency: &[
                "regelbundet",
                "med jämna mellanrum",
                "då och då",
                "emellanåt",
            ],
            verbs: &[
                "läs",
                "kontrollera",
                "besök",
                "granska",
                "gå igenom",
                "se över",
                "ta del",
                "håll dig uppdaterad",
                "hålla dig uppdaterad",
                "håller dig uppdaterad",
            ],
            notice: &[
                "policy",
                "sida",
                "sidan",
                "integritet",
                "dataskydd",
                "information",
            ],
        },
        Lang::Da => Wording {
            frequency: &[
                "jævnligt",
                "regelmæssigt",
                "med jævne mellemrum",
                "fra tid til anden",
            ],
            verbs: &[
                "læs",
                "tjek",
                "besøg",
                "kontroller",
                "gennemgå",
                "se efter",
                "hold dig opdateret",
                "holde dig opdateret",
                "holder dig opdateret",
            ],
            notice: &[
                "politik",
                "erklæring",
                "side",
                "persondata",
                "databeskyttelse",
                "information",
            ],
        },
        Lang::Fi => Wording {
            frequency: &[
                "säännöllisesti",
                "säännöllisin väliajoin",
                "ajoittain",
                "aika ajoin",
                "silloin tällöin",
            ],
            verbs: &["lue", "luke", "tarkist", "tutustu", "seura", "käy"],
            notice: &["seloste", "sivu", "käytäntö", "ilmoitus", "tietosuoja"],
        },
    }
}

/// Does the sentence read like "check this notice regularly"?
fn tells_to_check_regularly(lang: Lang, sentence: &str) -> bool {
    let s = sentence.to_lowercase();
    let w = wording(lang);
    let words: Vec<&str> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|x| !x.is_empty())
        .collect();
    let verb = w.verbs.iter().any(|v| {
        if v.contains(' ') {
            s.contains(v)
        } else {
            words.iter().any(|x| x.starts_with(v))
        }
    });
    verb && w.frequency.iter().any(|f| s.contains(f)) && w.notice.iter().any(|n| s.contains(n))
}

/// The sentences of a piece of prose: byte ranges, split after `.`, `!`, `?` and at blank
/// lines, trimmed. (The rule reads only the sentences around its matches, with
/// [`sentence_around`]; this cuts them all, for the tests to compare with.)
#[cfg(test)]
fn sentences(text: &str, range: std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let Some(body) = text.get(range.clone()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let end_here = match bytes[i] {
            b'.' | b'!' | b'?' => bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace()),
            b'\n' => bytes.get(i + 1) == Some(&b'\n'),
            _ => false,
        };
        if end_here || i + 1 == bytes.len() {
            let seg = &body[start..=i];
            let lead = seg.len() - seg.trim_start().len();
            let trimmed = seg.trim();
            if !trimmed.is_empty() {
                let s = range.start + start + lead;
                out.push(s..s + trimmed.len());
            }
            start = i + 1;
        }
        i += 1;
    }
    out
}

/// Each phrase of frequency without its first letter (which may be upper case): what to
/// search the raw prose for before cutting anything into sentences.
fn needles(lang: Lang) -> impl Iterator<Item = &'static str> {
    wording(lang).frequency.iter().map(|f| {
        let first = f.chars().next().map_or(0, char::len_utf8);
        &f[first..]
    })
}

/// The index of the sentence (of `sentences`, sorted and disjoint) that holds byte `at`.
/// The sentence of `range` (as [`sentences`] cuts it) that holds byte `at` of `text`: read back
/// to the end of the sentence before and on to its own end.
fn sentence_around(
    text: &str,
    range: std::ops::Range<usize>,
    at: usize,
) -> Option<std::ops::Range<usize>> {
    let body = text.get(range.clone())?;
    let bytes = body.as_bytes();
    let at = at.checked_sub(range.start).filter(|a| *a < bytes.len())?;
    let ends_at = |i: usize| match bytes[i] {
        b'.' | b'!' | b'?' => bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace()),
        b'\n' => bytes.get(i + 1) == Some(&b'\n'),
        _ => false,
    };
    let start = (0..at).rev().find(|&i| ends_at(i)).map_or(0, |i| i + 1);
    let end = (at..bytes.len())
        .find(|&i| ends_at(i))
        .unwrap_or(bytes.len() - 1);
    let seg = body.get(start..=end)?;
    let lead = seg.len() - seg.trim_start().len();
    let trimmed = seg.trim();
    if trimmed.is_empty() {
        return None;
    }
    let s = range.start + start + lead;
    Some(s..s + trimmed.len())
}

fn check_w01(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &W01, |cx| {
        let texts: Vec<_> = cx.texts().collect();
        for t in texts {
            let text = cx.site.files.text(t.file);
            let prose = t.prose.intro.start..text.len();
            let Some(body) = text.get(prose.clone()) else {
                continue;
            };
            // Search the phrases of frequency first; only the sentences holding one are read
            // in full, found by reading back and on from the match to the sentence's ends. A
            // match inside a sentence already read is skipped, so a long paragraph with many
            // matches stays linear.
            // memchr's search (AVX2 where the processor has it) is several times faster than
            // `str::contains` on these long texts; a match of a whole UTF-8 needle starts at a
            // character boundary, so the byte offsets are the text's own.
            let found = |needle: &str| memchr::memmem::find(body.as_bytes(), needle.as_bytes());
            if !needles(t.lang).any(|n| found(n).is_some()) {
                continue;
            }
            let mut seen = std::collections::BTreeSet::new();
            for needle in needles(t.lang) {
                let Some(first) = found(needle) else {
                    continue;
                };
                let mut read_to = 0;
                let rest = memchr::memmem::find_iter(&body.as_bytes()[first..], needle.as_bytes());
                for i in rest.map(|i| first + i) {
                    let at = prose.start + i;
                    if at < read_to {
                        continue;
                    }
                    let Some(s) = sentence_around(text, prose.clone(), at) else {
                        continue;
                    };
                    read_to = s.end;
                    if !seen.insert(s.start) {
                        continue;
                    }
                    let Some(sentence) = text.get(s.clone()) else {
                        continue;
                    };
                    if !tells_to_check_regularly(t.lang, sentence) {
                        continue;
                    }
                    let d = cx
                        .diag("the prose asks readers to check the notice regularly for changes")
                        .at(Loc::new(t.file, s))
                        .language(t.lang.code())
                        .label("WP260 para 29: insufficient and unfair")
                        .help("remove the sentence; say instead that you will tell data subjects directly about changes that matter to them (disclose publishes every version and a change history)");
                    cx.emit(d);
                }
            }
        }
    });
}

pub(super) const W02: Rule = Rule {
    id: "W02",
    articles: "",
    art13: None,
    art14: None,
    summary: "a new version says what changed",
    condition: "the version has a previous version",
    explanation: "\
A version that replaces another should tell the reader what changed, in their language: the
change history shows it beside the computed list of changes. WP260 para 29: changes must be
communicated, and the reader should not have to work them out.

Warns when: a version with a previous version has no `summary` under [changes] in any
language file. (When some languages have one and others not, T06 reports it as an error.)
The diagnostic points at the front matter of the site's first language, and says how many
changes the change history finds in the facts and how many of them are material.",
    example: r#"# sv.md front matter
[changes]
summary = "Lagringstiden efter affärsrelationen är nu 24 månader.""#,
    severity: Severity::Warning,
    check: check_w02,
    family: Family::BestPractice,
    applies: None,
};

fn check_w02(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &W02, |cx| {
        let Some(prev) = cx.notice.previous(cx.version) else {
            return;
        };
        let texts: Vec<&LangText> = cx.texts().collect();
        if texts
            .iter()
            .any(|t| super::walk::present(t.changes_summary.as_ref()))
        {
            return;
        }
        let Some(first) = texts.first() else { return };
        let d = cx
            .diag(format!(
                "{} replaces version {} but says nothing about what changed",
                cx.version_name(),
                prev.number
            ))
            .at(cx.front_matter_table(first, "changes"))
            .language(first.lang.code())
            .help("add under [changes] in every language file: summary = \"…what changed…\"");
        let diff = crate::history::diff(prev, cx.version);
        let material = diff.changes.iter().filter(|c| c.material).count();
        let d = if diff.changes.is_empty() {
            d.note("the change history finds no change in the facts; say what changed in the text")
        } else {
            d.note(format!(
                "the change history finds {} change{} in the facts, {material} of them material",
                diff.changes.len(),
                if diff.changes.len() == 1 { "" } else { "s" },
            ))
        };
        cx.emit(d);
    });
}

pub(super) const W04: Rule = Rule {
    id: "W04",
    articles: "",
    art13: None,
    art14: None,
    summary: "a published date is not in the future",
    condition: "the version has a `published` date",
    explanation: "\
A version is published when readers can see it. A `published` date after today means the page
goes out now saying it was published on a day still to come, usually a typo in the year or a
date meant for `effective` (the day the version takes effect, which may be later).

Warns when: `published` is after today (the system's date in UTC, or `--today`). The diagnostic
points at the date.",
    example: r#"[version]
published = 2024-09-01     # today or earlier
effective = 2024-10-01     # may be later"#,
    severity: Severity::Warning,
    check: check_w04,
    family: Family::BestPractice,
    applies: None,
};

fn check_w04(site: &Site, out: &mut Vec<Diagnostic>) {
    let today = site.today.unwrap_or_else(crate::model::Date::today);
    each_version(site, out, &W04, |cx| {
        if let Some(p) = &cx.facts().published
            && p.value > today
        {
            let d = cx
                .diag(format!(
                    "{} is published on {}, after today ({today})",
                    cx.version_name(),
                    p.value
                ))
                .at(p.loc.clone())
                .help("write the day it is published; a later day on which it takes effect goes in `effective`");
            cx.emit(d);
        }
    });
}

pub(super) const W05: Rule = Rule {
    id: "W05",
    articles: "",
    art13: None,
    art14: None,
    summary: "each controller gives its organisation number, postal address and e-mail address",
    condition: "the version has [[controllers]]",
    explanation: "\
Art. 13(1)(a) and 14(1)(a) require the controller's identity and contact details; R01 checks
that every controller has its legal name and at least one way to be contacted. Beyond the
letter of the article, the reader is best served when each controller can be found in its
country's register and reached in more than one way (WP260 rev.01, Annex: easy identification
and different forms of communication): its organisation number (`org_number`, or a foreign
controller's registration number), a postal `address` and an `email` address.

Warns when: a controller lacks one of `org_number`, `address` and `email`. The diagnostic
points at the controller's id and says which are missing; none of them is required by the
article, so this is a warning.",
    example: r#"# facts.toml
[[controllers]]
id = "nordlys-no"
name = "Nordlys Inkasso AS"
org_number = "921 765 436"
country = "NO"
address = "Postboks 123 Sentrum, 0102 Oslo"
email = "personvern@nordlys.example""#,
    severity: Severity::Warning,
    check: check_w05,
    family: Family::BestPractice,
    applies: None,
};

fn check_w05(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &W05, |cx| {
        for c in &cx.facts().controllers {
            let missing: Vec<(&str, &str)> = [
                (c.org_number.is_none(), "org_number", "organisation number"),
                (c.address.is_none(), "address", "postal address"),
                (c.email.is_none(), "email", "e-mail address"),
            ]
            .into_iter()
            .filter(|(absent, _, _)| *absent)
            .map(|(_, key, words)| (key, words))
            .collect();
            if missing.is_empty() {
                continue;
            }
            let words: Vec<&str> = missing.iter().map(|(_, w)| *w).collect();
            let keys: Vec<String> = missing.iter().map(|(k, _)| format!("`{k}`")).collect();
            let d = cx
                .diag(format!(
                    "the controller `{}` gives no {}: best practice, not required by Art. 13(1)(a)/14(1)(a)",
                    c.id.value,
                    and_list(&words)
                ))
                .at(c.id.loc.clone())
                .label(format!("no {}", keys.join(", ")))
                .help(format!(
                    "best practice is to add {}, as the controller's register entry and its own pages give them: the reader can then find the controller in the register and write to it (WP260 rev.01, Annex)",
                    missing
                        .iter()
                        .map(|(k, w)| format!("`{k} = \"<{w}>\"`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            cx.emit(d);
        }
    });
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

pub(super) const W03: Rule = Rule {
    id: "W03",
    articles: "",
    art13: None,
    art14: None,
    summary: "no draft is left behind a published version",
    condition: "a version without `published` is older than a published one",
    explanation: "\
A draft (a version without `published`) older than a published version can never be
published in order: it would be in force for no day. It is usually a leftover from work that
went into the newer version, or a version whose `published` date was forgotten.

Warns when: a draft is followed by a published version of the same notice. The diagnostic
points at the draft's facts.toml.",
    example: r#"# notices/business-contacts/2.0/facts.toml
[version]
published = 2021-09-28      # 2.1 is published, so 2.0 was too"#,
    severity: Severity::Warning,
    check: check_w03,
    family: Family::BestPractice,
    applies: None,
};

fn check_w03(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &W03, |cx| {
        if cx.facts().published.is_some() {
            return;
        }
        let later = cx
            .notice
            .versions
            .iter()
            .filter(|v| v.number > cx.version.number)
            .find(|v| v.facts.published.is_some());
        let Some(later) = later else { return };
        let d = cx
            .diag(format!(
                "{} is a draft, but the newer version {} is published",
                cx.version_name(),
                later.number
            ))
            .at(Loc::file_start(cx.version.facts_file))
            .help("add `published = YYYY-MM-DD` under [version] if it was published, or remove the draft");
        cx.emit(d);
    });
}

pub(super) const W06: Rule = Rule {
    id: "W06",
    articles: "",
    art13: None,
    art14: None,
    summary: "section headings are not numbered by hand",
    condition: "always: the `##` headings of every language file",
    explanation: "\
The theme places the sections of a notice in its own order (the one the GDPR lists the
information in, the same in every language) and numbers them itself, in the headings and
the contents. A number written in the heading (`## 2. Kontaktoplysninger {#controllers}`)
would disagree with the theme's as soon as the order differs, and show twice. disclose
leaves such a number out of the page, and this warning says so, so that the source says
what the page shows.

Warns when: a `##` heading starts with a number followed by `.` or `)` (`2.`, `1.1`, `3)`),
once per language file, at the first such heading (the note counts the others). A number
that is part of the words (`## 24 timer i døgnet`) is left alone.",
    example: r###"## Kontaktoplysninger {#controllers}

(not "## 2. Kontaktoplysninger {#controllers}": the theme numbers the sections)"###,
    severity: Severity::Warning,
    check: check_w06,
    family: Family::BestPractice,
    applies: None,
};

fn check_w06(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &W06, |cx| {
        let texts: Vec<&LangText> = cx.texts().collect();
        for t in texts {
            let numbered: Vec<_> = t
                .prose
                .sections
                .iter()
                .filter(|s| crate::source::langfile::hand_number(s.heading.trim()).is_some())
                .collect();
            let Some(first) = numbered.first() else {
                continue;
            };
            let mut d = cx
                .diag(format!(
                    "the heading \"{}\" is numbered by hand",
                    first.heading.trim()
                ))
                .at(first.heading_loc.clone())
                .language(t.lang.code())
                .label("the theme numbers the sections in its own order; this number is left out of the page")
                .help("remove the numbers from the `##` headings");
            if numbered.len() > 1 {
                d = d.note(format!(
                    "{} more heading{} in this file {} numbered",
                    numbered.len() - 1,
                    if numbered.len() == 2 { "" } else { "s" },
                    if numbered.len() == 2 { "is" } else { "are" },
                ));
            }
            cx.emit(d);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_seed_wording_and_leaves_similar_sentences_alone() {
        let seed = "När du kommer i kontakt med vår verksamhet är det därför viktigt att du med jämna mellanrum läser denna integritetsskyddspolicy.";
        assert!(tells_to_check_regularly(Lang::Sv, seed));
        assert!(!tells_to_check_regularly(
            Lang::Sv,
            "Det kan finnas andra cookies än de som finns i listade ovan men vi uppdaterar listan med jämna mellanrum."
        ));
        assert!(tells_to_check_regularly(
            Lang::Nb,
            "Vi anbefaler at du leser denne personvernerklæringen jevnlig."
        ));
        assert!(tells_to_check_regularly(
            Lang::Da,
            "Vi opfordrer dig til jævnligt at læse denne privatlivspolitik."
        ));
        assert!(tells_to_check_regularly(
            Lang::Fi,
            "Suosittelemme, että luet tämän tietosuojaselosteen säännöllisesti."
        ));
        assert!(!tells_to_check_regularly(
            Lang::Nb,
            "Endrer vi erklæringen på en måte som har betydning for deg, gir vi deg beskjed direkte."
        ));
    }

    #[test]
    fn the_sentence_around_a_place() {
        let text = "+++\n+++\nFirst one. Les denne\nsiden jevnlig! Third.\n\nNext paragraph.";
        let at = text.find("evnlig").expect("needle");
        let s = sentence_around(text, 8..text.len(), at).expect("sentence");
        assert_eq!(&text[s], "Les denne\nsiden jevnlig!");
        let next = text.find("Next").expect("next");
        let s = sentence_around(text, 8..text.len(), next).expect("sentence");
        assert_eq!(&text[s], "Next paragraph.");
        assert!(needles(Lang::Nb).any(|n| n == "evnlig"));
    }

    #[test]
    fn the_sentence_around_a_place_is_the_one_sentences_cuts() {
        let text = "x Intro. Second one!\n\nThird\nline. Näst sista? Sist";
        let range = 2..text.len();
        let all = sentences(text, range.clone());
        for (i, _) in text.char_indices().skip(2) {
            let expected = all.iter().find(|s| s.start <= i && i < s.end).cloned();
            if let Some(e) = expected {
                assert_eq!(sentence_around(text, range.clone(), i), Some(e), "at {i}");
            }
        }
    }

    #[test]
    fn sentences_are_split_and_trimmed() {
        let text = "Intro. Second one!\n\nThird\nline";
        let got: Vec<&str> = sentences(text, 0..text.len())
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(got, ["Intro.", "Second one!", "Third\nline"]);
    }
}
