//! `disclose codes`: every code of the vocabulary, with its words in each language and a hint.

mod common;

use common::{disclose, stderr};
use disclose::codes::{self, KINDS, List};
use disclose::files::SourceFiles;
use disclose::i18n::Locales;
use disclose::lang::Lang;
use disclose::vocab::{Vocab, acts};
use std::collections::BTreeMap;

type R = Result<(), Box<dyn std::error::Error>>;

fn run(args: &[&str]) -> Result<(Option<i32>, String, String), Box<dyn std::error::Error>> {
    let out = disclose().arg("codes").args(args).output()?;
    Ok((
        out.status.code(),
        String::from_utf8(out.stdout.clone())?,
        stderr(&out),
    ))
}

#[test]
fn the_kinds_cover_the_whole_vocabulary() {
    for v in Vocab::ALL {
        assert!(
            KINDS.iter().any(|k| k.list == List::Vocab(v)),
            "no kind lists {v:?}"
        );
    }
    assert!(KINDS.iter().any(|k| k.list == List::Acts));
    let mut names: Vec<&str> = KINDS.iter().map(|k| k.name).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), KINDS.len(), "a kind is named twice");
}

#[test]
fn without_a_kind_the_kinds_are_listed() -> R {
    let (code, out, _) = run(&[])?;
    assert_eq!(code, Some(0));
    for k in KINDS {
        assert!(out.contains(k.name), "{}: {out}", k.name);
    }
    Ok(())
}

/// Every code of every kind is listed, in every language, with the words the locale gives it.
#[test]
fn every_code_appears_with_its_words_in_every_language() -> R {
    for lang in Lang::ALL {
        let locales = Locales::load(&[lang], &BTreeMap::new(), &SourceFiles::default())
            .map_err(|d| format!("{d:?}"))?;
        let m = locales.get(lang);
        for k in KINDS {
            let (code, out, err) = run(&[k.name, "--lang", lang.code()])?;
            assert_eq!(code, Some(0), "{} {lang}: {err}", k.name);
            for c in codes::codes_of(k.list) {
                assert!(
                    out.lines().any(|l| l.split_whitespace().next() == Some(c)),
                    "{} {lang}: `{c}` missing\n{out}",
                    k.name
                );
                if let List::Vocab(v) = k.list {
                    let words = m.code(v, c)?;
                    assert!(
                        out.contains(&words),
                        "{} {lang}: {c} as {words:?}\n{out}",
                        k.name
                    );
                }
            }
        }
    }
    for a in acts::ACTS {
        let (_, out, _) = run(&["acts"])?;
        assert!(out.contains(a.code) && out.contains(a.title), "{}", a.code);
    }
    Ok(())
}

#[test]
fn every_code_has_a_hint() -> R {
    let (_, out, _) = run(&["legal-bases", "--lang", "sv"])?;
    assert!(out.contains("art6-1-f"), "{out}");
    assert!(out.contains("legitimate interests"), "{out}");
    assert!(out.contains("Berättigat intresse"), "{out}");
    Ok(())
}

#[test]
fn an_unknown_kind_suggests_the_nearest() -> R {
    let (code, _, err) = run(&["legal-basis"])?;
    assert_eq!(code, Some(2));
    assert!(err.contains("did you mean `legal-bases`?"), "{err}");
    let (code, _, err) = run(&["rights", "--lang", "en"])?;
    assert_eq!(code, Some(2));
    assert!(err.contains("no language `en`"), "{err}");
    Ok(())
}
