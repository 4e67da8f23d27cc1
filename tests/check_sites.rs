//! The check on whole sites: the example site in content/ is clean, and deleting any one
//! required fact, label or language section from it fails the check at the right file and
//! line; the seed transcriptions report exactly their known gaps; `disclose rules` and
//! `disclose explain` print the registry.

mod common;

use common::SiteTest;
use common::check::Outcome;
use std::collections::BTreeSet;
use std::path::Path;

/// (code, file under content/notices/, line, the first `name` the message quotes).
type Finding = (String, String, u64, String);

fn findings(out: &Outcome) -> Vec<Finding> {
    let mut v: Vec<Finding> = out
        .diags
        .iter()
        .map(|d| {
            let subject = d.message.split('`').nth(1).unwrap_or("").to_string();
            let file = d.file.trim_start_matches("content/notices/").to_string();
            (d.code.clone(), file, d.line, subject)
        })
        .collect();
    v.sort();
    v
}

fn expect(list: &[(&str, &str, u64, &str)]) -> Vec<Finding> {
    let mut v: Vec<Finding> = list
        .iter()
        .map(|(c, f, l, s)| (c.to_string(), f.to_string(), *l, s.to_string()))
        .collect();
    v.sort();
    v
}

#[test]
fn the_example_site_checks_clean() {
    let out = SiteTest::example().check();
    out.assert_clean();
    assert!(out.warnings().is_empty(), "{:#?}", out.warnings());
}

// ---- the seeds ----------------------------------------------------------------------------

/// The Norwegian seed (private persons, 2024-06-03): see tests/fixtures/seeds/README.md,
/// section 3A. Not found by the facts: the Art. 10 gap (the context names a law for another
/// purpose, and a fact cannot say which purpose processes the criminal-offence data).
#[test]
fn the_norwegian_seed_has_exactly_its_known_gaps() {
    let out = SiteTest::fixture("seeds/nb").check();
    assert_eq!(out.code, 1);
    let pp = "private-persons/1.0/facts.toml";
    let nb = "private-persons/1.0/nb.md";
    let expected = expect(&[
        // 1. no postal address for the three controllers: best practice (W05), since each
        // gives its name and an e-mail address, which is what Art. 13(1)(a) requires
        ("W05", pp, 19, "intrum-as"),
        ("W05", pp, 26, "intrum-obligations"),
        ("W05", pp, 33, "intrum-capital"),
        // laws declared but tied to no purpose
        ("C13", pp, 50, "hvitvaskingsloven"),
        ("C13", pp, 53, "regnskapslovgivningen"),
        // 6. standard clauses without where to get a copy, to the US and unnamed countries
        ("R10", pp, 168, ""),
        ("R10", pp, 169, ""),
        // 2, 3. no law for the public task and the legal obligations
        ("C05", pp, 186, "collection-public-task"),
        ("C05", pp, 207, "legal-obligations"),
        // 7. consent to health data without where to withdraw it
        ("R13", pp, 200, "understand-situation"),
        // (section 3B) an Art. 9(2) condition and no Art. 6 basis for the health data
        ("R05", pp, 201, "understand-situation"),
        // 9. office visitors: neither requirement nor consequences, one finding;
        // 11. no automated-decision declaration
        ("R15", pp, 221, "office-visitors"),
        ("R17", pp, 221, "office-visitors"),
        ("R17", pp, 256, "customer-survey"),
        // 12, 13. office visitors: the notice says nothing of recipients or transfers
        ("R08", pp, 221, "office-visitors"),
        ("R09", pp, 221, "office-visitors"),
        // 8, 10. no consequences of not providing the data
        ("R15", nb, 1, "customer-survey"),
        ("R15", nb, 1, "debt-collection"),
        // 5. no legitimate interest for service improvement
        ("R06", nb, 60, "service-improvement"),
    ]);
    assert_eq!(findings(&out), expected);
}

/// The Swedish seed (business contacts 2.0 and 2.1): README section 3A, every gap.
#[test]
fn the_swedish_seed_has_exactly_its_known_gaps() {
    let out = SiteTest::fixture("seeds/sv").check();
    assert_eq!(out.code, 1);
    let f0 = "business-contacts/2.0/facts.toml";
    let s0 = "business-contacts/2.0/sv.md";
    let f1 = "business-contacts/2.1/facts.toml";
    let s1 = "business-contacts/2.1/sv.md";
    let expected = expect(&[
        // 2.0, gap 1: no postal address for the four controllers (best practice, W05)
        ("W05", f0, 15, "intrum-sverige"),
        ("W05", f0, 22, "intrum-finans"),
        ("W05", f0, 29, "intrum-invest"),
        ("W05", f0, 36, "intrum-delgivningsservice"),
        // 11. the survey's "andra källor": public or not is not said
        ("R16", f0, 56, "survey-other-sources"),
        // 9. neither requirement nor consequences for the business relation: one finding
        ("R15", f0, 126, "business-relation"),
        // 16. standard clauses to unnamed countries without where to get a copy
        ("R10", f0, 153, ""),
        // 2. no law for the legal obligations
        ("C05", f0, 182, "legal-obligations"),
        // 5-8. consent without where to withdraw it
        ("R13", f0, 188, "event-dietary-needs"),
        ("R13", f0, 266, "necessary-cookies"),
        ("R13", f0, 270, "presentation-function-cookies"),
        ("R13", f0, 274, "marketing-cookies"),
        // 13, 14. automated decisions not declared / no art22
        ("R17", f0, 196, "customer-survey"),
        ("R17", f0, 261, "website-visitors"),
        // 12. no retention for website visitors; 17. nothing said of transfers for them
        ("R11", f0, 247, "website-visitors"),
        ("R09", f0, 247, "website-visitors"),
        // 15. cookies with "några sekunder" as lifetime
        ("C14", f0, 319, "ga-gat"),
        ("C14", f0, 382, "pardot-lpv"),
        ("C14", f0, 499, "doubleclick-test-cookie"),
        // 3, 4. no legitimate interests stated
        ("R06", s0, 82, "expected-actions"),
        ("R06", s0, 82, "service-information"),
        // 10. no consequences of not providing the data
        ("R15", s0, 89, "customer-survey"),
        // "med jämna mellanrum läser denna integritetsskyddspolicy" (WP260 para 29)
        ("W01", s0, 400, ""),
        // the sections are numbered by hand ("## 1.1 Vem ansvarar …"): once per file
        ("W06", s0, 97, ""),
        // 2.1: the same gaps, less the website
        ("W05", f1, 15, "intrum-sverige"),
        ("W05", f1, 22, "intrum-finans"),
        ("W05", f1, 29, "intrum-invest"),
        ("W05", f1, 36, "intrum-delgivningsservice"),
        ("R16", f1, 56, "survey-other-sources"),
        ("R15", f1, 98, "business-relation"),
        ("R10", f1, 125, ""),
        ("C05", f1, 154, "legal-obligations"),
        ("R13", f1, 160, "event-dietary-needs"),
        ("R17", f1, 168, "customer-survey"),
        ("R15", s1, 1, "customer-survey"),
        ("R06", s1, 41, "expected-actions"),
        ("R06", s1, 41, "service-information"),
        ("W01", s1, 237, ""),
        // 2.1 replaces 2.0 without a change summary
        ("W02", s1, 1, ""),
        ("W06", s1, 53, ""),
    ]);
    assert_eq!(findings(&out), expected);
    let r10 = out.diags.iter().find(|d| d.code == "R10").expect("R10");
    assert_eq!(r10.article.as_deref(), Some("Art. 13(1)(f), 14(1)(f)"));
}

// ---- deleting one thing from the example site ---------------------------------------------

/// One deletion: empty `line` (1-based) of `file`; the check must fail with an error in
/// `file`, at `expect_line` when known.
#[derive(Debug, Clone)]
struct Mutation {
    file: String,
    line: usize,
    expect_line: Option<usize>,
}

fn key_of(line: &str) -> Option<&str> {
    let (k, v) = line.split_once('=')?;
    let k = k.trim();
    let v = v.trim();
    let complete =
        (v.starts_with('"') && v.ends_with('"') && v.len() > 1 && !v.starts_with("\"\"\""))
            || (v.starts_with('[') && v.ends_with(']'))
            || (v.starts_with('{') && v.ends_with('}'));
    (complete && !k.is_empty() && !k.contains(' ')).then_some(k)
}

/// The deletions of facts.toml that the format makes required.
fn facts_mutations(rel: &str, text: &str) -> Vec<Mutation> {
    let lines: Vec<&str> = text.lines().collect();
    // Split into tables: (header line index, header, first line, end line).
    let mut tables: Vec<(usize, &str)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim();
        if t.starts_with('[') && t.ends_with(']') && !t.contains('=') {
            tables.push((i, t));
        }
    }
    let mut out = Vec::new();
    for (n, (start, header)) in tables.iter().enumerate() {
        let end = tables.get(n + 1).map_or(lines.len(), |t| t.0);
        let body: Vec<(usize, &str)> = (start + 1..end).map(|i| (i, lines[i])).collect();
        let value = |key: &str| {
            body.iter()
                .find(|(_, l)| key_of(l) == Some(key))
                .map(|(_, l)| l.split_once('=').map_or("", |x| x.1).trim())
        };
        let id_line = body
            .iter()
            .find(|(_, l)| key_of(l) == Some("id"))
            .map(|(i, _)| i + 1);
        let collection = value("collection").unwrap_or("");
        let art14 = collection.contains("indirect") || collection.contains("both");
        let needs_law = value("legal_basis").is_some_and(|b| {
            [
                "art6-1-c", "art6-1-e", "art9-2-b", "art9-2-g", "art9-2-h", "art9-2-i", "art9-2-j",
            ]
            .iter()
            .any(|c| b.contains(c))
        });
        for (i, l) in &body {
            let Some(key) = key_of(l) else { continue };
            let required = match *header {
                // The legal name, and the country that decides R02; the organisation number,
                // address and e-mail are best practice (W05), and one contact detail is enough
                // for R01 (the example's controllers have several).
                "[[controllers]]" => ["name", "country"].contains(&key),
                "[dpo]" => key == "email",
                "[[contexts]]" => {
                    [
                        "collection",
                        "controllers",
                        "categories",
                        "authorities",
                        "requirement",
                        "retention",
                        "automated_decisions",
                        // Silence is not "none": `recipients = []`, `transfers = []`.
                        "recipients",
                        "transfers",
                    ]
                    .contains(&key)
                        || (key == "sources" && art14)
                }
                "[[contexts.purposes]]" => {
                    key == "legal_basis" || key == "withdraw" || (key == "law" && needs_law)
                }
                _ => false,
            };
            if required {
                let expect_line = if *header == "[dpo]" {
                    Some(start + 1)
                } else {
                    id_line
                };
                out.push(Mutation {
                    file: rel.to_string(),
                    line: i + 1,
                    expect_line,
                });
            }
        }
    }
    out
}

/// The deletions of a language file: title, slug, every entry of [labels],
/// [legitimate_interests], [consequences], [automated_decisions.*] and [changes], and every
/// `##` heading whose id all languages of the version share.
fn lang_mutations(rel: &str, text: &str, shared_sections: &BTreeSet<String>) -> Vec<Mutation> {
    let mut out = Vec::new();
    let mut in_front = false;
    let mut table: Option<usize> = None;
    for (i, l) in text.lines().enumerate() {
        let t = l.trim();
        if t == "+++" {
            in_front = !in_front && i == 0;
            continue;
        }
        if in_front {
            if t.starts_with('[') && t.ends_with(']') {
                table = Some(i + 1);
                continue;
            }
            let Some(key) = key_of(t) else { continue };
            match table {
                None if key == "title" || key == "slug" => out.push(Mutation {
                    file: rel.to_string(),
                    line: i + 1,
                    expect_line: Some(1),
                }),
                None => {}
                Some(h) => out.push(Mutation {
                    file: rel.to_string(),
                    line: i + 1,
                    expect_line: Some(h),
                }),
            }
        } else if let Some(id) = section_id(t)
            && shared_sections.contains(id)
        {
            out.push(Mutation {
                file: rel.to_string(),
                line: i + 1,
                expect_line: None,
            });
        }
    }
    out
}

fn section_id(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("## ")?;
    let open = rest.rfind("{#")?;
    rest[open + 2..].strip_suffix('}')
}

fn all_mutations(root: &Path) -> Vec<Mutation> {
    let mut out = Vec::new();
    let notices = root.join("content/notices");
    let mut versions: Vec<_> = walkdir::WalkDir::new(&notices)
        .min_depth(2)
        .max_depth(2)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_dir())
        .map(|e| e.into_path())
        .collect();
    versions.sort();
    for v in versions {
        let rel = |p: &Path| {
            p.strip_prefix(root)
                .expect("inside")
                .display()
                .to_string()
                .replace('\\', "/")
        };
        let facts = v.join("facts.toml");
        out.extend(facts_mutations(
            &rel(&facts),
            &std::fs::read_to_string(&facts).expect("facts"),
        ));
        let mut langs: Vec<_> = std::fs::read_dir(&v)
            .expect("dir")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect();
        langs.sort();
        let texts: Vec<String> = langs
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("md"))
            .collect();
        let ids = |t: &str| -> BTreeSet<String> {
            t.lines()
                .filter_map(|l| section_id(l.trim()))
                .map(String::from)
                .collect()
        };
        let mut shared = texts.first().map(|t| ids(t)).unwrap_or_default();
        for t in &texts[1..] {
            let other = ids(t);
            shared.retain(|x| other.contains(x));
        }
        if texts.len() < 2 {
            shared.clear();
        }
        for (p, t) in langs.iter().zip(&texts) {
            out.extend(lang_mutations(&rel(p), t, &shared));
        }
    }
    out
}

/// Run one deletion on a site copy, then restore the file. Returns a failure description.
fn try_mutation(site: &SiteTest, m: &Mutation) -> Option<String> {
    let path = site.root.join(&m.file);
    let original = std::fs::read_to_string(&path).expect("read");
    let mutated: Vec<&str> = original
        .split('\n')
        .enumerate()
        .map(|(i, l)| if i + 1 == m.line { "" } else { l })
        .collect();
    std::fs::write(&path, mutated.join("\n")).expect("write");
    // In-process, for speed: the same load and check as `disclose check`.
    let errors: Result<Vec<(String, String, u64)>, String> = match disclose::load(&site.root) {
        Err(report) => Err(format!("{report}")),
        Ok(loaded) => Ok(disclose::check(&loaded)
            .items
            .iter()
            // A version no longer in force is history: its findings are warnings, said so.
            .filter(|d| d.is_error() || d.message.contains("no longer in force"))
            .map(|d| {
                let p = d.position(&loaded.files);
                (
                    d.code.clone(),
                    p.as_ref().map_or(String::new(), |p| p.path.clone()),
                    p.map_or(0, |p| p.line as u64),
                )
            })
            .collect()),
    };
    std::fs::write(&path, &original).expect("restore");
    let removed = original
        .lines()
        .nth(m.line - 1)
        .unwrap_or("")
        .trim()
        .to_string();
    let errors = match errors {
        Err(load) => {
            return Some(format!(
                "{}:{} `{removed}`: a load error:\n{load}",
                m.file, m.line
            ));
        }
        Ok(e) if e.is_empty() => {
            return Some(format!(
                "{}:{} `{removed}`: the check stays clean",
                m.file, m.line
            ));
        }
        Ok(e) => e,
    };
    let hit = errors
        .iter()
        .any(|(_, file, line)| *file == m.file && m.expect_line.is_none_or(|l| *line == l as u64));
    if hit {
        None
    } else {
        Some(format!(
            "{}:{} `{removed}`: no error at {}:{:?}; got {errors:?}",
            m.file, m.line, m.file, m.expect_line
        ))
    }
}

#[test]
fn deleting_any_required_fact_label_or_section_of_the_example_fails_at_its_place() {
    let source = SiteTest::example();
    let mutations = all_mutations(&source.root);
    assert!(
        mutations.len() > 100,
        "found only {} deletions",
        mutations.len()
    );
    eprintln!("{} deletions from the example site", mutations.len());
    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(4);
    let chunks: Vec<Vec<Mutation>> = (0..threads)
        .map(|t| mutations.iter().skip(t).step_by(threads).cloned().collect())
        .collect();
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .iter()
            .map(|chunk| {
                scope.spawn(move || {
                    let site = SiteTest::example();
                    site.check().assert_clean();
                    chunk
                        .iter()
                        .filter_map(|m| try_mutation(&site, m))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("thread"))
            .collect()
    });
    assert!(
        failures.is_empty(),
        "{} of {} deletions were not caught:\n{}",
        failures.len(),
        mutations.len(),
        failures.join("\n")
    );
}

// ---- rules and explain --------------------------------------------------------------------

#[test]
fn rules_lists_every_rule_with_its_article() {
    let out = SiteTest::pass().run(&["rules"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    for r in disclose::rules::registry() {
        let line = text
            .lines()
            .find(|l| l.split_whitespace().next() == Some(r.id))
            .unwrap_or_else(|| panic!("{} not listed:\n{text}", r.id));
        assert!(
            line.contains(r.articles) && line.contains(r.summary),
            "{line}"
        );
    }
    let ids: Vec<&str> = text
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for id in ["R01", "R12", "R12a", "R18", "T01", "C01", "W01"] {
        assert!(ids.contains(&id), "{id}");
    }
}

#[test]
fn explain_prints_the_explanation_and_a_fixing_example() {
    let s = SiteTest::pass();
    let out = s.run(&["explain", "r10"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.starts_with("R10 — where to obtain a copy"), "{text}");
    assert!(text.contains("GDPR Art. 13(1)(f), 14(1)(f)"), "{text}");
    assert!(
        text.contains("Condition: a transfer's `mechanism`"),
        "{text}"
    );
    assert!(
        text.contains(r#"mechanism = "art46-2-c", copy = "#),
        "{text}"
    );
    assert_eq!(s.run(&["explain", "R99"]).status.code(), Some(2));
}
