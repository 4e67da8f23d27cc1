//! The life of a version: `disclose version new` starts a draft, `disclose publish` dates a
//! version and records its hash in `content/disclose.lock`, `disclose publish --amend` records an
//! editorial correction to a published version, `disclose publish --all` records every version
//! already published.
//!
//! Each command edits the source in place (facts.toml and front matter through `toml_edit`, so
//! comments and layout stay), then checks the whole site. When the check fails, every file the
//! command touched is put back as it was, and the diagnostics say why.

use crate::model::{Date, VersionNumber};
use crate::source::lock::{self, Amendment, LockFile, Locked};
use crate::{Report, source};
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Why a lifecycle command did nothing. Every file is as it was before the command.
#[derive(Debug)]
pub enum LifecycleError {
    NoNotice {
        notice: String,
        dir: PathBuf,
    },
    NoVersion {
        notice: String,
        version: String,
    },
    NoVersions {
        notice: String,
    },
    Exists {
        dir: PathBuf,
    },
    /// `disclose new`: the id is not a valid folder name for a notice.
    BadId {
        notice: String,
    },
    /// `disclose new`: a notice with that id exists.
    NoticeExists {
        notice: String,
        dir: PathBuf,
    },
    /// There is no site (no readable content/site.toml) at the root.
    NoSite {
        root: PathBuf,
        why: String,
    },
    AlreadyPublished {
        notice: String,
        version: String,
        date: String,
    },
    NotPublished {
        notice: String,
        version: String,
    },
    NotLocked {
        notice: String,
        version: String,
    },
    Unchanged {
        notice: String,
        version: String,
    },
    DateConflict {
        notice: String,
        version: String,
        written: String,
        given: String,
    },
    EffectiveBeforePublished {
        effective: Date,
        published: Date,
    },
    EmptyReason,
    Edit {
        path: PathBuf,
        why: String,
    },
    Io {
        path: PathBuf,
        source: io::Error,
    },
    /// The site did not pass the check with the change made (the change was undone).
    Check(Box<Report>),
}

impl fmt::Display for LifecycleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use LifecycleError::*;
        match self {
            NoNotice { notice, dir } => write!(
                f,
                "there is no notice `{notice}` ({} does not exist)\nhelp: the notice id is its folder's name under content/notices/",
                dir.display()
            ),
            NoVersion { notice, version } => write!(
                f,
                "notice `{notice}` has no version {version}\nhelp: its versions are the folders in content/notices/{notice}/"
            ),
            NoVersions { notice } => write!(
                f,
                "notice `{notice}` has no version folder to start from\nhelp: create content/notices/{notice}/1.0/ by hand first (see content/README.md)"
            ),
            Exists { dir } => write!(
                f,
                "{} exists already\nhelp: edit that draft, or remove it first",
                dir.display()
            ),
            BadId { notice } => write!(
                f,
                "`{notice}` cannot be a notice's id: it is its folder's name, written with lower-case letters, digits and single hyphens, starting with a letter\nhelp: e.g. `{}`",
                suggest_id(notice)
            ),
            NoticeExists { notice, dir } => write!(
                f,
                "there is a notice `{notice}` already ({} exists)\nhelp: choose another id, or start a new version of it: disclose version new {notice}",
                dir.display()
            ),
            NoSite { root, why } => write!(
                f,
                "{why}there is no site to add a notice to in {}\nhelp: run this in a site's root folder (the one holding content/site.toml), or pass --root; `disclose init DIR` creates a site",
                root.display()
            ),
            AlreadyPublished {
                notice,
                version,
                date,
            } => write!(
                f,
                "{notice} {version} was published on {date} and is recorded in {}\nhelp: a published version does not change: make a new one (disclose version new {notice}), or record an editorial correction: disclose publish --amend {notice} {version} --reason \"…\"",
                lock::PATH
            ),
            NotPublished { notice, version } => write!(
                f,
                "{notice} {version} is a draft: there is nothing published to amend\nhelp: edit the draft freely, then: disclose publish {notice} {version}"
            ),
            NotLocked { notice, version } => write!(
                f,
                "{notice} {version} is not recorded in {}\nhelp: record it first: disclose publish {notice} {version}",
                lock::PATH
            ),
            Unchanged { notice, version } => write!(
                f,
                "the files of {notice} {version} are as recorded in {}: there is no correction to record\nhelp: edit the version's files first, then run this again",
                lock::PATH
            ),
            DateConflict {
                notice,
                version,
                written,
                given,
            } => write!(
                f,
                "{notice} {version} is dated {written} in its facts.toml, not {given}\nhelp: leave out --date to record it with the date it has, or correct `published` in facts.toml first"
            ),
            EffectiveBeforePublished {
                effective,
                published,
            } => write!(
                f,
                "the effective date {effective} is before the publication date {published}\nhelp: a notice takes effect on or after the day it is published (WP260 para 30): give a later --effective"
            ),
            EmptyReason => write!(
                f,
                "an amendment needs a reason\nhelp: say what was corrected, e.g. --reason \"Fixed a broken link in the Danish text\""
            ),
            Edit { path, why } => write!(f, "cannot edit {}: {why}", path.display()),
            Io { path, source } => write!(f, "cannot write {}: {source}", path.display()),
            Check(report) => write!(
                f,
                "{report}the change was undone: the site must pass `disclose check` with it"
            ),
        }
    }
}

impl std::error::Error for LifecycleError {}

type R<T> = Result<T, LifecycleError>;

/// An id close to what was typed: lower case, other characters as hyphens, no double hyphens.
fn suggest_id(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out
        .trim_matches('-')
        .trim_start_matches(|c: char| c.is_ascii_digit());
    let out = out.trim_start_matches('-');
    if out.is_empty() {
        "job-applicants".to_string()
    } else {
        out.to_string()
    }
}

/// Versions recorded in the lock: (notice, version).
pub type Recorded = Vec<(String, String)>;

fn io_at(path: &Path) -> impl FnOnce(io::Error) -> LifecycleError + '_ {
    move |source| LifecycleError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Files as they were before a command, to put back if it fails.
#[derive(Default)]
struct Undo {
    saved: Vec<(PathBuf, Option<Vec<u8>>)>,
    made_dirs: Vec<PathBuf>,
}

impl Undo {
    fn write(&mut self, path: &Path, bytes: &[u8]) -> R<()> {
        if !self.saved.iter().any(|(p, _)| p == path) {
            self.saved.push((path.to_path_buf(), fs::read(path).ok()));
        }
        // Written whole or not at all; the temporary file is hidden, so a killed command
        // leaves nothing the loader would read.
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = path.with_file_name(format!(".{name}.disclose-tmp"));
        fs::write(&tmp, bytes).map_err(io_at(&tmp))?;
        fs::rename(&tmp, path).map_err(io_at(path))
    }

    fn undo(self) {
        for (path, old) in self.saved.into_iter().rev() {
            let _ = match old {
                Some(bytes) => fs::write(&path, bytes),
                None => fs::remove_file(&path),
            };
        }
        for d in self.made_dirs.into_iter().rev() {
            let _ = fs::remove_dir_all(d);
        }
    }
}

/// Today's date (UTC).
pub fn today() -> Date {
    Date::today()
}

/// `YYYY-MM-DD`, a real calendar day.
pub fn parse_date(s: &str) -> Option<Date> {
    Date::parse(s)
}

fn toml_date(d: Date) -> toml_edit::Datetime {
    toml_edit::Datetime {
        date: Some(toml_edit::Date {
            year: d.year,
            month: d.month,
            day: d.day,
        }),
        time: None,
        offset: None,
    }
}

fn lock_date(d: Date) -> toml::value::Datetime {
    toml::value::Datetime {
        date: Some(toml::value::Date {
            year: d.year,
            month: d.month,
            day: d.day,
        }),
        time: None,
        offset: None,
    }
}

fn notice_dir(root: &Path, notice: &str) -> R<PathBuf> {
    let dir = root.join("content").join("notices").join(notice);
    if !source::langfile::is_id(notice) || !dir.is_dir() {
        return Err(LifecycleError::NoNotice {
            notice: notice.to_string(),
            dir,
        });
    }
    Ok(dir)
}

/// The version folders of a notice, oldest first.
fn versions(dir: &Path) -> Vec<(VersionNumber, PathBuf)> {
    let mut v: Vec<(VersionNumber, PathBuf)> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    VersionNumber::parse(&name).map(|n| (n, e.path()))
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

/// The regular, not hidden files of a version folder: (name, path), by name.
fn version_files(dir: &Path) -> R<Vec<(String, PathBuf)>> {
    let mut files: Vec<(String, PathBuf)> = fs::read_dir(dir)
        .map_err(io_at(dir))?
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
        .filter(|(n, _)| !n.starts_with('.'))
        .collect();
    files.sort();
    Ok(files)
}

/// The hash of a version folder as it is on disk.
fn hash_dir(dir: &Path) -> R<(String, std::collections::BTreeMap<String, String>)> {
    let mut read = Vec::new();
    for (name, path) in version_files(dir)? {
        read.push((name, fs::read(&path).map_err(io_at(&path))?));
    }
    Ok(lock::hash_version(
        read.iter().map(|(n, b)| (n.as_str(), b.as_slice())),
    ))
}

fn read_lock(root: &Path) -> R<(PathBuf, LockFile, bool)> {
    let path = root.join(lock::PATH);
    match fs::read_to_string(&path) {
        Ok(text) => toml::from_str::<LockFile>(&text)
            .map(|l| (path.clone(), l, true))
            .map_err(|e| LifecycleError::Edit {
                path: path.clone(),
                why: format!("it is not a lock file disclose can read: {}", e.message()),
            }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok((
            path,
            LockFile {
                format: lock::FORMAT,
                versions: Vec::new(),
            },
            false,
        )),
        Err(e) => Err(LifecycleError::Io { path, source: e }),
    }
}

fn write_lock(undo: &mut Undo, path: &Path, lock: &LockFile) -> R<()> {
    let text = lock.to_text().map_err(|e| LifecycleError::Edit {
        path: path.to_path_buf(),
        why: e.to_string(),
    })?;
    undo.write(path, text.as_bytes())
}

/// Check the site with the change made; undo it if the check fails. The warnings it gave, if
/// any, are returned to be shown.
fn verify(root: &Path, undo: Undo) -> R<Option<Report>> {
    match crate::check_at(root, false, None) {
        Ok(ran) if !ran.diagnostics.has_errors() => Ok(if ran.diagnostics.is_empty() {
            None
        } else {
            Some(Report {
                files: ran.files,
                diagnostics: ran.diagnostics,
            })
        }),
        Ok(ran) => {
            undo.undo();
            Err(LifecycleError::Check(Box::new(Report {
                files: ran.files,
                diagnostics: ran.diagnostics,
            })))
        }
        Err(report) => {
            undo.undo();
            Err(LifecycleError::Check(report))
        }
    }
}

/// What `version new` made.
#[derive(Debug)]
pub struct NewVersion {
    pub from: String,
    pub to: String,
    pub dir: PathBuf,
}

/// The version after `v`: the last number up by one (2.1 → 2.2), or with `major` the first up
/// by one and the rest zero (2.1 → 3.0).
pub fn next_number(v: &str, major: bool) -> Option<String> {
    let mut parts: Vec<u64> = v
        .split('.')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    if parts.len() == 1 {
        parts.push(0);
    }
    if major {
        parts[0] += 1;
        for p in parts.iter_mut().skip(1) {
            *p = 0;
        }
    } else if let Some(last) = parts.last_mut() {
        *last += 1;
    }
    Some(
        parts
            .iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join("."),
    )
}

/// `disclose version new <notice> [--major]`: copy the newest version into a draft with the
/// next number, without its dates and change summaries.
pub fn new_version(root: &Path, notice: &str, major: bool) -> R<NewVersion> {
    let dir = notice_dir(root, notice)?;
    let all = versions(&dir);
    let (newest, _) = all.last().ok_or_else(|| LifecycleError::NoVersions {
        notice: notice.to_string(),
    })?;
    let to = next_number(newest.as_str(), major).ok_or_else(|| LifecycleError::NoVersions {
        notice: notice.to_string(),
    })?;
    let to_dir = dir.join(&to);
    if to_dir.exists() {
        return Err(LifecycleError::Exists { dir: to_dir });
    }
    let (from, files) = draft_of_newest(root, notice)?;
    let files: Vec<(String, String)> = files.into_iter().map(|(n, _, t)| (n, t)).collect();
    write_new_dir(&to_dir, &to_dir, &files)?;
    Ok(NewVersion {
        from,
        to,
        dir: to_dir,
    })
}

/// A file of a draft: its name, the path it was copied from, its text.
pub(crate) type DraftFile = (String, PathBuf, String);

/// The files of a notice's newest version as a draft would have them: facts.toml without its
/// dates, the language files without their change summaries. The version's number, and
/// (name, path copied from, text) for each file.
pub(crate) fn draft_of_newest(root: &Path, notice: &str) -> R<(String, Vec<DraftFile>)> {
    let dir = notice_dir(root, notice)?;
    let all = versions(&dir);
    let (newest, from_dir) = all.last().ok_or_else(|| LifecycleError::NoVersions {
        notice: notice.to_string(),
    })?;
    let mut files = Vec::new();
    for (name, path) in version_files(from_dir)? {
        let text = fs::read_to_string(&path).map_err(io_at(&path))?;
        let out = if name == "facts.toml" {
            undated(&path, &text)?
        } else if name.ends_with(".md") {
            without_summary(&path, &text)?
        } else {
            text
        };
        files.push((name, path, out));
    }
    Ok((newest.to_string(), files))
}

/// Create `top` (a new folder) and `dir` in it or equal to it, and write `files` into `dir`;
/// on failure, remove what was made.
pub(crate) fn write_new_dir(top: &Path, dir: &Path, files: &[(String, String)]) -> R<()> {
    let mut undo = Undo::default();
    fs::create_dir(top).map_err(io_at(top))?;
    undo.made_dirs.push(top.to_path_buf());
    let result = (|| -> R<()> {
        fs::create_dir_all(dir).map_err(io_at(dir))?;
        for (name, text) in files {
            let dest = dir.join(name);
            fs::write(&dest, text).map_err(io_at(&dest))?;
        }
        Ok(())
    })();
    if result.is_err() {
        undo.undo();
    }
    result
}

/// facts.toml without `published` and `effective`.
fn undated(path: &Path, text: &str) -> R<String> {
    let mut doc = parse_doc(path, text)?;
    if let Some(v) = doc.get_mut("version").and_then(|v| v.as_table_like_mut()) {
        v.remove("published");
        v.remove("effective");
    }
    Ok(doc.to_string())
}

/// A language file without its `[changes] summary`.
fn without_summary(path: &Path, text: &str) -> R<String> {
    edit_front_matter(path, text, |doc| {
        if let Some(changes) = doc.get_mut("changes").and_then(|c| c.as_table_like_mut()) {
            changes.remove("summary");
            if changes.is_empty() {
                doc.remove("changes");
            }
        }
    })
}

/// A language file with its front matter edited by `edit` (comments and layout kept).
pub(crate) fn edit_front_matter(
    path: &Path,
    text: &str,
    edit: impl FnOnce(&mut toml_edit::DocumentMut),
) -> R<String> {
    let split = source::langfile::split(crate::source::files::FileId(0), text).map_err(|d| {
        LifecycleError::Edit {
            path: path.to_path_buf(),
            why: d.message,
        }
    })?;
    let mut doc = parse_doc(path, &text[split.front_matter.clone()])?;
    edit(&mut doc);
    Ok(format!(
        "{}{}{}",
        &text[..split.front_matter.start],
        doc,
        &text[split.front_matter.end..]
    ))
}

fn parse_doc(path: &Path, text: &str) -> R<toml_edit::DocumentMut> {
    text.parse::<toml_edit::DocumentMut>()
        .map_err(|e| LifecycleError::Edit {
            path: path.to_path_buf(),
            why: format!("it is not valid TOML ({}); run disclose check", e.message()),
        })
}

/// What `publish` did.
#[derive(Debug)]
pub struct Published {
    pub notice: String,
    pub version: String,
    pub date: Date,
    pub effective: Option<Date>,
    /// The date was already in facts.toml; only the lock was written.
    pub recorded_only: bool,
    /// Versions published before the lock existed, recorded with this one.
    pub also_recorded: Vec<(String, String)>,
    /// The check's warnings, if any.
    pub warnings: Option<Report>,
}

/// The `published` date written in a facts.toml, if any.
fn written_date(doc: &toml_edit::DocumentMut) -> Option<Date> {
    let d = doc
        .get("version")?
        .as_table_like()?
        .get("published")?
        .as_datetime()?
        .date?;
    Some(Date {
        year: d.year,
        month: d.month,
        day: d.day,
    })
}

/// `disclose publish <notice> <version> [--date D] [--effective D]`: date a draft (today, unless
/// `date`), or record a version that already has a date, and record its hash in the lock. The
/// first version recorded in a site without a lock brings every other published version into
/// the lock with it.
pub fn publish(
    root: &Path,
    notice: &str,
    version: &str,
    date: Option<Date>,
    effective: Option<Date>,
    today: Date,
) -> R<Published> {
    let dir = notice_dir(root, notice)?.join(version);
    if !dir.is_dir() || VersionNumber::parse(version).is_none() {
        return Err(LifecycleError::NoVersion {
            notice: notice.to_string(),
            version: version.to_string(),
        });
    }
    let (lock_path, mut lock, existed) = read_lock(root)?;
    let facts_path = dir.join("facts.toml");
    let text = fs::read_to_string(&facts_path).map_err(io_at(&facts_path))?;
    let mut doc = parse_doc(&facts_path, &text)?;
    let written = written_date(&doc);
    if let (Some(w), Some(_)) = (written, lock.get(notice, version)) {
        return Err(LifecycleError::AlreadyPublished {
            notice: notice.to_string(),
            version: version.to_string(),
            date: w.to_string(),
        });
    }
    if let (Some(w), Some(g)) = (written, date)
        && w != g
    {
        return Err(LifecycleError::DateConflict {
            notice: notice.to_string(),
            version: version.to_string(),
            written: w.to_string(),
            given: g.to_string(),
        });
    }
    let published = written.or(date).unwrap_or(today);
    if let Some(e) = effective
        && e < published
    {
        return Err(LifecycleError::EffectiveBeforePublished {
            effective: e,
            published,
        });
    }
    let mut undo = Undo::default();
    if written.is_none() || effective.is_some() {
        if !doc.contains_key("version") {
            doc.insert("version", toml_edit::Item::Table(toml_edit::Table::new()));
        }
        let table = doc["version"]
            .as_table_like_mut()
            .ok_or_else(|| LifecycleError::Edit {
                path: facts_path.clone(),
                why: "`version` is not a table".to_string(),
            })?;
        table.insert("published", toml_edit::value(toml_date(published)));
        if let Some(e) = effective {
            table.insert("effective", toml_edit::value(toml_date(e)));
        }
        undo.write(&facts_path, doc.to_string().as_bytes())?;
    }
    let (sha256, files) = match hash_dir(&dir) {
        Ok(h) => h,
        Err(e) => {
            undo.undo();
            return Err(e);
        }
    };
    lock.insert(Locked {
        notice: notice.to_string(),
        version: version.to_string(),
        locked: lock_date(today),
        sha256,
        files,
        amendments: Vec::new(),
    });
    let also_recorded = if existed {
        Vec::new()
    } else {
        match record_published(root, &mut lock, today) {
            Ok(v) => v,
            Err(e) => {
                undo.undo();
                return Err(e);
            }
        }
    };
    if let Err(e) = write_lock(&mut undo, &lock_path, &lock) {
        undo.undo();
        return Err(e);
    }
    let warnings = verify(root, undo)?;
    Ok(Published {
        warnings,
        notice: notice.to_string(),
        version: version.to_string(),
        date: published,
        effective,
        recorded_only: written.is_some() && effective.is_none(),
        also_recorded,
    })
}

/// Put every version with a `published` date that the lock does not have into it.
fn record_published(root: &Path, lock: &mut LockFile, today: Date) -> R<Vec<(String, String)>> {
    let notices = root.join("content").join("notices");
    let mut ids: Vec<String> = fs::read_dir(&notices)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| source::langfile::is_id(n))
                .collect()
        })
        .unwrap_or_default();
    ids.sort();
    let mut recorded = Vec::new();
    for id in ids {
        for (number, dir) in versions(&notices.join(&id)) {
            if lock.get(&id, number.as_str()).is_some() {
                continue;
            }
            let facts = dir.join("facts.toml");
            let Ok(text) = fs::read_to_string(&facts) else {
                continue;
            };
            let Ok(doc) = text.parse::<toml_edit::DocumentMut>() else {
                continue;
            };
            if written_date(&doc).is_none() {
                continue;
            }
            let (sha256, files) = hash_dir(&dir)?;
            lock.insert(Locked {
                notice: id.clone(),
                version: number.to_string(),
                locked: lock_date(today),
                sha256,
                files,
                amendments: Vec::new(),
            });
            recorded.push((id.clone(), number.to_string()));
        }
    }
    Ok(recorded)
}

/// `disclose publish --all`: record every published version not yet in the lock (with the
/// check's warnings, if any).
pub fn publish_all(root: &Path, today: Date) -> R<(Recorded, Option<Report>)> {
    let (lock_path, mut lock, _) = read_lock(root)?;
    let recorded = record_published(root, &mut lock, today)?;
    let mut undo = Undo::default();
    write_lock(&mut undo, &lock_path, &lock)?;
    let warnings = verify(root, undo)?;
    Ok((recorded, warnings))
}

/// `disclose publish --amend <notice> <version> --reason "…"`: accept the version's files as
/// they are now as an editorial correction, with the date and the reason (and the check's
/// warnings, if any).
pub fn amend(
    root: &Path,
    notice: &str,
    version: &str,
    reason: &str,
    today: Date,
) -> R<Option<Report>> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(LifecycleError::EmptyReason);
    }
    let dir = notice_dir(root, notice)?.join(version);
    if !dir.is_dir() {
        return Err(LifecycleError::NoVersion {
            notice: notice.to_string(),
            version: version.to_string(),
        });
    }
    let (lock_path, mut lock, _) = read_lock(root)?;
    let (sha256, files) = hash_dir(&dir)?;
    let facts_path = dir.join("facts.toml");
    let text = fs::read_to_string(&facts_path).map_err(io_at(&facts_path))?;
    if written_date(&parse_doc(&facts_path, &text)?).is_none() {
        return Err(LifecycleError::NotPublished {
            notice: notice.to_string(),
            version: version.to_string(),
        });
    }
    let entry = lock
        .get_mut(notice, version)
        .ok_or_else(|| LifecycleError::NotLocked {
            notice: notice.to_string(),
            version: version.to_string(),
        })?;
    if entry.expected().0 == sha256 {
        return Err(LifecycleError::Unchanged {
            notice: notice.to_string(),
            version: version.to_string(),
        });
    }
    entry.amendments.push(Amendment {
        date: lock_date(today),
        reason: reason.to_string(),
        sha256,
        files,
    });
    let mut undo = Undo::default();
    write_lock(&mut undo, &lock_path, &lock)?;
    verify(root, undo)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_numbers() {
        assert_eq!(next_number("2.1", false).as_deref(), Some("2.2"));
        assert_eq!(next_number("2.9", false).as_deref(), Some("2.10"));
        assert_eq!(next_number("2.1", true).as_deref(), Some("3.0"));
        assert_eq!(next_number("1", false).as_deref(), Some("1.1"));
        assert_eq!(next_number("1.2.3", true).as_deref(), Some("2.0.0"));
        assert_eq!(next_number("x", false), None);
    }

    #[test]
    fn dates() {
        assert_eq!(
            parse_date("2024-02-29").map(|d| d.to_string()).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(parse_date("2023-02-29"), None);
        assert_eq!(parse_date("2024-2-01"), None);
        let t = today();
        assert!(t.year >= 2024 && (1..=12).contains(&t.month));
    }

    #[test]
    fn a_new_draft_loses_its_dates_and_summaries_but_keeps_comments() {
        let facts = "# The facts.\n[version]\npublished = 2024-02-27 # when\neffective = 2024-03-01\n\n[[controllers]]\nid = \"a\"\n";
        let out = undated(Path::new("facts.toml"), facts).expect("edit");
        assert!(
            out.contains("# The facts.") && out.contains("[[controllers]]"),
            "{out}"
        );
        assert!(
            !out.contains("published") && !out.contains("effective"),
            "{out}"
        );
        let md = "+++\ntitle = \"T\" # title\n[changes]\nsummary = \"Changed.\"\n+++\n\nProse.\n";
        let out = without_summary(Path::new("nb.md"), md).expect("edit");
        assert_eq!(out, "+++\ntitle = \"T\" # title\n+++\n\nProse.\n");
    }
}
