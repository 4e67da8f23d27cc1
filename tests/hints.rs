//! What the check tells an author to write is itself valid: every code a hint suggests is one
//! of the vocabulary (or a placeholder such as `<code>` that asks the author to choose), and
//! every rule's `disclose explain` example satisfies its rule.
//!
//! The hints are collected from real findings: the seed transcriptions, and the passing
//! fixture with each of its facts removed in turn.

mod common;

use common::SiteTest;
use common::check::FACTS;
use disclose::vocab::Vocab;

/// The `help` of every diagnostic `disclose check` reports on a site.
fn helps(site: &SiteTest) -> Vec<String> {
    site.check().json["diagnostics"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|d| d["help"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The codes a key takes, where the key takes only codes of one list.
fn codes_of(key: &str) -> Option<Vec<&'static str>> {
    let vocab = match key {
        "legal_basis" => Vocab::LegalBasis,
        "mechanism" => Vocab::Mechanism,
        "after" => Vocab::Trigger,
        "authorities" => Vocab::Authority,
        "requirement" => Vocab::Requirement,
        "country" => Vocab::Country,
        "collection" => Vocab::Collection,
        "right" => Vocab::Right,
        "ground" => Vocab::WaiverGround,
        "party" => Vocab::CookieParty,
        "bound" => return Some(vec!["at-most", "at-least"]),
        "role" => return Some(vec!["controller", "processor"]),
        "act" => {
            return Some(disclose::vocab::acts::ACTS.iter().map(|a| a.code).collect());
        }
        _ => return None,
    };
    Some(vocab.codes().iter().map(|c| c.code).collect())
}

/// A value that asks the author to fill it in, rather than proposing one.
fn placeholder(v: &str) -> bool {
    v.starts_with('<') || v.contains('…') || v.is_empty()
}

/// Every `key = "value"` and `key = ["a", "b"]` inside the backquoted code of a help text,
/// with the values.
fn suggestions(help: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for code in help.split('`').skip(1).step_by(2) {
        // `{ a = "x", b = "y" }` and `a = "x"` alike: split at each ` = `.
        let parts: Vec<&str> = code.split(" = ").collect();
        for w in parts.windows(2) {
            let key = w[0]
                .rsplit(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next()
                .unwrap_or("")
                .to_string();
            let value = w[1].trim();
            let values: Vec<String> = if let Some(list) = value.strip_prefix('[') {
                let list = list.split(']').next().unwrap_or("");
                list.split(',')
                    .map(|v| v.trim().trim_matches('"').to_string())
                    .filter(|v| !v.is_empty())
                    .collect()
            } else if let Some(q) = value.strip_prefix('"') {
                vec![q.split('"').next().unwrap_or("").to_string()]
            } else {
                continue;
            };
            out.push((key, values));
        }
    }
    out
}

#[test]
fn the_suggestion_parser_reads_keys_and_values() {
    assert_eq!(
        suggestions(
            r#"add `authorities = ["NO", "SE"]` or `{ country = "US", mechanism = "<code>" }`"#
        ),
        vec![
            (
                "authorities".to_string(),
                vec!["NO".to_string(), "SE".to_string()]
            ),
            ("country".to_string(), vec!["US".to_string()]),
            ("mechanism".to_string(), vec!["<code>".to_string()]),
        ]
    );
}

/// Sites whose findings cover every rule's hints: the seeds, and the passing fixture with
/// each line of its facts.toml removed in turn.
fn corpus() -> Vec<String> {
    let mut all = Vec::new();
    for seed in ["seeds/nb", "seeds/sv"] {
        all.extend(helps(&SiteTest::fixture(seed)));
    }
    let site = SiteTest::pass();
    let original = site.read(FACTS);
    let lines: Vec<&str> = original.lines().collect();
    for i in 0..lines.len() {
        if lines[i].trim().is_empty() || lines[i].trim_start().starts_with('[') {
            continue;
        }
        let mutated: Vec<&str> = lines
            .iter()
            .enumerate()
            .map(|(j, l)| if i == j { "" } else { *l })
            .collect();
        site.write(FACTS, &mutated.join("\n"));
        all.extend(helps(&site));
    }
    site.write(FACTS, &original);
    all.sort();
    all.dedup();
    all
}

#[test]
fn every_code_a_hint_suggests_is_a_code_and_no_hint_chooses_a_fact() {
    let helps = corpus();
    assert!(helps.len() > 30, "only {} hints collected", helps.len());
    let mut problems = Vec::new();
    for help in &helps {
        for (key, values) in suggestions(help) {
            let Some(codes) = codes_of(&key) else {
                continue;
            };
            for v in values.iter().filter(|v| !placeholder(v)) {
                if !codes.contains(&v.as_str()) {
                    problems.push(format!("`{key} = {v}` is not a code: {help}"));
                }
            }
        }
        // A hint never proposes a fact only the controller knows: a legal basis, whether
        // automated decisions are made, the period data are kept (a period the author wrote in
        // words, given back in ISO form, is theirs).
        for code in help.split('`').skip(1).step_by(2) {
            for chosen in [
                "art22 = false",
                "art22 = true",
                "legal_basis = \"art6",
                "period = \"P",
            ] {
                if code.contains(chosen) && !help.contains("periods are ISO 8601") {
                    problems.push(format!("proposes `{chosen}…`: {help}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The parts of an example, by the file they are written in: `(true, text)` for facts.toml,
/// `(false, text)` for a language file's front matter; prose is left out.
fn example_parts(example: &str) -> Vec<(bool, String)> {
    let mut parts: Vec<(bool, String)> = Vec::new();
    let mut current: Option<(bool, String)> = None;
    for line in example.lines() {
        if let Some(title) = line.strip_prefix("# ") {
            parts.extend(current.take());
            if title.contains("facts.toml") {
                current = Some((true, String::new()));
            } else if title.contains("front matter") {
                current = Some((false, String::new()));
            }
            continue;
        }
        if let Some((_, p)) = &mut current {
            p.push_str(line);
            p.push('\n');
        }
    }
    parts.extend(current);
    parts
}

/// Put the entries of `from` into the array `key` of `into`, an entry with the same `id` (or,
/// for representatives, `controller`) replacing the one there.
fn merge_by_id(into: &mut toml::Table, key: &str, from: &toml::value::Array) {
    let list = into
        .entry(key)
        .or_insert_with(|| toml::Value::Array(Vec::new()));
    let Some(list) = list.as_array_mut() else {
        return;
    };
    for entry in from {
        let id = |v: &toml::Value| {
            v.get("id")
                .or_else(|| v.get("controller"))
                .and_then(|x| x.as_str())
                .map(str::to_string)
        };
        match list
            .iter_mut()
            .find(|x| id(x).is_some() && id(x) == id(entry))
        {
            Some(old) => *old = entry.clone(),
            None => list.push(entry.clone()),
        }
    }
}

/// Lay `from` over `into`, tables merged key by key.
fn merge_deep(into: &mut toml::Table, from: &toml::Table) {
    for (k, v) in from {
        match (into.get_mut(k), v) {
            (Some(toml::Value::Table(a)), toml::Value::Table(b)) => merge_deep(a, b),
            _ => {
                into.insert(k.clone(), v.clone());
            }
        }
    }
}

/// The passing fixture with a rule's example laid over it: the example's tables and entries
/// replace the fixture's (by id), its first context is laid over the fixture's first context
/// (and a second over the second), and its front matter over both language files. `None`
/// when the example has no facts or front matter (prose examples).
fn with_example(example: &str) -> Option<SiteTest> {
    let parts = example_parts(example);
    if parts.is_empty() {
        return None;
    }
    let site = SiteTest::pass();
    let mut facts: toml::Table = toml::from_str(&site.read(FACTS)).expect("fixture");
    let mut renamed: Vec<(String, String)> = Vec::new();
    let mut fronts: Vec<toml::Table> = Vec::new();
    for (is_facts, text) in parts {
        if !is_facts {
            fronts.push(
                toml::from_str(&text).unwrap_or_else(|e| panic!("front matter: {e}\n{text}")),
            );
            continue;
        }
        let first = text
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
            .trim_start();
        // A context's keys, or its purposes or cookies shown alone, are put in a context.
        let text = if !first.starts_with('[') {
            format!("[[contexts]]\n{text}")
        } else if !text.contains("[[contexts]]")
            && let Some(at) = text.find("[[contexts.")
        {
            let line = text[..at].rfind('\n').map_or(0, |i| i + 1);
            format!("{}[[contexts]]\n{}", &text[..line], &text[line..])
        } else {
            text
        };
        let part: toml::Table =
            toml::from_str(&text).unwrap_or_else(|e| panic!("not TOML: {e}\n{text}"));
        for (key, value) in &part {
            match (key.as_str(), value) {
                ("contexts", toml::Value::Array(ctxs)) => {
                    let mine = facts
                        .get_mut("contexts")
                        .and_then(|c| c.as_array_mut())
                        .expect("contexts");
                    for (i, c) in ctxs.iter().enumerate() {
                        let (Some(old), Some(new)) =
                            (mine.get_mut(i).and_then(|x| x.as_table_mut()), c.as_table())
                        else {
                            continue;
                        };
                        let before = old
                            .get("id")
                            .and_then(|x| x.as_str())
                            .unwrap_or("")
                            .to_string();
                        // A context of the example's own (another id) brings its own
                        // purposes and cookies; the fixture's context keeps its, with the
                        // example's merged in by id.
                        let own = new
                            .get("id")
                            .and_then(|x| x.as_str())
                            .is_some_and(|id| id != before);
                        for (k, v) in new {
                            if matches!(k.as_str(), "purposes" | "cookies") && !own {
                                let mut t = toml::Table::new();
                                t.insert(
                                    k.clone(),
                                    old.get(k)
                                        .cloned()
                                        .unwrap_or(toml::Value::Array(Vec::new())),
                                );
                                merge_by_id(&mut t, k, v.as_array().expect("a list"));
                                old.insert(k.clone(), t[k].clone());
                            } else {
                                old.insert(k.clone(), v.clone());
                            }
                        }
                        let after = old
                            .get("id")
                            .and_then(|x| x.as_str())
                            .unwrap_or("")
                            .to_string();
                        if after != before {
                            renamed.push((before, after));
                        }
                    }
                }
                (_, toml::Value::Array(entries)) => merge_by_id(&mut facts, key, entries),
                _ => {
                    facts.insert(key.clone(), value.clone());
                }
            }
        }
    }
    site.write(FACTS, &toml::to_string(&facts).expect("facts"));
    for lang in [common::check::NB, common::check::SV] {
        let text = site.read(lang);
        let mut cut = text.splitn(3, "+++\n");
        let (_, front, body) = (
            cut.next(),
            cut.next().unwrap_or(""),
            cut.next().unwrap_or(""),
        );
        let mut front = front.to_string();
        for (from, to) in &renamed {
            front = front
                .replace(&format!("\n{from} ="), &format!("\n{to} ="))
                .replace(&format!(".{from}]"), &format!(".{to}]"));
        }
        let mut table: toml::Table = toml::from_str(&front).expect("front matter");
        for f in &fronts {
            merge_deep(&mut table, f);
        }
        site.write(
            lang,
            &format!(
                "+++\n{}+++\n{body}",
                toml::to_string(&table).expect("front")
            ),
        );
    }
    Some(site)
}

#[test]
fn every_rules_example_passes_its_rule() {
    let mut problems = Vec::new();
    let mut tried = 0;
    for rule in disclose::rules::registry() {
        let Some(site) = with_example(rule.example) else {
            continue;
        };
        tried += 1;
        let out = site.check();
        if out.code == 2 {
            problems.push(format!(
                "{}: the example does not load:\n{:#?}",
                rule.id,
                out.errors()
            ));
            continue;
        }
        let own: Vec<_> = out.diags.iter().filter(|d| d.code == rule.id).collect();
        if !own.is_empty() {
            problems.push(format!(
                "{}: the example fails its own rule:\n{own:#?}",
                rule.id
            ));
        }
        for help in helps(&site) {
            for (key, values) in suggestions(&help) {
                let Some(codes) = codes_of(&key) else {
                    continue;
                };
                for v in values.iter().filter(|v| !placeholder(v)) {
                    if !codes.contains(&v.as_str()) {
                        problems.push(format!(
                            "{}: a hint suggests `{key} = {v}`: {help}",
                            rule.id
                        ));
                    }
                }
            }
        }
    }
    assert!(tried > 30, "only {tried} examples could be tried");
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}
