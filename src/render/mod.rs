//! Render: the model → every output file, in memory.
//!
//! For each notice, each published version and each language, a [`view::NoticeView`] resolves
//! the facts into words (Fluent), dates (ICU4X) and HTML (Markdown); the theme's Tera templates
//! lay it out; the same view is written as `notice.json`. Work per page is independent and runs
//! in parallel. Output is deterministic: sorted maps, no timestamps, no random ids.
//!
//! Drafts (versions without `published`) are not part of the built site.

pub mod markdown;
mod pages;
mod sitemap;
pub mod theme;
pub mod view;

use crate::diag::Diagnostic;
use crate::emit::OutFile;
use crate::i18n::Locales;
use crate::model::Site;

pub use pages::{NoticePaths, notice_paths};

/// Render the whole site.
pub fn render(site: &Site) -> Result<Vec<OutFile>, Vec<Diagnostic>> {
    let locales = Locales::load(&site.config.languages, &site.locale_overrides, &site.files)?;
    let theme = theme::Theme::load(site)?;
    pages::render_all(site, &locales, &theme, pages::Scope::All)
}

/// Everything a build does before it writes, short of rendering every page: parse every
/// locale file, compile every template, and render one notice in every language with the
/// indexes, 404 page and sitemap. `check` runs this, so a theme or locale file that would stop
/// the build fails the check too.
pub fn preflight(site: &Site) -> Result<(), Vec<Diagnostic>> {
    let locales = Locales::load(&site.config.languages, &site.locale_overrides, &site.files)?;
    let theme = theme::Theme::load(site)?;
    pages::render_all(site, &locales, &theme, pages::Scope::Sample).map(drop)
}
