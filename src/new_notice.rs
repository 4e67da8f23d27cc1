//! `disclose new <notice> [--from <notice>]`: start a notice with its first draft version, 1.0,
//! in every language of the site.
//!
//! Without `--from`, an outline: a facts.toml with every key the check asks for, commented out
//! with what to write and which article asks for it ([`FACTS`]), and in each language file the
//! standard sections as headings (worded by the built-in locale) with TODO markers. The outline
//! loads, so `disclose check` lists each thing still to fill in once. With `--from`, the newest
//! version of another notice, copied as `disclose version new` copies one (no dates, no change
//! summaries), without its slugs (the new notice needs its own address) and without labels of
//! ids the copy does not define.

use crate::files::SourceFiles;
use crate::i18n::Locales;
use crate::lang::Lang;
use crate::publish::{self, LifecycleError};
use crate::source;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// The outline of facts.toml; `{notice}` is the new notice's id.
pub const FACTS: &str = include_str!("new_notice/facts.toml");

/// The standard sections an outline has, in the order a notice shows them.
const SECTIONS: &[(&str, &str)] = &[
    ("controllers", "who is responsible and how to reach them"),
    (
        "purposes",
        "why the data are processed, and on which legal basis",
    ),
    ("categories", "which data"),
    (
        "sources",
        "where the data come from (for data not collected from the person)",
    ),
    ("recipients", "who receives the data"),
    ("transfers", "whether data leave the EEA"),
    ("retention", "how long the data are kept"),
    (
        "automated-decisions",
        "whether automated decisions or profiling take place",
    ),
    (
        "requirement",
        "whether the person must give the data, and what happens if not",
    ),
    ("rights", "the person's rights and how to use them"),
    (
        "complaint",
        "the right to complain to a supervisory authority",
    ),
];

/// What `new` made.
#[derive(Debug)]
pub struct NewNotice {
    /// The new version folder: content/notices/<notice>/1.0.
    pub dir: PathBuf,
    /// The languages written.
    pub languages: Vec<Lang>,
    /// With `--from`: the notice and version copied.
    pub from: Option<(String, String)>,
    /// With `--from`: labels left out, because the copy defines no such id (file, keys).
    pub dropped: Vec<(String, Vec<String>)>,
}

/// Start `notice` in the site at `root`: an outline, or a copy of the newest version of `from`.
pub fn new_notice(
    root: &Path,
    notice: &str,
    from: Option<&str>,
) -> Result<NewNotice, LifecycleError> {
    if !source::langfile::is_id(notice) {
        return Err(LifecycleError::BadId {
            notice: notice.to_string(),
        });
    }
    let languages = site_languages(root)?;
    let notices = root.join("content").join("notices");
    let dir = notices.join(notice);
    if dir.exists() {
        return Err(LifecycleError::NoticeExists {
            notice: notice.to_string(),
            dir,
        });
    }
    let version = dir.join("1.0");
    let made = match from {
        None => outline(notice, &languages).map(|files| (files, None)),
        Some(other) => copy_of(root, other),
    };
    let (files, copied) = made?;
    let written = publish::write_new_dir(&dir, &version, &files);
    written?;
    let dropped = match copied {
        Some(_) => prune_labels(root, notice, &version)?,
        None => Vec::new(),
    };
    Ok(NewNotice {
        dir: version,
        languages,
        from: copied,
        dropped,
    })
}

/// The languages of the site, from content/site.toml.
fn site_languages(root: &Path) -> Result<Vec<Lang>, LifecycleError> {
    let opened = crate::pipeline::open(root).map_err(|report| LifecycleError::NoSite {
        root: root.to_path_buf(),
        why: report.to_string(),
    })?;
    Ok(opened.site.config.languages.clone())
}

/// The outline's files: (name, text).
fn outline(notice: &str, languages: &[Lang]) -> Result<Vec<(String, String)>, LifecycleError> {
    let locales =
        Locales::load(languages, &BTreeMap::new(), &SourceFiles::default()).map_err(|d| {
            LifecycleError::Edit {
                path: PathBuf::from("locales"),
                why: d
                    .iter()
                    .map(|d| d.message.clone())
                    .collect::<Vec<_>>()
                    .join("; "),
            }
        })?;
    let mut files = vec![("facts.toml".to_string(), FACTS.replace("{notice}", notice))];
    for &lang in languages {
        files.push((format!("{}.md", lang.code()), language_file(&locales, lang)));
    }
    Ok(files)
}

/// One language's outline: front matter with what to write, then each section's heading.
fn language_file(locales: &Locales, lang: Lang) -> String {
    let m = locales.get(lang);
    let name = lang.english();
    let mut s = format!(
        "+++
# TODO in {name}: the notice's title, and its address (lower-case letters, digits, hyphens).
# title = \"…\"
# slug = \"…\"
# description = \"…\"                # optional: one sentence for search engines

[labels]                            # TODO a name in {name} for every id of your own in facts.toml
# context = \"…\"
# purpose = \"…\"

[consequences]                      # for a context with collection direct or both:
# context = \"…\"                    # what happens if the person does not give the data
+++

TODO: an introduction in {name}: who this notice is for.
"
    );
    for (id, what) in SECTIONS {
        let heading = m
            .msg(&format!("section-{id}"))
            .unwrap_or_else(|_| id.to_string());
        let _ = write!(
            s,
            "\n## {heading} {{#{id}}}\n\nTODO: in {name}, {what}. The facts are shown under this text.\n"
        );
    }
    s
}

/// The files of the newest version of `other`, made a draft without slugs; and (notice,
/// version) copied.
type Copied = (Vec<(String, String)>, Option<(String, String)>);

fn copy_of(root: &Path, other: &str) -> Result<Copied, LifecycleError> {
    let (number, files) = publish::draft_of_newest(root, other)?;
    let files = files
        .into_iter()
        .map(|(name, path, text)| {
            let text = if name.ends_with(".md") {
                without_slug(&path, &text)?
            } else {
                text
            };
            Ok((name, text))
        })
        .collect::<Result<Vec<_>, LifecycleError>>()?;
    Ok((files, Some((other.to_string(), number))))
}

/// A language file with its `slug` commented out: the copy needs an address of its own.
fn without_slug(path: &Path, text: &str) -> Result<String, LifecycleError> {
    publish::edit_front_matter(path, text, |doc| {
        if let Some(old) = doc.remove("slug") {
            let old = old.as_str().unwrap_or("").to_string();
            if let Some(mut key) = doc.key_mut("title") {
                let decor = key.leaf_decor_mut();
                decor.set_prefix(format!(
                    "# TODO: a slug of its own (the notice copied has slug = \"{old}\")\n# slug = \"…\"\n"
                ));
            }
        }
    })
}

/// Leave out the labels of ids the copy's facts.toml does not define, in every language file
/// of the new version.
fn prune_labels(
    root: &Path,
    notice: &str,
    version: &Path,
) -> Result<Vec<(String, Vec<String>)>, LifecycleError> {
    let Ok(site) = crate::load(root) else {
        // The copy does not load (nor, then, did the original): the check says why.
        return Ok(Vec::new());
    };
    let Some(v) = site
        .notices
        .iter()
        .find(|n| n.id == notice)
        .and_then(|n| n.versions.last())
    else {
        return Ok(Vec::new());
    };
    let ids: BTreeSet<String> = v
        .facts
        .label_ids()
        .iter()
        .map(|i| i.value.clone())
        .collect();
    let mut dropped = Vec::new();
    for lang in v.texts.keys() {
        let name = format!("{}.md", lang.code());
        let path = version.join(&name);
        let text = fs::read_to_string(&path).map_err(|e| LifecycleError::Io {
            path: path.clone(),
            source: e,
        })?;
        let mut gone = Vec::new();
        let edited = publish::edit_front_matter(&path, &text, |doc| {
            if let Some(labels) = doc.get_mut("labels").and_then(|l| l.as_table_like_mut()) {
                let keys: Vec<String> = labels.iter().map(|(k, _)| k.to_string()).collect();
                for k in keys.into_iter().filter(|k| !ids.contains(k)) {
                    labels.remove(&k);
                    gone.push(k);
                }
            }
        })?;
        if !gone.is_empty() {
            fs::write(&path, edited).map_err(|e| LifecycleError::Io {
                path: path.clone(),
                source: e,
            })?;
            dropped.push((name, gone));
        }
    }
    Ok(dropped)
}
