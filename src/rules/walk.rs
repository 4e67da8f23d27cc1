//! What every rule needs: a walk over each version of each notice, and one way to report a
//! finding so that the code, severity, article and waivers are handled alike for all rules.

use super::Rule;
use crate::diag::{Diagnostic, Severity};
use crate::lang::Lang;
use crate::model::{Context, Facts, LangText, Notice, Site, Version};
use crate::source::files::Loc;

/// One rule looking at one version.
pub(crate) struct Cx<'a> {
    pub site: &'a Site,
    pub notice: &'a Notice,
    pub version: &'a Version,
    pub rule: &'static Rule,
    out: &'a mut Vec<Diagnostic>,
}

/// Run `f` on every version of every notice, published or draft.
pub(crate) fn each_version(
    site: &Site,
    out: &mut Vec<Diagnostic>,
    rule: &'static Rule,
    mut f: impl FnMut(&mut Cx<'_>),
) {
    for notice in &site.notices {
        for version in &notice.versions {
            let mut cx = Cx {
                site,
                notice,
                version,
                rule,
                out,
            };
            f(&mut cx);
        }
    }
}

impl<'a> Cx<'a> {
    pub fn facts(&self) -> &'a Facts {
        &self.version.facts
    }

    /// The version's own processing contexts, which its controllers inform of (Art. 13, 14):
    /// every context but those processed on behalf of another controller.
    pub fn contexts(&self) -> impl Iterator<Item = &'a Context> + use<'a> {
        self.version
            .facts
            .contexts
            .iter()
            .filter(|c| c.is_controllers_own())
    }

    /// The language files of the version, in the order of the site's languages. A language
    /// without a file is a load error, so it is not repeated here.
    pub fn texts(&self) -> impl Iterator<Item = &'a LangText> + use<'a> {
        let v = self.version;
        self.site
            .config
            .languages
            .iter()
            .filter_map(move |l: &Lang| v.texts.get(l))
    }

    /// A diagnostic with this rule's code and severity.
    pub fn diag(&self, message: impl Into<String>) -> Diagnostic {
        let d = match self.rule.severity {
            Severity::Error => Diagnostic::error(self.rule.id, message),
            Severity::Warning => Diagnostic::warning(self.rule.id, message),
        };
        if self.rule.articles.is_empty() {
            d
        } else {
            d.article(self.rule.articles)
        }
    }

    /// `path:line` of a place, for notes that point at a second place.
    pub fn place(&self, loc: &Loc) -> String {
        let f = self.site.files.get(loc.file);
        let (line, _) = f.line_col(loc.span.start);
        format!("{}:{line}", f.path.display().to_string().replace('\\', "/"))
    }

    /// Where to add something to a language file's front matter: the header line of `table`
    /// (`labels`, `legitimate_interests`, `automated_decisions.<id>`) when the file has it,
    /// else the opening `+++` line.
    pub fn front_matter_table(&self, t: &LangText, table: &str) -> Loc {
        let text = self.site.files.text(t.file);
        let fm = t.front_matter.span.clone();
        let header = format!("[{table}]");
        let mut pos = fm.start;
        if let Some(body) = text.get(fm.clone()) {
            for line in body.split_inclusive('\n') {
                let trimmed = line.trim();
                if trimmed == header || trimmed.starts_with(&format!("{header} ")) {
                    let start = pos + (line.len() - line.trim_start().len());
                    return Loc::new(t.file, start..start + header.len());
                }
                pos += line.len();
            }
        }
        front_matter_open(text, t)
    }

    /// `notice 1.0`, for messages about a version as a whole.
    pub fn version_name(&self) -> String {
        format!("{} {}", self.notice.id, self.version.number)
    }

    /// Report a finding about one context: the article follows its collection, and a valid
    /// waiver of the rule on that context silences it.
    pub fn emit_ctx(&mut self, ctx: &Context, d: Diagnostic) {
        self.emit_for(&[ctx], d);
    }

    /// Report a finding that concerns several contexts (a controller they share, the DPO):
    /// it is silenced only when every one of them validly waives the rule. With no context,
    /// it concerns the version as a whole and cannot be waived.
    pub fn emit_for(&mut self, ctxs: &[&Context], mut d: Diagnostic) {
        if !ctxs.is_empty()
            && ctxs
                .iter()
                .all(|c| super::waivers::is_waived(self.rule, self.facts(), c))
        {
            return;
        }
        if self.rule.art13.is_some() || self.rule.art14.is_some() {
            let (a13, a14) = if ctxs.is_empty() {
                collections(self.facts().contexts.iter())
            } else {
                collections(ctxs.iter().copied())
            };
            d.article = Some(self.rule.article_for(a13, a14));
        }
        self.out.push(d);
    }

    /// Report a finding that concerns every context of the version (the DPO, a language
    /// file as a whole).
    pub fn emit_all(&mut self, d: Diagnostic) {
        let all: Vec<&Context> = self.facts().contexts.iter().collect();
        self.emit_for(&all, d);
    }

    /// Report a finding outside any context.
    pub fn emit(&mut self, d: Diagnostic) {
        self.out.push(d);
    }
}

/// The opening `+++` line of a language file.
pub(crate) fn front_matter_open(text: &str, t: &LangText) -> Loc {
    let fm_start = t.front_matter.span.start;
    let before = text.get(..fm_start).unwrap_or("");
    let line_start = before
        .trim_end_matches('\n')
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let len = before.trim_end().len().saturating_sub(line_start);
    Loc::new(t.file, line_start..line_start + len)
}

/// Is a piece of text there and not blank?
pub(crate) fn present(t: Option<&crate::model::Text>) -> bool {
    t.is_some_and(|t| !t.value.value.trim().is_empty())
}

/// Do these contexts include direct (Art. 13) and indirect (Art. 14) collection? A context
/// whose collection is not written counts as neither; with none known, both are cited.
fn collections<'c>(ctxs: impl Iterator<Item = &'c Context>) -> (bool, bool) {
    let mut a13 = false;
    let mut a14 = false;
    for c in ctxs {
        if let Some(col) = &c.collection {
            a13 |= col.value.art13();
            a14 |= col.value.art14();
        }
    }
    if !a13 && !a14 {
        (true, true)
    } else {
        (a13, a14)
    }
}

/// The contexts of a version that name a controller.
pub(crate) fn contexts_of_controller<'f>(facts: &'f Facts, id: &str) -> Vec<&'f Context> {
    facts
        .contexts
        .iter()
        .filter(|c| c.controllers.iter().any(|x| x.value == id))
        .collect()
}

/// Conditions shared by several rules, for [`Rule::applies`].
pub(crate) mod when {
    use crate::model::{Context, Facts};

    pub fn always(_: &Facts, _: &Context) -> bool {
        true
    }

    pub fn art13(_: &Facts, c: &Context) -> bool {
        c.collection.as_ref().is_some_and(|x| x.value.art13())
    }

    pub fn art14(_: &Facts, c: &Context) -> bool {
        c.collection.as_ref().is_some_and(|x| x.value.art14())
    }
}
