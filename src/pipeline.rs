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

use crate::cache::{self, Cache, Listed, NoticeEntry};
use crate::diag::{Diagnostic, Diagnostics, Severity};
use crate::emit::OutFile;
use crate::emit::update::Manifest;
use crate::model::{self, NoticeAddresses, Site};
use crate::render::{Discard, Listing, NoticePlan, PagePlan, Renderer, Sink};
use crate::source::files::{FileId, Loc, Located, SourceFiles};
use crate::source::{self, Fetched, PendingNotice, ReadContext};
use crate::{Report, rules};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

/// A site opened for a run: what its notices share, and the notices still to be read.
pub struct Opened {
    /// The shared part of the site: its settings and its own locales and theme, no notices.
    pub site: Site,
    pending: Vec<PendingNotice>,
    ctx: ReadContext,
    /// What the walk and the site's settings gave.
    diags: Vec<Diagnostic>,
    /// Render drafts too (`build --drafts`).
    pub drafts: bool,
    /// Render the data only (`build --data-only`); part of the shared cache key.
    pub data_only: bool,
}

/// Walk the tree and load what the notices share. Fails only when there is no site to run
/// (no or unreadable `content/site.toml`).
pub fn open(root: &Path) -> Result<Opened, Box<Report>> {
    open_known(root, &BTreeMap::new())
}

/// [`open`], taking the notices in `known` as they are (see [`source::discover_known`]): a run
/// takes each from its cache entry without looking at its files, so the caller must know they
/// did not change since that entry was made, and pass a cache that has an entry for each one.
pub fn open_known(
    root: &Path,
    known: &BTreeMap<String, Vec<PathBuf>>,
) -> Result<Opened, Box<Report>> {
    let (src, pending, mut diags) = source::discover_known(root, known);
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
            drafts: false,
            data_only: false,
        }),
        None => Err(Box::new(Report {
            files,
            diagnostics: diags.into(),
        })),
    }
}

impl Opened {
    /// The hash of what every notice shares (see [`cache`]), with whether warnings fail;
    /// `None` when it cannot be known, and nothing may be cached.
    pub fn shared_key(&self) -> Option<String> {
        let mut files: Vec<(String, Vec<u8>)> = self
            .site
            .files
            .iter()
            .map(|(_, f)| {
                (
                    f.path.to_string_lossy().into_owned(),
                    f.text.clone().into_bytes(),
                )
            })
            .collect();
        for (name, path) in &self.site.asset_overrides {
            files.push((format!("asset:{name}"), std::fs::read(path).ok()?));
        }
        files.push(("build --drafts".to_string(), vec![u8::from(self.drafts)]));
        files.push((
            "build --data-only".to_string(),
            vec![u8::from(self.data_only)],
        ));
        cache::shared_key(files.iter().map(|(p, b)| (p.clone(), b.as_slice())))
    }

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
    /// How many published versions the notices have, all told (drafts not counted).
    pub versions: usize,
    /// How many notices were taken from the cache, unchanged.
    pub cached: usize,
    /// Did every notice and the site's pages render (for [`Render::All`])?
    pub rendered: bool,
    /// What to cache of each notice that passed without a diagnostic.
    pub entries: BTreeMap<String, Arc<NoticeEntry>>,
    /// Every output file, with its size: those rendered, and those of the notices taken from
    /// the cache (from its manifest).
    pub outputs: Manifest,
    /// The output files the cache says the unchanged notices made, to keep.
    kept: Vec<String>,
    /// The files of the site's own pages: rendered, or kept from the cache.
    site_outputs: Vec<String>,
    /// The drafts found: (notice, version). They are checked, not published.
    pub drafts: Vec<(String, String)>,
    /// The site's own pages (indexes, feeds, sitemap …) were rendered, not kept as they were.
    pub site_rendered: bool,
    /// What the notices rendered but not cached listed (see [`cache::Listed`]).
    listed: BTreeMap<String, Listed>,
}

/// What the cache gives a run: the previous build's cache, and the hash of the shared inputs
/// the new entries are made for.
#[derive(Clone, Copy, Default)]
pub struct Caching<'a> {
    /// Notices found here unchanged are not run again.
    pub cache: Option<&'a Cache>,
    /// The shared key; `None` caches nothing.
    pub shared: Option<&'a str>,
}

impl Ran {
    /// Does the run fail: an error, or with `deny_warnings` any diagnostic?
    pub fn fails(&self, deny_warnings: bool) -> bool {
        self.diagnostics.has_errors() || (deny_warnings && !self.diagnostics.is_empty())
    }
}

/// What is left of one notice once it has been run.
struct Done {
    /// Its cache entry: the one it was taken from, or a new one if it passed cleanly.
    entry: Option<Arc<NoticeEntry>>,
    /// Its drafts' version numbers.
    drafts: Vec<String>,
    /// Taken from the cache, not run.
    cached: bool,
    /// The files it rendered: (path, size).
    outputs: Vec<(String, u64)>,
    diags: Vec<Diagnostic>,
    /// The files its diagnostics quote.
    files: SourceFiles,
    addresses: NoticeAddresses,
    /// The paths of the files the addresses are in, to quote one if it clashes.
    address_files: Vec<(FileId, PathBuf)>,
    plan: Option<Arc<NoticePlan>>,
    listing: Listing,
    rendered: bool,
}

/// Run every notice, then the site's pages.
pub fn run(opened: Opened, render: Render<'_>, deny_warnings: bool, caching: Caching<'_>) -> Ran {
    let Opened {
        site,
        pending,
        ctx,
        diags,
        drafts,
        ..
    } = opened;
    let notices = pending.len();
    let today = site.today.unwrap_or_else(crate::model::Date::today);
    let stop = AtomicBool::new(false);
    let sampled = AtomicBool::new(false);
    let shared_fails = fails(&diags, deny_warnings);
    if shared_fails {
        stop.store(true, Ordering::Relaxed);
    }
    // With no cache every notice is read: its files are asked for ahead (see
    // source::read::prefetch), while the first notices are parsed. The parallel loop's first
    // split starts one thread at the first notice and one at the middle one, each going on in
    // order: the two halves are asked for in turn.
    let ahead: Vec<std::path::PathBuf> = if caching.cache.is_none() {
        let (first, second) = pending.split_at(pending.len() / 2);
        let mut order = Vec::with_capacity(pending.len());
        for i in 0..second.len() {
            order.extend(first.get(i));
            order.extend(second.get(i));
        }
        order
            .into_iter()
            .flat_map(|p| p.files().into_iter().map(|(_, _, abs)| abs.to_path_buf()))
            .collect()
    } else {
        Vec::new()
    };
    let parsed = Arc::new(AtomicBool::new(false));
    let prefetch = (!ahead.is_empty()).then(|| {
        let parsed = Arc::clone(&parsed);
        std::thread::spawn(move || crate::source::read::prefetch(&ahead, &parsed))
    });
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
            // Known unchanged, or unchanged by the files' sizes and times: not read at all.
            let by_stamps = caching.shared.and(caching.cache).and_then(|c| {
                let files = p.files();
                if p.is_known() {
                    let entry = c.notices.get(&p.id)?.clone();
                    return cached(entry, &p.id, &files);
                }
                let pairs: Vec<(&Path, &Path)> =
                    files.iter().map(|(_, rel, abs)| (*rel, *abs)).collect();
                let entry = c.unchanged_by_stamps(&p.id, &pairs)?.clone();
                entry.holds_on(today).then_some(())?;
                cached(entry, &p.id, &files)
            });
            let d = match by_stamps {
                Some(d) => d,
                None => {
                    let r = read(p, &ctx, caching.shared);
                    // Unchanged by the files' hash: not parsed.
                    let by_hash = caching
                        .cache
                        .and_then(|c| c.notices.get(r.fetched.id()))
                        .filter(|e| r.key.as_ref() == Some(&e.key) && e.holds_on(today))
                        .zip(r.stamps.clone())
                        .and_then(|(e, stamps)| {
                            let entry = Arc::new(NoticeEntry {
                                stamps,
                                ..NoticeEntry::clone(e)
                            });
                            cached(entry, r.fetched.id(), &r.fetched.files())
                        });
                    match by_hash {
                        Some(d) => d,
                        None => run_notice(&site, &ctx, r, target, &stop, (deny_warnings, drafts)),
                    }
                }
            };
            if d.rendered {
                sampled.store(true, Ordering::Relaxed);
            }
            d
        })
        .collect();
    parsed.store(true, Ordering::Relaxed);
    if let Some(thread) = prefetch {
        let _ = thread.join();
    }

    let mut all = Diagnostics::from(diags);
    let mut files = site.files.subset(quoted(all.items.iter()));
    let mut plans = Vec::new();
    let mut listing = Vec::new();
    let mut addresses = Vec::new();
    let mut address_files = Vec::new();
    let mut every_notice_rendered = true;
    let mut entries = BTreeMap::new();
    let mut outputs = Manifest::new();
    let mut kept = Vec::new();
    let mut cached = 0;
    let mut drafts = Vec::new();
    // Every notice lists as it did (taken from the cache, or rendered again to the same plan
    // and index entries, as after an edit of its prose): the site's pages would be as they are.
    let mut lists_as_before = true;
    let mut listed = BTreeMap::new();
    for d in done {
        drafts.extend(d.drafts.iter().map(|v| (d.addresses.id.clone(), v.clone())));
        if !d.cached {
            let before = caching.cache.and_then(|c| c.listed(&d.addresses.id));
            lists_as_before &= d.rendered
                && before.is_some_and(|(plan, listing)| {
                    d.plan == *plan
                        && d.listing.len() == listing.len()
                        && d.listing
                            .iter()
                            .zip(listing)
                            .all(|((l, _, item), (bl, bitem))| l == bl && item == bitem)
                });
            if d.entry.is_none() && d.rendered {
                listed.insert(
                    d.addresses.id.clone(),
                    Listed {
                        plan: d.plan.clone(),
                        listing: d.listing.iter().map(|(l, _, i)| (*l, i.clone())).collect(),
                    },
                );
            }
        }
        if d.cached {
            cached += 1;
            if let Some(e) = &d.entry {
                kept.extend(e.outputs.iter().cloned());
            }
        }
        outputs.extend(d.outputs);
        if let Some(e) = d.entry {
            entries.insert(d.addresses.id.clone(), e);
        }
        all.extend(d.diags);
        files.extend(d.files);
        every_notice_rendered &= d.rendered || d.cached || d.plan.is_none();
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
    let versions = plans.iter().map(|p| p.versions.len()).sum();
    let plan = PagePlan::from_notices(site.config.languages.clone(), plans);
    let mut rendered = false;
    let mut site_outputs = Vec::new();
    let mut site_rendered = false;
    // No notice came or went, and each lists as it did: the site's pages would be what they
    // are (they are made from the shared files, the plan and the listing alone).
    let as_before = caching.shared.and(caching.cache).filter(|c| {
        matches!(render, Render::All(..))
            && lists_as_before
            && c.notices_listed() == notices
            && !c.site.is_empty()
            && !fails(&all.items, deny_warnings)
    });
    if let Some(c) = as_before {
        kept.extend(c.site.iter().cloned());
        site_outputs.clone_from(&c.site);
        rendered = every_notice_rendered;
    } else if !fails(&all.items, deny_warnings) {
        let site_pages = match &render {
            Render::No => None,
            Render::Sample(r) => Some((*r, &Discard as &dyn Sink)),
            Render::All(r, sink) => Some((*r, *sink)),
        };
        if let Some((r, sink)) = site_pages {
            site_rendered = true;
            let recorder = Recorder::new(sink);
            match r.render_site(&site, &plan, listing, &recorder) {
                Ok(()) => rendered = every_notice_rendered,
                Err(d) => all.push(d),
            }
            let made = recorder.into_outputs();
            site_outputs = made.iter().map(|(p, _)| p.clone()).collect();
            outputs.extend(made);
        }
    }
    all.sort();
    files = files.subset(quoted(all.items.iter()));
    Ran {
        diagnostics: all,
        files,
        notices,
        versions,
        cached,
        rendered,
        entries,
        outputs,
        kept,
        site_outputs,
        drafts,
        site_rendered,
        listed,
    }
}

impl Ran {
    /// The new cache: the entries of the notices that passed cleanly, and the manifest of the
    /// output, the files of unchanged notices taken from the previous one (`previous`, the
    /// previous cache's manifest); with the files the previous output had and this one has not.
    pub fn take_cache(
        &mut self,
        shared: String,
        previous: Option<crate::emit::update::Manifest>,
    ) -> (Cache, Vec<String>) {
        let made = std::mem::take(&mut self.outputs);
        let (outputs, gone) = match previous {
            Some(prev) => crate::emit::update::kept_and_made(prev, &self.kept, made),
            None => (made, Vec::new()),
        };
        let cache = Cache {
            format: cache::FORMAT,
            shared,
            written_at: 0,
            notices: std::mem::take(&mut self.entries),
            outputs,
            site: std::mem::take(&mut self.site_outputs),
            listed: std::mem::take(&mut self.listed),
        };
        (cache, gone)
    }
}

/// A sink that records the path and size of every file put into it (for the cache's
/// manifest), and hands the file on.
struct Recorder<'a> {
    inner: &'a dyn Sink,
    seen: Mutex<Vec<(String, u64)>>,
}

impl<'a> Recorder<'a> {
    fn new(inner: &'a dyn Sink) -> Self {
        Recorder {
            inner,
            seen: Mutex::new(Vec::new()),
        }
    }

    fn into_outputs(self) -> Vec<(String, u64)> {
        self.seen.into_inner().unwrap_or_default()
    }
}

impl Sink for Recorder<'_> {
    fn put(&self, file: OutFile) -> Result<(), Diagnostic> {
        if let Ok(mut seen) = self.seen.lock() {
            seen.push((file.path.clone(), file.bytes.len() as u64));
        }
        self.inner.put(file)
    }
}

/// A notice the cache has, unchanged: by its files' sizes and times, or else by their hash.
/// A notice's files read for a run: their texts, the notice's cache key (`None` when nothing may
/// be cached, or a file could not be read) and the files' sizes and times, taken before reading
/// so that a file changed while it is read is seen as changed next time.
struct Read {
    fetched: Fetched,
    key: Option<String>,
    stamps: Option<Vec<(String, u64, u128)>>,
}

fn read(pending: PendingNotice, ctx: &ReadContext, shared_key: Option<&str>) -> Read {
    let stamps = stamps(&pending.files());
    let fetched = pending.fetch(ctx);
    let key = shared_key.and_then(|s| {
        fetched
            .texts()
            .map(|t| cache::notice_key(s, fetched.id(), t))
    });
    Read {
        fetched,
        key,
        stamps,
    }
}

/// A notice the cache has unchanged, from its entry: `files` are the notice's files as the walk
/// found them, for the ids of the places its slugs are written.
fn cached(entry: Arc<NoticeEntry>, id: &str, files: &[(FileId, &Path, &Path)]) -> Option<Done> {
    // A notice has a few dozen files: found by their bytes, not component by component.
    let id_of = |file: &str| {
        files
            .iter()
            .find(|(_, rel, _)| rel.as_os_str().as_encoded_bytes() == file.as_bytes())
            .map(|(id, _, _)| *id)
    };
    let mut address_files = Vec::new();
    let mut slugs = Vec::new();
    for (lang, slug, file, (start, end)) in &entry.slugs {
        let fid = id_of(file)?;
        address_files.push((fid, PathBuf::from(file)));
        slugs.push((
            *lang,
            Located::new(slug.clone(), Loc::new(fid, *start..*end)),
        ));
    }
    Some(Done {
        drafts: entry.drafts.clone(),
        cached: true,
        outputs: Vec::new(),
        diags: Vec::new(),
        files: SourceFiles::default(),
        addresses: NoticeAddresses {
            id: id.to_string(),
            slugs,
        },
        address_files,
        plan: entry.plan.clone(),
        listing: entry
            .listing
            .iter()
            .map(|(l, item)| (*l, id.to_string(), item.clone()))
            .collect(),
        rendered: false,
        entry: Some(entry),
    })
}

fn stamps(files: &[(FileId, &Path, &Path)]) -> Option<Vec<(String, u64, u128)>> {
    files
        .iter()
        .map(|(_, rel, abs)| {
            cache::stamp(abs).map(|(size, time)| (rel.to_string_lossy().into_owned(), size, time))
        })
        .collect()
}

fn fails(diags: &[Diagnostic], deny_warnings: bool) -> bool {
    diags.iter().any(Diagnostic::is_error) || (deny_warnings && !diags.is_empty())
}

fn quoted<'a>(diags: impl Iterator<Item = &'a Diagnostic>) -> BTreeSet<FileId> {
    diags
        .flat_map(|d| d.loc.iter().chain(d.related.iter().map(|r| &r.loc)))
        .map(|l| l.file)
        .collect()
}

/// Read, resolve, check and (when asked, and when it passes) render one notice.
fn run_notice(
    shared: &Site,
    ctx: &ReadContext,
    read: Read,
    render: Option<(&Renderer, &dyn Sink)>,
    stop: &AtomicBool,
    (deny_warnings, with_drafts): (bool, bool),
) -> Done {
    let Read {
        fetched,
        key,
        stamps: before,
    } = read;
    let read = fetched.parse(ctx);
    let mut diags = read.diags;
    let (notice, more) = model::resolve_notice(&shared.config, read.notice);
    diags.extend(more);
    let addresses = notice.addresses();
    let expires = notice.next_date_after(shared.today.unwrap_or_else(crate::model::Date::today));
    let plan = NoticePlan::new(&notice, &shared.config.languages, with_drafts).map(Arc::new);
    let drafts: Vec<String> = notice
        .versions
        .iter()
        .filter(|v| v.facts.published.is_none())
        .map(|v| v.number.to_string())
        .collect();
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
    let mut outputs = Vec::new();
    if let (Some((renderer, sink)), Some(plan), false) = (render, &plan, failed)
        && !stop.load(Ordering::Relaxed)
    {
        let recorder = Recorder::new(sink);
        match renderer.render_notice(&one, plan, &recorder) {
            Ok(l) => {
                listing = l;
                rendered = true;
            }
            Err(d) => {
                stop.store(true, Ordering::Relaxed);
                diags.push(d);
            }
        }
        outputs = recorder.into_outputs();
    }
    // A notice is cached only when it passed without a diagnostic and, if rendering was asked
    // for, was rendered.
    let entry = match (key, before) {
        (Some(key), Some(stamps))
            if diags.is_empty() && (rendered || render.is_none() || plan.is_none()) =>
        {
            Some(Arc::new(NoticeEntry {
                key,
                stamps,
                plan: plan.clone(),
                listing: listing.iter().map(|(l, _, i)| (*l, i.clone())).collect(),
                slugs: addresses
                    .slugs
                    .iter()
                    .map(|(l, s)| {
                        (
                            *l,
                            s.value.clone(),
                            one.files.path(s.loc.file).to_string_lossy().into_owned(),
                            (s.loc.span.start, s.loc.span.end),
                        )
                    })
                    .collect(),
                outputs: outputs.iter().map(|(p, _)| p.clone()).collect(),
                drafts: drafts.clone(),
                expires,
            }))
        }
        _ => None,
    };
    Done {
        entry,
        drafts,
        cached: false,
        outputs,
        files: one.files.subset(quoted(diags.iter())),
        diags,
        addresses,
        address_files,
        plan,
        listing,
        rendered,
    }
}
