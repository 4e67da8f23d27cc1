//! The output formats, each a renderer of its own over the model and the page plan.
//!
//! An [`Output`] makes files for each notice page (the page's view and template context are
//! made once and shared by every output), for the site as a whole, or both. Adding a format
//! (a feed, an API file) is adding a type here and listing it in [`all`]; no other output
//! changes.

use super::export::{self, NoticeData};
use super::plan::{self, PagePlan};
use super::renderer::{ChangesPage, Listing, NoticeListItem, Renderer};
use super::view::NoticeView;
use crate::diag::Diagnostic;
use crate::emit::OutFile;
use crate::model::Site;
use std::collections::BTreeMap;

/// One notice page, ready for the outputs.
pub struct Page<'a> {
    /// The page's folder, relative to the output root, with a trailing slash.
    pub dir: &'a str,
    pub view: NoticeView,
    pub ctx: tera::Context,
    /// What the language's index lists of this page (for the main address only).
    pub item: Option<NoticeListItem>,
    /// Whether the page's folder holds its version's context pages (see
    /// [`super::plan::PlannedPage::situations`]).
    pub situations: bool,
}

/// A notice as a whole, for the outputs that write it once (its data, its history).
pub struct NoticeFiles<'a> {
    pub site: &'a Site,
    pub notice: &'a crate::model::Notice,
    pub plan: &'a super::plan::NoticePlan,
    /// The document ([`super::export`]) of every version the plan has pages for, by index into
    /// the notice's versions, made once for all its outputs and languages; empty when no output
    /// [writes data](Output::writes_data).
    pub data: Vec<(usize, NoticeData)>,
}

impl NoticeFiles<'_> {
    /// The published versions with their documents (what `api/` holds; drafts have pages only).
    pub fn published(&self) -> impl Iterator<Item = (&crate::model::Version, &NoticeData)> {
        self.data
            .iter()
            .filter_map(|(i, d)| Some((self.notice.versions.get(*i)?, d)))
            .filter(|(v, _)| v.facts.published.is_some())
    }
}

/// What the site's own pages are made from.
pub struct SitePages<'a> {
    pub site: &'a Site,
    pub plan: &'a PagePlan,
    /// Every notice's listing, sorted by notice id.
    pub listing: &'a Listing,
}

/// An output format.
pub trait Output: Send + Sync {
    /// Whether the files made for the page of the version in force are written at the
    /// notice's address only, not at the version's own too.
    fn main_address_only(&self) -> bool {
        false
    }

    /// Files for one notice page.
    fn page(&self, _r: &Renderer, _page: &Page<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        Ok(Vec::new())
    }

    /// Does it read [`NoticeFiles::data`]? The documents are made only when some output does.
    fn writes_data(&self) -> bool {
        false
    }

    /// Files for a notice as a whole (all its versions, every language).
    fn notice(&self, _r: &Renderer, _n: &NoticeFiles<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        Ok(Vec::new())
    }

    /// Files for a notice's change history in one language.
    fn changes(&self, _r: &Renderer, _page: &ChangesPage<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        Ok(Vec::new())
    }

    /// Files for the site as a whole, made after every notice.
    fn site(&self, _r: &Renderer, _pages: &SitePages<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        Ok(Vec::new())
    }
}

/// Every output, in the order they run.
pub fn all() -> Vec<Box<dyn Output>> {
    vec![
        Box::new(NoticeHtml),
        Box::new(ContextHtml),
        Box::new(NoticeJson),
        Box::new(ChangesHtml),
        Box::new(Feeds),
        Box::new(ApiIndex),
        Box::new(ApiData),
        Box::new(LinkedData),
        Box::new(TiltExport),
        Box::new(Indexes),
        Box::new(NotFound),
        Box::new(Sitemap),
        Box::new(Robots),
        Box::new(Assets),
    ]
}

/// The outputs of `build --data-only`: the data, no pages.
pub fn data() -> Vec<Box<dyn Output>> {
    vec![
        Box::new(NoticeJson),
        Box::new(ApiIndex),
        Box::new(ApiData),
        Box::new(LinkedData),
        Box::new(TiltExport),
    ]
}

/// `<lang>/<slug>/[<version>/]index.html`: the notice page, from the theme's notice.html.
pub struct NoticeHtml;

impl Output for NoticeHtml {
    fn page(&self, r: &Renderer, page: &Page<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        let html = r.theme.render("notice.html", &page.ctx)?;
        Ok(vec![OutFile::new(format!("{}index.html", page.dir), html)])
    }
}

/// `<lang>/<slug>/context-<id>.html` (and a draft's `<lang>/<slug>/<version>/context-<id>.html`
/// when drafts are shown): one processing context of the version in force on a page of its
/// own, from the theme's context.html, for a notice with more than one context (with one, the
/// notice page is already that context's). Beside the notice page, so its links and the
/// prose's are the page's own. Both addresses of the version in force link to the same
/// context pages; a superseded version's page keeps its whole text and has none.
pub struct ContextHtml;

impl ContextHtml {
    /// The file name of a context's page: `context-<id>.html`.
    pub fn file_name(context_id: &str) -> String {
        format!("context-{context_id}.html")
    }
}

impl Output for ContextHtml {
    fn main_address_only(&self) -> bool {
        true
    }

    fn page(&self, r: &Renderer, page: &Page<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        if page.view.contexts.len() < 2 || !page.situations {
            return Ok(Vec::new());
        }
        let notice = page.ctx.get("notice");
        let mut files = Vec::new();
        for (i, c) in page.view.contexts.iter().enumerate() {
            let mut ctx = page.ctx.clone();
            // The context as the notice page has it, converted for Tera once.
            let path = format!("contexts.{i}");
            match notice.and_then(|n| n.get_from_path(&path)) {
                Some(v) => ctx.insert_value("context", v.clone()),
                None => ctx.insert("context", c),
            }
            let name = Self::file_name(&c.id);
            ctx.insert("context_href", &name);
            let html = r.theme.render("context.html", &ctx)?;
            files.push(OutFile::new(format!("{}{name}", page.dir), html));
        }
        Ok(files)
    }
}

/// `<lang>/<slug>/[<version>/]notice.json`: the page's own data, in its language, following
/// the published schema (see [`super::export`]). The version in force has the same file at
/// both its addresses.
pub struct NoticeJson;

impl Output for NoticeJson {
    fn writes_data(&self) -> bool {
        true
    }

    fn notice(&self, _r: &Renderer, n: &NoticeFiles<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        let mut files = Vec::new();
        for (index, data) in &n.data {
            for &lang in &n.site.config.languages {
                let mut pages = n
                    .plan
                    .pages
                    .iter()
                    .filter(|p| p.version == *index && p.lang == lang)
                    .map(|p| format!("{}notice.json", p.dir));
                let Some(first) = pages.next() else {
                    continue;
                };
                let json = export::to_json(data, Some(lang)).map_err(|e| unwritable(n, e))?;
                let twins: Vec<OutFile> = pages
                    .map(|path| OutFile::new(path, json.clone()).same_as(first.clone()))
                    .collect();
                files.push(OutFile::new(first, json));
                files.extend(twins);
            }
        }
        Ok(files)
    }
}

fn unwritable(n: &NoticeFiles<'_>, e: sonic_rs::Error) -> Diagnostic {
    Diagnostic::load(
        crate::diag::LoadError::Theme,
        format!("cannot write the data of {} as JSON: {e}", n.notice.id),
    )
}

/// `<lang>/<slug>/changes/index.html`: every published version, what changed and whether it
/// matters, from the theme's changes.html.
pub struct ChangesHtml;

impl Output for ChangesHtml {
    fn changes(&self, r: &Renderer, page: &ChangesPage<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        let html = r.theme.render("changes.html", &page.ctx)?;
        Ok(vec![OutFile::new(format!("{}index.html", page.dir), html)])
    }
}

/// `<lang>/feed.xml`: an Atom feed of notice changes, one entry per published version.
pub struct Feeds;

impl Output for Feeds {
    fn site(&self, r: &Renderer, p: &SitePages<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        let mut files = Vec::new();
        for &lang in &p.site.config.languages {
            let entries: Vec<&super::renderer::FeedEntry> = p
                .listing
                .iter()
                .filter(|(l, _, _)| *l == lang)
                .flat_map(|(_, _, i)| i.feed.iter())
                .collect();
            let xml = super::feed::atom(r, p.site, lang, entries)?;
            files.push(OutFile::new(plan::feed_path(lang), xml));
        }
        Ok(files)
    }
}

/// `api/<notice>/<version>.json` for every published version (the language-neutral data, see
/// [`super::export`]) and `schema/notice.schema.json`, the schema they follow.
pub struct ApiData;

impl Output for ApiData {
    fn writes_data(&self) -> bool {
        true
    }

    fn notice(&self, _r: &Renderer, n: &NoticeFiles<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        n.published()
            .map(|(v, data)| {
                let json = export::to_json(data, None).map_err(|e| unwritable(n, e))?;
                Ok(OutFile::new(
                    export::data_path(&n.notice.id, v.number.as_str()),
                    json,
                ))
            })
            .collect()
    }

    fn site(&self, _r: &Renderer, p: &SitePages<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        let schema = export::schema(&p.site.config.base_url);
        let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
        text.push('\n');
        Ok(vec![OutFile::new(export::SCHEMA_PATH, text)])
    }
}

/// `api/<notice>/<version>.jsonld` for every published version (the same facts as linked data,
/// with DPV terms; see [`super::linked`]) and `schema/notice.context.jsonld`, its `@context`.
pub struct LinkedData;

impl Output for LinkedData {
    fn writes_data(&self) -> bool {
        true
    }

    fn notice(&self, _r: &Renderer, n: &NoticeFiles<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        let base = &n.site.config.base_url;
        n.published()
            .map(|(v, data)| {
                let doc = super::linked::document(base, data);
                static LINKED: super::json::Writer = super::json::Writer::new();
                let json = LINKED.to_vec(&doc).map_err(|e| unwritable(n, e))?;
                Ok(OutFile::new(
                    super::linked::linked_path(&n.notice.id, v.number.as_str()),
                    json,
                ))
            })
            .collect()
    }

    fn site(&self, _r: &Renderer, p: &SitePages<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        let context = super::linked::context(&p.site.config.base_url);
        let mut text = serde_json::to_string_pretty(&context).unwrap_or_default();
        text.push('\n');
        Ok(vec![OutFile::new(super::linked::CONTEXT_PATH, text)])
    }
}

/// `api/<notice>/<version>/tilt.<lang>.json` for every published version and language: the
/// version in the TILT v2 shape, lossy, with what TILT cannot hold in its `_notes` (see
/// [`super::tilt`]).
pub struct TiltExport;

impl Output for TiltExport {
    fn writes_data(&self) -> bool {
        true
    }

    fn notice(&self, r: &Renderer, n: &NoticeFiles<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        let mut files = Vec::new();
        for (v, data) in n.published() {
            for (lang, _) in &n.plan.dirs {
                let json = super::tilt::export(n.site, n.plan, data, r.locales.get(*lang))?;
                let path = super::tilt::path(&n.notice.id, v.number.as_str(), *lang);
                files.push(OutFile::new(path, json));
            }
        }
        Ok(files)
    }
}

/// `api/index.json`: every notice, version and language with its address, content hash and the
/// days it was in force.
pub struct ApiIndex;

impl Output for ApiIndex {
    fn site(&self, _r: &Renderer, p: &SitePages<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        Ok(vec![OutFile::new(
            "api/index.json",
            super::feed::api_index(p.site, p.plan),
        )])
    }
}

/// `index.html` (the choice of language) and `<lang>/index.html` (the notices in a language).
pub struct Indexes;

/// A notice as a language's index lists it: its list item, with the link from the index's
/// folder and without its feed entries (an index shows none).
#[derive(serde::Serialize)]
struct IndexItem<'a> {
    title: &'a str,
    description: &'a Option<String>,
    href: String,
    version_label: &'a str,
    effective: &'a Option<String>,
    feed: [(); 0],
}

impl<'a> IndexItem<'a> {
    fn of(item: &'a NoticeListItem, root: &str) -> Self {
        IndexItem {
            title: &item.title,
            description: &item.description,
            href: format!("{root}{}", item.href),
            version_label: &item.version_label,
            effective: &item.effective,
            feed: [],
        }
    }
}

impl Output for Indexes {
    fn site(&self, r: &Renderer, p: &SitePages<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        let site = p.site;
        let langs = |l: crate::lang::Lang| Some(plan::lang_dir(l));
        let default = site.config.default_language;
        let mut files = Vec::new();
        let mut ctx = r.base_ctx(site, default, "");
        ctx.insert("languages", &r.switcher(site, default, "", langs));
        let titles: Vec<(String, String)> = site
            .config
            .languages
            .iter()
            .map(|l| {
                (
                    l.code().to_string(),
                    site.config.title.get(l).cloned().unwrap_or_default(),
                )
            })
            .collect();
        ctx.insert("titles", &titles);
        ctx.insert("messages", &messages(r, site, &site.config.languages));
        ctx.insert("alternates", &r.alternates(site, langs));
        files.push(OutFile::new(
            "index.html",
            r.theme.render("index.html", &ctx)?,
        ));
        for &lang in &site.config.languages {
            let dir = plan::lang_dir(lang);
            let mut ctx = r.base_ctx(site, lang, &dir);
            let root = plan::root_for(&dir);
            let items: Vec<IndexItem> = p
                .listing
                .iter()
                .filter(|(l, _, _)| *l == lang)
                .map(|(_, _, i)| IndexItem::of(i, &root))
                .collect();
            ctx.insert("notices", &items);
            ctx.insert("languages", &r.switcher(site, lang, &dir, langs));
            ctx.insert("alternates", &r.alternates(site, langs));
            files.push(OutFile::new(
                format!("{dir}index.html"),
                r.theme.render("lang_index.html", &ctx)?,
            ));
        }
        Ok(files)
    }
}

/// Each language's `ui` messages, with its `lang`, `lang_dir` and `site_title`, for the pages
/// that speak several languages (the root page, the 404 pages).
fn messages(
    r: &Renderer,
    site: &Site,
    languages: &[crate::lang::Lang],
) -> Vec<BTreeMap<String, String>> {
    languages
        .iter()
        .filter_map(|l| {
            r.ui.get(l).cloned().map(|mut m| {
                m.insert("lang".into(), l.code().into());
                m.insert("lang_dir".into(), l.dir().into());
                m.insert(
                    "site_title".into(),
                    site.config.title.get(l).cloned().unwrap_or_default(),
                );
                m
            })
        })
        .collect()
}

/// `404.html`: every language's words, since the server cannot know which the reader wanted;
/// and `<lang>/404.html`, in that language, for a server that answers a missing address under
/// `/<lang>/` with it. Links are absolute from the site's path (`absolute_links`): the page is
/// served at any address.
pub struct NotFound;

impl Output for NotFound {
    fn site(&self, r: &Renderer, p: &SitePages<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        let site = p.site;
        let default = site.config.default_language;
        let langs = |l: crate::lang::Lang| Some(plan::lang_dir(l));
        let mut files = Vec::new();
        let mut pages = vec![(default, String::new(), site.config.languages.clone())];
        pages.extend(
            site.config
                .languages
                .iter()
                .map(|&l| (l, plan::lang_dir(l), vec![l])),
        );
        for (lang, dir, speaks) in pages {
            // `root` is the way back from the file's own folder (for the stylesheet opened
            // from disk); the switcher's links are from the site's root.
            let mut ctx = r.base_ctx(site, lang, &dir);
            ctx.insert("absolute_links", &true);
            ctx.insert("messages", &messages(r, site, &speaks));
            ctx.insert("languages", &r.switcher(site, lang, "", langs));
            files.push(OutFile::new(
                format!("{dir}404.html"),
                r.theme.render("404.html", &ctx)?,
            ));
        }
        Ok(files)
    }
}

/// `sitemap.xml`, with hreflang alternates, from the plan.
pub struct Sitemap;

impl Output for Sitemap {
    fn site(&self, _r: &Renderer, p: &SitePages<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        Ok(vec![OutFile::new(
            "sitemap.xml",
            super::sitemap::sitemap(p.site, p.plan),
        )])
    }
}

/// `robots.txt`, naming the sitemap.
pub struct Robots;

impl Output for Robots {
    fn site(&self, _r: &Renderer, p: &SitePages<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        Ok(vec![OutFile::new(
            "robots.txt",
            format!(
                "User-agent: *\nAllow: /\nSitemap: {}/sitemap.xml\n",
                p.site.config.base_url
            ),
        )])
    }
}

/// `assets/…`: the theme's static files.
pub struct Assets;

impl Output for Assets {
    fn site(&self, r: &Renderer, _p: &SitePages<'_>) -> Result<Vec<OutFile>, Diagnostic> {
        Ok(r.theme
            .assets
            .iter()
            .map(|(name, bytes)| OutFile::new(format!("assets/{name}"), bytes.clone()))
            .collect())
    }
}

/// The outputs of a preview (`disclose serve`): what a reader sees (notice pages, change
/// histories, indexes, the 404 page and the theme's files), none of the data formats.
pub fn preview() -> Vec<Box<dyn Output>> {
    vec![
        Box::new(NoticeHtml),
        Box::new(ContextHtml),
        Box::new(ChangesHtml),
        Box::new(Indexes),
        Box::new(NotFound),
        Box::new(Assets),
    ]
}
