//! The site's change feeds (`<lang>/feed.xml`, Atom 1.0, RFC 4287) and its index for machines
//! (`api/index.json`), both made from what each notice's rendering left for them.

use super::markdown::escape;
use super::plan::{self, PagePlan};
use super::renderer::{FeedEntry, Renderer};
use super::sitemap::xml_escape;
use super::view::ViewError;
use crate::diag::Diagnostic;
use crate::i18n::Arg;
use crate::lang::Lang;
use crate::model::Site;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write;

/// An ISO date as an RFC 3339 time at midnight UTC.
fn stamp(date: &str) -> String {
    format!("{date}T00:00:00Z")
}

/// The host of the base URL, for the entries' `tag:` ids.
fn host(base_url: &str) -> &str {
    let rest = base_url.split_once("://").map_or(base_url, |(_, r)| r);
    rest.split(['/', ':']).next().unwrap_or(rest)
}

/// The Atom feed of one language: one entry per published version of every notice, newest
/// first. An entry's id (`tag:<host>,<published>:<notice>/<version>/<lang>`) never changes,
/// so a feed reader shows a correction as an update of the same entry.
pub fn atom(
    r: &Renderer,
    site: &Site,
    lang: Lang,
    mut entries: Vec<&FeedEntry>,
) -> Result<String, Diagnostic> {
    entries.sort_by(|a, b| {
        b.published
            .cmp(&a.published)
            .then_with(|| a.notice.cmp(&b.notice))
            .then_with(|| b.version.cmp(&a.version))
    });
    let msgs = r.locales.get(lang);
    let site_title = site.config.title.get(&lang).cloned().unwrap_or_default();
    let err = |e| ViewError::I18n(e).into_site_diagnostic(site);
    let title = msgs
        .msg_args("ui-feed-title", &[("site", Arg::Str(&site_title))])
        .map_err(err)?;
    let changes_word = msgs.msg("ui-changes").map_err(err)?;
    let material_word = msgs.msg("ui-material").map_err(err)?;
    let base = &site.config.base_url;
    let self_url = format!("{base}/{}", plan::feed_path(lang));
    let updated = entries
        .iter()
        .map(|e| e.updated.as_str())
        .max()
        .unwrap_or("1970-01-01");
    let mut x = String::new();
    let _ = writeln!(x, r#"<?xml version="1.0" encoding="utf-8"?>"#);
    let _ = writeln!(
        x,
        r#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{}">"#,
        lang.code()
    );
    let _ = writeln!(x, "<title>{}</title>", xml_escape(&title));
    let _ = writeln!(x, "<id>{}</id>", xml_escape(&self_url));
    let _ = writeln!(x, r#"<link rel="self" href="{}"/>"#, xml_escape(&self_url));
    let _ = writeln!(
        x,
        r#"<link rel="alternate" type="text/html" href="{}"/>"#,
        xml_escape(&format!("{base}/{}", plan::lang_dir(lang)))
    );
    let _ = writeln!(x, "<updated>{}</updated>", stamp(updated));
    let _ = writeln!(
        x,
        "<author><name>{}</name></author>",
        xml_escape(&site_title)
    );
    for e in entries {
        let url = format!("{base}/{}", e.href);
        let mut html = format!("<p>{}</p>", escape(&e.in_force));
        if let Some(s) = &e.summary {
            let _ = write!(html, "<p>{}</p>", escape(s));
        }
        if e.material {
            let _ = write!(html, "<p><strong>{}</strong></p>", escape(&material_word));
        }
        if !e.changes.is_empty() {
            html.push_str("<ul>");
            for c in &e.changes {
                let _ = write!(html, "<li>{} ({})</li>", escape(&c.text), escape(&c.reason));
            }
            html.push_str("</ul>");
        }
        let _ = write!(
            html,
            r#"<p><a href="{}">{}</a></p>"#,
            escape(&format!("{base}/{}", e.changes_href)),
            escape(&changes_word)
        );
        let _ = writeln!(x, "<entry>");
        let _ = writeln!(x, "<title>{}</title>", xml_escape(&e.title));
        let _ = writeln!(
            x,
            "<id>tag:{},{}:{}/{}/{}</id>",
            xml_escape(host(base)),
            e.published,
            xml_escape(&e.notice),
            xml_escape(&e.version),
            lang.code()
        );
        let _ = writeln!(
            x,
            r#"<link rel="alternate" type="text/html" href="{}"/>"#,
            xml_escape(&url)
        );
        let _ = writeln!(x, "<published>{}</published>", stamp(&e.published));
        let _ = writeln!(x, "<updated>{}</updated>", stamp(&e.updated));
        if let Some(s) = &e.summary {
            let _ = writeln!(x, "<summary>{}</summary>", xml_escape(s));
        }
        let _ = writeln!(x, r#"<content type="html">{}</content>"#, xml_escape(&html));
        let _ = writeln!(x, "</entry>");
    }
    x.push_str("</feed>\n");
    Ok(x)
}

/// The format of `api/index.json`: fields are added, never renamed or removed, within a format.
pub const API_INDEX_FORMAT: u32 = 1;

#[derive(Serialize)]
struct ApiIndex<'a> {
    format: u32,
    base_url: &'a str,
    /// The JSON Schema of every `data` document.
    schema: String,
    languages: Vec<Lang>,
    notices: Vec<ApiNotice>,
}

#[derive(Serialize)]
struct ApiNotice {
    id: String,
    /// The notice's address (the version in force) in each language.
    urls: BTreeMap<Lang, String>,
    /// Its change history in each language.
    changes: BTreeMap<Lang, String>,
    versions: Vec<ApiVersion>,
}

#[derive(Serialize)]
struct ApiVersion {
    number: String,
    published: String,
    effective: Option<String>,
    in_force_from: String,
    /// The last day it was in force; `null` for the version in force.
    in_force_until: Option<String>,
    /// The SHA-256 of its files as `content/disclose.lock` records it (after the newest
    /// correction); `null` when the site keeps no lock.
    sha256: Option<String>,
    urls: BTreeMap<Lang, String>,
    json: BTreeMap<Lang, String>,
    /// The language-neutral data of the version, following `schema`.
    data: String,
    /// The same facts as JSON-LD with DPV terms, under `schema/notice.context.jsonld`.
    linked_data: String,
    /// The version in the TILT v2 shape, one document per language (lossy: each lists what
    /// it leaves out in `_notes`).
    tilt: BTreeMap<Lang, String>,
}

/// `api/index.json`, from the page plan and the lock.
pub fn api_index(site: &Site, plan: &PagePlan) -> String {
    let base = &site.config.base_url;
    let hash = |notice: &str, version: &str| -> Option<String> {
        let lock = site.lock.as_ref()?;
        let l = lock
            .lock
            .versions
            .iter()
            .find(|l| l.notice == notice && l.version == version)?;
        Some(
            l.amendments
                .last()
                .map_or_else(|| l.sha256.clone(), |a| a.sha256.clone()),
        )
    };
    let notices = plan
        .notices
        .iter()
        .filter(|n| !n.versions.is_empty())
        .map(|n| ApiNotice {
            id: n.id.clone(),
            urls: n
                .dirs
                .iter()
                .map(|(l, d)| (*l, format!("{base}/{d}")))
                .collect(),
            changes: n
                .dirs
                .iter()
                .map(|(l, d)| (*l, format!("{base}/{}", plan::changes_dir(d))))
                .collect(),
            versions: n
                .dates
                .iter()
                .map(|v| ApiVersion {
                    number: v.number.clone(),
                    published: v.published.clone(),
                    effective: v.effective.clone(),
                    in_force_from: v.from.clone(),
                    in_force_until: v.until.clone(),
                    sha256: hash(&n.id, &v.number),
                    urls: n
                        .dirs
                        .iter()
                        .map(|(l, d)| (*l, format!("{base}/{}", plan::version_dir(d, &v.number))))
                        .collect(),
                    json: n
                        .dirs
                        .iter()
                        .map(|(l, d)| {
                            (
                                *l,
                                format!("{base}/{}notice.json", plan::version_dir(d, &v.number)),
                            )
                        })
                        .collect(),
                    data: format!("{base}/{}", super::export::data_path(&n.id, &v.number)),
                    linked_data: format!("{base}/{}", super::linked::linked_path(&n.id, &v.number)),
                    tilt: n
                        .dirs
                        .iter()
                        .map(|(l, _)| {
                            (
                                *l,
                                format!("{base}/{}", super::tilt::path(&n.id, &v.number, *l)),
                            )
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let index = ApiIndex {
        format: API_INDEX_FORMAT,
        base_url: base,
        schema: format!("{base}/{}", super::export::SCHEMA_PATH),
        languages: plan.languages.clone(),
        notices,
    };
    let mut s = serde_json::to_string_pretty(&index).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_host_of_a_base_url() {
        assert_eq!(
            host("https://personvern.example/privacy"),
            "personvern.example"
        );
        assert_eq!(host("http://localhost:8080"), "localhost");
    }
}
