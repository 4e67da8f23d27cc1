//! The site as the preview serves it: built in memory with drafts, and rebuilt in place.
//!
//! A rebuild runs the [`pipeline`] with an in-memory [`Cache`] of the previous good build, so
//! only the notices whose files changed (by size and time, else by hash) are checked and
//! rendered again; the others keep their pages from memory. When what every notice shares
//! changes (`content/site.toml`, locales, theme), the cache no longer applies and everything is
//! rendered, with a new renderer. A build that fails changes nothing that is served: it sets
//! the problem the pages then show.
//!
//! The preview renders what a reader sees (see [`crate::render::outputs::preview`]): notice
//! pages, change histories, indexes, the 404 page and the theme's files. The data formats
//! (`notice.json`, `api/`, feeds, sitemap) are `build`'s.

use super::watch::Change;
use crate::cache::Cache;
use crate::diag::Diagnostics;
use crate::model::Date;
use crate::pipeline::{self, Caching, Render};
use crate::render::{Collect, Renderer};
use crate::source::files::SourceFiles;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant, SystemTime};

/// What is served: the files of the last good build, and the problem of the newest build if
/// it failed.
#[derive(Default)]
pub struct Served {
    pub files: HashMap<String, Arc<[u8]>>,
    /// The overlay to show on every page, while the source has a problem.
    pub overlay: Option<String>,
}

/// The served site, shared with the server's threads.
pub type Shared = Arc<RwLock<Served>>;

/// The preview of one site.
pub struct Preview {
    root: PathBuf,
    today: Option<Date>,
    /// The address the preview is served at, in place of the site's `base_url`, so that the
    /// pages' absolute links stay in the preview.
    base_url: Option<String>,
    /// The renderer, with the shared key it was made for.
    renderer: Option<(String, Renderer)>,
    /// What the last good build learnt of each notice, and what it made.
    cache: Option<Cache>,
    served: Shared,
}

/// What one rebuild did.
pub struct Rebuilt {
    pub took: Duration,
    /// Notices found, and how many of them were checked and rendered again.
    pub notices: usize,
    pub rendered: usize,
    /// Everything was rendered (the first build, or a shared input changed).
    pub everything: bool,
    /// The indexes (and the site's other pages) were rendered again: a notice came, went or
    /// lists differently.
    pub indexes: bool,
    /// The diagnostics, with the files they quote; errors mean the build failed.
    pub diagnostics: Diagnostics,
    pub files: SourceFiles,
}

impl Rebuilt {
    pub fn failed(&self) -> bool {
        self.diagnostics.has_errors()
    }
}

impl Preview {
    pub fn new(root: PathBuf, today: Option<Date>, base_url: Option<String>) -> Self {
        Preview {
            root,
            today,
            base_url,
            renderer: None,
            cache: None,
            served: Shared::default(),
        }
    }

    /// The served site, for the server.
    pub fn served(&self) -> Shared {
        Arc::clone(&self.served)
    }

    /// Build again, reusing what did not change. `changed` is what the watcher saw since the
    /// last build (empty for the first): when only notices changed, the others are taken from
    /// the cache without even walking their folders.
    pub fn rebuild(&mut self, changed: &BTreeSet<Change>) -> Rebuilt {
        let started = Instant::now();
        let known = self.known(changed);
        let mut opened = match pipeline::open_known(&self.root, &known) {
            Ok(o) => o,
            Err(report) => {
                let r = *report;
                return self.fail(started, 0, true, r.diagnostics, r.files);
            }
        };
        opened.site.today = self.today;
        opened.drafts = true;
        if let Some(url) = &self.base_url {
            opened.site.config.base_url.clone_from(url);
        }
        let notices = opened.notice_count();
        let shared = opened.shared_key();
        if self.renderer.as_ref().map(|(k, _)| Some(k)) != Some(shared.as_ref()) {
            self.renderer = None;
        }
        let renderer = match self.renderer.take() {
            Some((_, r)) => r,
            None => match Renderer::preview(&opened.site) {
                Ok(r) => r,
                Err(diags) => {
                    opened.report(diags);
                    let ran = pipeline::run(opened, Render::No, false, Caching::default());
                    return self.fail(started, notices, true, ran.diagnostics, ran.files);
                }
            },
        };
        let cache = self
            .cache
            .as_ref()
            .filter(|c| Some(&c.shared) == shared.as_ref());
        if cache.is_none() && !known.is_empty() {
            // What the notices share changed after all: nothing is known.
            self.cache = None;
            self.renderer = Some((shared.unwrap_or_default(), renderer));
            return self.rebuild(&BTreeSet::new());
        }
        let everything = cache.is_none();
        let sink = Collect::default();
        let caching = Caching {
            cache,
            shared: shared.as_deref(),
        };
        let mut ran = pipeline::run(opened, Render::All(&renderer, &sink), false, caching);
        if let Some(key) = &shared {
            self.renderer = Some((key.clone(), renderer));
        }
        if ran.fails(false) || !ran.rendered {
            return self.fail(started, ran.notices, everything, ran.diagnostics, ran.files);
        }
        // The last good build's manifest becomes this one's (taken, not copied): a failed
        // build above left it in place.
        let previous = if everything {
            None
        } else {
            self.cache.take().map(|c| c.outputs)
        };
        let (mut new_cache, gone) = ran.take_cache(shared.clone().unwrap_or_default(), previous);
        new_cache.written_at = now();
        let made = sink.0.into_inner().unwrap_or_default();
        if let Ok(mut served) = self.served.write() {
            if everything {
                served.files.clear();
            }
            for path in &gone {
                served.files.remove(path);
            }
            for f in made {
                served.files.insert(f.path, Arc::from(f.bytes));
            }
            served.overlay = None;
        }
        let rebuilt = Rebuilt {
            took: started.elapsed(),
            notices: ran.notices,
            rendered: ran.notices - ran.cached,
            everything,
            indexes: ran.site_rendered,
            diagnostics: ran.diagnostics,
            files: ran.files,
        };
        // Nothing is cached when the shared inputs cannot be known: every build is whole.
        self.cache = shared.is_some().then_some(new_cache);
        rebuilt
    }

    /// The notices that did not change since the last good build, with their files: every one
    /// its cache has an entry for that still holds today, but those the watcher saw change.
    /// None when something they share changed, or on the first build.
    fn known(&self, changed: &BTreeSet<Change>) -> BTreeMap<String, Vec<PathBuf>> {
        let Some(cache) = &self.cache else {
            return BTreeMap::new();
        };
        if changed.is_empty() || changed.iter().any(|c| matches!(c, Change::Shared(_))) {
            return BTreeMap::new();
        }
        let today = self.today.unwrap_or_else(Date::today);
        cache
            .notices
            .iter()
            .filter(|(id, e)| {
                !changed.contains(&Change::Notice((*id).clone())) && e.holds_on(today)
            })
            .map(|(id, e)| {
                let files = e
                    .stamps
                    .iter()
                    .map(|(rel, _, _)| PathBuf::from(rel))
                    .collect();
                (id.clone(), files)
            })
            .collect()
    }

    /// The build failed: keep serving the last good one, under the overlay.
    fn fail(
        &mut self,
        started: Instant,
        notices: usize,
        everything: bool,
        diagnostics: Diagnostics,
        files: SourceFiles,
    ) -> Rebuilt {
        if let Ok(mut served) = self.served.write() {
            served.overlay = Some(super::overlay::overlay(&diagnostics, &files));
        }
        Rebuilt {
            took: started.elapsed(),
            notices,
            rendered: 0,
            everything,
            indexes: false,
            diagnostics,
            files,
        }
    }
}

fn now() -> u128 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos())
}
