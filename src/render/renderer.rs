//! The renderer: built once per process from the site's locales and theme, then asked to render
//! one notice (every version, every language) or the site's own pages, as often as needed.
//!
//! It holds what is costly to make and the same for every page: the Fluent bundles, the
//! compiled Tera templates, the chrome strings of each language (converted for Tera once). What
//! it renders goes to a [`Sink`] as soon as it is made, so a build writes notice by notice and
//! holds only the notices being rendered in memory. Which files are made is up to the
//! [`Output`](super::outputs::Output)s.

use super::markdown;
use super::outputs::{self, NoticeFiles, Output, Page, SitePages};
use super::plan::{self, NoticePlan, PagePlan};
use super::theme::Theme;
use super::view::{NoticeView, ViewBuilder, ViewError};
use crate::diag::Diagnostic;
use crate::emit::OutFile;
use crate::i18n::{Arg, Locales, Messages};
use crate::lang::Lang;
use crate::model::Site;
use fluent_syntax::ast;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Where rendered files go: a staging folder, a list in memory, or nowhere.
pub trait Sink: Sync {
    fn put(&self, file: OutFile) -> Result<(), Diagnostic>;
}

/// A sink that collects files in memory.
#[derive(Default)]
pub struct Collect(pub std::sync::Mutex<Vec<OutFile>>);

impl Sink for Collect {
    fn put(&self, file: OutFile) -> Result<(), Diagnostic> {
        self.0
            .lock()
            .map_err(|_| Diagnostic::load(crate::diag::LoadError::Io, "a renderer thread failed"))?
            .push(file);
        Ok(())
    }
}

/// A sink that drops every file (for `check`, which renders only to see that it can).
pub struct Discard;

impl Sink for Discard {
    fn put(&self, _: OutFile) -> Result<(), Diagnostic> {
        Ok(())
    }
}

#[derive(Serialize)]
pub(super) struct LangLink {
    code: &'static str,
    name: String,
    href: String,
    current: bool,
}

#[derive(Serialize)]
pub(super) struct Alternate {
    hreflang: String,
    href: String,
}

/// A notice in a language's index.
#[derive(Serialize, serde::Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct NoticeListItem {
    pub title: String,
    pub description: Option<String>,
    pub href: String,
    pub version_label: String,
    pub effective: Option<String>,
    /// The notice's published versions for the language's feed, newest first.
    #[serde(default)]
    pub feed: Vec<FeedEntry>,
}

/// One published version of a notice, as the feed of its language shows it.
#[derive(Serialize, serde::Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct FeedEntry {
    /// "Title, version 2.1".
    pub title: String,
    pub notice: String,
    pub version: String,
    /// The version's permanent page and the notice's change history, from the site root.
    pub href: String,
    pub changes_href: String,
    /// ISO dates: published, and the newest correction (or published).
    pub published: String,
    pub updated: String,
    pub summary: Option<String>,
    pub in_force: String,
    pub material: bool,
    pub changes: Vec<super::changes::ChangeWords>,
}

/// What a rendered notice contributes to the pages that list notices: (language, notice id,
/// item).
pub type Listing = Vec<(Lang, String, Arc<NoticeListItem>)>;

/// The notice as its templates see it: the view, and its contexts as converted for Tera.
#[derive(Serialize)]
struct TemplateNotice<'a> {
    #[serde(flatten)]
    view: &'a NoticeView,
    contexts: Vec<tera::Value>,
}

/// Each processing context of a notice converted for Tera once: its versions and their two
/// addresses mostly show a context the same, and converting one costs more than comparing it.
#[derive(Default)]
struct ContextValues(std::sync::Mutex<Vec<(super::view::ContextView, tera::Value)>>);

impl ContextValues {
    fn value(&self, context: &super::view::ContextView) -> tera::Value {
        let Ok(mut seen) = self.0.lock() else {
            return tera::Value::from_serializable(context);
        };
        if let Some((_, value)) = seen.iter().find(|(c, _)| c == context) {
            return value.clone();
        }
        let value = tera::Value::from_serializable(context);
        seen.push((context.clone(), value.clone()));
        value
    }
}

/// Numbers the renderers of a process (see [`Renderer::ui_value`]).
static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

thread_local! {
    /// This thread's copies of the chrome strings for Tera: (renderer, language, value).
    static UI_VALUES: std::cell::RefCell<Vec<(u64, Lang, tera::Value)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Locales, theme and chrome strings, made once.
pub struct Renderer {
    pub locales: Locales,
    pub theme: Theme,
    /// The chrome strings (`ui_*`, `section_*`) of each language.
    pub ui: BTreeMap<Lang, BTreeMap<String, String>>,
    /// Tells this renderer's copies of `ui` for Tera apart from another's (see [`Self::ui_value`]).
    id: u64,
    outputs: Vec<Box<dyn Output>>,
    /// The site's templates or locales hold a stand-in of [`unmark`] themselves, so no page
    /// is rendered once for two addresses.
    theme_has_marks: bool,
    /// Only data is made: the change history's pages and feeds are not worked out.
    data_only: bool,
}

impl Renderer {
    /// Parse the locales, compile the theme and format the chrome strings of every language.
    pub fn new(site: &Site) -> Result<Renderer, Vec<Diagnostic>> {
        Self::with_outputs(site, outputs::all())
    }

    /// A renderer of the data only: every notice.json, api/ and schema/, no pages.
    pub fn data_only(site: &Site) -> Result<Renderer, Vec<Diagnostic>> {
        let mut r = Self::with_outputs(site, outputs::data())?;
        r.data_only = true;
        Ok(r)
    }

    /// A renderer of what a preview shows: the pages, the indexes and the theme's files, no
    /// data formats (see [`outputs::preview`]).
    pub fn preview(site: &Site) -> Result<Renderer, Vec<Diagnostic>> {
        Self::with_outputs(site, outputs::preview())
    }

    fn with_outputs(
        site: &Site,
        outputs: Vec<Box<dyn Output>>,
    ) -> Result<Renderer, Vec<Diagnostic>> {
        let locales = Locales::load(&site.config.languages, &site.locale_overrides, &site.files)?;
        let theme = Theme::load(site)?;
        let mut ui = BTreeMap::new();
        let mut diags = Vec::new();
        for &lang in &site.config.languages {
            match ui_strings(site, &locales.get(lang), &chrome_keys(site, lang)) {
                Ok(map) => {
                    ui.insert(lang, map);
                }
                Err(d) => diags.push(d),
            }
        }
        if !diags.is_empty() {
            return Err(diags);
        }
        let theme_has_marks = site
            .template_overrides
            .values()
            .chain(site.locale_overrides.values())
            .any(|f| {
                let t = site.files.text(*f);
                t.contains(markdown::ROOT_MARK) || t.contains(VERSION_MARK)
            });
        Ok(Renderer {
            locales,
            theme,
            ui,
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            outputs,
            theme_has_marks,
            data_only: false,
        })
    }

    /// Render every page of one notice (all versions, all languages) into `sink`, and return
    /// what the indexes list of it.
    pub fn render_notice(
        &self,
        site: &Site,
        plan: &NoticePlan,
        sink: &dyn Sink,
    ) -> Result<Listing, Diagnostic> {
        let Some(notice) = site.notice(&plan.id) else {
            return Ok(Vec::new());
        };
        let mut listing = Vec::new();
        let memo = markdown::Memo::new(&site.config.base_url);
        let contexts = ContextValues::default();
        // The version in force is shown at two addresses, the notice's and its own: its pages
        // are rendered once with stand-ins for what differs (the way back to the root, the
        // version folder) and written twice.
        let mut done = vec![false; plan.pages.len()];
        for (i, planned) in plan.pages.iter().enumerate() {
            if done[i] {
                continue;
            }
            let marked = self.can_mark(site, notice, planned);
            let twin = planned
                .main
                .then(|| {
                    plan.pages.iter().position(|p| {
                        !p.main && p.lang == planned.lang && p.version == planned.version
                    })
                })
                .flatten()
                .filter(|_| marked);
            let page = self.page(site, plan, planned, marked, &memo, &contexts)?;
            for out in &self.outputs {
                for f in out.page(self, &page)? {
                    if !marked {
                        sink.put(f)?;
                        continue;
                    }
                    let root = plan::root_for;
                    let twin = twin.filter(|_| !out.main_address_only());
                    match twin.and_then(|j| plan.pages.get(j)) {
                        None => {
                            let bytes = unmark(&f.bytes, &root(&planned.dir), "");
                            sink.put(OutFile::new(f.path, bytes))?;
                        }
                        Some(other) => {
                            let name = f.path.strip_prefix(&planned.dir).unwrap_or(&f.path);
                            let own = format!("{}{name}", other.dir);
                            let number = &other.dir[planned.dir.len()..];
                            let own_bytes = unmark(&f.bytes, &root(&other.dir), number);
                            let main_bytes = unmark(&f.bytes, &root(&planned.dir), "");
                            let same = main_bytes == own_bytes;
                            sink.put(OutFile::new(own.clone(), own_bytes))?;
                            let main = OutFile::new(f.path.clone(), main_bytes);
                            sink.put(if same { main.same_as(own) } else { main })?;
                        }
                    }
                }
            }
            if let Some(j) = twin
                && let Some(d) = done.get_mut(j)
            {
                *d = true;
            }
            if let Some(item) = page.item {
                listing.push((planned.lang, notice.id.clone(), Arc::new(item)));
            }
        }
        // The notice as data: each version's document, made once for every output and language
        // (and not at all when no output writes data, as in the preview).
        let wants_data = self.outputs.iter().any(|o| o.writes_data());
        let namer = super::export::Namer {
            locales: &self.locales,
            langs: &site.config.languages,
        };
        let mut indexes: Vec<usize> = plan
            .pages
            .iter()
            .filter(|_| wants_data)
            .map(|p| p.version)
            .collect();
        indexes.sort_unstable();
        indexes.dedup();
        let files = NoticeFiles {
            site,
            notice,
            plan,
            data: indexes
                .into_iter()
                .filter_map(|i| {
                    let v = notice.versions.get(i)?;
                    Some((
                        i,
                        super::export::notice_data(&namer, site, notice, plan, v, &memo),
                    ))
                })
                .collect(),
        };
        for out in &self.outputs {
            for f in out.notice(self, &files)? {
                sink.put(f)?;
            }
        }
        // Its change history in each language, once the notice has a published version.
        if !plan.versions.is_empty() {
            // (Not for the data alone, which has no pages or feeds.)
            for (lang, dir) in plan.dirs.iter().filter(|_| !self.data_only) {
                let page = self.changes_page(site, notice, *lang, dir)?;
                for out in &self.outputs {
                    for f in out.changes(self, &page)? {
                        sink.put(f)?;
                    }
                }
                if let Some((_, _, item)) = listing.iter_mut().find(|(l, _, _)| l == lang) {
                    Arc::make_mut(item).feed = page.feed(dir);
                }
            }
        }
        Ok(listing)
    }

    /// The change history of a notice in one language.
    fn changes_page<'a>(
        &self,
        site: &'a Site,
        notice: &'a crate::model::Notice,
        lang: Lang,
        notice_dir: &str,
    ) -> Result<ChangesPage<'a>, Diagnostic> {
        let msgs = self.locales.get(lang);
        let today = site.today.unwrap_or_else(crate::model::Date::today);
        let history = super::changes::history(site, notice, &msgs, lang, today)
            .map_err(|e| e.into_site_diagnostic(site))?;
        let title = notice
            .current()
            .and_then(|v| v.texts.get(&lang))
            .and_then(|t| t.title.as_ref())
            .map(|t| t.value.clone())
            .unwrap_or_else(|| notice.id.clone());
        let dir = plan::changes_dir(notice_dir);
        let fmt = |key: &str, args: &[(&str, Arg<'_>)]| -> Result<String, Diagnostic> {
            msgs.msg_args(key, args)
                .map_err(|e| ViewError::I18n(e).into_site_diagnostic(site))
        };
        let mut version_titles = Vec::new();
        for v in &history {
            version_titles.push(fmt(
                "ui-title-version",
                &[
                    ("title", Arg::Str(&title)),
                    ("version", Arg::Str(&v.number)),
                ],
            )?);
        }
        let heading = fmt("ui-changes-title", &[("title", Arg::Str(&title))])?;
        let mut ctx = self.base_ctx(site, lang, &dir);
        let root = plan::root_for(&dir);
        let versions: Vec<ChangesVersion> = history
            .iter()
            .map(|v| ChangesVersion {
                href: format!("{root}{notice_dir}{}/", v.number),
                changes_from: v.from.as_ref().and_then(|f| {
                    msgs.msg_args("ui-changes-from", &[("from", Arg::Str(f))])
                        .ok()
                }),
                v: v.clone(),
            })
            .collect();
        ctx.insert("title", &title);
        ctx.insert("heading", &heading);
        ctx.insert("notice_href", &format!("{root}{notice_dir}"));
        ctx.insert("history", &versions);
        let dirs: Vec<(Lang, String)> = site
            .config
            .languages
            .iter()
            .filter_map(|&l| {
                let slug = notice.current()?.texts.get(&l)?.slug.as_ref()?;
                Some((
                    l,
                    plan::changes_dir(&format!("{}/{}/", l.dir(), slug.value)),
                ))
            })
            .collect();
        let path_of = |l: Lang| dirs.iter().find(|(x, _)| *x == l).map(|(_, d)| d.clone());
        ctx.insert("languages", &self.switcher(site, lang, &dir, path_of));
        ctx.insert("alternates", &self.alternates(site, path_of));
        Ok(ChangesPage {
            dir,
            ctx,
            notice: &notice.id,
            history,
            version_titles,
        })
    }

    /// Render the site's own pages (indexes, 404, sitemap, robots.txt, assets) into `sink`,
    /// from the listings of every notice.
    pub fn render_site(
        &self,
        site: &Site,
        plan: &PagePlan,
        mut listing: Listing,
        sink: &dyn Sink,
    ) -> Result<(), Diagnostic> {
        listing.sort_by(|a, b| a.1.cmp(&b.1));
        let pages = SitePages {
            site,
            plan,
            listing: &listing,
        };
        for out in &self.outputs {
            for f in out.site(self, &pages)? {
                sink.put(f)?;
            }
        }
        Ok(())
    }

    /// Render `notices` (indexes into the plan's notices, in parallel) and then the site's
    /// pages. Every notice is rendered even when one fails, so that all problems are reported.
    pub fn render_all(
        &self,
        site: &Site,
        plan: &PagePlan,
        notices: &[&NoticePlan],
        sink: &dyn Sink,
    ) -> Result<(), Vec<Diagnostic>> {
        let results: Vec<Result<Listing, Diagnostic>> = notices
            .par_iter()
            .map(|n| self.render_notice(site, n, sink))
            .collect();
        let mut listing = Vec::new();
        let mut diags = Vec::new();
        for r in results {
            match r {
                Ok(l) => listing.extend(l),
                Err(d) => diags.push(d),
            }
        }
        if !diags.is_empty() {
            diags.sort_by(|a, b| a.message.cmp(&b.message));
            diags.dedup();
            return Err(diags);
        }
        self.render_site(site, plan, listing, sink)
            .map_err(|d| vec![d])
    }

    pub(super) fn base_ctx(&self, site: &Site, lang: Lang, dir: &str) -> tera::Context {
        let mut ctx = tera::Context::new();
        let cfg = &site.config;
        ctx.insert("lang", lang.code());
        ctx.insert("lang_dir", lang.dir());
        ctx.insert("root", &plan::root_for(dir));
        match self.ui_value(lang) {
            Some(v) => ctx.insert_value("ui", v),
            None => ctx.insert("ui", &BTreeMap::<String, String>::new()),
        }
        ctx.insert(
            "site_title",
            cfg.title.get(&lang).map(String::as_str).unwrap_or(""),
        );
        ctx.insert("base_url", &cfg.base_url);
        ctx.insert("site_path", &plan::site_path(&cfg.base_url));
        ctx.insert("custom_css", &self.theme.assets.contains_key("custom.css"));
        ctx.insert("canonical", &format!("{}/{dir}", cfg.base_url));
        ctx.insert("alternates", &Vec::<Alternate>::new());
        ctx.insert(
            "feed_href",
            &format!("{}/{}", cfg.base_url, plan::feed_path(lang)),
        );
        ctx
    }

    /// The chrome strings of `lang` converted for Tera, once per thread. A template reads `ui`
    /// hundreds of times a page, and each read takes and drops a reference to the map: one map
    /// shared by every thread would have the cores pass its reference count back and forth.
    fn ui_value(&self, lang: Lang) -> Option<tera::Value> {
        let strings = self.ui.get(&lang)?;
        let made = UI_VALUES.with(|kept| {
            let mut kept = kept.try_borrow_mut().ok()?;
            if let Some((_, _, v)) = kept.iter().find(|(id, l, _)| *id == self.id && *l == lang) {
                return Some(v.clone());
            }
            kept.retain(|(id, _, _)| *id == self.id);
            let v = tera::Value::from_serializable(strings);
            kept.push((self.id, lang, v.clone()));
            Some(v)
        });
        Some(made.unwrap_or_else(|| tera::Value::from_serializable(strings)))
    }

    fn lang_name(&self, lang: Lang) -> String {
        self.ui
            .get(&lang)
            .and_then(|u| u.get("ui_language_name"))
            .cloned()
            .unwrap_or_else(|| lang.code().to_string())
    }

    pub(super) fn alternates(
        &self,
        site: &Site,
        path_of: impl Fn(Lang) -> Option<String>,
    ) -> Vec<Alternate> {
        let cfg = &site.config;
        let mut v: Vec<Alternate> = cfg
            .languages
            .iter()
            .filter_map(|&l| {
                path_of(l).map(|p| Alternate {
                    hreflang: l.code().to_string(),
                    href: format!("{}/{p}", cfg.base_url),
                })
            })
            .collect();
        if let Some(p) = path_of(cfg.default_language) {
            v.push(Alternate {
                hreflang: "x-default".to_string(),
                href: format!("{}/{p}", cfg.base_url),
            });
        }
        v
    }

    pub(super) fn switcher(
        &self,
        site: &Site,
        this: Lang,
        dir: &str,
        path_of: impl Fn(Lang) -> Option<String>,
    ) -> Vec<LangLink> {
        let root = plan::root_for(dir);
        site.config
            .languages
            .iter()
            .filter_map(|&l| {
                path_of(l).map(|p| LangLink {
                    code: l.code(),
                    name: self.lang_name(l),
                    href: format!("{root}{p}"),
                    current: l == this,
                })
            })
            .collect()
    }

    /// Can the page of the version in force be rendered once for both its addresses? Not when
    /// its source text or the site's templates hold one of the stand-ins themselves.
    fn can_mark(
        &self,
        site: &Site,
        notice: &crate::model::Notice,
        planned: &super::plan::PlannedPage,
    ) -> bool {
        let marked = |t: &str| t.contains(markdown::ROOT_MARK) || t.contains(VERSION_MARK);
        let text = notice
            .versions
            .get(planned.version)
            .and_then(|v| v.texts.get(&planned.lang));
        !self.theme_has_marks && text.is_some_and(|t| !marked(site.files.text(t.file)))
    }

    /// One notice page: its view (the notice in words) and its template context. `marked`: the
    /// version in force, rendered once for its two addresses, with [`markdown::ROOT_MARK`] for
    /// the way back to the root and [`VERSION_MARK`] for the version folder (see [`unmark`]).
    fn page<'a>(
        &self,
        site: &'a Site,
        plan: &NoticePlan,
        planned: &'a super::plan::PlannedPage,
        marked: bool,
        memo: &markdown::Memo,
        contexts: &ContextValues,
    ) -> Result<Page<'a>, Diagnostic> {
        let planned_for = || {
            Diagnostic::load(
                crate::diag::LoadError::Layout,
                "the page plan names a notice or version the site does not have",
            )
        };
        let notice = site.notice(&plan.id).ok_or_else(planned_for)?;
        let version = notice
            .versions
            .get(planned.version)
            .ok_or_else(planned_for)?;
        let lang = planned.lang;
        let msgs = self.locales.get(lang);
        let Some(text) = version.texts.get(&lang) else {
            return Err(Diagnostic::load(
                crate::diag::LoadError::MissingLanguage,
                format!("{} {} has no {} text", notice.id, version.number, lang),
            ));
        };
        let current = notice.current();
        let status = if current.is_some_and(|c| c.number == version.number) {
            "current"
        } else if version.facts.published.is_some() {
            "superseded"
        } else {
            "draft"
        };
        let root = if marked {
            markdown::ROOT_MARK.to_string()
        } else {
            plan::root_for(&planned.dir)
        };
        let build = |root: &str| {
            ViewBuilder {
                msgs,
                text,
                facts: &version.facts,
                files: &site.files,
                allow_html: site.config.allow_html,
                root: root.to_string(),
                memo,
            }
            .build(version, status)
            .map_err(|e| e.into_site_diagnostic(site))
        };
        let view: NoticeView = build(&root)?;

        let number = version.number.as_str().to_string();
        let ver_mark = if marked { VERSION_MARK } else { "" };
        let path_of = |l: Lang| {
            plan.counterpart(l, planned, &number)
                .map(|p| format!("{p}{ver_mark}"))
        };
        let mut ctx = self.base_ctx(site, lang, &planned.dir);
        if marked {
            ctx.insert("root", markdown::ROOT_MARK);
            ctx.insert(
                "canonical",
                &format!("{}/{}{VERSION_MARK}", site.config.base_url, planned.dir),
            );
        }
        ctx.insert(
            "notice",
            &TemplateNotice {
                view: &view,
                contexts: view.contexts.iter().map(|c| contexts.value(c)).collect(),
            },
        );
        let switcher = self.switcher(site, lang, &planned.dir, path_of);
        let switcher = if marked {
            switcher
                .into_iter()
                .map(|mut l| {
                    l.href = format!(
                        "{}{}",
                        markdown::ROOT_MARK,
                        l.href.trim_start_matches("../")
                    );
                    l
                })
                .collect()
        } else {
            switcher
        };
        ctx.insert("languages", &switcher);
        ctx.insert("alternates", &self.alternates(site, path_of));
        let fmt = |key: &str, args: &[(&str, Arg<'_>)]| -> Result<String, Diagnostic> {
            msgs.msg_args(key, args)
                .map_err(|e| ViewError::I18n(e).into_site_diagnostic(site))
        };
        let version_label = fmt("ui-version-label", &[("version", Arg::Str(&number))])?;
        ctx.insert("version_label", &version_label);
        if let Some(p) = &view.published {
            ctx.insert(
                "published_on",
                &fmt("ui-published-on", &[("date", Arg::Str(&p.text))])?,
            );
        }
        if let Some(e) = &view.effective {
            ctx.insert(
                "effective_from",
                &fmt("ui-effective-from", &[("date", Arg::Str(&e.text))])?,
            );
        }
        let notice_dir = plan.dir(lang).unwrap_or_default().to_string();
        let base_url = &site.config.base_url;
        let versions: Vec<VersionLink> = notice
            .versions
            .iter()
            .rev()
            .filter(|v| v.facts.published.is_some())
            .map(|v| VersionLink {
                number: v.number.to_string(),
                href: format!("{root}{notice_dir}{}/", v.number),
                address: format!("{base_url}/{notice_dir}{}/", v.number),
                published: v.facts.published.as_ref().map(|d| msgs.date(d.value)),
                published_iso: v.facts.published.as_ref().map(|d| d.value.to_string()),
                in_force: current.is_some_and(|c| c.number == v.number),
                this: v.number == version.number,
            })
            .collect();
        ctx.insert("versions", &versions);
        if let Some(dir) = &planned.situations {
            ctx.insert("situations_href", &format!("{root}{dir}"));
        }
        ctx.insert("permalink", &format!("{base_url}/{notice_dir}{number}/"));
        if status == "superseded"
            && let Some(cur) = current
        {
            ctx.insert(
                "banner",
                &Banner {
                    kind: "superseded",
                    text: fmt(
                        "ui-old-version-banner",
                        &[
                            ("version", Arg::Str(&number)),
                            ("current", Arg::Str(cur.number.as_str())),
                        ],
                    )?,
                    link_text: fmt("ui-go-to-current", &[])?,
                    href: format!("{root}{notice_dir}"),
                    address: format!("{base_url}/{notice_dir}"),
                },
            );
        }
        if version.facts.published.is_some() {
            let spans = notice.in_force();
            let today = site.today.unwrap_or_else(crate::model::Date::today);
            if let Some((_, from, until)) =
                spans.iter().find(|(v, _, _)| v.number == version.number)
            {
                let text = match until {
                    Some(to) => fmt(
                        "ui-in-force-from-to",
                        &[
                            ("from", Arg::Str(&msgs.date(*from))),
                            ("to", Arg::Str(&msgs.date(*to))),
                        ],
                    )?,
                    None if *from > today => {
                        fmt("ui-takes-effect", &[("date", Arg::Str(&msgs.date(*from)))])?
                    }
                    None => fmt(
                        "ui-in-force-since",
                        &[("date", Arg::Str(&msgs.date(*from)))],
                    )?,
                };
                ctx.insert("in_force", &text);
            }
            let next = spans
                .iter()
                .map(|(v, _, _)| *v)
                .find(|v| v.number > version.number);
            if let Some(next) = next {
                ctx.insert(
                    "replaced_by",
                    &LinkTo {
                        text: fmt(
                            "ui-replaced-by",
                            &[("version", Arg::Str(next.number.as_str()))],
                        )?,
                        href: format!("{root}{notice_dir}{}/", next.number),
                        address: format!("{base_url}/{notice_dir}{}/", next.number),
                    },
                );
            }
            let changes_dir = plan::changes_dir(&notice_dir);
            ctx.insert("changes_href", &format!("{root}{changes_dir}"));
            ctx.insert("changes_address", &format!("{base_url}/{changes_dir}"));
        }
        ctx.insert(
            "page_title",
            &fmt(
                "ui-title-version",
                &[
                    ("title", Arg::Str(&view.title)),
                    ("version", Arg::Str(&number)),
                ],
            )?,
        );
        ctx.insert("json_href", "notice.json");
        let item = planned.main.then(|| NoticeListItem {
            title: view.title.clone(),
            description: view.description.clone(),
            href: planned.dir.clone(),
            version_label: version_label.clone(),
            effective: view.effective.as_ref().map(|d| d.text.clone()),
            feed: Vec::new(),
        });
        Ok(Page {
            dir: &planned.dir,
            view,
            ctx,
            item,
            situations: planned.holds_situations(),
        })
    }
}

#[derive(Serialize)]
struct VersionLink {
    number: String,
    href: String,
    /// The same as an absolute address (for print).
    address: String,
    published: Option<String>,
    published_iso: Option<String>,
    in_force: bool,
    this: bool,
}

/// The stand-in for the version folder (`2.1/`) in a page rendered for both addresses of the
/// version in force: empty at the notice's address. Letters, digits and hyphens only, like
/// [`markdown::ROOT_MARK`], so no escaping changes it.
pub const VERSION_MARK: &str = "disclose-version-mark-5f1c7a/";

/// A page rendered with the stand-ins, for one of its addresses. Both stand-ins begin with
/// `disclose-`, so one search finds them all.
fn unmark(bytes: &[u8], root: &str, version_folder: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    for i in memchr::memmem::find_iter(bytes, b"disclose-") {
        if i < at {
            continue;
        }
        let rest = &bytes[i..];
        let (mark, with) = if rest.starts_with(markdown::ROOT_MARK.as_bytes()) {
            (markdown::ROOT_MARK, root)
        } else if rest.starts_with(VERSION_MARK.as_bytes()) {
            (VERSION_MARK, version_folder)
        } else {
            continue;
        };
        out.extend_from_slice(&bytes[at..i]);
        out.extend_from_slice(with.as_bytes());
        at = i + mark.len();
    }
    out.extend_from_slice(&bytes[at..]);
    out
}

#[derive(Serialize)]
struct LinkTo {
    text: String,
    href: String,
    address: String,
}

/// A version in the change history page, with its links.
#[derive(Serialize)]
struct ChangesVersion {
    #[serde(flatten)]
    v: super::changes::VersionChanges,
    href: String,
    changes_from: Option<String>,
}

/// The change history of a notice in one language, ready for the outputs.
pub struct ChangesPage<'a> {
    /// `<lang>/<slug>/changes/`.
    pub dir: String,
    pub ctx: tera::Context,
    pub notice: &'a str,
    /// Newest first.
    pub history: Vec<super::changes::VersionChanges>,
    /// "Title, version 2.1" for each version of `history`.
    pub version_titles: Vec<String>,
}

impl ChangesPage<'_> {
    /// The feed entries of this history; `notice_dir` is the notice's folder in the language.
    fn feed(&self, notice_dir: &str) -> Vec<FeedEntry> {
        self.history
            .iter()
            .zip(&self.version_titles)
            .map(|(v, title)| {
                let published = v
                    .published
                    .as_ref()
                    .map(|d| d.iso.clone())
                    .unwrap_or_default();
                FeedEntry {
                    title: title.clone(),
                    notice: self.notice.to_string(),
                    version: v.number.clone(),
                    href: format!("{notice_dir}{}/", v.number),
                    changes_href: plan::changes_dir(notice_dir),
                    updated: v
                        .corrections
                        .iter()
                        .map(|c| c.date.iso.clone())
                        .max()
                        .filter(|d| *d > published)
                        .unwrap_or_else(|| published.clone()),
                    published,
                    summary: v.summary.clone(),
                    in_force: v.in_force.clone(),
                    material: v.material,
                    changes: v.changes.clone(),
                }
            })
            .collect()
    }
}

#[derive(Serialize)]
struct Banner {
    kind: &'static str,
    text: String,
    link_text: String,
    href: String,
    address: String,
}

/// The chrome strings (`section-*`, `ui-*` without arguments) of a language, with `-`
/// replaced by `_` so templates can write `ui.section_purposes`.
fn ui_strings(
    site: &Site,
    msgs: &Messages<'_>,
    keys: &[String],
) -> Result<BTreeMap<String, String>, Diagnostic> {
    keys.iter()
        .map(|k| {
            msgs.msg(k)
                .map(|v| (k.replace('-', "_"), v))
                .map_err(|e| ViewError::I18n(e).into_site_diagnostic(site))
        })
        .collect()
}

/// The ids of chrome messages that take no arguments, from the built-in default locale and
/// the site's own locale file for `lang` (a message the site adds to nb.ftl alone is not asked
/// of sv; one it adds to sv.ftl is asked of sv-FI, which is laid over sv).
fn chrome_keys(site: &Site, lang: Lang) -> Vec<String> {
    let mut sources: Vec<&str> = vec![crate::i18n::BUILTIN[0].1];
    for layer in lang.base().into_iter().chain([lang]) {
        sources.extend(
            site.locale_overrides
                .get(&layer)
                .map(|f| site.files.text(*f))
                .filter(|text| crate::i18n::too_deep(text).is_none()),
        );
    }
    let mut keys = Vec::new();
    for src in sources {
        let Ok(res) = fluent_syntax::parser::parse(src) else {
            continue;
        };
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let id = m.id.name;
                let chrome = id.starts_with("ui-")
                    || id.starts_with("section-")
                    || id.starts_with("duration-session");
                let plain = m.value.as_ref().is_some_and(|p| {
                    p.elements
                        .iter()
                        .all(|e| matches!(e, ast::PatternElement::TextElement { .. }))
                });
                if chrome && plain && !keys.iter().any(|k: &String| k == id) {
                    keys.push(id.to_string());
                }
            }
        }
    }
    keys.sort();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unmark_puts_each_address_in_place_of_the_stand_ins() {
        let page = format!(
            "<a href=\"{r}nb/x/{v}\">disclose-other</a> {r}",
            r = markdown::ROOT_MARK,
            v = VERSION_MARK
        );
        assert_eq!(
            unmark(page.as_bytes(), "../../../", "2.1/"),
            b"<a href=\"../../../nb/x/2.1/\">disclose-other</a> ../../../"
        );
        assert_eq!(
            unmark(page.as_bytes(), "../../", ""),
            b"<a href=\"../../nb/x/\">disclose-other</a> ../../"
        );
    }
}
