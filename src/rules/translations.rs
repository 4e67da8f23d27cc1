//! Translation completeness: every language the site publishes says everything the facts need
//! words for, and nothing for ids that do not exist (T01–T07). WP260 para 13: a translation
//! must give the reader the same information.
//!
//! Texts that an article requires per language (legitimate interests, consequences of not
//! providing data, the explanation of automated decisions) are reported by that article's
//! rule, with the language: R06, R15, R17. The rules here cover the rest.

use super::walk::{Cx, each_version, front_matter_open, present};
use super::{Family, Rule};
use crate::diag::{Diagnostic, Severity};
use crate::model::{LangText, Site};
use crate::source::files::Loc;
use crate::source::langfile::Section;
use crate::vocab::basis;
use std::collections::{BTreeSet, HashMap};

pub(super) const T01: Rule = Rule {
    id: "T01",
    articles: "",
    art13: None,
    art14: None,
    summary: "every id of your own has a label in every language",
    condition: "always: every own id in facts.toml, every language file",
    explanation: "\
Everything the facts name with an id of your own needs words in every language the site
publishes: contexts, purposes, laws, your own sources, recipients and categories, cookies,
retention criteria, your own reasons for a right not applying, and waiver reasons. They go
under [labels] in each language file's front matter. Standard codes (art6-1-f, P24M,
public-registers …) need none: disclose words them from its locales.

Fails when: a language file has no label (or an empty one) for such an id. The diagnostic
points at the file's [labels] header (or its front matter when the table is missing), names
the id and the language, and says where the id is defined in facts.toml.",
    example: r#"# facts.toml
[[laws]]
id = "debt-collection-act"

# nb.md front matter
[labels]
debt-collection-act = "inkassoloven"

# sv.md front matter
[labels]
debt-collection-act = "den norska inkassolagen""#,
    severity: Severity::Error,
    check: check_t01,
    family: Family::Translation,
    applies: None,
};

fn check_t01(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &T01, |cx| {
        let ids = cx.facts().label_ids();
        let texts: Vec<_> = cx.texts().collect();
        for t in texts {
            let mut reported = BTreeSet::new();
            for id in &ids {
                if present(t.labels.get(&id.value)) || !reported.insert(id.value.as_str()) {
                    continue;
                }
                let d = cx
                    .diag(format!("no label for `{}`", id.value))
                    .at(cx.front_matter_table(t, "labels"))
                    .language(t.lang.code())
                    .help(format!(
                        "add under [labels]: {} = \"<its name in {}>\"",
                        id.value, t.lang
                    ))
                    .note(format!(
                        "`{}` is defined at {}",
                        id.value,
                        cx.place(&id.loc)
                    ));
                cx.emit(d);
            }
        }
    });
}

/// T01's finding where a page needs a label the language file lacks: for the renderer, which
/// meets it only if the rules did not run (a preview of a broken notice), to report it as T01
/// does.
pub fn missing_label(id: &str, lang: &str, at: Loc) -> Diagnostic {
    Diagnostic::error(T01.id, format!("no label for `{id}`"))
        .at(at)
        .language(lang)
        .help(format!(
            "add under [labels]: {id} = \"<its name in {lang}>\""
        ))
}

pub(super) const T02: Rule = Rule {
    id: "T02",
    articles: "",
    art13: None,
    art14: None,
    summary: "every label belongs to an id of facts.toml",
    condition: "always: every [labels] key",
    explanation: "\
A label whose key is not an id of your own in the version's facts.toml names nothing. It is
usually a misspelling, or a leftover from an id that was renamed or removed, and the thing it
was meant for then has no label in this language.

Fails when: a [labels] key is not an own id of the version. One diagnostic per language file
lists every such key and points at the first.",
    example: r#"# facts.toml
  [[contexts.purposes]]
  id = "contract"

# da.md front matter
[labels]
contract = "Indgå og opfylde aftaler"   # not \"contracts\""#,
    severity: Severity::Error,
    check: check_t02,
    family: Family::Translation,
    applies: None,
};

fn check_t02(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &T02, |cx| {
        let ids = cx.facts().label_ids();
        let known: BTreeSet<&str> = ids.iter().map(|i| i.value.as_str()).collect();
        let texts: Vec<_> = cx.texts().collect();
        for t in texts {
            // One diagnostic per file, however many labels are left over: a copied notice may
            // have dozens, and they are one thing to fix.
            let stray: Vec<_> = t
                .labels
                .iter()
                .filter(|(key, _)| !known.contains(key.as_str()))
                .collect();
            let Some((first, text)) = stray.first() else {
                continue;
            };
            let mut d = if stray.len() == 1 {
                cx.diag(format!("the label `{first}` names no id of facts.toml"))
                    .label("no such id")
            } else {
                let keys: Vec<String> = stray.iter().map(|(k, _)| format!("`{k}`")).collect();
                cx.diag(format!(
                    "{} labels name no id of facts.toml: {}",
                    stray.len(),
                    keys.join(", ")
                ))
                .label("the first of them")
            }
            .at(text.key_loc.clone())
            .language(t.lang.code());
            let guesses: Vec<String> = stray
                .iter()
                .filter_map(|(k, _)| {
                    crate::vocab::closest(k, known.iter().copied()).map(|s| (k, s))
                })
                .map(|(k, s)| format!("`{k}`: did you mean `{s}`?"))
                .collect();
            d = match (stray.len(), guesses.as_slice()) {
                (1, [_]) => d.help(
                    guesses[0]
                        .split_once(": ")
                        .map_or("", |(_, g)| g)
                        .to_string(),
                ),
                (1, _) => d.help("remove it, or define the id in facts.toml"),
                _ => {
                    let mut d = d.help("remove them, or define the ids in facts.toml");
                    for g in guesses {
                        d = d.note(g);
                    }
                    d
                }
            };
            cx.emit(d);
        }
    });
}

pub(super) const T03: Rule = Rule {
    id: "T03",
    articles: "",
    art13: None,
    art14: None,
    summary: "texts keyed by an id belong to something that needs them",
    condition: "always: every key of [legitimate_interests], [consequences], [automated_decisions]",
    explanation: "\
[legitimate_interests] is keyed by the id of a purpose based on `art6-1-f`, [consequences] by
the id of a context with `collection = \"direct\"` or `\"both\"`, and
[automated_decisions.<id>] by the id of a context with `art22 = true`. A key that does not
match is a misspelling or a leftover: its text would never be shown, and the item it was
meant for may lack one (R06, R15, R17).

Fails when: such a key matches nothing that needs it. The diagnostic points at the key.",
    example: r#"# facts.toml
  [[contexts.purposes]]
  id = "newsletter"
  legal_basis = "art6-1-f"

# nb.md front matter
[legitimate_interests]
newsletter = "Vår interesse i å informere deg om tjenester som angår din rolle.""#,
    severity: Severity::Error,
    check: check_t03,
    family: Family::Translation,
    applies: None,
};

fn check_t03(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &T03, |cx| {
        let facts = cx.facts();
        let li_purposes: BTreeSet<&str> = facts
            .contexts
            .iter()
            .flat_map(|c| &c.purposes)
            .filter(|p| {
                p.legal_bases
                    .iter()
                    .any(|b| crate::model::basis_has(b.value, basis::LEGITIMATE_INTEREST))
            })
            .map(|p| p.id.value.as_str())
            .collect();
        let direct: BTreeSet<&str> = facts
            .contexts
            .iter()
            .filter(|c| c.collection.as_ref().is_some_and(|x| x.value.art13()))
            .map(|c| c.id.value.as_str())
            .collect();
        let art22: BTreeSet<&str> = facts
            .contexts
            .iter()
            .filter(|c| c.makes_art22_decisions())
            .map(|c| c.id.value.as_str())
            .collect();
        let texts: Vec<_> = cx.texts().collect();
        for t in texts {
            for (key, text) in &t.legitimate_interests {
                if !li_purposes.contains(key.as_str()) {
                    orphan(
                        cx,
                        t,
                        key,
                        text.key_loc.clone(),
                        "legitimate_interests",
                        "a purpose based on art6-1-f",
                        &li_purposes,
                    );
                }
            }
            for (key, text) in &t.consequences {
                if !direct.contains(key.as_str()) {
                    orphan(
                        cx,
                        t,
                        key,
                        text.key_loc.clone(),
                        "consequences",
                        "a context with direct collection",
                        &direct,
                    );
                }
            }
            for (key, a) in &t.automated {
                if !art22.contains(key.as_str()) {
                    orphan(
                        cx,
                        t,
                        key,
                        a.loc.clone(),
                        "automated_decisions",
                        "a context with art22 = true",
                        &art22,
                    );
                }
            }
        }
    });
}

fn orphan(
    cx: &mut Cx<'_>,
    t: &LangText,
    key: &str,
    loc: Loc,
    table: &str,
    what: &str,
    candidates: &BTreeSet<&str>,
) {
    let mut d = cx
        .diag(format!(
            "[{table}] has an entry `{key}`, which is not {what}"
        ))
        .at(loc)
        .language(t.lang.code())
        .label(format!("not {what}"));
    d = match crate::vocab::closest(key, candidates.iter().copied()) {
        Some(s) => d.help(format!("did you mean `{s}`?")),
        None => d.help(format!(
            "remove the entry, or correct its key to the id of {what}"
        )),
    };
    cx.emit(d);
}

pub(super) const T04: Rule = Rule {
    id: "T04",
    articles: "",
    art13: None,
    art14: None,
    summary: "every language file has a title and a slug",
    condition: "always: every language file",
    explanation: "\
Each language file's front matter gives the page's `title` and its `slug`, the address of the
notice in that language (/nb/<slug>/). Without them there is no page to link to.

Fails when: `title` or `slug` is missing or empty. The diagnostic points at the front matter.",
    example: r#"+++
title = "Personvernerklæring for forretningskontakter"
slug = "personvern-forretningskontakter"
+++"#,
    severity: Severity::Error,
    check: check_t04,
    family: Family::Translation,
    applies: None,
};

fn check_t04(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &T04, |cx| {
        let texts: Vec<_> = cx.texts().collect();
        for t in texts {
            let text = cx.site.files.text(t.file);
            for (key, value) in [("title", &t.title), ("slug", &t.slug)] {
                if value.as_ref().is_some_and(|v| !v.value.trim().is_empty()) {
                    continue;
                }
                let d = cx
                    .diag(format!("the language file has no `{key}`"))
                    .at(front_matter_open(text, t))
                    .language(t.lang.code())
                    .help(format!("add `{key} = \"…\"` to the front matter"));
                cx.emit(d);
            }
        }
    });
}

pub(super) const T05: Rule = Rule {
    id: "T05",
    articles: "",
    art13: None,
    art14: None,
    summary: "every language has the same `##` sections",
    condition: "always: the `{#id}` of every `##` heading in a version's language files",
    explanation: "\
Prose is divided by `##` headings with an id (`## Hvor lenge lagrer vi opplysningene?
{#retention}`). The id, not the words, says which section it is, so every language of a
version has the same ids: a section written in one language and missing in another is a
translation that tells the reader less.

Each problem is reported once, in the file to change, decided by majority:

- a mistyped id (`{#complaints}` in one file where the others have `{#complaint}`) is reported
  at its heading, with the id the others use; where as many files have each, a standard
  section id or a context's id wins over another;
- a section most files have is reported missing in each file that lacks it, at the heading
  after which it belongs;
- a section fewer than half of the files have is reported once in each file that has it.

Fails when: the files of a version do not have the same `##` section ids, or an id is used
twice in one file.",
    example: r#"# nb.md
## Hvor lenge lagrer vi opplysningene? {#retention}

# sv.md
## Hur länge sparar vi uppgifterna? {#retention}"#,
    severity: Severity::Error,
    check: check_t05,
    family: Family::Translation,
    applies: None,
};

fn check_t05(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &T05, |cx| {
        let texts: Vec<_> = cx.texts().collect();
        for t in &texts {
            let mut seen = BTreeSet::new();
            for s in &t.prose.sections {
                if !seen.insert(s.id.as_str()) {
                    let d = cx
                        .diag(format!("the section id `{}` is used twice", s.id))
                        .at(s.heading_loc.clone())
                        .language(t.lang.code())
                        .help("give each `##` section its own id");
                    cx.emit(d);
                }
            }
        }
        let facts = cx.facts();
        let known = |id: &str| {
            crate::model::STANDARD_SECTIONS.contains(&id)
                || facts.contexts.iter().any(|c| c.id.value == id)
        };
        for finding in section_findings(&texts, &known) {
            let d = match finding {
                SectionFinding::Mistyped {
                    file,
                    odd,
                    meant,
                    others,
                } => {
                    let t = texts[file];
                    let langs = names(&texts, &others);
                    cx.diag(format!(
                        "the section id `{{#{}}}` is not the one the other languages use here: {langs} {} `{{#{meant}}}`",
                        odd.id,
                        if others.len() == 1 { "has" } else { "have" },
                    ))
                    .at(odd.heading_loc.clone())
                    .language(t.lang.code())
                    .label(format!("did you mean {{#{meant}}}?"))
                    .help(format!(
                        "write `{{#{meant}}}` at the end of this heading, as in {langs}"
                    ))
                    .note(format!(
                        "{} has it at {}",
                        texts[others[0]].lang,
                        cx.place(&texts[others[0]].section(meant).map_or(odd.heading_loc.clone(), |s| s.heading_loc.clone()))
                    ))
                }
                SectionFinding::Missing { file, id, from } => {
                    let t = texts[file];
                    let had = texts[from].section(id).map(|s| s.heading_loc.clone());
                    let (loc, label) = match missing_at(t, texts[from], id) {
                        Some(prev) => (
                            prev.heading_loc.clone(),
                            format!("add {{#{id}}} after this section"),
                        ),
                        None => match t.prose.sections.first() {
                            Some(first) => (
                                first.heading_loc.clone(),
                                format!("add {{#{id}}} before this section"),
                            ),
                            None => (
                                front_matter_open(cx.site.files.text(t.file), t),
                                format!("add {{#{id}}} to the prose"),
                            ),
                        },
                    };
                    let mut d = cx
                        .diag(format!("the section `{{#{id}}}` is missing"))
                        .at(loc)
                        .language(t.lang.code())
                        .label(label)
                        .help(format!(
                            "add `## <heading in {}> {{#{id}}}` with the {} translation of that section",
                            t.lang, t.lang
                        ));
                    if let Some(had) = had {
                        d = d.note(format!("{} has it at {}", texts[from].lang, cx.place(&had)));
                    }
                    d
                }
                SectionFinding::Extra {
                    file,
                    section,
                    others,
                } => {
                    let t = texts[file];
                    let langs = names(&texts, &others);
                    cx.diag(format!(
                        "the section `{{#{}}}` is only in {}.md: {langs} {} no such section",
                        section.id,
                        t.lang,
                        if others.len() == 1 { "has" } else { "have" },
                    ))
                    .at(section.heading_loc.clone())
                    .language(t.lang.code())
                    .label("in this language only")
                    .help(format!(
                        "add its translation to {langs}, or remove it here if it does not belong in this version"
                    ))
                }
            };
            cx.emit(d);
        }
    });
}

/// What T05 finds in a version's sections, each reported once in the file to change.
enum SectionFinding<'a> {
    /// In file `file`, the id of `odd` stands where the files `others` have `meant`, close to
    /// it: a mistyped id, decided by majority (or, where as many files have each, for the
    /// standard section or context id).
    Mistyped {
        file: usize,
        odd: &'a Section,
        meant: &'a str,
        others: Vec<usize>,
    },
    /// File `file` lacks `id`, which most files (or as many as lack it) have; `from` is the
    /// first file that has it.
    Missing {
        file: usize,
        id: &'a str,
        from: usize,
    },
    /// `section` of file `file` is in fewer than half of the files, and close to no id the
    /// others have: the odd file is told, once; `others` are the files without it.
    Extra {
        file: usize,
        section: &'a Section,
        others: Vec<usize>,
    },
}

/// Compare the sections of a version's language files (in the site's order) and decide, id by
/// id, which file is the odd one out. Each file's ids are looked up in a map, so a file with
/// thousands of sections is compared in linear time.
fn section_findings<'a>(
    texts: &[&'a LangText],
    known: &dyn Fn(&str) -> bool,
) -> Vec<SectionFinding<'a>> {
    let n = texts.len();
    let mut out = Vec::new();
    if n < 2 {
        return out;
    }
    let by_id: Vec<HashMap<&str, &Section>> = texts
        .iter()
        .map(|t| {
            let mut m = HashMap::new();
            for s in &t.prose.sections {
                m.entry(s.id.as_str()).or_insert(s);
            }
            m
        })
        .collect();
    // Every id in the order first seen, with the files that have it.
    let mut order: Vec<&str> = Vec::new();
    let mut holders: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, t) in texts.iter().enumerate() {
        for s in &t.prose.sections {
            let h = holders.entry(s.id.as_str()).or_default();
            if h.is_empty() {
                order.push(s.id.as_str());
            }
            if h.last() != Some(&i) {
                h.push(i);
            }
        }
    }
    let count = |id: &str| holders.get(id).map_or(0, Vec::len);
    // Does `a` win over `b`: more files have it, or as many and it is a standard section or a
    // context's id and `b` is not.
    let beats =
        |a: &str, b: &str| count(a) > count(b) || (count(a) == count(b) && known(a) && !known(b));
    // Mistyped ids first: (file, odd id) → the id meant. An odd id is one not every file has;
    // what it stands for is the closest id its file lacks, if that one wins over it.
    let mut typo: HashMap<(usize, &str), &str> = HashMap::new();
    for (i, t) in texts.iter().enumerate() {
        for s in &t.prose.sections {
            let odd = s.id.as_str();
            if count(odd) == n || typo.contains_key(&(i, odd)) {
                continue;
            }
            let lacking = order
                .iter()
                .copied()
                .filter(|id| !by_id[i].contains_key(id));
            if let Some(meant) = crate::vocab::closest(odd, lacking).filter(|m| beats(m, odd)) {
                typo.insert((i, odd), meant);
                out.push(SectionFinding::Mistyped {
                    file: i,
                    odd: s,
                    meant,
                    others: holders[meant].clone(),
                });
            }
        }
    }
    let explained = |i: usize, id: &str| {
        typo.contains_key(&(i, id)) || typo.iter().any(|((f, _), m)| *f == i && *m == id)
    };
    for id in &order {
        let have = &holders[id];
        if have.len() == n {
            continue;
        }
        // An id that every file having it has mistyped is no section of its own.
        if have.iter().all(|&i| typo.contains_key(&(i, *id))) {
            continue;
        }
        let lacking: Vec<usize> = (0..n).filter(|i| !by_id[*i].contains_key(id)).collect();
        if have.len() * 2 < n {
            for &i in have.iter().filter(|&&i| !explained(i, id)) {
                if let Some(section) = by_id[i].get(id) {
                    out.push(SectionFinding::Extra {
                        file: i,
                        section,
                        others: lacking.clone(),
                    });
                }
            }
            continue;
        }
        for &i in lacking.iter().filter(|&&i| !explained(i, id)) {
            out.push(SectionFinding::Missing {
                file: i,
                id,
                from: have[0],
            });
        }
    }
    out
}

/// `nb.md, da.md and fi.md`.
fn names(texts: &[&LangText], files: &[usize]) -> String {
    let v: Vec<String> = files
        .iter()
        .map(|&i| format!("{}.md", texts[i].lang))
        .collect();
    match v.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The last section of `t` that comes before `id` in `from`: where a missing section belongs.
fn missing_at<'a>(t: &'a LangText, from: &LangText, id: &str) -> Option<&'a Section> {
    let mut prev = None;
    for s in &from.prose.sections {
        if s.id == id {
            return prev;
        }
        if let Some(here) = t.section(&s.id) {
            prev = Some(here);
        }
    }
    prev
}

pub(super) const T06: Rule = Rule {
    id: "T06",
    articles: "",
    art13: None,
    art14: None,
    summary: "a change summary given in one language is given in all",
    condition: "a language file of the version has `[changes] summary`",
    explanation: "\
The change summary under [changes] is shown in the change history of each language. When one
language has it, every language needs it, or readers of the others are not told what changed
(WP260 para 29).

Fails when: one language file of a version has `summary` under [changes] and another has none
(or an empty one). The diagnostic points at the front matter of the file that lacks it.",
    example: r#"# nb.md front matter
[changes]
summary = "Lagringstiden etter forretningsforbindelsen er nå 24 måneder."

# sv.md front matter
[changes]
summary = "Lagringstiden efter affärsrelationen är nu 24 månader.""#,
    severity: Severity::Error,
    check: check_t06,
    family: Family::Translation,
    applies: None,
};

fn check_t06(site: &Site, out: &mut Vec<Diagnostic>) {
    each_version(site, out, &T06, |cx| {
        let texts: Vec<_> = cx.texts().collect();
        let Some(with) = texts.iter().find(|t| present(t.changes_summary.as_ref())) else {
            return;
        };
        let with_place = with
            .changes_summary
            .as_ref()
            .map(|s| cx.place(&s.key_loc))
            .unwrap_or_default();
        for t in &texts {
            if present(t.changes_summary.as_ref()) {
                continue;
            }
            let d = cx
                .diag("no change summary")
                .at(cx.front_matter_table(t, "changes"))
                .language(t.lang.code())
                .help(format!(
                    "add under [changes]: summary = \"<what changed, in {}>\"",
                    t.lang
                ))
                .note(format!("{} has one at {with_place}", with.lang));
            cx.emit(d);
        }
    });
}

pub(super) const T07: Rule = Rule {
    id: "T07",
    articles: "",
    art13: None,
    art14: None,
    summary: "a section changed in one language is changed in all",
    condition: "the version has a previous version, and a section both have changed in some language",
    explanation: "\
A new version whose text changed in one language but not in another usually means that a
translation was not brought up to date: the reader of the other language is told something
else (WP260 para 13). disclose compares each section (`## … {#id}`) of each language file
with the same section of the previous version, word by word, ignoring how lines are wrapped.

Warns when: a section that both versions have changed in at least one language and is word
for word the same as before in another. The diagnostic points at the unchanged section's
heading and names the languages whose text changed. When the change really concerns one
language only (a typo), the warning can be left; `--deny-warnings` makes it an error.",
    example: r#"# 2.1/sv.md: the retention section now says 24 månader
## Hur länge sparar vi uppgifterna? {#retention}

# 2.1/fi.md: the same section must say 24 kuukautta too
## Kuinka kauan säilytämme tietoja? {#retention}"#,
    severity: Severity::Warning,
    check: check_t07,
    family: Family::Translation,
    applies: None,
};

fn check_t07(site: &Site, out: &mut Vec<Diagnostic>) {
    use crate::history::prose::{Text, changed_sections};
    each_version(site, out, &T07, |cx| {
        let Some(prev) = cx.notice.previous(cx.version) else {
            return;
        };

        // For each language both versions have: the sections whose text changed.
        let mut changed: Vec<(&LangText, Vec<String>)> = Vec::new();
        for t in cx.texts() {
            let Some(before) = prev.texts.get(&t.lang) else {
                continue;
            };
            let (old_src, new_src) = (site.files.text(before.file), site.files.text(t.file));
            let ids = changed_sections(
                Text {
                    text: before,
                    src: old_src,
                },
                Text {
                    text: t,
                    src: new_src,
                },
            );
            changed.push((t, ids));
        }
        let mut reported = BTreeSet::new();
        for (t, ids) in &changed {
            for id in ids {
                if !reported.insert(id.clone()) {
                    continue;
                }
                let langs: Vec<String> = changed
                    .iter()
                    .filter(|(_, i)| i.contains(id))
                    .map(|(t, _)| format!("{}.md", t.lang))
                    .collect();
                for (other, other_ids) in &changed {
                    let in_both = other.section(id).is_some()
                        && prev
                            .texts
                            .get(&other.lang)
                            .is_some_and(|p| p.section(id).is_some());
                    if other_ids.contains(id) || !in_both {
                        continue;
                    }
                    let Some(section) = other.section(id) else {
                        continue;
                    };
                    let d = cx
                        .diag(format!(
                            "{} section #{id} changed since {}, {}.md did not: is the {} translation up to date?",
                            langs.join(", "),
                            prev.number,
                            other.lang,
                            other.lang.english()
                        ))
                        .at(section.heading_loc.clone())
                        .language(other.lang.code())
                        .label(format!("the same words as in {}", prev.number))
                        .help(format!(
                            "bring the {} text of #{id} up to date with {}",
                            other.lang.english(),
                            langs.join(", ")
                        ))
                        .note(format!(
                            "{} changed it at {}",
                            t.lang,
                            t.section(id)
                                .map(|s| cx.place(&s.heading_loc))
                                .unwrap_or_default()
                        ));
                    cx.emit(d);
                }
            }
        }
    });
}
