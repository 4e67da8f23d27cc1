//! The life of a version, as a legal team runs it: `version new`, `publish`, the lock in the
//! check, `publish --amend`, `publish --all`.

mod common;

use common::{SiteTest, stderr};
use std::fs;

const V20: &str = "content/notices/business-contacts/2.0";
const V21: &str = "content/notices/business-contacts/2.1";
const LOCK: &str = "content/disclose.lock";

/// The example site with every published version recorded in the lock.
fn locked() -> SiteTest {
    let s = SiteTest::example();
    if !s.path(LOCK).exists() {
        let out = s.run(&["publish", "--all"]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    s
}

#[test]
fn publish_all_records_every_published_version_and_the_check_passes() {
    let s = SiteTest::example();
    let _ = fs::remove_file(s.path(LOCK));
    let out = s.run(&["publish", "--all"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let lock = s.read(LOCK);
    for v in [
        "notice = \"business-contacts\"\nversion = \"2.0\"",
        "notice = \"business-contacts\"\nversion = \"2.1\"",
        "notice = \"private-persons\"\nversion = \"1.0\"",
        "notice = \"website-visitors\"\nversion = \"1.0\"",
    ] {
        assert!(lock.contains(v), "{v} missing from\n{lock}");
    }
    let out = s.run(&["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Nothing left to record.
    let again = s.run(&["publish", "--all"]);
    assert!(again.status.success());
    assert!(stderr(&again).contains("already"), "{}", stderr(&again));
}

#[test]
fn a_silent_edit_of_a_published_version_fails_the_check_naming_the_file() {
    let s = locked();
    let sv = format!("{V20}/sv.md");
    let text = s.read(&sv);
    let at = text.rfind("personuppgifter").expect("a word to change");
    s.write(
        &sv,
        &format!("{}personuppgifterna{}", &text[..at], &text[at + 15..]),
    );
    let out = s.run(&["check"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("error[C15]"), "{err}");
    assert!(
        err.contains("version 2.0 of `business-contacts` was published on 2021-09-28 and has changed since: sv.md"),
        "{err}"
    );
    assert!(err.contains(&format!("{sv}:1:1")), "{err}");
    assert!(
        err.contains("disclose publish --amend business-contacts 2.0"),
        "{err}"
    );
    // The build refuses too, and writes nothing.
    let out = s.build();
    assert_eq!(out.status.code(), Some(1));
    assert!(!s.path("public").exists());

    // An editorial correction, recorded with its reason, makes it pass.
    let out = s.run(&[
        "publish",
        "--amend",
        "business-contacts",
        "2.0",
        "--reason",
        "Rättat böjningsform i svenska texten",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let lock = s.read(LOCK);
    assert!(
        lock.contains("reason = \"Rättat böjningsform i svenska texten\""),
        "{lock}"
    );
    let out = s.run(&["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Amending again with nothing changed is refused.
    let out = s.run(&[
        "publish",
        "--amend",
        "business-contacts",
        "2.0",
        "--reason",
        "x",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no correction to record"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn windows_line_endings_do_not_change_a_published_version() {
    let s = locked();
    let nb = format!("{V21}/nb.md");
    let text = s.read(&nb);
    s.write(&nb, &text.replace('\n', "\r\n"));
    let out = s.run(&["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn version_new_then_publish_gives_a_site_with_one_more_version() {
    let s = locked();
    let out = s.run(&["version", "new", "business-contacts"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("disclose publish business-contacts 2.2"),
        "{}",
        stderr(&out)
    );
    let v22 = "content/notices/business-contacts/2.2";
    let facts = s.read(&format!("{v22}/facts.toml"));
    assert!(!facts.contains("published ="), "{facts}");
    assert!(
        facts.starts_with(&s.read(&format!("{V21}/facts.toml"))[..40]),
        "comments and layout are kept"
    );
    let sv = s.read(&format!("{v22}/sv.md"));
    assert!(
        !sv.contains("summary ="),
        "the change summary is cleared:\n{sv}"
    );
    // A draft is checked, but not published, and needs no lock entry.
    let out = s.run(&["check"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Starting another draft while 2.2 exists makes 2.3; --major makes 3.0.
    let out = s.run(&["version", "new", "business-contacts", "--major"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        s.path("content/notices/business-contacts/3.0/facts.toml")
            .exists()
    );
    fs::remove_dir_all(s.path("content/notices/business-contacts/3.0")).expect("rm");

    let out = s.run(&[
        "publish",
        "business-contacts",
        "2.2",
        "--date",
        "2026-11-30",
        "--effective",
        "2026-12-15",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .contains("published business-contacts 2.2 on 2026-11-30, in effect from 2026-12-15"),
        "{}",
        stderr(&out)
    );
    let facts = s.read(&format!("{v22}/facts.toml"));
    assert!(facts.contains("published = 2026-11-30"), "{facts}");
    assert!(facts.contains("effective = 2026-12-15"), "{facts}");
    assert!(s.read(LOCK).contains("version = \"2.2\""));
    s.build_ok();
    assert!(
        s.out("sv/integritetspolicy-affarskontakter/2.2/index.html")
            .is_file()
    );
    let main = fs::read_to_string(s.out("sv/integritetspolicy-affarskontakter/index.html"))
        .expect("main page");
    assert!(main.contains("2.2"), "the main page shows the new version");

    // Publishing it again is refused; it is amended, or a new version is made.
    let out = s.run(&["publish", "business-contacts", "2.2"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--amend"), "{}", stderr(&out));
}

#[test]
fn a_publish_that_would_fail_the_check_changes_nothing() {
    let s = locked();
    let out = s.run(&["version", "new", "business-contacts"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let facts_path = "content/notices/business-contacts/2.2/facts.toml";
    // Break the draft: the DPO without a way to reach them.
    let facts = s.read(facts_path);
    let broken = facts.replacen("[dpo]", "[dpo_removed]", 1);
    assert_ne!(broken, facts, "the example has a [dpo] table");
    s.write(facts_path, &broken);
    let lock_before = s.read(LOCK);
    let out = s.run(&[
        "publish",
        "business-contacts",
        "2.2",
        "--date",
        "2026-11-30",
    ]);
    assert_ne!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("nothing was changed"),
        "{}",
        stderr(&out)
    );
    assert_eq!(s.read(facts_path), broken, "facts.toml is as it was");
    assert_eq!(s.read(LOCK), lock_before, "the lock is as it was");
}

#[test]
fn the_lock_must_know_every_published_version_and_keep_every_folder() {
    let s = locked();
    // A version dated by hand, not through publish.
    let out = s.run(&["version", "new", "business-contacts"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let facts_path = "content/notices/business-contacts/2.2/facts.toml";
    let facts = s.read(facts_path);
    s.write(
        facts_path,
        &facts.replacen("[version]", "[version]\npublished = 2026-11-30", 1),
    );
    let out = s.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("error[C16]"), "{err}");
    assert!(
        err.contains("disclose publish business-contacts 2.2"),
        "{err}"
    );
    // Recording it keeps the date written.
    let out = s.run(&["publish", "business-contacts", "2.2"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("recorded business-contacts 2.2 (published on 2026-11-30)"));

    // A published version's folder may not go.
    fs::remove_dir_all(s.path(V20)).expect("rm");
    let out = s.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("its folder is gone"), "{err}");
}

#[test]
fn publish_names_what_it_cannot_find() {
    let s = locked();
    let out = s.run(&["publish", "no-such-notice", "1.0"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("there is no notice `no-such-notice`"));
    let out = s.run(&["publish", "business-contacts", "9.9"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("has no version 9.9"));
    let out = s.run(&[
        "publish",
        "business-contacts",
        "2.1",
        "--date",
        "2024-13-01",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is not a date"));
}

#[test]
fn a_version_no_longer_in_force_is_history_its_findings_are_warnings() {
    let s = SiteTest::example();
    let _ = fs::remove_file(s.path(LOCK));
    // The same fact removed from the superseded 2.0 and from 2.1, in force: the first
    // controller's legal name.
    for v in [V20, V21] {
        let f = format!("{v}/facts.toml");
        let text = s.read(&f);
        let start = text.find("\nname = ").expect("a controller's name") + 1;
        let end = start + text[start..].find('\n').expect("line end") + 1;
        s.write(&f, &format!("{}{}", &text[..start], &text[end..]));
    }
    let out = s.run(&["check"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(
            "warning[R01]: 2.0, no longer in force: the controller `nordlys-sverige` has no `name`"
        ),
        "{err}"
    );
    assert!(
        err.contains("error[R01]: the controller `nordlys-sverige` has no `name`"),
        "2.1 is in force: {err}"
    );
}

#[test]
fn versions_are_dated_in_the_order_of_their_numbers() {
    let s = locked();
    let _ = fs::remove_file(s.path(LOCK));
    let f = format!("{V21}/facts.toml");
    s.edit(&f, "published = 2024-02-27", "published = 2020-01-01");
    let out = s.run(&["check"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("error[C17]"), "{err}");
    assert!(
        err.contains("version 2.1 of `business-contacts` is published on 2020-01-01, before version 2.0 (2021-09-28)"),
        "{err}"
    );
}

#[test]
fn a_build_names_the_drafts_it_leaves_out() {
    let s = locked();
    let out = s.run(&["version", "new", "business-contacts"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = s.build();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("1 draft not published: business-contacts 2.2"),
        "{}",
        stderr(&out)
    );
    assert!(!s.out("sv/integritetspolicy-affarskontakter/2.2").exists());
    // Unchanged, from the cache, the draft is still named.
    let out = s.build();
    assert!(
        stderr(&out).contains("1 draft not published: business-contacts 2.2"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_published_date_after_today_is_a_warning() {
    let s = locked();
    let out = s.run(&["check", "--today", "2024-02-01"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "a warning: {err}");
    assert!(
        err.contains("warning[W04]: business-contacts 2.1 is published on 2024-02-27, after today (2024-02-01)"),
        "{err}"
    );
    let out = s.run(&["check", "--today", "2026-12-01"]);
    assert!(!stderr(&out).contains("W04"), "{}", stderr(&out));
    let out = s.run(&["check", "--today", "yesterday"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn build_drafts_previews_drafts_marked_and_out_of_search_engines() {
    let s = locked();
    let out = s.run(&["version", "new", "business-contacts"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // A notice with only a draft, too.
    let out = s.run(&["version", "new", "website-visitors", "--major"]);
    assert!(out.status.success(), "{}", stderr(&out));
    fs::remove_dir_all(s.path("content/notices/website-visitors/1.0")).expect("rm");
    let _ = fs::remove_file(s.path(LOCK));
    let preview = s.root.join("preview");
    let out = s.run(&[
        "build",
        "--drafts",
        "--out",
        preview.to_str().expect("utf-8"),
    ]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("2 drafts included, marked as drafts and kept out of search engines: business-contacts 2.2, website-visitors 2.0"),
        "{err}"
    );
    let page =
        fs::read_to_string(preview.join("sv/integritetspolicy-affarskontakter/2.2/index.html"))
            .expect("the draft's page");
    assert!(
        page.contains("<meta name=\"robots\" content=\"noindex\">"),
        "noindex"
    );
    assert!(page.contains("banner-draft"), "the draft banner");
    let main = fs::read_to_string(preview.join("sv/integritetspolicy-affarskontakter/index.html"))
        .expect("main page");
    assert!(
        !main.contains("noindex"),
        "the version in force is not a draft"
    );
    assert!(
        preview
            .join("sv/integritetspolicy-webbplats/index.html")
            .is_file()
    );
    let sitemap = fs::read_to_string(preview.join("sitemap.xml")).expect("sitemap");
    assert!(!sitemap.contains("/2.2/"), "drafts are not in the sitemap");
    assert!(
        !sitemap.contains("integritetspolicy-webbplats"),
        "{sitemap}"
    );
    // Without --drafts, neither is built.
    s.build_ok();
    assert!(!s.out("sv/integritetspolicy-affarskontakter/2.2").exists());
    assert!(!s.out("sv/integritetspolicy-webbplats").exists());
}

#[test]
fn a_lock_that_cannot_be_read_is_a_load_error_at_its_place() {
    let s = locked();
    let text = s.read(LOCK);
    s.write(
        LOCK,
        &text.replacen("format = 1", "format = 1\nnotice = [", 1),
    );
    let out = s.run(&["check"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!("{LOCK}:")),
        "{}",
        stderr(&out)
    );

    s.write(LOCK, &text.replacen("format = 1", "format = 9", 1));
    let out = s.run(&["check"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .contains("content/disclose.lock is of format 9, which this disclose does not read"),
        "{}",
        stderr(&out)
    );
    // An unknown key is named, as in any other TOML file.
    s.write(
        LOCK,
        &text.replacen("format = 1", "format = 1\nsigned = true", 1),
    );
    let out = s.run(&["check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("signed"), "{}", stderr(&out));
}

#[test]
fn publish_refuses_a_facts_toml_it_cannot_read_and_changes_nothing() {
    let s = locked();
    let out = s.run(&["version", "new", "business-contacts"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let facts = "content/notices/business-contacts/2.2/facts.toml";
    let broken = format!("{}\n[[[\n", s.read(facts));
    s.write(facts, &broken);
    let lock = s.read(LOCK);
    let out = s.run(&["publish", "business-contacts", "2.2"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("it is not valid TOML"),
        "{}",
        stderr(&out)
    );
    assert_eq!(s.read(facts), broken);
    assert_eq!(s.read(LOCK), lock);
}
