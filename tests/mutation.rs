//! A seeded, bounded mutation test over the example site: each case changes one source file
//! at random (bytes flipped, cut, repeated, or a token that parsers find hard inserted) and
//! runs the pipeline (load, then check, which renders a sample of pages) in this process. Whatever the mutation, there is no panic; a failure is a
//! diagnostic that names a file; and a build through the command line that fails writes
//! nothing.
//!
//! The cases are the same on every run (a fixed seed); the time budget bounds the run on a slow
//! machine, and at least [`MIN_CASES`] cases must run for the test to pass.

mod common;

use common::*;
use std::fs;
use std::panic::AssertUnwindSafe;
use std::time::{Duration, Instant};

const CASES: usize = 3000;
const MIN_CASES: usize = 200;
const BUDGET: Duration = Duration::from_secs(60);

/// Tokens that end, open or confuse the formats a site is written in.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "[[",
    "]]",
    "\"",
    "'''",
    "\"\"\"",
    "+++",
    "\n+++\n",
    "=",
    "\n",
    "\\",
    "\u{0}",
    "\u{feff}",
    "\u{202e}",
    "é",
    "#",
    "## x {#main}\n",
    "### y {onclick=x}\n",
    "{#",
    "<script>",
    "](javascript:x)",
    "[a](",
    "&#106;",
    "-",
    "P",
    "P1Y",
    "2024-13-45",
    "art6-1-f",
    "\t",
    "\r\n",
    "{ $x }",
    "-term = x\n",
    "{%",
    "{{",
    "%}",
    "}}",
];

fn mutate(rng: &mut Rng, bytes: &[u8]) -> Vec<u8> {
    let mut b = bytes.to_vec();
    let at = rng.below(b.len() + 1);
    match rng.below(5) {
        0 => {
            if at < b.len() {
                b[at] ^= 1 << rng.below(8);
            }
        }
        1 => {
            let end = (at + rng.below(64)).min(b.len());
            b.drain(at..end);
        }
        2 => {
            let end = (at + rng.below(256)).min(b.len());
            let piece = b[at..end].to_vec();
            b.splice(at..at, piece);
        }
        _ => {
            let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
            b.splice(at..at, token.iter().copied());
        }
    }
    b
}

#[test]
fn mutated_sites_give_diagnostics_never_panics() {
    let t = SiteTest::example();
    // The files a legal or web team edits: every facts.toml and language file, site.toml, and
    // a locale override and a template override added for the purpose.
    t.write("locales/sv.ftl", "ui-site-index-title = Integritet\n");
    t.write(
        "themes/default/lang_index.html",
        &fs::read_to_string(repo_root().join("themes/default/lang_index.html")).expect("read"),
    );
    let mut targets: Vec<String> = walkdir::WalkDir::new(t.path("content"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(&t.root)
                .expect("inside")
                .to_string_lossy()
                .into_owned()
        })
        .filter(|p| p.ends_with(".toml") || p.ends_with(".md"))
        .collect();
    targets.push("locales/sv.ftl".into());
    targets.push("themes/default/lang_index.html".into());
    targets.sort();
    let originals: Vec<Vec<u8>> = targets
        .iter()
        .map(|p| fs::read(t.path(p)).expect("read"))
        .collect();

    let mut rng = Rng(0x00d1_5c10_5e5e_ed01);
    let started = Instant::now();
    let (mut ran, mut failed) = (0, 0);
    for case in 0..CASES {
        if started.elapsed() > BUDGET {
            break;
        }
        let which = rng.below(targets.len());
        let mutated = mutate(&mut rng, &originals[which]);
        fs::write(t.path(&targets[which]), &mutated).expect("write");
        let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
            match disclose::load(&t.root) {
                Err(report) => Some(report.diagnostics),
                // `check` runs the rules and renders a sample of pages with the theme and
                // locales, as the build would.
                Ok(site) => Some(disclose::check(&site)).filter(|d| d.has_errors()),
            }
        }));
        let diags = match result {
            Ok(d) => d,
            Err(_) => panic!(
                "case {case}: a panic after mutating {} (the mutated file is at {})",
                targets[which],
                t.path(&targets[which]).display()
            ),
        };
        if let Some(diags) = diags {
            failed += 1;
            assert!(
                !diags.is_empty(),
                "case {case}: a failure without a diagnostic"
            );
            for d in &diags.items {
                let named = d.loc.is_some()
                    || d.message.contains('/')
                    || d.message.contains(".md")
                    || d.message.contains(".toml");
                assert!(
                    named,
                    "case {case} ({}): a diagnostic names no file: {} {}",
                    targets[which], d.code, d.message
                );
            }
            // Now and then, through the command line: a failed build writes nothing.
            if failed % 50 == 1 {
                let out = t.build();
                assert!(
                    !out.status.success(),
                    "case {case}: the library failed, the CLI did not"
                );
                assert!(
                    !t.root.join("public").exists(),
                    "case {case}: a failed build wrote"
                );
            }
        }
        fs::write(t.path(&targets[which]), &originals[which]).expect("restore");
        ran += 1;
    }
    eprintln!("{ran} cases in {:?}, {failed} diagnosed", started.elapsed());
    assert!(ran >= MIN_CASES, "only {ran} cases ran within {BUDGET:?}");
    assert!(
        failed > ran / 10,
        "the mutations should break the site often: {failed} of {ran}"
    );
}
