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
pub mod render;
pub mod rules;
pub mod source;
pub mod vocab;

use diag::Diagnostics;
use model::Site;
use source::files::SourceFiles;
use std::fmt;
use std::path::{Path, PathBuf};

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
    /// Writing the output failed (exit code 2). The previous output is untouched.
    Output {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Load(r) | Error::Check(r) | Error::Render(r) => r.fmt(f),
            Error::Output { path, source } => {
                write!(f, "cannot write {}: {source}", path.display())
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Output { source, .. } => Some(source),
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
    let mut d: Diagnostics = rules::check(site).into();
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

/// What a build wrote.
#[derive(Debug, Clone, Default)]
pub struct BuildStats {
    pub pages: usize,
    pub json: usize,
    pub files: usize,
    /// Time spent rendering, and writing.
    pub render: std::time::Duration,
    pub emit: std::time::Duration,
}

/// Render the site and write it to `out`, replacing what was there only when all of it was
/// written. Does not run the rules: call [`check`] first (the CLI does).
pub fn build(site: &Site, out: &Path) -> Result<BuildStats, Error> {
    // The output folder is replaced whole: it must never hold, or be inside, the source.
    if overlaps_source(&site.root, out) {
        return Err(Error::Output {
            path: out.to_path_buf(),
            source: std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the output folder would replace the site's own source (content/, locales/ or themes/); choose another --out",
            ),
        });
    }
    let started = std::time::Instant::now();
    let files = render::render(site).map_err(|diagnostics| {
        Error::Render(Box::new(Report {
            files: site.files.clone(),
            diagnostics: diagnostics.into(),
        }))
    })?;
    let render = started.elapsed();
    let started = std::time::Instant::now();
    emit::write_site(out, &files).map_err(|e| Error::Output {
        path: e.path,
        source: e.source,
    })?;
    Ok(BuildStats {
        pages: files.iter().filter(|f| f.path.ends_with(".html")).count(),
        json: files.iter().filter(|f| f.path.ends_with(".json")).count(),
        files: files.len(),
        render,
        emit: started.elapsed(),
    })
}

/// Would replacing `out` touch the site's source: is it the root or above it, or inside (or
/// holding) `content/`, `locales/` or `themes/`?
fn overlaps_source(root: &Path, out: &Path) -> bool {
    let Ok(root) = root.canonicalize() else {
        return true;
    };
    // `out` may not exist yet: resolve the nearest folder that does, and add the rest.
    let mut existing = out.to_path_buf();
    let mut rest = Vec::new();
    let target = loop {
        if let Ok(c) = existing.canonicalize() {
            break rest.iter().rev().fold(c, |p: PathBuf, n| p.join(n));
        }
        match (
            existing.file_name().map(|n| n.to_os_string()),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => return false,
        }
    };
    if root.starts_with(&target) {
        return true;
    }
    ["content", "locales", "themes"].iter().any(|d| {
        let source = root.join(d);
        target.starts_with(&source) || source.starts_with(&target)
    })
}
