//! `disclose new`: an outline that `check` turns into a list of what to fill in, a copy of
//! another notice, and leftover labels reported once per file.

mod common;

use common::{SiteTest, stderr};
use serde_json::Value;
use std::collections::BTreeMap;

type R = Result<(), Box<dyn std::error::Error>>;

const LANGS: [&str; 4] = ["nb", "sv", "da", "fi"];

/// A diagnostic's code, message and language.
type Found = (String, String, String);

/// (code, message, language) of every diagnostic `check --format json` gives for files of
/// `notice`, and how many it gives for other files.
fn diagnostics(
    t: &SiteTest,
    notice: &str,
) -> Result<(Vec<Found>, usize), Box<dyn std::error::Error>> {
    let out = t.run(&["check", "--format", "json"]);
    let doc: Value = serde_json::from_slice(&out.stdout)?;
    let prefix = format!("content/notices/{notice}/");
    let mut mine = Vec::new();
    let mut other = 0;
    for d in doc["diagnostics"].as_array().ok_or("no diagnostics")? {
        let s = |k: &str| d[k].as_str().unwrap_or("").to_string();
        if s("file").starts_with(&prefix) {
            mine.push((s("code"), s("message"), s("language")));
        } else {
            other += 1;
        }
    }
    Ok((mine, other))
}

#[test]
fn check_lists_each_thing_to_fill_in_once() -> R {
    let t = SiteTest::example();
    let out = t.run(&["new", "job-applicants"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let dir = "content/notices/job-applicants/1.0";
    assert!(t.read(&format!("{dir}/facts.toml")).contains("# name = "));
    for lang in LANGS {
        let text = t.read(&format!("{dir}/{lang}.md"));
        assert!(
            text.contains("{#purposes}") && text.contains("TODO"),
            "{lang}: {text}"
        );
    }
    let (found, other) = diagnostics(&t, "job-applicants")?;
    assert_eq!(other, 0, "the other notices are untouched");
    // No duplicates: each diagnostic is about one thing.
    let mut seen = found.clone();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), found.len(), "{found:#?}");
    let mut codes: BTreeMap<&str, usize> = BTreeMap::new();
    for (code, _, _) in &found {
        *codes.entry(code.as_str()).or_default() += 1;
    }
    // The facts: a controller's name, contact and country, the DPO, how the data are
    // collected, which data, who receives them, transfers, retention, the authority, automated
    // decisions and the purpose's legal basis; in each language a title, a slug and a label
    // for the context and the purpose; and the best-practice warning about the controller.
    let n = LANGS.len();
    let expected: BTreeMap<&str, usize> = [
        ("C01", 1),
        ("C12", 1),
        ("R01", 2),
        ("R02", 1),
        ("R03", 1),
        ("R05", 1),
        ("R08", 1),
        ("R09", 1),
        ("R11", 1),
        ("R14", 1),
        ("R17", 1),
        ("T01", 2 * n),
        ("T04", 2 * n),
        ("W05", 1),
    ]
    .into_iter()
    .collect();
    assert_eq!(codes, expected, "{found:#?}");
    let check = t.run(&["check"]);
    assert_eq!(check.status.code(), Some(1));
    Ok(())
}

#[test]
fn an_existing_or_invalid_id_is_refused() -> R {
    let t = SiteTest::example();
    let out = t.run(&["new", "business-contacts"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("there is a notice `business-contacts` already"),
        "{}",
        stderr(&out)
    );
    let out = t.run(&["new", "Job Applicants"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("cannot be a notice's id") && err.contains("job-applicants"),
        "{err}"
    );
    assert!(!t.path("content/notices/Job Applicants").exists());
    Ok(())
}

#[test]
fn from_copies_the_newest_version_as_a_draft_with_its_own_address_to_give() -> R {
    let t = SiteTest::example();
    let out = t.run(&["new", "suppliers", "--from", "business-contacts"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let facts = t.read("content/notices/suppliers/1.0/facts.toml");
    assert!(
        !facts.lines().any(|l| l.starts_with("published")),
        "{facts}"
    );
    let (found, _) = diagnostics(&t, "suppliers")?;
    // What is left to do: a slug of its own in each language (the copy's would clash).
    let codes: Vec<&str> = found.iter().map(|(c, _, _)| c.as_str()).collect();
    assert_eq!(codes, vec!["T04"; LANGS.len()], "{found:#?}");
    Ok(())
}

#[test]
fn from_leaves_out_labels_the_copy_does_not_use() -> R {
    let t = SiteTest::example();
    let nb = "content/notices/private-persons/1.0/nb.md";
    t.edit(
        nb,
        "[labels]\n",
        "[labels]\nold-one = \"Gammel\"\nold-two = \"Gammel\"\n",
    );
    let out = t.run(&["new", "members", "--from", "private-persons"]);
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("old-one, old-two"), "{err}");
    let copy = t.read("content/notices/members/1.0/nb.md");
    assert!(
        !copy.contains("old-one") && !copy.contains("old-two"),
        "{copy}"
    );
    Ok(())
}

/// Leftover labels, however many, are one diagnostic per file, listing them.
#[test]
fn leftover_labels_are_reported_once_per_file() -> R {
    let t = SiteTest::example();
    let nb = "content/notices/private-persons/1.0/nb.md";
    t.edit(
        nb,
        "[labels]\n",
        "[labels]\nold-one = \"a\"\nold-two = \"b\"\nold-three = \"c\"\n",
    );
    let (found, _) = diagnostics(&t, "private-persons")?;
    let t02: Vec<_> = found.iter().filter(|(c, _, _)| c == "T02").collect();
    assert_eq!(t02.len(), 1, "{found:#?}");
    let (_, message, lang) = t02[0];
    assert_eq!(lang, "nb");
    assert!(message.starts_with("3 labels name no id"), "{message}");
    for k in ["old-one", "old-two", "old-three"] {
        assert!(message.contains(&format!("`{k}`")), "{message}");
    }
    Ok(())
}
