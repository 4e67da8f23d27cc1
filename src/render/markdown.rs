//! Markdown prose → HTML, with pulldown-cmark.
//!
//! Raw HTML is an error at load time unless the site allows it; here, as a second line of
//! defence, raw HTML is escaped when not allowed, and sanitised with ammonia when allowed, so a
//! notice page never runs a script its authors did not put in the theme.

use crate::source::langfile::markdown_options;
use crate::source::links;
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd, html};
use std::collections::HashMap;
use std::sync::Mutex;

/// A stand-in for the way back to the site root, for prose rendered once and shown on pages at
/// different depths (a notice's main page and its version's page): [`to_html`] with this as
/// `root`, then [`with_root`] for each page. Letters, digits and hyphens only, so no escaping
/// changes it. A source text that contains it is rendered for each page instead.
pub const ROOT_MARK: &str = "disclose-root-mark-5f1c7a/";

/// HTML rendered with [`ROOT_MARK`], for a page whose way back to the root is `root`.
pub fn with_root(html: &mut String, root: &str) {
    if html.contains(ROOT_MARK) {
        *html = html.replace(ROOT_MARK, root);
    }
}

/// Markdown rendered once per notice. A notice's versions repeat most of their prose, and each
/// section is shown on its page and in its data: each text is rendered once with [`ROOT_MARK`]
/// as its root, and the mark replaced by each use's own root. A text that holds the mark, or a
/// site that allows raw HTML (sanitised after rendering), is rendered for each use instead.
#[derive(Default)]
pub struct Memo(Mutex<HashMap<(u64, u8), Vec<Rendered>>>);

/// A Markdown text, its HTML with [`ROOT_MARK`] as the root, and whether the HTML holds it.
type Rendered = (Box<str>, String, bool);

impl Memo {
    /// The same as [`to_html`], rendered at most once for each text and shift.
    pub fn to_html(&self, src: &str, allow_html: bool, shift: u8, root: &str) -> String {
        // Roots that escaping leaves as they are: a relative way back, or a base URL.
        let plain = |t: &str| {
            t.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-._~:/".contains(&b))
        };
        if allow_html || !plain(root) {
            return to_html(src, allow_html, shift, root);
        }
        let Ok(mut seen) = self.0.lock() else {
            return to_html(src, allow_html, shift, root);
        };
        // Keyed by the length and both ends (cheap to hash, and they tell texts apart); the
        // whole text is compared on a match.
        let mut hasher = std::hash::DefaultHasher::new();
        let ends = |n: usize| {
            (
                &src.as_bytes()[..n.min(src.len())],
                &src.as_bytes()[src.len().saturating_sub(n)..],
            )
        };
        std::hash::Hash::hash(&(src.len(), ends(48)), &mut hasher);
        let same = seen
            .entry((std::hash::Hasher::finish(&hasher), shift))
            .or_default();
        let at = match same.iter().position(|(s, _, _)| **s == *src) {
            Some(at) => at,
            // A text that holds the mark itself is never kept (so a text found kept does not).
            None if src.contains(ROOT_MARK) => return to_html(src, false, shift, root),
            None => {
                let html = to_html(src, false, shift, ROOT_MARK);
                let marked = html.contains(ROOT_MARK);
                same.push((src.into(), html, marked));
                same.len() - 1
            }
        };
        let Some((_, html, marked)) = same.get(at) else {
            return to_html(src, allow_html, shift, root);
        };
        if root == ROOT_MARK || !marked {
            html.clone()
        } else {
            html.replace(ROOT_MARK, root)
        }
    }
}

/// Render Markdown to HTML. `shift` moves every heading down that many levels, for prose shown
/// under a generated heading (a context's description under its own `<h3>`). A link that
/// starts at the site root (`/sv/integritetspolicy/`) is made relative with `root` (`../../`),
/// so the site works from any folder and under `file://`.
pub fn to_html(src: &str, allow_html: bool, shift: u8, root: &str) -> String {
    let rel = |url: pulldown_cmark::CowStr<'_>| -> pulldown_cmark::CowStr<'static> {
        match url.strip_prefix('/') {
            Some(rest) if !rest.starts_with('/') => format!("{root}{rest}").into(),
            _ => url.into_string().into(),
        }
    };
    // The loader refuses links outside the policy; should one get here all the same, the link
    // is dropped and its text kept (and an image becomes its alt text).
    let mut dropped: Vec<bool> = Vec::new();
    // A link's address made relative, or `None` when the link is dropped (remembered, so the
    // matching end tag is dropped too).
    let allowed = move |url: pulldown_cmark::CowStr<'_>,
                        dropped: &mut Vec<bool>|
          -> Option<pulldown_cmark::CowStr<'static>> {
        let refused = links::check(&url).is_err();
        dropped.push(refused);
        (!refused).then(|| rel(url))
    };
    let events = Parser::new_ext(src, markdown_options()).filter_map(move |e| {
        Some(match e {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = allowed(dest_url, &mut dropped)?;
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = allowed(dest_url, &mut dropped)?;
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::End(TagEnd::Link) | Event::End(TagEnd::Image) => {
                if dropped.pop().unwrap_or(false) {
                    return None;
                }
                e
            }
            // Only the id and classes of a heading reach the page, never other attributes.
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => Event::Start(Tag::Heading {
                level: shifted(level, shift),
                id,
                classes,
                attrs: Vec::new(),
            }),
            Event::End(TagEnd::Heading(level)) => {
                Event::End(TagEnd::Heading(shifted(level, shift)))
            }
            Event::Html(h) | Event::InlineHtml(h) if !allow_html => Event::Text(h),
            other => other,
        })
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    if allow_html {
        ammonia::Builder::default()
            .add_generic_attributes(["id", "lang"])
            .url_schemes(links::ALLOWED_SCHEMES.iter().copied().collect())
            .clean(&out)
            .to_string()
    } else {
        out
    }
}

/// Inline Markdown (a heading's text) → HTML without the surrounding paragraph. Links are
/// reduced to their text: a heading is itself linked from the contents, and a link inside a
/// link is invalid HTML.
pub fn inline_html(src: &str) -> String {
    let events = Parser::new_ext(src, markdown_options()).filter(|e| {
        !matches!(
            e,
            Event::Start(Tag::Paragraph)
                | Event::End(TagEnd::Paragraph)
                | Event::Start(Tag::Link { .. })
                | Event::End(TagEnd::Link)
        )
    });
    let events = events.map(|e| match e {
        Event::Html(h) | Event::InlineHtml(h) => Event::Text(h),
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out.trim().to_string()
}

/// Text → HTML text: `& < > " '` escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn shifted(level: HeadingLevel, shift: u8) -> HeadingLevel {
    let n = (level as u8).saturating_add(shift).min(6);
    HeadingLevel::try_from(usize::from(n)).unwrap_or(HeadingLevel::H6)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_and_shifts_headings() {
        let html = to_html("### Sub {#s}\n\nText with *emphasis*.", false, 1, "");
        assert!(html.contains("<h4 id=\"s\">Sub</h4>"), "{html}");
        assert!(html.contains("<em>emphasis</em>"));
    }

    #[test]
    fn raw_html_is_escaped_or_sanitised() {
        let escaped = to_html("<script>alert(1)</script>", false, 0, "");
        assert!(!escaped.contains("<script>"), "{escaped}");
        let cleaned = to_html(
            "<p onclick=\"x()\">Hi</p><script>alert(1)</script>",
            true,
            0,
            "",
        );
        assert!(
            !cleaned.contains("script") && !cleaned.contains("onclick"),
            "{cleaned}"
        );
        assert!(cleaned.contains("Hi"));
    }

    #[test]
    fn script_links_and_heading_attributes_never_reach_the_page() {
        let html = to_html(
            "[a](javascript:alert(1)) <javascript:alert(2)> ![i](data:text/html,x) [ok](https://e.com)\n\n### H {onfocus=alert(3) #h}",
            false,
            0,
            "",
        );
        assert!(!html.contains("href=\"javascript"), "{html}");
        assert!(!html.contains("src="), "{html}");
        assert!(!html.contains("onfocus"), "{html}");
        assert!(html.contains("href=\"https://e.com\""), "{html}");
        assert!(html.contains("<h3 id=\"h\">H</h3>"), "{html}");
        let cleaned = to_html(
            "<a href=\"javascript:x()\">x</a><a href=\"ftp://e\">y</a>",
            true,
            0,
            "",
        );
        assert!(
            !cleaned.contains("javascript") && !cleaned.contains("ftp:"),
            "{cleaned}"
        );
    }

    #[test]
    fn site_root_links_become_relative() {
        let html = to_html(
            "[a](/sv/x/) [b](https://e.com/) [c](//cdn/x) [d](#top)",
            false,
            0,
            "../../",
        );
        assert!(html.contains("href=\"../../sv/x/\""), "{html}");
        assert!(html.contains("href=\"https://e.com/\""));
        assert!(html.contains("href=\"//cdn/x\""));
        assert!(html.contains("href=\"#top\""));
    }

    #[test]
    fn the_memo_renders_what_to_html_renders() {
        let memo = Memo::default();
        let src = "See [the other notice](/sv/x/) and [ours](https://e.com/).\n\n### H {#h}";
        for root in [
            "../../",
            "",
            "https://example.com/base/",
            ROOT_MARK,
            "a\"b/",
        ] {
            for shift in [0, 1] {
                assert_eq!(
                    memo.to_html(src, false, shift, root),
                    to_html(src, false, shift, root)
                );
            }
        }
        let marked = format!("[x](/a/) {ROOT_MARK}");
        assert_eq!(
            memo.to_html(&marked, false, 0, "../"),
            to_html(&marked, false, 0, "../")
        );
    }

    #[test]
    fn inline_and_plain() {
        assert_eq!(inline_html("Why *we* process"), "Why <em>we</em> process");
        assert_eq!(inline_html("See [the act](https://x)"), "See the act");
    }
}
