//! # disclose
//!
//! Compiles structured privacy-notice source into a static, versioned website in Norwegian,
//! Swedish, Danish and Finnish, with machine-readable JSON, and refuses to build when a
//! disclosure required by GDPR Articles 13 and 14 is missing.
//!
//! The pipeline runs one way, one module per stage:
//!
//! - [`source`]: walk the tree, parse TOML and front matter with positions;
//! - [`model`]: the typed, language-neutral notice graph, references resolved;
//! - [`rules`]: the rule registry (Art. 13/14, translations, consistency) → diagnostics;
//! - [`render`]: Fluent vocabulary, ICU dates, Markdown and Tera themes → pages and JSON;
//! - [`emit`]: write to a staging folder and swap it in, so nothing is ever half-written.
//!
//! [`vocab`] holds the codes; [`i18n`] the locales; [`diag`] the diagnostics and their formats;
//! [`files`] the file table and places in it, below all of them; [`serve`] the preview that
//! rebuilds in memory as the source changes.
//!
//! A build runs these notice by notice ([`pipeline`]), reusing what the last build cached of
//! the notices that did not change ([`cache`]):
//!
//! ```no_run
//! use std::path::Path;
//! let built = disclose::build_at(Path::new("."), Path::new("public"), Default::default())?;
//! assert!(!built.ran.diagnostics.has_errors());
//! // The whole site in memory, for tools that want the model:
//! let site = disclose::load(Path::new("."))?;
//! assert!(!disclose::check(&site).has_errors());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod cache;
pub mod codes;
pub mod diag;
pub mod emit;
pub mod files;
pub mod history;
pub mod i18n;
pub mod init;
pub mod inspect;
pub mod lang;
pub mod model;
pub mod new_notice;
pub mod pipeline;
pub mod publish;
pub mod render;
pub mod rules;
pub mod serve;
pub mod source;
pub mod summary;
pub mod vocab;

use diag::Diagnostics;
use model::Site;
use source::files::SourceFiles;
use std::fmt;
use std::path::Path;

/// Diagnostics with the files they point into, so they can be printed.
#[derive(Debug)]
pub struct Report {
    pub files: SourceFiles,
    pub diagnostics: Diagnostics,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&diag::human::render(&self.diagnostics, &self.files, false))
    }
}

impl std::error::Error for Report {}

/// Why a build did not produce a site.
#[derive(Debug)]
pub enum Error {
    /// The source could not be understood (exit code 2).
    Load(Box<Report>),
    /// A rule failed (exit code 1).
    Check(Box<Report>),
    /// The theme or locales could not produce a page (exit code 2).
    Render(Box<Report>),
    /// Writing the output failed, or the output folder may not be replaced (exit code 2). The
    /// previous output is untouched.
    Output(emit::EmitError),
    /// Putting the changed files of an incremental build in place failed part way (exit code
    /// 2): some files of the output are new, others as they were. The cache is gone, so the
    /// next build is a full one and replaces the folder whole.
    PartlyWritten(emit::EmitError),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Load(r) | Error::Check(r) | Error::Render(r) => r.fmt(f),
            Error::Output(e) | Error::PartlyWritten(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Output(e) | Error::PartlyWritten(e) => Some(e),
            _ => None,
        }
    }
}

/// Load a site: read every file under `root` and build the model. Any load error fails.
pub fn load(root: &Path) -> Result<Site, Box<Report>> {
    let (src, diags) = source::load(root);
    if src.site.is_none() {
        return Err(Box::new(Report {
            files: src.files,
            diagnostics: diags.into(),
        }));
    }
    let mut diagnostics: Diagnostics = diags.into();
    let (site, more) = model::resolve(src);
    diagnostics.extend(more);
    diagnostics.sort();
    match site {
        Some(site) if !diagnostics.has_errors() => Ok(site),
        Some(site) => Err(Box::new(Report {
            files: site.files,
            diagnostics,
        })),
        None => Err(Box::new(Report {
            files: SourceFiles::default(),
            diagnostics,
        })),
    }
}

/// Run every rule on a loaded site, and everything a build does short of writing: the locale
/// files are parsed, the templates compiled and a sample of pages rendered (see
/// [`render::preflight`]), so a clean check means the build will succeed.
pub fn check(site: &Site) -> Diagnostics {
    let mut d = check_rules(site);
    // A page cannot be rendered for a notice that fails a rule (a missing label, say); those
    // are reported by the rules already.
    if !d.has_errors()
        && let Err(more) = render::preflight(site)
    {
        d.extend(more);
    }
    d.sort();
    d
}

/// Run every rule, without trying the theme and locales: for a build, which renders every
/// page itself and reports what fails there.
pub fn check_rules(site: &Site) -> Diagnostics {
    let mut d: Diagnostics = rules::check(site).into();
    d.sort();
    d
}

/// What a build wrote.
#[derive(Debug, Clone, Default)]
pub struct BuildStats {
    pub pages: usize,
    pub json: usize,
    pub files: usize,
    /// The files of the output in each language's folder, in the site's order.
    pub languages: Vec<LangFiles>,
    /// Where, and how many files were written anew or left unchanged.
    pub written: emit::Written,
    /// Time spent rendering and writing into the staging folder (they stream together), and
    /// putting the new output in place.
    pub render: std::time::Duration,
    pub emit: std::time::Duration,
    /// Of `render`, the time spent walking the tree and loading what the notices share.
    pub open: std::time::Duration,
}

/// The files of the output in one language's folder (`nb/`, `sv-fi/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LangFiles {
    pub lang: lang::Lang,
    /// Pages (`.html`).
    pub pages: usize,
    /// Every file, pages included (notice.json, feed.xml …).
    pub files: usize,
}

impl LangFiles {
    /// Count the files of each language among the output's paths (relative, with `/`).
    pub fn count<'a>(languages: &[lang::Lang], paths: impl Iterator<Item = &'a str>) -> Vec<Self> {
        let mut counts: Vec<LangFiles> = languages
            .iter()
            .map(|&lang| LangFiles {
                lang,
                pages: 0,
                files: 0,
            })
            .collect();
        for path in paths {
            let first = path.split('/').next().unwrap_or("");
            if let Some(c) = counts.iter_mut().find(|c| c.lang.dir() == first) {
                c.files += 1;
                if path.ends_with(".html") {
                    c.pages += 1;
                }
            }
        }
        counts
    }
}

/// How to write the output.
#[derive(Debug, Clone, Copy, Default)]
pub struct BuildOptions {
    /// Replace an existing output folder that disclose did not write. Never the source, a
    /// repository, the home folder or `/`.
    pub force: bool,
    /// Fail on warnings too (for [`build_at`]).
    pub deny_warnings: bool,
    /// The day the rules take as today; `None` for the system's date.
    pub today: Option<model::Date>,
    /// Render drafts too, each page marked as a draft and kept out of search engines and the
    /// sitemap (for a preview, into another output folder).
    pub drafts: bool,
    /// Write the data only (every notice.json, api/ and schema/), no pages: for pipelines.
    pub data_only: bool,
}

/// Check the site at `root` notice by notice (see [`pipeline`]): every rule, and a sample
/// render of the theme and locales, so a clean check means the build will succeed. A notice
/// whose files are as the newest build's cache recorded them (it passed cleanly then, with the
/// same binary, settings, locales and theme) is not checked again. `Err` only when there is no
/// site to check.
pub fn check_at(
    root: &Path,
    deny_warnings: bool,
    today: Option<model::Date>,
) -> Result<pipeline::Ran, Box<Report>> {
    let mut opened = pipeline::open(root)?;
    opened.site.today = today;
    let shared = opened.shared_key();
    let previous = shared.as_deref().and_then(|s| cache::newest(root, s));
    let caching = pipeline::Caching {
        cache: previous.as_ref(),
        shared: shared.as_deref(),
    };
    Ok(match render::Renderer::new(&opened.site) {
        Ok(renderer) => pipeline::run(
            opened,
            pipeline::Render::Sample(&renderer),
            deny_warnings,
            caching,
        ),
        Err(diags) => {
            opened.report(diags);
            pipeline::run(opened, pipeline::Render::No, deny_warnings, caching)
        }
    })
}

/// What [`build_at`] did: what the run found, and what was written (`None` when the run
/// failed and nothing was written).
pub struct Built {
    pub ran: pipeline::Ran,
    pub stats: Option<BuildStats>,
}

/// Check and build the site at `root` into `out`, notice by notice: each notice is checked
/// and, if it passes, rendered straight into a staging folder; the output changes only when
/// every notice passed and every file was written. `Err` when there is no site, or the output
/// cannot be written (the previous output is then untouched).
///
/// With a cache of the previous build of `out` for the same shared inputs (see [`cache`]), and
/// that build's output in place, the build is incremental: only the notices whose files
/// changed are run and rendered, the site's own pages are rendered again, and only the files
/// that differ are written ([`emit::update`]). Otherwise it is a full build, and the new output
/// replaces the old one in one step.
pub fn build_at(root: &Path, out: &Path, options: BuildOptions) -> Result<Built, Error> {
    let started = std::time::Instant::now();
    let mut opened = pipeline::open(root).map_err(Error::Load)?;
    let open = started.elapsed();
    let languages = opened.site.config.languages.clone();
    opened.site.today = options.today;
    opened.drafts = options.drafts;
    opened.data_only = options.data_only;
    let out_key = emit::guard::normalise(out).unwrap_or_else(|| out.to_path_buf());
    let shared = opened.shared_key();
    let mark = cache::mark(root, &out_key);
    let previous = shared
        .as_deref()
        .and_then(|s| cache::load(root, &out_key, s));
    // The output folder is checked before anything is rendered. When it may not be written,
    // the notices are still checked: a failing rule is reported first, as it is what the
    // user must fix whatever the output.
    let refused = |opened: pipeline::Opened, e: emit::EmitError| {
        let ran = pipeline::run(
            opened,
            pipeline::Render::No,
            options.deny_warnings,
            pipeline::Caching::default(),
        );
        if ran.fails(options.deny_warnings) {
            Ok(Built { ran, stats: None })
        } else {
            Err(Error::Output(e))
        }
    };
    let update = match &previous {
        Some(prev) => match emit::update::Update::open(out, root, options.force, &prev.outputs) {
            Ok(u) => u,
            Err(e) => return refused(opened, e),
        },
        None => None,
    };
    // The cache was read before the lock was taken: if another build wrote the output since,
    // what it says of the output is stale, and only a full build is safe.
    let update = update.filter(|_| mark.is_some() && cache::mark(root, &out_key) == mark);
    let staging = match update {
        Some(_) => None,
        None => match emit::Staging::open(out, root, options.force) {
            Ok(s) => Some(s),
            Err(e) => return refused(opened, e),
        },
    };
    let made = if options.data_only {
        render::Renderer::data_only(&opened.site)
    } else {
        render::Renderer::new(&opened.site)
    };
    let renderer = match made {
        Ok(r) => r,
        Err(diags) => {
            opened.report(diags);
            let ran = pipeline::run(
                opened,
                pipeline::Render::No,
                options.deny_warnings,
                pipeline::Caching::default(),
            );
            return Ok(Built { ran, stats: None });
        }
    };
    let write = |file: &emit::OutFile| match (update.as_ref(), staging.as_ref()) {
        (Some(u), _) => u.write(file),
        (None, Some(s)) => s.write(file),
        (None, None) => Ok(()),
    };
    let caching = pipeline::Caching {
        cache: update.as_ref().and(previous.as_ref()),
        shared: shared.as_deref(),
    };
    // The files are written by threads of their own while the notices are rendered (see
    // emit::writers); the first file that cannot be written fails the build.
    let stopped = std::sync::atomic::AtomicBool::new(false);
    let (mut ran, wrote) = std::thread::scope(|scope| {
        let writers =
            emit::writers::Writers::start(scope, emit::writers::count(), &stopped, &write);
        let sink = ToOutput { writers: &writers };
        let ran = pipeline::run(
            opened,
            pipeline::Render::All(&renderer, &sink),
            options.deny_warnings,
            caching,
        );
        (ran, writers.finish())
    });
    if let Err(e) = wrote {
        return Err(Error::Output(e));
    }
    if ran.fails(options.deny_warnings) || !ran.rendered {
        return Ok(Built { ran, stats: None });
    }
    let render = started.elapsed();
    let started = std::time::Instant::now();
    // Files the previous build made and this one does not.
    let (new_cache, gone) = ran.take_cache(
        shared.clone().unwrap_or_default(),
        caching.cache.map(|c| c.outputs.clone()),
    );
    let count = |ext: &str| {
        new_cache
            .outputs
            .keys()
            .filter(|p| p.ends_with(ext))
            .count()
    };
    let (pages, json) = (count(".html"), count(".json") + count(".jsonld"));
    let total = new_cache.outputs.len();
    let per_language = LangFiles::count(&languages, new_cache.outputs.keys().map(String::as_str));
    let forget = || {
        cache::forget(root, &out_key).map_err(|e| {
            Error::Output(emit::EmitError::Io {
                path: cache::path(root, &out_key),
                source: e,
            })
        })
    };
    // The new cache is written while the build lock is still held, so the next build reads the
    // cache of the output it finds. A cache that cannot be written only makes the next build a
    // full one.
    let save = |written: &emit::Written| {
        let unchanged = previous.as_ref().is_some_and(|p| {
            written.written == 0
                && written.removed == 0
                && p.notices == new_cache.notices
                && p.listed == new_cache.listed
                && p.outputs == new_cache.outputs
        });
        if shared.is_some() && !unchanged {
            let _ = cache::save(root, &out_key, new_cache);
        }
    };
    let written = if let Some(update) = update {
        if update.changes() > 0 || !gone.is_empty() {
            forget()?;
        }
        let mut w = update
            .commit_then(&gone, save)
            .map_err(Error::PartlyWritten)?
            .0;
        // Unchanged: every file of the output not written again, compared or not.
        w.unchanged = total.saturating_sub(w.written);
        w
    } else if let Some(staging) = staging {
        forget()?;
        staging.commit_then(save).map_err(Error::Output)?.0
    } else {
        // Not reached: one of the two was opened above.
        return Ok(Built { ran, stats: None });
    };
    Ok(Built {
        ran,
        stats: Some(BuildStats {
            pages,
            json,
            files: written.written + written.unchanged,
            languages: per_language,
            written,
            render,
            emit: started.elapsed(),
            open,
        }),
    })
}

/// The renderer's files, handed to the writer threads, which put them into the staging folder
/// (or the in-place update) as they come.
struct ToOutput<'w, 's> {
    writers: &'w emit::writers::Writers<'s>,
}

impl render::Sink for ToOutput<'_, '_> {
    fn put(&self, file: emit::OutFile) -> Result<(), diag::Diagnostic> {
        self.writers.put(file).map_err(|emit::writers::Stopped| {
            diag::Diagnostic::load(
                diag::LoadError::Io,
                "the output is not being written: an earlier file could not be written",
            )
        })
    }
}
