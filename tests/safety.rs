//! Safety: nothing in a source file, a theme or a mistyped flag can run script on a notice page,
//! delete data, leak a file or crash the build. Each test is one class of attack or accident,
//! with several members of the class, and asserts what a user would see: the exit code, the
//! file and line of the diagnostic, and that the output folder is as it was.

mod common;

use common::*;
use std::fs;
use std::path::Path;
use std::process::Output;

const NB: &str = "content/notices/customers/1.0/nb.md";
const FACTS: &str = "content/notices/customers/1.0/facts.toml";

/// Assert exit code 2 and a diagnostic at each `(file, line)`.
#[track_caller]
fn assert_refused_at(out: &Output, places_expected: &[(&str, usize)]) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    let got = places(&err);
    for (file, line) in places_expected {
        assert!(
            got.iter().any(|(f, l, _)| f == file && l == line),
            "no diagnostic at {file}:{line}; got {got:?}\n{err}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Script in notice pages

/// Links a browser would run or that open local files, however they are spelled.
const HOSTILE_LINKS: &[&str] = &[
    "[inline](javascript:alert(1))",
    "[upper](JAVASCRIPT:alert(1))",
    "[entity](&#106;avascript:alert(1))",
    "[hex entity](&#x6A;avascript:alert(1))",
    "[tab inside](java&#x09;script:alert(1))",
    "[newline entity](java&#10;script:alert(1))",
    "[vbscript](vbscript:msgbox(1))",
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    "[file](file:///etc/passwd)",
    "<javascript:alert(1)>",
    "[reference][evil]",
    "[spaced]( javascript:alert(1) )",
];

#[test]
fn hostile_links_are_refused_at_their_line_in_check_and_build() {
    let t = SiteTest::init();
    let mut text = t.read(NB);
    let mut body = String::from("\n");
    for link in HOSTILE_LINKS {
        body.push_str(&format!("Se {link} her.\n\n"));
    }
    body.push_str("[evil]: javascript:alert(2)\n\n");
    text = text.replacen(
        "## Hvorfor vi behandler",
        &format!("{body}## Hvorfor vi behandler"),
        1,
    );
    t.write(NB, &text);
    let expected: Vec<(&str, usize)> = HOSTILE_LINKS
        .iter()
        .map(|l| (NB, line_of(&text, l)))
        .collect();
    assert_refused_at(&t.run(&["check"]), &expected);
    assert_refused_at(&t.build(), &expected);
    assert!(!t.out("index.html").exists(), "nothing is written");
    let err = stderr(&t.build());
    assert!(err.contains("help: link to a web page"), "{err}");
}

#[test]
fn allowed_links_still_work() {
    let t = SiteTest::init();
    t.edit(
        NB,
        "Her forklarer vi",
        "Se [Datatilsynet](https://www.datatilsynet.no/), [e-post](mailto:a@example.com), [ring](tel:+4712345678), [rettigheter](#rights) og [forsiden](/nb/).\n\nHer forklarer vi",
    );
    t.build_ok();
    let page = t.read("public/nb/personvern-kunder/index.html");
    for href in [
        "href=\"https://www.datatilsynet.no/\"",
        "href=\"mailto:a@example.com\"",
        "href=\"tel:+4712345678\"",
        "href=\"#rights\"",
        "href=\"../../nb/index.html\"",
    ] {
        assert!(page.contains(href), "{href} missing");
    }
}

#[test]
fn heading_attributes_other_than_id_and_class_are_refused() {
    let t = SiteTest::init();
    let lines = [
        "### Viktig {tabindex=0 autofocus onfocus=document.title=1}",
        "### Stil {style=color:red}",
    ];
    t.edit(
        NB,
        "## Dine rettigheter",
        &format!(
            "{}\n\nTekst.\n\n## Dine rettigheter",
            lines.join("\n\nTekst.\n\n")
        ),
    );
    let text = t.read(NB);
    let expected: Vec<(&str, usize)> = lines.iter().map(|l| (NB, line_of(&text, l))).collect();
    assert_refused_at(&t.run(&["check"]), &expected);
}

#[test]
fn reserved_and_repeated_ids_are_refused_at_every_heading_level() {
    let t = SiteTest::init();
    t.edit(
        NB,
        "## Dine rettigheter",
        "### Hoved {#main}\n\nTekst.\n\n#### Igjen {#purposes}\n\nTekst.\n\n## Dine rettigheter",
    );
    let text = t.read(NB);
    let out = t.run(&["check"]);
    assert_refused_at(
        &out,
        &[
            (NB, line_of(&text, "{#main}")),
            (NB, line_of(&text, "Igjen {#purposes}")),
        ],
    );
    let err = stderr(&out);
    assert!(
        err.contains("used by the page itself") && err.contains("used twice"),
        "{err}"
    );
}

#[test]
fn base_url_is_a_plain_address_or_refused() {
    for bad in [
        "https://example.com/?a=1&b=2",
        "https://example.com/\"><script>alert(1)</script>",
        "javascript:alert(1)//https://x",
        "https://exa mple.com",
        "https://example.com/a\\nSitemap: https://evil.example/x",
        "https://",
        "https://example.com:80x",
    ] {
        let t = SiteTest::init();
        t.edit(
            "content/site.toml",
            "base_url = \"https://privacy.example.com\"",
            &format!("base_url = \"{bad}\""),
        );
        let out = t.run(&["check"]);
        assert_refused_at(&out, &[("content/site.toml", 3)]);
    }
    let t = SiteTest::init();
    t.edit(
        "content/site.toml",
        "base_url = \"https://privacy.example.com\"",
        "base_url = \"https://example.com/legal/privacy\"",
    );
    t.build_ok();
    let sitemap = t.read("public/sitemap.xml");
    assert!(
        sitemap.contains("<loc>https://example.com/legal/privacy/nb/</loc>"),
        "{sitemap}"
    );
    let robots = t.read("public/robots.txt");
    assert_eq!(robots.lines().count(), 3, "{robots}");
}

// ---------------------------------------------------------------------------------------------
// The output folder

#[test]
fn the_output_folder_never_reaches_the_source_or_a_foreign_folder() {
    let t = SiteTest::init();
    let before = fs::read(t.path(NB)).expect("read");
    fs::create_dir_all(t.path(".git/objects")).expect("mkdir");
    fs::create_dir_all(t.path("mine")).expect("mkdir");
    fs::write(t.path("mine/keep.txt"), "my own file").expect("write");
    fs::write(t.path("a-file"), "x").expect("write");
    for (out, says) in [
        ("nonexistent/../content", "source"),
        ("content/../content", "source"),
        (".", "repository"),
        ("..", "source"),
        (".git", "repository"),
        (".git/objects", "repository"),
        ("mine", "disclose did not write"),
        ("a-file", "not a folder"),
    ] {
        let o = t.run(&["build", "--out", out]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "--out {out}: {err}");
        assert!(err.contains(says), "--out {out}: {err}");
    }
    assert_eq!(fs::read(t.path(NB)).expect("read"), before);
    assert!(t.path(".git/objects").is_dir());
    assert_eq!(t.read("mine/keep.txt"), "my own file");
    assert_eq!(t.read("a-file"), "x");
    // --force replaces a foreign folder, but never the source or a repository.
    assert!(
        t.run(&["build", "--out", "mine", "--force"])
            .status
            .success()
    );
    assert!(t.path("mine/index.html").is_file() && !t.path("mine/keep.txt").exists());
    assert_eq!(
        t.run(&["build", "--out", "content", "--force"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        t.run(&["build", "--out", ".git", "--force"]).status.code(),
        Some(2)
    );
    // Once disclose wrote it, the folder is replaced without --force.
    assert!(t.run(&["build", "--out", "mine"]).status.success());
}

#[test]
fn the_home_folder_and_root_are_refused() {
    let t = SiteTest::init();
    let home = tempfile::tempdir().expect("tempdir");
    fs::write(home.path().join(".bashrc"), "keep").expect("write");
    let out = disclose()
        .args(["build", "--force", "--out"])
        .arg(home.path())
        .arg("--root")
        .arg(&t.root)
        .env("HOME", home.path())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("home folder"), "{}", stderr(&out));
    assert!(home.path().join(".bashrc").is_file());
    let out = t.run(&["build", "--force", "--out", "/"]);
    assert_eq!(out.status.code(), Some(2));
}

#[cfg(unix)]
#[test]
fn a_symlinked_output_is_refused_and_its_target_kept() {
    let t = SiteTest::init();
    let elsewhere = tempfile::tempdir().expect("tempdir");
    fs::write(elsewhere.path().join("precious.txt"), "keep").expect("write");
    std::os::unix::fs::symlink(elsewhere.path(), t.path("public")).expect("symlink");
    let out = t.build();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("symbolic link"), "{}", stderr(&out));
    assert!(elsewhere.path().join("precious.txt").is_file());
    assert!(
        fs::symlink_metadata(t.path("public"))
            .expect("link")
            .file_type()
            .is_symlink()
    );
}

#[test]
fn leftovers_of_killed_builds_are_removed_and_the_marker_written() {
    let t = SiteTest::init();
    fs::create_dir_all(t.path(".public.staging-99999/nb")).expect("mkdir");
    fs::create_dir_all(t.path(".public.old-99998")).expect("mkdir");
    t.build_ok();
    assert!(!t.path(".public.staging-99999").exists());
    assert!(!t.path(".public.old-99998").exists());
    assert!(t.out(".disclose-output").is_file());
    let names: Vec<String> = fs::read_dir(&t.root)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("staging") || n.contains(".old-"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

// ---------------------------------------------------------------------------------------------
// Files outside the site

#[cfg(unix)]
#[test]
fn links_out_of_the_site_are_never_followed() {
    use std::os::unix::fs::symlink;
    let secret = tempfile::NamedTempFile::new().expect("temp file");
    fs::write(
        secret.path(),
        "+++\ntitle = \"SECRET-CONTENT\"\n+++\nSECRET-CONTENT\n",
    )
    .expect("write");

    let t = SiteTest::init();
    fs::create_dir_all(t.path("themes/default/assets")).expect("mkdir");
    symlink("/etc/passwd", t.path("themes/default/assets/passwd.txt")).expect("symlink");
    let out = t.build();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("outside the site"),
        "{}",
        stderr(&out)
    );
    assert!(!t.out("assets/passwd.txt").exists());

    let t = SiteTest::init();
    fs::create_dir_all(t.path("themes/default")).expect("mkdir");
    symlink(secret.path(), t.path("themes/default/secret.html")).expect("symlink");
    let out = t.run(&["check"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(!stderr(&out).contains("SECRET-CONTENT"));

    let t = SiteTest::init();
    fs::remove_file(t.path(NB)).expect("rm");
    symlink(secret.path(), t.path(NB)).expect("symlink");
    let out = t.run(&["check"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("outside the site"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("SECRET-CONTENT"), "{}", stderr(&out));

    let t = SiteTest::init();
    fs::create_dir_all(t.path("locales")).expect("mkdir");
    symlink("/dev/zero", t.path("locales/nb.ftl")).expect("symlink");
    assert_eq!(t.run(&["check"]).status.code(), Some(2));
}

#[test]
fn the_theme_is_a_folder_name_under_themes() {
    for bad in ["/", "../..", "..", "default/../../x", "/etc", ".hidden"] {
        let t = SiteTest::init();
        t.edit(
            "content/site.toml",
            "default_language = \"nb\"",
            &format!("default_language = \"nb\"\ntheme = \"{bad}\""),
        );
        let out = t.run(&["check"]);
        assert_refused_at(&out, &[("content/site.toml", 6)]);
        assert!(
            stderr(&out).contains("is not a theme name"),
            "{}",
            stderr(&out)
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Crashes and hangs

#[test]
fn deeply_nested_locale_messages_are_a_diagnostic_not_a_crash() {
    let t = SiteTest::init();
    let deep = format!("ui-x = {}x{}\n", "{ ".repeat(20_000), " }".repeat(20_000));
    t.write(
        "locales/nb.ftl",
        &format!("# a comment {{ {{ {{\nui-ok = fine\n{deep}"),
    );
    for cmd in ["check", "build"] {
        let out = t.run(&[cmd]);
        assert_refused_at(&out, &[("locales/nb.ftl", 3)]);
        assert!(
            stderr(&out).contains("nested more than"),
            "{}",
            stderr(&out)
        );
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_or_device_is_refused_without_waiting() {
    let t = SiteTest::init();
    fs::create_dir_all(t.path("locales")).expect("mkdir");
    let made = std::process::Command::new("mkfifo")
        .arg(t.path("locales/nb.ftl"))
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let out = t.run(&["check"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("not a regular file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_file_too_large_is_refused() {
    let t = SiteTest::init();
    let mut text = t.read(NB);
    text.push_str(&"Lang tekst. ".repeat(400_000));
    t.write(NB, &text);
    let out = t.run(&["check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("more than the 4194304 bytes"),
        "{}",
        stderr(&out)
    );
}

// ---------------------------------------------------------------------------------------------
// check passes only what build accepts

#[test]
fn check_fails_where_build_would() {
    // A template that does not compile.
    let t = SiteTest::init();
    t.write("themes/default/notice.html", "{% for x in %}");
    assert_eq!(t.run(&["check"]).status.code(), Some(2));
    // A template that compiles but fails when rendered.
    let t = SiteTest::init();
    t.write(
        "themes/default/notice.html",
        "{% extends \"base.html\" %}{% block main %}{{ no_such_variable.field }}{% endblock %}",
    );
    let out = t.run(&["check"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    // A locale file that does not parse.
    let t = SiteTest::init();
    t.write("locales/sv.ftl", "ui-x = { \n");
    let out = t.run(&["check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        places(&stderr(&out))
            .iter()
            .any(|(f, _, _)| f == "locales/sv.ftl"),
        "{}",
        stderr(&out)
    );
    // A slug too long for a folder name.
    let t = SiteTest::init();
    let long = "a".repeat(5000);
    t.edit(
        NB,
        "slug = \"personvern-kunder\"",
        &format!("slug = \"{long}\""),
    );
    assert_refused_at(&t.run(&["check"]), &[(NB, 3)]);
    assert_refused_at(&t.build(), &[(NB, 3)]);
}

// ---------------------------------------------------------------------------------------------
// Diagnostics

#[test]
fn invalid_utf8_is_reported_at_its_line() {
    let t = SiteTest::init();
    let mut bytes = fs::read(t.path(NB)).expect("read");
    let at = bytes
        .windows(9)
        .position(|w| w == b"Her forkl")
        .expect("intro");
    bytes.splice(at..at, [0xff, 0xfe]);
    fs::write(t.path(NB), &bytes).expect("write");
    let text = String::from_utf8_lossy(&bytes);
    assert_refused_at(&t.run(&["check"]), &[(NB, line_of(&text, "Her forkl"))]);
    assert!(stderr(&t.run(&["check"])).contains("not UTF-8"));
}

#[test]
fn a_locale_override_problem_names_its_file_and_only_its_language() {
    let t = SiteTest::init();
    t.write(
        "locales/nb.ftl",
        "# Our own words\nui-version-label = Versjon { $nosuch }\n",
    );
    let out = t.run(&["check"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        places(&err)
            .iter()
            .any(|(f, l, _)| f == "locales/nb.ftl" && *l == 2),
        "{err}"
    );
    assert!(err.contains("[nb]"), "{err}");
    for other in ["[sv]", "[da]", "[fi]"] {
        assert!(
            !err.contains(other),
            "an nb.ftl problem reported for {other}: {err}"
        );
    }
}

#[test]
fn values_cannot_inject_lines_into_a_log() {
    let t = SiteTest::init();
    let facts = t.read(FACTS);
    let email_line = facts
        .lines()
        .find(|l| l.trim_start().starts_with("email"))
        .expect("an email line")
        .to_string();
    t.write(
        FACTS,
        &facts.replacen(
            &email_line,
            "email = \"x\\n::error file=owned::injected\\n::stop-commands::x\\u001b[2J\"",
            1,
        ),
    );
    let out = t.run(&["check"]);
    let err = stderr(&out);
    assert_ne!(out.status.code(), Some(0), "{err}");
    for line in err.lines() {
        assert!(
            !line.starts_with("::"),
            "a value started a line: {line}\n{err}"
        );
        assert!(!line.contains('\u{1b}'), "a raw escape reached the log");
    }
    assert!(err.contains("\\n::error"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// Loose validation

#[test]
fn duplicates_in_lists_are_errors_showing_both_places() {
    let t = SiteTest::init();
    let facts = t.read(FACTS);
    let line = facts
        .lines()
        .find(|l| l.trim_start().starts_with("categories"))
        .expect("categories")
        .to_string();
    let first = line.split('"').nth(1).expect("a category").to_string();
    let doubled = line.replacen('[', &format!("[\"{first}\", "), 1);
    t.write(FACTS, &facts.replacen(&line, &doubled, 1));
    let out = t.run(&["check"]);
    let err = stderr(&out);
    assert_refused_at(&out, &[(FACTS, line_of(&t.read(FACTS), &doubled))]);
    assert!(
        err.contains(&format!("`{first}` is listed twice in `categories`")),
        "{err}"
    );
}

#[test]
fn a_hidden_folder_among_the_notices_is_reported() {
    let t = SiteTest::init();
    copy_dir(
        &t.path("content/notices/customers"),
        &t.path("content/notices/.old-customers"),
    );
    let out = t.run(&["check"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains(".old-customers"), "{}", stderr(&out));
}

// ---------------------------------------------------------------------------------------------
// A killed or concurrent build never loses the previous site

fn tree(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path()
                    .strip_prefix(dir)
                    .expect("inside")
                    .to_string_lossy()
                    .into_owned(),
                fs::read(e.path()).expect("read"),
            )
        })
        .collect()
}

#[test]
fn a_build_killed_at_any_moment_leaves_the_old_or_the_new_site() {
    let t = SiteTest::example();
    // The test edits a published version, which the lock would refuse.
    let _ = fs::remove_file(t.root.join("content/disclose.lock"));
    // Full builds: each replaces the output whole. (An incremental build renames each changed
    // file into place; what a kill leaves then is the next test's.)
    let no_cache = || {
        let _ = fs::remove_dir_all(t.root.join(".disclose-cache"));
    };
    let title_a = "title = \"";
    let changed = "title = \"Ändrad: ";
    let sv = "content/notices/business-contacts/2.1/sv.md";
    let original = t.read(sv);
    t.build_ok();
    let a = tree(&t.root.join("public"));
    t.write(sv, &original.replacen(title_a, changed, 1));
    let started = std::time::Instant::now();
    t.build_ok();
    let full = started.elapsed();
    let b = tree(&t.root.join("public"));
    assert_ne!(a, b);
    // Kill builds at moments spread over a whole build, alternating the source between A and B.
    let mut seed: u64 = 0x5eed_1234;
    for i in 0..10 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let text = if i % 2 == 0 {
            original.clone()
        } else {
            original.replacen(title_a, changed, 1)
        };
        t.write(sv, &text);
        no_cache();
        let wait = full.mul_f64((seed % 1000) as f64 / 1000.0);
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("disclose"))
            .args(["build", "--root"])
            .arg(&t.root)
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(wait);
        let _ = child.kill();
        let _ = child.wait();
        let now = tree(&t.root.join("public"));
        assert!(
            now == a || now == b,
            "after a kill at {wait:?}, public/ is neither the old nor the new site"
        );
    }
    // The next build cleans up and succeeds.
    t.build_ok();
    let left: Vec<String> = fs::read_dir(&t.root)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public.") && !n.ends_with(".lock"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn after_an_incremental_build_is_killed_the_next_build_gives_the_clean_site() {
    let t = SiteTest::example();
    let _ = fs::remove_file(t.root.join("content/disclose.lock"));
    let sv = "content/notices/business-contacts/2.1/sv.md";
    let original = t.read(sv);
    let changed = original.replacen("title = \"", "title = \"Ändrad: ", 1);
    t.build_ok();
    let a = tree(&t.root.join("public"));
    t.write(sv, &changed);
    let started = std::time::Instant::now();
    t.build_ok();
    let full = started.elapsed();
    let b = tree(&t.root.join("public"));
    let mut seed: u64 = 0x0dd_ba11;
    for i in 0..8 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let (text, expected) = if i % 2 == 0 {
            (&original, &a)
        } else {
            (&changed, &b)
        };
        t.write(sv, text);
        let wait = full.mul_f64((seed % 1000) as f64 / 1000.0);
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin!("disclose"))
            .args(["build", "--root"])
            .arg(&t.root)
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(wait);
        let _ = child.kill();
        let _ = child.wait();
        // Whatever the kill left, the next build repairs it.
        t.build_ok();
        assert!(
            tree(&t.root.join("public")) == *expected,
            "after a kill at {wait:?} and another build, public/ is not the site of the source"
        );
    }
}

#[test]
fn two_concurrent_builds_end_with_one_correct_site() {
    let t = SiteTest::example();
    t.build_ok();
    let expected = tree(&t.root.join("public"));
    fs::remove_dir_all(t.root.join("public")).expect("rm");
    let spawn = || {
        std::process::Command::new(assert_cmd::cargo::cargo_bin!("disclose"))
            .args(["build", "--root"])
            .arg(&t.root)
            .output()
    };
    let (x, y) = std::thread::scope(|s| {
        let x = s.spawn(spawn);
        let y = s.spawn(spawn);
        (x.join(), y.join())
    });
    let (x, y) = (
        x.expect("thread").expect("run"),
        y.expect("thread").expect("run"),
    );
    assert!(x.status.success(), "{}", stderr(&x));
    assert!(y.status.success(), "{}", stderr(&y));
    assert_eq!(tree(&t.root.join("public")), expected);
}
