//! The change history as readers, legal teams and machines see it: `disclose diff`, `disclose
//! at`, the changes pages, the Atom feeds, api/index.json and T07.

mod common;

use common::{SiteTest, sel, stderr};
use std::fs;

const LANGS: [&str; 4] = ["nb", "sv", "da", "fi"];
/// The business-contacts notice's folder in each language.
const DIRS: [(&str, &str); 4] = [
    ("nb", "nb/personvern-forretningskontakter/"),
    ("sv", "sv/integritetspolicy-affarskontakter/"),
    ("da", "da/privatlivspolitik-forretningskontakter/"),
    ("fi", "fi/tietosuojaseloste-yhteyshenkilot/"),
];

fn json(out: &std::process::Output) -> serde_json::Value {
    assert!(out.status.success(), "{}", stderr(out));
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", String::from_utf8_lossy(&out.stdout)))
}

/// The change of this kind in a `diff --format json` report.
fn change<'a>(report: &'a serde_json::Value, kind: &str) -> &'a serde_json::Value {
    report["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .find(|c| c["kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind} change in {report:#}"))
}

/// Every inserted (or deleted) run of text of a section in a `diff --format json` report.
fn runs(report: &serde_json::Value, section: &str, which: &str) -> Vec<String> {
    report["prose"]
        .as_array()
        .expect("prose")
        .iter()
        .filter(|s| s["id"] == section)
        .flat_map(|s| s["parts"].as_array().cloned().unwrap_or_default())
        .filter_map(|p| p[which].as_str().map(str::to_string))
        .collect()
}

#[test]
fn the_seed_retention_change_is_material_and_the_prose_diff_shows_the_words() {
    let t = SiteTest::fixture("seeds/sv");
    let out = t.run(&[
        "diff",
        "business-contacts",
        "2.0",
        "2.1",
        "--format",
        "json",
    ]);
    let report = json(&out);
    assert_eq!(report["lang"], "sv");
    assert_eq!(report["material"], true);
    let retention = change(&report, "retention-longer");
    assert_eq!(retention["material"], true);
    let text = retention["text"].as_str().expect("text");
    assert!(
        text.starts_with("Lagringstiden för ")
            && text.ends_with("har ändrats från 1 år till 24 månader."),
        "{text}"
    );
    assert_eq!(retention["reason"], "längre eller ny lagringstid");
    let from = &retention["fact"]["args"][2];
    assert_eq!(from[0], "from");
    assert_eq!(from[1]["duration"]["years"], 1);
    // The complaint section no longer names Datainspektionen; "rapporter" is new.
    let removed: Vec<String> = report["prose"]
        .as_array()
        .expect("prose")
        .iter()
        .flat_map(|s| s["parts"].as_array().cloned().unwrap_or_default())
        .filter_map(|p| p["removed"].as_str().map(str::to_string))
        .collect();
    assert!(
        removed.iter().any(|r| r.contains("Datainspektionen")),
        "{removed:?}"
    );
    assert!(
        runs(&report, "purposes", "added")
            .iter()
            .any(|a| a.contains("rapporter")),
        "{report:#}"
    );
    // The terminal form says the same, readable without colour.
    let out = t.run(&["diff", "business-contacts", "2.0", "2.1"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("material  Lagringstiden för"), "{text}");
    assert!(text.contains("[-kurser-]{+kurser, rapporter+}"), "{text}");
}

#[test]
fn the_example_retention_change_is_material_in_every_language() {
    let t = SiteTest::example();
    let expected = [
        ("nb", "fra 1 år til 24 måneder"),
        ("sv", "från 1 år till 24 månader"),
        ("da", "fra 1 år til 24 måneder"),
        ("fi", "1 vuosi → 24 kuukautta"),
    ];
    for (lang, words) in expected {
        let report = json(&t.run(&[
            "diff",
            "business-contacts",
            "2.0",
            "2.1",
            "--lang",
            lang,
            "--format",
            "json",
        ]));
        let c = change(&report, "retention-longer");
        assert_eq!(c["material"], true, "{lang}");
        assert!(
            c["text"].as_str().expect("text").contains(words),
            "{lang}: {c:#}"
        );
        let r = change(&report, "recipient-added");
        assert_eq!(r["material"], true, "{lang}");
        let gone = change(&report, "context-removed");
        assert_eq!(
            gone["material"], false,
            "{lang}: a removed context is not material"
        );
    }
    // Unknown names are usage errors that say what exists.
    let out = t.run(&["diff", "business-contacts", "2.0", "9.9"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("its versions are: 2.0, 2.1"),
        "{}",
        stderr(&out)
    );
    let out = t.run(&["diff", "nobody", "1.0", "2.0"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("business-contacts"),
        "{}",
        stderr(&out)
    );
    let out = t.run(&["diff", "business-contacts", "2.0", "2.1", "--lang", "de"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("nb, sv, da, fi"), "{}", stderr(&out));
}

#[test]
fn at_answers_before_between_and_after_the_versions() {
    let t = SiteTest::example();
    let at = |day: &str| t.run(&["at", "business-contacts", day, "--format", "json"]);
    let before = at("2021-09-27");
    assert_eq!(before.status.code(), Some(1), "nothing was in force yet");
    let before: serde_json::Value = serde_json::from_slice(&before.stdout).expect("json");
    assert_eq!(before["version"], serde_json::Value::Null);
    assert_eq!(before["first"], "2021-09-28");
    let between = json(&at("2024-02-26"));
    assert_eq!(between["version"], "2.0");
    assert_eq!(between["until"], "2024-02-26");
    let first_day = json(&at("2024-02-27"));
    assert_eq!(first_day["version"], "2.1");
    let after = json(&at("2030-01-01"));
    assert_eq!(after["version"], "2.1");
    assert_eq!(after["until"], serde_json::Value::Null);
    assert_eq!(
        after["urls"][1][1],
        "https://personvern.nordlys.example/sv/integritetspolicy-affarskontakter/2.1/"
    );
    let human = t.run(&["at", "business-contacts", "2023-05-01"]);
    assert!(human.status.success());
    assert!(String::from_utf8_lossy(&human.stdout).contains(
        "business-contacts 2.0 was in force on 2023-05-01 (from 2021-09-28 to 2024-02-26)"
    ));
    let bad = t.run(&["at", "business-contacts", "2023-13-01"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn every_language_has_a_changes_page_saying_what_changed_and_whether_it_matters() {
    let t = SiteTest::example();
    t.build_ok();
    let material = [
        ("nb", "Vesentlig endring"),
        ("sv", "Väsentlig ändring"),
        ("da", "Væsentlig ændring"),
        ("fi", "Olennainen muutos"),
    ];
    for ((lang, dir), (_, word)) in DIRS.iter().zip(material) {
        let doc = t.html(&format!("{dir}changes/index.html"));
        let html = doc.root_element();
        assert_eq!(html.value().attr("lang"), Some(*lang));
        let versions: Vec<String> = doc
            .select(&sel("section.change-version h2"))
            .map(|h| h.text().collect())
            .collect();
        assert_eq!(versions.len(), 2, "{lang}: {versions:?}");
        assert!(versions[0].ends_with("2.1") && versions[1].ends_with("2.0"));
        let newest = doc
            .select(&sel("section.change-version"))
            .next()
            .expect("2.1");
        let text: String = newest.text().collect();
        assert!(text.contains(word), "{lang}: {text}");
        assert!(
            newest.select(&sel("li.change-material")).count() >= 2,
            "{lang}: retention and recipients"
        );
        assert!(newest.select(&sel(".diff ins")).count() > 0, "{lang}");
        assert!(newest.select(&sel(".diff del")).count() > 0, "{lang}");
        // Every version page links to the history and says when it was in force.
        let v20 = t.html(&format!("{dir}2.0/index.html"));
        let meta: String = v20
            .select(&sel(".notice-header .meta"))
            .next()
            .expect("meta")
            .text()
            .collect();
        assert!(
            meta.contains("2021") && meta.contains("2024"),
            "{lang}: {meta}"
        );
        let links: Vec<&str> = v20
            .select(&sel("a"))
            .filter_map(|a| a.value().attr("href"))
            .collect();
        assert!(
            links
                .iter()
                .any(|l| l.ends_with(&format!("{dir}changes/index.html"))),
            "{lang}: {links:?}"
        );
        assert!(
            links
                .iter()
                .any(|l| l.ends_with(&format!("{dir}2.1/index.html"))),
            "{lang}: replaced by 2.1"
        );
        let title: String = v20
            .select(&sel("title"))
            .next()
            .expect("title")
            .text()
            .collect();
        assert!(title.contains("2.0"), "{lang}: {title}");
        // Every page names its language's feed.
        let feed = v20
            .select(&sel("link[type='application/atom+xml']"))
            .next()
            .and_then(|l| l.value().attr("href"))
            .expect("feed link");
        assert_eq!(
            feed,
            format!("https://personvern.nordlys.example/{lang}/feed.xml")
        );
    }
}

#[test]
fn the_feeds_are_atom_with_one_entry_per_published_version_and_stable_ids() {
    let t = SiteTest::example();
    t.build_ok();
    let parse = |lang: &str| {
        let bytes = fs::read(t.out(&format!("{lang}/feed.xml"))).expect("feed.xml");
        feed_rs::parser::parse(&bytes[..]).unwrap_or_else(|e| panic!("{lang}: not a feed: {e}"))
    };
    let mut ids = Vec::new();
    for lang in LANGS {
        let feed = parse(lang);
        assert_eq!(feed.feed_type, feed_rs::model::FeedType::Atom, "{lang}");
        // business-contacts 2.0 and 2.1, private-persons 1.0, website-visitors 1.0.
        assert_eq!(feed.entries.len(), 4, "{lang}");
        let newest = feed.entries.first().expect("entries");
        assert!(newest.published.is_some() && newest.title.is_some());
        let bc21 = feed
            .entries
            .iter()
            .find(|e| e.id.contains(":business-contacts/2.1/"))
            .expect("business-contacts 2.1");
        let content = bc21
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .expect("content");
        assert!(content.contains("24"), "{lang}: {content}");
        assert_eq!(
            bc21.links.first().map(|l| l.href.as_str()),
            Some(
                format!(
                    "https://personvern.nordlys.example/{}2.1/",
                    DIRS.iter().find(|(l, _)| *l == lang).expect("dir").1
                )
                .as_str()
            )
        );
        ids.push(
            feed.entries
                .iter()
                .map(|e| e.id.clone())
                .collect::<Vec<_>>(),
        );
    }
    // Building again gives the same ids.
    t.build_ok();
    for (lang, before) in LANGS.iter().zip(ids) {
        let again: Vec<String> = parse(lang).entries.iter().map(|e| e.id.clone()).collect();
        assert_eq!(again, before, "{lang}");
    }
}

#[test]
fn the_api_index_lists_every_version_with_its_hash_and_dates() {
    let t = SiteTest::example();
    t.build_ok();
    let index: serde_json::Value =
        serde_json::from_str(&t.read("public/api/index.json")).expect("json");
    assert_eq!(index["format"], 1);
    let notices = index["notices"].as_array().expect("notices");
    assert_eq!(notices.len(), 3);
    let bc = notices
        .iter()
        .find(|n| n["id"] == "business-contacts")
        .expect("business-contacts");
    let versions = bc["versions"].as_array().expect("versions");
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[0]["number"], "2.0");
    assert_eq!(versions[0]["in_force_from"], "2021-09-28");
    assert_eq!(versions[0]["in_force_until"], "2024-02-26");
    assert_eq!(versions[1]["in_force_until"], serde_json::Value::Null);
    let lock = t.read("content/disclose.lock");
    let hash = versions[1]["sha256"]
        .as_str()
        .expect("a hash from the lock");
    assert!(lock.contains(hash), "the hash is the lock's");
    assert_eq!(
        versions[1]["urls"]["fi"],
        "https://personvern.nordlys.example/fi/tietosuojaseloste-yhteyshenkilot/2.1/"
    );
    // Every address it gives is a page of the build.
    for n in notices {
        for v in n["versions"].as_array().expect("versions") {
            for (_, url) in v["urls"].as_object().expect("urls") {
                let path = url
                    .as_str()
                    .and_then(|u| u.strip_prefix("https://personvern.nordlys.example/"))
                    .expect("under the base URL");
                assert!(t.out(&format!("{path}index.html")).is_file(), "{path}");
            }
        }
    }
}

#[test]
fn a_correction_is_shown_in_the_history() {
    let t = SiteTest::example();
    let sv = "content/notices/business-contacts/2.0/sv.md";
    t.edit(sv, "personuppgifter", "personuppgifterna");
    let out = t.run(&[
        "publish",
        "--amend",
        "business-contacts",
        "2.0",
        "--reason",
        "Rättat böjningsform",
        "--today",
        "2026-12-03",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    t.build_ok();
    let doc = t.html("sv/integritetspolicy-affarskontakter/changes/index.html");
    // The example's versions carry corrections of their own; this one is shown once.
    let corrections: Vec<String> = doc
        .select(&sel(".correction"))
        .map(|c| c.text().collect::<String>())
        .filter(|c| c.contains("Rättat böjningsform"))
        .collect();
    assert_eq!(corrections.len(), 1, "{corrections:?}");
    assert!(corrections[0].contains("Rättelse") && corrections[0].contains("Rättat böjningsform"));
    assert!(
        corrections[0].contains("3 december 2026"),
        "{}",
        corrections[0]
    );
    let feed = fs::read(t.out("sv/feed.xml")).expect("feed");
    let feed = feed_rs::parser::parse(&feed[..]).expect("atom");
    let v20 = feed
        .entries
        .iter()
        .find(|e| e.id.contains(":business-contacts/2.0/"))
        .expect("2.0");
    assert_eq!(
        v20.updated
            .map(|d| d.format("%Y-%m-%d").to_string())
            .as_deref(),
        Some("2026-12-03"),
        "a correction updates the entry"
    );
}

#[test]
fn t07_warns_when_one_language_changed_and_another_did_not() {
    let t = SiteTest::example();
    let out = t.run(&["version", "new", "business-contacts"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // In the new draft, only the Swedish retention section changes.
    let sv = "content/notices/business-contacts/2.2/sv.md";
    t.edit(sv, "24 månader därefter", "36 månader därefter");
    let out = t.run(&["check"]);
    let err = stderr(&out);
    assert!(out.status.success(), "warnings only:\n{err}");
    for (lang, name) in [("nb", "Norwegian"), ("da", "Danish"), ("fi", "Finnish")] {
        assert!(
            err.contains(&format!(
                "sv.md section #retention changed since 2.1, {lang}.md did not: is the {name} translation up to date?"
            )),
            "{err}"
        );
        let file = format!("content/notices/business-contacts/2.2/{lang}.md");
        let line = common::line_of(&t.read(&file), "{#retention}");
        assert!(err.contains(&format!("{file}:{line}:")), "{err}");
    }
    assert_eq!(err.matches("warning[T07]").count(), 3, "{err}");
    // With --deny-warnings it fails, as every warning does.
    let out = t.run(&["check", "--deny-warnings"]);
    assert_eq!(out.status.code(), Some(1));
    // Changing every language clears it.
    for lang in ["nb", "da", "fi"] {
        let file = format!("content/notices/business-contacts/2.2/{lang}.md");
        let text = t.read(&file);
        let at = text.find("{#retention}").expect("retention") + "{#retention}".len();
        t.write(&file, &format!("{}\n\n(36){}", &text[..at], &text[at..]));
    }
    let out = t.run(&["check"]);
    assert!(!stderr(&out).contains("T07"), "{}", stderr(&out));
}
