//! The theme: Tera templates and static assets.
//!
//! The built-in `themes/default/` is compiled into the binary. A site overrides it file by
//! file: a template or asset with the same name in the site's `themes/<theme>/` replaces the
//! built-in one; new files are added.

use crate::diag::{Diagnostic, LoadError};
use crate::model::Site;
use crate::source::files::Loc;
use std::collections::BTreeMap;

/// The built-in templates: (name, source).
pub const BUILTIN_TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../themes/default/base.html")),
    (
        "index.html",
        include_str!("../../themes/default/index.html"),
    ),
    (
        "lang_index.html",
        include_str!("../../themes/default/lang_index.html"),
    ),
    (
        "notice.html",
        include_str!("../../themes/default/notice.html"),
    ),
    ("404.html", include_str!("../../themes/default/404.html")),
    (
        "changes.html",
        include_str!("../../themes/default/changes.html"),
    ),
    (
        "context.html",
        include_str!("../../themes/default/context.html"),
    ),
    (
        "partials/header.html",
        include_str!("../../themes/default/partials/header.html"),
    ),
    (
        "partials/footer.html",
        include_str!("../../themes/default/partials/footer.html"),
    ),
    (
        "partials/logo.html",
        include_str!("../../themes/default/partials/logo.html"),
    ),
    (
        "partials/cookies.html",
        include_str!("../../themes/default/partials/cookies.html"),
    ),
    (
        "partials/purposes.html",
        include_str!("../../themes/default/partials/purposes.html"),
    ),
    (
        "partials/retention.html",
        include_str!("../../themes/default/partials/retention.html"),
    ),
    (
        "partials/transfers.html",
        include_str!("../../themes/default/partials/transfers.html"),
    ),
];

/// The built-in assets: (path under assets/, bytes).
pub const BUILTIN_ASSETS: &[(&str, &[u8])] = &[(
    "style.css",
    include_bytes!("../../themes/default/assets/style.css"),
)];

/// The templates the renderer calls; a theme must provide each.
pub const REQUIRED: &[&str] = &[
    "index.html",
    "lang_index.html",
    "notice.html",
    "404.html",
    "changes.html",
    "context.html",
];

pub struct Theme {
    pub tera: tera::Tera,
    pub assets: BTreeMap<String, Vec<u8>>,
    /// The site's own templates: name → (file, text), so that a template that fails while
    /// rendering is reported at its line.
    overrides: BTreeMap<String, (crate::source::files::FileId, String)>,
}

impl Theme {
    pub fn load(site: &Site) -> Result<Theme, Vec<Diagnostic>> {
        let mut diags = Vec::new();
        let theme_dir = site.root.join("themes").join(&site.config.theme);
        if site.config.theme != "default" && !theme_dir.is_dir() {
            diags.push(
                Diagnostic::load(
                    LoadError::Theme,
                    format!("the theme `{}` does not exist", site.config.theme),
                )
                .at(Loc::file_start(site.config.file))
                .help(format!(
                    "create themes/{}/ with the templates to override, or remove `theme` from content/site.toml to use the built-in theme",
                    site.config.theme
                )),
            );
            return Err(diags);
        }
        let mut sources: BTreeMap<String, String> = BUILTIN_TEMPLATES
            .iter()
            .map(|(n, s)| ((*n).to_string(), (*s).to_string()))
            .collect();
        for (name, file) in &site.template_overrides {
            sources.insert(name.clone(), site.files.text(*file).to_string());
        }
        let mut tera = tera::Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        if let Err(e) =
            tera.add_raw_templates(sources.iter().map(|(n, s)| (n.as_str(), s.as_str())))
        {
            let mut d = Diagnostic::load(
                LoadError::Theme,
                format!("a template does not compile: {e}"),
            )
            .help("see themes/README.md for the templates and the variables they receive");
            if let Some((_, file)) = site
                .template_overrides
                .iter()
                .find(|(n, _)| e.to_string().contains(n.as_str()))
            {
                d = d.at(Loc::file_start(*file));
            }
            diags.push(d);
            return Err(diags);
        }
        for name in REQUIRED {
            if !tera.contains_template(name) {
                diags.push(Diagnostic::load(
                    LoadError::Theme,
                    format!("the theme has no {name}"),
                ));
            }
        }
        let mut assets: BTreeMap<String, Vec<u8>> = BUILTIN_ASSETS
            .iter()
            .map(|(n, b)| ((*n).to_string(), b.to_vec()))
            .collect();
        let real_root = site
            .root
            .canonicalize()
            .unwrap_or_else(|_| site.root.clone());
        for (name, path) in &site.asset_overrides {
            match crate::source::read::read_bytes(&real_root, path) {
                Ok(bytes) => {
                    assets.insert(name.clone(), bytes);
                }
                Err(e) => diags.push(Diagnostic::load(
                    LoadError::Io,
                    format!("cannot read {}: {e}", path.display()),
                )),
            }
        }
        if diags.is_empty() {
            let overrides = site
                .template_overrides
                .iter()
                .map(|(n, f)| (n.clone(), (*f, site.files.text(*f).to_string())))
                .collect();
            Ok(Theme {
                tera,
                assets,
                overrides,
            })
        } else {
            Err(diags)
        }
    }

    /// Render a template; a failure names the template and what went wrong.
    pub fn render(&self, name: &str, ctx: &tera::Context) -> Result<Vec<u8>, Diagnostic> {
        let mut out = Vec::with_capacity(64 * 1024);
        self.tera
            .render_to(name, ctx, &mut out)
            .map(|()| out)
            .map_err(|e| {
                let mut msg = e.to_string();
                let mut src = std::error::Error::source(&e);
                while let Some(s) = src {
                    msg.push_str(": ");
                    msg.push_str(&s.to_string());
                    src = s.source();
                }
                let d =
                    Diagnostic::load(LoadError::Theme, format!("template {name} failed: {msg}"))
                        .help("see themes/README.md for the variables each template receives");
                match self.place_of_error(&msg) {
                    Some(loc) => d.at(loc),
                    None => d,
                }
            })
    }

    /// Where in the site's own templates an error is: Tera names it as ` --> name:line:col`.
    fn place_of_error(&self, msg: &str) -> Option<Loc> {
        let (_, rest) = msg.split_once("--> ")?;
        let mut parts = rest
            .split(|c: char| c.is_whitespace())
            .next()?
            .rsplitn(3, ':');
        let (_, line, name) = (parts.next()?, parts.next()?, parts.next()?);
        let line: usize = line.parse().ok()?;
        let (file, text) = self.overrides.get(name)?;
        let start: usize = text
            .split_inclusive('\n')
            .take(line.saturating_sub(1))
            .map(str::len)
            .sum();
        let len = text[start..].find('\n').unwrap_or(text.len() - start);
        Some(Loc::new(*file, start..start + len))
    }
}
