//! The output formats of `disclose check`: SARIF validates against the SARIF 2.1.0 schema,
//! GitHub annotations are well-formed workflow commands, JSON has its documented shape, load
//! errors render in every format with exit code 2, colour only on a terminal, and `build`
//! writes nothing while a rule fails.

mod common;

use common::check::FACTS;
use common::{SiteTest, repo_root};
use serde_json::Value;

fn schema(name: &str) -> jsonschema::Validator {
    let path = repo_root().join("tests/fixtures/sarif").join(name);
    // The rtm.5 schema has a malformed regex for `language` (a stray `]`), which the draft-04
    // meta-schema rejects; the final 2.1.0 schema fixed it. Apply the same fix.
    let text = std::fs::read_to_string(&path).expect("schema").replace(
        r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#,
        r#""^[a-zA-Z]{2}(-[a-zA-Z]{2})?$""#,
    );
    let schema: Value = serde_json::from_str(&text).expect("schema JSON");
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("a valid schema")
}

fn assert_valid_sarif(out: &std::process::Output) -> Value {
    let log: Value = serde_json::from_slice(&out.stdout).expect("SARIF is JSON");
    for name in ["sarif-schema-2.1.0.json", "sarif-schema-2.1.0-rtm.5.json"] {
        let v = schema(name);
        let errors: Vec<String> = v
            .iter_errors(&log)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "invalid against {name}:\n{}",
            errors.join("\n")
        );
    }
    log
}

#[test]
fn sarif_with_findings_validates_against_the_sarif_2_1_0_schema() {
    let s = SiteTest::fixture("seeds/sv");
    let out = s.run(&["check", "--format", "sarif"]);
    assert_eq!(out.status.code(), Some(1));
    let log = assert_valid_sarif(&out);
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert_eq!(rules.len(), disclose::rules::registry().len());
    let r10 = rules.iter().find(|r| r["id"] == "R10").expect("R10");
    assert_eq!(r10["properties"]["articles"], "Art. 13(1)(f), 14(1)(f)");
    let results = run["results"].as_array().expect("results");
    assert!(
        results
            .iter()
            .any(|r| r["ruleId"] == "R10" && r["level"] == "error")
    );
    assert!(
        results
            .iter()
            .any(|r| r["ruleId"] == "W01" && r["level"] == "warning")
    );
    for r in results {
        let i = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[i]["id"], r["ruleId"]);
        let loc = &r["locations"][0]["physicalLocation"];
        assert!(
            loc["artifactLocation"]["uri"]
                .as_str()
                .is_some_and(|u| u.starts_with("content/notices/business-contacts/")),
            "{loc}"
        );
        assert!(loc["region"]["startLine"].as_u64().is_some_and(|l| l >= 1));
    }
}

#[test]
fn sarif_of_a_clean_site_and_of_a_load_error_validates_too() {
    let clean = SiteTest::pass();
    let out = clean.run(&["check", "--format", "sarif"]);
    assert_eq!(out.status.code(), Some(0));
    let log = assert_valid_sarif(&out);
    assert_eq!(log["runs"][0]["results"].as_array().map(Vec::len), Some(0));

    let broken = SiteTest::pass();
    broken.replace(FACTS, "[dpo]\n", "[dpo]\nmail = \"x\"\n");
    let out = broken.run(&["check", "--format", "sarif"]);
    assert_eq!(out.status.code(), Some(2));
    let log = assert_valid_sarif(&out);
    let run = &log["runs"][0];
    let r = &run["results"][0];
    assert_eq!(r["ruleId"], "load/unknown-key");
    let i = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
    assert_eq!(run["tool"]["driver"]["rules"][i]["id"], "load/unknown-key");
    assert_eq!(
        r["locations"][0]["physicalLocation"]["region"]["startLine"],
        28
    );
}

#[test]
fn github_annotations_are_workflow_commands() {
    let s = SiteTest::pass();
    s.replace(FACTS, r#"copy = "https://acme.example/scc", "#, "");
    let out = s.run(&["check", "--format", "github"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(
        lines[0].starts_with(&format!(
            "::error file={FACTS},line=61,endLine=61,col=33,endColumn=44,title=R10 (Art. 13(1)(f)%2C 14(1)(f))::the transfer to US relies on art46-2-c"
        )),
        "{}",
        lines[0]
    );
    assert!(lines[0].contains("%0Ahelp: "), "{}", lines[0]);
    assert_eq!(lines[1], "disclose: 1 error(s), 0 warning(s)");
}

#[test]
fn github_load_errors_are_annotations_too() {
    let s = SiteTest::pass();
    s.replace(FACTS, "[dpo]\n", "[dpo]\nmail = \"x\"\n");
    let out = s.run(&["check", "--format", "github"]);
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.starts_with(&format!("::error file={FACTS},line=28,")),
        "{text}"
    );
    assert!(text.contains("title=load/unknown-key::"), "{text}");
}

#[test]
fn json_has_the_documented_shape_for_rules_and_load_errors() {
    let s = SiteTest::pass();
    s.blank(FACTS, r#"email = "dpo@acme.example""#);
    let out = s.check();
    assert_eq!(out.code, 1);
    assert_eq!(out.json["version"], 1);
    assert_eq!(out.json["errors"], 1);
    assert_eq!(out.json["warnings"], 0);
    let d = &out.json["diagnostics"][0];
    let mut keys: Vec<&str> = d
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "article",
            "code",
            "column",
            "end_column",
            "end_line",
            "file",
            "help",
            "language",
            "line",
            "message",
            "notes",
            "severity"
        ]
    );
    assert_eq!(
        (&d["code"], &d["file"], &d["line"], &d["column"]),
        (
            &Value::from("R03"),
            &Value::from(FACTS),
            &Value::from(27),
            &Value::from(1)
        )
    );

    let broken = SiteTest::pass();
    broken.replace(FACTS, "[dpo]\n", "[dpo]\nmail = \"x\"\n");
    let out = broken.check();
    assert_eq!(out.code, 2);
    assert_eq!(out.diags[0].code, "load/unknown-key");
    assert_eq!(
        (out.diags[0].file.as_str(), out.diags[0].line),
        (FACTS, out.line_of(FACTS, "mail = \"x\""))
    );
}

#[test]
fn human_output_is_rustc_like_and_colourless_off_a_terminal() {
    let s = SiteTest::pass();
    s.replace(FACTS, r#"copy = "https://acme.example/scc", "#, "");
    let out = s.run(&["check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stderr).expect("utf-8");
    assert!(!text.contains('\u{1b}'), "no colour when not a terminal");
    assert!(text.contains("error[R10]: the transfer to US"), "{text}");
    let line = common::line_of(&s.read(FACTS), "mechanism = \"art46-2-c\"");
    assert!(text.contains(&format!("{FACTS}:{line}:33")), "{text}");
    assert!(text.contains("GDPR Art. 13(1)(f), 14(1)(f)"), "{text}");
    assert!(text.contains("help: add `copy = "), "{text}");
}

#[test]
fn build_writes_nothing_while_a_rule_fails() {
    let s = SiteTest::pass();
    s.blank(FACTS, r#"withdraw = "https://acme.example/consent""#);
    let out_dir = s.root.join("public");
    let out = s.run(&["build", "--out", out_dir.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!out_dir.exists(), "nothing may be written");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error[R13]"), "{err}");

    // A previous site stays exactly as it was.
    std::fs::create_dir_all(&out_dir).expect("mkdir");
    std::fs::write(out_dir.join("index.html"), "old").expect("write");
    let out = s.run(&["build", "--out", out_dir.to_str().expect("utf-8 path")]);
    assert_eq!(out.status.code(), Some(1));
    let entries: Vec<_> = std::fs::read_dir(&out_dir).expect("dir").collect();
    assert_eq!(entries.len(), 1);
    assert_eq!(
        std::fs::read_to_string(out_dir.join("index.html")).expect("read"),
        "old"
    );
}

#[test]
fn build_fails_on_denied_warnings_only_when_asked() {
    let s = SiteTest::pass();
    s.replace(
        FACTS,
        r#"sources = ["data-subject", "partner-banks"]"#,
        r#"sources = ["data-subject"]"#,
    );
    let out_dir = s.root.join("public");
    let out = s.run(&[
        "build",
        "--deny-warnings",
        "--out",
        out_dir.to_str().expect("utf-8 path"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!out_dir.exists());
}

#[test]
fn the_schemas_reject_what_is_not_sarif() {
    let s = SiteTest::pass();
    let out = s.run(&["check", "--format", "sarif"]);
    let mut log: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    log["runs"][0]["results"] = serde_json::json!([{ "level": "fatal", "message": {} }]);
    for name in ["sarif-schema-2.1.0.json", "sarif-schema-2.1.0-rtm.5.json"] {
        assert!(
            !schema(name).is_valid(&log),
            "{name} accepted an invalid log"
        );
    }
}
