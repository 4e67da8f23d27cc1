//! Render: the model → every output file, in memory.
//!
//! For each notice, each published version and each language, a [`view::NoticeView`] resolves
//! the facts into words (Fluent), dates (ICU4X) and HTML (Markdown); the theme's Tera templates
//! lay it out. The data (`notice.json`, `api/`, `schema/`) comes from the export types of
//! [`export`], not from the view. Work per notice is independent and runs in parallel. Output is
//! deterministic: sorted maps, no timestamps, no random ids.
//!
//! Drafts (versions without `published`) are not part of the built site unless `--drafts`.

pub mod changes;
pub mod export;
mod feed;
mod json;
pub mod linked;
pub mod markdown;
pub mod outputs;
pub mod plan;
pub mod renderer;
mod sitemap;
pub mod theme;
pub mod tilt;
pub mod view;

use crate::diag::Diagnostic;
use crate::emit::OutFile;
use crate::model::Site;
use std::sync::Arc;

pub use plan::{NoticePlan, PagePlan};
pub use renderer::{Collect, Discard, Listing, NoticeListItem, Renderer, Sink};

/// Render the whole site into memory, sorted by path (tests and tools; a build streams to
/// disk through [`Renderer::render_all`] instead).
pub fn render(site: &Site) -> Result<Vec<OutFile>, Vec<Diagnostic>> {
    let renderer = Renderer::new(site)?;
    let plan = PagePlan::new(site);
    let all: Vec<_> = plan.notices.iter().map(Arc::as_ref).collect();
    let sink = Collect::default();
    renderer.render_all(site, &plan, &all, &sink)?;
    let mut files = sink.0.into_inner().unwrap_or_default();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Everything a build does before it writes, short of rendering every page: parse every
/// locale file, compile every template, and render one notice in every language with the
/// indexes, 404 page and sitemap. `check` runs this, so a theme or locale file that would stop
/// the build fails the check too.
pub fn preflight(site: &Site) -> Result<(), Vec<Diagnostic>> {
    let renderer = Renderer::new(site)?;
    let plan = PagePlan::new(site);
    let sample: Vec<_> = plan.notices.iter().take(1).map(Arc::as_ref).collect();
    renderer.render_all(site, &plan, &sample, &Discard)
}
