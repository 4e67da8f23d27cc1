//! `sitemap.xml`: every page in every language, with hreflang alternates.

use super::plan::PagePlan;
use crate::model::Site;

/// sitemap.xml with hreflang alternates for every page in every language, from the plan.
pub(super) fn sitemap(site: &Site, plan: &PagePlan) -> String {
    // base_url is checked at load to need no escaping; it is escaped all the same.
    let base = xml_escape(&site.config.base_url);
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for group in plan.sitemap_groups() {
        for (_, p) in &group {
            out.push_str(&format!(
                "  <url>\n    <loc>{base}/{}</loc>\n",
                xml_escape(p)
            ));
            for (l, alt) in &group {
                out.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{base}/{}\"/>\n",
                    l.code(),
                    xml_escape(alt)
                ));
            }
            out.push_str("  </url>\n");
        }
    }
    out.push_str("</urlset>\n");
    out
}

/// Text → XML text and attribute value: `& < > " '` escaped.
pub(super) fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(['&', '<', '>', '"', '\'']) {
        out.push_str(&rest[..i]);
        out.push_str(match rest.as_bytes()[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&apos;",
        });
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
    out
}
