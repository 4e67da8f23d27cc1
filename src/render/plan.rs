//! The page plan: every output path and address of the site, computed once from the model.
//!
//! Pages, language switchers, hreflang alternates and the sitemap all take their paths from
//! here, so they cannot disagree. The plan lists, per notice, the page of the version in force
//! (`<lang>/<slug>/`) and the permanent page of every published version
//! (`<lang>/<slug>/<version>/`) in every language, plus the site's own pages.

use crate::lang::Lang;
use crate::model::{Notice, Site};
use std::sync::Arc;

/// The folder of a notice in one language, from the slug of its version in force, with a
/// trailing slash: `nb/personvern-kunder/`.
pub fn notice_dir(notice: &Notice, lang: Lang) -> Option<String> {
    dir_of(notice.current()?, lang)
}

/// The notice's folder in one language by the slug of `version`.
fn dir_of(version: &crate::model::Version, lang: Lang) -> Option<String> {
    let slug = version.texts.get(&lang)?.slug.as_ref()?;
    Some(format!("{}/{}/", lang.dir(), slug.value))
}

/// The permanent folder of one version: `nb/personvern-kunder/2.1/`.
pub fn version_dir(notice_dir: &str, version: &str) -> String {
    format!("{notice_dir}{version}/")
}

/// The change history of a notice: `nb/personvern-kunder/changes/`.
pub fn changes_dir(notice_dir: &str) -> String {
    format!("{notice_dir}changes/")
}

/// A language's feed of notice changes: `nb/feed.xml`.
pub fn feed_path(lang: Lang) -> String {
    format!("{}/feed.xml", lang.dir())
}

/// A language's index folder: `nb/`.
pub fn lang_dir(lang: Lang) -> String {
    format!("{}/", lang.dir())
}

/// `../` once per folder level of `dir` (a folder path with a trailing slash): the relative
/// way back to the site's root.
pub fn root_for(dir: &str) -> String {
    "../".repeat(dir.matches('/').count())
}

/// The path part of the base URL with a slash at both ends: `/` or `/privacy/`, for pages that
/// are served at any address (the 404 page) and so cannot link relatively.
pub fn site_path(base_url: &str) -> String {
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

/// One notice page to render: a version of a notice in a language, at a folder.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PlannedPage {
    pub lang: Lang,
    /// Index into the notice's versions.
    pub version: usize,
    /// The folder, relative to the output root, with a trailing slash.
    pub dir: String,
    /// The notice's main address (the version in force), rather than a version's own.
    pub main: bool,
    /// The folder that holds the pages of this version's processing contexts
    /// (`context-<id>.html`), if it has them: the notice's own folder for the version in force
    /// (at both its addresses), a draft's own folder for a draft, none for a version that is
    /// no longer (or not yet) in force, whose page keeps its whole text.
    pub situations: Option<String>,
}

impl PlannedPage {
    /// Whether this page's folder holds its version's context pages.
    pub fn holds_situations(&self) -> bool {
        self.situations.as_deref() == Some(self.dir.as_str())
    }
}

/// Every page of one notice.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NoticePlan {
    /// The notice's id.
    pub id: String,
    /// The notice's folder in each language that has one.
    pub dirs: Vec<(Lang, String)>,
    /// The published versions' numbers, oldest first.
    pub versions: Vec<String>,
    /// The published versions' dates, oldest first.
    pub dates: Vec<VersionDates>,
    pub pages: Vec<PlannedPage>,
}

/// When a published version was published and in force (ISO dates).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct VersionDates {
    pub number: String,
    pub published: String,
    pub effective: Option<String>,
    /// The first day it was in force: `effective`, or else `published`.
    pub from: String,
    /// The last day it was in force, when a later version replaced it.
    pub until: Option<String>,
}

impl NoticePlan {
    /// The plan of one notice: the page of the version in force in each language, and the
    /// permanent page of every published version. With `drafts`, every draft's page too, and a
    /// notice with only drafts has its newest draft at the notice's address. `None` for a notice
    /// with nothing to show.
    pub fn new(notice: &Notice, languages: &[Lang], drafts: bool) -> Option<NoticePlan> {
        let current = notice
            .current()
            .or_else(|| notice.versions.last().filter(|_| drafts))?;
        let dirs: Vec<(Lang, String)> = languages
            .iter()
            .filter_map(|&l| dir_of(current, l).map(|d| (l, d)))
            .collect();
        let current_index = notice
            .versions
            .iter()
            .position(|v| v.number == current.number)
            .unwrap_or(0);
        let mut pages = Vec::new();
        for (lang, dir) in &dirs {
            pages.push(PlannedPage {
                lang: *lang,
                version: current_index,
                dir: dir.clone(),
                main: true,
                situations: Some(dir.clone()),
            });
            for (i, v) in notice.versions.iter().enumerate() {
                if v.facts.published.is_some() || drafts {
                    let own = version_dir(dir, v.number.as_str());
                    let situations = if i == current_index {
                        Some(dir.clone())
                    } else if v.facts.published.is_none() {
                        Some(own.clone())
                    } else {
                        None
                    };
                    pages.push(PlannedPage {
                        lang: *lang,
                        version: i,
                        dir: own,
                        main: false,
                        situations,
                    });
                }
            }
        }
        Some(NoticePlan {
            id: notice.id.clone(),
            dirs,
            versions: notice
                .versions
                .iter()
                .filter(|v| v.facts.published.is_some())
                .map(|v| v.number.to_string())
                .collect(),
            dates: notice
                .in_force()
                .into_iter()
                .map(|(v, from, until)| VersionDates {
                    number: v.number.to_string(),
                    published: v
                        .facts
                        .published
                        .as_ref()
                        .map(|d| d.value.to_string())
                        .unwrap_or_default(),
                    effective: v.facts.effective.as_ref().map(|d| d.value.to_string()),
                    from: from.to_string(),
                    until: until.map(|d| d.to_string()),
                })
                .collect(),
            pages,
        })
    }

    pub fn dir(&self, lang: Lang) -> Option<&str> {
        self.dirs
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, d)| d.as_str())
    }

    /// The folder of the same page in another language: the main page, or the same version.
    pub fn counterpart(&self, lang: Lang, page: &PlannedPage, number: &str) -> Option<String> {
        let dir = self.dir(lang)?;
        Some(if page.main {
            dir.to_string()
        } else {
            version_dir(dir, number)
        })
    }
}

/// The whole site's plan.
#[derive(Debug, Clone)]
pub struct PagePlan {
    pub languages: Vec<Lang>,
    /// Notices that are published (have a version in force), in the site's order.
    pub notices: Vec<Arc<NoticePlan>>,
}

impl PagePlan {
    pub fn new(site: &Site) -> PagePlan {
        let languages = site.config.languages.clone();
        let notices = site
            .notices
            .iter()
            .filter_map(|n| NoticePlan::new(n, &languages, false))
            .map(Arc::new)
            .collect();
        PagePlan { languages, notices }
    }

    /// The plan of a site from its notices' plans, made one by one.
    pub fn from_notices(languages: Vec<Lang>, mut notices: Vec<Arc<NoticePlan>>) -> PagePlan {
        notices.sort_by(|a, b| a.id.cmp(&b.id));
        PagePlan { languages, notices }
    }

    /// The sitemap's entries: groups of the same page in every language, each `(lang, path)`.
    /// The language indexes first, then each notice's main page and its versions' pages.
    pub fn sitemap_groups(&self) -> Vec<Vec<(Lang, String)>> {
        let mut groups = vec![self.languages.iter().map(|&l| (l, lang_dir(l))).collect()];
        // Drafts are never in the sitemap: a notice with only drafts is left out.
        for n in self.notices.iter().filter(|n| !n.versions.is_empty()) {
            groups.push(n.dirs.clone());
            groups.push(n.dirs.iter().map(|(l, d)| (*l, changes_dir(d))).collect());
            for v in &n.versions {
                groups.push(
                    n.dirs
                        .iter()
                        .map(|(l, d)| (*l, version_dir(d, v)))
                        .collect(),
                );
            }
        }
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        assert_eq!(site_path("https://privacy.example.com"), "/");
        assert_eq!(site_path("https://privacy.example.com/"), "/");
        assert_eq!(
            site_path("https://x.example/privacy/legal"),
            "/privacy/legal/"
        );
        assert_eq!(root_for("nb/slug/2.1/"), "../../../");
        assert_eq!(version_dir("nb/slug/", "2.1"), "nb/slug/2.1/");
    }
}
