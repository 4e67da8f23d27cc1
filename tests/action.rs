//! The composite GitHub Action (`action.yml`) has the inputs and steps README.md describes, and
//! the command lines it runs are ones `disclose check` accepts. Read as text: the file is small
//! and the checks are about names, so no YAML parser is needed.

use assert_cmd::Command;
use std::path::Path;

type R = Result<(), Box<dyn std::error::Error>>;

fn read(name: &str) -> Result<String, std::io::Error> {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(name))
}

/// The names of the keys directly under `inputs:` (indented by two spaces).
fn inputs(action: &str) -> Vec<String> {
    action
        .lines()
        .skip_while(|l| *l != "inputs:")
        .skip(1)
        .take_while(|l| l.is_empty() || l.starts_with(' '))
        .filter_map(|l| {
            let key = l.strip_prefix("  ")?.strip_suffix(':')?;
            (!key.starts_with(' ') && !key.starts_with('#')).then(|| key.to_string())
        })
        .collect()
}

#[test]
fn the_action_has_the_inputs_the_readme_names() -> R {
    let action = read("action.yml")?;
    let readme = read("README.md")?;
    let names = inputs(&action);
    for name in [
        "root",
        "ref",
        "repository",
        "deny-warnings",
        "sarif",
        "sarif-file",
    ] {
        assert!(names.iter().any(|n| n == name), "input {name} in {names:?}");
    }
    for name in &names {
        assert!(
            readme.contains(&format!("`{name}")),
            "README.md describes the input {name}"
        );
        assert!(
            action.contains(&format!("inputs.{name} ")),
            "action.yml uses the input {name}"
        );
    }
    Ok(())
}

#[test]
fn the_action_installs_with_cargo_caches_the_binary_and_runs_the_check() -> R {
    let action = read("action.yml")?;
    for needle in [
        "using: composite",
        "uses: actions/cache@",
        "path: ~/.cargo/bin/disclose",
        "if: steps.cache.outputs.cache-hit != 'true'",
        "cargo install --locked --path \"$GITHUB_ACTION_PATH\"",
        "cargo install --locked --git \"$REPOSITORY\" --rev \"$COMMIT\" disclose",
        "disclose check --root \"$ROOT\" --format github",
        "disclose check --root \"$ROOT\" --format sarif > \"$SARIF_FILE\"",
        "if: inputs.sarif == 'true'",
        "uses: github/codeql-action/upload-sarif@",
    ] {
        assert!(action.contains(needle), "action.yml has {needle:?}");
    }
    // The check that decides the job comes last, after the optional SARIF upload.
    let github = action
        .find("disclose check --root \"$ROOT\" --format github")
        .unwrap_or(0);
    let upload = action.find("upload-sarif@").unwrap_or(usize::MAX);
    assert!(
        upload < github,
        "the SARIF upload comes before the deciding check"
    );
    Ok(())
}

#[test]
fn the_readme_shows_a_seven_line_workflow_using_the_action() -> R {
    let readme = read("README.md")?;
    let start = readme
        .find("with disclose's own action")
        .ok_or("README.md introduces the action")?;
    let block = &readme[start..];
    let steps = block.find("steps:").ok_or("a steps: list")?;
    let end = block[steps..].find("```").ok_or("the end of the block")? + steps;
    let workflow = &block[..end];
    assert!(workflow.contains("- uses: actions/checkout@"), "{workflow}");
    assert!(workflow.contains("/disclose@"), "{workflow}");
    let yaml = workflow
        .split_once("```yaml\n")
        .map_or("", |(_, y)| y)
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .count();
    assert_eq!(yaml, 7, "the workflow is seven lines:\n{workflow}");
    // The CI examples install from a variable, never from a placeholder address.
    assert!(
        !readme.contains("github.com/OWNER"),
        "a placeholder URL is left"
    );
    assert!(
        readme.contains("DISCLOSE_REPO:"),
        "the plain workflow names the repository once"
    );
    Ok(())
}

#[test]
fn disclose_check_accepts_the_flags_the_action_passes() -> R {
    let out = Command::cargo_bin("disclose")?
        .args(["check", "--help"])
        .output()?;
    let help = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{help}");
    for flag in ["--root", "--format", "--deny-warnings", "github", "sarif"] {
        assert!(help.contains(flag), "disclose check --help names {flag}");
    }
    Ok(())
}
