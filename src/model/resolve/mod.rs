//! Raw source → the notice graph. Every code is looked up, every id reference resolved, every
//! date and period parsed; what cannot be understood is a load error at its place.

use super::*;
use crate::diag::{Diagnostic, LoadError};
use crate::source::raw::{self, S};
use crate::source::{SourceNotice, SourceSite, SourceVersion};
use std::collections::{BTreeMap, HashMap};
use toml::Spanned;

mod context;
mod facts;

use facts::resolve_facts;

/// Build the site model from parsed source. Returns the site (as far as it could be built) and
/// the load errors found.
pub fn resolve(mut src: SourceSite) -> (Option<Site>, Vec<Diagnostic>) {
    let notices = std::mem::take(&mut src.notices);
    let (site, mut diags) = resolve_shared(src);
    let Some(mut site) = site else {
        return (None, diags);
    };
    for n in notices {
        let (notice, more) = resolve_notice(&site.config, n);
        diags.extend(more);
        site.notices.push(notice);
    }
    site.notices.sort_by(|a, b| a.id.cmp(&b.id));
    let addresses: Vec<_> = site.notices.iter().map(Notice::addresses).collect();
    diags.extend(slug_clashes(&addresses));
    (Some(site), diags)
}

/// What every notice shares: the site's settings and its own locales and theme files. The
/// site comes back with no notices (they are resolved one by one with [`resolve_notice`]).
pub fn resolve_shared(src: SourceSite) -> (Option<Site>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let Some((site_file, site_toml)) = src.site else {
        return (None, diags);
    };
    let config = site_config(site_file, site_toml, &mut diags);
    let mut locale_overrides = BTreeMap::new();
    for (code, file) in src.locales {
        match Lang::from_code(&code) {
            Some(l) => {
                locale_overrides.insert(l, file);
            }
            None => diags.push(
                Diagnostic::load(
                    LoadError::Layout,
                    format!("locales/{code}.ftl is for a language disclose does not publish"),
                )
                .at(Loc::file_start(file))
                .help("locale files are named nb.ftl, sv.ftl, da.ftl, fi.ftl or sv-FI.ftl (Finland's Swedish, holding only what differs from sv.ftl)"),
            ),
        }
    }
    let template_overrides = src.templates.into_iter().collect();
    let site = Site {
        root: src.root,
        files: src.files,
        config,
        notices: Vec::new(),
        locale_overrides,
        template_overrides,
        asset_overrides: src.assets.into_iter().collect(),
        lock: src
            .lock
            .map(|(file, lock)| std::sync::Arc::new(SiteLock { file, lock })),
        today: None,
    };
    (Some(site), diags)
}

/// One notice: its versions resolved (oldest first) and its slugs checked for form. Whether a
/// slug clashes with another notice's is [`slug_clashes`]'s to say.
pub fn resolve_notice(config: &SiteConfig, n: SourceNotice) -> (Notice, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut versions = Vec::new();
    for v in n.versions {
        if let Some(version) = resolve_version(&n.id, v, config, &mut diags) {
            versions.push(version);
        }
    }
    versions.sort_by(|a, b| a.number.cmp(&b.number));
    let notice = Notice { id: n.id, versions };
    check_slug_form(&notice, &mut diags);
    (notice, diags)
}

pub(super) fn loc(file: FileId, s: &Spanned<impl Sized>) -> Loc {
    Loc::new(file, s.span())
}

pub(super) fn located(file: FileId, s: &S) -> Located<String> {
    Located::new(s.get_ref().clone(), loc(file, s))
}

/// `base_url` goes into every page, the sitemap and robots.txt: it must be an http(s) address
/// of a host, optionally with a port and a path, made only of characters that need no escaping
/// anywhere (letters, digits, `-._~/%`). No query, fragment, user name or white space.
fn check_base_url(url: &str) -> Result<(), &'static str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("it must start with https:// or http://")?;
    let (authority, path) = rest.split_once('/').unwrap_or((rest, ""));
    let (host, port) = authority.split_once(':').unwrap_or((authority, ""));
    if host.is_empty()
        || !host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        || host.starts_with(['.', '-'])
    {
        return Err("the host name may have only letters, digits, `-` and `.`");
    }
    if authority.contains(':') && (port.is_empty() || !port.chars().all(|c| c.is_ascii_digit())) {
        return Err("a port is digits after the host name, e.g. :8080");
    }
    if !path
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~' | '/' | '%'))
    {
        return Err(
            "the path may have only letters, digits and `-._~/%`, and no query (?) or fragment (#)",
        );
    }
    Ok(())
}

fn site_config(file: FileId, t: raw::SiteToml, diags: &mut Vec<Diagnostic>) -> SiteConfig {
    let base_url = t.base_url.get_ref().trim_end_matches('/').to_string();
    if let Err(why) = check_base_url(&base_url) {
        diags.push(
            Diagnostic::load(LoadError::BadValue, format!("base_url must be an absolute http(s) address: {why}"))
                .at(loc(file, &t.base_url))
                .help("write the address the site will be published at, e.g. base_url = \"https://privacy.example.com\" or \"https://example.com/privacy\""),
        );
    }
    let mut languages = Vec::new();
    for l in t.languages.get_ref() {
        match Lang::from_code(l.get_ref()) {
            Some(lang) if languages.contains(&lang) => diags.push(
                Diagnostic::load(
                    LoadError::DuplicateId,
                    format!("`{}` is listed twice", l.get_ref()),
                )
                .at(loc(file, l))
                .help("list each language once"),
            ),
            Some(lang) => languages.push(lang),
            None => diags.push(
                Diagnostic::load(
                    LoadError::UnknownCode,
                    format!("`{}` is not a language disclose publishes", l.get_ref()),
                )
                .at(loc(file, l))
                .help("the languages are nb, sv, da, fi and sv-FI (Finland's Swedish)"),
            ),
        }
    }
    if languages.is_empty() && t.languages.get_ref().is_empty() {
        diags.push(
            Diagnostic::load(LoadError::BadValue, "the site publishes no language")
                .at(loc(file, &t.languages))
                .help("list at least one, e.g. languages = [\"nb\", \"sv\", \"da\", \"fi\"]"),
        );
    }
    let default_language = match &t.default_language {
        Some(d) => match Lang::from_code(d.get_ref()) {
            Some(l) if languages.contains(&l) => l,
            _ => {
                diags.push(
                    Diagnostic::load(
                        LoadError::BadValue,
                        format!(
                            "default_language `{}` is not one of the site's languages",
                            d.get_ref()
                        ),
                    )
                    .at(loc(file, d))
                    .help("choose one of the codes listed in `languages`"),
                );
                languages.first().copied().unwrap_or(Lang::Nb)
            }
        },
        None => languages.first().copied().unwrap_or(Lang::Nb),
    };
    let mut title = BTreeMap::new();
    for (code, value) in &t.title {
        match Lang::from_code(code).filter(|l| languages.contains(l)) {
            Some(l) => {
                title.insert(l, value.get_ref().clone());
            }
            None => diags.push(
                Diagnostic::load(
                    LoadError::UnknownKey,
                    format!("a title for `{code}`, which the site does not publish"),
                )
                .at(loc(file, value))
                .help("give a title for each language in `languages`, and no other"),
            ),
        }
    }
    for l in &languages {
        if !title.contains_key(l) {
            diags.push(
                Diagnostic::load(
                    LoadError::BadValue,
                    format!("the site has no title in `{l}`"),
                )
                .at(Loc::file_start(file))
                .language(l.code())
                .help(format!(
                    "add `{l} = \"…\"` under [title] in content/site.toml"
                )),
            );
        }
    }
    SiteConfig {
        file,
        base_url,
        languages,
        default_language,
        theme: t
            .theme
            .map(|s| s.into_inner())
            .unwrap_or_else(|| "default".to_string()),
        allow_html: t.allow_html,
        title,
    }
}

fn resolve_version(
    notice: &str,
    v: SourceVersion,
    config: &SiteConfig,
    diags: &mut Vec<Diagnostic>,
) -> Option<Version> {
    let Some(number) = VersionNumber::parse(&v.number) else {
        diags.push(
            Diagnostic::load(
                LoadError::Layout,
                format!(
                    "{}: `{}` is not a version number",
                    v.dir.display(),
                    v.number
                ),
            )
            .help("name version folders with numbers separated by dots, e.g. 1.0, 2.1"),
        );
        return None;
    };
    let (facts_file, raw_facts) = v.facts?;
    let facts = resolve_facts(facts_file, raw_facts, diags);

    let mut texts = BTreeMap::new();
    // Languages whose file is there but could not be read (its front matter is broken): the
    // error is reported at its place, and the language is not "missing" too.
    let mut unreadable = Vec::new();
    for l in v.langs {
        let Some(lang) = Lang::from_code(&l.code).filter(|x| config.languages.contains(x)) else {
            diags.push(
                Diagnostic::load(
                    LoadError::Layout,
                    format!("{}.md is not a language this site publishes", l.code),
                )
                .at(Loc::file_start(l.file))
                .help(format!(
                    "the site publishes {}; add `{}` to `languages` in content/site.toml, or remove this file",
                    config.languages.iter().map(|l| l.code()).collect::<Vec<_>>().join(", "),
                    l.code
                )),
            );
            continue;
        };
        let Some(fm) = l.parsed else {
            unreadable.push(lang);
            continue;
        };
        texts.insert(lang, lang_text(lang, l.file, l.front_matter, fm, l.prose));
    }
    for lang in &config.languages {
        if !texts.contains_key(lang) && !unreadable.contains(lang) {
            diags.push(
                Diagnostic::load(
                    LoadError::MissingLanguage,
                    format!("version {number} of `{notice}` has no {lang} text"),
                )
                .at(Loc::file_start(facts_file))
                .language(lang.code())
                .help(format!(
                    "add {}/{lang}.md (copy another language's file and translate it), or remove `{lang}` from `languages` in content/site.toml",
                    v.dir.display()
                )),
            );
        }
    }
    Some(Version {
        notice: notice.to_string(),
        number,
        dir: v.dir,
        facts_file,
        facts,
        texts,
    })
}

fn lang_text(
    lang: Lang,
    file: FileId,
    fm_range: std::ops::Range<usize>,
    fm: raw::FrontMatterToml,
    prose: crate::source::langfile::Prose,
) -> LangText {
    // Spans in the front matter are relative to it; shift them to the file.
    let off = fm_range.start;
    let shift = |s: std::ops::Range<usize>| (s.start + off)..(s.end + off);
    let l = |s: &S| Located::new(s.get_ref().clone(), Loc::new(file, shift(s.span())));
    let map = |m: &BTreeMap<Spanned<String>, S>| -> BTreeMap<String, Text> {
        m.iter()
            .map(|(k, v)| {
                (
                    k.get_ref().clone(),
                    Text {
                        key_loc: Loc::new(file, shift(k.span())),
                        value: l(v),
                    },
                )
            })
            .collect()
    };
    LangText {
        lang,
        file,
        front_matter: Loc::new(file, fm_range.clone()),
        title: fm.title.as_ref().map(l),
        slug: fm.slug.as_ref().map(l),
        description: fm.description.map(|d| d.into_inner()),
        labels: map(&fm.labels),
        legitimate_interests: map(&fm.legitimate_interests),
        consequences: map(&fm.consequences),
        automated: fm
            .automated_decisions
            .iter()
            .map(|(k, v)| {
                let t = v.get_ref();
                (
                    k.get_ref().clone(),
                    AutomatedText {
                        loc: Loc::new(file, shift(k.span())),
                        logic: t.logic.as_ref().map(l),
                        significance: t.significance.as_ref().map(l),
                        consequences: t.consequences.as_ref().map(l),
                    },
                )
            })
            .collect(),
        changes_summary: fm.changes.summary.as_ref().map(|s| Text {
            key_loc: Loc::new(file, shift(s.span())),
            value: l(s),
        }),
        prose,
    }
}

/// The longest slug: a slug is a folder name and part of every address of the notice.
pub const MAX_SLUG: usize = 100;

/// Every version's slug is well formed (the newest one's is the notice's address; older ones
/// are kept for the record).
fn check_slug_form(n: &Notice, diags: &mut Vec<Diagnostic>) {
    for v in &n.versions {
        for t in v.texts.values() {
            if let Some(slug) = &t.slug
                && slug.value.len() > MAX_SLUG
            {
                diags.push(
                    Diagnostic::load(
                        LoadError::BadValue,
                        format!("the slug is {} characters long, more than {MAX_SLUG}", slug.value.len()),
                    )
                    .at(slug.loc.clone())
                    .language(t.lang.code())
                    .help("a slug is part of the page's address: keep it short, e.g. personvern-kunder"),
                );
            } else if let Some(slug) = &t.slug
                && !crate::source::langfile::is_id(&slug.value)
            {
                diags.push(
                    Diagnostic::load(LoadError::BadValue, format!("`{}` is not a valid slug", slug.value))
                        .at(slug.loc.clone())
                        .language(t.lang.code())
                        .help("a slug is lower-case ASCII letters, digits and hyphens, e.g. personvern-kunder"),
                );
            }
        }
    }
}

/// A slug is unique per language across the site: the notices' addresses, as
/// [`Notice::addresses`] gives them, in the site's order (the later of two is reported).
pub fn slug_clashes(notices: &[NoticeAddresses]) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let mut seen: HashMap<(Lang, &str), &str> = HashMap::new();
    for n in notices {
        for (lang, slug) in &n.slugs {
            if let Some(other) = seen.insert((*lang, slug.value.as_str()), &n.id) {
                diags.push(
                    Diagnostic::load(
                        LoadError::DuplicateId,
                        format!("the slug `{}` is also used by the notice `{other}`", slug.value),
                    )
                    .at(slug.loc.clone())
                    .language(lang.code())
                    .help("each notice needs its own address in each language; change one of the slugs"),
                );
            }
        }
    }
    diags
}
