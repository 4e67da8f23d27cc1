//! A language file (`nb.md`, …): TOML front matter between `+++` lines, then Markdown prose
//! divided into sections by `##` headings that carry an id (`## Formål {#purposes}`).
//!
//! This module splits the file and finds the sections; it does not render Markdown.

use super::files::{FileId, Loc};
use crate::diag::{Diagnostic, LoadError};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// The Markdown extensions a notice may use.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_SMART_PUNCTUATION
}

/// A language file cut into its parts. Ranges are byte offsets into the whole file.
#[derive(Debug, Clone)]
pub struct SplitFile {
    /// The TOML between the `+++` lines.
    pub front_matter: Range<usize>,
    /// Everything after the closing `+++` line.
    pub body: Range<usize>,
}

/// Split front matter from body.
pub fn split(file: FileId, text: &str) -> Result<SplitFile, Diagnostic> {
    let missing = || {
        Diagnostic::load(
            LoadError::Syntax,
            "a language file must start with front matter between two `+++` lines",
        )
        .at(Loc::new(file, 0..text.find('\n').unwrap_or(text.len())))
        .label("expected `+++` here")
        .help("begin the file with a line `+++`, the title, slug and labels in TOML, and another line `+++`")
    };
    let rest = text.strip_prefix('\u{feff}').unwrap_or(text);
    let bom = text.len() - rest.len();
    let first_line_end = rest.find('\n').ok_or_else(missing)?;
    if rest[..first_line_end].trim_end() != "+++" {
        return Err(missing());
    }
    let fm_start = bom + first_line_end + 1;
    let mut pos = fm_start;
    for line in text[fm_start..].split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Ok(SplitFile {
                front_matter: fm_start..pos,
                body: (pos + line.len())..text.len(),
            });
        }
        pos += line.len();
    }
    Err(Diagnostic::load(
        LoadError::Syntax,
        "the front matter is not closed: no second `+++` line",
    )
    .at(Loc::new(file, bom..fm_start))
    .label("opened here")
    .help("add a line `+++` after the front matter, before the prose"))
}

/// A `##` section of prose.
#[derive(Debug, Clone)]
pub struct Section {
    pub id: String,
    /// Where the `{#id}` heading is, for diagnostics.
    pub heading_loc: Loc,
    /// The heading's text, as written (inline Markdown kept).
    pub heading: String,
    /// The Markdown under the heading, up to the next `##`.
    pub body: Range<usize>,
}

/// The prose of a language file, divided.
#[derive(Debug, Clone)]
pub struct Prose {
    /// Markdown before the first `##`.
    pub intro: Range<usize>,
    pub sections: Vec<Section>,
}

/// Find the sections of the body, and report headings without ids, `#` headings, and raw HTML
/// when it is not allowed.
pub fn sections(
    file: FileId,
    text: &str,
    body: Range<usize>,
    allow_html: bool,
) -> (Prose, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let src = &text[body.clone()];
    let base = body.start;
    let mut headings: Vec<(Range<usize>, Option<String>, String)> = Vec::new();
    let mut in_h2: Option<(Range<usize>, Option<String>, String)> = None;
    // Ids of `###` (and deeper) headings: they must be valid, not reserved and unique too.
    let mut sub_ids: Vec<(String, Loc)> = Vec::new();
    for (event, range) in Parser::new_ext(src, markdown_options()).into_offset_iter() {
        let abs = (range.start + base)..(range.end + base);
        match event {
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                heading_attributes(file, text, &abs, &classes, &attrs, &mut diags);
                if level != HeadingLevel::H2
                    && let Some(id) = &id
                {
                    sub_ids.push((
                        id.to_string(),
                        Loc::new(file, trim_range(text, abs.clone())),
                    ));
                }
                if level == HeadingLevel::H1 {
                    diags.push(
                        Diagnostic::load(LoadError::BadValue, "a `#` heading in the prose")
                            .at(Loc::new(file, abs.clone()))
                            .label("the page title comes from `title` in the front matter")
                            .help("use `##` for sections and `###` below them"),
                    );
                }
                if level == HeadingLevel::H2 {
                    in_h2 = Some((abs, id.map(|s| s.to_string()), String::new()));
                }
            }
            Event::End(TagEnd::Heading(HeadingLevel::H2)) => {
                if let Some(h) = in_h2.take() {
                    headings.push(h);
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, txt)) = in_h2.as_mut() {
                    txt.push_str(&t);
                }
            }
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => {
                if let Err(problem) = super::links::check(&dest_url) {
                    diags.push(
                        Diagnostic::load(LoadError::BadValue, format!("{problem}: `{dest_url}`"))
                            .at(Loc::new(file, trim_range(text, abs)))
                            .label("this link could run a script or open a local file")
                            .help(super::links::help()),
                    );
                }
            }
            Event::Html(_) | Event::InlineHtml(_) if !allow_html => {
                diags.push(
                    Diagnostic::load(LoadError::RawHtml, "raw HTML in the prose")
                        .at(Loc::new(file, trim_range(text, abs)))
                        .label("HTML is not allowed here")
                        .help("write it in Markdown, or set `allow_html = true` in content/site.toml (scripts and styles are still removed)"),
                );
            }
            _ => {}
        }
    }
    check_sub_ids(&sub_ids, &headings, file, text, &mut diags);
    let mut sections = Vec::new();
    let intro_end = headings.first().map_or(body.end, |h| h.0.start);
    for (i, (range, id, heading)) in headings.iter().enumerate() {
        let end = headings.get(i + 1).map_or(body.end, |h| h.0.start);
        match id {
            Some(id) if RESERVED_IDS.contains(&id.as_str()) => diags.push(
                Diagnostic::load(LoadError::BadValue, format!("the section id `{id}` is used by the page itself"))
                    .at(Loc::new(file, trim_range(text, range.clone())))
                    .help(format!("choose another id; these are reserved: {}", RESERVED_IDS.join(", "))),
            ),
            Some(id) if is_id(id) => sections.push(Section {
                id: id.clone(),
                heading_loc: Loc::new(file, trim_range(text, range.clone())),
                heading: heading.trim().to_string(),
                body: range.end..end,
            }),
            Some(id) => diags.push(
                Diagnostic::load(LoadError::BadValue, format!("`{id}` is not a valid section id"))
                    .at(Loc::new(file, trim_range(text, range.clone())))
                    .help("an id is lower-case letters, digits and hyphens, e.g. {#purposes}"),
            ),
            None => diags.push(
                Diagnostic::load(LoadError::BadValue, "this `##` heading has no id")
                    .at(Loc::new(file, trim_range(text, range.clone())))
                    .label("add an id such as {#purposes} at the end of the heading")
                    .help("the id tells disclose which section this is in every language; see content/README.md, Sections"),
            ),
        }
    }
    (
        Prose {
            intro: body.start..intro_end,
            sections,
        },
        diags,
    )
}

/// A heading may carry `{#id}` and `{.class}`; any other attribute (`onfocus=…`) would become
/// an attribute of the page's HTML, so it is refused.
fn heading_attributes(
    file: FileId,
    text: &str,
    at: &Range<usize>,
    classes: &[pulldown_cmark::CowStr<'_>],
    attrs: &[(
        pulldown_cmark::CowStr<'_>,
        Option<pulldown_cmark::CowStr<'_>>,
    )],
    diags: &mut Vec<Diagnostic>,
) {
    for (key, _) in attrs {
        diags.push(
            Diagnostic::load(
                LoadError::BadValue,
                format!("a heading may not carry the attribute `{key}`"),
            )
            .at(Loc::new(file, trim_range(text, at.clone())))
            .label("only {#id} and {.class} are allowed here")
            .help("remove the attribute; a heading takes an id such as {#purposes} and, if the theme asks for it, a class such as {.note}"),
        );
    }
    for class in classes {
        if !is_class(class) {
            diags.push(
                Diagnostic::load(
                    LoadError::BadValue,
                    format!("`{class}` is not a valid class name"),
                )
                .at(Loc::new(file, trim_range(text, at.clone())))
                .help("a class is letters, digits, hyphens and underscores, e.g. {.note}"),
            );
        }
    }
}

/// The ids of `###` and deeper headings: valid, not reserved by the page, and not used twice
/// in the file (a `##` section's id counts too).
fn check_sub_ids(
    sub_ids: &[(String, Loc)],
    headings: &[(Range<usize>, Option<String>, String)],
    file: FileId,
    text: &str,
    diags: &mut Vec<Diagnostic>,
) {
    let mut seen: std::collections::HashMap<&str, Loc> = std::collections::HashMap::new();
    for (range, id, _) in headings {
        if let Some(id) = id {
            seen.entry(id.as_str())
                .or_insert_with(|| Loc::new(file, trim_range(text, range.clone())));
        }
    }
    for (id, loc) in sub_ids {
        if RESERVED_IDS.contains(&id.as_str()) {
            diags.push(
                Diagnostic::load(
                    LoadError::BadValue,
                    format!("the heading id `{id}` is used by the page itself"),
                )
                .at(loc.clone())
                .help(format!(
                    "choose another id; these are reserved: {}",
                    RESERVED_IDS.join(", ")
                )),
            );
        } else if !is_id(id) {
            diags.push(
                Diagnostic::load(
                    LoadError::BadValue,
                    format!("`{id}` is not a valid heading id"),
                )
                .at(loc.clone())
                .help("an id is lower-case letters, digits and hyphens, e.g. {#cookies-explained}"),
            );
        } else if let Some(first) = seen.get(id.as_str()) {
            diags.push(
                Diagnostic::load(
                    LoadError::DuplicateId,
                    format!("the heading id `{id}` is used twice in this file"),
                )
                .at(loc.clone())
                .note(format!(
                    "first used on line {}",
                    line_number(text, first.span.start)
                ))
                .help(
                    "give each heading its own id; two elements with one id break the page's links",
                ),
            );
        } else {
            seen.insert(id.as_str(), loc.clone());
        }
    }
}

/// The 1-based line of a byte offset.
fn line_number(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Class names: ASCII letters, digits, `-` and `_`, starting with a letter.
fn is_class(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Ids the page layout uses for its own parts; a section may not take them.
pub const RESERVED_IDS: &[&str] = &[
    "main",
    "at-a-glance",
    "contents",
    "contexts",
    "object",
    "waivers",
    "versions",
];

/// A range without its trailing line break, so an underline stays on one line.
fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    r.start..(r.start + s.trim_end().len())
}

/// The number an author wrote in front of a heading's text, with the space after it, as a
/// length in bytes: `2. `, `1.1 `, `3) `. Not a number of words (`24 timer`, without a `.` or
/// `)`), a year (more than three digits) or a letter (`IV.`). The theme numbers sections in
/// its own order, so such a number is left out of the page, and W06 says so.
pub fn hand_number(heading: &str) -> Option<usize> {
    let bytes = heading.as_bytes();
    let mut i = 0;
    let mut dots = 0;
    loop {
        let start = i;
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        if i == start || i - start > 3 {
            return None;
        }
        match bytes.get(i) {
            Some(b'.') if bytes.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                i += 1;
                dots += 1;
            }
            Some(b'.' | b')') => {
                i += 1;
                dots += 1;
                break;
            }
            _ => break,
        }
    }
    let space = heading[i..].len() - heading[i..].trim_start().len();
    (dots > 0 && space > 0 && i + space < heading.len()).then_some(i + space)
}

/// Ids are lower-case ASCII letters, digits and single hyphens, starting with a letter.
pub fn is_id(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.ends_with('-')
        && !s.contains("--")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_finds_sections() {
        let text = "+++\ntitle = \"T\"\n+++\nIntro.\n\n## A {#alpha}\n\nText.\n\n### Sub\n\n## B {#beta}\nMore.\n";
        let f = FileId(0);
        let split = split(f, text).expect("front matter");
        assert_eq!(&text[split.front_matter.clone()], "title = \"T\"\n");
        let (prose, diags) = sections(f, text, split.body, false);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(text[prose.intro.clone()].trim(), "Intro.");
        let ids: Vec<_> = prose.sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["alpha", "beta"]);
        assert_eq!(prose.sections[0].heading, "A");
        assert!(text[prose.sections[0].body.clone()].contains("### Sub"));
    }

    #[test]
    fn a_heading_without_id_and_raw_html_are_reported() {
        let text = "+++\n+++\n## No id\n\n<script>x</script>\n";
        let f = FileId(0);
        let split = split(f, text).expect("front matter");
        let (_, diags) = sections(f, text, split.body.clone(), false);
        assert_eq!(diags.len(), 2, "{diags:?}");
        let (_, allowed) = sections(f, text, split.body, true);
        assert_eq!(allowed.len(), 1);
    }

    #[test]
    fn missing_or_unclosed_front_matter_is_an_error() {
        assert!(split(FileId(0), "# Title\n").is_err());
        assert!(split(FileId(0), "+++\ntitle = 1\n").is_err());
    }

    #[test]
    fn ids() {
        assert!(is_id("business-relation"));
        assert!(is_id("r2d2"));
        assert!(!is_id("Business"));
        assert!(!is_id("a b"));
        assert!(!is_id("-a"));
        assert!(!is_id("a--b"));
    }
}
