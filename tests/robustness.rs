//! Bad input never panics: whatever is written in a source file, disclose answers with a
//! diagnostic and exit code 1 or 2, and writes nothing.

mod common;

use common::{SiteTest, stderr};

const FACTS: &str = "content/notices/customers/1.0/facts.toml";
const NB: &str = "content/notices/customers/1.0/nb.md";

fn assert_handled(t: &SiteTest, what: &str) {
    let out = t.build();
    let code = out.status.code();
    assert!(
        matches!(code, Some(1) | Some(2)),
        "{what}: exit {code:?}, expected 1 or 2\n{}",
        stderr(&out)
    );
    assert!(
        !stderr(&out).contains("panicked"),
        "{what}: {}",
        stderr(&out)
    );
    assert!(
        !t.out("index.html").exists(),
        "{what}: nothing may be written"
    );
}

/// `a = [[[[…` two thousand levels deep.
const DEEP: [u8; 2004] = {
    let mut b = [b'['; 2004];
    b[0] = b'a';
    b[1] = b' ';
    b[2] = b'=';
    b[3] = b' ';
    b
};

#[test]
fn garbage_in_facts_toml_is_diagnosed() {
    let cases: &[(&str, &[u8])] = &[
        ("an empty file", b""),
        ("binary bytes", &[0xff, 0xfe, 0x00, 0x9f, 0x92, 0x96]),
        ("a lone bracket", b"["),
        ("an unterminated string", b"[[controllers]]\nid = \"x"),
        ("deep nesting", &DEEP),
        (
            "a table where a list is expected",
            b"controllers = { id = \"x\" }",
        ),
        (
            "a number where text is expected",
            b"[[controllers]]\nid = 7",
        ),
        (
            "a date with a time",
            b"[version]\npublished = 2024-02-27T10:00:00Z",
        ),
        ("a context with nothing", b"[[contexts]]\nid = \"c\""),
    ];
    for (what, bytes) in cases {
        let t = SiteTest::init();
        std::fs::write(t.path(FACTS), bytes).expect("write");
        assert_handled(&t, what);
    }
}

#[test]
fn garbage_in_a_language_file_is_diagnosed() {
    let cases: &[(&str, &str)] = &[
        ("an empty file", ""),
        ("only an opening line", "+++"),
        ("a byte-order mark and nothing else", "\u{feff}"),
        ("front matter with a stray table", "+++\n[labels\n+++\n"),
        (
            "a heading with an unclosed id",
            "+++\ntitle = \"t\"\n+++\n## Heading {#\n",
        ),
        (
            "a heading id with capitals",
            "+++\ntitle = \"t\"\n+++\n## Heading {#Purposes}\n",
        ),
        (
            "a reserved section id",
            "+++\ntitle = \"t\"\n+++\n## Heading {#versions}\n",
        ),
        (
            "multibyte text around an error",
            "+++\ntitle = \"Ærøåäö\"\nslug = æ\n+++\n",
        ),
    ];
    for (what, text) in cases {
        let t = SiteTest::init();
        t.write(NB, text);
        assert_handled(&t, what);
    }
}

#[test]
fn garbage_in_site_toml_and_locales_is_diagnosed() {
    let t = SiteTest::init();
    t.write("content/site.toml", "languages = \"nb\"\n");
    assert_handled(&t, "languages as a string");
    let t = SiteTest::init();
    t.edit(
        "content/site.toml",
        "[\"nb\", \"sv\", \"da\", \"fi\"]",
        "[\"nb\", \"en\"]",
    );
    assert_handled(&t, "an unknown language");
    let t = SiteTest::init();
    t.write("locales/nb.ftl", "ui-yes = {\n");
    assert_handled(&t, "a broken locale override");
}
