//! The command line: where a relative --out goes, `init --root`, help for every command, and a
//! mistyped command.

mod common;

use common::{SiteTest, disclose, stderr};

type R = Result<(), Box<dyn std::error::Error>>;

#[test]
fn a_relative_out_is_taken_from_the_current_folder() -> R {
    let t = SiteTest::init();
    let here = tempfile::tempdir()?;
    let out = disclose()
        .args(["build", "--out", "site-out", "--root"])
        .arg(&t.root)
        .current_dir(here.path())
        .env("NO_COLOR", "1")
        .output()?;
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    let expected = here.path().join("site-out");
    assert!(expected.join("index.html").is_file(), "{err}");
    assert!(!t.root.join("site-out").exists());
    // The report names the folder written, in full.
    assert!(err.contains(&expected.display().to_string()), "{err}");
    Ok(())
}

#[test]
fn without_out_the_site_goes_to_public_in_its_root() -> R {
    let t = SiteTest::init();
    let here = tempfile::tempdir()?;
    let out = disclose()
        .args(["build", "--root"])
        .arg(&t.root)
        .current_dir(here.path())
        .output()?;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(t.root.join("public/index.html").is_file());
    assert!(!here.path().join("public").exists());
    Ok(())
}

#[test]
fn init_refuses_root_and_says_what_to_type() -> R {
    let here = tempfile::tempdir()?;
    let out = disclose()
        .args(["init", "new-site", "--root"])
        .arg(here.path())
        .current_dir(here.path())
        .output()?;
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("takes no --root"), "{err}");
    assert!(err.contains("disclose init"), "{err}");
    assert!(!here.path().join("new-site").exists());
    Ok(())
}

#[test]
fn a_mistyped_command_suggests_the_right_one() -> R {
    let out = disclose().arg("bulid").output()?;
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("unrecognized subcommand 'bulid'"), "{err}");
    assert!(err.contains("similar subcommand exists: 'build'"), "{err}");
    Ok(())
}

/// `disclose help <command>` explains every argument: no argument or option is listed without
/// a description.
#[test]
fn help_describes_every_argument_of_every_command() -> R {
    let list = String::from_utf8(disclose().arg("help").output()?.stdout)?;
    let commands: Vec<String> = list
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|c| c != "help")
        .collect();
    for expected in ["build", "check", "new", "codes", "diff", "publish", "init"] {
        assert!(commands.iter().any(|c| c == expected), "{expected}: {list}");
    }
    for cmd in &commands {
        let help = String::from_utf8(disclose().args(["help", cmd]).output()?.stdout)?;
        let mut section = "";
        let lines: Vec<&str> = help.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !line.starts_with(' ') && line.ends_with(':') {
                section = line;
                continue;
            }
            if !matches!(section, "Arguments:" | "Options:") {
                continue;
            }
            let entry = line.trim_start();
            let is_entry = line.starts_with("  ")
                && !line.starts_with("          ")
                && (entry.starts_with('-') || entry.starts_with('<') || entry.starts_with('['));
            if !is_entry {
                continue;
            }
            // A description on the same line, or on the next, indented further.
            let same_line = entry.split("  ").filter(|p| !p.trim().is_empty()).count() > 1;
            let next = lines.get(i + 1).copied().unwrap_or("");
            let below = next.starts_with("          ") && !next.trim().is_empty();
            assert!(
                same_line || below,
                "disclose help {cmd}: `{entry}` has no help\n{help}"
            );
        }
    }
    Ok(())
}
