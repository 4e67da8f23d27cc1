//! Incremental builds give exactly what a clean build gives.
//!
//! A seeded sequence of random changes to a copy of the example site (prose edited, files
//! touched without change, facts.toml commented, notices added and deleted, a version deleted,
//! the site's title changed, an error made and fixed), each followed by an incremental build
//! into `public/` and a clean build into a fresh folder: the two trees must be byte-identical,
//! a failed build must leave `public/` exactly as it was, and an edit to one notice must write
//! only some of the files. `DISCLOSE_INCREMENTAL_SEED` picks another sequence; the seed is
//! printed on failure.

mod common;

use common::{Rng, SiteTest, copy_dir, disclose, stderr};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .expect("inside")
                .to_string_lossy()
                .replace('\\', "/");
            (rel, fs::read(e.path()).expect("read"))
        })
        .collect()
}

fn dirs(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_dir())
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .expect("in")
                .display()
                .to_string()
        })
        .collect();
    v.sort();
    v
}

fn sorted_subdirs(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .expect("read dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// Date every file under `dir` written in the last hour back to `base + round` seconds, so
/// that a build's cache finds the files it did not change well older than itself (and trusts
/// their sizes and times), while a changed file still has a time of its own.
fn age(dir: &Path, base: SystemTime, round: usize) {
    let recent = SystemTime::now() - Duration::from_secs(3600);
    for e in walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
    {
        if e.file_type().is_file()
            && e.metadata()
                .ok()
                .and_then(|m| m.modified().ok())
                .is_some_and(|t| t > recent)
        {
            let f = fs::File::options()
                .write(true)
                .open(e.path())
                .expect("open");
            f.set_modified(base + Duration::from_secs(round as u64 + 1))
                .expect("set time");
        }
    }
}

/// `(written, unchanged)` from the build's summary line.
fn counts(err: &str) -> (usize, usize) {
    let line = err
        .lines()
        .find(|l| l.starts_with("built "))
        .unwrap_or_else(|| panic!("no summary line:\n{err}"));
    let inside = line.rsplit_once('(').map(|(_, r)| r).unwrap_or("");
    let mut n = inside
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<usize>().expect("number"));
    (n.next().unwrap_or(0), n.next().unwrap_or(0))
}

/// The change made in a round, for the failure message (its fields are read through `Debug`).
#[derive(Debug, Clone)]
#[allow(dead_code)]
enum Change {
    Prose(String),
    SameSize(String),
    Touch(String),
    FactsComment(String),
    AddNotice(String),
    DeleteNotice(String),
    DeleteNewestVersion(String),
    Description(String),
    SiteTitle,
    BreakAndFix(String),
}

#[test]
fn incremental_builds_equal_clean_builds_after_random_changes() {
    let seed: u64 = std::env::var("DISCLOSE_INCREMENTAL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x005e_ed0f_d15c_105e);
    let rounds: usize = 24;
    let mut rng = Rng(seed | 1);
    let site = SiteTest::example();
    // The changes edit published versions, which the lock would refuse: this test is about the
    // cache, not the lock.
    let _ = fs::remove_file(site.path("content/disclose.lock"));
    let notices_dir = site.path("content/notices");
    let clean_root = site.root.parent().expect("parent").join("clean");
    let base = SystemTime::now() - Duration::from_secs(86_400);
    age(&site.path("content"), base, 0);
    site.build_ok();
    let mut history: Vec<Change> = Vec::new();
    let mut incremental_seen = false;

    for round in 0..rounds {
        let notices = sorted_subdirs(&notices_dir);
        let notice = notices[rng.below(notices.len())].clone();
        let versions = sorted_subdirs(&notices_dir.join(&notice));
        let version = versions[rng.below(versions.len())].clone();
        let vdir = format!("content/notices/{notice}/{version}");
        let lang = ["nb", "sv", "da", "fi"][rng.below(4)];
        let before = tree(&site.path("public"));
        let change = match rng.below(9) {
            0 => {
                let f = format!("{vdir}/{lang}.md");
                let text = site.read(&f);
                site.write(&f, &format!("{text}\nEndring {round}.\n"));
                Change::Prose(f)
            }
            1 => {
                // The same size: only the file's time and bytes tell the change.
                let f = format!("{vdir}/{lang}.md");
                let text = site.read(&f);
                let at = text.rfind('e').expect("an e in the prose");
                let swapped = if text[..at].ends_with('x') { "y" } else { "x" };
                site.write(&f, &format!("{}{swapped}{}", &text[..at], &text[at + 1..]));
                Change::SameSize(f)
            }
            2 => {
                let f = format!("{vdir}/{lang}.md");
                let text = site.read(&f);
                site.write(&f, &text);
                Change::Touch(f)
            }
            3 => {
                let f = format!("{vdir}/facts.toml");
                let text = site.read(&f);
                site.write(&f, &format!("{text}\n# note {round}\n"));
                Change::FactsComment(f)
            }
            4 => {
                let copy = format!("copy-{round}");
                copy_dir(&notices_dir.join(&notice), &notices_dir.join(&copy));
                for v in sorted_subdirs(&notices_dir.join(&copy)) {
                    for l in ["nb", "sv", "da", "fi"] {
                        let f = format!("content/notices/{copy}/{v}/{l}.md");
                        let text = site.read(&f);
                        let line = text
                            .lines()
                            .find(|x| x.starts_with("slug = \""))
                            .expect("a slug line")
                            .to_string();
                        let new = format!("{}-{copy}\"", line.trim_end_matches('"'));
                        site.write(&f, &text.replacen(&line, &new, 1));
                    }
                }
                Change::AddNotice(copy)
            }
            5 if notices.len() > 1 => {
                fs::remove_dir_all(notices_dir.join(&notice)).expect("rm notice");
                Change::DeleteNotice(notice.clone())
            }
            6 if versions.len() > 1 => {
                let newest = versions.last().expect("a version");
                fs::remove_dir_all(notices_dir.join(&notice).join(newest)).expect("rm version");
                Change::DeleteNewestVersion(format!("{notice}/{newest}"))
            }
            8 => {
                // What the language's index lists of the notice, not its plan.
                let f = format!("{vdir}/{lang}.md");
                let text = site.read(&f);
                let line = text
                    .lines()
                    .find(|l| l.starts_with("description = \""))
                    .expect("a description line")
                    .to_string();
                let new = format!("description = \"Endret {round}.\"");
                site.write(&f, &text.replacen(&line, &new, 1));
                Change::Description(f)
            }
            7 => {
                let f = "content/site.toml";
                let text = site.read(f);
                let line = text
                    .lines()
                    .find(|l| l.starts_with("nb = "))
                    .expect("nb title")
                    .to_string();
                site.write(
                    f,
                    &text.replacen(&line, &format!("nb = \"Personvern {round}\""), 1),
                );
                Change::SiteTitle
            }
            _ => {
                let f = format!("{vdir}/facts.toml");
                let text = site.read(&f);
                site.write(&f, &format!("{text}\n[[[\n"));
                let out = site.build();
                assert_eq!(
                    out.status.code(),
                    Some(2),
                    "seed {seed}, round {round}: a broken facts.toml must fail\n{}",
                    stderr(&out)
                );
                assert!(
                    tree(&site.path("public")) == before,
                    "seed {seed}, round {round}: a failed build changed the output"
                );
                site.write(&f, &text);
                Change::BreakAndFix(f)
            }
        };
        history.push(change.clone());
        age(&site.path("content"), base, round + 1);

        let out = site.build();
        let err = stderr(&out);
        assert!(
            out.status.success(),
            "seed {seed}, after {history:?}: build failed\n{err}"
        );
        let (written, unchanged) = counts(&err);
        if matches!(change, Change::Touch(_) | Change::FactsComment(_)) {
            assert_eq!(
                written, 0,
                "seed {seed}, after {history:?}: a change that alters no page rewrote {written} files\n{err}"
            );
        }
        if matches!(change, Change::Prose(_) | Change::SameSize(_)) && unchanged > written {
            incremental_seen = true;
        }

        let _ = fs::remove_dir_all(&clean_root);
        let clean = disclose()
            .args(["build", "--root"])
            .arg(&site.root)
            .arg("--out")
            .arg(&clean_root)
            .env("NO_COLOR", "1")
            .output()
            .expect("run");
        assert!(
            clean.status.success(),
            "clean build failed\n{}",
            stderr(&clean)
        );
        let (a, b) = (tree(&site.path("public")), tree(&clean_root));
        let only_a: Vec<_> = a.keys().filter(|k| !b.contains_key(*k)).collect();
        let only_b: Vec<_> = b.keys().filter(|k| !a.contains_key(*k)).collect();
        let differ: Vec<_> = a
            .iter()
            .filter(|(k, v)| b.get(*k).is_some_and(|w| w != *v))
            .map(|(k, _)| k)
            .collect();
        assert!(
            only_a.is_empty() && only_b.is_empty() && differ.is_empty(),
            "seed {seed}, after {history:?}: incremental and clean builds differ\n\
             only in the incremental build: {only_a:?}\nonly in the clean build: {only_b:?}\n\
             different: {differ:?}"
        );
        assert_eq!(
            dirs(&site.path("public")),
            dirs(&clean_root),
            "seed {seed}, after {history:?}: the folders differ (an empty folder left behind?)"
        );
    }
    assert!(
        incremental_seen || !history.iter().any(|c| matches!(c, Change::Prose(_))),
        "seed {seed}: no prose edit was built incrementally: {history:?}"
    );
}

#[test]
fn a_day_passing_renews_what_depends_on_the_date() {
    // 2.1 takes effect on 2024-03-15: built before that day, its pages say "takes effect";
    // built after, with nothing changed, they must say "in force since", as a clean build does.
    let site = SiteTest::example();
    let _ = fs::remove_file(site.path("content/disclose.lock"));
    site.edit(
        "content/notices/business-contacts/2.1/facts.toml",
        "published = 2024-02-27\n",
        "published = 2024-02-27\neffective = 2024-03-15\n",
    );
    age(
        &site.path("content"),
        SystemTime::now() - Duration::from_secs(86_400),
        0,
    );
    let build = |root: &Path, out: &str, today: &str| {
        let run = disclose()
            .args(["build", "--root"])
            .arg(root)
            .args(["--out", out, "--today", today])
            .current_dir(root)
            .output()
            .expect("run");
        assert!(run.status.success(), "{}", stderr(&run));
        stderr(&run)
    };
    build(&site.root, "public", "2024-03-01");
    let page = "public/sv/integritetspolicy-affarskontakter/index.html";
    assert!(site.read(page).contains("Börjar gälla 15 mars 2024"));
    let second = build(&site.root, "public", "2024-04-01");
    assert!(
        site.read(page).contains("Gäller från 15 mars 2024"),
        "{second}"
    );
    build(&site.root, "clean", "2024-04-01");
    assert_eq!(tree(&site.path("public")), tree(&site.path("clean")));
    // And the next day, with nothing due, nothing is written. (private-persons, published on
    // 2024-06-03, is checked again each time: its W04 warning keeps it out of the cache.)
    let third = build(&site.root, "public", "2024-04-02");
    assert!(third.contains("(0 files written"), "{third}");
}
