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
///
/// A memo made with [`Memo::new`] knows the site's base URL, and gives each link to a page of
/// the site the page's absolute address (`data-address`), which the stylesheet prints.
#[derive(Default)]
pub struct Memo(Mutex<HashMap<(u64, u8), Vec<Rendered>>>, String);

/// A Markdown text, its HTML with [`ROOT_MARK`] as the root, and whether the HTML holds it.
type Rendered = (Box<str>, String, bool);

impl Memo {
    /// A memo for a site at `base_url` (without a trailing slash).
    pub fn new(base_url: &str) -> Memo {
        Memo(Mutex::default(), base_url.to_string())
    }

    /// The same as [`to_html`], rendered at most once for each text and shift.
    pub fn to_html(&self, src: &str, allow_html: bool, shift: u8, root: &str) -> String {
        let to_html = |src: &str, allow_html: bool, shift: u8, root: &str| {
            render(src, allow_html, shift, root, &self.1)
        };
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
        // The kept HTML links to folders' files, as a page does; an absolute root (the
        // data's) links to the folders themselves, so a text with such links is rendered for it.
        if *marked && root.contains("://") {
            return to_html(src, false, shift, root);
        }
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
    render(src, allow_html, shift, root, "")
}

/// [`to_html`], and with a `base` URL, each link to a page of the site on a page (a relative
/// `root`) carries the page's absolute address in `data-address`, for print.
fn render(src: &str, allow_html: bool, shift: u8, root: &str, base: &str) -> String {
    // A page links to a folder's file (`../../sv/x/index.html`), so that the link works opened
    // from disk too; an absolute address (the data's) keeps the folder's (`https://…/sv/x/`).
    let to_file = !root.contains("://");
    let address = |url: &str| -> Option<String> {
        let rest = url.strip_prefix('/').filter(|r| !r.starts_with('/'))?;
        (to_file && !base.is_empty()).then(|| format!("{base}/{rest}"))
    };
    let rel = |url: pulldown_cmark::CowStr<'_>| -> pulldown_cmark::CowStr<'static> {
        match url.strip_prefix('/') {
            Some(rest) if !rest.starts_with('/') => {
                let cut = rest.find(['?', '#']).unwrap_or(rest.len());
                let (path, tail) = rest.split_at(cut);
                if to_file && (path.is_empty() || path.ends_with('/')) {
                    format!("{root}{path}index.html{tail}").into()
                } else {
                    format!("{root}{rest}").into()
                }
            }
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
                let printed = address(&dest_url);
                let dest_url = allowed(dest_url, &mut dropped)?;
                let start = Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                });
                match printed {
                    // The tag as pulldown-cmark writes it, with the address added.
                    Some(a) => {
                        let mut tag = String::new();
                        html::push_html(&mut tag, std::iter::once(start));
                        if tag.ends_with('>') {
                            tag.pop();
                            tag.push_str(&format!(" data-address=\"{}\">", escape(&a)));
                        }
                        Event::InlineHtml(tag.into())
                    }
                    None => start,
                }
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
            .add_generic_attributes(["id", "lang", "data-address"])
            .url_schemes(links::ALLOWED_SCHEMES.iter().copied().collect())
            .clean(&out)
            .to_string()
    } else {
        out
    }
}

/// A `##` heading's source line as written (`## 2. Kontaktoplysninger {#controllers}`) → the
/// heading's content as inline HTML: emphasis and code kept, links reduced to their text (a
/// heading is itself linked from the contents, and a link inside a link is invalid HTML), raw
/// HTML shown as text. Parsed as the heading it is, so its words are never read as block
/// Markdown: `2. Kontaktoplysninger` is text, not a list. A number the author put in front
/// ([`hand_number`](crate::source::langfile::hand_number)) is left out: the theme numbers
/// the sections in its own order. `None` when the source is not a heading.
pub fn heading_html(line: &str) -> Option<String> {
    let mut inside = false;
    let mut seen = false;
    let events = Parser::new_ext(line, markdown_options()).filter_map(|e| match e {
        Event::Start(Tag::Heading { .. }) if !seen => {
            inside = true;
            seen = true;
            None
        }
        Event::End(TagEnd::Heading(_)) => {
            inside = false;
            None
        }
        _ if !inside => None,
        Event::Start(Tag::Link { .. }) | Event::End(TagEnd::Link) => None,
        Event::Html(h) | Event::InlineHtml(h) => Some(Event::Text(h)),
        other => Some(other),
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    if !seen {
        return None;
    }
    let out = out.trim();
    let number = crate::source::langfile::hand_number(out).unwrap_or(0);
    Some(out[number..].to_string())
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
        assert!(html.contains("href=\"../../sv/x/index.html\""), "{html}");
        assert!(html.contains("href=\"https://e.com/\""));
        assert!(html.contains("href=\"//cdn/x\""));
        assert!(html.contains("href=\"#top\""));
    }

    #[test]
    fn folder_links_lead_to_the_folder_file_on_pages_and_to_the_folder_in_data() {
        let src = "[a](/sv/x/) [b](/sv/x/#purposes) [c](/) [d](/assets/logo.svg) [e](/sv/x/?q=1)";
        let html = to_html(src, false, 0, "../");
        assert!(html.contains("href=\"../sv/x/index.html\""), "{html}");
        assert!(
            html.contains("href=\"../sv/x/index.html#purposes\""),
            "{html}"
        );
        assert!(html.contains("href=\"../index.html\""), "{html}");
        assert!(html.contains("href=\"../assets/logo.svg\""), "{html}");
        assert!(html.contains("href=\"../sv/x/index.html?q=1\""), "{html}");
        let data = to_html(src, false, 0, "https://e.com/base/");
        assert!(data.contains("href=\"https://e.com/base/sv/x/\""), "{data}");
        assert!(
            data.contains("href=\"https://e.com/base/sv/x/#purposes\""),
            "{data}"
        );
        let memo = Memo::default();
        assert_eq!(memo.to_html(src, false, 0, "../"), html);
        assert_eq!(memo.to_html(src, false, 0, "https://e.com/base/"), data);
        // A page's links to the site's pages carry their address, for print; the data's not.
        let memo = Memo::new("https://e.com/base");
        let page = memo.to_html(src, false, 0, "../");
        assert!(
            page.contains(
                "<a href=\"../sv/x/index.html\" data-address=\"https://e.com/base/sv/x/\">a</a>"
            ),
            "{page}"
        );
        assert_eq!(memo.to_html(src, false, 0, "https://e.com/base/"), data);
        let sanitised = render(src, true, 0, "../", "https://e.com/base");
        assert!(
            sanitised.contains("data-address=\"https://e.com/base/sv/x/\""),
            "{sanitised}"
        );
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
    fn headings_are_inline_text_as_written() {
        let h = |s: &str| heading_html(s).unwrap_or_default();
        // A numbered heading is text, never a list; the author's number is left out.
        assert_eq!(
            h("## 2. Kontaktoplysninger {#controllers}"),
            "Kontaktoplysninger"
        );
        assert_eq!(h("## 1.1 Vem ansvarar? {#controllers}"), "Vem ansvarar?");
        assert_eq!(h("## 3) Formål {#purposes}"), "Formål");
        assert_eq!(h("## 24 timer i døgnet {#x}"), "24 timer i døgnet");
        assert_eq!(h("## - Punkt {#x}"), "- Punkt");
        assert_eq!(h("## > Sitat {#x}"), "&gt; Sitat");
        assert_eq!(
            h("## Why *we* use `cookies` {#x}"),
            "Why <em>we</em> use <code>cookies</code>"
        );
        assert_eq!(h("## See [the act](https://x) {#x}"), "See the act");
        assert_eq!(h("## A <b>b</b> {#x}"), "A &lt;b&gt;b&lt;/b&gt;");
        assert_eq!(h("Setext {#x}\n---"), "Setext");
        assert_eq!(heading_html("not a heading"), None);
    }
}
