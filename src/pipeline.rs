//! The stages, run notice by notice.
//!
//! What every notice shares (`content/site.toml`, the site's locales and theme) is loaded once.
//! Then each notice is read, resolved, checked by every rule and, for a build, rendered straight
//! into the output's [`Sink`], on as many threads as there are cores. Memory holds the notices in
//! hand, never the whole site: what stays of a notice once it is done is its diagnostics (with the
//! files they quote), its page plan and what the indexes list of it. The site's own pages
//! (indexes, sitemap, 404) are rendered last, from those.
//!
//! A notice that fails stops the rendering of those after it (their work would be thrown away)
//! but not their checking, so one run reports every problem.

use crate::diag::{Diagnostic, Diagnostics, Severity};
use crate::model::{self, NoticeAddresses, Site};
use crate::render::{Discard, Listing, NoticePlan, PagePlan, Renderer, Sink};
use crate::source::files::{FileId, SourceFiles};
use crate::source::{self, PendingNotice, ReadContext};
use crate::{Report, rules};
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// A site opened for a run: what its notices share, and the notices still to be read.
pub struct Opened {
    /// The shared part of the site: its settings and its own locales and theme, no notices.
    pub site: Site,
    pending: Vec<PendingNotice>,
    ctx: ReadContext,
    /// What the walk and the site's settings gave.
    diags: Vec<Diagnostic>,
}

/// Walk the tree and load what the notices share. Fails only when there is no site to run
/// (no or unreadable `content/site.toml`).
pub fn open(root: &Path) -> Result<Opened, Box<Report>> {
    let (src, pending, mut diags) = source::discover(root);
    if src.site.is_none() {
        return Err(Box::new(Report {
            files: src.files,
            diagnostics: diags.into(),
        }));
    }
    let ctx = ReadContext::of(&src);
    let files = src.files.clone();
    let (site, more) = model::resolve_shared(src);
    diags.extend(more);
    match site {
        Some(site) => Ok(Opened {
            site,
            pending,
            ctx,
            diags,
        }),
        None => Err(Box::new(Report {
            files,
            diagnostics: diags.into(),
        })),
    }
}

impl Opened {
    /// Add problems found in what the notices share (the theme or locales, say).
    pub fn report(&mut self, diags: impl IntoIterator<Item = Diagnostic>) {
        self.diags.extend(diags);
    }

    /// How many notices the walk found.
    pub fn notice_count(&self) -> usize {
        self.pending.len()
    }
}

/// What to do with each notice once it is checked.
pub enum Render<'a> {
    /// Nothing: only check.
    No,
    /// Render the first notice that passes, and the site's pages, into nothing: to see that
    /// the theme and locales can render (what `check` does).
    Sample(&'a Renderer),
    /// Render every notice and the site's pages into the sink.
    All(&'a Renderer, &'a dyn Sink),
}

/// What a run found.
pub struct Ran {
    pub diagnostics: Diagnostics,
    /// The files the diagnostics quote.
    pub files: SourceFiles,
    pub notices: usize,
    /// Did every notice and the site's pages render (for [`Render::All`])?
    pub rendered: bool,
}

impl Ran {
    /// Does the run fail: an error, or with `deny_warnings` any diagnostic?
    pub fn fails(&self, deny_warnings: bool) -> bool {
        self.diagnostics.has_errors() || (deny_warnings && !self.diagnostics.is_empty())
    }
}

/// What is left of one notice once it has been run.
struct Done {
    diags: Vec<Diagnostic>,
    /// The files its diagnostics quote.
    files: SourceFiles,
    addresses: NoticeAddresses,
    /// The paths of the files the addresses are in, to quote one if it clashes.
    address_files: Vec<(FileId, PathBuf)>,
    plan: Option<NoticePlan>,
    listing: Listing,
    rendered: bool,
}

/// Run every notice, then the site's pages.
pub fn run(opened: Opened, render: Render<'_>, deny_warnings: bool) -> Ran {
    let Opened {
        site,
        pending,
        ctx,
        diags,
    } = opened;
    let notices = pending.len();
    let stop = AtomicBool::new(false);
    let sampled = AtomicBool::new(false);
    let shared_fails = fails(&diags, deny_warnings);
    if shared_fails {
        stop.store(true, Ordering::Relaxed);
    }
    let done: Vec<Done> = pending
        .into_par_iter()
        .map(|p| {
            let target = match &render {
                Render::No => None,
                Render::Sample(r) => {
                    (!sampled.load(Ordering::Relaxed)).then_some((*r, &Discard as &dyn Sink))
                }
                Render::All(r, sink) => Some((*r, *sink)),
            };
            let d = run_notice(&site, &ctx, p, target, &stop, deny_warnings);
            if d.rendered {
                sampled.store(true, Ordering::Relaxed);
            }
            d
        })
        .collect();

    let mut all = Diagnostics::from(diags);
    let mut files = site.files.subset(quoted(all.items.iter()));
    let mut plans = Vec::new();
    let mut listing = Vec::new();
    let mut addresses = Vec::new();
    let mut address_files = Vec::new();
    let mut every_notice_rendered = true;
    for d in done {
        all.extend(d.diags);
        files.extend(d.files);
        every_notice_rendered &= d.rendered || d.plan.is_none();
        plans.extend(d.plan);
        listing.extend(d.listing);
        addresses.push(d.addresses);
        address_files.extend(d.address_files);
    }
    addresses.sort_by(|a, b| a.id.cmp(&b.id));
    let clashes = model::slug_clashes(&addresses);
    for c in &clashes {
        if let Some(loc) = &c.loc
            && let Some((id, path)) = address_files.iter().find(|(id, _)| *id == loc.file)
            && let Ok(text) = source::read::read_text(ctx.real_root(), &site.root.join(path))
        {
            files.insert(*id, path.clone(), text);
        }
    }
    all.extend(clashes);

    // The rules need a notice that loads; when any does not, only the load errors are shown,
    // as for a whole-site load.
    if all.has_load_errors() {
        all.items
            .retain(|d| d.code.starts_with("load/") || d.severity == Severity::Warning);
    }
    let plan = PagePlan::from_notices(site.config.languages.clone(), plans);
    let mut rendered = false;
    if !fails(&all.items, deny_warnings) {
        let site_pages = match &render {
            Render::No => None,
            Render::Sample(r) => Some((*r, &Discard as &dyn Sink)),
            Render::All(r, sink) => Some((*r, *sink)),
        };
        if let Some((r, sink)) = site_pages {
            match r.render_site(&site, &plan, listing, sink) {
                Ok(()) => rendered = every_notice_rendered,
                Err(d) => all.push(d),
            }
        }
    }
    all.sort();
    files = files.subset(quoted(all.items.iter()));
    Ran {
        diagnostics: all,
        files,
        notices,
        rendered,
    }
}

fn fails(diags: &[Diagnostic], deny_warnings: bool) -> bool {
    diags.iter().any(Diagnostic::is_error) || (deny_warnings && !diags.is_empty())
}

fn quoted<'a>(diags: impl Iterator<Item = &'a Diagnostic>) -> BTreeSet<FileId> {
    diags
        .filter_map(|d| d.loc.as_ref().map(|l| l.file))
        .collect()
}

/// Read, resolve, check and (when asked, and when it passes) render one notice.
fn run_notice(
    shared: &Site,
    ctx: &ReadContext,
    pending: PendingNotice,
    render: Option<(&Renderer, &dyn Sink)>,
    stop: &AtomicBool,
    deny_warnings: bool,
) -> Done {
    let read = pending.read(ctx);
    let mut diags = read.diags;
    let (notice, more) = model::resolve_notice(&shared.config, read.notice);
    diags.extend(more);
    let addresses = notice.addresses();
    let plan = NoticePlan::new(&notice, &shared.config.languages);
    let one = shared.with_notice(notice, read.files);
    let address_files = addresses
        .slugs
        .iter()
        .map(|(_, s)| (s.loc.file, one.files.path(s.loc.file).to_path_buf()))
        .collect();
    let loaded = !diags
        .iter()
        .any(|d| d.is_error() && d.code.starts_with("load/"));
    if loaded {
        diags.extend(rules::check(&one));
    }
    let failed = fails(&diags, deny_warnings);
    if failed {
        stop.store(true, Ordering::Relaxed);
    }
    let mut listing = Vec::new();
    let mut rendered = false;
    if let (Some((renderer, sink)), Some(plan), false) = (render, &plan, failed)
        && !stop.load(Ordering::Relaxed)
    {
        match renderer.render_notice(&one, plan, sink) {
            Ok(l) => {
                listing = l;
                rendered = true;
            }
            Err(d) => {
                stop.store(true, Ordering::Relaxed);
                diags.push(d);
            }
        }
    }
    Done {
        files: one.files.subset(quoted(diags.iter())),
        diags,
        addresses,
        address_files,
        plan,
        listing,
        rendered,
    }
}
