//! `disclose build` end to end: the example site in four languages, read back with an HTML
//! parser; template overrides; atomic output; deterministic output.

mod common;

use common::{SiteTest, stderr};
use scraper::{Html, Selector};
use std::path::{Path, PathBuf};

const LANGS: [&str; 4] = ["nb", "sv", "da", "fi"];

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("selector")
}

fn text(doc: &Html) -> String {
    doc.root_element().text().collect::<Vec<_>>().join(" ")
}

/// The folder a relative link points at, from the page at `page` (relative to public/).
fn resolve(public: &Path, page: &str, href: &str) -> PathBuf {
    let href = href.split('#').next().unwrap_or("");
    let mut p = public.join(page);
    p.pop();
    let mut target = p.join(href);
    if href.is_empty() || href.ends_with('/') {
        target = target.join("index.html");
    }
    target
}

fn notice_pages(t: &SiteTest) -> Vec<String> {
    t.output_files()
        .into_iter()
        .filter(|f| {
            f.ends_with("index.html") && f.matches('/').count() >= 2 && !f.contains("/changes/")
        })
        .collect()
}

#[test]
fn every_language_has_its_pages_with_the_right_lang() {
    let t = SiteTest::example();
    t.build_ok();
    let html = sel("html");
    for lang in LANGS {
        let doc = t.html(&format!("{lang}/index.html"));
        let el = doc.select(&html).next().expect("html element");
        assert_eq!(el.value().attr("lang"), Some(lang));
    }
    let pages = notice_pages(&t);
    // 3 notices; business contacts has 2 versions: (main + each version) per language.
    assert_eq!(pages.len(), 4 * (2 + 3 + 2), "{pages:#?}");
    // And a change history per notice and language.
    let changes: Vec<String> = t
        .output_files()
        .into_iter()
        .filter(|f| f.ends_with("/changes/index.html"))
        .collect();
    assert_eq!(changes.len(), 4 * 3, "{changes:#?}");
    for page in &pages {
        let lang = page.split('/').next().expect("lang folder");
        let doc = t.html(page);
        let el = doc.select(&html).next().expect("html element");
        assert_eq!(el.value().attr("lang"), Some(lang), "{page}");
        assert!(
            t.out(&page.replace("index.html", "notice.json")).is_file(),
            "notice.json beside {page}"
        );
    }
    let index = t.html("index.html");
    let links: Vec<_> = index
        .select(&sel("main a"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(
        links,
        [
            "nb/index.html",
            "sv/index.html",
            "da/index.html",
            "fi/index.html"
        ]
    );
}

#[test]
fn every_switcher_link_resolves_to_the_same_notice_in_that_language() {
    let t = SiteTest::example();
    t.build_ok();
    let public = t.root.join("public");
    let switcher = sel(".language-switcher a");
    for page in notice_pages(&t) {
        let doc = t.html(&page);
        let links: Vec<_> = doc.select(&switcher).collect();
        assert_eq!(links.len(), 4, "{page}: one link per language");
        let version = serde_json::from_str::<serde_json::Value>(&t.read(&format!(
            "public/{}",
            page.replace("index.html", "notice.json")
        )))
        .expect("json")["version"]
            .clone();
        for a in links {
            let href = a.value().attr("href").expect("href");
            let lang = a.value().attr("lang").expect("lang on switcher link");
            let target = resolve(&public, &page, href);
            assert!(
                target.is_file(),
                "{page}: {href} → {} does not exist",
                target.display()
            );
            let other = Html::parse_document(&std::fs::read_to_string(&target).expect("read"));
            let el = other.select(&sel("html")).next().expect("html");
            assert_eq!(el.value().attr("lang"), Some(lang), "{page}: {href}");
            let json = target.with_file_name("notice.json");
            let other_version = serde_json::from_str::<serde_json::Value>(
                &std::fs::read_to_string(json).expect("json"),
            )
            .expect("json")["version"]
                .clone();
            assert_eq!(
                other_version, version,
                "{page}: {href} leads to another version"
            );
        }
    }
}

#[test]
fn the_retention_period_reads_naturally_in_each_language() {
    let t = SiteTest::example();
    t.build_ok();
    let expected = [
        ("nb", "personvern-forretningskontakter", "24 måneder"),
        ("sv", "integritetspolicy-affarskontakter", "24 månader"),
        ("da", "privatlivspolitik-forretningskontakter", "24 måneder"),
        ("fi", "tietosuojaseloste-yhteyshenkilot", "24 kuukautta"),
    ];
    let cells = sel("td");
    for (lang, slug, words) in expected {
        let doc = t.html(&format!("{lang}/{slug}/index.html"));
        assert!(
            doc.select(&cells)
                .any(|td| td.text().collect::<String>().contains(words)),
            "{lang}: no table cell says {words:?}"
        );
        // Version 2.0 said one year, in every language too.
        let old = t.html(&format!("{lang}/{slug}/2.0/index.html"));
        assert!(
            !old.select(&cells)
                .any(|td| td.text().collect::<String>().contains(words))
        );
    }
}

#[test]
fn each_controllers_organisation_number_appears_in_every_language() {
    let t = SiteTest::example();
    t.build_ok();
    let mut checked = 0;
    for entry in std::fs::read_dir(t.path("content/notices")).expect("notices") {
        let notice = entry.expect("entry").path();
        let mut versions: Vec<_> = std::fs::read_dir(&notice)
            .expect("versions")
            .map(|e| e.expect("entry").path())
            .collect();
        versions.sort();
        let newest = versions.last().expect("a version");
        let facts: toml::Table =
            toml::from_str(&std::fs::read_to_string(newest.join("facts.toml")).expect("facts"))
                .expect("toml");
        let orgs: Vec<String> = facts["controllers"]
            .as_array()
            .expect("controllers")
            .iter()
            .map(|c| c["org_number"].as_str().expect("org_number").to_string())
            .collect();
        for lang in LANGS {
            let front = std::fs::read_to_string(newest.join(format!("{lang}.md"))).expect("md");
            let slug = front
                .lines()
                .find_map(|l| l.strip_prefix("slug = \""))
                .and_then(|s| s.strip_suffix('"'))
                .expect("slug");
            let page = text(&t.html(&format!("{lang}/{slug}/index.html")));
            for org in &orgs {
                assert!(page.contains(org.as_str()), "{lang}/{slug}: {org} missing");
                checked += 1;
            }
        }
    }
    assert!(checked >= 4 * 8, "checked only {checked}");
}

#[test]
fn dates_are_long_form_in_each_language() {
    let t = SiteTest::example();
    t.build_ok();
    let expected = [
        (
            "nb/personvern-forretningskontakter/index.html",
            "27. februar 2024",
        ),
        (
            "sv/integritetspolicy-affarskontakter/index.html",
            "27 februari 2024",
        ),
        (
            "da/privatlivspolitik-forretningskontakter/index.html",
            "27. februar 2024",
        ),
        (
            "fi/tietosuojaseloste-yhteyshenkilot/index.html",
            "27. helmikuuta 2024",
        ),
        ("nb/personvern-privatpersoner/index.html", "3. juni 2024"),
    ];
    for (page, date) in expected {
        assert!(text(&t.html(page)).contains(date), "{page} lacks {date}");
    }
}

#[test]
fn a_template_and_an_asset_override_take_effect() {
    let t = SiteTest::init();
    t.write(
        "themes/default/lang_index.html",
        "{% extends \"base.html\" %}{% block content %}<h1>OVERRIDDEN {{ lang }}</h1>{% endblock content %}",
    );
    t.write(
        "themes/default/assets/style.css",
        "body { color: rebeccapurple; }\n",
    );
    t.build_ok();
    let doc = t.html("sv/index.html");
    let h1: String = doc.select(&sel("h1")).next().expect("h1").text().collect();
    assert_eq!(h1, "OVERRIDDEN sv");
    assert!(t.read("public/assets/style.css").contains("rebeccapurple"));
    // Templates not overridden stay the built-in ones.
    assert!(t.out("sv/integritetspolicy-kunder/index.html").is_file());
}

#[test]
fn a_custom_css_alone_restyles_every_page_after_the_built_in_stylesheet() {
    let t = SiteTest::init();
    t.build_ok();
    let plain = t.read("public/sv/integritetspolicy-kunder/index.html");
    assert!(
        !plain.contains("custom.css"),
        "no custom.css, no link to one"
    );
    let built_in = t.read("public/assets/style.css");
    t.write(
        "themes/default/assets/custom.css",
        ":root { --accent: #7a1f5c; --font: Georgia, serif; }\n",
    );
    t.build_ok();
    assert_eq!(
        t.read("public/assets/style.css"),
        built_in,
        "the built-in stylesheet stays whole"
    );
    assert!(t.read("public/assets/custom.css").contains("#7a1f5c"));
    let sheets = |page: &str| -> Vec<String> {
        t.html(page)
            .select(&sel("link[rel=stylesheet]"))
            .filter_map(|l| l.value().attr("href").map(str::to_string))
            .collect()
    };
    assert_eq!(
        sheets("sv/integritetspolicy-kunder/index.html"),
        ["../../assets/style.css", "../../assets/custom.css"]
    );
    assert_eq!(
        sheets("sv/integritetspolicy-kunder/1.0/index.html"),
        ["../../../assets/style.css", "../../../assets/custom.css"]
    );
    assert_eq!(
        sheets("index.html"),
        ["assets/style.css", "assets/custom.css"]
    );
    // The 404 pages, from the site's root and from the file's folder (for disk).
    assert_eq!(
        sheets("sv/404.html"),
        [
            "/assets/style.css",
            "../assets/style.css",
            "/assets/custom.css",
            "../assets/custom.css"
        ]
    );
}

#[test]
fn the_header_footer_and_logo_are_partials_a_site_overrides_alone() {
    let t = SiteTest::init();
    t.write(
        "themes/default/partials/logo.html",
        "<img class=\"logo\" src=\"{{ assets_dir }}logo.svg\" alt=\"\" width=\"32\" height=\"32\">",
    );
    t.write(
        "themes/default/assets/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>\n",
    );
    t.write(
        "themes/default/partials/footer.html",
        "<footer class=\"site-footer\"><div class=\"wrap\">{{ footer_html | safe }}<p>Nordlys AS · <a href=\"https://www.nordlys.example/\">nordlys.example</a></p></div></footer>",
    );
    t.build_ok();
    for (page, logo) in [
        (
            "sv/integritetspolicy-kunder/index.html",
            "../../assets/logo.svg",
        ),
        ("sv/index.html", "../assets/logo.svg"),
        ("index.html", "assets/logo.svg"),
        ("sv/404.html", "/assets/logo.svg"),
    ] {
        let doc = t.html(page);
        let img = doc
            .select(&sel("header img.logo"))
            .next()
            .unwrap_or_else(|| panic!("{page}: no logo in the header"));
        assert_eq!(img.value().attr("src"), Some(logo), "{page}");
        if page != "index.html" {
            let footer: String = doc
                .select(&sel("footer"))
                .next()
                .expect("footer")
                .text()
                .collect();
            assert!(footer.contains("Nordlys AS"), "{page}: {footer}");
        }
    }
    assert!(t.out("assets/logo.svg").is_file());
    // The rest of the header is the built-in one: the title and the switcher.
    let doc = t.html("sv/integritetspolicy-kunder/index.html");
    assert!(doc.select(&sel("header .site-title a")).next().is_some());
    assert_eq!(doc.select(&sel("header .language-switcher a")).count(), 4);
}

#[test]
fn headings_are_shown_as_their_authors_wrote_them_and_numbered_by_the_theme() {
    let t = SiteTest::init();
    let da = "content/notices/customers/1.0/da.md";
    t.edit(
        da,
        "## Hvorfor vi behandler oplysningerne {#purposes}",
        "## 2. Hvorfor *vi* behandler oplysningerne {#purposes}",
    );
    t.edit(
        da,
        "## Dine rettigheder {#rights}",
        "## Dine rettigheder {#rights}\n\nSe nedenfor.\n\n## 7. Kontakt os {#kontakt}\n\nSkriv til os.\n\n## Kunder hos os {#customers}\n\nDu er kunde.",
    );
    for lang in ["nb", "sv", "fi"] {
        let f = format!("content/notices/customers/1.0/{lang}.md");
        let text = t.read(&f);
        t.write(
            &f,
            &format!("{text}\n## Kontakt {{#kontakt}}\n\nKontakt.\n\n## Kunder {{#customers}}\n\nKunde.\n"),
        );
    }
    t.build_ok();
    let doc = t.html("da/privatlivspolitik-kunder/index.html");
    let h2s: Vec<String> = doc
        .select(&sel(".notice-body > section > h2"))
        .map(|h| h.inner_html())
        .collect();
    assert!(
        h2s.iter()
            .any(|h| h.ends_with("</span> Hvorfor <em>vi</em> behandler oplysningerne")),
        "the author's words, emphasis kept, number left out: {h2s:#?}"
    );
    assert!(
        h2s.iter().any(|h| h.ends_with("</span> Kontakt os")),
        "{h2s:#?}"
    );
    // The theme's numbers run 1, 2, 3 … in the page's order, the same as the contents.
    let numbers: Vec<String> = doc
        .select(&sel(".notice-body > section > h2 .section-number"))
        .map(|n| n.text().collect())
        .collect();
    let expected: Vec<String> = (1..=numbers.len()).map(|n| format!("{n}.")).collect();
    assert_eq!(numbers, expected);
    let contents = doc.select(&sel("#contents > ol > li")).count();
    assert_eq!(contents, numbers.len(), "a contents line for each section");
    for h in doc.select(&sel("h1, h2, h3, h4")) {
        assert!(
            h.select(&sel("ol, ul, li, p")).next().is_none(),
            "a block inside a heading: {}",
            h.html()
        );
    }
    // A context's own section keeps its author's heading; its label is used elsewhere.
    let context: String = doc
        .select(&sel("#context-customers h3"))
        .next()
        .expect("the context's heading")
        .text()
        .collect();
    assert_eq!(context, "Kunder hos os");
    // And the source is told that its numbers are not shown.
    let out = t.run(&["check"]);
    let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert!(said.contains("W06"), "{said}");
}

#[test]
fn a_broken_template_override_is_reported_and_nothing_is_written() {
    let t = SiteTest::init();
    t.write("themes/default/notice.html", "{% for x in %}");
    let out = t.build();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("load/theme"), "{}", stderr(&out));
    assert!(!t.out("index.html").exists());
}

#[test]
fn a_failed_build_keeps_the_previous_output() {
    let t = SiteTest::init();
    t.build_ok();
    let before = t.output_bytes();
    t.edit(
        "content/notices/customers/1.0/facts.toml",
        "P3Y",
        "three years",
    );
    let out = t.build();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let after = t.output_bytes();
    assert_eq!(before, after, "the previous site is untouched");
    let stray: Vec<_> = std::fs::read_dir(&t.root)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("staging") || n.contains(".old"))
        .collect();
    assert!(stray.is_empty(), "left behind: {stray:?}");
}

#[test]
fn two_builds_are_byte_identical() {
    let t = SiteTest::example();
    t.build_ok();
    let first = t.output_bytes();
    t.build_ok();
    let second = t.output_bytes();
    assert!(first.len() > 40);
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (k, v) in &first {
        assert!(second[k] == *v, "{k} differs between builds");
    }
}

#[test]
fn the_init_site_builds_in_four_languages() {
    let t = SiteTest::init();
    t.build_ok();
    for (lang, slug) in [
        ("nb", "personvern-kunder"),
        ("sv", "integritetspolicy-kunder"),
        ("da", "privatlivspolitik-kunder"),
        ("fi", "tietosuojaseloste-asiakkaat"),
    ] {
        assert!(t.out(&format!("{lang}/{slug}/index.html")).is_file());
        assert!(t.out(&format!("{lang}/{slug}/1.0/notice.json")).is_file());
    }
    let again = common::disclose()
        .arg("init")
        .arg(&t.root)
        .output()
        .expect("run");
    assert_eq!(
        again.status.code(),
        Some(2),
        "init refuses a non-empty folder"
    );
}

#[test]
fn notice_json_carries_facts_in_words_and_codes() {
    let t = SiteTest::example();
    t.build_ok();
    let json: serde_json::Value =
        serde_json::from_str(&t.read("public/fi/tietosuojaseloste-yhteyshenkilot/notice.json"))
            .expect("json");
    // The page's own data: the published contract, in the page's language only.
    assert_eq!(json["lang"], "fi");
    assert_eq!(json["version"]["number"], "2.1");
    assert_eq!(json["version"]["status"], "current");
    let context = &json["contexts"][0];
    assert_eq!(
        context["labels"]
            .as_object()
            .map(|o| o.keys().cloned().collect::<Vec<_>>()),
        Some(vec!["fi".to_string()])
    );
    let retention = &context["retention"][0];
    assert_eq!(retention["period"], "P24M");
    assert_eq!(retention["after"]["code"], "end-of-relationship");
    assert_eq!(
        retention["after"]["labels"]["fi"],
        "asiakassuhteen päättymisen jälkeen"
    );
    assert_eq!(json["prose"].as_object().map(|o| o.len()), Some(1));
    assert_eq!(
        json["urls"]["sv"],
        "https://personvern.nordlys.example/sv/integritetspolicy-affarskontakter/2.1/"
    );
    let old: serde_json::Value =
        serde_json::from_str(&t.read("public/fi/tietosuojaseloste-yhteyshenkilot/2.0/notice.json"))
            .expect("json");
    assert_eq!(old["version"]["status"], "superseded");
    assert_eq!(old["version"]["in_force_until"], "2024-02-26");
}

#[test]
fn serve_outside_a_site_says_where_to_run_it() {
    let t = SiteTest::init();
    std::fs::remove_dir_all(t.path("content")).expect("remove content");
    let out = t.run(&["serve", "--port", "0"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("has no content/ folder"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_waiver_is_shown_on_the_page_and_in_the_json() {
    let t = SiteTest::init();
    let facts = "content/notices/customers/1.0/facts.toml";
    t.edit(facts, "requirement = \"contractual\"\n", "");
    t.edit(
        facts,
        "automated_decisions = { art22 = false, profiling = false }",
        "automated_decisions = { art22 = false, profiling = false }\nwaivers = [ { rule = \"R15\", ground = \"art13-4\", reason = \"customers-informed\" } ]",
    );
    let reasons = [
        (
            "nb",
            "Kundene får denne informasjonen i bestillingsskjemaet.",
        ),
        (
            "sv",
            "Kunderna får denna information i beställningsformuläret.",
        ),
        (
            "da",
            "Kunderne får disse oplysninger i bestillingsformularen.",
        ),
        ("fi", "Asiakkaat saavat nämä tiedot tilauslomakkeessa."),
    ];
    for (lang, reason) in reasons {
        let file = format!("content/notices/customers/1.0/{lang}.md");
        let text = t.read(&file);
        let start = text.find("[consequences]").expect("consequences");
        let end = text[start..]
            .find("\n\n")
            .map(|i| start + i)
            .expect("end of table");
        let text = format!("{}{}", &text[..start], &text[end + 2..]);
        let text = text.replacen(
            "[labels]\n",
            &format!("[labels]\ncustomers-informed = \"{reason}\"\n"),
            1,
        );
        t.write(&file, &text);
    }
    // Without the waiver this would fail R15; with it the check is clean.
    let check = t.run(&["check"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    t.build_ok();
    for (lang, slug, reason) in [
        ("nb", "personvern-kunder", reasons[0].1),
        ("fi", "tietosuojaseloste-asiakkaat", reasons[3].1),
    ] {
        let page = text(&t.html(&format!("{lang}/{slug}/index.html")));
        assert!(
            page.contains(reason),
            "{lang}: the waiver's reason is on the page"
        );
        let json: serde_json::Value =
            serde_json::from_str(&t.read(&format!("public/{lang}/{slug}/notice.json")))
                .expect("json");
        let w = json["contexts"]
            .as_array()
            .expect("contexts")
            .iter()
            .find_map(|c| c["waivers"].get(0))
            .expect("a waiver");
        assert_eq!(w["rule"], "R15");
        assert_eq!(w["ground"]["code"], "art13-4");
        assert!(
            w["ground"]["labels"][lang]
                .as_str()
                .is_some_and(|t| !t.is_empty())
        );
        assert_eq!(w["reason"][lang], reason);
        assert_eq!(
            w["ground"]["dpv"],
            "https://w3id.org/dpv/legal/eu/gdpr#JustificationA13EntityAlreadyInformed"
        );
    }
}

#[test]
fn the_rights_contact_is_a_mail_link_in_the_translated_sentence() {
    let t = SiteTest::init();
    t.build_ok();
    let doc = t.html("sv/integritetspolicy-kunder/index.html");
    let link = doc
        .select(&sel(".rights-contact a[href='mailto:dpo@example.com']"))
        .next()
        .expect("a mailto link to the DPO");
    assert_eq!(link.text().collect::<String>(), "dpo@example.com");
}

#[test]
fn a_theme_that_does_not_exist_is_reported() {
    let t = SiteTest::init();
    t.edit(
        "content/site.toml",
        "default_language = \"nb\"",
        "default_language = \"nb\"\ntheme = \"corporate\"",
    );
    let out = t.build();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("the theme `corporate` does not exist") && err.contains("themes/corporate/"),
        "{err}"
    );
    assert!(!t.out("index.html").exists());
    // A site theme of its own overrides the built-in templates it provides, and only those.
    t.write(
        "themes/corporate/index.html",
        "{% extends \"base.html\" %}{% block content %}<h1>Corporate</h1>{% endblock content %}",
    );
    t.build_ok();
    assert!(t.read("public/index.html").contains("<h1>Corporate</h1>"));
    assert!(t.out("nb/personvern-kunder/index.html").is_file());
}

#[test]
fn the_output_folder_can_be_chosen() {
    let t = SiteTest::init();
    let out_dir = t.root.join("elsewhere/site");
    let out = t.run(&["build", "--out", out_dir.to_str().expect("utf-8 path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        out_dir
            .join("fi/tietosuojaseloste-asiakkaat/1.0/notice.json")
            .is_file()
    );
    assert!(
        !t.out("index.html").exists(),
        "nothing in the default folder"
    );
}

#[test]
fn the_site_itself_is_never_the_output_folder() {
    let t = SiteTest::init();
    for out in [".", "content", "..", "content/public", "themes/default/x"] {
        let target = t.root.join(out);
        let run = t.run(&["build", "--out", target.to_str().expect("utf-8 path")]);
        assert_eq!(run.status.code(), Some(2), "--out {out}: {}", stderr(&run));
        assert!(
            stderr(&run).contains("choose another"),
            "--out {out}: {}",
            stderr(&run)
        );
        assert!(
            t.path("content/site.toml").is_file(),
            "--out {out} must not touch the source"
        );
        assert!(t.path("content/notices/customers/1.0/facts.toml").is_file());
    }
}

#[test]
fn text_that_holds_the_renderers_stand_ins_is_printed_as_written() {
    // The version in force is rendered once for its two addresses, with stand-ins for the way
    // back to the root and the version folder; a text holding those words must not be changed.
    let t = SiteTest::example();
    let _ = std::fs::remove_file(t.path("content/disclose.lock"));
    let sv = "content/notices/website-visitors/1.0/sv.md";
    let text = t.read(sv);
    let body = text.rfind("+++\n").expect("front matter end") + 4;
    let words = "Ord: disclose-root-mark-5f1c7a/ och disclose-version-mark-5f1c7a/.";
    t.write(
        sv,
        &format!("{}{words}\n\n{}", &text[..body], &text[body..]),
    );
    t.build_ok();
    for (page, root) in [
        ("sv/integritetspolicy-webbplats/index.html", "../../"),
        ("sv/integritetspolicy-webbplats/1.0/index.html", "../../../"),
    ] {
        let html = t.read(&format!("public/{page}"));
        assert!(html.contains(words), "{page}");
        assert!(
            html.contains(&format!("href=\"{root}assets/style.css\"")),
            "{page}"
        );
    }
    // Another notice's pages, rendered once for both addresses, have their own roots.
    let main = t.read("public/sv/integritetspolicy-affarskontakter/index.html");
    assert!(main.contains("href=\"../../assets/style.css\""));
    assert!(!main.contains("disclose-root-mark") && !main.contains("disclose-version-mark"));
    let own = t.read("public/sv/integritetspolicy-affarskontakter/2.1/index.html");
    assert!(own.contains("href=\"../../../assets/style.css\""));
    assert!(own.contains(
        "<link rel=\"canonical\" href=\"https://personvern.nordlys.example/sv/integritetspolicy-affarskontakter/2.1/\">"
    ));
    assert!(main.contains(
        "<link rel=\"canonical\" href=\"https://personvern.nordlys.example/sv/integritetspolicy-affarskontakter/\">"
    ));
}

#[test]
fn data_has_absolute_links_and_notice_json_is_one_file_at_both_addresses() {
    let t = SiteTest::example();
    t.build_ok();
    let main = "public/da/privatlivspolitik-forretningskontakter/notice.json";
    let own = "public/da/privatlivspolitik-forretningskontakter/2.1/notice.json";
    let text = t.read(main);
    assert_eq!(text, t.read(own));
    assert!(
        text.contains("\"markdown\"") && !text.contains("\"html\""),
        "a page's data has the prose's Markdown, and leaves its HTML to the page beside it"
    );
    let text = t.read("public/api/business-contacts/2.1.json");
    assert!(
        text.contains(
            "href=\\\"https://personvern.nordlys.example/da/privatlivspolitik-websted/\\\""
        ),
        "a link in the prose is absolute"
    );
    assert!(
        !text.contains("href=\\\"../"),
        "no relative link in the data"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let ino = |p: &str| std::fs::metadata(t.path(p)).expect("metadata").ino();
        assert_eq!(
            ino(main),
            ino(own),
            "written once, linked at the other address"
        );
    }
    // A superseded version's data has absolute links too.
    let old = t.read("public/da/privatlivspolitik-forretningskontakter/2.0/notice.json");
    assert!(!old.contains("href=\\\"../"));
}

#[test]
fn a_recipients_kind_is_not_repeated_after_a_label_that_says_it() {
    let t = SiteTest::init();
    let facts = "content/notices/customers/1.0/facts.toml";
    t.edit(
        facts,
        "recipients = [\"it-service-providers\", \"payment-service-providers\"]",
        "recipients = [\"it-service-providers\", \"authorities-on-request\", \"crm-vendor\"]",
    );
    t.edit(
        facts,
        "[[laws]]",
        "[[recipients]]\nid = \"authorities-on-request\"\nkind = \"public-authorities\"\n\n[[recipients]]\nid = \"crm-vendor\"\nkind = \"it-service-providers\"\n\n[[laws]]",
    );
    let labels = [
        (
            "nb",
            "Offentlige myndigheter, på forespørsel",
            "Leverandør av kundesystem",
        ),
        (
            "sv",
            "Offentliga myndigheter, på begäran",
            "Leverantör av kundsystem",
        ),
        (
            "da",
            "Offentlige myndigheder, på forlangende",
            "Leverandør af kundesystem",
        ),
        (
            "fi",
            "Viranomaiset, pyynnöstä",
            "Asiakasjärjestelmän toimittaja",
        ),
    ];
    for (lang, authorities, crm) in labels {
        t.edit(
            &format!("content/notices/customers/1.0/{lang}.md"),
            "[labels]\n",
            &format!(
                "[labels]\nauthorities-on-request = \"{authorities}\"\ncrm-vendor = \"{crm}\"\n"
            ),
        );
    }
    t.build_ok();
    let items = sel("#recipients li");
    for (lang, authorities, crm) in labels {
        let slug = t
            .read(&format!("content/notices/customers/1.0/{lang}.md"))
            .lines()
            .find_map(|l| {
                l.strip_prefix("slug = \"")
                    .map(|s| s.trim_end_matches('"').to_string())
            })
            .expect("slug");
        let doc = t.html(&format!("{lang}/{slug}/index.html"));
        let texts: Vec<String> = doc
            .select(&items)
            .map(|li| {
                li.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        assert!(
            texts.iter().any(|x| x == authorities),
            "{lang}: the label alone, without its kind in brackets: {texts:?}"
        );
        assert!(
            texts.iter().any(|x| x.starts_with(crm) && x.ends_with(')')),
            "{lang}: a kind the label does not say is still given: {texts:?}"
        );
    }
}

#[test]
fn retention_bounds_and_the_law_that_sets_them_read_naturally_in_each_language() {
    let t = SiteTest::init();
    t.edit(
        "content/notices/customers/1.0/facts.toml",
        "{ period = \"P5Y\", after = \"end-of-financial-year\", purpose = \"bookkeeping\" },",
        "{ period = \"P5Y\", bound = \"at-least\", after = \"end-of-financial-year\", law = \"bookkeeping-act\", purpose = \"bookkeeping\" },\n  { period = \"P10Y\", bound = \"at-most\", after = \"end-of-financial-year\", purpose = \"bookkeeping\" },",
    );
    t.build_ok();
    let expected = [
        (
            "nb",
            "personvern-kunder",
            "minst 5 år etter utløpet av regnskapsåret (i henhold til bokføringsloven)",
            "høyst 10 år etter utløpet av regnskapsåret",
        ),
        (
            "sv",
            "integritetspolicy-kunder",
            "minst 5 år efter räkenskapsårets slut (enligt den norska bokföringslagen (bokføringsloven))",
            "högst 10 år efter räkenskapsårets slut",
        ),
        (
            "da",
            "privatlivspolitik-kunder",
            "mindst 5 år efter regnskabsårets udløb (i henhold til den norske bogføringslov (bokføringsloven))",
            "højst 10 år efter regnskabsårets udløb",
        ),
        (
            "fi",
            "tietosuojaseloste-asiakkaat",
            "vähintään 5 vuotta tilikauden päättymisen jälkeen (Norjan kirjanpitolaki (bokføringsloven))",
            "enintään 10 vuotta tilikauden päättymisen jälkeen",
        ),
    ];
    let cells = sel("td");
    for (lang, slug, lower, upper) in expected {
        let doc = t.html(&format!("{lang}/{slug}/index.html"));
        let texts: Vec<String> = doc
            .select(&cells)
            .map(|td| {
                td.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        for words in [lower, upper] {
            assert!(
                texts.iter().any(|x| x == words),
                "{lang}: no cell says {words:?}: {texts:?}"
            );
        }
    }
    let data: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(t.out("api/customers/1.0.json")).expect("data"),
    )
    .expect("json");
    let retention = &data["contexts"][0]["retention"];
    assert_eq!(retention[1]["bound"], "at-least");
    assert_eq!(retention[1]["law"]["id"], "bookkeeping-act");
    assert_eq!(retention[2]["bound"], "at-most");
    assert!(retention[0]["bound"].is_null());
}

#[test]
fn processing_on_behalf_of_another_controller_says_so_in_each_language() {
    let t = SiteTest::init();
    let facts = "content/notices/customers/1.0/facts.toml";
    let text = t.read(facts)
        + "\n[[contexts]]\nid = \"invoicing\"\nrole = \"processor\"\non_behalf_of = \"our-clients\"\nprocessors = [\"eksempel\"]\ncategories = [\"name\", \"financial\"]\n";
    t.write(facts, &text);
    let labels = [
        (
            "nb",
            "Fakturatjenester",
            "våre kunder",
            "som databehandler på vegne av våre kunder, som er behandlingsansvarlig",
        ),
        (
            "sv",
            "Faktureringstjänster",
            "våra kunder",
            "som personuppgiftsbiträde på uppdrag av våra kunder, som är personuppgiftsansvarig",
        ),
        (
            "da",
            "Faktureringstjenester",
            "vores kunder",
            "som databehandler på vegne af vores kunder, som er dataansvarlig",
        ),
        (
            "fi",
            "Laskutuspalvelut",
            "asiakkaamme",
            "Rekisterinpitäjä: asiakkaamme.",
        ),
    ];
    for (lang, name, clients, _) in labels {
        t.edit(
            &format!("content/notices/customers/1.0/{lang}.md"),
            "[labels]\n",
            &format!("[labels]\ninvoicing = \"{name}\"\nour-clients = \"{clients}\"\n"),
        );
    }
    t.build_ok();
    for (lang, name, _, words) in labels {
        let slug = t
            .read(&format!("content/notices/customers/1.0/{lang}.md"))
            .lines()
            .find_map(|l| {
                l.strip_prefix("slug = \"")
                    .map(|s| s.trim_end_matches('"').to_string())
            })
            .expect("slug");
        let doc = t.html(&format!("{lang}/{slug}/index.html"));
        let service = doc
            .select(&sel("#context-invoicing"))
            .next()
            .unwrap_or_else(|| panic!("{lang}: the service is shown"));
        let said = service.text().collect::<String>();
        assert!(
            said.contains(name) && said.contains(words),
            "{lang}: {said}"
        );
        assert!(
            said.contains("Eksempel AS"),
            "{lang}: the processor is named: {said}"
        );
        // It is not shown as the notice's own processing: no purposes table for it.
        assert!(
            doc.select(&sel("#cap-purposes-invoicing")).next().is_none(),
            "{lang}"
        );
    }
    let data: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(t.out("api/customers/1.0.json")).expect("data"),
    )
    .expect("json");
    assert_eq!(data["contexts"].as_array().map(Vec::len), Some(1));
    assert_eq!(data["processor_services"][0]["id"], "invoicing");
    assert_eq!(
        data["processor_services"][0]["on_behalf_of"]["nb"],
        "våre kunder"
    );
}
