//! Shared harness for the `disclose` fuzz targets.
//!
//! Every target lays a small valid site (the fixture `tests/fixtures/rules/pass`, compiled in
//! with `include_str!`) into a per-process folder under `/dev/shm`, replaces one or more of its
//! files with the fuzzer's input, and runs the library the way `disclose build` does:
//! `load` → `check` → `render` (in memory; nothing is emitted). The diagnostics of each stage
//! are also printed in every format, as the CLI would.
//!
//! What is asserted: nothing panics (a panic aborts, and libFuzzer keeps the input), and a
//! stage that fails says why (a failed `load` or `render` carries at least one diagnostic).
//!
//! Set `DISCLOSE_FUZZ_VERBOSE=1` when re-running an artifact to see what each stage returned.

use disclose::diag::{self, Diagnostics, Format};
use disclose::source::files::SourceFiles;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// `content/site.toml` of the base site.
pub const SITE_TOML: &str = include_str!("../../tests/fixtures/rules/pass/content/site.toml");
/// `facts.toml` of the base site's only version.
pub const FACTS_TOML: &str =
    include_str!("../../tests/fixtures/rules/pass/content/notices/shop/1.0/facts.toml");
/// The base site's Norwegian language file.
pub const NB_MD: &str =
    include_str!("../../tests/fixtures/rules/pass/content/notices/shop/1.0/nb.md");
/// The base site's Swedish language file.
pub const SV_MD: &str =
    include_str!("../../tests/fixtures/rules/pass/content/notices/shop/1.0/sv.md");

/// Paths of the site's files, relative to its root.
pub mod paths {
    pub const SITE_TOML: &str = "content/site.toml";
    pub const FACTS_TOML: &str = "content/notices/shop/1.0/facts.toml";
    pub const NB_MD: &str = "content/notices/shop/1.0/nb.md";
    pub const SV_MD: &str = "content/notices/shop/1.0/sv.md";
    pub const NB_FTL: &str = "locales/nb.ftl";
    pub const NOTICE_HTML: &str = "themes/default/notice.html";
}

/// The folder this process lays its site into; made once, reused for every input.
fn root() -> &'static Path {
    static ROOT: OnceLock<tempfile::TempDir> = OnceLock::new();
    ROOT.get_or_init(|| {
        let base = if Path::new("/dev/shm").is_dir() {
            PathBuf::from("/dev/shm")
        } else {
            std::env::temp_dir()
        };
        tempfile::Builder::new()
            .prefix("disclose-fuzz-")
            .tempdir_in(base)
            .expect("a temporary folder for the fuzzed site")
    })
    .path()
}

/// A site's files: (path relative to the root, contents). A path given `None` is removed.
pub type Files<'a> = [(&'a str, Option<&'a [u8]>)];

/// Every file any target may write, so that a file left by the previous input is removed.
const ALL: &[&str] = &[
    paths::SITE_TOML,
    paths::FACTS_TOML,
    paths::NB_MD,
    paths::SV_MD,
    paths::NB_FTL,
    paths::NOTICE_HTML,
];

/// Write the site: the base site's files, replaced by `files` where given; no locale or
/// template override unless `files` names one.
pub fn write_site(files: &Files<'_>) -> &'static Path {
    let root = root();
    for path in ALL {
        let given = files.iter().find(|(p, _)| p == path).map(|(_, c)| *c);
        let contents: Option<&[u8]> = match given {
            Some(c) => c,
            None => match *path {
                paths::SITE_TOML => Some(SITE_TOML.as_bytes()),
                paths::FACTS_TOML => Some(FACTS_TOML.as_bytes()),
                paths::NB_MD => Some(NB_MD.as_bytes()),
                paths::SV_MD => Some(SV_MD.as_bytes()),
                _ => None,
            },
        };
        let full = root.join(path);
        match contents {
            Some(bytes) => {
                std::fs::create_dir_all(full.parent().expect("a parent folder"))
                    .expect("create the site's folders");
                std::fs::write(&full, bytes).expect("write a site file");
            }
            None => match std::fs::remove_file(&full) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => panic!("cannot remove {}: {e}", full.display()),
            },
        }
    }
    root
}

fn verbose() -> bool {
    static V: OnceLock<bool> = OnceLock::new();
    *V.get_or_init(|| std::env::var_os("DISCLOSE_FUZZ_VERBOSE").is_some())
}

/// Print diagnostics in every format the CLI has (quoting the files, as `disclose check` does).
fn print_all(stage: &str, diags: &Diagnostics, files: &SourceFiles) {
    for format in [
        Format::Human { color: false },
        Format::Human { color: true },
        Format::Json,
        Format::Github,
        Format::Sarif,
    ] {
        let text = diag::render(format, diags, files, &disclose::rules::infos());
        if verbose() && format == (Format::Human { color: false }) {
            eprintln!("--- {stage}: {} diagnostics\n{text}", diags.items.len());
        }
    }
}

/// What the pipeline reached, for the targets that want to say more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reached {
    LoadFailed,
    RenderFailed,
    Rendered,
}

/// Load, check and render the site at `root`, in memory. Panics only through a bug in the
/// library, or when a failing stage gives no diagnostic.
pub fn run_pipeline(root: &Path) -> Reached {
    let site = match disclose::load(root) {
        Ok(site) => site,
        Err(report) => {
            assert!(
                !report.diagnostics.is_empty(),
                "load failed without a diagnostic"
            );
            print_all("load", &report.diagnostics, &report.files);
            let _ = report.to_string();
            return Reached::LoadFailed;
        }
    };
    let checked = disclose::check(&site);
    print_all("check", &checked, &site.files);
    if verbose() && checked.has_errors() {
        eprintln!("--- note: the rules failed, so `disclose build` would not render this site");
    }
    // The CLI stops here when a rule fails; the library lets a caller render anyway, and the
    // renderer must not panic on a site that fails the rules either.
    let reached = match disclose::render::render(&site) {
        Ok(files) => {
            if verbose() {
                eprintln!("--- render: {} files", files.len());
            }
            Reached::Rendered
        }
        Err(diags) => {
            assert!(!diags.is_empty(), "render failed without a diagnostic");
            print_all("render", &Diagnostics::from(diags), &site.files);
            Reached::RenderFailed
        }
    };
    reached
}

/// Bytes as text the way a library caller would have it: UTF-8, or lossily converted.
pub fn text(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}
