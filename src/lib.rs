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
//! [`vocab`] holds the codes; [`i18n`] the locales; [`diag`] the diagnostics and their formats.
//!
//! ```no_run
//! let site = disclose::load(std::path::Path::new("."))?;
//! let report = disclose::check(&site);
//! assert!(!report.has_errors());
//! disclose::build(&site, std::path::Path::new("public"))?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod diag;
pub mod emit;
pub mod i18n;
pub mod init;
pub mod lang;
pub mod model;
pub mod pipeline;
pub mod render;
pub mod rules;
pub mod source;
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
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Load(r) | Error::Check(r) | Error::Render(r) => r.fmt(f),
            Error::Output(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Output(e) => Some(e),
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
    /// Where, and how many files were written anew or left unchanged.
    pub written: emit::Written,
    /// Time spent rendering and writing into the staging folder (they stream together), and
    /// putting the new output in place.
    pub render: std::time::Duration,
    pub emit: std::time::Duration,
}

/// How to write the output.
#[derive(Debug, Clone, Copy, Default)]
pub struct BuildOptions {
    /// Replace an existing output folder that disclose did not write. Never the source, a
    /// repository, the home folder or `/`.
    pub force: bool,
    /// Fail on warnings too (for [`build_at`]).
    pub deny_warnings: bool,
}

/// Check the site at `root` notice by notice (see [`pipeline`]): every rule, and a sample
/// render of the theme and locales, so a clean check means the build will succeed. `Err` only
/// when there is no site to check.
pub fn check_at(root: &Path, deny_warnings: bool) -> Result<pipeline::Ran, Box<Report>> {
    let mut opened = pipeline::open(root)?;
    Ok(match render::Renderer::new(&opened.site) {
        Ok(renderer) => pipeline::run(opened, pipeline::Render::Sample(&renderer), deny_warnings),
        Err(diags) => {
            opened.report(diags);
            pipeline::run(opened, pipeline::Render::No, deny_warnings)
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
/// and, if it passes, rendered straight into the staging folder, which replaces `out` only when
/// every notice passed and every file was written. `Err` when there is no site, or the output
/// cannot be written (the previous output is then untouched).
pub fn build_at(root: &Path, out: &Path, options: BuildOptions) -> Result<Built, Error> {
    let started = std::time::Instant::now();
    let mut opened = pipeline::open(root).map_err(Error::Load)?;
    // The output folder is checked before anything is rendered. When it may not be written,
    // the notices are still checked: a failing rule is reported first, as it is what the
    // user must fix whatever the output.
    let staging = match emit::Staging::open(out, root, options.force) {
        Ok(s) => s,
        Err(e) => {
            let ran = pipeline::run(opened, pipeline::Render::No, options.deny_warnings);
            return if ran.fails(options.deny_warnings) {
                Ok(Built { ran, stats: None })
            } else {
                Err(Error::Output(e))
            };
        }
    };
    let renderer = match render::Renderer::new(&opened.site) {
        Ok(r) => r,
        Err(diags) => {
            opened.report(diags);
            let ran = pipeline::run(opened, pipeline::Render::No, options.deny_warnings);
            return Ok(Built { ran, stats: None });
        }
    };
    let sink = ToStaging {
        staging: &staging,
        error: std::sync::Mutex::new(None),
        pages: Default::default(),
        json: Default::default(),
    };
    let ran = pipeline::run(
        opened,
        pipeline::Render::All(&renderer, &sink),
        options.deny_warnings,
    );
    if let Some(e) = sink.error.lock().ok().and_then(|mut e| e.take()) {
        return Err(Error::Output(e));
    }
    if ran.fails(options.deny_warnings) || !ran.rendered {
        return Ok(Built { ran, stats: None });
    }
    let render = started.elapsed();
    let started = std::time::Instant::now();
    let (pages, json) = (sink.pages.into_inner(), sink.json.into_inner());
    let written = staging.commit().map_err(Error::Output)?;
    Ok(Built {
        ran,
        stats: Some(BuildStats {
            pages,
            json,
            files: written.written + written.unchanged,
            written,
            render,
            emit: started.elapsed(),
        }),
    })
}

/// Render the site and write it to `out`, replacing what was there only when all of it was
/// written. Does not run the rules: call [`check`] first (the CLI does).
pub fn build(site: &Site, out: &Path) -> Result<BuildStats, Error> {
    build_with(site, out, BuildOptions::default())
}

/// [`build`], with options.
///
/// Rendering streams to disk: the notices are rendered in parallel, and each file goes into
/// the staging folder as soon as it is made, so memory holds only the notices being rendered.
/// The staging folder replaces the output only when every file is written.
pub fn build_with(site: &Site, out: &Path, options: BuildOptions) -> Result<BuildStats, Error> {
    let render_error = |diagnostics: Vec<diag::Diagnostic>| {
        Error::Render(Box::new(Report {
            files: site.files.clone(),
            diagnostics: diagnostics.into(),
        }))
    };
    let started = std::time::Instant::now();
    // The output folder is checked (and refused) before anything is rendered.
    let staging = emit::Staging::open(out, &site.root, options.force).map_err(Error::Output)?;
    let renderer = render::Renderer::new(site).map_err(render_error)?;
    let plan = render::PagePlan::new(site);
    let sink = ToStaging {
        staging: &staging,
        error: std::sync::Mutex::new(None),
        pages: Default::default(),
        json: Default::default(),
    };
    let notices: Vec<_> = plan.notices.iter().collect();
    let rendered = renderer.render_all(site, &plan, &notices, &sink);
    if let Some(e) = sink.error.lock().ok().and_then(|mut e| e.take()) {
        return Err(Error::Output(e));
    }
    rendered.map_err(render_error)?;
    let render = started.elapsed();
    let started = std::time::Instant::now();
    let (pages, json) = (sink.pages.into_inner(), sink.json.into_inner());
    let written = staging.commit().map_err(Error::Output)?;
    Ok(BuildStats {
        pages,
        json,
        files: written.written + written.unchanged,
        written,
        render,
        emit: started.elapsed(),
    })
}

/// The renderer's files, written into the staging folder as they come.
struct ToStaging<'a> {
    staging: &'a emit::Staging,
    /// The first write that failed: the build stops, and reports it as an output error.
    error: std::sync::Mutex<Option<emit::EmitError>>,
    pages: std::sync::atomic::AtomicUsize,
    json: std::sync::atomic::AtomicUsize,
}

impl render::Sink for ToStaging<'_> {
    fn put(&self, file: emit::OutFile) -> Result<(), diag::Diagnostic> {
        use std::sync::atomic::Ordering::Relaxed;
        match self.staging.write(&file) {
            Ok(()) => {
                if file.path.ends_with(".html") {
                    self.pages.fetch_add(1, Relaxed);
                } else if file.path.ends_with(".json") {
                    self.json.fetch_add(1, Relaxed);
                }
                Ok(())
            }
            Err(e) => {
                let d = diag::Diagnostic::load(diag::LoadError::Io, e.to_string());
                if let Ok(mut slot) = self.error.lock() {
                    slot.get_or_insert(e);
                }
                Err(d)
            }
        }
    }
}
