//! The build report: its counts against the example site's files, its plurals, `--quiet`,
//! `--format json`, and what it says after a failure.

mod common;

use common::{SiteTest, stderr};
use serde_json::Value;
use std::fs;
use std::path::Path;

type R = Result<(), Box<dyn std::error::Error>>;

/// What the example site's source says: notices, published versions and drafts.
struct Source {
    notices: usize,
    published: usize,
    drafts: Vec<String>,
}

fn source(root: &Path) -> Result<Source, Box<dyn std::error::Error>> {
    let mut s = Source {
        notices: 0,
        published: 0,
        drafts: Vec::new(),
    };
    for notice in fs::read_dir(root.join("content/notices"))? {
        let notice = notice?;
        if !notice.file_type()?.is_dir() {
            continue;
        }
        s.notices += 1;
        for version in fs::read_dir(notice.path())? {
            let version = version?;
            let facts = fs::read_to_string(version.path().join("facts.toml"))?;
            if facts
                .lines()
                .any(|l| l.trim_start().starts_with("published"))
            {
                s.published += 1;
            } else {
                s.drafts.push(format!(
                    "{} {}",
                    notice.file_name().to_string_lossy(),
                    version.file_name().to_string_lossy()
                ));
            }
        }
    }
    Ok(s)
}

/// Files under `dir` whose name ends with `ext` ("" for all).
fn files(dir: &Path, ext: &str) -> usize {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| e.file_name().to_string_lossy().ends_with(ext))
        .count()
}

fn json(out: &std::process::Output) -> Result<Value, Box<dyn std::error::Error>> {
    Ok(serde_json::from_slice(&out.stdout)?)
}

fn num(v: &Value, key: &str) -> Result<usize, String> {
    v[key]
        .as_u64()
        .map(|n| n as usize)
        .ok_or_else(|| format!("no number `{key}` in {v}"))
}

#[test]
fn the_json_report_counts_what_the_example_site_has() -> R {
    let t = SiteTest::example();
    let src = source(&t.root)?;
    let warnings = num(&json(&t.run(&["check", "--format", "json"]))?, "warnings")?;
    let out = t.run(&["build", "--format", "json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = json(&out)?;
    let b = &doc["build"];
    assert_eq!(b["built"], Value::Bool(true), "{b}");
    assert_eq!(num(b, "notices")?, src.notices);
    assert_eq!(num(b, "versions")?, src.published);
    let drafts: Vec<String> = b["drafts"]
        .as_array()
        .ok_or("no drafts")?
        .iter()
        .map(|d| {
            format!(
                "{} {}",
                d["notice"].as_str().unwrap_or(""),
                d["version"].as_str().unwrap_or("")
            )
        })
        .collect();
    let mut expected = src.drafts.clone();
    expected.sort();
    assert_eq!(drafts, expected);
    assert_eq!(num(b, "warnings")?, warnings);
    assert_eq!(num(&doc, "warnings")?, warnings);
    assert_eq!(num(b, "errors")?, 0);
    let public = t.root.join("public");
    assert_eq!(b["out"].as_str(), Some(public.to_string_lossy().as_ref()));
    assert_eq!(num(b, "pages")?, files(&public, ".html"));
    assert_eq!(
        num(b, "data_files")?,
        files(&public, ".json") + files(&public, ".jsonld")
    );
    let site: toml::Value = toml::from_str(&fs::read_to_string(t.root.join("content/site.toml"))?)?;
    let site_langs: Vec<&str> = site["languages"]
        .as_array()
        .ok_or("no languages in site.toml")?
        .iter()
        .filter_map(|l| l.as_str())
        .collect();
    let langs = b["languages"].as_array().ok_or("no languages")?;
    let codes: Vec<&str> = langs.iter().filter_map(|l| l["lang"].as_str()).collect();
    assert_eq!(codes, site_langs);
    for l in langs {
        let dir = public.join(l["dir"].as_str().ok_or("no dir")?);
        assert_eq!(num(l, "pages")?, files(&dir, ".html"), "{l}");
        assert_eq!(num(l, "files")?, files(&dir, ""), "{l}");
    }
    let f = &b["files"];
    // The first build writes every file of the output (its marker aside).
    assert_eq!(
        num(f, "written")? + num(f, "unchanged")?,
        files(&public, "") - 1
    );
    assert!(b["seconds"].as_f64().is_some_and(|s| s >= 0.0));
    Ok(())
}

#[test]
fn the_human_report_has_a_table_per_language_and_the_site_s_counts() -> R {
    let t = SiteTest::example();
    let src = source(&t.root)?;
    let out = t.build();
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    for lang in ["NB", "SV", "DA", "FI"] {
        assert!(
            err.lines().any(|l| l.contains("|") && l.contains(lang)),
            "{err}"
        );
    }
    assert!(
        err.lines().any(|l| l.trim_start().starts_with("Pages")),
        "{err}"
    );
    let site_line = format!(
        "{} notices, {} versions published",
        src.notices, src.published
    );
    assert!(err.contains(&site_line), "{err}");
    let drafts = match src.drafts.len() {
        0 => None,
        1 => Some("1 draft not published".to_string()),
        n => Some(format!("{n} drafts not published")),
    };
    if let Some(d) = drafts {
        assert!(err.contains(&d), "{err}");
    }
    let public = t.root.join("public");
    assert!(err.contains(&public.display().to_string()), "{err}");
    assert!(
        err.lines()
            .any(|l| l.starts_with("built ") && (l.contains(" ms (") || l.contains(" s ("))),
        "{err}"
    );
    // The same build again writes nothing.
    let again = stderr(&t.build());
    assert!(again.contains("(0 files written"), "{again}");
    assert!(
        again.contains(&format!(
            "{} of {} notices unchanged",
            src.notices, src.notices
        )),
        "{again}"
    );
    Ok(())
}

#[test]
fn one_of_each_is_singular() -> R {
    let t = SiteTest::init();
    let out = t.build();
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("1 notice, 1 version published"), "{err}");
    assert!(
        !err.contains("1 notices") && !err.contains("1 versions"),
        "{err}"
    );
    let check = stderr(&t.run(&["check"]));
    assert!(check.contains("ok: 1 notice checked"), "{check}");
    Ok(())
}

#[test]
fn quiet_prints_no_report() -> R {
    let t = SiteTest::example();
    let out = t.run(&["build", "--quiet"]);
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(!err.contains("built ") && !err.contains("Pages"), "{err}");
    assert!(t.root.join("public/index.html").is_file());
    Ok(())
}

#[test]
fn a_failed_build_says_the_previous_site_is_unchanged() -> R {
    let t = SiteTest::init();
    t.build_ok();
    let before = t.output_bytes();
    t.edit(
        "content/notices/customers/1.0/facts.toml",
        "legal_basis = \"art6-1-b\"",
        "legal_basis = []",
    );
    let out = t.build();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("nothing was written; the previous site is unchanged"),
        "{err}"
    );
    assert_eq!(t.output_bytes(), before);
    let json = t.run(&["build", "--format", "json"]);
    let doc: Value = serde_json::from_slice(&json.stdout)?;
    assert_eq!(doc["build"]["built"], Value::Bool(false));
    assert_eq!(doc["build"]["previous_unchanged"], Value::Bool(true));
    assert!(num(&doc, "errors")? >= 1);
    Ok(())
}

#[test]
fn verbose_prints_each_stage_s_time() -> R {
    let t = SiteTest::init();
    let err = stderr(&t.run(&["build", "-v"]));
    for stage in ["open", "run", "emit", "build"] {
        assert!(
            err.lines()
                .any(|l| l.trim_start().starts_with(stage) && l.contains(" ms")),
            "{stage}: {err}"
        );
    }
    Ok(())
}
