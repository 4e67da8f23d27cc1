//! Published versions cannot change silently (C15, C16): each published version's files must
//! hash as `content/disclose.lock` records, and each published version must be recorded there.
//!
//! A site without a lock file has not started locking: the rules do not apply, and the build
//! says so in a note (`disclose publish --all` records every published version).

use super::walk::each_version;
use super::{Family, Rule};
use crate::diag::{Diagnostic, Severity};
use crate::model::{Site, Version};
use crate::source::lock;

pub(super) const C15: Rule = Rule {
    id: "C15",
    articles: "",
    art13: None,
    art14: None,
    summary: "a published version is as it was published",
    condition: "the version has a `published` date and is in content/disclose.lock",
    explanation: "\
A published version is what readers were told. Changing its text or facts afterwards rewrites
the record a regulator may ask for (WP260 paras 29-30 expect changes to be communicated, not
slipped into an old page). `disclose publish` records the SHA-256 of each published version's
files in content/disclose.lock; this rule compares the files with it.

Fails when: a file of a published version (facts.toml or a language file) differs from what the
lock records, or a file was added or removed. The diagnostic points at the first changed file
and names them all. Make a new version instead (`disclose version new <notice>`), or, for an
editorial correction such as a typo or a broken link, record it with a reason:
`disclose publish --amend <notice> <version> --reason \"…\"`; the change history shows it.",
    example: r#"# content/disclose.lock (written by `disclose publish`, never by hand)
[[version]]
notice = "business-contacts"
version = "2.1"
locked = 2024-02-27
sha256 = "…""#,
    severity: Severity::Error,
    check: check_c15,
    family: Family::Consistency,
    applies: None,
};

pub(super) const C16: Rule = Rule {
    id: "C16",
    articles: "",
    art13: None,
    art14: None,
    summary: "every published version is in the lock",
    condition: "the site has content/disclose.lock",
    explanation: "\
Once a site locks its published versions, a version with a `published` date that the lock does
not know could have been edited after publication without anyone noticing; and a version the
lock records must still be there, since a published version's address is permanent.

Fails when: a version has a `published` date but no entry in content/disclose.lock (publish it
with `disclose publish <notice> <version>`, which records it), or the lock records a version
whose folder or `published` date is gone.",
    example: r#"$ disclose publish business-contacts 2.2 --date 2024-09-01
published business-contacts 2.2 on 2024-09-01 and recorded it in content/disclose.lock"#,
    severity: Severity::Error,
    check: check_c16,
    family: Family::Consistency,
    applies: None,
};

pub(super) const C17: Rule = Rule {
    id: "C17",
    articles: "",
    art13: None,
    art14: None,
    summary: "versions are dated in the order of their numbers",
    condition: "the notice has a published version",
    explanation: "\
The change history and the question \"which version was in force on this day?\" depend on the
dates: a version takes effect on its `effective` date (or, without one, on its `published`
date), and a later version takes effect after an earlier one. (An `effective` date before the
version's own `published` date is refused when the files are read.)

Fails when: a published version is published, or takes effect, before the published version
numbered before it. The diagnostic points at the date.",
    example: r#"# 2.0/facts.toml
[version]
published = 2021-09-28

# 2.1/facts.toml
[version]
published = 2024-02-27
effective = 2024-03-15     # on or after published, and after 2.0's"#,
    severity: Severity::Error,
    check: check_c17,
    family: Family::Consistency,
    applies: None,
};

fn check_c17(site: &Site, out: &mut Vec<Diagnostic>) {
    for n in &site.notices {
        let mut previous: Option<&Version> = None;
        for v in n.versions.iter().filter(|v| v.facts.published.is_some()) {
            let (Some(p), e) = (&v.facts.published, &v.facts.effective) else {
                continue;
            };
            if let Some(prev) = previous
                && let Some(pp) = &prev.facts.published
            {
                let start = |v: &Version| {
                    v.facts
                        .effective
                        .as_ref()
                        .or(v.facts.published.as_ref())
                        .map(|d| d.value)
                };
                if p.value < pp.value {
                    out.push(
                        Diagnostic::error(
                            C17.id,
                            format!(
                                "version {} of `{}` is published on {}, before version {} ({})",
                                v.number, n.id, p.value, prev.number, pp.value
                            ),
                        )
                        .at(p.loc.clone())
                        .help("versions are published in the order of their numbers: check the date, or the folder's number"),
                    );
                } else if start(v) < start(prev) {
                    let loc = e.as_ref().map_or(p.loc.clone(), |e| e.loc.clone());
                    out.push(
                        Diagnostic::error(
                            C17.id,
                            format!(
                                "version {} of `{}` takes effect before version {} does",
                                v.number, n.id, prev.number
                            ),
                        )
                        .at(loc)
                        .help("a later version takes effect after the one it replaces: check `effective` in both"),
                    );
                }
            }
            previous = Some(v);
        }
    }
}

/// A version's files by name (`facts.toml`, `nb.md`, …).
fn named_files(site: &Site, v: &Version) -> Vec<(String, crate::source::files::FileId)> {
    std::iter::once(v.facts_file)
        .chain(v.texts.values().map(|t| t.file))
        .map(|f| {
            let name = site
                .files
                .path(f)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, f)
        })
        .collect()
}

fn check_c15(site: &Site, out: &mut Vec<Diagnostic>) {
    let Some(site_lock) = &site.lock else { return };
    each_version(site, out, &C15, |cx| {
        let v = cx.version;
        let Some(published) = &v.facts.published else {
            return;
        };
        let Some(entry) = site_lock.lock.get(&cx.notice.id, v.number.as_str()) else {
            return;
        };
        let named = named_files(cx.site, v);
        let (hash, files) = lock::hash_version(
            named
                .iter()
                .map(|(n, f)| (n.as_str(), cx.site.files.text(*f).as_bytes())),
        );
        let (expected, expected_files) = entry.expected();
        if hash == expected {
            return;
        }
        let changed = lock::changed_files(expected_files, &files);
        let first = changed
            .iter()
            .find_map(|c| named.iter().find(|(n, _)| n == c).map(|(_, f)| *f))
            .unwrap_or(v.facts_file);
        let d = cx
            .diag(format!(
                "version {} of `{}` was published on {} and has changed since: {}",
                v.number,
                cx.notice.id,
                published.value,
                if changed.is_empty() {
                    "its files".to_string()
                } else {
                    changed.join(", ")
                }
            ))
            .at(crate::source::files::Loc::file_start(first))
            .label("differs from content/disclose.lock")
            .help(format!(
                "undo the edit, or make a new version (`disclose version new {n}`); for an editorial correction (a typo, a broken link), record it with a reason: disclose publish --amend {n} {v} --reason \"…\"",
                n = cx.notice.id,
                v = v.number
            ));
        cx.emit(d);
    });
}

fn check_c16(site: &Site, out: &mut Vec<Diagnostic>) {
    let Some(site_lock) = &site.lock else { return };
    each_version(site, out, &C16, |cx| {
        let v = cx.version;
        let locked = site_lock.lock.get(&cx.notice.id, v.number.as_str());
        match (&v.facts.published, locked) {
            (Some(p), None) => {
                let d = cx
                    .diag(format!(
                        "version {} of `{}` has a published date but is not in content/disclose.lock",
                        v.number, cx.notice.id
                    ))
                    .at(p.loc.clone())
                    .help(format!(
                        "record it: disclose publish {} {} (it keeps the date written here)",
                        cx.notice.id, v.number
                    ));
                cx.emit(d);
            }
            (None, Some(_)) => {
                let d = cx
                    .diag(format!(
                        "version {} of `{}` is in content/disclose.lock, so it was published, but has no published date",
                        v.number, cx.notice.id
                    ))
                    .at(crate::source::files::Loc::file_start(v.facts_file))
                    .help("put back `published = …` under [version]: a published version stays published");
                cx.emit(d);
            }
            _ => {}
        }
    });
    // Versions the lock records that the notice no longer has.
    for n in &site.notices {
        for entry in site_lock.lock.versions.iter().filter(|e| e.notice == n.id) {
            if !n
                .versions
                .iter()
                .any(|v| v.number.as_str() == entry.version)
            {
                out.push(
                    Diagnostic::error(
                        C16.id,
                        format!(
                            "version {} of `{}` is in content/disclose.lock, but its folder is gone",
                            entry.version, n.id
                        ),
                    )
                    .at(crate::source::files::Loc::file_start(site_lock.file))
                    .help(format!(
                        "a published version's address is permanent: restore content/notices/{}/{}/ from version control",
                        n.id, entry.version
                    )),
                );
            }
        }
    }
}
