//! Finland's Swedish (sv-FI): a Finnish company's notice in fi and sv-FI names the supervisory
//! authority as that language does, uses Finland's terms, and is addressed as `sv-fi/` with
//! `lang="sv-FI"`; a Swedish company's sv page is not touched by any of it.

mod common;

use common::SiteTest;
use scraper::{Html, Selector};

const FACTS: &str = "content/notices/customers/1.0/facts.toml";

fn select(html: &Html, css: &str) -> Vec<String> {
    let sel = Selector::parse(css).expect("selector");
    html.select(&sel).map(|e| e.html()).collect()
}

fn main_of(t: &SiteTest, rel: &str) -> String {
    select(&t.html(rel), "main").join("")
}

#[test]
fn a_finnish_company_names_its_authority_in_fi_and_in_sv_fi() {
    let t = SiteTest::fixture("sv-fi");
    t.build_ok();

    let fi = t.read("public/fi/asiakkaat/index.html");
    assert!(fi.contains(r#"<html lang="fi">"#));
    assert!(fi.contains("Tietosuojavaltuutetun toimisto"), "{fi}");
    assert!(fi.contains("PL 800, 00531 Helsinki"));
    assert!(fi.contains(r#"href="https://tietosuoja.fi/""#));
    assert!(!fi.contains("Dataombudsmannens byrå"));
    assert!(!fi.contains("PB 800"));

    let sv = t.read("public/sv-fi/kunder/index.html");
    assert!(sv.contains(r#"<html lang="sv-FI">"#), "{sv}");
    assert!(sv.contains("Dataombudsmannens byrå"));
    assert!(sv.contains("PB 800, 00531 Helsingfors"));
    assert!(sv.contains(r#"href="https://tietosuoja.fi/sv""#));
    assert!(!sv.contains("Tietosuojavaltuutetun toimisto"));
    assert!(!sv.contains("PL 800"));
    assert!(sv.contains("+358 29 566 6700"));
}

#[test]
fn sv_fi_pages_use_finlands_terms() {
    let t = SiteTest::fixture("sv-fi");
    t.build_ok();
    let page = t.html("sv-fi/kunder/index.html");
    let headings = select(&page, "th[scope=col]").join("");
    assert!(headings.contains(">FO-nummer<"), "{headings}");
    let text = t.read("public/sv-fi/kunder/index.html");
    assert!(!text.contains("Organisationsnummer"));
    assert!(text.contains("Personbeteckning"));
    assert!(
        text.contains(
            "Befolkningsdatasystemet (Myndigheten för digitalisering och befolkningsdata)"
        )
    );
    // The population register is not a publicly accessible source (Art. 14(2)(f)); the data
    // subject is labelled neither way.
    let sources = select(&page, "ul.facts li").join("\n");
    assert!(sources.contains("Befolkningsdatasystemet"), "{sources}");
    assert!(
        sources.contains("Inte allmänt tillgänglig källa"),
        "{sources}"
    );
    let subject = select(&page, "ul.facts li")
        .into_iter()
        .find(|li| li.contains("Dig själv"))
        .expect("the data subject is a source");
    assert!(!subject.contains("källa"), "{subject}");
    // Dates in sv-FI, plurals as in sv.
    assert!(text.contains("mars 2025"), "{text}");
    assert!(text.contains("1 månad "), "{text}");

    let fi = t.html("fi/asiakkaat/index.html");
    let headings = select(&fi, "th[scope=col]").join("");
    assert!(headings.contains(">Yritystunnus<"), "{headings}");
}

#[test]
fn sv_fi_is_named_addressed_and_listed_as_a_language_of_its_own() {
    let t = SiteTest::fixture("sv-fi");
    t.build_ok();
    let fi = t.read("public/fi/asiakkaat/index.html");
    assert!(
        fi.contains(
            r#"<link rel="alternate" hreflang="sv-FI" href="https://tietosuoja.oy.example/sv-fi/kunder/">"#
        ),
        "{fi}"
    );
    assert!(
        fi.contains(r#"lang="sv-FI" hreflang="sv-FI">Svenska (Finland)</a>"#),
        "{fi}"
    );
    let sitemap = t.read("public/sitemap.xml");
    assert!(
        sitemap.contains(r#"hreflang="sv-FI" href="https://tietosuoja.oy.example/sv-fi/kunder/""#),
        "{sitemap}"
    );
    assert!(t.out("sv-fi/index.html").is_file());
    assert!(t.out("sv-fi/feed.xml").is_file());
    assert!(t.out("sv-fi/kunder/notice.json").is_file());
    let index = t.read("public/api/index.json");
    assert!(index.contains("\"sv-FI\""), "{index}");
}

/// The fixture edited into a Swedish company's notice in sv alone.
fn swedish(languages: &str) -> SiteTest {
    let t = SiteTest::fixture("sv-fi");
    t.edit(
        "content/site.toml",
        r#"languages = ["fi", "sv-FI"]"#,
        languages,
    );
    t.edit(
        "content/site.toml",
        r#"fi = "Tietosuoja – Esimerkki Oy""#,
        r#"sv = "Dataskydd – Exempel AB""#,
    );
    let text = t.read("content/notices/customers/1.0/sv-FI.md");
    t.write("content/notices/customers/1.0/sv.md", &text);
    t.remove("content/notices/customers/1.0/fi.md");
    t.edit(
        FACTS,
        r#"org_number = "1234567-1""#,
        r#"org_number = "556000-0001""#,
    );
    t.edit(FACTS, r#"country = "FI""#, r#"country = "SE""#);
    t.edit(FACTS, r#"authorities = ["FI"]"#, r#"authorities = ["SE"]"#);
    t
}

#[test]
fn a_swedish_companys_sv_page_is_unchanged() {
    let t = swedish(r#"languages = ["sv"]"#);
    t.remove("content/notices/customers/1.0/sv-FI.md");
    t.edit(
        "content/site.toml",
        r#"sv-FI = "Dataskydd – Exempel Ab""#,
        "",
    );
    t.build_ok();
    let sv = t.read("public/sv/kunder/index.html");
    assert!(sv.contains(r#"<html lang="sv">"#));
    assert!(sv.contains("Integritetsskyddsmyndigheten (IMY)"));
    assert!(sv.contains("Box 8114, 104 20 Stockholm"));
    assert!(sv.contains(r#"href="https://www.imy.se/""#));
    assert!(
        !sv.contains("+46 8"),
        "IMY's phone is not confirmed on its own pages"
    );
    assert!(sv.contains("Folkbokföringen"));
    assert!(sv.contains("Personnummer"));
    for finnish in [
        "FO-nummer",
        "Personbeteckning",
        "Befolkningsdatasystemet",
        "Svenska (Finland)",
        "sv-fi/",
    ] {
        assert!(!sv.contains(finnish), "{finnish} on a page for Sweden");
    }
    let headings = select(&t.html("sv/kunder/index.html"), "th[scope=col]").join("");
    assert!(headings.contains(">Organisationsnummer<"), "{headings}");

    // Publishing sv-FI beside sv leaves the sv notice as it was: only the switcher and the
    // alternates (outside <main>) gain the new language.
    let both = swedish(r#"languages = ["sv", "sv-FI"]"#);
    both.build_ok();
    assert_eq!(
        main_of(&t, "sv/kunder/index.html"),
        main_of(&both, "sv/kunder/index.html")
    );
    let fi_sv = both.read("public/sv-fi/kunder/index.html");
    assert!(fi_sv.contains("Integritetsskyddsmyndigheten (IMY)"));
    assert!(fi_sv.contains("Box 8114, 104 20 Stockholm, Sverige"));
}
