//! Load: walk a site's source tree and parse every file, keeping positions.
//!
//! A site root holds `content/site.toml`, `content/notices/<id>/<version>/` with `facts.toml`
//! and one `<lang>.md` per language, and optionally its own `locales/<lang>.ftl` and
//! `themes/<name>/` overrides. This stage reads and parses; it gives no meaning to what it
//! read (that is `model`), but every syntax error, unknown key or stray file is reported here
//! with its file, line and column.

pub mod files;
mod hints;
pub mod langfile;
pub mod links;
pub mod lock;
pub mod raw;
pub mod read;

use crate::diag::{Diagnostic, LoadError};
use files::{FileId, Loc, SourceFiles};
use langfile::Prose;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// The parsed, not yet interpreted, source of a site.
#[derive(Debug, Default)]
pub struct SourceSite {
    pub root: PathBuf,
    pub files: SourceFiles,
    pub site: Option<(FileId, raw::SiteToml)>,
    /// `content/disclose.lock`, if the site has one.
    pub lock: Option<(FileId, lock::LockFile)>,
    pub notices: Vec<SourceNotice>,
    /// `locales/<lang>.ftl` of the site: (language code, file).
    pub locales: Vec<(String, FileId)>,
    /// Templates of the site's theme folder: (template name, file).
    pub templates: Vec<(String, FileId)>,
    /// Static files of the site's theme folder (`assets/…`): (path under assets, absolute path).
    pub assets: Vec<(String, PathBuf)>,
}

#[derive(Debug)]
pub struct SourceNotice {
    pub id: String,
    pub versions: Vec<SourceVersion>,
}

#[derive(Debug)]
pub struct SourceVersion {
    pub number: String,
    /// Relative to the root, for messages.
    pub dir: PathBuf,
    pub facts: Option<(FileId, raw::FactsToml)>,
    pub langs: Vec<SourceLang>,
}

#[derive(Debug)]
pub struct SourceLang {
    pub code: String,
    pub file: FileId,
    pub front_matter: Range<usize>,
    pub parsed: Option<raw::FrontMatterToml>,
    pub prose: Prose,
}

/// Read and parse everything under `root`. Problems are returned beside what could be read.
pub fn load(root: &Path) -> (SourceSite, Vec<Diagnostic>) {
    use rayon::prelude::*;
    let (mut site, pending, mut diags) = discover(root);
    let ctx = ReadContext::of(&site);
    let read: Vec<ReadNotice> = pending.into_par_iter().map(|p| p.read(&ctx)).collect();
    for r in read {
        site.files.extend(r.files);
        diags.extend(r.diags);
        site.notices.push(r.notice);
    }
    (site, diags)
}

/// Walk the tree and read what every notice shares (`content/site.toml`, the site's locales
/// and theme), but none of the notices' own files: each notice comes back pending, to be read
/// on its own ([`PendingNotice::read`]). The site's `notices` are left empty.
pub fn discover(root: &Path) -> (SourceSite, Vec<PendingNotice>, Vec<Diagnostic>) {
    discover_known(root, &BTreeMap::new())
}

/// [`discover`], taking the notices in `known` as they are without walking their folders: each
/// with its files' paths relative to the root, in walk order (as a cache entry's stamps list
/// them). For a caller that knows they did not change, such as `disclose serve`, whose watcher
/// says which notices did; the walk of a large site is otherwise most of a small rebuild.
pub fn discover_known(
    root: &Path,
    known: &BTreeMap<String, Vec<PathBuf>>,
) -> (SourceSite, Vec<PendingNotice>, Vec<Diagnostic>) {
    let mut loader = Loader {
        real_root: root.canonicalize().unwrap_or_else(|_| root.to_path_buf()),
        root: root.to_path_buf(),
        site: SourceSite {
            root: root.to_path_buf(),
            ..SourceSite::default()
        },
        diags: Vec::new(),
        pending: Vec::new(),
        known,
    };
    loader.load_site_toml();
    if loader.site.site.is_some() {
        loader.load_lock();
        loader.load_notices();
        loader.load_overrides();
    }
    (loader.site, loader.pending, loader.diags)
}

/// What reading a notice's files needs to know of the site.
#[derive(Debug, Clone)]
pub struct ReadContext {
    real_root: PathBuf,
    allow_html: bool,
}

impl ReadContext {
    /// The site root with every link resolved.
    pub fn real_root(&self) -> &Path {
        &self.real_root
    }

    pub fn of(site: &SourceSite) -> ReadContext {
        ReadContext {
            real_root: site
                .root
                .canonicalize()
                .unwrap_or_else(|_| site.root.clone()),
            allow_html: site.site.as_ref().is_some_and(|(_, s)| s.allow_html),
        }
    }
}

/// A notice found by the walk, its files not yet read. File ids are already given, in walk
/// order, so that a notice read on its own gets the same ids as in a whole-site load.
#[derive(Debug)]
pub struct PendingNotice {
    pub id: String,
    /// The files of a notice taken as it is, not walked (see [`discover_known`]): (id, path
    /// relative to the root, path on disk). Empty for a walked notice.
    known: Vec<(FileId, PathBuf, PathBuf)>,
    /// The version folders, their files not yet read.
    versions: Vec<SourceVersion>,
    jobs: Vec<VersionJob>,
}

/// One notice, read and parsed.
#[derive(Debug)]
pub struct ReadNotice {
    pub notice: SourceNotice,
    /// The texts of its files.
    pub files: SourceFiles,
    pub diags: Vec<Diagnostic>,
}

impl PendingNotice {
    /// Every file of the notice: (id, path relative to the site root, path on disk), in walk
    /// order.
    pub fn files(&self) -> Vec<(FileId, &Path, &Path)> {
        let mut out: Vec<(FileId, &Path, &Path)> = self
            .known
            .iter()
            .map(|(id, rel, abs)| (*id, rel.as_path(), abs.as_path()))
            .collect();
        for job in &self.jobs {
            for (_, id, rel, abs) in &job.langs {
                out.push((*id, rel.as_path(), abs.as_path()));
            }
            if let Some((id, rel, abs)) = &job.facts {
                out.push((*id, rel.as_path(), abs.as_path()));
            }
        }
        out
    }

    /// Was the notice taken as it is, not walked (see [`discover_known`])?
    pub fn is_known(&self) -> bool {
        !self.known.is_empty()
    }

    /// Read the notice's files, without parsing them. Runs on any thread.
    pub fn fetch(self, ctx: &ReadContext) -> Fetched {
        let mut folders = read::RealFolders::default();
        let texts = self
            .files()
            .into_iter()
            .map(|(id, rel, abs)| {
                let text = read_text_in(&ctx.real_root, abs, rel, &mut folders);
                (id, (rel.to_path_buf(), text))
            })
            .collect();
        Fetched {
            pending: self,
            texts,
        }
    }

    /// Read and parse the notice's files. Runs on any thread.
    pub fn read(self, ctx: &ReadContext) -> ReadNotice {
        self.fetch(ctx).parse(ctx)
    }
}

/// A notice whose files are read but not parsed.
pub struct Fetched {
    pending: PendingNotice,
    texts: BTreeMap<FileId, (PathBuf, Result<String, ReadFailed>)>,
}

impl Fetched {
    pub fn id(&self) -> &str {
        &self.pending.id
    }

    /// Every file of the notice, as [`PendingNotice::files`].
    pub fn files(&self) -> Vec<(FileId, &Path, &Path)> {
        self.pending.files()
    }

    /// Each file's path and text, in walk order; `None` if any could not be read.
    pub fn texts(&self) -> Option<Vec<(&Path, &str)>> {
        self.texts
            .values()
            .map(|(rel, t)| t.as_ref().ok().map(|t| (rel.as_path(), t.as_str())))
            .collect()
    }

    /// Parse what was read.
    pub fn parse(mut self, ctx: &ReadContext) -> ReadNotice {
        let mut versions = self.pending.versions;
        let mut files = SourceFiles::default();
        let mut diags = Vec::new();
        for job in &self.pending.jobs {
            let mut get = |id: FileId| self.texts.remove(&id).ok_or(id);
            let result = read_version(job, ctx.allow_html, &mut get);
            for (id, path, text) in result.texts {
                files.insert(id, path, text);
            }
            diags.extend(result.diags);
            if let Some(v) = versions.get_mut(job.version) {
                v.facts = result.facts;
                v.langs = result.langs;
            }
        }
        ReadNotice {
            notice: SourceNotice {
                id: self.pending.id,
                versions,
            },
            files,
            diags,
        }
    }
}

struct Loader<'k> {
    root: PathBuf,
    /// The root with every link resolved: files must resolve inside it to be read.
    real_root: PathBuf,
    site: SourceSite,
    diags: Vec<Diagnostic>,
    /// Notices found by the walk, to be read afterwards.
    pending: Vec<PendingNotice>,
    /// Notices taken as they are, not walked (see [`discover_known`]).
    known: &'k BTreeMap<String, Vec<PathBuf>>,
}

/// The files of one version folder, with ids given in walk order: (id, path relative to the
/// root, path on disk).
#[derive(Debug)]
struct VersionJob {
    version: usize,
    facts: Option<(FileId, PathBuf, PathBuf)>,
    langs: Vec<(String, FileId, PathBuf, PathBuf)>,
}

/// What reading and parsing one version folder gave.
struct VersionResult {
    texts: Vec<(FileId, PathBuf, String)>,
    facts: Option<(FileId, raw::FactsToml)>,
    langs: Vec<SourceLang>,
    diags: Vec<Diagnostic>,
}

impl Loader<'_> {
    fn rel(&self, p: &Path) -> PathBuf {
        p.strip_prefix(&self.root).unwrap_or(p).to_path_buf()
    }

    fn read(&mut self, path: &Path) -> Option<FileId> {
        let rel = self.rel(path);
        match read_text(&self.real_root, path, &rel) {
            Ok(text) => Some(self.site.files.add(rel, text)),
            Err(failed) => {
                let (diag, lossy) = failed.into_parts();
                match lossy {
                    Some((text, offset)) => {
                        let file = self.site.files.add(rel, text);
                        self.diags.push(diag.at(Loc::new(file, offset..offset)));
                    }
                    None => self.diags.push(diag),
                }
                None
            }
        }
    }

    fn parse_toml<T: serde::de::DeserializeOwned>(
        &mut self,
        file: FileId,
        range: Range<usize>,
    ) -> Option<T> {
        parse_toml(file, self.site.files.text(file), range)
            .map_err(|d| self.diags.push(d))
            .ok()
    }

    fn load_site_toml(&mut self) {
        let path = self.root.join("content").join("site.toml");
        if !path.is_file() {
            self.diags.push(
                Diagnostic::load(
                    LoadError::Io,
                    format!("no site here: {} does not exist", self.rel(&path).display()),
                )
                .help("run disclose in a site's root folder (the one holding content/), pass --root, or create a site with `disclose init DIR`"),
            );
            return;
        }
        let Some(file) = self.read(&path) else { return };
        let len = self.site.files.text(file).len();
        if let Some(site) = self.parse_toml::<raw::SiteToml>(file, 0..len) {
            self.site.site = Some((file, site));
        }
    }

    fn load_lock(&mut self) {
        let path = self.root.join(lock::PATH);
        if !path.exists() {
            return;
        }
        let Some(file) = self.read(&path) else { return };
        let len = self.site.files.text(file).len();
        let Some(parsed) = self.parse_toml::<lock::LockFile>(file, 0..len) else {
            return;
        };
        if parsed.format != lock::FORMAT {
            self.diags.push(
                Diagnostic::load(
                    LoadError::BadValue,
                    format!(
                        "{} is of format {}, which this disclose does not read (it reads format {})",
                        lock::PATH,
                        parsed.format,
                        lock::FORMAT
                    ),
                )
                .at(Loc::file_start(file))
                .help("use the disclose that wrote it, or restore the file from version control"),
            );
            return;
        }
        self.site.lock = Some((file, parsed));
    }

    /// Does `path` resolve inside the site root? If not, report it: disclose follows no link
    /// out of the site.
    fn inside(&mut self, path: &Path) -> bool {
        if read::inside_root(&self.real_root, path) || !path.exists() {
            return true;
        }
        let target = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
        self.diags.push(layout_error(
            &self.rel(path),
            &format!(
                "this is a link to {}, outside the site's folder",
                target.display()
            ),
            "disclose reads only files inside the site's folder: copy what you need in instead of linking to it",
        ));
        false
    }

    /// [`Self::inside`] for an entry of a folder that is inside the root: only a link can lead
    /// out of it, so only a link is resolved (the walk of a large site resolves thousands of
    /// folders otherwise).
    fn inside_entry(&mut self, entry: &DirItem) -> bool {
        !entry.path_is_symlink() || self.inside(entry.path())
    }

    /// A hidden entry among the notices or versions: a folder is reported (it would be left
    /// out without anyone noticing); a file (an editor's swap file) is ignored.
    fn hidden(&mut self, path: &Path, rename_to: &str) {
        if path.is_dir() {
            self.diags.push(layout_error(
                &self.rel(path),
                "a folder whose name starts with `.` is hidden, and disclose would leave it out",
                &format!("rename it to {rename_to}, or move it out of content/notices"),
            ));
        }
    }

    fn load_notices(&mut self) {
        let notices_dir = self.root.join("content").join("notices");
        if !notices_dir.is_dir() {
            self.diags.push(
                Diagnostic::load(LoadError::Layout, "the site has no content/notices folder")
                    .help("create content/notices/<notice-id>/<version>/ with facts.toml and one file per language; see content/README.md"),
            );
            return;
        }
        if !self.inside(&notices_dir) {
            return;
        }
        for entry in sorted_dir(&notices_dir) {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().to_string();
            if name.starts_with('.') {
                self.hidden(path, "a notice id (lower-case letters, digits and hyphens)");
                continue;
            }
            if !self.inside_entry(&entry) {
                continue;
            }
            if !is_dir(&entry) {
                self.diags.push(layout_error(
                    &self.rel(path),
                    "only notice folders belong in content/notices",
                    "move this file elsewhere, or put it inside a notice's version folder if it is part of one",
                ));
                continue;
            }
            if !langfile::is_id(&name) {
                self.diags.push(layout_error(
                    &self.rel(path),
                    &format!("`{name}` is not a valid notice id"),
                    "rename the folder: lower-case letters, digits and hyphens, e.g. business-contacts",
                ));
                continue;
            }
            let notice = match self.known.get(&name) {
                Some(files) if !files.is_empty() => self.known_notice(&name, files),
                _ => self.load_notice(&name, path),
            };
            self.pending.push(notice);
        }
        if self.pending.is_empty() && self.diags.is_empty() {
            self.diags.push(
                Diagnostic::load(LoadError::Layout, "content/notices has no notices")
                    .help("add content/notices/<notice-id>/<version>/; see content/README.md"),
            );
        }
    }

    /// A notice taken as it is: its files get their ids in walk order, as a walk would give.
    fn known_notice(&mut self, id: &str, files: &[PathBuf]) -> PendingNotice {
        let known = files
            .iter()
            .map(|rel| (self.site.files.next_id(), rel.clone(), self.root.join(rel)))
            .collect();
        PendingNotice {
            id: id.to_string(),
            known,
            versions: Vec::new(),
            jobs: Vec::new(),
        }
    }

    fn load_notice(&mut self, id: &str, dir: &Path) -> PendingNotice {
        let mut versions = Vec::new();
        let mut jobs = Vec::new();
        for entry in sorted_dir(dir) {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().to_string();
            if name.starts_with('.') {
                self.hidden(path, "a version number such as 1.0");
                continue;
            }
            if !self.inside_entry(&entry) {
                continue;
            }
            if !is_dir(&entry) {
                self.diags.push(layout_error(
                    &self.rel(path),
                    "a notice folder holds only version folders",
                    "move this file into a version folder such as 1.0/, or remove it",
                ));
                continue;
            }
            let (version, job) = self.load_version(&name, path, versions.len());
            versions.push(version);
            jobs.push(job);
        }
        if versions.is_empty() {
            self.diags.push(layout_error(
                &self.rel(dir),
                &format!("notice `{id}` has no versions"),
                "add a version folder such as 1.0/ with facts.toml and the language files",
            ));
        }
        PendingNotice {
            id: id.to_string(),
            known: Vec::new(),
            versions,
            jobs,
        }
    }

    fn load_version(
        &mut self,
        number: &str,
        dir: &Path,
        index: usize,
    ) -> (SourceVersion, VersionJob) {
        let version = SourceVersion {
            number: number.to_string(),
            dir: self.rel(dir),
            facts: None,
            langs: Vec::new(),
        };
        let mut job = VersionJob {
            version: index,
            facts: None,
            langs: Vec::new(),
        };
        let facts_path = dir.join("facts.toml");
        for entry in sorted_dir(dir) {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().to_string();
            if name.starts_with('.') || name == "facts.toml" {
                continue;
            }
            match name.strip_suffix(".md") {
                Some(code) if !is_dir(&entry) => {
                    let id = self.site.files.next_id();
                    job.langs
                        .push((code.to_string(), id, self.rel(path), path.to_path_buf()));
                }
                _ => self.diags.push(layout_error(
                    &self.rel(path),
                    "a version folder holds only facts.toml and one <language>.md per language",
                    "remove this file or move it out of content/",
                )),
            }
        }
        if facts_path.is_file() {
            let id = self.site.files.next_id();
            job.facts = Some((id, self.rel(&facts_path), facts_path));
        } else {
            self.diags.push(layout_error(
                &self.rel(&facts_path),
                "this version has no facts.toml",
                "copy facts.toml from the previous version, or start from the example in content/README.md",
            ));
        }
        (version, job)
    }

    /// The site's own `locales/*.ftl` and `themes/<theme>/` files.
    fn load_overrides(&mut self) {
        let locales = self.root.join("locales");
        if locales.is_dir() && self.inside(&locales) {
            for entry in sorted_dir(&locales) {
                let name = entry.file_name().to_string_lossy().to_string();
                if let Some(code) = name.strip_suffix(".ftl")
                    && let Some(file) = self.read(entry.path())
                {
                    self.site.locales.push((code.to_string(), file));
                }
            }
        }
        let theme = self
            .site
            .site
            .as_ref()
            .and_then(|(file, s)| s.theme.as_ref().map(|t| (*file, t.clone())));
        let theme = match theme {
            Some((file, t)) if !is_theme_name(t.get_ref()) => {
                self.diags.push(
                    Diagnostic::load(
                        LoadError::BadValue,
                        format!("`{}` is not a theme name", t.get_ref()),
                    )
                    .at(Loc::new(file, t.span()))
                    .help("a theme is the name of a folder in themes/, such as \"nordlys\": letters, digits, `-`, `_` and `.`, with no `/`"),
                );
                return;
            }
            Some((_, t)) => t.into_inner(),
            None => "default".to_string(),
        };
        let theme_dir = self.root.join("themes").join(&theme);
        if !theme_dir.is_dir()
            || !self.inside(&self.root.join("themes"))
            || !self.inside(&theme_dir)
        {
            return;
        }
        for entry in WalkDir::new(&theme_dir)
            .sort_by_file_name()
            .into_iter()
            .filter_map(Result::ok)
        {
            let path = entry.path();
            if path.is_dir() {
                continue;
            }
            let Ok(rel) = path.strip_prefix(&theme_dir) else {
                continue;
            };
            let name = rel.to_string_lossy().replace('\\', "/");
            if let Some(asset) = name.strip_prefix("assets/") {
                // Read now only to refuse what may not be published (a link out of the site, a
                // pipe, a file too large); the theme reads it again when it renders.
                if let Err(problem) = read::read_bytes(&self.real_root, path) {
                    self.diags.push(
                        Diagnostic::load(
                            LoadError::Io,
                            format!("cannot read {}: {problem}", self.rel(path).display()),
                        )
                        .help(problem.help()),
                    );
                    continue;
                }
                self.site
                    .assets
                    .push((asset.to_string(), path.to_path_buf()));
            } else if (name.ends_with(".html") || name.ends_with(".xml"))
                && let Some(file) = self.read(path)
            {
                self.site.templates.push((name, file));
            }
        }
    }
}

/// Read and parse the files of one version folder. Runs on any thread: touches nothing shared.
/// What a file of a version folder gave when it was read: its path and text, or why not; or its
/// id back if it was never read.
type Got = Result<(PathBuf, Result<String, ReadFailed>), FileId>;

/// Parse the files of one version folder, as `get` gives them.
fn read_version(
    job: &VersionJob,
    allow_html: bool,
    get: &mut dyn FnMut(FileId) -> Got,
) -> VersionResult {
    let mut r = VersionResult {
        texts: Vec::new(),
        facts: None,
        langs: Vec::new(),
        diags: Vec::new(),
    };
    let failed = |r: &mut VersionResult, file: FileId, rel: &Path, failed: ReadFailed| {
        let (diag, lossy) = failed.into_parts();
        match lossy {
            Some((text, offset)) => {
                r.diags.push(diag.at(Loc::new(file, offset..offset)));
                r.texts.push((file, rel.to_path_buf(), text));
            }
            None => r.diags.push(diag),
        }
    };
    // A language file that is there but cannot be read or split is still listed, unparsed, so
    // that its language is not reported missing as well as broken.
    let unread = |code: &str, file: FileId| SourceLang {
        code: code.to_string(),
        file,
        front_matter: 0..0,
        parsed: None,
        prose: Prose {
            intro: 0..0,
            sections: Vec::new(),
        },
    };
    for (code, file, _, _) in &job.langs {
        let Ok((rel, text)) = get(*file) else {
            continue;
        };
        let text = match text {
            Ok(t) => t,
            Err(f) => {
                failed(&mut r, *file, &rel, f);
                r.langs.push(unread(code, *file));
                continue;
            }
        };
        match langfile::split(*file, &text) {
            Ok(split) => {
                let parsed =
                    parse_toml::<raw::FrontMatterToml>(*file, &text, split.front_matter.clone())
                        .map_err(|d| r.diags.push(d))
                        .ok();
                let (prose, diags) = langfile::sections(*file, &text, split.body, allow_html);
                r.diags.extend(diags);
                r.langs.push(SourceLang {
                    code: code.clone(),
                    file: *file,
                    front_matter: split.front_matter,
                    parsed,
                    prose,
                });
            }
            Err(d) => {
                r.diags.push(d);
                r.langs.push(unread(code, *file));
            }
        }
        r.texts.push((*file, rel, text));
    }
    if let Some((file, _, _)) = &job.facts
        && let Ok((rel, text)) = get(*file)
    {
        match text {
            Ok(text) => {
                match parse_toml::<raw::FactsToml>(*file, &text, 0..text.len()) {
                    Ok(facts) => r.facts = Some((*file, facts)),
                    Err(d) => r.diags.push(d),
                }
                r.texts.push((*file, rel, text));
            }
            Err(f) => failed(&mut r, *file, &rel, f),
        }
    }
    r
}

/// A file that could not be read: the diagnostic, and for text that is not UTF-8 the text as
/// far as it could be decoded with the offset of the first bad byte, so the diagnostic can
/// point at its line.
pub struct ReadFailed {
    diag: Diagnostic,
    lossy: Option<(String, usize)>,
}

impl ReadFailed {
    fn into_parts(self) -> (Diagnostic, Option<(String, usize)>) {
        (self.diag, self.lossy)
    }
}

fn read_text(real_root: &Path, path: &Path, rel: &Path) -> Result<String, ReadFailed> {
    read_text_in(real_root, path, rel, &mut read::RealFolders::default())
}

/// [`read_text`], with the folders already resolved in `folders`.
fn read_text_in(
    real_root: &Path,
    path: &Path,
    rel: &Path,
    folders: &mut read::RealFolders,
) -> Result<String, ReadFailed> {
    read::read_text_in(real_root, path, folders).map_err(|problem| {
        let diag = Diagnostic::load(
            LoadError::Io,
            format!("cannot read {}: {problem}", rel.display()),
        )
        .help(problem.help());
        let lossy = match problem {
            read::ReadProblem::NotUtf8 { lossy, offset } => Some((lossy, offset)),
            _ => None,
        };
        ReadFailed { diag, lossy }
    })
}

/// Parse TOML that starts at `range.start` of a file's text.
fn parse_toml<T: serde::de::DeserializeOwned>(
    file: FileId,
    text: &str,
    range: Range<usize>,
) -> Result<T, Diagnostic> {
    let part = &text[range.clone()];
    toml::from_str::<T>(part).map_err(|e| toml_error(file, text, range.start, &e))
}

/// A theme is a folder name under themes/: no separators, no `..`, nothing absolute.
fn is_theme_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && !s.starts_with('.')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// Is the entry a folder (a link, if it is one, followed)?
fn is_dir(entry: &DirItem) -> bool {
    if entry.path_is_symlink() {
        entry.path().is_dir()
    } else {
        entry.file_type.is_dir()
    }
}

/// One entry of a folder, as [`sorted_dir`] lists it.
struct DirItem {
    path: PathBuf,
    file_type: std::fs::FileType,
}

impl DirItem {
    fn path(&self) -> &Path {
        &self.path
    }

    fn file_name(&self) -> &std::ffi::OsStr {
        self.path.file_name().unwrap_or_default()
    }

    fn path_is_symlink(&self) -> bool {
        self.file_type.is_symlink()
    }
}

/// The entries of `dir`, sorted by name; unreadable entries are left out. (Read with
/// `read_dir`: a walk limited to one level would still open and read every sub-folder.)
fn sorted_dir(dir: &Path) -> Vec<DirItem> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut items: Vec<DirItem> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            Some(DirItem {
                file_type: e.file_type().ok()?,
                path: e.path(),
            })
        })
        .collect();
    items.sort_by(|a, b| a.file_name().cmp(b.file_name()));
    items
}

fn layout_error(path: &Path, message: &str, help: &str) -> Diagnostic {
    Diagnostic::load(LoadError::Layout, format!("{}: {message}", path.display())).help(help)
}

/// Turn a TOML error into a diagnostic at its place. `offset` is where the TOML starts in the
/// file (the front matter of a language file does not start at 0); `text` is the whole file,
/// for hints that quote what was written.
fn toml_error(file: FileId, text: &str, offset: usize, e: &toml::de::Error) -> Diagnostic {
    let span = e.span().unwrap_or(0..0);
    let span = (span.start + offset)..(span.end + offset);
    let message = e.message().trim().to_string();
    // The line the error is on, and the key it assigns, if any (`published = …`).
    let line_start = text
        .get(..span.start)
        .map_or(0, |b| b.rfind('\n').map_or(0, |i| i + 1));
    let line_end = text
        .get(span.start..)
        .and_then(|r| r.find('\n'))
        .map_or(text.len(), |i| span.start + i);
    let line = text.get(line_start..line_end).unwrap_or("");
    let (key, value) = match line.split_once('=') {
        Some((k, v)) if !k.trim().starts_with('[') => (k.trim(), v.trim()),
        _ => ("", ""),
    };
    let value = value.split(" #").next().unwrap_or(value).trim();
    let date_key = matches!(key, "published" | "effective");
    let (kind, help) = if let Some(rest) = message.strip_prefix("unknown field `") {
        let field = rest.split('`').next().unwrap_or("");
        // "unknown field `x`, expected one of `a`, `b`" or "…, expected `a` or `b`": the keys
        // are the backquoted words after "expected".
        let expected: Vec<&str> = rest
            .split_once("expected ")
            .map(|(_, list)| list.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default();
        let keys = expected
            .iter()
            .map(|k| format!("`{k}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let hint = match crate::vocab::closest(field, expected.iter().copied()) {
            Some(s) => format!("did you mean `{s}`? The keys allowed here are: {keys}"),
            None if expected.is_empty() => "remove it: this table takes no such key".to_string(),
            None => format!("remove it; the keys allowed here are: {keys}"),
        };
        (LoadError::UnknownKey, hint)
    } else if date_key || message.contains("datetime") || message.contains(" date") {
        let assign = |d: &str| {
            if key.is_empty() {
                format!("`{d}`")
            } else {
                format!("`{key} = {d}`")
            }
        };
        let help = match hints::date(value) {
            Some(hints::DateHint::Exact(d)) => {
                format!("write {}: dates are YYYY-MM-DD, without quotes", assign(&d))
            }
            Some(hints::DateHint::Either(a, b)) => format!(
                "write the day as YYYY-MM-DD without quotes: `{a}` or `{b}`, whichever is meant (the day and the month cannot be told apart here)"
            ),
            Some(hints::DateHint::ShortYear(d)) => format!(
                "write the year with four digits, YYYY-MM-DD without quotes: {} if that is the day meant",
                assign(&d)
            ),
            Some(hints::DateHint::NoSuchDay(_)) => {
                "write a day of the calendar as YYYY-MM-DD, without quotes".to_string()
            }
            None => {
                "write dates as YYYY-MM-DD without quotes, e.g. published = 2024-02-27".to_string()
            }
        };
        (LoadError::BadDate, help)
    } else if message.contains("invalid type") || message.contains("missing field") {
        let help = if message.contains("expected a sequence") {
            format!(
                "`{key}` takes a list in brackets: {key} = [\"…\", \"…\"] (or {key} = [] for none)"
            )
        } else if message.contains("expected a boolean") {
            format!("`{key}` is true or false, without quotes")
        } else if message.contains("expected a string")
            || message.contains("expected a legal-basis")
        {
            format!("`{key}` takes text in quotes: {key} = \"…\"")
        } else {
            "see content/README.md for what this key takes".to_string()
        };
        (LoadError::BadValue, help)
    } else {
        (
            LoadError::Syntax,
            "check the TOML syntax near this place: quotes around text, `=` between key and value, [brackets] around table names".to_string(),
        )
    };
    // A date in another form: say so in words, at the whole value, rather than with the TOML
    // reader's view of it ("invalid float").
    let (message, span) = match (kind, line.find('=')) {
        (LoadError::BadDate, Some(eq)) if date_key && !value.is_empty() => {
            let at =
                line_start + eq + 1 + (line[eq + 1..].len() - line[eq + 1..].trim_start().len());
            let what = if value.starts_with(['"', '\'']) {
                "is text in quotes, not a date"
            } else if matches!(hints::date(value), Some(hints::DateHint::NoSuchDay(_))) {
                "is no day of the calendar"
            } else {
                "is not a date written YYYY-MM-DD"
            };
            (format!("`{value}` {what}"), at..at + value.len())
        }
        _ => (message, span),
    };
    Diagnostic::load(kind, message)
        .at(Loc::new(file, span))
        .help(help)
}
