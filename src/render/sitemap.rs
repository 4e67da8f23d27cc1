//! `sitemap.xml`: every page in every language, with hreflang alternates.

use super::pages::notice_paths;
use crate::lang::Lang;
use crate::model::Site;

/// sitemap.xml with hreflang alternates for every page in every language.
pub(super) fn sitemap(site: &Site) -> String {
    // base_url is checked at load to need no escaping; it is escaped all the same.
    let base = xml_escape(&site.config.base_url);
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let mut push = |paths: Vec<(Lang, String)>| {
        for (_, p) in &paths {
            out.push_str(&format!(
                "  <url>\n    <loc>{base}/{}</loc>\n",
                xml_escape(p)
            ));
            for (l, alt) in &paths {
                out.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{base}/{}\"/>\n",
                    l.code(),
                    xml_escape(alt)
                ));
            }
            out.push_str("  </url>\n");
        }
    };
    push(
        site.config
            .languages
            .iter()
            .map(|l| (*l, format!("{}/", l.code())))
            .collect(),
    );
    for n in &site.notices {
        if n.current().is_none() {
            continue;
        }
        let main: Vec<(Lang, String)> = site
            .config
            .languages
            .iter()
            .filter_map(|&l| notice_paths(n, l).map(|p| (l, p.dir)))
            .collect();
        push(main);
        for v in n.versions.iter().filter(|v| v.facts.published.is_some()) {
            push(
                site.config
                    .languages
                    .iter()
                    .filter_map(|&l| {
                        notice_paths(n, l).map(|p| (l, p.version_dir(v.number.as_str())))
                    })
                    .collect(),
            );
        }
    }
    out.push_str("</urlset>\n");
    out
}

/// Text → XML text and attribute value: `& < > " '` escaped.
pub(super) fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}
