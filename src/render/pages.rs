//! Which files the site has, at which paths, and the template context of each page.

use super::theme::Theme;
use super::view::{NoticeView, ViewBuilder};
use crate::diag::Diagnostic;
use crate::emit::OutFile;
use crate::i18n::{Arg, Locales, Messages};
use crate::lang::Lang;
use crate::model::{Notice, Site, Version};
use fluent_syntax::ast;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;

/// Where a notice lives in one language: `nb/personvern-kunder/`.
#[derive(Debug, Clone)]
pub struct NoticePaths {
    /// The notice's folder, with a trailing slash.
    pub dir: String,
}

impl NoticePaths {
    pub fn version_dir(&self, v: &str) -> String {
        format!("{}{v}/", self.dir)
    }
}

/// The paths of a notice in each language, from the slug of its version in force.
pub fn notice_paths(notice: &Notice, lang: Lang) -> Option<NoticePaths> {
    let current = notice.current()?;
    let slug = current.texts.get(&lang)?.slug.as_ref()?;
    Some(NoticePaths {
        dir: format!("{}/{}/", lang.code(), slug.value),
    })
}

/// The path part of the base URL with a slash at both ends: `/` or `/privacy/`, for pages that
/// are served at any address (the 404 page) and so cannot link relatively.
fn site_path(base_url: &str) -> String {
    let after_scheme = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    let path = after_scheme
        .split_once('/')
        .map_or("", |(_, p)| p)
        .trim_matches('/');
    if path.is_empty() {
        "/".to_string()
    } else {
        format!("/{path}/")
    }
}

/// `../` once per folder level of `path` (a folder path with a trailing slash).
fn root_for(dir: &str) -> String {
    "../".repeat(dir.matches('/').count())
}

#[derive(Serialize)]
struct LangLink {
    code: &'static str,
    name: String,
    href: String,
    current: bool,
}

#[derive(Serialize)]
struct Alternate {
    hreflang: String,
    href: String,
}

#[derive(Serialize)]
struct VersionLink {
    number: String,
    href: String,
    published: Option<String>,
    published_iso: Option<String>,
    in_force: bool,
    this: bool,
}

#[derive(Serialize)]
struct Banner {
    kind: &'static str,
    text: String,
    link_text: String,
    href: String,
}

#[derive(Serialize)]
struct NoticeListItem {
    title: String,
    description: Option<String>,
    href: String,
    version_label: String,
    effective: Option<String>,
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
                .map_err(|e| super::view::ViewError::I18n(e).into_site_diagnostic(site))
        })
        .collect()
}

/// The ids of chrome messages that take no arguments, from the built-in default locale and
/// the site's own locale file for `lang` (a message the site adds to nb.ftl alone is not asked
/// of sv).
fn chrome_keys(site: &Site, lang: Lang) -> Vec<String> {
    let mut sources: Vec<&str> = vec![crate::i18n::BUILTIN[0].1];
    sources.extend(
        site.locale_overrides
            .get(&lang)
            .map(|f| site.files.text(*f))
            .filter(|text| crate::i18n::too_deep(text).is_none()),
    );
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

struct Shared<'a> {
    site: &'a Site,
    locales: &'a Locales,
    theme: &'a Theme,
    ui: BTreeMap<Lang, BTreeMap<String, String>>,
    /// The same, converted for Tera once (its maps are shared, so cloning is cheap).
    ui_values: BTreeMap<Lang, tera::Value>,
}

impl Shared<'_> {
    fn base_ctx(&self, lang: Lang, dir: &str) -> tera::Context {
        let mut ctx = tera::Context::new();
        let cfg = &self.site.config;
        ctx.insert("lang", lang.code());
        ctx.insert("root", &root_for(dir));
        match self.ui_values.get(&lang) {
            Some(v) => ctx.insert_value("ui", v.clone()),
            None => ctx.insert("ui", &BTreeMap::<String, String>::new()),
        }
        ctx.insert(
            "site_title",
            cfg.title.get(&lang).map(String::as_str).unwrap_or(""),
        );
        ctx.insert("base_url", &cfg.base_url);
        ctx.insert("site_path", &site_path(&cfg.base_url));
        ctx.insert("canonical", &format!("{}/{dir}", cfg.base_url));
        ctx.insert("alternates", &Vec::<Alternate>::new());
        ctx
    }

    fn lang_name(&self, lang: Lang) -> String {
        self.ui
            .get(&lang)
            .and_then(|u| u.get("ui_language_name"))
            .cloned()
            .unwrap_or_else(|| lang.code().to_string())
    }

    fn alternates(&self, path_of: impl Fn(Lang) -> Option<String>) -> Vec<Alternate> {
        let cfg = &self.site.config;
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

    fn switcher(
        &self,
        this: Lang,
        dir: &str,
        path_of: impl Fn(Lang) -> Option<String>,
    ) -> Vec<LangLink> {
        let root = root_for(dir);
        self.site
            .config
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
}

/// One page to render: a notice version in a language, at a folder.
struct Job<'a> {
    notice: &'a Notice,
    version: &'a Version,
    lang: Lang,
    dir: String,
    /// Whether this is the notice's main address (the version in force).
    main: bool,
}

/// Which notices to render.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Scope {
    /// Every notice: a build.
    All,
    /// The first notice only, with every index, 404, sitemap and asset: `check` renders this
    /// to prove that the theme and locales work, without paying for every page.
    Sample,
}

pub(super) fn render_all(
    site: &Site,
    locales: &Locales,
    theme: &Theme,
    scope: Scope,
) -> Result<Vec<OutFile>, Vec<Diagnostic>> {
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
    let ui_values = ui
        .iter()
        .map(|(l, m)| (*l, tera::Value::from_serializable(m)))
        .collect();
    let shared = Shared {
        site,
        locales,
        theme,
        ui,
        ui_values,
    };

    let mut jobs = Vec::new();
    let take = match scope {
        Scope::All => site.notices.len(),
        Scope::Sample => 1,
    };
    for notice in site.notices.iter().take(take) {
        let Some(current) = notice.current() else {
            continue;
        };
        for &lang in &site.config.languages {
            let Some(paths) = notice_paths(notice, lang) else {
                continue;
            };
            jobs.push(Job {
                notice,
                version: current,
                lang,
                dir: paths.dir.clone(),
                main: true,
            });
            for v in notice
                .versions
                .iter()
                .filter(|v| v.facts.published.is_some())
            {
                jobs.push(Job {
                    notice,
                    version: v,
                    lang,
                    dir: paths.version_dir(v.number.as_str()),
                    main: false,
                });
            }
        }
    }

    let results: Vec<Result<NoticeOut, Diagnostic>> = jobs
        .par_iter()
        .map(|job| render_notice(&shared, job))
        .collect();
    let mut files = Vec::new();
    let mut listing: BTreeMap<Lang, Vec<(String, NoticeListItem)>> = BTreeMap::new();
    for r in results {
        match r {
            Ok((f, item)) => {
                files.extend(f);
                if let Some((lang, item, id)) = item {
                    listing.entry(lang).or_default().push((id, item));
                }
            }
            Err(d) => diags.push(d),
        }
    }
    if !diags.is_empty() {
        diags.sort_by(|a, b| a.message.cmp(&b.message));
        diags.dedup();
        return Err(diags);
    }

    // The site index and each language's index.
    let default = site.config.default_language;
    let mut ctx = shared.base_ctx(default, "");
    ctx.insert(
        "languages",
        &shared.switcher(default, "", |l| Some(format!("{}/", l.code()))),
    );
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
    ctx.insert(
        "alternates",
        &shared.alternates(|l| Some(format!("{}/", l.code()))),
    );
    files.push(OutFile::new(
        "index.html",
        theme.render("index.html", &ctx).map_err(|d| vec![d])?,
    ));

    for &lang in &site.config.languages {
        let dir = format!("{}/", lang.code());
        let mut ctx = shared.base_ctx(lang, &dir);
        let mut items = listing.remove(&lang).unwrap_or_default();
        items.sort_by(|a, b| a.0.cmp(&b.0));
        let items: Vec<NoticeListItem> = items
            .into_iter()
            .map(|(_, mut i)| {
                i.href = format!("{}{}", root_for(&dir), i.href);
                i
            })
            .collect();
        ctx.insert("notices", &items);
        ctx.insert(
            "languages",
            &shared.switcher(lang, &dir, |l| Some(format!("{}/", l.code()))),
        );
        ctx.insert(
            "alternates",
            &shared.alternates(|l| Some(format!("{}/", l.code()))),
        );
        files.push(OutFile::new(
            format!("{dir}index.html"),
            theme.render("lang_index.html", &ctx).map_err(|d| vec![d])?,
        ));
    }

    // 404: every language's words, since the server cannot know which the reader wanted.
    let mut ctx = shared.base_ctx(default, "");
    let messages: Vec<BTreeMap<String, String>> = site
        .config
        .languages
        .iter()
        .filter_map(|l| {
            shared.ui.get(l).cloned().map(|mut m| {
                m.insert("lang".into(), l.code().into());
                m
            })
        })
        .collect();
    ctx.insert("messages", &messages);
    ctx.insert(
        "languages",
        &shared.switcher(default, "", |l| Some(format!("{}/", l.code()))),
    );
    files.push(OutFile::new(
        "404.html",
        theme.render("404.html", &ctx).map_err(|d| vec![d])?,
    ));

    for (name, bytes) in &theme.assets {
        files.push(OutFile::new(format!("assets/{name}"), bytes.clone()));
    }
    files.push(OutFile::new("sitemap.xml", super::sitemap::sitemap(site)));
    files.push(OutFile::new(
        "robots.txt",
        format!(
            "User-agent: *\nAllow: /\nSitemap: {}/sitemap.xml\n",
            site.config.base_url
        ),
    ));
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

type NoticeOut = (Vec<OutFile>, Option<(Lang, NoticeListItem, String)>);

fn render_notice(shared: &Shared<'_>, job: &Job<'_>) -> Result<NoticeOut, Diagnostic> {
    let site = shared.site;
    let msgs = shared.locales.get(job.lang);
    let Some(text) = job.version.texts.get(&job.lang) else {
        return Err(Diagnostic::load(
            crate::diag::LoadError::MissingLanguage,
            format!(
                "{} {} has no {} text",
                job.notice.id, job.version.number, job.lang
            ),
        ));
    };
    let current = job.notice.current();
    let status = if current.is_some_and(|c| c.number == job.version.number) {
        "current"
    } else if job.version.facts.published.is_some() {
        "superseded"
    } else {
        "draft"
    };
    let builder = ViewBuilder {
        msgs,
        text,
        facts: &job.version.facts,
        files: &site.files,
        allow_html: site.config.allow_html,
        root: root_for(&job.dir),
    };
    let view: NoticeView = builder
        .build(job.version, status)
        .map_err(|e| e.into_site_diagnostic(site))?;

    let number = job.version.number.as_str().to_string();
    let main = job.main;
    let path_of = |l: Lang| -> Option<String> {
        let p = notice_paths(job.notice, l)?;
        Some(if main { p.dir } else { p.version_dir(&number) })
    };
    let root = root_for(&job.dir);
    let mut ctx = shared.base_ctx(job.lang, &job.dir);
    ctx.insert("notice", &view);
    ctx.insert("languages", &shared.switcher(job.lang, &job.dir, path_of));
    ctx.insert("alternates", &shared.alternates(path_of));
    let fmt = |key: &str, args: &[(&str, Arg<'_>)]| -> Result<String, Diagnostic> {
        msgs.msg_args(key, args)
            .map_err(|e| super::view::ViewError::I18n(e).into_site_diagnostic(site))
    };
    ctx.insert(
        "version_label",
        &fmt("ui-version-label", &[("version", Arg::Str(&number))])?,
    );
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
    let notice_dir = notice_paths(job.notice, job.lang)
        .map(|p| p.dir)
        .unwrap_or_default();
    let versions: Vec<VersionLink> = job
        .notice
        .versions
        .iter()
        .rev()
        .filter(|v| v.facts.published.is_some())
        .map(|v| VersionLink {
            number: v.number.to_string(),
            href: format!("{root}{notice_dir}{}/", v.number),
            published: v.facts.published.as_ref().map(|d| msgs.date(d.value)),
            published_iso: v.facts.published.as_ref().map(|d| d.value.to_string()),
            in_force: current.is_some_and(|c| c.number == v.number),
            this: v.number == job.version.number,
        })
        .collect();
    ctx.insert("versions", &versions);
    ctx.insert(
        "permalink",
        &format!("{}/{notice_dir}{number}/", site.config.base_url),
    );
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
            },
        );
    }
    ctx.insert("json_href", "notice.json");
    let html = shared.theme.render("notice.html", &ctx)?;
    let mut json = serde_json::to_vec_pretty(&view).map_err(|e| {
        Diagnostic::load(
            crate::diag::LoadError::Theme,
            format!("cannot serialise notice.json: {e}"),
        )
    })?;
    let files = vec![
        OutFile::new(format!("{}index.html", job.dir), html),
        OutFile::new(format!("{}notice.json", job.dir), {
            json.push(b'\n');
            json
        }),
    ];
    let item = main.then(|| {
        (
            job.lang,
            NoticeListItem {
                title: view.title.clone(),
                description: view.description.clone(),
                href: job.dir.clone(),
                version_label: ctx
                    .get("version_label")
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                effective: view.effective.as_ref().map(|d| d.text.clone()),
            },
            job.notice.id.clone(),
        )
    });
    Ok((files, item))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_path_is_the_path_of_the_base_url() {
        assert_eq!(site_path("https://privacy.example.com"), "/");
        assert_eq!(site_path("https://privacy.example.com/"), "/");
        assert_eq!(
            site_path("https://x.example/privacy/legal"),
            "/privacy/legal/"
        );
        assert_eq!(root_for("nb/slug/2.1/"), "../../../");
    }
}
