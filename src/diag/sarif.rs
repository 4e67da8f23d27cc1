//! Diagnostics as a SARIF 2.1.0 log, for code-scanning tools (GitHub code scanning, IDEs).
//!
//! One run; its `tool.driver.rules` is the whole rule registry (id, summary, explanation,
//! example, default level, and the GDPR article, family and condition as properties), plus a
//! descriptor for each load-error code (`load/…`) that occurs. Each result names its rule by
//! `ruleId` and `ruleIndex`, and its place by a path relative to the site root with a region
//! (1-based lines, columns in Unicode code points, as `columnKind` says).

use super::{Diagnostic, Diagnostics, RuleInfo, Severity};
use crate::files::SourceFiles;
use serde_json::{Map, Value, json};

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}

fn rule_descriptor(r: &RuleInfo) -> Value {
    let mut properties = Map::new();
    if !r.articles.is_empty() {
        properties.insert("articles".into(), json!(r.articles));
    }
    properties.insert("family".into(), json!(r.family));
    properties.insert("condition".into(), json!(r.condition));
    let mut tags = vec!["privacy", "gdpr"];
    if !tags.contains(&r.family) {
        tags.push(r.family);
    }
    properties.insert("tags".into(), json!(tags));
    json!({
        "id": r.id,
        "shortDescription": { "text": r.summary },
        "fullDescription": { "text": r.explanation.trim() },
        "help": {
            "text": format!("{}\n\nExample:\n\n{}\n\n`disclose explain {}` prints this.", r.explanation.trim(), r.example.trim_end(), r.id),
        },
        "defaultConfiguration": { "level": level(r.severity) },
        "properties": properties,
    })
}

fn load_descriptor(code: &str) -> Value {
    json!({
        "id": code,
        "shortDescription": { "text": format!("the source cannot be read ({code})") },
        "fullDescription": { "text": "A load error: the source could not be read or understood, so no rule ran on it. `disclose check` exits with code 2." },
        "defaultConfiguration": { "level": "error" },
        "properties": { "family": "load", "tags": ["privacy", "load"] },
    })
}

/// Percent-encode what may not stand in a URI reference, keeping `/`.
fn uri(path: &str) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn result(d: &Diagnostic, index: usize, files: &SourceFiles) -> Value {
    let mut text = d.message.clone();
    if let Some(lang) = &d.language {
        text.push_str(&format!(" [{lang}]"));
    }
    if let Some(help) = &d.help {
        text.push_str(&format!("\nhelp: {help}"));
    }
    for n in &d.notes_with_places(files) {
        text.push_str(&format!("\nnote: {n}"));
    }
    let mut r = Map::new();
    r.insert("ruleId".into(), json!(d.code));
    r.insert("ruleIndex".into(), json!(index));
    r.insert("level".into(), json!(level(d.severity)));
    r.insert("message".into(), json!({ "text": text }));
    if let Some(p) = d.position(files) {
        r.insert(
            "locations".into(),
            json!([{
                "physicalLocation": {
                    "artifactLocation": { "uri": uri(&p.path) },
                    "region": {
                        "startLine": p.line,
                        "startColumn": p.column,
                        "endLine": p.end_line,
                        "endColumn": p.end_column,
                    }
                }
            }]),
        );
    }
    let mut properties = Map::new();
    if let Some(a) = &d.article {
        properties.insert("article".into(), json!(a));
    }
    if let Some(l) = &d.language {
        properties.insert("language".into(), json!(l));
    }
    if let Some(h) = &d.help {
        properties.insert("help".into(), json!(h));
    }
    if !properties.is_empty() {
        r.insert("properties".into(), Value::Object(properties));
    }
    Value::Object(r)
}

/// Render diagnostics as a pretty-printed SARIF 2.1.0 log, ending with a newline; `registry`
/// is every rule, listed whole in `tool.driver.rules`.
pub fn render(diags: &Diagnostics, files: &SourceFiles, registry: &[RuleInfo]) -> String {
    let mut ids: Vec<String> = registry.iter().map(|r| r.id.to_string()).collect();
    let mut rules: Vec<Value> = registry.iter().map(rule_descriptor).collect();
    let mut results = Vec::new();
    for d in &diags.items {
        let index = match ids.iter().position(|id| *id == d.code) {
            Some(i) => i,
            None => {
                ids.push(d.code.clone());
                rules.push(load_descriptor(&d.code));
                ids.len() - 1
            }
        };
        results.push(result(d, index, files));
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "disclose",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::files::Loc;

    #[test]
    fn results_point_at_their_rule() {
        let mut files = SourceFiles::default();
        let f = files.add("content/a b.toml".into(), "a = 1\n".into());
        let diags: Diagnostics = vec![
            Diagnostic::error("R10", "no copy").at(Loc::new(f, 4..5)),
            Diagnostic::error("load/syntax", "bad").at(Loc::new(f, 0..1)),
        ]
        .into();
        let registry = [RuleInfo {
            id: "R10",
            articles: "Art. 13(1)(f), 14(1)(f)",
            summary: "where to obtain a copy of the safeguards",
            explanation: "…",
            example: "…",
            severity: Severity::Error,
            family: "gdpr",
            condition: "…",
        }];
        let v: Value = serde_json::from_str(&render(&diags, &files, &registry)).expect("JSON");
        let run = &v["runs"][0];
        let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
        let r0 = &run["results"][0];
        assert_eq!(r0["ruleId"], "R10");
        let i = r0["ruleIndex"].as_u64().expect("index") as usize;
        assert_eq!(rules[i]["id"], "R10");
        assert_eq!(
            r0["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "content/a%20b.toml"
        );
        let r1 = &run["results"][1];
        let j = r1["ruleIndex"].as_u64().expect("index") as usize;
        assert_eq!(rules[j]["id"], "load/syntax");
        assert_eq!(rules.len(), registry.len() + 1);
    }
}
